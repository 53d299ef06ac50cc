# loftens meddelanden på svenska.
#
# Ett meddelande per mening, hela meningar, med namngivna variabler
# ({ $name }) och pluralformer. Varje katalog i locales/ har samma id och
# variabler (ett test kontrollerar det). Se CONTRIBUTING.md.

## Tests of the catalog itself

test-rows = { $rows ->
    [one] { $rows } rad i { $file }
   *[other] { $rows } rader i { $file }
}
test-wrap = fel: { $inner }

## Problems in the plan and the logs (plan/, validate, log_audit, personnummer, store/, settings, flags, day_words, error)

## (end of problems)

## Outputs (render/, report, words/)

# Periods and their kinds (words/periods.rs)
period-kind = { $kind ->
    [day] dag
    [week] vecka
    [month] månad
    [tertial] tertial
    [quarter] kvartal
    [term] termin
    [half-year] halvår
    [year] år
   *[validity] giltighetstid
}
period-kinds = { $kind ->
    [day] dagar
    [week] veckor
    [month] månader
    [tertial] tertial
    [quarter] kvartal
    [term] terminer
    [half-year] halvår
    [year] år
   *[validity] giltighetstider
}
period-month-name = { $month ->
    [1] januari
    [2] februari
    [3] mars
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] augusti
    [9] september
    [10] oktober
    [11] november
   *[12] december
}
period-month-abbrev = { $month ->
    [1] jan
    [2] feb
    [3] mar
    [4] apr
    [5] maj
    [6] jun
    [7] jul
    [8] aug
    [9] sep
    [10] okt
    [11] nov
   *[12] dec
}
period-week = v. { $week } { $year }
period-month = { $month } { $year }
period-tertial = T{ $tertial } { $year }
period-quarter = kv{ $quarter } { $year }
period-term = { $term ->
    [1] VT { $year }
   *[2] HT { $year }
}
period-half-year = H{ $half } { $year }

# Frequencies, the promise in words (words/frequency.rs)
frequency-max-gap = { $weeks ->
    [one] högst { $weeks } vecka mellan tillfällena
   *[other] högst { $weeks } veckor mellan tillfällena
}
frequency-every-shift = varje arbetspass ({ $percent } % av passen per { $per })
frequency-on-trigger-within = { $days ->
    [one] varje { $trigger } besvaras inom { $days } dag (per { $per })
   *[other] varje { $trigger } besvaras inom { $days } dagar (per { $per })
}
frequency-on-trigger-same = varje { $trigger } besvaras samma { $per }
frequency-as-needed = vid behov, inget mål
frequency-soft = { $rule } (ungefärligt mål)
frequency-per-period = per { $kind }
frequency-per-validity = under giltighetstiden
frequency-quota = { $counting ->
    [days] { $n ->
        [one] minst { $n } dag { $per }
       *[other] minst { $n } dagar { $per }
    }
    [weeks] { $n ->
        [one] minst { $n } vecka { $per }
       *[other] minst { $n } veckor { $per }
    }
    [weeks-of-days] { $n ->
        [one] minst { $n } vecka med minst { $days } dagar { $per }
       *[other] minst { $n } veckor med minst { $days } dagar { $per }
    }
    [targets] { $n ->
        [one] minst { $n } mål { $per }
       *[other] minst { $n } olika mål { $per }
    }
   *[occasions] minst { $n } { $per }
}
frequency-for-each-target = { $words } för varje mål
frequency-aim = { $words }, ambition { $aim }
frequency-average-over = { $words } i snitt över { $over }
frequency-within = { $words }, under { $set }
frequency-of-which = { $words }, varav minst { $n } { $target }

# States and the domain's values in words (words.rs)
state-met = uppfyllt
state-on-track = i fas
state-behind = efter
state-missed = missat
state-no-target = inget mål
state-not-in-force = gäller ej
state-excused = undantaget
state-explain-met = grön: målet nåddes
state-explain-missed = röd: målet nåddes inte
state-explain-behind = röd: perioden pågår och takten räcker inte för målet
state-explain-on-track = blå: perioden pågår och takten räcker för målet
state-explain-excused = gulbrun: perioden undantogs med ett skäl (t.ex. en stor händelse)
state-explain-no-target = grå: åtgärden görs vid behov; planen sätter inget antal att nå, så den varken hålls eller missas
state-explain-not-in-force = grå: åtgärden gällde inte under perioden
# "0 av 1 månader uppfyllda": Swedish keeps the plural after "av".
period-kind-counted = { $count ->
   *[other] { $kind ->
        [day] dagar
        [week] veckor
        [month] månader
        [tertial] tertial
        [quarter] kvartal
        [term] terminer
        [half-year] halvår
        [year] år
        [validity] giltighetstider
       *[interval] intervall
    }
}
word-next-due = nästa senast { $due }
word-overdue-since = { $days ->
    [one] försenat sedan { $due } ({ $days } dag)
   *[other] försenat sedan { $due } ({ $days } dagar)
}
word-triggers-none-due = inget att besvara i { $period }
word-triggers-answered = { $answered } av { $total } besvarade i tid i { $period }
word-triggers-with-counts = { $words }, { $counts }
word-triggers-overdue = { $n ->
    [one] { $n } obesvarad och försenad
   *[other] { $n } obesvarade och försenade
}
word-triggers-late = { $n ->
    [one] { $n } besvarad sent
   *[other] { $n } besvarade sent
}
word-triggers-open = { $n ->
    [one] { $n } öppen
   *[other] { $n } öppna
}
word-list-more = { $list }, { $next }
word-unreadable-not-counted = { $rows ->
    [one] { $rows } rad i loggen kunde inte läsas och räknas inte; `loften check` visar var och varför
   *[other] { $rows } rader i loggen kunde inte läsas och räknas inte; `loften check` visar var och varför
}
word-unreadable-left-out = { $rows ->
    [one] { $rows } rad i loggen kunde inte läsas och är inte med; `loften check` visar var och varför
   *[other] { $rows } rader i loggen kunde inte läsas och är inte med; `loften check` visar var och varför
}
word-progress = { $id }: { $progress }
word-progress-and-due = { $words }; { $due }
word-progress-of-which-open = varav { $target }: { $done } av { $at_least } (öppet)
word-progress-and-open = { $words }; { $open }
word-progress-no-shifts = { $done } i { $period } (inga arbetspass registrerade än)
word-progress-of-shifts = { $shifts ->
    [one] { $done } av { $shifts } pass i { $period }
   *[other] { $done } av { $shifts } pass i { $period }
}
word-progress-of-target = { $done } av { $target } i { $period }
word-progress-done = { $done } i { $period }
word-aim-reached = { $words } (ambition { $aim }, nådd)
word-aim = { $words } (ambition { $aim })
word-record = { $met } av { $ended } { $unit } uppfyllda
word-record-aim-reached = { $words }, ambitionen nådd i { $n }
word-record-excused = { $words }, { $n } undantagna
word-wanted-increase = ska öka
word-wanted-decrease = ska minska
word-goal-level = { $comparison ->
    [at-least] minst { $level }
    [at-most] högst { $level }
    [above] över { $level }
   *[below] under { $level }
}
word-goal-comparison = { $comparison ->
    [at-least] minst
    [at-most] högst
    [above] över
   *[below] under
}
word-goal-baseline = { $goal } ({ $year }: { $value })
word-goal-baseline-not-logged = { $goal } ({ $year }: ej loggat)
word-goal-judged = { $goal }: { $state }
word-goal-met = uppfyllt
word-goal-not-met = ej uppfyllt
word-goal-not-yet-measurable = ej mätbart än
word-mark-partial = delvis
word-as-the-plan-wants = som planen vill
word-not-as-the-plan-wants = inte som planen vill

# The status table, its grid and the police-area summary (render/status.rs)
status-needed-more = { $needed } till
status-needed-out-of-reach = { $words } (går inte att nå)
status-needed-at-pace = { $words }, { $pace }
status-pace-per = { $unit ->
    [day] ca { $per } per dag
    [set-day] ca { $per } per dag i datummängden
   *[week] ca { $per } per vecka
}
status-pace-every = { $unit ->
    [day] ca 1 per { $every } dagar
    [set-day] ca 1 per { $every } dagar i datummängden
   *[week] ca 1 per { $every } veckor
}
status-ended = slutade { $end }
status-ended-in = slutade { $end }: { $period }
status-covered = täckta: { $covered }
status-covered-not-yet = täckta: { $covered }; ännu inte: { $missing }
status-sub-quota-behind = { $target } ({ $done }/{ $at_least }, väntat { $expected })
status-title = status { $at }
status-metrics-heading = Uppföljning hittills i år mot samma period i fjol ({ $at })
status-column-id = id
status-column-measure = åtgärd
status-column-when = när (planen)
status-column-period = period
status-column-done-target = gjort/mål
status-column-expected = väntat
status-column-state = läge
status-column-needed = behövs
status-column-missing = saknas
status-column-this-year = året
status-compact-missing = saknas: { $missing }
status-compact-needed-missing = { $needed }; saknas: { $missing }
status-metric-column-metric = mått
status-metric-column-this-year = i år
status-metric-column-last-year = i fjol
status-metric-column-trend = trend
status-metric-column-goal = mål
status-area-title = Områdets avtal — läge { $at }
status-area-column-municipality = kommun
status-area-column-data-folder = datamapp
status-area-total = summa
grid-outcome-periods = { $met } av { $ended }
grid-outcome-expected = { $outcome }, väntat { $expected }
grid-legend-compact =
    ett tecken per månad: ✓ uppfyllt  ✗ missat  ~ delvis  – undantaget  · inget
    1–9 (+ för fler): gjort en månad som inte bedöms för sig
grid-legend = ✓ uppfyllt  ✗ missat  ~ delvis  – undantaget; siffran är gjort i åtgärdens enhet
grid-metrics-heading = Uppföljning till och med { $until } mot samma period året före
grid-column-total = summa
grid-column-outcome = utfall

# The yearly report's content (report.rs)
report-label-follow-up = Uppföljning
report-label-parties = Parter
report-label-focus-areas = Fokusområden
report-label-effects = Effekter som eftersträvas
report-label-measure = Åtgärd
report-label-promise = Löftet (planens ord)
report-label-what = Vad
report-label-done = Gjort
report-label-periods = Perioder
report-label-state = Läge
report-label-metric = Mått
report-label-year-before = Året före
report-label-trend = Trend
report-label-wanted = Planen vill
report-label-cumulative = hittills under året
report-label-per-month = Gjort per månad
report-label-signed = Undertecknat
report-label-made-with = Sammanställt med loften ur planen och aktivitetsloggen.
report-label-chart-values = Diagrammets värden som tabell
report-label-month = Månad
report-label-so-far = Hittills under året
report-label-target-per-month = Mål per månad
report-label-target-for-year = Mål för året
report-label-target = Mål
report-label-outcome = Utfall
report-label-bar-legend = Staplarna: ✓ uppfyllt, ✗ missat, ~ delvis, – undantaget; siffran är antal gjorda.
report-summary-kept = { $judged ->
    [one] { $kept } av { $judged } löfte hölls { $year }
   *[other] { $kept } av { $judged } löften hölls { $year }
}
report-summary-so-far = { $judged ->
    [one] Hittills { $year }: { $kept } av { $judged } löfte uppfyllt
   *[other] Hittills { $year }: { $kept } av { $judged } löften uppfyllda
}
report-summary-on-track = { $words }, { $n } i fas
report-summary-no-target = { $n } utan mål (görs vid behov)
report-summary-excused = { $n } undantagna
report-summary-not-in-force = { $n } gällde inte
report-summary-besides = { $words }; { $besides }
report-sentence = { $words }.
report-subtitle = Uppföljning { $year }
report-subtitle-until = Uppföljning { $year } till och med { $day }
report-day = { $day } { $month } { $year }
report-done = { $done ->
    [one] { $done } genomförd
   *[other] { $done } genomförda
}
# The plan's label as it reads inside a Swedish sentence ("antalet
# anmälningar"), not as written ({ $label }).
report-metric-label = { $label ->
   *[any] { $in_sentence }
}
report-metric-and-goal = { $moved } (mål { $goal })
report-metric-now = { $label }: { $now }
report-metric-zero-as-before = { $label }: 0, liksom året före
report-metric-rose = { $label } ökade från { $before } till { $now }
report-metric-fell = { $label } minskade från { $before } till { $now }
report-metric-unchanged = { $label } var oförändrat, { $now }
report-metric-as-wanted = { $moved }, som planen vill
report-metric-wanted-rise = { $moved }, men planen vill att det ska öka
report-metric-wanted-fall = { $moved }, men planen vill att det ska minska
report-not-in-force = Åtgärden gällde inte { $year }
report-as-needed = Löftet har inget mål i siffror; { $done } under året
report-excused = Perioden är undantagen ({ $reason }); { $done }
report-year-under-way = Året pågår: { $done } hittills
report-kept-yearly = Löftet hölls: { $counted } av { $target } genomförda
report-not-kept-yearly = Löftet hölls inte: { $counted } av { $target } genomförda
report-done-in-year = { $done } under året
report-kept-periods = Löftet hölls { $met } av { $ended } { $unit }
report-aim-reached = ambitionen { $aim } nåddes
report-aim-not-reached = ambitionen { $aim } nåddes inte
report-aim-reached-periods = ambitionen { $aim } nåddes { $reached } av { $ended } { $unit }
report-triggers-in = i { $period }: { $counts }
report-target-added = { $target } tillagd { $date }
report-covered = täckta: { $covered }
report-missing = saknades: { $missing }
report-chart-what = { $title }, gjort per månad
report-chart-of-target = { $done } av målet { $target } under året
report-chart-one-month = { $n } i { $month }
report-chart-every-month = { $n } varje månad
report-chart-extremes = lägst i { $lowest }: { $low }, högst i { $highest }: { $high }

# The report in HTML (render/html.rs)
# The language code of the HTML document (<html lang="…">).
html-lang = sv
html-summary = Sammanfattning
html-summary-column-measure = Åtgärd
html-summary-column-promise = Löftet
html-summary-column-done = Gjort
html-summary-column-outcome = Utfall
html-summary-column-state = Läge
html-every-measure = Alla åtgärder
html-what-the-states-mean = Så läses lägena

# The workbook's headings as people read them (render/export.rs, render/xlsx.rs)
export-column-date = datum
export-column-measure = åtgärd
export-column-count = antal
export-column-target = mål
export-column-other-values = övriga värden
export-column-who = vem
export-column-place = plats
export-column-note = anteckning
export-column-recorded-at = registrerad
export-column-id = id
export-column-until = till och med
export-column-answers = besvarar
xlsx-sheet-activities = Aktiviteter
xlsx-sheet-activities-more = Aktiviteter{ $number }
xlsx-sheet-voided = Makuleringar
xlsx-sheet-follow-up = Uppföljning
xlsx-sheet-summary = Sammanfattning
xlsx-voided-column-kind = slag
xlsx-voided-column-values = värden
xlsx-voided-column-note-or-reason = anteckning eller skäl
xlsx-voided-column-voids = makulerar
xlsx-voided-column-excuses = undantar period
xlsx-kind-voided-row = makulerad rad
xlsx-kind-void = makulering
xlsx-kind-excuse = undantag
xlsx-kind-activity = aktivitet
xlsx-follow-up-legend = Siffran är gjort i månaden i åtgärdens egen enhet (tillfällen, dagar, dagar i datummängden, veckor eller mål nådda), så att summan är årets gjort; för åtgärder med mål per månad visas gjort/mål (11/10), och bara gjort räknas i summan. Grönt: uppfyllt, rött: missat, gult: delvis eller undantaget. Gjort/mål till höger är åtgärdens senaste period.
xlsx-follow-up-no-year = Inga år av avtalet ligger i det valda intervallet.
xlsx-follow-up-year-until = { $year } (till och med { $until })
xlsx-follow-up-column-total = summa
xlsx-follow-up-column-done-target = gjort/mål
xlsx-follow-up-periods-met = { $met } av { $ended }
xlsx-column-outcome = utfall
xlsx-column-state = läge
xlsx-summary-column-year = år
xlsx-summary-column-focus-area = fokusområde
xlsx-summary-column-when = när (planen)
xlsx-summary-column-target-in-words = mål i ord
xlsx-summary-column-done = gjort
xlsx-summary-column-periods-met = perioder uppfyllda
xlsx-summary-column-periods-ended = perioder avslutade
xlsx-summary-column-metric = mått
xlsx-summary-column-this-year = i år
xlsx-summary-column-year-before = året före
xlsx-summary-column-trend = trend
xlsx-summary-column-wanted = önskat

# The sign between a number's whole part and its decimals (formatting, not words).
word-decimal-sign = ,

# The HTML report's charts and tables named for screen readers (render/html.rs)
html-chart-values-of = { $title }: diagrammets värden som tabell
html-metrics-of = { $title }: mått mot året före
html-chart-target = mål { $target }

## (end of outputs)

## Commands and help (cmd/, cli_words, main)

## (end of commands)
