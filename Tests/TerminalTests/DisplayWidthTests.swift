import Testing
import DisplayWidth

/// Widths a user sees in a terminal, checked against the Unicode facts by
/// hand (East Asian Width, emoji presentation), not against the code.
@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), (" ", 1), ("~", 1),
        ("中", 2), ("Ａ", 2), ("ｱ", 1),  // fullwidth A is F; halfwidth katakana is H
        ("e\u{301}", 1),                  // e + combining acute: one column
        ("\u{1F600}", 2),                 // 😀 grinning face
        ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", 2),  // 👨‍👩‍👧 family (ZWJ)
        ("\u{1F1EB}\u{1F1F7}", 2),        // 🇫🇷 flag: two regional indicators
        ("1\u{FE0F}\u{20E3}", 2),         // 1️⃣ keycap
        ("\u{2764}\u{FE0F}", 2),          // ❤️ heavy heart + VS16
        ("\u{2764}", 1),                  // ❤ without VS16 is text presentation
        ("\u{1F44D}\u{1F3FD}", 2),        // 👍🏽 with skin-tone modifier
        ("é", 1), ("α", 1), ("·", 1),      // ambiguous-width middle dot is 1
        ("\u{200B}", 0),                  // zero width space on its own
        ("\u{1B}", 0), ("\u{7F}", 0), ("\u{85}", 0),  // controls take no column
        ("한", 2),                        // Hangul syllable
        ("\u{1100}\u{1161}\u{11A8}", 2),  // conjoining jamo that make 각
        ("a\u{FE0F}", 1),                 // VS16 after a non-emoji does not widen
    ] as [(String, Int)])
    func graphemeWidth(text: String, expected: Int) throws {
        let character = try #require(text.count == 1 ? text.first : nil, "test data must be one grapheme")
        #expect(DisplayWidth.of(character) == expected)
    }

    @Test func stringWidthSumsGraphemes() {
        #expect(DisplayWidth.of("hello") == 5)
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("a中b") == 4)
        #expect(DisplayWidth.of("cafe\u{301}") == 4)
        #expect(DisplayWidth.of("🇫🇷🇩🇪") == 4)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("x😀y"[...]) == 4)
    }

    @Test func prefixNeverSplitsAWideCharacter() {
        let three = DisplayWidth.prefix("中文字", fitting: 3)
        #expect(three.text == "中")
        #expect(three.width == 2)
        let four = DisplayWidth.prefix("中文字", fitting: 4)
        #expect(four.text == "中文")
        #expect(four.width == 4)
        let mixed = DisplayWidth.prefix("ab中", fitting: 3)
        #expect(mixed.text == "ab")
        #expect(mixed.width == 2)
    }

    @Test func prefixKeepsCombiningMarksWithTheirBase() {
        let result = DisplayWidth.prefix("e\u{301}x", fitting: 1)
        #expect(result.text == "e\u{301}")
        #expect(result.width == 1)
    }

    @Test func prefixEdges() {
        #expect(DisplayWidth.prefix("abc", fitting: 0).text == "")
        #expect(DisplayWidth.prefix("abc", fitting: -5).width == 0)
        #expect(DisplayWidth.prefix("abc", fitting: 10).text == "abc")
        #expect(DisplayWidth.prefix("😀", fitting: 1).text == "")
        let sub = "xx中yy".dropFirst(2)
        #expect(DisplayWidth.prefix(sub, fitting: 2).text == "中")
    }

    @Test func scalarTableSpotChecks() {
        // CJK Extension B (plane 2) and an unassigned plane-2 code point default to wide.
        #expect(DisplayWidth.width(ofScalar: 0x20000) == 2)
        #expect(DisplayWidth.width(ofScalar: 0x2FFFD) == 2)
        // Hiragana, Hangul syllables, CJK symbols, fullwidth forms.
        #expect(DisplayWidth.width(ofScalar: 0x3042) == 2)
        #expect(DisplayWidth.width(ofScalar: 0xAC00) == 2)
        #expect(DisplayWidth.width(ofScalar: 0x3000) == 2)
        #expect(DisplayWidth.width(ofScalar: 0xFF01) == 2)
        // Combining marks and format characters.
        #expect(DisplayWidth.width(ofScalar: 0x0301) == 0)
        #expect(DisplayWidth.width(ofScalar: 0x200D) == 0)
        #expect(DisplayWidth.width(ofScalar: 0xFE0F) == 0)
        #expect(DisplayWidth.width(ofScalar: 0xE0100) == 0)
        // Box drawing and arrows (ambiguous) are one column.
        #expect(DisplayWidth.width(ofScalar: 0x2500) == 1)
        #expect(DisplayWidth.width(ofScalar: 0x2192) == 1)
        // Soft hyphen shows as one column in terminals.
        #expect(DisplayWidth.width(ofScalar: 0x00AD) == 1)
        // Last code points of the tables and beyond.
        #expect(DisplayWidth.width(ofScalar: 0x10FFFF) == 1)
    }
}
