import Course
import Practice

/// The card on screen: the item, what has been entered, and — once checked — the outcome
/// with the ratings on offer.
struct ReviewCard: Equatable, Sendable {
    let entry: DueQueue.Entry
    let item: QuizItem
    var input: AnswerInput
    var hintShown = false
    /// Why the last answer could not be graded ("Type a number."); cleared by the next key.
    var problem: String?
    var outcome: Outcome?
    /// Extra rows scrolled down with PgDn, for cards taller than the screen.
    var scroll = 0

    /// A checked answer and the rating row.
    struct Outcome: Equatable, Sendable {
        var result: GradeResult
        var answerText: String
        /// The ratings the learner may give: only Again after a wrong auto-graded answer,
        /// Hard/Good/Easy after a right one, all four for a self-graded card.
        var allowed: [Rating]
        var selected: Rating
        /// Each rating's next interval label ("10m", "3d"), when intervals are shown.
        var intervals: [Rating: String]

        /// True/false for an auto-graded answer, nil for a card graded by the learner.
        var correct: Bool? {
            switch result.verdict {
            case .correct: true
            case .incorrect: false
            default: nil
            }
        }
    }

    init(entry: DueQueue.Entry, item: QuizItem, seed: UInt64) {
        self.entry = entry
        self.item = item
        self.input = AnswerInput.start(for: item, seed: seed)
    }

    var isTyping: Bool { outcome == nil && input.isTyping }

    /// Inserts pasted text into the focused text field; ignored when no field has the keyboard.
    mutating func paste(_ text: String) {
        guard outcome == nil else { return }
        switch input {
        case .typed(var editor):
            editor.insert(text)
            input = .typed(editor)
        case .cloze(var gaps, let focus) where gaps.indices.contains(focus):
            gaps[focus].insert(text)
            input = .cloze(gaps: gaps, focus: focus)
        default:
            return
        }
    }

    /// Grades the input. An unreadable response leaves the card answering with a problem
    /// to show; otherwise the card moves to rating.
    mutating func check(intervals: [Rating: String]) {
        let result = Grader.grade(item: item, response: input.response(for: item))
        switch result.verdict {
        case .unreadable:
            problem = result.feedback
        case .incorrect:
            outcome = Outcome(result: result, answerText: input.response(for: item).answerText(for: item), allowed: [.again],
                              selected: .again, intervals: intervals)
        case .correct:
            outcome = Outcome(result: result, answerText: input.response(for: item).answerText(for: item), allowed: [.hard, .good, .easy],
                              selected: .good, intervals: intervals)
        case .selfGraded:
            outcome = Outcome(result: result, answerText: "", allowed: Rating.allCases, selected: .good, intervals: intervals)
        }
        if outcome != nil {
            problem = nil
            scroll = 0
        }
    }
}
