/// Parses the lines of one `## item-id` section: metadata, prompt, the kind's answer
/// part, and the `### Hint`, `### Explanation` and `### Answer` sections.
struct QuizItemParser {
    /// A line of the quiz file with its 1-based number.
    struct Line {
        var text: Substring
        var number: Int
    }

    /// Metadata keys an item may use, and whether each holds one value or a list.
    static let keys: [String: FrontMatter.Kind] = [
        "kind": .scalar, "tags": .list, "difficulty": .scalar, "lesson": .scalar, "source": .scalar,
        "shuffle": .scalar, "answer": .scalar, "tolerance": .scalar, "unit": .scalar,
        "accept": .list, "contains": .list,
    ]

    /// Keys beyond the common ones (`kind`, `tags`, `difficulty`, `lesson`, `source`) that a kind takes.
    static let kindKeys: [QuizKind: Set<String>] = [
        .choice: ["shuffle"], .multi: ["shuffle"], .numeric: ["answer", "tolerance", "unit"],
        .text: ["accept", "contains"], .order: [], .cloze: [], .card: [],
    ]

    static let sectionNames = ["hint", "explanation", "answer"]

    let id: String
    let headingLine: Int
    let source: String
    /// Problems that make the item unusable.
    var errors: [Diagnostic] = []
    /// Warnings and Markdown problems: reported, but the item is kept.
    var notes: [Diagnostic] = []
    var metadata: [String: FrontMatter.Entry] = [:]
    var rejectedKeys: Set<String> = []
    var main: [Line] = []
    var sections: [String: (line: Int, body: [Line])] = [:]
    /// Metadata keys written below the prompt (already reported), so the kind's checks do
    /// not report them missing as well.
    var misplacedKeys: Set<String> = []

    /// - Returns: the item (nil when its kind is unknown or missing), every problem, and
    ///   whether the item is usable (no errors).
    static func parse(id: String, deck: String, headingLine: Int, lines: [Line], source: String) -> (QuizItem?, [Diagnostic], Bool) {
        var parser = QuizItemParser(id: id, headingLine: headingLine, source: source)
        var reader = FrontMatterReader(source: source, keys: keys)
        let rest = parser.readMetadata(lines, into: &reader)
        parser.readSections(rest)
        parser.readAnswerBlock(into: &reader)
        parser.errors += reader.diagnostics
        parser.rejectedKeys = reader.rejectedKeys
        for entry in reader.entries { parser.metadata[entry.key] = entry }
        parser.reportMisplacedMetadata()
        let item = parser.build(deck: deck)
        return (item, parser.errors + parser.notes, parser.errors.isEmpty && item != nil)
    }

    mutating func error(_ line: Int, _ column: Int, _ message: String) {
        errors.append(.error(source, line, column, message))
    }

    // MARK: - Metadata and sections

    /// Reads the `key: value` lines under the heading; returns the lines after them.
    private mutating func readMetadata(_ lines: [Line], into reader: inout FrontMatterReader) -> ArraySlice<Line> {
        var index = lines.firstIndex { !$0.text.trimmingSpaces.isEmpty } ?? lines.count
        var listOpen = false
        while index < lines.count {
            let line = lines[index]
            if let key = Self.metadataKey(line.text) {
                let value = line.text.dropFirst(key.count + 1).trimmingSpaces
                listOpen = value.isEmpty || value.hasPrefix("#")
            } else if !(listOpen && line.text.first == " " && line.text.trimmingSpaces.hasPrefix("-")) {
                break
            }
            reader.read(line.text, line: line.number)
            index += 1
        }
        return lines[index...]
    }

    /// Keys that may also close the prompt as the kind's answer part, as in
    /// "prompt, then `answer: 24` and `tolerance: 0`" (SPEC §3 reads both ways).
    static let answerPartKeys: Set<String> = ["answer", "tolerance", "unit", "accept", "contains"]

    /// Moves a block of `answer`/`tolerance`/`unit`/`accept`/`contains` lines that ends the
    /// prompt (after a blank line) from the prompt to the metadata.
    private mutating func readAnswerBlock(into reader: inout FrontMatterReader) {
        var end = main.count
        while end > 0 && main[end - 1].text.trimmingSpaces.isEmpty { end -= 1 }
        var start = end
        while start > 0, let key = Self.metadataKey(main[start - 1].text), Self.answerPartKeys.contains(key) { start -= 1 }
        guard start < end, start == 0 || main[start - 1].text.trimmingSpaces.isEmpty else { return }
        var fence = FenceTracker()
        for line in main[..<start] { _ = fence.isCode(line.text) }
        guard !fence.isOpen else { return }
        for line in main[start..<end] { reader.read(line.text, line: line.number) }
        main.removeSubrange(start...)
    }

    /// `key` for a line that starts `key:` followed by a space or the end of the line.
    static func metadataKey(_ text: Substring) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon]
        guard FrontMatter.isKey(key) else { return nil }
        let after = text[text.index(after: colon)...]
        guard after.isEmpty || after.first == " " else { return nil }
        return String(key)
    }

    /// Splits the rest at `### Section` headings outside fenced code.
    private mutating func readSections(_ lines: ArraySlice<Line>) {
        var fence = FenceTracker()
        var current: String? = nil
        var skipping = false
        for line in lines {
            if !fence.isCode(line.text), let (name, column) = Self.sectionHeading(line.text) {
                let key = name.lowercased()
                if !Self.sectionNames.contains(key) {
                    error(line.number, column, "unknown section `### \(name)`; an item may have ### Hint, ### Explanation and ### Answer")
                    skipping = true
                } else if let first = sections[key] {
                    error(line.number, column, "a second `### \(name)` section (the first is on line \(first.line))")
                    skipping = true
                } else {
                    sections[key] = (line.number, [])
                    current = key
                    skipping = false
                }
                continue
            }
            if skipping { continue }
            if let key = current {
                sections[key]?.body.append(line)
            } else {
                main.append(line)
            }
        }
    }

    /// Metadata written after a blank line or inside the prompt would be read as prompt
    /// text; say where it belongs instead.
    private mutating func reportMisplacedMetadata() {
        var fenceInPrompt = FenceTracker()
        for line in main where !fenceInPrompt.isCode(line.text) {
            if let key = Self.metadataKey(line.text), Self.keys[key] != nil {
                misplacedKeys.insert(key)
                error(line.number, 1, "metadata `\(key):` must stand directly under the item heading, with no blank line before it (only answer, tolerance, unit, accept and contains may instead close the prompt)")
            }
        }
    }

    /// `### Name` with up to three spaces of indentation: the name and its column.
    static func sectionHeading(_ text: Substring) -> (String, Int)? {
        let indent = text.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = text.dropFirst(indent)
        guard rest.hasPrefix("###"), !rest.hasPrefix("####") else { return nil }
        let after = rest.dropFirst(3)
        guard after.isEmpty || after.first == " " else { return nil }
        var name = after.trimmingSpaces
        while name.hasSuffix("#") { name.removeLast() }
        return (name.trimmingSpaces, indent + 1)
    }

    /// The lines as Markdown text without blank lines at either end; nil when all blank.
    static func text(_ lines: some Collection<Line>) -> QuizText? {
        let kept = Array(lines).drop { $0.text.trimmingSpaces.isEmpty }
        guard let first = kept.first else { return nil }
        let body = kept.reversed().drop { $0.text.trimmingSpaces.isEmpty }.reversed()
        return QuizText(body.map { String($0.text) }.joined(separator: "\n"), firstLine: first.number)
    }

    // MARK: - Building the item

    private mutating func build(deck: String) -> QuizItem? {
        let kind = readKind()
        var hint: QuizText?
        var explanation: QuizText?
        var modelAnswer: QuizText?
        for (key, section) in sections.sorted(by: { $0.value.line < $1.value.line }) {
            let text = Self.text(section.body)
            if text == nil && !(key == "answer" && kind == .card) {
                notes.append(.warning(source, section.line, 1, "`### \(key.capitalized)` is empty"))
            }
            switch key {
            case "hint": hint = text
            case "explanation": explanation = text
            default: modelAnswer = text
            }
        }
        if let section = sections["answer"], kind != nil, kind != .card {
            error(section.line, 1, "`### Answer` is for card items; put the worked answer of a \(kind?.rawValue ?? "") item in ### Explanation")
        }
        var answerPart = QuizAnswerPart(source: source, headingLine: headingLine, kind: kind, misplacedKeys: misplacedKeys)
        let (promptLines, answer) = answerPart.read(main, metadata: metadata, modelAnswer: modelAnswer,
                                                    cardAnswerLine: sections["answer"]?.line)
        errors += answerPart.errors
        notes += answerPart.notes
        let prompt = Self.text(promptLines)
        if prompt == nil {
            error(headingLine, 1, "item `\(id)` has no prompt: write the question under the metadata")
        }
        if explanation == nil && sections["explanation"] == nil && kind != nil && kind != .card {
            notes.append(.warning(source, headingLine, 1, "item `\(id)` has no `### Explanation`; a learner who got it wrong needs one"))
        }
        for text in [prompt, hint, explanation, modelAnswer].compactMap({ $0 }) {
            notes += MarkdownParser.parse(text.text, source: source, firstLine: text.firstLine).diagnostics
        }
        let common = readCommonMetadata(kind: kind)
        guard let answer else { return nil }
        return QuizItem(id: id, deck: deck, answer: answer, prompt: prompt ?? QuizText("", firstLine: headingLine + 1),
                        hint: hint, explanation: explanation, tags: common.tags, difficulty: common.difficulty,
                        lesson: common.lesson, attribution: common.attribution, shuffle: common.shuffle,
                        file: source, line: headingLine,
                        metadataPositions: metadata.mapValues { FrontMatter.Position(line: $0.valueLine, column: $0.valueColumn) })
    }

    private mutating func readKind() -> QuizKind? {
        guard let entry = metadata["kind"], case .scalar(let value) = entry.value else {
            if !rejectedKeys.contains("kind") {
                error(headingLine, 1, "item `\(id)` has no `kind:`; add a line like `kind: choice` directly under the heading")
            }
            return nil
        }
        guard let kind = QuizKind(rawValue: value) else {
            let kinds = QuizKind.allCases.map(\.rawValue).joined(separator: ", ")
            error(entry.valueLine, entry.valueColumn, "unknown kind `\(value)`; kinds are \(kinds)")
            return nil
        }
        let allowed = (Self.kindKeys[kind] ?? []).union(["kind", "tags", "difficulty", "lesson", "source"])
        for entry in metadata.values.sorted(by: { $0.line < $1.line }) where !allowed.contains(entry.key) {
            let owners = Self.kindKeys.filter { $0.value.contains(entry.key) }.map(\.key.rawValue).sorted().joined(separator: " and ")
            error(entry.line, 1, "`\(entry.key)` is for \(owners) items; this is a \(kind.rawValue) item")
        }
        return kind
    }

    private mutating func readCommonMetadata(kind: QuizKind?) -> (tags: [String], difficulty: Int?, lesson: String?, attribution: String?, shuffle: Bool) {
        func scalar(_ key: String) -> (String, FrontMatter.Entry)? {
            guard let entry = metadata[key], case .scalar(let value) = entry.value else { return nil }
            return (value, entry)
        }
        var tags: [String] = []
        if let entry = metadata["tags"], case .list(let values) = entry.value { tags = values }
        var difficulty: Int?
        if let (value, entry) = scalar("difficulty") {
            if let n = Int(value), (1...5).contains(n) {
                difficulty = n
            } else {
                error(entry.valueLine, entry.valueColumn, "difficulty `\(value)` must be a whole number from 1 (easy) to 5 (hard)")
            }
        }
        var lesson: String?
        if let (value, entry) = scalar("lesson") {
            if KebabCase.matches(value) {
                lesson = value
            } else {
                error(entry.valueLine, entry.valueColumn, "lesson `\(value)` is not a kebab-case lesson id")
            }
        }
        var shuffle = true
        if let (value, entry) = scalar("shuffle") {
            switch value {
            case "true": shuffle = true
            case "false": shuffle = false
            default: error(entry.valueLine, entry.valueColumn, "shuffle is `true` or `false`, not `\(value)`")
            }
        }
        return (tags, difficulty, lesson, scalar("source")?.0, shuffle)
    }
}
