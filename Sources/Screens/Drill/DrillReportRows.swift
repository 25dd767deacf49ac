import DisplayWidth
import Practice
import Terminal

/// The drill report laid out as rows at a width: the summary, score per topic as meters,
/// time per item as a bar chart, and the items to review. Pure, so drawing and scrolling
/// agree on how tall the report is.
struct DrillReportRows {
    enum Row {
        case text(String, Style)
        /// A topic's share right on a fixed 0–100 % scale, so two half-right topics show
        /// half-full bars (a `BarChart` scales to its longest bar, which suits times, not scores).
        case meter(label: String, labelWidth: Int, fraction: Double, caption: String, captionWidth: Int)
        /// The first row of a bar chart that takes `bars.count` rows; `marks` colour the ✓/✗
        /// in column 0 of each bar's label.
        case chart(bars: [BarChart.Bar], marks: [Style])
        /// A row the chart above draws into.
        case covered
    }

    private(set) var rows: [Row] = []

    init(report: DrillReport, width: Int, theme: Theme) {
        let width = max(1, width)
        summary(report, width: width, theme: theme)
        topics(report, width: width, theme: theme)
        times(report, theme: theme)
        review(report, width: width, theme: theme)
    }

    private mutating func wrapped(_ text: String, _ style: Style, width: Int) {
        for line in ReviewRows.wrap(text, width: width) { rows.append(.text(line, style)) }
    }

    private mutating func summary(_ report: DrillReport, width: Int, theme: Theme) {
        wrapped(report.summary, report.timedOut ? theme.started.bolded : Style(bold: true), width: width)
        wrapped(report.scoreLine, Style(bold: true), width: width)
    }

    private mutating func topics(_ report: DrillReport, width: Int, theme: Theme) {
        guard !report.topics.isEmpty else { return }
        rows.append(.text("", .plain))
        rows.append(.text("Score by topic", theme.moduleTitle))
        let labelWidth = min(width / 3, report.topics.map { DisplayWidth.of($0.topic) }.max() ?? 0)
        let captions = report.topics.map { "\($0.correct)/\($0.answered) \(DrillReport.percent($0.fraction))" }
        let captionWidth = min(width / 3, captions.map { DisplayWidth.of($0) }.max() ?? 0)
        for (score, caption) in zip(report.topics, captions) {
            rows.append(.meter(label: score.topic, labelWidth: labelWidth, fraction: score.fraction, caption: caption,
                               captionWidth: captionWidth))
        }
    }

    private mutating func times(_ report: DrillReport, theme: Theme) {
        guard !report.items.isEmpty else { return }
        rows.append(.text("", .plain))
        rows.append(.text("Time per item (slow after \(DrillReport.clock(report.paceSeconds)))", theme.moduleTitle))
        var bars: [BarChart.Bar] = []
        var marks: [Style] = []
        for (index, item) in report.items.enumerated() {
            let itemID = item.cardID.split(separator: "/").last.map(String.init) ?? item.cardID
            let mark: String
            switch item.outcome {
            case .right: mark = "✓"; marks.append(theme.finished)
            case .wrong: mark = "✗"; marks.append(theme.error)
            case .notReached: mark = "·"; marks.append(theme.dim)
            }
            let caption = item.seconds.map { DrillReport.clock($0) + (item.isSlow ? " slow" : "") } ?? "—"
            bars.append(BarChart.Bar(label: "\(mark) \(index + 1). \(itemID)", value: Double(item.seconds ?? 0), caption: caption))
        }
        rows.append(.chart(bars: bars, marks: marks))
        rows += Array(repeating: .covered, count: bars.count - 1)
    }

    private mutating func review(_ report: DrillReport, width: Int, theme: Theme) {
        rows.append(.text("", .plain))
        let items = report.toReview
        guard !items.isEmpty else {
            let done = report.answered == 0 ? "Nothing answered, so nothing to review." : "Nothing to review: every answer was right and in time."
            wrapped(done, report.answered == 0 ? theme.dim : theme.finished, width: width)
            return
        }
        rows.append(.text("To review", theme.moduleTitle))
        for item in items {
            let why = item.outcome == .wrong ? "✗ wrong" : "◷ slow, \(DrillReport.clock(item.seconds ?? 0))"
            rows.append(.text(Chrome.truncate("\(item.cardID) · \(why)", to: width), item.outcome == .wrong ? theme.error : theme.started))
            rows.append(.text(Chrome.truncate("  " + item.title, to: width), .plain))
        }
    }

    /// Draws every row from `y` (rows above or below the buffer are clipped by it).
    func draw(into buffer: inout Buffer, x: Int, y: Int, width: Int, theme: Theme) {
        for (index, row) in rows.enumerated() {
            let rowY = y + index
            switch row {
            case .text(let text, let style):
                buffer.put(text, x: x, y: rowY, style: style, maxWidth: width)
            case .meter(let label, let labelWidth, let fraction, let caption, let captionWidth):
                Self.drawMeter(label: label, labelWidth: labelWidth, fraction: fraction, caption: caption, captionWidth: captionWidth,
                               into: &buffer, x: x, y: rowY, width: width, theme: theme)
            case .chart(let bars, let marks):
                BarChart.draw(bars, into: &buffer, x: x, y: rowY, width: width, barStyle: theme.box)
                for (offset, style) in marks.enumerated() { buffer.setStyle(x: x, y: rowY + offset, width: 1, style: style) }
            case .covered:
                break
            }
        }
    }

    /// `attention  ██████████░░░░  5/6 83%`, the caption right-aligned in `captionWidth` so every
    /// meter is as long; green from 80 %, yellow from 50 %, red below.
    static func drawMeter(label: String, labelWidth: Int, fraction: Double, caption: String, captionWidth: Int,
                          into buffer: inout Buffer, x: Int, y: Int, width: Int, theme: Theme) {
        let meterWidth = max(0, width - labelWidth - captionWidth - 2)
        buffer.put(label, x: x, y: y, maxWidth: labelWidth)
        let filled = max(0, min(meterWidth, Int((fraction * Double(meterWidth)).rounded())))
        let style = fraction >= 0.8 ? theme.finished : (fraction >= 0.5 ? theme.started : theme.error)
        let meterX = x + labelWidth + 1
        buffer.put(String(repeating: "█", count: filled), x: meterX, y: y, style: style)
        buffer.put(String(repeating: "░", count: meterWidth - filled), x: meterX + filled, y: y, style: theme.dim)
        let pad = max(0, captionWidth - DisplayWidth.of(caption))
        buffer.put(caption, x: meterX + meterWidth + 1 + pad, y: y, maxWidth: max(0, captionWidth - pad))
    }
}

extension DrillScreen {
    /// Rows of the report between the title bar and the status bar.
    static func reportArea(height: Int) -> Int {
        max(0, height - 1 - ReviewScreen.bodyTop(height: height))
    }

    /// How far the report can scroll at the current size.
    var maxReportScroll: Int {
        guard let report else { return 0 }
        let rows = DrillReportRows(report: report, width: LessonScreen.textColumns(forWidth: width).width, theme: Theme())
        return max(0, rows.rows.count - Self.reportArea(height: height))
    }

    /// The report, scrolled; drawn first so the bars clip under the title and status bars.
    func drawReport(_ report: DrillReport, into buffer: inout Buffer, theme: Theme) {
        let (x, columns) = LessonScreen.textColumns(forWidth: buffer.width)
        let top = ReviewScreen.bodyTop(height: buffer.height)
        let rows = DrillReportRows(report: report, width: columns, theme: theme)
        let area = Self.reportArea(height: buffer.height)
        let scroll = max(0, min(reportScroll, rows.rows.count - area))
        rows.draw(into: &buffer, x: x, y: top - scroll, width: columns, theme: theme)
        buffer.fill(x: 0, y: 0, width: buffer.width, height: top, style: .plain)
        buffer.fill(x: 0, y: buffer.height - 1, width: buffer.width, height: 1, style: .plain)
        let right = report.answered > 0 ? "\(report.correct)/\(report.answered) right · \(DrillReport.clock(report.elapsedSeconds))"
                                        : DrillReport.clock(report.elapsedSeconds)
        Chrome.drawBar(into: &buffer, y: 0, left: "Drill report · \(plan.topic)", right: right, style: theme.headerBar)
        if rows.rows.count > area {
            let more = scroll + area < rows.rows.count ? "↓ more" : "↑ PgUp"
            buffer.put(more, x: max(0, buffer.width - DisplayWidth.of(more) - 1), y: top + area - 1, style: theme.dim)
        }
        Chrome.drawBar(into: &buffer, y: buffer.height - 1, hints: ["↑↓ PgUp PgDn scroll · q back", "↑↓ scroll · q back", "q back"],
                       right: "? help", style: theme.statusBar)
    }
}
