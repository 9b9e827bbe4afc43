#!/usr/bin/env bash
# A throwaway PostgreSQL + PostGIS cluster for the tests (a CTest fixture).
#   pg_cluster.sh start STATE_DIR   initdb into a new temporary directory, pg_ctl start
#                                   with the Unix socket in it and TCP on 127.0.0.1 at a
#                                   free port; writes STATE_DIR/conninfo (libpq key=value,
#                                   superuser over the socket), STATE_DIR/tcp (the same
#                                   over the loopback, password auth) and STATE_DIR/datadir.
#   pg_cluster.sh stop STATE_DIR    pg_ctl stop (immediate) and remove the directory.
# The server runs as the `postgres` user of the Debian package when started as root
# (initdb refuses root). It listens on nothing but its socket and 127.0.0.1. The
# database `template_postgis` has the postgis extension: tests create theirs from it.
set -euo pipefail
cmd=${1:?usage: pg_cluster.sh start|stop STATE_DIR}
state=${2:?usage: pg_cluster.sh start|stop STATE_DIR}
bindir=${PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$bindir/initdb" ] || { echo "pg_cluster: no PostgreSQL server found (install postgresql-15)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    [ -f "$state/datadir" ] || return 0
    local dir; dir=$(cat "$state/datadir")
    if [ -d "$dir/data" ]; then as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    rm -f "$state/datadir" "$state/conninfo" "$state/tcp"
}

case "$cmd" in
start)
    mkdir -p "$state"
    stop_cluster # a leftover of an interrupted run
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        echo "pg_cluster: running as root but there is no 'postgres' user (install postgresql-15)" >&2; exit 1
    fi
    dir=$(mktemp -d /tmp/claimtrack-pg.XXXXXX)
    echo "$dir" > "$state/datadir"
    chmod 700 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    pwfile="$dir/pw"
    as_owner bash -c "umask 077; echo postgres > '$pwfile'"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --pwfile="$pwfile" -A scram-sha-256 --auth-local=trust \
        -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; stop_cluster; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
        start >/dev/null || { cat "$dir/server.log" >&2; stop_cluster; exit 1; }
    conninfo="host=$dir port=$port user=postgres"
    psql -X -q -v ON_ERROR_STOP=1 "$conninfo dbname=postgres" <<SQL >/dev/null || { cat "$dir/server.log" >&2; stop_cluster; exit 1; }
CREATE DATABASE template_postgis;
\c template_postgis
CREATE EXTENSION postgis;
\c postgres
UPDATE pg_database SET datistemplate = true WHERE datname = 'template_postgis';
CREATE ROLE claimtrack_tester LOGIN PASSWORD 'tester-secret' CREATEDB;
SQL
    echo "$conninfo" > "$state/conninfo"
    echo "host=127.0.0.1 port=$port user=claimtrack_tester" > "$state/tcp"
    echo "pg_cluster: PostgreSQL on $dir (socket) and 127.0.0.1:$port"
    ;;
stop)
    stop_cluster
    echo "pg_cluster: stopped"
    ;;
*) echo "usage: pg_cluster.sh start|stop STATE_DIR" >&2; exit 2 ;;
esac
