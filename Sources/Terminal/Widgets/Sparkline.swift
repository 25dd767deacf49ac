/// A row of block characters whose heights follow a series of values
/// (▁▂▃▄▅▆▇█), scaled from the smallest value to the largest.
public enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Draws the last `width` values on row `y` from column `x`, one column
    /// each, and returns the columns used. All-equal values draw at half
    /// height; values that are not finite draw as spaces.
    @discardableResult
    public static func draw(_ values: [Double], into buffer: inout Buffer, x: Int, y: Int, width: Int, style: Style = .plain) -> Int {
        guard width > 0 else { return 0 }
        let shown = values.suffix(width)
        let finite = shown.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return 0 }
        var line = ""
        for value in shown {
            guard value.isFinite else {
                line.append(" ")
                continue
            }
            if high == low {
                line.append(levels[levels.count / 2 - 1])
            } else {
                let scaled = (value - low) / (high - low) * Double(levels.count - 1)
                line.append(levels[min(levels.count - 1, max(0, Int(scaled.rounded())))])
            }
        }
        return buffer.put(line, x: x, y: y, style: style, maxWidth: width)
    }
}
