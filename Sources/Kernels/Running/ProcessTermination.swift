/// How a child process ended: its exit status, or the signal that stopped it.
public enum ProcessTermination: Sendable, Equatable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    public var description: String {
        switch self {
        case .exited(let status):
            return "exit status \(status)"
        case .signaled(let signal):
            guard let name = Self.signalNames[signal] else { return "signal \(signal)" }
            return "signal \(signal) (\(name))"
        }
    }

    /// The signals a crashing Swift program is stopped by, with what they usually mean.
    // Numbers are the same on Linux and macOS for these.
    static let signalNames: [Int32: String] = [
        4: "SIGILL: a Swift runtime check failed",
        5: "SIGTRAP: a Swift runtime check failed",
        6: "SIGABRT: the program aborted",
        7: "SIGBUS: a bad memory access",
        8: "SIGFPE: an arithmetic error",
        9: "SIGKILL: killed",
        11: "SIGSEGV: a bad memory access",
        15: "SIGTERM: terminated",
    ]
}
