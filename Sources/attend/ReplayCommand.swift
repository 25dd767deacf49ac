import Course
import Foundation
import Practice

/// `attend srs replay FILE.csv`: the FSRS-6 state after each review, as CSV on stdout.
enum ReplayCommand {
    static func run(file: String) -> Int32 {
        let text: String
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
        let result = SRSReplay.run(csv: text, source: file)
        FileHandle.standardOutput.write(Data(result.output.utf8))
        for d in result.diagnostics { printError(d.description) }
        return result.diagnostics.contains { $0.severity == .error } ? 1 : 0
    }
}
