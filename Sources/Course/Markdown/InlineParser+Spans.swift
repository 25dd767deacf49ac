/// Links, images and emphasis: the inline spans that need a look ahead for their end.
extension InlineParser {
    // MARK: - Links and images

    struct LinkSpan {
        var text: Range<Int>
        var destination: String
        var end: Int
    }

    /// `[text](destination "optional title")` starting at the `[` at index `i`.
    func linkSpan(at i: Int, _ hi: Int) -> LinkSpan? {
        var depth = 0
        var j = i
        var close: Int?
        scan: while j < hi {
            switch chars[j] {
            case "\\": j += 2; continue
            case "`":
                let n = runLength(at: j, hi)
                if let end = findCodeSpanEnd(from: j + n, length: n, hi) { j = end + n } else { j += n }
                continue
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { close = j; break scan }
            default: break
            }
            j += 1
        }
        guard let textEnd = close, textEnd + 1 < hi, chars[textEnd + 1] == "(" else { return nil }
        var k = textEnd + 2
        var parens = 0
        var destination: [Unicode.Scalar] = []
        while k < hi {
            let c = chars[k]
            if c == "\\" && k + 1 < hi { destination.append(c); destination.append(chars[k + 1]); k += 2; continue }
            if c == "(" { parens += 1 }
            if c == ")" {
                if parens == 0 { break }
                parens -= 1
            }
            if c == Self.softBreak || c == Self.hardBreak { destination.append(" ") } else { destination.append(c) }
            k += 1
        }
        guard k < hi else { return nil }
        var target = String(scalars: destination[...]).trimmingSpaces
        if let space = target.firstIndex(of: " ") { target = String(target[..<space]) }  // drop a title
        if target.hasPrefix("<") && target.hasSuffix(">") && target.count >= 2 {
            target = String(target.dropFirst().dropLast())
        }
        return LinkSpan(text: (i + 1)..<textEnd, destination: target, end: k + 1)
    }

    // MARK: - Emphasis

    struct EmphasisSpan {
        var literalPrefix: Int
        var strength: Int
        var content: Range<Int>
        var end: Int
    }

    private func scalar(before i: Int) -> Unicode.Scalar { i > 0 ? chars[i - 1] : " " }
    private func scalar(at i: Int, _ hi: Int) -> Unicode.Scalar { i < hi ? chars[i] : " " }

    /// CommonMark's flanking rules, simplified: a run opens when followed by non-space, and
    /// `_` never opens or closes inside a word (so `snake_case_name` stays text).
    private func canOpen(_ i: Int, run n: Int, _ hi: Int) -> Bool {
        let before = scalar(before: i), after = scalar(at: i + n, hi)
        let leftFlanking = !after.isMarkdownWhitespace
            && !(after.isPunctuationLike && !(before.isMarkdownWhitespace || before.isPunctuationLike))
        if chars[i] == "_" { return leftFlanking && !before.isAlphanumeric }
        return leftFlanking
    }

    private func canClose(_ i: Int, run n: Int, _ hi: Int) -> Bool {
        let before = scalar(before: i), after = scalar(at: i + n, hi)
        let rightFlanking = !before.isMarkdownWhitespace
            && !(before.isPunctuationLike && !(after.isMarkdownWhitespace || after.isPunctuationLike))
        if chars[i] == "_" { return rightFlanking && !after.isAlphanumeric }
        return rightFlanking
    }

    func emphasisSpan(at i: Int, _ hi: Int) -> EmphasisSpan? {
        let n = runLength(at: i, hi)
        guard canOpen(i, run: n, hi) else { return nil }
        for k in stride(from: min(n, 3), through: 1, by: -1) {
            if let close = findCloser(chars[i], length: k, from: i + n, hi) {
                return EmphasisSpan(literalPrefix: n - k, strength: k, content: (i + n)..<close, end: close + k)
            }
        }
        return nil
    }

    /// Index where `k` closing delimiters begin, skipping code spans, math and escapes.
    private func findCloser(_ d: Unicode.Scalar, length k: Int, from start: Int, _ hi: Int) -> Int? {
        var j = start
        while j < hi {
            let c = chars[j]
            if c == "\\" { j += 2; continue }
            if c == "`" {
                let n = runLength(at: j, hi)
                if let end = findCodeSpanEnd(from: j + n, length: n, hi) { j = end + n } else { j += n }
                continue
            }
            if c == "$", let (_, end) = mathSpan(at: j, hi) { j = end; continue }
            if c == d {
                let m = runLength(at: j, hi)
                if j > start && canClose(j, run: m, hi) {
                    if m == k { return j }
                    if m > k && !canOpen(j, run: m, hi) { return j + m - k }
                }
                j += m
                continue
            }
            j += 1
        }
        return nil
    }
}
