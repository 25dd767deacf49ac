/// A module of the course: its entry in `Lessons/course.md` and its lessons in order.
public struct CourseModule: Equatable, Sendable {
    public var id: String
    public var title: String
    public var summary: String
    /// Ordered by the NN of their file names.
    public var lessons: [Lesson]

    public init(id: String, title: String, summary: String, lessons: [Lesson] = []) {
        self.id = id
        self.title = title
        self.summary = summary
        self.lessons = lessons
    }
}

/// Everything `CourseLoader` read from a course root: modules with their lessons, the
/// text diagrams lessons show, and every problem found on the way.
public struct CourseCatalog: Sendable {
    /// The course root as given to the loader.
    public var root: String
    /// The `# Title` of `Lessons/course.md`.
    public var title: String
    public var modules: [CourseModule] {
        didSet { reindex() }
    }
    /// Sorted by file, line and column; paths relative to the root.
    public var diagnostics: [Diagnostic]
    /// Text diagrams by root-relative path (`Assets/attention.txt`), so layout stays pure.
    public var diagrams: [String: String]

    /// Texts of lessons loaded with `.parseWhenOpened`, by id; `fullLesson(id:)` parses them.
    public var deferredTexts: [String: String] = [:]

    private var index: [String: Int] = [:]
    private var ordered: [Lesson] = []

    public init(root: String, title: String = "", modules: [CourseModule] = [], diagnostics: [Diagnostic] = [],
                diagrams: [String: String] = [:]) {
        self.root = root
        self.title = title
        self.modules = modules
        self.diagnostics = diagnostics
        self.diagrams = diagrams
        reindex()
    }

    private mutating func reindex() {
        ordered = modules.flatMap(\.lessons)
        index = [:]
        for (position, lesson) in ordered.enumerated() where index[lesson.id] == nil {
            index[lesson.id] = position
        }
    }

    /// Every lesson in course order: module order, then file-name number.
    public var lessons: [Lesson] { ordered }

    public func lesson(id: String) -> Lesson? {
        index[id].map { ordered[$0] }
    }

    /// The lesson with its body parsed, whether the course was loaded with bodies or not.
    public func fullLesson(id: String) -> Lesson? {
        guard let text = deferredTexts[id], let listed = lesson(id: id) else { return lesson(id: id) }
        return LessonParser.parse(text, source: listed.source).lesson
    }

    /// The lesson's place in `lessons`, for "next" and "previous".
    public func position(ofLesson id: String) -> Int? { index[id] }

    /// The text of a diagram, by root-relative path (see `DiagramPath.resolve`).
    public func diagram(path: String) -> String? { diagrams[path] }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
