import Testing
import KernelKit

// The messages a learner sees when a kernel misuses shapes or indices.
@Suite struct FailureTests {
    @Test func matmulNamesBothShapesAndTheLine() {
        let failures = KernelRuntime.collectingFailures { _ = matmul(Matrix.zeros(4, 3), Matrix.zeros(4, 4)) }; let line = #line
        #expect(failures.map(\.description) == ["matmul: 4×3 · 4×4, inner sizes 3 and 4 differ (line \(line))"])
        #expect(failures.first?.line == line)
    }

    @Test func matmulWithVectorsNamesTheVector() {
        let failures = KernelRuntime.collectingFailures {
            _ = matmul([1, 2] as Vector, Matrix.zeros(3, 3), line: 7)
            _ = matmul(Matrix.zeros(3, 3), [1, 2] as Vector, line: 8)
        }
        #expect(failures.map(\.description) == [
            "matmul: vector of 2 (as a row) · 3×3, inner sizes 2 and 3 differ (line 7)",
            "matmul: 3×3 · vector of 2 (as a column), inner sizes 3 and 2 differ (line 8)",
        ])
    }

    @Test func elementWiseOperatorsNameTheShapes() {
        let failures = KernelRuntime.collectingFailures {
            _ = Matrix.zeros(2, 3) + Matrix.zeros(3, 2)
            _ = ([1, 2, 3] as Vector) * ([1, 2] as Vector)
        }
        #expect(failures.map(\.description) == [
            "+: 2×3 and 3×2 differ in shape",
            "*: vector of 3 and vector of 2 differ in shape",
        ])
    }

    @Test func rowVectorOfTheWrongLengthExplainsBroadcasting() {
        let failures = KernelRuntime.collectingFailures { _ = Matrix.zeros(2, 3) - ([1, 2] as Vector) }
        #expect(failures.first?.message == "-: 2×3 and vector of 2 differ in shape (a vector is applied to every row, so it needs 3 entries)")
    }

    @Test func vectorIsNeverBroadcastDownAColumn() {
        // NumPy would turn a 3×1 matrix plus a length-4 vector into a 3×4 matrix; the contract says
        // a vector is a row and must match the columns, so this is a mistake worth stopping on.
        let failures = KernelRuntime.collectingFailures {
            _ = ([1, 2, 3, 4] as Vector) + Matrix.zeros(3, 1)
            _ = Matrix(rows: 2, cols: 2, data: [1, 2, 3], line: 9)
        }
        #expect(failures.map(\.description) == [
            "+: vector of 4 and 3×1 differ in shape (a vector is applied to every row, so it needs 1 entry)",
            "Matrix(rows:cols:data:): 3 numbers cannot fill 2×2 (line 9)",
        ])
    }

    @Test func indexOutsideTheMatrixNamesIndexShapeAndLine() {
        let A = Matrix.zeros(4, 4)
        var value = 0.0
        let failures = KernelRuntime.collectingFailures { value = A[4, 0] }; let line = #line
        #expect(failures.map(\.description) == ["index (4, 0) is outside a 4×4 matrix (line \(line))"])
        #expect(value.isNaN)
        let vectorFailures = KernelRuntime.collectingFailures { _ = (Vector.zeros(3))[3, line: 12] }
        #expect(vectorFailures.map(\.description) == ["index 3 is outside a vector of 3 (line 12)"])
    }

    @Test func raggedRowsAndMaskShapesAreReported() {
        let failures = KernelRuntime.collectingFailures {
            _ = Matrix([[1, 2], [3]], line: 3)
            _ = Matrix.zeros(2, 2).masked(by: causalMask(3), line: 4)
            _ = dot([1], [1, 2], line: 5)
        }
        #expect(failures.map(\.description) == [
            "Matrix: row 1 has 1 entry but row 0 has 2 (line 3)",
            "masked(by:): 2×2 scores and 3×3 mask differ in shape (line 4)",
            "dot: vector of 1 and vector of 2 differ in length (line 5)",
        ])
    }

    @Test func correctCodeReportsNothing() {
        let failures = KernelRuntime.collectingFailures { _ = matmul(Matrix.zeros(2, 3), Matrix.zeros(3, 1)) }
        #expect(failures.isEmpty)
    }
}
