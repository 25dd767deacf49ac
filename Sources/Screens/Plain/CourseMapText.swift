import Course
import Practice

/// The course map as plain lines: what `attend` prints in a pipe or with `--plain`.
public enum CourseMapText {
    public static func render(catalog: CourseCatalog, progress: ReadingProgress) -> String {
        var out: [String] = ["Attend · \(catalog.title.isEmpty ? "Course" : catalog.title)", ""]
        if let next = HomeScreen.nextLesson(catalog: catalog, progress: progress) {
            out.append("Continue: \(next.meta.title) — attend learn \(next.meta.id)")
            out.append("")
        }
        for (index, module) in catalog.modules.enumerated() {
            let done = module.lessons.filter { progress.isFinished($0.meta.id) }.count
            let count = module.lessons.isEmpty ? "lessons to come" : "\(done) of \(module.lessons.count) done"
            out.append("\(index + 1). \(module.title) (\(count))")
            for lesson in module.lessons {
                let status = progress.isFinished(lesson.meta.id) ? "done" : progress.isStarted(lesson.meta.id) ? "started" : "new"
                let minutes = lesson.meta.minutes.map { ", \($0) min" } ?? ""
                out.append("   \(lesson.meta.id): \(lesson.meta.title) [\(status)\(minutes)]")
            }
        }
        return out.joined(separator: "\n")
    }
}
