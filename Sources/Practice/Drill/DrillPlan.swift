import Course

/// The items of one timed drill (`attend drill`), chosen and ordered before it starts.
///
/// Items are drawn without replacement, each with a weight that grows with the learner's
/// weakness on its topics, so weak topics come up more often while strong ones still
/// appear. The same decks, history, topic, count and seed always give the same plan.
public struct DrillPlan: Equatable, Sendable {
    /// One item to answer.
    public struct Entry: Equatable, Sendable {
        public var item: QuizItem
        /// The topics the item is scored under: its tags less `interview` and the tag that
        /// chose it, or its deck id when no tag is left.
        public var topics: [String]
        /// 0 (always right on its topics) to 1 (always wrong, or never seen): the weakness of
        /// the item's weakest topic, which set its weight.
        public var weakness: Double

        public init(item: QuizItem, topics: [String], weakness: Double) {
            self.item = item
            self.topics = topics
            self.weakness = weakness
        }
    }

    public var entries: [Entry]
    /// What is drilled, for titles: the topic asked for, `interview`, or `all`.
    public var topic: String
    /// How many items matched the topic (the plan holds at most `count` of them).
    public var available: Int
    public var seed: UInt64
    /// Why the plan is empty, in words for the learner (an unknown topic, no quiz items).
    public var problem: String?

    public init(entries: [Entry], topic: String, available: Int, seed: UInt64, problem: String? = nil) {
        self.entries = entries
        self.topic = topic
        self.available = available
        self.seed = seed
        self.problem = problem
    }

    /// The tag that marks interview questions; the default drill takes the items that carry it.
    public static let interviewTag = "interview"

    /// How much more often the weakest topic is drawn than a mastered one: weight = 1 + 3 × weakness.
    static let weaknessBoost = 3.0

    /// Chooses up to `count` items.
    ///
    /// - Parameters:
    ///   - topic: a tag or a deck id (case ignored); nil takes the items tagged `interview`,
    ///     or every item when none is.
    ///   - history: the event log; reviews (not undone) and drill answers give each topic's accuracy.
    public static func make(decks: [QuizDeck], history: [PracticeEvent], topic: String?, count: Int,
                            seed: UInt64) -> DrillPlan {
        let all = decks.flatMap(\.items)
        var chosen: [QuizItem]
        var label: String
        var selectingTag: String?
        if let topic, !topic.isEmpty {
            let key = topic.lowercased()
            chosen = all.filter { item in item.deck.lowercased() == key || item.tags.contains { $0.lowercased() == key } }
            label = topic
            selectingTag = key
            if chosen.isEmpty {
                let problem = all.isEmpty
                    ? "There are no quiz items in this course yet."
                    : "No quiz item is tagged “\(topic)” and no deck is called “\(topic)”. Decks: "
                        + decks.map(\.id).joined(separator: ", ") + "."
                return DrillPlan(entries: [], topic: topic, available: 0, seed: seed, problem: problem)
            }
        } else {
            chosen = all.filter { $0.tags.contains(interviewTag) }
            label = interviewTag
            if chosen.isEmpty {
                chosen = all
                label = "all"
            }
            if chosen.isEmpty {
                return DrillPlan(entries: [], topic: label, available: 0, seed: seed,
                                 problem: "There are no quiz items in this course yet.")
            }
        }
        let accuracy = TopicAccuracy(history: history, decks: decks)
        let candidates = chosen.map { item -> Entry in
            let topics = scoringTopics(of: item, selectingTag: selectingTag)
            let weakness = topics.map { accuracy.weakness(of: $0) }.max() ?? 1
            return Entry(item: item, topics: topics, weakness: weakness)
        }
        let picked = weightedSample(candidates.map { 1 + weaknessBoost * $0.weakness }, count: count, seed: seed)
        return DrillPlan(entries: picked.map { candidates[$0] }, topic: label, available: chosen.count, seed: seed)
    }

    /// The topics an item is scored under: tags that say what it is about. `interview` says
    /// what it is for, and the tag that chose the drill is on every item, so neither sorts
    /// anything; an item left with no tag counts under its deck.
    static func scoringTopics(of item: QuizItem, selectingTag: String?) -> [String] {
        var seen: Set<String> = []
        let topics = item.tags.filter { tag in
            let key = tag.lowercased()
            return key != interviewTag && key != selectingTag && seen.insert(key).inserted
        }
        return topics.isEmpty ? [item.deck] : topics
    }

    /// Indices of `count` of the weights' items, drawn one at a time without replacement, each
    /// with probability proportional to its weight among those left (a roulette wheel on
    /// SplitMix64's unit doubles, so the draw is the same on every platform).
    static func weightedSample(_ weights: [Double], count: Int, seed: UInt64) -> [Int] {
        var random = SplitMix64(seed: seed)
        var left = Array(weights.indices)
        var picked: [Int] = []
        while picked.count < max(0, count), !left.isEmpty {
            let total = left.reduce(0) { $0 + weights[$1] }
            var target = random.nextUnitDouble() * total
            var choice = left.count - 1
            for (position, index) in left.enumerated() {
                if target < weights[index] {
                    choice = position
                    break
                }
                target -= weights[index]
            }
            picked.append(left.remove(at: choice))
        }
        return picked
    }
}
