/// A parsed Markdown body: the blocks of a lesson (or of a quiz prompt), in order.
///
/// Every block carries the 1-based line and column where it starts in the file it came
/// from, so diagnostics and the reader's "jump to source" can name a position.
public struct Document: Equatable, Sendable {
    public var blocks: [Block]

    public init(blocks: [Block] = []) {
        self.blocks = blocks
    }
}

/// One block-level element with its position in the source file.
public struct Block: Equatable, Sendable {
    public indirect enum Kind: Equatable, Sendable {
        case heading(level: Int, content: [Inline])
        case paragraph([Inline])
        case list(ListBlock)
        case quote([Block])
        case alert(AlertKind, [Block])
        case table(Table)
        case thematicBreak
        case code(CodeBlock)
        case quiz(QuizCheckpoint)
        case displayMath(String)
    }

    public var kind: Kind
    public var line: Int
    public var column: Int

    public init(_ kind: Kind, line: Int, column: Int = 1) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}

/// A bullet or numbered list; items hold blocks, so lists nest by indentation.
public struct ListBlock: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var blocks: [Block]
        public var line: Int
        public init(blocks: [Block], line: Int) {
            self.blocks = blocks
            self.line = line
        }
    }

    /// The first number of a numbered list; nil for a bullet list.
    public var start: Int?
    public var items: [Item]


    public init(start: Int?, items: [Item]) {
        self.start = start
        self.items = items
    }
}

/// A pipe table. Every row has exactly as many cells as the header (the parser pads or
/// trims ragged rows after reporting them).
public struct Table: Equatable, Sendable {
    public enum Alignment: String, Equatable, Sendable {
        case none, left, center, right
    }

    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]

    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

/// A fenced code block, including ```` ```swift kernel ```` directive blocks.
public struct CodeBlock: Equatable, Sendable {
    /// The whole info string after the fence, trimmed: `swift kernel name=masked`.
    public var info: String
    /// The code, one entry per source line, without the fence's indentation.
    public var lines: [String]
    /// 1-based line in the source file of the first code line (the line after the fence).
    public var firstLine: Int
    /// True for ```` ```swift kernel ```` blocks.
    public var isKernel: Bool
    /// The `name=` attribute of a kernel block.
    public var kernelName: String?

    /// The first word of the info string (`swift`), or "" when there is none.
    public var language: String {
        String(info.split(separator: " ", maxSplits: 1).first ?? "")
    }

    public init(info: String, lines: [String], firstLine: Int, isKernel: Bool = false, kernelName: String? = nil) {
        self.info = info
        self.lines = lines
        self.firstLine = firstLine
        self.isKernel = isKernel
        self.kernelName = kernelName
    }
}

/// A ```` ```quiz ```` block: quiz items asked inline, where the block stands.
public struct QuizCheckpoint: Equatable, Sendable {
    /// One `deck/item-id` reference, with the line it was written on.
    public struct ItemRef: Equatable, Hashable, Sendable {
        public var deck: String
        public var item: String
        public var line: Int

        /// The card id used by review history: `deck/item-id`.
        public var id: String { "\(deck)/\(item)" }

        public init(deck: String, item: String, line: Int) {
            self.deck = deck
            self.item = item
            self.line = line
        }
    }

    public var items: [ItemRef]
    /// 1-based line of the opening fence.
    public var line: Int

    public init(items: [ItemRef], line: Int) {
        self.items = items
        self.line = line
    }
}

/// Inline content of paragraphs, headings and table cells.
public indirect enum Inline: Equatable, Sendable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case code(String)
    case link(text: [Inline], destination: String)
    case image(Image)
    /// `$…$`: the LaTeX source between the dollars.
    case math(String)
    /// A line ending in two spaces or a backslash.
    case hardBreak
    /// An ordinary line ending inside a paragraph; shown as a space.
    case softBreak

    /// An image reference, located so a missing diagram can be reported.
    public struct Image: Equatable, Sendable {
        public var alt: String
        public var path: String
        public var line: Int
        public var column: Int

        public init(alt: String, path: String, line: Int, column: Int) {
            self.alt = alt
            self.path = path
            self.line = line
            self.column = column
        }
    }
}

extension Inline {
    /// The text a reader sees, without styling: used for heading titles, alt text and search.
    public static func plainText(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s): out += s
            case .emphasis(let c), .strong(let c): out += plainText(c)
            case .link(let text, _): out += plainText(text)
            case .image(let image): out += image.alt
            case .math(let latex): out += MathRenderer.inline(latex).text
            case .hardBreak, .softBreak: out += " "
            }
        }
        return out
    }
}
