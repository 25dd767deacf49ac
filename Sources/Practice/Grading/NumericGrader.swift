import Course
import Foundation

/// Grades a typed number against a numeric item's answer.
///
/// Reading the response (see `QuizNumber`): `0.125`, `1e-3`, `1,000`, `1/8`, `−2`, `+3`,
/// `12.5%`, and a trailing unit with or without a space (`16 GB`, `16gb`).
///
/// Percent rule. A `%` is a factor of 1/100, and the comparison happens in the scale the
/// author wrote the answer in:
/// - `answer: 0.125` (a plain number): `12.5%` is read as 0.125, so it is right; `12.5` is
///   12.5, so it is wrong.
/// - `answer: 12.5%` (or `unit: %`): the answer is 12.5 percent points. `12.5%` and `12.5`
///   are right; so is the fraction `0.125`, because a bare number that misses in percent
///   points is tried once more as a fraction. An absolute tolerance is in percent points.
/// - `tolerance: 1%` is always relative (1% of the answer), never one percent point.
///
/// Units. A response may leave the unit out. A unit that differs from the item's `unit:`
/// (ignoring case) makes the answer wrong; a unit on an item that has none is unreadable
/// (the learner is asked for the bare number, not marked wrong).
///
/// Tolerance. None given: equal up to a relative 1e-9, which forgives only floating-point
/// noise. Absolute and relative tolerances include their boundary.
enum NumericGrader {
    static func grade(_ answer: NumericAnswer, response raw: String) -> GradeResult {
        let typed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if typed.isEmpty { return .unreadable("Type a number.") }
        guard let number = QuizNumber.parse(typed) else {
            return .unreadable("Cannot read “\(typed)” as a number; write it like 0.125, 1e-3, 1,000 or 12.5%.")
        }
        let shown = display(answer)
        if let unit = number.unit {
            guard let expectedUnit = answer.unit else {
                return .unreadable("This answer is a plain number; leave out “\(unit)”.")
            }
            if unit.lowercased() != expectedUnit.lowercased() {
                let comparison = NumericComparison(given: nil, expected: answer.value, wrongUnit: unit)
                return GradeResult(verdict: .incorrect, detail: .numeric(comparison),
                                   feedback: "Wrong unit: the answer is in \(expectedUnit), not \(unit). The answer is \(shown).")
            }
        }
        var candidates: [Double]
        if answer.isPercent {
            candidates = number.isPercent ? [number.value] : [number.value, number.value * 100]
        } else {
            candidates = [number.isPercent ? number.value / 100 : number.value]
        }
        let given = candidates.first { within(answer.tolerance, $0, answer.value) } ?? candidates[0]
        let difference = given - answer.value
        let relative = answer.value == 0 ? nil : abs(difference) / abs(answer.value)
        let comparison = NumericComparison(given: given, expected: answer.value, difference: difference, relativeError: relative)
        let correct = within(answer.tolerance, given, answer.value)
        var off = "off by \(format(abs(difference)))"
        if let relative { off += ", \(format(relative * 100))%" }
        let feedback: String
        if correct {
            feedback = difference == 0 || answer.tolerance == .exact ? "Correct: \(shown)." : "Correct: \(shown) (you were \(off))."
        } else {
            feedback = "Not quite: the answer is \(shown); \(typed) is \(off)."
        }
        return GradeResult(verdict: correct ? .correct : .incorrect, detail: .numeric(comparison), feedback: feedback)
    }

    /// True when `given` is close enough to `expected`.
    static func within(_ tolerance: NumericTolerance, _ given: Double, _ expected: Double) -> Bool {
        let gap = abs(given - expected)
        switch tolerance {
        case .exact:
            return gap <= 1e-9 * max(abs(given), abs(expected))
        case .absolute(let limit):
            // The small slack keeps a boundary like 0.3 ± 0.1 → 0.4 inclusive despite binary rounding.
            return gap <= limit * (1 + 1e-9) + 1e-12 * abs(expected)
        case .relative(let fraction):
            return gap <= fraction * abs(expected) * (1 + 1e-9)
        }
    }

    /// The answer as the author wrote it, with its unit.
    private static func display(_ answer: NumericAnswer) -> String {
        guard let unit = answer.unit, QuizNumber.parse(answer.written)?.unit == nil else { return answer.written }
        return "\(answer.written) \(unit)"
    }

    /// A distance for feedback: three significant digits, no exponent for everyday sizes,
    /// no trailing zeros (0.005, 4, 1230, 0.0333).
    static func format(_ x: Double) -> String {
        guard x.isFinite else { return "\(x)" }
        if x == 0 { return "0" }
        let magnitude = Int(floor(log10(abs(x))))
        if magnitude < -6 || magnitude > 15 { return String(format: "%.3g", x) }
        let decimals = 2 - magnitude
        if decimals <= 0 {
            let step = pow(10, Double(-decimals))
            return String(format: "%.0f", (x / step).rounded() * step)
        }
        var text = String(format: "%.\(decimals)f", x)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
