import DisplayWidth

/// Parses a quiz file, `Quizzes/<deck>.md` (SPEC §3), into a `QuizDeck`.
///
/// Never reads files and never fails: each problem is a diagnostic at its line and column.
/// An item with an error is left out of the deck (and listed in `unusableItems`) so the
/// app never asks a question it cannot grade; warnings and Markdown problems keep it.
public enum QuizParser {
    /// The front-matter keys of a quiz file.
    public static let keys: [String: FrontMatter.Kind] = ["deck": .scalar, "title": .scalar, "lessons": .list]

    /// - Returns: the deck, nil only when the front matter is unusable (missing, never
    ///   closed, or without a valid `deck:`); and every problem found.
    public static func parse(_ raw: String, source: String) -> (deck: QuizDeck?, diagnostics: [Diagnostic]) {
        let text = LineEnds.unified(raw)
        let opening = text.drop { $0 == "\u{FEFF}" }.prefix { $0 != "\n" && $0 != "\r" }
        guard opening.trimmingSpaces == "---" else {
            return (nil, [.error(source, 1, 1, "a quiz file starts with front matter: a `---` line, `deck:`, `title:` and `lessons:` lines, and a closing `---`")])
        }
        let (matter, fmProblems) = FrontMatter.parse(text, source: source, keys: keys)
        var diagnostics = fmProblems
        guard let matter else { return (nil, diagnostics.sorted(by: Diagnostic.sourceOrder)) }
        guard var deck = readMeta(matter, source: source, diagnostics: &diagnostics) else {
            return (nil, diagnostics.sorted(by: Diagnostic.sourceOrder))
        }
        let headings = readItems(matter.body, firstLine: matter.bodyFirstLine, into: &deck, diagnostics: &diagnostics)
        if headings == 0 {
            diagnostics.append(.warning(source, matter.closingLine, 1, "deck has no items; each item starts with a `## item-id` heading"))
        }
        return (deck, diagnostics.sorted(by: Diagnostic.sourceOrder))
    }

    private static func readMeta(_ matter: FrontMatter, source: String, diagnostics: inout [Diagnostic]) -> QuizDeck? {
        func required(_ key: String, kebab: Bool) -> String? {
            matter.required(key, kebab: kebab, source: source, diagnostics: &diagnostics)
        }
        let id = required("deck", kebab: true)
        let title = required("title", kebab: false)
        var lessons: [String] = []
        var positions: [FrontMatter.Position] = []
        if let entry = matter.entry("lessons"), case .list(let items) = entry.value {
            for (lesson, position) in zip(items, entry.itemPositions) {
                if KebabCase.matches(lesson) {
                    lessons.append(lesson)
                    positions.append(position)
                } else {
                    diagnostics.append(.error(source, position.line, position.column,
                        "`\(lesson)` in lessons is not a kebab-case lesson id (lowercase words joined by -)"))
                }
            }
        }
        guard let id else { return nil }
        return QuizDeck(id: id, title: title ?? id, lessons: lessons, lessonPositions: positions,
                        file: source, frontMatterLines: matter.keyLines)
    }

    /// Splits the body at `## item-id` headings outside fenced code and parses each item.
    /// - Returns: the number of item headings found.
    private static func readItems(_ body: String, firstLine: Int, into deck: inout QuizDeck, diagnostics: inout [Diagnostic]) -> Int {
        let source = deck.file
        var fence = FenceTracker()
        var heading: (id: String, line: Int, column: Int)?
        var lines: [QuizItemParser.Line] = []
        var firstIDLine: [String: Int] = [:]

        func finishItem() {
            guard let h = heading else { return }
            if h.id.isEmpty {
                diagnostics.append(.error(source, h.line, 1, "an item heading needs an id: `## item-id`"))
                return
            }
            var valid = true
            if !KebabCase.matches(h.id) {
                diagnostics.append(.error(source, h.line, h.column,
                    "item id `\(h.id)` must be kebab-case: lowercase letters and digits joined by -, like scale-why"))
                valid = false
            }
            if let first = firstIDLine[h.id] {
                diagnostics.append(.error(source, h.line, h.column, "duplicate item id `\(h.id)` (first used on line \(first))"))
                return
            }
            firstIDLine[h.id] = h.line
            let (item, problems, usable) = QuizItemParser.parse(id: h.id, deck: deck.id, headingLine: h.line, lines: lines, source: source)
            diagnostics += problems
            if valid && usable, let item {
                deck.items.append(item)
            } else {
                deck.unusableItems[h.id] = h.line
            }
        }

        var strayReported = false
        var headings = 0
        for (offset, raw) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = firstLine + offset
            let inCode = fence.isCode(raw)
            if !inCode, let found = itemHeading(raw) {
                finishItem()
                headings += 1
                heading = (found.id, number, found.column)
                lines = []
                continue
            }
            if heading != nil {
                lines.append(QuizItemParser.Line(text: raw, number: number))
            } else if !strayReported, !raw.trimmingSpaces.isEmpty, inCode || !(raw.hasPrefix("# ") || raw.hasPrefix("<!--")) {
                diagnostics.append(.warning(source, number, 1,
                    "text before the first `## item-id` heading belongs to no item and is never shown"))
                strayReported = true
            }
        }
        finishItem()
        return headings
    }

    /// `## id` (up to three spaces of indentation, an optional closing `##`): the id and
    /// the column it starts at; nil for any other line.
    static func itemHeading(_ raw: Substring) -> (id: String, column: Int)? {
        let indent = raw.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = raw.dropFirst(indent)
        guard rest.hasPrefix("##"), !rest.hasPrefix("###") else { return nil }
        let afterHashes = rest.dropFirst(2)
        guard afterHashes.isEmpty || afterHashes.first == " " else { return nil }
        let gap = afterHashes.prefix { $0 == " " }.count
        var id = afterHashes.trimmingSpaces
        // A closing sequence `## id ##` is decoration, as in CommonMark.
        if let space = id.lastIndex(of: " "), id[id.index(after: space)...].allSatisfy({ $0 == "#" }) {
            id = String(id[..<space]).trimmingSpaces
        } else if id.allSatisfy({ $0 == "#" }) {
            id = ""
        }
        return (id, indent + 2 + gap + 1)
    }
}
