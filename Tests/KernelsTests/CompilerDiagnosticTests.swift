import Testing
import Kernels

@Suite("Compiler output")
struct CompilerDiagnosticTests {
    @Test("errors and notes with their locations; excerpts and carets are skipped")
    func llvmStyle() {
        let output = """
        Lessons/x/01-x.md:42:9: error: no exact matches in call to global function 'matmul'
        let b = matmul(A, "x")
                ^
        /src/KernelKit/LinearAlgebra.swift:9:13: note: candidate expects value of type 'Matrix' for parameter #2 (got 'String')
        public func matmul(_ a: Matrix, _ b: Matrix, line: Int = #line) -> Matrix {
                    ^
        Lessons/x/01-x.md:44:1: error: cannot find 'undefinedThing' in scope
        undefinedThing()
        ^~~~~~~~~~~~~~
        error: fatalError
        """
        let diagnostics = CompilerDiagnostic.parse(compilerOutput: output)
        #expect(diagnostics.count == 4)
        #expect(diagnostics.first == CompilerDiagnostic(severity: .error, file: "Lessons/x/01-x.md", line: 42, column: 9,
                                                        message: "no exact matches in call to global function 'matmul'"))
        #expect(diagnostics.map(\.severity) == [.error, .note, .error, .error])
        #expect(diagnostics[2].description == "Lessons/x/01-x.md:44:1: error: cannot find 'undefinedThing' in scope")
        #expect(diagnostics[3].file == "" && diagnostics[3].line == 0)
    }

    @Test("a message quoting another severity keeps its own")
    func quotedSeverity() {
        let diagnostics = CompilerDiagnostic.parse(compilerOutput: "L.md:3:1: warning: string 'a: error: b' is odd")
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.message == "string 'a: error: b' is odd")
    }

    @Test("errors convert to course diagnostics; notes do not")
    func asCourseDiagnostics() {
        let error = CompilerDiagnostic(severity: .error, file: "Lessons/a.md", line: 40, column: 5, message: "boom")
        #expect(error.diagnostic?.description == "Lessons/a.md:40:5: error: boom")
        #expect(CompilerDiagnostic(severity: .note, file: "a", line: 1, column: 1, message: "n").diagnostic == nil)
    }
}
