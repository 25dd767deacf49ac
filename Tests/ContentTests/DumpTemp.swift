import Course
import Foundation
import Kernels
import Testing

@Test(.enabled(if: ProcessInfo.processInfo.environment["DUMP"] == "1"))
func dumpKernels() async throws {
    var out = ""
    for kernel in ShippedCourse.kernels {
        guard let result = await KernelRuns.shared.result(of: kernel) else { out += "\(kernel): nil\n"; continue }
        out += "=== \(kernel) \(result.outcome.headline)\n"
        for event in result.events {
            switch event {
            case .step(let s):
                out += "step \(s.title)\n"
                for t in s.tensors { out += "   \(t.name) \(t.shape) \(t.data.prefix(12).map { String(format: "%.6g", $0) }.joined(separator: ","))\n" }
            case .ask(let a): out += "ask \(a.tensor) \(a.index)\n"
            case .say: break
            case .malformed(let p): out += "MALFORMED \(p)\n"
            }
        }
    }
    try out.write(toFile: "/tmp/pkg-content/notes/dump.txt", atomically: true, encoding: .utf8)
}
