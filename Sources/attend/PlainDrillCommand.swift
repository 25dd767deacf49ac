import Course
import Foundation
import Practice
import Screens
import Terminal

/// `attend drill` without a full-screen terminal: the questions as line prompts, the time
/// checked at every answer, and the report as text at the end. Each answer is saved before
/// the next line is printed.
enum PlainDrillCommand {
    static func run(catalog: CourseCatalog, log: EventLog, events: [PracticeEvent],
                    topic: String?, count: Int, minutes: Int?, seed: UInt64?) -> Int32 {
        let practice = loadPractice(catalog: catalog, events: events)
        let started = Int(Date().timeIntervalSince1970)
        let plan = DrillPlan.make(decks: practice.decks, history: events, topic: topic, count: count, seed: seed ?? UInt64(started))
        if let problem = plan.problem {
            printError("attend: error: \(problem)")
            return 2
        }
        var session = PlainDrillSession(plan: plan, decks: practice.decks, startedAt: started, minutes: minutes, diagrams: catalog.diagrams)
        return LinePromptLoop.run(&session, log: log)
    }
}
