/// One line of Markdown as Unicode scalars, remembering where its first scalar sat in the
/// file. Container blocks (quotes, list items) strip their prefixes and hand the rest of
/// the line down, so positions stay right however deep the nesting goes.
struct SourceLine {
    var scalars: [Unicode.Scalar]
    /// 1-based line number in the file.
    var number: Int
    /// 1-based column of `scalars[0]` in the file (counted in Unicode scalars).
    var column: Int

    /// Splits text into lines (LF, CRLF or CR), expanding tabs to 4-column stops so that
    /// indentation means the same thing to the author's editor and to the parser.
    static func split(_ text: String, firstLine: Int = 1) -> [SourceLine] {
        var lines: [SourceLine] = []
        var current: [Unicode.Scalar] = []
        var number = firstLine
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(SourceLine(scalars: current, number: number, column: 1))
                current.removeAll(keepingCapacity: true)
                number += 1
            } else if scalar == "\t" {
                let spaces = 4 - current.count % 4
                current.append(contentsOf: repeatElement(" ", count: spaces))
            } else if scalar == "\u{0}" {
                current.append("\u{FFFD}")  // NUL would collide with the parser's hard-break mark
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty || lines.isEmpty {
            lines.append(SourceLine(scalars: current, number: number, column: 1))
        }
        return lines
    }

    var isBlank: Bool { scalars.allSatisfy { $0 == " " } }

    /// Number of leading spaces.
    var indent: Int {
        var n = 0
        while n < scalars.count && scalars[n] == " " { n += 1 }
        return n
    }

    /// The line without its first `count` scalars (or all of them), positions kept right.
    func dropping(_ count: Int) -> SourceLine {
        let n = max(0, min(count, scalars.count))
        return SourceLine(scalars: Array(scalars[n...]), number: number, column: column + n)
    }

    /// The line without leading spaces.
    var trimmingLeading: SourceLine { dropping(indent) }

    /// The line without trailing spaces.
    var trimmingTrailing: SourceLine {
        var end = scalars.count
        while end > 0 && scalars[end - 1] == " " { end -= 1 }
        return SourceLine(scalars: Array(scalars[..<end]), number: number, column: column)
    }

    var string: String { String(scalars: scalars[...]) }

    func starts(with prefix: String) -> Bool {
        scalars.starts(with: prefix.unicodeScalars)
    }

    /// The length of the run of `scalar` at the start of the line.
    func run(of scalar: Unicode.Scalar) -> Int {
        var n = 0
        while n < scalars.count && scalars[n] == scalar { n += 1 }
        return n
    }
}

extension String {
    /// Builds a string from scalars through UTF-8, much faster than appending to a
    /// `UnicodeScalarView` one scalar at a time (this is on the lesson-loading path).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if let encoded = UTF8.encode(scalar) {
                bytes.append(contentsOf: encoded)
            }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}

extension Unicode.Scalar {
    var isASCIIPunctuation: Bool {
        switch value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    var isMarkdownWhitespace: Bool {
        self == " " || self == "\n" || self == "\u{0}" || properties.isWhitespace
    }

    var isPunctuationLike: Bool {
        isASCIIPunctuation || properties.generalCategory.isPunctuation
    }

    var isAlphanumeric: Bool {
        properties.isAlphabetic || properties.numericType != nil
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}

/// Kebab-case identifiers: lesson ids, module ids, deck and item ids.
enum KebabCase {
    /// True for `tf-attention`, `l2-norm`; false for `TF`, `a--b`, `-a`, `a_b`, "".
    static func matches(_ s: String) -> Bool {
        guard !s.isEmpty, s.first != "-", s.last != "-", !s.contains("--") else { return false }
        return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
