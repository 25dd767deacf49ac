/// Makes text from course files (and a learner's typing) safe to show: it is displayed,
/// never executed by the terminal (SPEC §8).
///
/// C0 controls become their Control Pictures glyph (U+2400 + code, so ESC shows as "␛"),
/// DEL becomes "␡", C1 controls become "�", a tab becomes four spaces, and the bidi
/// embedding, override and isolate controls are dropped so content cannot reorder what is
/// read. The Terminal module applies the same rules in `Sanitizer` (it may not import Course).
public enum ContentSanitizer {
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(contentsOf: "    ".unicodeScalars)
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case 0x7F: out.append("\u{2421}")
            case 0x80...0x9F: out.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
