import Course

/// The drill item a plain drill is on: the item, its display order, and how far the
/// learner is with it.
struct PlainDrillQuestion: Equatable, Sendable {
    enum Phase: Equatable, Sendable {
        /// Waiting for the answer (for a cloze, for the next gap; for a card, for Enter).
        case answering
        /// A card's model answer is shown; waiting for "Did you know it? y/n". Holds what the
        /// learner typed before revealing (kept as their answer) and when they revealed it.
        case revealed(typed: String, at: Int)
        /// Answered and checked; waiting for Enter to go on.
        case answered
    }

    let item: QuizItem
    /// The topics the item is scored under, as the header names them.
    let topic: String
    /// `order[i]` is the option or step shown as number i + 1.
    let order: [Int]
    /// When the question was shown; its time runs from here to the answer (or the reveal).
    let shownAt: Int
    var phase: Phase = .answering
    /// Cloze gaps typed so far, in order.
    var gaps: [String] = []

    /// The line printed last before reading input, and again after a command or an
    /// unreadable answer.
    var prompt: String {
        switch phase {
        case .answering: return PlainCardText.instruction(for: item, gapsTyped: gaps.count)
        case .revealed: return "Did you know it? y/n"
        case .answered: return Self.nextPrompt
        }
    }

    static let nextPrompt = "Press Enter for the next question."
}
