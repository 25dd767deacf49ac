import Testing
@testable import Practice

/// The defaults must be py-fsrs 6.3.2's, number for number (FSRS.md §2).
@Suite struct FSRSParametersTests {
    @Test func defaultWeightsMatchTheReferenceTable() {
        let expected: [Double] = [
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
        ]
        #expect(FSRSParameters.defaults.weights == expected)
    }

    @Test func defaultSchedulingSettings() {
        let defaults = FSRSParameters.defaults
        #expect(defaults.desiredRetention == 0.9)
        #expect(defaults.learningSteps == [60, 600])
        #expect(defaults.relearningSteps == [600])
        #expect(defaults.maximumInterval == 36_500)
        #expect(defaults.enableFuzzing == true)
        #expect(FSRSParameters.replay.enableFuzzing == false)
        #expect(FSRSParameters.replay.weights == defaults.weights)
    }

    @Test func derivedConstantsMatchReference() {
        let model = FSRSMemoryModel(.defaults)
        #expect(model.decay == -0.1542)
        #expect(abs(model.factor - 0.9803464944134797) < 1e-15)
    }

    @Test func customWeightsOutOfBoundsAreRefused() {
        var weights = FSRSParameters.defaultWeights
        weights[20] = 0.05  // decay lower bound is 0.1
        #expect(throws: FSRSParameters.Invalid.self) { try FSRSParameters(weights: weights) }
        #expect(throws: FSRSParameters.Invalid.self) { try FSRSParameters(weights: [1, 2, 3]) }
        #expect(throws: FSRSParameters.Invalid.self) { try FSRSParameters(desiredRetention: 1.2) }
        #expect(throws: FSRSParameters.Invalid.self) { try FSRSParameters(maximumInterval: 0) }
        #expect(throws: FSRSParameters.Invalid.self) { try FSRSParameters(learningSteps: [-60]) }
    }

    @Test func customWeightsWithinBoundsAreAccepted() throws {
        var weights = FSRSParameters.defaultWeights
        weights[3] = 2.5
        let parameters = try FSRSParameters(weights: weights, enableFuzzing: false)
        #expect(parameters.weights[3] == 2.5)
        #expect(parameters.enableFuzzing == false)
    }

    @Test func ratingAndStateCodes() {
        #expect(Rating.allCases.map(\.rawValue) == [1, 2, 3, 4])
        #expect(CardState.allCases.map(\.rawValue) == ["learning", "review", "relearning"])
        #expect(CardState.allCases.map(\.number) == [1, 2, 3])
    }
}
