import Course

/// One message from the compiler, located in the lesson file thanks to `#sourceLocation`.
///
/// Parsed from `path:line:col: error: message` lines (swiftc's `-diagnostic-style llvm`).
public struct CompilerDiagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable {
        case error, warning, note, remark
    }

    public var severity: Severity
    /// As the compiler printed it: the lesson path for kernel code, a KernelKit file for notes
    /// about its declarations, empty when the message has no location.
    public var file: String
    /// 1-based; 0 when unknown.
    public var line: Int
    /// 1-based; 0 when unknown.
    public var column: Int
    public var message: String

    public init(severity: Severity, file: String, line: Int, column: Int, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        guard !file.isEmpty else { return "\(severity.rawValue): \(message)" }
        var location = file
        if line > 0 { location += ":\(line)" }
        if line > 0, column > 0 { location += ":\(column)" }
        return "\(location): \(severity.rawValue): \(message)"
    }

    /// The same message as a course diagnostic for `attend lint`; nil for notes and remarks.
    public var diagnostic: Diagnostic? {
        switch severity {
        case .error: return Diagnostic(.error, file: file, line: line, column: column, message)
        case .warning: return Diagnostic(.warning, file: file, line: line, column: column, message)
        case .note, .remark: return nil
        }
    }

    /// Every diagnostic line in swiftc's output, in order; the source excerpts and carets
    /// between them are left out (they stay in the raw text).
    public static func parse(compilerOutput text: String) -> [CompilerDiagnostic] {
        text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { parseLine(String($0)) }
    }

    static func parseLine(_ line: String) -> CompilerDiagnostic? {
        let severities: [Severity] = [.error, .warning, .note, .remark]
        for severity in severities where line.hasPrefix(severity.rawValue + ": ") {
            return CompilerDiagnostic(severity: severity, file: "", line: 0, column: 0,
                                      message: String(line.dropFirst(severity.rawValue.count + 2)))
        }
        // The earliest marker wins, so a message that quotes "error: " keeps its own severity.
        let markers = severities.compactMap { severity in
            line.range(of: ": \(severity.rawValue): ").map { (severity, $0) }
        }
        guard let (severity, marker) = markers.min(by: { $0.1.lowerBound < $1.1.lowerBound }) else { return nil }
        // Only `file:line[:col]` counts as a location; a source excerpt that happens to
        // contain ": error: " does not.
        guard let (file, lineNumber, column) = splitLocation(String(line[..<marker.lowerBound])) else { return nil }
        return CompilerDiagnostic(severity: severity, file: file, line: lineNumber, column: column,
                                  message: String(line[marker.upperBound...]))
    }

    /// `path:12:5` → (path, 12, 5); `path:12` → (path, 12, 0); a path may itself hold colons.
    private static func splitLocation(_ location: String) -> (String, Int, Int)? {
        var parts = location.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var numbers: [Int] = []
        while numbers.count < 2, parts.count > 1, let number = Int(parts[parts.count - 1]) {
            numbers.insert(number, at: 0)
            parts.removeLast()
        }
        let file = parts.joined(separator: ":")
        guard !numbers.isEmpty, !file.isEmpty, !file.contains(" ") || file.contains("/") else { return nil }
        return (file, numbers[0], numbers.count == 2 ? numbers[1] : 0)
    }
}
