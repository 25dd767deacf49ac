import Foundation

/// Formats a double with exactly six decimals, identical to `%.6f`, without
/// going through `String(format:)` (which costs about a microsecond).
///
/// Fast path: scale by 10^6 and round. The product carries at most half an
/// ulp of error, so its rounding agrees with the exact decimal value unless it
/// lies within a couple of ulps of a .5 tie; those rare values, and anything
/// huge, negative or non-finite, go through `String(format: "%.6f")`.
enum SixDecimals {
    static func append(_ value: Double, to out: inout [UInt8]) {
        let scaled = value * 1_000_000
        if value >= 0, scaled < 0x1p52 {
            let floorPart = scaled.rounded(.down)
            let fraction = scaled - floorPart
            if abs(fraction - 0.5) > 2 * scaled.ulp {
                let units = Int(fraction > 0.5 ? floorPart + 1 : floorPart)
                appendUnits(units, to: &out)
                return
            }
        }
        out.append(contentsOf: String(format: "%.6f", value).utf8)
    }

    static func format(_ value: Double) -> String {
        var out: [UInt8] = []
        append(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes `units / 10^6` as `I.FFFFFF`.
    private static func appendUnits(_ units: Int, to out: inout [UInt8]) {
        let integerPart = units / 1_000_000
        let fractionPart = units - integerPart * 1_000_000
        if integerPart < 10 {
            out.append(UInt8(truncatingIfNeeded: 48 + integerPart))
        } else {
            var divisor = 10
            while integerPart / divisor >= 10 { divisor *= 10 }
            while divisor > 0 {
                out.append(UInt8(truncatingIfNeeded: 48 + integerPart / divisor % 10))
                divisor /= 10
            }
        }
        out.append(46)
        // Three pairs of digits: fewer dependent divisions than six single digits.
        let high = fractionPart / 10_000, middle = fractionPart / 100 % 100, low = fractionPart % 100
        out.append(UInt8(truncatingIfNeeded: 48 + high / 10))
        out.append(UInt8(truncatingIfNeeded: 48 + high % 10))
        out.append(UInt8(truncatingIfNeeded: 48 + middle / 10))
        out.append(UInt8(truncatingIfNeeded: 48 + middle % 10))
        out.append(UInt8(truncatingIfNeeded: 48 + low / 10))
        out.append(UInt8(truncatingIfNeeded: 48 + low % 10))
    }
}
