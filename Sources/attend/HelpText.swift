/// The usage text of every command: `attend --help`, `attend help CMD`, `attend CMD --help`.
enum HelpText {
    static let version = "attend 0.1.0"

    static let overview = """
    attend — a terminal tutor for the mathematics behind large language models

    Usage:
      attend                        the course map: lessons, progress, continue
      attend learn [LESSON]         read a lesson (default: the next unfinished one)
      attend run LESSON [--trace]   run a lesson's kernel and show its steps
      attend review [--deck D]      review the cards that are due (FSRS-6)
      attend drill [--topic T] [--count N] [--minutes M] [--seed S]
                                    a timed interview drill, weighted to your weak spots
      attend stats                  progress, due forecast, retention, accuracy
      attend lint [PATH…] [--record]  check lessons, quizzes and kernel recordings
      attend export reviews|anki [-o FILE]  your reviews as CSV, or the decks for Anki
      attend srs replay FILE.csv    replay a review log through FSRS-6
      attend doctor                 toolchain, terminal, data and course checks
      attend help [COMMAND]         help for one command

    Options (anywhere on the line):
      --course DIR   the course to open (default: ATTEND_COURSE, then the nearest
                     directory above holding Lessons/course.md, then the bundled course)
      --data DIR     where progress is kept (default: ATTEND_DATA, then
                     $XDG_DATA_HOME/attend, then ~/.local/share/attend)
      --no-color     no colours (bold and reverse stay); NO_COLOR does the same
      --plain        line-by-line text with no cursor tricks (for screen readers)
      --trust        run kernels of a course other than the bundled one without asking
      -h, --help     this help; with a command, that command's help
      -V, --version  the version

    Keys: arrows or hjkl move, Enter opens, q or Esc goes back, ? shows every key.
    Exit status: 0 success, 1 a check failed, 2 bad usage.
    """

    static func forCommand(_ name: String) -> String {
        switch name {
        case "learn":
            return """
            Usage: attend learn [LESSON]

            Opens a lesson in the reader, where you left off. Without LESSON it opens the
            first lesson you have not finished. LESSON is a lesson id such as linalg-vectors.
            When the output is not a terminal (or with --plain) the lesson is printed as text.

            Keys in the reader: j/k or ↓/↑ scroll, Space/PgDn and b/PgUp page, g/G top and
            bottom, o outline of headings, / search then n/N, ? all keys, q back.
            """
        case "lint":
            return """
            Usage: attend lint [PATH…] [--record]

            Parses every lesson, quiz deck and the course outline and reports each problem as
            path:line:column: error: message. With PATHs, only those files or directories are
            reported. Exits 1 when any error is found, 0 otherwise (warnings do not fail).
            A kernel whose recording in Assets/Traces no longer matches its source is an error;
            --record runs every kernel and rewrites the recordings.
            """
        case "stats":
            return """
            Usage: attend stats

            Your progress from the event log: reviews per day as a calendar, true retention
            (reviews of mature cards not rated Again), the due forecast for 30 days, accuracy
            per deck and per tag, lessons finished per module, and predictions at kernel asks.
            In a pipe or with --plain every figure is printed as text.
            """
        case "drill":
            return """
            Usage: attend drill [--topic T] [--count N] [--minutes M] [--seed S]

            A timed drill of N questions (default 10): by default those tagged interview;
            --topic takes a tag or a deck id instead. Items come weighted toward the topics you
            get wrong most often (from your reviews and earlier drills). The clock runs on
            screen; --minutes sets a limit that ends the drill. Each answer is checked at once
            with its explanation; the end report shows the score per topic, the time per item
            and the items to review. --seed repeats the same selection.
            """
        case "export":
            return """
            Usage: attend export reviews|anki [-o FILE]

            reviews: every review you made (undone ones left out) as CSV,
            card_id,reviewed_at,rating,correct,answer — attend srs replay reads it back.
            anki: every quiz item as an Anki text-import file (tab-separated, HTML, with
            #deck, #guid and #tags columns; the guid is the card id, so re-importing updates
            notes instead of duplicating them). Math is kept as LaTeX in \\( \\) for MathJax.
            Without -o the text goes to standard output.
            """
        case "review":
            return """
            Usage: attend review [--deck DECK]

            Shows the cards that are due, then today's new cards (20 a day by default), from
            every deck or from one. Answer each card in the way its kind asks (pick, type a
            number or text, reorder, fill the gaps, or reveal and grade yourself), read the
            explanation, then rate it: 1 Again, 2 Hard, 3 Good, 4 Easy; each button shows when
            the card will come back. u undoes the last rating. Settings live in
            $XDG_CONFIG_HOME/attend/config: desired_retention, new_cards_per_day, show_intervals.
            """
        case "run":
            return """
            Usage: attend run LESSON [--kernel NAME] [--trace] [--trust]

            Compiles and runs the lesson's kernel (the first run builds KernelKit once; later
            runs come from the cache) and prints its steps with their matrices. --kernel picks
            a named kernel; --trace prints only the JSON Lines trace. Without a Swift toolchain
            the recorded run in Assets/Traces is played instead. Kernels of a course other than
            the bundled one run only with --trust or a yes at the prompt.
            """
        case "doctor":
            return """
            Usage: attend doctor

            Prints which course directory was chosen and why, where data, config and cache
            live, what the terminal supports (size, colours, line mode), the Swift toolchain
            found for running kernels, and whether the course and the event log load cleanly.
            """
        case "srs":
            return """
            Usage: attend srs replay FILE.csv

            Reads a review log (card_id,reviewed_at,rating with ISO-8601 UTC times and
            ratings 1-4, sorted by time) and prints the FSRS-6 state after each review as
            card_id,reviewed_at,rating,state,stability,difficulty,due — interval fuzz off.
            Bad rows are reported as FILE:line:column and skipped; the exit status is then 1.
            """
        case "help":
            return overview
        default:
            return overview
        }
    }
}
