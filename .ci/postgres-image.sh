#!/usr/bin/env bash
# Builds a local PostgreSQL image for the `containers` test profile when no container registry
# is reachable: Debian's docker.io runs the engine, debootstrap builds a minimal Debian bookworm
# root file system with its PostgreSQL 15, `docker import` turns it into an image. Then, if asked,
# runs test classes against it:
#
#   bash .ci/postgres-image.sh                       # engine + image ppsm-test/postgres:15
#   bash .ci/postgres-image.sh 'ContactFullStackTests,AdminFullStackTests'   # ... and those tests
#
# Needs root (apt-get, dockerd, debootstrap). Not part of `.ci/run`.
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE="${PPSM_TEST_POSTGRES_IMAGE:-ppsm-test/postgres:15}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

if ! command -v dockerd >/dev/null 2>&1 || ! command -v debootstrap >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io debootstrap >/dev/null
fi
if ! docker info >/dev/null 2>&1; then
  nohup dockerd >/tmp/ppsm-dockerd.log 2>&1 &
  for _ in $(seq 1 30); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null
fi

if ! docker image inspect "$IMAGE" >/dev/null 2>&1; then
  root="$(mktemp -d /tmp/ppsm-pg-root.XXXXXX)"
  trap 'rm -rf "$root"' EXIT
  debootstrap --variant=minbase --include=postgresql-15 bookworm "$root" "$MIRROR" >/tmp/ppsm-debootstrap.log
  # The entry point follows the official image's contract, as Testcontainers expects it:
  # POSTGRES_USER/PASSWORD/DB, the command "postgres -c ...", and "database system is ready to
  # accept connections" logged twice (a first server for the set-up, then the real one).
  cat >"$root/usr/local/bin/entrypoint" <<'SCRIPT'
#!/bin/sh
set -e
bin=/usr/lib/postgresql/15/bin
export PGDATA=/var/lib/postgresql/data
user="${POSTGRES_USER:-postgres}"; db="${POSTGRES_DB:-$user}"; password="${POSTGRES_PASSWORD:-postgres}"
mkdir -p "$PGDATA" /var/run/postgresql && chown -R postgres:postgres "$PGDATA" /var/run/postgresql
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  echo "$password" > /tmp/pwfile && chown postgres /tmp/pwfile
  su postgres -s /bin/sh -c "$bin/initdb -D $PGDATA -U '$user' --pwfile=/tmp/pwfile -E UTF8 --locale=C.UTF-8 -A scram-sha-256" >/dev/null
  rm -f /tmp/pwfile
  echo "host all all 0.0.0.0/0 scram-sha-256" >> "$PGDATA/pg_hba.conf"
  echo "listen_addresses = '*'" >> "$PGDATA/postgresql.conf"
  su postgres -s /bin/sh -c "$bin/pg_ctl -D $PGDATA -o '-c listen_addresses=' -w start"
  if [ "$db" != "postgres" ]; then
    PGPASSWORD="$password" su postgres -s /bin/sh -c "PGPASSWORD='$password' $bin/psql -h /var/run/postgresql -U '$user' -d postgres -c 'create database \"$db\"'" >/dev/null
  fi
  su postgres -s /bin/sh -c "$bin/pg_ctl -D $PGDATA -m fast -w stop"
fi
[ "$1" = postgres ] && shift
exec su postgres -s /bin/sh -c "exec $bin/postgres -D $PGDATA $*"
SCRIPT
  chmod 755 "$root/usr/local/bin/entrypoint"
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  tar -C "$root" -c . | docker import \
    -c 'ENTRYPOINT ["/usr/local/bin/entrypoint"]' -c 'CMD ["postgres"]' -c 'EXPOSE 5432' \
    -c 'ENV LANG=C.UTF-8' - "$IMAGE" >/dev/null
fi
echo "image $IMAGE ready"

if [ $# -gt 0 ]; then
  # No registry: no Ryuk reaper image (the tests stop their container at exit), and the engine
  # is on this host, so Testcontainers need not start a helper container to find it.
  export TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_HOST_OVERRIDE=localhost
  ./mvnw -B -ntp -Pcontainers -Dppsm.test.postgres-image="$IMAGE" test -Dtest="$1"
fi
