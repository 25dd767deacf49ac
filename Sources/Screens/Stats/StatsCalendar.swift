import DisplayWidth
import Practice
import Terminal

/// The review calendar: a column per week, Monday at the top to Sunday at the bottom, each
/// day shaded by how many reviews it had, with month names above and a legend below.
///
/// Shades are glyphs of growing density (· ░ ▒ ▓ █) as well as colours, so the calendar
/// reads the same under NO_COLOR. When the screen is too narrow for every week, the most
/// recent weeks are shown.
struct StatsCalendar: Sendable {
    static let rowLabels = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
    static let labelWidth = 3

    let counts: [Int]
    let firstDay: Int
    /// Columns shown: the most recent weeks that fit.
    let weeks: Int
    /// 2 (glyph and a gap) when there is room, else 1.
    let cellWidth: Int
    let busiest: Int
    /// The legend, wrapped to the width: each line a list of (shade level, counts) pairs.
    let legend: [[(level: Int, counts: String)]]

    init(stats: PracticeStats, width: Int) {
        counts = stats.reviewsPerDay
        firstDay = UTCDay.number(of: stats.calendarStart)
        busiest = counts.max() ?? 0
        let allWeeks = (counts.count + 6) / 7
        let room = max(0, width - Self.labelWidth)
        cellWidth = room >= 2 * allWeeks ? 2 : 1
        weeks = min(allWeeks, room / cellWidth)
        var lines: [[(Int, String)]] = [[]]
        var used = 0
        for entry in StatsWording.shadeLegend(busiest: busiest) {
            // A piece is the shade, a space and the counts; pieces are two columns apart.
            let pieceWidth = 2 + DisplayWidth.of(entry.counts)
            if used > 0, used + 2 + pieceWidth > width {
                lines.append([])
                used = 0
            }
            lines[lines.count - 1].append(entry)
            used += (used > 0 ? 2 : 0) + pieceWidth
        }
        legend = lines
    }

    /// Rows used: month names, seven weekdays, the legend.
    var height: Int { 1 + 7 + legend.count }

    var hiddenWeeks: Int { (counts.count + 6) / 7 - weeks }

    /// The month names over the columns: each at the week holding the 1st of its month, and
    /// the first column's month when there is room before the next name.
    func monthLabels() -> [(column: Int, name: String)] {
        var labels: [(Int, String)] = []
        for column in 0..<weeks {
            let monday = firstDay + (hiddenWeeks + column) * 7
            if let first = (0..<7).first(where: { UTCDay.civil(ofDay: monday + $0).day == 1 }) {
                labels.append((column, UTCDay.monthName(UTCDay.civil(ofDay: monday + first).month)))
            }
        }
        // Columns a name and a gap take, so the first column's name never runs into the next.
        let nameColumns = (4 + cellWidth - 1) / cellWidth
        if labels.first?.0 != 0, (labels.first?.0 ?? weeks) >= nameColumns, weeks >= nameColumns {
            labels.insert((0, UTCDay.monthName(UTCDay.civil(ofDay: firstDay + hiddenWeeks * 7).month)), at: 0)
        }
        return labels
    }

    func draw(into buffer: inout Buffer, x: Int, y: Int, width: Int, theme: Theme) {
        let gridX = x + Self.labelWidth
        var lastEnd = gridX - 1
        for label in monthLabels() {
            let labelX = gridX + label.column * cellWidth
            guard labelX > lastEnd else { continue }
            lastEnd = labelX + buffer.put(label.name, x: labelX, y: y, style: theme.dim, maxWidth: max(0, x + width - labelX))
        }
        for row in 0..<7 {
            buffer.put(Self.rowLabels[row], x: x, y: y + 1 + row, style: theme.dim, maxWidth: width)
            for column in 0..<weeks {
                let index = (hiddenWeeks + column) * 7 + row
                guard index < counts.count else { continue }
                let level = StatsWording.shadeLevel(counts[index], busiest: busiest)
                buffer.put(StatsWording.shades[level], x: gridX + column * cellWidth, y: y + 1 + row, style: Self.style(level: level, theme: theme))
            }
        }
        for (line, pieces) in legend.enumerated() {
            var pieceX = x
            for piece in pieces {
                if pieceX > x { pieceX += 2 }
                buffer.put(StatsWording.shades[piece.level], x: pieceX, y: y + 8 + line, style: Self.style(level: piece.level, theme: theme))
                pieceX += 2 + buffer.put(piece.counts, x: pieceX + 2, y: y + 8 + line, style: .plain, maxWidth: max(0, x + width - pieceX - 2))
            }
        }
    }

    /// Green that deepens with the shade; an empty day is dim.
    static func style(level: Int, theme: Theme) -> Style {
        switch level {
        case 0: return theme.dim
        case 1, 2: return Style(fg: .ansi(2))
        default: return Style(fg: .ansi(10), bold: level == 4)
        }
    }
}
