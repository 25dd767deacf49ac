/// A key on the keyboard, independent of modifiers.
///
/// Printable keys arrive as `.char` with the character the terminal sent, so
/// Shift+a is `.char("A")` without `.shift`. Control letters arrive as the
/// lowercase letter with `.ctrl` (Ctrl-C is `.key(.char("c"), .ctrl)`), except
/// the ones terminals cannot tell apart from named keys: Ctrl-I is `.tab`,
/// Ctrl-M and Ctrl-J are `.enter`, Ctrl-H is `.backspace`, Ctrl-[ is `.escape`.
public enum Key: Hashable, Sendable {
    case char(Character)
    case enter, tab, backTab, backspace, escape
    case up, down, left, right
    case home, end, pageUp, pageDown, insert, delete
    /// F1–F12 (`function(1)` … `function(12)`).
    case function(Int)
}

/// Modifier keys held with a key.
public struct Modifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let shift = Modifiers(rawValue: 1)
    public static let alt = Modifiers(rawValue: 2)
    public static let ctrl = Modifiers(rawValue: 4)
}

/// Something that happened at the terminal.
public enum Event: Hashable, Sendable {
    case key(Key, Modifiers)
    /// Text pasted in one go (bracketed paste), with line ends as "\n".
    case paste(String)
    /// The terminal's new size in columns and rows. Repaint fully.
    case resize(width: Int, height: Int)
    /// The terminal window gained (true) or lost (false) focus; only sent by
    /// terminals that were asked to report focus.
    case focus(Bool)
    /// The screen was disturbed (after Ctrl-Z suspend and resume, or
    /// `runOutside`): drop the previous frame and repaint everything.
    /// `TerminalSession.present` already does this by itself.
    case redraw
    /// A sequence the parser does not know, passed on raw for diagnostics.
    case unknown([UInt8])

    /// A key event with no modifiers.
    public static func key(_ key: Key) -> Event { .key(key, []) }
}
