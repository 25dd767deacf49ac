import Testing
import Terminal

@Suite struct OutputModeTests {
    @Test(arguments: [
        (["TERM": "dumb"], true, false, false, OutputMode.lines),
        (["TERM": "xterm-256color"], false, false, false, .lines),
        (["TERM": "xterm-256color"], true, true, false, .lines),
        (["TERM": "xterm-256color", "NO_COLOR": "1"], true, false, false, .screen(.monochrome)),
        (["TERM": "xterm-256color", "NO_COLOR": ""], true, false, false, .screen(.ansi256)),
        (["TERM": "xterm"], true, false, true, .screen(.monochrome)),
        (["TERM": "xterm-256color", "COLORTERM": "truecolor"], true, false, false, .screen(.truecolor)),
        (["TERM": "xterm", "COLORTERM": "24bit"], true, false, false, .screen(.truecolor)),
        (["TERM": "xterm-256color"], true, false, false, .screen(.ansi256)),
        (["TERM": "screen-256color"], true, false, false, .screen(.ansi256)),
        (["TERM": "xterm"], true, false, false, .screen(.ansi16)),
        (["TERM": "dumb", "COLORTERM": "truecolor"], true, false, false, .lines),
    ] as [([String: String], Bool, Bool, Bool, OutputMode)])
    func detect(environment: [String: String], tty: Bool, plain: Bool, noColor: Bool, expected: OutputMode) {
        #expect(OutputMode.detect(environment: environment, stdoutIsTerminal: tty, plain: plain, noColor: noColor) == expected)
    }
}
