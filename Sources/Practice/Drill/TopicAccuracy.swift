import Course

/// How often the learner has been right on each topic (a tag, or a deck id), from the
/// reviews and drill answers in the event log. Drives the weighting of drills.
struct TopicAccuracy: Sendable {
    /// Right and total answers per topic, keyed by the lower-cased tag or deck id.
    private(set) var counts: [String: (right: Int, seen: Int)] = [:]

    init(history: [PracticeEvent], decks: [QuizDeck]) {
        var topicsByCard: [String: [String]] = [:]
        for deck in decks {
            for item in deck.items {
                topicsByCard[item.cardID] = Array(Set(item.tags.map { $0.lowercased() } + [item.deck.lowercased()]))
            }
        }
        let undone = CardStates.cancelledReviews(in: history)
        for (index, event) in history.enumerated() {
            guard let (card, right) = Self.answer(in: event), !undone.contains(index),
                  let topics = topicsByCard[card] else { continue }
            for topic in topics {
                let old = counts[topic] ?? (0, 0)
                counts[topic] = (old.right + (right ? 1 : 0), old.seen + 1)
            }
        }
    }

    /// 1 − the share of right answers on the topic; 1 for a topic never answered, so
    /// topics the learner has not met count as weak.
    func weakness(of topic: String) -> Double {
        guard let count = counts[topic.lowercased()], count.seen > 0 else { return 1 }
        return 1 - Double(count.right) / Double(count.seen)
    }

    /// The card and whether it was right, for a review or a drill answer.
    ///
    /// A self-graded review (no `correct`) counts as right unless rated Again.
    static func answer(in event: PracticeEvent) -> (card: String, right: Bool)? {
        switch event.kind {
        case .review(let card, let rating, let correct, _):
            return (card, correct ?? (rating > 1))
        case .drill(let card, let correct, _, _, _):
            return (card, correct)
        default:
            return nil
        }
    }
}
