/// A lesson's runnable mini-kernel: a ```` ```swift kernel ```` block (SPEC §4).
public struct KernelSource: Equatable, Sendable {
    /// The `name=` attribute; nil for the lesson's main (unnamed) kernel.
    public var name: String?
    public var code: String
    /// 1-based line in the lesson file of the first line of code.
    public var firstLine: Int

    public init(name: String?, code: String, firstLine: Int) {
        self.name = name
        self.code = code
        self.firstLine = firstLine
    }
}

/// One parsed lesson file.
public struct Lesson: Equatable, Sendable {
    public var meta: LessonMeta
    public var document: Document
    /// The path as given to the parser (relative to the course root when loaded).
    public var source: String
    /// Every kernel in document order.
    public var kernels: [KernelSource]
    /// Every ```` ```quiz ```` block in document order.
    public var checkpoints: [QuizCheckpoint]
    /// NN from the file name `NN-id.md`; 0 when the name has no number.
    public var number: Int
    /// The line each front-matter key was written on, for diagnostics about its value.
    public var frontMatterLines: [String: Int]

    public init(meta: LessonMeta, document: Document, source: String, kernels: [KernelSource] = [],
                checkpoints: [QuizCheckpoint] = [], number: Int = 0, frontMatterLines: [String: Int] = [:]) {
        self.meta = meta
        self.document = document
        self.source = source
        self.kernels = kernels
        self.checkpoints = checkpoints
        self.number = number
        self.frontMatterLines = frontMatterLines
    }

    public var id: String { meta.id }

    /// The kernel `attend run` starts: the unnamed one, else the first.
    public var mainKernel: KernelSource? {
        kernels.first { $0.name == nil } ?? kernels.first
    }

    public func kernel(named name: String?) -> KernelSource? {
        kernels.first { $0.name == name }
    }
}

extension Document {
    /// Every block, depth first in reading order, including those inside lists, quotes
    /// and alerts.
    public var allBlocks: [Block] {
        var out: [Block] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                out.append(block)
                switch block.kind {
                case .list(let list): for item in list.items { visit(item.blocks) }
                case .quote(let children), .alert(_, let children): visit(children)
                default: break
                }
            }
        }
        visit(blocks)
        return out
    }
}
