import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens a file in the learner's editor: `$VISUAL`, then `$EDITOR`, then `vi`, run through
/// `/bin/sh` so an editor with arguments (`code -w`) works. Blocks until it exits.
enum Editor {
    static func open(_ path: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let quoted = "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        let words: [String] = ["/bin/sh", "-c", editor + " " + quoted]
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else { return }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }
}
