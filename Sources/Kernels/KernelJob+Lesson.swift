import Course

extension KernelJob {
    /// The job for one of `lesson`'s kernels, located in the lesson's file.
    public init(lesson: Lesson, kernel: KernelSource) {
        self.init(lessonPath: lesson.source, firstLine: kernel.firstLine, code: kernel.code, name: kernel.name)
    }
}

extension Recording {
    /// The text of a recording file for `kernel` of the lesson `lesson` (its id).
    public static func make(lesson: String, kernel: KernelSource, trace: String) -> String {
        make(lesson: lesson, kernel: kernel.name, code: kernel.code, firstLine: kernel.firstLine, trace: trace)
    }

    /// True when `kernel` changed or moved since this recording was made.
    public func isStale(for kernel: KernelSource) -> Bool {
        isStale(code: kernel.code, firstLine: kernel.firstLine)
    }
}
