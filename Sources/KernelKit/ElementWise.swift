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
