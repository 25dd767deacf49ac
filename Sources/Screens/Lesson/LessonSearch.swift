import DisplayWidth

/// `/` search inside a lesson: the query being typed, and where it matches.
struct LessonSearch: Equatable, Sendable {
    /// One match: a laid-out line and the columns it covers.
    struct Match: Equatable, Sendable {
        var line: Int
        var column: Int
        var width: Int
    }

    var query = ""
    /// True while the learner is typing the query.
    var editing = false
    var matches: [Match] = []
    var current: Int?

    /// Case-insensitive matches of `query` in each line's text, in reading order.
    static func find(_ query: String, in texts: [String]) -> [Match] {
        guard !query.isEmpty else { return [] }
        let needle = query.lowercased()
        var found: [Match] = []
        for (index, text) in texts.enumerated() {
            let haystack = text.lowercased()
            // Lower-casing can change lengths in rare scripts; fall back to the original text then.
            let source = haystack.count == text.count ? haystack : text
            var searchStart = source.startIndex
            while searchStart < source.endIndex, let range = source.range(of: needle, range: searchStart..<source.endIndex) {
                let column = DisplayWidth.of(source[source.startIndex..<range.lowerBound])
                found.append(Match(line: index, column: column, width: max(1, DisplayWidth.of(source[range]))))
                searchStart = range.upperBound
            }
        }
        return found
    }

    /// The first match at or after `line` (wrapping to the top).
    func firstMatch(atOrAfter line: Int) -> Int? {
        guard !matches.isEmpty else { return nil }
        return matches.firstIndex { $0.line >= line } ?? 0
    }
}
