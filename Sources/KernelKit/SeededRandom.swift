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
