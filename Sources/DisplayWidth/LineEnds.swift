/// Line ends made one kind: CRLF and a lone CR become LF. Quiz files may come from Windows,
/// and terminals send Enter as CR inside a paste; Swift reads `\r\n` as one Character, which
/// a split on "\n" would never see, so this goes first.
public enum LineEnds {
    public static func unified(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = scalar == "\r"
            out.append(scalar == "\r" ? "\n" : scalar)
        }
        return String(out)
    }
}
