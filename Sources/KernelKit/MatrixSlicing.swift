// Taking matrices apart and putting them together, e.g. splitting heads in multi-head attention.

extension Matrix {
    /// A `rows`×`cols` matrix whose entry (i, j) is `entry(i, j)`.
    ///
    /// ```swift
    /// let distance = Matrix(rows: 4, cols: 4) { i, j in Double(i - j) }
    /// ```
    public init(rows: Int, cols: Int, entry: (Int, Int) throws -> Double) rethrows {
        let r = Swift.max(0, rows), c = Swift.max(0, cols)
        var data: [Double] = []
        data.reserveCapacity(r * c)
        for i in 0..<r {
            for j in 0..<c { data.append(try entry(i, j)) }
        }
        self.init(rows: r, cols: c, uncheckedElements: data)
    }

    /// The block of rows `rows` and columns `cols` (all of them when left out).
    ///
    /// ```swift
    /// let head0 = X.slice(cols: 0..<2)   // the first two columns
    /// ```
    public func slice(rows rowRange: Range<Int>? = nil, cols colRange: Range<Int>? = nil, line: Int = #line) -> Matrix {
        let r = rowRange ?? 0..<rows
        let c = colRange ?? 0..<cols
        guard r.lowerBound >= 0, r.upperBound <= rows, c.lowerBound >= 0, c.upperBound <= cols else {
            KernelRuntime.fail("slice: rows \(r.lowerBound)..<\(r.upperBound), columns \(c.lowerBound)..<\(c.upperBound) are outside a \(ShapeText.matrix(rows, cols)) matrix", line: line)
            return Matrix(rows: r.count, cols: c.count, repeating: .nan)
        }
        var data: [Double] = []
        data.reserveCapacity(r.count * c.count)
        for i in r { data.append(contentsOf: elements[(i * cols + c.lowerBound)..<(i * cols + c.upperBound)]) }
        return Matrix(rows: r.count, cols: c.count, uncheckedElements: data)
    }

    /// The matrices side by side (same number of rows), e.g. concatenating attention heads.
    public static func hstack(_ parts: [Matrix], line: Int = #line) -> Matrix {
        guard let first = parts.first else { return Matrix.zeros(0, 0) }
        if let odd = parts.first(where: { $0.rows != first.rows }) {
            KernelRuntime.fail("hstack: \(ShapeText.matrix(first.rows, first.cols)) and \(ShapeText.matrix(odd.rows, odd.cols)) have different numbers of rows", line: line)
            return Matrix(rows: first.rows, cols: parts.reduce(0) { $0 + $1.cols }, repeating: .nan)
        }
        let width = parts.reduce(0) { $0 + $1.cols }
        var data: [Double] = []
        data.reserveCapacity(first.rows * width)
        for i in 0..<first.rows {
            for part in parts { data.append(contentsOf: part.elements[(i * part.cols)..<((i + 1) * part.cols)]) }
        }
        return Matrix(rows: first.rows, cols: width, uncheckedElements: data)
    }

    /// The matrices one above the other (same number of columns).
    public static func vstack(_ parts: [Matrix], line: Int = #line) -> Matrix {
        guard let first = parts.first else { return Matrix.zeros(0, 0) }
        if let odd = parts.first(where: { $0.cols != first.cols }) {
            KernelRuntime.fail("vstack: \(ShapeText.matrix(first.rows, first.cols)) and \(ShapeText.matrix(odd.rows, odd.cols)) have different numbers of columns", line: line)
            return Matrix(rows: parts.reduce(0) { $0 + $1.rows }, cols: first.cols, repeating: .nan)
        }
        return Matrix(rows: parts.reduce(0) { $0 + $1.rows }, cols: first.cols, uncheckedElements: parts.flatMap(\.elements))
    }
}
