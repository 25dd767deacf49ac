// Summaries of a matrix: whole-matrix, per row, and per column.

extension Matrix {
    /// The sum of all entries.
    public var sum: Double { elements.reduce(0, +) }

    /// The mean of all entries (NaN for an empty matrix).
    public var mean: Double { elements.isEmpty ? .nan : sum / Double(elements.count) }

    /// The largest entry (−∞ for an empty matrix).
    public var max: Double { elements.max() ?? -.infinity }

    /// The smallest entry (+∞ for an empty matrix).
    public var min: Double { elements.min() ?? .infinity }

    /// The Frobenius norm, √(Σ aᵢⱼ²).
    public var norm: Double { elements.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// The sum of each row, a vector of `rows` entries.
    public var rowSums: Vector { Vector(rowVectors.map(\.sum)) }

    /// The mean of each row.
    public var rowMeans: Vector { Vector(rowVectors.map(\.mean)) }

    /// The population variance (÷n) of each row, as LayerNorm uses it.
    public var rowVariances: Vector { Vector(rowVectors.map(\.variance)) }

    /// The largest entry of each row.
    public var rowMaxes: Vector { Vector(rowVectors.map(\.max)) }

    /// The column index of the largest entry in each row, the first one on a tie.
    public var argmaxRows: [Int] { rowVectors.map(\.argmax) }

    /// The sum of each column, a vector of `cols` entries.
    public var columnSums: Vector { T.rowSums }

    /// The mean of each column.
    public var columnMeans: Vector { T.rowMeans }

    /// The population variance (÷n) of each column, as BatchNorm uses it.
    public var columnVariances: Vector { T.rowVariances }
}
