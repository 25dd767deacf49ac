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
