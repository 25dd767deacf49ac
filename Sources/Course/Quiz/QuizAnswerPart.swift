/// Reads the kind-specific part of an item: options of choice/multi, the steps of order,
/// the gaps of cloze, `answer`/`tolerance`/`unit` of numeric, `accept`/`contains` of text,
/// and the model answer of a card; and separates the prompt from it.
struct QuizAnswerPart {
    typealias Line = QuizItemParser.Line

    let source: String
    let headingLine: Int
    let kind: QuizKind?
    let misplacedKeys: Set<String>
    var errors: [Diagnostic] = []
    var notes: [Diagnostic] = []

    init(source: String, headingLine: Int, kind: QuizKind?, misplacedKeys: Set<String> = []) {
        self.source = source
        self.headingLine = headingLine
        self.kind = kind
        self.misplacedKeys = misplacedKeys
    }

    private mutating func error(_ line: Int, _ column: Int, _ message: String) {
        errors.append(.error(source, line, column, message))
    }

    /// - Returns: the prompt's lines and the answer (nil when the kind is unknown).
    mutating func read(_ main: [Line], metadata: [String: FrontMatter.Entry], modelAnswer: QuizText?,
                       cardAnswerLine: Int?) -> (prompt: [Line], answer: QuizAnswer?) {
        let taskIndices = Self.structuralIndices(main) { Self.taskLine($0.text) != nil }
        guard let kind else { return (main, nil) }
        if kind != .choice && kind != .multi, let first = taskIndices.first {
            let column = main[first].text.prefix { $0 == " " }.count + 1
            error(main[first].number, column, "options (`- [ ]`, `- [x]`) are only for choice and multi items; this is a \(kind.rawValue) item")
        }
        switch kind {
        case .choice, .multi:
            let start = taskIndices.first ?? main.count
            let options = readOptions(main[start...], multi: kind == .multi)
            return (Array(main[..<start]), kind == .choice ? .choice(options) : .multi(options))
        case .order:
            let start = Self.trailingNumberedList(main) ?? main.count
            return (Array(main[..<start]), .order(readSteps(main[start...])))
        case .numeric:
            var problems: [Diagnostic] = []
            let answer = NumericAnswerReader.read(metadata, source: source, headingLine: headingLine, errors: &problems)
            // A misplaced `answer:` was reported where it stands; "needs an answer" would repeat it.
            errors += problems.filter { !(misplacedKeys.contains("answer") && $0.line == headingLine) }
            return (main, answer.map(QuizAnswer.numeric))
        case .text:
            let accept = list("accept", metadata)
            let contains = list("contains", metadata)
            if !misplacedKeys.isDisjoint(with: ["accept", "contains"]) && metadata["accept"] == nil && metadata["contains"] == nil {
                // already reported where the misplaced list stands
            } else if accept.isEmpty && contains.isEmpty && metadata["accept"] == nil && metadata["contains"] == nil {
                error(headingLine, 1, "a text item needs `accept: [answer, other answer]` or `contains: [key phrase]`")
            } else if accept.isEmpty && contains.isEmpty {
                let entry = metadata["accept"] ?? metadata["contains"]
                error(entry?.line ?? headingLine, 1, "a text item needs at least one answer in `accept` or phrase in `contains`")
            }
            return (main, .text(TextAnswer(accept: accept, contains: contains)))
        case .cloze:
            let prompt = QuizItemParser.text(main)
            let scan = ClozeGapScanner.scan(prompt?.text ?? "", firstLine: prompt?.firstLine ?? headingLine, source: source)
            errors += scan.diagnostics
            if scan.gaps.isEmpty && scan.diagnostics.isEmpty {
                error(headingLine, 1, "a cloze item needs at least one gap in its prompt, like {{answer}} or {{answer|alternative}}")
            }
            return (main, .cloze(scan.gaps))
        case .card:
            if modelAnswer == nil {
                error(cardAnswerLine ?? headingLine, 1, cardAnswerLine == nil
                      ? "a card item needs a `### Answer` section with the model answer"
                      : "`### Answer` is empty; write the model answer under it")
            }
            return (main, .card(modelAnswer ?? QuizText("", firstLine: headingLine)))
        }
    }

    private func list(_ key: String, _ metadata: [String: FrontMatter.Entry]) -> [String] {
        guard let entry = metadata[key], case .list(let values) = entry.value else { return [] }
        return values
    }

    // MARK: - Options

    private mutating func readOptions(_ lines: ArraySlice<Line>, multi: Bool) -> [QuizOption] {
        var options: [QuizOption] = []
        var bracketColumns: [Int] = []
        var strayReported = false
        var fence = FenceTracker()
        for line in lines {
            let inCode = fence.isCode(line.text)
            if !inCode, let task = Self.taskLine(line.text) {
                options.append(QuizOption(text: task.text, isCorrect: task.checked, line: line.number))
                bracketColumns.append(task.bracketColumn)
                checkInline(task.text, line: line.number, column: task.textColumn)
            } else if line.text.trimmingSpaces.isEmpty {
                continue
            } else if !inCode, let key = QuizItemParser.metadataKey(line.text), QuizItemParser.keys[key] != nil {
                continue  // misplaced metadata, reported by the item parser
            } else if !inCode, line.text.hasPrefix("  "), !options.isEmpty {
                options[options.count - 1].text += " " + line.text.trimmingSpaces
            } else if !strayReported {
                error(line.number, 1, "text after the options; put it in the prompt above them or in ### Explanation")
                strayReported = true
            }
        }
        let noun = multi ? "a multi item" : "a choice item"
        guard let first = options.first else {
            error(headingLine, 1, "\(noun) needs options: a task list with `- [x]` for right and `- [ ]` for wrong answers")
            return []
        }
        var seen: [String: Int] = [:]
        for (option, column) in zip(options, bracketColumns) {
            if option.text.isEmpty {
                error(option.line, column, "empty option")
            } else if let earlier = seen[option.text] {
                error(option.line, column + 4, "option `\(option.text)` is also on line \(earlier)")
            }
            seen[option.text] = seen[option.text] ?? option.line
        }
        if options.count < 2 {
            error(first.line, bracketColumns[0], "\(noun) needs at least two options")
        }
        let correct = options.indices.filter { options[$0].isCorrect }
        if correct.isEmpty {
            error(first.line, bracketColumns[0], multi
                  ? "no option is marked `[x]`; a multi item needs one or more right options"
                  : "no option is marked `[x]`; a choice item has exactly one right option")
        } else if !multi && correct.count > 1 {
            let second = correct[1]
            error(options[second].line, bracketColumns[second],
                  "a choice item has exactly one `[x]`; this is the second (the first is on line \(options[correct[0]].line)); use `kind: multi` for several right options")
        }
        return options
    }

    /// `- [ ] text` / `- [x] text`: whether checked, the column of `[`, the text and its column.
    static func taskLine(_ text: Substring) -> (checked: Bool, bracketColumn: Int, text: String, textColumn: Int)? {
        let scalars = Array(text.unicodeScalars)
        let indent = scalars.prefix { $0 == " " }.count
        guard indent <= 3, scalars.count >= indent + 5 else { return nil }
        let s = scalars[indent...]
        guard "-*+".unicodeScalars.contains(s[indent]), s[indent + 1] == " ", s[indent + 2] == "[",
              s[indent + 4] == "]", scalars.count == indent + 5 || scalars[indent + 5] == " " else { return nil }
        let mark = s[indent + 3]
        guard mark == " " || mark == "x" || mark == "X" else { return nil }
        let rest = String(String.UnicodeScalarView(scalars[(indent + 5)...]))
        let leading = rest.unicodeScalars.prefix { $0 == " " }.count
        return (mark != " ", indent + 3, rest.trimmingSpaces, indent + 6 + leading)
    }

    // MARK: - Steps

    /// Index of the first line of the numbered list that ends the prompt, if any.
    static func trailingNumberedList(_ lines: [Line]) -> Int? {
        var start: Int?
        var fence = FenceTracker()
        for (index, line) in lines.enumerated() {
            if fence.isCode(line.text) {
                start = nil
            } else if numberedLine(line.text) != nil {
                if start == nil { start = index }
            } else if line.text.trimmingSpaces.isEmpty || line.text.hasPrefix("  ") {
                continue
            } else {
                start = nil
            }
        }
        return start
    }

    /// `1. text` or `1) text`: the number, the text and its column.
    static func numberedLine(_ text: Substring) -> (number: Int, text: String, textColumn: Int)? {
        let indent = text.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = text.dropFirst(indent)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count), let number = Int(digits) else { return nil }
        let after = rest.dropFirst(digits.count)
        guard let marker = after.first, marker == "." || marker == ")" else { return nil }
        let body = after.dropFirst()
        guard body.isEmpty || body.first == " " else { return nil }
        let leading = body.prefix { $0 == " " }.count
        return (number, body.trimmingSpaces, indent + digits.count + 2 + leading)
    }

    private mutating func readSteps(_ lines: ArraySlice<Line>) -> [OrderStep] {
        var steps: [OrderStep] = []
        var numbers: [Int] = []
        var columns: [Int] = []
        for line in lines {
            if let numbered = Self.numberedLine(line.text) {
                steps.append(OrderStep(text: numbered.text, line: line.number))
                numbers.append(numbered.number)
                columns.append(numbered.textColumn)
                checkInline(numbered.text, line: line.number, column: numbered.textColumn)
            } else if !line.text.trimmingSpaces.isEmpty, !steps.isEmpty {
                steps[steps.count - 1].text += " " + line.text.trimmingSpaces
            }
        }
        guard steps.count >= 2 else {
            error(steps.first?.line ?? headingLine, 1, "an order item needs a numbered list of at least two steps, written in the right order")
            return steps
        }
        let sequential = numbers == Array(numbers[0]..<(numbers[0] + numbers.count))
        if !sequential && Set(numbers).count > 1 {
            let written = numbers.map(String.init).joined(separator: ", ")
            error(steps[0].line, 1, "steps are numbered \(written): the order of the lines is the answer, so number them 1, 2, 3, …")
        }
        var seen: [String: Int] = [:]
        for (step, column) in zip(steps, columns) {
            if step.text.isEmpty {
                error(step.line, column, "empty step")
            } else if let earlier = seen[step.text] {
                error(step.line, column, "step `\(step.text)` is also on line \(earlier); steps must differ to be ordered")
            }
            seen[step.text] = seen[step.text] ?? step.line
        }
        return steps
    }

    // MARK: - Helpers

    /// Indices of lines outside fenced code that satisfy `test`.
    static func structuralIndices(_ lines: [Line], _ test: (Line) -> Bool) -> [Int] {
        var fence = FenceTracker()
        return lines.indices.filter { !fence.isCode(lines[$0].text) && test(lines[$0]) }
    }

    /// Markdown problems inside an option or step, at their real columns.
    private mutating func checkInline(_ text: String, line: Int, column: Int) {
        for var diagnostic in MarkdownParser.parse(text, source: source, firstLine: line).diagnostics {
            if diagnostic.line == line { diagnostic.column += column - 1 }
            notes.append(diagnostic)
        }
    }
}
