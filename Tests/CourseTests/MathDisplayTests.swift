import Testing
@testable import Course

/// Display math: several lines where matrices and fractions need them. Expected lines by hand.
@Suite struct MathDisplayTests {
    private func display(_ latex: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        let result = MathRenderer.display(latex)
        #expect(result.issues.isEmpty, "unexpected issues for \(latex): \(result.issues)", sourceLocation: sourceLocation)
        return result.lines
    }

    @Test func twoByTwoMatrixIsAGridBesideItsName() {
        #expect(display(#"A = \begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}"#) == [
            "A = ⎡ 1  2 ⎤",
            "    ⎣ 3  4 ⎦",
        ])
    }

    @Test func numbersAreRightAlignedPerColumn() {
        #expect(display(#"\begin{pmatrix} 1 & -2 \\ 10 & 3 \\ 0.5 & 4 \end{pmatrix}"#) == [
            "⎛   1  −2 ⎞",
            "⎜  10   3 ⎟",
            "⎝ 0.5   4 ⎠",
        ])
    }

    @Test func symbolicEntriesAreCentred() {
        #expect(display(#"\begin{bmatrix} \cos\theta & -\sin\theta \\ \sin\theta & \cos\theta \end{bmatrix}"#) == [
            "⎡ cos θ  −sin θ ⎤",
            "⎣ sin θ  cos θ  ⎦",
        ])
    }

    @Test func singleRowAndColumnVectors() {
        #expect(display(#"\begin{bmatrix} 1 & 2 & 3 \end{bmatrix}"#) == ["[ 1  2  3 ]"])
        #expect(display(#"x = \begin{bmatrix} 1 \\ 2 \\ 3 \end{bmatrix}"#) == [
            "    ⎡ 1 ⎤",
            "x = ⎢ 2 ⎥",
            "    ⎣ 3 ⎦",
        ])
    }

    @Test func determinantBarsAndPlainMatrix() {
        #expect(display(#"\begin{vmatrix} a & b \\ c & d \end{vmatrix}"#) == ["│ a  b │", "│ c  d │"])
        #expect(display(#"\begin{matrix} 1 & 0 \\ 0 & 1 \end{matrix}"#) == ["1  0", "0  1"])
    }

    @Test func fractionIsStackedWithACentredBar() {
        #expect(display(#"\frac{QK^\top}{\sqrt{d_k}}"#) == [
            " QKᵀ",
            "─────",
            " √dₖ",
        ])
    }

    @Test func softmaxLinesUpOnTheFractionBar() {
        #expect(display(#"\mathrm{softmax}(x)_i = \frac{e^{x_i}}{\sum_j e^{x_j}}"#) == [
            "                e^(xᵢ)",
            "softmax(x)ᵢ = ───────────",
            "               ∑ⱼ e^(xⱼ)",
        ])
    }

    @Test func nestedFractionsStack() {
        #expect(display(#"\frac{1}{1+\frac{1}{x}}"#) == [
            "    1",
            "─────────",
            "      1",
            " 1 + ───",
            "      x",
        ])
    }

    @Test func tallParenthesesAroundAStackedFraction() {
        #expect(display(#"\left( \frac{a}{b} \right)"#) == ["⎛ a ⎞", "⎜───⎟", "⎝ b ⎠"])
    }

    @Test func singleLineFormulaStaysOneLine() {
        #expect(display(#"\sum_{i=1}^{n} x_i^2"#) == ["∑ᵢ₌₁ⁿ xᵢ²"])
    }

    @Test func alignedEquationsLineUpAtTheRelation() {
        #expect(display(#"\begin{aligned} f(x) &= x^2 + 1 \\ f'(x) &= 2x \end{aligned}"#) == [
            " f(x) = x² + 1",
            "f′(x) = 2x",
        ])
        #expect(display(#"a &= b + c \\ &= d"#) == ["a = b + c", "  = d"])
    }

    @Test func casesGetABrace() {
        #expect(display(#"\mathrm{sign}(x) = \begin{cases} 1 & x > 0 \\ 0 & x = 0 \\ -1 & x < 0 \end{cases}"#) == [
            "          ⎧ 1   x > 0",
            "sign(x) = ⎨ 0   x = 0",
            "          ⎩ −1  x < 0",
        ])
    }

    @Test func rowsOfAGridHaveEqualWidth() {
        let lines = display(#"\begin{bmatrix} \hat{y}_1 & 10 \\ 3 & \alpha \end{bmatrix}"#)
        #expect(lines.count == 2)
        #expect(Set(lines.map(MathRenderer.columns)).count == 1)
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
    }
}
