import Kernels
import Testing

/// The numbers a learner sees when stepping through each kernel are the ones the course plan
/// (COURSE.md) promises: `CourseValues` holds them, typed in by hand.
@Suite("Shipped kernels compute the course's numbers", .enabled(if: KernelRuns.toolchain != nil, KernelRuns.noCompiler))
struct KernelValueTests {
    @Test("key values match COURSE.md", arguments: CourseValues.table.keys.sorted())
    func keyValuesMatch(_ label: String) async throws {
        let kernel = try #require(ShippedCourse.kernels.first { $0.description == label },
                                  "kernel \(label) has values in CourseValues but is not in the course (renamed or removed?)")
        let result = try #require(await KernelRuns.shared.result(of: kernel))
        try #require(result.outcome == .succeeded, "\(label): \(result.outcome.headline)")
        let steps = result.events.compactMap { event -> TraceStep? in
            if case .step(let step) = event { return step }
            return nil
        }
        for expected in CourseValues.table[label] ?? [] {
            let candidates = steps.filter { $0.tensor(named: expected.tensor) != nil }
            let step = expected.step.map { title in candidates.last { $0.title == title } } ?? candidates.last
            guard let step, let tensor = step.tensor(named: expected.tensor) else {
                Issue.record("\(label): no step shows \(expected)")
                continue
            }
            if let shape = expected.shape {
                #expect(tensor.shape == shape, "\(label): \(expected) has shape \(tensor.shape), expected \(shape)")
            }
            for (index, value) in expected.entries {
                guard let actual = tensor.value(at: index) else {
                    Issue.record("\(label): \(expected)\(index) is outside its shape \(tensor.shape)")
                    continue
                }
                if value.isNaN {
                    #expect(actual.isNaN, "\(label): \(expected)\(index) is \(actual), expected NaN")
                } else {
                    #expect(abs(actual - value) <= expected.tolerance,
                            "\(label): \(expected)\(index) is \(actual), COURSE.md says \(value)")
                }
            }
        }
    }

    @Test("every shipped kernel has key values to check")
    func everyKernelHasValues() {
        for kernel in ShippedCourse.kernels {
            let count = CourseValues.table[kernel.description]?.reduce(0) { $0 + $1.entries.count } ?? 0
            #expect(count >= 2, "kernel \(kernel) has \(count) key values in CourseValues.swift; add at least 2 from COURSE.md")
        }
    }
}
