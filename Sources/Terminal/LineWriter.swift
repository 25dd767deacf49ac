import DisplayWidth

/// Writes plain text lines for line mode (`OutputMode.lines`): every line goes
/// through the `Sanitizer`, so no caller can emit an escape sequence.
public struct LineWriter: Sendable {
    private let sink: @Sendable ([UInt8]) -> Void

    /// A writer to standard output, through the same buffered stream as
    /// `print`, so lines from both come out in order.
    public init() {
        self.sink = { bytes in print(String(decoding: bytes, as: UTF8.self), terminator: "") }
    }

    /// A writer that hands the finished bytes to `sink` (tests collect them).
    public init(sink: @escaping @Sendable ([UInt8]) -> Void) {
        self.sink = sink
    }

    /// Writes `text` followed by a newline. Newlines inside `text` ("\n" or
    /// "\r\n") start new lines; each line is cleaned on its own.
    public func line(_ text: String = "") {
        sink(Array(Self.format(text).utf8))
    }

    /// Writes each of `texts` as `line` would, in one write.
    public func lines(_ texts: [String]) {
        var bytes: [UInt8] = []
        for text in texts { bytes.append(contentsOf: Self.format(text).utf8) }
        sink(bytes)
    }

    /// The cleaned text of `text` with a final newline.
    static func format(_ text: String) -> String {
        var result = ""
        for (i, line) in splitLines(text).enumerated() {
            if i > 0 { result += "\n" }
            result += Sanitizer.clean(line)
        }
        return result + "\n"
    }

    /// Splits on "\n" and "\r\n"; a lone "\r" stays and is neutralised.
    private static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\n" {
                lines.append(String(current))
                current.removeAll()
            } else if scalar == "\r", scalars.first == "\n" {
                continue
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines
    }
}
