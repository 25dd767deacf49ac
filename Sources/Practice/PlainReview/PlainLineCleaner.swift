import Course
import DisplayWidth

/// Makes each output line of a plain review safe to print: what came from quiz files or from
/// the learner's own typing is shown, never executed by the terminal (`Sanitizer`).
enum PlainLineCleaner {
    static func clean(_ line: String) -> String {
        Sanitizer.clean(line)
    }

    static func clean(_ lines: [String]) -> [String] {
        lines.map(clean)
    }
}
