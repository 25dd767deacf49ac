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
