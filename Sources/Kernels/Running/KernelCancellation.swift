import Foundation

/// A flag another thread sets to stop a compile or a run; the work in progress notices
/// within a few hundredths of a second and kills its process group.
///
/// ```swift
/// let cancel = KernelCancellation()
/// Thread { result = runner.run(job, cancellation: cancel) }.start()
/// // the learner pressed Esc:
/// cancel.cancel()
/// ```
public final class KernelCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    public init() {}

    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }
}
