import Testing
@testable import Course

/// What the renderer reports to authors, and that no input can crash or hang it.
@Suite struct MathIssueTests {
    @Test func unknownCommandIsShownByNameAndReportedAtItsBackslash() {
        let result = MathRenderer.inline(#"x + \foo y"#)
        #expect(result.text == "x + foo y")
        #expect(result.issues == [MathRenderer.Issue(offset: 4, message: #"unknown command \foo"#)])
    }

    @Test func offsetsCountCharactersNotBytes() {
        let result = MathRenderer.inline(#"θ + \nope"#)
        #expect(result.issues.map(\.offset) == [4])
    }

    @Test func unclosedBraceIsReportedWhereItOpens() {
        let result = MathRenderer.inline(#"\frac{a}{b"#)
        #expect(result.text == "a/b")
        #expect(result.issues == [MathRenderer.Issue(offset: 8, message: "unclosed {")])
    }

    @Test func strayClosingBraceIsSkipped() {
        let result = MathRenderer.inline("a}b")
        #expect(result.text == "ab")
        #expect(result.issues == [MathRenderer.Issue(offset: 1, message: "unmatched }")])
    }

    @Test func environmentProblems() {
        let unclosed = MathRenderer.display(#"\begin{bmatrix} 1 & 2"#)
        #expect(unclosed.lines == ["[ 1  2 ]"])
        #expect(unclosed.issues.map(\.offset) == [0])
        let mismatched = MathRenderer.inline(#"\begin{bmatrix} 1 \end{pmatrix}"#)
        #expect(mismatched.issues.count == 1)
        #expect(mismatched.issues.first?.message.contains("pmatrix") == true)
        let unknown = MathRenderer.inline(#"\begin{weird} a \end{weird}"#)
        #expect(unknown.text == "a")
        #expect(unknown.issues.map(\.message) == ["unknown environment weird"])
    }

    @Test func leftWithoutRightAndTheReverse() {
        let open = MathRenderer.inline(#"\left( x"#)
        #expect(open.text == "(x")
        #expect(open.issues.map(\.offset) == [0])
        let close = MathRenderer.inline(#"x \right)"#)
        #expect(close.text == "x)")
        #expect(close.issues.map(\.offset) == [2])
    }

    @Test func percentSignIsFlaggedBecauseTeXReadsItAsAComment() {
        let result = MathRenderer.inline("p = 50% + q")
        #expect(result.text == "p = 50")
        #expect(result.issues.map(\.offset) == [6])
        #expect(MathRenderer.inline(#"50\%"#) == ("50%", []))
        // The comment ends at a Windows line ending too (one Character in Swift).
        #expect(MathRenderer.display("a % note\r\nb").lines == ["a b"])
    }

    @Test func missingArgumentsAndScripts() {
        #expect(MathRenderer.inline(#"\frac{a}"#).issues.map(\.offset) == [0])
        #expect(MathRenderer.inline("x^").issues.map(\.offset) == [1])
        #expect(MathRenderer.inline("x^2^3").issues.map(\.message) == ["double superscript"])
    }

    @Test func cleanFormulasHaveNoIssues() {
        let formulas = [
            #"\text{Attention}(Q, K, V) = \mathrm{softmax}\left(\frac{QK^\top}{\sqrt{d_k}}\right)V"#,
            #"\mathcal{L} = -\sum_{i} y_i \log \hat{y}_i"#,
            #"\theta_{t+1} = \theta_t - \eta \nabla_\theta \mathcal{L}"#,
            #"\mathrm{Var}(X) = \mathbb{E}[X^2] - \mathbb{E}[X]^2"#,
        ]
        for formula in formulas {
            #expect(MathRenderer.display(formula).issues.isEmpty, "\(formula)")
        }
    }

    @Test func deepNestingIsCutOffNotFollowed() {
        let braces = String(repeating: "{", count: 5_000) + "x" + String(repeating: "}", count: 5_000)
        let result = MathRenderer.inline(braces)
        #expect(result.text == "x")
        #expect(result.issues.contains { $0.message.contains("nested too deeply") })
        let roots = MathRenderer.display(String(repeating: #"\sqrt"#, count: 3_000) + "x")
        #expect(!roots.issues.isEmpty)
    }

    /// Random strings of LaTeX pieces: the renderer must return, keep offsets inside the input,
    /// and keep its promises about output shape.
    @Test func fuzzedInputNeverCrashesOrHangs() {
        let pieces = [
            #"\frac"#, "{", "}", "{", "}", "^", "_", "'", #"\left("#, #"\right)"#, #"\left."#, #"\right"#,
            #"\begin{bmatrix}"#, #"\end{bmatrix}"#, #"\begin{cases}"#, #"\end{cases}"#, #"\begin{aligned}"#,
            #"\end{aligned}"#, "&", #"\\"#, "x", "1", " ", #"\sqrt"#, "[", "]", #"\foo"#, #"\"#, #"\text{"#,
            "%", #"\alpha"#, "+", "-", "=", #"\mathbb{"#, #"\hat"#, "$", "~", #"\,"#, "é", "字", "\n",
            #"\sum"#, #"\not"#, #"\operatorname"#, #"\big"#, #"\end"#, #"\begin"#, "(", ")", "|", #"\|"#,
            "\u{0301}", #"\binom"#, #"\tag"#, "#",
        ]
        var random = MathFuzzGenerator(seed: 0x5EED)
        for _ in 0..<4_000 {
            let count = Int(random.next() % 24)
            let latex = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let length = latex.count
            let inline = MathRenderer.inline(latex)
            #expect(!inline.text.contains("\n"), "\(latex)")
            #expect(inline.issues.allSatisfy { (0...length).contains($0.offset) }, "\(latex)")
            let display = MathRenderer.display(latex)
            #expect(!display.lines.isEmpty, "\(latex)")
            #expect(display.lines.allSatisfy { !$0.hasSuffix(" ") && !$0.contains("\n") }, "\(latex)")
            #expect(display.issues.allSatisfy { (0...length).contains($0.offset) }, "\(latex)")
        }
    }
}

/// A small seeded generator, so a failing fuzz case reproduces.
private struct MathFuzzGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
