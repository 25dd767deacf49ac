import Testing
@testable import Terminal

/// Byte tables for every key form a terminal sends.
@Suite struct InputParserTests {
    private func parse(_ bytes: [UInt8]) -> [Event] {
        var parser = InputParser()
        return parser.feed(bytes)
    }

    private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test(arguments: [
        ("\u{1B}[A", Event.key(.up, [])), ("\u{1B}[B", .key(.down, [])),
        ("\u{1B}[C", .key(.right, [])), ("\u{1B}[D", .key(.left, [])),
        ("\u{1B}OA", .key(.up, [])), ("\u{1B}OB", .key(.down, [])),
        ("\u{1B}OC", .key(.right, [])), ("\u{1B}OD", .key(.left, [])),
        ("\u{1B}[1;5A", .key(.up, .ctrl)), ("\u{1B}[1;2B", .key(.down, .shift)),
        ("\u{1B}[1;3C", .key(.right, .alt)), ("\u{1B}[1;6D", .key(.left, [.shift, .ctrl])),
        ("\u{1B}[H", .key(.home, [])), ("\u{1B}[F", .key(.end, [])),
        ("\u{1B}OH", .key(.home, [])), ("\u{1B}OF", .key(.end, [])),
        ("\u{1B}[1~", .key(.home, [])), ("\u{1B}[4~", .key(.end, [])),
        ("\u{1B}[7~", .key(.home, [])), ("\u{1B}[8~", .key(.end, [])),
        ("\u{1B}[5~", .key(.pageUp, [])), ("\u{1B}[6~", .key(.pageDown, [])),
        ("\u{1B}[2~", .key(.insert, [])), ("\u{1B}[3~", .key(.delete, [])),
        ("\u{1B}[3;5~", .key(.delete, .ctrl)), ("\u{1B}[1;5H", .key(.home, .ctrl)),
        ("\u{1B}OP", .key(.function(1), [])), ("\u{1B}OQ", .key(.function(2), [])),
        ("\u{1B}OR", .key(.function(3), [])), ("\u{1B}OS", .key(.function(4), [])),
        ("\u{1B}[1;2P", .key(.function(1), .shift)),
        ("\u{1B}[11~", .key(.function(1), [])), ("\u{1B}[15~", .key(.function(5), [])),
        ("\u{1B}[17~", .key(.function(6), [])), ("\u{1B}[18~", .key(.function(7), [])),
        ("\u{1B}[19~", .key(.function(8), [])), ("\u{1B}[20~", .key(.function(9), [])),
        ("\u{1B}[21~", .key(.function(10), [])), ("\u{1B}[23~", .key(.function(11), [])),
        ("\u{1B}[24~", .key(.function(12), [])), ("\u{1B}[15;5~", .key(.function(5), .ctrl)),
        ("\u{1B}[Z", .key(.backTab, [])),
        ("\u{1B}x", .key(.char("x"), .alt)), ("\u{1B}X", .key(.char("X"), .alt)),
        ("\u{1B}\u{03}", .key(.char("c"), [.alt, .ctrl])),
        ("\u{1B}\u{7F}", .key(.backspace, .alt)),
        ("\u{03}", .key(.char("c"), .ctrl)), ("\u{01}", .key(.char("a"), .ctrl)),
        ("\u{1A}", .key(.char("z"), .ctrl)), ("\u{00}", .key(.char(" "), .ctrl)),
        ("\u{1F}", .key(.char("_"), .ctrl)),
        ("\u{7F}", .key(.backspace, [])), ("\u{08}", .key(.backspace, [])),
        ("\r", .key(.enter, [])), ("\n", .key(.enter, [])), ("\t", .key(.tab, [])),
        ("q", .key(.char("q"), [])), ("?", .key(.char("?"), [])), ("/", .key(.char("/"), [])),
        ("é", .key(.char("é"), [])), ("中", .key(.char("中"), [])), ("😀", .key(.char("😀"), [])),
        ("\u{1B}[I", .focus(true)), ("\u{1B}[O", .focus(false)),
        ("\u{1B}[97;5u", .key(.char("a"), .ctrl)), ("\u{1B}[13;2u", .key(.enter, .shift)),
    ] as [(String, Event)])
    func keyForm(sequence: String, expected: Event) {
        #expect(parse(bytes(sequence)) == [expected])
    }

    @Test func shorthandKeyEventHasNoModifiers() {
        let event: Event = .key(.up)
        #expect(event == .key(.up, []))
        if case .key(.up, let modifiers) = event { #expect(modifiers.isEmpty) } else { Issue.record("not a key") }
    }

    @Test func severalKeysInOneRead() {
        #expect(parse(bytes("jk\u{1B}[Aq")) == [
            .key(.char("j"), []), .key(.char("k"), []), .key(.up, []), .key(.char("q"), []),
        ])
    }

    @Test func utf8SplitAtEveryByteBoundary() {
        for text in ["é", "中", "😀", "a中b"] {
            let all = bytes(text)
            for cut in 1..<all.count {
                var parser = InputParser()
                var events = parser.feed(Array(all[..<cut]))
                events += parser.feed(Array(all[cut...]))
                let expected = text.map { Event.key(.char($0), []) }
                #expect(events == expected, "split \(text) at byte \(cut)")
                #expect(!parser.isWaitingForMore)
            }
        }
    }

    @Test func utf8OneByteAtATime() {
        var parser = InputParser()
        var events: [Event] = []
        for byte in bytes("😀") {
            events += parser.feed([byte])
        }
        #expect(events == [.key(.char("😀"), [])])
    }

    @Test func csiSplitAcrossFeeds() {
        let sequence = bytes("\u{1B}[1;5A")
        for cut in 1..<sequence.count {
            var parser = InputParser()
            let first = parser.feed(Array(sequence[..<cut]))
            #expect(first.isEmpty, "nothing before the sequence ends (cut \(cut))")
            #expect(parser.isWaitingForMore)
            let second = parser.feed(Array(sequence[cut...]))
            #expect(second == [.key(.up, .ctrl)], "cut at \(cut)")
        }
    }

    @Test func loneEscapeWaitsForQuiet() {
        var parser = InputParser()
        #expect(parser.feed([0x1B]).isEmpty)
        #expect(parser.isWaitingForMore)
        #expect(parser.flushAfterQuiet() == [.key(.escape, [])])
        #expect(!parser.isWaitingForMore)
        #expect(parser.flushAfterQuiet().isEmpty)
    }

    @Test func escapeThenKeyInALaterReadIsAlt() {
        var parser = InputParser()
        #expect(parser.feed([0x1B]).isEmpty)
        #expect(parser.feed(bytes("x")) == [.key(.char("x"), .alt)])
    }

    @Test func escapeBracketAloneBecomesAltBracketAfterQuiet() {
        var parser = InputParser()
        #expect(parser.feed(bytes("\u{1B}[")).isEmpty)
        #expect(parser.flushAfterQuiet() == [.key(.char("["), .alt)])
    }

    @Test func doubleEscapeIsEscapeThenPending() {
        var parser = InputParser()
        #expect(parser.feed([0x1B, 0x1B]) == [.key(.escape, [])])
        #expect(parser.flushAfterQuiet() == [.key(.escape, [])])
    }

    @Test func bracketedPasteIsOneEvent() {
        let events = parse(bytes("\u{1B}[200~hello world\u{1B}[201~"))
        #expect(events == [.paste("hello world")])
    }

    @Test func pasteSplitAtEveryByte() {
        let all = bytes("a\u{1B}[200~x中y\r\nz\u{1B}[201~b")
        for cut in 1..<all.count {
            var parser = InputParser()
            var events = parser.feed(Array(all[..<cut]))
            events += parser.feed(Array(all[cut...]))
            #expect(events == [.key(.char("a"), []), .paste("x中y\nz"), .key(.char("b"), [])], "cut at \(cut)")
        }
    }

    @Test func pasteContainingEscapeBytesStaysText() {
        let events = parse(bytes("\u{1B}[200~rm \u{1B}[2J\u{1B}[A\u{03}\u{1B}[201~"))
        #expect(events == [.paste("rm \u{1B}[2J\u{1B}[A\u{03}")])
    }

    @Test func unterminatedPasteWaitsThroughQuiet() {
        var parser = InputParser()
        #expect(parser.feed(bytes("\u{1B}[200~partial")).isEmpty)
        #expect(parser.isWaitingForMore)
        #expect(parser.flushAfterQuiet().isEmpty, "a short pause inside a paste is not its end")
        #expect(parser.feed(bytes(" text\u{1B}[201~")) == [.paste("partial text")])
    }

    @Test func abandonedPasteDeliversWhatArrived() {
        var parser = InputParser()
        _ = parser.feed(bytes("\u{1B}[200~stuck"))
        #expect(parser.flushAfterQuiet(abandoningPaste: true) == [.paste("stuck")])
        #expect(!parser.isWaitingForMore)
    }

    @Test func pasteLineEndsBecomeNewlines() {
        #expect(parse(bytes("\u{1B}[200~a\rb\r\nc\nd\u{1B}[201~")) == [.paste("a\nb\nc\nd")])
    }

    @Test func unknownSequencesAreReportedNotTyped() {
        let events = parse(bytes("\u{1B}[<0;10;5Mq"))
        #expect(events == [.unknown(bytes("\u{1B}[<0;10;5M")), .key(.char("q"), [])])
    }

    @Test func invalidUTF8IsUnknownAndParsingGoesOn() {
        #expect(parse([0xFF, 0x61]) == [.unknown([0xFF]), .key(.char("a"), [])])
        #expect(parse([0xC3, 0x28]) == [.unknown([0xC3]), .key(.char("("), [])])
    }

    @Test func runawaySequenceIsDropped() {
        var parser = InputParser()
        let events = parser.feed([0x1B, 0x5B] + Array(repeating: 0x31, count: 100))
        #expect(events.count >= 1)
        if case .unknown = events.first {} else { Issue.record("expected .unknown, got \(events)") }
    }
}
