import Course
import Testing
@testable import Practice

/// `attend export anki`: the Anki text-import file, checked against output written by hand.
@Suite struct ExportAnkiTests {
    /// One item of every kind, with the Markdown, math, escapes and tags an export must carry.
    static let quizFile = """
        ---
        deck: exp
        title: Export & sample
        lessons: [tf-attention]
        ---

        ## pick-one
        kind: choice
        tags: [interview, hard one]

        Why divide by $\\sqrt{d_k}$?

        - [ ] To save memory
        - [x] To keep q·k near unit variance & stop saturation
        - [ ] So rows sum to 1

        ### Explanation
        The variance of $q \\cdot k$ grows with $d_k$.

        ## pick-many
        kind: multi

        Which are **learned**?

        - [x] $W_Q$
        - [ ] the softmax
        - [x] `W_O`

        ## kv-size
        kind: numeric
        answer: 0.5
        tolerance: 0.01
        unit: GB

        KV cache size?

        ### Explanation
        Two tensors:

        ```
        k\tv
        x
        ```

        ## pct
        kind: numeric
        answer: 12.5%
        tolerance: 1%

        Dropout rate?

        ## norm-name
        kind: text
        accept: [layer norm, layernorm]
        contains: [normalization]

        Name the step "a < b" after attention.

        ## steps
        kind: order

        Put in order:

        1. Scores
        2. Softmax
        3. Weighted sum

        ## gaps
        kind: cloze

        Attention is {{softmax|soft max}}(QK^T) times {{V}}.

        ## explain
        kind: card
        tags: [why]

        Explain attention
        in one line.

        ### Hint
        Mixing.

        ### Answer
        Each token mixes the others' values,
        weighted by similarity.

        """

    static func deck() throws -> QuizDeck {
        let parsed = QuizParser.parse(quizFile, source: "Quizzes/exp.md")
        // Warnings (missing explanations) are the linter's business; errors would drop items.
        #expect(parsed.diagnostics.filter { $0.severity == .error }.isEmpty, "\(parsed.diagnostics)")
        return try #require(parsed.deck)
    }

    @Test func everyKindHasTheFrontAndBackWrittenByHand() throws {
        let text = AnkiExport.text(decks: [try Self.deck()])
        let expected = [
            "#separator:tab",
            "#html:true",
            "#notetype:Basic",
            "#deck column:1",
            "#guid column:2",
            "#tags column:5",
            "Attend::Export & sample\texp/pick-one\tWhy divide by \\(\\sqrt{d_k}\\)?<br><br>A. To save memory<br>B. To keep q·k near unit variance &amp; stop saturation<br>C. So rows sum to 1\tB. To keep q·k near unit variance &amp; stop saturation<br><br>The variance of \\(q \\cdot k\\) grows with \\(d_k\\).\tinterview hard_one",
            "Attend::Export & sample\texp/pick-many\tWhich are <b>learned</b>?<br><br>A. \\(W_Q\\)<br>B. the softmax<br>C. <code>W_O</code><br><br><i>Choose all that apply.</i>\tA. \\(W_Q\\)<br>C. <code>W_O</code>\t",
            // The Markdown parser expands the tab in the code block to the next 4-column stop.
            "Attend::Export & sample\texp/kv-size\tKV cache size?\t0.5 GB (± 0.01 GB)<br><br>Two tensors:<pre><code>k   v<br>x</code></pre>\t",
            "Attend::Export & sample\texp/pct\tDropout rate?\t12.5% (± 1%)\t",
            "Attend::Export & sample\texp/norm-name\tName the step &quot;a &lt; b&quot; after attention.\tlayer norm<br>Also accepted: layernorm<br>Any answer containing: normalization\t",
            // FNV-1a 64 of "exp/steps" seeds SplitMix64; Fisher–Yates gives [1, 0, 2] (computed in Python).
            "Attend::Export & sample\texp/steps\tPut in order:<ul><li>Softmax</li><li>Scores</li><li>Weighted sum</li></ul>\t<ol><li>Scores</li><li>Softmax</li><li>Weighted sum</li></ol>\t",
            "Attend::Export & sample\texp/gaps\tAttention is [...](QK^T) times [...].\tAttention is <b>softmax</b>(QK^T) times <b>V</b>.\t",
            "Attend::Export & sample\texp/explain\tExplain attention in one line.\tEach token mixes the others' values, weighted by similarity.\twhy",
        ]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.last == "")  // the file ends with a line break
        #expect(Array(lines.dropLast()).count == expected.count)
        for (got, want) in zip(lines, expected) {
            #expect(got == want)
        }
    }

    @Test func everyNoteHasFiveFieldsAndNoRawLineBreaks() throws {
        let notes = AnkiExport.text(decks: [try Self.deck()]).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(notes.count == 8)
        for note in notes {
            #expect(note.split(separator: "\t", omittingEmptySubsequences: false).count == 5)
            #expect(!note.contains("\r"))
        }
    }

    @Test func decksFollowEachOtherAndAnEmptyListGivesOnlyTheHeader() throws {
        let other = QuizDeck(id: "two", title: "Second \"deck\"", items: [
            QuizItem(id: "c", deck: "two", answer: .card(QuizText("A.", firstLine: 9)), prompt: QuizText("Q?", firstLine: 3),
                     tags: ["multi  word\ttag"]),
        ])
        let text = AnkiExport.text(decks: [try Self.deck(), other])
        #expect(text.hasSuffix("\"Attend::Second \"\"deck\"\"\"\ttwo/c\tQ?\tA.\tmulti_word_tag\n"))
        #expect(AnkiExport.text(decks: []) == AnkiExport.headerLines.joined(separator: "\n") + "\n")
    }

    @Test func orderStepsAreNeverShownInTheRightOrder() {
        // "d/o7" is a card id whose Fisher–Yates shuffle of three steps comes out as 0, 1, 2
        // (found with Python); it is rotated to 1, 2, 0 so the front does not give the answer.
        #expect(AnkiExport.shuffledOrder(count: 3, cardID: "d/o7") == [1, 2, 0])
        #expect(AnkiExport.shuffledOrder(count: 4, cardID: "d/o") == [3, 1, 2, 0])
        #expect(AnkiExport.shuffledOrder(count: 2, cardID: "exp/steps") == [1, 0])
        #expect(AnkiExport.shuffledOrder(count: 3, cardID: "exp/steps") == AnkiExport.shuffledOrder(count: 3, cardID: "exp/steps"))
    }

    @Test func numericAnswersShowPercentUnitsAndTolerances() {
        #expect(AnkiExport.numeric(NumericAnswer(value: 3, written: "3")) == "3")
        #expect(AnkiExport.numeric(NumericAnswer(value: 10, isPercent: true, tolerance: .relative(0.005), written: "10")) == "10% (± 0.5%)")
        #expect(AnkiExport.numeric(NumericAnswer(value: 1e-3, tolerance: .absolute(1e-5), unit: "s", written: "1e-3")) == "1e-3 s (± 1e-05 s)")
    }

    @Test func tabsAndLineBreaksNeverReachTheFile() {
        #expect(MarkdownHTML.escape("a\tb\nc\r\n<&>\"") == "a&#9;b<br>c<br>&lt;&amp;&gt;&quot;")
    }

    @Test func markdownBlocksBecomeOneLineOfHTML() {
        let html = MarkdownHTML.render("First *one*  \nbreak.\n\n- a\n- b\n\n$$\nx < y\n$$\n\n> [!NOTE]\n> Careful.\n\n[link](https://x.org/?a=1&b=2)")
        #expect(html == "First <i>one</i><br>break.<ul><li>a</li><li>b</li></ul>\\[x &lt; y\\]<blockquote><b>Note</b><br>Careful.</blockquote><a href=\"https://x.org/?a=1&amp;b=2\">link</a>")
    }
}
