/// Unicode superscript and subscript forms, used only when every character of a script has one.
///
/// Parentheses are left out on purpose: `x⁽ᵗ⁾` is hard to read at terminal size, so
/// `x^{(t)}` falls back to `x^(t)`.
enum MathScripts {
    enum Position: Sendable { case superscript, `subscript` }

    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "-": "⁻", "−": "⁻", "=": "⁼",
        "a": "ᵃ", "b": "ᵇ", "c": "ᶜ", "d": "ᵈ", "e": "ᵉ", "f": "ᶠ", "g": "ᵍ", "h": "ʰ", "i": "ⁱ",
        "j": "ʲ", "k": "ᵏ", "l": "ˡ", "m": "ᵐ", "n": "ⁿ", "o": "ᵒ", "p": "ᵖ", "r": "ʳ", "s": "ˢ",
        "t": "ᵗ", "u": "ᵘ", "v": "ᵛ", "w": "ʷ", "x": "ˣ", "y": "ʸ", "z": "ᶻ",
        "A": "ᴬ", "B": "ᴮ", "D": "ᴰ", "E": "ᴱ", "G": "ᴳ", "H": "ᴴ", "I": "ᴵ", "J": "ᴶ", "K": "ᴷ",
        "L": "ᴸ", "M": "ᴹ", "N": "ᴺ", "O": "ᴼ", "P": "ᴾ", "R": "ᴿ", "T": "ᵀ", "U": "ᵁ", "V": "ⱽ",
        "W": "ᵂ", "⊤": "ᵀ",
        "β": "ᵝ", "γ": "ᵞ", "δ": "ᵟ", "θ": "ᶿ", "φ": "ᵠ", "χ": "ᵡ",
        // Primes and the degree sign already sit high.
        "′": "′", "″": "″", "‴": "‴", "°": "°", "∗": "*", "*": "*",
    ]

    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "-": "₋", "−": "₋", "=": "₌",
        "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ",
        "o": "ₒ", "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ", "u": "ᵤ", "v": "ᵥ", "x": "ₓ",
        "β": "ᵦ", "γ": "ᵧ", "ρ": "ᵨ", "φ": "ᵩ", "χ": "ᵪ",
    ]

    /// Every output glyph, so accents can skip them and width code can trust them.
    static let allGlyphs: Set<Character> = Set(superscripts.values).union(subscripts.values)

    /// The script form of `text`, or nil when some character has none.
    static func convert(_ text: String, to position: Position) -> String? {
        let table = position == .superscript ? superscripts : subscripts
        var result = ""
        for character in text {
            guard let glyph = table[character] else { return nil }
            result.append(glyph)
        }
        return result
    }

    /// A script that has no Unicode form: `^` or `_` and the text, in parentheses unless it
    /// is one character or a plain word (`d_model`, `x^(t)`, `e^(−x²/2)`).
    static func fallback(_ text: String, to position: Position) -> String {
        let marker = position == .superscript ? "^" : "_"
        if text.count == 1 || isPlainWord(text) || isParenthesised(text) {
            return marker + text
        }
        return marker + "(" + text + ")"
    }

    static func render(_ text: String, as position: Position) -> String {
        if text.isEmpty { return "" }
        return convert(text, to: position) ?? fallback(text, to: position)
    }

    private static func isPlainWord(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    /// True when the first character is `(` and its partner is the last character.
    static func isParenthesised(_ text: String) -> Bool {
        guard text.first == "(", text.last == ")" else { return false }
        var depth = 0
        for (index, character) in text.enumerated() {
            if character == "(" { depth += 1 }
            if character == ")" {
                depth -= 1
                if depth == 0 { return index == text.count - 1 }
            }
        }
        return false
    }
}
