import Course
import Foundation
import Kernels
import Practice
import Screens
import Terminal

/// `attend run LESSON [--kernel NAME] [--trace]`: runs a lesson's kernel.
///
/// `--trace` prints the JSON Lines trace and nothing else; otherwise the steps are printed as
/// text (the full-screen stepper takes over in a terminal once it is wired in). Kernels from a
/// course other than the bundled one run only with `--trust` or a yes at a prompt; without a
/// Swift toolchain the recording in `Assets/Traces` is played, and the output says so.
enum RunCommand {
    static func run(lesson id: String, kernel name: String?, trace: Bool, invocation: Invocation, paths: AppPaths, outputMode: OutputMode, stdinIsTerminal: Bool) -> Int32 {
        let catalog = loadCourse()
        guard let lesson = catalog.fullLesson(id: id) else {
            printError("attend: error: no lesson '\(id)' in this course. Lessons: \(catalog.lessons.map(\.id).joined(separator: ", "))")
            return 2
        }
        guard let kernel = name.map({ lesson.kernel(named: $0) }) ?? lesson.mainKernel else {
            let names = lesson.kernels.map { $0.name ?? "(main)" }.joined(separator: ", ")
            printError("\(lesson.source): error: no kernel\(name.map { " named '\($0)'" } ?? "") in this lesson\(names.isEmpty ? "" : "; kernels: \(names)")")
            return 2
        }
        if !trace, case .screen(let colorMode) = outputMode, stdinIsTerminal {
            return runInTerminal(lesson: lesson, kernel: kernel, catalog: catalog, invocation: invocation, paths: paths, colorMode: colorMode)
        }
        let events: [TraceEvent]
        let rawTrace: String
        switch Toolchain.locate() {
        case .failure:
            guard let root = paths.course, let recording = Recording.load(courseRoot: root, lesson: lesson.id, kernel: kernel.name) else {
                printError("attend: error: no Swift toolchain found (swiftc on PATH or SWIFT_EXEC) and no recording of this kernel in Assets/Traces")
                return 1
            }
            if !trace { printError("No Swift toolchain found: playing the recorded run from \(Recording.path(lesson: lesson.id, kernel: kernel.name)).") }
            events = recording.events
            rawTrace = recording.trace
        case .success(let toolchain):
            guard paths.courseIsBundled || invocation.trust || askTrust(course: catalog.root, stdinIsTerminal: stdinIsTerminal) else {
                printError("attend: not running code from \(catalog.root): pass --trust to run kernels of a course you trust")
                return 1
            }
            let runner = KernelRunner(toolchain: toolchain, cacheDirectory: paths.cache)
            let result = runner.run(KernelJob(lesson: lesson, kernel: kernel), progress: { message in
                if !trace { printError(message) }
            })
            guard result.outcome == .succeeded else {
                printError(describe(result.outcome, result: result))
                return 1
            }
            events = result.events
            rawTrace = result.trace
        }
        if trace {
            FileHandle.standardOutput.write(Data(rawTrace.utf8))
            return 0
        }
        let header = "\(lesson.meta.title) — kernel\(kernel.name.map { " \($0)" } ?? "")"
        LineWriter().lines([header] + TracePlainText.render(events, source: lesson.source))
        return 0
    }

    /// The full-screen stepper; q leaves it (and the app), the reading position untouched.
    static func runInTerminal(lesson: Lesson, kernel: KernelSource, catalog: CourseCatalog, invocation: Invocation, paths: AppPaths, colorMode: ColorMode) -> Int32 {
        let trusted = paths.courseIsBundled || invocation.trust || askTrust(course: catalog.root, stdinIsTerminal: true)
        let log = EventLog(directory: paths.data)
        let loaded = log.load()
        var model = AppModel(catalog: catalog, progress: ReadingProgress(replaying: loaded.events))
        let effects = model.startStepper(lesson: lesson, kernel: kernel)
        let kernels = KernelService(cacheDirectory: paths.cache, workspaceDirectory: paths.data + "/workspace",
                                    courseRoot: catalog.root, trusted: trusted)
        do {
            try AppRuntime.run(model: model, log: log, kernels: kernels, colorMode: colorMode, initialEffects: effects)
        } catch {
            printError("attend: error: cannot use the terminal: \(error)")
            return 1
        }
        return 0
    }

    /// A failed run as the text a learner needs: compiler errors at lesson lines, the crash
    /// message, or what limit was hit.
    static func describe(_ outcome: KernelOutcome, result: KernelRunResult) -> String {
        switch outcome {
        case .compileFailed(let failure):
            let lines = failure.errors.map { "\($0.file):\($0.line):\($0.column): error: \($0.message)" }
            return ([outcome.headline] + (lines.isEmpty ? [failure.output] : lines)).joined(separator: "\n")
        case .crashed(let crash):
            return outcome.headline + (crash.standardError.isEmpty ? "" : "\n" + crash.standardError)
        default:
            return outcome.headline
        }
    }

    /// Asks on the terminal whether to run code from an untrusted course; no means no.
    static func askTrust(course: String, stdinIsTerminal: Bool) -> Bool {
        guard stdinIsTerminal else { return false }
        FileHandle.standardError.write(Data("Kernels are Swift programs. Run the ones in \(course)? [y/N] ".utf8))
        guard let answer = readLine() else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
