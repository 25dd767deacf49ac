import Foundation

/// The KernelKit source a kernel is compiled against: the checkout's `Sources/KernelKit` when
/// the binary's checkout is still there, else the copy embedded in the binary.
public struct KernelKitSource: Sendable, Equatable {
    /// One Swift file of KernelKit.
    public struct File: Sendable, Equatable {
        public var name: String
        public var contents: String

        public init(name: String, contents: String) {
            self.name = name
            self.contents = contents
        }
    }

    /// Where the files came from, for `attend doctor`.
    public enum Origin: Sendable, Equatable, CustomStringConvertible {
        case checkout(directory: String)
        case embedded

        public var description: String {
            switch self {
            case .checkout(let directory): return directory
            case .embedded: return "the copy built into attend"
            }
        }
    }

    public var origin: Origin
    /// Sorted by name, so the hash does not depend on directory order.
    public var files: [File]

    public init(origin: Origin, files: [File]) {
        self.origin = origin
        self.files = files.sorted { $0.name < $1.name }
    }

    /// SHA-256 over every file's name and contents: the KernelKit part of every cache key.
    public var sha256: String {
        var bytes: [UInt8] = []
        for file in files {
            bytes += Array(file.name.utf8) + [0] + Array(file.contents.utf8) + [0]
        }
        return SHA256.hexDigest(of: bytes)
    }

    /// `Sources/KernelKit` of the checkout this binary was compiled from.
    public static let checkoutDirectory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Sources/Kernels/Building
        .deletingLastPathComponent()  // Sources/Kernels
        .deletingLastPathComponent()  // Sources
        .appendingPathComponent("KernelKit").path

    /// The checkout's copy when it can be read, else the embedded one.
    public static func locate(checkoutDirectory: String = checkoutDirectory) -> KernelKitSource {
        read(directory: checkoutDirectory) ?? embedded
    }

    /// The copy compiled into this binary (`EmbeddedKernelKit.swift`).
    public static var embedded: KernelKitSource {
        KernelKitSource(origin: .embedded,
                        files: EmbeddedKernelKit.files.map { File(name: $0.name, contents: $0.contents) })
    }

    /// Every `.swift` file directly in `directory`; nil when there are none or one is unreadable.
    public static func read(directory: String) -> KernelKitSource? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return nil }
        var files: [File] = []
        for name in names where name.hasSuffix(".swift") {
            guard let contents = try? String(contentsOfFile: directory + "/" + name, encoding: .utf8) else { return nil }
            files.append(File(name: name, contents: contents))
        }
        return files.isEmpty ? nil : KernelKitSource(origin: .checkout(directory: directory), files: files)
    }
}
