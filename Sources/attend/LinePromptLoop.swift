import Foundation
import Practice
import Terminal

/// Drives a line-prompt session on stdin and stdout: each line read goes to the session, its
/// events are saved to the log, and only then is its output printed, so nothing shown as done
/// can be lost. End of input counts as `q`.
enum LinePromptLoop {
    static func run<Session: LinePromptSession>(_ session: inout Session, log: EventLog) -> Int32 {
        let writer = LineWriter()
        writer.lines(session.start())
        while !session.isFinished {
            let line = readLine(strippingNewline: false) ?? "q"
            let step = session.input(line, now: Int(Date().timeIntervalSince1970))
            do {
                try log.append(step.events)
            } catch {
                printError("\(error)")
                return 1
            }
            writer.lines(step.output)
            if step.finished { break }
        }
        return 0
    }
}
