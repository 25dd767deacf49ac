import DisplayWidth

/// Horizontal bars with labels and values, one row per bar, drawn to
/// eighth-of-a-column precision (█ plus ▏▎▍▌▋▊▉ for the last part).
public enum BarChart {
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// One bar: what it is called, how long it is, and the text shown after it.
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        public var caption: String
        public init(label: String, value: Double, caption: String) {
            self.label = label
            self.value = value
            self.caption = caption
        }
    }

    /// Draws `bars` from row `y`, column `x`, in `width` columns (label,
    /// a space, the bar, a space, the caption), and returns the rows used.
    /// The longest bar fills the space the labels and captions leave; values
    /// that are negative or not finite get no bar.
    @discardableResult
    public static func draw(_ bars: [Bar], into buffer: inout Buffer, x: Int, y: Int, width: Int,
                            barStyle: Style = .plain, textStyle: Style = .plain) -> Int {
        guard width > 0 else { return 0 }
        let labelWidth = min(width / 3, bars.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let captionWidth = min(width / 3, bars.map { DisplayWidth.of($0.caption) }.max() ?? 0)
        let barSpace = max(0, width - labelWidth - captionWidth - 2)
        let largest = bars.map(\.value).filter { $0.isFinite && $0 > 0 }.max() ?? 0
        for (row, bar) in bars.enumerated() {
            buffer.put(bar.label, x: x, y: y + row, style: textStyle, maxWidth: labelWidth)
            let eighthsLong = largest > 0 && bar.value.isFinite && bar.value > 0
                ? Int((bar.value / largest * Double(barSpace * 8)).rounded()) : 0
            var drawn = String(repeating: "█", count: eighthsLong / 8)
            if eighthsLong % 8 > 0 { drawn.append(eighths[eighthsLong % 8 - 1]) }
            let barX = x + labelWidth + 1
            let used = buffer.put(drawn, x: barX, y: y + row, style: barStyle, maxWidth: barSpace)
            buffer.put(bar.caption, x: barX + used + 1, y: y + row, style: textStyle, maxWidth: captionWidth)
        }
        return bars.count
    }
}
