import Course
import Foundation
import Kernels
import Screens
import Terminal

/// One keypress to frame bytes at a given size, in process: update, view, diff.
///
/// Also reports how many bytes each frame took against the bytes the changed cells' text
/// needs on its own, the measure SPEC §9 puts a budget on (≤ 2×).
struct FrameBenchmark {
    let catalog: CourseCatalog
    let width: Int
    let height: Int

    struct Result {
        var meanMicroseconds: Double
        var p99Microseconds: Double
        var meanBytes: Double
        var bytesPerChangedCellByte: Double
    }

    func run(iterations: Int) -> Result {
        guard let lesson = catalog.lessons.first else {
            return Result(meanMicroseconds: 0, p99Microseconds: 0, meanBytes: 0, bytesPerChangedCellByte: 0)
        }
        var model = AppModel(catalog: catalog, progress: .init(), openLesson: lesson.id)
        _ = model.update(.resize(width: width, height: height), now: 0)
        var previous = Buffer(width: width, height: height)
        model.view(into: &previous)
        var times: [Double] = []
        var totalBytes = 0
        var totalCellBytes = 0
        var down = true
        for _ in 0..<iterations {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = model.update(.key(.char(down ? "j" : "k"), []), now: 0)
            var frame = Buffer(width: width, height: height)
            model.view(into: &frame)
            let bytes = Renderer.frame(from: previous, to: frame, mode: .ansi256)
            let elapsed = DispatchTime.now().uptimeNanoseconds - start
            if bytes.isEmpty { down.toggle() }  // reached an end: scroll the other way
            times.append(Double(elapsed) / 1000)
            totalBytes += bytes.count
            totalCellBytes += changedCellBytes(previous, frame)
            previous = frame
        }
        times.sort()
        return Result(
            meanMicroseconds: times.reduce(0, +) / Double(times.count),
            p99Microseconds: times[min(times.count - 1, times.count * 99 / 100)],
            meanBytes: Double(totalBytes) / Double(iterations),
            bytesPerChangedCellByte: totalCellBytes == 0 ? 0 : Double(totalBytes) / Double(totalCellBytes))
    }

    /// The UTF-8 bytes of the text of every cell that differs between two frames.
    private func changedCellBytes(_ a: Buffer, _ b: Buffer) -> Int {
        var bytes = 0
        for y in 0..<b.height {
            for x in 0..<b.width where a[x, y] != b[x, y] {
                bytes += max(1, String(b[x, y].text).utf8.count)
            }
        }
        return bytes
    }
}

/// One keypress to frame bytes in the kernel stepper, stepping forward and back through a
/// recorded trace at a given size.
struct StepperFrameBenchmark {
    let lesson: Lesson
    let kernel: KernelSource
    let events: [TraceEvent]
    let width: Int
    let height: Int

    func run(iterations: Int) -> (meanMicroseconds: Double, p99Microseconds: Double) {
        var screen = StepperScreen(lesson: lesson, kernel: kernel, source: .recording("benchmark"))
        screen.resize(width: width, height: height)
        screen.load(.events(events))
        let theme = Theme()
        var previous = Buffer(width: width, height: height)
        screen.view(into: &previous, theme: theme)
        var times: [Double] = []
        var forward = true
        var position = 0
        for _ in 0..<iterations {
            let start = DispatchTime.now().uptimeNanoseconds
            // At a question, Esc skips it; otherwise step.
            let key: Key = screen.isTypingPrediction ? .escape : (forward ? .right : .left)
            _ = screen.handle(key, [], now: 0)
            var frame = Buffer(width: width, height: height)
            screen.view(into: &frame, theme: theme)
            _ = Renderer.frame(from: previous, to: frame, mode: .ansi256)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
            previous = frame
            position += forward ? 1 : -1
            if position >= 12 || position <= 0 { forward.toggle() }
        }
        times.sort()
        return (times.reduce(0, +) / Double(times.count), times[min(times.count - 1, times.count * 99 / 100)])
    }
}

/// Lesson parsing throughput over the bundled course.
struct ParseBenchmark {
    let files: [(path: String, text: String)]

    func run(seconds: Double) -> (megabytesPerSecond: Double, lessonsPerSecond: Double) {
        let totalBytes = files.reduce(0) { $0 + $1.text.utf8.count }
        var rounds = 0
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            for file in files { _ = LessonParser.parse(file.text, source: file.path) }
            rounds += 1
        }
        let elapsed = Date().timeIntervalSince(start)
        return (Double(totalBytes * rounds) / elapsed / 1e6, Double(files.count * rounds) / elapsed)
    }
}
