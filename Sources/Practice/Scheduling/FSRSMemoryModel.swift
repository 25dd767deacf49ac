import Foundation

/// The FSRS-6 memory formulas: how stability and difficulty change at a review.
///
/// Each formula keeps py-fsrs 6.3.2's evaluation order and computes `e^x` as
/// `pow(M_E, x)` like Python's `math.e ** x`, so results agree with the
/// reference to about 1e-15 (see /work/shared/reference/FSRS.md §4, §8).
/// Values that do not depend on the card are computed once here, from the same
/// expressions py-fsrs evaluates on every call, so they are bit-identical.
struct FSRSMemoryModel: Sendable {
    static let minimumStability = 0.001
    static let minimumDifficulty = 1.0
    static let maximumDifficulty = 10.0

    /// `-w[20]`: the (negative) exponent of the power-law forgetting curve.
    let decay: Double
    /// `0.9^(1/decay) - 1`, chosen so that R(t = S) = 0.9 (a literal 0.9, not the desired retention).
    let factor: Double
    /// `desiredRetention^(1/decay) - 1`: the interval formula's second factor.
    let intervalFactor: Double
    let maximumInterval: Int

    private let initialStability: (Double, Double, Double, Double)
    private let initialDifficultyRaw: (Double, Double, Double, Double)
    /// `e^(w17 * (G - 3 + w18))` for G = 1…4: the short-term increase before the `S^-w19` term.
    private let shortTermBase: (Double, Double, Double, Double)
    private let w6, w7, w9, w10, w11, w12, w13, w14, w15, w16, w19: Double
    private let expW8: Double
    private let forgetShortTermDivisor: Double

    init(_ parameters: FSRSParameters) {
        let w = parameters.weights
        decay = -w[20]
        factor = pow(0.9, 1.0 / decay) - 1.0
        intervalFactor = pow(parameters.desiredRetention, 1.0 / decay) - 1.0
        maximumInterval = parameters.maximumInterval
        initialStability = (max(w[0], Self.minimumStability), max(w[1], Self.minimumStability),
                            max(w[2], Self.minimumStability), max(w[3], Self.minimumStability))
        func d0(_ g: Int) -> Double { w[4] - pow(M_E, w[5] * Double(g - 1)) + 1 }
        initialDifficultyRaw = (d0(1), d0(2), d0(3), d0(4))
        func base(_ g: Int) -> Double { pow(M_E, w[17] * (Double(g - 3) + w[18])) }
        shortTermBase = (base(1), base(2), base(3), base(4))
        (w6, w7, w9, w10) = (w[6], w[7], w[9], w[10])
        (w11, w12, w13, w14) = (w[11], w[12], w[13], w[14])
        (w15, w16, w19) = (w[15], w[16], w[19])
        expW8 = pow(M_E, w[8])
        forgetShortTermDivisor = pow(M_E, w[17] * w[18])
    }

    static func clampStability(_ s: Double) -> Double { max(s, minimumStability) }
    static func clampDifficulty(_ d: Double) -> Double { min(max(d, minimumDifficulty), maximumDifficulty) }

    /// S0(G) = w[G-1].
    func initialStability(_ rating: Rating) -> Double { pick(initialStability, rating) }

    /// D0(G) = w4 - e^(w5 (G-1)) + 1, clamped to 1…10.
    func initialDifficulty(_ rating: Rating) -> Double {
        Self.clampDifficulty(pick(initialDifficultyRaw, rating))
    }

    /// Probability of recall after `elapsedDays` whole days: (1 + factor·t/S)^decay.
    func retrievability(elapsedDays: Int, stability: Double) -> Double {
        let t = Double(max(0, elapsedDays))
        return pow(1 + factor * t / stability, decay)
    }

    /// Linear damping towards 10, then mean reversion towards the *unclamped* D0(Easy).
    func nextDifficulty(_ difficulty: Double, _ rating: Rating) -> Double {
        let delta = -(w6 * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        let reverted = w7 * initialDifficultyRaw.3 + (1 - w7) * damped
        return Self.clampDifficulty(reverted)
    }

    /// Stability after a review on the same day as the previous one (elapsed < 1 day).
    func shortTermStability(_ stability: Double, _ rating: Rating) -> Double {
        var increase = pick(shortTermBase, rating) * pow(stability, -w19)
        if rating != .again { increase = max(increase, 1.0) }
        return Self.clampStability(stability * increase)
    }

    /// Stability after a review at least one day later: recall growth or forget drop.
    func longTermStability(difficulty: Double, stability: Double, retrievability r: Double,
                           rating: Rating) -> Double {
        if rating == .again {
            let long = w11 * pow(difficulty, -w12) * (pow(stability + 1, w13) - 1)
                * pow(M_E, (1 - r) * w14)
            let short = stability / forgetShortTermDivisor
            return Self.clampStability(short < long ? short : long)
        }
        let hardPenalty = rating == .hard ? w15 : 1
        let easyBonus = rating == .easy ? w16 : 1
        let growth = expW8 * (11 - difficulty) * pow(stability, -w9)
            * (pow(M_E, (1 - r) * w10) - 1) * hardPenalty * easyBonus
        return Self.clampStability(stability * (1 + growth))
    }

    /// Whole-day interval for a stability: Python `round` (ties to even), then 1…maximumInterval.
    func intervalDays(stability: Double) -> Int {
        let raw = (stability / factor) * intervalFactor
        let rounded = raw.rounded(.toNearestOrEven)
        // Compare in Double first so an enormous or NaN stability cannot trap the Int conversion.
        guard rounded < Double(maximumInterval) else { return maximumInterval }
        guard rounded >= 1 else { return 1 }
        return Int(rounded)
    }

    private func pick(_ values: (Double, Double, Double, Double), _ rating: Rating) -> Double {
        switch rating {
        case .again: values.0
        case .hard: values.1
        case .good: values.2
        case .easy: values.3
        }
    }
}
