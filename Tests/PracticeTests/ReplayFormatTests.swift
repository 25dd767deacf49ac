import Foundation
import Testing
@testable import Practice

/// The hand-written timestamp and number formatting agree with Foundation's.
@Suite struct ReplayFormatTests {
    @Test(arguments: ["1970-01-01T00:00:00Z", "2026-01-05T09:30:00Z", "2024-02-29T23:59:59Z",
                      "2000-03-01T00:00:00Z", "1900-02-28T12:00:00Z", "2400-12-31T00:00:01Z",
                      "8550-03-26T13:19:14Z", "1969-12-31T23:59:59Z"])
    func timestampRoundTripsAgainstFoundation(text: String) {
        let expected = FSRSTestSupport.date(text).timeIntervalSince1970
        #expect(UTCTimestamp.parse(text) == expected)
        #expect(UTCTimestamp.format(expected) == text)
    }

    @Test(arguments: ["2026-02-29T00:00:00Z", "2026-01-05T24:00:00Z", "2026-01-05T09:60:00Z",
                      "2026-01-05T09:30:60Z", "2026-1-05T09:30:00Z", "2026-01-05T09:30:00",
                      "2026-01-05T09:30:00+02:00", "2026-01-05T09:30:00.Z", "2026-01-05 09:30:00 Z"])
    func malformedTimestampsAreRefused(text: String) {
        #expect(UTCTimestamp.parse(text) == nil)
    }

    @Test func acceptedUTCSpellings() {
        let base = FSRSTestSupport.date("2026-01-05T09:30:00Z").timeIntervalSince1970
        for text in ["2026-01-05t09:30:00z", "2026-01-05 09:30:00Z", "2026-01-05T09:30:00+00:00",
                     "2026-01-05T09:30:00-0000", "2026-01-05T09:30:00+00"] {
            #expect(UTCTimestamp.parse(text) == base, "\(text)")
        }
        #expect(UTCTimestamp.parse("2026-01-05T09:30:00.250Z") == base + 0.25)
        #expect(UTCTimestamp.format(base + 0.25) == "2026-01-05T09:30:00.25Z")
    }

    /// Six decimals exactly as `%.6f` prints them, including values near ties.
    @Test func sixDecimalsMatchesPrintf() {
        var values: [Double] = [0, 0.001, 1, 2.3065, 10, 2.118103970459016, 0.0000005, 0.0000015,
                                1.0000005, 123456.1234565, 3111346.312692, 1e9 + 0.5e-6, 0.1 + 0.2]
        var random = SplitMix64(seed: 99)
        for _ in 0..<20_000 {
            let magnitude = pow(10, Double(random.next() % 12) - 4)
            values.append(random.nextUnitDouble() * magnitude)
            // Values on or next to a 6-decimal tie.
            let tie = (Double(random.next() % 10_000_000) + 0.5) / 1_000_000
            values.append(contentsOf: [tie, tie.nextUp, tie.nextDown])
        }
        for value in values {
            #expect(SixDecimals.format(value) == String(format: "%.6f", value), "\(value)")
        }
    }
}
