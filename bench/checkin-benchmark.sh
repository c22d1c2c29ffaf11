#!/usr/bin/env bash
# Check-in throughput (issue 6 item 1): every trainee checks in to every session through the
# service path (token, window, enrolment, geofence, rate limit, insert, audit entry), N threads at
# once; prints throughput and p50/p99 beside the single-row insert rate of the same PostgreSQL.
# Not over HTTP: login and Vaadin's request handling are outside the figure. Asserts nothing.
#   bench/checkin-benchmark.sh [trainees] [sessions] [threads]
# Uses the machine's PostgreSQL at 127.0.0.1:5432 (trust auth) when it answers, in a database of
# its own that it drops at the end; else KAICHUANG_TEST_JDBC_URL; else embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ -z "${KAICHUANG_TEST_JDBC_URL:-}" ] && command -v pg_isready >/dev/null \
        && pg_isready -q -h 127.0.0.1 -p 5432; then
    export KAICHUANG_TEST_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres"
fi
./mvnw -B -q -pl platform-core -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/checkin-bench.classpath -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx1g \
    -cp "platform-core/target/test-classes:platform-core/target/classes:$(cat platform-core/target/checkin-bench.classpath)" \
    cn.kaichuang.bench.CheckInBenchmark "${1:-200}" "${2:-10}" "${3:-8}"
