import Course

/// The outcome of grading one response: the verdict, what was right and wrong part by
/// part, and the feedback text to show.
public struct GradeResult: Equatable, Sendable {
    public enum Verdict: Equatable, Sendable {
        case correct
        case incorrect
        /// A card: the learner compares with the model answer and rates themself.
        case selfGraded
        /// The response could not be read (an empty answer, `1,5`, a unit on a plain
        /// number, a response for another kind). Nothing is graded or rated: ask again.
        case unreadable
    }

    public var verdict: Verdict
    public var detail: GradeDetail
    /// One or more sentences for the learner, e.g. "Not quite: the answer is 0.125 (you
    /// were off by 0.005, 4%)."
    public var feedback: String

    public init(verdict: Verdict, detail: GradeDetail, feedback: String) {
        self.verdict = verdict
        self.detail = detail
        self.feedback = feedback
    }

    public var isCorrect: Bool { verdict == .correct }

    static func unreadable(_ feedback: String) -> GradeResult {
        GradeResult(verdict: .unreadable, detail: .none, feedback: feedback)
    }
}

/// What was right and wrong, part by part, for the screen to mark.
public enum GradeDetail: Equatable, Sendable {
    /// Nothing to show (an unreadable response).
    case none
    /// Choice and multi: every option, chosen or not.
    case options([OptionMark])
    case numeric(NumericComparison)
    case text(TextMatch)
    case order(OrderComparison)
    /// One per gap, in prompt order.
    case gaps([GapMark])
    case card
}

/// One option of a choice or multi item after grading.
public struct OptionMark: Equatable, Sendable {
    /// Index into the item's options (file order).
    public var index: Int
    public var chosen: Bool
    public var isCorrect: Bool

    public init(index: Int, chosen: Bool, isCorrect: Bool) {
        self.index = index
        self.chosen = chosen
        self.isCorrect = isCorrect
    }

    /// True when the learner treated this option rightly (chose a right one or left a wrong one).
    public var isRight: Bool { chosen == isCorrect }
}

/// How a numeric response compares with the answer.
public struct NumericComparison: Equatable, Sendable {
    /// The response as a number in the answer's scale (percent points for a percent
    /// answer); nil when the unit was wrong.
    public var given: Double?
    public var expected: Double
    /// given − expected.
    public var difference: Double?
    /// |difference| / |expected|; nil when expected is 0 or nothing was compared.
    public var relativeError: Double?
    /// The unit the learner wrote when it was not the item's unit.
    public var wrongUnit: String?

    public init(given: Double?, expected: Double, difference: Double? = nil, relativeError: Double? = nil, wrongUnit: String? = nil) {
        self.given = given
        self.expected = expected
        self.difference = difference
        self.relativeError = relativeError
        self.wrongUnit = wrongUnit
    }
}

/// Which accepted answer or key phrase a text response matched.
public struct TextMatch: Equatable, Sendable {
    public enum Matched: Equatable, Sendable {
        case accepted(String)
        case contains(String)
    }

    /// The response after normalising, as it was compared.
    public var normalized: String
    public var matched: Matched?

    public init(normalized: String, matched: Matched?) {
        self.normalized = normalized
        self.matched = matched
    }
}

/// An order response against the right sequence.
public struct OrderComparison: Equatable, Sendable {
    /// The learner's sequence of step indices.
    public var given: [Int]
    /// Per position: whether the step placed there belongs there.
    public var inPlace: [Bool]

    public init(given: [Int], inPlace: [Bool]) {
        self.given = given
        self.inPlace = inPlace
    }

    public var inPlaceCount: Int { inPlace.filter { $0 }.count }
}

/// One gap of a cloze item after grading.
public struct GapMark: Equatable, Sendable {
    public var index: Int
    public var given: String
    /// The first accepted answer, shown when the gap was wrong.
    public var expected: String
    public var isCorrect: Bool

    public init(index: Int, given: String, expected: String, isCorrect: Bool) {
        self.index = index
        self.given = given
        self.expected = expected
        self.isCorrect = isCorrect
    }
}
