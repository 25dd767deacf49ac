import Course
import Foundation

/// `attend export anki`: every quiz item as a note of an Anki text-import file (SPEC §6).
///
/// The file is tab-separated with HTML fields and five columns: deck (`Attend::<deck title>`),
/// guid (the card id `deck/item-id`, so importing again updates notes instead of adding
/// copies), front, back and tags. Header lines tell Anki which column is which and to use
/// the Basic note type. Each kind's front and back:
///
/// - choice, multi: the prompt and the options lettered A, B, … in file order / the right
///   option(s) with their letters.
/// - numeric: the prompt / the answer with its unit and tolerance.
/// - text: the prompt / the first accepted answer, the others, and any `contains` phrases.
/// - order: the prompt and the steps in an order shuffled by the card id (never the right
///   one), so every export is the same / the steps in order.
/// - cloze: the prompt with each gap as `[...]` / with each gap's first answer in bold.
/// - card: the prompt / the model answer.
///
/// The explanation, when there is one, ends the back. Math is kept as LaTeX for MathJax.
public enum AnkiExport {
    public static let headerLines = [
        "#separator:tab",
        "#html:true",
        "#notetype:Basic",
        "#deck column:1",
        "#guid column:2",
        "#tags column:5",
    ]

    /// The deck name every Attend deck is filed under in Anki.
    public static let parentDeck = "Attend"

    /// The import file for the decks' items, in deck and file order, with LF line ends.
    public static func text(decks: [QuizDeck]) -> String {
        var out = headerLines.joined(separator: "\n") + "\n"
        for deck in decks {
            let title = deck.title.trimmingCharacters(in: .whitespaces)
            let deckName = plainField(parentDeck + "::" + (title.isEmpty ? deck.id : title))
            for item in deck.items {
                let (front, back) = sides(of: item)
                let tags = item.tags.map(tag).filter { !$0.isEmpty }.joined(separator: " ")
                out += [deckName, plainField(item.cardID), front, back, plainField(tags)].joined(separator: "\t") + "\n"
            }
        }
        return out
    }

    /// The front and back of an item's note, as one-line HTML.
    static func sides(of item: QuizItem) -> (front: String, back: String) {
        let source = item.file
        let prompt = MarkdownHTML.render(item.prompt.text, source: source)
        var front = prompt
        var back: String
        switch item.answer {
        case .choice(let options), .multi(let options):
            let lettered = options.enumerated().map { letter($0.offset) + ". " + MarkdownHTML.render($0.element.text) }
            front += "<br><br>" + lettered.joined(separator: "<br>")
            if item.kind == .multi { front += "<br><br><i>Choose all that apply.</i>" }
            back = options.indices.filter { options[$0].isCorrect }.map { lettered[$0] }.joined(separator: "<br>")
        case .numeric(let answer):
            back = numeric(answer)
        case .text(let answer):
            var lines: [String] = []
            if let first = answer.accept.first { lines.append(MarkdownHTML.escape(first)) }
            let others = answer.accept.dropFirst()
            if !others.isEmpty { lines.append("Also accepted: " + others.map(MarkdownHTML.escape).joined(separator: ", ")) }
            if !answer.contains.isEmpty {
                lines.append("Any answer containing: " + answer.contains.map(MarkdownHTML.escape).joined(separator: ", "))
            }
            back = lines.joined(separator: "<br>")
        case .order(let steps):
            let html = steps.map { MarkdownHTML.render($0.text) }
            let shuffled = shuffledOrder(count: steps.count, cardID: item.cardID).map { html[$0] }
            front += "<ul>" + shuffled.map { "<li>" + $0 + "</li>" }.joined() + "</ul>"
            back = "<ol>" + html.map { "<li>" + $0 + "</li>" }.joined() + "</ol>"
        case .cloze(let gaps):
            // Gaps are swapped for markers the Markdown parser leaves alone, then for HTML,
            // so a gap's answer is escaped as text and never read as Markdown.
            let marked = MarkdownHTML.render(item.promptBlankingGaps { marker($0) }, source: source)
            front = fillMarkers(marked) { _ in "[...]" }
            back = fillMarkers(marked) { index in
                let answer = index < gaps.count ? gaps[index].answers.first ?? "" : ""
                return "<b>" + MarkdownHTML.escape(answer) + "</b>"
            }
        case .card(let model):
            back = MarkdownHTML.render(model.text, source: source)
        }
        if let explanation = item.explanation, !explanation.text.isEmpty {
            back += (back.isEmpty ? "" : "<br><br>") + MarkdownHTML.render(explanation.text, source: source)
        }
        return (front, back)
    }

    /// `0.125 GB (± 0.001 GB)`, `12.5% (± 1%)`, or just the answer when it must be exact.
    static func numeric(_ answer: NumericAnswer) -> String {
        var written = answer.written
        if answer.isPercent && !written.hasSuffix("%") { written += "%" }
        let unit = answer.unit.map { " " + $0 } ?? ""
        var text = written + unit
        switch answer.tolerance {
        case .exact: break
        case .absolute(let amount): text += " (± " + number(amount) + unit + ")"
        case .relative(let fraction): text += " (± " + number(fraction * 100) + "%)"
        }
        return MarkdownHTML.escape(text)
    }

    /// Up to ten significant digits, so `0.01 * 100` prints as `1`, not `1.0000000000000002`.
    static func number(_ value: Double) -> String {
        String(format: "%.10g", value)
    }

    /// A, B, …, Z, then AA, AB, … for improbably long option lists.
    static func letter(_ index: Int) -> String {
        let scalar = { (n: Int) in String(UnicodeScalar(UInt8(65 + n))) }
        return index < 26 ? scalar(index) : letter(index / 26 - 1) + scalar(index % 26)
    }

    /// A permutation of `0..<count` fixed by the card id (its `FSRSFuzz.cardHash` seeding
    /// `DisplayOrder`), never in the right order, so the front never shows the answer.
    static func shuffledOrder(count: Int, cardID: String) -> [Int] {
        DisplayOrder.arrange(count, shuffle: true, neverInOrder: true, seed: FSRSFuzz.cardHash(cardID))
    }

    /// Anki's tags are separated by spaces, so spaces inside one tag become `_`.
    static func tag(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: "_")
    }

    /// A field that is not HTML (deck, guid, tags): on one line, and quoted the CSV way if it
    /// holds a quote, which Anki's reader would otherwise misread.
    static func plainField(_ text: String) -> String {
        let flat = String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
        guard flat.contains("\"") else { return flat }
        return "\"" + flat.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // Private-use characters: never in course text, and passed through by the Markdown parser.
    private static func marker(_ index: Int) -> String { "\u{E000}\(index)\u{E001}" }

    private static func fillMarkers(_ html: String, _ fill: (Int) -> String) -> String {
        var out = ""
        var scalars = html.unicodeScalars[...]
        while let start = scalars.firstIndex(of: "\u{E000}") {
            out.unicodeScalars.append(contentsOf: scalars[..<start])
            let rest = scalars[scalars.index(after: start)...]
            guard let end = rest.firstIndex(of: "\u{E001}"), let index = Int(String(String.UnicodeScalarView(rest[..<end]))) else {
                scalars = rest
                continue
            }
            out += fill(index)
            scalars = rest[rest.index(after: end)...]
        }
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }
}
