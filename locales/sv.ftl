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
help-lang = Språk för utskrifter: sv eller en; annars från LC_ALL, LC_MESSAGES eller LANG (svenska när det börjar med "sv").
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

cmd-measures-column-measure = åtgärd
cmd-measures-column-focus-area = fokusområde
cmd-measures-column-frequency = frekvens
cmd-measures-column-responsible = ansvarig
cmd-measures-column-valid = gäller

## (end of commands)
