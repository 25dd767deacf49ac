import Testing
import Terminal

@Suite struct WidgetTests {
    @Test func sparklineScalesFromLowestToHighest() {
        var buffer = Buffer(width: 10, height: 1)
        let used = Sparkline.draw([0, 1, 2, 3, 4, 5, 6, 7], into: &buffer, x: 0, y: 0, width: 10)
        #expect(used == 8)
        #expect(buffer.textDump() == "▁▂▃▄▅▆▇█")
    }

    @Test func sparklineShowsTheLastValuesThatFit() {
        var buffer = Buffer(width: 3, height: 1)
        Sparkline.draw([9, 9, 0, 7, 14], into: &buffer, x: 0, y: 0, width: 3)
        // 0, 7, 14 → levels 0, 3.5→4 (rounded), 7
        #expect(buffer.textDump() == "▁▅█")
        var flat = Buffer(width: 3, height: 1)
        Sparkline.draw([2, 2, .nan], into: &flat, x: 0, y: 0, width: 3)
        #expect(flat.textDump() == "▄▄")
    }

    @Test func barChartDrawsProportionalBars() {
        var buffer = Buffer(width: 20, height: 2)
        BarChart.draw([
            .init(label: "a", value: 4, caption: "4"),
            .init(label: "bb", value: 1, caption: "1"),
        ], into: &buffer, x: 0, y: 0, width: 20)
        // label 2 + space, bar space 20 - 2 - 1 - 2 = 15; 1/4 of 15 columns = 30 eighths = 3 full + ▊ (6/8).
        #expect(buffer.textDump() == "a  ███████████████ 4\nbb ███▊ 1")
    }

    @Test func heatmapWritesNumbersOnAScaledBackground() {
        var buffer = Buffer(width: 20, height: 2)
        Heatmap.draw([[0, 0.5], [1, -0.25]], into: &buffer, x: 0, y: 0, cellWidth: 5)
        #expect(buffer.textDump() == " 0.00  0.50\n 1.00 -0.25")
        let middle = buffer[0, 0].style    // 0.00: a fifth of the way from -0.25 to 1
        let smallest = buffer[6, 1].style  // -0.25 is the lowest value
        let largest = buffer[0, 1].style   // 1.00 is the highest value
        #expect(smallest.bg == .rgb(68, 1, 84), "the ramp's first stop")
        #expect(largest.bg == .rgb(253, 231, 37), "the ramp's last stop")
        #expect(largest.bold)
        // t = 0.2 → position 0.8 between stops 0 and 1: 68 + (59 - 68) × 0.8 = 60.8 → 61, …
        #expect(middle.bg == .rgb(61, 66, 128))
    }

    @Test func fixedFormatting() {
        #expect(Heatmap.fixed(3.14159, decimals: 2) == "3.14")
        #expect(Heatmap.fixed(-0.5, decimals: 2) == "-0.50")
        #expect(Heatmap.fixed(-0.001, decimals: 2) == "0.00")
        #expect(Heatmap.fixed(2.5, decimals: 0) == "3")
        #expect(Heatmap.fixed(0.125, decimals: 3) == "0.125")
    }
}
