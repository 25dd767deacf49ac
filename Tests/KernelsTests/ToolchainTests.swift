import Testing
import Kernels

@Suite("Finding the compiler")
struct ToolchainTests {
    #if os(Linux)
    @Test("with nothing on PATH the answer says what was searched and how to fix it")
    func notFound() {
        guard case .failure(let problem) = Toolchain.locate(environment: ["PATH": "/nonexistent-dir"]) else {
            Issue.record("found a compiler on an empty PATH")
            return
        }
        #expect(problem.description.contains("PATH"))
        #expect(problem.description.contains("SWIFT_EXEC"))
    }
    #endif

    @Test("SWIFT_EXEC wins over PATH, and a wrong one is named")
    func explicitCompiler() throws {
        guard case .failure(let problem) = Toolchain.locate(environment: ["SWIFT_EXEC": "/nonexistent/swiftc", "PATH": "/usr/bin"]) else {
            Issue.record("a missing SWIFT_EXEC was accepted")
            return
        }
        #expect(problem.description.contains("/nonexistent/swiftc"))
        #expect(try Toolchain.locate(environment: ["SWIFT_EXEC": "/bin/sh", "PATH": ""]).get() == Toolchain(swiftc: "/bin/sh"))
    }

    @Test("the version is the first line of swiftc --version", .enabled(if: KernelTestSupport.toolchain != nil, KernelTestSupport.skipReason))
    func version() throws {
        let toolchain = try #require(KernelTestSupport.toolchain)
        let version = try toolchain.readVersion()
        #expect(version.contains("Swift version"))
        #expect(!version.contains("\n"))
    }
}
