import Course
import Kernels
import Testing

/// Every shipped kernel compiles, runs to the end and writes a trace the stepper can play.
@Suite("Shipped kernels run", .enabled(if: KernelRuns.toolchain != nil, KernelRuns.noCompiler))
struct KernelTraceTests {
    @Test("the kernel compiles and runs to the end", arguments: ShippedCourse.kernels)
    func runsToTheEnd(_ kernel: ShippedKernel) async throws {
        let result = try #require(await KernelRuns.shared.result(of: kernel))
        var detail = result.outcome.headline
        if case .compileFailed(let failure) = result.outcome {
            detail += "\n" + failure.errors.map(\.description).joined(separator: "\n")
        } else if !result.standardError.isEmpty {
            detail += "\n" + result.standardError
        }
        #expect(result.outcome == .succeeded, "\(kernel): \(detail)")
    }

    @Test("the trace is well formed and opens with a step of inputs", arguments: ShippedCourse.kernels)
    func traceIsWellFormed(_ kernel: ShippedKernel) async throws {
        let result = try #require(await KernelRuns.shared.result(of: kernel))
        try #require(result.outcome == .succeeded, "\(kernel): \(result.outcome.headline)")
        let events = result.events
        for case .malformed(let problem) in events {
            Issue.record("\(kernel): \(problem): \(problem.text.prefix(120))")
        }
        // A `say` may introduce the inputs (the stepper shows it with the first stop), but
        // nothing else may come first: the first stop shows the inputs, before any question.
        let opening = events.first { if case .say = $0 { false } else { true } }
        guard case .step(let first)? = opening else {
            Issue.record("\(kernel): the first event after any say(…) is not a step; a kernel opens by showing its inputs")
            return
        }
        #expect(!first.tensors.isEmpty, "\(kernel): the first step, \"\(first.title)\", shows no tensors")
        #expect(events.count { if case .step = $0 { true } else { false } } >= 3,
                "\(kernel): fewer than 3 steps to walk through")
    }

    @Test("every ask names an entry of the next step", arguments: ShippedCourse.kernels)
    func asksPointAtTheNextStep(_ kernel: ShippedKernel) async throws {
        let result = try #require(await KernelRuns.shared.result(of: kernel))
        try #require(result.outcome == .succeeded, "\(kernel): \(result.outcome.headline)")
        let events = result.events
        for (position, event) in events.enumerated() {
            guard case .ask(let ask) = event else { continue }
            let next = events[(position + 1)...].lazy.compactMap { event -> TraceStep? in
                if case .step(let step) = event { return step }
                return nil
            }.first
            guard let next else {
                Issue.record("\(kernel): the ask on line \(ask.line) (\"\(ask.question)\") has no step after it")
                continue
            }
            guard let tensor = next.tensor(named: ask.tensor) else {
                let names = next.tensors.map(\.name).joined(separator: ", ")
                Issue.record("\(kernel): the ask on line \(ask.line) names \"\(ask.tensor)\", but the next step (\"\(next.title)\") shows \(names)")
                continue
            }
            #expect(tensor.value(at: ask.index) != nil,
                    "\(kernel): the ask on line \(ask.line) asks for \(ask.tensor)\(ask.index), outside its shape \(tensor.shape)")
        }
    }

    @Test("every event points at a line of the kernel in the lesson", arguments: ShippedCourse.kernels)
    func linesPointIntoTheKernel(_ kernel: ShippedKernel) async throws {
        let (lesson, source) = try #require(kernel.source)
        let result = try #require(await KernelRuns.shared.result(of: kernel))
        try #require(result.outcome == .succeeded, "\(kernel): \(result.outcome.headline)")
        let lineCount = source.code.split(separator: "\n", omittingEmptySubsequences: false).count
        let lines = source.firstLine..<(source.firstLine + lineCount)
        for event in result.events {
            guard let line = event.sourceLine else { continue }
            #expect(lines.contains(line),
                    "\(kernel): an event names line \(line) of \(lesson.source), outside the kernel (lines \(lines.lowerBound)–\(lines.upperBound - 1))")
        }
    }
}
