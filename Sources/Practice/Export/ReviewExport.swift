import Foundation

/// `attend export reviews`: the review history as CSV, one row per review still in force.
///
/// The header is `card_id,reviewed_at,rating,correct,answer`. The first three columns are
/// exactly the input of `attend srs replay` (SPEC §5), so an export can be replayed to check
/// or rebuild card states. `correct` is `true`, `false`, or empty for a self-graded card;
/// `answer` is what the learner typed. Fields are quoted the RFC 4180 way when they hold a
/// comma, a quote, a line break, or a space at either end (replay trims unquoted fields).
public enum ReviewExport {
    public static let header = "card_id,reviewed_at,rating,correct,answer"

    /// Every review not later undone, oldest first (ties keep log order), LF line ends.
    public static func csv(events: [PracticeEvent]) -> String {
        let cancelled = CardStates.cancelledReviews(in: events)
        var rows: [(at: Int, index: Int, line: String)] = []
        for (index, event) in events.enumerated() where !cancelled.contains(index) {
            // Ratings outside 1–4 are skipped the way card states skip them: replay would reject them.
            guard case .review(let card, let rating, let correct, let answer) = event.kind,
                  Rating(rawValue: rating) != nil else { continue }
            let correctText = correct.map { $0 ? "true" : "false" } ?? ""
            let fields = [CSVField.text(card), ISOTime.format(event.at), String(rating), correctText, CSVField.text(answer)]
            rows.append((event.at, index, fields.joined(separator: ",")))
        }
        // Two instances may append at once, so the log is nearly but not surely time-sorted.
        rows.sort { ($0.at, $0.index) < ($1.at, $1.index) }
        var out = header + "\n"
        for row in rows { out += row.line + "\n" }
        return out
    }
}
