// Generated from Sources/KernelKit by KernelsTests; do not edit by hand.
// Regenerate: ATTEND_RECORD=1 swift test --filter KernelsTests.EmbeddedKernelKitTests

/// KernelKit's source, carried in the binary so a kernel compiles where the checkout is gone.
enum EmbeddedKernelKit {
    static let files: [(name: String, contents: String)] = [
        ("ElementWise.swift", #"""
// Functions applied to every entry. Scalar versions of exp, log, sqrt, tanh and abs come from
// Foundation; these overloads add vectors and matrices.

/// e raised to each entry.
public func exp(_ a: Vector) -> Vector { a.map { Foundation.exp($0) } }
/// e raised to each entry.
public func exp(_ a: Matrix) -> Matrix { a.map { Foundation.exp($0) } }
/// The natural log of each entry (−∞ for 0, NaN for negatives).
public func log(_ a: Vector) -> Vector { a.map { Foundation.log($0) } }
/// The natural log of each entry (−∞ for 0, NaN for negatives).
public func log(_ a: Matrix) -> Matrix { a.map { Foundation.log($0) } }
/// The square root of each entry.
public func sqrt(_ a: Vector) -> Vector { a.map { $0.squareRoot() } }
/// The square root of each entry.
public func sqrt(_ a: Matrix) -> Matrix { a.map { $0.squareRoot() } }
/// The hyperbolic tangent of each entry.
public func tanh(_ a: Vector) -> Vector { a.map { Foundation.tanh($0) } }
/// The hyperbolic tangent of each entry.
public func tanh(_ a: Matrix) -> Matrix { a.map { Foundation.tanh($0) } }
/// The absolute value of each entry.
public func abs(_ a: Vector) -> Vector { a.map { Swift.abs($0) } }
/// The absolute value of each entry.
public func abs(_ a: Matrix) -> Matrix { a.map { Swift.abs($0) } }
/// Each entry raised to `power`.
public func pow(_ a: Vector, _ power: Double) -> Vector { a.map { Foundation.pow($0, power) } }
/// Each entry raised to `power`.
public func pow(_ a: Matrix, _ power: Double) -> Matrix { a.map { Foundation.pow($0, power) } }

/// The logistic sigmoid 1 / (1 + e⁻ˣ); `sigmoid(0)` is 0.5.
///
/// Computed so that neither tail overflows: for x < 0 it uses eˣ / (1 + eˣ).
public func sigmoid(_ x: Double) -> Double {
    if x >= 0 { return 1 / (1 + Foundation.exp(-x)) }
    let e = Foundation.exp(x)
    return e / (1 + e)
}

/// The logistic sigmoid of a scalar; the same as `sigmoid(_:)`.
public func sigmoid(x: Double) -> Double { sigmoid(x) }
/// The logistic sigmoid of each entry.
public func sigmoid(_ a: Vector) -> Vector { a.map { sigmoid($0) } }
/// The logistic sigmoid of each entry.
public func sigmoid(_ a: Matrix) -> Matrix { a.map { sigmoid($0) } }

/// The rectifier max(0, x); NaN stays NaN so a bad value is not hidden.
public func relu(_ x: Double) -> Double { x < 0 ? 0 : x }
/// The rectifier of a scalar; the same as `relu(_:)`.
public func relu(x: Double) -> Double { relu(x) }
/// The rectifier of each entry.
public func relu(_ a: Vector) -> Vector { a.map { relu($0) } }
/// The rectifier of each entry.
public func relu(_ a: Matrix) -> Matrix { a.map { relu($0) } }

"""#),
        ("KernelRuntime.swift", ##"""
// Kernels import only KernelKit; re-exporting Foundation gives them exp, log, sqrt
// and String(format:) on plain Doubles without a second import.
@_exported import Foundation

/// Settings shared by every KernelKit call: where failures go and where trace lines go.
///
/// A kernel never touches these. They exist so that tests (and a host that runs
/// kernels in-process) can capture what a kernel would write, instead of exiting:
///
/// ```swift
/// let failures = KernelRuntime.collectingFailures {
///     _ = matmul(Matrix.zeros(4, 3), Matrix.zeros(4, 4))
/// }
/// // failures[0].description == "matmul: 4×3 · 4×4, inner sizes 3 and 4 differ (line 2)"
///
/// let lines = KernelRuntime.capturingTrace { say("hello") }
/// // lines == [#"{"kind":"say","text":"hello","line":…}"#]
/// ```
///
/// Both settings are task-local, so tests running in parallel do not see each other.
// Not named `KernelKit`: a type with the module's name would hide the module, and a kernel
// could no longer write `KernelKit.softmax` to reach ours past its own `softmax`.
public enum KernelRuntime {
    /// Receives a failure; the default prints it to standard error and exits with status 70.
    ///
    /// If a replacement returns, the failing operation returns a placeholder value
    /// (zeros of a plausible shape, or NaN) and the kernel carries on.
    public typealias FailureHandler = @Sendable (KernelKitFailure) -> Void

    /// Receives one trace event as a single line of JSON, without the newline.
    public typealias TraceSink = @Sendable (String) -> Void

    /// The exit status of a kernel stopped by a KernelKit error.
    public static let failureExitStatus: Int32 = 70

    /// Where failures go; bind with `KernelRuntime.$failureHandler.withValue(…) { … }`.
    @TaskLocal public static var failureHandler: FailureHandler = reportAndExit

    /// Where trace lines go; bind with `KernelRuntime.$traceSink.withValue(…) { … }`.
    @TaskLocal public static var traceSink: TraceSink = writeLineToStandardOutput

    /// The default failure handler: `KernelKit error: …` on standard error, flush, exit 70.
    public static let reportAndExit: FailureHandler = { failure in
        // Flush whatever the kernel printed itself before the process ends.
        fflush(nil)
        let text = "KernelKit error: \(failure.description)\n"
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
        exit(failureExitStatus)
    }

    /// The default trace sink: one line on standard output, written at once.
    public static let writeLineToStandardOutput: TraceSink = { line in
        // FileHandle writes straight to the descriptor; fflush keeps any print()
        // output the kernel made in the right order before this line.
        fflush(nil)
        try? FileHandle.standardOutput.write(contentsOf: Data((line + "\n").utf8))
    }

    /// Runs `body` with failures recorded instead of fatal, and returns them in order.
    public static func collectingFailures(_ body: () throws -> Void) rethrows -> [KernelKitFailure] {
        let box = LockedList<KernelKitFailure>()
        try $failureHandler.withValue({ box.append($0) }, operation: body)
        return box.items
    }

    /// Runs `body` with trace lines captured in memory, and returns them in order.
    public static func capturingTrace(_ body: () throws -> Void) rethrows -> [String] {
        let box = LockedList<String>()
        try $traceSink.withValue({ box.append($0) }, operation: body)
        return box.items
    }

    /// Reports a failure through the current handler.
    static func fail(_ message: String, line: Int? = nil) {
        failureHandler(KernelKitFailure(message: message, line: line))
    }
}

/// A shape mismatch, an index out of range, or another misuse that stops a kernel.
public struct KernelKitFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, naming the operation and the shapes, e.g. `+: 2×3 and 3×2 differ in shape`.
    public let message: String
    /// The kernel's source line of the failing call, when the call could record it.
    public let line: Int?

    public init(message: String, line: Int?) {
        self.message = message
        self.line = line
    }

    /// The message with ` (line N)` appended when the line is known.
    public var description: String {
        guard let line else { return message }
        return "\(message) (line \(line))"
    }
}

/// An append-only list that closures from any thread may add to.
final class LockedList<Item: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Item] = []

    func append(_ item: Item) {
        lock.lock()
        storage.append(item)
        lock.unlock()
    }

    var items: [Item] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// How shapes are named in error messages: `4×3`, or `vector of 4`.
enum ShapeText {
    static func matrix(_ rows: Int, _ cols: Int) -> String { "\(rows)×\(cols)" }
    static func vector(_ count: Int) -> String { "vector of \(count)" }
    static func entries(_ count: Int) -> String { count == 1 ? "1 entry" : "\(count) entries" }
}

"""##),
        ("LinearAlgebra.swift", ##"""
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

"""##),
        ("Masks.swift", ##"""
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

"""##),
        ("Matrix.swift", ##"""
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

"""##),
        ("MatrixArithmetic.swift", #"""
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

"""#),
        ("MatrixReductions.swift", #"""
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

"""#),
        ("MatrixSlicing.swift", ##"""
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

"""##),
        ("SeededRandom.swift", #"""
/// A seeded pseudo-random generator whose sequence for a given seed never changes.
///
/// The algorithm is xoshiro256** (Blackman and Vigna, 2018), its 256-bit state filled by
/// four outputs of SplitMix64 started at `seed`. `uniform()` takes the top 53 bits of
/// `next()`, and `normal()` uses the Box–Muller transform on two uniforms (no value is
/// cached, so every call to `normal()` consumes exactly two outputs). Kernels rely on
/// this to replay the same "random" weights forever: do not change any of it.
///
/// ```swift
/// var rng = SeededRandom(seed: 42)
/// let w = rng.normal() * 0.02
/// let W = Matrix.randomNormal(rows: 4, cols: 4, seed: 7, std: 0.5)
/// ```
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator started from `seed`.
    public init(seed: UInt64) {
        var splitMix = seed
        func nextSplitMix() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (nextSplitMix(), nextSplitMix(), nextSplitMix(), nextSplitMix())
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotateLeft(state.3, 45)
        return result
    }

    /// A uniform number in [0, 1): the top 53 bits of `next()` times 2⁻⁵³.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform number in [low, high).
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * uniform()
    }

    /// A standard normal number (mean 0, standard deviation 1) by Box–Muller:
    /// √(−2 ln(1 − u₁)) · cos(2π u₂) with u₁, u₂ the next two uniforms.
    public mutating func normal() -> Double {
        // 1 − u lies in (0, 1], so the log is finite.
        let u1 = 1 - uniform()
        let u2 = uniform()
        return (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
    }

    /// A normal number with the given mean and standard deviation.
    public mutating func normal(mean: Double, std: Double) -> Double {
        mean + std * normal()
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}

extension Matrix {
    /// A matrix of uniform numbers in [low, high), filled row by row from `SeededRandom(seed:)`.
    public static func random(rows: Int, cols: Int, seed: UInt64, low: Double = 0, high: Double = 1) -> Matrix {
        var rng = SeededRandom(seed: seed)
        return random(rows: rows, cols: cols, using: &rng, low: low, high: high)
    }

    /// A matrix of uniform numbers in [low, high), drawn row by row from `rng`.
    public static func random(rows: Int, cols: Int, using rng: inout SeededRandom, low: Double = 0, high: Double = 1) -> Matrix {
        let count = Swift.max(0, rows) * Swift.max(0, cols)
        let data = (0..<count).map { _ in rng.uniform(low, high) }
        return Matrix(rows: Swift.max(0, rows), cols: Swift.max(0, cols), uncheckedElements: data)
    }

    /// A matrix of normal numbers (mean 0, standard deviation `std`), filled row by row from `SeededRandom(seed:)`.
    public static func randomNormal(rows: Int, cols: Int, seed: UInt64, std: Double = 1) -> Matrix {
        var rng = SeededRandom(seed: seed)
        return randomNormal(rows: rows, cols: cols, using: &rng, std: std)
    }

    /// A matrix of normal numbers (mean 0, standard deviation `std`), drawn row by row from `rng`.
    public static func randomNormal(rows: Int, cols: Int, using rng: inout SeededRandom, std: Double = 1) -> Matrix {
        let count = Swift.max(0, rows) * Swift.max(0, cols)
        let data = (0..<count).map { _ in std * rng.normal() }
        return Matrix(rows: Swift.max(0, rows), cols: Swift.max(0, cols), uncheckedElements: data)
    }
}

extension Vector {
    /// A vector of uniform numbers in [low, high) from `SeededRandom(seed:)`.
    public static func random(count: Int, seed: UInt64, low: Double = 0, high: Double = 1) -> Vector {
        Vector(Matrix.random(rows: 1, cols: count, seed: seed, low: low, high: high).elements)
    }

    /// A vector of normal numbers (mean 0, standard deviation `std`) from `SeededRandom(seed:)`.
    public static func randomNormal(count: Int, seed: UInt64, std: Double = 1) -> Vector {
        Vector(Matrix.randomNormal(rows: 1, cols: count, seed: seed, std: std).elements)
    }
}

"""#),
        ("Softmax.swift", #"""
// Softmax and log-sum-exp, always max-subtracted so that large logits do not overflow.

/// The softmax of `a`: exp(aᵢ − max) / Σ exp(aⱼ − max), which sums to 1.
///
/// ```swift
/// softmax([1000, 1001, 1002])   // [0.090031, 0.244728, 0.665241]; the naive form gives NaN
/// ```
///
/// Entries of −∞ (masked) get weight exactly 0. If every entry is −∞ there is nothing to
/// normalise: 0/0 has no honest answer, so every weight is NaN rather than a made-up
/// distribution, and the NaN shows up in the trace where the mistake is.
public func softmax(_ a: Vector) -> Vector {
    let top = a.max
    let shifted = a.map { Foundation.exp($0 - top) }
    return shifted / shifted.sum
}

/// The softmax of each row of `a` (attention weights: each row sums to 1).
///
/// Max-subtracted per row; −∞ entries get weight 0, and a row that is entirely −∞ becomes
/// a row of NaN (see `softmax(_:)`: there is no distribution over zero allowed entries).
public func softmaxRows(_ a: Matrix) -> Matrix {
    Matrix(rows: a.rows, cols: a.cols, uncheckedElements: a.rowVectors.flatMap { softmax($0).elements })
}

/// log Σ exp(aᵢ), computed as max + log Σ exp(aᵢ − max).
///
/// ```swift
/// logSumExp([1000, 1001, 1002])   // 1002.407606
/// ```
/// All −∞ gives −∞ (the log of an empty sum); an empty vector gives −∞ too.
public func logSumExp(_ a: Vector) -> Double {
    let top = a.max
    guard top.isFinite else { return top }
    return top + Foundation.log(a.elements.reduce(0) { $0 + Foundation.exp($1 - top) })
}

/// The log-softmax aᵢ − logSumExp(a), stable for large logits.
public func logSoftmax(_ a: Vector) -> Vector {
    a - logSumExp(a)
}

/// The log-sum-exp of each row of `a`.
public func logSumExpRows(_ a: Matrix) -> Vector {
    Vector(a.rowVectors.map(logSumExp))
}

/// The log-softmax of each row of `a`.
public func logSoftmaxRows(_ a: Matrix) -> Matrix {
    Matrix(rows: a.rows, cols: a.cols, uncheckedElements: a.rowVectors.flatMap { logSoftmax($0).elements })
}

"""#),
        ("Trace.swift", ##"""
// The tracing calls a kernel makes. Each writes one JSON object as one line on standard
// output (through KernelRuntime.traceSink), flushed at once so a host reading the pipe sees
// every event as it happens, even if the kernel crashes later.

/// Records a step: a title, an optional note, and the named tensors as they are now.
///
/// ```swift
/// step("Inputs", ["Q": Q, "K": K, "d_k": 4.0])
/// step("Scale by 1/√d_k", note: "Each score is divided by 2 = √4.", ["scaled": S / 2])
/// ```
/// Writes `{"kind":"step","title":…,"note":…,"line":N,"tensors":[{"name":…,"shape":[…],"data":[…]}]}`.
/// The order of the pairs is kept. `line` is the caller's line; leave it out.
public func step(_ title: String, note: String = "", _ tensors: KeyValuePairs<String, any Traceable> = [:], line: Int = #line) {
    let encoded = tensors.map { TraceJSON.tensor(name: $0.key, value: $0.value) }
    emit([
        ("kind", TraceJSON.string("step")),
        ("title", TraceJSON.string(title)),
        ("note", TraceJSON.string(note)),
        ("line", String(line)),
        ("tensors", TraceJSON.array(encoded)),
    ])
}

/// Asks the learner to predict one entry of a matrix shown by the NEXT step, before it is revealed.
///
/// ```swift
/// ask("What is weights[0][2]?", tensor: "weights", at: (0, 2))
/// step("Softmax each row", ["weights": P])
/// ```
/// Writes `{"kind":"ask","question":…,"tensor":"weights","index":[0,2],"line":N}`.
public func ask(_ question: String, tensor: String, at index: (Int, Int), line: Int = #line) {
    emitAsk(question, tensor: tensor, index: [index.0, index.1], line: line)
}

/// Asks the learner to predict one entry of a vector shown by the next step (index `[i]`).
public func ask(_ question: String, tensor: String, at index: Int, line: Int = #line) {
    emitAsk(question, tensor: tensor, index: [index], line: line)
}

/// Asks the learner to predict a scalar shown by the next step (index `[]`).
public func ask(_ question: String, tensor: String, line: Int = #line) {
    emitAsk(question, tensor: tensor, index: [], line: line)
}

/// Prints a line of explanation between steps.
///
/// Writes `{"kind":"say","text":…,"line":N}`.
public func say(_ text: String, line: Int = #line) {
    emit([
        ("kind", TraceJSON.string("say")),
        ("text", TraceJSON.string(text)),
        ("line", String(line)),
    ])
}

private func emitAsk(_ question: String, tensor: String, index: [Int], line: Int) {
    emit([
        ("kind", TraceJSON.string("ask")),
        ("question", TraceJSON.string(question)),
        ("tensor", TraceJSON.string(tensor)),
        ("index", TraceJSON.array(index.map(String.init))),
        ("line", String(line)),
    ])
}

private func emit(_ fields: [(String, String)]) {
    KernelRuntime.traceSink(TraceJSON.object(fields))
}

"""##),
        ("TraceJSON.swift", #"""
/// The small JSON writer behind the trace: fixed key order, shortest round-trip numbers.
///
/// Foundation's JSONEncoder would reorder keys; the trace protocol fixes the order
/// (`kind` first) so that lines are stable and easy to diff against recordings.
enum TraceJSON {
    /// A number in its shortest round-trip form (`4.0`, `0.1`, `1e-05`); non-finite numbers
    /// become the strings `"inf"`, `"-inf"` and `"nan"`, since JSON has no such numbers.
    static func number(_ x: Double) -> String {
        if x.isNaN { return "\"nan\"" }
        if x.isInfinite { return x < 0 ? "\"-inf\"" : "\"inf\"" }
        return x.description
    }

    /// `text` as a JSON string literal: quotes, backslashes and control characters escaped,
    /// everything else (all of Unicode) kept as UTF-8.
    static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `[a,b,c]` from already-encoded items.
    static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ",") + "]"
    }

    /// `{"k":v,…}` from already-encoded values, keys in the given order.
    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    /// One tensor: `{"name":…,"shape":[…],"data":[…]}`.
    static func tensor(name: String, value: any Traceable) -> String {
        object([
            ("name", string(name)),
            ("shape", array(value.traceShape.map(String.init))),
            ("data", array(value.traceData.map(number))),
        ])
    }
}

"""#),
        ("Traceable.swift", #"""
/// A value that `step` can record as a tensor: a shape and its numbers, row-major.
///
/// Matrix, Vector, Double, Int, [Double] and [Int] conform; a scalar has shape `[]`,
/// a vector `[n]`, a matrix `[rows, cols]`.
public protocol Traceable {
    /// `[]`, `[n]` or `[rows, cols]`.
    var traceShape: [Int] { get }
    /// The numbers, row-major; as many as the shape holds.
    var traceData: [Double] { get }
}

extension Matrix: Traceable {
    public var traceShape: [Int] { [rows, cols] }
    public var traceData: [Double] { elements }
}

extension Vector: Traceable {
    public var traceShape: [Int] { [count] }
    public var traceData: [Double] { elements }
}

/// A number that can stand as a scalar tensor, or fill a `[n]` tensor from an array.
public protocol TraceNumber: Traceable {
    /// The number as a Double.
    var traceNumber: Double { get }
}

extension TraceNumber {
    public var traceShape: [Int] { [] }
    public var traceData: [Double] { [traceNumber] }
}

extension Double: TraceNumber {
    public var traceNumber: Double { self }
}

extension Int: TraceNumber {
    public var traceNumber: Double { Double(self) }
}

extension Array: Traceable where Element: TraceNumber {
    public var traceShape: [Int] { [count] }
    public var traceData: [Double] { map(\.traceNumber) }
}

"""#),
        ("Vector.swift", ##"""
/// A vector of `Double`, treated as a row vector wherever it meets a matrix.
///
/// ```swift
/// let a: Vector = [1, 2, 2, 0]
/// let b: Vector = [2, 0, 1, 2]
/// step("Dot product", ["a⊙b": a * b, "a·b": dot(a, b)])   // [2, 0, 2, 0] and 4
/// say("‖a‖₂ = \(a.norm)")                                 // 3
/// ```
///
/// Indexing outside the vector stops the kernel with a message that names the index,
/// the length and the source line.
public struct Vector: Sendable, Equatable, ExpressibleByArrayLiteral, CustomStringConvertible {
    /// The entries, first to last.
    public var elements: [Double]

    /// A vector holding `elements`.
    public init(_ elements: [Double]) {
        self.elements = elements
    }

    /// A vector of `count` copies of `value`.
    public init(count: Int, repeating value: Double) {
        self.elements = Array(repeating: value, count: Swift.max(0, count))
    }

    /// A vector of integers converted to `Double`.
    public init(_ integers: [Int]) {
        self.elements = integers.map(Double.init)
    }

    /// A vector from a literal, `[1, 2, 2, 0]`.
    public init(arrayLiteral elements: Double...) {
        self.elements = elements
    }

    /// A vector of `count` zeros.
    public static func zeros(_ count: Int) -> Vector { Vector(count: count, repeating: 0) }

    /// A vector of `count` ones.
    public static func ones(_ count: Int) -> Vector { Vector(count: count, repeating: 1) }

    /// The number of entries.
    public var count: Int { elements.count }

    /// The entry at `index`; out of range stops the kernel (or reads NaN under a test handler).
    public subscript(_ index: Int, line line: Int = #line) -> Double {
        get {
            guard checkIndex(index, line: line) else { return .nan }
            return elements[index]
        }
        set {
            guard checkIndex(index, line: line) else { return }
            elements[index] = newValue
        }
    }

    /// The entries in `range` as a new vector.
    public subscript(_ range: Range<Int>, line line: Int = #line) -> Vector {
        guard range.lowerBound >= 0, range.upperBound <= count else {
            KernelRuntime.fail("range \(range.lowerBound)..<\(range.upperBound) is outside a \(ShapeText.vector(count))", line: line)
            return Vector(count: range.count, repeating: .nan)
        }
        return Vector(Array(elements[range]))
    }

    /// A vector with `transform` applied to every entry.
    public func map(_ transform: (Double) throws -> Double) rethrows -> Vector {
        Vector(try elements.map(transform))
    }

    /// The entries as `[1.0, 2.0, …]`.
    public var description: String {
        "[" + elements.map { $0.description }.joined(separator: ", ") + "]"
    }

    private func checkIndex(_ index: Int, line: Int) -> Bool {
        guard index >= 0, index < count else {
            KernelRuntime.fail("index \(index) is outside a \(ShapeText.vector(count))", line: line)
            return false
        }
        return true
    }
}

"""##),
        ("VectorArithmetic.swift", #"""
// Element-wise arithmetic on vectors: two vectors must have the same length.

extension Vector {
    /// Applies `operation` entry by entry; a length mismatch stops the kernel.
    static func zip(_ a: Vector, _ b: Vector, symbol: String, _ operation: (Double, Double) -> Double) -> Vector {
        guard a.count == b.count else {
            KernelRuntime.fail("\(symbol): \(ShapeText.vector(a.count)) and \(ShapeText.vector(b.count)) differ in shape")
            return Vector(count: Swift.max(a.count, b.count), repeating: .nan)
        }
        var out = [Double](repeating: 0, count: a.count)
        for k in 0..<out.count { out[k] = operation(a.elements[k], b.elements[k]) }
        return Vector(out)
    }

    /// Entry-wise sum of two vectors of the same length.
    public static func + (a: Vector, b: Vector) -> Vector { zip(a, b, symbol: "+", +) }
    /// Entry-wise difference.
    public static func - (a: Vector, b: Vector) -> Vector { zip(a, b, symbol: "-", -) }
    /// Entry-wise (Hadamard) product, not the dot product: use `dot` for that.
    public static func * (a: Vector, b: Vector) -> Vector { zip(a, b, symbol: "*", *) }
    /// Entry-wise quotient.
    public static func / (a: Vector, b: Vector) -> Vector { zip(a, b, symbol: "/", /) }

    /// `s` added to every entry.
    public static func + (a: Vector, s: Double) -> Vector { a.map { $0 + s } }
    /// `s` subtracted from every entry.
    public static func - (a: Vector, s: Double) -> Vector { a.map { $0 - s } }
    /// Every entry scaled by `s`.
    public static func * (a: Vector, s: Double) -> Vector { a.map { $0 * s } }
    /// Every entry divided by `s`.
    public static func / (a: Vector, s: Double) -> Vector { a.map { $0 / s } }
    /// `s` plus every entry.
    public static func + (s: Double, a: Vector) -> Vector { a.map { s + $0 } }
    /// `s` minus every entry.
    public static func - (s: Double, a: Vector) -> Vector { a.map { s - $0 } }
    /// Every entry scaled by `s`.
    public static func * (s: Double, a: Vector) -> Vector { a.map { s * $0 } }
    /// `s` divided by every entry.
    public static func / (s: Double, a: Vector) -> Vector { a.map { s / $0 } }

    /// Every entry negated.
    public static prefix func - (a: Vector) -> Vector { a.map { -$0 } }

    /// `a = a + b`.
    public static func += (a: inout Vector, b: Vector) { a = a + b }
    /// `a = a - b`.
    public static func -= (a: inout Vector, b: Vector) { a = a - b }
    /// `a = a * b`.
    public static func *= (a: inout Vector, b: Vector) { a = a * b }
    /// `a = a / b`.
    public static func /= (a: inout Vector, b: Vector) { a = a / b }
    /// `a = a + s`.
    public static func += (a: inout Vector, s: Double) { a = a + s }
    /// `a = a - s`.
    public static func -= (a: inout Vector, s: Double) { a = a - s }
    /// `a = a * s`.
    public static func *= (a: inout Vector, s: Double) { a = a * s }
    /// `a = a / s`.
    public static func /= (a: inout Vector, s: Double) { a = a / s }
}

"""#),
        ("VectorReductions.swift", ##"""
// Summaries of a vector: sums, extremes and norms.

extension Vector {
    /// The sum of the entries (0 for an empty vector).
    public var sum: Double { elements.reduce(0, +) }

    /// The arithmetic mean (NaN for an empty vector).
    public var mean: Double { count == 0 ? .nan : sum / Double(count) }

    /// The population variance, the mean squared distance from the mean (divides by n).
    public var variance: Double {
        let m = mean
        return count == 0 ? .nan : elements.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(count)
    }

    /// The largest entry (−∞ for an empty vector).
    public var max: Double { elements.max() ?? -.infinity }

    /// The smallest entry (+∞ for an empty vector).
    public var min: Double { elements.min() ?? .infinity }

    /// The index of the largest entry, the first one on a tie (−1 for an empty vector).
    public var argmax: Int {
        var best = -1
        for (k, x) in elements.enumerated() where best < 0 || x > elements[best] { best = k }
        return best
    }

    /// The index of the smallest entry, the first one on a tie (−1 for an empty vector).
    public var argmin: Int {
        var best = -1
        for (k, x) in elements.enumerated() where best < 0 || x < elements[best] { best = k }
        return best
    }

    /// The Euclidean (L2) norm, √(Σ xᵢ²).
    public var norm: Double { elements.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// The L1 norm, Σ |xᵢ|.
    public var l1Norm: Double { elements.reduce(0) { $0 + Swift.abs($1) } }

    /// The L∞ norm, max |xᵢ| (0 for an empty vector).
    public var maxNorm: Double { elements.reduce(0) { Swift.max($0, Swift.abs($1)) } }

    /// The vector divided by its L2 norm, a unit vector (NaN entries for the zero vector).
    public var normalized: Vector { self / norm }
}

/// The cosine of the angle between two vectors: `dot(a, b) / (‖a‖ ‖b‖)`.
public func cosineSimilarity(_ a: Vector, _ b: Vector, line: Int = #line) -> Double {
    dot(a, b, line: line) / (a.norm * b.norm)
}

"""##),
    ]
}
