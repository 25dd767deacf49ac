import Course
import Foundation
import Kernels

/// The course this repository ships (`Lessons/`, `Quizzes/`, `Assets/` at the package root),
/// loaded once per test process.
enum ShippedCourse {
    /// The package root: two folders above this file, with symlinks resolved so the tests
    /// find the real checkout even when built from a package that links to it.
    static let root: String = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent()  // Tests/ContentTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent().path

    static let catalog: CourseCatalog = CourseLoader.load(root: root)

    static let quizzes: (decks: [QuizDeck], diagnostics: [Diagnostic]) = QuizLoader.load(root: root)

    /// Every quiz item of every deck, in deck and file order.
    static var items: [QuizItem] { quizzes.decks.flatMap(\.items) }

    /// Every kernel of every lesson, in course order.
    static let kernels: [ShippedKernel] = catalog.lessons.flatMap { lesson in
        lesson.kernels.map { ShippedKernel(lesson: lesson.id, name: $0.name) }
    }
}

/// One kernel of the shipped course, named the way its recording is: `lesson[.name]`.
struct ShippedKernel: Hashable, Sendable, CustomStringConvertible {
    var lesson: String
    var name: String?

    var description: String { name.map { "\(lesson).\($0)" } ?? lesson }

    /// The lesson and its kernel source, as loaded now.
    var source: (lesson: Lesson, kernel: KernelSource)? {
        guard let lesson = ShippedCourse.catalog.lesson(id: lesson), let kernel = lesson.kernel(named: name) else { return nil }
        return (lesson, kernel)
    }
}
