/// The learner's answer to one `ask`, once given or skipped.
struct StepperVerdict: Equatable, Sendable {
    var ask: PendingAsk
    /// nil when the learner skipped the question.
    var guess: Double?

    var isCorrect: Bool { guess.map { StepperPrediction.isClose($0, to: ask.truth) } ?? false }
}

/// The prediction being typed at an `ask`.
struct StepperPrompt: Equatable, Sendable {
    /// The stop whose step the question is about (shown once the question is answered).
    var stop: Int
    /// Which of the stop's questions is being asked.
    var ask: Int
    var input = ""
    /// Why the last Enter did not count ("type a number…"); nil otherwise.
    var message: String?
}

/// Reading and grading predictions.
enum StepperPrediction {
    /// Characters that can make up a number: digits, sign, point and exponent.
    static func isNumberCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isNumber || "-+.eE".contains(c))
    }

    static let maximumLength = 24

    /// `text` reduced to what a number can hold; a typographic minus counts as a minus, so a
    /// value pasted from the lesson's prose still reads.
    static func numberCharacters(in text: String) -> String {
        String(text.map { $0 == "−" ? "-" : $0 }.filter(isNumberCharacter))
    }

    /// The typed number; nil for text like "-", "1e" or "1.2.3". Only finite numbers count.
    static func parse(_ input: String) -> Double? {
        guard !input.isEmpty, input.allSatisfy(isNumberCharacter), let value = Double(input), value.isFinite else { return nil }
        return value
    }

    /// Right when within 1% of the true value or 0.001 of it, whichever is looser.
    static func isClose(_ guess: Double, to truth: Double) -> Bool {
        guard truth.isFinite else { return guess == truth }
        return abs(guess - truth) <= max(0.01 * abs(truth), 1e-3)
    }
}
