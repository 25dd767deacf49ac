// Products: matmul in its three forms, dot and outer.

/// The matrix product of an m×k and a k×n matrix, an m×n matrix.
///
/// ```swift
/// matmul([[1, 2, 3], [4, 5, 6]], [[7, 8], [9, 10], [11, 12]])   // [[58, 64], [139, 154]]
/// ```
/// Inner sizes that differ stop the kernel: `matmul: 4×3 · 4×4, inner sizes 3 and 4 differ (line 9)`.
public func matmul(_ a: Matrix, _ b: Matrix, line: Int = #line) -> Matrix {
    guard a.cols == b.rows else {
        KernelRuntime.fail("matmul: \(ShapeText.matrix(a.rows, a.cols)) · \(ShapeText.matrix(b.rows, b.cols)), inner sizes \(a.cols) and \(b.rows) differ", line: line)
        return Matrix(rows: a.rows, cols: b.cols, repeating: .nan)
    }
    let m = a.rows, k = a.cols, n = b.cols
    var out = [Double](repeating: 0, count: m * n)
    a.elements.withUnsafeBufferPointer { pa in
        b.elements.withUnsafeBufferPointer { pb in
            out.withUnsafeMutableBufferPointer { po in
                // i-p-j order walks both b and out along rows, which keeps memory access sequential.
                for i in 0..<m {
                    for p in 0..<k {
                        let aip = pa[i * k + p]
                        for j in 0..<n { po[i * n + j] += aip * pb[p * n + j] }
                    }
                }
            }
        }
    }
    return Matrix(rows: m, cols: n, uncheckedElements: out)
}

/// The matrix times a column vector: `A·v`, a vector of `A.rows` entries.
public func matmul(_ a: Matrix, _ v: Vector, line: Int = #line) -> Vector {
    guard a.cols == v.count else {
        KernelRuntime.fail("matmul: \(ShapeText.matrix(a.rows, a.cols)) · \(ShapeText.vector(v.count)) (as a column), inner sizes \(a.cols) and \(v.count) differ", line: line)
        return Vector(count: a.rows, repeating: .nan)
    }
    return Vector(matmul(a, Matrix(columnVector: v), line: line).elements)
}

/// A row vector times a matrix: `v·A`, a vector of `A.cols` entries (a linear layer `x·W`).
public func matmul(_ v: Vector, _ a: Matrix, line: Int = #line) -> Vector {
    guard v.count == a.rows else {
        KernelRuntime.fail("matmul: \(ShapeText.vector(v.count)) (as a row) · \(ShapeText.matrix(a.rows, a.cols)), inner sizes \(v.count) and \(a.rows) differ", line: line)
        return Vector(count: a.cols, repeating: .nan)
    }
    return Vector(matmul(Matrix(rowVector: v), a, line: line).elements)
}

/// The dot product: the sum of the entry-wise products of two vectors of the same length.
///
/// ```swift
/// dot([1, 2, 2, 0], [2, 0, 1, 2])   // 4
/// ```
public func dot(_ a: Vector, _ b: Vector, line: Int = #line) -> Double {
    guard a.count == b.count else {
        KernelRuntime.fail("dot: \(ShapeText.vector(a.count)) and \(ShapeText.vector(b.count)) differ in length", line: line)
        return .nan
    }
    var sum = 0.0
    for k in 0..<a.count { sum += a.elements[k] * b.elements[k] }
    return sum
}

/// The outer product `a bᵀ`: entry (i, j) is `a[i] * b[j]`, a rank-1 matrix.
public func outer(_ a: Vector, _ b: Vector) -> Matrix {
    var out = [Double](repeating: 0, count: a.count * b.count)
    for i in 0..<a.count {
        for j in 0..<b.count { out[i * b.count + j] = a.elements[i] * b.elements[j] }
    }
    return Matrix(rows: a.count, cols: b.count, uncheckedElements: out)
}

// The methods call the free functions through the module name, which the method names shadow.
extension Matrix {
    /// The matrix product `self · other`; the same as `matmul(self, other)`.
    public func matmul(_ other: Matrix, line: Int = #line) -> Matrix {
        KernelKit.matmul(self, other, line: line)
    }

    /// The product `self · v` with `v` as a column; the same as `matmul(self, v)`.
    public func matmul(_ v: Vector, line: Int = #line) -> Vector {
        KernelKit.matmul(self, v, line: line)
    }
}

extension Vector {
    /// The dot product with `other`; the same as `dot(self, other)`.
    public func dot(_ other: Vector, line: Int = #line) -> Double {
        KernelKit.dot(self, other, line: line)
    }

    /// The row vector times a matrix; the same as `matmul(self, a)`.
    public func matmul(_ a: Matrix, line: Int = #line) -> Vector {
        KernelKit.matmul(self, a, line: line)
    }
}
