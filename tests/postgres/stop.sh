#!/usr/bin/env bash
# Stops the cluster tests/postgres/start.sh started in FOLDER and deletes the folder.
# Usage: stop.sh FOLDER
set -uo pipefail
folder=${1:?usage: stop.sh FOLDER}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -n "$bin" ] && [ -f "$folder/data/postmaster.pid" ]; then
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null
  else "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null; fi
fi
rm -rf "$folder"
