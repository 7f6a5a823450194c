#!/usr/bin/env bash
# A throwaway PostgreSQL server for corroborate's tests and benchmarks: a cluster in a temporary folder, owned by an
# unprivileged user (the `postgres` system user when run as root), listening on 127.0.0.1 only, trust auth.
#
#   eval "$(scripts/test-postgres.sh start)"   # starts it; prints the export lines the tests read
#   npm test                                    # the Postgres tests now run instead of skipping
#   scripts/test-postgres.sh stop               # stops it and removes the folder ($CORROBORATE_TEST_PG_DIR)
#   scripts/test-postgres.sh run npm test       # start, run a command with the variables set, stop
#
# Exported: CORROBORATE_TEST_DATABASE_URL (a superuser URL; each test creates and drops its own database),
# CORROBORATE_TEST_PG_DIR, and CORROBORATE_TEST_PG_RESTART (a command that restarts the server: failure tests).
# Needs Debian's postgresql package (apt-get install -y postgresql): initdb and pg_ctl under /usr/lib/postgresql/*/bin.
set -euo pipefail

SELF="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"

die() { echo "test-postgres: $*" >&2; exit 1; }

pg_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$found" ] && command -v pg_config >/dev/null; then found="$(pg_config --bindir)"; fi
  [ -n "$found" ] && [ -x "$found/initdb" ] || die "no PostgreSQL server binaries (install them: apt-get install -y postgresql)"
  echo "$found"
}

# Runs a command as the cluster's owner: ourselves, or an unprivileged user when we are root (postgres refuses root).
as_owner() {
  local owner="$1"; shift
  if [ "$(id -u)" = 0 ]; then runuser -u "$owner" -- "$@"; else "$@"; fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start() {
  local bin dir owner port
  bin="$(pg_bin)"
  dir="$(mktemp -d "${TMPDIR:-/tmp}/corroborate-pg.XXXXXX")"
  owner="$(id -un)"
  if [ "$(id -u)" = 0 ]; then
    owner=postgres
    id "$owner" >/dev/null 2>&1 || owner=nobody
    chown "$owner" "$dir"
  fi
  chmod 700 "$dir"
  port="${CORROBORATE_TEST_PG_PORT:-$(free_port)}"
  as_owner "$owner" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 ||
    die "initdb failed: $(tail -n 5 "$dir/initdb.log")"
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 300
shared_buffers = 256MB
EOF
  printf 'BIN=%q\nOWNER=%q\nPORT=%q\n' "$bin" "$owner" "$port" >"$dir/cluster.env"
  as_owner "$owner" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null ||
    die "the server did not start: $(tail -n 5 "$dir/server.log" 2>/dev/null)"
  "$bin/pg_isready" -h 127.0.0.1 -p "$port" -t 30 >/dev/null || die "the server does not answer on 127.0.0.1:$port"
  echo "export CORROBORATE_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
  echo "export CORROBORATE_TEST_PG_DIR=$dir"
  echo "export CORROBORATE_TEST_PG_RESTART='bash $SELF restart $dir'"
  echo "test-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir" >&2
}

load() {
  local dir="${1:-${CORROBORATE_TEST_PG_DIR:-}}"
  [ -n "$dir" ] && [ -f "$dir/cluster.env" ] || die "no cluster folder given (and \$CORROBORATE_TEST_PG_DIR is not set)"
  DIR="$dir"
  # shellcheck disable=SC1091
  . "$dir/cluster.env"
}

case "${1:-}" in
  start) start ;;
  stop)
    load "${2:-}"
    as_owner "$OWNER" "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
  restart)
    load "${2:-}"
    as_owner "$OWNER" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -m fast -w -t 60 restart >/dev/null
    ;;
  run)
    shift
    [ $# -gt 0 ] || die "usage: $0 run COMMAND [ARGS…]"
    eval "$(start)"
    trap 'bash "$SELF" stop "$CORROBORATE_TEST_PG_DIR"' EXIT
    "$@"
    ;;
  *) die "usage: $0 start | stop [DIR] | restart [DIR] | run COMMAND [ARGS…]" ;;
esac
