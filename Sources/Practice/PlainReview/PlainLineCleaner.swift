import Course
import DisplayWidth

/// Line hygiene for the plain review and drill. Each output line is made safe to print:
/// what came from quiz files or from the learner's own typing is shown, never executed by
/// the terminal (`Sanitizer`).
enum PlainLineCleaner {
    static func clean(_ line: String) -> String {
        Sanitizer.clean(line)
    }

    static func clean(_ lines: [String]) -> [String] {
        lines.map(clean)
    }

    /// A typed line without the line break(s) it may end with. "\r\n" is one Character, so
    /// this tests for any line break rather than for "\r".
    static func withoutLineBreaks(_ line: String) -> Substring {
        var text = Substring(line)
        while text.last?.isNewline == true { text = text.dropLast() }
        return text
    }
}
