/// What the user asked for on the command line, parsed without touching the environment.
struct Invocation: Equatable {
    enum Command: Equatable {
        case home
        case learn(lesson: String?)
        case lint(paths: [String], record: Bool)
        case run(lesson: String, kernel: String?, trace: Bool)
        case review(deck: String?)
        case export(what: String, output: String?)
        case drill(topic: String?, count: Int, minutes: Int?, seed: UInt64?)
        case stats
        case doctor
        case srsReplay(file: String)
        case help(topic: String?)
        case version
    }

    var command: Command = .home
    var course: String?
    var data: String?
    var noColor = false
    var plain = false
    /// Run kernels from a course other than the bundled one without asking.
    var trust = false
}

/// A command line that cannot be understood: printed with the usage to stderr, exit 2.
struct UsageError: Error, Equatable {
    var message: String
    /// The subcommand whose usage to show; nil for the overview.
    var topic: String?
}

/// Parses `attend` arguments: global flags may stand anywhere, `--flag=value` and
/// `--flag value` both work, and `--` ends the flags.
enum InvocationParser {
    static let commands = ["learn", "run", "review", "drill", "stats", "lint", "export", "doctor", "srs", "help"]
    /// Flags that belong to one command; anywhere else they are an error.
    /// The options that take a value (`--deck D` or `--deck=D`); any other given one is refused.
    static let flagsWithValues: Set<String> = ["--course", "--data", "--kernel", "--deck", "-o", "--output", "--topic", "--count", "--minutes", "--seed"]
    static let commandFlags: [String: Set<String>] = ["lint": ["--record"], "run": ["--trace", "--kernel"], "review": ["--deck"], "export": ["-o", "--output"], "drill": ["--topic", "--count", "--minutes", "--seed"]]

    static func parse(_ arguments: [String]) -> Result<Invocation, UsageError> {
        var invocation = Invocation()
        var words: [String] = []
        var wantsHelp = false
        var givenFlags: [String: String] = [:]
        var wantsVersion = false
        var index = 0
        var flagsEnded = false

        func value(for flag: String, inline: String?) -> Result<String, UsageError> {
            if let inline { return inline.isEmpty ? .failure(UsageError(message: "\(flag) needs a directory", topic: nil)) : .success(inline) }
            index += 1
            guard index < arguments.count, !arguments[index].hasPrefix("-") || arguments[index] == "-" else {
                return .failure(UsageError(message: "\(flag) needs a directory", topic: nil))
            }
            return .success(arguments[index])
        }

        while index < arguments.count {
            let argument = arguments[index]
            if flagsEnded || !argument.hasPrefix("-") || argument == "-" {
                words.append(argument)
                index += 1
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            let flag = parts[0]
            let inline = parts.count > 1 ? parts[1] : (argument.hasSuffix("=") ? "" : nil)
            switch flag {
            case "--":
                flagsEnded = true
            case "--course":
                switch value(for: flag, inline: inline) {
                case .success(let v): invocation.course = v
                case .failure(let e): return .failure(e)
                }
            case "--data":
                switch value(for: flag, inline: inline) {
                case .success(let v): invocation.data = v
                case .failure(let e): return .failure(e)
                }
            case "--no-color", "--no-colour":
                invocation.noColor = true
            case "--plain":
                invocation.plain = true
            case "--trust":
                invocation.trust = true
            case "--record", "--trace":
                givenFlags[flag] = ""
            case _ where Self.flagsWithValues.contains(flag):
                switch value(for: flag, inline: inline) {
                case .success(let v): givenFlags[flag] = v
                case .failure: return .failure(UsageError(message: "\(flag) needs a \(flag.hasPrefix("-o") || flag == "--output" ? "file" : "name")", topic: InvocationParser.owner(of: flag)))
                }
            case "--help", "-h":
                wantsHelp = true
            case "--version", "-V":
                wantsVersion = true
            default:
                return .failure(UsageError(message: "unknown option '\(argument)'", topic: words.first))
            }
            if inline != nil, !Self.flagsWithValues.contains(flag) {
                return .failure(UsageError(message: "\(flag) takes no value", topic: words.first))
            }
            index += 1
        }

        if wantsVersion && words.isEmpty { invocation.command = .version; return .success(invocation) }
        guard let first = words.first else {
            invocation.command = wantsHelp ? .help(topic: nil) : .home
            return .success(invocation)
        }
        if wantsHelp {
            guard commands.contains(first) else { return .failure(UsageError(message: "unknown command '\(first)'", topic: nil)) }
            invocation.command = .help(topic: first == "help" ? nil : first)
            return .success(invocation)
        }
        let rest = Array(words.dropFirst())
        for flag in givenFlags.keys.sorted() where !(InvocationParser.commandFlags[first]?.contains(flag) ?? false) {
            return .failure(UsageError(message: "\(flag) only goes with '\(InvocationParser.owner(of: flag))'", topic: first))
        }
        switch first {
        case "learn":
            guard rest.count <= 1 else { return .failure(UsageError(message: "learn takes at most one lesson id", topic: "learn")) }
            invocation.command = .learn(lesson: rest.first)
        case "lint":
            invocation.command = .lint(paths: rest, record: givenFlags["--record"] != nil)
        case "run":
            guard rest.count == 1 else { return .failure(UsageError(message: "run takes one lesson id", topic: "run")) }
            invocation.command = .run(lesson: rest[0], kernel: givenFlags["--kernel"], trace: givenFlags["--trace"] != nil)
        case "review":
            guard rest.isEmpty else { return .failure(UsageError(message: "review takes no arguments (use --deck D for one deck)", topic: "review")) }
            invocation.command = .review(deck: givenFlags["--deck"])
        case "export":
            guard rest.count == 1, ["reviews", "anki"].contains(rest[0]) else {
                return .failure(UsageError(message: "expected 'attend export reviews' or 'attend export anki'", topic: "export"))
            }
            invocation.command = .export(what: rest[0], output: givenFlags["-o"] ?? givenFlags["--output"])
        case "stats":
            guard rest.isEmpty else { return .failure(UsageError(message: "stats takes no arguments", topic: "stats")) }
            invocation.command = .stats
        case "drill":
            guard rest.isEmpty else { return .failure(UsageError(message: "drill takes no arguments, only --topic --count --minutes --seed", topic: "drill")) }
            func number(_ flag: String, _ range: ClosedRange<Int>) -> Result<Int?, UsageError> {
                guard let text = givenFlags[flag] else { return .success(nil) }
                guard let n = Int(text), range.contains(n) else {
                    return .failure(UsageError(message: "\(flag) takes a whole number from \(range.lowerBound) to \(range.upperBound)", topic: "drill"))
                }
                return .success(n)
            }
            let count: Int?, minutes: Int?
            switch number("--count", 1...500) { case .success(let n): count = n; case .failure(let e): return .failure(e) }
            switch number("--minutes", 1...600) { case .success(let n): minutes = n; case .failure(let e): return .failure(e) }
            var seed: UInt64?
            if let text = givenFlags["--seed"] {
                guard let s = UInt64(text) else { return .failure(UsageError(message: "--seed takes a whole number", topic: "drill")) }
                seed = s
            }
            invocation.command = .drill(topic: givenFlags["--topic"], count: count ?? 10, minutes: minutes, seed: seed)
        case "doctor":
            guard rest.isEmpty else { return .failure(UsageError(message: "doctor takes no arguments", topic: "doctor")) }
            invocation.command = .doctor
        case "srs":
            guard rest.count == 2, rest[0] == "replay" else {
                return .failure(UsageError(message: "expected 'attend srs replay FILE.csv'", topic: "srs"))
            }
            invocation.command = .srsReplay(file: rest[1])
        case "help":
            guard rest.count <= 1 else { return .failure(UsageError(message: "help takes at most one command", topic: nil)) }
            if let topic = rest.first, !commands.contains(topic) {
                return .failure(UsageError(message: "no help for unknown command '\(topic)'", topic: nil))
            }
            invocation.command = .help(topic: rest.first)
        default:
            return .failure(UsageError(message: "unknown command '\(first)'", topic: nil))
        }
        return .success(invocation)
    }

    static func owner(of flag: String) -> String {
        commandFlags.first { $0.value.contains(flag) }?.key ?? "?"
    }
}
