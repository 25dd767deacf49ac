import Foundation
import Practice

/// A test helper, not part of the product: appends events to an event log as fast as it can
/// and prints "saved N" after each append returns, so end-to-end tests can run several
/// writers at once and kill one with SIGKILL mid-write, then check that everything reported
/// saved is on disk.
///
/// Usage: attend-log-writer DATA_DIR NAME COUNT
let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: attend-log-writer DATA_DIR NAME COUNT\n".utf8))
    exit(2)
}
let log = EventLog(directory: arguments[1])
let name = arguments[2]

for i in 0..<count {
    // A long answer makes each line several kilobytes, so a kill often lands mid-write.
    let event = PracticeEvent(.review(card: "\(name)/item-\(i)", rating: 3, correct: true,
                                      answer: String(repeating: "x", count: 3000 + i % 97)), at: 1_800_000_000 + i)
    do {
        try log.append(event)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
    FileHandle.standardOutput.write(Data("saved \(i)\n".utf8))
}
