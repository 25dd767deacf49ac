import Testing
import KernelKit

// Expected values from COURSE.md L01 and by hand.
@Suite struct VectorTests {
    let a: Vector = [1, 2, 2, 0]
    let b: Vector = [2, 0, 1, 2]

    @Test func dotProductAndNormsOfL01() {
        #expect(a * b == [2, 0, 2, 0])
        #expect(dot(a, b) == 4)
        #expect(a.dot(b) == 4)
        #expect(a.norm == 3)
        #expect(b.norm == 3)
        #expect(a.l1Norm == 5)
        #expect(a.maxNorm == 2)
        #expect(a.max == 2)
        expectClose(cosineSimilarity(a, b), 4.0 / 9.0)
        expectClose(cosineSimilarity([1, 0], [1, 1]), 0.7071, tolerance: 1e-4)
    }

    @Test func summaries() {
        #expect(a.sum == 5)
        #expect(a.mean == 1.25)
        #expect(a.min == 0)
        #expect(a.argmax == 1)   // first of the two 2s
        #expect(a.argmin == 3)
        let unit: Vector = [1.0 / 3, 2.0 / 3, 2.0 / 3, 0]
        #expect(a.normalized == unit)
        #expect(([1, 2, 3, 4] as Vector).variance == 1.25)
    }

    @Test func arithmeticWithScalarsAndVectors() {
        #expect(a + b == [3, 2, 3, 2])
        #expect(a - b == [-1, 2, 1, -2])
        #expect(a * 2 == [2, 4, 4, 0])
        #expect(1 + a == [2, 3, 3, 1])
        #expect(-a == [-1, -2, -2, 0])
        var c = a
        c[3] = 7
        c -= 1
        #expect(c == [0, 1, 1, 6])
        #expect(c[1..<3] == [1, 1])
    }

    @Test func elementWiseFunctions() {
        #expect(sqrt([4, 9] as Vector) == [2, 3])
        #expect(abs([-1, 2] as Vector) == [1, 2])
        #expect(relu([-1, 0, 2] as Vector) == [0, 0, 2])
        #expect(exp([0] as Vector) == [1])
        #expect(log([1] as Vector) == [0])
        #expect(tanh([0] as Vector) == [0])
        #expect(relu(matmul([1, -1] as Vector, Matrix.identity(2))) == [1, 0])
    }
}
