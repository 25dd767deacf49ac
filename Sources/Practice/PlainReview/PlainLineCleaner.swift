/// Makes each output line of a plain review safe to print: what came from quiz files or
/// from the learner's own typing is shown, never executed by the terminal (SPEC §8).
///
/// C0 controls (ESC, a stray newline or carriage return) become their Control Pictures
/// glyph (U+2400 + code, so ESC shows as "␛"), DEL becomes "␡", C1 controls become "�", a
/// tab becomes four spaces, and the bidi embedding, override and isolate controls are
/// dropped so content cannot reorder what a screen reader reads. The Terminal module has
/// the same rules in `Sanitizer`, but Practice may not import it.
enum PlainLineCleaner {
    static func clean(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: needsCleaning) else { return line }
        var out = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
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

    static func clean(_ lines: [String]) -> [String] {
        lines.map(clean)
    }

    private static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
