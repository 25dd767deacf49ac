import Foundation
import Testing
import Kernels

/// Real compiles and runs through the local swiftc. One cache for the suite, so KernelKit
/// is built once; each kernel's text is different, so each is compiled at least once.
@Suite("Compiling and running kernels", .serialized, .enabled(if: KernelTestSupport.toolchain != nil, KernelTestSupport.skipReason))
struct KernelRunnerTests {
    let lesson = "Lessons/linalg/01-linalg-vectors.md"

    @Test("a tiny kernel runs and its trace decodes, with lines in the lesson file")
    func tinyKernel() throws {
        let runner = try #require(KernelTestSupport.runner())
        let code = """
        import KernelKit
        let A: Matrix = [[1, 2], [3, 4]]
        step("Inputs", note: "A 2×2 matrix.", ["A": A, "half": 0.5])
        say("Transposed next.")
        ask("What is T[0][1]?", tensor: "T", at: (0, 1))
        step("Transpose", ["T": A.T])
        """
        let result = runner.run(KernelJob(lessonPath: lesson, firstLine: 30, code: code))
        #expect(result.outcome == .succeeded, "\(result.outcome.headline)\n\(result.standardError)")
        #expect(result.events == [
            .step(TraceStep(title: "Inputs", note: "A 2×2 matrix.", line: 32, tensors: [
                TraceTensor(name: "A", shape: [2, 2], data: [1, 2, 3, 4]),
                TraceTensor(name: "half", shape: [], data: [0.5]),
            ])),
            .say(TraceSay(text: "Transposed next.", line: 33)),
            .ask(TraceAsk(question: "What is T[0][1]?", tensor: "T", index: [0, 1], line: 34)),
            .step(TraceStep(title: "Transpose", note: "", line: 35, tensors: [
                TraceTensor(name: "T", shape: [2, 2], data: [1, 3, 2, 4]),
            ])),
        ])
    }

    @Test("a compile error is reported at its line and column in the lesson file")
    func compileError() throws {
        let runner = try #require(KernelTestSupport.runner())
        let code = "import KernelKit\nlet x: Matrix = [[1, 2]]\nlet y: Int = x\nstep(\"never\")\n"
        let result = runner.run(KernelJob(lessonPath: lesson, firstLine: 40, code: code))
        guard case .compileFailed(let failure) = result.outcome else {
            Issue.record("expected a compile failure, got \(result.outcome)")
            return
        }
        let error = try #require(failure.errors.first)
        #expect(error.file == lesson)
        #expect(error.line == 42)
        #expect(error.column == 14)
        #expect(error.message.contains("Matrix") && error.message.contains("Int"), "message: \(error.message)")
        #expect(failure.output.contains("\(lesson):42:14: error:"))
        #expect(result.events.isEmpty)
    }

    @Test("an endless loop is killed at the time limit, keeping the trace written before it")
    func timeLimit() throws {
        let runner = try #require(KernelTestSupport.runner(limits: KernelLimits(timeLimit: 1)))
        let result = runner.run(KernelJob(lessonPath: lesson, firstLine: 1,
                                          code: "import KernelKit\nsay(\"looping\")\nwhile true {}\n"))
        #expect(result.outcome == .timedOut(seconds: 1))
        #expect(result.events == [.say(TraceSay(text: "looping", line: 2))])
        let seconds = try #require(result.runSeconds)
        #expect(seconds >= 1 && seconds < 4, "ran for \(seconds) s")
    }

    @Test("a kernel printing without end is stopped by the output limit")
    func outputLimit() throws {
        let runner = try #require(KernelTestSupport.runner(limits: KernelLimits(timeLimit: 20, outputLimit: 64 * 1024)))
        let result = runner.run(KernelJob(lessonPath: lesson, firstLine: 1,
                                          code: "import KernelKit\nwhile true { say(\"spam spam spam spam\") }\n"))
        #expect(result.outcome == .outputLimitExceeded(bytes: 65536))
        #expect(result.trace.utf8.count + result.standardError.utf8.count <= 65536)
        #expect(result.trace.utf8.count > 60_000)
        #expect(result.events.first == .say(TraceSay(text: "spam spam spam spam", line: 2)))
        #expect((result.runSeconds ?? 99) < 10)
    }

    @Test("a KernelKit shape error stops the kernel with status 70 and its message")
    func shapeError() throws {
        let runner = try #require(KernelTestSupport.runner())
        let code = """
        import KernelKit
        step("Inputs", ["one": 1.0])
        let C = matmul(Matrix.zeros(4, 3), Matrix.zeros(4, 4))
        step("never reached", ["C": C])
        """
        let result = runner.run(KernelJob(lessonPath: lesson, firstLine: 20, code: code))
        guard case .crashed(let crash) = result.outcome else {
            Issue.record("expected a crash, got \(result.outcome)")
            return
        }
        #expect(crash.termination == .exited(70))
        #expect(crash.kernelKitMessage == "matmul: 4×3 · 4×4, inner sizes 3 and 4 differ (line 22)")
        #expect(crash.line == 22)
        #expect(result.standardError.hasPrefix("KernelKit error: matmul: 4×3 · 4×4"))
        #expect(result.events.count == 1)
    }

    @Test("a Swift runtime trap is a crash by signal with the runtime's message")
    func runtimeTrap() throws {
        let runner = try #require(KernelTestSupport.runner())
        let code = "import KernelKit\nlet xs = [1, 2, 3]\nlet i = xs.count\nsay(\"\\(xs[i])\")\n"
        let result = runner.run(KernelJob(lessonPath: lesson, firstLine: 1, code: code))
        guard case .crashed(let crash) = result.outcome else {
            Issue.record("expected a crash, got \(result.outcome)")
            return
        }
        guard case .signaled = crash.termination else {
            Issue.record("expected a signal, got \(crash.termination)")
            return
        }
        #expect(crash.runtimeMessage?.contains("Index out of range") == true, "stderr: \(crash.standardError)")
        #expect(crash.kernelKitMessage == nil)
    }

    @Test("a second run of an unchanged kernel runs no compiler at all")
    func cacheHit() throws {
        let log = KernelTestSupport.sharedCache + "/compiler-calls-\(UUID().uuidString).log"
        let compiler = try #require(try KernelTestSupport.loggingCompiler(log: log))
        let runner = try #require(KernelTestSupport.runner(toolchain: compiler))
        // A comment no other test uses, so the first run must compile.
        let job = KernelJob(lessonPath: lesson, firstLine: 5,
                            code: "import KernelKit\n// \(UUID().uuidString)\nsay(\"cached\")\n")
        func compilerCalls() -> Int {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").count
        }

        let first = runner.run(job)
        #expect(first.outcome == .succeeded)
        #expect(first.compilerInvocations >= 1)
        let callsAfterFirst = compilerCalls()
        #expect(callsAfterFirst >= 2, "expected --version and a compile, log had \(callsAfterFirst) lines")

        let second = runner.run(job)
        #expect(second.outcome == .succeeded)
        #expect(second.compilerInvocations == 0)
        #expect(second.wasCached)
        #expect(compilerCalls() == callsAfterFirst, "the compiler ran again on a cached kernel")
        #expect(second.events == [.say(TraceSay(text: "cached", line: 7))])

        // Moving the kernel in its lesson changes its line numbers, so it compiles again.
        var moved = job
        moved.firstLine = 6
        let third = runner.run(moved)
        #expect(third.compilerInvocations == 1)
        #expect(third.events == [.say(TraceSay(text: "cached", line: 8))])
    }

    @Test("cancelling from another thread kills the kernel promptly")
    func cancellation() throws {
        let runner = try #require(KernelTestSupport.runner(limits: KernelLimits(timeLimit: 30)))
        let cancel = KernelCancellation()
        let started = Date()
        let result = runner.run(KernelJob(lessonPath: lesson, firstLine: 1, code: "import KernelKit\nwhile true {}\n"),
                                cancellation: cancel) { message in
            if message.hasPrefix("Running") {
                DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { cancel.cancel() }
            }
        }
        #expect(result.outcome == .cancelled)
        #expect((result.runSeconds ?? 99) < 3)
        #expect(Date().timeIntervalSince(started) < 25)
    }

    @Test("progress names each stage as it begins")
    func progressMessages() throws {
        let runner = try #require(KernelTestSupport.runner())
        let messages = MessageList()
        let job = KernelJob(lessonPath: lesson, firstLine: 1, code: "import KernelKit\n// \(UUID().uuidString)\nsay(\"p\")\n")
        _ = runner.run(job) { messages.append($0) }
        #expect(messages.items.suffix(2) == ["Compiling the kernel…", "Running the kernel…"])
        messages.removeAll()
        _ = runner.run(job) { messages.append($0) }
        #expect(messages.items == ["Running the kernel…"])
    }

    @Test("the async form returns the same result")
    func asyncRun() async throws {
        let runner = try #require(KernelTestSupport.runner())
        let result = await runner.run(KernelJob(lessonPath: lesson, firstLine: 30,
                                                code: "import KernelKit\nsay(\"async\")\n"))
        #expect(result.events == [.say(TraceSay(text: "async", line: 31))])
    }
}

/// Collects progress messages from the runner's thread.
final class MessageList: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []
    func append(_ message: String) { lock.lock(); storage.append(message); lock.unlock() }
    func removeAll() { lock.lock(); storage.removeAll(); lock.unlock() }
    var items: [String] { lock.lock(); defer { lock.unlock() }; return storage }
}
