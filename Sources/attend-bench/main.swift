import Course
import Foundation
import Kernels
import Practice

/// `swift run -c release attend-bench`: measures the budgets of SPEC §9 and prints them as
/// a table whose figures go into the README.
///
/// Usage: attend-bench [--quick] [--course DIR] [--only launch|frames|parse|replay|queue|pyfsrs|kernel] [--repeat N]
///
/// Without `--only` every figure is measured, each in a fresh process.
let arguments = Array(CommandLine.arguments.dropFirst())
let quick = arguments.contains("--quick")
/// `--only NAME` (repeatable) runs just the named figures, for profiling one of them.
let only: Set<String> = Set(arguments.indices.compactMap { arguments[$0] == "--only" && $0 + 1 < arguments.count ? arguments[$0 + 1] : nil })
func wants(_ figure: String) -> Bool { only.isEmpty || only.contains(figure) }
/// `--repeat N` sets how many times the due queue is built (the best run is reported).
let queueRepetitions: Int = {
    if let i = arguments.firstIndex(of: "--repeat"), i + 1 < arguments.count, let n = Int(arguments[i + 1]), n > 0 { return n }
    return quick ? 1 : 5
}()
let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()
let course: String = {
    if let i = arguments.firstIndex(of: "--course"), i + 1 < arguments.count { return arguments[i + 1] }
    return packageRoot
}()
let binaryDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
let attendBinary = binaryDirectory + "/attend"

func row(_ what: String, _ budget: String, _ measured: String) {
    print("| \(what) | \(budget) | \(measured) |")
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

if !arguments.contains("--no-header") {
    print("| what | budget | measured |")
    print("|---|---|---|")
    fflush(nil)  // every output stream, before the measuring processes write their rows
}

// Without --only, each figure is measured in a fresh process of its own, so no figure pays
// for the heap and threads an earlier one left behind.
if only.isEmpty {
    let figures = ["launch", "frames", "parse", "replay", "queue", "pyfsrs", "kernel"]
    for figure in figures {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = arguments + ["--only", figure, "--no-header"]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            print("(\(figure): could not start a measuring process: \(error))")
        }
    }
    exit(0)
}

// Launch to first complete frame, and memory, with the bundled course.
if wants("launch"), !FileManager.default.isExecutableFile(atPath: attendBinary) {
    print("(no attend binary next to attend-bench at \(attendBinary): build it with swift build -c release)")
}
if wants("launch"), FileManager.default.isExecutableFile(atPath: attendBinary) {
    let launch = LaunchBenchmark(binary: attendBinary, course: course, width: 80, height: 24)
    var samples: [LaunchBenchmark.Sample] = []
    for _ in 0..<(quick ? 3 : 15) {
        do { samples.append(try launch.runOnce()) } catch { print("launch: \(error)"); break }
    }
    if !samples.isEmpty {
        row("launch to first complete frame, bundled course (median of \(samples.count))", "≤ 50 ms", String(format: "%.1f ms", median(samples.map(\.milliseconds))))
        let rss = samples.compactMap(\.residentKB).max()
        row("resident memory with the bundled course", "≤ 40 MB", rss.map { String(format: "%.1f MB", Double($0) / 1024) } ?? "n/a")
    }
}

// Launch with a synthetic course of 2,000 lessons and 20,000 quiz items.
if wants("launch"), FileManager.default.isExecutableFile(atPath: attendBinary) {
    do {
        let big = try SyntheticCourse.make(from: course, lessons: 2_000, items: 20_000)
        let launch = LaunchBenchmark(binary: attendBinary, course: big, width: 80, height: 24)
        var samples: [Double] = []
        for _ in 0..<(quick ? 2 : 7) { samples.append(try launch.runOnce().milliseconds) }
        row("launch to first frame, synthetic course of 2,000 lessons and 20,000 items (median of \(samples.count))", "≤ 400 ms", String(format: "%.0f ms", median(samples)))
        try? FileManager.default.removeItem(atPath: big)
    } catch {
        print("synthetic launch: \(error)")
    }
}

// Keypress to frame at 200×60.
// Parsed only for the figures that use it, so the others measure in a clean process.
let catalog = wants("frames") || wants("parse") || wants("kernel") ? CourseLoader.load(root: course) : CourseCatalog(root: course)
if wants("frames") {
    let frames = FrameBenchmark(catalog: catalog, width: 200, height: 60).run(iterations: quick ? 200 : 2000)
    row("one keypress (scroll) to frame bytes, 200×60, mean / p99", "≤ 2 ms", String(format: "%.3f / %.3f ms", frames.meanMicroseconds / 1000, frames.p99Microseconds / 1000))
    row("bytes written per scroll frame, against the changed cells' own bytes", "≤ 2×", String(format: "%.0f bytes, %.2f×", frames.meanBytes, frames.bytesPerChangedCellByte))
}

// Keypress to frame in the kernel stepper, on the recorded tf-attention trace.
if wants("frames") {
    if let lesson = catalog.lesson(id: "tf-attention"), let kernel = lesson.mainKernel,
       let recording = Recording.load(courseRoot: course, lesson: lesson.id, kernel: nil) {
        let stepper = StepperFrameBenchmark(lesson: lesson, kernel: kernel, events: recording.events, width: 200, height: 60).run(iterations: quick ? 200 : 2000)
        row("one keypress (step) to frame bytes in the kernel stepper, 200×60, mean / p99", "≤ 2 ms", String(format: "%.3f / %.3f ms", stepper.meanMicroseconds / 1000, stepper.p99Microseconds / 1000))
    }
}

// Lesson parsing.
if wants("parse") {
    let lessonFiles: [(path: String, text: String)] = catalog.lessons.compactMap { lesson in
        let path = course + "/" + lesson.source
        return (try? String(contentsOfFile: path, encoding: .utf8)).map { (lesson.source, $0) }
    }
    let parse = ParseBenchmark(files: lessonFiles).run(seconds: quick ? 0.3 : 2)
    row("lesson parse throughput (\(lessonFiles.count) lessons)", "—", String(format: "%.1f MB/s, %.0f lessons/s", parse.megabytesPerSecond, parse.lessonsPerSecond))
}

// FSRS replay throughput: CSV in, CSV out, as `attend srs replay` does; and scheduling alone.
if wants("replay") {
    let reviews = quick ? 100_000 : 1_000_000
    var csv = FSRSBenchmark.syntheticLog(reviews: reviews, cards: reviews / 100, seed: 7)
    // As `attend srs replay` does: the file's UTF-8 bytes in, the output made and handed on
    // a block at a time (here counted rather than written to a terminal or disk). Best of five:
    // on this shared two-core machine a run now and then loses one core to the host.
    var outputBytes = 0
    var replaySeconds = Double.infinity
    for _ in 0..<5 {
        outputBytes = 0
        let start = Date()
        _ = csv.withUTF8 { SRSReplay.run(bytes: $0, source: "synthetic.csv") { outputBytes += $0.count } }
        replaySeconds = min(replaySeconds, Date().timeIntervalSince(start))
    }
    row("FSRS replay of \(reviews) reviews, CSV to CSV (best of 5)", "≥ 1,000,000 reviews/s", String(format: "%.2f M reviews/s (%d output bytes)", Double(reviews) / replaySeconds / 1e6, outputBytes))
    let parsedReviews = FSRSBenchmark.syntheticReviews(reviews: reviews, cards: reviews / 100, seed: 7)
    let start = Date()
    _ = FSRSBenchmark.scheduleOnly(parsedReviews)
    row("FSRS scheduling alone (no CSV)", "—", String(format: "%.2f M reviews/s", Double(reviews) / Date().timeIntervalSince(start) / 1e6))
}

// The due queue from a 200,000-event log: decode, replay through FSRS, build the queue.
if wants("queue") {
    let queue = DueQueueBenchmark.run(events: 200_000, cards: 5_000, repetitions: queueRepetitions)
    row("building the due queue from a 200,000-event log (decode / replay / queue)", "≤ 100 ms",
        String(format: "%.0f ms (%.0f / %.0f / %.0f)", queue.totalSeconds * 1000, queue.decodeSeconds * 1000, queue.replaySeconds * 1000, queue.queueSeconds * 1000))
}

// Side by side with py-fsrs on the same 200,000-review log, when it is installed.
if wants("pyfsrs") {
    var comparisonCSV = FSRSBenchmark.syntheticLog(reviews: quick ? 20_000 : 200_000, cards: 2_000, seed: 11)
    let comparisonPath = NSTemporaryDirectory() + "attend-bench-replay.csv"
    if (try? comparisonCSV.write(toFile: comparisonPath, atomically: true, encoding: .utf8)) != nil {
        let count = comparisonCSV.split(separator: "\n").count - 1
        var oursSeconds = Double.infinity
        for _ in 0..<7 {  // best of seven, as above
            let start = Date()
            _ = comparisonCSV.withUTF8 { SRSReplay.run(bytes: $0, source: "replay.csv") { _ in } }
            oursSeconds = min(oursSeconds, Date().timeIntervalSince(start))
        }
        let ours = Double(count) / oursSeconds
        let parsed = FSRSBenchmark.syntheticReviews(reviews: count, cards: 2_000, seed: 11)
        let start = Date()
        _ = FSRSBenchmark.scheduleOnly(parsed)
        let oursScheduling = Double(count) / Date().timeIntervalSince(start)
        if let theirs = PyFSRSComparison.reviewsPerSecond(csvPath: comparisonPath) {
            // py-fsrs is timed over its scheduling loop (rows already read, nothing written).
            row("FSRS replay against py-fsrs on the same \(count)-review log (ours CSV to CSV / ours scheduling)", "≥ 50×",
                String(format: "py-fsrs %.0f /s; ours %.2f M/s = %.0f×, scheduling %.2f M/s = %.0f×",
                       theirs, ours / 1e6, ours / theirs, oursScheduling / 1e6, oursScheduling / theirs))
        } else {
            print("(py-fsrs not installed: set ATTEND_PYFSRS_PYTHON to a Python with `pip install fsrs` for the comparison)")
        }
        try? FileManager.default.removeItem(atPath: comparisonPath)
    }
}

// Kernels: first compile with KernelKit cached, and a cached re-run.
if wants("kernel"), case .success(let toolchain) = Toolchain.locate(), let lesson = catalog.lessons.first, let kernel = lesson.mainKernel {
    let cache = NSTemporaryDirectory() + "attend-bench-kernels"
    let runner = KernelRunner(toolchain: toolchain, cacheDirectory: cache)
    _ = runner.run(KernelJob(lesson: lesson, kernel: kernel))  // builds KernelKit if needed
    var edited = KernelJob(lesson: lesson, kernel: kernel)
    edited.code += "\n// edited at \(Date().timeIntervalSince1970)\n"
    var start = Date()
    let first = runner.run(edited)
    let firstSeconds = Date().timeIntervalSince(start)
    start = Date()
    let again = runner.run(edited)
    let againSeconds = Date().timeIntervalSince(start)
    row("kernel: first compile and run, KernelKit cached (\(lesson.id))", "≤ 2 s", String(format: "%.2f s (%@)", firstSeconds, first.outcome == .succeeded ? "ran" : "failed"))
    row("kernel: cached re-run (no compiler)", "≤ 50 ms", String(format: "%.1f ms (compiler calls: %d)", againSeconds * 1000, again.compilerInvocations))
} else if wants("kernel") {
    print("(no swiftc: kernel figures skipped)")
}
