import Foundation

/// Work split across the cores: `body(i, &values[i])` runs for every index at once, each on
/// its own element, and returns when all are done. The one place that hands a buffer to
/// several threads; callers keep their elements independent (a half of a file, a shard of
/// cards, a lane of a block).
func updateOnCores<T>(_ values: inout [T], _ body: (Int, inout T) -> Void) {
    withoutActuallyEscaping(body) { body in
        nonisolated(unsafe) let body = body
        values.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: buffer.count) { i in body(i, &buffer[i]) }
        }
    }
}
