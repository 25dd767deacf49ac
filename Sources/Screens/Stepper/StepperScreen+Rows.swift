import Course
import Kernels
import Terminal

extension StepperScreen {
    /// The stop whose step is on screen: nil while running, or while asking before the first step.
    var shownStop: Int? {
        guard let stops, !stops.isEmpty else { return nil }
        if let prompt, prompt.stop == 0 { return nil }
        return position
    }

    var stepCount: Int { stops?.filter { $0.step != nil }.count ?? 0 }

    /// The text under the title bar: why a recording plays, or that the run stopped early.
    var bannerText: (text: String, isError: Bool)? {
        if case .recording(let text) = source { return (text, false) }
        if let stops, stops.count > 1, case .failure(let failure) = stops[stops.count - 1].content {
            return ("⚠ " + failure.headline, true)
        }
        return nil
    }

    /// What the code pane marks: the step's line and the lines run since the previous step;
    /// at a question, the `ask` line and the lines run up to it.
    var codeMarks: StepperCodeMarks {
        guard let stops else { return StepperCodeMarks() }
        func previousLine(before stop: Int) -> Int {
            stop > 0 ? (stops[stop - 1].step?.line ?? kernel.firstLine - 1) : kernel.firstLine - 1
        }
        if let prompt, prompt.stop < stops.count, prompt.ask < stops[prompt.stop].asks.count {
            let line = stops[prompt.stop].asks[prompt.ask].ask.line
            let from = previousLine(before: prompt.stop) + 1
            return StepperCodeMarks(current: line, ran: from <= line ? from...line : nil)
        }
        guard position < stops.count else { return StepperCodeMarks() }
        switch stops[position].content {
        case .step(let step):
            let from = previousLine(before: position) + 1
            return StepperCodeMarks(current: step.line, ran: from <= step.line ? from...step.line : nil)
        case .failure(let failure):
            return StepperCodeMarks(errors: Set(StepperFailurePanel.lines(of: failure, lesson: lesson)))
        case .empty:
            return StepperCodeMarks()
        }
    }

    /// The title of the step pane.
    var paneTitle: String {
        guard let stops else { return "Running the kernel" }
        if let prompt {
            return "Predict before step \(prompt.stop + 1) of \(stepCount)"
        }
        guard position < stops.count else { return "" }
        switch stops[position].content {
        case .step(let step): return "Step \(position + 1) of \(stepCount) · \(step.title)"
        case .failure(.outcome(.compileFailed, _)): return "Does not compile"
        case .failure(.noToolchain): return "Cannot run"
        case .failure: return "Stopped"
        case .empty: return "No steps"
        }
    }

    /// Every row of the step pane's scrolling part, at a pane width.
    func stepRows(width: Int, theme: Theme) -> [PaneLine] {
        guard width > 0 else { return [] }
        guard let stops else {
            let spinner = StepperScreen.spinner[spinnerFrame % StepperScreen.spinner.count]
            return [PaneLine("\(spinner) " + (progressText ?? "Compiling and running the kernel…"), style: Style(fg: .ansi(3))),
                    PaneLine("Esc cancels.", style: theme.hint)]
        }
        guard let index = shownStop, index < stops.count else {
            return wrapped("The kernel asks a question before its first step.", width: width, style: theme.dim)
        }
        let stop = stops[index]
        var lines: [PaneLine] = []
        if prompt == nil || prompt?.stop != index {
            for verdict in verdicts[index] ?? [] { lines += verdictLines(verdict, width: width, theme: theme) }
        }
        switch stop.content {
        case .step(let step):
            lines += wrapped(step.note, width: width, style: .plain)
            lines += outputLines(stop.output, width: width, theme: theme)
            let previous = index > 0 ? stops[index - 1].step : nil
            var focus: [String: Set<[Int]>] = [:]
            for verdict in verdicts[index] ?? [] { focus[verdict.ask.ask.tensor, default: []].insert(verdict.ask.ask.index) }
            var anyChanged = false
            for tensor in step.tensors {
                let before = previous?.tensor(named: tensor.name)
                anyChanged = anyChanged || TensorGrid.hasChanges(tensor, previous: before)
                lines.append(PaneLine())
                lines += TensorGrid.lines(for: tensor, previous: before, focus: focus[tensor.name] ?? [], width: width, theme: theme)
            }
            if anyChanged {
                lines.append(PaneLine())
                lines += wrapped("Underlined: changed since the previous step.", width: width, style: theme.hint)
            }
        case .failure(let failure):
            lines += outputLines(stop.output, width: width, theme: theme)
            if !stop.output.isEmpty { lines.append(PaneLine()) }
            lines += StepperFailurePanel.lines(failure, lesson: lesson, kernel: kernel, width: width, theme: theme)
        case .empty:
            lines += wrapped("The kernel ran to the end without recording a step.", width: width, style: theme.dim)
            lines += outputLines(stop.output, width: width, theme: theme)
        }
        return lines
    }

    private func wrapped(_ text: String, width: Int, style: Style, prefix: String = "") -> [PaneLine] {
        guard !text.isEmpty else { return [] }
        let indent = prefix.isEmpty ? "" : String(repeating: " ", count: prefix.count)
        return StepperText.wrap(text, width: max(1, width - prefix.count)).enumerated().map { n, line in
            PaneLine((n == 0 ? prefix : indent) + line, style: style)
        }
    }

    private func outputLines(_ output: [OutputLine], width: Int, theme: Theme) -> [PaneLine] {
        output.flatMap { line -> [PaneLine] in
            switch line {
            case .say(let text): return wrapped(text, width: width, style: Style(fg: .ansi(6)), prefix: "› ")
            case .printed(let text): return wrapped(text, width: width, style: theme.dim, prefix: "│ ")
            case .problem(let text): return wrapped(text, width: width, style: theme.error, prefix: "⚠ ")
            }
        }
    }

    private func verdictLines(_ verdict: StepperVerdict, width: Int, theme: Theme) -> [PaneLine] {
        let truth = TensorNumber.text(verdict.ask.truth)
        let target = verdict.ask.target
        guard let guess = verdict.guess else {
            return wrapped("Skipped: \(target) is \(truth).", width: width, style: theme.dim)
        }
        let said = TensorNumber.text(guess)
        if verdict.isCorrect {
            return wrapped("✓ Right: \(target) is \(truth) (you said \(said)).", width: width, style: Style(fg: .ansi(2), bold: true))
        }
        let off = TensorNumber.text(abs(guess - verdict.ask.truth))
        return wrapped("✗ Off by \(off): \(target) is \(truth) (you said \(said)).", width: width, style: theme.error)
    }
}
