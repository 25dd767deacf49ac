import Foundation

/// Compiles a lesson kernel (or takes it from the cache) and runs it under limits.
///
/// ```swift
/// guard case .success(let toolchain) = Toolchain.locate() else { /* play the recording */ }
/// let runner = KernelRunner(toolchain: toolchain, cacheDirectory: paths.cache)
/// let result = runner.run(job, cancellation: cancel) { message in showSpinner(message) }
/// if case .succeeded = result.outcome { stepper.show(result.events) }
/// ```
///
/// `run` blocks until the kernel ends: call it off the main thread (or use the `async`
/// form), and cancel from anywhere with the `KernelCancellation` you passed in.
public struct KernelRunner: Sendable {
    public let toolchain: Toolchain
    /// The cache directory, e.g. `$XDG_CACHE_HOME/attend`; created when first needed.
    public let cacheDirectory: String
    public let kernelKit: KernelKitSource
    public var limits: KernelLimits
    private var builder: KernelBuilder

    public init(toolchain: Toolchain, cacheDirectory: String, kernelKit: KernelKitSource = .locate(),
                limits: KernelLimits = .standard) {
        self.toolchain = toolchain
        self.cacheDirectory = cacheDirectory
        self.kernelKit = kernelKit
        self.limits = limits
        self.builder = KernelBuilder(toolchain: toolchain, cacheDirectory: cacheDirectory, kernelKit: kernelKit)
    }

    /// Compiles (unless cached) and runs `job`; `progress` hears "Building KernelKit (first
    /// run only)…", "Compiling the kernel…" and "Running the kernel…" as each begins.
    public func run(_ job: KernelJob, cancellation: KernelCancellation = KernelCancellation(),
                    progress: @Sendable (String) -> Void = { _ in }) -> KernelRunResult {
        let build = builder.executable(for: job, cancellation: cancellation, progress: progress)
        let executable: String
        switch build.executable {
        case .failure(let stop):
            return KernelRunResult(outcome: stop.outcome, compilerInvocations: build.compilerInvocations)
        case .success(let path):
            executable = path
        }
        if cancellation.isCancelled {
            return KernelRunResult(outcome: .cancelled, compilerInvocations: build.compilerInvocations)
        }
        progress("Running the kernel…")
        var environment = ProcessInfo.processInfo.environment
        // A crash report should be the runtime's one-line message, not a multi-second
        // symbolicated backtrace that the output limit would cut anyway.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let run: ProcessRun
        do {
            run = try ProcessRunner.run(executable: executable, arguments: [], environment: environment,
                                        limits: limits, cancellation: cancellation)
        } catch {
            return KernelRunResult(outcome: .setupFailed(SetupFailure(message: "The compiled kernel could not be started.",
                                                                      detail: "\(error)")),
                                   compilerInvocations: build.compilerInvocations)
        }
        let trace = String(decoding: run.standardOutput, as: UTF8.self)
        let errors = String(decoding: run.standardError, as: UTF8.self)
        let outcome: KernelOutcome
        switch run.ending {
        case .ended(.exited(0)): outcome = .succeeded
        case .ended(let termination): outcome = .crashed(KernelCrash(termination: termination, standardError: errors))
        case .timedOut: outcome = .timedOut(seconds: limits.timeLimit)
        case .outputLimitExceeded: outcome = .outputLimitExceeded(bytes: limits.outputLimit)
        case .cancelled: outcome = .cancelled
        }
        return KernelRunResult(outcome: outcome, events: TraceDecoder.decode(trace), trace: trace,
                               standardError: errors, compilerInvocations: build.compilerInvocations,
                               runSeconds: run.elapsedSeconds)
    }

    /// `run` on a thread of its own; cancelling the task kills the compiler or the kernel.
    public func run(_ job: KernelJob, progress: @escaping @Sendable (String) -> Void = { _ in }) async -> KernelRunResult {
        let cancellation = KernelCancellation()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                // A thread, not the cooperative pool: the run blocks on the child for seconds.
                Thread {
                    continuation.resume(returning: self.run(job, cancellation: cancellation, progress: progress))
                }.start()
            }
        } onCancel: {
            cancellation.cancel()
        }
    }
}

/// Everything a screen or `attend lint` needs from one kernel request.
public struct KernelRunResult: Sendable, Equatable {
    public var outcome: KernelOutcome
    /// The decoded trace: complete after `.succeeded`, the part written before the end otherwise.
    public var events: [TraceEvent]
    /// The kernel's standard output as text: what `attend run --trace` prints and recordings hold.
    public var trace: String
    public var standardError: String
    /// How many times swiftc was run for this request: 0 when the compiled kernel was cached.
    public var compilerInvocations: Int
    /// Wall-clock seconds the kernel ran; nil when it never started.
    public var runSeconds: Double?

    public init(outcome: KernelOutcome, events: [TraceEvent] = [], trace: String = "", standardError: String = "",
                compilerInvocations: Int = 0, runSeconds: Double? = nil) {
        self.outcome = outcome
        self.events = events
        self.trace = trace
        self.standardError = standardError
        self.compilerInvocations = compilerInvocations
        self.runSeconds = runSeconds
    }

    /// True when the kernel came from the cache and no compiler ran.
    public var wasCached: Bool { compilerInvocations == 0 && runSeconds != nil }
}
