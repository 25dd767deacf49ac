import Testing
@testable import Course

/// Front matter: the accepted YAML subset, and a located diagnostic for everything else.
@Suite struct FrontMatterTests {
    static let valid = """
        ---
        id: tf-attention                        # unique, kebab-case
        title: Scaled dot-product attention
        module: transformers
        prerequisites: [linalg-tensors, prob-losses-softmax]
        objectives:
          - Compute attention scores QKᵀ and scale them by 1/√d_k
          - Explain why the scale keeps the softmax out of saturation
        minutes: 20
        tags: [attention, interview]
        decks: [tf-attention]
        ---

        Body.
        """

    @Test func readsEveryKeyOfTheSpecExample() throws {
        let (lesson, diagnostics) = LessonParser.parse(Self.valid, source: "l.md")
        #expect(diagnostics == [])
        let meta = try #require(lesson).meta
        #expect(meta == LessonMeta(
            id: "tf-attention", title: "Scaled dot-product attention", module: "transformers",
            prerequisites: ["linalg-tensors", "prob-losses-softmax"],
            objectives: ["Compute attention scores QKᵀ and scale them by 1/√d_k",
                         "Explain why the scale keeps the softmax out of saturation"],
            minutes: 20, tags: ["attention", "interview"], decks: ["tf-attention"]))
    }

    @Test func bodyLinesKeepTheirFileLineNumbers() throws {
        let lesson = try #require(LessonParser.parse(Self.valid, source: "l.md").lesson)
        #expect(lesson.document.blocks.first?.line == 14)
        #expect(lesson.frontMatterLines["minutes"] == 9)
    }

    @Test func acceptsQuotedValuesCommentsBlankLinesAndEmptyLists() throws {
        let text = """
            ---
            # a comment line

            id: "quoted-id"
            title: 'Attention: the idea'   # a colon is fine inside quotes
            module: transformers
            tags: []
            decks:
            - tf-attention
            ---
            """
        let (lesson, diagnostics) = LessonParser.parse(text, source: "l.md")
        #expect(diagnostics == [])
        let meta = try #require(lesson).meta
        #expect(meta.id == "quoted-id")
        #expect(meta.title == "Attention: the idea")
        #expect(meta.tags == [])
        #expect(meta.decks == ["tf-attention"])
    }

    /// Parses a front matter made of the lines given plus required keys, and returns its diagnostics.
    private func problems(_ lines: String) -> [String] {
        let text = "---\n" + lines + "\n---\n"
        return LessonParser.parse(text, source: "l.md").diagnostics.map(\.description)
    }

    private static let required = "id: a-lesson\ntitle: T\nmodule: m"

    @Test func nestedMapIsReportedAtTheIndentedLine() {
        #expect(problems(Self.required + "\ntags:\n  sub: value") ==
            ["l.md:6:3: error: unexpected indentation: nested maps are not supported in front matter"])
        #expect(problems(Self.required + "\nminutes: {a: 1}") ==
            ["l.md:5:10: error: nested maps are not supported in front matter"])
    }

    @Test func multiLineStringsAreReported() {
        // The rejected title is not reported a second time as missing.
        #expect(problems("id: a-lesson\ntitle: |\n  long\nmodule: m") == [
            "l.md:3:8: error: multi-line strings are not supported; keep the value on one line",
            "l.md:4:3: error: unexpected indentation: nested maps are not supported in front matter",
        ])
    }

    @Test func tabsAreReportedAtTheirColumn() {
        #expect(problems(Self.required + "\nobjectives:\n\t- one") ==
            ["l.md:6:1: error: tabs are not allowed in front matter; use spaces"])
        #expect(problems("id:\ta-lesson\ntitle: T\nmodule: m").first ==
            "l.md:2:4: error: tabs are not allowed in front matter; use spaces")
    }

    @Test func unknownAndDuplicateKeys() {
        let unknown = problems(Self.required + "\nauthor: me")
        #expect(unknown.count == 1)
        #expect(unknown.first?.hasPrefix("l.md:5:1: error: unknown key `author`") == true)
        #expect(problems(Self.required + "\ntitle: Again") ==
            ["l.md:5:1: error: duplicate key `title` (first set on line 3)"])
    }

    @Test func wrongTypes() {
        #expect(problems(Self.required + "\nminutes: soon") ==
            ["l.md:5:10: error: minutes `soon` must be a whole number of minutes, like 20"])
        #expect(problems(Self.required + "\ntags: attention") ==
            ["l.md:5:7: error: `tags` takes a list, like `tags: [a, b]`"])
        #expect(problems("id: [a, b]\ntitle: T\nmodule: m") == ["l.md:2:5: error: `id` takes a single value, not a list"])
    }

    @Test func missingRequiredKeys() {
        #expect(problems("title: T\nmodule: m") == ["l.md:1:1: error: front matter has no `id`; add `id: …` before line 4"])
        #expect(problems("id: x\nmodule: m") == ["l.md:1:1: error: front matter has no `title`; add `title: …` before line 4"])
        #expect(problems("id: x\ntitle: T") == ["l.md:1:1: error: front matter has no `module`; add `module: …` before line 4"])
    }

    @Test func idsMustBeKebabCase() {
        #expect(problems("id: TF_Attention\ntitle: T\nmodule: m") ==
            ["l.md:2:5: error: id `TF_Attention` must be kebab-case: lowercase letters and digits joined by -, like tf-attention"])
        #expect(problems(Self.required + "\nprerequisites: [good-one, Bad One]") ==
            ["l.md:5:27: error: `Bad One` in prerequisites is not a kebab-case id (lowercase words joined by -)"])
    }

    @Test func otherYAMLIsRejected() {
        #expect(problems(Self.required + "\ntitle2") == ["l.md:5:1: error: expected `key: value`"])
        #expect(problems(Self.required + "\n- stray") ==
            ["l.md:5:1: error: a `- item` line must follow a key with an empty value, like `objectives:`"])
        #expect(problems(Self.required + "\ntags: [a, [b]]") == ["l.md:5:11: error: nested lists are not supported"])
        #expect(problems(Self.required + "\ntags: [a, b") == ["l.md:5:7: error: a list must close with `]` on the same line"])
        #expect(problems("id: a-lesson\ntitle: Attention: the idea\nmodule: m") ==
            ["l.md:3:8: error: a value containing `: ` must be quoted, like \"Attention: the idea\""])
        #expect(problems(Self.required + "\nminutes:20") == ["l.md:5:9: error: put a space after the colon: `minutes: …`"])
        #expect(problems(Self.required + "\ntags: *anchor") == ["l.md:5:7: error: YAML anchors, aliases and tags are not supported"])
    }

    @Test func missingOrUnclosedFrontMatterGivesNoLesson() {
        let missing = LessonParser.parse("# Just a heading\n", source: "l.md")
        #expect(missing.lesson == nil)
        #expect(missing.diagnostics.map(\.description) ==
            ["l.md:1:1: error: a lesson starts with front matter: a `---` line, `key: value` lines, and a closing `---`"])
        let unclosed = LessonParser.parse("---\nid: x\ntitle: T\n", source: "l.md")
        #expect(unclosed.lesson == nil)
        #expect(unclosed.diagnostics.map(\.description) == ["l.md:1:1: error: front matter opened here is never closed with a `---` line"])
    }

    @Test func aBadTitleStillGivesALessonSoTheRestCanBeRead() throws {
        let (lesson, diagnostics) = LessonParser.parse("---\nid: a-lesson\nmodule: m\n---\nHello\n", source: "l.md")
        #expect(try #require(lesson).meta.title == "a-lesson")
        #expect(diagnostics.count == 1)
    }
}
