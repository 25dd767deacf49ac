import Foundation

/// Limits on one child process: wall-clock time and bytes of output (stdout and stderr together).
public struct KernelLimits: Sendable, Equatable {
    /// Seconds before the process group is killed.
    public var timeLimit: Double
    /// Bytes of standard output plus standard error before the process group is killed.
    public var outputLimit: Int

    public init(timeLimit: Double = 10, outputLimit: Int = 8 * 1024 * 1024) {
        self.timeLimit = timeLimit
        self.outputLimit = outputLimit
    }

    /// The defaults SPEC §4 promises: 10 seconds, 8 MB.
    public static let standard = KernelLimits()
}

/// What a child process did under `ProcessRunner`.
struct ProcessRun: Sendable {
    enum Ending: Sendable, Equatable {
        case ended(ProcessTermination)
        case timedOut
        case outputLimitExceeded
        case cancelled
    }

    var ending: Ending
    var standardOutput: [UInt8]
    var standardError: [UInt8]
    var elapsedSeconds: Double
}

/// Runs a program in its own process group and kills the whole group when it runs too long,
/// writes too much, or is cancelled, so neither a runaway kernel nor a compiler it started
/// can outlive the request.
enum ProcessRunner {
    /// How often a quiet child is checked on for time-out and cancellation.
    static let pollMilliseconds: Int32 = 20

    static func run(executable: String, arguments: [String], environment: [String: String],
                    limits: KernelLimits, cancellation: KernelCancellation) throws -> ProcessRun {
        let output = try Platform.makePipe()
        let errors: (read: Int32, write: Int32)
        do { errors = try Platform.makePipe() } catch {
            Platform.close(output.read)
            Platform.close(output.write)
            throw error
        }
        let started = Platform.monotonicSeconds()
        let pid: pid_t
        do {
            pid = try Platform.spawn(executable: executable, arguments: arguments, environment: environment,
                                     standardOutput: output.write, standardError: errors.write)
        } catch {
            [output.read, output.write, errors.read, errors.write].forEach(Platform.close)
            throw error
        }
        // Only the child writes now; our copies would keep the pipes from reaching end of file.
        Platform.close(output.write)
        Platform.close(errors.write)
        defer {
            Platform.close(output.read)
            Platform.close(errors.read)
        }

        var collected = OutputCollector(limit: limits.outputLimit)
        var open = [output.read: true, errors.read: true]
        var termination: ProcessTermination?
        var stop: ProcessRun.Ending?

        while stop == nil {
            let descriptors = [output.read, errors.read].filter { open[$0] == true }
            if descriptors.isEmpty {
                // Output closed; the child may still be running (or may have closed it on purpose).
                if termination == nil { termination = Platform.reapIfEnded(pid) }
                if let termination { stop = .ended(termination); break }
                Platform.nap(milliseconds: 5)
            } else {
                let ready = Platform.waitReadable(descriptors, milliseconds: pollMilliseconds)
                for (fd, isReady) in zip(descriptors, ready) where isReady {
                    guard let bytes = Platform.readAvailable(fd) else {
                        open[fd] = false
                        continue
                    }
                    collected.append(bytes, toErrors: fd == errors.read)
                }
                if termination == nil, let ended = Platform.reapIfEnded(pid) {
                    termination = ended
                    // A grandchild holding the pipes open must not keep us here.
                    Platform.killGroup(pid)
                }
            }
            if collected.isOverLimit {
                stop = .outputLimitExceeded
            } else if cancellation.isCancelled {
                stop = .cancelled
            } else if Platform.monotonicSeconds() - started > limits.timeLimit {
                stop = .timedOut
            }
        }
        if termination == nil {
            Platform.killGroup(pid)
            _ = Platform.reap(pid)
        }
        return ProcessRun(ending: stop ?? .cancelled, standardOutput: collected.standardOutput,
                          standardError: collected.standardError,
                          elapsedSeconds: Platform.monotonicSeconds() - started)
    }
}

/// Standard output and error as they arrive, cut off at the byte limit.
private struct OutputCollector {
    let limit: Int
    var standardOutput: [UInt8] = []
    var standardError: [UInt8] = []
    var total = 0

    init(limit: Int) { self.limit = limit }

    var isOverLimit: Bool { total > limit }

    mutating func append(_ bytes: [UInt8], toErrors: Bool) {
        let room = max(0, limit - total)
        total += bytes.count
        let kept = bytes.prefix(room)
        if toErrors { standardError += kept } else { standardOutput += kept }
    }
}
