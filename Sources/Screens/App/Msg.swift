import Course
import Kernels
import Practice
import Terminal

/// Everything that can happen to the app, as a value. The runtime turns terminal events and
/// the results of effects into messages; screens never see a file descriptor.
public enum Msg: Equatable, Sendable {
    case key(Key, Modifiers)
    case paste(String)
    case resize(width: Int, height: Int)
    /// Saving events failed; the text says why. Nothing on screen claims it was saved.
    case saveFailed(String)
    /// About a tenth of a second passed while a kernel runs (the spinner turns).
    case tick
    /// What the kernel runner is doing ("Building KernelKit (first run only)…").
    case kernelProgress(String)
    /// The kernel run (or the recording) the stepper waits for.
    case kernelFinished(StepperLoad)
    /// The editor closed; the kernel's code as the learner left it (nil: unchanged or unreadable).
    case kernelEdited(String?)
}

/// What a screen asks the runtime to do. Equatable, so tests can say
/// `#expect(effects == [.save([event])])`.
public enum Effect: Equatable, Sendable {
    case save([PracticeEvent])
    case quit
    /// Compile and run a kernel (the learner's edited copy when there is one) off the UI thread.
    case runKernel(lesson: Lesson, kernel: KernelSource)
    /// Stop the kernel run in flight.
    case cancelKernel
    /// Open the kernel's workspace copy in $VISUAL / $EDITOR, the screen suspended meanwhile.
    case editKernel(lesson: Lesson, kernel: KernelSource)
    /// Delete the learner's edited copy, so the lesson's own kernel runs again.
    case resetKernel(lesson: Lesson, kernel: KernelSource)
}

/// A rectangle of the screen, in cells.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }
}
