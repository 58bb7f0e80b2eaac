#!/usr/bin/env bash
# Starts a private PostgreSQL cluster for the tests: Debian's postgresql package (installed when missing), a new data
# folder, a free port on 127.0.0.1. Prints the connection string on its last line; exits non-zero saying why when
# PostgreSQL cannot start. Stop it with tests/postgres/stop.sh and the same folder.
# Usage: start.sh FOLDER
set -uo pipefail
folder=${1:?usage: start.sh FOLDER}

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

bin=$(find_bin)
if [ -z "$bin" ]; then
  echo "Installing PostgreSQL (Debian's postgresql package) for the PostgreSQL tests..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null) >&2
  bin=$(find_bin)
  [ -n "$bin" ] || { echo "PostgreSQL could not be installed (apt-get install postgresql failed)" >&2; exit 1; }
fi

# PostgreSQL refuses to run as root: then the cluster belongs to the package's postgres user.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

rm -rf "$folder"
mkdir -p "$folder"
[ "$(id -u)" -eq 0 ] && chown postgres: "$folder"
if ! as_owner "$bin/initdb" -D "$folder/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1; then
  echo "PostgreSQL's initdb failed:" >&2
  tail -n 20 "$folder/initdb.log" >&2
  exit 1
fi

# A free port: the first of a few random ones that nothing listens on.
for _ in 1 2 3 4 5 6 7 8; do
  port=$(( 20000 + RANDOM % 20000 ))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
done

# Tests trade durability for speed: nothing here must survive a power cut.
options="-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
if ! as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -o "$options" -w -t 60 start >&2; then
  echo "PostgreSQL did not start on 127.0.0.1:$port:" >&2
  tail -n 20 "$folder/server.log" >&2
  exit 1
fi
echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
