/// One CSV field written the way `ReplayCSVReader` reads it back: quoted only when it holds
/// a comma, a quote or a line break, or starts or ends with a space or tab (which the reader
/// would trim), with a quote inside doubled. Used by `attend srs replay` and the review export,
/// so an export always replays.
enum CSVField {
    static func append(_ field: String, to out: inout [UInt8]) {
        let needsQuotes = field.utf8.contains { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }
            || field.utf8.first == 32 || field.utf8.last == 32 || field.utf8.first == 9 || field.utf8.last == 9
        guard needsQuotes else {
            out.append(contentsOf: field.utf8)
            return
        }
        out.append(34)
        for byte in field.utf8 {
            if byte == 34 { out.append(34) }
            out.append(byte)
        }
        out.append(34)
    }

    static func text(_ field: String) -> String {
        var out: [UInt8] = []
        append(field, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
