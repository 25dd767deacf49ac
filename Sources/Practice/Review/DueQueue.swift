import Course
import Foundation

/// The cards to review now, in the order to show them (SPEC §5).
///
/// First every reviewed card that is due (due ≤ now), earliest due first (ties in deck
/// order); then never-reviewed cards, in deck and file order, up to the daily limit.
///
/// "Today" for the new-card limit is the UTC day that holds `now`: cards whose first review
/// falls between the last UTC midnight and `now` count against `new_cards_per_day`, across
/// all decks. A UTC day keeps the count the same on every machine and needs no time zone;
/// the cost is that the day rolls over at midnight UTC, not local midnight.
public struct DueQueue: Equatable, Sendable {
    /// One card to show.
    public struct Entry: Equatable, Sendable {
        public var cardID: String
        /// Index into the `decks` the queue was built from, and into that deck's items.
        public var deckIndex: Int
        public var itemIndex: Int
        /// True for a card never reviewed.
        public var isNew: Bool
        /// When it came due (whole seconds UTC); nil for a new card.
        public var due: Int?

        public init(cardID: String, deckIndex: Int, itemIndex: Int, isNew: Bool, due: Int?) {
            self.cardID = cardID
            self.deckIndex = deckIndex
            self.itemIndex = itemIndex
            self.isNew = isNew
            self.due = due
        }
    }

    public var entries: [Entry]
    /// Reviewed cards due now (the first `dueCount` entries).
    public var dueCount: Int
    /// New cards in the queue.
    public var newCount: Int
    /// New cards already introduced today, counted against the limit.
    public var introducedToday: Int
    /// New cards left out because today's limit is reached.
    public var newHeldBack: Int
    /// When the next card not in the queue comes due: the earliest future due time, or the
    /// next UTC midnight when new cards are held back by the limit. Nil when nothing is left.
    public var nextDue: Int?

    public var isEmpty: Bool { entries.isEmpty }

    /// A rated card comes back in the same session when its next step is due within this many
    /// seconds (Anki's default learn-ahead limit): Again on a new card means "show me again soon".
    /// Shared by the Review screen and the plain review.
    public static let learnAhead = 20 * 60

    /// After a rating: the card again, for the end of this session, when its next step is due
    /// within `learnAhead`; nil when it waits for a later session.
    public static func comeback(of entry: Entry, states: CardStates, now: Int) -> Entry? {
        guard let next = states[entry.cardID] else { return nil }
        let due = Int(next.due.timeIntervalSince1970.rounded(.down))
        guard due <= now + learnAhead else { return nil }
        return Entry(cardID: entry.cardID, deckIndex: entry.deckIndex, itemIndex: entry.itemIndex, isNew: false, due: due)
    }

    /// Builds the queue. `deckFilter` keeps one deck (by id); nil takes every deck.
    public static func build(decks: [QuizDeck], states: CardStates, now: Int, config: PracticeConfig,
                             deckFilter: String? = nil) -> DueQueue {
        let today = dayStart(of: now)
        let tomorrow = today + 86_400
        var due: [(entry: Entry, order: Int)] = []
        var fresh: [Entry] = []
        var nextDue: Int?
        var order = 0
        for (deckIndex, deck) in decks.enumerated() where deckFilter == nil || deck.id == deckFilter {
            for (itemIndex, item) in deck.items.enumerated() {
                order += 1
                let cardID = item.cardID
                guard let card = states[cardID] else {
                    fresh.append(Entry(cardID: cardID, deckIndex: deckIndex, itemIndex: itemIndex, isNew: true, due: nil))
                    continue
                }
                let dueAt = Int(card.due.timeIntervalSince1970.rounded(.down))
                if dueAt <= now {
                    due.append((Entry(cardID: cardID, deckIndex: deckIndex, itemIndex: itemIndex, isNew: false, due: dueAt), order))
                } else {
                    nextDue = min(nextDue ?? dueAt, dueAt)
                }
            }
        }
        due.sort { ($0.entry.due ?? 0, $0.order) < ($1.entry.due ?? 0, $1.order) }
        let introduced = states.introducedCount(from: today, to: now + 1)
        let allowed = max(0, config.newCardsPerDay - introduced)
        let newCards = fresh.prefix(allowed)
        let heldBack = fresh.count - newCards.count
        if heldBack > 0 { nextDue = min(nextDue ?? tomorrow, tomorrow) }
        return DueQueue(entries: due.map(\.entry) + newCards, dueCount: due.count, newCount: newCards.count,
                        introducedToday: introduced, newHeldBack: heldBack, nextDue: nextDue)
    }

    /// The last UTC midnight at or before `time`.
    public static func dayStart(of time: Int) -> Int {
        let days = time >= 0 ? time / 86_400 : (time - 86_399) / 86_400
        return days * 86_400
    }
}
