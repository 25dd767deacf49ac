/// Reads front-matter lines one at a time for `FrontMatter.parse`.
struct FrontMatterReader {
    let source: String
    let keys: [String: FrontMatter.Kind]
    private(set) var entries: [FrontMatter.Entry] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var rejectedKeys: Set<String> = []
    private var currentKey: String?
    /// The entry collecting `  - item` lines, if the previous key had an empty value.
    private var openList: Int?

    init(source: String, keys: [String: FrontMatter.Kind]) {
        self.source = source
        self.keys = keys
    }

    private mutating func error(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(.error(source, line, column, message))
        if let key = currentKey, !entries.contains(where: { $0.key == key }) { rejectedKeys.insert(key) }
    }

    mutating func read(_ raw: Substring, line: Int) {
        let scalars = Array(raw.unicodeScalars)
        if let tab = scalars.firstIndex(of: "\t") {
            error(line, tab + 1, "tabs are not allowed in front matter; use spaces")
            if let colon = raw.firstIndex(of: ":"), keys[String(raw[..<colon])] != nil {
                rejectedKeys.insert(String(raw[..<colon]))  // already reported; not "missing" too
            }
            return
        }
        let indent = scalars.prefix(while: { $0 == " " }).count
        let text = raw.trimmingSpaces
        if text.isEmpty || text.hasPrefix("#") { return }
        if text == "-" || text.hasPrefix("- ") {
            readItem(text, line: line, column: indent + 1)
            return
        }
        if indent > 0 {
            error(line, indent + 1, "unexpected indentation: nested maps are not supported in front matter")
            return
        }
        openList = nil
        readKey(text, line: line)
    }

    private mutating func readItem(_ text: String, line: Int, column: Int) {
        guard let index = openList else {
            error(line, column, "a `- item` line must follow a key with an empty value, like `objectives:`")
            return
        }
        let raw = String(text.dropFirst(1))
        let leading = raw.prefix(while: { $0 == " " }).count
        let valueColumn = column + 1 + leading
        guard let value = scalar(raw.trimmingSpaces, line: line, column: valueColumn) else { return }
        if value.isEmpty {
            error(line, column, "empty list item")
            return
        }
        guard case .list(var items) = entries[index].value else { return }
        items.append(value)
        entries[index].value = .list(items)
        entries[index].itemPositions.append(FrontMatter.Position(line: line, column: valueColumn))
    }

    private mutating func readKey(_ text: String, line: Int) {
        guard let colon = text.firstIndex(of: ":") else {
            error(line, 1, "expected `key: value`")
            return
        }
        let key = String(text[..<colon])
        currentKey = nil
        guard FrontMatter.isKey(key) else {
            error(line, 1, "`\(key)` is not a key: keys are lowercase words, like `title`")
            return
        }
        let afterColon = text[text.index(after: colon)...]
        if let next = afterColon.first, next != " " {
            error(line, key.count + 2, "put a space after the colon: `\(key): …`")
            return
        }
        if let previous = entries.first(where: { $0.key == key }) {
            error(line, 1, "duplicate key `\(key)` (first set on line \(previous.line))")
            return
        }
        guard let kind = keys[key] else {
            let known = keys.keys.sorted().joined(separator: ", ")
            error(line, 1, "unknown key `\(key)`; known keys are \(known)")
            return
        }
        currentKey = key
        defer { currentKey = nil }
        let leading = afterColon.prefix(while: { $0 == " " }).count
        let valueColumn = key.count + 2 + leading
        let value = stripComment(afterColon.trimmingSpaces)
        var entry = FrontMatter.Entry(key: key, value: .scalar(""), line: line, valueLine: line,
                                      valueColumn: valueColumn, itemPositions: [])
        if value.isEmpty {
            guard kind == .list else {
                error(line, key.count + 1, "`\(key)` needs a value on the same line")
                return
            }
            entry.value = .list([])
            entries.append(entry)
            openList = entries.count - 1
            return
        }
        if let problem = Self.unsupported(value) {
            error(line, valueColumn, problem)
            return
        }
        if value.hasPrefix("[") {
            guard kind == .list else {
                error(line, valueColumn, "`\(key)` takes a single value, not a list")
                return
            }
            guard let items = flowList(value, line: line, column: valueColumn) else { return }
            entry.value = .list(items.map(\.0))
            entry.itemPositions = items.map { FrontMatter.Position(line: line, column: $0.1) }
        } else {
            guard kind == .scalar else {
                error(line, valueColumn, "`\(key)` takes a list, like `\(key): [a, b]`")
                return
            }
            guard let s = scalar(value, line: line, column: valueColumn) else { return }
            entry.value = .scalar(s)
        }
        entries.append(entry)
    }

    private static func unsupported(_ value: String) -> String? {
        switch value.first {
        case "|", ">": return "multi-line strings are not supported; keep the value on one line"
        case "{": return "nested maps are not supported in front matter"
        case "&", "*", "!": return "YAML anchors, aliases and tags are not supported"
        default: return nil
        }
    }

    /// Removes a trailing ` # comment` that is outside quotes.
    private func stripComment(_ value: String) -> String {
        var quote: Character?
        var previous: Character = " "
        for index in value.indices {
            let c = value[index]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                if previous == " " || previous == "[" || previous == "," { quote = c }
            } else if c == "#" && previous == " " {
                return String(value[..<index]).trimmingSpaces
            }
            previous = c
        }
        return value
    }

    /// One scalar value: unquotes it, and rejects what YAML would read as something else.
    private mutating func scalar(_ value: String, line: Int, column: Int) -> String? {
        if let q = value.first, q == "\"" || q == "'" {
            guard value.count >= 2, value.last == q else {
                error(line, column, "unterminated quoted value")
                return nil
            }
            let inner = String(value.dropFirst().dropLast())
            return q == "'" ? inner.replacing("''", with: "'")
                            : inner.replacing("\\\"", with: "\"").replacing("\\\\", with: "\\")
        }
        if let problem = Self.unsupported(value) {
            error(line, column, problem)
            return nil
        }
        if value.hasPrefix("[") {
            error(line, column, "nested lists are not supported")
            return nil
        }
        if value.contains(": ") || value.hasSuffix(":") {
            error(line, column, "a value containing `: ` must be quoted, like \"\(value)\"")
            return nil
        }
        return value
    }

    /// `[a, b, "c, d"]`: the items with their columns.
    private mutating func flowList(_ value: String, line: Int, column: Int) -> [(String, Int)]? {
        guard value.hasSuffix("]") else {
            error(line, column, "a list must close with `]` on the same line")
            return nil
        }
        let inner = Array(value.dropFirst().dropLast())
        if inner.allSatisfy({ $0 == " " }) { return [] }
        var items: [(String, Int)] = []
        var start = 0
        var quote: Character?
        var i = 0
        func take(_ end: Int) -> Bool {
            let raw = String(inner[start..<end])
            let leading = raw.prefix(while: { $0 == " " }).count
            let itemColumn = column + 1 + start + leading
            let text = raw.trimmingSpaces
            if text.isEmpty {
                error(line, itemColumn, "empty item in list")
                return false
            }
            guard let item = scalar(text, line: line, column: itemColumn) else { return false }
            items.append((item, itemColumn))
            return true
        }
        while i < inner.count {
            let c = inner[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "," {
                guard take(i) else { return nil }
                start = i + 1
            } else if c == "[" || c == "]" {
                error(line, column + 1 + i, "nested lists are not supported")
                return nil
            }
            i += 1
        }
        guard take(inner.count) else { return nil }
        return items
    }
}
