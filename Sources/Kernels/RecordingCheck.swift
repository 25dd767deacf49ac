import Course
import Foundation

/// Keeps `Assets/Traces/` in step with the course's kernels: `attend lint` reports recordings
/// that are missing or stale, `attend lint --record` runs every kernel and rewrites them.
///
/// ```swift
/// let problems = RecordingCheck.check(catalog: catalog)            // attend lint
/// let failures = RecordingCheck.record(catalog: catalog, runner: runner) { print($0) }  // --record
/// ```
///
/// A problem with a recording is reported at the first code line of the kernel it belongs
/// to, because that is what an author edits; the message names the recording file and the
/// command that fixes it.
public enum RecordingCheck {
    /// The command that rewrites recordings, named in every message about a stale one.
    public static let recordCommand = "attend lint --record"

    /// One kernel of the catalog and the recording it should have.
    struct Entry {
        var lesson: Lesson
        var kernel: KernelSource
        /// Root-relative: `Assets/Traces/<lesson>[.<name>].jsonl`.
        var path: String

        var label: String { kernel.name.map { "\(lesson.id).\($0)" } ?? lesson.id }
    }

    static func entries(of catalog: CourseCatalog) -> [Entry] {
        catalog.lessons.flatMap { lesson in
            lesson.kernels.map { Entry(lesson: lesson, kernel: $0, path: Recording.path(lesson: lesson.id, kernel: $0.name)) }
        }
    }

    static func absolute(_ relative: String, root: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    // MARK: - Check

    /// Every kernel whose recording is missing, unreadable or stale, as an error at the
    /// kernel's first line; a recording no kernel owns, as a warning on the recording.
    /// Reads files; runs nothing.
    public static func check(catalog: CourseCatalog) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let entries = entries(of: catalog)
        for entry in entries {
            if let problem = problem(with: entry, root: catalog.root) {
                diagnostics.append(.error(entry.lesson.source, entry.kernel.firstLine, 1, problem))
            }
        }
        diagnostics += orphans(in: catalog.root, owned: Set(entries.map(\.path)))
        return diagnostics
    }

    /// Why `entry`'s recording cannot be played as it is; nil when it is up to date.
    static func problem(with entry: Entry, root: String) -> String? {
        let fix = ": run \(recordCommand)"
        guard let data = FileManager.default.contents(atPath: absolute(entry.path, root: root)) else {
            return "recording \(entry.path) is missing\(fix)"
        }
        guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
            return "recording \(entry.path) is not UTF-8 text\(fix)"
        }
        let (recording, problems) = Recording.parse(text, source: entry.path)
        guard let recording else {
            let reason = problems.first.map { " (\($0.message))" } ?? ""
            return "recording \(entry.path) is unreadable\(reason)\(fix)"
        }
        if let first = problems.first {
            return "recording \(entry.path) is damaged (line \(first.line): \(first.message))\(fix)"
        }
        if recording.lesson != entry.lesson.id || recording.kernel != entry.kernel.name {
            return "recording \(entry.path) was made for another kernel\(fix)"
        }
        if recording.isStale(for: entry.kernel) {
            return "recording \(entry.path) is stale\(fix)"
        }
        return nil
    }

    /// `.jsonl` files in `Assets/Traces/` that belong to no kernel (a lesson or kernel was
    /// renamed or removed): harmless, so warnings.
    static func orphans(in root: String, owned: Set<String>) -> [Diagnostic] {
        let folder = "Assets/Traces"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: absolute(folder, root: root))) ?? []
        return names.sorted().compactMap { name in
            let path = folder + "/" + name
            guard name.hasSuffix(".jsonl"), !name.hasPrefix("."), !owned.contains(path) else { return nil }
            return .warning(path, 0, 0, "recording has no kernel in the course (renamed or removed?); delete it")
        }
    }

    // MARK: - Record

    /// Runs every kernel of `catalog` and rewrites its recording when the trace changed.
    ///
    /// A kernel that does not compile, crashes, times out or writes lines that are not trace
    /// events leaves its recording as it was and gives an error (the compiler's own errors
    /// for a compile failure). Runs two kernels at a time after the first, which builds
    /// KernelKit alone. `progress` hears `Recording <lesson>[.<name>]…` per kernel and the
    /// runner's messages, from worker threads.
    public static func record(catalog: CourseCatalog, runner: KernelRunner,
                              progress: @escaping @Sendable (String) -> Void = { _ in }) -> [Diagnostic] {
        let entries = entries(of: catalog)
        guard !entries.isEmpty else { return [] }
        let results = ResultSlots(count: entries.count)
        let next = NextIndex(start: 1)
        let work: @Sendable (Int) -> Void = { index in
            let entry = entries[index]
            progress("Recording \(entry.label)…")
            let result = runner.run(KernelJob(lesson: entry.lesson, kernel: entry.kernel), progress: progress)
            results.set(index, record(result, for: entry, root: catalog.root))
        }
        work(0)
        DispatchQueue.concurrentPerform(iterations: min(2, entries.count - 1)) { _ in
            while let index = next.take(below: entries.count) { work(index) }
        }
        return results.all.flatMap { $0 }
    }

    /// Writes the recording for a finished run, or says why it was not written.
    static func record(_ result: KernelRunResult, for entry: Entry, root: String) -> [Diagnostic] {
        let source = entry.lesson.source
        let line = entry.kernel.firstLine
        let untouched = "recording \(entry.path) left as it was"
        guard result.outcome == .succeeded else {
            var diagnostics = [Diagnostic.error(source, line, 1,
                "kernel \(entry.label) did not run to the end, \(untouched): \(result.outcome.headline)")]
            if case .compileFailed(let failure) = result.outcome {
                diagnostics += failure.errors.compactMap(\.diagnostic)
            }
            return diagnostics
        }
        for event in result.events {
            if case .malformed(let problem) = event {
                return [.error(source, line, 1,
                    "kernel \(entry.label) wrote a line that is not a trace event (use say(…) to print), \(untouched): \(problem)")]
            }
        }
        let text = Recording.make(lesson: entry.lesson.id, kernel: entry.kernel, trace: result.trace)
        let path = absolute(entry.path, root: root)
        if let old = FileManager.default.contents(atPath: path), old == Data(text.utf8) { return [] }
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return []
        } catch {
            return [.error(entry.path, 0, 0, "cannot write the recording of \(entry.label): \(error.localizedDescription)")]
        }
    }
}

/// Results of concurrent work, one slot per job, in job order.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[Diagnostic]]

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [Diagnostic]) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
    }

    var all: [[Diagnostic]] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

/// Hands out job indices to worker threads, each once.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var next: Int

    init(start: Int) { next = start }

    func take(below end: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < end else { return nil }
        defer { next += 1 }
        return next
    }
}
