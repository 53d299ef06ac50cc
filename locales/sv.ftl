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

compliance-date-set-misses-periods = varning: { $id }: datummängden "{ $set_id }" har ingen dag i { $named }; de perioderna bedöms inte, så löftet kan inte hållas där. Lägg till deras datum i [[date_set]] "{ $set_id }"
compliance-date-set-unconfirmed-years = varning: datummängden "{ $set_id }": "{ $label }" har inget bekräftat datum för { $years }, så de åren saknar de dagarna. Lägg till datumen i confirmed = [...]
day-not-a-date = { $typed } är inget datum; skriv t.ex. idag, igår, i förrgår, fredag, i fredags eller 2021-03-12
error-could-not-read = kunde inte läsa { $p }
error-could-not-write = kunde inte skriva { $p }
flag-year-four-digits = { $flag } { $typed }: skriv året med fyra siffror, t.ex. { $flag } 2021
flag-period-example = { $flag } { $typed }: skriv t.ex. { $flag } { $example }
audit-conflict-copy-by-tool = filen är en konfliktkopia från { $tool }: två datorer ändrade årsfilen samtidigt. Dess rader räknas (rader som står likadana i årsfilen räknas en gång), men flytta raderna som saknas i årsfilen dit och ta sedan bort den här filen
audit-conflict-copy-name = filen heter inte ÅÅÅÅ.csv: det ser ut som en konfliktkopia från en synktjänst (OneDrive, Dropbox, Nextcloud) eller en kopia sparad i logs/. Dess rader räknas, men kan vara dubbletter: flytta raderna som saknas till årsfilen (t.ex. logs/2021.csv) och ta bort filen
audit-row-in-wrong-year-file = raden har datumet { $date } men står i { $name }: den räknas på sitt datum, men hör hemma i { $right }.csv; flytta raden dit
audit-recorded-at-not-a-time = recorded_at: { $recorded } är ingen tidpunkt som 2021-03-02T10:11:12+01:00 (ändrad i ett kalkylprogram?); rätta den eller lämna den tom
audit-column-nul-bytes = kolumnen { $column } innehåller NUL-tecken (en fil skadad av en krasch eller en synktjänst?); ta bort dem eller skriv in raden igen
audit-column-at-excel-limit = kolumnen { $column } är exakt { $excel_cell_limit } tecken, Excels gräns för en cell: texten klipptes troligen av när filen sparades i Excel; hämta hela texten från en säkerhetskopia eller git
audit-row-twice = raden står redan, likadan, på { $at } (id { $id }); en git-sammanslagning (merge=union) eller en konfliktkopia kan upprepa rader. Den räknas en gång; ta bort den här raden
audit-id-reused = id { $id } finns redan på { $at }, med annat innehåll; båda raderna räknas. Ge den här raden ett nytt id (eller ta bort den om den är fel), och makulera inte id:t förrän det är rättat
audit-already-excused = { $measure } är redan undantagen för { $key } på { $at }; ta bort den här raden (eller makulera den med loften void)
audit-void-of-a-void = raden makulerar { $voided }, som själv är en makulering; det görs inte (en makulering kan inte ångras med en ny): ska den makulerade raden räknas igen, logga aktiviteten på nytt
audit-void-of-nothing = raden makulerar { $voided }, men ingen läsbar rad har det id:t; kontrollera id:t, om raden kan läsas (se ovan) eller om den finns i en fil som inte är med
audit-answers-no-event = raden besvarar { $named }, men ingen rad av händelsen { $kind } har det id:t; den räknas som ett svar utan namngiven händelse. Kontrollera id:t (loften log { $kind } skriver ut det)
plan-whole-number-out-of-range = { $key } måste vara ett heltal från 1 till { $max }, inte { $n }
plan-key-not-of-kind = nyckeln { $key } hör inte till kind = { $rule }; ta bort den eller byt kind
plan-kind-needs-key = kind = { $rule_name } kräver nyckeln { $key }
plan-average-over-too-short = average_over = "{ $over }" måste vara en längre kalenderperiod som består av hela perioder per = "{ $per }"
plan-counting-targets-conflict = counting = "targets" räknar olika mål och går inte ihop med each_target eller of_which
plan-aim-out-of-range = aim måste vara större än at_least ({ $at_least }) och högst { $max_quota }, inte { $aim }; aim är ambitionen ovanför löftet
plan-aim-with-each-target = aim går inte ihop med each_target
plan-days-per-week-needs-weeks = days_per_week hör till counting = "weeks"
plan-share-out-of-range = share måste vara ett tal större än 0 och högst 1 (1 = varje pass), inte { $share }
plan-on-trigger-per = kind = "on-trigger" bedöms per kalenderperiod; välj per = "month", "quarter", "year" ...
plan-too-many-measures = planen har fler än { $max_measures } åtgärder; en plan har några dussin: är det rätt fil?
plan-unknown-top-key = okänd nyckel { $other } överst i planen; tillåtna är: { $top_keys }
plan-no-agreement = planen saknar avsnittet [agreement] (avtalet: titel, kommun, start, slut)
plan-no-measures = planen har inga åtgärder; lägg till minst ett [[measure]]
plan-unknown-key = okänd nyckel { $key } i { $part }; tillåtna är: { $expected }
plan-missing-key = { $part } saknar nyckeln { $key }; lägg till den
plan-unknown-value = { $part }: okänt värde { $value }; tillåtna är: { $expected }
plan-not-a-date = { $part }: { $value } är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2021-03-02
plan-nested-too-deeply = värden inuti varandra i för många nivåer ({ $raw }); en plan behöver bara några få: rätta raden
plan-toml-syntax-error = TOML-syntaxfel: { $raw }; rätta raden
plan-other-error = { $part }: { $raw }
plan-must-be-tables = { $key } ska skrivas som [[{ $key2 }]]-tabeller
plan-id-not-ascii = { $what }-id { $id } ska vara ASCII med små bokstäver, siffror och bindestreck (t.ex. "info-tillgrepp")
plan-agreement-ends-before-start = avtalets slut { $end } ligger före dess start { $start }
plan-agreement-too-long = avtalet { $start } – { $end } löper längre än { $max_agreement_years } år; ett medborgarlöfte gäller några år: rätta slutdatumet
plan-id-used-twice = id { $id } finns redan; varje id får bara finnas en gång
plan-date-set-empty = datummängden { $id } har varken dates eller rules; ange dagarna som dates = [{"{"} from, until, label {"}"}] eller regler som rules = [{"{"} day = "midsommarafton", label = ... {"}"}]
plan-date-range-backwards = datumintervallet "{ $label }" slutar { $until } före sin början { $from }
plan-id-reserved = id "{ $shift_id }" är reserverat för arbetspass i loggen; välj ett annat
plan-validity-outside-agreement = giltigheten { $from } – { $until } är tom eller ligger utanför avtalet { $start } – { $end }
plan-baseline-year-too-late = baseline.year { $year } ska vara ett år före avtalet (det börjar { $start }); ett år i avtalet jämförs redan med året före
plan-baseline-value-negative = baseline.value måste vara ett tal, minst 0
plan-goal-one-kind = goal tar precis en av change_percent, at_least, at_most
plan-goal-change-needs-baseline = goal.change_percent ({ $p } %) jämförs med en baseline; lägg till baseline = {"{"} year = ..., value = ... {"}"}
plan-goal-change-out-of-range = goal.change_percent måste vara en ändring i procent, inte 0 och minst -100, inte { $p }
plan-goal-level-negative = goal: nivån måste vara ett tal, minst 0
plan-target-id-invalid = mål-id { $id } får inte vara tomt eller innehålla mellanslag, styrtecken eller kommatecken
plan-added-outside-agreement = added { $added } ligger utanför avtalet ({ $start } – { $end })
plan-each-target-without-targets = åtgärden "{ $id }" räknar varje mål (each_target = true) men har inga targets; lägg till targets = [...]
plan-trigger-id-taken = trigger-id "{ $id }" är redan en åtgärds id eller arbetspass; en händelse som ska besvaras behöver ett eget id
plan-shifts-not-on-trigger = arbetspass besvaras med kind = "every-shift", inte on-trigger
plan-trigger-undefined = händelsen "{ $name }" används men är inte definierad; lägg till [[trigger]] med id = "{ $name }" och name = "..."
plan-date-set-undefined = datummängden "{ $name }" används men är inte definierad; lägg till [[date_set]] med id = "{ $name }"
plan-target-undefined = målet "{ $name }" används men finns inte i åtgärdens targets
plan-measure-versions-overlap = åtgärden "{ $id }" finns redan med överlappande giltighet ({ $start } – { $end }); en ny version av en åtgärd behöver valid = {"{"} from = ..., until = ... {"}"} som inte överlappar den gamla
plan-focus-area-undefined = fokusområdet "{ $focus_area }" finns inte i [[agreement.focus_area]]; kända: { $known }
plan-party-undefined = parten { $party } finns inte i [[agreement.party]]; kända: { $known }
flag-not-a-date = { $what }: { $value } är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2021-03-02
flag-dir-and-workspace = både --dir och --workspace { $f } anger datamappar; ange det ena (LOFTEN_DIR räknas som --dir)
flag-dir-before-and-after = --dir står både före och efter kommandot, och då gäller bara de efter; skriv alla efter kommandot, t.ex. loften status --dir norsjo --dir mala
flag-several-folders = { $n } datamappar angavs{ $from }: { $list }; bara `loften status` läser flera, det här kommandot arbetar i en: ange den med --dir, t.ex. --dir { $first }
store-out-folder-missing = { $shown }: mappen { $f } finns inte; skapa den först eller välj en annan fil med --out
store-out-is-folder = { $shown } är en mapp; ange ett filnamn med --out, t.ex. --out { $shown }/uppfoljning.xlsx
store-out-not-regular = { $shown } är ingen vanlig fil (en länk, en mapp eller en enhet); loften skriver inte om den
store-out-dangling-link = --out { $shown } är en symbolisk länk som inte pekar på en befintlig vanlig fil; loften skriver genom en länk bara till en sådan, och ersätter aldrig länken: välj en annan fil
store-out-in-data-folder = --out { $t }: filen får inte ligga i { $f }, där loften läser varje fil som data (den kunde ersätta loggen eller planen); välj en annan mapp
log-file-link-outside = { $l } är en symbolisk länk som leder ut ur datamappen { $d }; loften skriver bara i datamappen. Inget skrevs. Ersätt länken med en vanlig mapp eller fil (kopiera in innehållet)
log-file-disk-full = kunde inte skriva { $p }, och inget registrerades: disken eller den delade mappen är full; frigör utrymme (eller kontrollera den delade mappen) och kör kommandot igen
log-file-no-permission = kunde inte skriva { $p }, och inget registrerades: du saknar skrivrätt eller mappen är skrivskyddad; kontrollera behörigheten till mappen och kör kommandot igen
log-file-write-failed = kunde inte skriva { $p }, och inget registrerades; kontrollera disken eller den delade mappen och kör kommandot igen
log-file-old-columns = { $p } skrevs före kolumnerna until och answers, som den här raden behöver. Inget skrevs. Kör `loften repair` (den lägger till kolumnerna och sparar en säkerhetskopia) och kör sedan kommandot igen
log-file-row-bad-csv = raden kan inte läsas som CSV; kontrollera citattecknen
log-file-no-header = filen saknar rubrikraden; raderna läses, men loften log skriver inte till filen förrän `loften repair` har lagt till den (eller lägg själv till den som första rad: { $expected })
log-file-semicolon-header = filen kunde inte läsas: rubrikraden är avgränsad med semikolon men har inte loftens kolumner { $expected } (kolumner borttagna, omdöpta eller flyttade i Excel?). Ingen av filens rader räknas förrän rubrikraden och kolumnerna är rättade; en säkerhetskopia eller git har den tidigare versionen
log-file-wrong-header = filen kunde inte läsas: första raden ska vara rubrikraden { $expected }; ingen av filens rader räknas förrän den är rättad
log-file-row-torn = raden är avbruten: den har bara { $n } av { $width } kolumner (en skrivning som avbröts av en krasch eller full disk, eller en redigering som tappade en del). Den räknas inte; skriv in aktiviteten igen med loften log om den behövs, och ta sedan bort raden
log-file-row-width-quotes =
    raden har { $n ->
        [one] { $n } kolumn
       *[other] { $n } kolumner
    }, inte { $width }; en text med kommatecken behöver citattecken runt sig
log-file-conflict-marker = en konfliktmarkering från git ({ $marker }): en sammanslagning lämnades olöst. Ta bort raderna <<<<<<<, ======= och >>>>>>> och behåll båda sidornas rader, kör sedan `git add` på filen och `git commit`; `loften init` sätter merge=union i .gitattributes så att det inte händer igen
log-file-column-not-utf8 = kolumnen { $column } är inte UTF-8 (sparad som ANSI/Windows-1252?); spara filen som CSV UTF-8
log-file-fixed-semicolons = semikolon → komma
log-file-fixed-tabs = tabbar → komma
log-file-fixed-crlf = radslut CRLF → LF
log-file-fixed-bom = byte-order mark borttagen
log-file-fixed-header = rubrikraden tillagd
log-file-fixed-columns = kolumnerna until och answers tillagda
log-file-already-in-form = { $p }: redan i loftens form; inget ändrat
log-file-row-width =
    raden har { $n ->
        [one] { $n } kolumn
       *[other] { $n } kolumner
    }, inte { $width }
log-file-row-no-id = raden saknar id (första kolumnen); varje rad behöver ett unikt id
log-file-row-no-measure = raden saknar åtgärd (kolumnen measure)
log-file-date-not-a-date = date: { $date } är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2021-03-02
log-file-until-not-a-date = until: { $text } är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2021-03-08
log-file-until-before-date = until ({ $last }) ligger före date ({ $date }); ett spann går från date till until
log-file-values-bad-pair = values: { $pair } ska skrivas NAMN=TAL, t.ex. anmalningar=2 beslag=12.5
log-file-unreadable-files =
    { $count ->
        [one] filen { $files } kunde inte läsas (rubrikraden är fel) och ingen av dess rader räknas
       *[other] filerna { $files } kunde inte läsas (rubrikraderna är fel) och ingen av deras rader räknas
    }; `loften check` visar varför
log-file-conflict-files =
    { $count ->
        [one] filen
       *[other] filerna
    } { $files } har konfliktmarkeringar från git (<<<<<<<): en sammanslagning lämnades olöst; `loften check` visar var och vad du gör
log-file-excel-files =
    { $files } är { $count ->
        [one] sparad
       *[other] sparade
    } av Excel: raderna räknas, men loften log skriver inte till { $count ->
        [one] filen
       *[other] filerna
    } förrän `loften repair` har skrivit om { $count ->
        [one] den
       *[other] dem
    }
store-no-plan-folder = { $f } finns inte: { $d } är ingen datamapp för loften; skapa en med `loften init { $d }` eller ange rätt mapp med --dir
store-no-plan-file = { $f } innehåller ingen plan (*.toml); lägg planen där eller skapa en ny datamapp med `loften init`
store-agreements-overlap = avtalet { $ls } – { $le } överlappar avtalet i { $ef } ({ $es } – { $ee }); avtal i samma datamapp följer på varandra: låt det här börja efter { $ee } eller korta det tidigare
store-plan-not-utf8 = filen är inte UTF-8; spara den som UTF-8 i din editor
store-plan-too-large = { $f } är större än { $mb } MB; en plan är några tiotal kB: är det rätt fil?
store-workspace-bad = { $raw }; en arbetsyta skrivs folders = ["norsjo", "mala"]
store-workspace-empty = folders är tom; lista datamapparna, t.ex. folders = ["norsjo", "mala"]
store-workspace-too-many = folders listar fler än { $max_folders } mappar; dela upp arbetsytan
store-workspace-bad-name = mappen { $name } är tom eller innehåller styrtecken; skriv mappens namn
store-workspace-folder-twice = mappen { $name } står redan i listan; ta bort den ena
row-voids-and-excuses = raden har både voids och excuses; en rad makulerar eller undantar, inte båda
row-answers-without-events = { $id } besvarar inga händelser (kind = "on-trigger" i planen), så raden besvarar ingen (--answers, kolumnen answers)
row-baseline-needs-values = en rad för basåret { $year } ger värden: --value NYCKEL=TAL för { $id }s mått
row-baseline-span-past-year = en rad för basåret { $year } slutar inom året
row-baseline-values-only = en rad för basåret { $year } ger bara värden: utan --count, --target och --answers
row-no-baseline-to-log = { $key } har ingen basårsrad { $year } att logga (planen ger värdet eller inget basår); utelämna den
row-event-has-no-target = { $id } är en händelse som ska besvaras; den har en dag, ett antal, vem, plats och anteckning, men inget mål, inga värden, inget --until och inget --answers. Svaret loggas med åtgärden som besvarar den
row-span-backwards = spannet slutar ({ $last }) före det börjar ({ $first }); --until är den sista dagen
row-span-too-long = ett spann är högst { $max_span_days } dagar; logga längre insatser som flera rader
row-shift-no-target = ett arbetspass har inget mål och inga värden; logga aktiviteten med `loften log ÅTGÄRD`
row-excuse-needs-note = ett undantag behöver ett skäl i note
row-date-after-agreement = datumet { $date } ligger efter avtalets slut: avtalet löpte ut { $end }; börja nästa avtal med loften init --next
row-date-outside-agreement = datumet { $date } ligger utanför avtalet ({ $start } – { $end }); kontrollera datumet
row-date-in-future = datumet { $date } ligger i framtiden (i dag är det { $today }); logga det som har gjorts, när det är gjort
row-count-zero = antalet måste vara ett heltal, minst 1, inte 0
row-target-needed-distinct = åtgärden { $id } räknar olika mål; ange vilket med --target (ett namn utan mellanslag, t.ex. restaurang-ankaret)
row-target-bad-name = målet { $t } är inget giltigt namn: bokstäver, siffror, -, _ och . utan mellanslag, högst 64 tecken
row-target-needed = åtgärden { $id } räknas per mål; ange vilket med --target, ett av: { $known }
row-target-not-wanted = åtgärden { $id } har inga mål, men målet { $t } angavs; utelämna --target
row-target-unknown = målet { $t } finns inte för åtgärden { $id }; välj ett av: { $known }
row-value-not-wanted = åtgärden { $id } följs inte upp med några värden, men { $key } angavs; utelämna --value
row-value-unknown-metric = { $key } är inget uppföljningsmått för åtgärden { $id }; måtten är: { $known }
row-value-not-whole = { $key } räknas i hela tal, så { $shown } går inte; skriv t.ex. 2
row-value-out-of-range = värdet för { $key } måste vara ett tal, minst 0 och högst { $max }, inte { $value }
row-value-twice = { $key } angavs två gånger; ange varje mått en gång
row-control-character = { $field } innehåller styrtecknet { $code } (vid tecken { $at }); sådana tecken kan ändra vad en terminal visar (färger, rubrik, text åt fel håll): ta bort det
row-measure-unknown-closest = åtgärden { $id } finns inte i planen; menade du { $closest }? `loften measures` listar alla
row-measure-not-in-force = åtgärden { $id } gäller inte { $date }; den gäller { $windows }
row-period-outside-validity = perioden { $key } ligger utanför åtgärden { $id }:s giltighet ({ $windows })
row-not-a-period = { $key } är ingen period; skriv t.ex. 2021 (år), 2021-H1 (halvår), 2021-VT eller 2021-HT (termin), 2021-Q2 (kvartal), 2021-T1 (tertial), 2021-03 (månad), 2021-W12 (vecka) eller 2021-03-15 (dag)
row-count-not-whole = antalet { $text } är inget heltal från 1 till { $max }; skriv t.ex. 3 (fler än { $max } på en gång: dela upp på flera rader)
row-value-too-large = values: { $key }={ $value } är större än { $max }, det största värde loften tar emot; kontrollera talet
plan-rule-day-and-filters = regeln "{ $label }" har både day och weekdays/months/weeks; skriv två regler
plan-rule-no-days = regeln "{ $label }" säger inga dagar; ange day = "..." eller weekdays, months eller weeks
plan-rule-days-without-day = regeln "{ $label }": days och confirmed hör bara till en regel med day
plan-rule-days-out-of-range = regeln "{ $label }": days måste vara 1–{ $max_rule_days }
plan-rule-months-out-of-range = regeln "{ $label }": months tar månader 1–12
plan-rule-weeks-out-of-range = regeln "{ $label }": weeks tar veckonummer 1–53
plan-rule-confirmed-twice = regeln "{ $label }" har två bekräftade datum för { $year }; ett per år
plan-number-too-large = { $part }: talet är alldeles för stort: { $found }
plan-wrong-kind = { $part }: här ska stå { $expected }, inte { $found }
plan-kind-decimal = ett decimaltal{ $value }
plan-kind-whole = ett heltal{ $value }
plan-kind-text = en text{ $value }
plan-kind-boolean = true eller false{ $value }
plan-kind-list = en lista [...]{ $value }
plan-kind-table = en tabell {"{"} ... {"}"}{ $value }
log-file-list = { $first }, { $rest }
log-file-fixed-ansi =
    { $rows ->
        [one] { $rows } rad
       *[other] { $rows } rader
    } Windows-1252 → UTF-8
log-file-fixed-times = { $dates } datum utan klockslag (2021-03-02 00:00 → 2021-03-02)
log-file-fixed-commas =
    { $commas ->
        [one] { $commas } decimalkomma
       *[other] { $commas } decimalkommor
    } → punkt
log-file-rewritten =
    { $p }: omskriven i loftens form, alla { $rows ->
        [one] { $rows } rad
       *[other] { $rows } rader
    } kvar ({ $changes }); den gamla filen finns kvar som { $backup }
log-file-not-rewritten = { $p }: inte omskriven: { $why }
log-file-repeated-rows =
    { $rows ->
        [one] { $rows } rad
       *[other] { $rows } rader
    } står två gånger med samma id och innehåll (efter en git-sammanslagning?) och räknas en gång: { $files }; `loften check` visar var
log-file-dialect-semicolons = semikolon (;) mellan fälten
log-file-dialect-tabs = tabbar mellan fälten
log-file-dialect-crlf = radslut CRLF (Windows)
log-file-dialect-bom = en byte-order mark (BOM) först
log-file-dialect-ansi =
    { $rows ->
        [one] { $rows } rad
       *[other] { $rows } rader
    } i Windows-1252 (ANSI), inte UTF-8
log-file-dialect-times = { $dates } datum med klockslag (2021-03-02 00:00)
log-file-dialect-commas =
    { $values ->
        [one] { $values } värde
       *[other] { $values } värden
    } med decimalkomma
log-file-excel-note = filen är sparad av Excel eller ett annat kalkylprogram ({ $found }). Raderna läses och räknas, men loften log skriver inte till filen förrän den är omskriven: kör `loften repair` (en säkerhetskopia sparas)
log-file-first-line-not-header = första raden är inte loftens rubrikrad
log-file-foreign-form = { $p } är inte i loftens form ({ $what }; sparad av Excel?), så en ny rad kunde inte läsas tillbaka. Inget skrevs. Kör `loften repair` (den skriver om filen och sparar en säkerhetskopia) och kör sedan kommandot igen
store-kind-folder = en mapp
store-kind-block-device = en blockenhet (en disk)
store-kind-socket = en socket
store-kind-not-regular = ingen vanlig fil
store-out-refused-kind = --out { $shown } är { $kind }, som loften inte skriver över; välj ett vanligt filnamn, t.ex. --out uppfoljning.xlsx
row-excuse-wrong-kind = åtgärden följs upp per { $per }, så ett undantag för { $key } ändrar ingenting; undanta { $one }, t.ex. { $example }, som status visar den
row-period-kind =
    { $kind ->
        [day] dag
        [week] vecka
        [month] månad
        [tertial] tertial
        [quarter] kvartal
        [term] termin
        [half-year] halvår
        [year] år
        [validity] giltighetstid
       *[other] { $kind }
    }
row-period-kind-one =
    { $kind ->
        [day] en dag
        [week] en vecka
        [month] en månad
        [tertial] ett tertial
        [quarter] ett kvartal
        [term] en termin
        [half-year] ett halvår
        [year] ett år
        [validity] en giltighetstid
       *[other] { $kind }
    }
row-field-measure = åtgärden
row-field-who = uppgiften om vem
row-field-place = platsen
row-field-note = anteckningen
row-field-target = målet
row-field-values = måttets nyckel
row-field-voids = makuleringen
row-field-excuses = undantaget
row-kind-personnummer = ett personnummer
row-kind-samordningsnummer = ett samordningsnummer
row-personal-number = { $field } innehåller { $kind } (vid tecken { $at }); loggarna är delad klartext (delade mappar, kalkylblad), och identiteter hör hemma i ärendesystemen: ta bort numret
error-io = { $action }: { $reason }
error-output = kunde inte skriva utdata: { $reason }
error-plan-has-errors = planen har fel; rätta dem (loften check visar alla) och försök igen
error-workspace-has-errors = arbetsytan kan inte läsas; rätta den (se docs/area-view.md) eller ange mappen med --dir
flag-problem = { $flag }: { $problem }

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
xlsx-too-big = arbetsboken skulle bli större än de 4 GiB en xlsx-fil rymmer utan ZIP64; exportera en kortare tid med --from och --to, eller välj --format csv
xlsx-unexpected-workbook = arbetsboken kom ut ur rust_xlsxwriter i en form som loften inte känner igen ({ $what }); inget skrevs. Rapportera gärna detta; --format csv exporterar samma rader
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
cli-usage = Användning:
cli-options-placeholder = [FLAGGOR]
cli-heading-arguments = Argument
cli-heading-options = Flaggor
cli-heading-commands = Kommandon
cli-value-command = KOMMANDO
cli-value-date = DATUM
cli-value-dialect = DIALEKT
cli-value-dir = MAPP
cli-value-folder = MAPP
cli-value-file = FIL
cli-value-format = FORMAT
cli-value-id = ID
cli-value-key-num = NAMN=TAL
cli-value-lang = SPRÅK
cli-value-measure = ÅTGÄRD
cli-value-n = N
cli-value-name = NAMN
cli-value-period = PERIOD
cli-value-place = PLATS
cli-value-shell = SKAL
cli-value-target = MÅL
cli-value-text = TEXT
cli-value-who = VEM
cli-value-year = ÅR
cli-value-year-n = ÅR-N
cli-error = fel: { $message }
cli-error-unknown-command = okänt kommando '{ $value }'
cli-error-unknown-argument = okänd flagga eller okänt argument '{ $arg }'
cli-error-missing = det här måste anges men saknas: { $args }
cli-error-missing-command = ett kommando måste anges
cli-error-needs-value = '{ $arg }' behöver ett värde
cli-error-invalid-value = ogiltigt värde '{ $value }' för '{ $arg }'
cli-error-conflict = '{ $arg }' kan inte användas tillsammans med '{ $prior }'
cli-error-conflict-other = '{ $arg }' kan inte användas tillsammans med ett annat argument
cli-error-too-many = oväntat värde '{ $value }' för '{ $arg }'
cli-error-wrong-number = fel antal värden för '{ $arg }'
cli-error-other = ogiltig kommandorad ({ $detail })
cli-error-possible-values = möjliga värden: { $values }
cli-tip-command = tips: det finns ett liknande kommando: '{ $name }'
cli-tip-argument = tips: menade du '{ $name }'?
cli-more-help = Mer hjälp: '--help'.
about-help = Visa den här hjälpen eller hjälpen för ett kommando.
help-help = Visa hjälpen.
help-version = Visa versionen.
about-loften = Uppföljning av medborgarlöften: planen som TOML, aktiviteter som CSV, måluppfyllelse per period.
help-dir = Datamappen med plan/ och logs/ (även LOFTEN_DIR) [standard: mapparna i ./loften.toml om den finns, annars den aktuella mappen]; upprepa den för `status` över flera avtal.
help-workspace = En arbetsyta som listar datamappar, `folders = ["norsjo", "mala"]` [standard: ./loften.toml när den finns och ingen --dir ges].
help-lang = Språk för utskrifter: { $codes }; annars från LC_ALL, LC_MESSAGES eller LANG (svenska när det börjar med "sv").
about-init = Skapa en datamapp med planen för ett nytt medborgarlöfte (Norsjös åtgärder som mall).
help-init-folder = Mappen som ska skapas eller fyllas [standard: datamappen].
help-init-municipality = Kommunen i det nya avtalet, t.ex. "Malå kommun"; frågas efter på en terminal om den saknas.
help-init-start = Avtalets första dag, ÅÅÅÅ-MM-DD [standard: 1 januari i år].
help-init-end = Avtalets sista dag, ÅÅÅÅ-MM-DD [standard: 31 december samma år som första dagen].
help-init-empty = En planstomme: en exempelåtgärd och ett kommenterat exempel på varje frekvensform, i stället för Norsjös åtgärder.
help-init-example = Norsjös plan 2019–2023 som den är, för att prova loften på exempeldatan (det avtalet har gått ut).
help-init-next = I en datamapp vars avtal löper ut: planfilen för nästa avtal, den senaste planen kopierad med nya dagar (från dagen efter att det slutar till 31 december, eller --start/--end), bredvid den i plan/.
about-measures = Lista planens åtgärder.
help-list-format = Utdataformat: table (en tabell för människor) eller json (för program) [standard: table].
help-wide = Varje kolumn i full bredd, hur smal terminalen än är.
about-check = Kontrollera planen och loggarna; slutstatus 1 när fel hittas.
about-repair = Skriv om loggfiler som Excel har sparat till loftens form; varje rad och en säkerhetskopia behålls.
about-log = Registrera en aktivitet efter ett pass eller ett möte.
help-log-measure = Åtgärdens id eller namn, oavsett versaler och å/ä/ö (trafikkontroll, Klassrumsbesök); frågas efter när det utelämnas i en terminal.
help-log-date = När det hände: ÅÅÅÅ-MM-DD, idag, igår, i förrgår, en veckodag (den senaste), i fredags [standard: i dag].
help-log-from = Första dagen för en aktivitet som pågår flera dagar; med --until.
help-log-until = Sista dagen, för en aktivitet som pågår flera dagar (en ungdomsvecka torsdag till onsdag): ett tillfälle, och varje dag räknas för åtgärder som räknar dagar eller veckor; med --from.
help-log-baseline = Året före avtalet vars uppföljningsvärden raden ger, för ett mått vars plan säger baseline = {"{"} year = ÅR {"}"} utan värde: raden täcker hela året.
help-log-answers = För en åtgärd som besvarar händelser (kind = "on-trigger"): id för händelsens rad som detta besvarar [standard: den öppna händelse som ska besvaras först].
help-log-count = Hur många (ett heltal, minst 1) [standard: 1].
help-log-target = Målet som nåddes, för åtgärder med mål (t.ex. åk7).
help-log-values = Ett uppföljningsmått, NYCKEL=TAL (decimalkomma går bra); kan upprepas: --value anmalningar=2 --value beslag=12,5.
help-log-who = Vem (en roll eller ett förnamn; aldrig någon ur allmänheten).
help-log-place = Var.
help-note = En anteckning (inga personuppgifter).
help-dry-run = Kontrollera och visa raden, skriv inget.
about-shift = Registrera ett arbetat pass (för "varje arbetspass").
help-shift-date = När det hände: ÅÅÅÅ-MM-DD, idag, igår, i förrgår, en veckodag (den senaste), i fredags [standard: i dag].
help-shift-count = Hur många pass (t.ex. två poliser) [standard: 1].
help-shift-who = Vem (en roll eller ett förnamn; aldrig någon ur allmänheten).
about-void = Makulera en tidigare rad; raden finns kvar i loggen som spår.
help-void-id = Id för raden som ska makuleras.
help-void-reason = Varför den makuleras.
help-void-who = Vem (en roll eller ett förnamn; aldrig någon ur allmänheten).
about-excuse = Undanta en åtgärds period, med ett skäl.
help-excuse-measure = Åtgärdens id eller namn.
help-excuse-period = Perioden, som status visar dess nyckel: 2021-03, 2021-W12, 2021-T1, 2021-Q2, 2021-VT, 2021-H1, 2021.
help-excuse-reason = Varför perioden undantas (måste anges).
help-excuse-who = Vem (en roll eller ett förnamn; aldrig någon ur allmänheten).
about-status = Visa måluppfyllelsen per åtgärd.
help-status-at = Dagen läget gäller: ÅÅÅÅ-MM-DD eller ett dagord som för log --date (idag, igår, fredag, i fredags) [standard: i dag].
help-status-measures = Bara dessa åtgärder (kan upprepas).
help-status-by-owner = Gruppera efter ansvarig i stället för fokusområde.
help-status-year = Nämndens bild av ett helt år: ett rutnät av åtgärder × månader.
help-status-tertial = Rutnätet för ett tertial, t.ex. 2021-1.
help-status-quarter = Rutnätet för ett kvartal, t.ex. 2021-2.
help-status-fail-if-behind = Slutstatus 1 när någon åtgärd ligger efter (för skript); inte med ett rutnät.
about-export = Exportera aktiviteter och uppföljning till Excel (xlsx), CSV eller JSON.
help-export-format = Filformat: xlsx (arbetsbok), csv (aktiviteterna) eller json (för program) [standard: xlsx].
help-export-from = Bara aktiviteter från och med den dagen (ÅÅÅÅ-MM-DD eller ett dagord); uppföljningen börjar med dess år.
help-export-to = Bara aktiviteter till och med den dagen (ÅÅÅÅ-MM-DD eller ett dagord); uppföljningen som den var känd då [standard: i dag].
help-export-out = Filen som skrivs; `-` skriver CSV eller JSON till standard ut [standard: loften-export-<i dag>.<format> i aktuell mapp].
help-export-excel = CSV-dialekten: sv (det svenska Excel öppnar: BOM, `;`, decimalkomma) eller plain (`,` och decimalpunkt) [standard: sv på svenska].
about-report = Årets uppföljning för allmänheten, som HTML eller Markdown.
help-report-year = Året som rapporteras, t.ex. 2021.
help-report-format = Formatet: html (en fristående webbsida, utskrivbar på A4) eller md (Markdown) [standard: html].
help-report-out = Filen som skrivs [standard: standard ut; även `-`].
about-completions = Skriv ut kompletteringar för skalet.
help-completions-shell = Skalet: bash, zsh, fish, powershell eller elvish.
about-man = Skriv ut manualsidan (roff).

cmd-man-commands = KOMMANDON
cmd-man-options = Flaggor:
cmd-man-name = NAMN
cmd-man-description = BESKRIVNING
cmd-man-options-section = FLAGGOR
cmd-man-example-init = en ny datamapp med Norsjöplanen som mall
cmd-man-example-log = tre trafikkontroller i dag, med två anmälningar
cmd-man-example-status = måluppfyllelsen per åtgärd den dagen
cmd-man-example-year = nämndens rutnät för hela året
cmd-man-example-excuse = undanta en period, med skäl
cmd-man-example-export = arbetsboken för Excel
cmd-man-example-report = årets uppföljning för allmänheten
cmd-man-example-complete = komplettering i bash av åtgärder, mål, mått och perioder ur planen
cmd-man-exit-0 = allt gick bra (status är en rapport: 0 vilka lägena än är)
cmd-man-exit-1 = problem hittades: check, eller status --fail-if-behind med en åtgärd efter
cmd-man-exit-2 = ett fel stoppade kommandot; inget skrevs
cmd-man-env-dir = datamappen, som --dir
cmd-man-env-locale = svenska när den första som är satt börjar med sv
cmd-man-env-columns = bredden tabellerna anpassas till; utan den terminalens bredd, och full bredd i ett rör
cmd-man-env-no-color = ingen färg
cmd-man-env-today = ett datum (ÅÅÅÅ-MM-DD) som står för i dag
cmd-man-env-complete = skalets namn: skriv ut skalets kompletteringskrok
cmd-man-file-plan = planen: avtalet och dess åtgärder
cmd-man-file-logs = aktiviteterna, en fil per år; bara tillägg
cmd-man-file-workspace = en arbetsyta som listar datamappar för status
cmd-man-examples = EXEMPEL
cmd-man-exit-status = SLUTSTATUS
cmd-man-environment = MILJÖ
cmd-man-files = FILER

cmd-area-unknown-measure = --measure { $id }: ingen åtgärd i planerna i { $dirs } har det id:t; `loften --dir MAPP measures` listar en plans id

cmd-ask-cancelled = avbrutet; inget skrevs
cmd-ask-cannot-ask = kunde inte fråga på terminalen ({ $other }); ange åtgärden: loften log ÅTGÄRD
cmd-ask-target-free = Mål (namn utan mellanslag):
cmd-ask-unit-count = antal
cmd-ask-date-help = t.ex. idag, igår, i förrgår, fredag, 2021-03-12; Esc avbryter
cmd-ask-date = Datum:
cmd-ask-measure = Åtgärd (skriv för att söka):
cmd-ask-count-invalid = skriv ett heltal, minst 1
cmd-ask-count = Antal:
cmd-ask-no-target = (inget mål)
cmd-ask-target = Mål:
cmd-ask-whole-number-invalid = skriv ett heltal (t.ex. 2), eller lämna tomt
cmd-ask-number-invalid = skriv ett tal (12 eller 12,5), eller lämna tomt
cmd-ask-number-help = tomt = hoppa över
cmd-ask-note-field = anteckningen
cmd-ask-note = Anteckning (valfri):
cmd-ask-note-help = inga personuppgifter; tomt = ingen
cmd-ask-save = Spara raden?
cmd-ask-yes-or-no = svara j eller n
cmd-ask-summary-measure = Åtgärd:
cmd-ask-summary-values = Värden:
cmd-ask-summary-note = Anteckning:
cmd-ask-select-help = ↑↓ för att flytta, Enter för att välja, skriv för att söka, Esc avbryter
cmd-ask-weekday = { $day ->
    [1] måndag
    [2] tisdag
    [3] onsdag
    [4] torsdag
    [5] fredag
    [6] lördag
   *[7] söndag
}

cmd-check-no-problems = { $file }: inga fel
cmd-check-no-problems-rows-read = { $file } och logs/: inga fel ({ $rows ->
    [one] { $rows } rad lästa
   *[other] { $rows } rader lästa
})
cmd-check-problems-found = { $problems } fel hittades
cmd-check-problems-found-rows-read = { $problems } fel hittades ({ $rows ->
    [one] { $rows } rad lästa
   *[other] { $rows } rader lästa
})

cmd-excuse-reason-empty = --reason är tomt; skriv varför perioden undantas (t.ex. --reason "skolan stängd")
cmd-excuse-already-excused = { $measure } är redan undantagen för { $key } av raden { $id } ({ $at }); inget skrevs. Ska skälet ändras: makulera den raden med loften void och undanta igen
cmd-excuse-done = Undantog { $measure } för { $label } med raden { $id } i { $file }

cmd-export-xlsx-to-stdout = --out -: en xlsx-fil kan inte skrivas till standard ut; ange en fil, t.ex. --out uppfoljning.xlsx, eller välj --format csv eller json
cmd-export-from-after-to = --from { $from } ligger efter --to { $to }; byt plats på dem
cmd-export-written = exporten är skriven till { $file }
cmd-export-repeated-rows = { $rows ->
    [one] { $rows } rad står två gånger med samma id och innehåll (efter en git-sammanslagning?) och är med en gång: { $files }
   *[other] { $rows } rader står två gånger med samma id och innehåll (efter en git-sammanslagning?) och är med en gång: { $files }
}
cmd-export-cut-by-excel = en text är exakt { $limit } tecken, Excels gräns för en cell, och klipptes troligen av när loggen sparades i Excel: { $at }

cmd-init-plan-exists = { $folder } har redan en plan i plan/; inget ändrades. Välj en annan mapp, eller ta bort den gamla planen först om du verkligen vill börja om
cmd-init-made-template = Norsjös åtgärder som mall; ändra dem till er genomförandeplan
cmd-init-made-skeleton = ett skelett med en exempelåtgärd; kommentarerna visar varje form av frekvens
cmd-init-made-example = Norsjös plan 2019–2023 som den är, för exempeldata; det avtalet har löpt ut
cmd-init-created =
    Skapade datamappen { $folder }: planen { $plan } ({ $what }) och en tom logs/.
    Nästa steg: loften --dir { $folder } check, sedan loften --dir { $folder } log
cmd-init-name-the-municipality = ange kommunen: loften init { $folder } --municipality "Malå kommun" (utan terminal kan loften inte fråga); --start och --end anger avtalets dagar (standard: i år), --example skriver Norsjös plan 2019–2023 som den är
cmd-init-municipality-empty = --municipality { $municipality }: skriv kommunens namn, t.ex. "Malå kommun"
cmd-init-ends-before-start = avtalet slutar ({ $end }) före det börjar ({ $start }); ange --end efter --start
cmd-init-cancelled = avbrutet; inget skapades
cmd-init-cannot-ask = kunde inte fråga på terminalen ({ $other }); ange --municipality, --start och --end
cmd-init-not-a-plan = planen för det avtalet skulle inte gå igenom loften check ({ $problems }); inget skapades
cmd-init-ask-start = Avtalets första dag:
cmd-init-ask-end = Avtalets sista dag:
cmd-init-municipality-invalid = skriv kommunens namn
cmd-init-ask-municipality = Kommun:
cmd-init-municipality-help = t.ex. Malå kommun; Esc avbryter
cmd-init-date-help = ÅÅÅÅ-MM-DD
cmd-init-end-before-start = sista dagen kan inte ligga före den första
cmd-init-date-invalid = skriv ÅÅÅÅ-MM-DD, t.ex. 2026-01-01

cmd-init-next-start-too-early = --start { $start }: avtalet i { $file } gäller { $first } – { $last }; nästa avtal börjar efter { $last }; inget ändrades
cmd-init-next-ends-before-start = --end { $end } ligger före början { $start }; inget ändrades
cmd-init-next-not-a-plan = { $file } med dagarna { $start } – { $end } är ingen giltig plan (kör loften check); inget ändrades
cmd-init-next-file-exists = { $file } finns redan; inget ändrades
cmd-init-next-created =
    Skapade { $file }: nästa avtal, { $start } – { $end }, med åtgärderna från { $from }. Ändra titel och åtgärder efter det nya avtalet; id:n som behålls behåller sin historik.
    Nästa steg: loften check

cmd-log-done = Registrerade { $id } i { $file }
cmd-log-baseline-not-a-year = --baseline: { $baseline } är inget år
cmd-log-next-day = Nästa: { $label }, från { $day }.
cmd-log-no-more-days = Planen har inga fler sådana dagar; kommunen lägger till dem i planens [[date_set]] { $id }.
cmd-log-baseline-none = --baseline { $year }: inget mått för { $id } har en basårsrad att logga (baseline = {"{"} year = ... {"}"} utan value i planen). Inget skrevs
cmd-log-baseline-other-year = --baseline { $year }: { $id }s basår i planen är { $years }. Inget skrevs
cmd-log-answers-not-an-event = --answers { $named }: den raden är { $other }, inte en händelse { $kind }; ange id:t som loften log { $kind } skrev ut. Inget skrevs
cmd-log-answers-event-voided = --answers { $named }: den händelsen är makulerad; inget skrevs
cmd-log-answers-after = --answers { $named }: händelsen är från { $happened }, efter svaret { $date }; kontrollera --date. Inget skrevs
cmd-log-answers-unknown-id = --answers { $named }: ingen rad har det id:t; loften log { $kind } skriver ut händelsens id (och `loften status` visar de obesvarade). Inget skrevs
cmd-log-value-form = --value { $flag } ska skrivas NAMN=TAL, t.ex. --value anmalningar=2
cmd-log-value-no-name = --value { $flag } saknar namnet före =; skriv t.ex. --value beslag=12,5
cmd-log-value-not-a-number = --value { $key }: { $value } är inget tal; skriv t.ex. 12 eller 12,5
cmd-log-value-unusable = --value { $key }: { $value } går inte att använda
cmd-log-name-the-measure = ange åtgärden: loften log ÅTGÄRD, t.ex. loften log trafikkontroll --count 3 (utan terminal kan loften inte fråga). Åtgärderna: { $ids }; `loften measures` visar dem
cmd-log-outside-date-set = obs: { $id } räknas bara under { $name }, och { $date } är inte en av dem, så raden räknas inte. { $next }
cmd-log-until = --until: { $problem }

cmd-progress-log-too-large = (loggen är stor, så framstegen visas inte här; se loften status)

cmd-record-dry-run = (provkörning: inget skrevs)
cmd-record-unconfirmed = raden skrevs, men bekräftelsen kunde inte skrivas ut ({ $error })
cmd-record-ambiguous = { $what } { $typed } kan betyda flera: { $list }; skriv ett av dem
cmd-record-what-measure = åtgärden
cmd-record-what-metric = måttet
cmd-record-what-target = målet
cmd-record-refused =
    { $problems }
    Inget skrevs; rätta och försök igen.

cmd-repair-no-log-files = logs/ har inga loggfiler

cmd-report-year-not-begun = --year { $year }: året har inte börjat än
cmd-report-year-outside = --year { $year }: avtalet gäller { $start } – { $end }; välj ett år däremellan
cmd-report-written = rapporten är skriven till { $file }

cmd-shift-done = Registrerade arbetspasset { $id } i { $file }

cmd-status-unknown-measure = --measure { $id }: ingen åtgärd i planen har det id:t; planens id: { $known }
cmd-status-agreement-ended =
    Avtalet för { $town } ({ $start } – { $end }) har löpt ut, så ingen åtgärd gäller i dag ({ $today }).
    Så slutade det: loften status --at { $end } (eller --year { $year })
    Nästa avtal: loften init --next lägger planen för nästa avtal bredvid den här (åtgärder som behåller sina id:n behåller sin historik); loften init NY-MAPP --municipality "{ $town }" börjar i en ny mapp.
cmd-status-agreement-not-begun = Avtalet för { $town } börjar { $start }, så ingen åtgärd gäller ännu i dag ({ $today }). Logga från { $start }; loften measures visar planen.
cmd-status-period-outside = { $label } ligger utanför avtalet ({ $start } – { $end }); välj en period inom det

cmd-void-done = Makulerade { $id } ({ $at }) med raden { $new } i { $file }
cmd-void-just-voided = { $id } makulerades just av { $by } ({ $at }); inget skrevs
cmd-void-unknown-id = ingen rad i logs/ har id:t { $id }; kopiera id:t från radens första kolumn (rader som inte kan läsas visas av loften check)
cmd-void-two-rows = två rader har id:t { $id }: { $first } och { $second }; det går inte att veta vilken som ska makuleras, så inget skrevs. Är de samma rad två gånger (efter en git-sammanslagning): ta bort den ena raden. Annars: ge den ena ett nytt id. Kör sedan loften void igen
cmd-void-is-a-correction = { $id } ({ $at }) är själv en makulering (av { $cancelled }) och kan inte makuleras; ska { $cancelled } räknas igen, logga aktiviteten på nytt
cmd-void-already-voided = { $id } ({ $at }) är redan makulerad av { $by } ({ $by_at }); inget skrevs

cmd-measures-column-id = id
cmd-measures-column-measure = åtgärd
cmd-measures-column-focus-area = fokusområde
cmd-measures-column-frequency = frekvens
cmd-measures-column-responsible = ansvarig
cmd-measures-column-valid = gäller

## (end of commands)
