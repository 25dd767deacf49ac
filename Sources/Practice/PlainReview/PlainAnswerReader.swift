import Course

/// Reads a typed line as the answer to one card, in the numbering the learner was shown.
///
/// Option and step numbers are display rows (1-based); the response maps them back to the
/// item's own indices, so grading never depends on the shuffle. A line that cannot be read
/// gives a reason to print before asking again.
enum PlainAnswerReader {
    enum Reading: Equatable {
        case response(Response)
        case unreadable(String)
    }

    /// Reads a line for a choice, multi, numeric, text or order item. Cloze gaps and cards
    /// are read line by line by the session.
    static func read(_ line: String, item: QuizItem, order: [Int]) -> Reading {
        switch item.answer {
        case .choice:
            let words = numbers(line)
            guard !words.isEmpty else { return .unreadable("Type the number of your choice, from 1 to \(order.count).") }
            guard words.count == 1 else { return .unreadable("Type one number only, from 1 to \(order.count).") }
            switch rows([words[0]], count: order.count, noun: "option") {
            case .success(let rows): return .response(.choice(order[rows[0]]))
            case .failure(let problem): return .unreadable(problem.message)
            }
        case .multi:
            let words = numbers(line)
            guard !words.isEmpty else { return .unreadable("Type at least one number, from 1 to \(order.count).") }
            switch rows(words, count: order.count, noun: "option") {
            case .success(let rows): return .response(.multi(Set(rows.map { order[$0] })))
            case .failure(let problem): return .unreadable(problem.message)
            }
        case .order:
            let words = numbers(line)
            let example = (1...max(1, order.count)).reversed().map(String.init).joined(separator: " ")
            let once = "Type each of the \(order.count) step numbers once, in the right order, like \(example)."
            guard !words.isEmpty else { return .unreadable(once) }
            switch rows(words, count: order.count, noun: "step") {
            case .success(let rows):
                guard rows.count == order.count, Set(rows).count == order.count else { return .unreadable(once) }
                return .response(.order(rows.map { order[$0] }))
            case .failure(let problem):
                return .unreadable(problem.message)
            }
        case .numeric:
            return .response(.numeric(line))
        case .text:
            return .response(.text(line))
        case .cloze, .card:
            return .unreadable("This card is answered line by line.")
        }
    }

    struct Problem: Error {
        var message: String
    }

    /// The words of a list of numbers: separated by spaces or commas.
    private static func numbers(_ line: String) -> [Substring] {
        line.split { $0 == " " || $0 == "," || $0 == "\t" }
    }

    /// 0-based display rows for typed 1-based numbers, or the first problem.
    private static func rows(_ words: [Substring], count: Int, noun: String) -> Result<[Int], Problem> {
        var rows: [Int] = []
        for word in words {
            guard let number = Int(word) else {
                return .failure(Problem(message: "“\(word)” is not a number; type \(noun) numbers from 1 to \(count)."))
            }
            guard (1...max(1, count)).contains(number) else {
                return .failure(Problem(message: "There is no \(noun) \(number); type numbers from 1 to \(count)."))
            }
            rows.append(number - 1)
        }
        return .success(rows)
    }
}
