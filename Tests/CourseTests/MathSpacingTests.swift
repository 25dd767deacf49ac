import Testing
@testable import Course

/// Spacing between atoms after TeX's rules, for cases a proofreader flagged. Expected strings
/// are written out by hand from what TeX would set.
@Suite struct MathSpacingTests {
    private func inline(_ latex: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let result = MathRenderer.inline(latex)
        #expect(result.issues.isEmpty, "unexpected issues for \(latex): \(result.issues)", sourceLocation: sourceLocation)
        return result.text
    }

    @Test func transposeRunsIntoTheNextSymbolAsTeXSetsIt() {
        #expect(inline(#"x^\top Sx"#) == "xᵀSx")
        // TeX drops the space after `\top`; the one between S and x is the author's, kept as
        // everywhere else between ordinary symbols (`a b` stays `a b`).
        #expect(inline(#"x^\top S x"#) == "xᵀS x")
    }

    @Test func plusBeforeARelationIsOrdinaryAndTheRelationIsSpaced() {
        #expect(inline(#"P(+ \mid \text{sick})"#) == "P(+ | sick)")
        #expect(inline(#"P(+ \mid sick)"#) == "P(+ | sick)")
        #expect(inline(#"P({+} \mid sick)"#) == "P(+ | sick)")
        #expect(inline(#"P(sick \mid +)"#) == "P(sick | +)")
    }

    @Test func binaryWithNoRightOperandTakesNoSpace() {
        #expect(inline(#"(a+)"#) == "(a+)")
        #expect(inline(#"a+, b"#) == "a+, b")
        #expect(inline(#"x \to 0^+"#) == "x → 0⁺")
    }

    @Test func barBetweenSpacedOperandsIsSetOffOnBothSides() {
        #expect(inline(#"\mathrm{KL}(\pi \| \pi_{ref})"#) == "KL(π ‖ π_ref)")
        #expect(inline(#"\mathrm{KL}(\pi \,\|\, \pi_{ref})"#) == "KL(π ‖ π_ref)")
        #expect(inline(#"\mathrm{KL}(p \| q)"#) == "KL(p ‖ q)")
        #expect(inline(#"p(\theta \vert x)"#) == "p(θ | x)")
    }

    @Test func barTouchingItsContentIsANorm() {
        #expect(inline(#"-\lambda \|\theta\|_2^2"#) == "−λ‖θ‖₂²")
        #expect(inline(#"\|a\|_2 \|b\|_2 \cos(\theta)"#) == "‖a‖₂ ‖b‖₂ cos(θ)")
        #expect(inline(#"\pi \|"#) == "π‖")
    }

    @Test func slashIsOrdinaryWithNoSpace() {
        #expect(inline(#"\partial / \partial z"#) == "∂/∂z")
        #expect(inline(#"\partial L / \partial z \cdot x"#) == "∂L/∂z · x")
        #expect(inline(#"99 / 10098 \approx 0.0098"#) == "99/10098 ≈ 0.0098")
        #expect(inline(#"(a \cdot b) / \|b\|_2"#) == "(a · b)/‖b‖₂")
        // TeX's thin space before an operator would take a whole column: none beside `/`.
        #expect(inline(#"\exp(z_i) / \sum_j \exp(z_j)"#) == "exp(zᵢ)/∑ⱼ exp(zⱼ)")
        #expect(inline(#"\log_2 x = \ln x / \ln 2"#) == "log₂ x = ln x/ln 2")
        // Explicit spaces are the author's request and stay.
        #expect(inline(#"a \, / \, b"#) == "a / b")
    }

    @Test func slashInDisplayMathToo() {
        #expect(MathRenderer.display(#"\partial L / \partial a = 2(a - y)"#).lines == ["∂L/∂a = 2(a − y)"])
    }

    @Test(arguments: [
        (#"a + b"#, "a + b"), (#"-x"#, "−x"), (#"a = -b"#, "a = −b"), (#"f(x) \le g(x)"#, "f(x) ≤ g(x)"),
        (#"\|a\|_2"#, "‖a‖₂"), (#"a - -b"#, "a − −b"), (#"(-1)^n + 1"#, "(−1)ⁿ + 1"),
        (#"\log P(data \mid \theta) + \log P(\theta)"#, "log P(data | θ) + log P(θ)"),
    ])
    func regressions(latex: String, expected: String) {
        #expect(inline(latex) == expected)
    }
}
