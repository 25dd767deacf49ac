import Course
import DisplayWidth
import Kernels
import Terminal

/// The kernel stepper: the kernel's code with the lines that ran, the tensors of each step as
/// heat-mapped grids, and predictions asked before a step is revealed (SPEC §4).
///
/// A value like every screen: `handle` changes state and returns an `Action` for the app to
/// perform (run again, open the editor, record a prediction); `view` only reads.
public struct StepperScreen: Sendable {
    public let lesson: Lesson
    public let kernel: KernelSource
    public private(set) var source: StepperSource
    /// The kernel's code highlighted, one entry per line.
    let code: [[SwiftHighlighter.Token]]
    /// Columns the widest code line needs, gutter included.
    let longestCodeLine: Int
    /// nil until `load`: a run is in flight.
    private(set) var stops: [StepperStop]?
    /// The stop on screen (when no question is being asked).
    private(set) var position = 0
    private(set) var prompt: StepperPrompt?
    /// Answers given (or skipped) per stop, in the order asked.
    private(set) var verdicts: [Int: [StepperVerdict]] = [:]
    /// First row of the step pane on screen.
    private(set) var scroll = 0
    private(set) var spinnerFrame = 0
    /// What the runner says it is doing ("Compiling the kernel…").
    private(set) var progressText: String?
    private(set) var width = 0
    private(set) var height = 0

    public init(lesson: Lesson, kernel: KernelSource, source: StepperSource) {
        self.lesson = lesson
        self.kernel = kernel
        self.source = source
        var lines = kernel.code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        self.code = SwiftHighlighter.highlight(lines: lines)
        let gutter = StepperCodePane.gutterWidth(firstLine: kernel.firstLine, count: lines.count)
        self.longestCodeLine = gutter + (lines.map { DisplayWidth.of($0) }.max() ?? 0)
    }

    /// What the stepper asks the app for after a key.
    public enum Action: Equatable, Sendable {
        case none
        /// Leave the stepper.
        case back
        /// Compile and run the kernel again.
        case rerun
        /// Open the kernel in the learner's editor.
        case edit
        /// Throw away the learner's edits and go back to the lesson's own kernel.
        case reset
        /// Stop the run in flight.
        case cancelRun
        /// The learner answered an `ask`: record it as a practice event.
        case predicted(lesson: String, kernel: String?, tensor: String, index: [Int], guess: Double, truth: Double, correct: Bool)
    }

    public static let bindings: [KeyBinding] = [
        KeyBinding([Chord(.right), .char("l"), .char(" ")], "→ l Space", "next step"),
        KeyBinding([Chord(.left), .char("h")], "← h", "previous step"),
        KeyBinding([Chord(.home)], "Home", "first step"),
        KeyBinding([Chord(.end)], "End", "last step (skips the questions on the way)"),
        KeyBinding([.char("j"), Chord(.down)], "j ↓", "scroll the step down"),
        KeyBinding([.char("k"), Chord(.up)], "k ↑", "scroll the step up"),
        KeyBinding([.char("r")], "r", "compile and run the kernel again"),
        KeyBinding([.char("e")], "e", "edit the kernel"),
        KeyBinding([.char("u")], "u", "undo your edits: back to the lesson's kernel"),
        KeyBinding([Chord(.escape), .char("q")], "Esc q", "back to the lesson (while running: cancel)"),
        KeyBinding([Chord(.enter)], "Enter", "at a question: check your prediction"),
        KeyBinding([Chord(.escape)], "Esc", "at a question: skip it and reveal the step"),
        CommonKeys.help,
        CommonKeys.quit,
    ]

    /// True while the learner is typing a prediction, so the app can leave letters alone.
    public var isTypingPrediction: Bool { prompt != nil }

    /// True until `load` is called.
    public var isRunning: Bool { stops == nil }

    // MARK: - Input from the runtime

    /// Shows the trace of a run or a recording, or a failure, from the first step.
    public mutating func load(_ result: StepperLoad) {
        let stops: [StepperStop]
        switch result {
        case .events(let events):
            stops = StepperStops.build(events, failure: nil)
        case .recording(let events, let note):
            stops = StepperStops.build(events, failure: nil)
            source = .recording(note)
        case .failed(let outcome, let events, let standardError):
            let failure: StepperFailure? = outcome == .succeeded ? nil : .outcome(outcome, standardError: standardError)
            stops = StepperStops.build(events, failure: failure)
        case .noToolchain(let message):
            stops = StepperStops.build([], failure: .noToolchain(message))
        }
        self.stops = stops
        verdicts = [:]
        progressText = nil
        position = 0
        scroll = 0
        prompt = nil
        askIfNeeded(at: 0)
    }

    /// Back to the spinner, as when the screen was made: a new run is on its way.
    public mutating func restartRun() {
        stops = nil
        source = .running
        verdicts = [:]
        prompt = nil
        position = 0
        scroll = 0
        spinnerFrame = 0
        progressText = nil
    }

    /// What the runner is doing now, shown beside the spinner.
    public mutating func progress(_ message: String) {
        progressText = message
    }

    /// Remembers the terminal size, which decides how far the step pane can scroll.
    public mutating func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        clampScroll()
    }

    /// Turns the spinner while a run is in flight; the runtime calls it about every 100 ms.
    public mutating func tick() {
        if isRunning { spinnerFrame = (spinnerFrame + 1) % StepperScreen.spinner.count }
    }

    static let spinner: [Character] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    /// Pasted text goes into an open prediction, keeping only what a number can hold.
    public mutating func paste(_ text: String) {
        guard var current = prompt else { return }
        current.input = String((current.input + StepperPrediction.numberCharacters(in: text)).prefix(StepperPrediction.maximumLength))
        current.message = nil
        prompt = current
    }

    // MARK: - Keys

    /// Steps, scrolls and answers; what needs the outside world comes back as an `Action`.
    public mutating func handle(_ key: Key, _ modifiers: Modifiers, now: Int) -> Action {
        guard let stops else {
            guard StepperScreen.bindings[9].matches(key, modifiers) else { return .none }
            // Show the cancellation at once: a cancelled run may never report back.
            load(.failed(.cancelled, events: [], standardError: ""))
            return .cancelRun
        }
        if prompt != nil { return handlePrompt(key, modifiers, stops: stops) }
        let b = StepperScreen.bindings
        if b[0].matches(key, modifiers) { forward(stops) }
        else if b[1].matches(key, modifiers) { backward() }
        else if b[2].matches(key, modifiers) { show(0) }
        else if b[3].matches(key, modifiers) { jumpToEnd(stops) }
        else if b[4].matches(key, modifiers) { scroll += 1; clampScroll() }
        else if b[5].matches(key, modifiers) { scroll = max(0, scroll - 1) }
        else if b[6].matches(key, modifiers) {
            restartRun()
            return .rerun
        }
        else if b[7].matches(key, modifiers) { return .edit }
        else if b[8].matches(key, modifiers) { return .reset }
        else if b[9].matches(key, modifiers) { return .back }
        return .none
    }

    private mutating func handlePrompt(_ key: Key, _ modifiers: Modifiers, stops: [StepperStop]) -> Action {
        guard var current = prompt else { return .none }
        let plain = !modifiers.contains(.ctrl) && !modifiers.contains(.alt)
        switch key {
        case .char(let c) where plain && StepperPrediction.isNumberCharacter(c):
            if current.input.count < StepperPrediction.maximumLength { current.input.append(c) }
            current.message = nil
            prompt = current
        case .backspace:
            if !current.input.isEmpty { current.input.removeLast() }
            current.message = nil
            prompt = current
        case .enter:
            guard let guess = StepperPrediction.parse(current.input) else {
                current.message = current.input.isEmpty ? "Type your prediction first (or Esc to skip)."
                    : "“\(current.input)” is not a number: try 0.25, -3 or 1e-3."
                prompt = current
                return .none
            }
            let ask = stops[current.stop].asks[current.ask]
            let verdict = StepperVerdict(ask: ask, guess: guess)
            answer(verdict, stops: stops)
            return .predicted(lesson: lesson.meta.id, kernel: kernel.name, tensor: ask.ask.tensor, index: ask.ask.index,
                              guess: guess, truth: ask.truth, correct: verdict.isCorrect)
        case .escape:
            answer(StepperVerdict(ask: stops[current.stop].asks[current.ask], guess: nil), stops: stops)
        case .left, .char("h"):
            // Back to the step before the question, to look again; the question stays unanswered.
            if current.stop > 0 {
                prompt = nil
                position = current.stop - 1
                scroll = 0
            }
        case .char("j") where plain, .down:
            // Scrolling stays possible: the tensors the question is about may be off screen.
            scroll += 1
            clampScroll()
        case .char("k") where plain, .up:
            scroll = max(0, scroll - 1)
        case .char("q") where plain:
            return .back
        default:
            break
        }
        return .none
    }

    /// Records an answer, then asks the stop's next question or reveals its step.
    private mutating func answer(_ verdict: StepperVerdict, stops: [StepperStop]) {
        guard let current = prompt else { return }
        verdicts[current.stop, default: []].append(verdict)
        prompt = nil
        if current.ask + 1 < stops[current.stop].asks.count {
            prompt = StepperPrompt(stop: current.stop, ask: current.ask + 1)
        } else {
            position = current.stop
            scroll = 0
        }
    }

    private mutating func forward(_ stops: [StepperStop]) {
        guard position + 1 < stops.count else { return }
        if !askIfNeeded(at: position + 1) { show(position + 1) }
    }

    private mutating func backward() {
        show(max(0, position - 1))
    }

    private mutating func show(_ stop: Int) {
        position = stop
        scroll = 0
        prompt = nil
        if stop == 0 { askIfNeeded(at: 0) }
    }

    /// Reveals the last stop; questions on the way count as skipped (nothing is recorded).
    private mutating func jumpToEnd(_ stops: [StepperStop]) {
        let last = stops.count - 1
        guard last > position else { return }
        for stop in (position + 1)..<last {
            let asked = verdicts[stop]?.count ?? 0
            for ask in stops[stop].asks.dropFirst(asked) {
                verdicts[stop, default: []].append(StepperVerdict(ask: ask, guess: nil))
            }
        }
        if !askIfNeeded(at: last) { show(last) }
    }

    /// Opens the prompt for the first unanswered question before `stop`; false when none is left.
    @discardableResult
    private mutating func askIfNeeded(at stop: Int) -> Bool {
        guard let stops, stop < stops.count else { return false }
        let asked = verdicts[stop]?.count ?? 0
        guard asked < stops[stop].asks.count else { return false }
        prompt = StepperPrompt(stop: stop, ask: asked)
        if stop == 0 { position = 0 }
        scroll = 0
        return true
    }

    private mutating func clampScroll() {
        scroll = max(0, min(scroll, maxScroll))
    }

    /// How far the step pane can scroll at the current size.
    var maxScroll: Int {
        let layout = StepperLayout(width: width, height: height, hasBanner: bannerText != nil, codeLines: code.count,
                                   longestCodeLine: longestCodeLine)
        let rows = stepRows(width: layout.step.width, theme: Theme()).count
        return max(0, rows - layout.stepBodyHeight(prompting: prompt != nil))
    }
}
