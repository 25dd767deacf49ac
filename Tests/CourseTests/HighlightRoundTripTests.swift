import Testing
@testable import Course

/// The highlighter must never lose or invent a character: a line's tokens rebuild the line.
@Suite struct HighlightRoundTripTests {
    private func expectRoundTrip(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let result = SwiftHighlighter.highlight(lines: lines)
        #expect(result.count == lines.count, sourceLocation: sourceLocation)
        for (line, tokens) in zip(lines, result) {
            #expect(tokens.map(\.text).joined() == line, "\(line)", sourceLocation: sourceLocation)
            #expect(tokens.allSatisfy { !$0.text.isEmpty }, "\(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func realKernelSourceRoundTrips() {
        let source = #"""
        import KernelKit

        /// Scaled dot-product attention on a 2×3 example.
        @main struct Attention {
            static func main() {
                let q = Matrix([[1, 0, 1], [0, 1, 0]])
                let scores = q.matmul(q.transposed()) / Double(3).squareRoot()   // √d_k
                /* weights: softmax
                   per /* nested */ row */
                let weights = scores.softmax(axis: 1)
                step("weights", weights)
                say("""
                    sum = \(weights.sum()) \\ "ok"
                    """)
                #if DEBUG
                print(#"raw \(not) "interp""#, 0x1F, 1e-5, 1_000)
                #endif
            }
        }
        """#
        expectRoundTrip(source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    @Test func fuzzedLinesRoundTrip() {
        let pieces = [
            "let", " ", "x", "Matrix", "(", ")", "\"", "\"\"\"", "#", "@", "/*", "*/", "//", "\\", "\\(",
            "1", "0x", "e", "-", ".", "_", "`", "$0", "é", "字", "\t", "'", "{", "}", "##", "\"#", "1.5",
            "\u{0301}", "🙂", "self", "func", "?", ":", ",",
        ]
        var random = HighlightFuzzGenerator(seed: 42)
        for _ in 0..<1_500 {
            let lines = (0..<Int(random.next() % 5 + 1)).map { _ in
                (0..<Int(random.next() % 16)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            }
            expectRoundTrip(lines)
        }
    }
}

/// A small seeded generator, so a failing fuzz case reproduces.
private struct HighlightFuzzGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
