/// A readable tree dump of a parsed document: the oracle Markdown tests compare against.
///
/// One node per line, children indented by two spaces; blocks end with `@line:column`.
extension Document {
    public func debugDump() -> String {
        var out: [String] = ["Document"]
        for block in blocks { Self.dump(block, depth: 1, into: &out) }
        return out.joined(separator: "\n")
    }

    private static func pad(_ depth: Int) -> String { String(repeating: "  ", count: depth) }

    private static func dump(_ block: Block, depth: Int, into out: inout [String]) {
        let at = " @\(block.line):\(block.column)"
        let p = pad(depth)
        switch block.kind {
        case .heading(let level, let content):
            out.append("\(p)Heading(\(level))\(at)")
            dump(content, depth: depth + 1, into: &out)
        case .paragraph(let content):
            out.append("\(p)Paragraph\(at)")
            dump(content, depth: depth + 1, into: &out)
        case .list(let list):
            out.append("\(p)List(\(list.start.map { "ordered, start: \($0)" } ?? "bullet"))\(at)")
            for item in list.items {
                out.append("\(pad(depth + 1))Item @\(item.line)")
                for child in item.blocks { dump(child, depth: depth + 2, into: &out) }
            }
        case .quote(let children):
            out.append("\(p)Quote\(at)")
            for child in children { dump(child, depth: depth + 1, into: &out) }
        case .alert(let kind, let children):
            out.append("\(p)Alert(\(kind.rawValue))\(at)")
            for child in children { dump(child, depth: depth + 1, into: &out) }
        case .table(let table):
            out.append("\(p)Table(\(table.alignments.map(\.rawValue).joined(separator: ", ")))\(at)")
            out.append("\(pad(depth + 1))Header")
            for cell in table.header {
                out.append("\(pad(depth + 2))Cell")
                dump(cell, depth: depth + 3, into: &out)
            }
            for row in table.rows {
                out.append("\(pad(depth + 1))Row")
                for cell in row {
                    out.append("\(pad(depth + 2))Cell")
                    dump(cell, depth: depth + 3, into: &out)
                }
            }
        case .thematicBreak:
            out.append("\(p)ThematicBreak\(at)")
        case .code(let code):
            let name = code.isKernel ? "Kernel" + (code.kernelName.map { "(name: \($0))" } ?? "") : "CodeBlock"
            out.append("\(p)\(name) info: \(code.info.debugDescription) firstLine: \(code.firstLine)\(at)")
            for line in code.lines { out.append("\(pad(depth + 1))| \(line)") }
        case .quiz(let checkpoint):
            out.append("\(p)Quiz\(at)")
            for item in checkpoint.items { out.append("\(pad(depth + 1))\(item.id) @\(item.line)") }
        case .displayMath(let latex):
            out.append("\(p)DisplayMath\(at)")
            for line in latex.split(separator: "\n", omittingEmptySubsequences: false) {
                out.append("\(pad(depth + 1))| \(line)")
            }
        }
    }

    private static func dump(_ inlines: [Inline], depth: Int, into out: inout [String]) {
        let p = pad(depth)
        for inline in inlines {
            switch inline {
            case .text(let s): out.append("\(p)Text \(s.debugDescription)")
            case .code(let s): out.append("\(p)Code \(s.debugDescription)")
            case .math(let s): out.append("\(p)Math \(s.debugDescription)")
            case .emphasis(let children):
                out.append("\(p)Emphasis")
                dump(children, depth: depth + 1, into: &out)
            case .strong(let children):
                out.append("\(p)Strong")
                dump(children, depth: depth + 1, into: &out)
            case .link(let text, let destination):
                out.append("\(p)Link destination: \(destination.debugDescription)")
                dump(text, depth: depth + 1, into: &out)
            case .image(let image):
                out.append("\(p)Image alt: \(image.alt.debugDescription) path: \(image.path.debugDescription) @\(image.line):\(image.column)")
            case .hardBreak: out.append("\(p)HardBreak")
            case .softBreak: out.append("\(p)SoftBreak")
            }
        }
    }
}
