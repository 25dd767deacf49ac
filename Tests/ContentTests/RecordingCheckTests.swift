import Course
import Foundation
import Kernels
import Testing

/// `RecordingCheck`, which `attend lint` and `attend lint --record` call, on a one-lesson
/// course in a temporary folder.
@Suite("RecordingCheck")
struct RecordingCheckTests {
    static let lessonPath = "Lessons/linalg/01-demo.md"

    /// A course root holding one lesson whose kernel is `code` (on lines 9 on).
    static func course(kernel code: String) throws -> (root: String, catalog: CourseCatalog) {
        let root = NSTemporaryDirectory() + "/attend-recording-check-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/Lessons/linalg", withIntermediateDirectories: true)
        try "# Demo course\n\n## linalg — Linear algebra\n\nVectors.\n"
            .write(toFile: root + "/Lessons/course.md", atomically: true, encoding: .utf8)
        let lesson = """
            ---
            id: demo
            title: Demo
            module: linalg
            ---

            # Demo

            ```swift kernel
            \(code)
            ```

            """
        try lesson.write(toFile: root + "/" + lessonPath, atomically: true, encoding: .utf8)
        return (root, CourseLoader.load(root: root))
    }

    static let goodKernel = "import KernelKit\nstep(\"Inputs\", [\"x\": 2.0])\nstep(\"Double\", [\"y\": 4.0])"

    @Test("a missing recording is an error at the kernel's first line that says how to fix it")
    func missingRecording() throws {
        let (root, catalog) = try Self.course(kernel: Self.goodKernel)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let kernel = try #require(catalog.lesson(id: "demo")?.mainKernel)
        #expect(RecordingCheck.check(catalog: catalog) == [
            .error(Self.lessonPath, kernel.firstLine, 1, "recording Assets/Traces/demo.jsonl is missing: run attend lint --record"),
        ])
        #expect(kernel.firstLine == 10)  // the line after ```swift kernel
    }

    @Test("a recording made from the current source passes; editing the kernel makes it stale")
    func staleRecording() throws {
        let (root, catalog) = try Self.course(kernel: Self.goodKernel)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let kernel = try #require(catalog.lesson(id: "demo")?.mainKernel)
        try FileManager.default.createDirectory(atPath: root + "/Assets/Traces", withIntermediateDirectories: true)
        let trace = #"{"kind":"step","title":"Inputs","note":"","line":11,"tensors":[{"name":"x","shape":[],"data":[2]}]}"#
        try Recording.make(lesson: "demo", kernel: kernel, trace: trace)
            .write(toFile: root + "/Assets/Traces/demo.jsonl", atomically: true, encoding: .utf8)
        #expect(RecordingCheck.check(catalog: catalog) == [])

        let (_, edited) = try Self.course(kernel: Self.goodKernel.replacingOccurrences(of: "4.0", with: "5.0"))
        var moved = catalog
        moved.modules = edited.modules
        #expect(RecordingCheck.check(catalog: moved) == [
            .error(Self.lessonPath, kernel.firstLine, 1, "recording Assets/Traces/demo.jsonl is stale: run attend lint --record"),
        ])
    }

    @Test("a damaged recording and a recording no kernel owns are reported")
    func damagedAndOrphanRecordings() throws {
        let (root, catalog) = try Self.course(kernel: Self.goodKernel)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/Assets/Traces", withIntermediateDirectories: true)
        try "not a header\n".write(toFile: root + "/Assets/Traces/demo.jsonl", atomically: true, encoding: .utf8)
        try "".write(toFile: root + "/Assets/Traces/gone.jsonl", atomically: true, encoding: .utf8)
        let diagnostics = RecordingCheck.check(catalog: catalog)
        #expect(diagnostics.count == 2)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.message.hasPrefix("recording Assets/Traces/demo.jsonl is unreadable") == true)
        #expect(diagnostics.first?.message.hasSuffix("run attend lint --record") == true)
        #expect(diagnostics.last == .warning("Assets/Traces/gone.jsonl", 0, 0,
                                            "recording has no kernel in the course (renamed or removed?); delete it"))
    }

    @Test("record writes a recording that check then accepts and the stepper can play",
          .enabled(if: KernelRuns.toolchain != nil, KernelRuns.noCompiler))
    func recordWritesFreshRecording() throws {
        let (root, catalog) = try Self.course(kernel: Self.goodKernel)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let runner = try #require(KernelRuns.toolchain.map { KernelRunner(toolchain: $0, cacheDirectory: KernelRuns.cacheDirectory) })
        #expect(RecordingCheck.record(catalog: catalog, runner: runner) == [])
        #expect(RecordingCheck.check(catalog: catalog) == [])
        let text = try String(contentsOfFile: root + "/Assets/Traces/demo.jsonl", encoding: .utf8)
        let recording = try #require(Recording.parse(text, source: "demo.jsonl").recording)
        #expect(recording.lesson == "demo")
        #expect(recording.events.map(\.sourceLine) == [11, 12])  // the step calls' lines in the lesson
    }

    @Test("a kernel that does not compile leaves its recording untouched and reports the compiler's error",
          .enabled(if: KernelRuns.toolchain != nil, KernelRuns.noCompiler))
    func failedKernelKeepsOldRecording() throws {
        let (root, catalog) = try Self.course(kernel: "import KernelKit\nlet x: Int = \"two\"")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/Assets/Traces", withIntermediateDirectories: true)
        let old = "an old recording\n"
        try old.write(toFile: root + "/Assets/Traces/demo.jsonl", atomically: true, encoding: .utf8)
        let runner = try #require(KernelRuns.toolchain.map { KernelRunner(toolchain: $0, cacheDirectory: KernelRuns.cacheDirectory) })
        let diagnostics = RecordingCheck.record(catalog: catalog, runner: runner)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.line == 10)
        #expect(diagnostics.first?.message.contains("left as it was") == true)
        #expect(diagnostics.contains { $0.file == Self.lessonPath && $0.line == 11 && $0.message.contains("String") },
                "the compiler's error on line 11: \(diagnostics)")
        #expect(try String(contentsOfFile: root + "/Assets/Traces/demo.jsonl", encoding: .utf8) == old)
    }
}
