import Course
import Foundation
import Practice

/// `attend srs replay FILE.csv`: the FSRS-6 state after each review, as CSV on stdout.
enum ReplayCommand {
    static func run(file: String) -> Int32 {
        var text: String
        if file == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("\(file): error: cannot read the file")
                return 1
            }
            guard let decoded = String(data: data, encoding: .utf8) else {
                printError("\(file): error: the file is not UTF-8 text")
                return 1
            }
            text = decoded
        }
        // The output goes to stdout a block at a time, as it is made.
        let diagnostics = text.withUTF8 { SRSReplay.run(bytes: $0, source: file, emit: writeToStandardOutput) }
        for d in diagnostics { printError(d.description) }
        return diagnostics.contains { $0.severity == .error } ? 1 : 0
    }

    private static func writeToStandardOutput(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return }  // a closed pipe: nobody is reading any more
                offset += n
            }
        }
    }
}
