import Course
import Testing
@testable import Practice

/// Commands at the prompts (help, hint, undo, quit), the end of a session, and that nothing
/// from a quiz file or from the keyboard reaches the terminal as a control character.
///
/// Expected intervals: see `PlainReviewKindsTests` (att/pick Easy is 11 days, by an
/// independent Python computation of the seeded fuzz).
@Suite("Plain review: session")
struct PlainReviewSessionTests {
    static let twoCards = plainQuiz(PlainReviewKindsTests.pick + """
    ## name
    kind: text
    accept: [layer norm, layernorm]

    What normalises each token's features?

    """)

    static let pickPrompt = "Why divide the scores by the square root of the key size?"

    @Test func undoBringsTheLastCardBackToItsRating() {
        var t = PlainReviewTranscript(Self.twoCards)
        #expect(t.start().first == "Card 1 of 2 — Attention — choice")
        _ = t.type("3")
        #expect(t.type("4") == ["Rated Easy; next review in 11d.", "", "Card 2 of 2 — Attention — text", "",
                                "What normalises each token's features?", "", "Type your answer."])
        #expect(t.session.states["att/pick"] != nil)
        #expect(t.type("u") == ["Undone: the rating Easy.", "", "Card 1 of 2 — Attention — choice", "", Self.pickPrompt, "",
                                "Rate: 2 Hard (6m), 3 Good (10m), 4 Easy (11d) [Enter = 3]"])
        let opened = PlainReviewTranscript.opened
        #expect(t.events.last == PracticeEvent(.reviewUndone(card: "att/pick", reviewedAt: opened + 20), at: opened + 30))
        #expect(t.session.states["att/pick"] == nil)
        #expect(t.session.reviewedCount == 0)
        // Rated Good instead, the card comes back later in the session as a third card.
        #expect(t.type("").prefix(3) == ["Rated Good; next review in 10m.", "", "Card 2 of 3 — Attention — text"])
        #expect(t.events.last == PlainReviewTranscript.review("att/pick", 3, true, "To keep the softmax from saturating", at: opened + 40))
    }

    @Test func undoWithNothingToUndoSaysSoAndAsksAgain() {
        var t = PlainReviewTranscript(Self.twoCards)
        _ = t.start()
        #expect(t.type("u") == ["Nothing to undo.", "Type the number of your choice."])
        #expect(t.events.isEmpty)
    }

    @Test func helpListsTheCommandsThenRepeatsThePrompt() {
        var t = PlainReviewTranscript(Self.twoCards)
        _ = t.start()
        let help = [
            "Commands, typed alone on a line at any prompt:",
            "  ?  this help",
            "  h  show the hint",
            "  u  undo the last rating",
            "  q  quit and show how many you reviewed",
            "To answer with one of these letters, type a space before it.",
        ]
        #expect(t.type("?") == help + ["Type the number of your choice."])
        _ = t.type("3")
        #expect(t.type("? ") == help + ["Rate: 2 Hard (6m), 3 Good (10m), 4 Easy (11d) [Enter = 3]"])
        #expect(t.events.isEmpty)
    }

    @Test func hintAtTheRatingPromptAndACardWithoutOne() {
        var t = PlainReviewTranscript(Self.twoCards)
        _ = t.start()
        _ = t.type("3")
        #expect(t.type("H") == ["Hint:", "Think about the variance of a sum.",
                                "Rate: 2 Hard (6m), 3 Good (10m), 4 Easy (11d) [Enter = 3]"])
        _ = t.type("4")
        #expect(t.type("h") == ["This card has no hint.", "Type your answer."])
    }

    @Test func quitPrintsWhatWasReviewedAndEndsTheSession() {
        var t = PlainReviewTranscript(Self.twoCards)
        _ = t.start()
        _ = t.type("3")
        _ = t.type("")
        _ = t.type("attention norm")
        _ = t.type("")
        #expect(t.events.count == 2)
        #expect(t.type("q") == ["Reviewed 2 cards, 1 right."])
        #expect(t.finished)
        let after = t.session.input("3", now: t.now + 10)
        #expect(after.output.isEmpty && after.events.isEmpty && after.finished)
    }

    @Test func aRatingThatIsNotOneOfTheChoicesAsksAgain() {
        var t = PlainReviewTranscript(Self.twoCards)
        _ = t.start()
        _ = t.type("3")
        let prompt = "Rate: 2 Hard (6m), 3 Good (10m), 4 Easy (11d) [Enter = 3]"
        #expect(t.type("1") == ["After a right answer, rate 2 Hard, 3 Good or 4 Easy.", prompt])
        #expect(t.type("soon") == ["Type a rating number, or press Enter for 3 Good.", prompt])
        #expect(t.type("hard").first == "Rated Hard; next review in 6m.")
        #expect(t.events.map(\.kind) == [.review(card: "att/pick", rating: 2, correct: true, answer: "To keep the softmax from saturating")])
    }

    @Test func windowsLineEndsAreRead() {
        var t = PlainReviewTranscript(Self.twoCards)
        _ = t.start()
        #expect(t.type("3\r").prefix(2) == ["", "Right."])
        #expect(t.type("4\r\n").first == "Rated Easy; next review in 11d.")
    }

    @Test func nothingDueSaysWhenTheNextCardIs() {
        // Rated Easy a day ago: due 11 days after that review, so in 10 days.
        let dayAgo = PlainReviewTranscript.opened - 86_400
        let config = PracticeConfig()
        let states = CardStates(events: [PlainReviewTranscript.review("att/pick", 4, true, "", at: dayAgo)],
                                scheduler: config.scheduler)
        var t = PlainReviewTranscript(plainQuiz(PlainReviewKindsTests.pick), config: config, states: states)
        #expect(t.start() == ["Nothing due now; next card due in 10d."])
        #expect(t.session.isFinished)

        var empty = PlainReviewTranscript(plainQuiz(""))
        #expect(empty.start() == ["Nothing due now."])
    }

    @Test func newCardsBeyondTheDailyLimitWaitForTomorrow() {
        // 08:00 UTC: the next UTC midnight, when the limit resets, is 16 hours away.
        var t = PlainReviewTranscript(Self.twoCards, config: PracticeConfig(newCardsPerDay: 1))
        #expect(t.start().first == "Card 1 of 1 — Attention — choice")
        _ = t.type("3")
        #expect(t.type("4") == ["Rated Easy; next review in 11d.", "", "Nothing more due; next card due in 16h.",
                                "Reviewed 1 card, 1 right."])
    }

    @Test func theDeckFilterKeepsOneDeck() {
        let other = QuizParser.parse("---\ndeck: mix\ntitle: Mixing\nlessons: [tf-attention]\n---\n\n" + PlainReviewKindsTests.recall,
                                     source: "Quizzes/mix.md").deck
        let mine = QuizParser.parse(Self.twoCards, source: "Quizzes/att.md").deck
        let decks = [mine, other].compactMap { $0 }
        #expect(decks.count == 2)
        var session = PlainReviewSession(decks: decks, states: CardStates(), config: PracticeConfig(),
                                         now: PlainReviewTranscript.opened, deckFilter: "mix")
        #expect(session.start().first == "Card 1 of 1 — Mixing — card")
    }

    @Test func controlCharactersFromTheQuizOrTheKeyboardAreShownNotSent() {
        var t = PlainReviewTranscript(plainQuiz("""
        ## size
        kind: numeric
        answer: 0.125

        What is 1/8?\u{1B}[2J

        """, title: "Evil\u{1B}]0;owned\u{07} deck"))
        let start = t.start()
        #expect(start.first == "Card 1 of 1 — Evil␛]0;owned␇ deck — numeric")
        #expect(start.contains("What is 1/8?␛[2J"))
        #expect(t.type("\u{1B}[31m1") == ["Cannot read “␛[31m1” as a number; write it like 0.125, 1e-3, 1,000 or 12.5%.",
                                          "Type the number."])
        // A C1 control (CSI as one byte) typed as a unit is echoed back as U+FFFD.
        #expect(t.type("0.125\u{9B}").contains { $0.contains("\u{FFFD}") })
    }
}
