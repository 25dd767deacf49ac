/// ISO-8601 UTC timestamps (`2026-11-23T03:19:22Z`), parsed and written by hand.
///
/// DateFormatter is slow and locale-sensitive; the log and the review CSV only ever hold
/// this one form, so a small exact converter is both faster and safer.
public enum ISOTime {
    /// Seconds since 1970 for `YYYY-MM-DDTHH:MM:SS[.fff]Z` (or `+00:00`); nil for anything else.
    public static func parse(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { parse($0) }
    }

    /// The same, straight from UTF-8 bytes (the event log's fast path).
    public static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard b.count >= 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54 || b[10] == 0x20, b[13] == 0x3A, b[16] == 0x3A else { return nil }
        func digits(_ from: Int, _ count: Int) -> Int? {
            var n = 0
            for k in from..<(from + count) {
                let d = Int(b[k]) - 0x30
                guard d >= 0, d <= 9 else { return nil }
                n = n * 10 + d
            }
            return n
        }
        guard let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2),
              let hour = digits(11, 2), let minute = digits(14, 2), let second = digits(17, 2),
              (1...12).contains(month), day >= 1, day <= UTCTimestamp.daysInMonth(year, month),
              hour < 24, minute < 60, second < 61 else { return nil }
        var k = 19
        if k < b.count, b[k] == 0x2E {  // fraction: ignored (whole seconds)
            k += 1
            while k < b.count, b[k] >= 0x30, b[k] <= 0x39 { k += 1 }
        }
        let restCount = b.count - k
        let isZ = restCount == 1 && b[k] == 0x5A
        let isOffset = restCount == 6 && b[k] == 0x2B && b[k + 1] == 0x30 && b[k + 2] == 0x30 && b[k + 3] == 0x3A && b[k + 4] == 0x30 && b[k + 5] == 0x30
        guard isZ || isOffset else { return nil }
        return UTCTimestamp.daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for seconds since 1970 (written by the review CSV's writer).
    public static func format(_ seconds: Int) -> String {
        UTCTimestamp.format(Double(seconds))
    }
}
