import Foundation
import Testing
@testable import Course

/// Decks, checkpoints and lessons that name each other, checked over a course on disk.
@Suite struct QuizLinterTests {
    /// A throwaway course root, removed when the test ends.
    final class TemporaryCourse {
        let root: String

        init(files: [String: String]) throws {
            root = NSTemporaryDirectory() + "attend-quiz-\(UUID().uuidString)"
            for (path, text) in files {
                let url = URL(fileURLWithPath: root + "/" + path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }
    }

    static let lesson = """
        ---
        id: tf-attention
        title: Attention
        module: transformers
        decks: [tf-attention, ghost-deck]
        ---

        # Attention

        ```swift kernel
        let x = 1
        ```

        ```quiz
        tf-attention/scale-why
        tf-attention/no-such-item
        ghost-deck/anything
        tf-attention/broken
        ```
        """

    static let deck = """
        ---
        deck: tf-attention
        title: Attention
        lessons: [tf-attention, tf-missing]
        ---

        ## scale-why
        kind: text
        accept: [a]
        lesson: not-a-lesson

        Name it.

        ### Explanation
        Because.

        ## broken
        kind: numeric

        How many?

        ### Explanation
        It has no answer line.
        """

    static func course() throws -> TemporaryCourse {
        try TemporaryCourse(files: [
            "Lessons/course.md": "# Course\n\n## transformers — Attention\nHow attention works.\n",
            "Lessons/transformers/01-tf-attention.md": lesson,
            "Quizzes/tf-attention.md": deck,
            "Quizzes/wrong-name.md": "---\ndeck: other-name\ntitle: Other\n---\n",
            "Quizzes/README.md": "# Quizzes\nNot a deck.\n",
            "Quizzes/notes.txt": "not a deck either",
        ])
    }

    @Test func loaderReadsDecksAndChecksFileNames() throws {
        let course = try Self.course()
        let (decks, diagnostics) = QuizLoader.load(root: course.root)
        #expect(decks.map(\.id) == ["tf-attention"])
        #expect(decks.first?.file == "Quizzes/tf-attention.md")
        #expect(diagnostics.map(\.description) == [
            "Quizzes/tf-attention.md:17:1: error: a numeric item needs `answer: <number>` under its heading",
            "Quizzes/wrong-name.md:2:7: error: deck `other-name` does not match the file name; rename the file to Quizzes/other-name.md or the deck to `wrong-name`",
            "Quizzes/wrong-name.md:4:1: warning: deck has no items; each item starts with a `## item-id` heading",
        ])
    }

    @Test func linterReportsEveryDanglingNameAtItsLine() throws {
        let course = try Self.course()
        let (decks, _) = QuizLoader.load(root: course.root)
        let catalog = CourseLoader.load(root: course.root)
        #expect(catalog.lessons.map(\.id) == ["tf-attention"])
        let lesson = "Lessons/transformers/01-tf-attention.md"
        #expect(QuizLinter.lint(catalog: catalog, decks: decks).map(\.description) == [
            "\(lesson):5:8: error: deck `ghost-deck` has no file Quizzes/ghost-deck.md",
            "\(lesson):16:1: error: checkpoint item `tf-attention/no-such-item`: deck `tf-attention` has no item `## no-such-item`",
            "\(lesson):17:1: error: checkpoint item `ghost-deck/anything` names deck `ghost-deck`, which has no file Quizzes/ghost-deck.md",
            "Quizzes/tf-attention.md:4:25: error: lessons: `tf-missing` is not a lesson of this course",
            "Quizzes/tf-attention.md:10:9: error: item `scale-why`: lesson `not-a-lesson` is not a lesson of this course",
        ])
    }

    @Test func aConsistentCourseLintsClean() throws {
        let course = try TemporaryCourse(files: [
            "Lessons/course.md": "# Course\n\n## transformers — Attention\nHow attention works.\n",
            "Lessons/transformers/01-tf-attention.md": Self.lesson
                .replacingOccurrences(of: ", ghost-deck]", with: "]")
                .replacingOccurrences(of: "tf-attention/no-such-item\nghost-deck/anything\ntf-attention/broken\n", with: ""),
            "Quizzes/tf-attention.md": Self.deck
                .replacingOccurrences(of: ", tf-missing]", with: "]")
                .replacingOccurrences(of: "lesson: not-a-lesson", with: "lesson: tf-attention"),
        ])
        let (decks, _) = QuizLoader.load(root: course.root)
        let catalog = CourseLoader.load(root: course.root)
        #expect(QuizLinter.lint(catalog: catalog, decks: decks) == [])
    }

    @Test func missingQuizzesFolderMeansNoDecksAndNoProblems() throws {
        let course = try TemporaryCourse(files: ["Lessons/course.md": "# Course\n"])
        let (decks, diagnostics) = QuizLoader.load(root: course.root)
        #expect(decks.isEmpty)
        #expect(diagnostics.isEmpty)
    }
}
