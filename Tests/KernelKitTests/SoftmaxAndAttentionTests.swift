import Testing
import KernelKit

// Expected values from COURSE.md L11, L19, L20 (checked with numpy).
@Suite struct SoftmaxAndAttentionTests {
    let Q: Matrix = [[1, 0, 1, 0], [0, 2, 0, 1], [1, 0, 0, 2], [0, 1, 2, 1]]
    let K: Matrix = [[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 1, 1], [2, 0, 0, 0]]
    let V: Matrix = [[1, 0, 2, 0], [0, 1, 0, 2], [1, 1, 1, 1], [2, 0, 0, 1]]

    @Test func scaledDotProductAttentionOfL19() {
        let scores = matmul(Q, K.T)
        #expect(scores == [[1, 1, 2, 2], [1, 2, 3, 0], [3, 0, 3, 2], [1, 3, 4, 0]])
        let weights = softmaxRows(scores / 2)
        expectClose(weights.row(0).elements, [0.1888, 0.1888, 0.3112, 0.3112], tolerance: 1e-4)
        expectClose(weights.rowSums.elements, [1, 1, 1, 1], tolerance: 1e-12)
        let output = matmul(weights, V)
        expectClose(output.row(0).elements, [1.1225, 0.5, 0.6888, 1.0], tolerance: 1e-4)
    }

    @Test func causalMaskOfL20() {
        let mask = causalMask(4)
        #expect(mask == [[1, 0, 0, 0], [1, 1, 0, 0], [1, 1, 1, 0], [1, 1, 1, 1]])
        #expect(mask.sum == 10)
        let masked = (matmul(Q, K.T) / 2).masked(by: mask)
        #expect(masked[0, 1] == -Double.infinity)
        #expect(masked[1, 1] == 1)
        let weights = softmaxRows(masked)
        #expect(weights.row(0) == [1, 0, 0, 0])            // exp(−∞) is exactly 0
        expectClose(weights.row(1).elements, [0.3775, 0.6225, 0, 0], tolerance: 1e-4)
        let output = matmul(weights, V)
        #expect(output.row(0) == [1, 0, 2, 0])              // row 0 sees only V[0]
        let unmasked = matmul(softmaxRows(matmul(Q, K.T) / 2), V)
        expectClose(output.row(3).elements, unmasked.row(3).elements, tolerance: 1e-12)
    }

    @Test func paddingMaskOverKeys() {
        let weights = softmaxRows((matmul(Q, K.T) / 2).masked(by: [1, 1, 1, 0] as Vector))
        expectClose(weights.row(0).elements, [0.2741, 0.2741, 0.4519, 0], tolerance: 1e-4)
    }

    @Test func stableSoftmaxOfL11() {
        let p = softmax([1000, 1001, 1002])
        expectClose(p.elements, [0.090031, 0.244728, 0.665241], tolerance: 1e-6)
        expectClose(logSumExp([1000, 1001, 1002]), 1002.407606, tolerance: 1e-6)
        expectClose(logSoftmax([1000, 1001, 1002]).elements, [-2.407606, -1.407606, -0.407606], tolerance: 1e-6)
    }

    @Test func rowOfOnlyMinusInfinityIsNaN() {
        let weights = softmaxRows([[-.infinity, -.infinity], [0, 0]])
        #expect(weights[0, 0].isNaN && weights[0, 1].isNaN)
        #expect(weights.row(1) == [0.5, 0.5])
        #expect(logSumExp([-.infinity, -.infinity]) == -.infinity)
    }

    @Test func sigmoidAndRelu() {
        #expect(sigmoid(0) == 0.5)
        #expect(sigmoid(x: 0) == 0.5)
        expectClose(sigmoid(-4), 0.017986, tolerance: 1e-6)
        expectClose(sigmoid(4), 1 - 0.017986, tolerance: 1e-6)
        #expect(sigmoid(-1000) == 0)                       // no overflow to NaN
        #expect(relu(-3) == 0 && relu(2.5) == 2.5)
        #expect(sigmoid([[0]] as Matrix) == [[0.5]])
    }
}
