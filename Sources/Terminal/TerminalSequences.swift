/// The escape sequences that enter and leave the full-screen mode.
enum TerminalSequences {
    /// Alternate screen, hidden cursor, bracketed paste on, line wrap off.
    static let enter: [UInt8] = Array("\u{1B}[?1049h\u{1B}[?25l\u{1B}[?2004h\u{1B}[?7l".utf8)
    /// Ends any half-written synchronized frame, resets SGR, bracketed paste
    /// off, line wrap on, cursor shown, back to the normal screen.
    static let leave: [UInt8] = Array("\u{1B}[?2026l\u{1B}[0m\u{1B}[?2004l\u{1B}[?7h\u{1B}[?25h\u{1B}[?1049l".utf8)
}
