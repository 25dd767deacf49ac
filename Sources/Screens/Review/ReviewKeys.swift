import Terminal

/// The review screen's keys, each with the help text the `?` overlay shows.
enum ReviewKeys {
    static let pick = KeyBinding((1...9).map { Chord(.char(Character(String($0)))) }, "1–9",
                                 "choose that option (choice) or tick it (multi)")
    static let down = KeyBinding([Chord(.down), .char("j")], "↓ j", "next option or step")
    static let up = KeyBinding([Chord(.up), .char("k")], "↑ k", "previous option or step")
    static let moveDown = KeyBinding([Chord(.down, .shift), .char("J")], "Shift-↓ J", "move the step down (order)")
    static let moveUp = KeyBinding([Chord(.up, .shift), .char("K")], "Shift-↑ K", "move the step up (order)")
    static let toggle = KeyBinding([.char(" ")], "Space", "tick or untick the option (multi)")
    static let reveal = KeyBinding([.char(" "), Chord(.enter)], "Space Enter", "show the answer (card)")
    static let nextGap = KeyBinding([Chord(.tab)], "Tab", "next gap (cloze)")
    static let previousGap = KeyBinding([Chord(.backTab)], "Shift-Tab", "previous gap (cloze)")
    static let submit = KeyBinding([Chord(.enter)], "Enter", "check the answer; then accept the rating")
    static let rate = KeyBinding((1...4).map { Chord(.char(Character(String($0)))) }, "1–4",
                                 "rate Again, Hard, Good or Easy")
    static let nextRating = KeyBinding([Chord(.right), Chord(.tab)], "→ Tab", "next rating")
    static let previousRating = KeyBinding([Chord(.left), Chord(.backTab)], "← Shift-Tab", "previous rating")
    static let hint = KeyBinding([.char("h"), Chord(.char("h"), .alt)], "h Alt-h", "show the hint (Alt-h while typing)")
    static let undo = KeyBinding([.char("u"), Chord(.char("u"), .alt)], "u Alt-u", "undo the last rating (Alt-u while typing)")
    static let scrollDown = KeyBinding([Chord(.pageDown)], "PgDn", "scroll a long card down")
    static let scrollUp = KeyBinding([Chord(.pageUp)], "PgUp", "scroll a long card up")
    static let back = KeyBinding([.char("q"), Chord(.escape)], "q Esc", "back (Esc while typing)")
    static let typing = KeyBinding([], "← → Home End", "move in the answer; Backspace deletes; paste works")
}

extension ReviewScreen {
    /// Every key of the screen, for the help overlay. Pairs of keys that mirror each other
    /// share a line so the list fits a 24-row terminal.
    public static let bindings: [KeyBinding] = {
        let k = ReviewKeys.self
        func pair(_ a: KeyBinding, _ b: KeyBinding, _ label: String, _ help: String) -> KeyBinding {
            KeyBinding(a.keys + b.keys, label, help)
        }
        return [
            k.pick,
            pair(k.up, k.down, "↑ ↓ j k", "move between options or steps"),
            k.toggle,
            pair(k.moveUp, k.moveDown, "Shift-↑ ↓ K J", "move the step up or down (order)"),
            k.typing,
            pair(k.nextGap, k.previousGap, "Tab Shift-Tab", "next or previous gap (cloze)"),
            k.reveal, k.submit, k.rate,
            pair(k.previousRating, k.nextRating, "← →", "choose a rating"),
            k.hint, k.undo,
            pair(k.scrollUp, k.scrollDown, "PgUp PgDn", "scroll a card taller than the screen"),
            k.back, CommonKeys.help, CommonKeys.quit,
        ]
    }()
}
