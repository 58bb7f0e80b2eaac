#!/usr/bin/env bash
# Installs what the tests need, builds everything, runs every test project and ends with
# one line "N passed, N failed". Exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium; browser tests will fail"
fi

results=TestResults
rm -rf "$results"
mkdir -p "$results"

if ! dotnet build Workflows.Blazor.sln --nologo -v q -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0
failed=0
for project in tests/*.Tests/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" --no-build --nologo -v q \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results/$name" 2>&1 | grep -vE '^\s*$' | tail -n 25
  trx="$results/$name/$name.trx"
  if [ -f "$trx" ]; then
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
    f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
    total=$(echo "$counters" | sed -n 's/.* total="\([0-9]*\)".*/\1/p')
    executed=$(echo "$counters" | sed -n 's/.* executed="\([0-9]*\)".*/\1/p')
    # Tests that never ran (a crashed host) count as failed.
    f=$(( ${f:-0} + ${total:-0} - ${executed:-0} ))
    passed=$(( passed + ${p:-0} ))
    failed=$(( failed + f ))
  else
    echo "$name produced no results"
    failed=$(( failed + 1 ))
  fi
done

# Benchmarks are not tests, but a benchmark that no longer runs is a defect: each runs once at a tiny size.
echo "== Benchmarks (each once, at a tiny size)"
smoke="$results/benchmarks-smoke.log"
dotnet run --project tests/Workflows.Benchmarks --no-build -- smoke >"$smoke" 2>&1
grep -E '^PASS ' "$smoke"
grep -A 25 -E '^FAIL ' "$smoke"
counts=$(sed -n 's/^smoke-result passed=\([0-9]*\) failed=\([0-9]*\)$/\1 \2/p' "$smoke")
if [ -n "$counts" ]; then
  passed=$(( passed + ${counts% *} ))
  failed=$(( failed + ${counts#* } ))
else
  echo "the benchmark smoke run ended without its result"
  tail -n 40 "$smoke"
  failed=$(( failed + 1 ))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
