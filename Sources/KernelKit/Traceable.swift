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
