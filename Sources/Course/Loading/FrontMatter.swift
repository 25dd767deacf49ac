/// The `---` block at the top of a lesson or quiz file, read as a strict subset of YAML.
///
/// Accepted: `key: value`, `key: [a, b]`, a key with an empty value followed by `  - item`
/// lines, `#` comments, blank lines, and values in single or double quotes. Everything
/// else — nested maps, multi-line strings, tabs, anchors, unknown or repeated keys, a
/// list where one value belongs — is a diagnostic at its line and column, never a guess.
public struct FrontMatter: Sendable {
    public enum Kind: Sendable {
        case scalar
        case list
    }

    public enum Value: Equatable, Sendable {
        case scalar(String)
        case list([String])
    }

    public struct Entry: Sendable {
        public var key: String
        public var value: Value
        /// Position of the key.
        public var line: Int
        /// Position of the value (of the key when the value is a block list).
        public var valueLine: Int
        public var valueColumn: Int
        /// Position of each list item, parallel to the list's values.
        public var itemPositions: [Position]
    }

    public struct Position: Equatable, Sendable {
        public var line: Int
        public var column: Int
    }

    public var entries: [Entry]
    /// Keys that were written but whose value was reported as unusable.
    public var rejectedKeys: Set<String>
    /// Line of the closing `---`.
    public var closingLine: Int
    /// The text after the closing `---`, and the file line it starts on.
    public var body: String
    public var bodyFirstLine: Int

    public func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }

    /// Whether `text` can be a key (in front matter, and in an item's metadata lines): a
    /// lowercase letter, then lowercase letters, digits, `_` and `-`.
    static func isKey<S: StringProtocol>(_ text: S) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }

    /// The file line of each key, for diagnostics about a value found later.
    public var keyLines: [String: Int] {
        var lines: [String: Int] = [:]
        for entry in entries { lines[entry.key] = entry.line }
        return lines
    }

    /// The value of a key every lesson or deck must have, or nil with a diagnostic: missing
    /// (unless it was already refused), empty, or (with `kebab`) not a kebab-case id.
    public func required(_ key: String, kebab: Bool, source: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let entry = entry(key), case .scalar(let value) = entry.value else {
            if entry(key) == nil && !rejectedKeys.contains(key) {
                diagnostics.append(.error(source, 1, 1, "front matter has no `\(key)`; add `\(key): …` before line \(closingLine)"))
            }
            return nil
        }
        if value.isEmpty || (kebab && !KebabCase.matches(value)) {
            diagnostics.append(.error(source, entry.valueLine, entry.valueColumn,
                "\(key) `\(value)` must be kebab-case: lowercase letters and digits joined by -, like tf-attention"))
            return nil
        }
        return value
    }

    /// Splits off and reads the front matter. Returns nil (with a diagnostic) when the text
    /// does not start with `---` or the block is never closed.
    public static func parse(_ text: String, source: String, keys: [String: Kind]) -> (frontMatter: FrontMatter?, diagnostics: [Diagnostic]) {
        // Only the head is split into lines: the body is handed on as it is, since a long
        // lesson should not be cut up and joined again just to find its front matter.
        var lines: [Substring] = []
        var cursor = text.startIndex
        var bodyStart: String.Index?
        while cursor < text.endIndex {
            let end = text.utf8[cursor...].firstIndex(of: 0x0A) ?? text.endIndex
            var line = text[cursor..<end]
            if line.utf8.last == 0x0D { line = line.dropLast() }
            if lines.isEmpty && line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            lines.append(line)
            cursor = end < text.endIndex ? text.utf8.index(after: end) : end
            if lines.count == 1 && line.trimmingSpaces != "---" { break }
            if lines.count > 1 && line.trimmingSpaces == "---" {
                bodyStart = cursor
                break
            }
        }
        guard let first = lines.first, first.trimmingSpaces == "---" else {
            return (nil, [.error(source, 1, 1, "a lesson starts with front matter: a `---` line, `key: value` lines, and a closing `---`")])
        }
        guard let bodyStart else {
            return (nil, [.error(source, 1, 1, "front matter opened here is never closed with a `---` line")])
        }
        let close = lines.count - 1
        var reader = FrontMatterReader(source: source, keys: keys)
        for index in 1..<close { reader.read(lines[index], line: index + 1) }
        let body = String(text[bodyStart...])
        let matter = FrontMatter(entries: reader.entries, rejectedKeys: reader.rejectedKeys, closingLine: close + 1, body: body, bodyFirstLine: close + 2)
        return (matter, reader.diagnostics)
    }
}

extension Substring {
    var trimmingSpaces: String { String(self).trimmingSpaces }
}
