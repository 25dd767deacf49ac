import Testing
import KernelKit

// Expected values from COURSE.md (L01, L02, L15) and numpy.
@Suite struct MatrixTests {
    let A: Matrix = [[1, 2, 3], [4, 5, 6]]
    let B: Matrix = [[7, 8], [9, 10], [11, 12]]

    @Test func literalsKeepRowsAndShape() {
        #expect(A.shape == (2, 3))
        #expect(A[1, 0] == 4)
        #expect(A.row(1) == [4, 5, 6])
        #expect(A.column(2) == [3, 6])
        #expect(Matrix(rows: 2, cols: 2, data: [1, 2, 3, 4]) == [[1, 2], [3, 4]])
        #expect(Matrix(columnVector: [1, 2]).shape == (2, 1))
        #expect(Matrix(rowVectors: [[1, 2], [3, 4]]) == [[1, 2], [3, 4]])
        #expect(Matrix.identity(2) == [[1, 0], [0, 1]])
        #expect(Matrix.ones(1, 2) == [[1, 1]])
    }

    @Test func matmulOfTheL02Example() {
        #expect(matmul(A, B) == [[58, 64], [139, 154]])
        #expect(A.matmul(B) == [[58, 64], [139, 154]])
        #expect(matmul(B, A) == [[39, 54, 69], [49, 68, 87], [59, 82, 105]])
    }

    @Test func transposeOfProductIsProductOfTransposesReversed() {
        #expect(A.T == [[1, 4], [2, 5], [3, 6]])
        #expect(matmul(A, B).T == matmul(B.T, A.T))
        #expect(matmul(A, B).T == [[58, 139], [64, 154]])
    }

    @Test func matmulWithVectorsOnEitherSide() {
        // A·v as a column: [1+4+9, 4+10+18]; v·B as a row: [7+18+33, 8+20+36].
        #expect(matmul(A, [1, 2, 3] as Vector) == [14, 32])
        #expect(matmul([1, 2, 3] as Vector, B) == [58, 64])
    }

    @Test func outerProductIsRankOne() {
        #expect(outer([3, 2, 1], [-1, 0, 1]) == [[-3, 0, 3], [-2, 0, 2], [-1, 0, 1]])
    }

    @Test func largeMatmulMatchesAHandCheckedEntry() {
        // Identity times anything is that thing; 64×64 must be instant even in debug builds.
        let M = Matrix(rows: 64, cols: 64) { i, j in Double(i * 64 + j) }
        #expect(matmul(Matrix.identity(64), M) == M)
        // Row 0 of M·ones = Σ_{j<64} j = 2016.
        #expect(matmul(M, Matrix.ones(64, 64))[0, 5] == 2016)
    }

    @Test func elementWiseArithmeticAndBroadcasting() {
        let M: Matrix = [[1, 2], [3, 4]]
        #expect(M + M == [[2, 4], [6, 8]])
        #expect(M * M == [[1, 4], [9, 16]])
        #expect(M + ([10, 20] as Vector) == [[11, 22], [13, 24]])
        #expect(M - Matrix(columnVector: [1, 2]) == [[0, 1], [1, 2]])
        #expect(M / 2 == [[0.5, 1], [1.5, 2]])
        #expect(2 * M == [[2, 4], [6, 8]])
        #expect(1 - M == [[0, -1], [-2, -3]])
        #expect(-M == [[-1, -2], [-3, -4]])
        #expect(([10, 20] as Vector) - M == [[9, 18], [7, 16]])
        // A column against a row broadcasts both ways, as in NumPy: entry (i, j) = col[i] + row[j].
        #expect(Matrix(columnVector: [1, 2, 3]) + Matrix(rowVector: [10, 20]) == [[11, 21], [12, 22], [13, 23]])
        var N = M
        N += 1
        N[0, 0] = 9
        #expect(N == [[9, 3], [4, 5]])
    }

    @Test func layerNormStatisticsOfL15() {
        let X: Matrix = [[1, 2, 3, 4], [-1, 0, 2, 7]]
        #expect(X.rowMeans == [2.5, 2])
        #expect(X.rowVariances == [1.25, 9.5])
        #expect(X.rowSums == [10, 8])
        #expect(X.columnSums == [0, 2, 5, 11])
        #expect(X.columnVariances == [1, 1, 0.25, 2.25])
        #expect(X.argmaxRows == [3, 3])
        #expect(X.sum == 18)
        let layerNorm = (X - Matrix(columnVector: X.rowMeans)) / sqrt(Matrix(columnVector: X.rowVariances) + 1e-5)
        expectClose(layerNorm.row(0).elements, [-1.3416, -0.4472, 0.4472, 1.3416], tolerance: 1e-4)
    }

    @Test func slicingAndStacking() {
        let X: Matrix = [[1, 2, 3, 4], [5, 6, 7, 8]]
        #expect(X.slice(cols: 0..<2) == [[1, 2], [5, 6]])
        #expect(X.slice(rows: 1..<2, cols: 2..<4) == [[7, 8]])
        #expect(Matrix.hstack([X.slice(cols: 0..<2), X.slice(cols: 2..<4)]) == X)
        #expect(Matrix.vstack([X.slice(rows: 0..<1), X.slice(rows: 1..<2)]) == X)
    }
}
