/// Calendar arithmetic on UTC days, numbered from 1970-01-01 (day 0, a Thursday).
///
/// Stats count by UTC day, like the due queue, so no time zone or locale is involved and the
/// same log gives the same figures everywhere.
public enum UTCDay {
    public static let seconds = 86_400
    static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The day holding `time` (whole seconds UTC), rounding towards the past.
    public static func number(of time: Int) -> Int {
        time >= 0 ? time / seconds : (time - (seconds - 1)) / seconds
    }

    /// The day's midnight, in seconds.
    public static func start(ofDay day: Int) -> Int { day * seconds }

    /// 0 for Monday … 6 for Sunday.
    public static func weekday(ofDay day: Int) -> Int {
        ((day + 3) % 7 + 7) % 7
    }

    /// "Mon" … "Sun".
    public static func weekdayName(ofDay day: Int) -> String { weekdayNames[weekday(ofDay: day)] }

    /// The day's date, `YYYY-MM-DD`.
    public static func isoDate(ofDay day: Int) -> String {
        String(ISOTime.format(start(ofDay: day)).prefix(10))
    }

    /// Year, month (1–12) and day of the month.
    public static func civil(ofDay day: Int) -> (year: Int, month: Int, day: Int) {
        UTCTimestamp.civilFromDays(day)
    }

    /// "Jan" … "Dec" for a month 1–12.
    public static func monthName(_ month: Int) -> String {
        monthNames[max(1, min(12, month)) - 1]
    }
}
