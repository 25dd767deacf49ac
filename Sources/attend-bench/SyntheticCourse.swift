import Foundation

/// Writes a synthetic course of `lessons` lessons and `items` quiz items into a temporary
/// directory, built from the bundled course's own lesson files so the text is realistic.
enum SyntheticCourse {
    static func make(from course: String, lessons: Int, items: Int) throws -> String {
        let root = NSTemporaryDirectory() + "attend-synthetic-\(lessons)"
        let fm = FileManager.default
        try? fm.removeItem(atPath: root)
        let modules = ["linalg", "calculus", "probability", "nn", "transformers", "pretraining", "alignment", "inference", "evaluation"]
        try fm.createDirectory(atPath: root + "/Lessons", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root + "/Quizzes", withIntermediateDirectories: true)
        try fm.copyItem(atPath: course + "/Lessons/course.md", toPath: root + "/Lessons/course.md")
        try? fm.copyItem(atPath: course + "/Assets", toPath: root + "/Assets")
        // Templates: every bundled lesson, with its id and module to be replaced.
        var templates: [String] = []
        for module in modules {
            let dir = course + "/Lessons/" + module
            for file in ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted() where file.hasSuffix(".md") {
                if let text = try? String(contentsOfFile: dir + "/" + file, encoding: .utf8) { templates.append(text) }
            }
        }
        guard !templates.isEmpty else { throw BenchError.message("no lessons to copy in \(course)") }
        let perModule = (lessons + modules.count - 1) / modules.count
        var written = 0
        for module in modules {
            try fm.createDirectory(atPath: root + "/Lessons/" + module, withIntermediateDirectories: true)
            for n in 1...perModule where written < lessons {
                let id = "\(module)-synthetic-\(n)"
                var text = templates[written % templates.count]
                text = text.replacingOccurrences(of: #"(?m)^id: .*$"#, with: "id: \(id)", options: .regularExpression)
                text = text.replacingOccurrences(of: #"(?m)^module: .*$"#, with: "module: \(module)", options: .regularExpression)
                text = text.replacingOccurrences(of: #"(?m)^prerequisites: .*$"#, with: "prerequisites: []", options: .regularExpression)
                text = text.replacingOccurrences(of: #"(?m)^decks: .*$"#, with: "decks: [\(id)]", options: .regularExpression)
                text = text.replacingOccurrences(of: #"(?s)```quiz\n.*?```\n"#, with: "", options: .regularExpression)
                let name = String(format: "%04d-%@.md", n, id)
                try text.write(toFile: "\(root)/Lessons/\(module)/\(name)", atomically: false, encoding: .utf8)
                let itemsHere = items / lessons + (written < items % lessons ? 1 : 0)
                try deck(id: id, items: itemsHere).write(toFile: "\(root)/Quizzes/\(id).md", atomically: false, encoding: .utf8)
                written += 1
            }
        }
        return root
    }

    static func deck(id: String, items: Int) -> String {
        var text = "---\ndeck: \(id)\ntitle: Synthetic deck\nlessons: [\(id)]\n---\n"
        for i in 0..<items {
            text += """

            ## item-\(i)
            kind: numeric
            tags: [synthetic]

            What is \(i) + 1?

            answer: \(i + 1)

            ### Explanation
            Adding one to \(i) gives \(i + 1).

            """
        }
        return text
    }
}
