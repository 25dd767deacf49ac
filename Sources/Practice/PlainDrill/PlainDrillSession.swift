import Course

/// The interview drill as line prompts (`attend drill` in a pipe, with `--plain` or for a
/// screen reader): the plan's items one at a time, each answered on a typed line and
/// marked right or wrong at once, with the right answer and the explanation; `card` items
/// are revealed with Enter and graded by the learner (y/n). The time limit, the last item
/// or `q` ends the drill, and the report follows (SPEC §5, §8).
///
/// Pure like a screen: `input` does no I/O and reads no clock (the time comes in as `now`);
/// it returns the lines to print and the `drill` events to save. No output line holds an
/// escape sequence or any other control character. The time is checked at each input: a
/// line typed after the limit ends the drill and is not counted.
///
/// At any prompt, a line holding only `?`, `h` or `q` is a command: help, hint, stop. A
/// space before the letter makes it an answer instead.
public struct PlainDrillSession: Sendable {
    public let plan: DrillPlan
    let decks: [QuizDeck]
    let width: Int
    let diagrams: [String: String]
    /// When the drill started, whole seconds UTC; its clock counts from here.
    public let startedAt: Int
    /// The time limit in seconds; nil for none.
    public let limitSeconds: Int?
    /// Index in the plan of the question being asked; `plan.entries.count` once past the last.
    var position = 0
    var question: PlainDrillQuestion?
    /// Every answer so far, in order.
    public private(set) var results: [DrillResult] = []
    /// The report, once the drill has ended (nil for a drill with nothing to ask).
    public private(set) var report: DrillReport?
    /// True once the drill has nothing more to ask: the caller stops reading lines.
    public private(set) var isFinished = false

    /// - Parameters:
    ///   - startedAt: when the drill starts, whole seconds UTC.
    ///   - minutes: the time limit; nil (or not positive) for none.
    ///   - width: the column to wrap prompts and explanations at.
    ///   - diagrams: text diagrams by root-relative path, as the lesson layout takes them.
    public init(plan: DrillPlan, decks: [QuizDeck], startedAt: Int, minutes: Int?, width: Int = 80,
                diagrams: [String: String] = [:]) {
        self.plan = plan
        self.decks = decks
        self.startedAt = startedAt
        self.limitSeconds = minutes.flatMap { $0 > 0 ? $0 * 60 : nil }
        self.width = max(20, width)
        self.diagrams = diagrams
        openQuestion(now: startedAt)
    }

    /// The first lines: what the drill is and its first question, or why there is nothing to ask.
    public mutating func start() -> [String] {
        guard let question else {
            isFinished = true
            return PlainLineCleaner.clean([plan.problem ?? "There is nothing to drill."])
        }
        return PlainLineCleaner.clean([introduction, ""] + present(question, now: question.shownAt))
    }

    /// Takes one typed line (without its newline) at `now`.
    ///
    /// - Returns: the lines to print, the `drill` events to save (one per answered item), and
    ///   whether the drill has ended.
    public mutating func input(_ line: String, now: Int) -> (output: [String], events: [PracticeEvent], finished: Bool) {
        guard !isFinished else { return ([], [], true) }
        let text = PlainLineCleaner.withoutLineBreaks(line)
        var output: [String] = []
        var events: [PracticeEvent] = []
        if isTimeUp(now) {
            if let question, question.phase != .answered {
                output += ["That answer came after the time limit, so it was not counted.", ""]
            }
            finish(timedOut: true, now: now, output: &output)
        } else if let command = PlainReviewSession.command(String(text)) {
            run(command, now: now, output: &output)
        } else if var current = question {
            switch current.phase {
            case .answering:
                answer(String(text), question: &current, now: now, output: &output, events: &events)
                if !isFinished { question = current }
            case .revealed(let typed, let revealedAt):
                recall(String(text), typed: typed, revealedAt: revealedAt, question: &current, now: now,
                       output: &output, events: &events)
                if !isFinished { question = current }
            case .answered:
                next(now: now, output: &output)
            }
        } else {
            // Only reached when `start` was skipped and there is nothing to ask.
            output = start()
        }
        return (PlainLineCleaner.clean(output), events, isFinished)
    }

    /// "Drill: interview, 10 questions in 15 minutes. Type ? for help, q to stop."
    var introduction: String {
        let count = plan.entries.count
        let questions = "\(count) question\(count == 1 ? "" : "s")"
        let time = limitSeconds.map { " in \(Self.minutes($0))" } ?? ", no time limit"
        return "Drill: \(plan.topic), \(questions)\(time). Type ? for help, q to stop."
    }

    static func minutes(_ seconds: Int) -> String {
        let minutes = seconds / 60
        return "\(minutes) minute\(minutes == 1 ? "" : "s")"
    }

    private func isTimeUp(_ now: Int) -> Bool {
        guard let limitSeconds else { return false }
        return now >= startedAt + limitSeconds
    }

    // MARK: - Commands

    static let helpLines = [
        "Commands, typed alone on a line at any prompt:",
        "  ?  this help",
        "  h  show the hint",
        "  q  stop the drill and show the report",
        "To answer with one of these letters, type a space before it.",
    ]

    private mutating func run(_ command: PlainReviewSession.Command, now: Int, output: inout [String]) {
        switch command {
        case .help:
            output += Self.helpLines
        case .hint:
            if let question { output += text(for: question).hint }
        case .undo:
            output.append("A drill answer cannot be undone.")
        case .quit:
            finish(timedOut: false, now: now, output: &output)
            return
        }
        if let question { output.append(question.prompt) }
    }

    // MARK: - Questions

    func text(for question: PlainDrillQuestion) -> PlainCardText {
        PlainCardText(item: question.item, order: question.order, width: width, diagrams: diagrams)
    }

    /// "Question 2 of 10 — attention, softmax — choice — 3:12 left".
    func header(_ question: PlainDrillQuestion, now: Int) -> String {
        let elapsed = max(0, now - startedAt)
        let clock = limitSeconds.map { "\(DrillReport.clock(max(0, $0 - elapsed))) left" }
            ?? "\(DrillReport.clock(elapsed)) elapsed"
        return "Question \(position + 1) of \(plan.entries.count) — \(question.topic) — \(question.item.kind.rawValue) — \(clock)"
    }

    /// Everything printed when a question comes up: header, prompt, choices, instruction.
    func present(_ question: PlainDrillQuestion, now: Int) -> [String] {
        let text = text(for: question)
        return [header(question, now: now), ""] + text.prompt + [""] + text.answerSetup + [question.prompt]
    }

    /// Moves on from an answered question: the next one, or the report after the last.
    private mutating func next(now: Int, output: inout [String]) {
        position += 1
        openQuestion(now: now)
        if let question {
            output += present(question, now: now)
        } else {
            finish(timedOut: false, now: now, output: &output)
        }
    }

    /// Opens the question at `position`, its options shuffled as the drill screen shuffles them.
    private mutating func openQuestion(now: Int) {
        question = nil
        guard plan.entries.indices.contains(position) else { return }
        let entry = plan.entries[position]
        let order = DisplayOrder.of(entry.item,
                                                   seed: DisplayOrder.drillSeed(plan: plan, position: position))
        question = PlainDrillQuestion(item: entry.item, topic: topicLabel(entry), order: order, shownAt: now)
    }

    /// The entry's topics; an item scored under its deck is named by the deck's title.
    private func topicLabel(_ entry: DrillPlan.Entry) -> String {
        if entry.topics == [entry.item.deck], let deck = decks.first(where: { $0.id == entry.item.deck }), !deck.title.isEmpty {
            return deck.title
        }
        return entry.topics.joined(separator: ", ")
    }

    /// Ends the drill and prints its report.
    mutating func finish(timedOut: Bool, now: Int, output: inout [String]) {
        question = nil
        isFinished = true
        let made = DrillReport.make(plan: plan, results: results, elapsedSeconds: now - startedAt,
                                    limitSeconds: limitSeconds, timedOut: timedOut)
        report = made
        if output.last.map({ !$0.isEmpty }) == true { output.append("") }
        output += made.plainText()
    }

    /// Records an answer: its result, and the event to save.
    mutating func record(_ question: PlainDrillQuestion, correct: Bool, seconds: Int, answer: String, now: Int,
                         events: inout [PracticeEvent]) {
        let result = DrillResult(cardID: question.item.cardID, correct: correct, selfGraded: question.item.kind == .card,
                                 seconds: seconds, answer: answer)
        results.append(result)
        events.append(PracticeEvent(.drill(card: result.cardID, correct: result.correct, seconds: result.seconds,
                                           answer: result.answer, startedAt: startedAt), at: now))
    }
}
