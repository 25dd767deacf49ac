/// Parses a lesson file (front matter and Markdown body) into a `Lesson`.
public enum LessonParser {
    /// The front-matter keys a lesson may use, and whether each holds one value or a list.
    public static let keys: [String: FrontMatter.Kind] = [
        "id": .scalar, "title": .scalar, "module": .scalar, "minutes": .scalar,
        "prerequisites": .list, "objectives": .list, "tags": .list, "decks": .list,
    ]

    /// - Returns: the lesson, nil only when the front matter is unusable (missing, never
    ///   closed, or without a valid id); and every problem found, errors and warnings.
    public static func parse(_ text: String, source: String) -> (lesson: Lesson?, diagnostics: [Diagnostic]) {
        let (matter, fmProblems) = FrontMatter.parse(text, source: source, keys: keys)
        var diagnostics = fmProblems
        guard let matter else { return (nil, diagnostics.sorted(by: Diagnostic.sourceOrder)) }
        let (meta, metaProblems) = readMeta(matter, source: source)
        diagnostics += metaProblems
        let (document, bodyProblems) = MarkdownParser.parse(matter.body, source: source, firstLine: matter.bodyFirstLine)
        diagnostics += bodyProblems
        guard let meta else { return (nil, diagnostics.sorted(by: Diagnostic.sourceOrder)) }

        var kernels: [KernelSource] = []
        var checkpoints: [QuizCheckpoint] = []
        var seenNames: [String: Int] = [:]
        var unnamedLine: Int?
        for block in document.allBlocks {
            switch block.kind {
            case .code(let code) where code.isKernel:
                if let name = code.kernelName {
                    if let first = seenNames[name] {
                        diagnostics.append(.error(source, block.line, block.column,
                            "two kernels are named `\(name)` (the first is on line \(first))"))
                    }
                    seenNames[name] = seenNames[name] ?? block.line
                } else if let first = unnamedLine {
                    diagnostics.append(.error(source, block.line, block.column,
                        "a second unnamed kernel (the first is on line \(first)); name it: ```swift kernel name=…"))
                } else {
                    unnamedLine = block.line
                }
                kernels.append(KernelSource(name: code.kernelName, code: code.lines.joined(separator: "\n"), firstLine: code.firstLine))
            case .quiz(let checkpoint):
                checkpoints.append(checkpoint)
            default:
                break
            }
        }
        let lesson = Lesson(meta: meta, document: document, source: source, kernels: kernels, checkpoints: checkpoints,
                            number: fileNumber(source), frontMatterLines: matter.keyLines)
        return (lesson, diagnostics.sorted(by: Diagnostic.sourceOrder))
    }

    /// Only the front matter: a lesson with an empty document and no kernels, for listing a
    /// course quickly. `parse` gives the whole lesson when it is opened.
    public static func parseFrontMatter(_ text: String, source: String) -> (lesson: Lesson?, diagnostics: [Diagnostic]) {
        let (matter, fmProblems) = FrontMatter.parse(text, source: source, keys: keys)
        var diagnostics = fmProblems
        guard let matter else { return (nil, diagnostics.sorted(by: Diagnostic.sourceOrder)) }
        let (meta, metaProblems) = readMeta(matter, source: source)
        diagnostics += metaProblems
        guard let meta else { return (nil, diagnostics.sorted(by: Diagnostic.sourceOrder)) }
        let lesson = Lesson(meta: meta, document: Document(blocks: []), source: source, number: fileNumber(source), frontMatterLines: matter.keyLines)
        return (lesson, diagnostics.sorted(by: Diagnostic.sourceOrder))
    }

    /// NN from `…/NN-id.md`, or 0.
    static func fileNumber(_ path: String) -> Int {
        let name = path.split(separator: "/").last ?? ""
        return Int(name.prefix(while: { $0.isASCII && $0.isNumber })) ?? 0
    }

    private static func readMeta(_ matter: FrontMatter, source: String) -> (LessonMeta?, [Diagnostic]) {
        var problems: [Diagnostic] = []
        func scalar(_ key: String) -> (String, FrontMatter.Entry)? {
            guard let entry = matter.entry(key), case .scalar(let value) = entry.value else { return nil }
            return (value, entry)
        }
        func list(_ key: String, kebab: Bool) -> [String] {
            guard let entry = matter.entry(key), case .list(let items) = entry.value else { return [] }
            if kebab {
                for (item, position) in zip(items, entry.itemPositions) where !KebabCase.matches(item) {
                    problems.append(.error(source, position.line, position.column,
                        "`\(item)` in \(key) is not a kebab-case id (lowercase words joined by -)"))
                }
            }
            return items
        }
        func required(_ key: String, kebab: Bool) -> String? {
            matter.required(key, kebab: kebab, source: source, diagnostics: &problems)
        }

        let id = required("id", kebab: true)
        let title = required("title", kebab: false)
        let module = required("module", kebab: true)
        var minutes: Int?
        if let (value, entry) = scalar("minutes") {
            if let n = Int(value), n > 0 {
                minutes = n
            } else {
                problems.append(.error(source, entry.valueLine, entry.valueColumn,
                    "minutes `\(value)` must be a whole number of minutes, like 20"))
            }
        }
        let meta = LessonMeta(id: id ?? "", title: title ?? id ?? "", module: module ?? "",
                              prerequisites: list("prerequisites", kebab: true), objectives: list("objectives", kebab: false),
                              minutes: minutes, tags: list("tags", kebab: false), decks: list("decks", kebab: true))
        return (id == nil ? nil : meta, problems)
    }
}

extension Diagnostic {
    /// Orders by file, then line, then column: the order an author fixes them in. Ties
    /// fall back to the message, so the order never depends on how they were gathered.
    public static func sourceOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.file, a.line, a.column, a.message) < (b.file, b.line, b.column, b.message)
    }
}
