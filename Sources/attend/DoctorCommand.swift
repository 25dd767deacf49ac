import Course
import Foundation
import Kernels
import Practice
import Terminal

/// `attend doctor`: what Attend found on this machine, and whether each part works.
enum DoctorCommand {
    static func run(paths: AppPaths, environment: [String: String], outputMode: OutputMode, stdinIsTerminal: Bool, stdoutIsTerminal: Bool) -> Int32 {
        var failures = 0
        func line(_ ok: Bool?, _ label: String, _ detail: String) {
            let mark = ok == nil ? "-" : ok! ? "ok" : "!!"
            print("[\(mark)] \(label.padding(toLength: 10, withPad: " ", startingAt: 0)) \(detail)")
            if ok == false { failures += 1 }
        }
        print(HelpText.version)

        // Course
        if let root = paths.course, AppPaths.looksLikeCourse(root) {
            let catalog = CourseLoader.load(root: root)
            let quizzes = QuizLoader.load(root: root)
            let all = catalog.diagnostics + quizzes.diagnostics + QuizLinter.lint(catalog: catalog, decks: quizzes.decks)
            let errors = all.filter { $0.severity == .error }.count
            line(true, "course", "\(root) (\(paths.courseReason)\(paths.courseIsBundled ? ", bundled" : ""))")
            let items = quizzes.decks.reduce(0) { $0 + $1.items.count }
            line(errors == 0, "lessons", "\(catalog.lessons.count) lessons in \(catalog.modules.count) modules, \(quizzes.decks.count) decks with \(items) items; \(errors) errors, \(all.count - errors) warnings (attend lint for details)")
        } else {
            line(false, "course", paths.course.map { "\($0): no Lessons/course.md (\(paths.courseReason))" } ?? "none found; use --course DIR or ATTEND_COURSE")
        }

        // Data
        let log = EventLog(directory: paths.data)
        let writable = FileManager.default.isWritableFile(atPath: paths.data)
            || !FileManager.default.fileExists(atPath: paths.data) && FileManager.default.isWritableFile(atPath: (paths.data as NSString).deletingLastPathComponent)
            || !FileManager.default.fileExists(atPath: (paths.data as NSString).deletingLastPathComponent)
        line(writable, "data", "\(paths.data) (\(paths.dataReason))\(writable ? "" : " is not writable")")
        if FileManager.default.fileExists(atPath: log.path) {
            let loaded = log.load()
            line(loaded.problems.isEmpty, "log", "\(loaded.events.count) events; \(loaded.problems.count) damaged lines set aside")
        } else {
            line(nil, "log", "no events yet (\(log.path))")
        }
        line(nil, "config", paths.config + (FileManager.default.fileExists(atPath: paths.config) ? "" : " (not present; defaults used)"))
        line(nil, "cache", paths.cache)

        // Terminal
        let term = environment["TERM"] ?? "(unset)"
        let mode: String
        switch outputMode {
        case .lines: mode = "line mode (no escape sequences)"
        case .screen(let colors): mode = "full screen, \(colors)"
        }
        line(nil, "terminal", "TERM=\(term) COLORTERM=\(environment["COLORTERM"] ?? "(unset)") NO_COLOR=\(environment["NO_COLOR"].map { $0.isEmpty ? "(empty)" : "set" } ?? "(unset)")")
        line(nil, "output", "\(mode); stdin \(stdinIsTerminal ? "is" : "is not") a terminal, stdout \(stdoutIsTerminal ? "is" : "is not")")

        // Toolchain: found the way `attend run` finds it.
        switch Toolchain.locate(environment: environment) {
        case .success(let toolchain):
            let version = (try? toolchain.readVersion()) ?? "version unknown"
            line(true, "swiftc", "\(toolchain.swiftc) — \(version)")
        case .failure(let problem):
            line(nil, "swiftc", "\(problem) Until then, kernels play their recordings.")
        }
        return failures == 0 ? 0 : 1
    }
}
