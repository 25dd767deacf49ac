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
        let result = text.withUTF8 { run(bytes: $0, source: source, scheduler: scheduler) }
        return (String(decoding: result.output, as: UTF8.self), result.diagnostics)
    }

    /// The whole output in memory (for tests and small logs); `run(bytes:…emit:)` streams it.
    public static func run(bytes: UnsafeBufferPointer<UInt8>, source: String,
                           scheduler: FSRSScheduler = FSRSScheduler(.replay),
                           lanes: Int? = nil, blockRows: Int = 32_768)
        -> (output: [UInt8], diagnostics: [Diagnostic]) {
        var out: [UInt8] = []
        let diagnostics = run(bytes: bytes, source: source, scheduler: scheduler, lanes: lanes, blockRows: blockRows) {
            out.append(contentsOf: $0)
        }
        return (out, diagnostics)
    }

    /// Replays the CSV and hands the output to `emit` in order, a piece at a time (the header,
    /// then each block's rows), so a long log never sits in memory as one string.
    ///
    /// Each block goes through three stages, each on `lanes` cores: reading (the input cut
    /// into parts at line breaks, `ReplayBlockReader`), scheduling (cards split by
    /// `CardShard`, each lane keeping its own cards' states, walking the block in order) and
    /// writing (one piece of output a part, emitted in order). With one lane it is a plain
    /// loop; the output is the same. `lanes` nil picks two for inputs over 256 KB.
    public static func run(bytes: UnsafeBufferPointer<UInt8>, source: String,
                           scheduler: FSRSScheduler = FSRSScheduler(.replay),
                           lanes: Int? = nil, blockRows: Int = 32_768,
                           emit: ([UInt8]) -> Void) -> [Diagnostic] {
        let lanes = max(1, lanes ?? (bytes.count > 1 << 18 ? 2 : 1))
        var engines = [ReplayEngine](repeating: ReplayEngine(scheduler: scheduler), count: lanes)
        var diagnostics: [Diagnostic] = []
        emit(Array((outputHeader + "\n").utf8))

        var blocks = ReplayBlockReader(bytes: bytes, source: source, lanes: lanes, blockRows: blockRows, diagnostics: &diagnostics)
        var outcomes: [ReplayEngine.Outcome] = []
        var pieces = [Piece](repeating: Piece(), count: lanes)
        nonisolated(unsafe) let input = bytes
        while let parts = blocks.next(diagnostics: &diagnostics) {
            let total = parts.reduce(0) { $0 + $1.count }
            if total == 0 { continue }
            if outcomes.count < total {
                outcomes += repeatElement(.outOfOrder(previous: Date(timeIntervalSince1970: 0)), count: total - outcomes.count)
            }
            // Schedule: lane k replays, in order, the rows whose card falls to shard k.
            outcomes.withUnsafeMutableBufferPointer { outcome in
                // Each row's outcome is written by the one lane its card falls to.
                nonisolated(unsafe) let outcome = outcome
                updateOnCores(&engines) { lane, engine in
                    var flat = 0
                    for part in parts {
                        for row in part {
                            if CardShard.of(row.cardID, shards: lanes) == lane {
                                outcome[flat] = engine.apply(cardID: row.cardID, at: Date(timeIntervalSince1970: row.reviewedAt), rating: row.rating)
                            }
                            flat += 1
                        }
                    }
                }
            }
            // Write: lane k formats the k-th stretch of the block (its part, when read in parts).
            let stretches = Self.stretches(of: parts, into: lanes)
            let outcome = outcomes
            updateOnCores(&pieces) { lane, piece in
                let stretch = stretches[lane]
                piece.write(parts[stretch.part][stretch.rows], outcome, from: stretch.flat, input: input, source: source)
            }
            for lane in 0..<lanes {
                emit(pieces[lane].bytes)
                diagnostics += pieces[lane].diagnostics
            }
        }
        // Problems are found by different lanes and stages: put them back in line order.
        let ordered = diagnostics.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
        return ordered.map(\.element)
    }

    /// Which rows each lane writes: its own part when the block came in one part a lane, else
    /// an even share of the single part. `flat` is the first row's index in the block.
    private static func stretches(of parts: [[ReplayCSVReader.Row]], into lanes: Int) -> [(part: Int, rows: Range<Int>, flat: Int)] {
        if parts.count == lanes {
            var flat = 0
            return parts.indices.map { k in
                defer { flat += parts[k].count }
                return (k, parts[k].indices, flat)
            }
        }
        let rows = parts.first?.count ?? 0
        return (0..<lanes).map { lane in
            let range = rows * lane / lanes..<rows * (lane + 1) / lanes
            return (0, range, range.lowerBound)
        }
    }

    /// One lane's share of a block's output.
    private struct Piece {
        var bytes: [UInt8] = []
        var diagnostics: [Diagnostic] = []

        /// Writes `rows`, whose outcomes start at `outcomes[first]`.
        mutating func write(_ rows: ArraySlice<ReplayCSVReader.Row>, _ outcomes: [ReplayEngine.Outcome], from first: Int,
                            input: UnsafeBufferPointer<UInt8>, source: String) {
            bytes.removeAll(keepingCapacity: true)
            diagnostics.removeAll()
            bytes.reserveCapacity(rows.count * 96)
            for (offset, row) in rows.enumerated() {
                switch outcomes[first + offset] {
                case .scheduled(let card):
                    SRSReplay.appendRow(row, card, input: input, to: &bytes)
                case .outOfOrder(let previous):
                    let message = "card \(SRSReplay.quoted(row.cardID)) reviewed at \(UTCTimestamp.format(row.reviewedAt)), "
                        + "before its previous review at \(UTCTimestamp.format(previous.timeIntervalSince1970)); "
                        + "the log must be time-sorted per card, so this review is skipped"
                    let column = ReplayCSVReader.column(row.reviewedAtOffset, lineStart: row.lineStart, in: input)
                    diagnostics.append(.error(source, row.line, column, message))
                }
            }
        }
    }

    fileprivate static func appendRow(_ row: ReplayCSVReader.Row, _ card: SchedulerCard,
                                  input: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        CSVField.append(row.cardID, to: &out)
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

    fileprivate static func quoted(_ text: String) -> String { "\"\(text)\"" }
}
