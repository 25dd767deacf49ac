/// One quiz file, `Quizzes/<deck>.md`: its front matter and its items in file order.
public struct QuizDeck: Equatable, Sendable {
    /// `deck:`, equal to the file name without `.md`.
    public var id: String
    public var title: String
    /// `lessons:`: the lessons this deck belongs to.
    public var lessons: [String]
    /// Where each of `lessons` was written, parallel to it.
    public var lessonPositions: [FrontMatter.Position]
    /// Items that parsed without errors, in file order.
    public var items: [QuizItem]
    /// Ids of items that were written but left out because of errors (already reported),
    /// with their heading lines, so a checkpoint naming one is not reported again as missing.
    public var unusableItems: [String: Int]
    /// The file, relative to the course root.
    public var file: String
    /// The line each front-matter key was written on.
    public var frontMatterLines: [String: Int]

    public init(id: String, title: String, lessons: [String] = [], lessonPositions: [FrontMatter.Position] = [],
                items: [QuizItem] = [], unusableItems: [String: Int] = [:], file: String = "",
                frontMatterLines: [String: Int] = [:]) {
        self.id = id
        self.title = title
        self.lessons = lessons
        self.lessonPositions = lessonPositions
        self.items = items
        self.unusableItems = unusableItems
        self.file = file
        self.frontMatterLines = frontMatterLines
    }

    public func item(id: String) -> QuizItem? {
        items.first { $0.id == id }
    }

    /// True when the file defines an item with this id, usable or not.
    public func defines(itemID: String) -> Bool {
        item(id: itemID) != nil || unusableItems[itemID] != nil
    }
}
