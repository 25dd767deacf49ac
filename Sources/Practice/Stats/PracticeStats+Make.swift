import Course
import Foundation

extension PracticeStats {
    /// Sums up the log at `now` (whole seconds UTC). Pure: the same inputs give the same figures.
    ///
    /// `states` must be the card states replayed from the same `events`: they tell which
    /// reviews were of cards in the review state, for true retention.
    public static func make(events: [PracticeEvent], decks: [QuizDeck], catalog: CourseCatalog,
                            states: CardStates, now: Int) -> PracticeStats {
        let todayNumber = UTCDay.number(of: now)
        let cards = CardIndex(decks: decks)
        var history = ReviewHistory(recentFrom: UTCDay.start(ofDay: todayNumber - (recentDays - 1)))
        let cancelled = CardStates.cancelledReviews(in: events)
        var predictions = Tally()
        // The k-th review in force of a card is `states.entries[card].reviews[k]`, which knows
        // the card's state before it.
        var reviewsSeen: [String: Int] = [:]
        for (index, event) in events.enumerated() {
            switch event.kind {
            case .review(let card, let rawRating, let correct, _):
                guard !cancelled.contains(index), let rating = Rating(rawValue: rawRating) else { continue }
                let k = reviewsSeen[card, default: 0]
                reviewsSeen[card] = k + 1
                let inForce = states.entries[card]?.reviews
                let before = inForce.flatMap { $0.indices.contains(k) ? $0[k].stateBefore : nil }
                history.record(rating: rating, stateBefore: before, correct: correct, at: event.at, place: cards.places[card])
            case .prediction(_, _, _, _, _, _, let correct):
                predictions.count(correct)
            default:
                break
            }
        }

        let forecast = Forecast(decks: decks, states: states, now: now, today: todayNumber)
        let streaks = Streaks(days: history.reviewsByDay.keys, today: todayNumber)
        let progress = ReadingProgress(replaying: events)
        let modules = catalog.modules.map { module in
            ModuleProgress(id: module.id, title: module.title,
                           finished: module.lessons.filter { progress.isFinished($0.meta.id) }.count,
                           lessons: module.lessons.count)
        }
        // The calendar starts on a Monday so each column is a whole week, Monday on top.
        let firstDay = todayNumber - UTCDay.weekday(ofDay: todayNumber) - 7 * (calendarWeeks - 1)
        let reviewsPerDay = (firstDay...todayNumber).map { history.reviewsByDay[$0] ?? 0 }

        let deckAccuracy = decks.indices.compactMap { index -> Group? in
            guard let tally = history.deckTallies[index] else { return nil }
            return Group(id: decks[index].id, title: decks[index].title, tally: tally)
        }
        let tagAccuracy = history.tagTallies.keys.sorted().map { Group(id: $0, title: $0, tally: history.tagTallies[$0] ?? Tally()) }

        return PracticeStats(
            now: now, today: UTCDay.start(ofDay: todayNumber), forecast: forecast.days, dueNow: forecast.dueNow,
            dueLater: forecast.later, newCards: forecast.newCards, averageRecall: forecast.averageRecall,
            calendarStart: UTCDay.start(ofDay: firstDay), reviewsPerDay: reviewsPerDay,
            totalReviews: history.total, reviewsToday: history.reviewsByDay[todayNumber] ?? 0,
            retentionRecent: history.retentionRecent, retentionAllTime: history.retentionAllTime,
            deckAccuracy: deckAccuracy, tagAccuracy: tagAccuracy, modules: modules, predictions: predictions,
            currentStreak: streaks.current, longestStreak: streaks.longest)
    }
}

/// Where each card the decks define lives: its deck's index and its tags.
private struct CardIndex {
    struct Place {
        var deck: Int
        var tags: [String]
    }

    var places: [String: Place] = [:]

    init(decks: [QuizDeck]) {
        for (deckIndex, deck) in decks.enumerated() {
            for item in deck.items {
                places[item.cardID] = Place(deck: deckIndex, tags: item.tags)
            }
        }
    }
}

/// The reviews in force, counted in log order.
private struct ReviewHistory {
    /// The first second of the recent retention window.
    let recentFrom: Int
    var reviewsByDay: [Int: Int] = [:]
    var total = 0
    var retentionRecent = PracticeStats.Tally()
    var retentionAllTime = PracticeStats.Tally()
    var deckTallies: [Int: PracticeStats.Tally] = [:]
    var tagTallies: [String: PracticeStats.Tally] = [:]

    init(recentFrom: Int) {
        self.recentFrom = recentFrom
    }

    mutating func record(rating: Rating, stateBefore: CardState?, correct: Bool?, at: Int, place: CardIndex.Place?) {
        total += 1
        reviewsByDay[UTCDay.number(of: at), default: 0] += 1
        if stateBefore == .review {
            let passed = rating != .again
            retentionAllTime.count(passed)
            if at >= recentFrom { retentionRecent.count(passed) }
        }
        if let correct, let place {
            deckTallies[place.deck, default: PracticeStats.Tally()].count(correct)
            for tag in Set(place.tags) { tagTallies[tag, default: PracticeStats.Tally()].count(correct) }
        }
    }
}

/// Cards due per UTC day ahead, and the cards outside the forecast.
private struct Forecast {
    var days = [Int](repeating: 0, count: PracticeStats.forecastDays)
    var dueNow = 0
    var later = 0
    var newCards = 0
    var averageRecall: Double?

    init(decks: [QuizDeck], states: CardStates, now: Int, today: Int) {
        let date = Date(timeIntervalSince1970: TimeInterval(now))
        var seen: Set<String> = []
        var recallSum = 0.0
        var reviewed = 0
        for deck in decks {
            for item in deck.items where seen.insert(item.cardID).inserted {
                guard let card = states[item.cardID] else {
                    newCards += 1
                    continue
                }
                reviewed += 1
                recallSum += states.scheduler.retrievability(of: card, at: date)
                let due = Int(card.due.timeIntervalSince1970.rounded(.down))
                if due <= now { dueNow += 1 }
                let offset = max(0, UTCDay.number(of: due) - today)
                if offset < days.count { days[offset] += 1 } else { later += 1 }
            }
        }
        averageRecall = reviewed > 0 ? recallSum / Double(reviewed) : nil
    }
}

/// Runs of consecutive days with a review.
private struct Streaks {
    var current = 0
    var longest = 0

    init<Days: Sequence>(days: Days, today: Int) where Days.Element == Int {
        let set = Set(days)
        for day in set where !set.contains(day - 1) {
            var end = day
            while set.contains(end + 1) { end += 1 }
            longest = max(longest, end - day + 1)
            // A run that ends yesterday is still current: today is not over yet.
            if end == today || end == today - 1 {
                current = end - day + 1
            }
        }
    }
}
