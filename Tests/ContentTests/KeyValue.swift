/// Values a kernel's trace must show, written by hand from COURSE.md (never copied from a
/// trace): a tensor, optionally the step to read it in, and the entries expected in it.
struct KeyValue: Sendable, CustomStringConvertible {
    var tensor: String
    /// The title of the step to read; nil reads the last step that shows the tensor.
    var step: String?
    /// Checked when the whole tensor is given.
    var shape: [Int]?
    var entries: [(index: [Int], value: Double)]
    /// COURSE.md rounds to 4–6 decimals.
    var tolerance: Double = 1e-4

    var description: String { step.map { "\(tensor) in \"\($0)\"" } ?? tensor }

    static func scalar(_ tensor: String, _ value: Double, step: String? = nil, tolerance: Double = 1e-4) -> KeyValue {
        KeyValue(tensor: tensor, step: step, shape: [], entries: [([], value)], tolerance: tolerance)
    }

    static func vector(_ tensor: String, _ values: [Double], step: String? = nil) -> KeyValue {
        KeyValue(tensor: tensor, step: step, shape: [values.count],
                 entries: values.enumerated().map { ([$0.offset], $0.element) })
    }

    /// The first entries of a vector, when COURSE.md gives only those.
    static func prefix(_ tensor: String, _ values: [Double], step: String? = nil) -> KeyValue {
        KeyValue(tensor: tensor, step: step, shape: nil, entries: values.enumerated().map { ([$0.offset], $0.element) })
    }

    static func matrix(_ tensor: String, _ rows: [[Double]], step: String? = nil) -> KeyValue {
        var entries: [([Int], Double)] = []
        for (i, row) in rows.enumerated() {
            for (j, value) in row.enumerated() { entries.append(([i, j], value)) }
        }
        return KeyValue(tensor: tensor, step: step, shape: [rows.count, rows.first?.count ?? 0], entries: entries)
    }

    static func row(_ tensor: String, _ row: Int, _ values: [Double], step: String? = nil) -> KeyValue {
        KeyValue(tensor: tensor, step: step, shape: nil, entries: values.enumerated().map { ([row, $0.offset], $0.element) })
    }

    static func entry(_ tensor: String, _ index: [Int], _ value: Double, step: String? = nil) -> KeyValue {
        KeyValue(tensor: tensor, step: step, shape: nil, entries: [(index, value)])
    }
}
