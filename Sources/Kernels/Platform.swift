#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The operating-system calls the Kernels module makes, fenced in one file: spawning a child
/// in its own process group, non-blocking pipes, waiting, killing the group, and file facts.
enum Platform {
    /// Seconds on a clock that never jumps, for time limits.
    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    static var processID: Int32 { getpid() }

    /// A pipe whose ends are closed on exec, so a child spawned by another thread at the same
    /// moment cannot inherit them and hold our reader open past our own child's exit.
    static func makePipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        if let pipe2 = atomicCloseOnExecPipe {
            guard pipe2(&ends, O_CLOEXEC) == 0 else { throw PlatformError.call("pipe2", errno) }
        } else {
            // macOS has no pipe2; there POSIX_SPAWN_CLOEXEC_DEFAULT closes stray descriptors.
            guard pipe(&ends) == 0 else { throw PlatformError.call("pipe", errno) }
            _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        }
        let flags = fcntl(ends[0], F_GETFL)
        _ = fcntl(ends[0], F_SETFL, flags | O_NONBLOCK)
        return (ends[0], ends[1])
    }

    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Int32

    /// glibc's pipe2, looked up at run time because the Glibc module does not export it.
    private static let atomicCloseOnExecPipe: Pipe2? = {
        #if os(Linux)
        guard let symbol = dlsym(nil, "pipe2") else { return nil }
        return unsafeBitCast(symbol, to: Pipe2.self)
        #else
        return nil
        #endif
    }()

    /// Starts `executable` as the leader of a new process group, with standard input from
    /// /dev/null, standard output and error into the given descriptors, default signal
    /// handling and an empty signal mask (the host may be blocking or ignoring signals).
    static func spawn(executable: String, arguments: [String], environment: [String: String],
                      standardOutput: Int32, standardError: Int32) throws -> pid_t {
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, standardOutput, 1)
        posix_spawn_file_actions_adddup2(&actions, standardError, 2)

        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGCHLD] {
            sigaddset(&defaultSignals, signal)
        }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        var flags = Int32(POSIX_SPAWN_SETPGROUP) | Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)
        #if canImport(Darwin)
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        posix_spawnattr_setflags(&attributes, Int16(truncatingIfNeeded: flags))

        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv + [nil], envp + [nil])
        guard status == 0 else { throw PlatformError.call("posix_spawn \(executable)", status) }
        return pid
    }

    /// SIGKILL to every process in the group `leader` started.
    static func killGroup(_ leader: pid_t) {
        _ = kill(-leader, SIGKILL)
    }

    /// The child's ending if it has ended, without blocking.
    static func reapIfEnded(_ pid: pid_t) -> ProcessTermination? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return termination(status) }
            if result == -1 && errno == EINTR { continue }
            if result == -1 { return .exited(-1) }  // not our child any more; nothing to wait for
            return nil
        }
    }

    /// Waits for the child to end.
    static func reap(_ pid: pid_t) -> ProcessTermination {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, 0)
            if result == pid { return termination(status) }
            if result == -1 && errno == EINTR { continue }
            return .exited(-1)
        }
    }

    // The W* macros do not reach Swift; this is their definition on Linux and the BSDs.
    private static func termination(_ status: Int32) -> ProcessTermination {
        let low = status & 0x7f
        if low == 0 { return .exited((status >> 8) & 0xff) }
        return .signaled(low)
    }

    /// Which of `descriptors` have data or end-of-file waiting, after up to `milliseconds`.
    static func waitReadable(_ descriptors: [Int32], milliseconds: Int32) -> [Bool] {
        var entries = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let count = entries.withUnsafeMutableBufferPointer { buffer in
            poll(buffer.baseAddress, nfds_t(buffer.count), milliseconds)
        }
        guard count > 0 else { return descriptors.map { _ in false } }
        return entries.map { $0.revents != 0 }
    }

    /// What can be read now: bytes, an empty array when nothing is waiting, nil at end of file.
    static func readAvailable(_ fd: Int32, limit: Int = 65536) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: limit)
        while true {
            let count = bytes.withUnsafeMutableBytes { Glue.read(fd, $0.baseAddress, limit) }
            if count > 0 { return Array(bytes[0..<count]) }
            if count == 0 { return nil }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK { return [] }
            return nil
        }
    }

    static func close(_ fd: Int32) {
        _ = Glue.close(fd)
    }

    /// Sleeps briefly; used while a child that closed its output has not yet ended.
    static func nap(milliseconds: Int) {
        usleep(UInt32(milliseconds * 1000))
    }

    static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        return access(path, X_OK) == 0
    }

    /// Size, modification time and inode of the file `path` resolves to: a cheap fingerprint
    /// that changes when a toolchain is reinstalled in place.
    static func fileFingerprint(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let seconds = info.st_mtimespec.tv_sec, nanoseconds = info.st_mtimespec.tv_nsec
        #else
        let seconds = info.st_mtim.tv_sec, nanoseconds = info.st_mtim.tv_nsec
        #endif
        return "\(info.st_size) \(seconds).\(nanoseconds) \(info.st_ino)"
    }

    /// Renames a finished build into place; false when the destination already exists
    /// (another process finished first), which the caller treats as success.
    static func renameIntoPlace(_ from: String, _ to: String) -> Bool {
        rename(from, to) == 0
    }

    static var isMacOS: Bool {
        #if os(macOS)
        return true
        #else
        return false
        #endif
    }
}

/// The libc calls whose names the `Platform` methods shadow.
private enum Glue {
    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(fd, buffer, count)
        #else
        return Darwin.read(fd, buffer, count)
        #endif
    }

    static func close(_ fd: Int32) -> Int32 {
        #if canImport(Glibc)
        return Glibc.close(fd)
        #else
        return Darwin.close(fd)
        #endif
    }
}

/// A system call that failed, with its errno.
struct PlatformError: Error, CustomStringConvertible {
    var description: String

    static func call(_ name: String, _ code: Int32) -> PlatformError {
        PlatformError(description: "\(name) failed: \(String(cString: strerror(code)))")
    }
}
