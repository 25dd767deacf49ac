import Course
import Testing
@testable import Practice

/// A card item with tags, enough for planning (the kind does not matter to the plan).
func drillItem(_ id: String, deck: String = "d", tags: [String] = [], prompt: String = "Prompt") -> QuizItem {
    QuizItem(id: id, deck: deck, answer: .card(QuizText("Answer", firstLine: 9)), prompt: QuizText(prompt, firstLine: 3), tags: tags)
}

@Suite("Drill plan")
struct DrillPlanTests {
    static let t0 = 1_800_000_000

    static func review(_ card: String, correct: Bool?, rating: Int = 3, at: Int = t0) -> PracticeEvent {
        PracticeEvent(.review(card: card, rating: rating, correct: correct, answer: ""), at: at)
    }

    static func cardIDs(_ plan: DrillPlan) -> [String] { plan.entries.map(\.item.cardID) }

    @Test func defaultDrillTakesInterviewItems() {
        let deck = QuizDeck(id: "d", title: "D", items: [
            drillItem("a", tags: ["interview", "attention"]), drillItem("b", tags: ["attention"]), drillItem("c", tags: ["interview"]),
        ])
        let plan = DrillPlan.make(decks: [deck], history: [], topic: nil, count: 10, seed: 1)
        #expect(Set(Self.cardIDs(plan)) == ["d/a", "d/c"])
        #expect(plan.topic == "interview")
        #expect(plan.available == 2)
        // `interview` sorts nothing: a keeps its own tag, c falls back to its deck.
        let topics = Dictionary(uniqueKeysWithValues: plan.entries.map { ($0.item.id, $0.topics) })
        #expect(topics == ["a": ["attention"], "c": ["d"]])
    }

    @Test func withoutInterviewItemsEveryItemIsDrilled() {
        let deck = QuizDeck(id: "d", title: "D", items: [drillItem("a"), drillItem("b")])
        let plan = DrillPlan.make(decks: [deck], history: [], topic: nil, count: 10, seed: 1)
        #expect(Set(Self.cardIDs(plan)) == ["d/a", "d/b"])
        #expect(plan.topic == "all")
    }

    @Test func topicIsATagOrADeckIgnoringCase() {
        let decks = [
            QuizDeck(id: "attn", title: "A", items: [drillItem("a", deck: "attn"), drillItem("b", deck: "attn", tags: ["Softmax"])]),
            QuizDeck(id: "loss", title: "L", items: [drillItem("c", deck: "loss", tags: ["softmax", "entropy"])]),
        ]
        let byTag = DrillPlan.make(decks: decks, history: [], topic: "softmax", count: 10, seed: 3)
        #expect(Set(Self.cardIDs(byTag)) == ["attn/b", "loss/c"])
        // The chosen tag is on every item, so it is not a topic of the report.
        #expect(byTag.entries.first { $0.item.id == "c" }?.topics == ["entropy"])
        let byDeck = DrillPlan.make(decks: decks, history: [], topic: "ATTN", count: 10, seed: 3)
        #expect(Set(Self.cardIDs(byDeck)) == ["attn/a", "attn/b"])
    }

    @Test func unknownTopicSaysWhatExists() {
        let decks = [QuizDeck(id: "attn", title: "A", items: [drillItem("a", deck: "attn")]),
                     QuizDeck(id: "loss", title: "L", items: [drillItem("c", deck: "loss")])]
        let plan = DrillPlan.make(decks: decks, history: [], topic: "rope", count: 5, seed: 1)
        #expect(plan.entries.isEmpty)
        #expect(plan.problem == "No quiz item is tagged “rope” and no deck is called “rope”. Decks: attn, loss.")
        let none = DrillPlan.make(decks: [], history: [], topic: nil, count: 5, seed: 1)
        #expect(none.entries.isEmpty && none.problem == "There are no quiz items in this course yet.")
    }

    @Test func sameSeedSamePlanAndNoRepeats() {
        let deck = QuizDeck(id: "d", title: "D", items: (0..<12).map { drillItem("i\($0)", tags: ["t\($0 % 3)"]) })
        let first = DrillPlan.make(decks: [deck], history: [], topic: nil, count: 5, seed: 99)
        let again = DrillPlan.make(decks: [deck], history: [], topic: nil, count: 5, seed: 99)
        #expect(first == again)
        #expect(first.entries.count == 5 && Set(Self.cardIDs(first)).count == 5)
        let orders = Set((0..<20).map { Self.cardIDs(DrillPlan.make(decks: [deck], history: [], topic: nil, count: 5, seed: UInt64($0))) })
        #expect(orders.count > 10, "different seeds give different drills")
        let all = DrillPlan.make(decks: [deck], history: [], topic: nil, count: 50, seed: 1)
        #expect(all.entries.count == 12, "a count above what matches takes everything once")
    }

    /// Weakness by hand: 3 right of 4 → 0.25; a self-graded Hard counts as right, Again as
    /// wrong; a right drill answer counts; an undone review does not; a tag never answered is as weak as can be.
    @Test func weaknessComesFromReviewsAndDrills() throws {
        let deck = QuizDeck(id: "d", title: "D", items: [
            drillItem("a", tags: ["seen"]), drillItem("b", tags: ["selfgraded"]), drillItem("c", tags: ["undone"]),
            drillItem("e", tags: ["drilled"]), drillItem("f", tags: ["fresh"]),
        ])
        let drillLine = #"{"at":"2027-01-15T08:00:00Z","kind":"drill","card":"d/e","correct":true,"seconds":40,"answer":"x","drill":"2027-01-15T07:58:00Z"}"#
        let drill = try PracticeEvent.decode(drillLine).get()
        let history = [
            Self.review("d/a", correct: true), Self.review("d/a", correct: false, rating: 1),
            Self.review("d/a", correct: true), Self.review("d/a", correct: true),
            Self.review("d/b", correct: nil, rating: 2), Self.review("d/b", correct: nil, rating: 1),
            Self.review("d/c", correct: true, at: Self.t0 + 5),
            PracticeEvent(.reviewUndone(card: "d/c", reviewedAt: Self.t0 + 5), at: Self.t0 + 6),
            drill,
        ]
        let plan = DrillPlan.make(decks: [deck], history: history, topic: nil, count: 5, seed: 1)
        let weakness = Dictionary(uniqueKeysWithValues: plan.entries.map { ($0.item.id, $0.weakness) })
        #expect(weakness == ["a": 0.25, "b": 0.5, "c": 1, "e": 0, "f": 1])
    }

    /// Draws checked against an independent Python SplitMix64 roulette: weights 1, 4, 1, 4
    /// (mastered, unseen, mastered, unseen) with seed 2024 give indices 3, 0, 1, 2.
    @Test func weightedDrawMatchesTheReference() {
        #expect(DrillPlan.weightedSample([1, 4, 1, 4], count: 4, seed: 2024) == [3, 0, 1, 2])
        #expect(DrillPlan.weightedSample([1, 4, 1, 4], count: 2, seed: 7) == [1, 0])
        let deck = QuizDeck(id: "d", title: "D", items: [
            drillItem("a1", tags: ["strong"]), drillItem("b1", tags: ["weak"]), drillItem("a2", tags: ["strong"]), drillItem("b2", tags: ["weak"]),
        ])
        let plan = DrillPlan.make(decks: [deck], history: [Self.review("d/a1", correct: true)], topic: nil, count: 4, seed: 2024)
        #expect(Self.cardIDs(plan) == ["d/b2", "d/a1", "d/b1", "d/a2"])
    }

    /// With one mastered item (weight 1) and one unseen (weight 4), the unseen one leads a
    /// one-item drill 4 times in 5: over 2,000 seeds, 1,600 ± 60 (the standard deviation is 18).
    @Test func weakTopicsComeUpMoreOften() {
        let deck = QuizDeck(id: "d", title: "D", items: [drillItem("known", tags: ["strong"]), drillItem("new", tags: ["weak"])])
        let history = [Self.review("d/known", correct: true)]
        var weakFirst = 0
        for seed in 0..<2000 {
            let plan = DrillPlan.make(decks: [deck], history: history, topic: nil, count: 1, seed: UInt64(seed))
            if plan.entries.first?.item.id == "new" { weakFirst += 1 }
        }
        #expect((1540...1660).contains(weakFirst), "weak item first in \(weakFirst) of 2000 drills")
    }
}
