import Foundation

/// A program running in a detached tmux session of a chosen size, driven like a person
/// would: keys in, screen text out.
final class TmuxPane {
    let socket: String
    let target = "e2e"

    static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts `command` (run by /bin/sh) in a new session of width×height.
    init(command: String, width: Int, height: Int, environment: [String: String] = [:]) throws {
        socket = "attend-e2e-\(UUID().uuidString.prefix(8))"
        var args = ["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)"]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(key)=\(value)"] }
        args.append(command)
        // The first tmux command starts the server, which inherits our stdout: give it
        // /dev/null, or reading to end-of-file would wait for the server to exit.
        try tmux(args, captureOutput: false)
        serverPID = Int32(try tmux(["display-message", "-p", "#{pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The tmux server's process, ended by `close` even if `kill-server` does not reach it.
    private var serverPID: Int32?

    deinit {
        close()
    }

    /// Ends the tmux server and everything running in it.
    func close() {
        _ = try? tmux(["kill-server"], captureOutput: false)
        if let pid = serverPID, pid > 1 {
            kill(pid, SIGTERM)
            serverPID = nil
        }
    }

    /// Runs one tmux command and returns what it printed.
    ///
    /// Spawned with posix_spawn and reaped with waitpid rather than Foundation's Process: the
    /// first command starts the tmux server, a daemon that Process on Linux can wait on forever.
    @discardableResult
    func tmux(_ arguments: [String], captureOutput: Bool = true) throws -> String {
        try spawnAndWait(["/usr/bin/env", "tmux", "-L", socket, "-f", "/dev/null"] + arguments, captureOutput: captureOutput)
    }

    /// Keys in tmux's names: "j", "Enter", "PageDown", "Escape", "C-c".
    func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", target, key]) }
    }

    /// Text typed literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", target])
    }

    /// The pane's terminal settings as `stty -g` prints them, read from outside the pane
    /// (so they can be checked while the program in it is stopped).
    func terminalSettings() throws -> String {
        let tty = try tmux(["display-message", "-p", "-t", target, "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        return try spawnAndWait(["/usr/bin/env", "stty", "-g", "-F", tty], captureOutput: true).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The process id of the pane's shell, which leads the pane's process group.
    func shellPID() throws -> Int32? {
        Int32(try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits up to `seconds` for the screen to satisfy `condition`; returns the last screen.
    @discardableResult
    func waitFor(_ seconds: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        return last
    }

    func waitFor(_ text: String, seconds: Double = 10) throws -> String {
        try waitFor(seconds) { $0.contains(text) }
    }
}

/// Waits for a file to appear with content; returns it trimmed, or nil on time-out.
func waitForFile(_ path: String, seconds: Double = 10) -> String? {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasSuffix("\n") {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        usleep(50_000)
    }
    return nil
}

/// Runs a program to completion; its stdout (and stderr) are returned when captured, and go to
/// /dev/null otherwise, so a daemon it starts cannot hold our pipe open.
func spawnAndWait(_ argv: [String], captureOutput: Bool) throws -> String {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var fds: [Int32] = [-1, -1]
    if captureOutput {
        guard pipe(&fds) == 0 else { throw POSIXError(.EMFILE) }
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    // The test runner's threads may block or ignore signals; a child (the tmux server above
    // all) must start with a clean mask and default handlers, or kill-server cannot end it.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGHUP, SIGINT, SIGTERM, SIGCHLD, SIGPIPE, SIGUSR1, SIGUSR2, SIGWINCH] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var cArgs = argv.map { strdup($0) } + [nil]
    defer { cArgs.forEach { free($0) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, environ)
    if captureOutput { close(fds[1]) }
    guard status == 0 else {
        if captureOutput { close(fds[0]) }
        throw POSIXError(POSIXErrorCode(rawValue: status) ?? .ENOENT)
    }
    var output: [UInt8] = []
    if captureOutput {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fds[0], &chunk, chunk.count)
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            output += chunk[0..<n]
        }
        close(fds[0])
    }
    var exitStatus: Int32 = 0
    while waitpid(pid, &exitStatus, 0) < 0, errno == EINTR {}
    return String(decoding: output, as: UTF8.self)
}
