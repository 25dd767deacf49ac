import Course
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The append-only event log in the data directory (SPEC §6): `events.jsonl`, one JSON object
/// a line.
///
/// Every append takes an exclusive `flock`, writes the whole line in one `write(2)` and calls
/// `fsync` before returning, so when the screen says "saved" the event is on disk, and two
/// running instances never interleave their lines. Loading takes the same lock; a torn or
/// corrupt line is reported, copied into `events.jsonl.corrupt` and removed from the log, and
/// everything else loads.
public final class EventLog: @unchecked Sendable {
    public let directory: String
    public var path: String { directory + "/events.jsonl" }
    public var corruptPath: String { path + ".corrupt" }

    public init(directory: String) {
        self.directory = directory
    }

    /// What loading found: the events in order and a diagnostic for every line set aside.
    public struct Contents: Sendable {
        public var events: [PracticeEvent]
        public var problems: [Diagnostic]
    }

    public enum Failure: Error, CustomStringConvertible {
        case cannotCreateDirectory(String, String)
        case cannotOpen(String, String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .cannotCreateDirectory(let p, let why): return "\(p): error: cannot create the data directory: \(why)"
            case .cannotOpen(let p, let why): return "\(p): error: cannot open the event log: \(why)"
            case .cannotWrite(let p, let why): return "\(p): error: cannot save to the event log: \(why)"
            }
        }
    }

    /// Appends events durably. Throws, and saves nothing, when the disk refuses.
    public func append(_ events: [PracticeEvent]) throws {
        guard !events.isEmpty else { return }
        try ensureDirectory()
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure.cannotOpen(path, lastError()) }
        defer { close(fd) }
        flock(fd, LOCK_EX)
        defer { flock(fd, LOCK_UN) }
        // A crash in the middle of an earlier append can leave a line without its newline;
        // start on a fresh line so this event is never glued onto the torn one.
        var text = endsWithoutNewline(fd: fd) ? "\n" : ""
        text += events.map { $0.jsonLine + "\n" }.joined()
        try writeAll(fd: fd, bytes: Array(text.utf8))
        guard fsync(fd) == 0 else { throw Failure.cannotWrite(path, lastError()) }
    }

    public func append(_ event: PracticeEvent) throws {
        try append([event])
    }

    /// Reads every event. Bad lines are moved to the `.corrupt` file (with their line numbers)
    /// and reported; the log keeps every good line. A missing log is an empty one.
    public func load() -> Contents {
        let fd = open(path, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return Contents(events: [], problems: []) }
            return Contents(events: [], problems: [.error(path, 0, 0, "cannot read the event log: \(lastError())")])
        }
        defer { close(fd) }
        flock(fd, LOCK_EX)
        defer { flock(fd, LOCK_UN) }
        let bytes = readAll(fd: fd)
        var chunks = EventLog.decodeInParallel(bytes)
        // The first chunk's events are taken over rather than copied; the rest are appended.
        var events: [PracticeEvent] = []
        swap(&events, &chunks[0].events)
        events.reserveCapacity(events.count + chunks.dropFirst().reduce(0) { $0 + $1.events.count })
        var problems: [Diagnostic] = []
        var badLines: [(Int, Substring)] = []
        var goodLines: [Range<Int>] = []
        var lineOffset = 0
        for (number, chunk) in chunks.enumerated() {
            if number > 0 { events += chunk.events }
            goodLines += chunk.good
            for bad in chunk.bad {
                let what = bad.isLastLine ? "torn line (the program stopped while writing it)" : "corrupt line"
                problems.append(.error(path, bad.line + lineOffset, bad.column, "\(what), set aside in \(corruptPath): \(bad.message)"))
                badLines.append((bad.line + lineOffset, bad.text))
            }
            lineOffset += chunk.lines
        }
        if !badLines.isEmpty {
            setAside(badLines)
            rewrite(fd: fd, keeping: goodLines.map { String(decoding: bytes[$0], as: UTF8.self)[...] })
        }
        return Contents(events: events, problems: problems)
    }

    // MARK: - Decoding

    /// The events of one stretch of the file, with line numbers counted from its start.
    struct DecodedChunk {
        var events: [PracticeEvent] = []
        var good: [Range<Int>] = []
        var bad: [(line: Int, column: Int, message: String, text: Substring, isLastLine: Bool)] = []
        var lines = 0
    }

    /// Decodes a large log in two halves on the two cores (split at a line boundary), a small
    /// one in one go. The halves are joined in order, so the result is the same either way.
    static func decodeInParallel(_ bytes: [UInt8]) -> [DecodedChunk] {
        bytes.withUnsafeBufferPointer { all in
            guard all.count > 1 << 20, let split = all[(all.count / 2)...].firstIndex(of: 0x0A) else {
                return [decode(all, 0..<all.count)]
            }
            let ranges = [0..<(split + 1), (split + 1)..<all.count]
            nonisolated(unsafe) let buffer = all
            var results = [DecodedChunk](repeating: DecodedChunk(), count: 2)
            updateOnCores(&results) { i, chunk in chunk = decode(buffer, ranges[i]) }
            return results
        }
    }

    static func decode(_ all: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> DecodedChunk {
        var chunk = DecodedChunk()
        chunk.events.reserveCapacity(range.count / 100)
        var start = range.lowerBound
        while start < range.upperBound {
            chunk.lines += 1
            var end = start
            while end < range.upperBound, all[end] != 0x0A { end += 1 }
            let isLast = end >= all.count
            defer { start = end + 1 }
            if end == start { continue }
            let slice = UnsafeBufferPointer(rebasing: all[start..<end])
            if let event = FastEventDecoder.decode(slice) {
                chunk.events.append(event)
                chunk.good.append(start..<end)
                continue
            }
            let line = String(decoding: slice, as: UTF8.self)
            switch PracticeEvent.decodeFully(line) {
            case .success(let event):
                chunk.events.append(event)
                chunk.good.append(start..<end)
            case .failure(let problem):
                chunk.bad.append((chunk.lines, problem.column, problem.message, Substring(line), isLast))
            }
        }
        return chunk
    }

    // MARK: - File work

    private func ensureDirectory() throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotCreateDirectory(directory, error.localizedDescription)
        }
    }

    private func setAside(_ lines: [(Int, Substring)]) {
        let fd = open(corruptPath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let stamp = ISOTime.format(Int(Date().timeIntervalSince1970))
        let text = lines.map { "# \(stamp) line \($0.0) of events.jsonl\n\($0.1)\n" }.joined()
        try? writeAll(fd: fd, bytes: Array(text.utf8))
        fsync(fd)
    }

    /// Replaces the log's content with the good lines, in place, under the lock we hold.
    /// The bad lines were already saved in the `.corrupt` file, so nothing is lost.
    private func rewrite(fd: Int32, keeping lines: [Substring]) {
        let text = lines.map { $0 + "\n" }.joined()
        guard ftruncate(fd, 0) == 0, lseek(fd, 0, SEEK_SET) == 0 else { return }
        try? writeAll(fd: fd, bytes: Array(text.utf8))
        fsync(fd)
    }

    private func endsWithoutNewline(fd: Int32) -> Bool {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return false }
        var last: UInt8 = 0
        guard pread(fd, &last, 1, off_t(st.st_size - 1)) == 1 else { return false }
        return last != 0x0A
    }

    /// The whole file, read straight into one buffer of its size (the lock we hold keeps it
    /// from growing; if it did anyway, the rest is read too).
    private func readAll(fd: Int32) -> [UInt8] {
        var st = stat()
        let size = fstat(fd, &st) == 0 ? max(0, Int(st.st_size)) : 0
        var result = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { break }
                count += n
            }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { break }
            result.append(contentsOf: chunk[0..<n])
        }
        return result
    }

    private func writeAll(fd: Int32, bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure.cannotWrite(path, lastError())
            }
            offset += n
        }
    }

    private func lastError() -> String {
        String(cString: strerror(errno))
    }
}
