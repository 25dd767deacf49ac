/// What a lesson's front matter says about it (SPEC §2).
public struct LessonMeta: Equatable, Sendable {
    /// Unique, kebab-case, stable forever: progress and review history are keyed by it.
    public var id: String
    public var title: String
    /// A module id from `Lessons/course.md`.
    public var module: String
    /// Lesson ids that should be read first; each must come earlier in the course.
    public var prerequisites: [String]
    /// What the learner will be able to do; shown under the title.
    public var objectives: [String]
    public var minutes: Int?
    public var tags: [String]
    /// Quiz decks in `Quizzes/` that belong to this lesson.
    public var decks: [String]

    public init(id: String, title: String, module: String, prerequisites: [String] = [], objectives: [String] = [],
                minutes: Int? = nil, tags: [String] = [], decks: [String] = []) {
        self.id = id
        self.title = title
        self.module = module
        self.prerequisites = prerequisites
        self.objectives = objectives
        self.minutes = minutes
        self.tags = tags
        self.decks = decks
    }
}
