import Course

/// Splits a replay CSV into checked rows, reporting bad ones as diagnostics.
///
/// Works on UTF-8 bytes, not `String` slicing, because replay must handle
/// millions of rows a second. Accepts LF or CRLF line ends, blank lines, an
/// optional `card_id,reviewed_at,rating` header as the first non-blank line,
/// spaces around fields, and a quoted card id (`"a,b"`, with `""` for a quote).
///
/// A header that goes on after `rating` (as `attend export reviews` writes:
/// `card_id,reviewed_at,rating,correct,answer`) makes every row carry that many columns; the
/// extra ones are skipped, and their quoted fields may span lines (RFC 4180). Without such a
/// header a row is one line of exactly three columns.
struct ReplayCSVReader {
    struct Row {
        var cardID: String
        var reviewedAt: Double
        var rating: Rating
        var line: Int
        /// Byte offsets into the input, for a diagnostic's column (computed only when needed).
        var lineStart: Int
        var reviewedAtOffset: Int
        /// Where the time sits in the input when it is already written the way
        /// replay prints it (`YYYY-MM-DDTHH:MM:SSZ`), so output can copy it.
        var canonicalReviewedAt: Range<Int>?
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let source: String
    /// Where reading stops: the end of the input, or of a stretch given to this reader.
    private let limit: Int
    /// Where the next line starts.
    private(set) var position = 0
    /// Lines read so far (the number of the last one read).
    private(set) var lineNumber = 0
    private var sawContent = false
    /// Columns each row must have: 3, or the header's count when it names extra columns.
    private var columnCount = 3

    init(bytes: UnsafeBufferPointer<UInt8>, source: String) {
        self.bytes = bytes
        self.source = source
        self.limit = bytes.count
    }

    /// A reader of one stretch of whole lines after the header (`range` starts at a line and
    /// ends after a line break or at the end). Its line numbers count from the stretch's
    /// first line as 1; the caller shifts them.
    init(bytes: UnsafeBufferPointer<UInt8>, source: String, stretch range: Range<Int>) {
        self.bytes = bytes
        self.source = source
        self.limit = min(range.upperBound, bytes.count)
        self.position = range.lowerBound
        self.sawContent = true
    }

    /// True when every row is one line (no header naming extra columns, whose quoted fields
    /// may span lines), so the input can be cut at any line break and read in parts.
    var rowsAreLines: Bool { columnCount == 3 }

    /// Moves past a stretch that other readers have read.
    mutating func skip(to position: Int, lines: Int) {
        self.position = position
        lineNumber += lines
        sawContent = true
    }

    /// The next good row, or nil at the end; bad rows add diagnostics and are skipped.
    mutating func nextRow(diagnostics: inout [Diagnostic]) -> Row? {
        while position < limit {
            let start = position
            var end = start
            var innerLineBreaks = 0
            if columnCount == 3 {
                while end < limit && bytes[end] != 10 { end += 1 }
            } else {
                // Quote-aware: a line break inside a quoted field belongs to the row.
                var inQuotes = false
                while end < limit && (inQuotes || bytes[end] != 10) {
                    if bytes[end] == 34 { inQuotes.toggle() } else if bytes[end] == 10 { innerLineBreaks += 1 }
                    end += 1
                }
            }
            position = end + 1
            lineNumber += 1
            defer { lineNumber += innerLineBreaks }
            if end > start && bytes[end - 1] == 13 { end -= 1 }
            var blank = true
            for index in start..<end where bytes[index] != 32 && bytes[index] != 9 {
                blank = false
                break
            }
            if blank { continue }
            let isFirst = !sawContent
            sawContent = true
            if let row = parse(lineStart: start, lineEnd: end, isFirstLine: isFirst, diagnostics: &diagnostics) {
                return row
            }
        }
        return nil
    }

    /// 1-based column in characters (Unicode scalars) of a byte offset within its line.
    static func column(_ offset: Int, lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// A field's byte range in the input, after trimming; `text` is set only for a quoted field.
    private struct Field {
        var start: Int
        var end: Int
        var text: String?
    }

    private func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 }

    private mutating func parse(lineStart: Int, lineEnd: Int, isFirstLine: Bool,
                       diagnostics: inout [Diagnostic]) -> Row? {
        // At most three fields are kept; more only need counting.
        var first = Field(start: lineStart, end: lineStart)
        var second = first
        var third = first
        var fieldCount = 0
        var index = lineStart
        while true {
            while index < lineEnd && isBlank(bytes[index]) { index += 1 }
            var field: Field
            if index < lineEnd && bytes[index] == 34 {
                guard let quoted = readQuoted(&index, lineStart: lineStart, lineEnd: lineEnd,
                                              diagnostics: &diagnostics) else { return nil }
                field = quoted
            } else {
                let fieldStart = index
                while index < lineEnd && bytes[index] != 44 { index += 1 }
                var fieldEnd = index
                while fieldEnd > fieldStart && isBlank(bytes[fieldEnd - 1]) { fieldEnd -= 1 }
                field = Field(start: fieldStart, end: fieldEnd)
            }
            switch fieldCount {
            case 0: first = field
            case 1: second = field
            case 2: third = field
            default: break
            }
            fieldCount += 1
            if index >= lineEnd { break }
            index += 1  // the comma
        }

        if isFirstLine && first.text == nil && equalsIgnoringCase(first, "card_id") {
            if fieldCount > 3 && equalsIgnoringCase(second, "reviewed_at") && equalsIgnoringCase(third, "rating") {
                columnCount = fieldCount
            } else if fieldCount != 3 || !equalsIgnoringCase(second, "reviewed_at") || !equalsIgnoringCase(third, "rating") {
                diagnostics.append(.warning(source, lineNumber, 1,
                    "header should be \(SRSReplay.inputHeader); columns are read in that order"))
            }
            return nil
        }
        guard fieldCount == columnCount else {
            let expected = columnCount == 3 ? "3 columns (\(SRSReplay.inputHeader))" : "\(columnCount) columns, as the header has"
            diagnostics.append(.error(source, lineNumber, 1, "expected \(expected), found \(fieldCount)"))
            return nil
        }

        let cardID = first.text ?? string(first)
        var ok = true
        if cardID.isEmpty {
            diagnostics.append(.error(source, lineNumber, column(first.start, lineStart), "card_id is empty"))
            ok = false
        }
        let reviewedAt = second.text == nil
            ? UTCTimestamp.parse(UnsafeBufferPointer(rebasing: bytes[second.start..<second.end])) : nil
        if reviewedAt == nil {
            diagnostics.append(.error(source, lineNumber, column(second.start, lineStart),
                "reviewed_at \(quoted(second)) is not an ISO-8601 UTC time like 2026-01-05T09:30:00Z"))
            ok = false
        }
        var rating: Rating?
        if third.text == nil && third.end - third.start == 1 {
            rating = Rating(rawValue: Int(bytes[third.start]) - 48)
        }
        if rating == nil {
            diagnostics.append(.error(source, lineNumber, column(third.start, lineStart),
                "rating \(quoted(third)) must be 1 (again), 2 (hard), 3 (good) or 4 (easy)"))
            ok = false
        }
        guard ok, let reviewedAt, let rating else { return nil }
        let isCanonical = second.end - second.start == 20 && bytes[second.start + 10] == 84
            && bytes[second.start + 19] == 90
        return Row(cardID: cardID, reviewedAt: reviewedAt, rating: rating, line: lineNumber,
                   lineStart: lineStart, reviewedAtOffset: second.start,
                   canonicalReviewedAt: isCanonical ? second.start..<second.end : nil)
    }

    /// Reads `"…"` with `""` escapes starting at the opening quote; nil (and a diagnostic) if malformed.
    private func readQuoted(_ index: inout Int, lineStart: Int, lineEnd: Int,
                            diagnostics: inout [Diagnostic]) -> Field? {
        let quoteAt = index
        var unescaped: [UInt8] = []
        index += 1
        var closed = false
        while index < lineEnd {
            if bytes[index] == 34 {
                if index + 1 < lineEnd && bytes[index + 1] == 34 {
                    unescaped.append(34)
                    index += 2
                    continue
                }
                closed = true
                index += 1
                break
            }
            unescaped.append(bytes[index])
            index += 1
        }
        guard closed else {
            diagnostics.append(.error(source, lineNumber, column(quoteAt, lineStart), "unterminated quote"))
            return nil
        }
        while index < lineEnd && isBlank(bytes[index]) { index += 1 }
        if index < lineEnd && bytes[index] != 44 {
            diagnostics.append(.error(source, lineNumber, column(index, lineStart),
                                      "unexpected text after a quoted field"))
            return nil
        }
        return Field(start: quoteAt, end: index, text: String(decoding: unescaped, as: UTF8.self))
    }

    private func column(_ offset: Int, _ lineStart: Int) -> Int {
        Self.column(offset, lineStart: lineStart, in: bytes)
    }

    private func string(_ field: Field) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]), as: UTF8.self)
    }

    private func quoted(_ field: Field) -> String { "\"" + (field.text ?? string(field)) + "\"" }

    private func equalsIgnoringCase(_ field: Field, _ word: String) -> Bool {
        guard field.text == nil, field.end - field.start == word.utf8.count else { return false }
        return zip(bytes[field.start..<field.end], word.utf8).allSatisfy { ($0 | 0x20) == ($1 | 0x20) }
    }
}
