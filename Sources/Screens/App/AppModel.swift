import Course
import Kernels
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
        /// Stepping through a kernel; `from` is the reader to go back to (nil: leaving quits,
        /// as after `attend run`).
        case stepper(StepperScreen, from: LessonScreen?)
        /// Reviewing; `from` is the reader to go back to after a checkpoint (nil: the course map).
        case review(ReviewScreen, from: LessonScreen?)
        /// An interview drill; leaving it quits (it is started by `attend drill`).
        case drill(DrillScreen)
        /// Progress, forecast and retention; leaving it returns to the map.
        case stats(StatsScreen)
    }

    /// The decks and card states, loaded after the first frame so launch stays fast.
    public mutating func practiceLoaded(_ state: PracticeState, now: Int) {
        var state = state
        state.events += practice?.events ?? []  // anything saved while loading
        practice = state
        let counts = state.counts(now: now, progress: progress)
        home.reviews = HomeScreen.ReviewCounts(due: counts.due, new: counts.new)
        home.reviewsPending = false
        switch route {
        case .lesson(var reader):
            reader.setQuestions(state.checkpointQuestions(for: reader.lesson))
            route = .lesson(reader)
        case .stepper(let screen, var reader?):
            reader.setQuestions(state.checkpointQuestions(for: reader.lesson))
            route = .stepper(screen, from: reader)
        default:
            break
        }
    }

    /// Rows of the quiz panel docked under the lesson text when a checkpoint is answered in
    /// the reader: the lower two thirds or so, and the whole screen when it is short.
    static func quizPanelHeight(screenHeight height: Int) -> Int {
        height < 20 ? height : max(14, height - max(5, height / 3))
    }

    /// Text rows of the reader left above the quiz panel (under the reader's title bar).
    static func rowsAboveQuizPanel(screenHeight height: Int) -> Int {
        max(1, height - quizPanelHeight(screenHeight: height) - 1)
    }

    /// Opens the statistics screen, computed from everything saved so far.
    public mutating func startStats(now: Int) {
        guard let practice else { return }
        let stats = PracticeStats.make(events: practice.events, decks: practice.decks, catalog: catalog, states: practice.states, now: now)
        var screen = StatsScreen(stats: stats)
        screen.resize(width: width, height: height)
        route = .stats(screen)
    }

    /// True while a screen shows a clock, so the runtime sends `.tick` every second.
    public var needsClock: Bool {
        if case .drill(let screen) = route { return !screen.isFinished }
        return false
    }

    /// Starts an interview drill, as `attend drill` does.
    public mutating func startDrill(plan: DrillPlan, minutes: Int?, now: Int) {
        guard let practice else { return }
        var screen = DrillScreen(plan: plan, decks: practice.decks, startedAt: now, minutes: minutes, diagrams: catalog.diagrams)
        screen.resize(width: width, height: height)
        route = .drill(screen)
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

    /// Opens the stepper on a lesson's kernel straight away, as `attend run` does in a terminal;
    /// the returned effect starts the run.
    public mutating func startStepper(lesson: Lesson, kernel: KernelSource, source: StepperSource = .running) -> [Effect] {
        var screen = StepperScreen(lesson: lesson, kernel: kernel, source: source)
        screen.resize(width: width, height: height)
        let from: LessonScreen? = { if case .lesson(let reader) = route { return reader } else { return nil } }()
        route = .stepper(screen, from: from)
        return source == .running ? [.runKernel(lesson: lesson, kernel: kernel)] : []
    }

    /// Decks and card states; nil when the app was started without them (tests of reading).
    public private(set) var practice: PracticeState?

    /// - practiceLoading: the decks are loading in the background; `practiceLoaded` brings them.
    public init(catalog: CourseCatalog, progress: ReadingProgress, practice: PracticeState? = nil, practiceLoading: Bool = false,
                now: Int = 0, openLesson: String? = nil, notice: String? = nil, theme: Theme = Theme()) {
        self.catalog = catalog
        self.progress = progress
        self.practice = practice
        self.home = HomeScreen(catalog: catalog, progress: progress, reviews: practice?.counts(now: now, progress: progress))
        self.home.reviewsPending = practice == nil && practiceLoading
        self.route = .home
        self.notice = notice
        self.theme = theme
        if let id = openLesson, let lesson = catalog.fullLesson(id: id) { open(lesson) }
    }

    public var bindings: [KeyBinding] {
        switch route {
        case .home: return HomeScreen.bindings
        case .lesson(let screen): return screen.outline != nil ? LessonScreen.outlineBindings : LessonScreen.bindings
        case .stepper: return StepperScreen.bindings
        case .review: return ReviewScreen.bindings
        case .drill: return DrillScreen.bindings
        case .stats: return StatsScreen.bindings
        }
    }

    /// Opens the review of due cards (one deck, or all), as `attend review` and `r` on the map do.
    public mutating func startReview(deck: String? = nil, now: Int) {
        guard let practice else { return }
        var screen = ReviewScreen(decks: practice.decks(for: progress), states: practice.states, config: practice.config, now: now,
                                  deckFilter: deck, diagrams: catalog.diagrams)
        screen.resize(width: width, height: height)
        route = .review(screen, from: nil)
    }

    public mutating func update(_ msg: Msg, now: Int) -> [Effect] {
        let effects = dispatch(msg, now: now)
        // Keep the in-memory log current, so the statistics include this session.
        for case .save(let events) in effects { practice?.events += events }
        return effects
    }

    private mutating func dispatch(_ msg: Msg, now: Int) -> [Effect] {
        switch msg {
        case .resize(let w, let h):
            width = w
            height = h
            switch route {
            case .home: break
            case .lesson(var screen):
                screen.resize(width: w, height: h)
                route = .lesson(screen)
            case .stepper(var screen, var from):
                screen.resize(width: w, height: h)
                from?.resize(width: w, height: h)
                route = .stepper(screen, from: from)
            case .review(var screen, var from):
                if var reader = from {
                    screen.resize(width: w, height: Self.quizPanelHeight(screenHeight: h))
                    reader.resize(width: w, height: h)
                    reader.dock(checkpoint: reader.dock?.checkpoint, rows: Self.rowsAboveQuizPanel(screenHeight: h))
                    from = reader
                } else {
                    screen.resize(width: w, height: h)
                }
                route = .review(screen, from: from)
            case .drill(var screen):
                screen.resize(width: w, height: h)
                route = .drill(screen)
            case .stats(var screen):
                screen.resize(width: w, height: h)
                route = .stats(screen)
            }
            return []
        case .tick:
            if case .drill(var screen) = route {
                let action = screen.tick(now: now)
                route = .drill(screen)
                return drillEffects(action, screen: screen, now: now)
            }
            return updateStepper(msg)
        case .kernelProgress, .kernelFinished, .kernelEdited:
            return updateStepper(msg)
        case .saveFailed(let why):
            notice = "Not saved: \(why)"
            return []
        case .paste(let text):
            switch route {
            case .home: break
            case .lesson(var screen):
                screen.paste(text)
                route = .lesson(screen)
            case .stepper(var screen, let from):
                screen.paste(text)
                route = .stepper(screen, from: from)
            case .review(var screen, let from):
                screen.paste(text)
                route = .review(screen, from: from)
            case .drill(var screen):
                screen.paste(text)
                route = .drill(screen)
            case .stats: break
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
            switch route {
            case .lesson(let screen): return screen.search.editing
            case .stepper(let screen, _): return screen.isTypingPrediction
            case .review(let screen, _): return screen.isTyping
            case .drill(let screen): return screen.isTyping
            case .stats: return false
            case .home: return false
            }
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
            case .review:
                guard practice != nil else { notice = "Still counting the cards; try again in a moment."; return [] }
                startReview(now: now)
                return []
            case .stats:
                guard practice != nil else { notice = "Still counting the cards; try again in a moment."; return [] }
                startStats(now: now)
                return []
            case .open(let id):
                guard let lesson = catalog.fullLesson(id: id) else { return [] }
                open(lesson)
                return []
            }
        case .drill(var screen):
            let action = screen.handle(key, modifiers, now: now)
            route = .drill(screen)
            return drillEffects(action, screen: screen, now: now)
        case .stats(var screen):
            switch screen.handle(key, modifiers) {
            case .none: route = .stats(screen)
            case .back: route = .home
            }
            return []
        case .review(var screen, let from):
            let action = screen.handle(key, modifiers, now: now)
            route = .review(screen, from: from)
            switch action {
            case .none: return []
            case .save(let events):
                // The marks in the lesson text above the panel follow the answers.
                if var reader = from, let practice {
                    reader.setQuestions(practice.checkpointQuestions(for: reader.lesson, states: screen.states))
                    route = .review(screen, from: reader)
                }
                return [.save(events)]
            case .back:
                practice?.states = screen.states
                home = HomeScreen(catalog: catalog, progress: progress, reviews: practice?.counts(now: now, progress: progress))
                if var reader = from {
                    reader.undock()
                    route = .lesson(reader)
                } else {
                    route = .home
                }
                return []
            }
        case .stepper(var screen, let from):
            let action = screen.handle(key, modifiers, now: now)
            route = .stepper(screen, from: from)
            switch action {
            case .none: return []
            case .back:
                if let from {
                    route = .lesson(from)
                    return screen.isRunning ? [.cancelKernel] : []
                }
                return screen.isRunning ? [.cancelKernel, .quit] : [.quit]
            case .rerun: return [.runKernel(lesson: screen.lesson, kernel: screen.kernel)]
            case .edit: return [.editKernel(lesson: screen.lesson, kernel: screen.kernel)]
            case .reset:
                let original = screen.lesson.kernel(named: screen.kernel.name) ?? screen.kernel
                var fresh = StepperScreen(lesson: screen.lesson, kernel: original, source: .running)
                fresh.resize(width: width, height: height)
                route = .stepper(fresh, from: from)
                return [.resetKernel(lesson: screen.lesson, kernel: original), .runKernel(lesson: screen.lesson, kernel: original)]
            case .cancelRun: return [.cancelKernel]
            case .predicted(let lesson, let kernel, let tensor, let index, let guess, let truth, let correct):
                let event = PracticeEvent(.prediction(lesson: lesson, kernel: kernel, tensor: tensor, index: index, guess: guess, truth: truth, correct: correct), at: now)
                return [.save([event])]
            }
        case .lesson(var screen):
            let action = screen.handle(key, modifiers, now: now)
            route = .lesson(screen)
            switch action {
            case .none: return []
            case .quiz(let checkpoint):
                guard let practice else { notice = "Still counting the cards; try again in a moment."; return [] }
                let ids: [String]
                let title: String
                if let checkpoint, screen.lesson.checkpoints.indices.contains(checkpoint) {
                    ids = screen.lesson.checkpoints[checkpoint].items.map(\.id)
                    title = "✎ Checkpoint \(checkpoint + 1) of \(screen.lesson.checkpoints.count)"
                } else {
                    ids = practice.decks.filter { screen.lesson.meta.decks.contains($0.id) }.flatMap { $0.items.map(\.cardID) }
                    title = "✎ End of the lesson: its deck"
                }
                var quiz = ReviewScreen.quiz(cardIDs: ids, decks: practice.decks, states: practice.states, config: practice.config,
                                             now: now, diagrams: catalog.diagrams)
                quiz.title = title
                // The questions open in a panel under the text they follow.
                quiz.resize(width: width, height: Self.quizPanelHeight(screenHeight: height))
                screen.dock(checkpoint: checkpoint, rows: Self.rowsAboveQuizPanel(screenHeight: height))
                route = .review(quiz, from: screen)
                return []
            case .run(let name):
                guard let kernel = name.map({ screen.lesson.kernel(named: $0) }) ?? screen.lesson.mainKernel else {
                    notice = "This lesson has no kernel to run."
                    return []
                }
                return startStepper(lesson: screen.lesson, kernel: kernel)
            case .save(let events):
                events.forEach { progress.apply($0) }
                return [.save(events)]
            case .back(let position):
                progress.apply(position)
                home = HomeScreen(catalog: catalog, progress: progress, reviews: practice?.counts(now: now, progress: progress))
                route = .home
                return [.save([position])]
            }
        }
    }

    private mutating func quit(now: Int) -> [Effect] {
        switch route {
        case .lesson(let screen):
            return [.save([PracticeEvent(screen.positionEvent, at: now)]), .quit]
        case .stepper(let screen, let from):
            var effects: [Effect] = screen.isRunning ? [.cancelKernel] : []
            if let from { effects.append(.save([PracticeEvent(from.positionEvent, at: now)])) }
            return effects + [.quit]
        case .review(_, let from?):
            return [.save([PracticeEvent(from.positionEvent, at: now)]), .quit]
        case .home, .review, .drill, .stats:
            return [.quit]
        }
    }

    /// What a drill's action means for the app: answers are saved as they are given.
    private func drillEffects(_ action: DrillScreen.Action, screen: DrillScreen, now: Int) -> [Effect] {
        switch action {
        case .none, .finished: return []
        case .back: return [.quit]
        case .answered(let card, let correct, let seconds, let answer):
            return [.save([PracticeEvent(.drill(card: card, correct: correct, seconds: seconds, answer: answer, startedAt: screen.startedAt), at: now)])]
        }
    }

    /// Messages from a kernel run or the editor, for the stepper (dropped if it was left).
    private mutating func updateStepper(_ msg: Msg) -> [Effect] {
        guard case .stepper(var screen, let from) = route else { return [] }
        var effects: [Effect] = []
        switch msg {
        case .tick: screen.tick()
        case .kernelProgress(let text): screen.progress(text)
        case .kernelFinished(let load): screen.load(load)
        case .kernelEdited(let code):
            var kernel = screen.kernel
            if let code { kernel.code = code; kernel.firstLine = 1 }
            screen = StepperScreen(lesson: screen.lesson, kernel: kernel, source: .running)
            screen.resize(width: width, height: height)
            effects = [.runKernel(lesson: screen.lesson, kernel: kernel)]
        default: break
        }
        route = .stepper(screen, from: from)
        return effects
    }

    private mutating func open(_ lesson: Lesson) {
        var screen = LessonScreen(
            lesson: lesson, diagrams: catalog.diagrams,
            start: progress.positions[lesson.meta.id],
            finished: progress.isFinished(lesson.meta.id))
        if let practice { screen.setQuestions(practice.checkpointQuestions(for: lesson)) }
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
        case .stepper(let screen, _): screen.view(into: &buffer, theme: theme)
        case .review(let screen, let reader?):
            // A quiz from the reader: the lesson text above, the questions in a panel below.
            reader.view(into: &buffer, theme: theme)
            var panel = Buffer(width: buffer.width, height: Self.quizPanelHeight(screenHeight: buffer.height))
            screen.view(into: &panel, theme: theme)
            buffer.paste(panel, y: buffer.height - panel.height)
        case .review(let screen, nil): screen.view(into: &buffer, theme: theme)
        case .drill(let screen): screen.view(into: &buffer, theme: theme)
        case .stats(let screen): screen.view(into: &buffer, theme: theme)
        }
        if let notice {
            Chrome.drawBar(into: &buffer, y: buffer.height - 1, left: notice, right: "", style: theme.error)
        }
        if helpVisible {
            let title: String
            switch route {
            case .home: title = "Keys — course map"
            case .lesson: title = "Keys — lesson"
            case .stepper: title = "Keys — kernel stepper"
            case .review: title = "Keys — review"
            case .drill: title = "Keys — drill"
            case .stats: title = "Keys — statistics"
            }
            HelpOverlay.draw(title: title, bindings: bindings, into: &buffer, theme: theme)
        }
    }
}
