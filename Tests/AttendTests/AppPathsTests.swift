import Testing
@testable import attend

@Suite("Where things live")
struct AppPathsTests {
    let home = ["HOME": "/home/ada"]

    func resolve(course: String? = nil, data: String? = nil, env: [String: String] = [:], cwd: String = "/work/x/y", courses: Set<String> = []) -> AppPaths {
        AppPaths.resolve(courseFlag: course, dataFlag: data, environment: home.merging(env) { $1 }, currentDirectory: cwd, isCourse: { courses.contains($0) })
    }

    @Test func courseFlagWinsOverEverything() {
        let p = resolve(course: "../c", env: ["ATTEND_COURSE": "/env"], courses: ["/work/x/y"])
        #expect(p.course == "/work/x/c")
        #expect(p.courseReason == "--course")
    }

    @Test func environmentBeforeWalkingUp() {
        let p = resolve(env: ["ATTEND_COURSE": "/env/course"], courses: ["/work/x"])
        #expect(p.course == "/env/course")
        #expect(p.courseReason == "ATTEND_COURSE")
    }

    @Test func walksUpFromTheCurrentDirectory() {
        let p = resolve(courses: ["/work/x"])
        #expect(p.course == "/work/x")
        #expect(p.courseReason == "found above the current directory")
    }

    @Test func fallsBackToTheBuildCheckout() {
        let p = resolve(cwd: "/tmp", courses: [AppPaths.buildCheckout])
        #expect(p.course == AppPaths.buildCheckout)
        #expect(p.courseIsBundled)
    }

    @Test func dataDirectoryOrder() {
        #expect(resolve(data: "/d").data == "/d")
        #expect(resolve(env: ["ATTEND_DATA": "/e"]).data == "/e")
        #expect(resolve(env: ["XDG_DATA_HOME": "/xdg"]).data == "/xdg/attend")
        #expect(resolve().data == "/home/ada/.local/share/attend")
    }

    @Test func relativeOrEmptyXDGValuesAreIgnored() {
        #expect(resolve(env: ["XDG_DATA_HOME": "rel/dir"]).data == "/home/ada/.local/share/attend")
        #expect(resolve(env: ["XDG_DATA_HOME": ""]).data == "/home/ada/.local/share/attend")
        #expect(resolve(env: ["XDG_CONFIG_HOME": "", "XDG_CACHE_HOME": "x"]).config == "/home/ada/.config/attend/config")
        #expect(resolve(env: ["XDG_CACHE_HOME": "/c"]).cache == "/c/attend")
    }
}
