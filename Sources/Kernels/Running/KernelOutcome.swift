import Foundation

/// How a kernel request ended, in the terms a screen shows a learner.
public enum KernelOutcome: Sendable, Equatable {
    /// The kernel ran to the end (exit status 0); its events are in the result.
    case succeeded
    /// swiftc refused the kernel; the errors point at lines of the lesson file.
    case compileFailed(CompileFailure)
    /// The kernel stopped on its own with a non-zero status or a signal.
    case crashed(KernelCrash)
    /// Killed after the time limit, in seconds.
    case timedOut(seconds: Double)
    /// Killed after writing more than the limit, in bytes.
    case outputLimitExceeded(bytes: Int)
    /// Stopped because the caller cancelled.
    case cancelled
    /// Something other than the kernel went wrong: KernelKit did not build, the cache could
    /// not be written, the compiler could not be started.
    case setupFailed(SetupFailure)

    /// One sentence for the top of the screen.
    public var headline: String {
        switch self {
        case .succeeded:
            return "The kernel ran to the end."
        case .compileFailed(let failure):
            switch failure.errors.count {
            case 0: return "The kernel does not compile."
            case 1: return "The kernel does not compile: 1 error."
            case let count: return "The kernel does not compile: \(count) errors."
            }
        case .crashed(let crash):
            return crash.headline
        case .timedOut(let seconds):
            return "The kernel was stopped after \(Self.secondsText(seconds)): it ran longer than the time limit."
        case .outputLimitExceeded(let bytes):
            return "The kernel was stopped after writing \(Self.bytesText(bytes)) of output, the limit."
        case .cancelled:
            return "The kernel was cancelled."
        case .setupFailed(let failure):
            return failure.message
        }
    }

    private static func secondsText(_ seconds: Double) -> String {
        seconds.rounded() == seconds ? "\(Int(seconds)) s" : "\(seconds) s"
    }

    private static func bytesText(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }
}

/// swiftc's verdict on a kernel that does not compile.
public struct CompileFailure: Sendable, Equatable {
    /// Every located message, in the compiler's order (errors, warnings and their notes).
    public var diagnostics: [CompilerDiagnostic]
    /// The compiler's whole output, source excerpts and carets included.
    public var output: String

    public init(diagnostics: [CompilerDiagnostic], output: String) {
        self.diagnostics = diagnostics
        self.output = output
    }

    public var errors: [CompilerDiagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// A kernel that stopped by itself: its status and what it wrote to standard error.
public struct KernelCrash: Sendable, Equatable {
    public let termination: ProcessTermination
    public let standardError: String
    /// `KernelKit error: matmul: 4×3 · 4×4, inner sizes 3 and 4 differ (line 47)` → the message
    /// after the prefix; nil when the kernel did not stop through KernelKit.
    public let kernelKitMessage: String?
    /// The Swift runtime's `Fatal error: …` line (an index out of range, a nil unwrapped), if any.
    public let runtimeMessage: String?

    /// Reads the messages out of `standardError` once (the stepper shows them every frame).
    public init(termination: ProcessTermination, standardError: String) {
        self.termination = termination
        self.standardError = standardError
        let lines = standardError.split(separator: "\n")
        kernelKitMessage = lines.first { $0.hasPrefix("KernelKit error: ") }.map { String($0.dropFirst("KernelKit error: ".count)) }
        runtimeMessage = lines.lazy.compactMap { line in line.range(of: "Fatal error: ").map { String(line[$0.lowerBound...]) } }.first
    }

    /// The lesson line the failure names, from ` (line N)` at the end of a KernelKit error.
    public var line: Int? {
        guard let message = kernelKitMessage, message.hasSuffix(")"),
              let open = message.range(of: " (line ", options: .backwards) else { return nil }
        return Int(message[open.upperBound...].dropLast())
    }

    public var headline: String {
        if let kernelKitMessage { return "The kernel stopped: \(kernelKitMessage)" }
        if let runtimeMessage { return "The kernel crashed: \(runtimeMessage)" }
        return "The kernel stopped with \(termination)."
    }
}

/// A problem outside the kernel's code, with the detail an author needs to fix it.
public struct SetupFailure: Sendable, Equatable {
    public var message: String
    /// Compiler output or system error text behind the message; may be empty.
    public var detail: String

    public init(message: String, detail: String = "") {
        self.message = message
        self.detail = detail
    }
}
