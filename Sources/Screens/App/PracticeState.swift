import Course
import Practice

/// What reviewing needs, loaded once at launch: the decks, every card's state replayed from
/// the log, and the learner's settings.
public struct PracticeState: Sendable {
    public var decks: [QuizDeck]
    public var states: CardStates
    public var config: PracticeConfig
    /// Every event in the log, kept current with what the app saves (for the statistics).
    public var events: [PracticeEvent] = []

    /// Decks in course order: by the position of their first lesson.
    public init(decks: [QuizDeck], states: CardStates, config: PracticeConfig, catalog: CourseCatalog? = nil, events: [PracticeEvent] = []) {
        self.events = events
        let position: (QuizDeck) -> Int = { deck in
            deck.lessons.compactMap { catalog?.position(ofLesson: $0) }.min() ?? Int.max
        }
        self.decks = decks.enumerated().sorted { (position($0.element), $0.offset) < (position($1.element), $1.offset) }.map(\.element)
        self.states = states
        self.config = config
    }

    /// The decks to review: those of lessons the learner has opened, and any deck with a card
    /// already reviewed. New cards come only from what has been read.
    public func decks(for progress: ReadingProgress) -> [QuizDeck] {
        decks.filter { deck in
            deck.lessons.contains { progress.isStarted($0) } || deck.items.contains { states[$0.cardID] != nil }
        }
    }

    /// Cards due now and new cards available today, for the course map.
    public func counts(now: Int, progress: ReadingProgress) -> (due: Int, new: Int) {
        let queue = DueQueue.build(decks: decks(for: progress), states: states, now: now, config: config)
        return (queue.dueCount, queue.newCount)
    }
}

extension PracticeState {
    /// The questions of a lesson's checkpoints as the reader shows them: each prompt with a
    /// mark from the card's last rating (Again: wrong; any other: right; none: open).
    public func checkpointQuestions(for lesson: Lesson, states: CardStates? = nil) -> [String: CheckpointQuestion] {
        let states = states ?? self.states
        let wanted = Set(lesson.checkpoints.flatMap { $0.items.map(\.id) })
        var questions: [String: CheckpointQuestion] = [:]
        for deck in decks where lesson.meta.decks.contains(deck.id) || lesson.checkpoints.contains(where: { $0.items.contains { $0.deck == deck.id } }) {
            for item in deck.items where wanted.contains(item.cardID) {
                let mark: CheckpointQuestion.Mark
                switch states.entries[item.cardID]?.reviews.last?.rating {
                case nil: mark = .open
                case .again?: mark = .wrong
                default: mark = .right
                }
                questions[item.cardID] = CheckpointQuestion(item: item, mark: mark)
            }
        }
        return questions
    }
}
