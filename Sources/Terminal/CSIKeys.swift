/// The keys that arrive as CSI sequences (ESC [ parameters final).
enum CSIKeys {
    /// The event for a CSI sequence, or nil when it is not a known key.
    static func event(parameters: ArraySlice<UInt8>, final: UInt8) -> Event? {
        if parameters.isEmpty {
            if final == 0x49 { return .focus(true) }   // I
            if final == 0x4F { return .focus(false) }  // O
        }
        if let first = parameters.first, first == 0x3C || first == 0x3D || first == 0x3E || first == 0x3F {
            return nil  // private sequences: mouse reports, device attributes
        }
        guard let numbers = numbers(parameters) else { return nil }
        let modifiers = modifiers(numbers.count > 1 ? numbers[1] : nil)
        switch final {
        case 0x41: return .key(.up, modifiers)
        case 0x42: return .key(.down, modifiers)
        case 0x43: return .key(.right, modifiers)
        case 0x44: return .key(.left, modifiers)
        case 0x48: return .key(.home, modifiers)
        case 0x46: return .key(.end, modifiers)
        case 0x5A: return .key(.backTab, modifiers)  // Z: Shift-Tab
        case 0x50, 0x51, 0x52, 0x53:  // P Q R S: F1–F4 with modifiers
            return .key(.function(Int(final) - 0x50 + 1), modifiers)
        case 0x7E:  // ~
            guard let code = numbers.first ?? nil, let key = tildeKeys[code] else { return nil }
            return .key(key, modifiers)
        case 0x75:  // u: the fixterms / kitty form "CSI code ; modifiers u"
            guard let code = numbers.first ?? nil else { return nil }
            return unicodeKey(code: code, modifiers: modifiers)
        default:
            return nil
        }
    }

    private static let tildeKeys: [Int: Key] = [
        1: .home, 2: .insert, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
        11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
        17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
        23: .function(11), 24: .function(12),
    ]

    /// Semicolon-separated decimal numbers; an empty field is nil. Sub-parameters
    /// after ':' are ignored. Nil when anything else appears.
    private static func numbers(_ parameters: ArraySlice<UInt8>) -> [Int?]? {
        var result: [Int?] = []
        var current: Int?
        var inSubParameter = false
        for byte in parameters {
            switch byte {
            case 0x30...0x39:
                if inSubParameter { continue }
                current = min((current ?? 0) * 10 + Int(byte - 0x30), 1_000_000)
            case 0x3B:
                result.append(current)
                current = nil
                inSubParameter = false
            case 0x3A:
                inSubParameter = true
            default:
                return nil
            }
        }
        result.append(current)
        return result
    }

    /// xterm's modifier parameter: 1 + (shift 1 | alt 2 | ctrl 4 | meta 8).
    private static func modifiers(_ parameter: Int?) -> Modifiers {
        guard let value = parameter, value > 1 else { return [] }
        let bits = value - 1
        var modifiers: Modifiers = []
        if bits & 1 != 0 { modifiers.insert(.shift) }
        if bits & 2 != 0 || bits & 8 != 0 { modifiers.insert(.alt) }
        if bits & 4 != 0 { modifiers.insert(.ctrl) }
        return modifiers
    }

    private static func unicodeKey(code: Int, modifiers: Modifiers) -> Event? {
        switch code {
        case 9: return .key(.tab, modifiers)
        case 13: return .key(.enter, modifiers)
        case 27: return .key(.escape, modifiers)
        case 127: return .key(.backspace, modifiers)
        default:
            guard let scalar = Unicode.Scalar(UInt32(code)), code >= 0x20 else { return nil }
            return .key(.char(Character(scalar)), modifiers)
        }
    }
}
