import Course
import Foundation

/// Reads a replay CSV for `SRSReplay` a block at a time, each block as `parts` of rows in
/// input order.
///
/// When every row is one line (the usual `card_id,reviewed_at,rating` file), a block is a
/// stretch of the input cut at line breaks into one part per lane, and the parts are read at
/// the same time on the cores, each by its own `ReplayCSVReader`; their line numbers are then
/// shifted to where each part starts. A file whose header names extra columns (an
/// `attend export reviews` file, whose quoted answers may span lines) is read by one reader,
/// one part a block.
struct ReplayBlockReader {
    typealias Row = ReplayCSVReader.Row

    private var reader: ReplayCSVReader
    private let bytes: UnsafeBufferPointer<UInt8>
    private let source: String
    private let lanes: Int
    private let blockRows: Int
    /// The first row, read while finding out whether there is a header.
    private var first: [Row]
    /// Each lane's rows of the last block, kept so the next block reuses their memory (by
    /// then the caller has let go of them).
    private var partBuffers: [[Row]] = []

    init(bytes: UnsafeBufferPointer<UInt8>, source: String, lanes: Int, blockRows: Int, diagnostics: inout [Diagnostic]) {
        self.bytes = bytes
        self.source = source
        self.lanes = max(1, lanes)
        self.blockRows = max(1, blockRows)
        reader = ReplayCSVReader(bytes: bytes, source: source)
        first = reader.nextRow(diagnostics: &diagnostics).map { [$0] } ?? []
    }

    /// The next block, or nil at the end of the input. Problems found go to `diagnostics`.
    mutating func next(diagnostics: inout [Diagnostic]) -> [[Row]]? {
        var parts: [[Row]]
        if lanes > 1 && reader.rowsAreLines {
            guard reader.position < bytes.count else {
                defer { first = [] }
                return first.isEmpty ? nil : [first]
            }
            parts = readInParts(diagnostics: &diagnostics)
        } else {
            var rows: [Row] = []
            rows.reserveCapacity(blockRows)
            while rows.count < blockRows, let row = reader.nextRow(diagnostics: &diagnostics) { rows.append(row) }
            if rows.isEmpty && first.isEmpty { return nil }
            parts = [rows]
        }
        if !first.isEmpty {
            parts[0] = first + parts[0]
            first = []
        }
        return parts
    }

    /// About `blockRows` rows' worth of input (at ~40 bytes a row), cut into `lanes` parts at
    /// line breaks and read on the cores.
    private mutating func readInParts(diagnostics: inout [Diagnostic]) -> [[Row]] {
        let start = reader.position
        var end = min(bytes.count, start + blockRows * 40)
        while end < bytes.count && bytes[end - 1] != 10 { end += 1 }
        var cuts = [start]
        for k in 1..<lanes {
            var cut = max(cuts[k - 1], start + (end - start) * k / lanes)
            while cut < end && cut > start && bytes[cut - 1] != 10 { cut += 1 }
            cuts.append(cut)
        }
        cuts.append(end)

        typealias Part = (rows: [Row], diagnostics: [Diagnostic], lines: Int)
        if partBuffers.count != lanes { partBuffers = Array(repeating: [], count: lanes) }
        var results: [Part] = []
        for k in 0..<lanes {
            // Moved out, not copied, so the buffer is unique and emptying it keeps its memory.
            var rows: [Row] = []
            swap(&rows, &partBuffers[k])
            rows.removeAll(keepingCapacity: true)
            results.append((rows, [], 0))
        }
        nonisolated(unsafe) let input = bytes
        let source = self.source
        let stretches = (0..<lanes).map { cuts[$0]..<cuts[$0 + 1] }
        updateOnCores(&results) { k, part in
            var partReader = ReplayCSVReader(bytes: input, source: source, stretch: stretches[k])
            while let row = partReader.nextRow(diagnostics: &part.diagnostics) { part.rows.append(row) }
            part.lines = partReader.lineNumber
        }

        // Each part numbered its lines from 1; shift them to where the part starts.
        var before = reader.lineNumber
        for k in results.indices {
            for i in results[k].rows.indices { results[k].rows[i].line += before }
            for var problem in results[k].diagnostics {
                problem.line += before
                diagnostics.append(problem)
            }
            before += results[k].lines
        }
        let parts = results.map(\.rows)
        partBuffers = parts
        reader.skip(to: end, lines: before - reader.lineNumber)
        return parts
    }
}
