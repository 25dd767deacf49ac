import Course
import Foundation

/// `attend srs replay`: reads a review log as CSV and writes the FSRS state after each review.
///
/// Input rows are `card_id,reviewed_at,rating` (the header row is optional),
/// ISO-8601 UTC times, ratings 1–4, time-sorted per card. Output always starts
/// with the header `card_id,reviewed_at,rating,state,stability,difficulty,due`
/// and has one row per accepted review, in input order, with fuzzing off so
/// it can be checked against py-fsrs. A bad row becomes a diagnostic naming
/// its line and column, is left out, and does not stop the rest.
public enum SRSReplay {
    public static let inputHeader = "card_id,reviewed_at,rating"
    public static let outputHeader = "card_id,reviewed_at,rating,state,stability,difficulty,due"

    public static func run(csv: String, source: String,
                           scheduler: FSRSScheduler = FSRSScheduler(.replay))
        -> (output: String, diagnostics: [Diagnostic]) {
        var text = csv
        return text.withUTF8 { run(bytes: $0, source: source, scheduler: scheduler) }
    }

    static func run(bytes: UnsafeBufferPointer<UInt8>, source: String, scheduler: FSRSScheduler)
        -> (output: String, diagnostics: [Diagnostic]) {
        var engine = ReplayEngine(scheduler: scheduler)
        var diagnostics: [Diagnostic] = []
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3 + 64)
        out.append(contentsOf: outputHeader.utf8)
        out.append(10)

        var reader = ReplayCSVReader(bytes: bytes, source: source)
        while let row = reader.nextRow(diagnostics: &diagnostics) {
            switch engine.apply(cardID: row.cardID, at: Date(timeIntervalSince1970: row.reviewedAt),
                                rating: row.rating) {
            case .scheduled(let card):
                appendRow(row, card, input: bytes, to: &out)
            case .outOfOrder(let previous):
                let message = "card \(quoted(row.cardID)) reviewed at \(UTCTimestamp.format(row.reviewedAt)), "
                    + "before its previous review at \(UTCTimestamp.format(previous.timeIntervalSince1970)); "
                    + "the log must be time-sorted per card, so this review is skipped"
                let column = ReplayCSVReader.column(row.reviewedAtOffset, lineStart: row.lineStart, in: bytes)
                diagnostics.append(.error(source, row.line, column, message))
            }
        }
        return (String(decoding: out, as: UTF8.self), diagnostics)
    }

    private static func appendRow(_ row: ReplayCSVReader.Row, _ card: SchedulerCard,
                                  input: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        appendField(row.cardID, to: &out)
        out.append(44)
        if let canonical = row.canonicalReviewedAt {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: input[canonical]))
        } else {
            UTCTimestamp.append(row.reviewedAt, to: &out)
        }
        out.append(44)
        out.append(UInt8(48 + row.rating.rawValue))
        out.append(44)
        out.append(contentsOf: card.state.rawValue.utf8)
        out.append(44)
        SixDecimals.append(card.stability ?? 0, to: &out)
        out.append(44)
        SixDecimals.append(card.difficulty ?? 0, to: &out)
        out.append(44)
        UTCTimestamp.append(card.due.timeIntervalSince1970, to: &out)
        out.append(10)
    }

    /// Writes a card id, quoting it the CSV way only when it needs quotes.
    private static func appendField(_ field: String, to out: inout [UInt8]) {
        let needsQuotes = field.utf8.contains { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }
            || field.utf8.first == 32 || field.utf8.last == 32 || field.utf8.first == 9 || field.utf8.last == 9
        guard needsQuotes else {
            out.append(contentsOf: field.utf8)
            return
        }
        out.append(34)
        for byte in field.utf8 {
            if byte == 34 { out.append(34) }
            out.append(byte)
        }
        out.append(34)
    }

    private static func quoted(_ text: String) -> String { "\"\(text)\"" }
}
