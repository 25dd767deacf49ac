import Foundation
import Testing

/// Reviewing in a real terminal: three cards answered, then the event log read back.
@Suite("End to end: reviewing cards", .serialized)
struct ReviewEndToEndTests {
    @Test(.enabled(if: TmuxPane.isAvailable, "tmux is not installed: .ci/run installs it"))
    func answerThreeCardsThenReadTheLog() throws {
        let dir = AttendBinary.temporaryDirectory("review")
        try FileManager.default.createDirectory(atPath: dir + "/data", withIntermediateDirectories: true)
        try #"{"at":"2026-11-23T04:00:00Z","kind":"lesson.position","lesson":"linalg-vectors","line":20}"#
            .appending("\n").write(toFile: dir + "/data/events.jsonl", atomically: true, encoding: .utf8)
        let script = """
        cd '\(dir)'
        '\(AttendBinary.path)' --course '\(AttendBinary.packageRoot)' --data '\(dir)/data' review --deck linalg-vectors
        echo $? > status
        echo "attend exited"
        sleep 60
        """
        try script.write(toFile: dir + "/run.sh", atomically: true, encoding: .utf8)
        let pane = try TmuxPane(command: "sh '\(dir)/run.sh'", width: 80, height: 24,
                                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])

        // Card 1: numeric. Type the answer, check it, accept Good.
        _ = try pane.waitFor("What is the cosine similarity of [1, 0] and [1, 1]?")
        try pane.type("0.7071")
        try pane.send("Enter")
        let checked = try pane.waitFor("Correct")
        #expect(checked.contains("3 Good"), "the rating row shows the buttons with intervals:\n\(checked)")
        try pane.send("Enter")

        // Card 2: choice. Pick "orthogonal" by its number on screen, then rate Easy.
        let choice = try pane.waitFor("The vectors are:")
        let line = try #require(choice.split(separator: "\n").first { $0.contains("orthogonal") })
        let number = try #require(line.first { $0.isNumber })
        try pane.type(String(number))  // a number picks and checks at once
        _ = try pane.waitFor("Explanation")
        try pane.send("4")

        // Card 3: whatever comes next; answer wrongly or reveal, then rate Again.
        let third = try pane.waitFor { !$0.contains("The vectors are:") && $0.contains("Review") }
        if third.contains("Answer:") || third.contains("answer:") {
            try pane.type("zzz")
            try pane.send("Enter")
        } else {
            try pane.send("Space")
            try pane.send("Enter")
        }
        _ = try pane.waitFor(5) { $0.contains("Again") }
        try pane.send("1")
        _ = try pane.waitFor(5) { !$0.contains("Again") || $0.contains("left") }
        try pane.send("C-c")
        let exited = try pane.waitFor("attend exited")
        #expect(exited.contains("attend exited"), "Ctrl-C quits the review")
        #expect(waitForFile(dir + "/status") == "0")
        pane.close()

        let log = try String(contentsOfFile: dir + "/data/events.jsonl", encoding: .utf8)
        let reviews = log.split(separator: "\n").filter { $0.contains(#""kind":"review""#) }
        #expect(reviews.count == 3, "three reviews saved:\n\(log)")
        #expect(reviews.first?.contains(#""card":"linalg-vectors/cosine-of-45","rating":3,"correct":true"#) == true)
        #expect(reviews.dropFirst().first?.contains(#""rating":4,"correct":true"#) == true, "\(reviews)")
        #expect(reviews.last?.contains(#""rating":1,"correct":false,"answer":"zzz""#) == true, "\(reviews)")
    }
}

/// A checkpoint answered where it stands in the lesson, in a real terminal.
@Suite("End to end: a checkpoint in the reader", .serialized)
struct CheckpointEndToEndTests {
    @Test(.enabled(if: TmuxPane.isAvailable, "tmux is not installed: .ci/run installs it"))
    func answerACheckpointUnderTheTextAndSeeItsMark() throws {
        let dir = AttendBinary.temporaryDirectory("checkpoint")
        try FileManager.default.createDirectory(atPath: dir + "/data", withIntermediateDirectories: true)
        let script = """
        cd '\(dir)'
        '\(AttendBinary.path)' --course '\(AttendBinary.packageRoot)' --data '\(dir)/data' learn linalg-vectors
        echo $? > status
        echo "attend exited"
        sleep 60
        """
        try script.write(toFile: dir + "/run.sh", atomically: true, encoding: .utf8)
        let pane = try TmuxPane(command: "sh '\(dir)/run.sh'", width: 80, height: 24,
                                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
        defer { pane.close() }

        _ = try pane.waitFor("j/k scroll")
        try pane.send("/")
        try pane.type("Checkpoint")
        try pane.send("Enter")
        let reading = try pane.waitFor { $0.contains("○ 1. a · b = 0") }
        #expect(reading.contains("✎ Checkpoint: 3 questions · c to answer them here"), "the questions stand in the text:\n\(reading)")

        try pane.send("c")
        let panel = try pane.waitFor("✎ Checkpoint 1 of 2")
        let rows = panel.split(separator: "\n", omittingEmptySubsequences: false)
        let caption = try #require(rows.firstIndex { $0.contains("✎ Checkpoint: 3 questions") })
        let title = try #require(rows.firstIndex { $0.contains("✎ Checkpoint 1 of 2") })
        #expect(caption < title, "the lesson's checkpoint stays above the panel:\n\(panel)")

        // Pick "orthogonal" by the number beside it (options are shuffled), then accept Good.
        let option = try #require(rows.first { $0.contains("orthogonal") })
        try pane.type(String(try #require(option.first { $0.isNumber })))
        _ = try pane.waitFor("Explanation")
        try pane.send("Enter")
        let marked = try pane.waitFor { $0.contains("✓ 1. a · b = 0") }
        #expect(marked.contains("What is [1, 2, 3] · [4, −5, 6]?"), "the next question is asked:\n\(marked)")

        try pane.send("Escape")  // leaves the answer field and the panel: back to reading
        let back = try pane.waitFor { !$0.contains("✎ Checkpoint 1 of 2") }  // (a key sent at once after Esc reads as Alt+key)
        #expect(back.contains("✓ 1. a · b = 0"), "the mark stays in the text:\n\(back)")
        try pane.send("q")
        _ = try pane.waitFor("Continue")
        try pane.send("q")
        _ = try pane.waitFor("attend exited")
        #expect(waitForFile(dir + "/status") == "0")
        let log = try String(contentsOfFile: dir + "/data/events.jsonl", encoding: .utf8)
        #expect(log.contains(#""kind":"review","card":"linalg-vectors/zero-dot-product","rating":3,"correct":true"#), "\(log)")
    }
}
