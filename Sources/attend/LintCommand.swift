import Course
import Foundation
import Kernels

/// `attend lint [PATH…]`: every problem in the course as `path:line:col: severity: message`.
enum LintCommand {
    /// Returns the exit status: 1 when any error was found.
    static func run(targets: [String], record: Bool, paths: AppPaths) -> Int32 {
        let cwd = FileManager.default.currentDirectoryPath
        // Each target is a course root, or a file or folder inside a course. Targets in the
        // same course make one job, so the course is checked (and counted) once.
        var jobs: [(root: String, filters: [String]?)] = []
        func add(_ root: String, _ filter: String?) {
            guard let index = jobs.firstIndex(where: { $0.root == root }) else {
                jobs.append((root, filter.map { [$0] }))
                return
            }
            if let filter, jobs[index].filters != nil { jobs[index].filters?.append(filter) } else { jobs[index].filters = nil }
        }
        if targets.isEmpty {
            guard let root = paths.course else {
                printError("attend: error: no course found to lint. Pass a course directory or use --course DIR.")
                return 1
            }
            add(root, nil)
        }
        for target in targets {
            let absolute = URL(fileURLWithPath: target, relativeTo: URL(fileURLWithPath: cwd + "/")).standardizedFileURL.path
            guard FileManager.default.fileExists(atPath: absolute) else {
                printError("\(target): error: no such file or directory")
                return 1
            }
            if AppPaths.looksLikeCourse(absolute) {
                add(absolute, nil)
            } else if let root = AppPaths.walkUp(from: (absolute as NSString).deletingLastPathComponent, isCourse: AppPaths.looksLikeCourse) {
                add(root, absolute)
            } else {
                printError("\(target): error: not inside a course (no Lessons/course.md above it)")
                return 1
            }
        }
        var errors = 0
        var warnings = 0
        var files = 0
        var decks = 0
        for job in jobs {
            let catalog = CourseLoader.load(root: job.root)
            let quizzes = QuizLoader.load(root: job.root)
            var recordings: [Diagnostic] = []
            if record {
                guard case .success(let toolchain) = Toolchain.locate() else {
                    printError("attend: error: --record needs a Swift toolchain (swiftc on PATH or SWIFT_EXEC)")
                    return 1
                }
                let runner = KernelRunner(toolchain: toolchain, cacheDirectory: paths.cache)
                recordings = RecordingCheck.record(catalog: catalog, runner: runner) { printError($0) }
            } else {
                recordings = RecordingCheck.check(catalog: catalog)
            }
            decks += quizzes.decks.count
            let all = catalog.diagnostics + quizzes.diagnostics
                + QuizLinter.lint(catalog: catalog, decks: quizzes.decks) + recordings
            let diagnostics = all.filter { d in
                guard let filters = job.filters else { return true }
                let full = d.file.hasPrefix("/") ? d.file : job.root + "/" + d.file
                return filters.contains { full == $0 || full.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
            }
            var seen = Set<Diagnostic>()
            for d in diagnostics where seen.insert(d).inserted {
                print(displayPath(d, root: job.root))
                if d.severity == .error { errors += 1 } else { warnings += 1 }
            }
            files += catalog.lessons.count
        }
        let summary = "\(files) lesson\(files == 1 ? "" : "s") and \(decks) deck\(decks == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        printError(summary)
        return errors > 0 ? 1 : 0
    }
}
