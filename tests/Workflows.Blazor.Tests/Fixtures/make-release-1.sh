#!/usr/bin/env bash
# Makes release-1.db: a database of the first release (schema: the Initial migration only) with the demo store, the
# sample workflows, and runs in every state a user leaves behind (completed, waiting on a timer), so upgrade tests can
# check that later migrations lose nothing. Run from any folder, on the commit of the release, after a build:
#     tests/Workflows.Blazor.Tests/Fixtures/make-release-1.sh
# It is kept for the record; the checked-in file is what tests use, and it must never be made again by a later release.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
out="$repo/tests/Workflows.Blazor.Tests/Fixtures/release-1.db"
work="$(mktemp -d)"
trap 'kill "${app_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
app=(dotnet "$repo/src/Workflows.Blazor/bin/Debug/net10.0/Workflows.Blazor.dll")
export Database__Path="$work/workflows.db" Demo__Seed=true ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
cd "$repo"

key="$("${app[@]}" apikey create fixture | tail -n 1)"
"${app[@]}" --urls http://127.0.0.1:5099 & app_pid=$!
until curl -fs http://127.0.0.1:5099/health/live >/dev/null; do sleep 0.2; done
api() { curl -fsS -H "X-Api-Key: $key" -H 'Content-Type: application/json' "$@"; }

for file in assets/workflows/*.json; do
    api -X POST --data-binary "@$file" http://127.0.0.1:5099/api/workflows >/dev/null
done
greeting=$(api -X POST http://127.0.0.1:5099/api/workflows --data-binary '{ "name": "Release 1 greeting", "steps": [
  { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "greet" } },
  { "stepSlug": "greet", "stepType": "action", "config": { "type": "set_variables", "parameters": { "greeting": "Hello {{input.name}}" } }, "nextSteps": { "success": "end" } } ] }' | jq -r .id)
waiting=$(api -X POST http://127.0.0.1:5099/api/workflows --data-binary '{ "name": "Release 1 reminder", "steps": [
  { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "pause" } },
  { "stepSlug": "pause", "stepType": "wait", "config": { "duration": "30 days" }, "nextSteps": { "success": "remind" } },
  { "stepSlug": "remind", "stepType": "action", "config": { "type": "set_variables", "parameters": { "reminded": true } }, "nextSteps": { "success": "end" } } ] }' | jq -r .id)
for name in Ada Grace Linus; do
    api -X POST "http://127.0.0.1:5099/api/workflows/$greeting/runs" --data-binary "{ \"input\": { \"name\": \"$name\" } }" >/dev/null
    api -X POST "http://127.0.0.1:5099/api/workflows/$waiting/runs" --data-binary '{}' >/dev/null
done
until [ "$(sqlite3 "$Database__Path" "SELECT COUNT(*) FROM Executions WHERE Status NOT IN ('Queued','Running')")" = 6 ]; do sleep 0.2; done

kill "$app_pid"; wait "$app_pid" || true
# One self-contained file: the write-ahead log folded in, rollback journal mode, no free pages.
sqlite3 "$Database__Path" "PRAGMA journal_mode = DELETE; VACUUM;" >/dev/null
cp "$Database__Path" "$out"
sqlite3 "$out" "SELECT MigrationId FROM __EFMigrationsHistory; SELECT Status, COUNT(*) FROM Executions GROUP BY Status;"
