import Testing
import KernelKit

/// Expects every entry of `actual` within `tolerance` of `expected`, and the same count.
func expectClose(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "count \(actual.count) ≠ \(expected.count)", sourceLocation: sourceLocation)
    for (k, (a, e)) in zip(actual, expected).enumerated() {
        #expect(Swift.abs(a - e) <= tolerance, "entry \(k): \(a) ≠ \(e) (±\(tolerance))", sourceLocation: sourceLocation)
    }
}

/// Expects a scalar within `tolerance` of `expected`.
func expectClose(_ actual: Double, _ expected: Double, tolerance: Double = 1e-9,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(Swift.abs(actual - expected) <= tolerance, "\(actual) ≠ \(expected) (±\(tolerance))", sourceLocation: sourceLocation)
}
