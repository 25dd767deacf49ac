import Course
import Foundation

/// Review as line prompts: the due cards one at a time, each question printed as plain
/// lines and each answer read as one typed line, for pipes, `--plain`, `TERM=dumb` and
/// screen readers (SPEC §5, §8).
///
/// Pure like a screen: `input` does no I/O and reads no clock (the time comes in as `now`);
/// it returns the lines to print and the events to save. No output line holds an escape
/// sequence or any other control character. The session keeps its own `states` current with
/// every event it returns.
///
/// At any prompt, a line holding only `?`, `h`, `u` or `q` is a command: help, hint, undo
/// the last rating, quit. A space before the letter makes it an answer instead.
public struct PlainReviewSession: Sendable {
    let decks: [QuizDeck]
    let config: PracticeConfig
    let deckFilter: String?
    let width: Int
    let diagrams: [String: String]
    /// Card states including every rating made here (and undone here).
    public private(set) var states: CardStates
    /// True once the session has nothing more to ask: the caller stops reading lines.
    public private(set) var isFinished = false
    /// The session's cards; learning cards rated soon-due come back at the end.
    var queue: [DueQueue.Entry]
    /// Index in `queue` of the card being asked; `queue.count` when done.
    var position = 0
    var card: PlainReviewCard?
    var undoStack: [UndoRecord] = []
    /// When the next card comes due after this session, for "Nothing more due".
    var nextDue: Int?
    let openedAt: Int

    struct UndoRecord: Equatable, Sendable {
        var event: PracticeEvent
        var position: Int
        var queueCount: Int
        /// The card as it was when rated: checked, at the rating prompt.
        var card: PlainReviewCard
        var nextDue: Int?
        var right: Bool
    }

    /// - Parameters:
    ///   - deckFilter: one deck's id, or nil for every deck.
    ///   - width: the column to wrap prompts and explanations at.
    ///   - diagrams: text diagrams by root-relative path, as the lesson layout takes them.
    public init(decks: [QuizDeck], states: CardStates, config: PracticeConfig, now: Int, deckFilter: String? = nil,
                width: Int = 80, diagrams: [String: String] = [:]) {
        self.decks = decks
        self.states = states
        self.config = config
        self.deckFilter = deckFilter
        self.width = max(20, width)
        self.diagrams = diagrams
        self.openedAt = now
        let due = DueQueue.build(decks: decks, states: states, now: now, config: config, deckFilter: deckFilter)
        self.queue = due.entries
        self.nextDue = due.nextDue
        openCard()
    }

    /// Cards reviewed in this session (ratings still in force) and how many of them were right.
    public var reviewedCount: Int { undoStack.count }
    public var rightCount: Int { undoStack.filter(\.right).count }

    /// The first lines: the first card, or that nothing is due.
    public mutating func start() -> [String] {
        guard card != nil else {
            isFinished = true
            return PlainLineCleaner.clean(["Nothing due now" + dueLater(now: openedAt) + "."])
        }
        return PlainLineCleaner.clean(presentCard())
    }

    /// Takes one typed line (without its newline) at `now`.
    ///
    /// - Returns: the lines to print, the events to save (a review, or the undo of one) in
    ///   order, and whether the session has ended.
    public mutating func input(_ line: String, now: Int) -> (output: [String], events: [PracticeEvent], finished: Bool) {
        guard !isFinished else { return ([], [], true) }
        let text = PlainLineCleaner.withoutLineBreaks(line)
        var output: [String] = []
        var events: [PracticeEvent] = []
        if let command = Self.command(String(text)) {
            run(command, now: now, output: &output, events: &events)
        } else if var current = card {
            switch current.phase {
            case .answering:
                answer(String(text), card: &current, now: now, output: &output)
                card = current
            case .recalled(let typed):
                recall(String(text), typed: typed, card: &current, now: now, output: &output)
                card = current
            case .rating(let outcome):
                rate(String(text), outcome: outcome, now: now, output: &output, events: &events)
            }
        } else {
            // Only reached when `start` was skipped and nothing is due.
            output = start()
        }
        return (PlainLineCleaner.clean(output), events, isFinished)
    }

    // MARK: - Commands

    enum Command {
        case help, hint, undo, quit
    }

    /// A command is the letter alone on the line, trailing spaces allowed; a leading space
    /// makes it an answer, so `h` can still be typed as a text answer.
    static func command(_ line: String) -> Command? {
        var text = Substring(line)
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        switch text.lowercased() {
        case "?": return .help
        case "h": return .hint
        case "u": return .undo
        case "q": return .quit
        default: return nil
        }
    }

    static let helpLines = [
        "Commands, typed alone on a line at any prompt:",
        "  ?  this help",
        "  h  show the hint",
        "  u  undo the last rating",
        "  q  quit and show how many you reviewed",
        "To answer with one of these letters, type a space before it.",
    ]

    private mutating func run(_ command: Command, now: Int, output: inout [String], events: inout [PracticeEvent]) {
        switch command {
        case .help:
            output += Self.helpLines
            if let card { output.append(card.prompt) }
        case .hint:
            guard let card else { return }
            output += text(for: card).hint
            output.append(card.prompt)
        case .undo:
            undo(now: now, output: &output, events: &events)
        case .quit:
            isFinished = true
            output.append(summary)
        }
    }

    private mutating func undo(now: Int, output: inout [String], events: inout [PracticeEvent]) {
        guard let record = undoStack.popLast(), case .review(let cardID, let rawRating, _, _) = record.event.kind else {
            output.append("Nothing to undo.")
            if let card { output.append(card.prompt) }
            return
        }
        let event = PracticeEvent(.reviewUndone(card: cardID, reviewedAt: record.event.at), at: now)
        states.apply(event)
        events.append(event)
        queue.removeLast(max(0, queue.count - record.queueCount))
        position = record.position
        card = record.card
        nextDue = record.nextDue
        let label = Rating(rawValue: rawRating)?.label ?? String(rawRating)
        output += ["Undone: the rating \(label).", ""]
        output += presentHeaderAndPrompt(record.card)
        output += ["", record.card.prompt]
    }

    // MARK: - Rating

    private mutating func rate(_ line: String, outcome: PlainReviewCard.Outcome, now: Int,
                               output: inout [String], events: inout [PracticeEvent]) {
        guard let current = card else { return }
        let word = line.trimmingCharacters(in: .whitespaces).lowercased()
        let chosen: Rating? = word.isEmpty
            ? outcome.standard
            : Int(word).flatMap(Rating.init(rawValue:)) ?? Rating.allCases.first { $0.label.lowercased() == word }
        guard let rating = chosen else {
            output += ["Type a rating number, or press Enter for \(outcome.standard.rawValue) \(outcome.standard.label).", current.prompt]
            return
        }
        guard outcome.allowed.contains(rating) else {
            if outcome.allowed == [.again] {
                output.append(outcome.correct == false
                              ? "A wrong answer is rated Again: type 1 or press Enter."
                              : "A card you did not know is rated Again: type 1 or press Enter.")
            } else {
                output.append("After a right answer, rate 2 Hard, 3 Good or 4 Easy.")
            }
            output.append(current.prompt)
            return
        }
        let event = PracticeEvent(.review(card: current.entry.cardID, rating: rating.rawValue, correct: outcome.correct,
                                          answer: outcome.answerText), at: now)
        undoStack.append(UndoRecord(event: event, position: position, queueCount: queue.count, card: current,
                                    nextDue: nextDue, right: outcome.right))
        states.apply(event)
        events.append(event)
        var rated = "Rated \(rating.label)"
        if let next = states[current.entry.cardID] {
            rated += "; next review in \(IntervalText.format(from: now, to: Int(next.due.timeIntervalSince1970.rounded(.down))))"
        }
        if let again = DueQueue.comeback(of: current.entry, states: states, now: now) { queue.append(again) }
        output += [rated + ".", ""]
        position += 1
        if position >= queue.count {
            // The session is over; anything that came due meanwhile joins it.
            let more = DueQueue.build(decks: decks, states: states, now: now, config: config, deckFilter: deckFilter)
            queue += more.entries
            nextDue = more.nextDue
        }
        openCard()
        if card == nil {
            isFinished = true
            output += ["Nothing more due" + dueLater(now: now) + ".", summary]
        } else {
            output += presentCard()
        }
    }

    // MARK: - Cards

    /// "Reviewed 3 cards, 2 right."
    var summary: String {
        "Reviewed \(reviewedCount) card\(reviewedCount == 1 ? "" : "s"), \(rightCount) right."
    }

    /// "; next card due in 3h", or nothing when no card is scheduled.
    private func dueLater(now: Int) -> String {
        guard let nextDue else { return "" }
        return "; next card due in \(IntervalText.format(from: now, to: nextDue))"
    }

    func text(for card: PlainReviewCard) -> PlainCardText {
        PlainCardText(item: card.item, order: card.order, width: width, diagrams: diagrams)
    }

    /// The header and the prompt of a card.
    func presentHeaderAndPrompt(_ card: PlainReviewCard) -> [String] {
        [card.header(number: position + 1, of: queue.count), ""] + text(for: card).prompt
    }

    /// Everything printed when a card comes up: header, prompt, choices, instructions.
    func presentCard() -> [String] {
        guard let card else { return [] }
        return presentHeaderAndPrompt(card) + [""] + text(for: card).answerSetup + [card.prompt]
    }

    /// Opens the card at `position`, skipping entries whose item has gone.
    private mutating func openCard() {
        card = nil
        while position < queue.count {
            let entry = queue[position]
            if decks.indices.contains(entry.deckIndex), decks[entry.deckIndex].items.indices.contains(entry.itemIndex) {
                let deck = decks[entry.deckIndex]
                let item = deck.items[entry.itemIndex]
                let seed = DisplayOrder.reviewSeed(states: states, cardID: entry.cardID)
                card = PlainReviewCard(entry: entry, item: item, deckTitle: deck.title,
                                       order: DisplayOrder.of(item, seed: seed))
                return
            }
            position += 1
        }
    }
}
