import Foundation
import Testing
@testable import Practice

/// Fuzz ranges are py-fsrs's; the draw is our own seeded generator.
@Suite struct FSRSFuzzTests {
    let start = FSRSTestSupport.date("2026-01-05T09:30:00Z")

    /// Hand-computed from FSRS.md §7: delta = 1 + 0.15·(min(n,7)-2.5)⁺ + 0.10·(min(n,20)-7)⁺ + 0.05·(n-20)⁺.
    @Test(arguments: [(3, 2...4), (5, 4...6), (8, 6...10), (10, 8...12), (100, 93...107), (36_500, 34_673...36_500)])
    func rangeMatchesReference(days: Int, expected: ClosedRange<Int>) {
        #expect(FSRSFuzz.range(days: days, maximumInterval: 36_500) == expected)
    }

    @Test func shortIntervalsAreNotFuzzed() {
        #expect(FSRSFuzz.range(days: 1, maximumInterval: 36_500) == nil)
        #expect(FSRSFuzz.range(days: 2, maximumInterval: 36_500) == nil)
        for seed in 0..<50 as Range<UInt64> {
            #expect(FSRSFuzz.fuzzedDays(2, maximumInterval: 36_500, seed: seed) == 2)
        }
    }

    /// Over many seeds the draws cover py-fsrs's observed outcomes (low … high + 1, capped) and no more.
    @Test(arguments: [(3, 2...5), (10, 8...13), (100, 93...108), (36_500, 34_673...36_500)])
    func drawsStayInRangeAndSpreadAcrossIt(days: Int, outcomes: ClosedRange<Int>) {
        var seen = Set<Int>()
        for seed in 0..<4_000 as Range<UInt64> {
            let drawn = FSRSFuzz.fuzzedDays(days, maximumInterval: 36_500, seed: seed)
            #expect(outcomes.contains(drawn), "seed \(seed) gave \(drawn)")
            seen.insert(drawn)
        }
        if outcomes.count < 20 {
            #expect(seen == Set(outcomes))
        }
    }

    @Test func sameSeedSameDueDifferentSeedsSpread() {
        let fuzzy = FSRSScheduler(.defaults)
        let new = SchedulerCard.new(dueAt: start)
        let first = fuzzy.review(new, rating: .easy, at: start, fuzzSeed: 7)
        let again = fuzzy.review(new, rating: .easy, at: start, fuzzSeed: 7)
        #expect(first == again)
        // Unfuzzed: 8 days; fuzzed range 6...10, outcomes 6...11.
        var days = Set<Int>()
        for seed in 0..<300 as Range<UInt64> {
            let card = fuzzy.review(new, rating: .easy, at: start, fuzzSeed: seed)
            let offset = Int(card.due.timeIntervalSince(start) / 86_400)
            #expect((6...11).contains(offset))
            days.insert(offset)
        }
        #expect(days.count >= 5)
        // Without a seed the outcome is still reproducible.
        #expect(fuzzy.review(new, rating: .easy, at: start) == fuzzy.review(new, rating: .easy, at: start))
    }

    @Test func learningStepsAreNeverFuzzed() {
        let fuzzy = FSRSScheduler(.defaults)
        for seed in 0..<100 as Range<UInt64> {
            let card = fuzzy.review(.new(dueAt: start), rating: .good, at: start, fuzzSeed: seed)
            #expect(card.due == start.addingTimeInterval(600))
        }
    }

    /// Seeds must not change between runs (Swift's Hasher would); value computed in Python
    /// from FNV-1a of "c001" xor 3, then one SplitMix64 step.
    @Test func cardSeedIsStableAcrossRuns() {
        #expect(FSRSFuzz.seed(cardID: "c001", reviewCount: 3) == 3_617_847_912_504_973_548)
        #expect(FSRSFuzz.fuzzedDays(10, maximumInterval: 36_500, seed: 3_617_847_912_504_973_548) == 9)
        #expect(FSRSFuzz.seed(cardID: "c001", reviewCount: 4) != FSRSFuzz.seed(cardID: "c001", reviewCount: 3))
    }
}
