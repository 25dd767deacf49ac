import Foundation
import Practice
import Terminal

/// Runs the app in a real terminal: draws frames, reads events, performs effects.
///
/// This is the one place where the model meets the outside world: terminal events become
/// `Msg`s, `Effect.save` becomes an fsync'd append to the event log, and each frame is the
/// difference from the last one, written in one `write` (the session keeps the last frame).
public enum AppRuntime {
    public static func run(model initial: AppModel, log: EventLog, colorMode: ColorMode, clock: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) }) throws {
        let session = try TerminalSession.open()
        defer { session.restore() }
        var model = initial
        var size = session.size
        _ = model.update(.resize(width: size.width, height: size.height), now: clock())

        while true {
            var frame = Buffer(width: size.width, height: size.height)
            model.view(into: &frame)
            session.present(frame, mode: colorMode)

            // Wait for something that changes the model; an idle screen writes nothing.
            var msgs: [Msg] = []
            while msgs.isEmpty {
                guard let event = session.nextEvent(timeout: nil) else { continue }
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
            while !msgs.isEmpty {
                let msg = msgs.removeFirst()
                for effect in model.update(msg, now: clock()) {
                    switch effect {
                    case .save(let events):
                        do { try log.append(events) } catch { msgs.append(.saveFailed("\(error)")) }
                    case .quit:
                        quit = true
                    }
                }
            }
            if quit { return }
        }
    }
}
