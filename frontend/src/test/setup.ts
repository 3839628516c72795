// Element Plus validates forms with async-validator, which logs every failed rule to the console
// in development builds; the specs assert on the messages shown instead.
;(globalThis as Record<string, unknown>).ASYNC_VALIDATOR_NO_WARNING = true
