import Terminal

/// A key a screen answers to, with the words the help overlay shows for it.
///
/// Bindings carry their own help text (as in Bubble Tea), so the `?` overlay is generated
/// from the same table the screen dispatches on and can never fall out of date.
public struct KeyBinding: Equatable, Sendable {
    public var keys: [Chord]
    /// How the keys are written in help, e.g. "j ↓".
    public var label: String
    public var help: String

    public init(_ keys: [Chord], _ label: String, _ help: String) {
        self.keys = keys
        self.label = label
        self.help = help
    }

    public func matches(_ key: Key, _ modifiers: Modifiers) -> Bool {
        // An upper-case letter may arrive with or without a shift flag; the letter says it all.
        var modifiers = modifiers
        if case .char = key { modifiers.remove(.shift) }
        return keys.contains { $0.key == key && $0.modifiers == modifiers }
    }
}

/// One key with its modifiers.
public struct Chord: Equatable, Sendable {
    public var key: Key
    public var modifiers: Modifiers

    public init(_ key: Key, _ modifiers: Modifiers = []) {
        self.key = key
        self.modifiers = modifiers
    }

    public static func char(_ c: Character) -> Chord { Chord(.char(c)) }
    public static func ctrl(_ c: Character) -> Chord { Chord(.char(c), .ctrl) }
}

/// The keys every screen shares.
public enum CommonKeys {
    public static let help = KeyBinding([.char("?")], "?", "show or hide this help")
    public static let quit = KeyBinding([.ctrl("c")], "Ctrl-C", "quit from anywhere")
    public static let suspend = KeyBinding([.ctrl("z")], "Ctrl-Z", "suspend (fg to come back)")
}
