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
}

/// What a screen asks the runtime to do. Equatable, so tests can say
/// `#expect(effects == [.save([event])])`.
public enum Effect: Equatable, Sendable {
    case save([PracticeEvent])
    case quit
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
