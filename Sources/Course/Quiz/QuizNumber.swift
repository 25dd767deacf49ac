/// A number as an author or a learner types it: `0.125`, `1e-3`, `1,000`, `−2`, `+3`,
/// `1/8`, `12.5%`, `16 GB`, `16GB`.
///
/// Shared by the quiz parser (for `answer:` and `tolerance:`) and the numeric grader, so
/// both read numbers the same way. Thousands separators are commas between groups of
/// exactly three digits; a comma anywhere else (`1,5`) makes the text unreadable rather
/// than silently meaning 1 or 15.
public struct QuizNumber: Equatable, Sendable {
    /// The number as written, before any percent scaling: 12.5 for `12.5%`.
    public var value: Double
    /// True when it ended in `%`.
    public var isPercent: Bool
    /// Trailing text after the number (`GB`), trimmed; nil when there was none.
    public var unit: String?

    public init(value: Double, isPercent: Bool = false, unit: String? = nil) {
        self.value = value
        self.isPercent = isPercent
        self.unit = unit
    }

    /// Reads the text, or nil when it is not a number (optionally with `%` or a unit).
    public static func parse(_ text: String) -> QuizNumber? {
        var reader = Reader(Array(text.unicodeScalars))
        reader.skipSpaces()
        guard let first = reader.literal() else { return nil }
        var value = first
        let afterFirst = reader.position
        reader.skipSpaces()
        if reader.take("/") {
            reader.skipSpaces()
            guard let denominator = reader.literal(), denominator != 0 else { return nil }
            value /= denominator
        } else {
            reader.position = afterFirst
        }
        guard value.isFinite else { return nil }
        reader.skipSpaces()
        let rest = String(String.UnicodeScalarView(reader.rest)).trimmingSpaces
        if rest.isEmpty { return QuizNumber(value: value) }
        if rest == "%" { return QuizNumber(value: value, isPercent: true) }
        // `1e`, `1e-`: an exponent left unfinished, not the unit "e".
        if let e = rest.first, e == "e" || e == "E", rest.count == 1 || rest.dropFirst().first.map("+-−".contains) == true {
            return nil
        }
        guard let lead = rest.unicodeScalars.first, isUnitStart(lead) else { return nil }
        return QuizNumber(value: value, unit: rest)
    }

    /// A unit starts with a letter or a currency/degree/micro sign, never with a digit or
    /// punctuation, so `1,5` and `2..3` are unreadable instead of "2 with unit ..3".
    private static func isUnitStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || "°$€£¥µ".unicodeScalars.contains(scalar)
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var position = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var rest: ArraySlice<Unicode.Scalar> { scalars[min(position, scalars.count)...] }
        var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            guard current == scalar else { return false }
            position += 1
            return true
        }

        mutating func skipSpaces() {
            while let c = current, c == " " || c == "\u{A0}" || c == "\u{202F}" || c == "\t" { position += 1 }
        }

        /// Counts ASCII digits from `position` without moving.
        func digitRun(from start: Int) -> Int {
            var end = start
            while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
            return end - start
        }

        /// Sign, digits with optional thousands commas, fraction, exponent; nil when absent.
        mutating func literal() -> Double? {
            var ascii = ""
            if take("-") || take("\u{2212}") { ascii = "-" } else { _ = take("+") }
            let integerDigits = digitRun(from: position)
            ascii += integerDigits == 0 ? "0" : digits(integerDigits)
            // Thousands groups: `,ddd` right after a first group of 1–3 digits.
            if (1...3).contains(integerDigits) {
                while current == ",", digitRun(from: position + 1) == 3 {
                    position += 1
                    ascii += digits(3)
                }
            }
            var fractionDigits = 0
            if current == ".", digitRun(from: position + 1) > 0 {
                position += 1
                fractionDigits = digitRun(from: position)
                ascii += "." + digits(fractionDigits)
            }
            guard integerDigits + fractionDigits > 0 else { return nil }
            if let e = current, e == "e" || e == "E" {
                let mark = position
                position += 1
                var exponent = "e"
                if take("-") || take("\u{2212}") { exponent += "-" } else { _ = take("+") }
                let count = digitRun(from: position)
                if count > 0 {
                    ascii += exponent + digits(count)
                } else {
                    position = mark  // `2 eggs`: the e starts a unit
                }
            }
            return Double(ascii)
        }

        private mutating func digits(_ count: Int) -> String {
            let s = String(String.UnicodeScalarView(scalars[position..<(position + count)]))
            position += count
            return s
        }
    }
}
