/// Reads the common shape of an event-log line straight from its bytes: one flat JSON object
/// whose strings have no escapes. It makes no `String` for keys and no dictionary, which is
/// what lets a 200,000-line log become card states inside the due-queue budget (SPEC §9).
///
/// Anything else — an escape in a string, a nested object, a key it does not know, a line that
/// is not JSON — returns nil, and the caller falls back to `PracticeEvent.decode`, which
/// handles every valid line and explains every invalid one.
enum FastEventDecoder {
    /// A position in the line; a struct with mutating methods, so the index stays in a register
    /// rather than in a heap box as a captured local would.
    private struct Cursor {
        let b: UnsafeBufferPointer<UInt8>
        var i = 0

        var atEnd: Bool { i >= b.count }
        var byte: UInt8 { b[i] }

        mutating func skipSpace() {
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D { i += 1 }
        }

        /// A string without escapes or controls; nil sends the line to the full reader.
        mutating func stringRange() -> Range<Int>? {
            guard i < b.count, b[i] == 0x22 else { return nil }
            let start = i + 1
            var j = start
            while j < b.count, b[j] != 0x22 {
                if b[j] == 0x5C || b[j] < 0x20 { return nil }
                j += 1
            }
            guard j < b.count else { return nil }
            i = j + 1
            return start..<j
        }

        func integer(_ r: Range<Int>) -> Int? {
            var k = r.lowerBound
            var negative = false
            if k < r.upperBound, b[k] == 0x2D { negative = true; k += 1 }
            guard k < r.upperBound, r.upperBound - k <= 15 else { return nil }
            var value = 0
            while k < r.upperBound {
                let d = Int(b[k]) - 0x30
                guard d >= 0, d <= 9 else { return nil }
                value = value * 10 + d
                k += 1
            }
            return negative ? -value : value
        }

        func equals(_ r: Range<Int>, _ word: StaticString) -> Bool {
            guard r.count == word.utf8CodeUnitCount else { return false }
            let p = word.utf8Start
            for k in 0..<r.count where b[r.lowerBound + k] != p[k] { return false }
            return true
        }

        func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> PracticeEvent? {
        var c = Cursor(b: bytes)
        let b = bytes
        let n = bytes.count
        var at: Range<Int>?, kind: Range<Int>?, lesson: Range<Int>?, card: Range<Int>?, answer: Range<Int>?
        var reviewedAt: Range<Int>?, kernel: Range<Int>?, tensor: Range<Int>?
        var line: Range<Int>?, row: Range<Int>?, rating: Range<Int>?, guess: Range<Int>?, truth: Range<Int>?
        var correct: Bool?
        var index: [Int]?

        c.skipSpace()
        guard c.i < n, b[c.i] == 0x7B else { return nil }
        c.i += 1
        c.skipSpace()
        if c.i < n, b[c.i] == 0x7D { return nil }
        while true {
            c.skipSpace()
            guard let key = c.stringRange() else { return nil }
            c.skipSpace()
            guard c.i < n, b[c.i] == 0x3A else { return nil }
            c.i += 1
            c.skipSpace()
            guard c.i < n else { return nil }
            var string: Range<Int>?
            var number: Range<Int>?
            var flag: Bool?
            var list: [Int]?
            switch b[c.i] {
            case 0x22:
                guard let r = c.stringRange() else { return nil }
                string = r
            case 0x74:  // true
                guard c.i + 4 <= n, b[c.i + 1] == 0x72, b[c.i + 2] == 0x75, b[c.i + 3] == 0x65 else { return nil }
                flag = true
                c.i += 4
            case 0x66:  // false
                guard c.i + 5 <= n, b[c.i + 1] == 0x61, b[c.i + 2] == 0x6C, b[c.i + 3] == 0x73, b[c.i + 4] == 0x65 else { return nil }
                flag = false
                c.i += 5
            case 0x5B:  // an array of integers
                c.i += 1
                var values: [Int] = []
                c.skipSpace()
                if c.i < n, b[c.i] == 0x5D { c.i += 1 } else {
                    while true {
                        c.skipSpace()
                        let start = c.i
                        while c.i < n, b[c.i] == 0x2D || (b[c.i] >= 0x30 && b[c.i] <= 0x39) { c.i += 1 }
                        guard let v = c.integer(start..<c.i) else { return nil }
                        values.append(v)
                        c.skipSpace()
                        guard c.i < n else { return nil }
                        if b[c.i] == 0x2C { c.i += 1; continue }
                        if b[c.i] == 0x5D { c.i += 1; break }
                        return nil
                    }
                }
                list = values
            default:
                let start = c.i
                while c.i < n, b[c.i] == 0x2D || b[c.i] == 0x2B || b[c.i] == 0x2E || b[c.i] == 0x65 || b[c.i] == 0x45 || (b[c.i] >= 0x30 && b[c.i] <= 0x39) { c.i += 1 }
                guard c.i > start else { return nil }
                number = start..<c.i
            }
            if c.equals(key, "at") { at = string }
            else if c.equals(key, "kind") { kind = string }
            else if c.equals(key, "lesson") { lesson = string }
            else if c.equals(key, "card") { card = string }
            else if c.equals(key, "answer") { answer = string }
            else if c.equals(key, "reviewed_at") { reviewedAt = string }
            else if c.equals(key, "kernel") { kernel = string }
            else if c.equals(key, "tensor") { tensor = string }
            else if c.equals(key, "line") { line = number }
            else if c.equals(key, "row") { row = number }
            else if c.equals(key, "rating") { rating = number }
            else if c.equals(key, "guess") { guess = number }
            else if c.equals(key, "truth") { truth = number }
            else if c.equals(key, "correct") { correct = flag }
            else if c.equals(key, "index") { index = list }
            else { return nil }
            c.skipSpace()
            guard c.i < n else { return nil }
            if b[c.i] == 0x2C { c.i += 1; continue }
            if b[c.i] == 0x7D { c.i += 1; break }
            return nil
        }
        c.skipSpace()
        guard c.i == n, let atRange = at, let time = ISOTime.parse(UnsafeBufferPointer(rebasing: b[atRange])), let kind else { return nil }

        if c.equals(kind, "review") {
            guard let card, let rating = rating.flatMap(c.integer), (1...4).contains(rating) else { return nil }
            return PracticeEvent(.review(card: c.text(card), rating: rating, correct: correct, answer: answer.map(c.text) ?? ""), at: time)
        }
        if c.equals(kind, "lesson.position") {
            guard let lesson, let line = line.flatMap(c.integer) else { return nil }
            return PracticeEvent(.readingPosition(lesson: c.text(lesson), line: line, row: max(0, row.flatMap(c.integer) ?? 0)), at: time)
        }
        if c.equals(kind, "lesson.finished") {
            guard let lesson else { return nil }
            return PracticeEvent(.lessonFinished(lesson: c.text(lesson)), at: time)
        }
        if c.equals(kind, "review.undone") {
            guard let card, let r = reviewedAt, let when = ISOTime.parse(UnsafeBufferPointer(rebasing: b[r])) else { return nil }
            return PracticeEvent(.reviewUndone(card: c.text(card), reviewedAt: when), at: time)
        }
        if c.equals(kind, "prediction") {
            guard let lesson, let tensor, let index, let correct,
                  let guess = guess.flatMap({ Double(c.text($0)) }), let truth = truth.flatMap({ Double(c.text($0)) }) else { return nil }
            return PracticeEvent(.prediction(lesson: c.text(lesson), kernel: kernel.map(c.text), tensor: c.text(tensor), index: index,
                                             guess: guess, truth: truth, correct: correct), at: time)
        }
        return nil
    }
}
