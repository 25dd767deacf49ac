import Foundation
import Terminal
import Testing

/// Golden screen dumps: the buffer's text, then its styles, compared with a file next to the
/// tests. `ATTEND_RECORD=1 swift test` rewrites the files; review the diff before committing.
enum Golden {
    static let directory: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden").path
    }()

    static func dump(_ buffer: Buffer) -> String {
        let styles = buffer.styleDump()
        return buffer.textDump() + "\n--- styles ---\n" + (styles.isEmpty ? "" : styles + "\n")
    }

    static func check(_ buffer: Buffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = directory + "/" + name + ".txt"
        let actual = dump(buffer)
        if ProcessInfo.processInfo.environment["ATTEND_RECORD"] == "1" {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no golden file \(name).txt: run ATTEND_RECORD=1 swift test --filter ScreensTests and review it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("screen \(name) differs from its golden file.\n--- expected\n\(expected)\n--- actual\n\(actual)", sourceLocation: sourceLocation)
        }
    }
}
