import Course

/// The outline overlay: the lesson's headings, to jump to one.
struct LessonOutline: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        var title: String
        var level: Int
        /// Index of the heading's first laid-out line.
        var line: Int
    }

    var entries: [Entry]
    var cursor: Int

    /// Headings from the layout; the cursor starts on the section the reader is in.
    init(lines: [LayoutLine], currentLine: Int) {
        var entries: [Entry] = []
        for (index, line) in lines.enumerated() {
            if let heading = line.heading, entries.last?.line != index - 1 || entries.last?.title != heading.title {
                entries.append(Entry(title: heading.title, level: heading.level, line: index))
            }
        }
        self.entries = entries
        self.cursor = max(0, (entries.lastIndex { $0.line <= currentLine }) ?? 0)
    }
}
