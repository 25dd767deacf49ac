import Foundation

/// The settings of an FSRS-6 scheduler: the 21 model weights plus the scheduling knobs.
///
/// `FSRSParameters.defaults` is py-fsrs 6.3.2's `Scheduler()` except that the
/// caller chooses fuzzing (on in the app, off in `attend srs replay`). Custom
/// values go through the throwing initialiser, which applies py-fsrs's bounds,
/// so a scheduler never runs on weights that would make the formulas meaningless.
public struct FSRSParameters: Hashable, Sendable {
    /// py-fsrs `DEFAULT_PARAMETERS` (FSRS-6), `w[0]` … `w[20]`.
    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956,      // initial stability for Again, Hard, Good, Easy
        6.4133, 0.8334, 3.0194, 0.001,      // initial difficulty, its exponent, difficulty step, mean reversion
        1.8722, 0.1666, 0.796,              // recall stability
        1.4835, 0.0614, 0.2629, 1.6483,     // forget stability
        0.6014, 1.8729,                     // hard penalty, easy bonus
        0.5425, 0.0912, 0.0658,             // same-day (short-term) stability
        0.1542,                             // decay of the forgetting curve
    ]

    /// py-fsrs's lower bounds for each weight (`LOWER_BOUNDS_PARAMETERS`).
    static let lowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ]

    /// py-fsrs's upper bounds for each weight (`UPPER_BOUNDS_PARAMETERS`).
    static let upperBounds: [Double] = [
        100, 100, 100, 100, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]

    /// Defaults with fuzzing on, as the app schedules.
    public static let defaults = FSRSParameters(
        uncheckedWeights: defaultWeights, desiredRetention: 0.9,
        learningSteps: [60, 600], relearningSteps: [600],
        maximumInterval: 36_500, enableFuzzing: true)

    /// Defaults with fuzzing off: what `attend srs replay` and py-fsrs comparisons use.
    public static let replay = defaults.withFuzzing(false)

    /// The 21 FSRS-6 weights `w[0]` … `w[20]`.
    public let weights: [Double]
    /// The recall probability the scheduler aims for when a card comes due (0.9).
    public let desiredRetention: Double
    /// Learning step durations in seconds ([60, 600]).
    public let learningSteps: [TimeInterval]
    /// Relearning step durations in seconds ([600]).
    public let relearningSteps: [TimeInterval]
    /// The longest interval in whole days (36,500).
    public let maximumInterval: Int
    /// Whether review-state intervals get a small seeded random spread.
    public var enableFuzzing: Bool

    /// Why a set of custom parameters was refused.
    public struct Invalid: Error, Equatable, Sendable, CustomStringConvertible {
        public var problems: [String]
        public var description: String { problems.joined(separator: "; ") }
    }

    /// Custom parameters, checked the way py-fsrs checks them.
    public init(
        weights: [Double] = FSRSParameters.defaultWeights,
        desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36_500,
        enableFuzzing: Bool = true
    ) throws(Invalid) {
        var problems: [String] = []
        if weights.count != Self.lowerBounds.count {
            problems.append("expected \(Self.lowerBounds.count) weights, got \(weights.count)")
        } else {
            for (index, value) in weights.enumerated()
            where !(Self.lowerBounds[index] <= value && value <= Self.upperBounds[index]) {
                problems.append("w[\(index)] = \(value) is outside \(Self.lowerBounds[index])…\(Self.upperBounds[index])")
            }
        }
        if !(desiredRetention > 0 && desiredRetention < 1) {
            problems.append("desired retention \(desiredRetention) must be between 0 and 1")
        }
        if (learningSteps + relearningSteps).contains(where: { !($0 > 0 && $0.isFinite) }) {
            problems.append("learning and relearning steps must be positive durations")
        }
        if maximumInterval < 1 {
            problems.append("maximum interval must be at least 1 day")
        }
        guard problems.isEmpty else { throw Invalid(problems: problems) }
        self.init(uncheckedWeights: weights, desiredRetention: desiredRetention,
                  learningSteps: learningSteps, relearningSteps: relearningSteps,
                  maximumInterval: maximumInterval, enableFuzzing: enableFuzzing)
    }

    private init(uncheckedWeights: [Double], desiredRetention: Double,
                 learningSteps: [TimeInterval], relearningSteps: [TimeInterval],
                 maximumInterval: Int, enableFuzzing: Bool) {
        self.weights = uncheckedWeights
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.enableFuzzing = enableFuzzing
    }

    /// The same parameters with fuzzing switched on or off.
    public func withFuzzing(_ enabled: Bool) -> FSRSParameters {
        var copy = self
        copy.enableFuzzing = enabled
        return copy
    }
}
