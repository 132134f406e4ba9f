#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL cluster on loopback, then stop and delete the cluster.
#
#   .ci/postgres.sh COMMAND [ARGS...]
#
# Installs the `postgresql` OS package if missing (as root, with apt), creates a cluster in a
# temporary folder (initdb as the postgres user when run as root, since initdb refuses root),
# starts it on 127.0.0.1 on a spare port with its socket in that folder, creates a database and
# runs COMMAND with WORKSHOP_TEST_DATABASE_URL=postgresql+psycopg://USER@127.0.0.1:PORT/DB.
# Loopback connections are trusted: the cluster lives for one run and listens nowhere else.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: .ci/postgres.sh COMMAND [ARGS...]" >&2
    exit 64
fi

find_bindir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return 0
        fi
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return 0
    fi
    return 1
}

if ! bindir="$(find_bindir)"; then
    if [ "$(id -u)" != "0" ]; then
        echo "PostgreSQL is not installed; install the postgresql package with apt as root." >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bindir="$(find_bindir)"
fi

# The Debian package starts its own cluster on 5432; we neither need nor touch it.
workdir="$(mktemp -d -t workshop-pg.XXXXXX)"
data="$workdir/data"
if [ "$(id -u)" = "0" ]; then
    chown postgres: "$workdir"
    as_owner=(runuser -u postgres --)
    db_user=postgres
else
    as_owner=()
    db_user="$(id -un)"
fi

cleanup() {
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

"${as_owner[@]}" "$bindir/initdb" -D "$data" -U "$db_user" --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$workdir/initdb.log" 2>&1 || { cat "$workdir/initdb.log" >&2; exit 1; }
# Speed over durability: this cluster is thrown away after the run.
"${as_owner[@]}" "$bindir/pg_ctl" -D "$data" -w -l "$workdir/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $workdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$workdir/server.log" >&2; exit 1; }

db_name=workshop_test
"${as_owner[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$db_user" "$db_name"

export WORKSHOP_TEST_DATABASE_URL="postgresql+psycopg://$db_user@127.0.0.1:$port/$db_name"
echo "PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port for this run." >&2
"$@"
