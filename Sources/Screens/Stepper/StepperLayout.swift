/// Where the stepper's parts go at one terminal size: side by side from 120 columns, stacked
/// below that (a few code lines around the current one on top, the step underneath).
struct StepperLayout: Equatable, Sendable {
    static let sideBySideWidth = 120
    /// Rows the prediction prompt takes at the bottom of the step pane, with a blank row above.
    static let promptHeight = 4

    var width: Int
    var height: Int
    var sideBySide: Bool
    /// The row under the title bar that says where the trace came from, if any.
    var bannerRow: Int?
    var code: Rect
    /// The row holding the step's title rule, and its extent.
    var titleRule: Rect
    var step: Rect
    var statusRow: Int

    init(width: Int, height: Int, hasBanner: Bool, codeLines: Int, longestCodeLine: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        let top = min(self.height, hasBanner ? 2 : 1)
        bannerRow = hasBanner && self.height > 2 ? 1 : nil
        statusRow = self.height - 1
        let contentHeight = max(0, self.height - 1 - top)
        sideBySide = self.width >= StepperLayout.sideBySideWidth
        if sideBySide {
            // The code gets what it needs while the tensors keep at least 64 columns.
            let codeWidth = max(40, min(self.width - 64, longestCodeLine + 1))
            code = Rect(x: 0, y: top, width: codeWidth, height: contentHeight)
            let x = codeWidth + 2
            titleRule = Rect(x: x, y: top, width: self.width - x - 1, height: min(1, contentHeight))
            step = Rect(x: x, y: top + 1, width: self.width - x - 1, height: contentHeight - 1)
        } else {
            // A third of the rows for code keeps the step readable at 80×24, yet shows the
            // lines around the current one.
            let codeHeight = contentHeight < 6 ? 0 : min(codeLines, min(9, contentHeight / 3))
            code = Rect(x: 0, y: top, width: self.width, height: codeHeight)
            titleRule = Rect(x: 0, y: top + codeHeight, width: self.width, height: min(1, contentHeight - codeHeight))
            step = Rect(x: 1, y: top + codeHeight + 1, width: self.width - 2, height: contentHeight - codeHeight - 1)
        }
    }

    /// Rows of the step pane left for scrolling content.
    func stepBodyHeight(prompting: Bool) -> Int {
        prompting ? max(0, step.height - StepperLayout.promptHeight) : step.height
    }
}
