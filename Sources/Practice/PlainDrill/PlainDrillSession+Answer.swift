import Course
import Foundation

/// Answering a drill question: reading the typed line, grading it, and printing right or
/// wrong with the right answer and the explanation; a card is revealed, then graded y/n.
extension PlainDrillSession {
    mutating func answer(_ line: String, question: inout PlainDrillQuestion, now: Int, output: inout [String],
                         events: inout [PracticeEvent]) {
        switch PlainTypedLine.read(line, item: question.item, order: question.order, gaps: &question.gaps) {
        case .cardAttempt(let typed):
            question.phase = .revealed(typed: typed, at: now)
            output += text(for: question).revealLines + ["", question.prompt]
        case .moreGaps:
            output.append(question.prompt)
        case .unreadable(let reason):
            output += [reason, question.prompt]
        case .response(let response):
            check(response, question: &question, now: now, output: &output, events: &events)
        }
    }

    /// "Did you know it? y/n" after a card's answer: the learner's own verdict. The time
    /// counted is up to the reveal, not the time spent comparing.
    mutating func recall(_ line: String, typed: String, revealedAt: Int, question: inout PlainDrillQuestion, now: Int,
                         output: inout [String], events: inout [PracticeEvent]) {
        guard let knew = PlainAnswerReader.knew(line) else {
            output += [PlainAnswerReader.knewProblem, question.prompt]
            return
        }
        record(question, correct: knew, seconds: revealedAt - question.shownAt, answer: typed, now: now, events: &events)
        output += ["", knew ? "You recalled it." : "Missed: it goes on the list to review."]
        answered(&question, now: now, output: &output)
    }

    /// Grades a read response; an unreadable one asks again with the grader's reason.
    private mutating func check(_ response: Response, question: inout PlainDrillQuestion, now: Int,
                                output: inout [String], events: inout [PracticeEvent]) {
        let result = Grader.grade(item: question.item, response: response)
        switch result.verdict {
        case .correct, .incorrect:
            break
        case .unreadable, .selfGraded:
            output += [result.feedback, question.prompt]
            return
        }
        record(question, correct: result.isCorrect, seconds: now - question.shownAt,
               answer: response.answerText(for: question.item), now: now, events: &events)
        output += text(for: question).checkedLines(result)
        answered(&question, now: now, output: &output)
    }

    /// After an answer: wait for Enter, or end the drill after the last question.
    private mutating func answered(_ question: inout PlainDrillQuestion, now: Int, output: inout [String]) {
        question.phase = .answered
        if position + 1 >= plan.entries.count {
            finish(timedOut: false, now: now, output: &output)
        } else {
            output += ["", question.prompt]
        }
    }
}
