import Course
import Foundation
import Practice
import Screens
import Terminal
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard error (usage problems, diagnostics that are not the command's output).
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

let invocation: Invocation
switch InvocationParser.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let parsed):
    invocation = parsed
case .failure(let usage):
    printError("attend: error: \(usage.message)\n")
    printError(usage.topic.map(HelpText.forCommand) ?? HelpText.overview)
    exit(2)
}

let environment = ProcessInfo.processInfo.environment
let paths = AppPaths.resolve(
    courseFlag: invocation.course, dataFlag: invocation.data,
    environment: environment, currentDirectory: FileManager.default.currentDirectoryPath,
    isCourse: AppPaths.looksLikeCourse)
let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
let stdinIsTerminal = isatty(STDIN_FILENO) == 1
let outputMode = OutputMode.detect(environment: environment, stdoutIsTerminal: stdoutIsTerminal, plain: invocation.plain, noColor: invocation.noColor)

/// Loads the course, or explains why there is none and exits 1. The app parses a lesson's
/// body when it is opened, so a large course starts fast; lint parses everything.
func loadCourse(bodies: CourseLoader.Bodies = .parseWhenOpened) -> CourseCatalog {
    guard let root = paths.course else {
        printError("attend: error: no course found. Pass --course DIR (a directory holding Lessons/course.md) or set ATTEND_COURSE.")
        exit(1)
    }
    guard AppPaths.looksLikeCourse(root) else {
        printError("\(root): error: not a course: there is no Lessons/course.md here (chosen by \(paths.courseReason))")
        exit(1)
    }
    return CourseLoader.load(root: root, bodies: bodies)
}

/// The decks, the card states and the config (see `PracticeLoading`).
func loadPractice(catalog: CourseCatalog, events: [PracticeEvent]) -> PracticeState {
    PracticeLoading.load(catalog: catalog, events: events, configPath: paths.config)
}

/// A diagnostic's path as the user can open it: relative when the course is the current directory.
func displayPath(_ diagnostic: Diagnostic, root: String) -> String {
    var d = diagnostic
    if !d.file.hasPrefix("/") && root != FileManager.default.currentDirectoryPath {
        d.file = root + "/" + d.file
    }
    return d.description
}

switch invocation.command {
case .version:
    print(HelpText.version)
case .help(let topic):
    print(topic.map(HelpText.forCommand) ?? HelpText.overview)
case .lint(let targets, let record):
    exit(LintCommand.run(targets: targets, record: record, paths: paths))
case .run(let lesson, let kernel, let trace):
    exit(RunCommand.run(lesson: lesson, kernel: kernel, trace: trace, invocation: invocation, paths: paths, outputMode: outputMode, stdinIsTerminal: stdinIsTerminal))
case .doctor:
    exit(DoctorCommand.run(paths: paths, environment: environment, outputMode: outputMode, stdinIsTerminal: stdinIsTerminal, stdoutIsTerminal: stdoutIsTerminal))
case .export(let what, let output):
    let text: String
    if what == "reviews" {
        let loaded = EventLog(directory: paths.data).load()
        for problem in loaded.problems { printError(problem.description) }
        text = ReviewExport.csv(events: loaded.events)
    } else {
        let catalog = loadCourse()
        let quizzes = QuizLoader.load(root: catalog.root)
        for d in quizzes.diagnostics where d.severity == .error { printError(displayPath(d, root: catalog.root)) }
        text = AnkiExport.text(decks: quizzes.decks)
    }
    if let output {
        do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
            printError("\(output): error: cannot write: \(error.localizedDescription)")
            exit(1)
        }
    } else {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
case .srsReplay(let file):
    exit(ReplayCommand.run(file: file))
case .home, .learn, .review, .drill, .stats:
    let catalog = loadCourse()
    let log = EventLog(directory: paths.data)
    let loaded = log.load()
    for problem in loaded.problems { printError(problem.description) }
    let progress = ReadingProgress(replaying: loaded.events)
    var lessonID: String?
    // A review needs the cards at once: loaded here, once, and the deck asked for checked.
    var reviewPractice: PracticeState?
    if case .review(let deck) = invocation.command {
        let practice = loadPractice(catalog: catalog, events: loaded.events)
        if let deck, !practice.decks.contains(where: { $0.id == deck }) {
            printError("attend: error: no deck '\(deck)' in this course")
            exit(2)
        }
        reviewPractice = practice
    }
    if case .learn(let requested) = invocation.command {
        if let requested {
            guard catalog.lesson(id: requested) != nil else {
                let known = catalog.lessons.map(\.meta.id).joined(separator: ", ")
                printError("attend: error: no lesson '\(requested)' in this course. Lessons: \(known)")
                exit(2)
            }
            lessonID = requested
        } else {
            lessonID = HomeScreen.nextLesson(catalog: catalog, progress: progress)?.meta.id ?? catalog.lessons.first?.meta.id
        }
    }
    let interactive: ColorMode? = {
        if case .screen(let mode) = outputMode, stdinIsTerminal { return mode }
        return nil
    }()
    guard let colorMode = interactive else {
        let writer = LineWriter()
        if case .stats = invocation.command {
            let practice = loadPractice(catalog: catalog, events: loaded.events)
            let stats = PracticeStats.make(events: loaded.events, decks: practice.decks, catalog: catalog, states: practice.states,
                                           now: Int(Date().timeIntervalSince1970))
            LineWriter().lines(StatsText.render(stats))
            exit(0)
        }
        if case .drill(let topic, let count, let minutes, let seed) = invocation.command {
            exit(PlainDrillCommand.run(catalog: catalog, log: log, events: loaded.events, topic: topic, count: count, minutes: minutes, seed: seed))
        }
        if case .review(let deck) = invocation.command, let practice = reviewPractice {
            exit(PlainReviewCommand.run(catalog: catalog, practice: practice, log: log, progress: progress, deck: deck))
        }
        if let lessonID, let lesson = catalog.fullLesson(id: lessonID) {
            let width = Int(environment["COLUMNS"] ?? "") ?? 80
            // The checkpoints' questions are part of the text; the review names the command.
            let practice = loadPractice(catalog: catalog, events: loaded.events)
            writer.line(PlainText.render(LessonLayout.lines(for: lesson, width: max(20, width), diagrams: catalog.diagrams,
                                                            questions: practice.checkpointQuestions(for: lesson), forReader: false)))
            // Reading it opens it, as in the reader: its cards join the reviews.
            if !progress.isStarted(lesson.meta.id) {
                try? log.append(PracticeEvent(.readingPosition(lesson: lesson.meta.id, line: 1), at: Int(Date().timeIntervalSince1970)))
            }
        } else {
            writer.line(CourseMapText.render(catalog: catalog, progress: progress))
        }
        exit(0)
    }
    let notice = loaded.problems.isEmpty ? nil : "\(loaded.problems.count) damaged line(s) in the event log were set aside; see \(log.corruptPath)"
    let now = Int(Date().timeIntervalSince1970)
    // The map and the reader come up before the decks are read (launch budget, SPEC §9);
    // review, drill and stats need the cards at once.
    let needsCardsNow: Bool = {
        switch invocation.command {
        case .review, .drill, .stats: return true
        default: return false
        }
    }()
    let practice = needsCardsNow ? reviewPractice ?? loadPractice(catalog: catalog, events: loaded.events) : nil
    let events = loaded.events
    let configPath = paths.config
    let backgroundLoad: (@Sendable () -> PracticeState)? = needsCardsNow ? nil : { @Sendable () -> PracticeState in
        PracticeLoading.load(catalog: catalog, events: events, configPath: configPath)
    }
    var model = AppModel(catalog: catalog, progress: progress, practice: practice, practiceLoading: !needsCardsNow,
                         now: now, openLesson: lessonID, notice: notice)
    if case .review(let deck) = invocation.command { model.startReview(deck: deck, now: now) }
    if case .stats = invocation.command { model.startStats(now: now) }
    if case .drill(let topic, let count, let minutes, let seed) = invocation.command {
        let plan = DrillPlan.make(decks: practice?.decks ?? [], history: loaded.events, topic: topic, count: count, seed: seed ?? UInt64(now))
        if let problem = plan.problem {
            printError("attend: error: \(problem)")
            exit(2)
        }
        model.startDrill(plan: plan, minutes: minutes, now: now)
    }
    let kernels = KernelService(cacheDirectory: paths.cache, workspaceDirectory: paths.data + "/workspace",
                                courseRoot: catalog.root, trusted: paths.courseIsBundled || invocation.trust)
    do {
        try AppRuntime.run(model: model, log: log, kernels: kernels, colorMode: colorMode, loadPractice: backgroundLoad)
    } catch {
        printError("attend: error: cannot use the terminal: \(error)")
        exit(1)
    }
}
