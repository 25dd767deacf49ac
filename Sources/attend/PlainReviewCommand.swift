import Course
import Foundation
import Practice
import Screens
import Terminal

/// `attend review` without a full-screen terminal (a pipe, `--plain`, `TERM=dumb`): the cards
/// as line prompts on stdin and stdout, usable with a screen reader. Every rating is saved to
/// the log before the next line is printed.
enum PlainReviewCommand {
    static func run(catalog: CourseCatalog, practice: PracticeState, log: EventLog, progress: ReadingProgress, deck: String?) -> Int32 {
        var session = PlainReviewSession(decks: practice.decks(for: progress), states: practice.states, config: practice.config,
                                         now: Int(Date().timeIntervalSince1970), deckFilter: deck, diagrams: catalog.diagrams)
        return LinePromptLoop.run(&session, log: log)
    }
}
