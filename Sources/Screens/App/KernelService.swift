import Foundation
import Kernels
import Course

/// Runs kernels for the app off the UI thread, and keeps the learner's edited copies.
///
/// An edited kernel lives in `<data>/workspace/<lesson>[.<name>].swift`; it is compiled with
/// that file as its source, so errors and trace lines point into the file the learner edits.
public final class KernelService: @unchecked Sendable {
    public let cacheDirectory: String
    public let workspaceDirectory: String
    public let courseRoot: String
    /// False for a course the learner has not trusted: its recordings play, nothing runs.
    public let trusted: Bool

    private let lock = NSLock()
    private var pending: [Msg] = []
    private var cancellation: KernelCancellation?
    private var running = false

    public init(cacheDirectory: String, workspaceDirectory: String, courseRoot: String, trusted: Bool) {
        self.cacheDirectory = cacheDirectory
        self.workspaceDirectory = workspaceDirectory
        self.courseRoot = courseRoot
        self.trusted = trusted
    }

    public var isRunning: Bool { lock.withLock { running } }

    /// Messages produced since the last call: progress, and the finished run.
    public func drain() -> [Msg] {
        lock.withLock {
            let out = pending
            pending = []
            return out
        }
    }

    private func post(_ msg: Msg) {
        lock.withLock { pending.append(msg) }
    }

    public func workspacePath(lesson: Lesson, kernel: KernelSource) -> String {
        workspaceDirectory + "/" + lesson.id + (kernel.name.map { ".\($0)" } ?? "") + ".swift"
    }

    /// The learner's edited copy, when one exists and differs from the lesson's kernel.
    public func editedCopy(lesson: Lesson, kernel: KernelSource) -> String? {
        guard let text = readEdited(path: workspacePath(lesson: lesson, kernel: kernel)) else { return nil }
        let original = lesson.kernel(named: kernel.name)?.code
        return text == original ? nil : text
    }

    /// Starts a run; its result arrives as `.kernelFinished` through `drain()`.
    public func start(lesson: Lesson, kernel: KernelSource) {
        // The learner's edited copy runs from its own file, so lines point into it.
        let copy = editedCopy(lesson: lesson, kernel: kernel)
        let edited = kernel.firstLine == 1 && copy == kernel.code
        if !edited, kernel.code == lesson.kernel(named: kernel.name)?.code, let copy {
            post(.kernelProgress("Your edited copy of this kernel is kept; u goes back to the lesson's."))
            post(.kernelEdited(copy))
            return
        }
        let job = edited
            ? KernelJob(lessonPath: workspacePath(lesson: lesson, kernel: kernel), firstLine: 1, code: kernel.code, name: kernel.name)
            : KernelJob(lesson: lesson, kernel: kernel)
        guard trusted, case .success(let toolchain) = Toolchain.locate() else {
            post(.kernelFinished(playRecording(lesson: lesson, kernel: kernel, why: trusted
                ? "No Swift toolchain found (swiftc on PATH or SWIFT_EXEC): playing the recorded run."
                : "This course is not trusted: playing the recorded run. Start attend with --trust to run its kernels.")))
            return
        }
        let token = KernelCancellation()
        lock.withLock {
            cancellation?.cancel()
            cancellation = token
            running = true
        }
        let runner = KernelRunner(toolchain: toolchain, cacheDirectory: cacheDirectory)
        let thread = Thread { [self] in
            let result = runner.run(job, cancellation: token) { [self] message in post(.kernelProgress(message)) }
            lock.withLock { running = false }
            if !token.isCancelled { post(.kernelFinished(StepperLoad(result))) }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    public func cancel() {
        lock.withLock {
            cancellation?.cancel()
            cancellation = nil
            running = false
        }
    }

    private func playRecording(lesson: Lesson, kernel: KernelSource, why: String) -> StepperLoad {
        guard let recording = Recording.load(courseRoot: courseRoot, lesson: lesson.id, kernel: kernel.name) else {
            return .noToolchain(why + " There is no recording at \(Recording.path(lesson: lesson.id, kernel: kernel.name)) either.")
        }
        return .recording(recording.events, note: why)
    }

    /// Makes sure the workspace copy exists (a copy of the kernel as shown), returning its path.
    public func prepareEdit(lesson: Lesson, kernel: KernelSource) -> String? {
        let path = workspacePath(lesson: lesson, kernel: kernel)
        do {
            try FileManager.default.createDirectory(atPath: workspaceDirectory, withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: path) {
                try (kernel.code.hasSuffix("\n") ? kernel.code : kernel.code + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            }
            return path
        } catch {
            return nil
        }
    }

    /// The code after editing; nil when the file cannot be read.
    public func readEdited(path: String) -> String? {
        guard var text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    public func reset(lesson: Lesson, kernel: KernelSource) {
        try? FileManager.default.removeItem(atPath: workspacePath(lesson: lesson, kernel: kernel))
    }
}
