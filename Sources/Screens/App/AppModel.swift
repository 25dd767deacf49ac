import Course
import Practice
import Terminal

/// The whole app as a value: which screen is up, the course, the learner's progress.
///
/// `update` takes a message and returns effects; it performs no I/O, so every behaviour is
/// testable by feeding messages and reading the buffer that `view` draws.
public struct AppModel: Sendable {
    public enum Route: Sendable {
        case home
        case lesson(LessonScreen)
    }

    public let catalog: CourseCatalog
    public private(set) var progress: ReadingProgress
    public private(set) var home: HomeScreen
    public private(set) var route: Route
    public private(set) var helpVisible = false
    /// A one-line notice shown over the status bar until the next key (load problems, save failures).
    public private(set) var notice: String?
    public private(set) var width = 0
    public private(set) var height = 0
    let theme: Theme

    public init(catalog: CourseCatalog, progress: ReadingProgress, openLesson: String? = nil, notice: String? = nil, theme: Theme = Theme()) {
        self.catalog = catalog
        self.progress = progress
        self.home = HomeScreen(catalog: catalog, progress: progress)
        self.route = .home
        self.notice = notice
        self.theme = theme
        if let id = openLesson, let lesson = catalog.lesson(id: id) { open(lesson) }
    }

    public var bindings: [KeyBinding] {
        switch route {
        case .home: return HomeScreen.bindings
        case .lesson(let screen): return screen.outline != nil ? LessonScreen.outlineBindings : LessonScreen.bindings
        }
    }

    public mutating func update(_ msg: Msg, now: Int) -> [Effect] {
        switch msg {
        case .resize(let w, let h):
            width = w
            height = h
            if case .lesson(var screen) = route {
                screen.resize(width: w, height: h)
                route = .lesson(screen)
            }
            return []
        case .saveFailed(let why):
            notice = "Not saved: \(why)"
            return []
        case .paste(let text):
            if case .lesson(var screen) = route {
                screen.paste(text)
                route = .lesson(screen)
            }
            return []
        case .key(let key, let modifiers):
            return handleKey(key, modifiers, now: now)
        }
    }

    private mutating func handleKey(_ key: Key, _ modifiers: Modifiers, now: Int) -> [Effect] {
        notice = nil
        if CommonKeys.quit.matches(key, modifiers) { return quit(now: now) }
        if helpVisible {
            helpVisible = false
            return []
        }
        let typing: Bool = {
            if case .lesson(let screen) = route { return screen.search.editing }
            return false
        }()
        if !typing, CommonKeys.help.matches(key, modifiers) {
            helpVisible = true
            return []
        }
        if width < Chrome.minimumWidth || height < Chrome.minimumHeight {
            // Only quitting makes sense on the "too small" notice.
            if key == .char("q") || key == .escape { return quit(now: now) }
            return []
        }
        switch route {
        case .home:
            switch home.handle(key, modifiers) {
            case .none: return []
            case .quit: return [.quit]
            case .open(let id):
                guard let lesson = catalog.lesson(id: id) else { return [] }
                open(lesson)
                return []
            }
        case .lesson(var screen):
            let action = screen.handle(key, modifiers, now: now)
            route = .lesson(screen)
            switch action {
            case .none: return []
            case .save(let events):
                events.forEach { progress.apply($0) }
                return [.save(events)]
            case .back(let position):
                progress.apply(position)
                home = HomeScreen(catalog: catalog, progress: progress)
                route = .home
                return [.save([position])]
            }
        }
    }

    private mutating func quit(now: Int) -> [Effect] {
        if case .lesson(let screen) = route {
            return [.save([PracticeEvent(screen.positionEvent, at: now)]), .quit]
        }
        return [.quit]
    }

    private mutating func open(_ lesson: Lesson) {
        var screen = LessonScreen(
            lesson: lesson, diagrams: catalog.diagrams,
            start: progress.positions[lesson.meta.id],
            finished: progress.isFinished(lesson.meta.id))
        if width > 0 || height > 0 { screen.resize(width: width, height: height) }
        route = .lesson(screen)
    }

    // MARK: - View

    public func view(into buffer: inout Buffer) {
        if Chrome.isTooSmall(buffer) {
            Chrome.drawTooSmall(into: &buffer, theme: theme)
            return
        }
        switch route {
        case .home: home.view(into: &buffer, theme: theme)
        case .lesson(let screen): screen.view(into: &buffer, theme: theme)
        }
        if let notice {
            Chrome.drawBar(into: &buffer, y: buffer.height - 1, left: notice, right: "", style: theme.error)
        }
        if helpVisible {
            let title: String
            switch route {
            case .home: title = "Keys — course map"
            case .lesson: title = "Keys — lesson"
            }
            HelpOverlay.draw(title: title, bindings: bindings, into: &buffer, theme: theme)
        }
    }
}
