// Element-wise arithmetic on matrices. Shapes broadcast the NumPy way, restricted to two
// dimensions: each dimension must match or be 1 in one operand, so a 1×n row or a Vector is
// applied to every row and an n×1 column (Matrix(columnVector:)) to every column.

extension Matrix {
    /// Applies `operation` entry by entry, broadcasting a 1-row or 1-column operand.
    static func broadcast(_ a: Matrix, _ b: Matrix, symbol: String, _ operation: (Double, Double) -> Double) -> Matrix {
        guard let rows = broadcastSize(a.rows, b.rows), let cols = broadcastSize(a.cols, b.cols) else {
            KernelRuntime.fail("\(symbol): \(ShapeText.matrix(a.rows, a.cols)) and \(ShapeText.matrix(b.rows, b.cols)) differ in shape")
            return Matrix(rows: Swift.max(a.rows, b.rows), cols: Swift.max(a.cols, b.cols), repeating: .nan)
        }
        if a.rows == b.rows, a.cols == b.cols {
            var out = [Double](repeating: 0, count: a.elements.count)
            for k in 0..<out.count { out[k] = operation(a.elements[k], b.elements[k]) }
            return Matrix(rows: rows, cols: cols, uncheckedElements: out)
        }
        var out = [Double](repeating: 0, count: rows * cols)
        for i in 0..<rows {
            let ai = a.rows == 1 ? 0 : i
            let bi = b.rows == 1 ? 0 : i
            for j in 0..<cols {
                let x = a.elements[ai * a.cols + (a.cols == 1 ? 0 : j)]
                let y = b.elements[bi * b.cols + (b.cols == 1 ? 0 : j)]
                out[i * cols + j] = operation(x, y)
            }
        }
        return Matrix(rows: rows, cols: cols, uncheckedElements: out)
    }

    /// Applies `operation` between every row of `a` and the vector `v` (on the left when `vectorFirst`).
    static func rowwise(_ a: Matrix, _ v: Vector, symbol: String, vectorFirst: Bool = false,
                        _ operation: (Double, Double) -> Double) -> Matrix {
        guard v.count == a.cols else {
            let shapes = vectorFirst
                ? "\(ShapeText.vector(v.count)) and \(ShapeText.matrix(a.rows, a.cols))"
                : "\(ShapeText.matrix(a.rows, a.cols)) and \(ShapeText.vector(v.count))"
            KernelRuntime.fail("\(symbol): \(shapes) differ in shape (a vector is applied to every row, so it needs \(ShapeText.entries(a.cols)))")
            return Matrix(rows: a.rows, cols: a.cols, repeating: .nan)
        }
        let row = Matrix(rowVector: v)
        return vectorFirst ? broadcast(row, a, symbol: symbol, operation) : broadcast(a, row, symbol: symbol, operation)
    }

    private static func broadcastSize(_ x: Int, _ y: Int) -> Int? {
        if x == y { return x }
        if x == 1 { return y }
        if y == 1 { return x }
        return nil
    }

    // MARK: Matrix and Matrix

    /// Entry-wise sum; shapes must match, or one side is a single row or column.
    public static func + (a: Matrix, b: Matrix) -> Matrix { broadcast(a, b, symbol: "+", +) }
    /// Entry-wise difference; shapes must match, or one side is a single row or column.
    public static func - (a: Matrix, b: Matrix) -> Matrix { broadcast(a, b, symbol: "-", -) }
    /// Entry-wise (Hadamard) product, not the matrix product: use `matmul` for that.
    public static func * (a: Matrix, b: Matrix) -> Matrix { broadcast(a, b, symbol: "*", *) }
    /// Entry-wise quotient.
    public static func / (a: Matrix, b: Matrix) -> Matrix { broadcast(a, b, symbol: "/", /) }

    // MARK: Matrix and row vector

    /// Adds `v` to every row; `v.count` must equal `a.cols`.
    public static func + (a: Matrix, v: Vector) -> Matrix { rowwise(a, v, symbol: "+", +) }
    /// Subtracts `v` from every row.
    public static func - (a: Matrix, v: Vector) -> Matrix { rowwise(a, v, symbol: "-", -) }
    /// Multiplies every row by `v`, entry by entry.
    public static func * (a: Matrix, v: Vector) -> Matrix { rowwise(a, v, symbol: "*", *) }
    /// Divides every row by `v`, entry by entry.
    public static func / (a: Matrix, v: Vector) -> Matrix { rowwise(a, v, symbol: "/", /) }
    /// Adds `v` to every row of `a`.
    public static func + (v: Vector, a: Matrix) -> Matrix { rowwise(a, v, symbol: "+", vectorFirst: true, +) }
    /// `v` minus every row of `a`.
    public static func - (v: Vector, a: Matrix) -> Matrix { rowwise(a, v, symbol: "-", vectorFirst: true, -) }
    /// Multiplies every row of `a` by `v`, entry by entry.
    public static func * (v: Vector, a: Matrix) -> Matrix { rowwise(a, v, symbol: "*", vectorFirst: true, *) }
    /// `v` divided by every row of `a`, entry by entry.
    public static func / (v: Vector, a: Matrix) -> Matrix { rowwise(a, v, symbol: "/", vectorFirst: true, /) }

    // MARK: Matrix and scalar

    /// `s` added to every entry.
    public static func + (a: Matrix, s: Double) -> Matrix { a.map { $0 + s } }
    /// `s` subtracted from every entry.
    public static func - (a: Matrix, s: Double) -> Matrix { a.map { $0 - s } }
    /// Every entry scaled by `s`.
    public static func * (a: Matrix, s: Double) -> Matrix { a.map { $0 * s } }
    /// Every entry divided by `s`.
    public static func / (a: Matrix, s: Double) -> Matrix { a.map { $0 / s } }
    /// `s` plus every entry.
    public static func + (s: Double, a: Matrix) -> Matrix { a.map { s + $0 } }
    /// `s` minus every entry.
    public static func - (s: Double, a: Matrix) -> Matrix { a.map { s - $0 } }
    /// Every entry scaled by `s`.
    public static func * (s: Double, a: Matrix) -> Matrix { a.map { s * $0 } }
    /// `s` divided by every entry.
    public static func / (s: Double, a: Matrix) -> Matrix { a.map { s / $0 } }

    /// Every entry negated.
    public static prefix func - (a: Matrix) -> Matrix { a.map { -$0 } }

    // MARK: Compound assignment

    /// `a = a + b`.
    public static func += (a: inout Matrix, b: Matrix) { a = a + b }
    /// `a = a - b`.
    public static func -= (a: inout Matrix, b: Matrix) { a = a - b }
    /// `a = a * b`.
    public static func *= (a: inout Matrix, b: Matrix) { a = a * b }
    /// `a = a / b`.
    public static func /= (a: inout Matrix, b: Matrix) { a = a / b }
    /// `a = a + v`.
    public static func += (a: inout Matrix, v: Vector) { a = a + v }
    /// `a = a - v`.
    public static func -= (a: inout Matrix, v: Vector) { a = a - v }
    /// `a = a * v`.
    public static func *= (a: inout Matrix, v: Vector) { a = a * v }
    /// `a = a / v`.
    public static func /= (a: inout Matrix, v: Vector) { a = a / v }
    /// `a = a + s`.
    public static func += (a: inout Matrix, s: Double) { a = a + s }
    /// `a = a - s`.
    public static func -= (a: inout Matrix, s: Double) { a = a - s }
    /// `a = a * s`.
    public static func *= (a: inout Matrix, s: Double) { a = a * s }
    /// `a = a / s`.
    public static func /= (a: inout Matrix, s: Double) { a = a / s }
}
