# loften's messages in English.
#
# One message per sentence, whole sentences, with named variables
# ({ $name }) and plural selectors. Every catalog in locales/ has the same
# ids and variables (a test checks it). Ids name what the sentence is
# about: <area>-<what>. See CONTRIBUTING.md.

## Tests of the catalog itself

test-rows = { $rows ->
    [one] { $rows } row in { $file }
   *[other] { $rows } rows in { $file }
}
test-wrap = error: { $inner }

## Problems in the plan and the logs (plan/, validate, log_audit, personnummer, store/, settings, flags, day_words, error)

## (end of problems)

## Outputs (render/, report, words/)

## (end of outputs)

## Commands and help (cmd/, cli_words, main)
cli-usage = Usage:
cli-options-placeholder = [OPTIONS]
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-commands = Commands
cli-value-command = COMMAND
cli-value-date = DATE
cli-value-dialect = DIALECT
cli-value-dir = DIR
cli-value-folder = FOLDER
cli-value-file = FILE
cli-value-format = FORMAT
cli-value-id = ID
cli-value-key-num = KEY=NUM
cli-value-lang = LANG
cli-value-measure = MEASURE
cli-value-n = N
cli-value-name = NAME
cli-value-period = PERIOD
cli-value-place = PLACE
cli-value-shell = SHELL
cli-value-target = TARGET
cli-value-text = TEXT
cli-value-who = WHO
cli-value-year = YEAR
cli-value-year-n = YEAR-N
cli-error = error: { $message }
cli-error-unknown-command = unrecognized subcommand '{ $value }'
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-missing = the following required arguments were not provided: { $args }
cli-error-missing-command = a subcommand is required but one was not provided
cli-error-needs-value = a value is required for '{ $arg }' but none was supplied
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $prior }'
cli-error-conflict-other = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-error-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-wrong-number = wrong number of values for '{ $arg }'
cli-error-other = invalid command line ({ $detail })
cli-error-possible-values = [possible values: { $values }]
cli-tip-command = tip: a similar subcommand exists: '{ $name }'
cli-tip-argument = tip: a similar argument exists: '{ $name }'
cli-more-help = For more information, try '--help'.
about-help = Print this message or the help of the given subcommand(s)
help-help = Print help
help-version = Print version
about-loften = Follow-up of a Swedish medborgarlöfte: the plan as TOML, activities as CSV, compliance per period.
help-dir = The data folder holding plan/ and logs/ [default: the folders of ./loften.toml if there is one, else the data folder at or above the current folder, as git finds its repository]; repeat it for `status` over several agreements [env: LOFTEN_DIR=]
help-workspace = A workspace file listing data folders, `folders = ["norsjo", "mala"]` [default: ./loften.toml when present and no --dir is given]
help-lang = Output language; by default from LC_ALL, LC_MESSAGES or LANG (Swedish when it starts with "sv") [possible values: sv, en]
about-init = Create a data folder with the plan of a new agreement (Norsjö's measures as a template)
help-init-folder = The folder to create or fill [default: the data folder]
help-init-municipality = The municipality of the new agreement, e.g. "Malå kommun"; asked for on a terminal when left out
help-init-start = The agreement's first day, YYYY-MM-DD [default: 1 January this year]
help-init-end = The agreement's last day, YYYY-MM-DD [default: 31 December of the start's year]
help-init-empty = A skeleton plan: one example measure and a commented example of every frequency form, instead of Norsjö's measures
help-init-example = Norsjö's plan 2019–2023 as it is, to try loften on the example data (that agreement has ended)
help-init-next = In a data folder whose agreement ends, the plan file of the next agreement: the latest plan copied with new days (from the day after it ends to 31 December, or --start/--end), beside it in plan/
about-measures = List the plan's measures
help-list-format = Output format [default: table] [possible values: table, json]
help-wide = Every column at its full width, however wide the terminal
about-check = Check the plan and the logs; exit 1 when problems are found
about-repair = Rewrite log files saved by Excel into loften's form, keeping every row and a backup
about-log = Record an activity after a shift or a meeting
help-log-measure = The measure's id or title, in any case, with or without å/ä/ö (trafikkontroll, Klassrumsbesök); asked for when left out on a terminal
help-log-date = When it happened: YYYY-MM-DD, today, yesterday, a weekday (the most recent one), idag, igår, i förrgår, fredag, i fredags [default: today]
help-log-from = The first day of an activity that covers several days; with --until
help-log-until = The last day, for an activity that covers several days (an "Ungdomsvecka" Thursday to Wednesday): one occasion, every day of it active for measures counting days or weeks; with --from
help-log-baseline = The year before the agreement whose follow-up values this row gives, for a metric whose plan says baseline = {"{"} year = YEAR {"}"} without a value: the row covers the whole year
help-log-answers = For a measure that answers events (kind = "on-trigger"): the id of the event's row this answers [default: the open event due first]
help-log-count = How many (a whole number, at least 1) [default: 1]
help-log-target = The target reached, for measures with targets: its id or label (åk7, Åk7, Årskurs 7)
help-log-values = A follow-up metric value, KEY=NUMBER (decimal comma accepted); repeatable: --value anmalningar=2 --value beslag=12,5
help-log-who = Who did it (a role or a first name; never a member of the public)
help-log-place = Where
help-note = A note (no personal data)
help-dry-run = Check and show the row, write nothing
about-shift = Record a shift worked (for "varje arbetspass")
help-shift-date = The day of the shift: YYYY-MM-DD, today, yesterday, a weekday, idag, igår, fredag, i fredags [default: today]
help-shift-count = How many shifts (e.g. two officers) [default: 1]
help-shift-who = Who worked it
about-void = Cancel an earlier row; the row stays in the log as an audit trail
help-void-id = The id of the row to cancel
help-void-reason = Why it is cancelled
help-void-who = Who cancels it
about-excuse = Excuse a measure's period, with a reason
help-excuse-measure = The measure's id
help-excuse-period = The period, as status shows its key: 2021-03, 2021-W12, 2021-T1, 2021-Q2, 2021-VT, 2021-H1, 2021
help-excuse-reason = Why the period is excused (required)
help-excuse-who = Who excuses it
about-status = Show compliance per measure
help-status-at = The as-of date: YYYY-MM-DD or a day word as for `log --date` (today, yesterday, friday, last friday) [default: today]
help-status-measures = Only these measures (repeatable)
help-status-by-owner = Group by responsible party instead of focus area
help-status-year = The council's view of a whole year: a grid of measures × months
help-status-tertial = The grid for a tertial, e.g. 2021-1
help-status-quarter = The grid for a quarter, e.g. 2021-2
help-status-fail-if-behind = Exit 1 when any measure is behind (for scripts); not with a grid
about-export = Export activities and follow-up to Excel (xlsx), CSV or JSON
help-export-format = The file format [default: xlsx] [possible values: xlsx, csv, json]
help-export-from = Only activities on or after this date (YYYY-MM-DD or a day word); the follow-up starts with its year
help-export-to = Only activities on or before this date (YYYY-MM-DD or a day word); the follow-up is as known on it [default: today]
help-export-out = The file to write; `-` writes CSV or JSON to standard output [default: loften-export-<today>.<format> in the current folder]
help-export-excel = The CSV dialect [default: sv when the language is Swedish, else plain] [possible values: sv, plain]
about-report = The yearly follow-up for the public, as HTML or Markdown
help-report-year = The year to report, e.g. 2021
help-report-format = The format [default: html] [possible values: html, md]
help-report-out = The file to write [default: standard output; `-` too]
about-completions = Print shell completions
help-completions-shell = The shell [possible values: bash, elvish, fish, powershell, zsh]
about-man = Print the manual page (roff)

cmd-man-commands = COMMANDS
cmd-man-options = Options:
cmd-man-name = NAME
cmd-man-description = DESCRIPTION
cmd-man-options-section = OPTIONS
cmd-man-example-init = a new data folder with the Norsjö plan as a template
cmd-man-example-log = three traffic checks today, with two reports
cmd-man-example-status = compliance per measure on that day
cmd-man-example-year = the council's grid of the whole year
cmd-man-example-excuse = excuse a period, with a reason
cmd-man-example-export = the workbook for Excel
cmd-man-example-report = the year's follow-up for the public
cmd-man-example-complete = completion in bash of measures, targets, metrics and periods from the plan
cmd-man-exit-0 = all is well (status is a report: 0 whatever the states)
cmd-man-exit-1 = problems found: check, or status --fail-if-behind with a measure behind
cmd-man-exit-2 = an error stopped the command; nothing was written
cmd-man-env-dir = the data folder, like --dir
cmd-man-env-locale = Swedish when the first one set starts with sv
cmd-man-env-columns = the width tables are fitted to; without it the terminal's width, and full width in a pipe
cmd-man-env-no-color = no colour
cmd-man-env-today = a date (YYYY-MM-DD) that stands in for today
cmd-man-env-complete = a shell's name: print the shell's completion hook
cmd-man-file-plan = the plan: the agreement and its measures
cmd-man-file-logs = the activities, one file per year; append only
cmd-man-file-workspace = a workspace listing data folders for status
cmd-man-examples = EXAMPLES
cmd-man-exit-status = EXIT STATUS
cmd-man-environment = ENVIRONMENT
cmd-man-files = FILES

cmd-area-unknown-measure = --measure { $id }: no measure in the plans of { $dirs } has that id; `loften --dir FOLDER measures` lists a plan's ids

cmd-ask-cancelled = cancelled; nothing was written
cmd-ask-cannot-ask = could not ask on the terminal ({ $other }); name the measure: loften log MEASURE
cmd-ask-target-free = Target (name without spaces):
cmd-ask-unit-count = count
cmd-ask-date-help = e.g. today, yesterday, friday, 2021-03-12; Esc cancels
cmd-ask-date = Date:
cmd-ask-measure = Measure (type to search):
cmd-ask-count-invalid = write a whole number, at least 1
cmd-ask-count = Count:
cmd-ask-no-target = (no target)
cmd-ask-target = Target:
cmd-ask-whole-number-invalid = write a whole number (e.g. 2), or leave it empty
cmd-ask-number-invalid = write a number (12 or 12,5), or leave it empty
cmd-ask-number-help = empty = skip
cmd-ask-note-field = the note
cmd-ask-note = Note (optional):
cmd-ask-note-help = no personal data; empty = none
cmd-ask-save = Save the row?
cmd-ask-yes-or-no = answer y or n
cmd-ask-summary-measure = Measure:
cmd-ask-summary-values = Values:
cmd-ask-summary-note = Note:
cmd-ask-select-help = ↑↓ to move, enter to select, type to search, Esc cancels
cmd-ask-weekday = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}

cmd-check-no-problems = { $file }: no problems
cmd-check-no-problems-rows-read = { $file } and logs/: no problems ({ $rows ->
    [one] { $rows } row read
   *[other] { $rows } rows read
})
cmd-check-problems-found = { $problems ->
    [one] { $problems } problem found
   *[other] { $problems } problems found
}
cmd-check-problems-found-rows-read = { $problems ->
    [one] { $problems } problem found
   *[other] { $problems } problems found
} ({ $rows ->
    [one] { $rows } row read
   *[other] { $rows } rows read
})

cmd-excuse-reason-empty = --reason is empty; write why the period is excused (e.g. --reason "school closed")
cmd-excuse-already-excused = { $measure } is already excused for { $key } by the row { $id } ({ $at }); nothing was written. To change the reason, void that row with loften void and excuse again
cmd-excuse-done = Excused { $measure } for { $label } with the row { $id } in { $file }

cmd-export-xlsx-to-stdout = --out -: an xlsx file cannot be written to standard output; give a file, e.g. --out follow-up.xlsx, or choose --format csv or json
cmd-export-from-after-to = --from { $from } is after --to { $to }; swap them
cmd-export-written = the export is written to { $file }
cmd-export-repeated-rows = { $rows ->
    [one] { $rows } row appears twice with the same id and content (after a git merge?) and is exported once: { $files }
   *[other] { $rows } rows appear twice with the same id and content (after a git merge?) and are exported once: { $files }
}
cmd-export-cut-by-excel = a text is exactly { $limit } characters, Excel's limit for a cell, and was probably cut when the log was saved in Excel: { $at }

cmd-init-plan-exists = { $folder } already holds a plan in plan/; nothing was changed. Choose another folder, or remove the old plan first if you really mean to start over
cmd-init-made-template = Norsjö's measures as a template; edit them into your own plan
cmd-init-made-skeleton = a skeleton with one example measure; its comments show every frequency form
cmd-init-made-example = Norsjö's plan 2019–2023 as it is, for example data; that agreement has ended
cmd-init-created =
    Created the data folder { $folder }: the plan { $plan } ({ $what }) and an empty logs/.
    Next: loften --dir { $folder } check, then loften --dir { $folder } log
cmd-init-name-the-municipality = name the municipality: loften init { $folder } --municipality "Malå kommun" (without a terminal loften cannot ask); --start and --end give the agreement's days (default: this year), --example writes Norsjö's plan 2019–2023 as it is
cmd-init-municipality-empty = --municipality { $municipality }: write the municipality's name, e.g. "Malå kommun"
cmd-init-ends-before-start = the agreement ends ({ $end }) before it begins ({ $start }); give an --end after --start
cmd-init-cancelled = cancelled; nothing was created
cmd-init-cannot-ask = could not ask on the terminal ({ $other }); give --municipality, --start and --end
cmd-init-not-a-plan = the plan for that agreement would not pass loften check ({ $problems }); nothing was created
cmd-init-ask-start = The agreement's first day:
cmd-init-ask-end = The agreement's last day:
cmd-init-municipality-invalid = write the municipality's name
cmd-init-ask-municipality = Municipality:
cmd-init-municipality-help = e.g. Malå kommun; Esc cancels
cmd-init-date-help = YYYY-MM-DD
cmd-init-end-before-start = the last day cannot lie before the first
cmd-init-date-invalid = write YYYY-MM-DD, e.g. 2026-01-01

cmd-init-next-start-too-early = --start { $start }: the agreement in { $file } runs { $first } – { $last }; the next one begins after { $last }; nothing was changed
cmd-init-next-ends-before-start = --end { $end } lies before the start { $start }; nothing was changed
cmd-init-next-not-a-plan = { $file } with the days { $start } – { $end } is not a valid plan (run loften check); nothing was changed
cmd-init-next-file-exists = { $file } already exists; nothing was changed
cmd-init-next-created =
    Created { $file }: the next agreement, { $start } – { $end }, with the measures of { $from }. Edit its title and measures to the new agreement; ids kept keep their history.
    Next: loften check

cmd-log-done = Recorded { $id } in { $file }
cmd-log-baseline-not-a-year = --baseline: { $baseline } is not a year
cmd-log-next-day = The next: { $label }, from { $day }.
cmd-log-no-more-days = The plan has no more such days; the municipality adds them to the plan's [[date_set]] { $id }.
cmd-log-baseline-none = --baseline { $year }: no metric of { $id } has a baseline to log (baseline = {"{"} year = ... {"}"} without value in the plan). Nothing was written
cmd-log-baseline-other-year = --baseline { $year }: the baseline year of { $id } in the plan is { $years }. Nothing was written
cmd-log-answers-not-an-event = --answers { $named }: that row is { $other }, not a { $kind } event; give the id that loften log { $kind } printed. Nothing was written
cmd-log-answers-event-voided = --answers { $named }: that event is voided; nothing was written
cmd-log-answers-after = --answers { $named }: the event is from { $happened }, after the answer on { $date }; check --date. Nothing was written
cmd-log-answers-unknown-id = --answers { $named }: no row has that id; loften log { $kind } prints the event's id (and `loften status` shows those unanswered). Nothing was written
cmd-log-value-form = --value { $flag } must be written NAME=NUMBER, e.g. --value anmalningar=2
cmd-log-value-no-name = --value { $flag } has no name before =; write e.g. --value beslag=12,5
cmd-log-value-not-a-number = --value { $key }: { $value } is not a number; write e.g. 12 or 12,5
cmd-log-value-unusable = --value { $key }: { $value } cannot be used
cmd-log-name-the-measure = name the measure: loften log MEASURE, e.g. loften log trafikkontroll --count 3 (without a terminal loften cannot ask). The measures: { $ids }; `loften measures` shows them
cmd-log-outside-date-set = note: { $id } counts only during { $name }, and { $date } is not one of them, so the row does not count. { $next }
cmd-log-until = --until: { $problem }

cmd-progress-log-too-large = (the log is large, so progress is not shown here; see loften status)

cmd-record-dry-run = (dry run: nothing was written)
cmd-record-unconfirmed = the row was written, but its confirmation could not be printed ({ $error })
cmd-record-ambiguous = { $what } { $typed } could mean several: { $list }; write one of them
cmd-record-what-measure = measure
cmd-record-what-metric = metric
cmd-record-what-target = target
cmd-record-refused =
    { $problems }
    Nothing was written; correct it and try again.

cmd-repair-no-log-files = logs/ has no log files

cmd-report-year-not-begun = --year { $year }: the year has not begun yet
cmd-report-year-outside = --year { $year }: the agreement runs { $start } – { $end }; choose a year in between
cmd-report-written = the report is written to { $file }

cmd-shift-done = Recorded the shift { $id } in { $file }

cmd-status-unknown-measure = --measure { $id }: no measure in the plan has that id; the plan's ids: { $known }
cmd-status-agreement-ended =
    The agreement for { $town } ({ $start } – { $end }) has ended, so no measure is in force today ({ $today }).
    How it ended: loften status --at { $end } (or --year { $year })
    The next agreement: loften init --next puts its plan beside this one (measures that keep their ids keep their history); loften init NEW-FOLDER --municipality "{ $town }" starts a new folder.
cmd-status-agreement-not-begun = The agreement for { $town } begins on { $start }, so no measure is in force yet today ({ $today }). Log from { $start }; loften measures shows the plan.
cmd-status-period-outside = { $label } lies outside the agreement ({ $start } – { $end }); choose a period within it

cmd-void-done = Voided { $id } ({ $at }) with the row { $new } in { $file }
cmd-void-just-voided = { $id } was just voided by { $by } ({ $at }); nothing was written
cmd-void-unknown-id = no row in logs/ has the id { $id }; copy the id from the first column of the row (rows that cannot be read are shown by loften check)
cmd-void-two-rows = two rows have the id { $id }: { $first } and { $second }; which one to void cannot be known, so nothing was written. If they are the same row twice (after a git merge), delete one of the lines; else give one of them a new id. Then run loften void again
cmd-void-is-a-correction = { $id } ({ $at }) is itself a correction (of { $cancelled }) and cannot be voided; if { $cancelled } should count again, log the activity anew
cmd-void-already-voided = { $id } ({ $at }) is already voided by { $by } ({ $by_at }); nothing was written

cmd-measures-column-measure = measure
cmd-measures-column-focus-area = focus area
cmd-measures-column-frequency = frequency
cmd-measures-column-responsible = responsible
cmd-measures-column-valid = valid

## (end of commands)
