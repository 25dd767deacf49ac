/// Parses the Markdown subset of lesson bodies and quiz prompts (SPEC §2) into a `Document`.
///
/// Never reads files and never fails: input it cannot understand becomes a diagnostic
/// with a line and column, and the document holds the best reading of the rest.
public enum MarkdownParser {
    /// - Parameters:
    ///   - text: the Markdown.
    ///   - source: the file name used in diagnostics.
    ///   - firstLine: the file line of the text's first line (a lesson body starts after
    ///     its front matter), so positions name lines of the real file.
    public static func parse(_ text: String, source: String, firstLine: Int = 1) -> (document: Document, diagnostics: [Diagnostic]) {
        var parser = BlockParser(source: source)
        let blocks = parser.parse(SourceLine.split(text, firstLine: firstLine))
        return (Document(blocks: blocks), parser.diagnostics)
    }
}
