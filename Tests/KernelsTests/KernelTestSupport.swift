import Foundation
import Kernels
import Testing

/// What the tests that really compile and run kernels share: the local toolchain (they skip
/// without one) and one cache directory, so KernelKit is built once per test run.
enum KernelTestSupport {
    static let toolchain: Toolchain? = try? Toolchain.locate().get()

    static let skipReason: Comment = "no Swift compiler found (set SWIFT_EXEC or put swiftc on PATH); skipping real compiles"

    /// A fresh cache directory for this test process; old ones from earlier runs are removed.
    static let sharedCache: String = {
        let root = NSTemporaryDirectory()
        let prefix = "attend-kernels-tests-"
        let manager = FileManager.default
        for name in (try? manager.contentsOfDirectory(atPath: root)) ?? [] where name.hasPrefix(prefix) {
            let path = root + "/" + name
            if let modified = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
               modified < Date().addingTimeInterval(-3600) {
                try? manager.removeItem(atPath: path)
            }
        }
        let path = root + "/" + prefix + UUID().uuidString
        try? manager.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    static func runner(limits: KernelLimits = .standard, toolchain: Toolchain? = toolchain) -> KernelRunner? {
        guard let toolchain else { return nil }
        return KernelRunner(toolchain: toolchain, cacheDirectory: sharedCache, limits: limits)
    }

    /// A `swiftc` stand-in that logs each call to `log` and then runs the real compiler, so a
    /// test can count compiler invocations without trusting the code under test.
    static func loggingCompiler(log: String) throws -> Toolchain? {
        guard let real = toolchain else { return nil }
        let script = sharedCache + "/swiftc-logging-\(UUID().uuidString)"
        try "#!/bin/sh\necho \"$*\" >> '\(log)'\nexec '\(real.swiftc)' \"$@\"\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        return Toolchain(swiftc: script)
    }
}
