import Practice

/// The stats as plain lines: what `attend stats` prints in a pipe or with `--plain`.
///
/// Every figure the screen shows is here in words, in the screen's order, for a screen reader:
/// the calendar week by week (the days with reviews named) with the shade legend, the forecast
/// day by day with dates, and each table row with its counts and rate.
public enum StatsText {
    public static func render(_ stats: PracticeStats) -> [String] {
        var out = ["Stats as of \(UTCDay.isoDate(ofDay: UTCDay.number(of: stats.now))) (days are UTC days)", ""]
        out += summary(stats)
        out += calendar(stats)
        out += retention(stats)
        out += forecast(stats)
        out += accuracy("Accuracy by deck", stats.deckAccuracy)
        out += accuracy("Accuracy by tag", stats.tagAccuracy)
        out += lessons(stats)
        out.append("")
        let p = stats.predictions
        out.append(p.total == 0 ? "Predictions at kernel asks: none yet"
                   : "Predictions at kernel asks: \(p.right) of \(p.total) right (\(StatsWording.percent(p.share)))")
        return out
    }

    private static func summary(_ stats: PracticeStats) -> [String] {
        let lessons = stats.lessonsFinished
        var out = [
            "Reviews: \(stats.reviewsToday) today, \(stats.totalReviews) in all",
            "Streak: \(StatsWording.streak(stats))",
            "Due now: \(StatsWording.count(stats.dueNow, "card")); new cards not yet seen: \(stats.newCards)",
        ]
        if let recall = stats.averageRecall {
            out.append("Expected recall now: \(StatsWording.percent(recall)) (mean over reviewed cards)")
        }
        out.append("Lessons: \(lessons.finished) of \(lessons.lessons) finished")
        return out
    }

    private static func forecast(_ stats: PracticeStats) -> [String] {
        var out = ["", "Due, next \(PracticeStats.forecastDays) days (today includes overdue cards):"]
        let today = UTCDay.number(of: stats.today)
        for (offset, count) in stats.forecast.enumerated() {
            let day = today + offset
            let name = offset == 0 ? " (today)" : offset == 1 ? " (tomorrow)" : ""
            out.append("  \(UTCDay.isoDate(ofDay: day)) \(UTCDay.weekdayName(ofDay: day))\(name): \(count)")
        }
        out.append("  Later: \(stats.dueLater)")
        return out
    }

    private static func calendar(_ stats: PracticeStats) -> [String] {
        let first = UTCDay.number(of: stats.calendarStart)
        let weeks = (stats.reviewsPerDay.count + 6) / 7
        var out = ["", "Reviews per day, last \(StatsWording.count(weeks, "week")) (weeks from Monday):"]
        // A run of quiet weeks is one line, so a screen reader does not read out 20 zeros.
        var quietSince: Int?
        func endQuietRun(before week: Int) {
            guard let start = quietSince else { return }
            quietSince = nil
            if week - start == 1 {
                out.append("  Week of \(UTCDay.isoDate(ofDay: first + start * 7)): no reviews")
            } else {
                out.append("  Weeks of \(UTCDay.isoDate(ofDay: first + start * 7)) to \(UTCDay.isoDate(ofDay: first + (week - 1) * 7)): no reviews")
            }
        }
        for week in 0..<weeks {
            let days = stats.reviewsPerDay.dropFirst(week * 7).prefix(7)
            let total = days.reduce(0, +)
            if total == 0 {
                if quietSince == nil { quietSince = week }
                continue
            }
            endQuietRun(before: week)
            let busy = days.enumerated().filter { $0.element > 0 }.map { "\(UTCDay.weekdayName(ofDay: first + week * 7 + $0.offset)) \($0.element)" }
            out.append("  Week of \(UTCDay.isoDate(ofDay: first + week * 7)): \(StatsWording.count(total, "review")) (" + busy.joined(separator: ", ") + ")")
        }
        endQuietRun(before: weeks)
        let legend = StatsWording.shadeLegend(busiest: stats.reviewsPerDay.max() ?? 0)
            .map { "\(StatsWording.shades[$0.level]) \($0.counts)" }
        out.append("  Shades on the screen: " + legend.joined(separator: ", "))
        return out
    }

    private static func retention(_ stats: PracticeStats) -> [String] {
        func line(_ name: String, _ tally: PracticeStats.Tally) -> String {
            "  \(name): \(StatsWording.percent(tally.share)) (\(tally.right) passed, \(tally.wrong) failed)"
        }
        return ["", "True retention (reviews of graduated cards not rated Again):",
                line("Last \(PracticeStats.recentDays) days", stats.retentionRecent),
                line("All time", stats.retentionAllTime)]
    }

    private static func accuracy(_ title: String, _ groups: [PracticeStats.Group]) -> [String] {
        guard !groups.isEmpty else { return ["", "\(title): no auto-graded answers yet"] }
        return ["", "\(title) (auto-graded answers that were right):"] + groups.map {
            "  \($0.title): \(StatsWording.percent($0.tally.share)) (\($0.tally.right) of \($0.tally.total))"
        }
    }

    private static func lessons(_ stats: PracticeStats) -> [String] {
        ["", "Lessons finished per module:"] + stats.modules.map {
            $0.lessons == 0 ? "  \($0.title): lessons to come" : "  \($0.title): \($0.finished) of \($0.lessons)"
        }
    }
}
