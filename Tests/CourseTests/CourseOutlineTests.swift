import Testing
@testable import Course

/// `Lessons/course.md`: a title, then `## id — Title` headings each with a summary.
@Suite struct CourseOutlineTests {
    @Test func readsTitleIntroductionAndModules() {
        let text = """
            # LLM foundations

            From vectors to attention,
            one kernel at a time.

            ## linalg — Linear algebra

            Vectors, matrices and shapes.

            ## calculus - Calculus & backprop
            Derivatives by hand.
            """
        let (outline, diagnostics) = CourseOutlineParser.parse(text, source: "Lessons/course.md")
        #expect(diagnostics == [])
        #expect(outline.title == "LLM foundations")
        #expect(outline.introduction == "From vectors to attention, one kernel at a time.")
        #expect(outline.modules == [
            CourseOutline.Entry(id: "linalg", title: "Linear algebra", summary: "Vectors, matrices and shapes.", line: 6),
            CourseOutline.Entry(id: "calculus", title: "Calculus & backprop", summary: "Derivatives by hand.", line: 10),
        ])
    }

    @Test func reportsWhatItCannotUse() {
        let text = """
            ## Linear algebra

            ## Lin-Alg — Linear algebra

            ## linalg — Linear algebra

            ## linalg — Again

            Summary.

            - a list
            """
        let (outline, diagnostics) = CourseOutlineParser.parse(text, source: "c.md")
        // The summary under the rejected duplicate is not given to the first `linalg`.
        #expect(outline.modules.map(\.summary) == [""])
        #expect(diagnostics.map(\.description) == [
            "c.md:1:1: error: course.md must start with the course title: `# Title`",
            "c.md:1:1: error: module headings look like `## module-id — Title`",
            "c.md:3:4: error: module id `Lin-Alg` must be kebab-case: lowercase letters and digits joined by -",
            "c.md:5:1: error: module `linalg` needs a one-line summary paragraph under its heading",
            "c.md:7:4: error: module `linalg` is listed twice (first on line 5)",
            "c.md:11:1: warning: course.md holds a title, module headings and their summaries; this block is ignored",
        ])
    }
}
