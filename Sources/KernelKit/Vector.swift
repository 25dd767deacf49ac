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
