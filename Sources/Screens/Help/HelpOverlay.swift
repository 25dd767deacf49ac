import DisplayWidth
import Terminal

/// The `?` overlay: every key of the current screen, generated from its bindings.
enum HelpOverlay {
    static func draw(title: String, bindings: [KeyBinding], into buffer: inout Buffer, theme: Theme) {
        let labelWidth = min(16, bindings.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let helpWidth = bindings.map { DisplayWidth.of($0.help) }.max() ?? 0
        let width = min(buffer.width - 2, labelWidth + helpWidth + 7)
        let height = min(buffer.height - 1, bindings.count + 4)
        guard width >= 12, height >= 4 else { return }
        let rect = Rect(x: (buffer.width - width) / 2, y: max(0, (buffer.height - height) / 2), width: width, height: height)
        let inner = Chrome.drawBox(into: &buffer, rect, title: title, theme: theme)
        for (row, binding) in bindings.prefix(max(0, inner.height - 2)).enumerated() {
            buffer.put(binding.label, x: inner.x, y: inner.y + row, style: Style(bold: true), maxWidth: labelWidth)
            buffer.put(binding.help, x: inner.x + labelWidth + 2, y: inner.y + row, style: .plain, maxWidth: max(0, inner.width - labelWidth - 2))
        }
        buffer.put("Press any key to close", x: inner.x, y: inner.y + inner.height - 1, style: theme.dim, maxWidth: inner.width)
    }
}
