import Foundation

/// The local Swift compiler that kernels are built with.
///
/// ```swift
/// switch Toolchain.locate() {
/// case .success(let toolchain): print(toolchain.swiftc)      // "/usr/bin/swiftc"
/// case .failure(let problem): print(problem)                 // says what was searched, how to fix
/// }
/// ```
public struct Toolchain: Sendable, Equatable {
    /// Absolute path of the `swiftc` to run.
    public var swiftc: String

    public init(swiftc: String) {
        self.swiftc = swiftc
    }

    /// Finds `swiftc`: `SWIFT_EXEC` when set, else the first `swiftc` on `PATH`, else (on
    /// macOS) `xcrun --find swiftc`. Runs no compiler.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Result<Toolchain, ToolchainError> {
        if let explicit = environment["SWIFT_EXEC"], !explicit.isEmpty {
            let path = absolute(explicit)
            guard Platform.isExecutableFile(path) else {
                return .failure(.notFound("SWIFT_EXEC is \(explicit), which is not an executable file. "
                                          + "Point it at swiftc, or unset it to search PATH."))
            }
            return .success(Toolchain(swiftc: path))
        }
        let searchPath = environment["PATH"] ?? ""
        for directory in searchPath.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = absolute(String(directory) + "/swiftc")
            if Platform.isExecutableFile(candidate) { return .success(Toolchain(swiftc: candidate)) }
        }
        if Platform.isMacOS, let found = xcrunFind(environment: environment) {
            return .success(Toolchain(swiftc: found))
        }
        return .failure(.notFound("No Swift compiler found: SWIFT_EXEC is not set and there is no swiftc on PATH"
                                  + (Platform.isMacOS ? " or through xcrun" : "")
                                  + ". Install a Swift toolchain (swift.org/install), or set SWIFT_EXEC to swiftc's path."))
    }

    /// The first line of `swiftc --version`, e.g. `Swift version 6.3.1 (swift-6.3.1-RELEASE)`.
    public func readVersion() throws -> String {
        let run: ProcessRun
        do {
            run = try ProcessRunner.run(executable: swiftc, arguments: ["--version"],
                                        environment: ProcessInfo.processInfo.environment,
                                        limits: KernelLimits(timeLimit: 60, outputLimit: 1 << 20),
                                        cancellation: KernelCancellation())
        } catch {
            throw ToolchainError.versionUnreadable("\(swiftc) could not be started: \(error)")
        }
        let text = String(decoding: run.standardOutput.isEmpty ? run.standardError : run.standardOutput, as: UTF8.self)
        let firstLine = text.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard run.ending == .ended(.exited(0)), !firstLine.isEmpty else {
            throw ToolchainError.versionUnreadable("\(swiftc) --version did not answer (\(run.ending)).")
        }
        return firstLine
    }

    /// The version, remembered in `cacheDirectory` against the compiler binary's size, time
    /// and inode, so that a cached kernel starts without running the compiler at all.
    func version(rememberedIn cacheDirectory: String) throws -> String {
        let fingerprint = compilerFingerprint()
        let memo = cacheDirectory + "/toolchains/" + String(SHA256.hexDigest(of: swiftc).prefix(32))
        if let fingerprint, let text = try? String(contentsOfFile: memo, encoding: .utf8) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.count >= 2, lines[0] == fingerprint, !lines[1].isEmpty { return String(lines[1]) }
        }
        let version = try readVersion()
        if let fingerprint {
            try? FileManager.default.createDirectory(atPath: cacheDirectory + "/toolchains", withIntermediateDirectories: true)
            let temporary = memo + ".\(Platform.processID).tmp"
            if (try? "\(fingerprint)\n\(version)\n".write(toFile: temporary, atomically: false, encoding: .utf8)) != nil {
                _ = Platform.renameIntoPlace(temporary, memo)
            }
        }
        return version
    }

    /// `swiftc` is usually a symlink to a driver that runs a `swift-frontend` beside it; a
    /// reinstalled toolchain changes one or the other.
    private func compilerFingerprint() -> String? {
        let resolved = URL(fileURLWithPath: swiftc).resolvingSymlinksInPath().path
        guard let driver = Platform.fileFingerprint(resolved) else { return nil }
        let frontend = URL(fileURLWithPath: resolved).deletingLastPathComponent().appendingPathComponent("swift-frontend").path
        return "\(resolved) \(driver) \(Platform.fileFingerprint(frontend) ?? "-")"
    }

    private static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }

    private static func xcrunFind(environment: [String: String]) -> String? {
        guard Platform.isExecutableFile("/usr/bin/xcrun"),
              let run = try? ProcessRunner.run(executable: "/usr/bin/xcrun", arguments: ["--find", "swiftc"],
                                               environment: environment,
                                               limits: KernelLimits(timeLimit: 30, outputLimit: 1 << 16),
                                               cancellation: KernelCancellation()),
              run.ending == .ended(.exited(0)) else { return nil }
        let path = String(decoding: run.standardOutput, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return Platform.isExecutableFile(path) ? path : nil
    }
}

/// Why no usable compiler was found; the description says what to do.
public enum ToolchainError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case versionUnreadable(String)

    public var description: String {
        switch self {
        case .notFound(let text), .versionUnreadable(let text): return text
        }
    }
}
