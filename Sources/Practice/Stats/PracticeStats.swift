/// What `attend stats` shows: the learner's practice, summed up from the event log.
///
/// Every figure is derived by `PracticeStats.make` from the log, the decks, the course and
/// the card states at a given `now`; nothing is stored. Days are UTC days (midnight to
/// midnight UTC), the same days the due queue's new-card limit uses, so the numbers agree on
/// every machine. Reviews later undone (`reviewUndone`) are left out of every figure.
///
/// Definitions:
/// - **True retention** is Anki's: among reviews of cards that were in the *review* state
///   (graduated, scheduled in days) when reviewed, the share not rated Again. Reviews of
///   cards still learning or relearning are left out, because a failed learning step says
///   nothing about long-term memory. "Last 30 days" counts reviews made on today's UTC day
///   or the 29 before it.
/// - **Accuracy** (per deck, per tag) counts auto-graded reviews only — those with a
///   `correct` flag — and the share of them answered right. Self-graded cards have none.
///   Cards no deck defines any more are left out, as their deck and tags are unknown.
/// - **Streak** is the number of consecutive UTC days with at least one review, ending today,
///   or ending yesterday when there is no review yet today (the day is not over).
public struct PracticeStats: Equatable, Sendable {
    /// Days in the due forecast, today included.
    public static let forecastDays = 30
    /// Weeks in the review calendar, this week included.
    public static let calendarWeeks = 26
    /// Days in the recent retention window, today included.
    public static let recentDays = 30

    /// A count of successes out of a total, with the share as a fraction.
    public struct Tally: Equatable, Sendable {
        public var right: Int
        public var total: Int

        public init(right: Int = 0, total: Int = 0) {
            self.right = right
            self.total = total
        }

        /// The failures: `total - right`.
        public var wrong: Int { total - right }
        /// `right / total`; nil when there is nothing to count.
        public var share: Double? { total > 0 ? Double(right) / Double(total) : nil }

        mutating func count(_ success: Bool) {
            total += 1
            if success { right += 1 }
        }
    }

    /// Accuracy of one deck or tag.
    public struct Group: Equatable, Sendable {
        /// The deck id, or the tag.
        public var id: String
        /// The deck's title; the tag itself for a tag.
        public var title: String
        public var tally: Tally

        public init(id: String, title: String, tally: Tally) {
            self.id = id
            self.title = title
            self.tally = tally
        }
    }

    /// Lessons finished in one module.
    public struct ModuleProgress: Equatable, Sendable {
        public var id: String
        public var title: String
        public var finished: Int
        public var lessons: Int

        public init(id: String, title: String, finished: Int, lessons: Int) {
            self.id = id
            self.title = title
            self.finished = finished
            self.lessons = lessons
        }
    }

    /// The moment the figures are for, whole seconds UTC.
    public var now: Int
    /// Today's UTC midnight.
    public var today: Int

    /// Cards due on each of the next `forecastDays` UTC days: `forecast[0]` is today and
    /// includes every card already overdue; `forecast[i]` is the day starting `today + i·86 400`.
    /// Only reviewed cards that a deck still defines are counted.
    public var forecast: [Int]
    /// Reviewed cards due now (due at or before `now`): what `attend review` would show first.
    public var dueNow: Int
    /// Reviewed cards due after the forecast window.
    public var dueLater: Int
    /// Cards the decks define that were never reviewed.
    public var newCards: Int
    /// Mean FSRS probability of recall now over reviewed cards the decks define; nil when none.
    public var averageRecall: Double?

    /// UTC midnight of the Monday that starts the calendar's first week (column).
    public var calendarStart: Int
    /// Reviews on each UTC day from `calendarStart` through today, oldest first; the days of
    /// this week after today are not included.
    public var reviewsPerDay: [Int]

    /// Every review in force, all time.
    public var totalReviews: Int
    /// Reviews made today.
    public var reviewsToday: Int
    /// True retention over the last `recentDays` days, and over all time.
    public var retentionRecent: Tally
    public var retentionAllTime: Tally
    /// Accuracy per deck, in deck order; decks with no auto-graded review are left out.
    public var deckAccuracy: [Group]
    /// Accuracy per item tag, by tag name; tags with no auto-graded review are left out.
    public var tagAccuracy: [Group]
    /// Lessons finished per module, in course order (modules without lessons included).
    public var modules: [ModuleProgress]
    /// Predictions at kernel asks: how many were right.
    public var predictions: Tally
    /// Consecutive days with a review up to today (or yesterday, before today's first review).
    public var currentStreak: Int
    /// The longest run of consecutive days with a review, ever.
    public var longestStreak: Int

    public init(now: Int, today: Int, forecast: [Int], dueNow: Int, dueLater: Int, newCards: Int,
                averageRecall: Double?, calendarStart: Int, reviewsPerDay: [Int], totalReviews: Int,
                reviewsToday: Int, retentionRecent: Tally, retentionAllTime: Tally, deckAccuracy: [Group],
                tagAccuracy: [Group], modules: [ModuleProgress], predictions: Tally, currentStreak: Int,
                longestStreak: Int) {
        self.now = now
        self.today = today
        self.forecast = forecast
        self.dueNow = dueNow
        self.dueLater = dueLater
        self.newCards = newCards
        self.averageRecall = averageRecall
        self.calendarStart = calendarStart
        self.reviewsPerDay = reviewsPerDay
        self.totalReviews = totalReviews
        self.reviewsToday = reviewsToday
        self.retentionRecent = retentionRecent
        self.retentionAllTime = retentionAllTime
        self.deckAccuracy = deckAccuracy
        self.tagAccuracy = tagAccuracy
        self.modules = modules
        self.predictions = predictions
        self.currentStreak = currentStreak
        self.longestStreak = longestStreak
    }

    /// Lessons finished across the course, and lessons in it.
    public var lessonsFinished: (finished: Int, lessons: Int) {
        modules.reduce((0, 0)) { ($0.0 + $1.finished, $0.1 + $1.lessons) }
    }
}
