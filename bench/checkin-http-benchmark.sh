#!/usr/bin/env bash
# Check-ins through the real HTTP path (issue 6): the whole web application on a scratch database,
# trainees logged in through the login form, POST /api/v1/check-ins with their session cookie and
# CSRF token at a target rate (open loop); prints the achieved rate, p50/p95/p99, errors and the
# single-row insert rate of the same PostgreSQL measured in the same run. Asserts nothing.
#   bench/checkin-http-benchmark.sh [rate] [seconds] [trainees] [max-in-flight] [warm-up-seconds]
# Uses the machine's PostgreSQL at 127.0.0.1:5432 (trust auth) when it answers, in a database of
# its own that it drops at the end; else KAICHUANG_TEST_JDBC_URL; else embedded PostgreSQL.
# The load driver runs in the application's JVM (same machine, same cores).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ -z "${KAICHUANG_TEST_JDBC_URL:-}" ] && command -v pg_isready >/dev/null \
        && pg_isready -q -h 127.0.0.1 -p 5432; then
    export KAICHUANG_TEST_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres"
fi
./mvnw -B -q -pl ui-vaadin -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/checkin-http-bench.classpath -Dmdep.includeScope=test
cd ui-vaadin
"$JAVA_HOME/bin/java" -Xms1g -Xmx1g ${BENCH_JAVA_OPTS:-} \
    -cp "target/test-classes:target/classes:$(cat target/checkin-http-bench.classpath)" \
    cn.kaichuang.app.bench.CheckInHttpBenchmark "${1:-1000}" "${2:-30}" "${3:-500}" "${4:-256}" "${5:-10}"
