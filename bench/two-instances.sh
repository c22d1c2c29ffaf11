#!/usr/bin/env bash
# Two instances of the packaged web application on one PostgreSQL database, as two replicas
# behind the chart's ingress. Prints what it observes; asserts nothing.
#   bench/two-instances.sh            (needs ui-vaadin/target/kaichuang.jar and a PostgreSQL)
# The database server: PGHOST, PGPORT, PGUSER (default: the local server, postgres@127.0.0.1:5432,
# trust authentication); a scratch database on it is created and dropped.
#
# What it shows, and what it does not:
# - both instances join one Quartz cluster (platform.qrtz_scheduler_state lists two nodes);
# - a login lives in the instance that handled it: the same session cookie is anonymous on the
#   other instance (sessions are not replicated), so the balancer must keep a user on one
#   instance; routed to its instance, as the ingress's cookie affinity does, it stays logged in.
# - It does not run an ingress controller: that the chart sets cookie affinity
#   (nginx.ingress.kubernetes.io/affinity: cookie) is checked by the chart tests instead.
# TwoInstancesTest (jobs) proves the once-per-firing and fail-over behaviour of Quartz.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR=ui-vaadin/target/kaichuang.jar
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
[ -f "$JAR" ] || { echo "Build the application first: ./mvnw -B -q -pl ui-vaadin -am package -DskipTests" >&2; exit 1; }
DB="kc_two_$$"
WORK="$(mktemp -d)"
psql -d postgres -qc "create database $DB"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  # Roles are cluster-wide; the prefix keeps this run's apart, and they go with the database.
  psql -d "$DB" -qtAc "select string_agg(format('drop owned by %I cascade; drop role %I;', rolname, rolname), ' ')
    from pg_roles where rolname like '${DB}_%'" | psql -d "$DB" -q >/dev/null 2>&1 || true
  psql -d postgres -qc "drop database if exists $DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
KEY="$(head -c 32 /dev/urandom | base64)"
INDEX="$(head -c 32 /dev/urandom | base64)"
start() { # name port
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  KAICHUANG_TENANCY_ROLE_PREFIX="${DB}_" KAICHUANG_CRYPTO_KEYS_K1="$KEY" KAICHUANG_CRYPTO_ACTIVE_KEY=k1 \
  KAICHUANG_CRYPTO_INDEX_KEY="$INDEX" KAICHUANG_DATA_DIR="$WORK/$1" SERVER_PORT="$2" KAICHUANG_DEMO_ENABLED=true \
    "$JAVA_HOME/bin/java" -jar "$JAR" >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}
await() { # name port
  for _ in $(seq 1 300); do curl -fs "http://localhost:$2/actuator/health" >/dev/null && return 0; sleep 1; done
  echo "instance $1 (port $2) did not start in 5 minutes; the end of its log:" >&2
  tail -20 "$WORK/$1.log" >&2; return 1
}
A=18480; B=18481
start a $A; await a $A   # the first seeds the demo data into the empty database
start b $B; await b $B
echo "Quartz nodes: $(psql -d "$DB" -tAc "select string_agg(instance_name, ', ') from platform.qrtz_scheduler_state")"

jar="$WORK/cookies"
curl -s -c "$jar" -o /dev/null "http://localhost:$A/login"
curl -s -b "$jar" -c "$jar" -o /dev/null -d 'username=admin1&password=Kaichuang@2026' "http://localhost:$A/login"
code() { curl -s -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' "http://localhost:$1/cohorts"; }
echo "logged in on A; /cohorts with that session cookie on A: $(code $A)"
echo "the same cookie on B (no session replication):         $(code $B)"
ok=0; for _ in $(seq 1 20); do [ "$(code $A | cut -d' ' -f1)" = 200 ] && ok=$((ok + 1)); done
echo "20 requests kept on A, as cookie affinity routes them: $ok answered 200"
