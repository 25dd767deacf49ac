import DisplayWidth
import Practice
import Terminal

/// `attend stats`: the due forecast, the review calendar, retention, accuracy and progress,
/// as one page that scrolls when it is taller than the terminal.
///
/// The figures come in ready-made (`PracticeStats`); the screen only lays them out. Layout is
/// redone on resize and kept, so drawing a frame only copies the visible blocks.
public struct StatsScreen: Sendable {
    public let stats: PracticeStats
    private(set) var blocks: [StatsBlock] = []
    /// The row each block starts on, within the whole page.
    private(set) var starts: [Int] = []
    private(set) var contentHeight = 0
    private(set) var layoutWidth = -1
    private(set) var bodyHeight = 0
    /// The page row at the top of the body.
    private(set) var top = 0

    public init(stats: PracticeStats) {
        self.stats = stats
    }

    /// What the screen asks the app for after a key.
    public enum Action: Equatable, Sendable {
        case none
        case back
    }

    public static let bindings: [KeyBinding] = [
        KeyBinding([Chord(.down), .char("j")], "↓ j", "scroll down a line"),
        KeyBinding([Chord(.up), .char("k")], "↑ k", "scroll up a line"),
        KeyBinding([Chord(.pageDown), .char(" "), .char("f")], "PgDn Space f", "next page"),
        KeyBinding([Chord(.pageUp), .char("b")], "PgUp b", "previous page"),
        KeyBinding([Chord(.home), .char("g")], "Home g", "top"),
        KeyBinding([Chord(.end), .char("G")], "End G", "bottom"),
        KeyBinding([.char("q"), Chord(.escape), Chord(.left), .char("h")], "q Esc ← h", "back"),
        CommonKeys.help,
        CommonKeys.quit,
    ]

    /// The body is everything between the title bar and the status bar.
    static let bodyTop = 1

    var maxTop: Int { max(0, contentHeight - bodyHeight) }

    /// Lays the page out for a new terminal size, keeping the scroll position where it can.
    public mutating func resize(width: Int, height: Int) {
        bodyHeight = max(0, height - 2)
        let contentWidth = max(1, width - 2)
        if contentWidth != layoutWidth {
            blocks = StatsLayout.blocks(for: stats, width: contentWidth)
            var row = 0
            starts = blocks.map { block in
                defer { row += block.height }
                return row
            }
            contentHeight = row
            layoutWidth = contentWidth
        }
        top = min(top, maxTop)
    }

    public mutating func handle(_ key: Key, _ modifiers: Modifiers) -> Action {
        let b = Self.bindings
        let page = max(1, bodyHeight - 1)
        if b[0].matches(key, modifiers) { scroll(to: top + 1) }
        else if b[1].matches(key, modifiers) { scroll(to: top - 1) }
        else if b[2].matches(key, modifiers) { scroll(to: top + page) }
        else if b[3].matches(key, modifiers) { scroll(to: top - page) }
        else if b[4].matches(key, modifiers) { scroll(to: 0) }
        else if b[5].matches(key, modifiers) { scroll(to: maxTop) }
        else if b[6].matches(key, modifiers) { return .back }
        return .none
    }

    private mutating func scroll(to row: Int) {
        top = max(0, min(maxTop, row))
    }

    // MARK: - View

    /// Draws the visible blocks, then the title and status bars over whatever ran past the body.
    public func view(into buffer: inout Buffer, theme: Theme) {
        let x = 1
        for (block, start) in zip(blocks, starts) where start + block.height > top && start < top + bodyHeight {
            draw(block, into: &buffer, x: x, y: Self.bodyTop + start - top, width: layoutWidth, theme: theme)
        }
        Chrome.drawBar(into: &buffer, y: 0, left: "Stats", right: "as of \(UTCDay.isoDate(ofDay: UTCDay.number(of: stats.now)))",
                       style: theme.headerBar)
        let position = contentHeight > bodyHeight
            ? "\(top + 1)–\(min(contentHeight, top + bodyHeight)) of \(contentHeight)" : ""
        Chrome.drawBar(into: &buffer, y: buffer.height - 1, hints: [
            "↑↓ j k scroll · PgUp PgDn page · q back · ? help",
            "j k scroll · q back · ? help",
            "q back · ? help",
            "q back",
        ], right: position, style: theme.statusBar)
    }

    private func draw(_ block: StatsBlock, into buffer: inout Buffer, x: Int, y: Int, width: Int, theme: Theme) {
        switch block {
        case .blank:
            break
        case .line(let spans):
            var column = x
            for span in spans {
                column += buffer.put(span.text, x: column, y: y, style: style(span.tone, theme), maxWidth: max(0, x + width - column))
            }
        case .bars(let bars, let chartWidth):
            BarChart.draw(bars, into: &buffer, x: x, y: y, width: chartWidth, barStyle: style(.bar, theme))
        case .calendar(let calendar):
            calendar.draw(into: &buffer, x: x, y: y, width: width, theme: theme)
        }
    }

    private func style(_ tone: StatsSpan.Tone, _ theme: Theme) -> Style {
        switch tone {
        case .plain: return .plain
        case .dim: return theme.dim
        case .heading: return theme.moduleTitle
        case .bar: return Style(fg: .ansi(6))
        }
    }
}
