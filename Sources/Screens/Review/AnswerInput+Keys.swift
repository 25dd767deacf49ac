import Practice
import Terminal

extension AnswerInput {
    /// Applies a key to the answer; returns true when the key submits it.
    mutating func handle(_ key: Key, _ modifiers: Modifiers) -> Bool {
        let k = ReviewKeys.self
        switch self {
        case .choice(let order, var cursor):
            if case .char(let c) = key, modifiers.isEmpty, let n = c.wholeNumberValue, (1...min(9, order.count)).contains(n) {
                self = .choice(order: order, cursor: n - 1)
                return true
            }
            if k.down.matches(key, modifiers) { cursor = min(order.count - 1, cursor + 1) }
            else if k.up.matches(key, modifiers) { cursor = max(0, cursor - 1) }
            else if k.submit.matches(key, modifiers) { return true }
            self = .choice(order: order, cursor: cursor)
        case .multi(let order, var cursor, var chosen):
            if case .char(let c) = key, modifiers.isEmpty, let n = c.wholeNumberValue, (1...min(9, order.count)).contains(n) {
                cursor = n - 1
                chosen.formSymmetricDifference([order[cursor]])
            } else if k.down.matches(key, modifiers) { cursor = min(order.count - 1, cursor + 1) }
            else if k.up.matches(key, modifiers) { cursor = max(0, cursor - 1) }
            else if k.toggle.matches(key, modifiers), order.indices.contains(cursor) { chosen.formSymmetricDifference([order[cursor]]) }
            else if k.submit.matches(key, modifiers) { return true }
            self = .multi(order: order, cursor: cursor, chosen: chosen)
        case .typed(var editor):
            if k.submit.matches(key, modifiers) { return true }
            _ = editor.handle(key, modifiers)
            self = .typed(editor)
        case .order(var arrangement, var cursor):
            if k.moveDown.matches(key, modifiers), cursor + 1 < arrangement.count {
                arrangement.swapAt(cursor, cursor + 1)
                cursor += 1
            } else if k.moveUp.matches(key, modifiers), cursor > 0 {
                arrangement.swapAt(cursor, cursor - 1)
                cursor -= 1
            } else if k.down.matches(key, modifiers) { cursor = min(arrangement.count - 1, cursor + 1) }
            else if k.up.matches(key, modifiers) { cursor = max(0, cursor - 1) }
            else if k.submit.matches(key, modifiers) { return true }
            self = .order(arrangement: arrangement, cursor: cursor)
        case .cloze(var gaps, var focus):
            let count = gaps.count
            if k.nextGap.matches(key, modifiers) { focus = (focus + 1) % max(1, count) }
            else if k.previousGap.matches(key, modifiers) { focus = (focus + count - 1) % max(1, count) }
            else if k.submit.matches(key, modifiers) {
                // Enter fills the gaps in turn and checks after the last one.
                if focus + 1 >= count { return true }
                focus += 1
            } else if gaps.indices.contains(focus) {
                _ = gaps[focus].handle(key, modifiers)
            }
            self = .cloze(gaps: gaps, focus: focus)
        case .card(let revealed):
            if !revealed, k.reveal.matches(key, modifiers) { return true }
        }
        return false
    }

}
