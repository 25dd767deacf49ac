import Testing
import Terminal

/// What a screen drawn into a buffer looks like, read through its dumps.
@Suite struct BufferTests {
    @Test func textDumpShowsWideCharactersOnce() {
        var buffer = Buffer(width: 10, height: 3)
        buffer.put("中文 ok", x: 0, y: 0)
        buffer.put("😀!", x: 2, y: 1)
        buffer.put("e\u{301}", x: 9, y: 2)
        #expect(buffer.textDump() == "中文 ok\n  😀!\n         e\u{301}")
    }

    @Test func pastingAPanelReplacesItsRowsAndBringsItsCursor() {
        var screen = Buffer(width: 6, height: 4)
        for y in 0..<4 { screen.put("row \(y)", x: 0, y: y) }
        var panel = Buffer(width: 6, height: 3)
        panel.put("漢字ab", x: 0, y: 0)
        panel.put("end", x: 0, y: 2)
        panel.cursor = Position(x: 2, y: 0)
        screen.paste(panel, y: 2)
        #expect(screen.textDump() == "row 0\nrow 1\n漢字ab\n", "rows from y down are the panel's, clipped at the bottom")
        #expect(screen.cursor == Position(x: 2, y: 2))
        var other = screen
        other.paste(Buffer(width: 5, height: 1), y: 0)
        #expect(other == screen, "a panel of another width is refused, not smeared")
    }

    @Test func putReturnsColumnsUsedAndClipsAtTheEdge() {
        var buffer = Buffer(width: 5, height: 1)
        #expect(buffer.put("abc", x: 0, y: 0) == 3)
        #expect(buffer.put("xyz", x: 3, y: 0) == 2)
        #expect(buffer.textDump() == "abcxy")
    }

    @Test func wideCharacterThatDoesNotFitBecomesASpace() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.put("#####", x: 0, y: 0)
        #expect(buffer.put("ab中", x: 2, y: 0) == 3)
        #expect(buffer.textDump() == "##ab")
        #expect(buffer[4, 0].text == " ")
        #expect(buffer[4, 0].width == 1)
    }

    @Test func maxWidthClipsLikeAnEdge() {
        var buffer = Buffer(width: 10, height: 1)
        #expect(buffer.put("中文字", x: 1, y: 0, maxWidth: 5) == 5)
        buffer.put("|", x: 6, y: 0)
        #expect(buffer.textDump() == " 中文 |")
        #expect(buffer.put("x", x: 0, y: 0, maxWidth: 0) == 0)
    }

    @Test func writingOverHalfAWideCharacterClearsTheOtherHalf() {
        var buffer = Buffer(width: 6, height: 2)
        buffer.put("中文", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)  // right half of 中
        #expect(buffer.textDump().split(separator: "\n").first == " x文")
        buffer.put("中文", x: 0, y: 1)
        buffer.put("y", x: 2, y: 1)  // left half of 文
        #expect(buffer.textDump().split(separator: "\n").last == "中y")
    }

    @Test func negativeStartShowsOnlyWhatIsInside() {
        var buffer = Buffer(width: 4, height: 1)
        #expect(buffer.put("中ab", x: -1, y: 0) == 3)
        #expect(buffer.textDump() == " ab")
        buffer.put("wxyz", x: -2, y: 0)
        #expect(buffer.textDump() == "yzb")
    }

    @Test func oddSizesHoldNothingAndNeverCrash() {
        for (w, h) in [(0, 0), (-3, 4), (5, -1), (1, 1), (0, 3)] {
            var buffer = Buffer(width: w, height: h)
            #expect(buffer.width >= 0 && buffer.height >= 0)
            buffer.put("中😀abc", x: 0, y: 0)
            buffer.put("x", x: -1, y: -1)
            buffer.put("x", x: Int.max, y: 0)
            buffer.put("x", x: Int.min, y: 0, maxWidth: Int.max)
            buffer.fill(x: -5, y: -5, width: Int.max, height: Int.max, style: Style(reverse: true))
            buffer.setStyle(x: Int.min, y: 0, width: Int.max, style: .plain)
            _ = buffer.textDump()
            _ = buffer.styleDump()
            _ = Renderer.frame(from: nil, to: buffer, mode: .truecolor)
            _ = Renderer.frame(from: buffer, to: buffer, mode: .ansi16)
        }
        var one = Buffer(width: 1, height: 1)
        one.put("中", x: 0, y: 0)
        #expect(one.textDump() == "", "a wide character in a one-column buffer becomes a space")
        one.put("z", x: 0, y: 0)
        #expect(one.textDump() == "z")
    }

    @Test func styleDumpListsRunsOfNonPlainStyle() {
        var buffer = Buffer(width: 12, height: 4)
        buffer.put("Title", x: 0, y: 0, style: Style(fg: .ansi(4), bold: true))
        buffer.put("plain", x: 0, y: 1)
        buffer.fill(x: 2, y: 2, width: 3, height: 1, style: Style(bg: .rgb(10, 20, 30)))
        buffer.put("中", x: 0, y: 3, style: Style(reverse: true))
        #expect(buffer.styleDump() == """
            r0 c0-4 bold fg=ansi(4)
            r2 c2-4 bg=rgb(10,20,30)
            r3 c0-1 reverse
            """)
        #expect(Buffer(width: 3, height: 3).styleDump() == "")
    }

    @Test func updateStyleKeepsTextAndTakesWideCharactersWhole() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.put("a中b", x: 0, y: 0, style: Style(fg: .ansi(2)))
        buffer.updateStyle(x: 2, y: 0, width: 1) { $0.reverse = true }
        #expect(buffer.textDump() == "a中b")
        #expect(buffer.styleDump() == "r0 c0-0 fg=ansi(2)\nr0 c1-2 reverse fg=ansi(2)\nr0 c3-3 fg=ansi(2)")
        buffer.setStyle(x: 0, y: 0, width: 6, style: .plain)
        #expect(buffer.styleDump() == "")
    }

    @Test func controlCharactersInContentAreNeutralised() {
        var buffer = Buffer(width: 20, height: 1)
        buffer.put("a\u{1B}[2Jb\u{07}\u{9B}c", x: 0, y: 0)
        #expect(buffer.textDump() == "a␛[2Jb␇�c")
    }

    @Test func fillPaintsBackgroundAndClips() {
        var buffer = Buffer(width: 4, height: 3)
        buffer.put("abcd", x: 0, y: 1)
        buffer.fill(x: 2, y: 1, width: 10, height: 10, style: Style(bg: .ansi(1)))
        #expect(buffer.textDump() == "\nab\n")
        #expect(buffer.styleDump() == "r1 c2-3 bg=ansi(1)\nr2 c2-3 bg=ansi(1)")
    }
}
