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

# Every test process and every app it starts skips the runtime's write-xor-execute mapping of new code: the tests start
# the app some 150 times, each start compiles thousands of methods, and on a virtual machine each of those page-protection
# changes costs a TLB flush: without it the app tests spent a fifth less system time. Production keeps the default.
export DOTNET_EnableWriteXorExecute=0

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
# Runs one test project (optionally under a name of its own and a filter) and adds its counts to the totals.
run_tests() {
  local project=$1 name=${2:-$(basename "$1" .csproj)} filter=${3:-}
  echo "== $name"
  dotnet test "$project" --no-build --nologo -v q ${filter:+--filter "$filter"} \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results/$name" 2>&1 | grep -vE '^\s*$' | tail -n 25
  local trx="$results/$name/$name.trx"
  if [ -f "$trx" ]; then
    local counters p f total executed
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
    f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
    total=$(echo "$counters" | sed -n 's/.* total="\([0-9]*\)".*/\1/p')
    executed=$(echo "$counters" | sed -n 's/.* executed="\([0-9]*\)".*/\1/p')
    # Tests that never ran (a crashed host) count as failed.
    f=$(( ${f:-0} + ${total:-0} - ${executed:-0} ))
    passed=$(( passed + ${p:-0} ))
    failed=$(( failed + f ))
    [ "$f" -gt 0 ] && tests/failures.sh "$trx"
  else
    echo "$name produced no results"
    failed=$(( failed + 1 ))
  fi
}

# Tests that need PostgreSQL itself (trait Needs=Postgres) run in the PostgreSQL pass below, not in the SQLite pass.
for project in tests/*.Tests/*.csproj; do
  run_tests "$project" "" "Needs!=Postgres"
done

# The benchmark smoke keeps about one core busy: it runs beside the PostgreSQL tests rather than after them.
smoke="$results/benchmarks-smoke.log"
dotnet run --project tests/Workflows.Benchmarks --no-build -- smoke >"$smoke" 2>&1 &
smoke_pid=$!

# The app's API, store, runner and knowledge tests once more against a real PostgreSQL, each app on a database of its
# own in a private cluster. A cluster that cannot start fails the run with its reason: nothing is skipped silently.
echo "== Workflows.Blazor.Tests on PostgreSQL"
postgres_folder=$(mktemp -d /tmp/wf-postgres.XXXXXX)
if postgres=$(tests/postgres/start.sh "$postgres_folder"); then
  WORKFLOWS_TEST_POSTGRES=$(echo "$postgres" | tail -n 1) run_tests tests/Workflows.Blazor.Tests/Workflows.Blazor.Tests.csproj \
    Workflows.Blazor.Tests.Postgres "$(grep -v '^#' tests/postgres/classes.txt | grep . | paste -sd '|')"
  # The benchmarks that measure PostgreSQL (runner throughput with one and two instances), once at a tiny size.
  WORKFLOWS_TEST_POSTGRES=$(echo "$postgres" | tail -n 1) dotnet run --project tests/Workflows.Benchmarks --no-build -- smoke postgres \
    >"$results/benchmarks-smoke-postgres.log" 2>&1
else
  echo "PostgreSQL could not start, so the PostgreSQL tests could not run (the reason is above)"
  failed=$(( failed + 1 ))
fi
tests/postgres/stop.sh "$postgres_folder"

# Benchmarks are not tests, but a benchmark that no longer runs is a defect: each runs once at a tiny size.
# Adds one smoke run's counts (from its log) to the totals.
count_smoke() {
  local log=$1 counts
  grep -E '^PASS ' "$log"
  grep -A 25 -E '^FAIL ' "$log"
  counts=$(sed -n 's/^smoke-result passed=\([0-9]*\) failed=\([0-9]*\)$/\1 \2/p' "$log")
  if [ -n "$counts" ]; then
    passed=$(( passed + ${counts% *} ))
    failed=$(( failed + ${counts#* } ))
  else
    echo "the benchmark smoke run ended without its result"
    tail -n 40 "$log"
    failed=$(( failed + 1 ))
  fi
}
echo "== Benchmarks (each once, at a tiny size)"
wait "$smoke_pid"
count_smoke "$smoke"
# Without a cluster the PostgreSQL smoke did not run; the failure above already says why.
[ -f "$results/benchmarks-smoke-postgres.log" ] && count_smoke "$results/benchmarks-smoke-postgres.log"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
