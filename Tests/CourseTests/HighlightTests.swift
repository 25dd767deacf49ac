import Testing
@testable import Course

/// Swift highlighting as a reader sees it: token by token, written out by hand.
@Suite struct HighlightTests {
    typealias Token = SwiftHighlighter.Token

    private func tokens(_ line: String) -> [Token] {
        SwiftHighlighter.highlight(lines: [line])[0]
    }

    @Test func kernelLineTokenByToken() {
        #expect(tokens("let scores = q.matmul(k.transposed()) / Double(dk).squareRoot()  // scale") == [
            Token("let", .keyword), Token(" scores ", .plain), Token("=", .punctuation), Token(" q", .plain),
            Token(".", .punctuation), Token("matmul", .function), Token("(", .punctuation), Token("k", .plain),
            Token(".", .punctuation), Token("transposed", .function), Token("())", .punctuation),
            Token(" ", .plain), Token("/", .punctuation), Token(" ", .plain), Token("Double", .type),
            Token("(", .punctuation), Token("dk", .plain), Token(").", .punctuation),
            Token("squareRoot", .function), Token("()", .punctuation), Token("  ", .plain),
            Token("// scale", .comment),
        ])
    }

    @Test func functionDeclaration() {
        #expect(tokens("func softmax(_ x: [Double]) -> [Double] {") == [
            Token("func", .keyword), Token(" ", .plain), Token("softmax", .function), Token("(", .punctuation),
            Token("_ x", .plain), Token(":", .punctuation), Token(" ", .plain), Token("[", .punctuation),
            Token("Double", .type), Token("])", .punctuation), Token(" ", .plain), Token("->", .punctuation),
            Token(" ", .plain), Token("[", .punctuation), Token("Double", .type), Token("]", .punctuation),
            Token(" ", .plain), Token("{", .punctuation),
        ])
    }

    @Test func keywordsAndLiteralsThatReadAsKeywords() {
        #expect(tokens("guard let x = self.y else { return nil }") == [
            Token("guard", .keyword), Token(" ", .plain), Token("let", .keyword), Token(" x ", .plain),
            Token("=", .punctuation), Token(" ", .plain), Token("self", .keyword), Token(".", .punctuation),
            Token("y ", .plain), Token("else", .keyword), Token(" ", .plain),
            Token("{", .punctuation), Token(" ", .plain), Token("return", .keyword), Token(" ", .plain),
            Token("nil", .keyword), Token(" ", .plain), Token("}", .punctuation),
        ])
        #expect(tokens("true false").map(\.kind) == [.keyword, .plain, .keyword])
    }

    @Test func numbersInEveryForm() {
        let kinds = tokens("1_000 0x1F 1e-5 3.14 0b1010 2.5E+3").filter { $0.kind != .plain }
        #expect(kinds == [
            Token("1_000", .number), Token("0x1F", .number), Token("1e-5", .number), Token("3.14", .number),
            Token("0b1010", .number), Token("2.5E+3", .number),
        ])
        #expect(tokens("0..<n") == [Token("0", .number), Token("..<", .punctuation), Token("n", .plain)])
    }

    @Test func attributesAndCompilerDirectives() {
        #expect(tokens("@main struct App {}") == [
            Token("@main", .attribute), Token(" ", .plain), Token("struct", .keyword), Token(" ", .plain),
            Token("App", .type), Token(" ", .plain), Token("{}", .punctuation),
        ])
        #expect(tokens(#"#sourceLocation(file: "k.swift", line: 1)"#) == [
            Token("#sourceLocation", .attribute), Token("(", .punctuation), Token("file", .plain),
            Token(":", .punctuation), Token(" ", .plain), Token(#""k.swift""#, .string), Token(",", .punctuation),
            Token(" line", .plain), Token(":", .punctuation), Token(" ", .plain), Token("1", .number),
            Token(")", .punctuation),
        ])
        #expect(tokens("#line").map(\.kind) == [.attribute])
    }

    @Test func stringsKeepEscapesAndInterpolationsInside() {
        #expect(tokens(#"print("a \"b\" \(x + f(1)) c")"#) == [
            Token("print", .function), Token("(", .punctuation), Token(#""a \"b\" \(x + f(1)) c""#, .string),
            Token(")", .punctuation),
        ])
        #expect(tokens(#"s = "\(ok ? "yes" : "no")!" + t"#) == [
            Token("s ", .plain), Token("=", .punctuation), Token(" ", .plain),
            Token(#""\(ok ? "yes" : "no")!""#, .string), Token(" ", .plain), Token("+", .punctuation),
            Token(" t", .plain),
        ])
        #expect(tokens(##"#"raw "quoted" \n"# + 1"##) == [
            Token(##"#"raw "quoted" \n"#"##, .string), Token(" ", .plain), Token("+", .punctuation),
            Token(" ", .plain), Token("1", .number),
        ])
    }

    @Test func typesAndCallsAreTold() {
        #expect(tokens("Matrix(rows: 2) + zeros(3)").map(\.kind) == [
            .type, .punctuation, .plain, .punctuation, .plain, .number, .punctuation, .plain, .punctuation,
            .plain, .function, .punctuation, .number, .punctuation,
        ])
    }

    @Test func blockCommentSpansLines() {
        let lines = ["let a = 1 /* start", "still comment", "end */ let b = 2"]
        #expect(SwiftHighlighter.highlight(lines: lines) == [
            [Token("let", .keyword), Token(" a ", .plain), Token("=", .punctuation), Token(" ", .plain),
             Token("1", .number), Token(" ", .plain), Token("/* start", .comment)],
            [Token("still comment", .comment)],
            [Token("end */", .comment), Token(" ", .plain), Token("let", .keyword), Token(" b ", .plain),
             Token("=", .punctuation), Token(" ", .plain), Token("2", .number)],
        ])
    }

    @Test func blockCommentsNest() {
        #expect(tokens("/* a /* b */ still */ x") == [Token("/* a /* b */ still */", .comment), Token(" x", .plain)])
        let lines = ["/* outer /* inner */", "let x */ let y"]
        #expect(SwiftHighlighter.highlight(lines: lines)[1] == [
            Token("let x */", .comment), Token(" ", .plain), Token("let", .keyword), Token(" y", .plain),
        ])
    }

    @Test func multiLineStringSpansLines() {
        let lines = [#"let s = """"#, #"  hello \(name) "quoted""#, #"  """ + t"#, "x"]
        #expect(SwiftHighlighter.highlight(lines: lines) == [
            [Token("let", .keyword), Token(" s ", .plain), Token("=", .punctuation), Token(" ", .plain),
             Token(#"""""#, .string)],
            [Token(#"  hello \(name) "quoted""#, .string)],
            [Token(#"  """"#, .string), Token(" ", .plain), Token("+", .punctuation), Token(" t", .plain)],
            [Token("x", .plain)],
        ])
    }

    @Test func unterminatedStringEndsWithItsLine() {
        let result = SwiftHighlighter.highlight(lines: [#"let s = "abc"#, "let t = 1"])
        #expect(result[0].last == Token(#""abc"#, .string))
        #expect(result[1].first == Token("let", .keyword))
    }

    @Test func emptyLinesHaveNoTokens() {
        #expect(SwiftHighlighter.highlight(lines: ["", "x"]) == [[], [Token("x", .plain)]])
    }
}
