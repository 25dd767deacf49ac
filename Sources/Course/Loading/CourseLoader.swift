import Foundation

/// Reads a course root (`Lessons/`, `Assets/`) into a `CourseCatalog`.
///
/// The only part of Course that touches the file system, and it only reads. A broken
/// file never stops the others loading: each problem becomes a diagnostic naming the
/// file relative to the root, and the catalog holds everything that could be read.
public enum CourseLoader {
    /// When lesson bodies are parsed: all at load (for lint and tests), or one at a time
    /// when a lesson is opened (for the app, so a course of thousands of lessons starts fast).
    public enum Bodies: Sendable {
        case parseNow
        case parseWhenOpened
    }

    public static func load(root: String, bodies: Bodies = .parseNow) -> CourseCatalog {
        var loader = Loading(root: root, bodies: bodies)
        return loader.run()
    }
}

/// One load, with the diagnostics gathered so far.
private struct Loading {
    let root: String
    let bodies: CourseLoader.Bodies
    var diagnostics: [Diagnostic] = []
    var diagrams: [String: String] = [:]
    /// Lesson texts whose bodies are parsed when opened, by lesson id.
    var deferred: [String: String] = [:]

    init(root: String, bodies: CourseLoader.Bodies) {
        self.root = root
        self.bodies = bodies
    }

    private func absolute(_ relative: String) -> String {
        CourseFile.absolute(relative, root: root)
    }

    mutating func run() -> CourseCatalog {
        let outlinePath = "Lessons/course.md"
        var outline = CourseOutline(title: "", introduction: "", modules: [])
        if let text = readText(outlinePath) {
            let (parsed, problems) = CourseOutlineParser.parse(text, source: outlinePath)
            outline = parsed
            diagnostics += problems
        }

        var modules = outline.modules.map { CourseModule(id: $0.id, title: $0.title, summary: $0.summary) }
        let folders = listing("Lessons").filter { isDirectory("Lessons/\($0)") }
        for entry in outline.modules where !folders.contains(entry.id) {
            diagnostics.append(.warning(outlinePath, entry.line, 1, "module `\(entry.id)` has no folder Lessons/\(entry.id)/"))
        }
        for folder in folders where !modules.contains(where: { $0.id == folder }) {
            diagnostics.append(.error("Lessons/\(folder)", 0, 0,
                "folder is not a module listed in \(outlinePath); add `## \(folder) — Title` there"))
            // Still loaded, after the listed modules, so its lessons can be read and linted.
            modules.append(CourseModule(id: folder, title: folder, summary: ""))
        }
        let known = Set(modules.map(\.id))
        for index in modules.indices {
            modules[index].lessons = loadModule(modules[index].id, knownModules: known)
        }
        if bodies == .parseNow {
            diagnostics += CourseLinter.crossFileChecks(modules)
        } else {
            loadAllDiagrams()
        }
        var catalog = CourseCatalog(root: root, title: outline.title, modules: modules,
                                    diagnostics: Array(Set(diagnostics)).sorted(by: Diagnostic.sourceOrder), diagrams: diagrams)
        catalog.deferredTexts = deferred
        return catalog
    }

    // MARK: - Lessons

    private mutating func loadModule(_ module: String, knownModules: Set<String>) -> [Lesson] {
        let folder = "Lessons/\(module)"
        var lessons: [(lesson: Lesson, file: String)] = []
        for file in listing(folder) where file.hasSuffix(".md") {
            let path = "\(folder)/\(file)"
            guard let text = readText(path) else { continue }
            let (parsed, problems) = bodies == .parseNow
                ? LessonParser.parse(text, source: path)
                : LessonParser.parseFrontMatter(text, source: path)
            diagnostics += problems
            guard let lesson = parsed else { continue }
            check(lesson, file: file, folder: module, knownModules: knownModules)
            if bodies == .parseNow {
                loadDiagrams(of: lesson)
            } else {
                deferred[lesson.id] = text
            }
            lessons.append((lesson, file))
        }
        lessons.sort { ($0.lesson.number, $0.file) < ($1.lesson.number, $1.file) }
        for (previous, next) in zip(lessons, lessons.dropFirst()) where previous.lesson.number == next.lesson.number {
            diagnostics.append(.error(next.lesson.source, 0, 0,
                "lesson number \(next.file.prefix(while: \.isNumber)) is also used by \(previous.file)"))
        }
        return lessons.map(\.lesson)
    }

    private mutating func check(_ lesson: Lesson, file: String, folder: String, knownModules: Set<String>) {
        let source = lesson.source
        func at(_ key: String) -> (Int, Int) { (lesson.frontMatterLines[key] ?? 1, key.count + 3) }
        let stem = String(file.dropLast(3))
        let digits = stem.prefix(while: \.isNumber)
        if digits.isEmpty || stem.dropFirst(digits.count).first != "-" {
            diagnostics.append(.error(source, 0, 0, "lesson file names look like NN-lesson-id.md, e.g. 01-\(lesson.id).md"))
        } else {
            let fileID = String(stem.dropFirst(digits.count + 1))
            if fileID != lesson.id {
                let (line, column) = at("id")
                diagnostics.append(.error(source, line, column,
                    "id `\(lesson.id)` does not match the file name, which says `\(fileID)`"))
            }
        }
        if lesson.meta.module != folder {
            let (line, column) = at("module")
            let message = knownModules.contains(lesson.meta.module)
                ? "module `\(lesson.meta.module)` does not match the folder Lessons/\(folder)/"
                : "unknown module `\(lesson.meta.module)`; modules are listed in Lessons/course.md"
            diagnostics.append(.error(source, line, column, message))
        }
    }

    /// Reads each `.txt` diagram a lesson shows, once per path.
    private mutating func loadDiagrams(of lesson: Lesson) {
        for image in lesson.document.images {
            guard let path = DiagramPath.resolve(image.path, from: lesson.source) else {
                if image.path.hasSuffix(".txt") {
                    diagnostics.append(.error(lesson.source, image.line, image.column,
                        "diagram path `\(image.path)` leaves the course; use Assets/…"))
                }
                continue
            }
            if diagrams[path] != nil { continue }
            if !path.hasPrefix("Assets/") {
                diagnostics.append(.warning(lesson.source, image.line, image.column, "diagrams belong in Assets/; found `\(path)`"))
            }
            guard FileManager.default.fileExists(atPath: absolute(path)) else {
                diagnostics.append(.error(lesson.source, image.line, image.column, "diagram `\(path)` not found"))
                continue
            }
            if let text = readText(path) { diagrams[path] = text }
        }
    }

    /// Every text diagram under Assets/ (recordings aside), for lessons parsed later.
    private mutating func loadAllDiagrams() {
        let assets = absolute("Assets")
        guard let walker = FileManager.default.enumerator(atPath: assets) else { return }
        for case let file as String in walker where file.hasSuffix(".txt") && !file.hasPrefix("Traces/") {
            if let text = readText("Assets/" + file) { diagrams["Assets/" + file] = text }
        }
    }

    // MARK: - Files

    private func listing(_ relative: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: absolute(relative))) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    private func isDirectory(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: absolute(relative), isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private mutating func readText(_ relative: String) -> String? {
        CourseFile.read(relative, root: root, diagnostics: &diagnostics)
    }
}
