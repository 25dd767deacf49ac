/// Spacing between atoms, after TeX's rules, in whole columns.
extension MathTypesetter {
    /// A node with the class it plays here and the columns of space before it.
    struct Spaced {
        var node: MathNode
        var atomClass: MathAtomClass
        var gap: Int
    }

    /// A non-space node with the source spacing that came before it.
    private struct Atom {
        var node: MathNode
        /// Columns of explicit space (`\,`, `\quad`, `~`) before the node.
        var hard = 0
        /// Columns of source whitespace before the node, which tight contexts drop.
        var soft = 0
        /// True when the source had whitespace before the node, even where TeX drops it
        /// (after a control word: `\pi \|`).
        var sourceSpace = false
    }

    /// Places spaces the way TeX does, in columns: around relations and binary operators,
    /// after operator names and sums, and where the author wrote them.
    ///
    /// `tight` is for scripts, inline fractions and roots: only the spaces that keep words
    /// apart survive there (`log x`), so `(a+b)/c` and `ᵢ₌₁` stay compact.
    static func spaced(_ nodes: [MathNode], tight: Bool) -> [Spaced] {
        let atoms = gathered(nodes, tight: tight)
        var result: [Spaced] = []
        var previous: MathAtomClass?
        var previousEndsWithSpace = false
        var previousIsSign = false
        var previousIsSlash = false
        var previousIsSeparator = false
        for (index, atom) in atoms.enumerated() {
            let node = atom.node
            let next = index + 1 < atoms.count ? atoms[index + 1] : nil
            var atomClass = node.atomClass
            var isSign = false
            if atomClass == .binary {
                // TeX: a binary operator with no operand on one side is ordinary.
                if previous.map(startsOperand) ?? true {
                    atomClass = .ordinary
                    isSign = next.map { !endsOperand($0.node.atomClass) } ?? false   // −x, (−1), = −b
                } else if next.map({ endsOperand($0.node.atomClass) }) ?? true {
                    atomClass = .ordinary                                             // P(+ | x), (a+)
                }
            }
            var soft = atom.soft
            // Source spaces inside brackets and before commas are layout, not meaning: ⟨q, k⟩.
            if previous == .opening || atomClass == .closing || atomClass == .punctuation { soft = 0 }
            // `/` is an ordinary symbol in TeX, set with no space: ∂L/∂z whatever the source says.
            // Its thin space before `\sum` or `\ln` would be a whole column here: a/∑, not a/ ∑.
            let isSlash = node == .symbol("/", .ordinary)
            var gap = previous.map { max(atom.hard, soft, autoGap($0, atomClass, tight: tight)) } ?? 0
            // `\text{if } x` already carries its space.
            if previousEndsWithSpace || node.startsWithSpace { gap = max(gap - 1, 0) }
            if previous != nil, previousIsSign || isSlash || previousIsSlash {
                gap = atom.hard                           // a sign sticks to what it signs: −∑, −sin θ
            }
            // A bar spaced off on both sides separates (KL(π ‖ π_ref)); touching one side, it
            // delimits (‖θ‖). TeX drops the space after `\pi`, so only the source tells them apart.
            let isSeparator = !tight && previous != nil && atom.sourceSpace && isBar(node)
                && next.map { $0.sourceSpace && !endsOperand($0.node.atomClass) } == true
            if isSeparator || previousIsSeparator { gap = max(gap, 1) }
            result.append(Spaced(node: node, atomClass: atomClass, gap: gap))
            previous = atomClass
            previousEndsWithSpace = node.endsWithSpace
            previousIsSign = isSign
            previousIsSlash = isSlash
            previousIsSeparator = isSeparator
        }
        return result
    }

    /// The non-space nodes, each with the spaces written before it.
    private static func gathered(_ nodes: [MathNode], tight: Bool) -> [Atom] {
        var atoms: [Atom] = []
        var pending = Atom(node: .group([]))
        for node in nodes {
            if case .space(let width, let soft) = node {
                if !soft {
                    pending.hard = max(pending.hard, width)
                } else {
                    pending.sourceSpace = true
                    if !tight { pending.soft = max(pending.soft, width) }
                }
                continue
            }
            pending.node = node
            atoms.append(pending)
            pending = Atom(node: .group([]))
        }
        return atoms
    }

    /// A vertical bar that can stand between two operands: `‖` or `|` with no scripts.
    private static func isBar(_ node: MathNode) -> Bool {
        node == .symbol("‖", .ordinary) || node == .symbol("|", .ordinary)
    }

    /// Classes after which a `+` or `−` is a sign rather than an operator.
    private static func startsOperand(_ previous: MathAtomClass) -> Bool {
        [.binary, .relation, .opening, .punctuation, .largeOperator, .operatorName].contains(previous)
    }

    /// Classes before which a `+` or `−` has no right operand, so TeX sets it as ordinary.
    private static func endsOperand(_ next: MathAtomClass) -> Bool {
        [.relation, .closing, .punctuation].contains(next)
    }

    private static func autoGap(_ previous: MathAtomClass, _ next: MathAtomClass, tight: Bool) -> Int {
        let operand: Set<MathAtomClass> = [.ordinary, .largeOperator, .operatorName]
        if next == .operatorName, [.ordinary, .closing, .operatorName, .largeOperator].contains(previous) { return 1 }
        if previous == .operatorName, operand.contains(next) { return 1 }
        if previous == .largeOperator, operand.contains(next) { return 1 }
        if next == .largeOperator, [.ordinary, .closing].contains(previous) { return 1 }
        if tight { return 0 }
        if previous == .binary || next == .binary { return 1 }
        if previous == .relation && next == .relation { return 0 }
        if previous == .relation || next == .relation { return 1 }
        return 0
    }
}
