import Foundation

/// Compiles KernelKit and kernels with swiftc and keeps the results in the cache directory:
///
/// ```
/// <cache>/kernelkit-<hash>/   KernelKit.swiftmodule + libKernelKit.a, one per (KernelKit source, compiler)
/// <cache>/kernels/<hash>      one executable per (kernel source and place, KernelKit, compiler)
/// <cache>/toolchains/…        the compiler's version, remembered against its binary
/// <cache>/tmp/…               builds in progress, renamed into place only when complete
/// ```
///
/// A build happens in its own temporary directory and is renamed into place in one step, so
/// two processes building the same thing at once never see half of one.
struct KernelBuilder: Sendable {
    let toolchain: Toolchain
    let cacheDirectory: String
    let kernelKit: KernelKitSource
    let kernelKitSourceHash: String

    /// Changing a flag below must change these, so old cache entries are not reused.
    static let kernelKitRecipe = "kernelkit-v1 -swift-version 6 -O -wmo -static"
    static let kernelRecipe = "kernel-v1 -swift-version 5 -Onone"

    init(toolchain: Toolchain, cacheDirectory: String, kernelKit: KernelKitSource) {
        self.toolchain = toolchain
        self.cacheDirectory = cacheDirectory
        self.kernelKit = kernelKit
        self.kernelKitSourceHash = kernelKit.sha256
    }

    /// What `executable(for:)` produced: the compiled kernel, or the outcome that stopped it.
    struct Build: Sendable {
        var executable: Result<String, BuildStop>
        var compilerInvocations: Int
    }

    struct BuildStop: Error, Sendable {
        var outcome: KernelOutcome
    }

    /// The kernel's executable: from the cache without running the compiler when it is there,
    /// else compiled (building KernelKit first if this compiler has not built it yet).
    func executable(for job: KernelJob, cancellation: KernelCancellation,
                    progress: @Sendable (String) -> Void) -> Build {
        var invocations = 0
        do {
            let version: String
            do {
                version = try toolchain.version(rememberedIn: cacheDirectory)
            } catch {
                throw BuildStop(outcome: .setupFailed(SetupFailure(message: "The Swift compiler did not answer.",
                                                                   detail: "\(error)")))
            }
            let kernelKitKey = SHA256.hexDigest(of: [Self.kernelKitRecipe, kernelKitSourceHash, version].joined(separator: "\n"))
            // The compiler's path too: a kernel links the runtime beside the compiler that built it.
            let kernelKey = SHA256.hexDigest(of: [Self.kernelRecipe, job.mainSwift, kernelKitKey, version, toolchain.swiftc]
                .joined(separator: "\n\u{0}"))
            let binary = cacheDirectory + "/kernels/" + kernelKey
            if Platform.isExecutableFile(binary) {
                return Build(executable: .success(binary), compilerInvocations: 0)
            }
            try makeDirectory(cacheDirectory + "/kernels")
            try makeDirectory(temporaryRoot)
            sweepAbandonedBuilds()
            let kernelKitDirectory = cacheDirectory + "/kernelkit-" + kernelKitKey
            if !isCompleteKernelKit(kernelKitDirectory) {
                progress("Building KernelKit (first run only)…")
                invocations += 1
                try buildKernelKit(into: kernelKitDirectory, version: version, cancellation: cancellation)
            }
            progress("Compiling the kernel…")
            invocations += 1
            try compileKernel(job, against: kernelKitDirectory, into: binary, cancellation: cancellation)
            return Build(executable: .success(binary), compilerInvocations: invocations)
        } catch let stop as BuildStop {
            return Build(executable: .failure(stop), compilerInvocations: invocations)
        } catch {
            let outcome = KernelOutcome.setupFailed(SetupFailure(message: "The kernel cache could not be written.",
                                                                 detail: "\(error)"))
            return Build(executable: .failure(BuildStop(outcome: outcome)), compilerInvocations: invocations)
        }
    }

    // MARK: - KernelKit

    private func isCompleteKernelKit(_ directory: String) -> Bool {
        FileManager.default.fileExists(atPath: directory + "/KernelKit.swiftmodule")
            && FileManager.default.fileExists(atPath: directory + "/libKernelKit.a")
    }

    private func buildKernelKit(into destination: String, version: String, cancellation: KernelCancellation) throws {
        let work = try makeTemporaryDirectory("kernelkit")
        defer { try? FileManager.default.removeItem(atPath: work) }
        let sources = work + "/Sources"
        try makeDirectory(sources)
        for file in kernelKit.files {
            try file.contents.write(toFile: sources + "/" + file.name, atomically: false, encoding: .utf8)
        }
        let arguments = [
            "-emit-module", "-emit-library", "-static", "-parse-as-library",
            // Whole-module: one frontend instead of one per file, as fast as -Onone here.
            "-module-name", "KernelKit", "-swift-version", "6", "-O", "-wmo",
            "-diagnostic-style", "llvm",
            "-module-cache-path", cacheDirectory + "/module-cache",
            "-emit-module-path", work + "/KernelKit.swiftmodule",
            "-o", work + "/libKernelKit.a",
        ] + kernelKit.files.map { sources + "/" + $0.name }
        let run = try compile(arguments, timeLimit: 600, cancellation: cancellation)
        guard run.ending == .ended(.exited(0)) else {
            throw BuildStop(outcome: stopOutcome(run) ?? .setupFailed(SetupFailure(
                message: "KernelKit (from \(kernelKit.origin)) does not build with \(version).",
                detail: String(decoding: run.standardError + run.standardOutput, as: UTF8.self))))
        }
        if !Platform.renameIntoPlace(work, destination) && !isCompleteKernelKit(destination) {
            throw BuildStop(outcome: .setupFailed(SetupFailure(message: "KernelKit could not be moved into the cache at \(destination).")))
        }
    }

    // MARK: - Kernels

    private func compileKernel(_ job: KernelJob, against kernelKitDirectory: String, into binary: String,
                               cancellation: KernelCancellation) throws {
        let work = try makeTemporaryDirectory("kernel")
        defer { try? FileManager.default.removeItem(atPath: work) }
        try job.mainSwift.write(toFile: work + "/main.swift", atomically: false, encoding: .utf8)
        let arguments = [
            // Swift 5 mode: Swift 6 makes top-level variables main-actor isolated, and a
            // learner's plain top-level function that reads one would not compile.
            "-swift-version", "5", "-Onone",
            // One `file:line:col: error:` line per message, with the kernel's own source
            // line under it; the default style numbers its excerpts by main.swift's lines.
            "-diagnostic-style", "llvm",
            "-module-cache-path", cacheDirectory + "/module-cache",
            "-I", kernelKitDirectory, "-L", kernelKitDirectory, "-lKernelKit",
            "-o", work + "/kernel", work + "/main.swift",
        ]
        let run = try compile(arguments, timeLimit: 300, cancellation: cancellation)
        if let stopped = stopOutcome(run) { throw BuildStop(outcome: stopped) }
        guard run.ending == .ended(.exited(0)) else {
            let output = String(decoding: run.standardError + run.standardOutput, as: UTF8.self)
            throw BuildStop(outcome: .compileFailed(CompileFailure(
                diagnostics: CompilerDiagnostic.parse(compilerOutput: output), output: output)))
        }
        guard Platform.renameIntoPlace(work + "/kernel", binary) else {
            throw BuildStop(outcome: .setupFailed(SetupFailure(message: "The compiled kernel could not be moved into the cache at \(binary).")))
        }
    }

    // MARK: - Shared

    private func compile(_ arguments: [String], timeLimit: Double, cancellation: KernelCancellation) throws -> ProcessRun {
        do {
            return try ProcessRunner.run(executable: toolchain.swiftc, arguments: arguments,
                                         environment: ProcessInfo.processInfo.environment,
                                         limits: KernelLimits(timeLimit: timeLimit, outputLimit: 8 << 20),
                                         cancellation: cancellation)
        } catch {
            throw BuildStop(outcome: .setupFailed(SetupFailure(message: "\(toolchain.swiftc) could not be started.",
                                                               detail: "\(error)")))
        }
    }

    /// Cancellation and runaway compiles end a build whatever the exit status would have been.
    private func stopOutcome(_ run: ProcessRun) -> KernelOutcome? {
        switch run.ending {
        case .cancelled: return .cancelled
        case .timedOut: return .setupFailed(SetupFailure(message: "The Swift compiler took too long and was stopped."))
        case .outputLimitExceeded: return .setupFailed(SetupFailure(message: "The Swift compiler wrote too much output and was stopped."))
        case .ended: return nil
        }
    }

    private var temporaryRoot: String { cacheDirectory + "/tmp" }

    private func makeTemporaryDirectory(_ kind: String) throws -> String {
        let path = "\(temporaryRoot)/\(kind)-\(Platform.processID)-\(UUID().uuidString)"
        try makeDirectory(path)
        return path
    }

    private func makeDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Removes builds a killed process left behind; an hour is far longer than any build.
    private func sweepAbandonedBuilds() {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: temporaryRoot) else { return }
        let cutoff = Date().addingTimeInterval(-3600)
        for name in names {
            let path = temporaryRoot + "/" + name
            if let modified = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date, modified < cutoff {
                try? manager.removeItem(atPath: path)
            }
        }
    }
}
