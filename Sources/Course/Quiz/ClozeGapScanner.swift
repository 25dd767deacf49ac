/// Finds the `{{answer|alternative}}` gaps of a cloze prompt, outside fenced code.
///
/// A gap stays on one line; its alternatives are separated by `|` and trimmed.
enum ClozeGapScanner {
    struct Scan {
        var gaps: [ClozeGap] = []
        var diagnostics: [Diagnostic] = []
    }

    /// Gaps of `text`, whose first line is file line `firstLine`, with a diagnostic for an
    /// unclosed `{{` or an empty alternative.
    static func scan(_ text: String, firstLine: Int, source: String) -> Scan {
        var scan = Scan()
        var fence = FenceTracker()
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if fence.isCode(line) { continue }
            let number = firstLine + offset
            for piece in pieces(Array(line.unicodeScalars)) {
                switch piece {
                case .text: break
                case .unclosed(let column):
                    scan.diagnostics.append(.error(source, number, column,
                        "`{{` opens a gap that is not closed with `}}` on the same line"))
                case .gap(let inner, let column):
                    let answers = inner.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
                    if answers.contains(where: \.isEmpty) {
                        scan.diagnostics.append(.error(source, number, column,
                            "gap `{{\(inner)}}` has an empty answer; write {{answer}} or {{answer|alternative}}"))
                    } else {
                        scan.gaps.append(ClozeGap(answers: answers, line: number, column: column))
                    }
                }
            }
        }
        return scan
    }

    /// The text with every gap outside fenced code replaced by `blank(index)`.
    static func replacingGaps(in text: String, with blank: (Int) -> String) -> String {
        var fence = FenceTracker()
        var index = 0
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if fence.isCode(line) {
                out.append(String(line))
                continue
            }
            var rebuilt = ""
            for piece in pieces(Array(line.unicodeScalars)) {
                switch piece {
                case .text(let s): rebuilt += s
                case .unclosed: rebuilt += "{{"
                case .gap:
                    rebuilt += blank(index)
                    index += 1
                }
            }
            out.append(rebuilt)
        }
        return out.joined(separator: "\n")
    }

    enum Piece {
        case text(String)
        /// The inner text and the 1-based column of `{{`.
        case gap(String, column: Int)
        case unclosed(column: Int)
    }

    static func pieces(_ scalars: [Unicode.Scalar]) -> [Piece] {
        var pieces: [Piece] = []
        var text = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "{", i + 1 < scalars.count, scalars[i + 1] == "{" {
                var j = i + 2
                while j + 1 < scalars.count, !(scalars[j] == "}" && scalars[j + 1] == "}") { j += 1 }
                if !text.isEmpty { pieces.append(.text(String(text))) }
                text = String.UnicodeScalarView()
                if j + 1 < scalars.count {
                    pieces.append(.gap(String(String.UnicodeScalarView(scalars[(i + 2)..<j])), column: i + 1))
                    i = j + 2
                } else {
                    pieces.append(.unclosed(column: i + 1))
                    i += 2
                }
                continue
            }
            text.append(scalars[i])
            i += 1
        }
        if !text.isEmpty { pieces.append(.text(String(text))) }
        return pieces
    }
}

/// Tells which lines of Markdown are inside a ```` ``` ```` or `~~~` fence, so structure
/// inside code (a `## ` or `- [ ]` in an example) is never read as quiz structure.
struct FenceTracker {
    private var open: (marker: Unicode.Scalar, length: Int)?

    /// True when `line` is a fence line or inside a fenced block; call once per line, in order.
    mutating func isCode(_ line: Substring) -> Bool {
        let scalars = Array(line.unicodeScalars)
        var indent = 0
        while indent < scalars.count, scalars[indent] == " " { indent += 1 }
        var run = 0
        if indent <= 3, indent < scalars.count, scalars[indent] == "`" || scalars[indent] == "~" {
            let marker = scalars[indent]
            while indent + run < scalars.count, scalars[indent + run] == marker { run += 1 }
            if run >= 3 {
                if let current = open {
                    let tail = scalars[(indent + run)...]
                    if marker == current.marker, run >= current.length, tail.allSatisfy({ $0 == " " }) { open = nil }
                } else {
                    open = (marker, run)
                }
                return true
            }
        }
        return open != nil
    }

    var isOpen: Bool { open != nil }
}
