#!/usr/bin/env bash
# Follows README.md's "Install as a service" commands word for word, under a temporary root instead of /:
# /opt, /var/lib and /etc become folders of that root, the publish output goes there too, and the app listens on a
# free port. The commands run as root ("sudo" runs its command as it is). Debian's systemctl needs a running systemd,
# which a test machine lacks, so "systemctl" here plays its part: "daemon-reload" does nothing, and
# "enable --now workflows" starts the installed unit's ExecStart as its User, in its WorkingDirectory, with its
# Environment and EnvironmentFile settings, as systemd would. The README's last command must then get "Healthy".
# The service user is created for real (the commands create it) and removed again when this script created it.
# Usage: tests/install/readme-install.sh   (as root, from anywhere; exits non-zero when a step fails)
set -euo pipefail
cd "$(dirname "$0")/../.."

root=$(mktemp -d /tmp/wf-install-XXXXXX)
chmod 755 "$root"
# The folders every Debian system has.
mkdir -p "$root/opt" "$root/var/lib" "$root/etc/systemd/system"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
service_pid=""
user_existed=$(id -u workflows >/dev/null 2>&1 && echo yes || echo no)

cleanup() {
  if [ -n "$service_pid" ]; then kill "$service_pid" 2>/dev/null || true; wait "$service_pid" 2>/dev/null || true; fi
  if [ "$user_existed" = no ] && id -u workflows >/dev/null 2>&1; then userdel workflows; fi
  rm -rf "$root"
}
trap cleanup EXIT

# The same paths as the README's, under the temporary root.
relocate() {
  sed -e "s|/opt/workflows|$root/opt/workflows|g" -e "s|/var/lib/workflows|$root/var/lib/workflows|g" \
      -e "s|/etc/|$root/etc/|g" -e "s|build/linux-x64|$root/build/linux-x64|g" -e "s|127.0.0.1:5080|127.0.0.1:$port|g"
}

sudo() { "$@"; }

systemctl() {
  case "$*" in
    daemon-reload) ;;
    "enable --now workflows") start_unit "$root/etc/systemd/system/workflows.service" ;;
    *) echo "systemctl $*: not part of the README's install" >&2; return 1 ;;
  esac
}

unit_value() { sed -n "s/^$2=//p" "$1"; }

start_unit() {
  local unit=$1 user directory command line
  user=$(unit_value "$unit" User)
  directory=$(unit_value "$unit" WorkingDirectory)
  command=$(unit_value "$unit" ExecStart)
  local environment=()
  while IFS= read -r line; do environment+=("$line"); done < <(unit_value "$unit" Environment)
  local file
  file=$(unit_value "$unit" EnvironmentFile)
  file=${file#-}
  if [ -f "$file" ]; then
    while IFS= read -r line; do [ -n "$line" ] && [ "${line#\#}" = "$line" ] && environment+=("$line"); done < "$file"
  fi
  (cd "$directory" && exec runuser -u "$user" -- env -i PATH=/usr/bin:/bin HOME="$root/var/lib/workflows" "${environment[@]}" "$command") \
    > "$root/service.log" 2>&1 &
  service_pid=$!
}

commands=$(awk '/^<!-- install -->$/ { found = 1; next } found && /^```sh$/ { inside = 1; next } inside && /^```$/ { exit } inside { print }' README.md)
if [ -z "$commands" ]; then
  echo "README.md has no install commands after <!-- install -->" >&2
  exit 1
fi
# The unit is installed as it is; only its paths move under the temporary root, as the commands' do.
mkdir -p "$root/deploy"
relocate < deploy/workflows.service > "$root/deploy/workflows.service"

while IFS= read -r command; do
  echo "+ $command"
  relocated=$(echo "$command" | relocate | sed -e "s|deploy/workflows.service|$root/deploy/workflows.service|")
  if ! eval "$relocated"; then
    echo "failed: $command" >&2
    [ -f "$root/service.log" ] && cat "$root/service.log" >&2
    exit 1
  fi
  echo
done <<< "$commands"
