#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for CI and for developers' test runs.
#
#   scripts/ci/postgres-cluster.sh start <folder>   initdb in <folder>, start on 127.0.0.1, print the URL
#   scripts/ci/postgres-cluster.sh stop <folder>    stop it and delete <folder>
#
# <folder> must not exist yet for start (a fresh `mktemp -d` folder, empty, is accepted too). The port is
# a free one chosen here unless POSTGRES_CLUSTER_PORT is set. The only line on stdout is the superuser URL,
# e.g. postgresql://postgres@127.0.0.1:54321/postgres — set TEST_POSTGRES_URL to it.
#
# The log keeps neither client addresses nor statement texts (docs/deploy.md, "Logs"): no connection lines,
# no %h/%r in the prefix (nor a time: %m/%t), no statements logged, and neither an error's statement nor its
# DETAIL (which may quote a key's value) is appended. Durability settings stay PostgreSQL's defaults, so that
# measurements on this cluster are honest. As root, <folder> must be reachable by the postgres user (/tmp is).
set -euo pipefail

usage() {
  echo "Usage: $0 start|stop <folder>" >&2
  exit 2
}
[ "$#" -eq 2 ] || usage
action=$1
folder=$2

bin_folder() {
  local version
  version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$version" ] || [ ! -x "/usr/lib/postgresql/$version/bin/initdb" ]; then
    echo "No PostgreSQL server under /usr/lib/postgresql: install Debian's postgresql package." >&2
    exit 1
  fi
  echo "/usr/lib/postgresql/$version/bin"
}

# initdb and postgres refuse to run as root: as root, run them as the postgres user.
as_owner() {
  # From /: the postgres user may not enter the caller's folder (a root-only temporary clone, in CI).
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

free_port() {
  node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

start() {
  local bin port
  bin=$(bin_folder)
  if [ -e "$folder" ] && [ -n "$(ls -A "$folder")" ]; then
    echo "$folder is not empty; give a new folder." >&2
    exit 1
  fi
  mkdir -p "$folder"
  folder=$(cd "$folder" && pwd)
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$folder"; fi
  port=${POSTGRES_CLUSTER_PORT:-$(free_port)}
  as_owner "$bin/initdb" -D "$folder/data" -A trust -U postgres --no-instructions >"$folder/initdb.log" 2>&1 || {
    cat "$folder/initdb.log" >&2
    exit 1
  }
  cat >>"$folder/data/postgresql.conf" <<EOF

# Throwaway cluster (scripts/ci/postgres-cluster.sh): local only, no addresses or statements in the log.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$folder'
log_connections = off
log_disconnections = off
log_line_prefix = '[%p] '
log_statement = 'none'
log_min_error_statement = panic
log_min_duration_statement = -1
log_error_verbosity = terse
EOF
  as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 30 start >/dev/null || {
    cat "$folder/server.log" >&2
    exit 1
  }
  echo "$port" >"$folder/port"
  echo "postgresql://postgres@127.0.0.1:$port/postgres"
}

stop() {
  local bin
  bin=$(bin_folder)
  # Only ever delete a folder this script made.
  if [ ! -f "$folder/port" ] || [ ! -f "$folder/data/PG_VERSION" ]; then
    echo "$folder is not a cluster started by $0; nothing was stopped or deleted." >&2
    exit 1
  fi
  if [ -f "$folder/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null || echo "pg_ctl stop failed; deleting anyway." >&2
  fi
  rm -rf "$folder"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
