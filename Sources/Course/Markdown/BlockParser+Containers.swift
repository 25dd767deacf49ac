/// Block quotes, GitHub alerts and lists: the blocks that hold other blocks.
extension BlockParser {
    // MARK: - Quotes and alerts

    mutating func parseQuote(_ lines: [SourceLine], at start: Int, into blocks: inout [Block]) -> Int {
        let opener = lines[start].trimmingLeading
        var inner: [SourceLine] = []
        var lazyAllowed = false
        var inFence = false
        var i = start
        while i < lines.count {
            let body = lines[i].trimmingLeading
            if body.scalars.first == ">" {
                var stripped = body.dropping(1)
                if stripped.scalars.first == " " { stripped = stripped.dropping(1) }
                inner.append(stripped)
                if FenceOpener(stripped.trimmingLeading) != nil { inFence.toggle() }
                lazyAllowed = !inFence && !stripped.isBlank && !Self.interruptsParagraph(stripped.trimmingLeading)
            } else if lazyAllowed && !body.isBlank && !Self.interruptsParagraph(body) {
                // Lazy continuation: a wrapped paragraph line the author did not prefix with `>`.
                inner.append(body)
            } else {
                break
            }
            i += 1
        }

        if let (kind, markerLine) = alertMarker(inner) {
            let body = parse(Array(inner.dropFirst(markerLine + 1)))
            if body.isEmpty {
                let p = inner[markerLine]
                diagnostics.append(.warning(source, p.number, p.column, "alert [!\(kind.rawValue)] has no text"))
            }
            blocks.append(Block(.alert(kind, body), line: opener.number, column: opener.column))
        } else {
            blocks.append(Block(.quote(parse(inner)), line: opener.number, column: opener.column))
        }
        return i
    }

    /// `[!NOTE]` alone on the quote's first non-blank line. An unknown kind is reported
    /// and the block stays a plain quote.
    private mutating func alertMarker(_ inner: [SourceLine]) -> (AlertKind, Int)? {
        guard let index = inner.firstIndex(where: { !$0.isBlank }) else { return nil }
        let line = inner[index].trimmingLeading.trimmingTrailing
        let text = line.string
        guard text.hasPrefix("[!"), text.hasSuffix("]"), text.count > 3 else { return nil }
        let word = String(text.dropFirst(2).dropLast())
        guard word.allSatisfy({ $0.isLetter }) else { return nil }
        if let kind = AlertKind(rawValue: word.uppercased()) { return (kind, index) }
        diagnostics.append(.warning(source, line.number, line.column,
            "unknown alert [!\(word)]; use NOTE, TIP, IMPORTANT, WARNING or CAUTION"))
        return nil
    }

    // MARK: - Lists

    /// One list: consecutive items of the same kind (bullets, or numbers). An item owns
    /// every following line indented at least to its content column, blank lines between,
    /// and lazy continuation lines of a paragraph.
    mutating func parseList(_ lines: [SourceLine], at start: Int, into blocks: inout [Block]) -> Int {
        let firstBody = lines[start].trimmingLeading
        guard let firstMarker = ListMarker(firstBody) else { return start + 1 }
        let ordered = firstMarker.start != nil
        var items: [ListBlock.Item] = []
        var itemLines: [SourceLine] = []
        var itemStart = firstBody
        var contentIndent = 0
        var lazyAllowed = false
        var inFence = false
        var previousBlank = false

        func begin(_ line: SourceLine, _ marker: ListMarker) -> [SourceLine] {
            let indent = line.indent
            let afterMarker = line.dropping(indent + marker.width)
            let spaces = afterMarker.indent
            if marker.isEmptyItem {
                contentIndent = indent + marker.width + 1
                return []
            }
            contentIndent = indent + marker.width + (spaces <= 4 ? spaces : 1)
            return [line.dropping(contentIndent)]
        }

        func finishItem() {
            while let last = itemLines.last, last.isBlank { itemLines.removeLast() }
            items.append(ListBlock.Item(blocks: parse(itemLines), line: itemStart.number))
        }

        itemLines = begin(lines[start], firstMarker)
        lazyAllowed = !itemLines.isEmpty && !Self.interruptsParagraph(itemLines[0])
        var i = start + 1
        while i < lines.count {
            let line = lines[i]
            if line.isBlank {
                itemLines.append(line)
                previousBlank = true
                lazyAllowed = false
                i += 1
                continue
            }
            let indent = line.indent
            let body = line.trimmingLeading
            if indent >= contentIndent {
                let content = line.dropping(contentIndent)
                itemLines.append(content)
                if FenceOpener(content.trimmingLeading) != nil { inFence.toggle() }
                lazyAllowed = !inFence && !Self.interruptsParagraph(content.trimmingLeading)
            } else if let marker = ListMarker(body), (marker.start != nil) == ordered, !Self.isThematicBreak(body) {
                finishItem()
                itemStart = body
                itemLines = begin(line, marker)
                inFence = false
                lazyAllowed = !itemLines.isEmpty && !Self.interruptsParagraph(itemLines[0])
            } else if !previousBlank && lazyAllowed && !Self.interruptsParagraph(body) && !Self.startsTable(lines, at: i) {
                itemLines.append(body)
            } else {
                break
            }
            previousBlank = false
            i += 1
        }
        finishItem()
        blocks.append(Block(.list(ListBlock(start: firstMarker.start, items: items)),
                            line: firstBody.number, column: firstBody.column))
        return i
    }
}
