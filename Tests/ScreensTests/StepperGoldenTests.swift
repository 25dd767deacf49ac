import Kernels
import Terminal
import Testing
@testable import Screens

/// Golden dumps of the stepper at 80×24 (stacked) and 160×48 (side by side).
@Suite struct StepperGoldenTests {
    @Test func attentionGrids() throws {
        let screen = try StepperFixture.screen("attention", width: 80, height: 24)
        Golden.check(screen.frame(width: 80, height: 24), named: "stepper-attention-80x24")
        var wide = try StepperFixture.screen("attention", width: 160, height: 48)
        wide.press(.right, .right, .right)
        Golden.check(wide.frame(width: 160, height: 48), named: "stepper-mask-160x48")
    }

    @Test func vectorAndScalar() throws {
        var screen = try StepperFixture.screen("vectors")
        screen.press(.right)
        Golden.check(screen.frame(), named: "stepper-vector-80x24")
        screen.press(.right)
        screen.type("4")
        screen.press(.enter)
        Golden.check(screen.frame(), named: "stepper-scalar-80x24")
    }

    @Test func askPrompt() throws {
        var screen = try StepperFixture.screen("attention")
        screen.press(.right, .right, .right, .right)
        screen.type("0.6")
        Golden.check(screen.frame(), named: "stepper-ask-80x24")
        var wide = try StepperFixture.screen("attention", width: 160, height: 48)
        wide.press(.right, .right, .right, .right)
        wide.type("0.7")
        wide.press(.enter)
        Golden.check(wide.frame(width: 160, height: 48), named: "stepper-answered-160x48")
    }

    @Test func compileError() throws {
        let screen = try StepperFixture.screen("broken")
        Golden.check(screen.frame(), named: "stepper-compile-error-80x24")
        let wide = try StepperFixture.screen("broken", width: 160, height: 48)
        Golden.check(wide.frame(width: 160, height: 48), named: "stepper-compile-error-160x48")
    }

    @Test(arguments: [(0, 0), (1, 1), (20, 5), (2, 30), (30, 8), (119, 10), (120, 3)])
    func tinySizesNeverCrash(width: Int, height: Int) throws {
        var states: [StepperScreen] = []
        let lesson = try #require(StepperFixture.lesson("attention"))
        var running = StepperScreen(lesson: lesson, kernel: lesson.kernels[0], source: .recording("a very long banner text"))
        running.resize(width: width, height: height)
        states.append(running)
        for name in ["attention", "vectors", "broken"] {
            var screen = try StepperFixture.screen(name, width: width, height: height)
            for _ in 0..<8 {
                states.append(screen)
                screen.press(.right, .char("j"), .char("j"))
                screen.type("1")
            }
            screen.press(.escape, .end, .char("k"))
            states.append(screen)
        }
        for state in states {
            var buffer = Buffer(width: width, height: height)
            state.view(into: &buffer, theme: Theme())
            #expect(buffer.width == width)
        }
    }
}
