import Course
import Foundation
import Practice
import Screens
import Terminal

/// `attend review` without a full-screen terminal (a pipe, `--plain`, `TERM=dumb`): the cards
/// as line prompts on stdin and stdout, usable with a screen reader. Every rating is saved to
/// the log before the next line is printed.
enum PlainReviewCommand {
    static func run(catalog: CourseCatalog, log: EventLog, events: [PracticeEvent], progress: ReadingProgress, deck: String?) -> Int32 {
        let practice = loadPractice(catalog: catalog, events: events)
        let now = { Int(Date().timeIntervalSince1970) }
        var session = PlainReviewSession(decks: practice.decks(for: progress), states: practice.states, config: practice.config,
                                         now: now(), deckFilter: deck, diagrams: catalog.diagrams)
        let writer = LineWriter()
        writer.lines(session.start())
        while !session.isFinished {
            let line = readLine(strippingNewline: false) ?? "q"
            let step = session.input(line, now: now())
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
