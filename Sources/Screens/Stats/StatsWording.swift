import Practice

/// The words and number formats the stats screen and its plain text share, so a screen
/// reader hears the same figures the screen shows.
enum StatsWording {
    /// A share as a whole percent ("67%"), or "—" when there is nothing to count.
    static func percent(_ share: Double?) -> String {
        guard let share, share.isFinite else { return "—" }
        return "\(Int((share * 100).rounded()))%"
    }

    /// "1 review", "3 reviews".
    static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }

    /// The forecast's name for a day ahead: "Today", "Tomorrow", then "Fri 19".
    static func dayLabel(today: Int, offset: Int) -> String {
        switch offset {
        case 0: return "Today"
        case 1: return "Tomorrow"
        default:
            let day = UTCDay.number(of: today) + offset
            return "\(UTCDay.weekdayName(ofDay: day)) \(UTCDay.civil(ofDay: day).day)"
        }
    }

    /// The shade of a calendar day: 0 for no review, else 1…4 by its share of the busiest day.
    static func shadeLevel(_ count: Int, busiest: Int) -> Int {
        guard count > 0, busiest > 0 else { return 0 }
        return min(4, (4 * count + busiest - 1) / busiest)
    }

    static let shades: [String] = ["·", "░", "▒", "▓", "█"]

    /// What each shade stands for: the counts that get it ("1", "4–5"); shades no count can
    /// reach are left out.
    static func shadeLegend(busiest: Int) -> [(level: Int, counts: String)] {
        var legend = [(0, "0")]
        guard busiest > 0 else { return legend }
        for level in 1...4 {
            let low = (level - 1) * busiest / 4 + 1
            let high = level * busiest / 4
            guard low <= high else { continue }
            legend.append((level, low == high ? "\(low)" : "\(low)–\(high)"))
        }
        return legend
    }

    /// "4 days (longest 7)"; the longest is left out when it is the current streak.
    static func streak(_ stats: PracticeStats) -> String {
        let current = count(stats.currentStreak, "day")
        return stats.longestStreak > stats.currentStreak ? "\(current) (longest \(stats.longestStreak))" : current
    }
}
