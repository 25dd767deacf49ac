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
