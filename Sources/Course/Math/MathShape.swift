/// Decides where inline fractions and roots need parentheses to be read correctly.
enum MathShape {
    /// One thing that binds tighter than `/`: a number, a symbol with its scripts, a root,
    /// a bracketed group, or a name applied to one (`f(x)`).
    static func isAtomic(_ nodes: [MathNode]) -> Bool {
        let items = nodes.filter { !$0.isSpace }
        if items.isEmpty || items.allSatisfy(isDigit) { return true }
        if items.count == 1 { return isAtomicNode(items[0]) }
        if items.dropLast().allSatisfy(isDigit), case .scripted(let base, _, _) = items[items.count - 1], isDigit(base) {
            return true                      // 10³
        }
        if bracketEnd(items, from: 0) == items.count - 1 { return true }
        if items.count == 2, isDifferential(items[0]), isAtomicNode(items[1]) { return true }   // dy/dx, ∂ℒ/∂θ
        if isName(items[0]), bracketEnd(items, from: 1) == items.count - 1 { return true }
        return false
    }

    /// A juxtaposition of atoms, such as `QKᵀ` or `2(a+b)`, allowed to stand before `/`.
    static func isProduct(_ nodes: [MathNode]) -> Bool {
        var items = nodes.filter { !$0.isSpace }
        if case .symbol("−", _)? = items.first { items.removeFirst() }
        var index = 0
        while index < items.count {
            if let end = bracketEnd(items, from: index) {
                index = end + 1
                continue
            }
            // A function applied to its argument: exp(zᵢ), softmax(x).
            if items[index].atomClass == .operatorName, let end = bracketEnd(items, from: index + 1) {
                index = end + 1
                continue
            }
            guard isFactor(items[index]) else { return false }
            index += 1
        }
        return true
    }

    private static func isFactor(_ node: MathNode) -> Bool {
        switch node {
        case .group(let nodes), .styled(let nodes, _, .ordinary):
            return isProduct(nodes)
        case .fraction:
            return false
        case .scripted(let base, _, _):
            return isFactor(base)
        default:
            return node.atomClass == .ordinary
        }
    }

    private static func isAtomicNode(_ node: MathNode) -> Bool {
        switch node {
        case .symbol(_, let atomClass), .word(_, let atomClass):
            return atomClass == .ordinary || atomClass == .opening || atomClass == .closing
        case .group(let nodes):
            return isAtomic(nodes)
        case .styled(let nodes, _, let atomClass):
            return atomClass == .ordinary && (isAtomic(nodes) || nodes.allSatisfy(isLetter))
        case .scripted(let base, _, _):
            return isAtomicNode(base)
        case .fraction, .space:
            return false
        case .binomial, .root, .accent, .fenced, .environment:
            return true
        }
    }

    /// `d` or `∂`, possibly with a power, as in `∂²f/∂x²`.
    private static func isDifferential(_ node: MathNode) -> Bool {
        switch node {
        case .symbol(let glyph, _): return glyph == "d" || glyph == "∂"
        case .styled(let nodes, _, _): return nodes == [.symbol("d", .ordinary)]
        case .scripted(let base, nil, _): return isDifferential(base)
        default: return false
        }
    }

    private static func isDigit(_ node: MathNode) -> Bool {
        guard case .symbol(let glyph, _) = node, let first = glyph.first, glyph.count == 1 else { return false }
        return first.isNumber || first == "."
    }

    private static func isLetter(_ node: MathNode) -> Bool {
        guard case .symbol(let glyph, _) = node, let first = glyph.first, glyph.count == 1 else { return false }
        return first.isLetter
    }

    /// A function's name: a letter (with scripts) or a word.
    private static func isName(_ node: MathNode) -> Bool {
        switch node {
        case .symbol: return isLetter(node)
        case .scripted(let base, _, _): return isName(base)
        case .word, .styled: return true
        default: return false
        }
    }

    /// The index of the bracket that closes the one at `start`, or nil when `start` opens none.
    private static func bracketEnd(_ items: [MathNode], from start: Int) -> Int? {
        guard start < items.count, items[start].atomClass == .opening else { return nil }
        var depth = 0
        for index in start..<items.count {
            let atomClass = items[index].atomClass
            if atomClass == .opening { depth += 1 }
            if atomClass == .closing {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }
}
