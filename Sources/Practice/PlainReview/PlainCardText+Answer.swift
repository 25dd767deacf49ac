import Course
import Foundation

/// What a plain review and a plain drill both print around an answer: the kind's
/// instruction, the numbered choices, right or wrong with the right answer, and the answer
/// as text for the event log. Shared so the two line-prompt modes show a card the same way.
extension PlainCardText {
    /// What the learner is asked to do while answering: "Type the number of your choice.",
    /// "Gap 2:", "Press Enter to see the answer." and so on.
    static func instruction(for item: QuizItem, gapsTyped: Int) -> String {
        switch item.answer {
        case .choice: return "Type the number of your choice."
        case .multi: return "Type the numbers of all that apply, separated by spaces."
        case .numeric(let answer): return answer.unit.map { "Type the number, in \($0)." } ?? "Type the number."
        case .text: return "Type your answer."
        case .order: return "Type the steps' numbers in the right order, separated by spaces."
        case .cloze: return "Gap \(gapsTyped + 1):"
        case .card: return "Press Enter to see the answer."
        }
    }

    /// The lines between the prompt and the instruction: the numbered options or steps, or
    /// how a cloze is filled; nothing for the other kinds.
    var answerSetup: [String] {
        switch item.answer {
        case .choice, .multi, .order: return numberedChoices
        case .cloze: return ["Fill the gaps one per line."]
        default: return []
        }
    }

    /// "Right." (with the grader's note for a typed answer), or "Wrong." and the right
    /// answer in the numbers the learner was shown.
    func verdictLines(_ result: GradeResult) -> [String] {
        result.isCorrect ? rightLines(result) : wrongLines(result)
    }

    private func rightLines(_ result: GradeResult) -> [String] {
        // The grader says which key phrase a text matched, and how close a number was.
        let typed = item.kind == .numeric || item.kind == .text
        return typed && result.feedback != "Correct." ? ["Right.", result.feedback] : ["Right."]
    }

    private func wrongLines(_ result: GradeResult) -> [String] {
        switch (item.answer, result.detail) {
        case (.choice(let options), _):
            let rows = options.indices.filter { options[$0].isCorrect }.compactMap(row(ofChoice:)).sorted()
            return ["Wrong.", "The answer is:"] + rows.flatMap(numbered)
        case (.multi(let options), _):
            let rows = options.indices.filter { options[$0].isCorrect }.compactMap(row(ofChoice:)).sorted()
            return ["Wrong.", rows.count == 1 ? "The only right option is:" : "The right options are:"] + rows.flatMap(numbered)
        case (.order(let steps), .order(let comparison)):
            let rows = steps.indices.compactMap(row(ofChoice:))
            let numbers = rows.map { String($0 + 1) }.joined(separator: " ")
            return ["Wrong.", "\(comparison.inPlaceCount) of \(steps.count) steps in the right place.",
                    "The right order is \(numbers):"] + rows.flatMap(numbered)
        default:
            return ["Wrong.", result.feedback]
        }
    }
}

extension PlainAnswerReader {
    /// Reads the answer to "Did you know it? y/n": true, false, or nil when it is neither.
    static func knew(_ line: String) -> Bool? {
        switch line.trimmingCharacters(in: .whitespaces).lowercased() {
        case "y", "yes": return true
        case "n", "no": return false
        default: return nil
        }
    }

    static let knewProblem = "Type y if you knew it, or n if you did not."
}
