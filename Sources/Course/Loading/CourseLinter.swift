/// Checks that need the whole course: unique ids, prerequisites that exist and come
/// earlier, kernels present, checkpoints pointing at the lesson's own decks.
///
/// `CourseLoader` runs these while loading, so `CourseCatalog.diagnostics` is complete:
/// every problem, in file/line/column order, without repeats.
enum CourseLinter {
    static func crossFileChecks(_ modules: [CourseModule]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let lessons = modules.flatMap(\.lessons)
        var position: [String: Int] = [:]
        for (index, lesson) in lessons.enumerated() {
            if let first = position[lesson.id] {
                diagnostics.append(.error(lesson.source, lesson.frontMatterLines["id"] ?? 1, 5,
                    "lesson id `\(lesson.id)` is also used by \(lessons[first].source)"))
            } else {
                position[lesson.id] = index
            }
        }
        for (index, lesson) in lessons.enumerated() {
            let line = lesson.frontMatterLines["prerequisites"] ?? 1
            for prerequisite in lesson.meta.prerequisites {
                guard let at = position[prerequisite] else {
                    // A warning, not an error, while the course is being written: lessons name
                    // the prerequisites of the course plan even before those lessons exist.
                    diagnostics.append(.warning(lesson.source, line, 1, "prerequisite `\(prerequisite)` is not a lesson of this course (yet)"))
                    continue
                }
                if prerequisite == lesson.id {
                    diagnostics.append(.error(lesson.source, line, 1, "a lesson cannot be its own prerequisite"))
                } else if at > index {
                    diagnostics.append(.error(lesson.source, line, 1,
                        "prerequisite `\(prerequisite)` comes later in the course (\(lessons[at].source)); prerequisites must come first"))
                }
            }
            if lesson.kernels.isEmpty {
                diagnostics.append(.warning(lesson.source, 0, 0, "lesson has no ```swift kernel block"))
            }
            for checkpoint in lesson.checkpoints {
                for item in checkpoint.items where !lesson.meta.decks.contains(item.deck) {
                    diagnostics.append(.warning(lesson.source, item.line, 1,
                        "checkpoint item `\(item.id)` is from deck `\(item.deck)`, which is not in this lesson's decks"))
                }
            }
        }
        return diagnostics
    }
}
