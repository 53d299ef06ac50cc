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

## (end of commands)
