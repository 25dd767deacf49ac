import Course
import Foundation

/// The learner's review settings, from `$XDG_CONFIG_HOME/attend/config` (SPEC §6).
///
/// The file is `key = value` lines with `#` comments:
///
/// ```
/// desired_retention = 0.9     # 0.7 – 0.99
/// new_cards_per_day = 20
/// show_intervals = true
/// learning_steps = 1m 10m     # s, m, h or d; a bare number is minutes; `none` for no steps
/// relearning_steps = 10m
/// ```
///
/// A bad value never stops the program: it gets a diagnostic naming its line and the default
/// is used instead.
public struct PracticeConfig: Equatable, Sendable {
    /// The recall probability FSRS schedules for (0.7 – 0.99).
    public var desiredRetention: Double
    /// New cards introduced per UTC day, across all decks.
    public var newCardsPerDay: Int
    /// Whether the rating buttons show each rating's next interval.
    public var showIntervals: Bool
    /// Learning steps in seconds (default 1 m, 10 m).
    public var learningSteps: [TimeInterval]
    /// Relearning steps in seconds (default 10 m).
    public var relearningSteps: [TimeInterval]

    public init(desiredRetention: Double = 0.9, newCardsPerDay: Int = 20, showIntervals: Bool = true,
                learningSteps: [TimeInterval] = [60, 600], relearningSteps: [TimeInterval] = [600]) {
        self.desiredRetention = desiredRetention
        self.newCardsPerDay = newCardsPerDay
        self.showIntervals = showIntervals
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
    }

    public static let defaults = PracticeConfig()

    /// Keys this parser reads; others get a warning unless the caller says they belong elsewhere.
    public static let keys: Set<String> = ["desired_retention", "new_cards_per_day", "show_intervals", "learning_steps", "relearning_steps"]

    static let retentionRange = 0.7...0.99
    static let newCardsRange = 0...10_000

    /// FSRS parameters for the app: FSRS-6 weights, these settings, fuzz on.
    public var schedulerParameters: FSRSParameters {
        (try? FSRSParameters(desiredRetention: desiredRetention, learningSteps: learningSteps,
                             relearningSteps: relearningSteps, enableFuzzing: true)) ?? .defaults
    }

    public var scheduler: FSRSScheduler { FSRSScheduler(schedulerParameters) }

    /// Reads config text. `otherKeys` are settings other parts of the app read from the same
    /// file, so they are not reported as unknown.
    public static func parse(_ text: String, source: String, otherKeys: Set<String> = []) -> (config: PracticeConfig, diagnostics: [Diagnostic]) {
        var config = PracticeConfig()
        var diagnostics: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let content = line.firstIndex(of: "#").map { line[..<$0] } ?? line
            guard !content.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let equals = content.firstIndex(of: "=") else {
                diagnostics.append(.error(source, lineNumber, column(of: content, in: line),
                                          "expected `key = value`, like `new_cards_per_day = 20`"))
                continue
            }
            let key = content[..<equals].trimmingCharacters(in: .whitespaces)
            let valuePart = content[content.index(after: equals)...]
            let value = valuePart.trimmingCharacters(in: .whitespaces)
            let valueColumn = value.isEmpty ? line.distance(from: line.startIndex, to: equals) + 2 : column(of: valuePart, in: line)
            func bad(_ message: String) {
                diagnostics.append(.error(source, lineNumber, valueColumn, message))
            }
            if let earlier = seen[key], keys.contains(key) {
                diagnostics.append(.warning(source, lineNumber, column(of: content, in: line),
                                            "`\(key)` is also set on line \(earlier); this later value wins"))
            }
            seen[key] = lineNumber
            switch key {
            case "desired_retention":
                if let number = Double(value), number.isFinite, retentionRange.contains(number) {
                    config.desiredRetention = number
                } else {
                    bad("desired_retention must be a number from 0.7 to 0.99, not `\(value)`; using \(defaults.desiredRetention)")
                    config.desiredRetention = defaults.desiredRetention
                }
            case "new_cards_per_day":
                if let number = Int(value), newCardsRange.contains(number) {
                    config.newCardsPerDay = number
                } else {
                    bad("new_cards_per_day must be a whole number from 0 to \(newCardsRange.upperBound), not `\(value)`; using \(defaults.newCardsPerDay)")
                    config.newCardsPerDay = defaults.newCardsPerDay
                }
            case "show_intervals":
                switch value.lowercased() {
                case "true", "yes", "on": config.showIntervals = true
                case "false", "no", "off": config.showIntervals = false
                default:
                    bad("show_intervals must be true or false, not `\(value)`; using true")
                    config.showIntervals = defaults.showIntervals
                }
            case "learning_steps", "relearning_steps":
                let fallback = key == "learning_steps" ? defaults.learningSteps : defaults.relearningSteps
                let steps: [TimeInterval]
                switch parseSteps(value) {
                case .success(let parsed): steps = parsed
                case .failure(let problem):
                    bad("\(key): \(problem.message); using \(fallback.map(formatStep).joined(separator: " "))")
                    steps = fallback
                }
                if key == "learning_steps" { config.learningSteps = steps } else { config.relearningSteps = steps }
            case _ where key.isEmpty:
                diagnostics.append(.error(source, lineNumber, column(of: content, in: line), "a setting needs a name before `=`"))
            case _ where otherKeys.contains(key):
                break
            default:
                diagnostics.append(.warning(source, lineNumber, column(of: content, in: line),
                                            "unknown setting `\(key)`; known: \(keys.sorted().joined(separator: ", "))"))
            }
        }
        return (config, diagnostics)
    }

    struct StepProblem: Error {
        var message: String
    }

    /// `1m 10m`, `1m, 10m`, `30s`, `1h`, `1d`, a bare number of minutes, or `none`.
    static func parseSteps(_ text: String) -> Result<[TimeInterval], StepProblem> {
        if text.lowercased() == "none" { return .success([]) }
        let words = text.split { $0 == " " || $0 == "," || $0 == "\t" }
        guard !words.isEmpty else { return .failure(StepProblem(message: "needs durations like `1m 10m`, or `none`")) }
        var steps: [TimeInterval] = []
        for word in words {
            let lower = word.lowercased()
            let unitStart = lower.firstIndex { !($0.isASCII && ($0.isNumber || $0 == ".")) } ?? lower.endIndex
            let unit = lower[unitStart...]
            let scale: Double? = switch unit {
            case "s": 1
            case "", "m": 60
            case "h": 3_600
            case "d": 86_400
            default: nil
            }
            guard let scale, let amount = Double(lower[..<unitStart]), amount > 0, amount.isFinite else {
                return .failure(StepProblem(message: "`\(word)` is not a duration like 30s, 1m, 10m, 1h or 1d"))
            }
            steps.append(amount * scale)
        }
        return .success(steps)
    }

    static func formatStep(_ seconds: TimeInterval) -> String {
        IntervalText.format(seconds: seconds)
    }

    /// 1-based column of a part of a line, at its first non-space character.
    private static func column(of part: Substring, in line: Substring) -> Int {
        let leading = part.prefix { $0 == " " || $0 == "\t" }.count
        return line.distance(from: line.startIndex, to: part.startIndex) + leading + 1
    }
}
