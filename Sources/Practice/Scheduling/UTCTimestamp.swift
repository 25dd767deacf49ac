/// Hand-written ISO-8601 UTC timestamps for the replay hot path.
///
/// `DateFormatter` and `ISO8601DateFormatter` cost microseconds per call and
/// depend on locale machinery; replay needs millions of conversions a second
/// and only the proleptic-Gregorian UTC calendar, which is plain integer
/// arithmetic (Howard Hinnant's `days_from_civil` / `civil_from_days`).
enum UTCTimestamp {
    /// Seconds since 1970-01-01T00:00:00Z for `YYYY-MM-DDTHH:MM:SS[.fraction](Z|+00:00)`,
    /// or nil when the text is not such a timestamp (or names an impossible date).
    ///
    /// Also accepts `t`/space for the separator and `z`, `+0000`, `-00:00`, `+00` for UTC.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = bytes.count
        guard count >= 20 else { return nil }
        func digits(_ start: Int, _ length: Int) -> Int? {
            var value = 0
            for index in start..<(start + length) {
                let digit = Int(bytes[index]) &- 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value &* 10 &+ digit
            }
            return value
        }
        guard let year = digits(0, 4), bytes[4] == 45, let month = digits(5, 2), bytes[7] == 45,
              let day = digits(8, 2), bytes[10] == 84 || bytes[10] == 116 || bytes[10] == 32,
              let hour = digits(11, 2), bytes[13] == 58, let minute = digits(14, 2), bytes[16] == 58,
              let second = digits(17, 2)
        else { return nil }
        guard year >= 1, (1...12).contains(month), day >= 1, day <= daysInMonth(year, month),
              hour < 24, minute < 60, second < 60
        else { return nil }

        var index = 19
        var fraction = 0.0
        if bytes[index] == 46 {  // "."
            index += 1
            let start = index
            var numerator = 0
            var denominator = 1
            while index < count, bytes[index] >= 48, bytes[index] <= 57 {
                if index - start < 9 {  // nanoseconds are plenty; later digits cannot matter
                    numerator = numerator * 10 + Int(bytes[index] - 48)
                    denominator *= 10
                }
                index += 1
            }
            guard index > start else { return nil }
            fraction = Double(numerator) / Double(denominator)
        }
        guard isUTCSuffix(bytes, from: index) else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let whole = days * 86_400 + hour * 3_600 + minute * 60 + second
        return Double(whole) + fraction
    }

    /// Convenience for tests and callers holding a `String`.
    static func parse(_ text: String) -> Double? {
        var copy = text
        return copy.withUTF8 { parse($0) }
    }

    /// Appends `YYYY-MM-DDTHH:MM:SSZ` for `seconds` since 1970 (whole seconds,
    /// rounded down; a non-zero fraction adds up to six digits, trailing zeros dropped).
    static func append(_ seconds: Double, to out: inout [UInt8]) {
        var whole = seconds.rounded(.down)
        var micros = Int(((seconds - whole) * 1_000_000).rounded())
        if micros >= 1_000_000 { whole += 1; micros -= 1_000_000 }
        let total = Int(whole)
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let secondOfDay = total - days * 86_400
        let (year, month, day) = civilFromDays(days)
        if micros == 0, (0..<10_000).contains(year) {
            // The common case, hot in replay: all twenty bytes written at once.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { b in
                func pair(_ at: Int, _ value: Int) {
                    b[at] = UInt8(truncatingIfNeeded: 48 + value / 10)
                    b[at + 1] = UInt8(truncatingIfNeeded: 48 + value % 10)
                }
                pair(0, year / 100); pair(2, year % 100); b[4] = 45
                pair(5, month); b[7] = 45
                pair(8, day); b[10] = 84
                pair(11, secondOfDay / 3_600); b[13] = 58
                pair(14, secondOfDay / 60 % 60); b[16] = 58
                pair(17, secondOfDay % 60); b[19] = 90
                out.append(contentsOf: UnsafeBufferPointer(b))
            }
            return
        }
        appendDigits(year, 4, &out); out.append(45)
        appendDigits(month, 2, &out); out.append(45)
        appendDigits(day, 2, &out); out.append(84)
        appendDigits(secondOfDay / 3_600, 2, &out); out.append(58)
        appendDigits(secondOfDay / 60 % 60, 2, &out); out.append(58)
        appendDigits(secondOfDay % 60, 2, &out)
        if micros > 0 {
            out.append(46)
            var digitsLeft = 6
            while micros % 10 == 0 { micros /= 10; digitsLeft -= 1 }
            appendDigits(micros, digitsLeft, &out)
        }
        out.append(90)  // "Z"
    }

    static func format(_ seconds: Double) -> String {
        var out: [UInt8] = []
        append(seconds, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func isUTCSuffix(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
        let rest = bytes.count - index
        if rest == 1 { return bytes[index] == 90 || bytes[index] == 122 }  // Z z
        guard rest >= 3, bytes[index] == 43 || bytes[index] == 45 else { return false }  // + -
        // Only a zero offset is UTC: "+00", "+0000", "+00:00".
        for position in (index + 1)..<bytes.count where bytes[position] != 48 && bytes[position] != 58 {
            return false
        }
        return rest == 3 || rest == 5 || (rest == 6 && bytes[index + 3] == 58)
    }

    /// Zero-padded decimal digits; hot, so the common widths avoid a division loop.
    private static func appendDigits(_ value: Int, _ width: Int, _ out: inout [UInt8]) {
        if width == 2 && value < 100 {
            out.append(UInt8(truncatingIfNeeded: 48 + value / 10))
            out.append(UInt8(truncatingIfNeeded: 48 + value % 10))
            return
        }
        if width == 4 && value >= 0 && value < 10_000 {
            out.append(UInt8(truncatingIfNeeded: 48 + value / 1_000))
            out.append(UInt8(truncatingIfNeeded: 48 + value / 100 % 10))
            out.append(UInt8(truncatingIfNeeded: 48 + value / 10 % 10))
            out.append(UInt8(truncatingIfNeeded: 48 + value % 10))
            return
        }
        var divisor = 1
        for _ in 1..<max(width, 1) { divisor *= 10 }
        // Years past 9999 keep all their digits.
        while value / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(48 + value / divisor % 10))
            divisor /= 10
        }
    }

    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic-Gregorian date.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic-Gregorian date `days` after 1970-01-01.
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
