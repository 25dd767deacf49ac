/// Whether the app draws a full screen or prints plain lines.
public enum OutputMode: Equatable, Sendable {
    /// Alternate screen, raw mode, cell-buffer rendering with this many colours.
    case screen(ColorMode)
    /// Plain text lines with no escape sequence at all: `TERM=dumb`, `--plain`,
    /// or standard output that is not a terminal. Works with screen readers
    /// and pipes.
    case lines

    /// Picks the mode from the environment and the command-line flags.
    ///
    /// Line mode wins first (`plain`, not a terminal, `TERM=dumb`); then
    /// `noColor` or any non-empty `NO_COLOR` gives monochrome; then
    /// `COLORTERM=truecolor|24bit` (or a `*-direct` TERM) gives truecolor,
    /// a `*-256color` TERM gives 256 colours, and anything else 16.
    public static func detect(
        environment: [String: String], stdoutIsTerminal: Bool, plain: Bool, noColor: Bool
    ) -> OutputMode {
        let term = environment["TERM"] ?? ""
        if plain || !stdoutIsTerminal || term == "dumb" { return .lines }
        if noColor || !(environment["NO_COLOR"] ?? "").isEmpty { return .screen(.monochrome) }
        let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
        if colorTerm == "truecolor" || colorTerm == "24bit" || term.hasSuffix("-direct") {
            return .screen(.truecolor)
        }
        if term.contains("256color") { return .screen(.ansi256) }
        return .screen(.ansi16)
    }
}
