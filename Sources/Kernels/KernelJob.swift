/// One kernel to compile and run: its code and where it stands in its lesson file.
///
/// ```swift
/// let job = KernelJob(lessonPath: "Lessons/transformers/02-tf-attention.md", firstLine: 88,
///                     code: "import KernelKit\nstep(\"Inputs\", [\"x\": 1.0])\n")
/// ```
public struct KernelJob: Sendable, Equatable {
    /// The lesson file as the learner would type it (relative to the course root), used in
    /// compiler errors and as the file of every `#line` the kernel records.
    public var lessonPath: String
    /// The lesson-file line of the first line of `code`.
    public var firstLine: Int
    public var code: String
    /// The kernel's `name=` attribute; nil for a lesson's unnamed kernel.
    public var name: String?

    public init(lessonPath: String, firstLine: Int, code: String, name: String? = nil) {
        self.lessonPath = lessonPath
        self.firstLine = firstLine
        self.code = code
        self.name = name
    }

    /// The `main.swift` compiled for this kernel: a `#sourceLocation` that maps its lines onto
    /// the lesson file, then the code.
    public var mainSwift: String {
        let escapedPath = lessonPath.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
        var text = "#sourceLocation(file: \"\(escapedPath)\", line: \(max(1, firstLine)))\n" + code
        if !text.hasSuffix("\n") { text += "\n" }
        return text
    }
}
