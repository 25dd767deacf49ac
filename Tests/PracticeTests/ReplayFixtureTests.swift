import Foundation
import Testing
@testable import Practice

/// Replays py-fsrs 6.3.2's reference log (Fixtures/README.md) and compares every row.
@Suite struct ReplayFixtureTests {
    struct OutputRow {
        var fields: [Substring]
        var stability: Double
        var difficulty: Double
    }

    static func rows(_ text: String) -> [OutputRow] {
        text.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return OutputRow(fields: fields, stability: Double(fields[4]) ?? .nan,
                             difficulty: Double(fields[5]) ?? .nan)
        }
    }

    @Test func replayMatchesPyFSRSRowByRow() throws {
        let input = try FSRSTestSupport.fixture("fsrs-replay-input.csv")
        let expectedText = try FSRSTestSupport.fixture("fsrs-replay-expected.csv")
        let (output, diagnostics) = SRSReplay.run(csv: input, source: "fsrs-replay-input.csv")
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(3))")
        #expect(output.hasPrefix("card_id,reviewed_at,rating,state,stability,difficulty,due\n"))

        let ours = Self.rows(output)
        let reference = Self.rows(expectedText)
        try #require(reference.count > 6_000)
        try #require(ours.count == reference.count)
        var mismatches: [String] = []
        for (index, (mine, theirs)) in zip(ours, reference).enumerated() {
            let line = index + 2
            if mine.fields.count != 7 || mine.fields[0..<4] != theirs.fields[0..<4] || mine.fields[6] != theirs.fields[6]
                || abs(mine.stability - theirs.stability) > 1e-6 + 1e-12
                || abs(mine.difficulty - theirs.difficulty) > 1e-6 + 1e-12 {
                mismatches.append("line \(line): ours \(mine.fields.joined(separator: ",")) py \(theirs.fields.joined(separator: ","))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) rows differ, first: \(mismatches.prefix(3))")
    }

    /// A long log is replayed on two cores in blocks; small blocks and two lanes must give the
    /// reference rows exactly as one lane does (card states carry across blocks per lane).
    @Test(arguments: [(1, 97), (2, 97), (2, 1), (3, 1_000)])
    func lanesAndBlocksGiveTheSameOutput(lanes: Int, blockRows: Int) throws {
        var input = try FSRSTestSupport.fixture("fsrs-replay-input.csv")
        let expected = Self.rows(try FSRSTestSupport.fixture("fsrs-replay-expected.csv"))
        var pieces = 0
        let diagnostics = input.withUTF8 { bytes in
            SRSReplay.run(bytes: bytes, source: "fsrs-replay-input.csv", lanes: lanes, blockRows: blockRows) { _ in pieces += 1 }
        }
        let (output, _) = input.withUTF8 { SRSReplay.run(bytes: $0, source: "fsrs-replay-input.csv", lanes: lanes, blockRows: blockRows) }
        let ours = Self.rows(String(decoding: output, as: UTF8.self))
        #expect(diagnostics.isEmpty)
        #expect(pieces >= 1 + expected.count / blockRows, "the output is handed on block by block, not at the end")
        try #require(ours.count == expected.count)
        let differing = zip(ours, expected).filter { mine, theirs in
            mine.fields[0..<4] != theirs.fields[0..<4] || mine.fields[6] != theirs.fields[6]
                || abs(mine.stability - theirs.stability) > 1e-6 + 1e-12 || abs(mine.difficulty - theirs.difficulty) > 1e-6 + 1e-12
        }
        #expect(differing.isEmpty, "\(differing.count) rows differ from py-fsrs with \(lanes) lanes in blocks of \(blockRows)")
    }

    /// The fixture really exercises what it claims to: every state, the stability
    /// floor, the 36,500-day cap, and same-day reviews.
    @Test func fixtureCoversTheHardCases() throws {
        let reference = Self.rows(try FSRSTestSupport.fixture("fsrs-replay-expected.csv"))
        #expect(Set(reference.map { String($0.fields[3]) }) == ["learning", "review", "relearning"])
        #expect(Set(reference.map { String($0.fields[2]) }) == ["1", "2", "3", "4"])
        #expect(reference.contains { $0.stability == 0.001 })
        let capped = reference.filter { row in
            let reviewed = FSRSTestSupport.date(String(row.fields[1]))
            let due = FSRSTestSupport.date(String(row.fields[6]))
            return due.timeIntervalSince(reviewed) == 36_500 * 86_400
        }
        #expect(!capped.isEmpty)
        #expect(Set(reference.map { $0.fields[0] }).count >= 300)
    }

    /// The scheduling core on already-parsed rows gives the same states as the CSV path.
    @Test func engineOnParsedRowsAgreesWithCSV() throws {
        let input = try FSRSTestSupport.fixture("fsrs-replay-input.csv")
        let reviews = input.split(separator: "\n").dropFirst().prefix(500).map { line in
            let fields = line.split(separator: ",")
            return ReplayReview(cardID: String(fields[0]), reviewedAt: FSRSTestSupport.date(String(fields[1])),
                                rating: Rating(rawValue: Int(fields[2]) ?? 0) ?? .good)
        }
        let outcomes = ReplayEngine.run(reviews)
        let reference = Self.rows(try FSRSTestSupport.fixture("fsrs-replay-expected.csv")).prefix(500)
        for (outcome, row) in zip(outcomes, reference) {
            guard case .scheduled(let card) = outcome else {
                Issue.record("unexpected \(outcome)")
                continue
            }
            #expect(card.state.rawValue == row.fields[3])
            #expect(abs((card.stability ?? 0) - row.stability) <= 1e-6)
            #expect(FSRSTestSupport.iso(card.due) == String(row.fields[6]))
        }
    }
}
