import Foundation
import Testing
@testable import Practice

@Suite("Event log")
struct EventLogTests {
    func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "attend-log-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func appendsThenLoadsInOrder() throws {
        let log = EventLog(directory: temporaryDirectory() + "/nested/data")
        let a = PracticeEvent(.readingPosition(lesson: "linalg-vectors", line: 42, row: 2), at: 1_800_000_000)
        let b = PracticeEvent(.lessonFinished(lesson: "linalg-vectors"), at: 1_800_000_060)
        try log.append(a)
        try log.append(b)
        let loaded = log.load()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.events == [a, b])
        let text = try String(contentsOfFile: log.path, encoding: .utf8)
        #expect(text == """
        {"at":"2027-01-15T08:00:00Z","kind":"lesson.position","lesson":"linalg-vectors","line":42,"row":2}
        {"at":"2027-01-15T08:01:00Z","kind":"lesson.finished","lesson":"linalg-vectors"}

        """)
    }

    @Test func everyKindRoundTripsThroughItsLine() throws {
        let events = [
            PracticeEvent(.review(card: "linalg-vectors/cosine-of-45", rating: 3, correct: true, answer: "0.7071"), at: 100),
            PracticeEvent(.review(card: "d/card", rating: 1, correct: nil, answer: ""), at: 101),
            PracticeEvent(.reviewUndone(card: "d/card", reviewedAt: 101), at: 102),
            PracticeEvent(.prediction(lesson: "tf-attention", kernel: nil, tensor: "weights", index: [0, 2], guess: 0.3, truth: 0.3112, correct: false), at: 103),
            PracticeEvent(.prediction(lesson: "tf-masks", kernel: "padding", tensor: "p", index: [], guess: -1.5, truth: -1.5, correct: true), at: 104),
        ]
        for event in events {
            #expect(try PracticeEvent.decode(event.jsonLine).get() == event, "\(event.jsonLine)")
        }
        #expect(events[0].jsonLine == #"{"at":"1970-01-01T00:01:40Z","kind":"review","card":"linalg-vectors/cosine-of-45","rating":3,"correct":true,"answer":"0.7071"}"#)
        #expect(events[3].jsonLine == #"{"at":"1970-01-01T00:01:43Z","kind":"prediction","lesson":"tf-attention","tensor":"weights","index":[0,2],"guess":0.3,"truth":0.3112,"correct":false}"#)
        guard case .failure = PracticeEvent.decode(#"{"at":"1970-01-01T00:01:40Z","kind":"review","card":"a/b","rating":7}"#) else {
            Issue.record("a rating of 7 was accepted")
            return
        }
    }

    @Test func missingLogIsEmpty() {
        let loaded = EventLog(directory: temporaryDirectory()).load()
        #expect(loaded.events.isEmpty && loaded.problems.isEmpty)
    }

    @Test func tornLastLineIsReportedSetAsideAndNeverGluedToTheNextAppend() throws {
        let dir = temporaryDirectory()
        let log = EventLog(directory: dir)
        try log.append(PracticeEvent(.lessonFinished(lesson: "a"), at: 0))
        // A crash in the middle of a write leaves half a line with no newline.
        let handle = try #require(FileHandle(forWritingAtPath: log.path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"at\":\"2026-01-01T00:00:00Z\",\"ki".utf8))
        handle.closeFile()
        try log.append(PracticeEvent(.lessonFinished(lesson: "b"), at: 60))

        let loaded = log.load()
        #expect(loaded.events.map(\.kind) == [.lessonFinished(lesson: "a"), .lessonFinished(lesson: "b")])
        #expect(loaded.problems.count == 1)
        #expect(loaded.problems[0].line == 2)
        #expect(loaded.problems[0].file == log.path)
        #expect(loaded.problems[0].message.contains("set aside"))
        let aside = try String(contentsOfFile: log.corruptPath, encoding: .utf8)
        #expect(aside.contains("line 2 of events.jsonl"))
        #expect(aside.contains("{\"at\":\"2026-01-01T00:00:00Z\",\"ki"))
        // Reported once: the log no longer holds the bad line.
        #expect(log.load().problems.isEmpty)
        #expect(log.load().events.count == 2)
    }

    @Test func corruptMiddleLineKeepsEverythingElse() throws {
        let dir = temporaryDirectory()
        let log = EventLog(directory: dir)
        let lines = [
            #"{"at":"2026-11-23T10:00:00Z","kind":"lesson.finished","lesson":"a"}"#,
            "garbage \u{1}",
            #"{"at":"not a time","kind":"lesson.finished","lesson":"x"}"#,
            #"{"at":"2026-11-23T10:00:05Z","kind":"future.thing","card":"d/i","rating":3}"#,
            #"{"at":"2026-11-23T10:00:09Z","kind":"lesson.position","lesson":"a","line":7}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(toFile: log.path, atomically: true, encoding: .utf8)
        let loaded = log.load()
        #expect(loaded.problems.map(\.line) == [2, 3])
        #expect(loaded.events.count == 3)
        // An event of a kind this version does not know is kept verbatim.
        #expect(loaded.events[1].kind == .other(kind: "future.thing"))
        let rewritten = try String(contentsOfFile: log.path, encoding: .utf8)
        #expect(rewritten.contains(lines[3]))
    }

    @Test func concurrentAppendsNeverInterleave() async throws {
        let dir = temporaryDirectory()
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    let log = EventLog(directory: dir)  // separate file descriptions, as two processes have
                    for i in 0..<50 {
                        try? log.append(PracticeEvent(.readingPosition(lesson: "w\(writer)", line: i), at: i))
                    }
                }
            }
        }
        let loaded = EventLog(directory: dir).load()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.events.count == 200)
        for writer in 0..<4 {
            let lines = loaded.events.compactMap { e -> Int? in
                if case .readingPosition("w\(writer)", let line, _) = e.kind { return line }
                return nil
            }
            #expect(lines == Array(0..<50))
        }
    }

    @Test func progressReplaysTheLog() {
        let events = [
            PracticeEvent(.readingPosition(lesson: "a", line: 10), at: 1),
            PracticeEvent(.lessonFinished(lesson: "a"), at: 2),
            PracticeEvent(.readingPosition(lesson: "b", line: 3), at: 3),
        ]
        let progress = ReadingProgress(replaying: events)
        #expect(progress.isFinished("a"))
        #expect(!progress.isFinished("b") && progress.isStarted("b"))
        #expect(progress.positions == ["a": ReadingPlace(line: 10), "b": ReadingPlace(line: 3)])
        #expect(progress.lastLesson == "b")
    }
}

@Suite("ISO-8601 times")
struct ISOTimeTests {
    @Test func knownInstants() {
        #expect(ISOTime.parse("1970-01-01T00:00:00Z") == 0)
        #expect(ISOTime.parse("2000-02-29T12:34:56Z") == 951_827_696)
        #expect(ISOTime.parse("2026-11-23T03:19:22Z") == 1_795_403_962)
        #expect(ISOTime.parse("2026-11-23T03:19:22.750Z") == 1_795_403_962)
        #expect(ISOTime.parse("2026-11-23T03:19:22+00:00") == 1_795_403_962)
        #expect(ISOTime.format(951_827_696) == "2000-02-29T12:34:56Z")
        #expect(ISOTime.format(-1) == "1969-12-31T23:59:59Z")
    }

    @Test func rejectsWhatIsNotUTC() {
        for bad in ["", "2026-11-23", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T03:19:22+01:00", "2026-11-23T03:19:22"] {
            #expect(ISOTime.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func roundTripsAcrossCenturies() {
        var t = -2_208_988_800  // 1900-01-01
        while t < 4_102_444_800 {  // 2100-01-01
            #expect(ISOTime.parse(ISOTime.format(t)) == t)
            t += 7_777_777
        }
    }
}

@Suite("Fast event decoding agrees with the full reader")
struct FastDecoderTests {
    @Test func everyKindDecodesTheSameBothWays() {
        let lines = [
            #"{"at":"2026-11-23T10:00:00Z","kind":"review","card":"d/i","rating":3,"correct":true,"answer":"0.7071"}"#,
            #"{"at":"2026-11-23T10:00:00Z","kind":"review","card":"d/i","rating":1,"answer":""}"#,
            #"{"at":"2026-11-23T10:00:01Z","kind":"review.undone","card":"d/i","reviewed_at":"2026-11-23T10:00:00Z"}"#,
            #"{"at":"2026-11-23T10:00:02Z","kind":"lesson.position","lesson":"a","line":12,"row":2}"#,
            #"{"at":"2026-11-23T10:00:03Z","kind":"lesson.finished","lesson":"a"}"#,
            #"{"at":"2026-11-23T10:00:04Z","kind":"prediction","lesson":"a","kernel":"k","tensor":"w","index":[0,2],"guess":-0.5,"truth":1e-3,"correct":false}"#,
            #" { "at" : "2026-11-23T10:00:05Z" , "kind" : "lesson.finished" , "lesson" : "spaced" } "#,
        ]
        for line in lines {
            var copy = line
            let fast = copy.withUTF8 { FastEventDecoder.decode($0) }
            #expect(fast != nil, "the fast path reads \(line)")
            #expect(fast == (try? PracticeEvent.decodeFully(line).get()), "\(line)")
        }
    }

    @Test func unusualLinesFallBackAndStillDecode() {
        let lines = [
            #"{"at":"2026-11-23T10:00:00Z","kind":"review","card":"d/i","rating":3,"answer":"a \"quoted\" answer"}"#,
            #"{"at":"2026-11-23T10:00:00Z","kind":"future.thing","extra":{"x":1}}"#,
        ]
        for line in lines {
            var copy = line
            #expect(copy.withUTF8 { FastEventDecoder.decode($0) } == nil, "left to the full reader: \(line)")
            #expect((try? PracticeEvent.decode(line).get()) != nil)
        }
        guard case .success(let event) = PracticeEvent.decode(lines[0]), case .review(_, _, _, let answer) = event.kind else {
            Issue.record("escaped answer not read")
            return
        }
        #expect(answer == #"a "quoted" answer"#)
    }

    @Test func badLinesAreRejectedByBoth() {
        for line in [#"{"at":"2026-11-23T10:00:00Z","kind":"review","card":"d/i","rating":9}"#, #"{"at":"nope","kind":"lesson.finished","lesson":"a"}"#, "{", "{}"] {
            var copy = line
            #expect(copy.withUTF8 { FastEventDecoder.decode($0) } == nil)
            guard case .failure = PracticeEvent.decode(line) else { Issue.record("accepted \(line)"); continue }
        }
    }
}

@Suite("A large log decodes in two halves")
struct LargeLogTests {
    @Test func lineNumbersAndOrderSurviveTheSplit() throws {
        let dir = NSTemporaryDirectory() + "attend-large-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var lines: [String] = []
        for i in 0..<20_000 {
            lines.append(PracticeEvent(.review(card: "deck/item-\(i)", rating: 1 + i % 4, correct: i % 3 == 0, answer: "answer \(i)"), at: 1_800_000_000 + i).jsonLine)
        }
        lines[99] = "not json"          // early, in the first half
        lines[15_000] = "{\"broken\": "  // late, in the second half
        let text = lines.joined(separator: "\n") + "\n"
        #expect(text.utf8.count > 1 << 20, "big enough to be split")
        try text.write(toFile: dir + "/events.jsonl", atomically: true, encoding: .utf8)
        let loaded = EventLog(directory: dir).load()
        #expect(loaded.problems.map(\.line) == [100, 15_001])
        #expect(loaded.events.count == 19_998)
        let ids = loaded.events.compactMap { event -> Int? in
            guard case .review(let card, _, _, _) = event.kind else { return nil }
            return Int(card.dropFirst("deck/item-".count))
        }
        #expect(ids == Array(0..<20_000).filter { $0 != 99 && $0 != 15_000 }, "events keep their order")
    }
}
