import Course
import Practice
import Testing

/// Every shipped quiz item accepts its own answer and refuses a plausible wrong one, which
/// catches typos in accept lists, tolerances that are too tight or too loose, and `[x]` marks
/// on the wrong option.
@Suite("Shipped quiz answers")
struct QuizAnswerTests {
    @Test("each item's stated answer grades as correct")
    func statedAnswersAreCorrect() {
        let items = ShippedCourse.items.filter(\.kind.isAutoGraded)
        #expect(!items.isEmpty)
        for item in items {
            guard let response = Self.statedAnswer(item) else {
                Issue.record("\(item.file):\(item.line): \(item.cardID) states no answer to try")
                continue
            }
            let result = Grader.grade(item: item, response: response)
            #expect(result.verdict == .correct,
                    "\(item.file):\(item.line): \(item.cardID) refuses its own answer \(response): \(result.feedback)")
        }
    }

    @Test("a plausible wrong answer grades as incorrect")
    func wrongAnswersAreIncorrect() {
        let items = ShippedCourse.items.filter(\.kind.isAutoGraded)
        var tried = 0
        for item in items {
            guard let response = Self.wrongAnswer(item, among: ShippedCourse.items) else { continue }
            tried += 1
            let result = Grader.grade(item: item, response: response)
            #expect(result.verdict == .incorrect,
                    "\(item.file):\(item.line): \(item.cardID) accepts the wrong answer \(response): \(result.feedback)")
        }
        #expect(tried >= items.count / 2, "only \(tried) of \(items.count) items had a wrong answer to try")
    }

    @Test("card items carry a model answer, tagged interview items included")
    func cardsHaveModelAnswers() {
        for item in ShippedCourse.items where item.kind == .card {
            let text = item.modelAnswer?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            #expect(!text.isEmpty, "\(item.file):\(item.line): \(item.cardID) has an empty ### Answer")
        }
    }

    /// The answer the item itself states, as a learner would give it.
    static func statedAnswer(_ item: QuizItem) -> Response? {
        switch item.answer {
        case .choice(let options):
            return options.firstIndex(where: \.isCorrect).map(Response.choice)
        case .multi(let options):
            let right = Set(options.indices.filter { options[$0].isCorrect })
            return right.isEmpty ? nil : .multi(right)
        case .numeric(let answer):
            return .numeric(answer.written)
        case .text(let answer):
            if let first = answer.accept.first { return .text(first) }
            return answer.contains.first.map { .text("I think it is the \($0), mostly") }
        case .order(let steps):
            return .order(Array(steps.indices))
        case .cloze(let gaps):
            let answers = gaps.compactMap(\.answers.first)
            return answers.count == gaps.count ? .cloze(answers) : nil
        case .card:
            return nil
        }
    }

    /// A wrong answer a learner might plausibly give; nil when none can be built.
    static func wrongAnswer(_ item: QuizItem, among all: [QuizItem]) -> Response? {
        switch item.answer {
        case .choice(let options):
            return options.firstIndex { !$0.isCorrect }.map(Response.choice)
        case .multi(let options):
            let right = Set(options.indices.filter { options[$0].isCorrect })
            if let wrong = options.indices.first(where: { !options[$0].isCorrect }) {
                return .multi(right.union([wrong]))  // every right option plus one wrong one
            }
            return right.count > 1 ? .multi(Set(right.dropFirst())) : nil  // one right option missed
        case .numeric(let answer):
            let wrong = answer.value * 2 + 1
            return .numeric("\(wrong)" + (answer.isPercent ? "%" : ""))
        case .text:
            // The answer to another text question: right words, wrong question.
            // The next text item of another deck, so each item meets a different answer.
            let texts = all.filter { $0.kind == .text }
            guard let position = texts.firstIndex(where: { $0.cardID == item.cardID }) else { return nil }
            for offset in 1..<max(texts.count, 1) {
                let other = texts[(position + offset) % texts.count]
                if other.deck != item.deck, case .text(let answer) = other.answer, let typed = answer.accept.first {
                    return .text(typed)
                }
            }
            return nil
        case .order(let steps):
            guard steps.count >= 2 else { return nil }
            var order = Array(steps.indices)
            order.swapAt(0, 1)  // the first two steps swapped
            return .order(order)
        case .cloze(let gaps):
            var answers = gaps.compactMap(\.answers.first)
            guard answers.count == gaps.count, let first = answers.first else { return nil }
            // Another gap's answer in the first gap, or the answer of another cloze item.
            if let other = answers.dropFirst().first(where: { !gaps[0].answers.contains($0) }) {
                answers[0] = other
                return .cloze(answers)
            }
            for other in all where other.kind == .cloze && other.cardID != item.cardID {
                guard case .cloze(let otherGaps) = other.answer else { continue }
                if let candidate = otherGaps.compactMap(\.answers.first).first(where: { !gaps[0].answers.contains($0) && $0 != first }) {
                    answers[0] = candidate
                    return .cloze(answers)
                }
            }
            return nil
        case .card:
            return nil
        }
    }
}
