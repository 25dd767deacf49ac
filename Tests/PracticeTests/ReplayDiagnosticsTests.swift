import Course
import Testing
@testable import Practice

/// Bad rows are reported with file, line and column, and the rest still replays.
@Suite struct ReplayDiagnosticsTests {
    func replay(_ csv: String) -> (rows: [String], diagnostics: [Diagnostic]) {
        let result = SRSReplay.run(csv: csv, source: "log.csv")
        return (result.output.split(separator: "\n").map(String.init), result.diagnostics)
    }

    @Test func headerIsOptionalAndOutputAlwaysHasOne() {
        let withHeader = replay("card_id,reviewed_at,rating\nc1,2026-01-05T09:30:00Z,3\n")
        let without = replay("c1,2026-01-05T09:30:00Z,3")
        let expected = [
            "card_id,reviewed_at,rating,state,stability,difficulty,due",
            "c1,2026-01-05T09:30:00Z,3,learning,2.306500,2.118104,2026-01-05T09:40:00Z",
        ]
        #expect(withHeader.rows == expected && withHeader.diagnostics.isEmpty)
        #expect(without.rows == expected && without.diagnostics.isEmpty)
        #expect(replay("").rows == [expected[0]])
    }

    @Test func badDateIsReportedAtItsColumn() {
        let result = replay("card_id,reviewed_at,rating\nc1,2026-13-05T09:30:00Z,3\nc1,2026-01-05T09:30:00Z,4\n")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.description.hasPrefix("log.csv:2:4: error: reviewed_at \"2026-13-05T09:30:00Z\"") == true)
        #expect(result.rows.count == 2)  // header + the good row
        #expect(result.rows.last?.hasPrefix("c1,2026-01-05T09:30:00Z,4,review,8.295600,1.000000") == true)
    }

    @Test(arguments: ["0", "5", "x", "", "33"])
    func ratingOutsideOneToFourIsReported(rating: String) {
        let result = replay("a,2026-01-05T09:30:00Z,3\nbb,2026-01-05T09:31:00Z,\(rating)\na,2026-01-05T09:32:00Z,3\n")
        #expect(result.diagnostics.map(\.line) == [2])
        #expect(result.diagnostics.first?.column == 25)  // "bb," + 20-character time + ","
        #expect(result.diagnostics.first?.message.contains("must be 1 (again), 2 (hard), 3 (good) or 4 (easy)") == true)
        #expect(result.rows.count == 3)
    }

    @Test func wrongColumnCountIsReported() {
        let result = replay("c1,2026-01-05T09:30:00Z\nc1,2026-01-05T09:30:00Z,3,extra\n\nc2,2026-01-05T09:30:00Z,1\n")
        #expect(result.diagnostics.map(\.line) == [1, 2])
        #expect(result.diagnostics.map(\.column) == [1, 1])
        #expect(result.diagnostics[0].message == "expected 3 columns (card_id,reviewed_at,rating), found 2")
        #expect(result.diagnostics[1].message == "expected 3 columns (card_id,reviewed_at,rating), found 4")
        #expect(result.rows.count == 2)
        #expect(result.rows.last?.hasPrefix("c2,") == true)
    }

    @Test func reviewBeforeTheCardsPreviousOneIsReportedAndSkipped() {
        let csv = """
            card_id,reviewed_at,rating
            c1,2026-01-05T09:30:00Z,3
            c2,2026-01-04T09:30:00Z,3
            c1,2026-01-05T09:29:59Z,3
            c1,2026-01-05T09:30:00Z,3
            """
        let result = replay(csv)
        #expect(result.diagnostics.count == 1)
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.line == 4 && diagnostic?.column == 4 && diagnostic?.severity == .error)
        #expect(diagnostic?.message.contains("time-sorted") == true)
        // Another card's earlier time is fine; an equal time for the same card is a same-day review.
        #expect(result.rows.count == 4)
        #expect(result.rows.last == "c1,2026-01-05T09:30:00Z,3,review,2.306500,2.111214,2026-01-07T09:30:00Z")
    }

    @Test func severalBadRowsEachGetTheirLine() {
        let csv = "card_id,reviewed_at,rating\r\nc1,yesterday,3\r\n\r\nc1,2026-01-05T09:30:00Z,9\r\nc1,2026-01-05T09:30:00Z,1\r\n\"c,2\",2026-01-05T09:30:00+00:00,4\r\n"
        let result = replay(csv)
        #expect(result.diagnostics.map(\.line) == [2, 4])
        #expect(result.rows == [
            "card_id,reviewed_at,rating,state,stability,difficulty,due",
            "c1,2026-01-05T09:30:00Z,1,learning,0.212000,6.413300,2026-01-05T09:31:00Z",
            "\"c,2\",2026-01-05T09:30:00Z,4,review,8.295600,1.000000,2026-01-13T09:30:00Z",
        ])
    }

    @Test func nonUTCOffsetAndEmptyIDAreRejected() {
        let result = replay("c1,2026-01-05T09:30:00+01:00,3\n,2026-01-05T09:30:00Z,3\nc1,2026-01-05T09:30:00,3\n")
        #expect(result.diagnostics.map(\.line) == [1, 2, 3])
        #expect(result.diagnostics.map(\.column) == [4, 1, 4])
        #expect(result.rows.count == 1)
    }

    @Test func malformedQuotesAndOddHeaderAreReported() {
        let result = replay("CARD_ID,when,rating\n\"c1,2026-01-05T09:30:00Z,3\n\"c1\"x,2026-01-05T09:30:00Z,3\n")
        #expect(result.diagnostics.map(\.severity) == [.warning, .error, .error])
        #expect(result.diagnostics.map(\.line) == [1, 2, 3])
        #expect(result.diagnostics.map(\.column) == [1, 1, 5])
        #expect(result.diagnostics[1].message == "unterminated quote")
        #expect(result.rows.count == 1)
    }

    /// Reading problems and order problems are found at different times when rows are replayed
    /// in blocks on two cores; the report still lists them by line.
    @Test func problemsAreListedInLineOrderAcrossBlocksAndLanes() {
        var csv = "card_id,reviewed_at,rating\n"
        for i in 0..<40 {
            csv += "card-\(i % 5),2026-01-\(String(format: "%02d", 1 + i / 2))T09:00:00Z,3\n"
            if i == 7 || i == 31 { csv += "card-\(i % 5),2025-12-01T09:00:00Z,3\n" }  // before the card's last review
            if i == 12 || i == 25 { csv += "card-x,not a time,3\n" }
        }
        var text = csv
        let result = text.withUTF8 { SRSReplay.run(bytes: $0, source: "log.csv", lanes: 2, blockRows: 4) }
        let oneLane = SRSReplay.run(csv: csv, source: "log.csv")
        #expect(result.diagnostics.map(\.line) == [10, 16, 30, 37])
        #expect(result.diagnostics == oneLane.diagnostics)
        #expect(String(decoding: result.output, as: UTF8.self) == oneLane.output)
        #expect(result.diagnostics.first?.message.contains("before its previous review") == true)
        #expect(result.diagnostics[1].message.contains("reviewed_at") == true)
    }

    /// Read in parts on two cores, a file with CRLF line ends, blank lines and bad rows gives
    /// the same output and the same problems at the same lines as one reader does.
    @Test(arguments: [1, 2, 3, 50])
    func readingInPartsNumbersLinesLikeOneReader(blockRows: Int) {
        var csv = "card_id,reviewed_at,rating\r\n\r\n"
        for i in 0..<60 {
            csv += "c\(i % 7),2026-02-\(String(format: "%02d", 1 + i / 3))T08:00:00Z,\(1 + i % 4)\r\n"
            if i % 11 == 5 { csv += "\r\n   \r\n" }
            if i % 13 == 7 { csv += "c\(i % 7),yesterday,3\r\n" }
            if i % 17 == 3 { csv += "c\(i % 7),2026-01-01T00:00:00Z,9\r\n" }
        }
        var text = csv
        let inParts = text.withUTF8 { SRSReplay.run(bytes: $0, source: "log.csv", lanes: 2, blockRows: blockRows) }
        let oneReader = text.withUTF8 { SRSReplay.run(bytes: $0, source: "log.csv", lanes: 1, blockRows: 1_000) }
        #expect(inParts.diagnostics.count == oneReader.diagnostics.count)
        #expect(inParts.diagnostics.count >= 8, "bad dates and ratings are all reported")
        #expect(inParts.diagnostics == oneReader.diagnostics)
        #expect(inParts.output == oneReader.output)
    }
}
