import Foundation

/// Times py-fsrs replaying the same CSV log, where a Python with the `fsrs` package is
/// present (`ATTEND_PYFSRS_PYTHON`, else `python3`), so the README's ratio is measured on
/// one machine in one run. Returns reviews per second, or nil when py-fsrs is not installed.
enum PyFSRSComparison {
    static let script = """
    import csv, sys, time
    from datetime import datetime
    from fsrs import Scheduler, Card, Rating
    scheduler = Scheduler(enable_fuzzing=False)
    rows = list(csv.reader(open(sys.argv[1])))[1:]
    start = time.perf_counter()
    cards = {}
    for card_id, at, rating in rows:
        card = cards.get(card_id) or Card()
        when = datetime.fromisoformat(at.replace("Z", "+00:00"))
        card, _ = scheduler.review_card(card, Rating(int(rating)), review_datetime=when)
        cards[card_id] = card
    print(len(rows) / (time.perf_counter() - start))
    """

    static func reviewsPerSecond(csvPath: String) -> Double? {
        let python = ProcessInfo.processInfo.environment["ATTEND_PYFSRS_PYTHON"] ?? "/usr/bin/env"
        let arguments = python == "/usr/bin/env" ? ["python3", "-c", script, csvPath] : ["-c", script, csvPath]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
