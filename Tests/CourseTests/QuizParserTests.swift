import Testing
@testable import Course

/// A quiz file with one item of every kind, read into the model the reader and graders use.
@Suite struct QuizParserTests {
    /// Line numbers in the expectations below are lines of this text (the `---` is line 1).
    static let deck = """
        ---
        deck: tf-attention
        title: Scaled dot-product attention
        lessons: [tf-attention]
        ---

        ## scale-why
        kind: choice
        tags: [interview]
        difficulty: 2
        lesson: tf-attention
        source: Vaswani et al. 2017
        shuffle: false

        Why are attention scores divided by √d_k before the softmax?

        - [ ] To reduce memory
        - [x] To keep the variance of q·k near 1 so the softmax does not saturate
        - [ ] To make each row sum to 1

        ### Hint
        Think about the variance of a sum of d_k products.

        ### Explanation
        With independent unit-variance components, q·k has variance d_k.

        ## attention-inputs
        kind: multi

        Which of these does attention take as input?

        - [x] queries
        - [X] keys
        - [ ] losses

        ### Explanation
        Queries, keys and values; the loss comes much later.

        ## kv-cache-size
        kind: numeric
        answer: 16
        tolerance: 5%
        unit: GB

        How big is the KV cache of the model described above?

        ### Explanation
        Two tensors per layer, each tokens × d_model × 2 bytes.

        ## norm-name
        kind: text
        accept: [layer norm, layernorm]
        contains: [layer normalization]

        What normalises each token's features before attention?

        ### Explanation
        Layer norm, applied per token.

        ## attention-steps
        kind: order

        Put the steps of attention in order.

        1. Compute the scores QKᵀ
        2. Scale by 1/√d_k
        3. Softmax each row

        ### Explanation
        Scores, then scale, then normalise.

        ## softmax-gap
        kind: cloze

        The softmax turns scores into {{probabilities|weights}} that sum to {{1|one}}.

        ### Explanation
        Each row of weights sums to one.

        ## explain-attention
        kind: card
        tags: [interview]

        Explain attention to a new engineer.

        ### Answer
        Each token asks a question (its query) and every token answers
        with how well its key matches.
        """

    static func parsed() throws -> QuizDeck {
        let (deck, diagnostics) = QuizParser.parse(Self.deck, source: "Quizzes/tf-attention.md")
        #expect(diagnostics == [])
        return try #require(deck)
    }

    @Test func readsTheFrontMatterAndEveryItemInFileOrder() throws {
        let deck = try Self.parsed()
        #expect(deck.id == "tf-attention")
        #expect(deck.title == "Scaled dot-product attention")
        #expect(deck.lessons == ["tf-attention"])
        #expect(deck.lessonPositions == [FrontMatter.Position(line: 4, column: 11)])
        #expect(deck.items.map(\.id) == ["scale-why", "attention-inputs", "kv-cache-size", "norm-name",
                                          "attention-steps", "softmax-gap", "explain-attention"])
        #expect(deck.items.map(\.kind) == [.choice, .multi, .numeric, .text, .order, .cloze, .card])
        #expect(deck.items.map(\.line) == [7, 27, 39, 50, 60, 72, 80])
        #expect(deck.items.map(\.cardID).first == "tf-attention/scale-why")
        #expect(deck.unusableItems.isEmpty)
    }

    @Test func choiceKeepsMetadataPromptOptionsHintAndExplanation() throws {
        let item = try #require(try Self.parsed().item(id: "scale-why"))
        #expect(item.tags == ["interview"])
        #expect(item.difficulty == 2)
        #expect(item.lesson == "tf-attention")
        #expect(item.attribution == "Vaswani et al. 2017")
        #expect(item.shuffle == false)
        #expect(item.prompt == QuizText("Why are attention scores divided by √d_k before the softmax?", firstLine: 15))
        #expect(item.answer == .choice([
            QuizOption(text: "To reduce memory", isCorrect: false, line: 17),
            QuizOption(text: "To keep the variance of q·k near 1 so the softmax does not saturate", isCorrect: true, line: 18),
            QuizOption(text: "To make each row sum to 1", isCorrect: false, line: 19),
        ]))
        #expect(item.hint == QuizText("Think about the variance of a sum of d_k products.", firstLine: 22))
        #expect(item.explanation == QuizText("With independent unit-variance components, q·k has variance d_k.", firstLine: 25))
        #expect(item.metadataPositions["difficulty"] == FrontMatter.Position(line: 10, column: 13))
    }

    @Test func multiAcceptsCapitalXAndShufflesByDefault() throws {
        let item = try #require(try Self.parsed().item(id: "attention-inputs"))
        #expect(item.shuffle)
        #expect(item.answer == .multi([
            QuizOption(text: "queries", isCorrect: true, line: 32),
            QuizOption(text: "keys", isCorrect: true, line: 33),
            QuizOption(text: "losses", isCorrect: false, line: 34),
        ]))
        #expect(item.prompt.text == "Which of these does attention take as input?")
    }

    @Test func numericReadsAnswerRelativeToleranceAndUnit() throws {
        let item = try #require(try Self.parsed().item(id: "kv-cache-size"))
        #expect(item.answer == .numeric(NumericAnswer(value: 16, tolerance: .relative(0.05), unit: "GB", written: "16")))
        #expect(item.prompt == QuizText("How big is the KV cache of the model described above?", firstLine: 45))
    }

    @Test func textReadsAcceptAndContains() throws {
        let item = try #require(try Self.parsed().item(id: "norm-name"))
        #expect(item.answer == .text(TextAnswer(accept: ["layer norm", "layernorm"], contains: ["layer normalization"])))
    }

    @Test func orderKeepsTheStepsInTheirRightOrderAndThePromptWithoutThem() throws {
        let item = try #require(try Self.parsed().item(id: "attention-steps"))
        #expect(item.answer == .order([
            OrderStep(text: "Compute the scores QKᵀ", line: 65),
            OrderStep(text: "Scale by 1/√d_k", line: 66),
            OrderStep(text: "Softmax each row", line: 67),
        ]))
        #expect(item.prompt == QuizText("Put the steps of attention in order.", firstLine: 63))
    }

    @Test func clozeFindsEachGapWithItsAlternativesAndPosition() throws {
        let item = try #require(try Self.parsed().item(id: "softmax-gap"))
        #expect(item.answer == .cloze([
            ClozeGap(answers: ["probabilities", "weights"], line: 75, column: 31),
            ClozeGap(answers: ["1", "one"], line: 75, column: 69),
        ]))
        #expect(item.promptBlankingGaps { "[\($0 + 1)]____" }
                == "The softmax turns scores into [1]____ that sum to [2]____.")
    }

    @Test func cardKeepsTheModelAnswer() throws {
        let item = try #require(try Self.parsed().item(id: "explain-attention"))
        #expect(item.modelAnswer == QuizText("Each token asks a question (its query) and every token answers\nwith how well its key matches.", firstLine: 87))
        #expect(item.explanation == nil)
    }

    @Test func promptParsesAsMarkdownWithFileLineNumbers() throws {
        let item = try #require(try Self.parsed().item(id: "scale-why"))
        let document = item.prompt.document(source: item.file)
        #expect(document.blocks.count == 1)
        #expect(document.blocks.first?.line == 15)
    }

    @Test func answerAndAcceptMayAlsoCloseThePrompt() throws {
        let text = """
            ---
            deck: d
            title: D
            ---

            ## flops
            kind: numeric

            How many FLOPs?

            answer: 1,000
            tolerance: 0

            ### Explanation
            2mkn.
            """
        let (deck, diagnostics) = QuizParser.parse(text, source: "Quizzes/d.md")
        #expect(diagnostics == [])
        let item = try #require(deck?.item(id: "flops"))
        #expect(item.answer == .numeric(NumericAnswer(value: 1000, tolerance: .absolute(0), written: "1,000")))
        #expect(item.prompt == QuizText("How many FLOPs?", firstLine: 9))
    }

    @Test func structureInsideFencedCodeIsPromptText() throws {
        let text = """
            ---
            deck: d
            title: D
            ---

            ## fenced
            kind: text
            accept: [markdown]

            What format is this?

            ```
            ## not-an-item
            - [x] not an option
            ### Not a section
            ```

            ### Explanation
            It is Markdown.
            """
        let (deck, diagnostics) = QuizParser.parse(text, source: "Quizzes/d.md")
        #expect(diagnostics == [])
        let item = try #require(deck?.item(id: "fenced"))
        #expect(item.prompt.text.contains("## not-an-item"))
        #expect(item.prompt.text.contains("### Not a section"))
        #expect(deck?.items.count == 1)
    }

    @Test func windowsLineEndingsReadTheSameAsUnix() throws {
        let crlf = Self.deck.replacing("\n", with: "\r\n")
        let (deck, diagnostics) = QuizParser.parse(crlf, source: "Quizzes/tf-attention.md")
        #expect(diagnostics == [])
        #expect(deck == (try Self.parsed()))
    }
}
