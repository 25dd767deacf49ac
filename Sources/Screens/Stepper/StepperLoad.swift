import Kernels

/// Where the stepper's trace comes from, shown while it waits and above the steps.
public enum StepperSource: Equatable, Sendable {
    /// A kernel is being compiled and run: a spinner until `load` arrives.
    case running
    /// A recorded trace is being played; the text says why (e.g. no Swift toolchain).
    case recording(String)
}

/// What a run (or a recording) gave the stepper to show.
public enum StepperLoad: Equatable, Sendable {
    /// A complete trace from a run that ended normally.
    case events([TraceEvent])
    /// A recorded trace played instead of a run; `note` says why, and stays on screen.
    case recording([TraceEvent], note: String)
    /// The run ended badly. `events` is the part of the trace written before the end (steps of
    /// a kernel that crashed half-way are still worth stepping through).
    case failed(KernelOutcome, events: [TraceEvent], standardError: String)
    /// Nothing can run and nothing was recorded; the text says what to install.
    case noToolchain(String)

    /// The load for a finished run: its events when it succeeded, the failure otherwise.
    public init(_ result: KernelRunResult) {
        if case .succeeded = result.outcome {
            self = .events(result.events)
        } else {
            self = .failed(result.outcome, events: result.events, standardError: result.standardError)
        }
    }
}
