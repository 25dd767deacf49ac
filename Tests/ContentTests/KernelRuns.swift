import Course
import Foundation
import Kernels
import Testing

/// Runs the shipped kernels for the tests: each kernel once per test process, at most two at
/// a time (the first alone, so KernelKit is built once), in a cache directory that survives
/// between runs so a second `swift test` compiles nothing.
actor KernelRuns {
    static let shared = KernelRuns()

    static let toolchain: Toolchain? = try? Toolchain.locate().get()

    static let noCompiler: Comment =
        "no Swift compiler found (set SWIFT_EXEC or put swiftc on PATH): the shipped kernels are not run"

    /// A fixed name, so repeated test runs reuse compiled kernels; the key of each entry holds
    /// the kernel's source, KernelKit's and the compiler's version, so reuse is always safe.
    static let cacheDirectory: String = (NSTemporaryDirectory() as NSString).appendingPathComponent("attend-content-tests-cache")

    private var runs: [ShippedKernel: Task<KernelRunResult?, Never>] = [:]
    private var running = 0
    private var finished = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// The result of running `kernel`; nil without a compiler or when the lesson is gone.
    func result(of kernel: ShippedKernel) async -> KernelRunResult? {
        if let run = runs[kernel] { return await run.value }
        let run = Task<KernelRunResult?, Never> {
            guard let toolchain = Self.toolchain, let (lesson, source) = kernel.source else { return nil }
            // Generous: the machine is busy compiling other kernels and tests meanwhile.
            let runner = KernelRunner(toolchain: toolchain, cacheDirectory: Self.cacheDirectory,
                                      limits: KernelLimits(timeLimit: 30))
            await self.acquire()
            let result = await runner.run(KernelJob(lesson: lesson, kernel: source))
            self.release()
            return result
        }
        runs[kernel] = run
        return await run.value
    }

    private func acquire() async {
        // One at a time until a kernel has finished (and so KernelKit is built), then two.
        let limit = finished == 0 ? 1 : 2
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        finished += 1
        if !waiting.isEmpty {
            waiting.removeFirst().resume()  // the slot passes straight to the waiter
            if running < 2, !waiting.isEmpty {
                running += 1
                waiting.removeFirst().resume()
            }
        } else {
            running -= 1
        }
    }
}
