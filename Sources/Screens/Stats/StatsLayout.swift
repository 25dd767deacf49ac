import DisplayWidth
import Practice
import Terminal

/// One piece of the stats screen, laid out for a width: the screen scrolls over these.
enum StatsBlock: Sendable {
    case blank
    case line([StatsSpan])
    case bars([BarChart.Bar], width: Int)
    case calendar(StatsCalendar)

    var height: Int {
        switch self {
        case .blank, .line: return 1
        case .bars(let bars, _): return bars.count
        case .calendar(let calendar): return calendar.height
        }
    }
}

/// A run of text on a line, with what it means (the theme turns that into a style).
struct StatsSpan: Sendable {
    enum Tone: Sendable {
        case plain, dim, heading, bar
    }

    var text: String
    var tone: Tone

    init(_ text: String, _ tone: Tone = .plain) {
        self.text = text
        self.tone = tone
    }
}

/// Lays the figures out as blocks for a content width: summary, calendar, retention,
/// forecast, accuracy, lessons and predictions, in that order — the compact parts first, so
/// a first screen of 80×24 holds the summary, the calendar and retention.
enum StatsLayout {
    /// The widest the forecast chart grows, so bars stay near their labels.
    static let chartWidth = 64
    static let summaryLabelWidth = 9

    static func blocks(for stats: PracticeStats, width: Int) -> [StatsBlock] {
        var blocks: [StatsBlock] = [.blank]
        blocks += summary(stats, width: width)
        blocks += calendar(stats, width: width)
        blocks.append(.blank)
        blocks += table(["True retention", "Pass", "Fail", "Rate"], rows: [
            row(label: "Last \(PracticeStats.recentDays) days", tally: stats.retentionRecent, failures: true),
            row(label: "All time", tally: stats.retentionAllTime, failures: true),
        ], width: width)
        blocks += wrap("Reviews of graduated cards not rated Again", width: width).map { .line([StatsSpan($0, .dim)]) }
        blocks += forecast(stats, width: width)
        blocks += accuracy("Accuracy by deck", stats.deckAccuracy, width: width)
        blocks += accuracy("Accuracy by tag", stats.tagAccuracy, width: width)
        blocks += lessons(stats, width: width)
        blocks.append(.blank)
        blocks.append(.line([StatsSpan("Predictions at kernel asks", .heading)]))
        let predictions = stats.predictions.total == 0 ? "None yet"
            : "\(stats.predictions.right) of \(stats.predictions.total) right (\(StatsWording.percent(stats.predictions.share)))"
        blocks.append(.line([StatsSpan(predictions, stats.predictions.total == 0 ? .dim : .plain)]))
        return blocks
    }

    private static func summary(_ stats: PracticeStats, width: Int) -> [StatsBlock] {
        let lessons = stats.lessonsFinished
        var rows: [(String, String)] = [
            ("Reviews", "\(stats.reviewsToday) today · \(stats.totalReviews) in all"),
            ("Streak", StatsWording.streak(stats)),
            ("Due", "\(stats.dueNow) now · \(stats.newCards) new"),
        ]
        if let recall = stats.averageRecall {
            rows.append(("Recall", "\(StatsWording.percent(recall)) expected now"))
        }
        rows.append(("Lessons", "\(lessons.finished) of \(lessons.lessons) finished"))
        return rows.flatMap { label, value in
            wrap(value, width: width - summaryLabelWidth).enumerated().map { index, part in
                .line([StatsSpan(pad(index == 0 ? label : "", to: summaryLabelWidth), .heading), StatsSpan(part)])
            }
        }
    }

    private static func forecast(_ stats: PracticeStats, width: Int) -> [StatsBlock] {
        let bars = stats.forecast.enumerated().map { offset, count in
            BarChart.Bar(label: StatsWording.dayLabel(today: stats.today, offset: offset), value: Double(count), caption: String(count))
        }
        return [
            .blank,
            .line([StatsSpan("Due · next \(PracticeStats.forecastDays) days", .heading)]),
            .bars(bars, width: min(width, chartWidth)),
            .line([StatsSpan("Later: \(stats.dueLater)", .dim)]),
        ]
    }

    private static func calendar(_ stats: PracticeStats, width: Int) -> [StatsBlock] {
        let calendar = StatsCalendar(stats: stats, width: width)
        let title = "Reviews · last \(StatsWording.count(calendar.weeks, "week"))"
        return [.blank, .line([StatsSpan(Chrome.truncate(title, to: width), .heading)]), .calendar(calendar)]
    }

    private static func accuracy(_ title: String, _ groups: [PracticeStats.Group], width: Int) -> [StatsBlock] {
        guard !groups.isEmpty else {
            return [.blank, .line([StatsSpan(title, .heading)]), .line([StatsSpan("No auto-graded answers yet", .dim)])]
        }
        let rows = groups.map { row(label: $0.title, tally: $0.tally, failures: false) }
        return [.blank] + table([title, "Right", "Of", "Rate"], rows: rows, width: width)
    }

    private static func row(label: String, tally: PracticeStats.Tally, failures: Bool) -> [String] {
        [label, String(tally.right), String(failures ? tally.wrong : tally.total), StatsWording.percent(tally.share)]
    }

    /// A table whose first header cell is the section title: the first column left-aligned and
    /// cut to fit, the number columns right-aligned two columns apart.
    private static func table(_ header: [String], rows: [[String]], width: Int) -> [StatsBlock] {
        let numberWidths = (1..<header.count).map { column in
            ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        let labelsWidth = rows.map { DisplayWidth.of($0[0]) }.max() ?? 0
        // Columns sit two apart, or one apart when that is what lets the labels fit.
        func fits(_ gap: Int) -> Bool { labelsWidth + numberWidths.reduce(0) { $0 + $1 + gap } <= width }
        let gap = !fits(2) && fits(1) ? 1 : 2
        let numbersWidth = numberWidths.reduce(0) { $0 + $1 + gap }
        let firstWidth = max(1, min(max(labelsWidth, DisplayWidth.of(header[0])), width - numbersWidth))
        func line(_ cells: [String]) -> String {
            var text = pad(Chrome.truncate(cells[0], to: firstWidth), to: firstWidth)
            for (column, cell) in cells.dropFirst().enumerated() {
                text += String(repeating: " ", count: gap + max(0, numberWidths[column] - DisplayWidth.of(cell))) + cell
            }
            return text
        }
        // A title too long for the first column gets a line of its own above the column names.
        let title = DisplayWidth.of(header[0]) > firstWidth ? [StatsBlock.line([StatsSpan(Chrome.truncate(header[0], to: width), .heading)])] : []
        let names = title.isEmpty ? header : [""] + header.dropFirst()
        return title + [.line([StatsSpan(line(names), .heading)])] + rows.map { .line([StatsSpan(line($0))]) }
    }

    private static func lessons(_ stats: PracticeStats, width: Int) -> [StatsBlock] {
        var blocks: [StatsBlock] = [.blank, .line([StatsSpan("Lessons finished", .heading)])]
        let counts = stats.modules.map { "\($0.finished) of \($0.lessons)" }
        let countWidth = counts.map { DisplayWidth.of($0) }.max() ?? 0
        let longestTitle = stats.modules.map { DisplayWidth.of($0.title) }.max() ?? 0
        // The gauge only when the titles, the gauge and the counts all fit.
        let gauge = longestTitle + 2 + 10 + 2 + countWidth <= width ? 10 : 0
        let titleWidth = max(1, min(longestTitle, width - countWidth - 2 - (gauge > 0 ? gauge + 2 : 0)))
        for (module, count) in zip(stats.modules, counts) {
            let title = StatsSpan(pad(Chrome.truncate(module.title, to: titleWidth), to: titleWidth) + "  ")
            guard module.lessons > 0 else {
                blocks.append(.line([title, StatsSpan(titleWidth + 2 + 15 <= width ? "lessons to come" : "to come", .dim)]))
                continue
            }
            var spans = [title]
            if gauge > 0 {
                let filled = (module.finished * gauge + module.lessons / 2) / module.lessons
                spans.append(StatsSpan(String(repeating: "█", count: filled), .bar))
                spans.append(StatsSpan(String(repeating: "░", count: gauge - filled) + "  ", .dim))
            }
            spans.append(StatsSpan(count))
            blocks.append(.line(spans))
        }
        if stats.modules.isEmpty { blocks.append(.line([StatsSpan("No lessons", .dim)])) }
        return blocks
    }

    /// Words filled into lines of at most `width` columns; a word longer than a line is cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            if current.isEmpty {
                current = Chrome.truncate(word, to: width)
            } else if DisplayWidth.of(current) + 1 + DisplayWidth.of(word) <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = Chrome.truncate(word, to: width)
            }
        }
        return lines + [current]
    }

    static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
