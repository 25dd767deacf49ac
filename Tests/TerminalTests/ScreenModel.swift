import Terminal
import DisplayWidth

/// A tiny terminal emulator, written apart from the renderer, that applies
/// frame bytes to a grid: the independent oracle for renderer tests. It knows
/// CUP, CUF, ED 2, SGR, the private modes (ignored) and wide characters.
struct ScreenModel {
    var width: Int
    var height: Int
    var rows: [[String]]
    var styles: [[String]]
    var cursorX = 0
    var cursorY = 0
    var sgr = "0"
    var synchronizedDepth = 0
    var failures: [String] = []

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        rows = Array(repeating: Array(repeating: " ", count: width), count: height)
        styles = Array(repeating: Array(repeating: "0", count: width), count: height)
    }

    var text: String {
        rows.map { row in
            var line = row.joined()
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    mutating func apply(_ bytes: [UInt8]) {
        let string = String(decoding: bytes, as: UTF8.self)
        var scalars = Array(string.unicodeScalars)[...]
        var pendingText = ""
        func flushText(_ model: inout ScreenModel) {
            for character in pendingText { model.put(character) }
            pendingText = ""
        }
        while let scalar = scalars.popFirst() {
            if scalar == "\u{1B}" {
                flushText(&self)
                guard scalars.popFirst() == "[" else { failures.append("ESC not followed by ["); continue }
                var parameters = ""
                var final: Unicode.Scalar = "?"
                while let next = scalars.popFirst() {
                    if (0x40...0x7E).contains(next.value) { final = next; break }
                    parameters.unicodeScalars.append(next)
                }
                control(parameters, final)
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                failures.append("raw control U+\(String(scalar.value, radix: 16)) written")
            } else {
                pendingText.unicodeScalars.append(scalar)
            }
        }
        flushText(&self)
    }

    private mutating func put(_ character: Character) {
        let w = DisplayWidth.of(character)
        guard cursorY < height, cursorX + w <= width else {
            failures.append("text \(character) written outside the screen at \(cursorX),\(cursorY)")
            return
        }
        rows[cursorY][cursorX] = String(character)
        styles[cursorY][cursorX] = sgr
        if w == 2 {
            rows[cursorY][cursorX + 1] = ""
            styles[cursorY][cursorX + 1] = sgr
        }
        cursorX = min(cursorX + w, width - 1)
    }

    private mutating func control(_ parameters: String, _ final: Unicode.Scalar) {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        switch final {
        case "H":
            cursorY = max(1, (numbers.first ?? 1) ?? 1) - 1
            cursorX = max(1, (numbers.count > 1 ? numbers[1] : 1) ?? 1) - 1
        case "C":
            cursorX = min(width - 1, cursorX + max(1, (numbers.first ?? 1) ?? 1))
        case "J" where parameters == "2":
            rows = Array(repeating: Array(repeating: " ", count: width), count: height)
            styles = Array(repeating: Array(repeating: "0", count: width), count: height)
        case "m":
            sgr = parameters.isEmpty ? "0" : parameters
        case "h" where parameters == "?2026":
            synchronizedDepth += 1
        case "l" where parameters == "?2026":
            synchronizedDepth -= 1
        case "h", "l":
            break
        default:
            failures.append("unexpected sequence ESC[\(parameters)\(final)")
        }
    }
}
