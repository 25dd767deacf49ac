// swift-tools-version:6.0
import PackageDescription

// Attend uses the Swift toolchain only: no package dependencies, by rule (SPEC §1).
let package = Package(
    name: "Attend",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "attend", targets: ["attend"]),
        .executable(name: "attend-bench", targets: ["attend-bench"]),
        .library(name: "KernelKit", targets: ["KernelKit"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "DisplayWidth"),
        .target(name: "KernelKit"),
        .target(name: "Course", dependencies: ["DisplayWidth"]),
        .target(name: "Practice", dependencies: ["Course", "DisplayWidth"]),
        .target(name: "Kernels", dependencies: ["Course"]),
        .target(name: "Terminal", dependencies: ["DisplayWidth"]),
        .target(name: "Screens", dependencies: ["Course", "Practice", "Kernels", "Terminal"]),
        .executableTarget(name: "attend", dependencies: ["Course", "Practice", "Kernels", "Terminal", "Screens"]),
        .executableTarget(name: "attend-bench", dependencies: ["Course", "Practice", "Kernels", "Terminal", "Screens"]),
        // A test helper: appends events from a separate process (crash-safety tests).
        .executableTarget(name: "attend-log-writer", dependencies: ["Practice"]),

        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "DisplayWidth"]),
        .testTarget(name: "CourseTests", dependencies: ["Course", "DisplayWidth"], exclude: ["Golden"]),
        .testTarget(name: "PracticeTests", dependencies: ["Practice"], exclude: ["Fixtures"]),
        .testTarget(name: "KernelKitTests", dependencies: ["KernelKit"]),
        .testTarget(name: "KernelsTests", dependencies: ["Kernels", "Course"]),
        .testTarget(name: "ScreensTests", dependencies: ["Screens", "Terminal", "Course", "Practice", "Kernels", "DisplayWidth"], exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "ContentTests", dependencies: ["Course", "Kernels", "Practice", "DisplayWidth"]),
        .testTarget(name: "AttendTests", dependencies: ["attend"]),
        .testTarget(name: "EndToEndTests", dependencies: ["attend", "attend-log-writer", "Practice"]),
    ]
)
