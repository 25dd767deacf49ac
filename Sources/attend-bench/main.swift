import Course
import Foundation

/// `swift run -c release attend-bench`: measures the budgets of SPEC §9 and prints them as
/// a table whose figures go into the README.
///
/// Usage: attend-bench [--quick] [--course DIR]
let arguments = Array(CommandLine.arguments.dropFirst())
let quick = arguments.contains("--quick")
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

print("| what | budget | measured |")
print("|---|---|---|")

// Launch to first complete frame, and memory, with the bundled course.
if FileManager.default.isExecutableFile(atPath: attendBinary) {
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
} else {
    print("(no attend binary next to attend-bench at \(attendBinary): build it with swift build -c release)")
}

// Keypress to frame at 200×60.
let catalog = CourseLoader.load(root: course)
let frames = FrameBenchmark(catalog: catalog, width: 200, height: 60).run(iterations: quick ? 200 : 2000)
row("one keypress (scroll) to frame bytes, 200×60, mean / p99", "≤ 2 ms", String(format: "%.3f / %.3f ms", frames.meanMicroseconds / 1000, frames.p99Microseconds / 1000))
row("bytes written per scroll frame, against the changed cells' own bytes", "≤ 2×", String(format: "%.0f bytes, %.2f×", frames.meanBytes, frames.bytesPerChangedCellByte))

// Lesson parsing.
let lessonFiles: [(path: String, text: String)] = catalog.lessons.compactMap { lesson in
    let path = course + "/" + lesson.source
    return (try? String(contentsOfFile: path, encoding: .utf8)).map { (lesson.source, $0) }
}
let parse = ParseBenchmark(files: lessonFiles).run(seconds: quick ? 0.3 : 2)
row("lesson parse throughput (\(lessonFiles.count) lessons)", "—", String(format: "%.1f MB/s, %.0f lessons/s", parse.megabytesPerSecond, parse.lessonsPerSecond))
