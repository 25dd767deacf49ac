import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Launch to first complete frame: starts the real `attend` binary on a pseudo-terminal and
/// times until the end of its first synchronized-output frame (`ESC[?2026l`) arrives.
struct LaunchBenchmark {
    let binary: String
    let course: String
    let width: Int
    let height: Int

    struct Sample {
        var milliseconds: Double
        /// Resident memory of the child once its first frame is out, in kilobytes.
        var residentKB: Int?
    }

    func runOnce() throws -> Sample {
        guard let (master, slavePath) = openPseudoTerminal() else {
            throw BenchError.message("cannot open a pseudo-terminal")
        }
        defer { close(master) }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        let data = NSTemporaryDirectory() + "attend-bench-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: data) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in [Int32(0), 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, slavePath, O_RDWR, 0)
        }
        let args = [binary, "--course", course, "--data", data]
        let env = ["TERM=xterm-256color", "HOME=\(data)", "LANG=C.UTF-8", "PATH=/usr/bin:/bin"]
        var argv = args.map { strdup($0) } + [nil]
        var envp = env.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, binary, &actions, nil, &argv, &envp) == 0 else {
            throw BenchError.message("cannot start \(binary)")
        }
        var seen: [UInt8] = []
        let endOfFrame: [UInt8] = Array("\u{1B}[?2026l".utf8)
        var buffer = [UInt8](repeating: 0, count: 65536)
        var elapsed: Double?
        let deadline = start + 10_000_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 100) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            seen += buffer[0..<n]
            if seen.count >= endOfFrame.count, contains(seen, endOfFrame) {
                elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                break
            }
        }
        // Memory once the app has settled: the decks load in the background after the first frame.
        let settle = Date().addingTimeInterval(0.5)
        while Date() < settle {
            var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&pfd, 1, 20) > 0 { _ = read(master, &buffer, buffer.count) }
        }
        let rss = residentKB(of: pid)
        _ = "q".utf8.withContiguousStorageIfAvailable { write(master, $0.baseAddress, 1) }
        var status: Int32 = 0
        let quitDeadline = Date().addingTimeInterval(5)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > quitDeadline { kill(pid, SIGKILL); waitpid(pid, &status, 0); break }
            // Keep draining so the child never blocks on a full pty.
            var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&pfd, 1, 10) > 0 { _ = read(master, &buffer, buffer.count) }
        }
        guard let elapsed else { throw BenchError.message("no complete frame within 10 s") }
        return Sample(milliseconds: elapsed, residentKB: rss)
    }

    #if os(Linux)
    /// /dev/ptmx unlocked with TIOCSPTLCK and named with TIOCGPTN: Glibc's Swift module does
    /// not export posix_openpt (the ioctl numbers are Linux's).
    private func openPseudoTerminal() -> (Int32, String)? {
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { return nil }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, UInt(0x4004_5431), &unlock) == 0, ioctl(master, UInt(0x8004_5430), &number) == 0 else {
            close(master)
            return nil
        }
        return (master, "/dev/pts/\(number)")
    }
    #else
    private func openPseudoTerminal() -> (Int32, String)? {
        let master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else { return nil }
        return (master, String(cString: name))
    }
    #endif

    private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }

    private func residentKB(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "")
        }
        return nil
    }
}

enum BenchError: Error, CustomStringConvertible {
    case message(String)
    var description: String {
        switch self { case .message(let m): return m }
    }
}
