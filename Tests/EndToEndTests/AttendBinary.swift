import Foundation

/// Finds the `attend` binary to drive and the checkout it belongs to.
///
/// The release binary is used when it is at least as new as every source file (CI builds it
/// first); otherwise the debug binary that `swift test` just built, so a developer's
/// `swift test` never drives a stale release build.
enum AttendBinary {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var path: String {
        let testBinaryDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates: [String] = []
        let release = packageRoot + "/.build/release/attend"
        if let releaseDate = modified(release), releaseDate >= newestSource() { candidates.append(release) }
        candidates.append(testBinaryDir.appendingPathComponent("attend").path)
        candidates.append(packageRoot + "/.build/debug/attend")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }

    static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    static func newestSource() -> Date {
        var newest = Date.distantPast
        let sources = packageRoot + "/Sources"
        for case let file as String in FileManager.default.enumerator(atPath: sources) ?? FileManager.DirectoryEnumerator() {
            if let date = modified(sources + "/" + file), date > newest { newest = date }
        }
        return newest
    }

    /// Runs the binary to completion with the given arguments and environment (no terminal).
    static func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read stderr on another thread while stdout is read here, so neither pipe can fill
        // up and block the child.
        let errBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outText = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let errText = errBox.data
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outText, as: UTF8.self), String(decoding: errText, as: UTF8.self))
    }

    /// A fresh, empty directory under the system's temporary directory.
    static func temporaryDirectory(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "attend-e2e-\(name)-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}
