import Course
import Testing
@testable import Practice

/// `attend export reviews`: the review history as CSV that `attend srs replay` can read back.
@Suite struct ExportReviewsTests {
    static func time(_ iso: String) throws -> Int { try #require(ISOTime.parse(iso)) }

    /// A log as the app writes it: out of time order once (two instances), an undone review,
    /// a self-graded card, answers that need quoting, and events that are not reviews.
    static func log() throws -> [PracticeEvent] {
        [
            PracticeEvent(.review(card: "exp/a", rating: 3, correct: true, answer: "b"), at: try time("2026-01-05T09:30:00Z")),
            PracticeEvent(.review(card: "exp/b", rating: 1, correct: false, answer: "12, \"about\" 13"), at: try time("2026-01-05T09:29:10Z")),
            PracticeEvent(.readingPosition(lesson: "tf-attention", line: 12), at: try time("2026-01-05T09:31:00Z")),
            PracticeEvent(.review(card: "exp/a", rating: 4, correct: true, answer: "b"), at: try time("2026-01-05T09:32:00Z")),
            PracticeEvent(.reviewUndone(card: "exp/a", reviewedAt: try time("2026-01-05T09:32:00Z")), at: try time("2026-01-05T09:32:03Z")),
            PracticeEvent(.review(card: "exp/a", rating: 2, correct: true, answer: "b"), at: try time("2026-01-05T09:32:05Z")),
            PracticeEvent(.review(card: "exp/card", rating: 3, correct: nil, answer: ""), at: try time("2026-01-06T18:00:00Z")),
            PracticeEvent(.lessonFinished(lesson: "tf-attention"), at: try time("2026-01-06T18:01:00Z")),
            PracticeEvent(.review(card: "exp/b", rating: 3, correct: true, answer: "line one\nline two"), at: try time("2026-01-07T08:00:00Z")),
            PracticeEvent(.review(card: "exp/c", rating: 3, correct: true, answer: " padded"), at: try time("2026-01-07T08:00:00Z")),
        ]
    }

    @Test func undoneReviewsAreLeftOutAndTheRestAreInTimeOrder() throws {
        let expected = """
            card_id,reviewed_at,rating,correct,answer
            exp/b,2026-01-05T09:29:10Z,1,false,"12, ""about"" 13"
            exp/a,2026-01-05T09:30:00Z,3,true,b
            exp/a,2026-01-05T09:32:05Z,2,true,b
            exp/card,2026-01-06T18:00:00Z,3,,
            exp/b,2026-01-07T08:00:00Z,3,true,"line one
            line two"
            exp/c,2026-01-07T08:00:00Z,3,true," padded"

            """
        #expect(ReviewExport.csv(events: try Self.log()) == expected)
    }

    @Test func undoCancelsOnlyTheLatestMatchingReview() throws {
        let at = try Self.time("2026-02-01T10:00:00Z")
        let events = [
            PracticeEvent(.review(card: "d/x", rating: 3, correct: true, answer: "first"), at: at),
            PracticeEvent(.review(card: "d/x", rating: 1, correct: false, answer: "second"), at: at),
            PracticeEvent(.reviewUndone(card: "d/x", reviewedAt: at), at: at + 1),
        ]
        #expect(ReviewExport.csv(events: events) == "card_id,reviewed_at,rating,correct,answer\nd/x,2026-02-01T10:00:00Z,3,true,first\n")
    }

    @Test func noReviewsGivesOnlyTheHeader() {
        #expect(ReviewExport.csv(events: []) == "card_id,reviewed_at,rating,correct,answer\n")
    }

    @Test func anExportReplaysWithoutDiagnostics() throws {
        let csv = ReviewExport.csv(events: try Self.log())
        let replay = SRSReplay.run(csv: csv, source: "reviews.csv")
        #expect(replay.diagnostics.isEmpty, "\(replay.diagnostics)")
        let rows = replay.output.split(separator: "\n").map { $0.split(separator: ",").prefix(3).joined(separator: ",") }
        #expect(rows == [
            "card_id,reviewed_at,rating",
            "exp/b,2026-01-05T09:29:10Z,1",
            "exp/a,2026-01-05T09:30:00Z,3",
            "exp/a,2026-01-05T09:32:05Z,2",
            "exp/card,2026-01-06T18:00:00Z,3",
            "exp/b,2026-01-07T08:00:00Z,3",
            "exp/c,2026-01-07T08:00:00Z,3",
        ])
    }

    @Test func aRowMissingAnExportColumnIsStillReportedAtItsLine() {
        let csv = "card_id,reviewed_at,rating,correct,answer\nd/x,2026-01-05T09:30:00Z,3,true,\"two\nlines\"\nd/y,2026-01-05T09:30:00Z,3\n"
        let replay = SRSReplay.run(csv: csv, source: "reviews.csv")
        #expect(replay.diagnostics.map(\.line) == [4])
        #expect(replay.diagnostics.first?.message == "expected 5 columns, as the header has, found 3")
        #expect(replay.output.split(separator: "\n").count == 2)
    }

    /// An export (answers may span lines) is read by one reader, but still scheduled and
    /// written on two lanes: the same output and problems as one lane.
    @Test func anExportReplaysTheSameOnTwoLanes() throws {
        var csv = ReviewExport.csv(events: try Self.log())
        csv += "d/x,2026-01-05T09:30:00Z,3,true,\"two\nlines\"\nd/y,2026-01-05T09:30:00Z,3\n"
        var text = csv
        let two = text.withUTF8 { SRSReplay.run(bytes: $0, source: "reviews.csv", lanes: 2, blockRows: 2) }
        let one = text.withUTF8 { SRSReplay.run(bytes: $0, source: "reviews.csv", lanes: 1) }
        #expect(two.output == one.output)
        #expect(two.diagnostics == one.diagnostics)
        #expect(one.diagnostics.map(\.line).count == 1, "the short row is reported once")
    }
}
