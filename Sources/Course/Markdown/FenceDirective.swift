/// Reads a fence's info string: plain code, a ```` ```swift kernel [name=…] ```` block or a
/// ```` ```quiz ```` checkpoint, and checks the directive's attributes and body.
struct FenceDirective {
    let source: String
    var diagnostics: [Diagnostic] = []

    init(source: String) {
        self.source = source
    }

    /// `opener` is the fence line without its indentation; `code` the lines between fences.
    mutating func block(info: String, code: [String], at opener: SourceLine) -> Block {
        let words = info.split(separator: " ").map(String.init)
        let firstLine = opener.number + 1
        if words.first == "quiz" {
            if words.count > 1 { report(.warning, "quiz blocks take no attributes", opener, attribute: words[1]) }
            let checkpoint = QuizCheckpoint(items: quizItems(code, firstLine: firstLine, opener: opener), line: opener.number)
            return Block(.quiz(checkpoint), line: opener.number, column: opener.column)
        }
        if words.first == "swift", words.count >= 2, words[1] == "kernel" {
            let name = kernelName(Array(words.dropFirst(2)), opener)
            if code.allSatisfy({ $0.trimmingSpaces.isEmpty }) {
                diagnostics.append(.error(source, opener.number, opener.column, "kernel block is empty"))
            }
            let block = CodeBlock(info: info, lines: code, firstLine: firstLine, isKernel: true, kernelName: name)
            return Block(.code(block), line: opener.number, column: opener.column)
        }
        if words.first == "kernel" || (words.count >= 2 && words[1] == "kernel") {
            report(.warning, "a runnable kernel is written ```swift kernel; this block is shown as plain code", opener, attribute: "kernel")
        }
        return Block(.code(CodeBlock(info: info, lines: code, firstLine: firstLine)), line: opener.number, column: opener.column)
    }

    private mutating func kernelName(_ attributes: [String], _ opener: SourceLine) -> String? {
        var name: String?
        for attribute in attributes {
            guard attribute.hasPrefix("name=") else {
                report(.error, "unknown kernel attribute `\(attribute)`; the only one is name=<kebab-case-name>", opener, attribute: attribute)
                continue
            }
            let value = String(attribute.dropFirst(5))
            if name != nil {
                report(.error, "kernel has two name attributes", opener, attribute: attribute)
            } else if !KebabCase.matches(value) {
                report(.error, "kernel name `\(value)` must be kebab-case, like name=masked or name=causal-mask", opener, attribute: attribute)
            } else {
                name = value
            }
        }
        return name
    }

    private mutating func quizItems(_ code: [String], firstLine: Int, opener: SourceLine) -> [QuizCheckpoint.ItemRef] {
        var items: [QuizCheckpoint.ItemRef] = []
        for (offset, raw) in code.enumerated() {
            let text = raw.trimmingSpaces
            if text.isEmpty || text.hasPrefix("#") { continue }
            let column = opener.column + raw.prefix(while: { $0 == " " }).count
            let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 2, KebabCase.matches(parts[0]), KebabCase.matches(parts[1]) {
                items.append(QuizCheckpoint.ItemRef(deck: parts[0], item: parts[1], line: firstLine + offset))
            } else {
                diagnostics.append(.error(source, firstLine + offset, column,
                    "quiz checkpoint line `\(text)` should be deck/item-id, both kebab-case"))
            }
        }
        if items.isEmpty && !diagnostics.contains(where: { $0.line > opener.number }) {
            diagnostics.append(.error(source, opener.number, opener.column, "quiz block lists no items; write one deck/item-id per line"))
        }
        return items
    }

    /// Reports at the column where `attribute` appears on the fence line.
    private mutating func report(_ severity: Diagnostic.Severity, _ message: String, _ opener: SourceLine, attribute: String) {
        let column = opener.column + (BlockParser.find(attribute, in: opener.scalars) ?? 0)
        diagnostics.append(Diagnostic(severity, file: source, line: opener.number, column: column, message))
    }
}
