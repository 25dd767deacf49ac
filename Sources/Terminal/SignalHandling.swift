#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What signal handlers need, kept in plain globals that are set up before
/// any handler is installed: a handler may only read them and make
/// async-signal-safe calls (write, tcsetattr, dup2, sigaction, raise, _exit).
nonisolated(unsafe) private var screenActive: Int32 = 0
nonisolated(unsafe) private var terminalInput: Int32 = 0
nonisolated(unsafe) private var terminalOutput: Int32 = 1
nonisolated(unsafe) private var wakeWriteEnd: Int32 = -1
nonisolated(unsafe) private var savedAttributes: UnsafeMutablePointer<Platform.Attributes>?
nonisolated(unsafe) private var leaveBytes: UnsafeMutablePointer<UInt8>?
nonisolated(unsafe) private var leaveCount: Int = 0
nonisolated(unsafe) private var errorCapture: Int32 = -1
nonisolated(unsafe) private var originalError: Int32 = -1
nonisolated(unsafe) private var replayScratch: UnsafeMutablePointer<UInt8>?
nonisolated(unsafe) private var previousActions: UnsafeMutablePointer<Platform.SignalAction>?
nonisolated(unsafe) private var handlersInstalled = false

/// Signal handling and the one restore path that every exit takes.
///
/// - SIGINT, SIGTERM, SIGHUP, SIGQUIT: restore the terminal and exit with
///   128 + the signal number.
/// - SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE (crashes, Swift
///   runtime traps included): restore the terminal, put back the handler
///   that was there before (the Swift runtime's backtracer, or the default)
///   and raise the signal again, so the crash report reaches the normal screen.
///   The same signals sent by another process end the program at once.
/// - SIGWINCH, SIGTSTP, SIGCONT: write the signal number to a self-pipe that
///   `TerminalSession.nextEvent` polls.
enum SignalHandling {
    static let slots = 64
    static let replayLimit = 64 * 1024
    static let scratchSize = 4096
    static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let crashing: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]
    static let notifying: [Int32] = [SIGWINCH, SIGTSTP, SIGCONT]

    /// Records what the handlers need to restore the terminal. Called once,
    /// after tcgetattr succeeded, before any handler is installed.
    static func prepare(input: Int32, output: Int32, saved: Platform.Attributes, wake: Int32) {
        terminalInput = input
        terminalOutput = output
        wakeWriteEnd = wake
        if savedAttributes == nil {
            savedAttributes = .allocate(capacity: 1)
        }
        savedAttributes?.initialize(to: saved)
        if leaveBytes == nil {
            let bytes = TerminalSequences.leave
            let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
            buffer.initialize(from: bytes, count: bytes.count)
            leaveBytes = buffer
            leaveCount = bytes.count
        }
        if replayScratch == nil {
            replayScratch = .allocate(capacity: scratchSize)
        }
        if previousActions == nil {
            let actions = UnsafeMutablePointer<Platform.SignalAction>.allocate(capacity: slots)
            actions.initialize(repeating: Platform.SignalAction(), count: slots)
            previousActions = actions
        }
    }

    /// Installs every handler, remembering the actions they replace the first
    /// time. Later calls only put back the SIGTSTP handler, which a stop while
    /// the screen was not active had swapped for the previous action.
    static func installHandlers() {
        guard let previous = previousActions else { return }
        if handlersInstalled {
            _ = Platform.install(notifyHandler, for: SIGTSTP, restart: true)
            return
        }
        handlersInstalled = true
        for signal in terminating {
            previous[Int(signal)] = Platform.install(terminateHandler, for: signal, restart: true)
        }
        for signal in crashing {
            previous[Int(signal)] = Platform.install(crashHandler, for: signal)
        }
        for signal in notifying {
            previous[Int(signal)] = Platform.install(notifyHandler, for: signal, restart: true)
        }
    }

    /// Marks the screen as active (raw mode, alternate screen) or not.
    static func setActive(_ active: Bool) {
        screenActive = active ? 1 : 0
    }

    static var isActive: Bool { screenActive != 0 }

    /// Sends standard error to a hidden file while the screen is active, so
    /// stray messages neither corrupt the screen nor vanish with the
    /// alternate screen; `restoreTerminal` shows them afterwards.
    static func captureStandardError() {
        guard Platform.isTerminal(Platform.standardError) else { return }
        if errorCapture < 0, let fd = Platform.anonymousFile() { errorCapture = fd }
        if originalError < 0 { originalError = Platform.duplicate(Platform.standardError) }
        guard errorCapture >= 0, originalError >= 0 else { return }
        Platform.duplicate(errorCapture, onto: Platform.standardError)
    }

    /// Leaves the screen mode: the precomputed leave bytes, the saved termios,
    /// standard error back with what it held. Async-signal-safe and idempotent.
    static func restoreTerminal() {
        guard screenActive != 0 else { return }
        screenActive = 0
        if let bytes = leaveBytes { Platform.writeAll(fd: terminalOutput, bytes, count: leaveCount) }
        if let saved = savedAttributes { Platform.setAttributes(terminalInput, UnsafePointer(saved)) }
        if originalError >= 0, errorCapture >= 0, let scratch = replayScratch {
            Platform.duplicate(originalError, onto: Platform.standardError)
            Platform.replay(errorCapture, to: Platform.standardError, scratch: scratch,
                            scratchSize: scratchSize, limit: replayLimit)
        }
    }

    /// Puts back the action that was there before ours, then raises `signal`.
    fileprivate static func chain(_ signal: Int32) {
        if let previous = previousActions, signal >= 0, Int(signal) < slots {
            Platform.reinstall(previous + Int(signal), for: signal)
        }
        Platform.raiseSignal(signal)
    }

    fileprivate static func wake(_ signal: Int32) {
        guard wakeWriteEnd >= 0 else { return }
        var byte = UInt8(truncatingIfNeeded: signal)
        _ = withUnsafePointer(to: &byte) { Platform.writeAll(fd: wakeWriteEnd, $0, count: 1) }
    }
}

private func terminateHandler(_ signal: Int32) {
    if SignalHandling.isActive {
        SignalHandling.restoreTerminal()
        Platform.exitImmediately(128 + signal)
    }
    SignalHandling.chain(signal)
}

private func crashHandler(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    SignalHandling.restoreTerminal()
    if Platform.wasSent(info) && signal != SIGABRT {
        // Sent by another process (`kill -SEGV`): nothing faulted, so returning from the
        // previous handler would let the program run on with the terminal given back. Die of
        // the signal instead. (abort() raises SIGABRT too, and dies whatever the handler does,
        // so it keeps its backtrace.)
        Platform.setDefault(for: signal)
        Platform.raiseSignal(signal)
        return
    }
    // A real fault: the previous handler (Swift's backtracer) reports it, and the faulting
    // instruction runs again under the default action and ends the process.
    SignalHandling.chain(signal)
}

private func notifyHandler(_ signal: Int32) {
    let savedErrno = errno
    if signal == SIGTSTP && !SignalHandling.isActive {
        // Not drawing: stop as the terminal asked, then take the signal back.
        SignalHandling.chain(signal)
    } else {
        SignalHandling.wake(signal)
    }
    errno = savedErrno
}
