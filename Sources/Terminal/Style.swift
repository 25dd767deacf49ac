/// A foreground or background colour as the app asks for it; the renderer
/// downsamples it to what the terminal can show (see `ColorMode`).
public enum Color: Hashable, Sendable {
    /// The terminal's own default colour.
    case `default`
    /// One of the 16 standard colours: 0–7 normal, 8–15 bright.
    case ansi(UInt8)
    /// An entry of the 256-colour palette.
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
}

/// The look of one cell: colours and text attributes.
public struct Style: Hashable, Sendable {
    public var fg: Color
    public var bg: Color
    public var bold: Bool
    public var dim: Bool
    public var italic: Bool
    public var underline: Bool
    public var reverse: Bool

    /// Default colours, no attributes.
    public static let plain = Style()

    public init(
        fg: Color = .default, bg: Color = .default,
        bold: Bool = false, dim: Bool = false, italic: Bool = false,
        underline: Bool = false, reverse: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    /// Whether this is exactly the plain style.
    public var isPlain: Bool { self == .plain }
}

/// How many colours the screen can show.
public enum ColorMode: Sendable {
    /// 24-bit colour (`COLORTERM=truecolor` or `24bit`).
    case truecolor
    /// The 256-colour palette (`TERM=*-256color`).
    case ansi256
    /// The 16 standard colours.
    case ansi16
    /// No colours at all (`NO_COLOR`, `--no-color`): bold, dim, italic,
    /// underline and reverse are kept, so selections and headings still show.
    case monochrome
}
