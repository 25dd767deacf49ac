// Kernels import only KernelKit; re-exporting Foundation gives them exp, log, sqrt
// and String(format:) on plain Doubles without a second import.
@_exported import Foundation

/// Settings shared by every KernelKit call: where failures go and where trace lines go.
///
/// A kernel never touches these. They exist so that tests (and a host that runs
/// kernels in-process) can capture what a kernel would write, instead of exiting:
///
/// ```swift
/// let failures = KernelRuntime.collectingFailures {
///     _ = matmul(Matrix.zeros(4, 3), Matrix.zeros(4, 4))
/// }
/// // failures[0].description == "matmul: 4×3 · 4×4, inner sizes 3 and 4 differ (line 2)"
///
/// let lines = KernelRuntime.capturingTrace { say("hello") }
/// // lines == [#"{"kind":"say","text":"hello","line":…}"#]
/// ```
///
/// Both settings are task-local, so tests running in parallel do not see each other.
// Not named `KernelKit`: a type with the module's name would hide the module, and a kernel
// could no longer write `KernelKit.softmax` to reach ours past its own `softmax`.
public enum KernelRuntime {
    /// Receives a failure; the default prints it to standard error and exits with status 70.
    ///
    /// If a replacement returns, the failing operation returns a placeholder value
    /// (zeros of a plausible shape, or NaN) and the kernel carries on.
    public typealias FailureHandler = @Sendable (KernelKitFailure) -> Void

    /// Receives one trace event as a single line of JSON, without the newline.
    public typealias TraceSink = @Sendable (String) -> Void

    /// The exit status of a kernel stopped by a KernelKit error.
    public static let failureExitStatus: Int32 = 70

    /// Where failures go; bind with `KernelRuntime.$failureHandler.withValue(…) { … }`.
    @TaskLocal public static var failureHandler: FailureHandler = reportAndExit

    /// Where trace lines go; bind with `KernelRuntime.$traceSink.withValue(…) { … }`.
    @TaskLocal public static var traceSink: TraceSink = writeLineToStandardOutput

    /// The default failure handler: `KernelKit error: …` on standard error, flush, exit 70.
    public static let reportAndExit: FailureHandler = { failure in
        // Flush whatever the kernel printed itself before the process ends.
        fflush(nil)
        let text = "KernelKit error: \(failure.description)\n"
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
        exit(failureExitStatus)
    }

    /// The default trace sink: one line on standard output, written at once.
    public static let writeLineToStandardOutput: TraceSink = { line in
        // FileHandle writes straight to the descriptor; fflush keeps any print()
        // output the kernel made in the right order before this line.
        fflush(nil)
        try? FileHandle.standardOutput.write(contentsOf: Data((line + "\n").utf8))
    }

    /// Runs `body` with failures recorded instead of fatal, and returns them in order.
    public static func collectingFailures(_ body: () throws -> Void) rethrows -> [KernelKitFailure] {
        let box = LockedList<KernelKitFailure>()
        try $failureHandler.withValue({ box.append($0) }, operation: body)
        return box.items
    }

    /// Runs `body` with trace lines captured in memory, and returns them in order.
    public static func capturingTrace(_ body: () throws -> Void) rethrows -> [String] {
        let box = LockedList<String>()
        try $traceSink.withValue({ box.append($0) }, operation: body)
        return box.items
    }

    /// Reports a failure through the current handler.
    static func fail(_ message: String, line: Int? = nil) {
        failureHandler(KernelKitFailure(message: message, line: line))
    }
}

/// A shape mismatch, an index out of range, or another misuse that stops a kernel.
public struct KernelKitFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, naming the operation and the shapes, e.g. `+: 2×3 and 3×2 differ in shape`.
    public let message: String
    /// The kernel's source line of the failing call, when the call could record it.
    public let line: Int?

    public init(message: String, line: Int?) {
        self.message = message
        self.line = line
    }

    /// The message with ` (line N)` appended when the line is known.
    public var description: String {
        guard let line else { return message }
        return "\(message) (line \(line))"
    }
}

/// An append-only list that closures from any thread may add to.
final class LockedList<Item: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Item] = []

    func append(_ item: Item) {
        lock.lock()
        storage.append(item)
        lock.unlock()
    }

    var items: [Item] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// How shapes are named in error messages: `4×3`, or `vector of 4`.
enum ShapeText {
    static func matrix(_ rows: Int, _ cols: Int) -> String { "\(rows)×\(cols)" }
    static func vector(_ count: Int) -> String { "vector of \(count)" }
    static func entries(_ count: Int) -> String { count == 1 ? "1 entry" : "\(count) entries" }
}
