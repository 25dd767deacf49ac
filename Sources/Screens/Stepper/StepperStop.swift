import Kernels

/// One place the stepper stops: a step (with the questions to answer before it is revealed),
/// the failure that ended a run, or an empty run; plus what the kernel printed on the way.
struct StepperStop: Equatable, Sendable {
    enum Content: Equatable, Sendable {
        case step(TraceStep)
        case failure(StepperFailure)
        /// The kernel ran to the end without recording a step.
        case empty
    }

    var content: Content
    /// Questions to answer before this stop's step is shown, each with its true value.
    var asks: [PendingAsk] = []
    /// `say` text, printed lines and unreadable trace lines since the previous stop, in order.
    var output: [OutputLine] = []

    var step: TraceStep? {
        if case .step(let step) = content { return step }
        return nil
    }
}

/// An `ask` whose answer the next step shows.
struct PendingAsk: Equatable, Sendable {
    var ask: TraceAsk
    var truth: Double

    /// `weights[1][1]`, or just `dot` for a scalar.
    var target: String { ask.tensor + ask.index.map { "[\($0)]" }.joined() }
}

/// A line of text between steps.
enum OutputLine: Equatable, Sendable {
    /// `say(text)`.
    case say(String)
    /// A line the kernel printed itself (not a trace event).
    case printed(String)
    /// A trace line that could not be read, or a question that cannot be asked.
    case problem(String)
}

/// How a run ended when it did not end well, in the stepper's terms.
enum StepperFailure: Equatable, Sendable {
    case outcome(KernelOutcome, standardError: String)
    case noToolchain(String)

    var headline: String {
        switch self {
        case .outcome(let outcome, _): return outcome.headline
        case .noToolchain(let message): return message
        }
    }
}

enum StepperStops {
    /// Groups a trace into stops. An `ask` waits for the next step, whose named tensor holds
    /// the answer; a question whose answer never shows becomes a problem line, so an author
    /// sees it and a learner is never asked something that cannot be graded.
    static func build(_ events: [TraceEvent], failure: StepperFailure?) -> [StepperStop] {
        var stops: [StepperStop] = []
        var asks: [TraceAsk] = []
        var output: [OutputLine] = []
        for event in events {
            switch event {
            case .step(let step):
                var pending: [PendingAsk] = []
                for ask in asks {
                    let candidate = PendingAsk(ask: ask, truth: 0)
                    if let truth = step.tensor(named: ask.tensor)?.value(at: ask.index) {
                        pending.append(PendingAsk(ask: ask, truth: truth))
                    } else {
                        output.append(.problem("“\(ask.question)” is not asked: step “\(step.title)” shows no \(candidate.target)"))
                    }
                }
                stops.append(StepperStop(content: .step(step), asks: pending, output: output))
                asks = []
                output = []
            case .ask(let ask):
                asks.append(ask)
            case .say(let say):
                output.append(.say(say.text))
            case .malformed(let problem):
                if problem.reason.hasPrefix("not a trace event") {
                    output.append(.printed(problem.text))
                } else {
                    output.append(.problem("trace line \(problem.lineNumber) unreadable: \(problem.reason)"))
                }
            }
        }
        for ask in asks {
            output.append(.problem("“\(ask.question)” is not asked: no step followed it"))
        }
        if let failure {
            stops.append(StepperStop(content: .failure(failure), output: output))
        } else if !output.isEmpty, !stops.isEmpty {
            stops[stops.count - 1].output += output
        } else if stops.isEmpty {
            stops.append(StepperStop(content: .empty, output: output))
        }
        return stops
    }
}
