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
                           initialEffects: [Effect] = [], clock: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) }) throws {
        let session = try TerminalSession.open()
        defer {
            kernels.cancel()
            session.restore()
        }
        var model = initial
        var size = session.size
        _ = model.update(.resize(width: size.width, height: size.height), now: clock())
        var startEffects = initialEffects

        while true {
            var frame = Buffer(width: size.width, height: size.height)
            model.view(into: &frame)
            session.present(frame, mode: colorMode)

            // Wait for something that changes the model; an idle screen writes nothing. While
            // a kernel runs, wake every 0.1 s to turn the spinner and collect its messages.
            var msgs: [Msg] = []
            var effects = startEffects
            startEffects = []
            while msgs.isEmpty && effects.isEmpty {
                msgs = kernels.drain()
                if !msgs.isEmpty { break }
                let busy = kernels.isRunning
                let timeout: Double? = busy ? 0.1 : model.needsClock ? 1.0 : nil
                guard let event = session.nextEvent(timeout: timeout) else {
                    if timeout != nil { msgs.append(.tick) }
                    continue
                }
                switch event {
                case .key(let key, let modifiers):
                    msgs.append(.key(key, modifiers))
                case .paste(let text):
                    msgs.append(.paste(text))
                case .resize, .redraw:
                    // The terminal may have reflowed or been drawn over: repaint everything.
                    session.invalidate()
                    size = session.size
                    msgs.append(.resize(width: size.width, height: size.height))
                case .focus, .unknown:
                    continue
                }
            }
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
