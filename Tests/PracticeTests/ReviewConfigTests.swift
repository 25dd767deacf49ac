import Course
import Testing
@testable import Practice

@Suite("Review config")
struct ReviewConfigTests {
    @Test func emptyFileGivesDefaults() {
        let (config, diagnostics) = PracticeConfig.parse("", source: "config")
        #expect(config == PracticeConfig(desiredRetention: 0.9, newCardsPerDay: 20, showIntervals: true,
                                         learningSteps: [60, 600], relearningSteps: [600]))
        #expect(diagnostics.isEmpty)
    }

    @Test func readsEverySettingWithCommentsAndSpacing() {
        let text = """
        # review settings
        desired_retention = 0.85   # a little lower
          new_cards_per_day=5
        show_intervals = off

        learning_steps = 30s, 5m 1h
        relearning_steps = 15
        """
        let (config, diagnostics) = PracticeConfig.parse(text, source: "config")
        #expect(diagnostics.isEmpty)
        #expect(config.desiredRetention == 0.85)
        #expect(config.newCardsPerDay == 5)
        #expect(config.showIntervals == false)
        #expect(config.learningSteps == [30, 300, 3_600])
        #expect(config.relearningSteps == [900])
        #expect(config.schedulerParameters.desiredRetention == 0.85)
        #expect(config.schedulerParameters.enableFuzzing)
    }

    @Test func badValuesAreReportedWithTheirLineAndTheDefaultIsUsed() {
        let text = """
        desired_retention = 1.5
        new_cards_per_day = many
        show_intervals = maybe
        learning_steps = 1m 10x
        colour = blue
        just words
        """
        let (config, diagnostics) = PracticeConfig.parse(text, source: "~/.config/attend/config")
        #expect(config == .defaults)
        #expect(diagnostics.map(\.line) == [1, 2, 3, 4, 5, 6])
        #expect(diagnostics.map(\.severity) == [.error, .error, .error, .error, .warning, .error])
        #expect(diagnostics[0].column == 21)
        #expect(diagnostics[0].message.contains("0.7 to 0.99"))
        #expect(diagnostics[0].message.contains("using 0.9"))
        #expect(diagnostics[1].message.contains("`many`"))
        #expect(diagnostics[3].message.contains("`10x`"))
        #expect(diagnostics[4].message.contains("unknown setting `colour`"))
        #expect(diagnostics[0].description.hasPrefix("~/.config/attend/config:1:21: error:"))
    }

    @Test func retentionBoundsAreInclusive() {
        #expect(PracticeConfig.parse("desired_retention = 0.7", source: "c").config.desiredRetention == 0.7)
        #expect(PracticeConfig.parse("desired_retention = 0.99", source: "c").config.desiredRetention == 0.99)
        #expect(PracticeConfig.parse("desired_retention = 0.69", source: "c").diagnostics.count == 1)
    }

    @Test func otherKeysAndDuplicates() {
        let text = "theme = dark\nnew_cards_per_day = 10\nnew_cards_per_day = 12\nlearning_steps = none"
        let (config, diagnostics) = PracticeConfig.parse(text, source: "c", otherKeys: ["theme"])
        #expect(config.newCardsPerDay == 12)
        #expect(config.learningSteps == [])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.line == 3)
        #expect(diagnostics.first?.severity == .warning)
    }
}
