import Foundation
import Practice
import Terminal

/// Runs the app in a real terminal: draws frames, reads events, performs effects.
///
/// This is the one place where the model meets the outside world: terminal events become
/// `Msg`s, `Effect.save` becomes an fsync'd append to the event log, and each frame is the
/// difference from the last one, written in one `write` (the session keeps the last frame).
public enum AppRuntime {
    public static func run(model initial: AppModel, log: EventLog, kernels: KernelService, colorMode: ColorMode,
                           initialEffects: [Effect] = [], loadPractice: (@Sendable () -> PracticeState)? = nil,
                           clock: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) }) throws {
        let session = try TerminalSession.open()
        defer {
            kernels.cancel()
            session.restore()
        }
        var model = initial
        var size = session.size
        _ = model.update(.resize(width: size.width, height: size.height), now: clock())
        var startEffects = initialEffects
        let loader = PracticeLoader(loadPractice)

        while true {
            var frame = Buffer(width: size.width, height: size.height)
            model.view(into: &frame)
            session.present(frame, mode: colorMode)
            loader.startOnce()  // after the first frame: the map shows before the decks are read

            // Wait for something that changes the model; an idle screen writes nothing. While
            // a kernel runs, wake every 0.05 s to turn the spinner and collect its messages;
            // while the decks load, wake as often to collect them, but tick (and redraw) only
            // for a spinner or a clock.
            var msgs: [Msg] = []
            var effects = startEffects
            startEffects = []
            while msgs.isEmpty && effects.isEmpty {
                msgs = kernels.drain()
                if !msgs.isEmpty { break }
                if let state = loader.take() {
                    model.practiceLoaded(state, now: clock())
                    break
                }
                let busy = kernels.isRunning
                let timeout: Double? = busy || loader.isLoading ? 0.05 : model.needsClock ? 1.0 : nil
                guard let event = session.nextEvent(timeout: timeout) else {
                    if busy || model.needsClock { msgs.append(.tick) }
                    continue
                }
                switch event {
                case .key(let key, let modifiers):
                    msgs.append(.key(key, modifiers))
                case .paste(let text):
                    msgs.append(.paste(text))
                case .resize, .redraw:
                    // The session has already dropped its last frame, so the next one repaints
                    // everything (the terminal may have reflowed or been drawn over).
                    size = session.size
                    msgs.append(.resize(width: size.width, height: size.height))
                case .focus, .unknown:
                    continue
                }
            }
            if msgs.isEmpty && effects.isEmpty { continue }
            var quit = false
            while !msgs.isEmpty || !effects.isEmpty {
                if !msgs.isEmpty { effects += model.update(msgs.removeFirst(), now: clock()) }
                for effect in effects {
                    switch effect {
                    case .save(let events):
                        do { try log.append(events) } catch { msgs.append(.saveFailed("\(error)")) }
                    case .quit:
                        quit = true
                    case .runKernel(let lesson, let kernel):
                        kernels.start(lesson: lesson, kernel: kernel)
                    case .cancelKernel:
                        kernels.cancel()
                    case .resetKernel(let lesson, let kernel):
                        kernels.reset(lesson: lesson, kernel: kernel)
                    case .editKernel(let lesson, let kernel):
                        guard let path = kernels.prepareEdit(lesson: lesson, kernel: kernel) else {
                            msgs.append(.saveFailed("cannot write the kernel to \(kernels.workspaceDirectory)"))
                            continue
                        }
                        session.runOutside { Editor.open(path) }
                        msgs.append(.kernelEdited(kernels.readEdited(path: path)))
                    }
                }
                effects = []
            }
            if quit { return }
        }
    }
}

/// Loads the decks and card states on a background thread once the first frame is out.
final class PracticeLoader: @unchecked Sendable {
    private let load: (@Sendable () -> PracticeState)?
    private let lock = NSLock()
    private var started = false
    private var result: PracticeState?
    private var done = false

    init(_ load: (@Sendable () -> PracticeState)?) {
        self.load = load
    }

    var isLoading: Bool { lock.withLock { started && !done } }

    func startOnce() {
        guard let load else { return }
        let first = lock.withLock { () -> Bool in
            defer { started = true }
            return !started
        }
        guard first else { return }
        Thread.detachNewThread { [self] in
            let state = load()
            lock.withLock {
                result = state
                done = true
            }
        }
    }

    /// The loaded state, once; nil before it is ready and after it was taken.
    func take() -> PracticeState? {
        lock.withLock {
            defer { result = nil }
            return result
        }
    }
}
