import Testing
@testable import attend

@Suite("Command line")
struct InvocationParserTests {
    func parse(_ line: String) -> Result<Invocation, UsageError> {
        InvocationParser.parse(line.split(separator: " ").map(String.init))
    }

    @Test func noArgumentsOpensHome() throws {
        let invocation = try parse("").get()
        #expect(invocation.command == .home)
    }

    @Test func learnWithAndWithoutLesson() throws {
        #expect(try parse("learn").get().command == .learn(lesson: nil))
        #expect(try parse("learn linalg-vectors").get().command == .learn(lesson: "linalg-vectors"))
    }

    @Test func globalFlagsStandAnywhereInBothForms() throws {
        let a = try parse("--course /c learn x --data=/d --plain --no-color").get()
        #expect(a.course == "/c")
        #expect(a.data == "/d")
        #expect(a.plain && a.noColor)
        #expect(a.command == .learn(lesson: "x"))
    }

    @Test func helpOnEveryCommand() throws {
        #expect(try parse("--help").get().command == .help(topic: nil))
        #expect(try parse("lint --help").get().command == .help(topic: "lint"))
        #expect(try parse("help learn").get().command == .help(topic: "learn"))
        #expect(try parse("doctor -h").get().command == .help(topic: "doctor"))
        for topic in InvocationParser.commands {
            #expect(!HelpText.forCommand(topic).isEmpty)
        }
        #expect(HelpText.forCommand("lint").contains("Usage: attend lint"))
    }

    @Test func versionFlag() throws {
        #expect(try parse("--version").get().command == .version)
        #expect(try parse("-V").get().command == .version)
    }

    @Test func lintTakesPaths() throws {
        #expect(try parse("lint").get().command == .lint(paths: [], record: false))
        #expect(try parse("lint Lessons/linalg a.md").get().command == .lint(paths: ["Lessons/linalg", "a.md"], record: false))
        #expect(try parse("lint --record").get().command == .lint(paths: [], record: true))
    }

    @Test func runTakesALessonAndItsFlags() throws {
        #expect(try parse("run tf-attention").get().command == .run(lesson: "tf-attention", kernel: nil, trace: false))
        let traced = try parse("run tf-masks --trace --kernel=padding --trust").get()
        #expect(traced.command == .run(lesson: "tf-masks", kernel: "padding", trace: true))
        #expect(traced.trust)
    }

    @Test func srsReplayNeedsAFile() throws {
        #expect(try parse("srs replay log.csv").get().command == .srsReplay(file: "log.csv"))
        guard case .failure(let e) = parse("srs replay") else { Issue.record("accepted a replay without a file"); return }
        #expect(e.topic == "srs")
    }

    @Test func badUsageIsAnError() {
        let cases: [(String, String)] = [
            ("--frobnicate", "unknown option '--frobnicate'"),
            ("learn --bogus", "unknown option '--bogus'"),
            ("teleport", "unknown command 'teleport'"),
            ("--course", "--course needs a directory"),
            ("--course=", "--course needs a directory"),
            ("learn a b", "learn takes at most one lesson id"),
            ("doctor now", "doctor takes no arguments"),
            ("--plain=yes", "--plain takes no value"),
            ("learn x --record", "--record only goes with 'lint'"),
            ("lint --trace", "--trace only goes with 'run'"),
            ("run", "run takes one lesson id"),
        ]
        for (line, message) in cases {
            guard case .failure(let error) = parse(line) else {
                Issue.record("'\(line)' was accepted")
                continue
            }
            #expect(error.message == message, "for '\(line)'")
        }
    }

    @Test func doubleDashEndsFlags() throws {
        #expect(try parse("learn -- -odd-id").get().command == .learn(lesson: "-odd-id"))
    }
}

extension InvocationParserTests {
    @Test func drillFlags() throws {
        #expect(try parse("drill").get().command == .drill(topic: nil, count: 10, minutes: nil, seed: nil))
        #expect(try parse("drill --topic attention --count 20 --minutes 15 --seed 7").get().command == .drill(topic: "attention", count: 20, minutes: 15, seed: 7))
        guard case .failure(let e) = parse("drill --count zero") else { Issue.record("accepted a bad count"); return }
        #expect(e.message == "--count takes a whole number from 1 to 500")
        #expect(try parse("review --deck linalg-vectors").get().command == .review(deck: "linalg-vectors"))
        #expect(try parse("export anki -o out.txt").get().command == .export(what: "anki", output: "out.txt"))
    }

    @Test func everyValueOptionTakesItsValueAfterAnEqualsSign() {
        guard case .success(let invocation) = InvocationParser.parse(["export", "reviews", "-o=out.csv"]) else {
            Issue.record("-o=FILE is refused")
            return
        }
        #expect(invocation.command == .export(what: "reviews", output: "out.csv"))
        guard case .failure(let error) = InvocationParser.parse(["--plain=yes"]) else {
            Issue.record("a flag without a value took one")
            return
        }
        #expect(error.message == "--plain takes no value")
    }
}
