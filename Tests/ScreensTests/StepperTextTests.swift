import Kernels
import Testing
@testable import Screens

/// How the stepper writes text: numbers with four decimals where they suffice and scientific
/// notation where a value would otherwise look like 0 (in the plain trace too), and `say`
/// text that keeps its layout.
@Suite struct StepperTextTests {
    @Test func aTinyValueIsNotShownAsZero() {
        #expect(TensorNumber.text(9.5367431640625e-7) == "9.537e−7", "0.25¹⁰ must not read as 0")
        #expect(TensorNumber.text(-2.5e-5) == "−2.5e−5")
        #expect(TensorNumber.text(0.02597) == "0.026")
        #expect(TensorNumber.text(6_738_415_616) == "6738415616", "a count is written out exactly")
        #expect(TensorNumber.text(12_345_678.9) == "1.235e+7")
    }

    @Test func roundingNoiseBesideLargerEntriesIsZero() {
        let identityish = [1, 4.440892098500626e-16, -2.220446049250313e-16, 1]
        let scale = TensorNumber.scale(of: identityish)
        let decimals = TensorNumber.decimals(for: identityish)
        #expect(identityish.map { TensorNumber.text($0, decimals: decimals, scale: scale) } == ["1", "0", "0", "1"])
        let mixed = [0.5, 9.5367431640625e-7]
        #expect(mixed.map { TensorNumber.text($0, decimals: TensorNumber.decimals(for: mixed), scale: 0.5) } == ["0.5", "9.537e−7"])
    }

    @Test func thePlainTraceAgrees() {
        let tensor = TraceTensor(name: "chain", shape: [3], data: [1, 9.5367431640625e-7, 2.220446049250313e-16])
        #expect(TracePlainText.lines(for: tensor) == ["chain = [1, 9.537e−7, 0]"])
    }

    @Test func sayTextKeepsTheSpacingOfLinesThatFit() {
        let plot = "step    lr\n   0  ▏\n 100  ████████████\nand a long line of prose that has to be wrapped somewhere"
        #expect(StepperText.wrap(plot, width: 30) == [
            "step    lr", "   0  ▏", " 100  ████████████",
            "and a long line of prose that", "has to be wrapped somewhere",
        ])
    }
}
