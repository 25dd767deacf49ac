import Course
import Foundation

/// Answering: reading the typed answer, grading it, and printing right or wrong, the right
/// answer, the explanation and the rating prompt.
extension PlainReviewSession {
    mutating func answer(_ line: String, card: inout PlainReviewCard, now: Int, output: inout [String]) {
        switch PlainTypedLine.read(line, item: card.item, order: card.order, gaps: &card.gaps) {
        case .cardAttempt(let typed):
            card.phase = .recalled(answer: typed)
            output += text(for: card).revealLines + ["", card.prompt]
        case .moreGaps:
            output.append(card.prompt)
        case .unreadable(let reason):
            output += [reason, card.prompt]
        case .response(let response):
            check(response, card: &card, now: now, output: &output)
        }
    }

    /// "Did you know it? y/n": yes offers Hard, Good, Easy; no rates Again.
    mutating func recall(_ line: String, typed: String, card: inout PlainReviewCard, now: Int, output: inout [String]) {
        guard let knew = PlainAnswerReader.knew(line) else {
            output += [PlainAnswerReader.knewProblem, card.prompt]
            return
        }
        let outcome = PlainReviewCard.Outcome(correct: nil, right: knew, answerText: typed,
                                              allowed: knew ? [.hard, .good, .easy] : [.again],
                                              standard: knew ? .good : .again, intervals: intervals(card, now: now))
        card.phase = .rating(outcome)
        output += ["", card.prompt]
    }

    /// Grades a read response; an unreadable one asks again with the grader's reason.
    private mutating func check(_ response: Response, card: inout PlainReviewCard, now: Int, output: inout [String]) {
        let result = Grader.grade(item: card.item, response: response)
        let right: Bool
        switch result.verdict {
        case .correct: right = true
        case .incorrect: right = false
        case .unreadable, .selfGraded:
            output += [result.feedback, card.prompt]
            return
        }
        let outcome = PlainReviewCard.Outcome(correct: right, right: right, answerText: response.answerText(for: card.item),
                                              allowed: right ? [.hard, .good, .easy] : [.again],
                                              standard: right ? .good : .again, intervals: intervals(card, now: now))
        card.phase = .rating(outcome)
        output += text(for: card).checkedLines(result) + ["", card.prompt]
    }

    /// Each rating's next interval, previewed with the seed the real review will use.
    private func intervals(_ card: PlainReviewCard, now: Int) -> [Rating: String] {
        config.showIntervals ? states.intervalLabels(card.entry.cardID, at: now) : [:]
    }
}
