import Course
import DisplayWidth

extension DrillReport {
    /// The report as plain lines for a pipe, `--plain` or a screen reader: words rather than
    /// bars and marks, no escape sequences, every line complete on its own.
    public func plainText() -> [String] {
        var lines = ["Drill: \(Sanitizer.clean(topic))", summary, scoreLine]
        if !topics.isEmpty {
            lines.append("Score by topic, weakest first:")
            for score in topics {
                lines.append("  \(Sanitizer.clean(score.topic)): \(score.correct) of \(score.answered) right (\(Self.percent(score.fraction)))")
            }
        }
        lines.append("Time per item (slow after \(Self.clock(paceSeconds))):")
        for (index, item) in items.enumerated() {
            lines.append("  \(index + 1). \(item.cardID): \(Self.describe(item))")
        }
        let review = toReview
        if review.isEmpty {
            lines.append(answered == 0 ? "Nothing answered, so nothing to review." : "Nothing to review: every answer was right and in time.")
        } else {
            lines.append("To review:")
            for item in review {
                let why = item.outcome == .wrong ? "wrong" : "slow, \(Self.clock(item.seconds ?? 0))"
                lines.append("  \(item.cardID) (\(why)): \(item.title)")
            }
        }
        return lines
    }

    /// `Time's up: 8 of 10 answered in 10:00.` and its kin.
    public var summary: String {
        let limit = limitSeconds.map { " (limit \(Self.clock($0)))" } ?? ""
        let counts = "\(answered) of \(planned) answered in \(Self.clock(elapsedSeconds))"
        if timedOut { return "Time's up: \(counts)." }
        if notReached > 0 { return "Stopped: \(counts)\(limit)." }
        return "Finished: \(counts)\(limit)."
    }

    /// `Score: 6 of 8 right (75%).`
    public var scoreLine: String {
        guard answered > 0 else { return "Score: nothing answered." }
        return "Score: \(correct) of \(answered) right (\(Self.percent(Double(correct) / Double(answered))))."
    }

    /// `0:42, right`, `1:10, wrong, slow`, `0:30, right (self-graded)`, `not reached`.
    static func describe(_ item: Item) -> String {
        guard let seconds = item.seconds, item.outcome != .notReached else { return "not reached" }
        var text = "\(clock(seconds)), \(item.outcome == .right ? "right" : "wrong")"
        if item.isSlow { text += ", slow" }
        if item.selfGraded { text += " (self-graded)" }
        return text
    }

    /// `75%`, rounded to the nearest whole percent.
    public static func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded()))%"
    }
}
