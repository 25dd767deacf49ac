#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The operating-system calls the Terminal module makes, fenced in one file.
/// Everything here that a signal handler uses is async-signal-safe.
enum Platform {
    static let standardInput: Int32 = 0
    static let standardOutput: Int32 = 1
    static let standardError: Int32 = 2

    typealias Attributes = termios
    typealias SignalAction = sigaction
    typealias Handler = @convention(c) (Int32) -> Void

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Columns and rows from TIOCGWINSZ, or nil when the terminal will not say.
    static func windowSize(_ fd: Int32) -> (width: Int, height: Int)? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    /// Writes all of `bytes`, looping only on partial writes and EINTR.
    @discardableResult
    static func writeAll(fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            return writeAll(fd: fd, base, count: buffer.count)
        }
    }

    /// Async-signal-safe: only write(2).
    @discardableResult
    static func writeAll(fd: Int32, _ pointer: UnsafePointer<UInt8>, count: Int) -> Bool {
        var offset = 0
        while offset < count {
            let written = write(fd, pointer + offset, count - offset)
            if written > 0 {
                offset += written
            } else if written < 0 && (errno == EINTR || errno == EAGAIN) {
                continue
            } else {
                return false
            }
        }
        return true
    }

    /// Up to `limit` bytes, or nil at end of file or on an error other than EINTR.
    static func read(fd: Int32, limit: Int = 4096) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: limit)
        while true {
            let count = bytes.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, limit) }
            if count > 0 { return Array(bytes[0..<count]) }
            if count < 0 && (errno == EINTR || errno == EAGAIN) { return [] }
            return nil
        }
    }

    static func attributes(_ fd: Int32) -> Attributes? {
        var attributes = termios()
        return tcgetattr(fd, &attributes) == 0 ? attributes : nil
    }

    @discardableResult
    static func setAttributes(_ fd: Int32, _ attributes: Attributes) -> Bool {
        var copy = attributes
        return tcsetattr(fd, TCSANOW, &copy) == 0
    }

    /// Async-signal-safe: only tcsetattr(3).
    static func setAttributes(_ fd: Int32, _ attributes: UnsafePointer<Attributes>) {
        _ = tcsetattr(fd, TCSANOW, attributes)
    }

    /// `attributes` in raw mode: no echo, no line editing, no signals from
    /// keys (Ctrl-C and Ctrl-Z arrive as bytes), no output processing.
    static func raw(_ attributes: Attributes) -> Attributes {
        var copy = attributes
        cfmakeraw(&copy)
        return copy
    }

    /// Installs `handler` for `signal` and returns the action it replaces.
    static func install(_ handler: Handler, for signal: Int32, restart: Bool) -> SignalAction {
        swap(for: signal, flags: restart ? Int32(SA_RESTART) : 0) { action in
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handler
            #else
            action.__sigaction_u.__sa_handler = handler
            #endif
        }
    }

    /// A handler that is told who sent the signal (`SA_SIGINFO`).
    typealias InfoHandler = @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void

    /// Installs an `SA_SIGINFO` handler for `signal` and returns the action it replaces.
    static func install(_ handler: InfoHandler, for signal: Int32) -> SignalAction {
        swap(for: signal, flags: Int32(SA_SIGINFO)) { action in
            #if canImport(Glibc)
            action.__sigaction_handler.sa_sigaction = handler
            #else
            action.__sigaction_u.__sa_sigaction = handler
            #endif
        }
    }

    /// Restores the default action for `signal`. Async-signal-safe.
    static func setDefault(for signal: Int32) {
        _ = swap(for: signal, flags: 0) { action in
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = SIG_DFL
            #else
            action.__sigaction_u.__sa_handler = SIG_DFL
            #endif
        }
    }

    /// Installs the action `set` fills in (an empty mask, `flags`) and returns the old one.
    private static func swap(for signal: Int32, flags: Int32, _ set: (inout sigaction) -> Void) -> SignalAction {
        var action = sigaction()
        set(&action)
        sigemptyset(&action.sa_mask)
        action.sa_flags = flags
        var previous = sigaction()
        sigaction(signal, &action, &previous)
        return previous
    }

    /// Whether a signal was sent by a process (`kill`, `raise`) rather than raised by a
    /// fault of the program itself (`si_code` ≤ 0 means sent).
    static func wasSent(_ info: UnsafeMutablePointer<siginfo_t>?) -> Bool {
        guard let info else { return true }
        return info.pointee.si_code <= 0
    }

    /// Puts back a saved action. Async-signal-safe.
    static func reinstall(_ action: UnsafePointer<SignalAction>, for signal: Int32) {
        sigaction(signal, action, nil)
    }

    static func raiseSignal(_ signal: Int32) { _ = raise(signal) }

    /// A pipe whose ends are non-blocking and closed on exec.
    static func makePipe() -> (read: Int32, write: Int32)? {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return nil }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        return (fds[0], fds[1])
    }

    /// Which of `fds` are readable after waiting up to `milliseconds` (-1: forever).
    static func poll(_ fds: [Int32], milliseconds: Int32) -> [Bool] {
        var entries = fds.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let result = systemPoll(&entries, nfds_t(entries.count), milliseconds)
        guard result > 0 else { return fds.map { _ in false } }
        return entries.map { $0.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 }
    }

    /// Seconds on a clock that never jumps.
    static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func duplicate(_ fd: Int32) -> Int32 { dup(fd) }
    static func duplicate(_ fd: Int32, onto target: Int32) { _ = dup2(fd, target) }
    static func close(_ fd: Int32) { _ = systemClose(fd) }

    /// An unnamed temporary file, already unlinked.
    static func anonymousFile() -> Int32? {
        var template = Array("/tmp/attend-stderr-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        return fd
    }

    /// Copies the last `limit` bytes of file `source` to `target` and empties
    /// `source`. Async-signal-safe: lseek, read, write, ftruncate on a buffer
    /// allocated beforehand.
    static func replay(_ source: Int32, to target: Int32, scratch: UnsafeMutablePointer<UInt8>, scratchSize: Int, limit: Int) {
        let size = lseek(source, 0, SEEK_END)
        guard size > 0 else { return }
        _ = lseek(source, size > off_t(limit) ? size - off_t(limit) : 0, SEEK_SET)
        while true {
            let count = systemRead(source, scratch, scratchSize)
            if count <= 0 { break }
            writeAll(fd: target, scratch, count: count)
        }
        _ = ftruncate(source, 0)
        _ = lseek(source, 0, SEEK_SET)
    }

    /// Pushes out anything `print` still holds, before writing to fd 1 directly.
    static func flushStandardStreams() { _ = fflush(nil) }

    static func exitProcess(_ code: Int32) -> Never { exit(code) }
    static func exitImmediately(_ code: Int32) -> Never { _exit(code) }
}

/// The C calls whose names clash with `Platform`'s own members.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buffer, count)
    #else
    return Darwin.read(fd, buffer, count)
    #endif
}

private func systemPoll(_ fds: UnsafeMutablePointer<pollfd>, _ count: nfds_t, _ timeout: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.poll(fds, count, timeout)
    #else
    return Darwin.poll(fds, count, timeout)
    #endif
}

private func systemClose(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.close(fd)
    #else
    return Darwin.close(fd)
    #endif
}
