import Foundation

/// Reading a file of a course: the path under the root, and the text with a diagnostic when it
/// cannot be read or is not UTF-8 (naming the first line that is not). Lessons, the outline
/// and quiz decks are all read this way.
enum CourseFile {
    static func absolute(_ relative: String, root: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    static func read(_ relative: String, root: String, diagnostics: inout [Diagnostic]) -> String? {
        let path = absolute(relative, root: root)
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            diagnostics.append(.error(relative, 0, 0, exists ? "cannot read this file" : "file not found"))
            return nil
        }
        let bytes = [UInt8](data)
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = 1
        var lineStart = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A || index == bytes.count - 1 {
            let end = byte == 0x0A ? index : index + 1
            if String(validating: bytes[lineStart..<end], as: UTF8.self) == nil { break }
            line += 1
            lineStart = index + 1
        }
        diagnostics.append(.error(relative, line, 0, "file is not valid UTF-8 text"))
        return nil
    }
}
