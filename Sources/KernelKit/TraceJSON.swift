/// The small JSON writer behind the trace: fixed key order, shortest round-trip numbers.
///
/// Foundation's JSONEncoder would reorder keys; the trace protocol fixes the order
/// (`kind` first) so that lines are stable and easy to diff against recordings.
enum TraceJSON {
    /// A number in its shortest round-trip form (`4.0`, `0.1`, `1e-05`); non-finite numbers
    /// become the strings `"inf"`, `"-inf"` and `"nan"`, since JSON has no such numbers.
    static func number(_ x: Double) -> String {
        if x.isNaN { return "\"nan\"" }
        if x.isInfinite { return x < 0 ? "\"-inf\"" : "\"inf\"" }
        return x.description
    }

    /// `text` as a JSON string literal: quotes, backslashes and control characters escaped,
    /// everything else (all of Unicode) kept as UTF-8.
    static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `[a,b,c]` from already-encoded items.
    static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ",") + "]"
    }

    /// `{"k":v,…}` from already-encoded values, keys in the given order.
    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    /// One tensor: `{"name":…,"shape":[…],"data":[…]}`.
    static func tensor(name: String, value: any Traceable) -> String {
        object([
            ("name", string(name)),
            ("shape", array(value.traceShape.map(String.init))),
            ("data", array(value.traceData.map(number))),
        ])
    }
}
