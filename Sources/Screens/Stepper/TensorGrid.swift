import DisplayWidth
import Foundation
import Kernels
import Terminal

/// A step's tensor as rows of text: a scalar on one line, a vector as a row of cells, a matrix
/// as a grid with row and column numbers. Cells have a heat-map background scaled to this
/// tensor alone; cells that changed since the previous step are underlined; the cell a
/// question was about is shown reversed.
enum TensorGrid {
    static func lines(for tensor: TraceTensor, previous: TraceTensor?, focus: Set<[Int]>, width: Int, theme: Theme) -> [PaneLine] {
        let comparable = previous.flatMap { $0.shape == tensor.shape && $0.data.count == tensor.data.count ? $0 : nil }
        let decimals = TensorNumber.decimals(for: tensor.data)
        let scale = TensorNumber.scale(of: tensor.data)
        let texts = tensor.data.map { TensorNumber.text($0, decimals: decimals, scale: scale) }
        let finite = tensor.data.filter(\.isFinite)
        let (low, high) = (finite.min() ?? 0, finite.max() ?? 0)

        func cellStyle(_ offset: Int, index: [Int]) -> Style {
            var style = tensor.shape.isEmpty ? Style(bold: true) : Heatmap.style(for: tensor.data[offset], low: low, high: high)
            if let comparable, changed(comparable.data[offset], tensor.data[offset]) { style.underline = true }
            if focus.contains(index) { style.reverse = true }
            return style
        }

        var header = PaneLine(tensor.name, style: Style(bold: true))
        switch tensor.shape.count {
        case 0:
            header.append(" = ")
            header.append(texts.first ?? "", style: cellStyle(0, index: []))
            return [header]
        case 1:
            header.append("  [\(tensor.shape[0])]", style: theme.dim)
            return [header] + vectorRows(texts, width: width, style: { cellStyle($0, index: [$0]) }, theme: theme)
        default:
            let (rows, columns) = (tensor.shape[0], tensor.shape[1])
            header.append("  \(rows)×\(columns)", style: theme.dim)
            return [header] + matrixRows(texts, rows: rows, columns: columns, width: width,
                                         style: { cellStyle($0 * columns + $1, index: [$0, $1]) }, theme: theme)
        }
    }

    /// Narrow cells make a heat map of small integers hard to see; three columns keep it a grid.
    static let minimumCell = 3

    /// Whether a cell changed: −0 and 0 are the same value, and so are two NaNs.
    static func changed(_ before: Double, _ after: Double) -> Bool {
        !(before == after || (before.isNaN && after.isNaN))
    }

    static func hasChanges(_ tensor: TraceTensor, previous: TraceTensor?) -> Bool {
        guard let previous, previous.shape == tensor.shape, previous.data.count == tensor.data.count else { return false }
        return zip(previous.data, tensor.data).contains { changed($0, $1) }
    }

    /// Index numbers over the cells, wrapped into as many bands as the width needs.
    private static func vectorRows(_ texts: [String], width: Int, style: (Int) -> Style, theme: Theme) -> [PaneLine] {
        guard !texts.isEmpty else { return [PaneLine("(empty)", style: theme.dim)] }
        let cell = max(texts.map { DisplayWidth.of($0) }.max() ?? 1, String(texts.count - 1).count, minimumCell)
        let perBand = max(1, (width + 1) / (cell + 1))
        var lines: [PaneLine] = []
        for start in stride(from: 0, to: texts.count, by: perBand) {
            var labels = PaneLine()
            var values = PaneLine()
            for i in start..<min(texts.count, start + perBand) {
                let x = (i - start) * (cell + 1)
                labels.pieces.append(.init(x: x, text: pad(String(i), to: cell), style: theme.dim))
                values.pieces.append(.init(x: x, text: pad(texts[i], to: cell), style: style(i)))
            }
            lines += [labels, values]
        }
        return lines
    }

    /// Column numbers on top, row numbers on the left; columns that do not fit are left out
    /// and counted, so a wide matrix never wraps into nonsense.
    private static func matrixRows(_ texts: [String], rows: Int, columns: Int, width: Int,
                                   style: (Int, Int) -> Style, theme: Theme) -> [PaneLine] {
        guard rows > 0, columns > 0 else { return [PaneLine("(empty)", style: theme.dim)] }
        let cell = max(texts.map { DisplayWidth.of($0) }.max() ?? 1, String(columns - 1).count, minimumCell)
        let label = String(rows - 1).count
        let left = label + 1
        let fitting = max(1, min(columns, (width - left + 1) / (cell + 1)))
        var header = PaneLine()
        for j in 0..<fitting {
            header.pieces.append(.init(x: left + j * (cell + 1), text: pad(String(j), to: cell), style: theme.dim))
        }
        if fitting < columns { header.append(" +\(columns - fitting) columns", style: theme.dim) }
        var lines = [header]
        for i in 0..<rows {
            var line = PaneLine(pad(String(i), to: label), style: theme.dim)
            for j in 0..<fitting {
                line.pieces.append(.init(x: left + j * (cell + 1), text: pad(texts[i * columns + j], to: cell), style: style(i, j)))
            }
            lines.append(line)
        }
        return lines
    }

    /// Right-aligns `text` in `width` columns.
    static func pad(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }
}

/// How the stepper writes a number: at most four decimals, the same count for every entry of
/// a tensor so the grid lines up, −∞ and ∞ as symbols, and −0 as 0. A value too small to show
/// in four decimals (9.537e−7) or too large (1.235e+7) is written in scientific notation,
/// unless it is rounding noise next to the tensor's largest entry (a 4e−16 beside a 1 is 0)
/// or a whole number below 10¹⁵, which is written out (a parameter count: 6738415616).
enum TensorNumber {
    /// The fewest decimals (0 to 4) that show every entry as it rounds to four.
    static func decimals(for values: [Double]) -> Int {
        var needed = 0
        for value in values where value.isFinite && abs(value) < 1e7 {
            let units = Int((abs(value) * 10_000).rounded())
            var decimals = 4
            var scale = 1
            while decimals > needed, units % (scale * 10) == 0 {
                decimals -= 1
                scale *= 10
            }
            needed = max(needed, decimals)
            if needed == 4 { break }
        }
        return needed
    }

    /// The largest finite magnitude among `values`, against which small entries are judged.
    static func scale(of values: [Double]) -> Double {
        values.reduce(0) { $1.isFinite ? max($0, abs($1)) : $0 }
    }

    /// One number on its own, with the decimals it needs (at most four).
    static func text(_ value: Double) -> String {
        text(value, decimals: decimals(for: [value]), scale: abs(value))
    }

    static func text(_ value: Double, decimals: Int, scale: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "−∞" : "∞" }
        let magnitude = abs(value)
        let tooSmall = magnitude > 0 && magnitude < 0.00005 && magnitude > scale * 1e-12
        if magnitude >= 1e7, magnitude < 1e15, value == value.rounded() {
            return String(Int64(value)).replacingOccurrences(of: "-", with: "−")  // a count, exactly
        }
        if magnitude >= 1e7 || tooSmall { return scientific(value) }
        return Heatmap.fixed(value, decimals: decimals).replacingOccurrences(of: "-", with: "−")
    }

    /// Four significant digits, no trailing zeros, a short exponent: "9.537e−7", "1e+7".
    static func scientific(_ value: Double) -> String {
        let parts = String(format: "%.3e", value).split(separator: "e")
        guard parts.count == 2, let exponent = Int(parts[1]) else { return "\(value)" }
        var mantissa = String(parts[0])
        while mantissa.contains("."), mantissa.hasSuffix("0") { mantissa.removeLast() }
        if mantissa.hasSuffix(".") { mantissa.removeLast() }
        let text = mantissa + "e" + (exponent >= 0 ? "+" : "-") + String(abs(exponent))
        return text.replacingOccurrences(of: "-", with: "−")
    }
}
