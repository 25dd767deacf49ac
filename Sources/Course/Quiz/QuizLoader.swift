import Foundation

/// Reads every `Quizzes/*.md` of a course root into decks.
///
/// Only reads. A broken file never stops the others loading; each problem is a diagnostic
/// naming the file relative to the root. `README.md` is skipped, so the folder can explain
/// itself on a code-hosting site.
public enum QuizLoader {
    public static func load(root: String) -> (decks: [QuizDeck], diagnostics: [Diagnostic]) {
        let folder = CourseFile.absolute("Quizzes", root: root)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") && $0 != "README.md" }
            .sorted()
        var decks: [QuizDeck] = []
        var diagnostics: [Diagnostic] = []
        var files: [String: String] = [:]
        for name in names {
            let path = "Quizzes/\(name)"
            guard let text = CourseFile.read(path, root: root, diagnostics: &diagnostics) else { continue }
            let (parsed, problems) = QuizParser.parse(text, source: path)
            diagnostics += problems
            guard let deck = parsed else { continue }
            let stem = String(name.dropLast(3))
            if stem != deck.id {
                diagnostics.append(.error(path, deck.frontMatterLines["deck"] ?? 1, 7,
                    "deck `\(deck.id)` does not match the file name; rename the file to Quizzes/\(deck.id).md or the deck to `\(stem)`"))
                continue
            }
            if let other = files[deck.id] {
                diagnostics.append(.error(path, deck.frontMatterLines["deck"] ?? 1, 7, "deck `\(deck.id)` is also defined by \(other)"))
                continue
            }
            files[deck.id] = path
            decks.append(deck)
        }
        return (decks, diagnostics.sorted(by: Diagnostic.sourceOrder))
    }
}
