#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 for the storage and scheduling tests, as an unprivileged user
# (PostgreSQL refuses to run as root), and exports NEWSBOT_TEST_POSTGRES for the tests.
# Source it: `source .ci/start-postgres.sh`; stop with `pg_stop_test_server`.
set -euo pipefail

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ]; then
  echo "PostgreSQL server not found; installing Debian's postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

pg_dir=$(mktemp -d /tmp/newsbot-pg.XXXXXX)
pg_port=$(( 20000 + RANDOM % 20000 ))
run_as=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$pg_dir"
  run_as=(runuser -u postgres --)
fi
"${run_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U newsbot --auth=trust -E UTF8 >/dev/null
"${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c max_connections=200 -c fsync=off" start >/dev/null
export NEWSBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=newsbot;Database=postgres"
echo "PostgreSQL test server on 127.0.0.1:$pg_port" >&2

pg_stop_test_server() {
  "${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
