import Foundation
import Testing
import Kernels

/// The binary carries a copy of KernelKit's source (Sources/Kernels/EmbeddedKernelKit.swift)
/// so kernels compile where the checkout is gone. This test keeps the copy in step.
///
/// Regenerate after changing KernelKit:
///     ATTEND_RECORD=1 swift test --filter KernelsTests.EmbeddedKernelKitTests
@Suite("Embedded KernelKit")
struct EmbeddedKernelKitTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let kernelKitDirectory = packageRoot.appendingPathComponent("Sources/KernelKit").path
    static let generatedFile = packageRoot.appendingPathComponent("Sources/Kernels/EmbeddedKernelKit.swift").path
    static let regenerate = "ATTEND_RECORD=1 swift test --filter KernelsTests.EmbeddedKernelKitTests"

    @Test("the embedded copy matches Sources/KernelKit")
    func embeddedCopyIsCurrent() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.kernelKitDirectory)
            .filter { $0.hasSuffix(".swift") }.sorted()
        let files = try names.map { name in
            (name: name, contents: try String(contentsOfFile: Self.kernelKitDirectory + "/" + name, encoding: .utf8))
        }
        #expect(!files.isEmpty, "no Swift files in \(Self.kernelKitDirectory)")

        if ProcessInfo.processInfo.environment["ATTEND_RECORD"] == "1" {
            try EmbeddedKernelKitWriter.render(files).write(toFile: Self.generatedFile, atomically: true, encoding: .utf8)
            Issue.record("Wrote \(Self.generatedFile) from \(files.count) files; build and run the tests again without ATTEND_RECORD.")
            return
        }

        let embedded = KernelKitSource.embedded.files
        let differing = Set(names).symmetricDifference(embedded.map(\.name))
            .union(files.filter { file in embedded.first { $0.name == file.name }?.contents != file.contents }.map(\.name))
        #expect(differing.isEmpty, """
            Sources/Kernels/EmbeddedKernelKit.swift is out of date with Sources/KernelKit \
            (\(differing.sorted().joined(separator: ", "))). Regenerate it: \(Self.regenerate)
            """)
    }

    @Test("the checkout's copy is found and preferred, and hashes like the embedded one")
    func checkoutIsPreferred() throws {
        let located = KernelKitSource.locate(checkoutDirectory: Self.kernelKitDirectory)
        #expect(located.origin == .checkout(directory: Self.kernelKitDirectory))
        #expect(located.sha256 == KernelKitSource.embedded.sha256, "embedded copy is stale: \(Self.regenerate)")
        let fallback = KernelKitSource.locate(checkoutDirectory: "/nonexistent/Sources/KernelKit")
        #expect(fallback.origin == .embedded)
    }
}

/// Writes EmbeddedKernelKit.swift: each file's name and contents as a raw string literal.
enum EmbeddedKernelKitWriter {
    static func render(_ files: [(name: String, contents: String)]) -> String {
        var out = """
        // Generated from Sources/KernelKit by KernelsTests; do not edit by hand.
        // Regenerate: \(EmbeddedKernelKitTests.regenerate)

        /// KernelKit's source, carried in the binary so a kernel compiles where the checkout is gone.
        enum EmbeddedKernelKit {
            static let files: [(name: String, contents: String)] = [

        """
        for file in files {
            // One more # than the longest run in the text, so no `"""#…` or `\#…` inside can
            // end the literal or start an escape.
            let hashes = String(repeating: "#", count: longestRun(of: "#", in: file.contents) + 1)
            out += "        (\"\(file.name)\", \(hashes)\"\"\"\n\(file.contents)\n\"\"\"\(hashes)),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    private static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0, current = 0
        for c in text {
            current = c == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
