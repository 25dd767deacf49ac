import Course
import DisplayWidth
import Practice
import Terminal

/// The lesson reader: the lesson wrapped to the terminal, scrolled by line and page, with an
/// outline of headings and `/` search.
///
/// Layout is pure and cached per width; `update` recomputes it on resize and keeps the same
/// source line at the top, so a resize never loses the reader's place.
public struct LessonScreen: Sendable {
    public let lesson: Lesson
    let diagrams: [String: String]
    private(set) var lines: [LayoutLine] = []
    private(set) var layoutWidth = -1
    /// Index of the first laid-out line on screen.
    private(set) var top = 0
    private(set) var bodyHeight = 0
    /// The place to show at the top once the first layout exists.
    private var pendingPlace: ReadingPlace?
    var search = LessonSearch()
    var outline: LessonOutline?
    /// Whether the lesson is already recorded as finished (so it is saved only once).
    private(set) var finished: Bool
    /// The checkpoint questions shown in the text, by card id (empty until the decks load).
    private(set) var questions: [String: CheckpointQuestion] = [:]

    public init(lesson: Lesson, diagrams: [String: String], start: ReadingPlace?, finished: Bool) {
        self.lesson = lesson
        self.diagrams = diagrams
        self.pendingPlace = start
        self.finished = finished
    }

    /// What the reader asks the app for after a key.
    public enum Action: Equatable, Sendable {
        case none
        case save([PracticeEvent])
        case back(PracticeEvent)
        /// Step through a kernel: the one whose block is on screen (nil name: the main one).
        case run(kernel: String?)
        /// Answer a checkpoint (its index in `lesson.checkpoints`), or with nil the lesson's decks.
        case quiz(checkpoint: Int?)
    }

    public static let bindings: [KeyBinding] = [
        KeyBinding([Chord(.down), .char("j")], "↓ j", "scroll down a line"),
        KeyBinding([Chord(.up), .char("k")], "↑ k", "scroll up a line"),
        KeyBinding([Chord(.pageDown), .char(" "), .char("f")], "PgDn Space f", "next page"),
        KeyBinding([Chord(.pageUp), .char("b")], "PgUp b", "previous page"),
        KeyBinding([.char("d")], "d", "half a page down"),
        KeyBinding([.char("u")], "u", "half a page up"),
        KeyBinding([Chord(.home), .char("g")], "Home g", "top of the lesson"),
        KeyBinding([Chord(.end), .char("G")], "End G", "end of the lesson"),
        KeyBinding([.char("o")], "o", "outline: jump to a heading"),
        KeyBinding([.char("r")], "r", "run the lesson's kernel and step through it"),
        KeyBinding([.char("c")], "c", "answer the checkpoint on screen (at the end: the lesson's deck)"),
        KeyBinding([.char("/")], "/", "search; Enter to confirm, Esc to cancel"),
        KeyBinding([.char("n")], "n", "next match"),
        KeyBinding([.char("N")], "N", "previous match"),
        KeyBinding([.char("q"), Chord(.escape), Chord(.left), .char("h")], "q Esc ← h", "back to the course map"),
        CommonKeys.help,
        CommonKeys.quit,
    ]

    static let outlineBindings: [KeyBinding] = [
        KeyBinding([Chord(.down), .char("j")], "↓ j", "next heading"),
        KeyBinding([Chord(.up), .char("k")], "↑ k", "previous heading"),
        KeyBinding([Chord(.enter), Chord(.right), .char("l")], "Enter", "jump to the heading"),
        KeyBinding([Chord(.escape), .char("q"), .char("o")], "Esc q o", "close the outline"),
    ]

    // MARK: - Geometry

    /// Text is capped at a comfortable measure and centred on wide terminals.
    static func textColumns(forWidth width: Int) -> (x: Int, width: Int) {
        let margin = width >= 60 ? 2 : 1
        let columns = max(1, min(width - 2 * margin, 96))
        let x = width > columns + 2 * margin ? (width - columns) / 2 : margin
        return (max(0, x), columns)
    }

    var maxTop: Int { max(0, lines.count - bodyHeight) }

    /// The first line on screen as a place in the source: what "reading position" means on disk.
    public var topPlace: ReadingPlace {
        guard top < lines.count else { return pendingPlace ?? ReadingPlace(line: 1) }
        let line = lines[top].sourceLine
        var row = 0
        while top - row - 1 >= 0, lines[top - row - 1].sourceLine == line { row += 1 }
        return ReadingPlace(line: line, row: row)
    }

    public var topSourceLine: Int { topPlace.line }

    public var positionEvent: PracticeEvent.Kind {
        let place = topPlace
        return .readingPosition(lesson: lesson.meta.id, line: place.line, row: place.row)
    }

    /// Lays the lesson out for a new terminal size, keeping the top place in view.
    public mutating func resize(width: Int, height: Int) {
        let columns = LessonScreen.textColumns(forWidth: width).width
        bodyHeight = max(0, height - 2)
        if columns != layoutWidth {
            let keep = lines.isEmpty ? pendingPlace : topPlace
            layOut(columns: columns)
            if let keep {
                top = LessonScreen.index(of: keep, in: lines)
                pendingPlace = nil
            }
            if !search.query.isEmpty { search.current = search.firstMatch(atOrAfter: top) }
            if outline != nil { outline = LessonOutline(lines: lines, currentLine: top) }
        }
        top = min(top, maxTop)
        if let dock { self.dock(checkpoint: dock.checkpoint, rows: dock.rows) }
    }

    /// Shows the checkpoints' questions and marks in the text (after the decks load, and as
    /// answers come in), keeping the same place at the top.
    public mutating func setQuestions(_ questions: [String: CheckpointQuestion]) {
        guard questions != self.questions else { return }
        self.questions = questions
        guard layoutWidth >= 0 else { return }
        let keep = topPlace
        layOut(columns: layoutWidth)
        top = min(LessonScreen.index(of: keep, in: lines), maxTop)
        if let dock { self.dock(checkpoint: dock.checkpoint, rows: dock.rows) }
    }

    /// Lays the lesson out `columns` wide with the current questions; search matches follow.
    private mutating func layOut(columns: Int) {
        lines = LessonLayout.lines(for: lesson, width: columns, diagrams: diagrams, questions: questions)
        layoutWidth = columns
        if !search.query.isEmpty { search.matches = LessonSearch.find(search.query, in: lines.map(\.text)) }
    }

    /// Where a quiz panel is docked: which checkpoint (nil: the end of the lesson) sits above
    /// it, in how many text rows. Nil while reading normally.
    struct Dock: Equatable, Sendable {
        var checkpoint: Int?
        var rows: Int
    }
    private(set) var dock: Dock?
    var docked: Bool { dock != nil }

    /// Scrolls so that a checkpoint (nil: the end of the lesson) ends on the last of the
    /// `rows` text rows left above a quiz panel, showing as much of it as fits. While docked,
    /// the end of the lesson may sit above the panel, past where plain scrolling stops.
    public mutating func dock(checkpoint: Int?, rows: Int) {
        dock = Dock(checkpoint: checkpoint, rows: max(1, rows))
        let block = lines.indices.filter { index in
            if case .checkpoint(let i) = lines[index].anchor { return checkpoint == i }
            return false
        }
        guard let last = checkpoint == nil ? lines.indices.last : block.last else { return }
        let first = block.first ?? last
        top = max(0, min(first, last - max(1, rows) + 1))
    }

    /// Back to plain reading once the quiz panel closes.
    public mutating func undock() {
        dock = nil
        top = min(top, maxTop)
    }

    /// The laid-out line for a place: the source line's first row plus the saved row (kept
    /// within the block). Source lines are not monotonic at the top (the title and objectives
    /// come from the front matter), so an exact match is looked for first.
    static func index(of place: ReadingPlace, in lines: [LayoutLine]) -> Int {
        guard let first = lines.firstIndex(where: { $0.sourceLine == place.line }) else {
            return lines.firstIndex { $0.sourceLine > place.line } ?? max(0, lines.count - 1)
        }
        var index = first
        while index - first < place.row, index + 1 < lines.count, lines[index + 1].sourceLine == place.line { index += 1 }
        return index
    }

    // MARK: - Update

    public mutating func handle(_ key: Key, _ modifiers: Modifiers, now: Int) -> Action {
        if search.editing { return editSearch(key, modifiers) }
        if outline != nil { return handleOutline(key, modifiers) }
        let b = LessonScreen.bindings
        let page = max(1, bodyHeight - 1)
        if b[0].matches(key, modifiers) { scroll(by: 1) }
        else if b[1].matches(key, modifiers) { scroll(by: -1) }
        else if b[2].matches(key, modifiers) { scroll(by: page) }
        else if b[3].matches(key, modifiers) { scroll(by: -page) }
        else if b[4].matches(key, modifiers) { scroll(by: max(1, bodyHeight / 2)) }
        else if b[5].matches(key, modifiers) { scroll(by: -max(1, bodyHeight / 2)) }
        else if b[6].matches(key, modifiers) { top = 0 }
        else if b[7].matches(key, modifiers) { top = maxTop }
        else if b[8].matches(key, modifiers) { outline = LessonOutline(lines: lines, currentLine: top) }
        else if b[9].matches(key, modifiers) { return .run(kernel: visibleKernelName) }
        else if b[10].matches(key, modifiers) { if let quiz = visibleQuiz { return quiz } }
        else if b[11].matches(key, modifiers) { search = LessonSearch(query: "", editing: true) }
        else if b[12].matches(key, modifiers) { stepMatch(forward: true) }
        else if b[13].matches(key, modifiers) { stepMatch(forward: false) }
        else if b[14].matches(key, modifiers) { return .back(PracticeEvent(positionEvent, at: now)) }
        return finishIfAtEnd(now: now)
    }

    /// The name of the first kernel block on screen; nil for the main kernel or none visible.
    var visibleKernelName: String? {
        for line in lines.dropFirst(top).prefix(bodyHeight) {
            if case .kernel(let name) = line.anchor { return name }
        }
        return nil
    }

    /// The quiz `c` opens: the lowest checkpoint (or the closing deck line) on screen, which
    /// is the one just read.
    var visibleQuiz: Action? {
        for line in lines.dropFirst(top).prefix(bodyHeight).reversed() {
            switch line.anchor {
            case .checkpoint(let index)?: return .quiz(checkpoint: index)
            case .lessonDecks?: return .quiz(checkpoint: nil)
            default: continue
            }
        }
        return nil
    }

    public mutating func paste(_ text: String) {
        guard search.editing else { return }
        search.query += text.filter { !$0.isNewline && !($0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) }
    }

    private mutating func scroll(by delta: Int) {
        top = max(0, min(maxTop, top + delta))
    }

    /// Reaching the end of the lesson records it as finished, once.
    private mutating func finishIfAtEnd(now: Int) -> Action {
        guard !finished, !lines.isEmpty, top >= maxTop else { return .none }
        finished = true
        return .save([PracticeEvent(.lessonFinished(lesson: lesson.meta.id), at: now)])
    }

    private mutating func editSearch(_ key: Key, _ modifiers: Modifiers) -> Action {
        switch key {
        case .escape:
            search = LessonSearch()
        case .enter:
            search.editing = false
            search.matches = LessonSearch.find(search.query, in: lines.map(\.text))
            search.current = search.firstMatch(atOrAfter: top)
            if let current = search.current { reveal(search.matches[current].line) }
        case .backspace:
            if search.query.isEmpty { search = LessonSearch() } else { search.query.removeLast() }
        case .char(let c) where !modifiers.contains(.ctrl) && !modifiers.contains(.alt):
            search.query.append(c)
        default:
            break
        }
        return .none
    }

    private mutating func stepMatch(forward: Bool) {
        guard !search.matches.isEmpty else { return }
        let count = search.matches.count
        let current = search.current ?? (forward ? -1 : 0)
        let next = ((current + (forward ? 1 : -1)) % count + count) % count
        search.current = next
        reveal(search.matches[next].line)
    }

    /// Scrolls so that a line is on screen, a third of the way down when it was off screen.
    private mutating func reveal(_ line: Int) {
        if line < top || line >= top + bodyHeight {
            top = max(0, min(maxTop, line - bodyHeight / 3))
        }
    }

    private mutating func handleOutline(_ key: Key, _ modifiers: Modifiers) -> Action {
        guard var current = outline else { return .none }
        let b = LessonScreen.outlineBindings
        if b[0].matches(key, modifiers) { current.cursor = min(max(0, current.entries.count - 1), current.cursor + 1) }
        else if b[1].matches(key, modifiers) { current.cursor = max(0, current.cursor - 1) }
        else if b[2].matches(key, modifiers) {
            if current.cursor < current.entries.count { top = min(maxTop, current.entries[current.cursor].line) }
            outline = nil
            return .none
        } else if b[3].matches(key, modifiers) {
            outline = nil
            return .none
        }
        outline = current
        return .none
    }
}
