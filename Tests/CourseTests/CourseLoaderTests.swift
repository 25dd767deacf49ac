import Foundation
import Testing
@testable import Course

/// Loading a course directory: broken files are named with their line, the rest loads.
@Suite struct CourseLoaderTests {
    /// A fresh course root in the temporary directory, removed by the caller.
    final class TemporaryCourse {
        let root: URL

        init(_ files: [String: [UInt8]]) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("attend-course-\(UUID().uuidString)")
            for (path, bytes) in files {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }
    }

    static func lesson(id: String, module: String, prerequisites: String = "[]", body: String = "```swift kernel\nlet x = 1\n```\n") -> [UInt8] {
        Array("---\nid: \(id)\ntitle: Lesson \(id)\nmodule: \(module)\nprerequisites: \(prerequisites)\n---\n\(body)".utf8)
    }

    static let outline = Array("""
        # LLM foundations

        From vectors to attention.

        ## linalg — Linear algebra

        Vectors and matrices.

        ## transformers — Attention & Transformers

        Attention, masks and blocks.

        ## ghost — A module without a folder

        Nothing here yet.
        """.utf8)

    @Test func loadsAGoodCourseInOrderWithDiagrams() throws {
        let course = try TemporaryCourse([
            "Lessons/course.md": Self.outline,
            "Lessons/linalg/02-linalg-matmul.md": Self.lesson(id: "linalg-matmul", module: "linalg", prerequisites: "[linalg-vectors]"),
            "Lessons/linalg/01-linalg-vectors.md": Self.lesson(id: "linalg-vectors", module: "linalg",
                body: "![vectors](../../Assets/v.txt)\n\n```swift kernel\nlet x = 1\n```\n"),
            "Lessons/transformers/01-tf-attention.md": Self.lesson(id: "tf-attention", module: "transformers",
                body: "![same diagram](Assets/v.txt)\n```swift kernel\nlet x = 1\n```\n"),
            "Assets/v.txt": Array("a → b\n".utf8),
        ])
        let catalog = CourseLoader.load(root: course.root.path)
        #expect(catalog.diagnostics.map(\.description) == ["Lessons/course.md:13:1: warning: module `ghost` has no folder Lessons/ghost/"])
        #expect(catalog.title == "LLM foundations")
        #expect(catalog.modules.map(\.id) == ["linalg", "transformers", "ghost"])
        #expect(catalog.modules[1].summary == "Attention, masks and blocks.")
        #expect(catalog.lessons.map(\.id) == ["linalg-vectors", "linalg-matmul", "tf-attention"])
        #expect(catalog.lesson(id: "linalg-matmul")?.number == 2)
        #expect(catalog.lesson(id: "linalg-matmul")?.source == "Lessons/linalg/02-linalg-matmul.md")
        #expect(catalog.diagram(path: "Assets/v.txt") == "a → b\n")
        let lines = LessonLayout.lines(for: try #require(catalog.lesson(id: "linalg-vectors")), width: 40, diagrams: catalog.diagrams)
        #expect(lines.contains { $0.text == "  a → b" })
        #expect(catalog.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func brokenFilesAreNamedWithTheirLineAndTheRestLoads() throws {
        var badUTF8 = Array("---\nid: bad-bytes\n".utf8)
        badUTF8 += [0x74, 0x69, 0xFF, 0x0A]  // "ti" then an invalid byte, on line 3
        let course = try TemporaryCourse([
            "Lessons/course.md": Self.outline,
            "Lessons/linalg/01-linalg-vectors.md": Self.lesson(id: "linalg-vectors", module: "linalg"),
            "Lessons/linalg/02-linalg-matmul.md": Self.lesson(id: "linalg-mm", module: "linalg"),
            "Lessons/linalg/02-linalg-other.md": Self.lesson(id: "linalg-other", module: "linalg"),
            "Lessons/linalg/03-linalg-broken.md": Array("# no front matter\n".utf8),
            "Lessons/transformers/01-tf-attention.md": Self.lesson(id: "tf-attention", module: "linalg",
                prerequisites: "[linalg-vectors, tf-later, nope]", body: "Intro.\n\n![d](Assets/missing.txt)\n"),
            "Lessons/transformers/02-tf-later.md": Self.lesson(id: "tf-later", module: "transformers"),
            "Lessons/transformers/04-bad-bytes.md": badUTF8,
            "Lessons/extra/01-linalg-vectors.md": Self.lesson(id: "linalg-vectors", module: "extra"),
        ])
        let catalog = CourseLoader.load(root: course.root.path)
        #expect(catalog.diagnostics.map(\.description) == [
            "Lessons/course.md:13:1: warning: module `ghost` has no folder Lessons/ghost/",
            "Lessons/extra: error: folder is not a module listed in Lessons/course.md; add `## extra — Title` there",
            "Lessons/extra/01-linalg-vectors.md:2:5: error: lesson id `linalg-vectors` is also used by Lessons/linalg/01-linalg-vectors.md",
            "Lessons/linalg/02-linalg-matmul.md:2:5: error: id `linalg-mm` does not match the file name, which says `linalg-matmul`",
            "Lessons/linalg/02-linalg-other.md: error: lesson number 02 is also used by 02-linalg-matmul.md",
            "Lessons/linalg/03-linalg-broken.md:1:1: error: a lesson starts with front matter: a `---` line, `key: value` lines, and a closing `---`",
            "Lessons/transformers/01-tf-attention.md: warning: lesson has no ```swift kernel block",
            "Lessons/transformers/01-tf-attention.md:4:9: error: module `linalg` does not match the folder Lessons/transformers/",
            "Lessons/transformers/01-tf-attention.md:5:1: warning: prerequisite `nope` is not a lesson of this course (yet)",
            "Lessons/transformers/01-tf-attention.md:5:1: error: prerequisite `tf-later` comes later in the course (Lessons/transformers/02-tf-later.md); prerequisites must come first",
            "Lessons/transformers/01-tf-attention.md:9:1: error: diagram `Assets/missing.txt` not found",
            "Lessons/transformers/04-bad-bytes.md:3: error: file is not valid UTF-8 text",
        ])
        #expect(catalog.modules.map(\.id) == ["linalg", "transformers", "ghost", "extra"])
        #expect(catalog.lessons.map(\.source) == [
            "Lessons/linalg/01-linalg-vectors.md", "Lessons/linalg/02-linalg-matmul.md", "Lessons/linalg/02-linalg-other.md",
            "Lessons/transformers/01-tf-attention.md", "Lessons/transformers/02-tf-later.md",
            "Lessons/extra/01-linalg-vectors.md",
        ])
        #expect(catalog.hasErrors)
    }

    @Test func missingOutlineIsReportedAndFoldersStillLoad() throws {
        let course = try TemporaryCourse([
            "Lessons/linalg/01-linalg-vectors.md": Self.lesson(id: "linalg-vectors", module: "linalg"),
        ])
        let catalog = CourseLoader.load(root: course.root.path)
        #expect(catalog.diagnostics.map(\.description) == [
            "Lessons/course.md: error: file not found",
            "Lessons/linalg: error: folder is not a module listed in Lessons/course.md; add `## linalg — Title` there",
        ])
        #expect(catalog.lessons.map(\.id) == ["linalg-vectors"])
    }

    @Test func diagramPathsResolveAgainstTheLessonOrTheRoot() {
        #expect(DiagramPath.resolve("../../Assets/a.txt", from: "Lessons/m/01-x.md") == "Assets/a.txt")
        #expect(DiagramPath.resolve("Assets/sub/a.txt", from: "Lessons/m/01-x.md") == "Assets/sub/a.txt")
        #expect(DiagramPath.resolve("./Assets/a.txt", from: "Lessons/m/01-x.md") == "Assets/a.txt")
        #expect(DiagramPath.resolve("../../../../etc/a.txt", from: "Lessons/m/01-x.md") == nil)
        #expect(DiagramPath.resolve("Assets/photo.png", from: "Lessons/m/01-x.md") == nil)
        #expect(DiagramPath.resolve("https://x.org/a.txt", from: "Lessons/m/01-x.md") == nil)
    }
}

@Suite("Loading bodies when a lesson is opened")
struct DeferredLoadingTests {
    @Test func listsEveryLessonAndParsesOneOnDemand() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let full = CourseLoader.load(root: root)
        let quick = CourseLoader.load(root: root, bodies: .parseWhenOpened)
        #expect(quick.lessons.map(\.id) == full.lessons.map(\.id))
        #expect(quick.lessons.map(\.meta) == full.lessons.map(\.meta))
        let id = try #require(full.lessons.first?.id)
        #expect(quick.lesson(id: id)?.document.blocks.isEmpty == true, "bodies wait until opened")
        #expect(quick.fullLesson(id: id) == full.lesson(id: id))
        #expect(quick.diagrams == full.diagrams.filter { quick.diagrams[$0.key] != nil })
        for (path, _) in full.diagrams { #expect(quick.diagrams[path] != nil, "\(path) is available before its lesson is opened") }
    }
}
