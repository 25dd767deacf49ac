#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import Terminal

/// A real pseudo-terminal: the session's settings, sequences and events as a
/// terminal sees them. No signal handlers are installed (`managesProcess`
/// false), so this runs inside the test process.
@Suite struct SessionPTYTests {
    /// A pseudo-terminal pair: the test plays the terminal on `master`.
    final class PTY {
        let master: Int32
        let slave: Int32

        init?(width: UInt16, height: UInt16) {
            guard let (master, name) = Self.openMaster() else { return nil }
            let slave = open(name, O_RDWR | O_NOCTTY)
            guard slave >= 0 else { return nil }
            var size = winsize(ws_row: height, ws_col: width, ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
            self.master = master
            self.slave = slave
        }

        #if os(Linux)
        /// /dev/ptmx unlocked with TIOCSPTLCK and named with TIOCGPTN (Glibc's
        /// module does not export posix_openpt; the ioctl numbers are Linux's).
        private static func openMaster() -> (Int32, String)? {
            let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
            guard master >= 0 else { return nil }
            var unlock: Int32 = 0
            var number: UInt32 = 0
            guard ioctl(master, UInt(0x4004_5431), &unlock) == 0,
                  ioctl(master, UInt(0x8004_5430), &number) == 0 else { return nil }
            return (master, "/dev/pts/\(number)")
        }
        #else
        private static func openMaster() -> (Int32, String)? {
            let master = posix_openpt(O_RDWR | O_NOCTTY)
            guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else { return nil }
            return (master, String(cString: name))
        }
        #endif

        deinit {
            close(slave)
            close(master)
        }

        /// Everything the program wrote, waiting up to `wait` seconds for the first byte.
        func drain(wait: Double = 0.5) -> String {
            var bytes: [UInt8] = []
            var timeout = Int32(wait * 1000)
            while true {
                var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&entry, 1, timeout) > 0 else { break }
                var chunk = [UInt8](repeating: 0, count: 4096)
                let count = read(master, &chunk, chunk.count)
                guard count > 0 else { break }
                bytes += chunk[0..<count]
                timeout = 30
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        func type(_ text: String) {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
        }

        var attributes: termios {
            var t = termios()
            tcgetattr(slave, &t)
            return t
        }
    }

    @Test func sessionLifecycleOnAPseudoTerminal() throws {
        let pty = try #require(PTY(width: 40, height: 10))
        let original = pty.attributes
        #expect(original.c_lflag & tcflag_t(ICANON) != 0, "a fresh pty starts in canonical mode")

        let session = try TerminalSession(input: pty.slave, output: pty.slave, managesProcess: false)
        let entered = pty.drain()
        #expect(entered.contains("\u{1B}[?1049h"), "alternate screen")
        #expect(entered.contains("\u{1B}[?25l"), "cursor hidden")
        #expect(entered.contains("\u{1B}[?2004h"), "bracketed paste on")
        let raw = pty.attributes
        #expect(raw.c_lflag & tcflag_t(ICANON) == 0)
        #expect(raw.c_lflag & tcflag_t(ECHO) == 0)
        #expect(raw.c_lflag & tcflag_t(ISIG) == 0, "Ctrl-C arrives as a key")
        #expect(session.size.width == 40 && session.size.height == 10)

        pty.type("\u{1B}[A")
        #expect(session.nextEvent(timeout: 2) == .key(.up, []))
        pty.type("\u{03}")
        #expect(session.nextEvent(timeout: 2) == .key(.char("c"), .ctrl))
        pty.type("\u{1B}x")
        #expect(session.nextEvent(timeout: 2) == .key(.char("x"), .alt))

        let escapeStart = Platform.monotonicSeconds()
        pty.type("\u{1B}")
        #expect(session.nextEvent(timeout: 2) == .key(.escape, []))
        let waited = Platform.monotonicSeconds() - escapeStart
        #expect(waited >= 0.04 && waited < 1.0, "a lone Esc comes after the short quiet time, not at once (waited \(waited))")

        pty.type("\u{1B}[200~line one\rline two\u{1B}[201~")
        #expect(session.nextEvent(timeout: 2) == .paste("line one\nline two"))

        #expect(session.nextEvent(timeout: 0.05) == nil, "no input: nil after the timeout")

        var buffer = Buffer(width: 40, height: 10)
        buffer.put("hello", x: 0, y: 0)
        session.present(buffer, mode: .ansi256)
        let frame = pty.drain()
        #expect(frame.hasPrefix("\u{1B}[?2026h") && frame.contains("hello") && frame.hasSuffix("\u{1B}[?2026l"))
        session.present(buffer, mode: .ansi256)
        #expect(pty.drain(wait: 0.1).isEmpty, "an idle screen writes nothing")

        var ranOutside = false
        session.runOutside {
            ranOutside = true
            #expect(pty.attributes.c_lflag & tcflag_t(ICANON) != 0, "the editor gets a normal terminal")
        }
        #expect(ranOutside)
        let around = pty.drain()
        #expect(around.contains("\u{1B}[?1049l") && around.contains("\u{1B}[?1049h"))
        #expect(session.nextEvent(timeout: 1) == .redraw)
        session.present(buffer, mode: .ansi256)
        #expect(pty.drain().contains("\u{1B}[2J"), "after runOutside the next frame repaints everything")

        session.restore()
        let left = pty.drain()
        #expect(left.contains("\u{1B}[?1049l") && left.contains("\u{1B}[?25h") && left.contains("\u{1B}[?2004l"))
        let restored = pty.attributes
        #expect(restored.c_lflag == original.c_lflag)
        #expect(restored.c_iflag == original.c_iflag)
        #expect(restored.c_oflag == original.c_oflag)
        #expect(restored.c_cflag == original.c_cflag)
        session.restore()
        #expect(pty.drain(wait: 0.1).isEmpty, "restore is idempotent")
    }

    @Test func openingWithoutATerminalFails() throws {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        #expect(throws: TerminalError.notATerminal) {
            _ = try TerminalSession(input: fds[0], output: fds[1], managesProcess: false)
        }
    }
}
