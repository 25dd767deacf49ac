import Foundation
import Testing

/// Ctrl-Z and a crash give the terminal back as it was; `fg` (SIGCONT) brings the screen back.
extension ReaderEndToEndTests {
    @Test(.enabled(if: TmuxPane.isAvailable, "tmux is not installed: .ci/run installs it"))
    func ctrlZRestoresTheTerminalAndContinuingRepaints() throws {
        let dir = AttendBinary.temporaryDirectory("suspend")
        let pane = try TmuxPane(command: try script(in: dir, arguments: "learn linalg-vectors"), width: 80, height: 24, environment: environment)
        defer { pane.close() }
        let lesson = try pane.waitFor("j/k scroll")
        let before = try #require(waitForFile(dir + "/before"))

        try pane.send("C-z")
        let stopped = try pane.waitFor { !$0.contains("j/k scroll") }
        #expect(!stopped.contains("j/k scroll"), "the lesson leaves the screen while stopped:\n\(stopped)")
        #expect(try pane.terminalSettings() == before, "the terminal is in its own mode again while attend is stopped")

        // As `fg` would: continue the whole job (the shell running it stopped too).
        let group = try #require(try pane.shellPID())
        kill(-group, SIGCONT)
        let again = try pane.waitFor("j/k scroll")
        #expect(again == lesson, "the whole screen is painted again:\n\(again)")
        try pane.send("j")
        _ = try pane.waitFor { $0 != lesson }

        try pane.send("q")
        _ = try pane.waitFor("Continue")
        try pane.send("q")
        _ = try pane.waitFor("attend exited")
        #expect(waitForFile(dir + "/status") == "0")
        #expect(try terminalRestored(dir), "stty -g differs after a suspend and quit")
    }

    @Test(.enabled(if: TmuxPane.isAvailable, "tmux is not installed: .ci/run installs it"))
    func aCrashSignalRestoresTheTerminalAndStillDies() throws {
        let dir = AttendBinary.temporaryDirectory("crash")
        let pane = try TmuxPane(command: try script(in: dir, arguments: "learn linalg-vectors"), width: 80, height: 24, environment: environment)
        defer { pane.close() }
        _ = try pane.waitFor("j/k scroll")
        let pid = try #require(waitForFile(dir + "/pid").flatMap { Int32($0) })
        // Sent by another process, a crash signal ends attend at once: nothing faulted, so
        // there is no backtrace to wait for, and the program must not run on.
        kill(pid, SIGSEGV)
        let after = try pane.waitFor("attend exited")
        #expect(!after.contains("Press space to interact"), "no interactive backtrace for a signal that was sent:\n\(after)")
        #expect(waitForFile(dir + "/status") == "139", "the process still dies of the signal (128 + 11)")
        #expect(try terminalRestored(dir), "stty -g differs after a crash")
    }
}
