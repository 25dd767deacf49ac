import Course

/// What one line typed at a plain-mode question means, for the review and the drill alike:
/// for a `card`, the learner's attempt before the answer is shown; for a `cloze`, one gap
/// (more to come, or the last, which completes the response); otherwise a response to grade,
/// or the reason it cannot be read.
enum PlainTypedLine: Equatable {
    case cardAttempt(String)
    case moreGaps
    case response(Response)
    case unreadable(String)

    /// Reads `line` for `item` shown in `order`; cloze gaps collect in `gaps` until all are in.
    static func read(_ line: String, item: QuizItem, order: [Int], gaps: inout [String]) -> PlainTypedLine {
        switch item.answer {
        case .card:
            return .cardAttempt(line.trimmingCharacters(in: .whitespaces))
        case .cloze(let expected):
            gaps.append(line)
            guard gaps.count >= expected.count else { return .moreGaps }
            let given = gaps
            gaps = []
            return .response(.cloze(given))
        default:
            switch PlainAnswerReader.read(line, item: item, order: order) {
            case .unreadable(let reason): return .unreadable(reason)
            case .response(let response): return .response(response)
            }
        }
    }
}
