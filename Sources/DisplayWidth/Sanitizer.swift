/// Makes text from lesson and quiz files (and a learner's typing) safe to show: it is
/// displayed, never executed by the terminal (SPEC §8). One set of rules for every module
/// that shows text: the layout, the plain line output and the screen buffer.
///
/// - C0 controls (ESC included) become their Control Pictures glyph
///   (U+2400 + code, so ESC shows as "␛" and a stray newline as "␊"),
///   DEL becomes "␡", and C1 controls (U+0080–U+009F) become U+FFFD "�".
/// - The bidi embedding, override and isolate controls (U+202A–U+202E,
///   U+2066–U+2069) are removed, so content cannot reorder what is shown.
/// - A tab becomes spaces up to the next tab stop, with stops every
///   `tabWidth` columns counted from the start of the cleaned string. This is
///   the Sanitizer's job, not the caller's, so a tab can never reach the
///   screen; a caller that knows the real starting column should expand tabs
///   itself first.
///
/// Newlines are controls too: a caller that means lines splits them first
/// (as `LineWriter` does); one `Buffer.put` is one row.
public enum Sanitizer {
    /// The default distance between tab stops.
    public static let defaultTabWidth = 4

    /// The cleaned text; the very same string when nothing needed cleaning.
    public static func clean(_ s: String, tabWidth: Int = defaultTabWidth) -> String {
        guard needsCleaning(s) else { return s }
        var out = String.UnicodeScalarView()
        var widthBeforeSegment = 0
        var segment = String.UnicodeScalarView()
        let stop = max(1, tabWidth)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v == 0x09 {
                widthBeforeSegment += DisplayWidth.of(String(segment))
                out.append(contentsOf: segment)
                segment.removeAll(keepingCapacity: true)
                let spaces = stop - widthBeforeSegment % stop
                for _ in 0..<spaces { out.append(" ") }
                widthBeforeSegment += spaces
            } else if let replacement = replacement(for: v) {
                if replacement != 0 { segment.append(Unicode.Scalar(replacement)!) }
            } else {
                segment.append(scalar)
            }
        }
        out.append(contentsOf: segment)
        return String(out)
    }

    /// Whether `s` holds anything `clean` would change.
    public static func needsCleaning(_ s: String) -> Bool {
        var suspicious = false
        for byte in s.utf8 where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
            suspicious = true
            break
        }
        guard suspicious else { return false }
        return s.unicodeScalars.contains { $0.value == 0x09 || replacement(for: $0.value) != nil }
    }

    /// The scalar to show instead of `v` (0 means drop it), or nil to keep `v`.
    private static func replacement(for v: UInt32) -> UInt32? {
        switch v {
        case 0x00..<0x20: return 0x2400 + v
        case 0x7F: return 0x2421
        case 0x80..<0xA0: return 0xFFFD
        case 0x202A...0x202E, 0x2066...0x2069: return 0
        default: return nil
        }
    }
}
