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
period-kinds = { $kind ->
    [day] days
    [week] weeks
    [month] months
    [tertial] tertials
    [quarter] quarters
    [term] terms
    [half-year] half-years
    [year] years
   *[validity] validity windows
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

## (end of commands)
