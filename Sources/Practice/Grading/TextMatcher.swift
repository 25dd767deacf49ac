import Foundation

/// Compares free-text answers the way SPEC §3 asks: ignoring case, accents, surrounding
/// and repeated whitespace, and punctuation (Unicode quotes and dashes included).
///
/// Rules, in order:
/// - letters are lowercased and stripped of accents (`Naïve` = `naive`);
/// - quotes and apostrophes vanish, so `don't` = `dont` and `“ReLU”` = `relu`;
/// - a `.` or `,` between two digits is kept as part of the number (`1.5`, `1,000`);
/// - a minus (`-` or `−`) that starts a word and comes right before a digit is the number's
///   sign, so `−127` ≠ `127`, and `−1` = `-1`;
/// - every other punctuation mark, dash included, separates words (`layer-norm` =
///   `layer norm`); symbols such as `+`, `=`, `√` and `²` are kept;
/// - whitespace runs collapse, and the ends are trimmed.
/// Whole answers also match when they differ only in spacing (`layernorm` = `layer norm`).
/// `contains` phrases match whole words: `norm` is in `the norm grows`, not in `normal`.
public enum TextMatcher {
    /// The words of `text` after normalising.
    public static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        let characters = Array(folded)
        var words: [String] = []
        var current = ""
        func endWord() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for (i, c) in characters.enumerated() {
            if quotes.contains(c) { continue }
            if c.isWhitespace {
                endWord()
            } else if (c == "." || c == ","), i > 0, i + 1 < characters.count,
                      characters[i - 1].isNumber, characters[i + 1].isNumber {
                if c == "." { current.append(c) }  // 1,000 → 1000; 1.5 stays
            } else if c == "-" || c == "\u{2212}", current.isEmpty, i + 1 < characters.count, characters[i + 1].isNumber {
                current.append("-")  // a sign: −127 is not 127 (and − and - are the same sign)
            } else if isPunctuation(c) {
                endWord()
            } else {
                current.append(c)
            }
        }
        endWord()
        return words
    }

    /// `text` normalised: its words joined by single spaces.
    public static func normalize(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// True when `response` is the same answer as `accepted` under the rules above.
    public static func equals(_ response: String, _ accepted: String) -> Bool {
        let a = words(response)
        let b = words(accepted)
        guard !a.isEmpty, !b.isEmpty else { return false }
        return a == b || a.joined() == b.joined()
    }

    /// True when the words of `phrase` appear, consecutively and whole, in `response`.
    public static func contains(_ response: String, phrase: String) -> Bool {
        let haystack = words(response)
        let needle = words(phrase)
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
            return true
        }
        return false
    }

    private static let quotes: Set<Character> = ["'", "\"", "`", "´", "‘", "’", "‚", "‛", "“", "”", "„", "‟", "′", "″", "«", "»", "‹", "›"]

    private static func isPunctuation(_ c: Character) -> Bool {
        if c == "^" { return true }
        return c.unicodeScalars.allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation:
                return true
            default:
                return scalar == "\u{2212}"  // minus sign reads as a dash in prose
            }
        }
    }
}
