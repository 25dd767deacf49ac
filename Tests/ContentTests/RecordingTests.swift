import Course
import Foundation
import Kernels
import Testing

/// `Assets/Traces/` holds a recording of every shipped kernel, made from its current source,
/// so a learner without a Swift toolchain can still step through it (SPEC §4).
///
/// `ATTEND_RECORD=1 swift test --filter ContentTests` rewrites the recordings first.
@Suite("Shipped recordings")
struct RecordingTests {
    static let isRecording = ProcessInfo.processInfo.environment["ATTEND_RECORD"] == "1"

    static let howToFix = "run `attend lint --record` (or `ATTEND_RECORD=1 swift test --filter ContentTests`)"

    @Test("ATTEND_RECORD=1 rewrites every recording",
          .enabled(if: isRecording, "set ATTEND_RECORD=1 to rewrite Assets/Traces/"),
          .enabled(if: KernelRuns.toolchain != nil, KernelRuns.noCompiler))
    func record() async {
        for diagnostic in await Recorder.shared.recordOnce() {
            Issue.record("\(diagnostic)")
        }
    }

    @Test("every kernel has a recording made from its current source")
    func recordingsAreFresh() async {
        if Self.isRecording { _ = await Recorder.shared.recordOnce() }
        #expect(!ShippedCourse.kernels.isEmpty)
        let catalog = CourseLoader.load(root: ShippedCourse.root)  // after any recording above
        for diagnostic in RecordingCheck.check(catalog: catalog) where diagnostic.severity == .error {
            Issue.record("\(diagnostic.file):\(diagnostic.line): \(diagnostic.message.replacingOccurrences(of: "run \(RecordingCheck.recordCommand)", with: Self.howToFix))")
        }
    }

    @Test("a recording replays what the kernel writes today",
          .enabled(if: KernelRuns.toolchain != nil, KernelRuns.noCompiler), arguments: ShippedCourse.kernels)
    func recordingMatchesLiveRun(_ kernel: ShippedKernel) async throws {
        if Self.isRecording { _ = await Recorder.shared.recordOnce() }
        let path = Recording.path(lesson: kernel.lesson, kernel: kernel.name)
        let text = try #require(try? String(contentsOfFile: ShippedCourse.root + "/" + path, encoding: .utf8),
                                "\(path) is missing: \(Self.howToFix)")
        let recording = try #require(Recording.parse(text, source: path).recording, "\(path) is unreadable: \(Self.howToFix)")
        let live = try #require(await KernelRuns.shared.result(of: kernel))
        try #require(live.outcome == .succeeded, "\(kernel): \(live.outcome.headline)")
        let recorded = Self.lines(recording.trace)
        let written = Self.lines(live.trace)
        if let line = recorded.indices.first(where: { $0 < written.count && recorded[$0] != written[$0] }) {
            // + 2: the header is line 1 of the file.
            Issue.record("\(path):\(line + 2): this trace line differs from what the kernel writes now: \(Self.howToFix)")
        } else {
            #expect(recorded.count == written.count,
                    "\(path) has \(recorded.count) trace lines, the kernel writes \(written.count): \(Self.howToFix)")
        }
    }

    /// The non-blank lines of a trace.
    static func lines(_ trace: String) -> [Substring] {
        trace.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
    }
}

/// Rewrites the shipped recordings once per test process, for whichever test asks first.
actor Recorder {
    static let shared = Recorder()
    private var run: Task<[Diagnostic], Never>?

    func recordOnce() async -> [Diagnostic] {
        if let run { return await run.value }
        let run = Task<[Diagnostic], Never> {
            guard let toolchain = KernelRuns.toolchain else { return [] }
            let runner = KernelRunner(toolchain: toolchain, cacheDirectory: KernelRuns.cacheDirectory,
                                      limits: KernelLimits(timeLimit: 30))
            let catalog = CourseLoader.load(root: ShippedCourse.root)
            // A thread of its own: recording blocks on compilers and kernels for a while.
            return await withCheckedContinuation { continuation in
                Thread { continuation.resume(returning: RecordingCheck.record(catalog: catalog, runner: runner)) }.start()
            }
        }
        self.run = run
        return await run.value
    }
}
