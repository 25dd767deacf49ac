/// Renders the LaTeX subset of lesson math as readable Unicode.
///
/// `x^2` → `x²`, `x_i` → `xᵢ` (only when every character of a script has a Unicode form;
/// otherwise `d_model`, `x^(t)`), Greek letters, `\frac{a}{b}` → `a/b` inline and a stacked
/// fraction in display math, matrices as bracketed grids. What it cannot read it still shows
/// as best it can, and reports as an `Issue` so `attend lint` can warn the author.
///
/// Spacing follows TeX where it matters for reading (around relations and binary operators,
/// after `\log` and `\sum`) and otherwise keeps the author's: `a b` stays `a b`. Scripts use
/// Unicode glyphs only when every character has one, and never parentheses (`x⁽ᵗ⁾` is hard
/// to read), so `x^{(t)}` shows as `x^(t)` and `d_{model}` as `d_model`.
public enum MathRenderer {
    /// A problem in a math expression; `offset` counts characters from the start of the expression.
    public struct Issue: Equatable, Sendable {
        public var offset: Int
        public var message: String
        public init(offset: Int, message: String) { self.offset = offset; self.message = message }
    }

    /// Inline math (`$…$`) on one line.
    public static func inline(_ latex: String) -> (text: String, issues: [Issue]) {
        var parser = MathParser(latex)
        let rows = parser.parse()
        let text = MathTypesetter().text(rows: rows)
        return (text, sorted(parser.issues))
    }

    /// Display math (`$$…$$`): one or more lines (matrices and stacked fractions need several).
    /// Lines carry no trailing spaces; combining accents are the only zero-width characters.
    public static func display(_ latex: String) -> (lines: [String], issues: [Issue]) {
        var parser = MathParser(latex)
        let rows = parser.parse()
        let box = MathTypesetter().box(rows: rows)
        var lines = box.trimmedLines
        // A fraction with a missing part leaves a blank edge line; it carries nothing.
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        while lines.count > 1, lines.first?.isEmpty == true { lines.removeFirst() }
        return (lines, sorted(parser.issues))
    }

    /// The problems in an expression, inline or display, without typesetting it: what the
    /// Markdown parser reports (the layout renders the math when it is shown).
    public static func issues(_ latex: String) -> [Issue] {
        var parser = MathParser(latex)
        _ = parser.parse()
        return sorted(parser.issues)
    }

    /// Terminal columns the renderer assumes for `text` when it pads grids and fractions.
    public static func columns(_ text: String) -> Int {
        MathBox.columns(text)
    }

    private static func sorted(_ issues: [Issue]) -> [Issue] {
        issues.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }.map(\.element)
    }
}
