#!/usr/bin/env bash
# Prints each failed test of a TRX file with the start of its message and the test's own frames of its stack trace,
# so a failure in CI can be understood from the log alone. Usage: failures.sh FILE.trx
trx=${1:?usage: failures.sh FILE.trx}
awk '
  function unescape(line) {
    gsub(/<\/?(Output|ErrorInfo|Message|StackTrace)>/, "", line)
    gsub(/&lt;/, "<", line); gsub(/&gt;/, ">", line); gsub(/&quot;/, "\"", line); gsub(/&amp;/, "\\&", line)
    return line
  }
  /<UnitTestResult / && /outcome="Failed"/ {
    match($0, /testName="[^"]*"/)
    print "--- FAILED " unescape(substr($0, RSTART + 10, RLENGTH - 11))
    inside = 1; part = ""; shown = 0
    next
  }
  !inside { next }
  /<\/UnitTestResult>/ { inside = 0; next }
  /<Message>/ { part = "message"; shown = 0 }
  /<StackTrace>/ { part = "stack" }
  /<StdOut>/ { part = "" }
  part == "message" && shown < 12 { print unescape($0); shown++ }
  part == "stack" && /Workflows\./ && !/Workflows\.Testing/ { print unescape($0) }
' "$trx"
