import Course

/// The order in which a card's options or steps are shown. One shuffle and one pair of seeds
/// serve the Review screen and the plain review, the drill screen and the plain drill, and
/// the Anki export, so every view of one review shows a card the same way.
///
/// Fisher–Yates with a SplitMix64 is written out (rather than `shuffle(using:)`, which does
/// not promise the same order across Swift versions). Steps are never shown in the right
/// order, which would give the answer away.
public enum DisplayOrder {
    /// The display order of `item`'s options or steps (empty for other kinds): shuffled with
    /// `seed` unless the item says `shuffle: false`.
    public static func of(_ item: QuizItem, seed: UInt64) -> [Int] {
        switch item.answer {
        case .choice(let options), .multi(let options):
            return arrange(options.count, shuffle: item.shuffle, neverInOrder: false, seed: seed)
        case .order(let steps):
            return arrange(steps.count, shuffle: item.shuffle, neverInOrder: true, seed: seed)
        default:
            return []
        }
    }

    /// `0..<count`, shuffled when asked; with `neverInOrder`, an order that comes out as
    /// `0..<count` is rotated by one.
    public static func arrange(_ count: Int, shuffle: Bool, neverInOrder: Bool, seed: UInt64) -> [Int] {
        var order = Array(0..<count)
        if shuffle, count > 1 {
            var random = SplitMix64(seed: seed)
            for i in stride(from: count - 1, to: 0, by: -1) {
                let j = Int(random.next() % UInt64(i + 1))
                order.swapAt(i, j)
            }
        }
        if neverInOrder, count > 1, order == Array(0..<count) {
            order = Array(order.dropFirst()) + [order[0]]
        }
        return order
    }

    /// The seed for a card in a review: per card and review count, so the order is stable for
    /// one review and changes between reviews.
    public static func reviewSeed(states: CardStates, cardID: String) -> UInt64 {
        states.nextFuzzSeed(cardID) ^ 0x5348_5546_464C_4531
    }

    /// The seed for the question at `position` of a drill plan.
    public static func drillSeed(plan: DrillPlan, position: Int) -> UInt64 {
        var random = SplitMix64(seed: plan.seed ^ 0x4452_494C_4C53_4545 &+ UInt64(max(0, position)))
        return random.next()
    }
}
