/// How many terminal columns text takes, from a width table written in the
/// source rather than the C locale, so every machine lays text out the same way.
///
/// The rules, per grapheme (one `Character`):
/// - C0 and C1 control characters and DEL take 0 columns; they are meant to be
///   neutralised before they reach the screen.
/// - Otherwise the first scalar decides: zero-width (combining marks, format
///   characters such as ZWJ and bidi controls, variation selectors) gives 0;
///   East Asian Wide or Fullwidth, or emoji presentation, gives 2; anything
///   else, East Asian Ambiguous included, gives 1.
/// - A keycap (U+20E3) anywhere in the grapheme, or U+FE0F (VS16) after an
///   emoji base, widens it to 2. Flags are pairs of regional indicators, which
///   have emoji presentation, so they are 2 as well.
/// - No grapheme is wider than 2.
public enum DisplayWidth {
    /// The number of columns (0, 1 or 2) one grapheme takes.
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next()?.value else { return 0 }
        if first < 0x7F {
            if first < 0x20 { return 0 }
            if let second = iterator.next()?.value {
                return widensToTwo(first: first, next: second, rest: &iterator) ? 2 : 1
            }
            return 1
        }
        if first < 0xA0 { return 0 }
        let base = width(ofScalar: first)
        if base == 1, let second = iterator.next()?.value,
           widensToTwo(first: first, next: second, rest: &iterator) {
            return 2
        }
        return base
    }

    /// The number of columns a string takes: the sum over its graphemes.
    public static func of<S: StringProtocol>(_ s: S) -> Int {
        if let ascii = printableASCIICount(s) { return ascii }
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    /// The longest prefix of `s` that fits in `columns`, and its width.
    ///
    /// A wide grapheme that would straddle the limit is left out whole, so the
    /// returned width may be one less than `columns`.
    public static func prefix<S: StringProtocol>(_ s: S, fitting columns: Int) -> (text: Substring, width: Int) {
        let whole: Substring
        if let substring = s as? Substring {
            whole = substring
        } else if let string = s as? String {
            whole = string[...]
        } else {
            whole = Substring(String(s))
        }
        guard columns > 0 else { return (whole[whole.startIndex..<whole.startIndex], 0) }
        var used = 0
        var end = whole.startIndex
        while end < whole.endIndex {
            let w = of(whole[end])
            if used + w > columns { break }
            used += w
            end = whole.index(after: end)
        }
        return (whole[whole.startIndex..<end], used)
    }

    /// The width of a single scalar on its own: 0, 1 or 2.
    public static func width(ofScalar value: UInt32) -> Int {
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }
        if value < 0x300 { return 1 }  // Latin-1 and Latin Extended: no marks, nothing wide
        if contains(WidthTables.zeroWidth, value) { return 0 }
        if value >= 0x1100, contains(WidthTables.wide, value) { return 2 }
        return 1
    }

    /// Whether the scalars after a one-column base make the grapheme two
    /// columns wide: a keycap, or VS16 after a scalar with the Emoji property.
    private static func widensToTwo(
        first: UInt32, next: UInt32, rest: inout String.UnicodeScalarView.Iterator
    ) -> Bool {
        var scalar: UInt32? = next
        while let value = scalar {
            if value == 0x20E3 { return true }
            if value == 0xFE0F, contains(WidthTables.emoji, first) { return true }
            scalar = rest.next()?.value
        }
        return false
    }

    /// The count of a string made only of printable ASCII, or nil otherwise.
    private static func printableASCIICount<S: StringProtocol>(_ s: S) -> Int? {
        var count = 0
        for byte in s.utf8 {
            if byte < 0x20 || byte >= 0x7F { return nil }
            count += 1
        }
        return count
    }

    /// Binary search over a flat array of inclusive (first, last) pairs.
    static func contains(_ table: [UInt32], _ value: UInt32) -> Bool {
        var low = 0
        var high = table.count / 2 - 1
        if high < 0 || value < table[0] || value > table[table.count - 1] { return false }
        while low <= high {
            let mid = (low + high) >> 1
            if value < table[2 * mid] {
                high = mid - 1
            } else if value > table[2 * mid + 1] {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
