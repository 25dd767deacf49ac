/// Reads the `answer`, `tolerance` and `unit` metadata of a numeric item.
enum NumericAnswerReader {
    static func read(_ metadata: [String: FrontMatter.Entry], source: String, headingLine: Int,
                     errors: inout [Diagnostic]) -> NumericAnswer? {
        func scalar(_ key: String) -> (String, FrontMatter.Entry)? {
            guard let entry = metadata[key], case .scalar(let value) = entry.value else { return nil }
            return (value, entry)
        }
        func error(_ entry: FrontMatter.Entry, _ message: String) {
            errors.append(.error(source, entry.valueLine, entry.valueColumn, message))
        }
        var unit = scalar("unit")?.0
        var percentUnit = false
        if unit == "%" {
            percentUnit = true
            unit = nil
        }
        guard let (written, entry) = scalar("answer") else {
            if metadata["answer"] == nil {
                errors.append(.error(source, headingLine, 1, "a numeric item needs `answer: <number>` under its heading"))
            }
            return nil
        }
        guard let number = QuizNumber.parse(written) else {
            error(entry, "answer `\(written)` is not a number; write it like 0.125, 1e-3, 1,000 or 12.5%")
            return nil
        }
        if let given = number.unit {
            if unit == nil {
                error(entry, "write the answer as a bare number and the unit on its own line: `unit: \(given)`")
                return nil
            }
            if given.lowercased() != unit?.lowercased() {
                error(entry, "answer is in \(given) but `unit:` says \(unit ?? "")")
                return nil
            }
        }
        if number.isPercent, let unit {
            error(entry, "answer is a percent but `unit:` says \(unit)")
            return nil
        }
        var tolerance = NumericTolerance.exact
        if let (text, toleranceEntry) = scalar("tolerance") {
            guard let parsed = QuizNumber.parse(text), parsed.unit == nil else {
                error(toleranceEntry, "tolerance `\(text)` is not a number; write 0.001 (absolute) or 1% (relative)")
                return nil
            }
            guard parsed.value >= 0 else {
                error(toleranceEntry, "tolerance `\(text)` cannot be negative")
                return nil
            }
            tolerance = parsed.isPercent ? .relative(parsed.value / 100) : .absolute(parsed.value)
        }
        return NumericAnswer(value: number.value, isPercent: number.isPercent || percentUnit, tolerance: tolerance,
                             unit: unit, written: written)
    }
}
