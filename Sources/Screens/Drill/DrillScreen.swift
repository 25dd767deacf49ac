import Course
import Practice
import Terminal

/// A timed interview drill (`attend drill`): the plan's items one at a time against the
/// clock, each answered as in a review, right or wrong shown at once with the explanation;
/// `card` items are revealed and graded by the learner (y/n). The time limit, the last
/// item, or q ends the drill and brings up the report.
///
/// A value like every screen: `handle` and `tick` do no I/O and read no clock (the time
/// comes in as `now`); each answer comes back as an action for the app to save.
public struct DrillScreen: Sendable {
    public let plan: DrillPlan
    let decks: [QuizDeck]
    let diagrams: [String: String]
    /// When the drill started, whole seconds UTC.
    public let startedAt: Int
    /// The time limit in seconds; nil for none.
    public let limitSeconds: Int?
    /// Index in the plan of the item on screen; `plan.entries.count` once past the last.
    private(set) var position = 0
    private(set) var card: ReviewCard?
    /// When the item on screen appeared; its time runs from here to the check.
    private(set) var shownAt: Int
    /// When the card item on screen was revealed, while it waits for y/n.
    private(set) var revealedAt: Int?
    /// Every answer so far, in order.
    public private(set) var results: [DrillResult] = []
    /// The report, once the drill has ended.
    public private(set) var report: DrillReport?
    private(set) var reportScroll = 0
    /// The latest time seen (from a key or a tick), for the clock.
    private(set) var now: Int
    private(set) var width = 0
    private(set) var height = 0

    public enum Action: Equatable, Sendable {
        case none
        /// An item was answered: save it (as a `drill` event) before saying it is saved.
        /// `correct` is the app's verdict, or the learner's y/n for a card; `seconds` runs from
        /// the item appearing to the answer being checked (or the card revealed).
        case answered(card: String, correct: Bool, seconds: Int, answer: String)
        /// The learner left the report (or an empty drill).
        case back
        /// The drill ended (last item, time up, or stopped); the screen now shows this report.
        case finished(DrillReport)
    }

    /// - Parameters:
    ///   - startedAt: when the drill starts, whole seconds UTC; the clock counts from here.
    ///   - minutes: the time limit; nil (or not positive) for none.
    public init(plan: DrillPlan, decks: [QuizDeck], startedAt: Int, minutes: Int?, diagrams: [String: String] = [:]) {
        self.plan = plan
        self.decks = decks
        self.diagrams = diagrams
        self.startedAt = startedAt
        self.limitSeconds = minutes.flatMap { $0 > 0 ? $0 * 60 : nil }
        self.shownAt = startedAt
        self.now = startedAt
        openCard()
    }

    /// True while a text field has the keyboard: the app should pass `?` and `q` through.
    public var isTyping: Bool { card?.isTyping ?? false }

    /// True once the report is up.
    public var isFinished: Bool { report != nil }

    /// Seconds since the start, as the clock shows them.
    public var elapsedSeconds: Int {
        let elapsed = max(0, now - startedAt)
        if let report { return report.elapsedSeconds }
        return limitSeconds.map { min(elapsed, $0) } ?? elapsed
    }

    /// Seconds left, with a limit.
    public var remainingSeconds: Int? {
        limitSeconds.map { max(0, $0 - elapsedSeconds) }
    }

    public mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The clock moved on (the app sends this every second while the drill runs); ends the
    /// drill when the time is up.
    public mutating func tick(now: Int) -> Action {
        self.now = max(self.now, now)
        return isTimeUp ? finish(timedOut: true) : .none
    }

    private var isTimeUp: Bool {
        guard report == nil, !plan.entries.isEmpty, let limitSeconds else { return false }
        return now >= startedAt + limitSeconds
    }

    // MARK: - Keys

    public mutating func handle(_ key: Key, _ modifiers: Modifiers, now: Int) -> Action {
        self.now = max(self.now, now)
        if report != nil { return handleReport(key, modifiers) }
        // A key that arrives after the time ran out (before the tick) ends the drill instead.
        if isTimeUp { return finish(timedOut: true) }
        guard var current = card else {
            return DrillKeys.back.matches(key, modifiers) || key == .enter ? .back : .none
        }
        let r = ReviewKeys.self
        if r.scrollDown.matches(key, modifiers) || r.scrollUp.matches(key, modifiers) {
            scroll(down: r.scrollDown.matches(key, modifiers))
            return .none
        }
        current.scroll = 0
        current.problem = nil
        card = current
        if let outcome = current.outcome {
            if r.hint.matches(key, modifiers) { card?.hintShown.toggle(); return .none }
            if DrillKeys.stop.matches(key, modifiers) { return finish(timedOut: false) }
            if outcome.result.verdict == .selfGraded {
                if DrillKeys.gotIt.matches(key, modifiers) { return selfGrade(true) }
                if DrillKeys.missedIt.matches(key, modifiers) { return selfGrade(false) }
                return .none
            }
            return DrillKeys.next.matches(key, modifiers) ? next() : .none
        }
        if current.isTyping {
            // Letters type while a field has the keyboard; the commands move to Esc and Alt.
            if key == .escape { return finish(timedOut: false) }
            if modifiers == .alt, key == .char("h") { card?.hintShown.toggle(); return .none }
        } else {
            if DrillKeys.stop.matches(key, modifiers) { return finish(timedOut: false) }
            if r.hint.matches(key, modifiers) { card?.hintShown.toggle(); return .none }
        }
        var input = current.input
        let submit = input.handle(key, modifiers)
        card?.input = input
        return submit ? check() : .none
    }

    public mutating func paste(_ text: String) {
        guard report == nil else { return }
        card?.paste(text)
    }

    /// Grades the answer on screen. A right or wrong answer is recorded at once; a revealed
    /// card waits for the learner's y/n; an unreadable answer stays with its problem shown.
    private mutating func check() -> Action {
        guard var current = card else { return .none }
        current.check(intervals: [:])
        card = current
        guard let outcome = current.outcome else { return .none }
        switch outcome.result.verdict {
        case .correct, .incorrect:
            return record(correct: outcome.result.isCorrect, seconds: now - shownAt, answer: outcome.answerText)
        default:
            revealedAt = now
            return .none
        }
    }

    private mutating func selfGrade(_ recalled: Bool) -> Action {
        guard var current = card, var outcome = current.outcome else { return .none }
        outcome.result = GradeResult(verdict: recalled ? .correct : .incorrect, detail: .card,
                                     feedback: recalled ? "You recalled it." : "Missed: it goes on the list to review.")
        current.outcome = outcome
        card = current
        return record(correct: recalled, seconds: (revealedAt ?? now) - shownAt, answer: "")
    }

    private mutating func record(correct: Bool, seconds: Int, answer: String) -> Action {
        guard let current = card else { return .none }
        let selfGraded = current.item.kind == .card
        let result = DrillResult(cardID: current.item.cardID, correct: correct, selfGraded: selfGraded, seconds: seconds, answer: answer)
        results.append(result)
        return .answered(card: result.cardID, correct: result.correct, seconds: result.seconds, answer: result.answer)
    }

    private mutating func next() -> Action {
        position += 1
        revealedAt = nil
        if position >= plan.entries.count { return finish(timedOut: false) }
        shownAt = now
        openCard()
        return .none
    }

    private mutating func finish(timedOut: Bool) -> Action {
        card = nil
        let made = DrillReport.make(plan: plan, results: results, elapsedSeconds: now - startedAt,
                                    limitSeconds: limitSeconds, timedOut: timedOut)
        report = made
        reportScroll = 0
        return .finished(made)
    }

    /// Moves a tall item by half a screen, within its rows.
    private mutating func scroll(down: Bool) {
        guard let current = card else { return }
        let body = rows(for: current, width: LessonScreen.textColumns(forWidth: width).width, theme: Theme())
        let area = Self.bodyHeight(height: height, current)
        card?.scroll = ReviewScreen.scrolled(body, area: area, scroll: current.scroll, down: down)
    }

    private mutating func handleReport(_ key: Key, _ modifiers: Modifiers) -> Action {
        let k = DrillKeys.self
        if k.back.matches(key, modifiers) { return .back }
        let page = max(1, DrillScreen.reportArea(height: height) - 1)
        let last = maxReportScroll
        if k.down.matches(key, modifiers) { reportScroll += 1 }
        else if k.up.matches(key, modifiers) { reportScroll -= 1 }
        else if k.pageDown.matches(key, modifiers) || key == .char(" ") { reportScroll += page }
        else if k.pageUp.matches(key, modifiers) { reportScroll -= page }
        else if k.top.matches(key, modifiers) { reportScroll = 0 }
        else if k.bottom.matches(key, modifiers) { reportScroll = last }
        reportScroll = max(0, min(last, reportScroll))
        return .none
    }

    /// Shows the item at `position`, its options shuffled by the plan's seed.
    private mutating func openCard() {
        card = nil
        guard plan.entries.indices.contains(position) else { return }
        let item = plan.entries[position].item
        let deckIndex = decks.firstIndex { $0.id == item.deck } ?? -1
        let itemIndex = decks.indices.contains(deckIndex) ? (decks[deckIndex].items.firstIndex { $0.id == item.id } ?? -1) : -1
        let entry = DueQueue.Entry(cardID: item.cardID, deckIndex: deckIndex, itemIndex: itemIndex, isNew: false, due: nil)
        card = ReviewCard(entry: entry, item: item, seed: DisplayOrder.drillSeed(plan: plan, position: position))
    }
}
