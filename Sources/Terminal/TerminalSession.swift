#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the screen could not be opened.
public enum TerminalError: Error, Equatable, Sendable {
    /// Standard input or output is not a terminal: use line mode instead.
    case notATerminal
    /// tcgetattr failed, so raw mode could never be undone safely.
    case cannotReadAttributes
    /// The self-pipe for signals could not be made.
    case cannotCreatePipe
}

/// The full-screen terminal: the only thing that touches file descriptors 0
/// and 1 and the termios settings.
///
/// `open()` saves the terminal's settings once (after tcgetattr succeeded),
/// enters raw mode and the alternate screen, hides the cursor, turns on
/// bracketed paste and installs signal handlers (see `SignalHandling`).
/// `restore()` undoes all of it, idempotently; every exit path calls it.
/// While the screen is active, standard error is held back and shown after
/// `restore()`, so stray messages do not corrupt the screen.
///
/// Ctrl-Z (the 0x1A byte in raw mode, or SIGTSTP) restores the terminal,
/// stops the process, and on resume re-enters the screen and reports
/// `.redraw`. `runOutside` does the same around a body such as an editor.
public final class TerminalSession {
    /// How long input must be quiet before a lone ESC counts as the Esc key.
    public var escapeDelay: Double = 0.05
    /// How long a bracketed paste may stall before its text so far is delivered.
    public var pasteTimeout: Double = 1.0
    /// Whether Ctrl-Z suspends; when false it arrives as a key like any other.
    public var suspendsOnCtrlZ = true

    private let input: Int32
    private let output: Int32
    private let saved: Platform.Attributes
    private let wake: (read: Int32, write: Int32)
    private let managesProcess: Bool
    private var parser = InputParser()
    private var queued: [Event] = []
    private var lastInput: Double = 0
    private var active = false
    /// Set when our own stop (Ctrl-Z) has been continued: `suspend` already re-entered the
    /// screen and asked for a repaint, so the SIGCONT it left in the wake pipe needs neither.
    private var continuedFromOwnStop = false
    private var previousFrame: Buffer?

    /// Opens the screen on standard input and output.
    public static func open() throws -> TerminalSession {
        try TerminalSession(input: Platform.standardInput, output: Platform.standardOutput, managesProcess: true)
    }

    /// A session on any terminal file descriptors. With `managesProcess`
    /// false (tests on a pseudo-terminal) no signal handler is installed,
    /// standard error is left alone and Ctrl-Z does not stop the process.
    init(input: Int32, output: Int32, managesProcess: Bool) throws {
        guard Platform.isTerminal(input), Platform.isTerminal(output) else { throw TerminalError.notATerminal }
        guard let attributes = Platform.attributes(input) else { throw TerminalError.cannotReadAttributes }
        guard let pipe = Platform.makePipe() else { throw TerminalError.cannotCreatePipe }
        self.input = input
        self.output = output
        self.saved = attributes
        self.wake = pipe
        self.managesProcess = managesProcess
        if managesProcess {
            SignalHandling.prepare(input: input, output: output, saved: attributes, wake: pipe.write)
            SignalHandling.installHandlers()
        }
        enter()
    }

    deinit {
        restore()
        Platform.close(wake.read)
        if !managesProcess { Platform.close(wake.write) }
    }

    /// Columns and rows (TIOCGWINSZ), or 0×0 when the terminal will not say.
    public var size: (width: Int, height: Int) {
        Platform.windowSize(output) ?? (0, 0)
    }

    /// Whether the screen is active (raw mode, alternate screen).
    public var isActive: Bool { active }

    /// Writes bytes with one write(2), looping only on partial writes and EINTR.
    public func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        Platform.writeAll(fd: output, bytes)
    }

    /// Draws `buffer`, writing only what changed since the last frame this
    /// session drew (everything after a resize, resume or `runOutside`).
    public func present(_ buffer: Buffer, mode: ColorMode, cursorHidden: Bool = true) {
        write(Renderer.frame(from: previousFrame, to: buffer, mode: mode, cursorHidden: cursorHidden))
        previousFrame = buffer
    }

    /// The next event, waiting up to `timeout` seconds (nil: forever).
    ///
    /// Returns keys and pastes; `.resize` on SIGWINCH; `.redraw` after a
    /// suspend and resume; nil when the time is up. A lone ESC becomes
    /// `.escape` after `escapeDelay` of quiet. When the terminal goes away
    /// (end of input), the terminal is restored and the process exits with
    /// 129, as for SIGHUP.
    public func nextEvent(timeout: Double?) -> Event? {
        let deadline = timeout.map { Platform.monotonicSeconds() + max(0, $0) }
        while queued.isEmpty {
            let now = Platform.monotonicSeconds()
            var wait = deadline.map { max(0, $0 - now) }
            let quietLimit = parser.isInsidePaste ? pasteTimeout : escapeDelay
            if parser.isWaitingForMore {
                let quietLeft = max(0, lastInput + quietLimit - now)
                wait = min(wait ?? quietLeft, quietLeft)
            }
            let milliseconds: Int32 = wait.map { Int32(min(($0 * 1000).rounded(.up), 86_400_000)) } ?? -1
            let ready = Platform.poll([input, wake.read], milliseconds: milliseconds)
            if ready[1] { handleWake() }
            if ready[0] {
                guard let bytes = Platform.read(fd: input) else { hangUp() }
                if !bytes.isEmpty {
                    lastInput = Platform.monotonicSeconds()
                    handle(parser.feed(bytes))
                }
            }
            let after = Platform.monotonicSeconds()
            if !ready[0], parser.isWaitingForMore, after - lastInput >= quietLimit {
                handle(parser.flushAfterQuiet(abandoningPaste: true))
            }
            if queued.isEmpty, let deadline, after >= deadline { return nil }
        }
        return queued.removeFirst()
    }

    /// Leaves the screen: normal screen, cursor shown, saved settings back.
    /// Idempotent; safe to call on every exit path.
    public func restore() {
        guard active else { return }
        active = false
        if managesProcess {
            SignalHandling.restoreTerminal()
        } else {
            write(TerminalSequences.leave)
            Platform.setAttributes(input, saved)
        }
    }

    /// Suspends like Ctrl-Z: restores the terminal, stops the process, and
    /// when it is continued re-enters the screen and queues `.redraw`.
    public func suspend() {
        restore()
        if managesProcess {
            Platform.raiseSignal(SIGSTOP)
            continuedFromOwnStop = true
        }
        enter()
        requestRedraw()
    }

    /// Restores the terminal, runs `body` (an external editor, a pager), then
    /// re-enters the screen and queues `.redraw`.
    public func runOutside(_ body: () -> Void) {
        restore()
        body()
        enter()
        requestRedraw()
    }

    /// Raw mode, the alternate screen and the rest; the state `restore` undoes.
    private func enter() {
        guard !active else { return }
        Platform.flushStandardStreams()
        Platform.setAttributes(input, Platform.raw(saved))
        write(TerminalSequences.enter)
        if managesProcess {
            SignalHandling.captureStandardError()
            SignalHandling.setActive(true)
            SignalHandling.installHandlers()
        }
        active = true
        previousFrame = nil
    }

    private func handle(_ events: [Event]) {
        for event in events {
            if suspendsOnCtrlZ, event == .key(.char("z"), .ctrl) {
                suspend()
            } else {
                queued.append(event)
            }
        }
    }

    private func handleWake() {
        var signals: Set<UInt8> = []
        while let bytes = Platform.read(fd: wake.read, limit: 64), !bytes.isEmpty {
            signals.formUnion(bytes)
        }
        if signals.contains(UInt8(SIGTSTP)) {
            suspend()
        } else if signals.contains(UInt8(SIGCONT)), !continuedFromOwnStop {
            // Continued after a stop we did not arrange: the shell may have
            // reset the terminal, so set raw mode again and repaint.
            if active { Platform.setAttributes(input, Platform.raw(saved)) }
            requestRedraw()
        }
        if signals.contains(UInt8(SIGCONT)) { continuedFromOwnStop = false }
        if signals.contains(UInt8(SIGWINCH)) {
            previousFrame = nil
            let (width, height) = size
            queued.removeAll { if case .resize = $0 { return true } else { return false } }
            queued.append(.resize(width: width, height: height))
        }
    }

    private func requestRedraw() {
        previousFrame = nil
        if queued.last != .redraw { queued.append(.redraw) }
    }

    private func hangUp() -> Never {
        restore()
        Platform.exitProcess(128 + SIGHUP)
    }
}
