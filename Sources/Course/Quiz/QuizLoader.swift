import Foundation

/// Reads every `Quizzes/*.md` of a course root into decks.
///
/// Only reads. A broken file never stops the others loading; each problem is a diagnostic
/// naming the file relative to the root. `README.md` is skipped, so the folder can explain
/// itself on a code-hosting site.
public enum QuizLoader {
    public static func load(root: String) -> (decks: [QuizDeck], diagnostics: [Diagnostic]) {
        let folder = root.hasSuffix("/") ? root + "Quizzes" : root + "/Quizzes"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") && $0 != "README.md" }
            .sorted()
        var decks: [QuizDeck] = []
        var diagnostics: [Diagnostic] = []
        var files: [String: String] = [:]
        for name in names {
            let path = "Quizzes/\(name)"
            guard let text = readText(folder + "/" + name, relative: path, diagnostics: &diagnostics) else { continue }
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

    /// The file as UTF-8 text, or nil with a diagnostic naming the first line that is not.
    private static func readText(_ absolute: String, relative: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let data = FileManager.default.contents(atPath: absolute) else {
            diagnostics.append(.error(relative, 0, 0, "cannot read this file"))
            return nil
        }
        let bytes = [UInt8](data)
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { break }
            line += 1
            start = index + 1
        }
        diagnostics.append(.error(relative, line, 0, "file is not valid UTF-8 text"))
        return nil
    }
}
