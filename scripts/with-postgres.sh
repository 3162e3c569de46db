#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster on loopback, then stops and deletes the cluster.
#   scripts/with-postgres.sh CMD [ARG...]
# The cluster lives in a temporary directory, listens on 127.0.0.1 on a free port and has one superuser,
# newsfuse, with a random password. CMD sees NEWSFUSE_TEST_POSTGRES=postgresql://newsfuse@127.0.0.1:PORT/newsfuse
# and PGPASSWORD. Uses Debian's postgresql (the newest /usr/lib/postgresql/*/bin); as root, the server runs
# as the postgres user (initdb refuses root). No server is left running, whatever CMD does.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "with-postgres: no PostgreSQL server found (apt-get install postgresql)" >&2; exit 3; }
dir=$(mktemp -d /tmp/newsfuse-pg.XXXXXX)
as=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
  as=(runuser -u postgres --)
fi
password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
free_port() { # a port nothing on loopback answers on
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  return 1
}
port=$(free_port)
stop() {
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT TERM
printf '%s\n' "$password" > "$dir/pw"
[ ${#as[@]} -eq 0 ] || chown postgres "$dir/pw"
"${as[@]}" "$bin/initdb" -D "$dir/data" -U newsfuse --auth=scram-sha-256 --pwfile="$dir/pw" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 3; }
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 3; }
PGPASSWORD=$password "$bin/createdb" -h 127.0.0.1 -p "$port" -U newsfuse newsfuse
export PGPASSWORD=$password
export NEWSFUSE_TEST_POSTGRES="postgresql://newsfuse@127.0.0.1:$port/newsfuse"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
set +e
"$@"
code=$?
exit $code
