import Course
import Foundation
import Practice
import Screens

/// Reads what reviewing needs: the decks, the card states replayed from the log, and the
/// config file. Problems in the decks or the config are printed and the defaults used.
/// Safe to call from a background thread (the app loads it after its first frame).
enum PracticeLoading {
    static func load(catalog: CourseCatalog, events: [PracticeEvent], configPath: String) -> PracticeState {
        let quizzes = QuizLoader.load(root: catalog.root)
        var config = PracticeConfig.defaults
        if let text = try? String(contentsOfFile: configPath, encoding: .utf8) {
            let parsed = PracticeConfig.parse(text, source: configPath)
            config = parsed.config
            // Written to stderr, which the terminal session holds and shows after the screen closes.
            for d in parsed.diagnostics { FileHandle.standardError.write(Data((d.description + "\n").utf8)) }
        }
        return PracticeState(decks: quizzes.decks, states: CardStates(events: events, scheduler: config.scheduler), config: config,
                             catalog: catalog, events: events)
    }
}
