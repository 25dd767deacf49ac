/// Checks between quiz decks and lessons: every deck, checkpoint item and lesson that one
/// file names must exist in the other.
public enum QuizLinter {
    /// Problems in file/line/column order. Items that exist but were left out for their own
    /// errors are not reported again as missing.
    public static func lint(catalog: CourseCatalog, decks: [QuizDeck]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byID: [String: QuizDeck] = [:]
        for deck in decks where byID[deck.id] == nil { byID[deck.id] = deck }
        let lessonIDs = Set(catalog.lessons.map(\.id))

        for lesson in catalog.lessons {
            let decksLine = lesson.frontMatterLines["decks"] ?? 1
            for deck in lesson.meta.decks where byID[deck] == nil {
                diagnostics.append(.error(lesson.source, decksLine, 8, "deck `\(deck)` has no file Quizzes/\(deck).md"))
            }
            for checkpoint in lesson.checkpoints {
                for ref in checkpoint.items {
                    guard let deck = byID[ref.deck] else {
                        diagnostics.append(.error(lesson.source, ref.line, 1,
                            "checkpoint item `\(ref.id)` names deck `\(ref.deck)`, which has no file Quizzes/\(ref.deck).md"))
                        continue
                    }
                    if !deck.defines(itemID: ref.item) {
                        diagnostics.append(.error(lesson.source, ref.line, 1,
                            "checkpoint item `\(ref.id)`: deck `\(ref.deck)` has no item `## \(ref.item)`"))
                    }
                }
            }
        }
        for deck in decks {
            for (lesson, position) in zip(deck.lessons, deck.lessonPositions) where !lessonIDs.contains(lesson) {
                diagnostics.append(.error(deck.file, position.line, position.column, "lessons: `\(lesson)` is not a lesson of this course"))
            }
            for item in deck.items {
                guard let lesson = item.lesson, !lessonIDs.contains(lesson) else { continue }
                let position = item.metadataPositions["lesson"]
                diagnostics.append(.error(deck.file, position?.line ?? item.line, position?.column ?? 1,
                    "item `\(item.id)`: lesson `\(lesson)` is not a lesson of this course"))
            }
        }
        return diagnostics.sorted(by: Diagnostic.sourceOrder)
    }
}
