import DisplayWidth

/// A block of lines with a baseline: display math set in two dimensions.
struct MathBox: Equatable {
    var lines: [String]
    /// The line that lines up with the text beside the box: a fraction's bar, a matrix's middle row.
    var baseline: Int
    var width: Int

    init(_ text: String) {
        lines = [text]
        baseline = 0
        width = MathBox.columns(text)
    }

    init(lines: [String], baseline: Int) {
        self.lines = lines.isEmpty ? [""] : lines
        self.baseline = min(max(baseline, 0), max(lines.count - 1, 0))
        width = self.lines.map(MathBox.columns).max() ?? 0
    }

    var height: Int { lines.count }

    /// Line `index`, padded with spaces to the box's width.
    func paddedLine(_ index: Int) -> String {
        let line = lines[index]
        return line + MathBox.spaces(width - MathBox.columns(line))
    }

    /// The box moved right by `offset` columns inside a box `width` wide.
    func placed(at offset: Int, within totalWidth: Int) -> [String] {
        (0..<height).map { MathBox.spaces(offset) + paddedLine($0) + MathBox.spaces(totalWidth - offset - width) }
    }

    /// Boxes side by side with their baselines lined up; each gap is the columns before that box.
    static func row(_ items: [(box: MathBox, gap: Int)]) -> MathBox {
        guard !items.isEmpty else { return MathBox("") }
        let above = items.map(\.box.baseline).max() ?? 0
        let below = items.map { $0.box.height - $0.box.baseline - 1 }.max() ?? 0
        var lines = Array(repeating: "", count: above + below + 1)
        for (box, gap) in items {
            let shift = above - box.baseline
            for row in lines.indices {
                lines[row] += spaces(gap)
                let index = row - shift
                lines[row] += (0..<box.height).contains(index) ? box.paddedLine(index) : spaces(box.width)
            }
        }
        return MathBox(lines: lines, baseline: above)
    }

    /// The lines without trailing spaces, as callers show them.
    var trimmedLines: [String] {
        lines.map { line in
            var text = Substring(line)
            while text.last == " " { text.removeLast() }
            return String(text)
        }
    }

    static func spaces(_ count: Int) -> String {
        String(repeating: " ", count: max(count, 0))
    }

    /// Terminal columns of `text`, from the table the renderer uses, so padding inside grids
    /// and stacked fractions lines up on screen.
    static func columns(_ text: String) -> Int {
        DisplayWidth.of(text)
    }
}
