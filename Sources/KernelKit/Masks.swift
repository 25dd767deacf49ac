// Attention masks: 1 marks a position that may be attended to, 0 one that is blocked.

/// The n×n causal mask: entry (i, j) is 1 when j ≤ i (a query sees itself and the past), else 0.
///
/// ```swift
/// causalMask(3)   // [[1, 0, 0], [1, 1, 0], [1, 1, 1]]; causalMask(4).sum == 10
/// ```
public func causalMask(_ n: Int) -> Matrix {
    var mask = Matrix.zeros(n, n)
    for i in 0..<Swift.max(0, n) {
        for j in 0...i { mask[i, j] = 1 }
    }
    return mask
}

extension Matrix {
    /// This matrix with every entry whose mask entry is 0 replaced by −∞, ready for `softmaxRows`.
    ///
    /// ```swift
    /// let weights = softmaxRows((matmul(Q, K.T) / 2).masked(by: causalMask(4)))
    /// ```
    /// The mask must have the same shape, or be one row (a padding mask shared by every query).
    public func masked(by mask: Matrix, line: Int = #line) -> Matrix {
        guard mask.cols == cols, mask.rows == rows || mask.rows == 1 else {
            KernelRuntime.fail("masked(by:): \(ShapeText.matrix(rows, cols)) scores and \(ShapeText.matrix(mask.rows, mask.cols)) mask differ in shape", line: line)
            return Matrix(rows: rows, cols: cols, repeating: .nan)
        }
        var out = elements
        for i in 0..<rows {
            let maskRow = mask.rows == 1 ? 0 : i
            for j in 0..<cols where mask.elements[maskRow * cols + j] == 0 {
                out[i * cols + j] = -.infinity
            }
        }
        return Matrix(rows: rows, cols: cols, uncheckedElements: out)
    }

    /// This matrix with the entries where `mask` is 0 replaced by −∞; `mask` is a padding mask
    /// over the columns (keys), applied to every row.
    public func masked(by mask: Vector, line: Int = #line) -> Matrix {
        masked(by: Matrix(rowVector: mask), line: line)
    }
}
