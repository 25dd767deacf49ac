/// Resolves an image path written in a lesson to a path relative to the course root.
///
/// Lessons may write `Assets/attention.txt` (as SPEC §2 shows) or the relative
/// `../../Assets/attention.txt` that also works when the file is viewed on a code-hosting
/// site. Both resolve to `Assets/attention.txt`, the key of `CourseCatalog.diagrams`.
public enum DiagramPath {
    /// The root-relative path of a `.txt` diagram, or nil for other images, URLs and
    /// paths that leave the course root.
    public static func resolve(_ path: String, from lessonSource: String) -> String? {
        guard path.hasSuffix(".txt"), !path.contains("://"), !path.hasPrefix("/") else { return nil }
        var parts: [Substring]
        if path.hasPrefix("Assets/") || path.hasPrefix("./Assets/") {
            parts = []
        } else {
            parts = lessonSource.split(separator: "/")
            if !parts.isEmpty { parts.removeLast() }  // the lesson's own file name
        }
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default:
                parts.append(component)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}

extension Document {
    /// Every image in reading order, wherever it sits (paragraphs, headings, table cells,
    /// link text).
    public var images: [Inline.Image] {
        var out: [Inline.Image] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .image(let image): out.append(image)
                case .emphasis(let c), .strong(let c), .link(let c, _): visit(c)
                default: break
                }
            }
        }
        for block in allBlocks {
            switch block.kind {
            case .heading(_, let content), .paragraph(let content): visit(content)
            case .table(let table):
                table.header.forEach(visit)
                table.rows.forEach { $0.forEach(visit) }
            default: break
            }
        }
        return out
    }
}
