import Testing
import Terminal

/// Frames as bytes: what reaches the terminal, checked by hand-written byte
/// strings and by replaying frames into `ScreenModel`.
@Suite struct RendererTests {
    private let start = "\u{1B}[?2026h"
    private let end = "\u{1B}[?2026l"

    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    private func sample() -> Buffer {
        var buffer = Buffer(width: 12, height: 4)
        buffer.put("Attend 中文", x: 0, y: 0, style: Style(fg: .ansi(4), bold: true))
        buffer.put("plain text", x: 1, y: 1)
        buffer.put("😀 e\u{301}", x: 0, y: 2, style: Style(reverse: true))
        buffer.fill(x: 8, y: 3, width: 4, height: 1, style: Style(bg: .indexed(200)))
        return buffer
    }

    @Test func identicalFrameWritesNothing() {
        let buffer = sample()
        #expect(Renderer.frame(from: buffer, to: buffer, mode: .truecolor).isEmpty)
        #expect(Renderer.frame(from: buffer, to: buffer, mode: .monochrome, cursorHidden: false).isEmpty)
    }

    @Test func frameIsWrappedInSynchronizedOutput() {
        let output = text(Renderer.frame(from: nil, to: sample(), mode: .truecolor))
        #expect(output.hasPrefix(start))
        #expect(output.hasSuffix(end))
    }

    @Test func firstFrameClearsAndDrawsEverything() {
        let buffer = sample()
        let bytes = Renderer.frame(from: nil, to: buffer, mode: .truecolor)
        #expect(text(bytes).contains("\u{1B}[2J"))
        var screen = ScreenModel(width: 12, height: 4)
        screen.apply(bytes)
        #expect(screen.failures.isEmpty, "\(screen.failures)")
        #expect(screen.text == buffer.textDump())
        #expect(screen.synchronizedDepth == 0)
    }

    @Test func changingOneCellWritesJustThatCell() {
        var before = Buffer(width: 20, height: 5)
        before.put("hello world", x: 2, y: 3)
        var after = before
        after.put("W", x: 8, y: 3)
        let output = text(Renderer.frame(from: before, to: after, mode: .ansi256))
        #expect(output == start + "\u{1B}[4;9HW" + end)
    }

    @Test func styledCellChangeSetsAndResetsStyle() {
        let before = Buffer(width: 10, height: 2)
        var after = before
        after.put("ab", x: 0, y: 0, style: Style(fg: .ansi(1), bold: true))
        let output = text(Renderer.frame(from: before, to: after, mode: .ansi16))
        #expect(output == start + "\u{1B}[H\u{1B}[0;1;31mab\u{1B}[0m" + end)
    }

    @Test func sameStyleIsNotRepeatedBetweenCells() {
        let before = Buffer(width: 10, height: 1)
        var after = before
        after.put("abcdef", x: 0, y: 0, style: Style(fg: .rgb(1, 2, 3)))
        let output = text(Renderer.frame(from: before, to: after, mode: .truecolor))
        #expect(output == start + "\u{1B}[H\u{1B}[0;38;2;1;2;3mabcdef\u{1B}[0m" + end)
    }

    @Test func gapsOnOneRowUseCursorForward() {
        var before = Buffer(width: 20, height: 1)
        before.put("aaaaaaaaaa", x: 0, y: 0)
        var after = before
        after.put("b", x: 1, y: 0)
        after.put("c", x: 6, y: 0)
        let output = text(Renderer.frame(from: before, to: after, mode: .truecolor))
        #expect(output == start + "\u{1B}[1;2Hb\u{1B}[4Cc" + end)
    }

    @Test func wideCharacterIsWrittenOnceAndItsSecondHalfNever() {
        let before = Buffer(width: 6, height: 1)
        var after = before
        after.put("中x", x: 1, y: 0)
        let output = text(Renderer.frame(from: before, to: after, mode: .truecolor))
        #expect(output == start + "\u{1B}[1;2H中x" + end)
    }

    @Test func replacingAWideCharacterRepaintsBothColumns() {
        var before = Buffer(width: 6, height: 1)
        before.put("中", x: 0, y: 0)
        var after = before
        after.put("ab", x: 0, y: 0)
        var screen = ScreenModel(width: 6, height: 1)
        screen.apply(Renderer.frame(from: nil, to: before, mode: .truecolor))
        screen.apply(Renderer.frame(from: before, to: after, mode: .truecolor))
        #expect(screen.failures.isEmpty, "\(screen.failures)")
        #expect(screen.text == "ab")
    }

    @Test func sizeChangeRepaintsEverything() {
        var small = Buffer(width: 5, height: 2)
        small.put("hi", x: 0, y: 0)
        var large = Buffer(width: 8, height: 3)
        large.put("hi", x: 0, y: 0)
        let output = text(Renderer.frame(from: small, to: large, mode: .truecolor))
        #expect(output.contains("\u{1B}[2J"))
        #expect(output.contains("hi"))
    }

    @Test func contentEscapesNeverReachTheTerminal() {
        var buffer = Buffer(width: 30, height: 2)
        buffer.put("evil\u{1B}]0;title\u{07}\u{1B}[31mred\u{9B}2J", x: 0, y: 0)
        let bytes = Renderer.frame(from: nil, to: buffer, mode: .truecolor)
        var screen = ScreenModel(width: 30, height: 2)
        screen.apply(bytes)
        #expect(screen.failures.isEmpty, "\(screen.failures)")
        #expect(screen.text.hasPrefix("evil␛]0;title␇␛[31mred�2J"))
        #expect(!bytes.contains(0x07))
        #expect(!text(bytes).unicodeScalars.contains("\u{9B}"), "no C1 CSI either")
        let sequences = bytes.filter { $0 == 0x1B }.count
        let expectedSequences = 2 + 3 + 1  // sync on/off; reset, home, clear; hide cursor
        #expect(sequences == expectedSequences, "only the renderer's own escapes appear")
    }

    @Test func tinyBuffersRender() {
        let empty = Buffer(width: 0, height: 0)
        #expect(text(Renderer.frame(from: nil, to: empty, mode: .truecolor)).hasPrefix(start))
        #expect(Renderer.frame(from: empty, to: empty, mode: .truecolor).isEmpty)
        var one = Buffer(width: 1, height: 1)
        one.put("x", x: 0, y: 0)
        var screen = ScreenModel(width: 1, height: 1)
        screen.apply(Renderer.frame(from: nil, to: one, mode: .ansi16))
        #expect(screen.text == "x")
    }

    @Test func colorsAreDownsampledForTheMode() {
        let before = Buffer(width: 4, height: 1)
        var after = before
        after.put("x", x: 0, y: 0, style: Style(fg: .rgb(255, 0, 0), bg: .indexed(21)))
        // xterm: 196 is (255,0,0), nearest of 16 is bright red 9 (91); 21 is (0,0,255),
        // nearest of 16 is blue 4 (0,0,238) at distance 17², not bright blue (92,92,255).
        #expect(text(Renderer.frame(from: before, to: after, mode: .truecolor)).contains("[0;38;2;255;0;0;48;5;21m"))
        #expect(text(Renderer.frame(from: before, to: after, mode: .ansi256)).contains("[0;38;5;196;48;5;21m"))
        #expect(text(Renderer.frame(from: before, to: after, mode: .ansi16)).contains("[0;91;44m"))
        let mono = text(Renderer.frame(from: before, to: after, mode: .monochrome))
        #expect(mono == start + "\u{1B}[Hx" + end, "monochrome drops colours and needs no SGR here")
    }

    @Test func monochromeKeepsAttributes() {
        let before = Buffer(width: 4, height: 1)
        var after = before
        after.put("x", x: 0, y: 0, style: Style(fg: .ansi(2), bold: true, underline: true, reverse: true))
        #expect(text(Renderer.frame(from: before, to: after, mode: .monochrome)).contains("\u{1B}[0;1;4;7mx"))
    }

    @Test func greyRgbMapsToTheGreyRamp() {
        let before = Buffer(width: 2, height: 1)
        var after = before
        after.put("g", x: 0, y: 0, style: Style(fg: .rgb(128, 128, 128)))
        // Grey ramp entry 244 is (128,128,128): 8 + 10 × 12.
        #expect(text(Renderer.frame(from: before, to: after, mode: .ansi256)).contains("38;5;244m"))
    }

    @Test func visibleCursorIsPlacedAfterDrawing() {
        var before = Buffer(width: 10, height: 3)
        before.cursor = Position(x: 2, y: 1)
        var after = before
        after.cursor = Position(x: 5, y: 2)
        let output = text(Renderer.frame(from: before, to: after, mode: .truecolor, cursorHidden: false))
        #expect(output == start + "\u{1B}[?25l\u{1B}[3;6H\u{1B}[?25h" + end)
        #expect(Renderer.frame(from: after, to: after, mode: .truecolor, cursorHidden: false).isEmpty)
    }

    @Test func randomEditsReplayToTheSameScreen() {
        var generator = SplitMix(seed: 42)
        let pieces = ["a", "bc", "中", "文字", "😀", "e\u{301}", "xyz", "🇫🇷", "  "]
        let styles = [Style.plain, Style(fg: .ansi(3)), Style(bg: .indexed(17), bold: true), Style(reverse: true)]
        var previous: Buffer?
        var buffer = Buffer(width: 17, height: 6)
        var screen = ScreenModel(width: 17, height: 6)
        var styleOfSGR: [String: Style] = [:]
        for _ in 0..<200 {
            let edits = Int(generator.next() % 4) + 1
            for _ in 0..<edits {
                let piece = pieces[Int(generator.next() % UInt64(pieces.count))]
                let style = styles[Int(generator.next() % UInt64(styles.count))]
                buffer.put(piece, x: Int(generator.next() % 19) - 1, y: Int(generator.next() % 6), style: style)
            }
            screen.apply(Renderer.frame(from: previous, to: buffer, mode: .ansi256))
            previous = buffer
            #expect(screen.failures.isEmpty, "\(screen.failures)")
            #expect(screen.text == buffer.textDump())
            for y in 0..<6 {
                for x in 0..<17 where buffer[x, y].width != 0 {
                    let sgr = screen.styles[y][x]
                    if let known = styleOfSGR[sgr] {
                        #expect(known == buffer[x, y].style, "SGR \(sgr) shows one style")
                    } else {
                        styleOfSGR[sgr] = buffer[x, y].style
                    }
                }
            }
        }
        #expect(styleOfSGR["0"] == .plain)
    }
}

/// A small seeded generator so random tests repeat exactly.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
