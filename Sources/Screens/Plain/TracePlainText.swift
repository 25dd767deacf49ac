import Foundation
import Kernels

/// A kernel's trace as numbered plain-text steps with aligned matrices: what `attend run`
/// prints in a pipe or with `--plain`, and what a screen reader reads.
public enum TracePlainText {
    public static func render(_ events: [TraceEvent], source: String) -> [String] {
        let steps = events.filter { if case .step = $0 { return true } else { return false } }.count
        var out: [String] = []
        var number = 0
        for event in events {
            switch event {
            case .step(let step):
                number += 1
                out.append("")
                out.append("Step \(number) of \(steps): \(step.title)  (\(source):\(step.line))")
                if !step.note.isEmpty { out.append("  " + step.note) }
                for tensor in step.tensors { out += lines(for: tensor).map { "  " + $0 } }
            case .ask(let ask):
                out.append("")
                out.append("Predict: \(ask.question)  [\(ask.tensor)\(ask.index.map { "[\($0)]" }.joined())]")
            case .say(let say):
                out.append("  " + say.text)
            case .malformed(let problem):
                out.append("  (unreadable trace line \(problem.lineNumber): \(problem.reason))")
            }
        }
        return out
    }

    /// A tensor as text: a scalar on one line, a vector in brackets, a matrix as a grid whose
    /// columns line up.
    public static func lines(for tensor: TraceTensor) -> [String] {
        let scale = TensorNumber.scale(of: tensor.data)
        let cells = tensor.data.map { format($0, scale: scale) }
        switch tensor.shape.count {
        case 0:
            return ["\(tensor.name) = \(cells.first ?? "?")"]
        case 1:
            return ["\(tensor.name) = [" + cells.joined(separator: ", ") + "]"]
        default:
            let rows = tensor.shape[0]
            let cols = tensor.shape.dropFirst().reduce(1, *)
            guard rows * cols == cells.count, cols > 0 else { return ["\(tensor.name) = (shape does not match data)"] }
            let widths = (0..<cols).map { c in (0..<rows).map { cells[$0 * cols + c].count }.max() ?? 0 }
            var out = ["\(tensor.name) (\(tensor.shape.map(String.init).joined(separator: "×"))) ="]
            for r in 0..<rows {
                let row = (0..<cols).map { c -> String in
                    let text = cells[r * cols + c]
                    return String(repeating: " ", count: widths[c] - text.count) + text
                }
                out.append("  [ " + row.joined(separator: "  ") + " ]")
            }
            return out
        }
    }

    /// Rounded to 4 decimals, trailing zeros dropped; −∞ and −0 shown as a reader expects;
    /// values too small for four decimals (or huge) in scientific notation, as the stepper
    /// writes them (`TensorNumber`), rounding noise beside the tensor's `scale` as 0.
    public static func format(_ x: Double, scale: Double? = nil) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x > 0 ? "∞" : "−∞" }
        let magnitude = abs(x)
        if magnitude > 0, magnitude < 0.00005, magnitude > (scale ?? magnitude) * 1e-12 { return TensorNumber.scientific(x) }
        let rounded = (x * 10_000).rounded() / 10_000
        if rounded == 0 { return "0" }
        if abs(rounded) >= 1e7 { return TensorNumber.text(x) }
        var text = String(format: "%.4f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text.replacingOccurrences(of: "-", with: "−")
    }
}
