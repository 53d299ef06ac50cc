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

## (end of commands)
