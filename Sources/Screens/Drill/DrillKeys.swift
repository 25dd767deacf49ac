import Terminal

/// The drill's own keys; answering uses the review's (`ReviewKeys`), so an item is answered
/// the same way in a drill as in a review.
enum DrillKeys {
    static let gotIt = KeyBinding([.char("y")], "y", "I recalled it (card)")
    static let missedIt = KeyBinding([.char("n")], "n", "I missed it (card)")
    static let next = KeyBinding([Chord(.enter), .char(" ")], "Enter Space", "next item, after the verdict")
    static let stop = KeyBinding([.char("q"), Chord(.escape)], "q Esc", "end the drill and see the report (Esc while typing)")
    static let down = KeyBinding([Chord(.down), .char("j")], "↓ j", "scroll the report down")
    static let up = KeyBinding([Chord(.up), .char("k")], "↑ k", "scroll the report up")
    static let pageDown = KeyBinding([Chord(.pageDown)], "PgDn", "scroll a page down")
    static let pageUp = KeyBinding([Chord(.pageUp)], "PgUp", "scroll a page up")
    static let top = KeyBinding([Chord(.home), .char("g")], "Home g", "top of the report")
    static let bottom = KeyBinding([Chord(.end), .char("G")], "End G", "end of the report")
    static let back = KeyBinding([.char("q"), Chord(.escape)], "q Esc", "leave the report")
}

extension DrillScreen {
    /// Every key of the screen, for the help overlay.
    public static let bindings: [KeyBinding] = {
        let r = ReviewKeys.self
        let k = DrillKeys.self
        return [
            r.pick,
            KeyBinding(r.up.keys + r.down.keys, "↑ ↓ j k", "move between options or steps; scroll the report"),
            r.toggle,
            KeyBinding(r.moveUp.keys + r.moveDown.keys, "Shift-↑ ↓ K J", "move the step up or down (order)"),
            r.typing,
            KeyBinding(r.nextGap.keys + r.previousGap.keys, "Tab Shift-Tab", "next or previous gap (cloze)"),
            r.reveal,
            KeyBinding(r.submit.keys, "Enter", "check the answer; then the next item"),
            KeyBinding(k.gotIt.keys + k.missedIt.keys, "y n", "grade a card yourself: recalled or missed"),
            r.hint,
            KeyBinding(k.pageUp.keys + k.pageDown.keys, "PgUp PgDn", "scroll a tall item or the report"),
            k.stop, CommonKeys.help, CommonKeys.quit,
        ]
    }()
}
