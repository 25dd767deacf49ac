import Foundation
import Practice
import Testing

/// The event log across processes: two writers at once, and a writer killed with SIGKILL in
/// the middle of its appends. Nothing reported saved may be missing, and nothing may be
/// interleaved.
@Suite("End to end: the event log survives other processes", .serialized)
struct EventLogCrashTests {
    var writer: String {
        URL(fileURLWithPath: AttendBinary.path).deletingLastPathComponent().appendingPathComponent("attend-log-writer").path
    }

    func spawn(_ args: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: writer)
        process.arguments = args
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        return (process, out)
    }

    @Test func twoProcessesAppendingAtOnceNeverInterleave() throws {
        let dir = AttendBinary.temporaryDirectory("two-writers")
        let (a, outA) = try spawn([dir, "a", "150"])
        let (b, outB) = try spawn([dir, "b", "150"])
        _ = outA.fileHandleForReading.readDataToEndOfFile()
        _ = outB.fileHandleForReading.readDataToEndOfFile()
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        let loaded = EventLog(directory: dir).load()
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        #expect(loaded.events.count == 300)
        for name in ["a", "b"] {
            let items = loaded.events.compactMap { event -> Int? in
                guard case .review(let card, _, _, _) = event.kind, card.hasPrefix(name + "/") else { return nil }
                return Int(card.dropFirst(name.count + "/item-".count))
            }
            #expect(items == Array(0..<150), "each writer's events are whole and in order")
        }
    }

    @Test func killDashNineLosesNothingThatWasReportedSaved() throws {
        for round in 0..<3 {
            let dir = AttendBinary.temporaryDirectory("kill9-\(round)")
            let (process, out) = try spawn([dir, "k", "100000"])
            // Let it write a while, then kill it without warning.
            var seen = Data()
            while !(String(decoding: seen, as: UTF8.self).contains("saved \(200 + round * 50)")) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen.append(chunk)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            seen.append(out.fileHandleForReading.readDataToEndOfFile())
            let reported = String(decoding: seen, as: UTF8.self).split(separator: "\n").compactMap { line -> Int? in
                line.hasPrefix("saved ") ? Int(line.dropFirst(6)) : nil
            }
            let lastSaved = try #require(reported.last)
            let loaded = EventLog(directory: dir).load()
            #expect(loaded.problems.count <= 1, "at most the one line being written is torn: \(loaded.problems)")
            let items = Set(loaded.events.compactMap { event -> Int? in
                guard case .review(let card, _, _, _) = event.kind else { return nil }
                return Int(card.dropFirst("k/item-".count))
            })
            for i in 0...lastSaved {
                #expect(items.contains(i), "event \(i) was reported saved but is missing")
            }
            // And the log is healthy afterwards: a new append lands on a line of its own.
            try EventLog(directory: dir).append(PracticeEvent(.lessonFinished(lesson: "after"), at: 0))
            let again = EventLog(directory: dir).load()
            #expect(again.problems.isEmpty)
            #expect(again.events.last?.kind == .lessonFinished(lesson: "after"))
        }
    }
}
