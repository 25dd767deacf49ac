import Course

/// The card a plain review is on: the item, its display order, and how far the learner is.
struct PlainReviewCard: Equatable, Sendable {
    enum Phase: Equatable, Sendable {
        /// Waiting for the answer (for a cloze, for the next gap; for a card, for Enter).
        case answering
        /// A card's model answer is shown; waiting for "Did you know it? y/n". Holds what
        /// the learner typed before revealing, kept as their answer.
        case recalled(answer: String)
        /// Checked; waiting for the rating.
        case rating(Outcome)
    }

    /// A checked answer and the ratings on offer.
    struct Outcome: Equatable, Sendable {
        /// True/false for an auto-graded answer, nil for a card the learner graded.
        var correct: Bool?
        /// Counted as right in the summary: a right answer, or a card the learner knew.
        var right: Bool
        /// The answer as text, for the review event.
        var answerText: String
        /// Only Again after a wrong answer (or a card not known); Hard, Good, Easy otherwise.
        var allowed: [Rating]
        /// The rating Enter gives.
        var standard: Rating
        /// Each rating's next interval label, when intervals are shown.
        var intervals: [Rating: String]
    }

    let entry: DueQueue.Entry
    let item: QuizItem
    let deckTitle: String
    /// `order[i]` is the option or step shown as number i + 1.
    let order: [Int]
    var phase: Phase = .answering
    /// Cloze gaps typed so far, in order.
    var gaps: [String] = []

    var outcome: Outcome? {
        if case .rating(let outcome) = phase { return outcome }
        return nil
    }

    /// "Card 3 of 12 — deck title — numeric".
    func header(number: Int, of total: Int) -> String {
        "Card \(number) of \(total) — \(deckTitle) — \(item.kind.rawValue)"
    }

    /// What the learner is asked to do: the line printed last before reading input, and
    /// printed again after a command or an unreadable answer.
    var prompt: String {
        switch phase {
        case .rating(let outcome):
            return Self.ratingPrompt(outcome)
        case .recalled:
            return "Did you know it? y/n"
        case .answering:
            return PlainCardText.instruction(for: item, gapsTyped: gaps.count)
        }
    }

    /// "Rate: 2 Hard (6m), 3 Good (10m), 4 Easy (9d) [Enter = 3]".
    static func ratingPrompt(_ outcome: Outcome) -> String {
        let choices = outcome.allowed.map { rating in
            "\(rating.rawValue) \(rating.label)" + (outcome.intervals[rating].map { " (\($0))" } ?? "")
        }
        return "Rate: \(choices.joined(separator: ", ")) [Enter = \(outcome.standard.rawValue)]"
    }
}
