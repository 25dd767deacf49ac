/// A dense matrix of `Double`, stored row-major, with shape-checked operations.
///
/// ```swift
/// let A: Matrix = [[1, 2, 3], [4, 5, 6]]
/// let B: Matrix = [[7, 8], [9, 10], [11, 12]]
/// let C = matmul(A, B)                   // [[58, 64], [139, 154]]
/// step("Multiply", ["A": A, "B": B, "C": C])
/// let bad = matmul(A, A)                 // stops: matmul: 2×3 · 2×3, inner sizes 3 and 2 differ (line 5)
/// ```
///
/// Vectors are rows: `matmul(x, W)` is a linear layer, and `A + v` adds `v` to every row.
public struct Matrix: Sendable, Equatable, ExpressibleByArrayLiteral, CustomStringConvertible {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let cols: Int
    /// The entries, row after row.
    public private(set) var elements: [Double]

    /// A `rows`×`cols` matrix filled with `value`.
    public init(rows: Int, cols: Int, repeating value: Double) {
        self.rows = Swift.max(0, rows)
        self.cols = Swift.max(0, cols)
        self.elements = Array(repeating: value, count: self.rows * self.cols)
    }

    /// A `rows`×`cols` matrix from row-major `data`; a wrong count stops the kernel.
    public init(rows: Int, cols: Int, data: [Double], line: Int = #line) {
        guard rows >= 0, cols >= 0, data.count == rows * cols else {
            KernelRuntime.fail("Matrix(rows:cols:data:): \(data.count) numbers cannot fill \(ShapeText.matrix(rows, cols))", line: line)
            self.init(rows: rows, cols: cols, repeating: 0)
            return
        }
        self.init(rows: rows, cols: cols, uncheckedElements: data)
    }

    /// A matrix from its rows; rows of different lengths stop the kernel.
    public init(_ rowArrays: [[Double]], line: Int = #line) {
        self = Matrix.fromRows(rowArrays, line: line)
    }

    /// A matrix from a literal of rows, `[[1, 2], [3, 4]]`; ragged rows stop the kernel.
    public init(arrayLiteral rowArrays: [Double]...) {
        self = Matrix.fromRows(rowArrays, line: nil)
    }

    /// A matrix whose rows are the given vectors; vectors of different lengths stop the kernel.
    public init(rowVectors: [Vector], line: Int = #line) {
        self.init(rowVectors.map(\.elements), line: line)
    }

    /// An n×1 matrix holding `vector` as its single column.
    public init(columnVector vector: Vector) {
        self.rows = vector.count
        self.cols = 1
        self.elements = vector.elements
    }

    /// A 1×n matrix holding `vector` as its single row.
    public init(rowVector vector: Vector) {
        self.rows = 1
        self.cols = vector.count
        self.elements = vector.elements
    }

    /// A matrix over `elements` that the caller has already sized to rows × cols.
    init(rows: Int, cols: Int, uncheckedElements elements: [Double]) {
        self.rows = rows
        self.cols = cols
        self.elements = elements
    }

    private static func fromRows(_ rowArrays: [[Double]], line: Int?) -> Matrix {
        let width = rowArrays.first?.count ?? 0
        if let ragged = rowArrays.firstIndex(where: { $0.count != width }) {
            let found = rowArrays[ragged].count
            KernelRuntime.fail("Matrix: row \(ragged) has \(ShapeText.entries(found)) but row 0 has \(width)", line: line)
            return Matrix(rows: rowArrays.count, cols: width, repeating: 0)
        }
        return Matrix(rows: rowArrays.count, cols: width, uncheckedElements: rowArrays.flatMap { $0 })
    }

    /// The n×n identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var result = Matrix(rows: n, cols: n, repeating: 0)
        for i in 0..<result.rows { result.elements[i * n + i] = 1 }
        return result
    }

    /// A `rows`×`cols` matrix of zeros.
    public static func zeros(_ rows: Int, _ cols: Int) -> Matrix { Matrix(rows: rows, cols: cols, repeating: 0) }

    /// A `rows`×`cols` matrix of ones.
    public static func ones(_ rows: Int, _ cols: Int) -> Matrix { Matrix(rows: rows, cols: cols, repeating: 1) }

    /// A square matrix with `vector` on its diagonal and zeros elsewhere.
    public static func diagonal(_ vector: Vector) -> Matrix {
        var result = Matrix(rows: vector.count, cols: vector.count, repeating: 0)
        for i in 0..<vector.count { result.elements[i * vector.count + i] = vector.elements[i] }
        return result
    }

    /// The shape as (rows, cols).
    public var shape: (Int, Int) { (rows, cols) }

    /// The entry in row `i`, column `j`; out of range stops the kernel (or reads NaN under a test handler).
    public subscript(_ i: Int, _ j: Int, line line: Int = #line) -> Double {
        get {
            guard checkIndex(i, j, line: line) else { return .nan }
            return elements[i * cols + j]
        }
        set {
            guard checkIndex(i, j, line: line) else { return }
            elements[i * cols + j] = newValue
        }
    }

    /// Row `i` as a vector.
    public func row(_ i: Int, line: Int = #line) -> Vector {
        guard i >= 0, i < rows else {
            KernelRuntime.fail("row \(i) is outside a \(ShapeText.matrix(rows, cols)) matrix", line: line)
            return Vector(count: cols, repeating: .nan)
        }
        return Vector(Array(elements[(i * cols)..<((i + 1) * cols)]))
    }

    /// Column `j` as a vector.
    public func column(_ j: Int, line: Int = #line) -> Vector {
        guard j >= 0, j < cols else {
            KernelRuntime.fail("column \(j) is outside a \(ShapeText.matrix(rows, cols)) matrix", line: line)
            return Vector(count: rows, repeating: .nan)
        }
        return Vector((0..<rows).map { elements[$0 * cols + j] })
    }

    /// The rows as arrays, top to bottom.
    public var rowArrays: [[Double]] {
        (0..<rows).map { Array(elements[($0 * cols)..<(($0 + 1) * cols)]) }
    }

    /// The rows as vectors, top to bottom.
    public var rowVectors: [Vector] { rowArrays.map(Vector.init) }

    /// The transpose: entry (i, j) becomes entry (j, i).
    public var T: Matrix {
        var result = Matrix(rows: cols, cols: rows, repeating: 0)
        for i in 0..<rows {
            for j in 0..<cols { result.elements[j * rows + i] = elements[i * cols + j] }
        }
        return result
    }

    /// A matrix with `transform` applied to every entry.
    public func map(_ transform: (Double) throws -> Double) rethrows -> Matrix {
        var result = self
        result.elements = try elements.map(transform)
        return result
    }

    /// The rows as `[[1.0, 2.0], [3.0, 4.0]]`.
    public var description: String {
        "[" + rowVectors.map(\.description).joined(separator: ", ") + "]"
    }

    private func checkIndex(_ i: Int, _ j: Int, line: Int) -> Bool {
        guard i >= 0, i < rows, j >= 0, j < cols else {
            KernelRuntime.fail("index (\(i), \(j)) is outside a \(ShapeText.matrix(rows, cols)) matrix", line: line)
            return false
        }
        return true
    }
}
