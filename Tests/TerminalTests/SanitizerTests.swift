import Testing
import DisplayWidth
import Terminal

@Suite struct SanitizerTests {
    @Test func cleanTextIsUnchanged() {
        #expect(Sanitizer.clean("Attention(Q, K, V) = softmax(QKᵀ/√d)V 中文 😀") == "Attention(Q, K, V) = softmax(QKᵀ/√d)V 中文 😀")
        #expect(!Sanitizer.needsCleaning("plain — text ✓"))
    }

    @Test func controlsBecomeVisibleGlyphs() {
        #expect(Sanitizer.clean("a\u{1B}[31mb") == "a␛[31mb")
        #expect(Sanitizer.clean("\u{00}\u{07}\u{0D}\u{0A}\u{7F}") == "␀␇␍␊␡")
        #expect(Sanitizer.clean("x\u{9B}y\u{85}") == "x�y�")
    }

    @Test func bidiOverridesAreRemoved() {
        #expect(Sanitizer.clean("abc\u{202E}def\u{2066}g\u{2069}") == "abcdefg")
    }

    @Test func tabsExpandToStopsOfFour() {
        #expect(Sanitizer.clean("\tx") == "    x")
        #expect(Sanitizer.clean("ab\tc") == "ab  c")
        #expect(Sanitizer.clean("abcd\te") == "abcd    e")
        #expect(Sanitizer.clean("中\tx") == "中  x", "a wide character counts two columns")
        #expect(Sanitizer.clean("a\tb", tabWidth: 8) == "a       b")
    }

    @Test func lineWriterSplitsLinesAndNeutralises() {
        final class Collector: @unchecked Sendable { var bytes: [UInt8] = [] }
        let collector = Collector()
        let writer = LineWriter { collector.bytes += $0 }
        writer.line("one\ntwo\r\nthree\u{1B}[2J")
        writer.lines(["a", "b\u{07}"])
        let output = String(decoding: collector.bytes, as: UTF8.self)
        #expect(output == "one\ntwo\nthree␛[2J\na\nb␇\n")
        #expect(!collector.bytes.contains(0x1B))
    }
}
