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

compliance-date-set-misses-periods = warning: { $id }: the date set "{ $set_id }" has no day in { $named }; those periods are not judged, so the promise cannot be kept there. Add their dates to [[date_set]] "{ $set_id }"
compliance-date-set-unconfirmed-years = warning: date set "{ $set_id }": "{ $label }" has no confirmed date for { $years }, so those years lack its days. Add the dates to confirmed = [...]
day-not-a-date = { $typed } is not a date; write e.g. today, yesterday, friday, last friday or 2021-03-12
error-could-not-read = could not read { $p }
error-could-not-write = could not write { $p }
flag-year-four-digits = { $flag } { $typed }: write the year with four digits, e.g. { $flag } 2021
flag-period-example = { $flag } { $typed }: write e.g. { $flag } { $example }
audit-conflict-copy-by-tool = the file is a conflict copy left by { $tool }: two computers changed the year file at the same time. Its rows are counted (rows that also stand in the year file, the same, count once), but move the rows the year file lacks into it and then delete this file
audit-conflict-copy-name = the file is not named YYYY.csv: it looks like a conflict copy left by a sync tool (OneDrive, Dropbox, Nextcloud) or a copy saved into logs/. Its rows are counted but may be duplicates: merge the rows that are missing into the year file (e.g. logs/2021.csv) and delete this file
audit-row-in-wrong-year-file = the row is dated { $date } but stands in { $name }: it counts on its date, but belongs in { $right }.csv; move the line there
audit-recorded-at-not-a-time = recorded_at: { $recorded } is not a time like 2021-03-02T10:11:12+01:00 (changed by a spreadsheet?); correct it or leave it empty
audit-column-nul-bytes = the column { $column } holds NUL bytes (a file damaged by a crash or a sync tool?); remove them or log the row again
audit-column-at-excel-limit = the column { $column } is exactly { $excel_cell_limit } characters, Excel's limit for a cell: the text was probably cut when the file was saved in Excel; get the whole text from a backup or git
audit-row-twice = the row already stands, the same, at { $at } (id { $id }); a git union merge or a conflict copy can repeat rows. It is counted once; delete this line
audit-id-reused = id { $id } was already used at { $at }, with other content; both rows are counted. Give this row a new id (or delete it if it is wrong), and do not void the id until it is corrected
audit-already-excused = { $measure } is already excused for { $key } at { $at }; delete this line (or void it with loften void)
audit-void-of-a-void = the row voids { $voided }, which is itself a void; it is not applied (a void cannot be undone by another): if the voided row should count again, log the activity anew
audit-void-of-nothing = the row voids { $voided }, but no readable row has that id; check the id, whether that row can be read (see above) or whether it is in a file that is missing
audit-answers-no-event = the row answers { $named }, but no row of the event { $kind } has that id; it counts as an answer naming no event. Check the id (loften log { $kind } prints it)
plan-whole-number-out-of-range = { $key } must be a whole number from 1 to { $max }, not { $n }
plan-key-not-of-kind = key { $key } does not belong to kind = { $rule }; remove it or change kind
plan-kind-needs-key = kind = { $rule_name } needs the key { $key }
plan-average-over-too-short = average_over = "{ $over }" must be a longer calendar period made of whole per = "{ $per }" periods
plan-counting-targets-conflict = counting = "targets" counts distinct targets and does not go with each_target or of_which
plan-aim-out-of-range = aim must be above at_least ({ $at_least }) and at most { $max_quota }, not { $aim }; aim is the ambition above the promise
plan-aim-with-each-target = aim does not go with each_target
plan-days-per-week-needs-weeks = days_per_week belongs to counting = "weeks"
plan-share-out-of-range = share must be a number above 0 and at most 1 (1 = every shift), not { $share }
plan-on-trigger-per = kind = "on-trigger" is judged per calendar period; choose per = "month", "quarter", "year" ...
plan-too-many-measures = the plan has more than { $max_measures } measures; a plan has a few dozen: is this the right file?
plan-unknown-top-key = unknown key { $other } at the top of the plan; expected one of: { $top_keys }
plan-no-agreement = the plan has no [agreement] section (title, municipality, start, end)
plan-no-measures = the plan has no measures; add at least one [[measure]]
plan-unknown-key = unknown key { $key } in { $part }; expected one of: { $expected }
plan-missing-key = { $part } is missing the key { $key }; add it
plan-unknown-value = { $part }: unknown value { $value }; expected one of: { $expected }
plan-not-a-date = { $part }: { $value } is not a date; write YYYY-MM-DD, e.g. 2021-03-02
plan-nested-too-deeply = values nested too deeply ({ $raw }); a plan needs only a few levels: correct the line
plan-toml-syntax-error = TOML syntax error: { $raw }; correct the line
plan-other-error = { $part }: { $raw }
plan-must-be-tables = { $key } must be written as [[{ $key2 }]] tables
plan-id-not-ascii = { $what } id { $id } must be ASCII lower-case letters, digits and hyphens (e.g. "info-tillgrepp")
plan-agreement-ends-before-start = the agreement's end { $end } is before its start { $start }
plan-agreement-too-long = the agreement { $start } – { $end } runs longer than { $max_agreement_years } years; a citizen promise runs a few years: correct the end date
plan-id-used-twice = id { $id } is already used; each id may appear only once
plan-date-set-empty = date set { $id } has neither dates nor rules; give its days as dates = [{"{"} from, until, label {"}"}] or rules as rules = [{"{"} day = "midsommarafton", label = ... {"}"}]
plan-date-range-backwards = the date range "{ $label }" ends { $until } before it starts { $from }
plan-id-reserved = id "{ $shift_id }" is reserved for shifts in the log; choose another
plan-validity-outside-agreement = the validity { $from } – { $until } is empty or lies outside the agreement { $start } – { $end }
plan-baseline-year-too-late = baseline.year { $year } must be a year before the agreement (it starts { $start }); a year inside it is already compared with the year before
plan-baseline-value-negative = baseline.value must be a number of at least 0
plan-goal-one-kind = goal takes exactly one of change_percent, at_least, at_most
plan-goal-change-needs-baseline = goal.change_percent ({ $p } %) is against a baseline; add baseline = {"{"} year = ..., value = ... {"}"}
plan-goal-change-out-of-range = goal.change_percent must be a change in percent, not 0 and at least -100, not { $p }
plan-goal-level-negative = goal: the level must be a number of at least 0
plan-target-id-invalid = target id { $id } must not be empty or hold spaces, control characters or commas
plan-added-outside-agreement = added { $added } lies outside the agreement ({ $start } – { $end })
plan-each-target-without-targets = measure "{ $id }" counts each target (each_target = true) but has no targets; add targets = [...]
plan-trigger-id-taken = trigger id "{ $id }" is already a measure's id or the shifts'; an event to answer needs an id of its own
plan-shifts-not-on-trigger = shifts are answered with kind = "every-shift", not on-trigger
plan-trigger-undefined = the trigger "{ $name }" is referenced but not defined; add a [[trigger]] with id = "{ $name }" and name = "..."
plan-date-set-undefined = date set "{ $name }" is referenced but not defined; add a [[date_set]] with id = "{ $name }"
plan-target-undefined = target "{ $name }" is referenced but not in the measure's targets
plan-measure-versions-overlap = measure "{ $id }" already exists with overlapping validity ({ $start } – { $end }); a new version of a measure needs valid = {"{"} from = ..., until = ... {"}"} that does not overlap the old one
plan-focus-area-undefined = focus area "{ $focus_area }" is not defined in [[agreement.focus_area]]; known: { $known }
plan-party-undefined = party { $party } is not defined in [[agreement.party]]; known: { $known }
flag-not-a-date = { $what }: { $value } is not a date; write YYYY-MM-DD, e.g. 2021-03-02
flag-dir-and-workspace = both --dir and --workspace { $f } name data folders; give one of them (LOFTEN_DIR counts as --dir)
flag-dir-before-and-after = --dir stands both before and after the command, and then only those after it count; write them all after the command, e.g. loften status --dir norsjo --dir mala
flag-several-folders = { $n } data folders were named{ $from }: { $list }; only `loften status` reads several, this command works in one: name it with --dir, e.g. --dir { $first }
store-out-folder-missing = { $shown }: the folder { $f } does not exist; create it first or choose another file with --out
store-out-is-folder = { $shown } is a folder; give a file name with --out, e.g. --out { $shown }/follow-up.xlsx
store-out-not-regular = { $shown } is not an ordinary file (a link, a folder or a device); loften does not rewrite it
store-out-dangling-link = --out { $shown } is a symbolic link that does not point to an existing regular file; loften writes through a link only to one, and never replaces the link: choose another file
store-out-in-data-folder = --out { $t }: the file must not go in { $f }, where loften reads every file as data (it could replace the log or the plan); choose another folder
log-file-link-outside = { $l } is a symbolic link leading out of the data folder { $d }; loften writes only inside the data folder. Nothing was written. Replace the link with a plain folder or file (copy its contents in)
log-file-disk-full = could not write { $p }, and nothing was recorded: the disk or the shared folder is full; free some space (or check the share) and run the command again
log-file-no-permission = could not write { $p }, and nothing was recorded: you may not write there or the folder is read-only; check the permissions of the folder and run the command again
log-file-write-failed = could not write { $p }, and nothing was recorded; check the disk or the shared folder and run the command again
log-file-old-columns = { $p } was written before the columns until and answers, which this row needs. Nothing was written. Run `loften repair` (it adds the columns and keeps a backup), then run the command again
log-file-row-bad-csv = the row cannot be read as CSV; check its quotes
log-file-no-header = the file has no header line; its rows are read, but loften log will not add to it until `loften repair` has added it (or add it yourself as the first line: { $expected })
log-file-semicolon-header = the file could not be read: the header line is separated by semicolons but does not have loften's columns { $expected } (columns deleted, renamed or moved in Excel?). None of its rows is counted until the header and columns are corrected; a backup or git has the earlier version
log-file-wrong-header = the file could not be read: the first line must be the header { $expected }; none of its rows is counted until it is corrected
log-file-row-torn = the row is torn: it has only { $n } of { $width } columns (a write cut short by a crash or a full disk, or an edit that lost a part). It is not counted; log the activity again with loften log if it is needed, then delete the line
log-file-row-width-quotes =
    the row has { $n ->
        [one] { $n } column
       *[other] { $n } columns
    }, not { $width }; a text holding commas needs quotes around it
log-file-conflict-marker = a git conflict marker ({ $marker }): a merge was left unresolved. Delete the lines <<<<<<<, ======= and >>>>>>> keeping the rows of both sides, then run `git add` on the file and `git commit`; `loften init` sets merge=union in .gitattributes so that it does not happen again
log-file-column-not-utf8 = the column { $column } is not UTF-8 (saved as ANSI/Windows-1252?); save the file as CSV UTF-8
log-file-fixed-semicolons = semicolons → commas
log-file-fixed-tabs = tabs → commas
log-file-fixed-crlf = CRLF line ends → LF
log-file-fixed-bom = byte-order mark removed
log-file-fixed-header = header line added
log-file-fixed-columns = the columns until and answers added
log-file-already-in-form = { $p }: already in loften's form; nothing changed
log-file-row-width =
    the row has { $n ->
        [one] { $n } column
       *[other] { $n } columns
    }, not { $width }
log-file-row-no-id = the row has no id (the first column); every row needs a unique id
log-file-row-no-measure = the row has no measure (the measure column)
log-file-date-not-a-date = date: { $date } is not a date; write YYYY-MM-DD, e.g. 2021-03-02
log-file-until-not-a-date = until: { $text } is not a date; write YYYY-MM-DD, e.g. 2021-03-08
log-file-until-before-date = until ({ $last }) is before date ({ $date }); a span runs from date to until
log-file-values-bad-pair = values: { $pair } must be written NAME=NUMBER, e.g. anmalningar=2 beslag=12.5
log-file-unreadable-files =
    { $count ->
        [one] the file { $files } could not be read (its header line is wrong) and none of its rows is counted
       *[other] the files { $files } could not be read (their header lines are wrong) and none of their rows is counted
    }; `loften check` shows why
log-file-conflict-files =
    { $files } { $count ->
        [one] holds
       *[other] hold
    } git conflict markers (<<<<<<<): a merge was left unresolved; `loften check` shows where and what to do
log-file-excel-files =
    { $files } { $count ->
        [one] was
       *[other] were
    } saved by Excel: { $count ->
        [one] its
       *[other] their
    } rows are counted, but loften log will not add to { $count ->
        [one] it
       *[other] them
    } until `loften repair` has rewritten { $count ->
        [one] it
       *[other] them
    }
store-no-plan-folder = { $f } does not exist: { $d } is not a loften data folder; create one with `loften init { $d }` or name the right one with --dir
store-no-plan-file = { $f } holds no plan (*.toml); put the plan there or create a new data folder with `loften init`
store-agreements-overlap = the agreement { $ls } – { $le } overlaps the agreement in { $ef } ({ $es } – { $ee }); agreements in one data folder follow each other: start this one after { $ee } or shorten the earlier one
store-plan-not-utf8 = the file is not UTF-8; save it as UTF-8 in your editor
store-plan-too-large = { $f } is larger than { $mb } MB; a plan is a few tens of kB: is this the right file?
store-workspace-bad = { $raw }; a workspace is written folders = ["norsjo", "mala"]
store-workspace-empty = folders is empty; list the data folders, e.g. folders = ["norsjo", "mala"]
store-workspace-too-many = folders lists more than { $max_folders } folders; split the workspace
store-workspace-bad-name = the folder { $name } is empty or holds control characters; write the folder's name
store-workspace-folder-twice = the folder { $name } is already listed; remove one of them
row-voids-and-excuses = the row has both voids and excuses; a row cancels or excuses, not both
row-answers-without-events = { $id } answers no events (kind = "on-trigger" in the plan), so the row answers none (--answers, the answers column)
row-baseline-needs-values = a row of the baseline year { $year } gives values: --value KEY=NUMBER for the metrics of { $id }
row-baseline-span-past-year = a row of the baseline year { $year } ends within the year
row-baseline-values-only = a row of the baseline year { $year } gives values only: no --count, --target or --answers
row-no-baseline-to-log = { $key } has no baseline { $year } to log (the plan gives its value, or no baseline year); leave it out
row-event-has-no-target = { $id } is an event to answer; it has a day, a count, who, place and a note, but no target, no values, no --until and no --answers. The answer is logged with the measure that answers it
row-span-backwards = the span ends ({ $last }) before it starts ({ $first }); --until is the last day
row-span-too-long = a span is at most { $max_span_days } days; log a longer effort as several rows
row-shift-no-target = a shift has no target and no values; log the activity with `loften log MEASURE`
row-excuse-needs-note = an excuse needs a reason in note
row-date-after-agreement = the date { $date } lies after the agreement: it ended on { $end }; start the next agreement with loften init --next
row-date-outside-agreement = the date { $date } lies outside the agreement ({ $start } – { $end }); check the date
row-date-in-future = the date { $date } lies in the future (today is { $today }); log what has been done, once it is done
row-count-zero = the count must be a whole number of at least 1, not 0
row-target-needed-distinct = measure { $id } counts distinct targets; name one with --target (a name without spaces, e.g. restaurang-ankaret)
row-target-bad-name = the target { $t } is not a valid name: letters, digits, -, _ and . without spaces, at most 64 characters
row-target-needed = measure { $id } is counted per target; name one with --target, one of: { $known }
row-target-not-wanted = measure { $id } has no targets, but the target { $t } was given; leave --target out
row-target-unknown = target { $t } is not one of measure { $id }'s targets; choose one of: { $known }
row-value-not-wanted = measure { $id } has no follow-up metrics, but { $key } was given; leave --value out
row-value-unknown-metric = { $key } is not a follow-up metric of measure { $id }; its metrics are: { $known }
row-value-not-whole = { $key } is counted in whole numbers, so { $shown } will not do; write e.g. 2
row-value-out-of-range = the value of { $key } must be a number of at least 0 and at most { $max }, not { $value }
row-value-twice = { $key } was given twice; give each metric once
row-control-character = { $field } holds the control character { $code } (at character { $at }); such characters can change what a terminal shows (colours, its title, text turned backwards): remove it
row-measure-unknown-closest = measure { $id } is not in the plan; did you mean { $closest }? `loften measures` lists them all
row-measure-not-in-force = measure { $id } is not in force on { $date }; it runs { $windows }
row-period-outside-validity = the period { $key } lies outside measure { $id }'s validity ({ $windows })
row-not-a-period = { $key } is not a period; write e.g. 2021 (year), 2021-H1 (half-year), 2021-VT or 2021-HT (term), 2021-Q2 (quarter), 2021-T1 (tertial), 2021-03 (month), 2021-W12 (week) or 2021-03-15 (day)
row-count-not-whole = the count { $text } is not a whole number from 1 to { $max }; write e.g. 3 (more than { $max } at once: split it over several rows)
row-value-too-large = values: { $key }={ $value } is larger than { $max }, the largest value loften accepts; check the number
plan-rule-day-and-filters = the rule "{ $label }" has both day and weekdays/months/weeks; write two rules
plan-rule-no-days = the rule "{ $label }" names no days; give day = "..." or weekdays, months or weeks
plan-rule-days-without-day = the rule "{ $label }": days and confirmed belong only to a rule with day
plan-rule-days-out-of-range = the rule "{ $label }": days must be 1–{ $max_rule_days }
plan-rule-months-out-of-range = the rule "{ $label }": months takes months 1–12
plan-rule-weeks-out-of-range = the rule "{ $label }": weeks takes week numbers 1–53
plan-rule-confirmed-twice = the rule "{ $label }" has two confirmed dates for { $year }; one a year
plan-number-too-large = { $part }: the number is far too large: { $found }
plan-wrong-kind = { $part }: { $expected } is wanted here, not { $found }
plan-kind-decimal = a decimal number{ $value }
plan-kind-whole = a whole number{ $value }
plan-kind-text = a text{ $value }
plan-kind-boolean = true or false{ $value }
plan-kind-list = a list [...]{ $value }
plan-kind-table = a table {"{"} ... {"}"}{ $value }
log-file-list = { $first }, { $rest }
log-file-fixed-ansi =
    { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } Windows-1252 → UTF-8
log-file-fixed-times =
    { $dates ->
        [one] { $dates } date
       *[other] { $dates } dates
    } without the time (2021-03-02 00:00 → 2021-03-02)
log-file-fixed-commas =
    { $commas ->
        [one] { $commas } decimal comma
       *[other] { $commas } decimal commas
    } → point
log-file-rewritten =
    { $p }: rewritten in loften's form, all { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } kept ({ $changes }); the old file is kept as { $backup }
log-file-not-rewritten = { $p }: not rewritten: { $why }
log-file-repeated-rows =
    { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } { $rows ->
        [one] appears
       *[other] appear
    } twice with the same id and content (after a git merge?) and { $rows ->
        [one] is
       *[other] are
    } counted once: { $files }; `loften check` shows where
log-file-dialect-semicolons = semicolons (;) between fields
log-file-dialect-tabs = tabs between fields
log-file-dialect-crlf = CRLF line ends (Windows)
log-file-dialect-bom = a byte-order mark (BOM) first
log-file-dialect-ansi =
    { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } in Windows-1252 (ANSI), not UTF-8
log-file-dialect-times =
    { $dates ->
        [one] { $dates } date
       *[other] { $dates } dates
    } with a time (2021-03-02 00:00)
log-file-dialect-commas =
    { $values ->
        [one] { $values } value
       *[other] { $values } values
    } with a decimal comma
log-file-excel-note = the file was saved by Excel or another spreadsheet ({ $found }). Its rows are read and counted, but loften log will not add to it until it is rewritten: run `loften repair` (a backup is kept)
log-file-first-line-not-header = its first line is not loften's header line
log-file-foreign-form = { $p } is not in loften's form ({ $what }; saved by Excel?), so a new row could not be read back. Nothing was written. Run `loften repair` (it rewrites the file and keeps a backup), then run the command again
store-kind-folder = a folder
store-kind-block-device = a block device (a disk)
store-kind-socket = a socket
store-kind-not-regular = not a regular file
store-out-refused-kind = --out { $shown } is { $kind }, which loften does not replace; choose an ordinary file name, e.g. --out follow-up.xlsx
row-excuse-wrong-kind = the measure is followed up per { $per }, so excusing { $key } would change nothing; excuse { $one }, e.g. { $example }, as status shows it
row-period-kind =
    { $kind ->
        [day] day
        [week] week
        [month] month
        [tertial] tertial
        [quarter] quarter
        [term] term
        [half-year] half-year
        [year] year
        [validity] validity
       *[other] { $kind }
    }
row-period-kind-one =
    { $kind ->
        [day] a day
        [week] a week
        [month] a month
        [tertial] a tertial
        [quarter] a quarter
        [term] a term
        [half-year] a half-year
        [year] a year
        [validity] a validity
       *[other] { $kind }
    }
row-field-measure = measure
row-field-who = who
row-field-place = place
row-field-note = note
row-field-target = target
row-field-values = values
row-field-voids = voids
row-field-excuses = excuses
row-kind-personnummer = a Swedish personnummer
row-kind-samordningsnummer = a Swedish samordningsnummer
row-personal-number = { $field } holds { $kind } (at character { $at }); the logs are shared plain text (shared folders, spreadsheets), and identities belong in the case systems (ärendesystemen): remove the number
error-io = { $action }: { $reason }
error-output = could not write the output: { $reason }
error-plan-has-errors = the plan has errors; correct them (loften check lists them all) and try again
error-workspace-has-errors = the workspace cannot be read; correct it (see docs/area-view.md) or name the folder with --dir
flag-problem = { $flag }: { $problem }

## (end of problems)

## Outputs (render/, report, words/)

# Periods and their kinds (words/periods.rs)
period-kind = { $kind ->
    [day] day
    [week] week
    [month] month
    [tertial] tertial
    [quarter] quarter
    [term] term
    [half-year] half-year
    [year] year
   *[validity] validity
}
period-month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
period-month-abbrev = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
period-week = week { $week } { $year }
period-month = { $month } { $year }
period-tertial = T{ $tertial } { $year }
period-quarter = Q{ $quarter } { $year }
period-term = { $term ->
    [1] spring term { $year }
   *[2] autumn term { $year }
}
period-half-year = H{ $half } { $year }

# Frequencies, the promise in words (words/frequency.rs)
frequency-max-gap = { $weeks ->
    [one] at most { $weeks } week between occasions
   *[other] at most { $weeks } weeks between occasions
}
frequency-every-shift = every shift ({ $percent } % of shifts per { $per })
frequency-on-trigger-within = { $days ->
    [one] each { $trigger } answered within { $days } day (per { $per })
   *[other] each { $trigger } answered within { $days } days (per { $per })
}
frequency-on-trigger-same = each { $trigger } answered in the same { $per }
frequency-as-needed = as needed, no target
frequency-soft = { $rule } (approximate target)
frequency-per-period = per { $kind }
frequency-per-validity = during the validity
frequency-quota = { $counting ->
    [days] { $n ->
        [one] at least { $n } day { $per }
       *[other] at least { $n } days { $per }
    }
    [weeks] { $n ->
        [one] at least { $n } week { $per }
       *[other] at least { $n } weeks { $per }
    }
    [weeks-of-days] { $n ->
        [one] at least { $n } week of at least { $days } days { $per }
       *[other] at least { $n } weeks of at least { $days } days { $per }
    }
    [targets] { $n ->
        [one] at least { $n } distinct target { $per }
       *[other] at least { $n } distinct targets { $per }
    }
   *[occasions] at least { $n } { $per }
}
frequency-for-each-target = { $words } for each target
frequency-aim = { $words }, aiming at { $aim }
frequency-average-over = { $words } on average over the { $over }
frequency-within = { $words }, within { $set }
frequency-of-which = { $words }, of which at least { $n } { $target }

# States and the domain's values in words (words.rs)
state-met = met
state-on-track = on track
state-behind = behind
state-missed = missed
state-no-target = no target
state-not-in-force = not in force
state-excused = excused
state-explain-met = green: the target was reached
state-explain-missed = red: the target was not reached
state-explain-behind = red: the period is running and the pace is short of the target
state-explain-on-track = blue: the period is running and the pace will reach the target
state-explain-excused = amber: the period was excused, with a reason (e.g. a major incident)
state-explain-no-target = grey: done as needed; the plan sets no number to reach, so it is neither kept nor missed
state-explain-not-in-force = grey: the measure was not in force in the period
period-kind-counted = { $count ->
    [one] { $kind ->
        [day] day
        [week] week
        [month] month
        [tertial] tertial
        [quarter] quarter
        [term] term
        [half-year] half-year
        [year] year
        [validity] validity
       *[interval] interval
    }
   *[other] { $kind ->
        [day] days
        [week] weeks
        [month] months
        [tertial] tertials
        [quarter] quarters
        [term] terms
        [half-year] half-years
        [year] years
        [validity] validity windows
       *[interval] intervals
    }
}
word-next-due = next due { $due }
word-overdue-since = { $days ->
    [one] overdue since { $due } ({ $days } day)
   *[other] overdue since { $due } ({ $days } days)
}
word-triggers-none-due = nothing due in { $period }
word-triggers-answered = { $answered } of { $total } answered in time in { $period }
word-triggers-with-counts = { $words }, { $counts }
word-triggers-overdue = { $n } overdue
word-triggers-late = { $n } answered late
word-triggers-open = { $n } open
word-list-more = { $list }, { $next }
word-unreadable-not-counted = { $rows ->
    [one] { $rows } row of the log could not be read and is not counted; `loften check` shows where and why
   *[other] { $rows } rows of the log could not be read and are not counted; `loften check` shows where and why
}
word-unreadable-left-out = { $rows ->
    [one] { $rows } row of the log could not be read and is left out; `loften check` shows where and why
   *[other] { $rows } rows of the log could not be read and are left out; `loften check` shows where and why
}
word-progress = { $id }: { $progress }
word-progress-and-due = { $words }; { $due }
word-progress-of-which-open = of which { $target }: { $done } of { $at_least } (still open)
word-progress-and-open = { $words }; { $open }
word-progress-no-shifts = { $done } in { $period } (no shifts recorded yet)
word-progress-of-shifts = { $shifts ->
    [one] { $done } of { $shifts } shift in { $period }
   *[other] { $done } of { $shifts } shifts in { $period }
}
word-progress-of-target = { $done } of { $target } in { $period }
word-progress-done = { $done } in { $period }
word-aim-reached = { $words } (aim { $aim }, reached)
word-aim = { $words } (aim { $aim })
word-record = { $met } of { $ended } { $unit } met
word-record-aim-reached = { $words }, aim reached in { $n }
word-record-excused = { $words }, { $n } excused
word-wanted-increase = should rise
word-wanted-decrease = should fall
word-goal-level = { $comparison ->
    [at-least] at least { $level }
    [at-most] at most { $level }
    [above] above { $level }
   *[below] below { $level }
}
word-goal-comparison = { $comparison ->
    [at-least] at least
    [at-most] at most
    [above] above
   *[below] below
}
word-goal-baseline = { $goal } ({ $year }: { $value })
word-goal-baseline-not-logged = { $goal } ({ $year }: not logged)
word-goal-judged = { $goal }: { $state }
word-goal-met = met
word-goal-not-met = not met
word-goal-not-yet-measurable = not yet measurable
word-mark-partial = partial
word-as-the-plan-wants = as the plan wants
word-not-as-the-plan-wants = not as the plan wants

# The status table, its grid and the police-area summary (render/status.rs)
status-needed-more = { $needed } more
status-needed-out-of-reach = { $words } (out of reach)
status-needed-at-pace = { $words }, { $pace }
status-pace-per = { $unit ->
    [day] about { $per } a day
    [set-day] about { $per } a day of the date set
   *[week] about { $per } a week
}
status-pace-every = { $unit ->
    [day] about 1 every { $every } days
    [set-day] about 1 every { $every } days of the date set
   *[week] about 1 every { $every } weeks
}
status-ended = ended { $end }
status-ended-in = ended { $end }: { $period }
status-covered = covered: { $covered }
status-covered-not-yet = covered: { $covered }; not yet: { $missing }
status-sub-quota-behind = { $target } ({ $done }/{ $at_least }, expected { $expected })
status-title = status on { $at }
status-metrics-heading = Follow-up, year to date against the same days last year ({ $at })
status-column-id = id
status-column-measure = measure
status-column-when = when (plan)
status-column-period = period
status-column-done-target = done/target
status-column-expected = expected
status-column-state = state
status-column-needed = needed
status-column-missing = missing
status-column-this-year = this year
status-compact-missing = missing: { $missing }
status-compact-needed-missing = { $needed }; missing: { $missing }
status-metric-column-metric = metric
status-metric-column-this-year = this year
status-metric-column-last-year = last year
status-metric-column-trend = trend
status-metric-column-goal = goal
status-area-title = The area's agreements — status on { $at }
status-area-column-municipality = municipality
status-area-column-data-folder = data folder
status-area-total = total
grid-outcome-periods = { $met } of { $ended }
grid-outcome-expected = { $outcome }, expected { $expected }
grid-legend-compact =
    one mark per month: ✓ met  ✗ missed  ~ partial  – excused  · none
    1–9 (+ for more): done in a month not judged on its own
grid-legend = ✓ met  ✗ missed  ~ partial  – excused; the number is done in the measure's unit
grid-metrics-heading = Follow-up up to { $until } against the same days a year earlier
grid-column-total = total
grid-column-outcome = outcome

# The yearly report's content (report.rs)
report-label-follow-up = Follow-up
report-label-parties = Parties
report-label-focus-areas = Focus areas
report-label-effects = Effects sought
report-label-measure = Measure
report-label-promise = The promise (the plan's words)
report-label-what = What
report-label-done = Done
report-label-periods = Periods
report-label-state = State
report-label-metric = Metric
report-label-year-before = Year before
report-label-trend = Trend
report-label-wanted = The plan wants
report-label-cumulative = so far this year
report-label-per-month = Done per month
report-label-signed = Signed
report-label-made-with = Compiled with loften from the plan and the activity log.
report-label-chart-values = The chart's values as a table
report-label-month = Month
report-label-so-far = So far this year
report-label-target-per-month = Target per month
report-label-target-for-year = Target for the year
report-label-target = Target
report-label-outcome = Outcome
report-label-bar-legend = The bars: ✓ met, ✗ missed, ~ partial, – excused; the number is the count done.
report-summary-kept = { $judged ->
    [one] { $kept } of { $judged } promise was kept in { $year }
   *[other] { $kept } of { $judged } promises were kept in { $year }
}
report-summary-so-far = { $judged ->
    [one] So far in { $year }: { $kept } of { $judged } promise met
   *[other] So far in { $year }: { $kept } of { $judged } promises met
}
report-summary-on-track = { $words }, { $n } on track
report-summary-no-target = { $n } without a target (done as needed)
report-summary-excused = { $n } excused
report-summary-not-in-force = { $n } not in force
report-summary-besides = { $words }; { $besides }
report-sentence = { $words }.
report-subtitle = Follow-up { $year }
report-subtitle-until = Follow-up { $year } up to { $day }
report-day = { $day } { $month } { $year }
report-done = { $done } done
# The plan's label as written, or as it reads inside a sentence.
report-metric-label = { $in_sentence ->
   *[any] { $label }
}
report-metric-and-goal = { $moved } (goal { $goal })
report-metric-now = { $label }: { $now }
report-metric-zero-as-before = { $label }: 0, as the year before
report-metric-rose = { $label } rose from { $before } to { $now }
report-metric-fell = { $label } fell from { $before } to { $now }
report-metric-unchanged = { $label } stayed at { $now }
report-metric-as-wanted = { $moved }, as the plan wants
report-metric-wanted-rise = { $moved }, but the plan wants it to rise
report-metric-wanted-fall = { $moved }, but the plan wants it to fall
report-not-in-force = The measure was not in force in { $year }
report-as-needed = The promise has no number; { $done } in the year
report-excused = The period is excused ({ $reason }); { $done }
report-year-under-way = The year is under way: { $done } so far
report-kept-yearly = The promise was kept: { $counted } of { $target } done
report-not-kept-yearly = The promise was not kept: { $counted } of { $target } done
report-done-in-year = { $done } in the year
report-kept-periods = The promise was kept { $met } of { $ended } { $unit }
report-aim-reached = the aim of { $aim } was reached
report-aim-not-reached = the aim of { $aim } was not reached
report-aim-reached-periods = the aim of { $aim } was reached { $reached } of { $ended } { $unit }
report-triggers-in = in { $period }: { $counts }
report-target-added = { $target } added { $date }
report-covered = covered: { $covered }
report-missing = missing: { $missing }
report-chart-what = { $title }, done per month
report-chart-of-target = { $done } of the target { $target } in the year
report-chart-one-month = { $n } in { $month }
report-chart-every-month = { $n } every month
report-chart-extremes = lowest in { $lowest }: { $low }, highest in { $highest }: { $high }

# The report in HTML (render/html.rs)
# The language code of the HTML document (<html lang="…">).
html-lang = en
html-summary = Summary
html-summary-column-measure = Measure
html-summary-column-promise = The promise
html-summary-column-done = Done
html-summary-column-outcome = Outcome
html-summary-column-state = State
html-every-measure = Every measure
html-what-the-states-mean = What the states mean

# The workbook's headings as people read them (render/export.rs, render/xlsx.rs)
export-column-date = date
export-column-measure = measure
export-column-count = count
export-column-target = target
export-column-other-values = other values
export-column-who = who
export-column-place = place
export-column-note = note
export-column-recorded-at = recorded at
export-column-id = id
export-column-until = until
export-column-answers = answers
xlsx-sheet-activities = Activities
xlsx-sheet-activities-more = Activities{ $number }
xlsx-sheet-voided = Voided
xlsx-sheet-follow-up = Follow-up
xlsx-sheet-summary = Summary
xlsx-voided-column-kind = kind
xlsx-voided-column-values = values
xlsx-voided-column-note-or-reason = note or reason
xlsx-voided-column-voids = voids
xlsx-voided-column-excuses = excuses period
xlsx-kind-voided-row = voided row
xlsx-kind-void = void
xlsx-kind-excuse = excuse
xlsx-kind-activity = activity
xlsx-follow-up-legend = The number is what was done in the month in the measure's own unit (occasions, days, days of the date set, weeks or targets reached), so that the total is the year's done; for measures with a monthly target it shows done/target (11/10), and only done counts in the total. Green: met, red: missed, yellow: partial or excused. Done/target on the right is the measure's latest period.
xlsx-follow-up-no-year = No year of the agreement lies in the chosen span.
xlsx-follow-up-year-until = { $year } (up to { $until })
xlsx-too-big = the workbook would pass the 4 GiB an xlsx file holds without ZIP64; export a shorter span with --from and --to, or choose --format csv
xlsx-unexpected-workbook = the workbook came out of rust_xlsxwriter in a shape loften does not know ({ $what }); nothing was written. Please report this; --format csv exports the same rows
xlsx-follow-up-column-total = total
xlsx-follow-up-column-done-target = done/target
xlsx-follow-up-periods-met = { $met } of { $ended }
xlsx-column-outcome = outcome
xlsx-column-state = state
xlsx-summary-column-year = year
xlsx-summary-column-focus-area = focus area
xlsx-summary-column-when = when (plan)
xlsx-summary-column-target-in-words = target in words
xlsx-summary-column-done = done
xlsx-summary-column-periods-met = periods met
xlsx-summary-column-periods-ended = periods ended
xlsx-summary-column-metric = metric
xlsx-summary-column-this-year = this year
xlsx-summary-column-year-before = year before
xlsx-summary-column-trend = trend
xlsx-summary-column-wanted = wanted

# The sign between a number's whole part and its decimals (formatting, not words).
word-decimal-sign = .

# The HTML report's charts and tables named for screen readers (render/html.rs)
html-chart-values-of = { $title }: the chart's values as a table
html-metrics-of = { $title }: metrics against the year before
html-chart-target = target { $target }

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
help-lang = Output language; by default from LC_ALL, LC_MESSAGES or LANG (Swedish when it starts with "sv") [possible values: { $codes }]
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

cmd-measures-column-id = id
cmd-measures-column-measure = measure
cmd-measures-column-focus-area = focus area
cmd-measures-column-frequency = frequency
cmd-measures-column-responsible = responsible
cmd-measures-column-valid = valid

## (end of commands)
