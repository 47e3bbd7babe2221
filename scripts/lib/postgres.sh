# Sourced by scripts/test and scripts/bench: installs Debian's PostgreSQL when absent and starts a
# throwaway server on loopback as the postgres user (initdb refuses root), socket in a temporary
# directory; stops it and removes its files on exit. Sets PGBIN, PGPORT, PGDIR and pg_url NAME.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# install_debian PACKAGE COMMAND: installs the package when the command is missing.
install_debian() {
  command -v "$2" >/dev/null 2>&1 && return 0
  echo "Installing $1 (Debian package)"
  [ -n "${APT_UPDATED:-}" ] || { as_root apt-get update -qq; APT_UPDATED=1; }
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$1" >/dev/null
}

start_postgres() {
  if [ -z "$(pg_bin)" ]; then
    [ -n "${APT_UPDATED:-}" ] || { as_root apt-get update -qq; APT_UPDATED=1; }
    echo "Installing postgresql (Debian package)"
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
  fi
  PGBIN=$(pg_bin)
  PGDIR=$(mktemp -d /tmp/guyub-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$PGDIR"
  PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  trap stop_postgres EXIT
  as_postgres "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust --no-sync >/dev/null
  as_postgres "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
    -o "-h 127.0.0.1 -p $PGPORT -k $PGDIR -c max_connections=400 ${PG_OPTIONS:-}" start >/dev/null
}

stop_postgres() {
  as_postgres "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}

# pg_url NAME: creates the database NAME and prints its URL.
pg_url() {
  as_postgres "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres "$1"
  echo "postgres://postgres@127.0.0.1:$PGPORT/$1"
}
