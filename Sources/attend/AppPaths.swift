import Foundation

/// Where the course, the learner's data, the config and the cache live, and why (SPEC §1, §6).
struct AppPaths: Equatable {
    var course: String?
    /// How the course directory was chosen, for `attend doctor`.
    var courseReason: String
    var data: String
    var dataReason: String
    var config: String
    var cache: String
    /// True for the course bundled with this build: its kernels are trusted.
    var courseIsBundled: Bool

    /// The checkout this binary was built from: two levels above this source file.
    static let buildCheckout: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()  // attend
        url.deleteLastPathComponent()  // Sources
        url.deleteLastPathComponent()  // the package root
        return url.path
    }()

    static func resolve(
        courseFlag: String?, dataFlag: String?,
        environment: [String: String], currentDirectory: String,
        isCourse: (String) -> Bool
    ) -> AppPaths {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func absolute(_ path: String) -> String {
            let expanded = path.hasPrefix("~/") ? home + path.dropFirst(1) : path
            let joined = expanded.hasPrefix("/") ? expanded : currentDirectory + "/" + expanded
            return URL(fileURLWithPath: joined).standardizedFileURL.path
        }
        // XDG values that are empty or relative are ignored, as the base-directory spec says.
        func xdg(_ name: String, _ fallback: String) -> String {
            if let value = environment[name], value.hasPrefix("/") { return value }
            return home + "/" + fallback
        }

        var course: String?
        var courseReason: String
        if let flag = courseFlag {
            course = absolute(flag)
            courseReason = "--course"
        } else if let env = environment["ATTEND_COURSE"], !env.isEmpty {
            course = absolute(env)
            courseReason = "ATTEND_COURSE"
        } else if let found = walkUp(from: currentDirectory, isCourse: isCourse) {
            course = found
            courseReason = "found above the current directory"
        } else if isCourse(buildCheckout) {
            course = buildCheckout
            courseReason = "the checkout this binary was built from"
        } else {
            course = nil
            courseReason = "no course found"
        }
        let bundled = course.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path == URL(fileURLWithPath: buildCheckout).resolvingSymlinksInPath().path } ?? false

        let data: String
        let dataReason: String
        if let flag = dataFlag {
            data = absolute(flag)
            dataReason = "--data"
        } else if let env = environment["ATTEND_DATA"], !env.isEmpty {
            data = absolute(env)
            dataReason = "ATTEND_DATA"
        } else {
            data = xdg("XDG_DATA_HOME", ".local/share") + "/attend"
            dataReason = environment["XDG_DATA_HOME"]?.hasPrefix("/") == true ? "XDG_DATA_HOME" : "default"
        }
        return AppPaths(
            course: course, courseReason: courseReason,
            data: data, dataReason: dataReason,
            config: xdg("XDG_CONFIG_HOME", ".config") + "/attend/config",
            cache: xdg("XDG_CACHE_HOME", ".cache") + "/attend",
            courseIsBundled: bundled)
    }

    static func walkUp(from directory: String, isCourse: (String) -> Bool) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            if isCourse(url.path) { return url.path }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// A directory is a course when it holds `Lessons/course.md`.
    static func looksLikeCourse(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/Lessons/course.md")
    }
}
