import Course

/// Grades a learner's response to a quiz item. Pure: same item and response, same result.
///
/// A response of the wrong kind, or one that cannot be read (an empty text, an index out
/// of range, an order that is not a permutation), is `.unreadable` rather than wrong, so the
/// screen can ask again instead of rating the card Again.
public enum Grader {
    public static func grade(item: QuizItem, response: Response) -> GradeResult {
        switch (item.answer, response) {
        case (.choice(let options), .choice(let index)):
            return gradeOptions(options, chosen: [index], single: true)
        case (.multi(let options), .multi(let chosen)):
            return gradeOptions(options, chosen: chosen, single: false)
        case (.numeric(let answer), .numeric(let typed)):
            return NumericGrader.grade(answer, response: typed)
        case (.text(let answer), .text(let typed)):
            return gradeText(answer, typed)
        case (.order(let steps), .order(let given)):
            return gradeOrder(steps, given)
        case (.cloze(let gaps), .cloze(let given)):
            return gradeCloze(gaps, given)
        case (.card, .revealed):
            return GradeResult(verdict: .selfGraded, detail: .card,
                               feedback: "Compare your answer with the model answer, then rate how well you recalled it.")
        default:
            return .unreadable("This response is for a \(response.kindName) item, but this is a \(item.kind.rawValue) item.")
        }
    }

    private static func gradeOptions(_ options: [QuizOption], chosen: Set<Int>, single: Bool) -> GradeResult {
        guard !chosen.isEmpty else { return .unreadable("Choose an option.") }
        guard chosen.allSatisfy(options.indices.contains) else {
            return .unreadable("That option does not exist; choose one of the \(options.count) shown.")
        }
        let marks = options.indices.map { OptionMark(index: $0, chosen: chosen.contains($0), isCorrect: options[$0].isCorrect) }
        if marks.allSatisfy(\.isRight) {
            return GradeResult(verdict: .correct, detail: .options(marks), feedback: "Correct.")
        }
        let right = options.filter(\.isCorrect).map(\.text)
        var feedback: String
        if single {
            feedback = "Not quite. The answer is: \(right.joined(separator: "; "))"
        } else {
            let missed = marks.filter { $0.isCorrect && !$0.chosen }.map { options[$0.index].text }
            let wrong = marks.filter { !$0.isCorrect && $0.chosen }.map { options[$0.index].text }
            feedback = "Not quite."
            if !missed.isEmpty { feedback += " Also right: \(missed.joined(separator: "; "))." }
            if !wrong.isEmpty { feedback += " Not right: \(wrong.joined(separator: "; "))." }
        }
        return GradeResult(verdict: .incorrect, detail: .options(marks), feedback: feedback)
    }

    private static func gradeText(_ answer: TextAnswer, _ typed: String) -> GradeResult {
        let normalized = TextMatcher.normalize(typed)
        if normalized.isEmpty { return .unreadable("Type an answer.") }
        if let accepted = answer.accept.first(where: { TextMatcher.equals(typed, $0) }) {
            return GradeResult(verdict: .correct, detail: .text(TextMatch(normalized: normalized, matched: .accepted(accepted))),
                               feedback: "Correct.")
        }
        if let phrase = answer.contains.first(where: { TextMatcher.contains(typed, phrase: $0) }) {
            return GradeResult(verdict: .correct, detail: .text(TextMatch(normalized: normalized, matched: .contains(phrase))),
                               feedback: "Correct: your answer mentions “\(phrase)”.")
        }
        let expected = answer.accept.first.map { "The answer is: \($0)." }
            ?? "A right answer mentions \(answer.contains.map { "“\($0)”" }.joined(separator: " or "))."
        return GradeResult(verdict: .incorrect, detail: .text(TextMatch(normalized: normalized, matched: nil)),
                           feedback: "Not quite. \(expected)")
    }

    private static func gradeOrder(_ steps: [OrderStep], _ given: [Int]) -> GradeResult {
        guard given.sorted() == Array(steps.indices) else {
            return .unreadable("Place each of the \(steps.count) steps exactly once.")
        }
        let inPlace = given.enumerated().map { $0.offset == $0.element }
        let comparison = OrderComparison(given: given, inPlace: inPlace)
        if inPlace.allSatisfy({ $0 }) {
            return GradeResult(verdict: .correct, detail: .order(comparison), feedback: "Correct.")
        }
        let order = steps.enumerated().map { "\($0.offset + 1). \($0.element.text)" }.joined(separator: "  ")
        return GradeResult(verdict: .incorrect, detail: .order(comparison),
                           feedback: "\(comparison.inPlaceCount) of \(steps.count) steps in the right place. The right order: \(order)")
    }

    private static func gradeCloze(_ gaps: [ClozeGap], _ given: [String]) -> GradeResult {
        guard given.count == gaps.count else {
            return .unreadable("Fill in all \(gaps.count) gaps.")
        }
        if given.allSatisfy({ TextMatcher.normalize($0).isEmpty }) { return .unreadable("Fill in the gaps.") }
        let marks = gaps.indices.map { i in
            GapMark(index: i, given: given[i], expected: gaps[i].answers.first ?? "",
                    isCorrect: gaps[i].answers.contains { TextMatcher.equals(given[i], $0) })
        }
        if marks.allSatisfy(\.isCorrect) {
            return GradeResult(verdict: .correct, detail: .gaps(marks), feedback: "Correct.")
        }
        let right = marks.filter(\.isCorrect).count
        let fixes = marks.filter { !$0.isCorrect }.map { "gap \($0.index + 1) is “\($0.expected)”" }.joined(separator: ", ")
        return GradeResult(verdict: .incorrect, detail: .gaps(marks),
                           feedback: "\(right) of \(gaps.count) gaps right: \(fixes).")
    }
}
