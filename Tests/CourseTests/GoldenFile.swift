import Foundation
import Testing
import DisplayWidth
@testable import Course

/// Compares text with a golden file in `Tests/CourseTests/Golden/`, next to the tests.
///
/// Run with `ATTEND_RECORD=1` to write the files from the current output; review the diff
/// before committing it.
enum GoldenFile {
    static func check(_ actual: String, named name: String, filePath: String = #filePath,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["ATTEND_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(url.path); run the tests with ATTEND_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            let got = first < a.count ? String(a[first]) : "<end>"
            let want = first < e.count ? String(e[first]) : "<end>"
            Issue.record("\(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\n(ATTEND_RECORD=1 re-records)",
                         sourceLocation: sourceLocation)
        }
    }

    /// The lines' text, then a style map: one code per column for every line that is not
    /// all plain body text. Codes: 1-6 heading, ` inline code, C code/syntax, m math,
    /// q quote, a alert, l list marker, u link, r rule, B table border, H table header,
    /// d diagram, ~ caption, ! error, e emphasis, b strong, space body.
    static func dump(_ lines: [LayoutLine]) -> String {
        var text: [String] = []
        var styles: [String] = []
        for (index, line) in lines.enumerated() {
            text.append(line.text)
            var codes = ""
            for span in line.spans {
                let code = Self.code(span.style)
                for character in span.text {
                    codes += String(repeating: String(code), count: max(1, DisplayWidth.of(character)))
                }
            }
            while codes.last == " " { codes.removeLast() }
            var marks = ""
            if let heading = line.heading { marks += " heading(\(heading.level))" }
            switch line.anchor {
            case .kernel(let name)?: marks += " kernel" + (name.map { " " + $0 } ?? "")
            case .checkpoint(let index)?: marks += " checkpoint \(index)"
            case .lessonDecks?: marks += " decks"
            case nil: break
            }
            if !codes.isEmpty || !marks.isEmpty {
                styles.append(String(format: "%3d:", index + 1) + " " + codes + (marks.isEmpty ? "" : "  ←" + marks))
            }
        }
        return text.joined(separator: "\n") + "\n--- styles ---\n" + styles.joined(separator: "\n") + "\n"
    }

    private static func code(_ style: TextStyle) -> Character {
        switch style.role {
        case .heading(let n): return Character(String(n))
        case .inlineCode: return "`"
        case .codeBlock, .syntax: return "C"
        case .math: return "m"
        case .quote: return "q"
        case .alert: return "a"
        case .listMarker: return "l"
        case .link: return "u"
        case .rule: return "r"
        case .tableBorder: return "B"
        case .tableHeader: return "H"
        case .diagram: return "d"
        case .caption: return "~"
        case .error: return "!"
        case .body: return style.strong ? "b" : style.emphasis ? "e" : " "
        }
    }
}
