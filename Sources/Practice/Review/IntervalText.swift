/// Short interval labels for the rating buttons, the way Anki writes them: `45s`, `10m`,
/// `1.5h`, `4d`, `3.2mo`, `1.1y`.
///
/// The unit is the largest one the span reaches (a month is 30 days, a year 365). Seconds,
/// minutes and days are whole numbers; hours, months and years keep one decimal, dropped
/// when it is zero (`2h`, not `2.0h`).
public enum IntervalText {
    static let minute = 60.0
    static let hour = 3_600.0
    static let day = 86_400.0
    static let month = 30.0 * 86_400
    static let year = 365.0 * 86_400

    public static func format(seconds: Double) -> String {
        let span = max(0, seconds)
        switch span {
        case ..<minute: return whole(span) + "s"
        case ..<hour: return whole(span / minute) + "m"
        case ..<day: return tenths(span / hour) + "h"
        case ..<month: return whole(span / day) + "d"
        case ..<year: return tenths(span / month) + "mo"
        default: return tenths(span / year) + "y"
        }
    }

    /// How long until `due`, from `now`, as a label.
    public static func format(from now: Int, to due: Int) -> String {
        format(seconds: Double(due - now))
    }

    private static func whole(_ value: Double) -> String {
        String(Int(value.rounded()))
    }

    private static func tenths(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
