#!/usr/bin/env bash
# The store suite and the worker tests talk to a real PostgreSQL at 127.0.0.1:5432 (database `test`,
# trust authentication). Development machines have one running; start it when stopped, install and
# configure it when absent.
set -euo pipefail
if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then exit 0; fi
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
ver=$(ls /etc/postgresql | sort -V | tail -n 1)
hba=/etc/postgresql/$ver/main/pg_hba.conf
# Loopback only, trust: the same as the development machines; never listen beyond 127.0.0.1.
if ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
  sed -i 's/^\(host\|local\)\(.*\)\(scram-sha-256\|md5\|peer\)$/\1\2trust/' "$hba"
fi
pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
su postgres -c "psql -tAc \"select 1 from pg_database where datname='test'\"" | grep -q 1 \
  || su postgres -c "createdb test"
su postgres -c "psql -tAc \"select 1 from pg_roles where rolname='root'\"" | grep -q 1 \
  || su postgres -c "createuser --superuser root"
