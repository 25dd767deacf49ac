import Course
import DisplayWidth
import Foundation
import Kernels
import Terminal

/// A failed run as readable rows: the headline, then the compiler's errors in the lesson's
/// line numbers with each source line quoted and a caret, or what a crashed kernel wrote to
/// standard error, then what the learner can do next.
enum StepperFailurePanel {
    static func lines(_ failure: StepperFailure, lesson: Lesson, kernel: KernelSource, width: Int, theme: Theme) -> [PaneLine] {
        var lines = StepperText.wrap(failure.headline, width: width).map { PaneLine($0, style: theme.error) }
        lines.append(PaneLine())
        switch failure {
        case .outcome(.compileFailed(let compile), _):
            let shown = compile.diagnostics.filter { $0.severity == .error || $0.severity == .warning }
            for diagnostic in shown {
                let style = diagnostic.severity == .error ? theme.error : theme.started
                lines += StepperText.wrap(diagnostic.description, width: width).map { PaneLine($0, style: style) }
                if belongs(diagnostic.file, to: lesson) {
                    lines += quote(line: diagnostic.line, column: diagnostic.column, kernel: kernel, theme: theme)
                }
            }
            if shown.isEmpty { lines += outputLines(compile.output, width: width, theme: theme) }
        case .outcome(.crashed(let crash), let standardError):
            lines.append(PaneLine("It ended with \(crash.termination).", style: theme.dim))
            if let line = crash.line { lines += quote(line: line, column: 0, kernel: kernel, theme: theme) }
            let errors = standardError.isEmpty ? crash.standardError : standardError
            if !errors.isEmpty {
                lines.append(PaneLine())
                lines.append(PaneLine("Standard error:", style: Style(bold: true)))
                lines += outputLines(errors, width: width, theme: theme)
            }
        case .outcome(.timedOut, _):
            lines += StepperText.wrap("A loop that never ends is the usual cause.", width: width).map { PaneLine($0) }
        case .outcome(.outputLimitExceeded, _):
            lines += StepperText.wrap("A step or a print inside a long loop is the usual cause.", width: width).map { PaneLine($0) }
        case .outcome(.setupFailed(let setup), _):
            lines += outputLines(setup.detail, width: width, theme: theme)
        case .outcome(.cancelled, _), .outcome(.succeeded, _), .noToolchain:
            break
        }
        if lines.last != PaneLine() { lines.append(PaneLine()) }
        let next = "r run again · e edit the kernel · u back to the lesson's kernel · q back"
        lines += StepperText.wrap(next, width: width).map { PaneLine($0, style: theme.hint) }
        return lines
    }

    /// The lesson-file lines a failure points at, for marking them in the code pane.
    static func lines(of failure: StepperFailure, lesson: Lesson) -> [Int] {
        switch failure {
        case .outcome(.compileFailed(let compile), _):
            return compile.errors.filter { belongs($0.file, to: lesson) && $0.line > 0 }.map(\.line)
        case .outcome(.crashed(let crash), _):
            return crash.line.map { [$0] } ?? []
        default:
            return []
        }
    }

    /// True when the compiler's file is the lesson (it prints the path it was given).
    static func belongs(_ file: String, to lesson: Lesson) -> Bool {
        !file.isEmpty && (file == lesson.source || file.hasSuffix("/" + lesson.source) || lesson.source.hasSuffix("/" + file))
    }

    /// `  13 │ let b = a + "two"` and a caret under the column, when the line is the kernel's.
    static func quote(line: Int, column: Int, kernel: KernelSource, theme: Theme) -> [PaneLine] {
        let codeLines = kernel.code.split(separator: "\n", omittingEmptySubsequences: false)
        let offset = line - kernel.firstLine
        guard offset >= 0, offset < codeLines.count else { return [] }
        let number = "\(line)"
        let gutter = "  " + number + " │ "
        let text = String(codeLines[offset])
        var quoted = PaneLine(gutter, style: theme.dim)
        quoted.append(text)
        var result = [quoted]
        if column > 0 {
            // swiftc counts columns in UTF-8 bytes.
            let before = DisplayWidth.of(String(decoding: Array(text.utf8).prefix(column - 1), as: UTF8.self))
            var caret = PaneLine("  " + String(repeating: " ", count: number.count) + " │ ", style: theme.dim)
            caret.append(String(repeating: " ", count: before) + "^", style: theme.error)
            result.append(caret)
        }
        return result
    }

    /// Raw text (compiler output, standard error): the last 40 lines, each cut to the width.
    static func outputLines(_ text: String, width: Int, theme: Theme) -> [PaneLine] {
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let last = rows.last, last.trimmingCharacters(in: .whitespaces).isEmpty { rows.removeLast() }
        var lines: [PaneLine] = []
        if rows.count > 40 {
            lines.append(PaneLine("… \(rows.count - 40) earlier lines", style: theme.dim))
            rows = Array(rows.suffix(40))
        }
        return lines + rows.map { PaneLine(Chrome.truncate($0, to: width)) }
    }
}
