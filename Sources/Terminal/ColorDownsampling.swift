/// Fits colours to what a `ColorMode` can show: rgb → 256 → 16 → none.
extension Style {
    /// This style as the terminal will show it in `mode`.
    public func downsampled(to mode: ColorMode) -> Style {
        var style = self
        style.fg = fg.downsampled(to: mode)
        style.bg = bg.downsampled(to: mode)
        return style
    }
}

extension Color {
    /// The nearest colour that `mode` can show.
    public func downsampled(to mode: ColorMode) -> Color {
        switch (mode, self) {
        case (.monochrome, _), (_, .default):
            return .default
        case (.truecolor, .ansi(let n)), (.ansi256, .ansi(let n)):
            return n < 16 ? self : .indexed(n)
        case (.truecolor, _):
            return self
        case (.ansi256, .indexed):
            return self
        case (.ansi256, .rgb(let r, let g, let b)):
            return .indexed(Palette.nearest256(r, g, b))
        case (.ansi16, .ansi(let n)), (.ansi16, .indexed(let n)):
            if n < 16 { return .ansi(n) }
            let (r, g, b) = Palette.rgb(ofIndexed: n)
            return .ansi(Palette.nearest16(r, g, b))
        case (.ansi16, .rgb(let r, let g, let b)):
            return .ansi(Palette.nearest16(Int(r), Int(g), Int(b)))
        }
    }
}

/// The xterm colour palette, used to find the nearest colour a terminal has.
enum Palette {
    /// The six levels of each channel in the 6×6×6 colour cube (indices 16–231).
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// xterm's default values of the 16 standard colours.
    static let standard16: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The red, green and blue of a 256-colour palette entry.
    static func rgb(ofIndexed n: UInt8) -> (Int, Int, Int) {
        switch n {
        case 0..<16:
            return standard16[Int(n)]
        case 16..<232:
            let i = Int(n) - 16
            return (cubeLevels[i / 36], cubeLevels[(i / 6) % 6], cubeLevels[i % 6])
        default:
            let grey = 8 + 10 * (Int(n) - 232)
            return (grey, grey, grey)
        }
    }

    /// The nearest entry among 16–255 (the cube and the grey ramp, which
    /// unlike 0–15 look the same on every terminal).
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let (r, g, b) = (Int(r), Int(g), Int(b))
        let (ri, gi, bi) = (nearestLevel(r), nearestLevel(g), nearestLevel(b))
        let cube = (cubeLevels[ri], cubeLevels[gi], cubeLevels[bi])
        let cubeIndex = 16 + 36 * ri + 6 * gi + bi
        let average = (r + g + b) / 3
        let greyStep = min(23, max(0, (average - 3) / 10))
        let grey = 8 + 10 * greyStep
        if distance((r, g, b), (grey, grey, grey)) < distance((r, g, b), cube) {
            return UInt8(232 + greyStep)
        }
        return UInt8(cubeIndex)
    }

    /// The nearest of the 16 standard colours.
    static func nearest16(_ r: Int, _ g: Int, _ b: Int) -> UInt8 {
        var best = 0
        var bestDistance = Int.max
        for (i, colour) in standard16.enumerated() {
            let d = distance((r, g, b), colour)
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        return UInt8(best)
    }

    private static func nearestLevel(_ v: Int) -> Int {
        var best = 0
        for (i, level) in cubeLevels.enumerated() where abs(level - v) < abs(cubeLevels[best] - v) {
            best = i
        }
        return best
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }
}
