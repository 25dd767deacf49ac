import Course
import DisplayWidth
import Testing

/// The shipped course passes its own linter: what `attend lint` checks, through the library.
@Suite("Shipped course lints clean")
struct CourseLintTests {
    @Test("every lesson loads and lints without errors")
    func lessonsLintClean() {
        let catalog = ShippedCourse.catalog
        #expect(!catalog.lessons.isEmpty, "no lessons found under \(ShippedCourse.root)/Lessons")
        for diagnostic in catalog.diagnostics where diagnostic.severity == .error {
            Issue.record("\(diagnostic)")
        }
    }

    @Test("every quiz deck loads and lints without errors")
    func quizzesLintClean() {
        let (decks, loadProblems) = ShippedCourse.quizzes
        #expect(!decks.isEmpty, "no decks found under \(ShippedCourse.root)/Quizzes")
        let lint = QuizLinter.lint(catalog: ShippedCourse.catalog, decks: decks)
        for diagnostic in loadProblems + lint where diagnostic.severity == .error {
            Issue.record("\(diagnostic)")
        }
        for deck in decks {
            #expect(!deck.items.isEmpty, "\(deck.file) has no usable items")
        }
    }

    /// At 80×24 the stepper's code pane is 80 columns less a 5-column gutter (marker, line
    /// number, space); 74 leaves a column to spare, so no kernel line ends in "…".
    @Test("every kernel line fits the stepper's code pane at 80 columns")
    func kernelLinesFitTheCodePane() {
        for lesson in ShippedCourse.catalog.lessons {
            for kernel in lesson.kernels {
                for (offset, line) in kernel.code.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                where DisplayWidth.of(line) > 74 {
                    Issue.record("\(lesson.source):\(kernel.firstLine + offset): kernel line is \(DisplayWidth.of(line)) columns; at most 74 fit the code pane")
                }
            }
        }
    }

    @Test("every lesson has a kernel to step through")
    func everyLessonHasAKernel() {
        for lesson in ShippedCourse.catalog.lessons where lesson.kernels.isEmpty {
            Issue.record("\(lesson.source): no ```swift kernel block; every lesson needs one (SPEC §4)")
        }
    }
}
