import Foundation
@testable import Practice

/// Helpers shared by the FSRS and replay tests.
enum FSRSTestSupport {
    /// A UTC instant from ISO-8601 text, parsed by Foundation (not by the code under test).
    static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text) else {
            preconditionFailure("bad test timestamp \(text)")
        }
        return date
    }

    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static let replayScheduler = FSRSScheduler(.replay)

    /// The folder of fixture files next to this source file.
    static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }
}
