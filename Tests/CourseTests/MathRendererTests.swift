import Testing
@testable import Course

/// Inline math: what a learner reads in a paragraph. Expected strings are written out by hand.
@Suite struct MathRendererTests {
    private func inline(_ latex: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let result = MathRenderer.inline(latex)
        #expect(result.issues.isEmpty, "unexpected issues for \(latex): \(result.issues)", sourceLocation: sourceLocation)
        return result.text
    }

    @Test func attentionScoresUseScriptGlyphsAndAFlatFraction() {
        #expect(inline(#"\frac{QK^\top}{\sqrt{d_k}}"#) == "QKᵀ/√dₖ")
    }

    @Test func sumLimitsBecomeScriptGlyphs() {
        #expect(inline(#"\sum_{i=1}^{n} x_i^2"#) == "∑ᵢ₌₁ⁿ xᵢ²")
    }

    @Test func softmaxDenominatorIsParenthesised() {
        #expect(inline(#"\mathrm{softmax}(x)_i = \frac{e^{x_i}}{\sum_j e^{x_j}}"#)
            == "softmax(x)ᵢ = e^(xᵢ)/(∑ⱼ e^(xⱼ))")
    }

    @Test func normWithSubscript() {
        #expect(inline(#"\|a\|_2"#) == "‖a‖₂")
        #expect(inline(#"\lVert x \rVert_2^2"#) == "‖x‖₂²")
    }

    @Test func bayesRuleKeepsRelationsSpaced() {
        #expect(inline(#"p(\theta \mid x) \propto p(x \mid \theta)\,p(\theta)"#) == "p(θ | x) ∝ p(x | θ) p(θ)")
    }

    @Test(arguments: [
        (#"x^{10}"#, "x¹⁰"), (#"A^{-1}"#, "A⁻¹"), (#"x^T"#, "xᵀ"), (#"W_{ij}"#, "Wᵢⱼ"),
        (#"x_{t-1}"#, "xₜ₋₁"), (#"f'(x)"#, "f′(x)"), (#"f''"#, "f′′"), (#"x_k"#, "xₖ"),
        // No glyph for every character: a readable fallback instead.
        (#"d_{model}"#, "d_model"), (#"x^{(t)}"#, "x^(t)"), (#"e^{-x^2/2}"#, "e^(−x²/2)"),
        (#"W_Q"#, "W_Q"), (#"x^{10}_{i,j}"#, "x_(i,j)¹⁰"), (#"\sum_{i=1}^{\infty}"#, "∑ᵢ₌₁^∞"),
    ])
    func scripts(latex: String, expected: String) {
        #expect(inline(latex) == expected)
    }

    @Test func fallbackScriptIsSetOffFromTheNextLetter() {
        #expect(inline(#"\nabla_\theta \mathcal{L}"#) == "∇_θ ℒ")
        #expect(inline(#"\mathrm{PE}_{(pos, 2i)} = \sin(pos / 10000^{2i/d})"#) == "PE_(pos,2i) = sin(pos/10000^(2i/d))")
    }

    @Test(arguments: [
        (#"\frac{a+b}{c}"#, "(a+b)/c"), (#"\frac{1}{2\sigma^2}"#, "1/(2σ²)"), (#"\frac{dy}{dx}"#, "dy/dx"),
        (#"\frac{\partial \mathcal{L}}{\partial \theta}"#, "∂ℒ/∂θ"), (#"\frac{a}{\frac{b}{c}}"#, "a/(b/c)"),
        (#"\frac{1}{Z(\theta)}"#, "1/Z(θ)"), (#"\frac{\log x}{2}"#, "(log x)/2"), (#"\frac12"#, "1/2"),
        (#"\frac{\exp(z_i)}{\sum_j \exp(z_j)}"#, "exp(zᵢ)/(∑ⱼ exp(zⱼ))"), (#"\frac{1}{2}x"#, "(1/2)x"),
        (#"\frac{1}{2} x"#, "1/2 x"), (#"\left(\frac{a}{b}\right)^2 + \frac{a}{b}^2"#, "(a/b)² + (a/b)²"),
    ])
    func inlineFractions(latex: String, expected: String) {
        #expect(inline(latex) == expected)
    }

    @Test(arguments: [
        (#"\sqrt{x}"#, "√x"), (#"\sqrt{a+b}"#, "√(a+b)"), (#"\sqrt{2\pi}"#, "√(2π)"), (#"\sqrt[3]{x}"#, "∛x"),
        (#"\sqrt{x_i^2}"#, "√xᵢ²"), (#"\sqrt[n]{x}"#, "ⁿ√x"),
    ])
    func roots(latex: String, expected: String) {
        #expect(inline(latex) == expected)
    }

    @Test func greekLettersAndSymbols() {
        #expect(inline(#"\alpha \beta \gamma \Sigma \Delta \nabla \partial \epsilon \varepsilon \omega"#)
            == "αβγΣΔ∇∂εεω")
        #expect(inline(#"\infty \ldots \cdots"#) == "∞…⋯")
    }

    @Test func binaryOperatorsAndRelationsGetSpaces() {
        #expect(inline(#"a\cdot b\times c"#) == "a · b × c")
        #expect(inline(#"a\le b \ge c \ne d \approx e"#) == "a ≤ b ≥ c ≠ d ≈ e")
        #expect(inline(#"x \in \mathbb{R}, y \to \infty \Rightarrow z"#) == "x ∈ ℝ, y → ∞ ⇒ z")
        #expect(inline(#"u \odot v \otimes w \circ f \pm 1"#) == "u ⊙ v ⊗ w ∘ f ± 1")
        #expect(inline(#"a := b"#) == "a := b")
    }

    @Test func minusIsASignWhereNoOperandPrecedesIt() {
        #expect(inline(#"-x + y"#) == "−x + y")
        #expect(inline(#"a = -\sum_i b_i"#) == "a = −∑ᵢ bᵢ")
        #expect(inline(#"(-1)^n"#) == "(−1)ⁿ")
        #expect(inline(#"a-b"#) == "a − b")
    }

    @Test func operatorNamesAreUprightAndSetOff() {
        #expect(inline(#"\log x + \exp(x)"#) == "log x + exp(x)")
        #expect(inline(#"\arg\max_\theta L"#) == "arg max_θ L")
        #expect(inline(#"\max_i x_i"#) == "maxᵢ xᵢ")
        #expect(inline(#"\operatorname{softmax}(z)"#) == "softmax(z)")
        #expect(inline(#"2\sin\theta"#) == "2 sin θ")
    }

    @Test func fontsMapToLetterlikeSymbolsOrPlainLetters() {
        #expect(inline(#"\mathbb{R}^{n \times d}"#) == "ℝ^(n×d)")
        #expect(inline(#"\mathbb{E}[X] + \mathbb{N} + \mathbb{P}"#) == "𝔼[X] + ℕ + ℙ")
        #expect(inline(#"\mathcal{L} + \mathcal{N}(0, 1)"#) == "ℒ + 𝒩(0, 1)")
        #expect(inline(#"\mathbf{W}x + \boldsymbol{b}"#) == "Wx + b")
    }

    @Test func bracketsAndDelimiters() {
        #expect(inline(#"\langle q, k \rangle"#) == "⟨q, k⟩")
        #expect(inline(#"\lfloor x \rfloor + \lceil y \rceil"#) == "⌊x⌋ + ⌈y⌉")
        #expect(inline(#"\{1, 2\}"#) == "{1, 2}")
        #expect(inline(#"\left( \frac{a}{b} \right)^2"#) == "(a/b)²")
        #expect(inline(#"\left. x \right|_0"#) == "x|₀")
    }

    @Test func textAndSpacing() {
        #expect(inline(#"x > 0 \text{ for all } x"#) == "x > 0 for all x")
        #expect(inline(#"a \quad b \qquad c"#) == "a  b    c")
        #expect(inline(#"\int_0^1 x\,dx"#) == "∫₀¹ x dx")
        #expect(inline(#"x_1, \ldots, x_n"#) == "x₁, …, xₙ")
    }

    @Test func accentsAreCombiningMarks() {
        #expect(inline(#"\hat{y}"#) == "y\u{0302}")
        #expect(inline(#"\bar{x}"#) == "x\u{0304}")
        #expect(inline(#"\tilde{x}"#) == "x\u{0303}")
        #expect(inline(#"\hat{y}_i"#) == "y\u{0302}ᵢ")
        #expect(inline(#"\vec{v}"#) == "v\u{20D7}")
    }

    @Test func matricesInlineAreNestedLists() {
        #expect(inline(#"\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}"#) == "[[1, 2], [3, 4]]")
        #expect(inline(#"\begin{pmatrix} a & b \end{pmatrix}"#) == "[[a, b]]")
    }

    @Test func casesInlineJoinRows() {
        #expect(inline(#"|x| = \begin{cases} x & \text{if } x \ge 0 \\ -x & \text{otherwise} \end{cases}"#)
            == "|x| = {x if x ≥ 0; −x otherwise}")
    }

    @Test func negationAndBinomial() {
        #expect(inline(#"a \not= b, x \not\in S"#) == "a ≠ b, x ∉ S")
        #expect(inline(#"\binom{n}{k}"#) == "C(n, k)")
    }
}
