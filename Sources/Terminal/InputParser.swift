import DisplayWidth

/// Turns the bytes a terminal sends into events: a pure state machine with
/// no clock and no I/O, so every byte sequence can be tested as a table.
///
/// Incomplete input (a CSI sequence or a UTF-8 character split across reads,
/// a paste whose end has not arrived) is held until more bytes come. A lone
/// ESC is ambiguous, since it also starts every sequence and every Alt
/// combination: it stays pending until the caller reports a quiet time with
/// `flushAfterQuiet()`. ESC followed by a key in the same burst is Alt+key.
public struct InputParser: Sendable {
    private var pending: [UInt8] = []
    private var pasting = false
    private var pasteBytes: [UInt8] = []

    /// The longest run of bytes a CSI sequence may take before it is given up.
    static let maximumSequenceLength = 64
    private static let pasteEnd: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]  // ESC [ 2 0 1 ~

    public init() {}

    /// True while bytes are held back: a lone ESC, a partial sequence or
    /// character, or a paste that has not ended.
    public var isWaitingForMore: Bool { !pending.isEmpty || pasting }

    /// True while inside a bracketed paste that has not ended.
    public var isInsidePaste: Bool { pasting }

    /// Consumes `bytes` and returns every event they complete.
    public mutating func feed(_ bytes: [UInt8]) -> [Event] {
        pending.append(contentsOf: bytes)
        return drain(quiet: false)
    }

    /// Call after a quiet time (about 50 ms) with no input: a pending lone ESC
    /// becomes `.escape`, and a partial sequence is taken as the keys it is
    /// made of (ESC [ becomes Alt+[). A paste in progress keeps waiting unless
    /// `abandoningPaste` is true, when the text so far becomes a `.paste`.
    public mutating func flushAfterQuiet(abandoningPaste: Bool = false) -> [Event] {
        var events = drain(quiet: !pasting)
        if pasting && abandoningPaste {
            pasteBytes.append(contentsOf: pending)
            pending.removeAll()
            events.append(finishPaste())
        }
        return events
    }

    private mutating func drain(quiet: Bool) -> [Event] {
        var events: [Event] = []
        var i = 0
        scanning: while i < pending.count {
            if pasting {
                if let end = Self.find(Self.pasteEnd, in: pending, from: i) {
                    pasteBytes.append(contentsOf: pending[i..<end])
                    events.append(finishPaste())
                    i = end + Self.pasteEnd.count
                    continue
                }
                let keep = Self.partialSuffix(of: Self.pasteEnd, in: pending, from: i)
                pasteBytes.append(contentsOf: pending[i..<(pending.count - keep)])
                i = pending.count - keep
                break scanning
            }
            switch decode(at: i, quiet: quiet) {
            case .event(let event, let length):
                events.append(event)
                i += length
            case .pasteStart(let length):
                pasting = true
                i += length
            case .skip(let length):
                i += length
            case .incomplete:
                break scanning
            }
        }
        pending.removeFirst(i)
        return events
    }

    private mutating func finishPaste() -> Event {
        pasting = false
        var text = String(decoding: pasteBytes, as: UTF8.self)
        pasteBytes.removeAll()
        if text.unicodeScalars.contains("\r") {
            text = LineEnds.unified(text)
        }
        return .paste(text)
    }

    /// What the bytes at `i` mean.
    private enum Decoded {
        case event(Event, length: Int)
        case pasteStart(length: Int)
        case skip(length: Int)
        case incomplete
    }

    private func decode(at i: Int, quiet: Bool) -> Decoded {
        let byte = pending[i]
        guard byte == 0x1B else { return decodePlain(at: i, quiet: quiet) }
        guard i + 1 < pending.count else {
            return quiet ? .event(.key(.escape, []), length: 1) : .incomplete
        }
        switch pending[i + 1] {
        case 0x5B:  // [
            let csi = decodeCSI(at: i)
            if case .incomplete = csi, quiet { return .event(.key(.char("["), .alt), length: 2) }
            return csi
        case 0x4F:  // O
            guard i + 2 < pending.count else {
                return quiet ? .event(.key(.char("O"), .alt), length: 2) : .incomplete
            }
            if let key = Self.ss3Keys[pending[i + 2]] { return .event(.key(key, []), length: 3) }
            return .event(.unknown(Array(pending[i..<(i + 3)])), length: 3)
        case 0x1B:
            return .event(.key(.escape, []), length: 1)
        default:
            switch decodePlain(at: i + 1, quiet: quiet) {
            case .event(.key(let key, let modifiers), let length):
                return .event(.key(key, modifiers.union(.alt)), length: length + 1)
            case .event(let other, let length):
                return .event(other, length: length + 1)
            case .incomplete:
                return .incomplete
            case .pasteStart, .skip:
                return .event(.key(.escape, []), length: 1)
            }
        }
    }

    /// A byte that is not ESC: a control key, ASCII, or a UTF-8 character.
    private func decodePlain(at i: Int, quiet: Bool) -> Decoded {
        let byte = pending[i]
        switch byte {
        case 0x00: return .event(.key(.char(" "), .ctrl), length: 1)
        case 0x08, 0x7F: return .event(.key(.backspace, []), length: 1)
        case 0x09: return .event(.key(.tab, []), length: 1)
        case 0x0A, 0x0D: return .event(.key(.enter, []), length: 1)
        case 0x1B: return .event(.key(.escape, []), length: 1)
        case 0x01...0x1A:
            return .event(.key(.char(Character(Unicode.Scalar(byte + 0x60))), .ctrl), length: 1)
        case 0x1C...0x1F:
            return .event(.key(.char(Character(Unicode.Scalar(byte + 0x40))), .ctrl), length: 1)
        case 0x20...0x7E:
            return .event(.key(.char(Character(Unicode.Scalar(byte))), []), length: 1)
        default:
            return decodeUTF8(at: i, quiet: quiet)
        }
    }

    private func decodeUTF8(at i: Int, quiet: Bool) -> Decoded {
        let lead = pending[i]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return .event(.unknown([lead]), length: 1)
        }
        let available = min(length, pending.count - i)
        for k in 1..<available where pending[i + k] & 0xC0 != 0x80 {
            return .event(.unknown(Array(pending[i..<(i + k)])), length: k)
        }
        guard available == length else {
            return quiet ? .event(.unknown(Array(pending[i...])), length: available) : .incomplete
        }
        let bytes = pending[i..<(i + length)]
        let text = String(decoding: bytes, as: UTF8.self)
        guard let c = text.first, !text.unicodeScalars.contains("\u{FFFD}") else {
            return .event(.unknown(Array(bytes)), length: length)
        }
        return .event(.key(.char(c), []), length: length)
    }

    /// ESC [ parameters intermediates final.
    private func decodeCSI(at i: Int) -> Decoded {
        var j = i + 2
        while j < pending.count {
            let c = pending[j]
            if (0x40...0x7E).contains(c) { break }
            guard (0x20...0x3F).contains(c) else {
                return .event(.unknown(Array(pending[i..<j])), length: j - i)
            }
            j += 1
            if j - i > Self.maximumSequenceLength {
                return .event(.unknown(Array(pending[i..<j])), length: j - i)
            }
        }
        guard j < pending.count else { return .incomplete }
        let length = j - i + 1
        let raw = Array(pending[i..<(i + length)])
        let parameters = pending[(i + 2)..<j]
        if let event = CSIKeys.event(parameters: parameters, final: pending[j]) {
            return .event(event, length: length)
        }
        if pending[j] == 0x7E, parameters.elementsEqual([0x32, 0x30, 0x30]) { return .pasteStart(length: length) }
        if pending[j] == 0x7E, parameters.elementsEqual([0x32, 0x30, 0x31]) { return .skip(length: length) }
        return .event(.unknown(raw), length: length)
    }

    /// Keys sent as ESC O x (application cursor mode and F1–F4).
    private static let ss3Keys: [UInt8: Key] = [
        0x41: .up, 0x42: .down, 0x43: .right, 0x44: .left,
        0x48: .home, 0x46: .end, 0x4D: .enter,
        0x50: .function(1), 0x51: .function(2), 0x52: .function(3), 0x53: .function(4),
    ]

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count - start >= needle.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// How many bytes at the end of `haystack` could be the start of `needle`.
    private static func partialSuffix(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int {
        let available = haystack.count - start
        for keep in stride(from: min(needle.count - 1, available), to: 0, by: -1)
        where haystack[(haystack.count - keep)...].elementsEqual(needle[0..<keep]) {
            return keep
        }
        return 0
    }
}
