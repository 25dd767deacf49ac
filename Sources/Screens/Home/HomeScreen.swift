import Course
import DisplayWidth
import Practice
import Terminal

/// The course map: every module with its lessons and their status, and "continue where you
/// left off" at the top.
public struct HomeScreen: Equatable, Sendable {
    /// A row of the map: a module heading, a lesson, or a note under an empty module.
    enum Row: Equatable, Sendable {
        case module(index: Int, title: String, done: Int, total: Int)
        case lesson(id: String, number: Int, title: String, minutes: Int?)
        case empty
        case blank
    }

    let courseTitle: String
    let rows: [Row]
    /// Index into `rows` of the selected lesson row.
    var cursor: Int
    private var continueID: String?
    private var continueTitle = ""

    /// Cards due now and new cards for today; nil when reviewing is not available.
    var reviews: ReviewCounts?
    /// True while the decks are still loading: the line says so instead of jumping in later.
    var reviewsPending = false

    public struct ReviewCounts: Equatable, Sendable {
        public var due: Int
        public var new: Int
    }

    public init(catalog: CourseCatalog, progress: ReadingProgress, reviews: (due: Int, new: Int)? = nil) {
        self.courseTitle = catalog.title.isEmpty ? "Course" : catalog.title
        self.reviews = reviews.map { ReviewCounts(due: $0.due, new: $0.new) }
        var rows: [Row] = []
        for (index, module) in catalog.modules.enumerated() {
            if index > 0 { rows.append(.blank) }
            let done = module.lessons.filter { progress.isFinished($0.meta.id) }.count
            rows.append(.module(index: index + 1, title: module.title, done: done, total: module.lessons.count))
            if module.lessons.isEmpty { rows.append(.empty) }
            for lesson in module.lessons {
                rows.append(.lesson(id: lesson.meta.id, number: lesson.number, title: lesson.meta.title, minutes: lesson.meta.minutes))
            }
        }
        self.rows = rows
        self.cursor = rows.firstIndex { if case .lesson = $0 { return true } else { return false } } ?? 0
        self.progress = progress
        if let next = HomeScreen.nextLesson(catalog: catalog, progress: progress) {
            continueID = next.meta.id
            continueTitle = next.meta.title
            if let row = rows.firstIndex(of: lessonRow(next)) { cursor = row }
        }
    }

    var progress: ReadingProgress

    /// The lesson to continue: the last one read if unfinished, else the first unfinished one.
    public static func nextLesson(catalog: CourseCatalog, progress: ReadingProgress) -> Lesson? {
        if let last = progress.lastLesson, !progress.isFinished(last), let lesson = catalog.lesson(id: last) {
            return lesson
        }
        return catalog.lessons.first { !progress.isFinished($0.meta.id) }
    }

    private func lessonRow(_ lesson: Lesson) -> Row {
        .lesson(id: lesson.meta.id, number: lesson.number, title: lesson.meta.title, minutes: lesson.meta.minutes)
    }

    public static let bindings: [KeyBinding] = [
        KeyBinding([Chord(.down), .char("j")], "↓ j", "next lesson"),
        KeyBinding([Chord(.up), .char("k")], "↑ k", "previous lesson"),
        KeyBinding([Chord(.pageDown), .char(" ")], "PgDn Space", "next module"),
        KeyBinding([Chord(.pageUp), .char("b")], "PgUp b", "previous module"),
        KeyBinding([Chord(.home), .char("g")], "Home g", "first lesson"),
        KeyBinding([Chord(.end), .char("G")], "End G", "last lesson"),
        KeyBinding([Chord(.enter), Chord(.right), .char("l")], "Enter → l", "open the selected lesson"),
        KeyBinding([.char("c")], "c", "continue where you left off"),
        KeyBinding([.char("r")], "r", "review the cards that are due"),
        KeyBinding([.char("s")], "s", "statistics: progress, forecast, retention"),
        KeyBinding([.char("q"), Chord(.escape)], "q Esc", "quit"),
        CommonKeys.help,
        CommonKeys.quit,
    ]

    /// What the home screen wants the app to do after a key.
    public enum Action: Equatable, Sendable {
        case none
        case open(String)
        case quit
        case review
        case stats
    }

    var selectedLessonID: String? {
        guard cursor < rows.count, case .lesson(let id, _, _, _) = rows[cursor] else { return nil }
        return id
    }

    public mutating func handle(_ key: Key, _ modifiers: Modifiers) -> Action {
        let b = HomeScreen.bindings
        if b[0].matches(key, modifiers) { moveCursor(by: 1) }
        else if b[1].matches(key, modifiers) { moveCursor(by: -1) }
        else if b[2].matches(key, modifiers) { jumpModule(forward: true) }
        else if b[3].matches(key, modifiers) { jumpModule(forward: false) }
        else if b[4].matches(key, modifiers) { cursor = lessonRows.first ?? cursor }
        else if b[5].matches(key, modifiers) { cursor = lessonRows.last ?? cursor }
        else if b[6].matches(key, modifiers) { return selectedLessonID.map(Action.open) ?? .none }
        else if b[7].matches(key, modifiers) { return continueID.map(Action.open) ?? .none }
        else if b[8].matches(key, modifiers) { return reviews == nil && !reviewsPending ? .none : .review }
        else if b[9].matches(key, modifiers) { return reviews == nil && !reviewsPending ? .none : .stats }
        else if b[10].matches(key, modifiers) { return .quit }
        return .none
    }

    private var lessonRows: [Int] {
        rows.indices.filter { if case .lesson = rows[$0] { return true } else { return false } }
    }

    private mutating func moveCursor(by delta: Int) {
        let lessons = lessonRows
        guard let position = lessons.firstIndex(of: cursor) else { cursor = lessons.first ?? 0; return }
        cursor = lessons[max(0, min(lessons.count - 1, position + delta))]
    }

    private mutating func jumpModule(forward: Bool) {
        let lessons = lessonRows
        func moduleOf(_ row: Int) -> Int {
            rows[...row].lastIndex { if case .module = $0 { return true } else { return false } } ?? 0
        }
        let current = moduleOf(cursor)
        let candidates = forward ? lessons.filter { $0 > cursor && moduleOf($0) != current }
                                 : lessons.filter { $0 < cursor && moduleOf($0) != current }
        guard let target = forward ? candidates.first : candidates.last else { return }
        let targetModule = moduleOf(target)
        cursor = lessons.first { moduleOf($0) == targetModule } ?? target
    }

    // MARK: - View

    public func view(into buffer: inout Buffer, theme: Theme) {
        let width = buffer.width
        Chrome.drawBar(into: &buffer, y: 0, left: "Attend · \(courseTitle)", right: progressSummary, style: theme.headerBar)
        var y = 2
        if continueID != nil {
            buffer.put("▶ Continue: ", x: 2, y: y, style: theme.moduleTitle)
            let title = Chrome.truncate("\(continueTitle)  (c)", to: max(0, width - 15))
            buffer.put(title, x: 14, y: y, style: .plain, maxWidth: max(0, width - 14))
        } else if !rows.isEmpty {
            buffer.put("✓ Every lesson is finished. Pick any to read again.", x: 2, y: y, style: theme.finished, maxWidth: max(0, width - 2))
        } else {
            buffer.put("This course has no lessons yet.", x: 2, y: y, style: theme.dim, maxWidth: max(0, width - 2))
        }
        y += 1
        if reviewsPending {
            buffer.put("✎ Review:   ", x: 2, y: y, style: theme.moduleTitle)
            buffer.put("counting cards…", x: 14, y: y, style: theme.dim, maxWidth: max(0, width - 14))
            y += 1
        } else if let reviews {
            buffer.put("✎ Review:   ", x: 2, y: y, style: theme.moduleTitle)
            let text = reviews.due + reviews.new == 0 ? "nothing due now" : "\(reviews.due) due, \(reviews.new) new  (r)"
            buffer.put(text, x: 14, y: y, style: .plain, maxWidth: max(0, width - 14))
            y += 1
        }
        y += 1
        let listHeight = max(0, buffer.height - 1 - y)
        let first = visibleStart(listHeight: listHeight)
        for (offset, row) in rows[first...].prefix(listHeight).enumerated() {
            drawRow(row, index: first + offset, y: y + offset, into: &buffer, theme: theme)
        }
        Chrome.drawBar(into: &buffer, y: buffer.height - 1, hints: [
            "↑↓ move · Enter open · c continue · r review · s stats · ? help · q quit",
            "↑↓ move · Enter open · c continue · r review · ? help · q quit",
            "↑↓ move · Enter open · c continue · ? help · q quit",
            "Enter open · ? help · q quit",
            "? help · q quit",
        ], right: "", style: theme.statusBar)
    }

    /// The first row shown: the cursor kept near the middle once the map is taller than the
    /// screen. Derived from the cursor alone, so the view needs no scroll state.
    func visibleStart(listHeight: Int) -> Int {
        guard listHeight > 0, rows.count > listHeight else { return 0 }
        return max(0, min(rows.count - listHeight, cursor - listHeight / 2))
    }

    private var progressSummary: String {
        let total = lessonRows.count
        let done = rows.reduce(0) { sum, row in
            if case .lesson(let id, _, _, _) = row, progress.isFinished(id) { return sum + 1 }
            return sum
        }
        return "\(done)/\(total) lessons"
    }

    private func drawRow(_ row: Row, index: Int, y: Int, into buffer: inout Buffer, theme: Theme) {
        let width = buffer.width
        switch row {
        case .blank:
            break
        case .module(let number, let title, let done, let total):
            buffer.put("\(number)  \(title)", x: 1, y: y, style: theme.moduleTitle, maxWidth: max(0, width - 16))
            let count = total == 0 ? "" : "\(done)/\(total) done"
            buffer.put(count, x: max(0, width - DisplayWidth.of(count) - 2), y: y, style: theme.dim)
        case .empty:
            buffer.put("lessons to come", x: 6, y: y, style: theme.dim, maxWidth: max(0, width - 6))
        case .lesson(let id, let number, let title, let minutes):
            let selected = index == cursor
            let mark: String
            let markStyle: Style
            if progress.isFinished(id) { mark = "✓"; markStyle = theme.finished }
            else if progress.isStarted(id) { mark = "◐"; markStyle = theme.started }
            else { mark = "·"; markStyle = theme.dim }
            let rowStyle = selected ? theme.selection : Style.plain
            if selected { buffer.fill(x: 2, y: y, width: max(0, width - 3), height: 1, style: rowStyle) }
            buffer.put(selected ? "›" : " ", x: 2, y: y, style: rowStyle)
            buffer.put(mark, x: 4, y: y, style: selected ? rowStyle : markStyle)
            let minutesText = minutes.map { "\($0) min" } ?? ""
            let room = max(0, width - 12 - DisplayWidth.of(minutesText))
            let label = Chrome.truncate(String(format2(number)) + "  " + title, to: room)
            buffer.put(label, x: 6, y: y, style: rowStyle, maxWidth: room)
            if !minutesText.isEmpty, width > 40 {
                buffer.put(minutesText, x: width - DisplayWidth.of(minutesText) - 2, y: y, style: selected ? rowStyle : theme.dim)
            }
        }
    }

    private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    public static func == (a: HomeScreen, b: HomeScreen) -> Bool {
        a.rows == b.rows && a.cursor == b.cursor && a.reviews == b.reviews && a.reviewsPending == b.reviewsPending && a.continueID == b.continueID && a.progress == b.progress
    }
}
