import Foundation
import Testing

/// Drives the real binary in tmux: what a person sees, and that the terminal is put back.
@Suite("End to end: the reader in a real terminal", .serialized)
struct ReaderEndToEndTests {
    /// A shell script that records `stty -g` before and after running attend, its pid and its
    /// exit status, so a test can check the terminal came back exactly as it was.
    func script(in dir: String, arguments: String) throws -> String {
        let text = """
        cd '\(dir)'
        stty -g > before
        sh -c 'echo $$ > pid; exec "$0" "$@"' '\(AttendBinary.path)' --course '\(AttendBinary.packageRoot)' --data '\(dir)/data' \(arguments)
        echo $? > status
        stty -g > after
        echo "attend exited"
        sleep 60
        """
        let path = dir + "/run.sh"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return "sh '\(path)'"
    }

    func terminalRestored(_ dir: String) throws -> Bool {
        let before = try String(contentsOfFile: dir + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: dir + "/after", encoding: .utf8)
        return before == after && !before.isEmpty
    }

    let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]

    @Test(.enabled(if: TmuxPane.isAvailable, "tmux is not installed: .ci/run installs it"))
    func readScrollResizeQuitThenSIGTERM() throws {
        let dir = AttendBinary.temporaryDirectory("reader")
        var pane: TmuxPane? = try TmuxPane(command: try script(in: dir, arguments: ""), width: 80, height: 24, environment: environment)
        let home = try pane!.waitFor("Attend · LLM foundations")
        #expect(home.contains("Linear algebra"), "the course map lists the modules:\n\(home)")
        #expect(home.contains("Continue"))

        try pane!.send("Enter")
        let lesson = try pane!.waitFor("j/k scroll")
        #expect(lesson.contains("Vectors"), "the first lesson opens:\n\(lesson)")
        let lines = lesson.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count >= 24)

        try pane!.send("j", "j", "j")
        let scrolled = try pane!.waitFor { $0 != lesson }
        #expect(scrolled != lesson, "j scrolls the lesson")
        try pane!.send("PageDown")
        let paged = try pane!.waitFor { $0 != scrolled }
        #expect(paged != scrolled, "PgDn pages")

        try pane!.resize(width: 50, height: 20)
        let narrow = try pane!.waitFor { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count >= 20 && rows[19].contains("q back")
        }
        let narrowRows = narrow.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(narrowRows.count >= 20 && narrowRows[19].contains("q back"), "the status line moves to the new last row:\n\(narrow)")

        try pane!.send("q")
        _ = try pane!.waitFor("Continue")
        try pane!.send("q")
        _ = try pane!.waitFor("attend exited")
        #expect(waitForFile(dir + "/status") == "0")
        #expect(try terminalRestored(dir), "stty -g differs after q")
        let log = try String(contentsOfFile: dir + "/data/events.jsonl", encoding: .utf8)
        #expect(log.contains("\"kind\":\"lesson.position\""))
        pane = nil

        // Second run: the map shows the lesson as started; SIGTERM restores the terminal.
        try? FileManager.default.removeItem(atPath: dir + "/status")
        try? FileManager.default.removeItem(atPath: dir + "/pid")
        pane = try TmuxPane(command: try script(in: dir, arguments: ""), width: 80, height: 24, environment: environment)
        let again = try pane!.waitFor("Attend · LLM foundations")
        #expect(again.contains("◐"), "a started lesson is marked:\n\(again)")
        let pid = try #require(waitForFile(dir + "/pid").flatMap { Int32($0) })
        kill(pid, SIGTERM)
        _ = try pane!.waitFor("attend exited")
        #expect(waitForFile(dir + "/status") == "143")
        #expect(try terminalRestored(dir), "stty -g differs after SIGTERM")
        pane?.close()
        pane = nil
    }

    @Test(.enabled(if: TmuxPane.isAvailable, "tmux is not installed: .ci/run installs it"))
    func tinyTerminalSaysSoThenRecovers() throws {
        let dir = AttendBinary.temporaryDirectory("tiny")
        let pane = try TmuxPane(command: try script(in: dir, arguments: ""), width: 20, height: 5, environment: environment)
        let small = try pane.waitFor("too small")
        #expect(small.contains("too small"))
        try pane.resize(width: 80, height: 24)
        let home = try pane.waitFor("Attend · LLM foundations")
        #expect(home.contains("Linear algebra"))
        try pane.send("C-c")
        _ = try pane.waitFor("attend exited")
        #expect(try terminalRestored(dir))
        pane.close()
    }

    @Test(.enabled(if: TmuxPane.isAvailable, "tmux is not installed: .ci/run installs it"))
    func helpOverlayListsTheKeys() throws {
        let dir = AttendBinary.temporaryDirectory("help")
        let pane = try TmuxPane(command: try script(in: dir, arguments: "learn linalg-vectors"), width: 80, height: 24, environment: environment)
        _ = try pane.waitFor("j/k scroll")
        try pane.send("?")
        let help = try pane.waitFor("Keys — lesson")
        #expect(help.contains("outline: jump to a heading"))
        #expect(help.contains("search"))
        try pane.send("x")
        _ = try pane.waitFor { !$0.contains("Keys — lesson") }
        try pane.send("C-c")
        _ = try pane.waitFor("attend exited")
        #expect(try terminalRestored(dir))
        pane.close()
    }
}

@Suite("End to end: output that is not a terminal")
struct PipeOutputTests {
    @Test func learnInAPipeIsCleanText() throws {
        let dir = AttendBinary.temporaryDirectory("pipe")
        let result = try AttendBinary.run(["learn", "linalg-vectors", "--course", AttendBinary.packageRoot, "--data", dir])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Vectors"))
        #expect(!result.stdout.contains("\u{1B}"), "no escape sequences in a pipe")
        #expect(result.stdout.split(separator: "\n").count > 40, "the whole lesson is printed")
    }

    /// A learner reading in a pipe (a screen reader, say) gets the checkpoint questions in the
    /// text and the command that answers them, and the lesson counts as opened for reviews.
    @Test func learnInAPipeListsTheCheckpointQuestionsAndOpensTheLessonsCards() throws {
        let dir = AttendBinary.temporaryDirectory("pipe-checkpoints")
        let result = try AttendBinary.run(["learn", "linalg-vectors", "--course", AttendBinary.packageRoot, "--data", dir])
        #expect(result.stdout.contains("✎ Checkpoint: 3 questions\n  ○ 1. a · b = 0 and both vectors are non-zero."), "\(result.stdout.prefix(0))")
        #expect(result.stdout.contains("✎ End of the lesson · its questions: attend review --deck linalg-vectors"))
        #expect(!result.stdout.contains("c to answer"), "no keys to press in a pipe")
        let review = try AttendBinary.run(["review", "--course", AttendBinary.packageRoot, "--data", dir], stdin: "q\n")
        #expect(review.stdout.contains("Card 1 of 13"), "the lesson's cards are new cards now: \(review.stdout.prefix(300))")
    }

    @Test func homeInAPipeListsTheCourse() throws {
        let dir = AttendBinary.temporaryDirectory("pipe-home")
        let result = try AttendBinary.run(["--course", AttendBinary.packageRoot, "--data", dir])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1. Linear algebra"))
        #expect(result.stdout.contains("linalg-vectors"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func unknownFlagIsUsageErrorOnStderr() throws {
        let result = try AttendBinary.run(["--frobnicate"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("unknown option '--frobnicate'"))
        #expect(result.stderr.contains("Usage:"))
    }

    @Test func unknownLessonNamesTheLessons() throws {
        let result = try AttendBinary.run(["learn", "no-such-lesson", "--course", AttendBinary.packageRoot, "--data", AttendBinary.temporaryDirectory("x")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no lesson 'no-such-lesson'"))
        #expect(result.stderr.contains("linalg-vectors"))
    }

    @Test func lintOfTheShippedCourseIsClean() throws {
        let result = try AttendBinary.run(["lint", AttendBinary.packageRoot])
        #expect(result.status == 0, "attend lint found errors:\n\(result.stdout)")
        #expect(!result.stdout.contains(": error:"))
    }

    @Test func lintReportsABrokenLessonWithFileAndLine() throws {
        let dir = AttendBinary.temporaryDirectory("lint")
        try FileManager.default.createDirectory(atPath: dir + "/Lessons/linalg", withIntermediateDirectories: true)
        try "# T\n\n## linalg — Linear algebra\nVectors.\n".write(toFile: dir + "/Lessons/course.md", atomically: true, encoding: .utf8)
        try "---\nid: linalg-broken\ntitle: Broken\nmodule: linalg\nminutes: soon\n---\n\n```swift kernel\nlet x = 1\n".write(toFile: dir + "/Lessons/linalg/01-linalg-broken.md", atomically: true, encoding: .utf8)
        let result = try AttendBinary.run(["lint", dir])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Lessons/linalg/01-linalg-broken.md:5:"), "the bad minutes value is located:\n\(result.stdout)")
        #expect(result.stdout.contains("Lessons/linalg/01-linalg-broken.md:8:"), "the unclosed fence is located:\n\(result.stdout)")
    }

    @Test func lintOfSeveralFilesChecksTheCourseOnceAndReportsOnlyThem() throws {
        let dir = AttendBinary.temporaryDirectory("lint-paths")
        try FileManager.default.createDirectory(atPath: dir + "/Lessons/linalg", withIntermediateDirectories: true)
        try "# T\n\n## linalg — Linear algebra\nVectors.\n".write(toFile: dir + "/Lessons/course.md", atomically: true, encoding: .utf8)
        for (n, id) in ["a", "b", "c"].enumerated() {
            try "---\nid: linalg-\(id)\ntitle: \(id)\nmodule: linalg\nminutes: soon\n---\n\nText.\n"
                .write(toFile: dir + "/Lessons/linalg/0\(n + 1)-linalg-\(id).md", atomically: true, encoding: .utf8)
        }
        let result = try AttendBinary.run(["lint", dir + "/Lessons/linalg/01-linalg-a.md", dir + "/Lessons/linalg/03-linalg-c.md"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("01-linalg-a.md:5:") && result.stdout.contains("03-linalg-c.md:5:"))
        #expect(!result.stdout.contains("02-linalg-b.md"), "only the files asked about are reported")
        #expect(result.stderr.contains("3 lessons and 0 decks checked: 2 errors"), "the course is checked once: \(result.stderr)")
    }

    @Test func versionAndHelp() throws {
        #expect(try AttendBinary.run(["--version"]).stdout.hasPrefix("attend "))
        let help = try AttendBinary.run(["learn", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Usage: attend learn"))
    }
}

@Suite("End to end: kernels in a pipe")
struct RunPipeTests {
    @Test func traceIsOnlyJSONLines() throws {
        let result = try AttendBinary.run(["run", "linalg-vectors", "--trace", "--course", AttendBinary.packageRoot, "--data", AttendBinary.temporaryDirectory("trace")])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count >= 5)
        #expect(lines.allSatisfy { $0.hasPrefix("{\"kind\":") }, "nothing but trace events on stdout")
        #expect(lines.first?.contains(#""title":"Inputs""#) == true)
    }

    @Test func withoutAToolchainTheRecordingPlays() throws {
        // No swiftc on this PATH and no SWIFT_EXEC: the recorded run is played, and said so.
        let result = try AttendBinary.run(["run", "tf-attention", "--course", AttendBinary.packageRoot, "--data", AttendBinary.temporaryDirectory("norec")],
                                          environment: ["PATH": "/nonexistent", "SWIFT_EXEC": ""])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("playing the recorded run"))
        #expect(result.stdout.contains("Step 1 of"))
        #expect(result.stdout.contains("weights"))
        #expect(result.stdout.contains("0.3112"), "the recorded softmax weights are printed")
    }
}

@Suite("End to end: reviewing in a pipe")
struct PlainReviewPipeTests {
    @Test func answerRateAndFindTheReviewInTheLog() throws {
        let dir = AttendBinary.temporaryDirectory("plain-review")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        // The learner has opened the first lesson, so its cards are available as new cards.
        try #"{"at":"2026-11-23T04:00:00Z","kind":"lesson.position","lesson":"linalg-vectors","line":20}"#
            .appending("\n").write(toFile: dir + "/events.jsonl", atomically: true, encoding: .utf8)
        let result = try AttendBinary.run(["review", "--course", AttendBinary.packageRoot, "--data", dir], stdin: "0.7071\n3\nq\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("What is the cosine similarity of [1, 0] and [1, 1]?"))
        #expect(result.stdout.contains("Right."))
        #expect(result.stdout.contains("Reviewed 1 card, 1 right."))
        #expect(!result.stdout.contains("\u{1B}"), "no escape sequences for a screen reader")
        let log = try String(contentsOfFile: dir + "/events.jsonl", encoding: .utf8)
        #expect(log.contains(#""kind":"review","card":"linalg-vectors/cosine-of-45","rating":3,"correct":true,"answer":"0.7071""#), "\(log)")
    }
}

extension PlainReviewPipeTests {
    @Test func aDrillInAPipeAsksAndReports() throws {
        let dir = AttendBinary.temporaryDirectory("plain-drill")
        let result = try AttendBinary.run(["drill", "--count", "2", "--seed", "3", "--course", AttendBinary.packageRoot, "--data", dir], stdin: "q\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Question 1 of 2"))
        #expect(result.stdout.contains("Stopped: 0 of 2 answered"))
        #expect(!result.stdout.contains("\u{1B}"))
    }
}

@Suite("End to end: srs replay")
struct ReplayCommandTests {
    /// A log over the two-core threshold, with one review out of order near the end: every
    /// other row comes out in input order, and the bad one is reported with its line.
    @Test func aLongLogStreamsEveryRowInOrderAndReportsTheBadOne() throws {
        var csv = "card_id,reviewed_at,rating\n"
        let rows = 12_000
        for i in 0..<rows {
            let minute = i / 300, second = i % 60
            csv += "deck/card-\(i % 300),2026-01-0\(1 + minute / 1440)T\(String(format: "%02d:%02d:%02d", minute / 60 % 24, minute % 60, second))Z,\(1 + i % 4)\n"
        }
        csv += "deck/card-7,2025-06-01T00:00:00Z,3\n"
        let dir = AttendBinary.temporaryDirectory("replay")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try csv.write(toFile: dir + "/log.csv", atomically: true, encoding: .utf8)
        #expect(csv.utf8.count > 1 << 18, "large enough for the two-core path")

        for arguments in [["srs", "replay", dir + "/log.csv"], ["srs", "replay", "-"]] {
            let result = try AttendBinary.run(arguments, stdin: arguments.last == "-" ? csv : nil)
            let lines = result.stdout.split(separator: "\n")
            #expect(result.status == 1, "an error was reported")
            #expect(lines.count == rows + 1, "header and every good row")
            #expect(lines.first == "card_id,reviewed_at,rating,state,stability,difficulty,due")
            let inputCards = csv.split(separator: "\n").dropFirst().prefix(rows).map { $0.split(separator: ",")[0] }
            #expect(lines.dropFirst().map { $0.split(separator: ",")[0] } == Array(inputCards), "rows in input order")
            #expect(result.stderr.contains(":\(rows + 2):"), "\(result.stderr.prefix(300))")
            #expect(result.stderr.contains("before its previous review"))
        }
    }
}
