import DisplayWidth

/// A matrix of numbers, each in a cell whose background shows its value on
/// one scale for the whole matrix (dark blue for the smallest, yellow for the
/// largest), so the pattern of an attention matrix is visible at a glance.
/// In monochrome the numbers remain and the largest values are bold.
public enum Heatmap {
    /// Colour ramp stops (a viridis-like scale, dark to light).
    static let ramp: [(Double, Double, Double)] = [
        (68, 1, 84), (59, 82, 139), (33, 145, 140), (94, 201, 98), (253, 231, 37),
    ]

    /// Draws `matrix` row by row from column `x`, row `y`, each value right
    /// aligned in `cellWidth` columns with a one-column gap, and returns the
    /// rows used. `format` turns a value into text (two decimals by default).
    @discardableResult
    public static func draw(_ matrix: [[Double]], into buffer: inout Buffer, x: Int, y: Int, cellWidth: Int = 6,
                            format: (Double) -> String = { Heatmap.fixed($0, decimals: 2) }) -> Int {
        guard cellWidth > 0 else { return 0 }
        let finite = matrix.joined().filter(\.isFinite)
        let low = finite.min() ?? 0
        let high = finite.max() ?? 0
        for (row, values) in matrix.enumerated() {
            for (column, value) in values.enumerated() {
                let text = format(value)
                let pad = max(0, cellWidth - DisplayWidth.of(text))
                let cellX = x + column * (cellWidth + 1)
                let style = style(for: value, low: low, high: high)
                buffer.fill(x: cellX, y: y + row, width: cellWidth, height: 1, style: style)
                buffer.put(text, x: cellX + pad, y: y + row, style: style, maxWidth: cellWidth)
            }
        }
        return matrix.count
    }

    /// The cell style for `value` on the scale from `low` to `high`.
    public static func style(for value: Double, low: Double, high: Double) -> Style {
        guard value.isFinite else { return Style(dim: true) }
        let t = high > low ? (value - low) / (high - low) : 0.5
        let position = max(0, min(1, t)) * Double(ramp.count - 1)
        let index = min(ramp.count - 2, Int(position))
        let f = position - Double(index)
        let (a, b) = (ramp[index], ramp[index + 1])
        func mix(_ p: Double, _ q: Double) -> UInt8 { UInt8(max(0, min(255, (p + (q - p) * f).rounded()))) }
        let background = Color.rgb(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
        let light = t > 0.55
        return Style(fg: light ? .rgb(0, 0, 0) : .rgb(255, 255, 255), bg: background, bold: t >= 0.75)
    }

    /// `value` with exactly `decimals` digits after the point ("-0.50", "3.14").
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 1e18 else { return "\(value)" }
        let units = Int(scaled)
        let whole = units / Int(scale)
        var fraction = String(units % Int(scale))
        while fraction.count < decimals { fraction = "0" + fraction }
        let sign = value < 0 && units != 0 ? "-" : ""
        return decimals > 0 ? "\(sign)\(whole).\(fraction)" : "\(sign)\(whole)"
    }
}
