import Testing
@testable import Course

/// The Markdown subset of SPEC §2, checked through the tree dump (the oracle is written
/// by hand from the CommonMark/GFM rules).
@Suite struct MarkdownParserTests {
    private func dump(_ text: String, firstLine: Int = 1, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let (document, diagnostics) = MarkdownParser.parse(text, source: "t.md", firstLine: firstLine)
        #expect(diagnostics == [], sourceLocation: sourceLocation)
        return document.debugDump()
    }

    @Test func atxHeadingsWithClosingHashes() {
        #expect(dump("# One\n### Three ###\n####### seven\n#nospace") == """
            Document
              Heading(1) @1:1
                Text "One"
              Heading(3) @2:1
                Text "Three"
              Paragraph @3:1
                Text "####### seven"
                SoftBreak
                Text "#nospace"
            """)
    }

    @Test func emphasisStrongAndCode() {
        #expect(dump("*em* _em_ **strong** __strong__ ***both*** `a*b*` snake_case_name 2 * 3") == """
            Document
              Paragraph @1:1
                Emphasis
                  Text "em"
                Text " "
                Emphasis
                  Text "em"
                Text " "
                Strong
                  Text "strong"
                Text " "
                Strong
                  Text "strong"
                Text " "
                Strong
                  Emphasis
                    Text "both"
                Text " "
                Code "a*b*"
                Text " snake_case_name 2 * 3"
            """)
    }

    @Test func nestedEmphasisInsideStrong() {
        #expect(dump("**bold *both***") == """
            Document
              Paragraph @1:1
                Strong
                  Text "bold "
                  Emphasis
                    Text "both"
            """)
    }

    @Test func linksImagesAndEscapes() {
        #expect(dump(#"[the *paper*](https://x.org/a_(b)) ![a diagram](Assets/d.txt) \*not em\* [no link]"#) == #"""
            Document
              Paragraph @1:1
                Link destination: "https://x.org/a_(b)"
                  Text "the "
                  Emphasis
                    Text "paper"
                Text " "
                Image alt: "a diagram" path: "Assets/d.txt" @1:36
                Text " *not em* [no link]"
            """#)
    }

    @Test func inlineMathAndHardBreaks() {
        #expect(dump("a $x^2$ b \\$5  \nnext\\\nlast") == #"""
            Document
              Paragraph @1:1
                Text "a "
                Math "x^2"
                Text " b $5"
                HardBreak
                Text "next"
                HardBreak
                Text "last"
            """#)
    }

    @Test func bulletAndNumberedListsNestByIndentation() {
        #expect(dump("- one\n  continued\n- two\n  1. inner\n  2. inner two\n     - deep\n\n3) three") == """
            Document
              List(bullet) @1:1
                Item @1
                  Paragraph @1:3
                    Text "one"
                    SoftBreak
                    Text "continued"
                Item @3
                  Paragraph @3:3
                    Text "two"
                  List(ordered, start: 1) @4:3
                    Item @4
                      Paragraph @4:6
                        Text "inner"
                    Item @5
                      Paragraph @5:6
                        Text "inner two"
                      List(bullet) @6:6
                        Item @6
                          Paragraph @6:8
                            Text "deep"
              List(ordered, start: 3) @8:1
                Item @8
                  Paragraph @8:4
                    Text "three"
            """)
    }

    @Test func lazyContinuationLineStaysInTheItem() {
        #expect(dump("- item text that\nwraps without indent\n\nafter") == """
            Document
              List(bullet) @1:1
                Item @1
                  Paragraph @1:3
                    Text "item text that"
                    SoftBreak
                    Text "wraps without indent"
              Paragraph @4:1
                Text "after"
            """)
    }

    @Test func nestedBlockQuotes() {
        #expect(dump("> outer\n> > inner\n> > more\n>\n> back") == """
            Document
              Quote @1:1
                Paragraph @1:3
                  Text "outer"
                Quote @2:3
                  Paragraph @2:5
                    Text "inner"
                    SoftBreak
                    Text "more"
                Paragraph @5:3
                  Text "back"
            """)
    }

    @Test func everyGitHubAlertKind() {
        for kind in AlertKind.allCases {
            #expect(dump("> [!\(kind.rawValue)]\n> Careful.") == """
                Document
                  Alert(\(kind.rawValue)) @1:1
                    Paragraph @2:3
                      Text "Careful."
                """)
        }
    }

    @Test func pipeTableWithAlignments() {
        #expect(dump("| a | b | c | d |\n| --- | :-- | :-: | --: |\n| 1 | `x|y` | \\| | **4** |") == #"""
            Document
              Table(none, left, center, right) @1:1
                Header
                  Cell
                    Text "a"
                  Cell
                    Text "b"
                  Cell
                    Text "c"
                  Cell
                    Text "d"
                Row
                  Cell
                    Text "1"
                  Cell
                    Code "x|y"
                  Cell
                    Text "|"
                  Cell
                    Strong
                      Text "4"
            """#)
    }

    @Test func thematicBreaks() {
        #expect(dump("---\n* * *\n___") == """
            Document
              ThematicBreak @1:1
              ThematicBreak @2:1
              ThematicBreak @3:1
            """)
    }

    @Test func fencedCodeWithBackticksAndTildes() {
        #expect(dump("```python\nprint(1)\n\n  x = 2\n```\n~~~\n```not a close\n~~~") == """
            Document
              CodeBlock info: "python" firstLine: 2 @1:1
                | print(1)
                | \("")
                |   x = 2
              CodeBlock info: "" firstLine: 7 @6:1
                | ```not a close
            """)
    }

    @Test func kernelAndQuizDirectives() {
        let text = "```swift kernel\nlet a = 1\n```\n```swift kernel name=masked\nlet b = 2\n```\n```quiz\ntf-attention/scale-why\n\ntf-masks/causal\n```"
        #expect(dump(text, firstLine: 10) == """
            Document
              Kernel info: "swift kernel" firstLine: 11 @10:1
                | let a = 1
              Kernel(name: masked) info: "swift kernel name=masked" firstLine: 14 @13:1
                | let b = 2
              Quiz @16:1
                tf-attention/scale-why @17
                tf-masks/causal @19
            """)
    }

    @Test func displayMathOnOneLineAndAsABlock() {
        #expect(dump("$$ a^2 + b^2 $$\n\n$$\n\\frac{1}{2}\n\\sum_i x_i\n$$\n$$x\ny$$") == #"""
            Document
              DisplayMath @1:1
                | a^2 + b^2
              DisplayMath @3:1
                | \frac{1}{2}
                | \sum_i x_i
              DisplayMath @7:1
                | x
                | y
            """#)
    }

    @Test func blocksInsideListItemsKeepColumns() {
        #expect(dump("1. Step:\n\n   ```swift\n   let x = 1\n   ```\n\n   > quoted") == """
            Document
              List(ordered, start: 1) @1:1
                Item @1
                  Paragraph @1:4
                    Text "Step:"
                  CodeBlock info: "swift" firstLine: 4 @3:4
                    | let x = 1
                  Quote @7:4
                    Paragraph @7:6
                      Text "quoted"
            """)
    }

    @Test func tabsExpandAndCRLFLineEndingsAreAccepted() {
        #expect(dump("-\tone\r\n-\ttwo\r\n") == """
            Document
              List(bullet) @1:1
                Item @1
                  Paragraph @1:5
                    Text "one"
                Item @2
                  Paragraph @2:5
                    Text "two"
            """)
    }
}
