import Course
import Foundation
import Practice
import Terminal

/// Review: the due cards across decks, one at a time — answer, see right or wrong with the
/// explanation, rate Again/Hard/Good/Easy (SPEC §5).
///
/// A value like every screen: `handle` does no I/O and reads no clock (the time comes in as
/// `now`), and returns the events to save. The screen keeps its own `states` current with
/// everything it saves, so the app can take them back when the learner leaves.
public struct ReviewScreen: Sendable {
    let decks: [QuizDeck]
    let config: PracticeConfig
    let deckFilter: String?
    let diagrams: [String: String]
    /// Card states including every rating made here (and undone here).
    public private(set) var states: CardStates
    /// Every event this screen asked to save, in order.
    public private(set) var saved: [PracticeEvent] = []
    /// The session's cards; learning cards rated again come back at the end.
    private(set) var queue: [DueQueue.Entry]
    /// Index in `queue` of the card on screen; `queue.count` when done.
    private(set) var position = 0
    private(set) var card: ReviewCard?
    private(set) var undoStack: [UndoRecord] = []
    /// When the next card comes due after this session, for "Nothing due".
    private(set) var nextDue: Int?
    private(set) var reviewedCount = 0
    private(set) var width = 0
    private(set) var height = 0
    /// Notice shown until the next key (e.g. "Nothing to undo").
    private(set) var notice: String?
    /// The time of the last key (or of opening), for "due in 3h" on the finished screen.
    private(set) var now: Int
    /// The title bar's text; nil for "Review" (with the deck's title when reviewing one deck).
    public var title: String?
    /// A quiz of chosen cards (`quiz(cardIDs:…)`): each asked once, nothing added at the end.
    private(set) var isQuiz = false

    struct UndoRecord: Equatable, Sendable {
        var event: PracticeEvent
        var position: Int
        var queueCount: Int
        /// The card as it was when rated: checked, on the rating row.
        var card: ReviewCard
        var nextDue: Int?
    }

    public enum Action: Equatable, Sendable {
        case none
        /// Save these events (a review, or the undo of one) before saying they are saved.
        case save([PracticeEvent])
        case back
    }

    public init(decks: [QuizDeck], states: CardStates, config: PracticeConfig, now: Int, deckFilter: String? = nil,
                diagrams: [String: String] = [:]) {
        let due = DueQueue.build(decks: decks, states: states, now: now, config: config, deckFilter: deckFilter)
        self.init(decks: decks, states: states, config: config, now: now, deckFilter: deckFilter, diagrams: diagrams,
                  queue: due.entries, nextDue: due.nextDue, isQuiz: false)
    }

    private init(decks: [QuizDeck], states: CardStates, config: PracticeConfig, now: Int, deckFilter: String?,
                 diagrams: [String: String], queue: [DueQueue.Entry], nextDue: Int?, isQuiz: Bool) {
        self.decks = decks
        self.states = states
        self.config = config
        self.deckFilter = deckFilter
        self.diagrams = diagrams
        self.now = now
        self.queue = queue
        self.nextDue = nextDue
        self.isQuiz = isQuiz
        openCard()
    }

    /// True while a text field has the keyboard: the app should pass `?` and `q` through.
    public var isTyping: Bool { card?.isTyping ?? false }

    /// True when there is no card left to show.
    public var isFinished: Bool { card == nil }

    /// Answers given in this screen that still stand (not undone), and how many were right.
    var answerTally: (answered: Int, right: Int) {
        var undone: [String: Int] = [:]
        for event in saved { if case .reviewUndone(let card, _) = event.kind { undone[card, default: 0] += 1 } }
        var answered = 0, right = 0
        for event in saved.reversed() {
            guard case .review(let card, let rating, let correct, _) = event.kind else { continue }
            if let n = undone[card], n > 0 { undone[card] = n - 1; continue }
            answered += 1
            if correct ?? (rating > 1) { right += 1 }
        }
        return (answered, right)
    }

    /// Cards left, counting the one on screen.
    public var remaining: Int { max(0, queue.count - position) }

    /// A quiz of chosen cards, due or not: a lesson's checkpoint, or its decks at the end.
    /// Each answer is a review like any other, so FSRS schedules the card from here on.
    public static func quiz(cardIDs: [String], decks: [QuizDeck], states: CardStates, config: PracticeConfig,
                            now: Int, diagrams: [String: String] = [:]) -> ReviewScreen {
        var entries: [DueQueue.Entry] = []
        for id in cardIDs {
            for (deckIndex, deck) in decks.enumerated() {
                if let itemIndex = deck.items.firstIndex(where: { $0.cardID == id }) {
                    let card = states[id]
                    entries.append(DueQueue.Entry(cardID: id, deckIndex: deckIndex, itemIndex: itemIndex, isNew: card == nil, due: card.map { Int($0.due.timeIntervalSince1970) }))
                }
            }
        }
        return ReviewScreen(decks: decks, states: states, config: config, now: now, deckFilter: nil, diagrams: diagrams,
                            queue: entries, nextDue: nil, isQuiz: true)
    }

    public mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    // MARK: - Keys

    public mutating func handle(_ key: Key, _ modifiers: Modifiers, now: Int) -> Action {
        notice = nil
        self.now = now
        let k = ReviewKeys.self
        card?.problem = nil
        guard let current = card else {
            if k.undo.matches(key, modifiers) { return undo(now: now) }
            if k.back.matches(key, modifiers) || (isQuiz && key == .enter) { return .back }
            return .none
        }
        if k.scrollDown.matches(key, modifiers) || k.scrollUp.matches(key, modifiers) {
            scroll(current, down: k.scrollDown.matches(key, modifiers))
            return .none
        }
        // Any other key brings the answer (or the verdict) back into view.
        card?.scroll = 0
        if current.outcome != nil { return handleRating(key, modifiers, now: now) }
        if current.isTyping {
            // Letters type while a field has the keyboard; the commands move to Esc and Alt.
            if key == .escape { return .back }
            if modifiers == .alt, key == .char("h") { card?.hintShown.toggle(); return .none }
            if modifiers == .alt, key == .char("u") { return undo(now: now) }
        } else {
            if k.back.matches(key, modifiers) { return .back }
            if k.hint.matches(key, modifiers) { card?.hintShown.toggle(); return .none }
            if k.undo.matches(key, modifiers) { return undo(now: now) }
        }
        var input = current.input
        let submit = input.handle(key, modifiers)
        card?.input = input
        if submit { check(now: now) }
        return .none
    }

    /// Moves a tall card by half a screen, within its rows.
    private mutating func scroll(_ current: ReviewCard, down: Bool) {
        let columns = LessonScreen.textColumns(forWidth: width).width
        let area = ReviewScreen.bodyHeight(height: height, rating: current.outcome != nil)
        let body = rows(for: current, width: columns, theme: Theme())
        card?.scroll = Self.scrolled(body, area: area, scroll: current.scroll, down: down)
    }

    public mutating func paste(_ text: String) {
        card?.paste(text)
    }

    private mutating func handleRating(_ key: Key, _ modifiers: Modifiers, now: Int) -> Action {
        guard var current = card, var outcome = current.outcome else { return .none }
        let k = ReviewKeys.self
        if k.back.matches(key, modifiers) { return .back }
        if k.undo.matches(key, modifiers) { return undo(now: now) }
        if k.hint.matches(key, modifiers) {
            card?.hintShown.toggle()
            return .none
        }
        if case .char(let c) = key, modifiers.isEmpty, let n = c.wholeNumberValue, let rating = Rating(rawValue: n) {
            guard outcome.allowed.contains(rating) else {
                notice = outcome.allowed == [.again] ? "A wrong answer is rated Again: press Enter" : "After a right answer, rate Hard, Good or Easy"
                return .none
            }
            return rate(rating, now: now)
        }
        if k.submit.matches(key, modifiers) { return rate(outcome.selected, now: now) }
        if k.nextRating.matches(key, modifiers) || k.previousRating.matches(key, modifiers) {
            let step = k.nextRating.matches(key, modifiers) ? 1 : -1
            if let index = outcome.allowed.firstIndex(of: outcome.selected) {
                outcome.selected = outcome.allowed[max(0, min(outcome.allowed.count - 1, index + step))]
            }
            current.outcome = outcome
            card = current
        }
        return .none
    }

    // MARK: - Checking, rating, undo

    private mutating func check(now: Int) {
        guard var current = card else { return }
        current.check(intervals: config.showIntervals ? states.intervalLabels(current.entry.cardID, at: now) : [:])
        card = current
    }

    private mutating func rate(_ rating: Rating, now: Int) -> Action {
        guard let current = card, let outcome = current.outcome else { return .none }
        let event = PracticeEvent(.review(card: current.entry.cardID, rating: rating.rawValue, correct: outcome.correct,
                                          answer: outcome.answerText), at: now)
        var asRated = current
        asRated.outcome?.selected = rating
        undoStack.append(UndoRecord(event: event, position: position, queueCount: queue.count, card: asRated, nextDue: nextDue))
        states.apply(event)
        saved.append(event)
        reviewedCount += 1
        // A quiz (a checkpoint, a lesson's deck) asks each question once; from then on FSRS
        // brings the cards back in reviews. A review session brings learning cards back.
        if !isQuiz, let again = DueQueue.comeback(of: current.entry, states: states, now: now) { queue.append(again) }
        position += 1
        if !isQuiz, position >= queue.count {
            // The session is over; anything that came due meanwhile joins it.
            let more = DueQueue.build(decks: decks, states: states, now: now, config: config, deckFilter: deckFilter)
            queue += more.entries
            nextDue = more.nextDue
        }
        openCard()
        return .save([event])
    }

    private mutating func undo(now: Int) -> Action {
        guard let record = undoStack.popLast(), case .review(let cardID, _, _, _) = record.event.kind else {
            notice = "Nothing to undo"
            return .none
        }
        let event = PracticeEvent(.reviewUndone(card: cardID, reviewedAt: record.event.at), at: now)
        states.apply(event)
        saved.append(event)
        reviewedCount = max(0, reviewedCount - 1)
        queue.removeLast(max(0, queue.count - record.queueCount))
        position = record.position
        card = record.card
        nextDue = record.nextDue
        return .save([event])
    }

    /// Shows the card at `position`, skipping entries whose item has gone.
    private mutating func openCard() {
        card = nil
        while position < queue.count {
            let entry = queue[position]
            if decks.indices.contains(entry.deckIndex), decks[entry.deckIndex].items.indices.contains(entry.itemIndex) {
                let item = decks[entry.deckIndex].items[entry.itemIndex]
                // Seeded per card and review, so the order is stable for a review and changes between reviews.
                let seed = DisplayOrder.reviewSeed(states: states, cardID: entry.cardID)
                card = ReviewCard(entry: entry, item: item, seed: seed)
                return
            }
            position += 1
        }
    }
}
