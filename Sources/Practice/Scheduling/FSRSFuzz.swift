/// Interval fuzz: spreads review-state intervals a little so cards learned
/// together do not stay due together.
///
/// The ranges are py-fsrs 6.3.2's exactly (FSRS.md §7). The draw is not:
/// py-fsrs uses Python's global `random()`, which no other program can
/// reproduce, so here the draw comes from a `SplitMix64` seeded per card and
/// review (`seed(cardID:reviewCount:)`). The same card reviewed the same way
/// therefore always lands on the same day, on every machine, and tests can
/// pin it; the distribution over the range is the same as py-fsrs's.
public enum FSRSFuzz {
    /// The inclusive range of whole days a fuzzed `days` interval is drawn from
    /// before the final rounding; nil when the interval is too short to fuzz (< 2.5 days).
    public static func range(days: Int, maximumInterval: Int) -> ClosedRange<Int>? {
        guard Double(days) >= 2.5 else { return nil }
        let n = Double(days)
        var delta = 1.0
        for (start, end, factor) in [(2.5, 7.0, 0.15), (7.0, 20.0, 0.10), (20.0, Double.infinity, 0.05)] {
            delta += factor * max(min(n, end) - start, 0)
        }
        var low = Int((n - delta).rounded(.toNearestOrEven))
        var high = Int((n + delta).rounded(.toNearestOrEven))
        low = max(2, low)
        high = min(high, maximumInterval)
        low = min(low, high)
        return low...high
    }

    /// The fuzzed interval for `days`, drawn with `unit` in [0, 1).
    ///
    /// As in py-fsrs the draw is `round(unit * (high - low + 1) + low)`, so the
    /// result lies in `low ... high + 1`, capped at the maximum interval.
    public static func fuzzedDays(_ days: Int, maximumInterval: Int, unit: Double) -> Int {
        guard let range = range(days: days, maximumInterval: maximumInterval) else { return days }
        let span = Double(range.upperBound - range.lowerBound + 1)
        let drawn = Int((unit * span + Double(range.lowerBound)).rounded(.toNearestOrEven))
        return min(drawn, maximumInterval)
    }

    /// The fuzzed interval for `days`, drawn from a generator seeded with `seed`.
    public static func fuzzedDays(_ days: Int, maximumInterval: Int, seed: UInt64) -> Int {
        var generator = SplitMix64(seed: seed)
        return fuzzedDays(days, maximumInterval: maximumInterval, unit: generator.nextUnitDouble())
    }

    /// A stable seed for the `reviewCount`-th review of a card: FNV-1a of the id's
    /// UTF-8 bytes, mixed with the count. (Swift's `Hasher` is reseeded every run, so it cannot be used.)
    public static func seed(cardID: String, reviewCount: Int) -> UInt64 {
        seed(cardHash: cardHash(cardID), reviewCount: reviewCount)
    }

    /// The same seed from a card hash computed once (`cardHash`), for replaying long logs.
    public static func seed(cardHash: UInt64, reviewCount: Int) -> UInt64 {
        var mixer = SplitMix64(seed: cardHash ^ UInt64(bitPattern: Int64(reviewCount)))
        return mixer.next()
    }

    /// FNV-1a of the card id's UTF-8 bytes: stable across runs and machines.
    public static func cardHash(_ cardID: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in cardID.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
