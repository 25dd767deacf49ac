/// How the learner did on one drill item.
public struct DrillResult: Equatable, Sendable {
    /// `deck/item-id`.
    public var cardID: String
    /// Right or wrong: graded by the app, or by the learner (y/n) for a `card` item.
    public var correct: Bool
    /// True for a `card` item, graded by the learner.
    public var selfGraded: Bool
    /// Seconds from the item appearing to the answer being checked (or the card revealed);
    /// the time spent reading the feedback is not counted.
    public var seconds: Int
    /// The answer as text (option or step texts, what was typed); empty for a card.
    public var answer: String

    public init(cardID: String, correct: Bool, selfGraded: Bool = false, seconds: Int, answer: String = "") {
        self.cardID = cardID
        self.correct = correct
        self.selfGraded = selfGraded
        self.seconds = max(0, seconds)
        self.answer = answer
    }
}
