import Foundation
import Testing

/// The stepper in a real terminal: `attend run tf-attention`, step to the first question,
/// answer it, and find the prediction in the event log.
@Suite("End to end: stepping through a kernel", .serialized)
struct StepperEndToEndTests {
    static var canRun: Bool {
        TmuxPane.isAvailable && (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/swiftc")
        }
    }

    @Test(.enabled(if: StepperEndToEndTests.canRun, "needs tmux and swiftc"))
    func stepAnswerAndQuit() throws {
        let dir = AttendBinary.temporaryDirectory("stepper")
        let script = """
        cd '\(dir)'
        stty -g > before
        '\(AttendBinary.path)' --course '\(AttendBinary.packageRoot)' --data '\(dir)/data' run tf-attention
        echo $? > status
        stty -g > after
        echo "attend exited"
        sleep 60
        """
        try script.write(toFile: dir + "/run.sh", atomically: true, encoding: .utf8)
        let pane = try TmuxPane(command: "sh '\(dir)/run.sh'", width: 80, height: 24,
                                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_CACHE_HOME": dir + "/cache"])
        // The first run builds KernelKit: allow it time.
        let first = try pane.waitFor(120) { $0.contains("step 1/") }
        #expect(first.contains("Inputs"), "the first step shows the inputs:\n\(first)")
        #expect(first.contains("Q"))

        var screen = first
        for _ in 0..<6 where !screen.contains("scores[1][2]") {
            try pane.send("Right")
            screen = try pane.waitFor(2) { $0 != screen }
        }
        #expect(screen.contains("What is scores[1][2]"), "the stepper stops at the question:\n\(screen)")
        try pane.type("3")
        try pane.send("Enter")
        let answered = try pane.waitFor(5) { $0.contains("scores") && !$0.contains("type a number") }
        #expect(answered.contains("scores"), "the answer reveals the scores:\n\(answered)")

        try pane.send("q")
        _ = try pane.waitFor("attend exited")
        #expect(waitForFile(dir + "/status") == "0")
        let before = try String(contentsOfFile: dir + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: dir + "/after", encoding: .utf8)
        #expect(before == after, "the terminal is restored")
        let log = try String(contentsOfFile: dir + "/data/events.jsonl", encoding: .utf8)
        pane.close()
        #expect(log.contains(#""kind":"prediction","lesson":"tf-attention","tensor":"scores","index":[1,2],"guess":3,"truth":3,"correct":true"#), "\(log)")
    }
}
