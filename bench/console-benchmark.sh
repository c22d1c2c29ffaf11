#!/usr/bin/env bash
# Provincial console at scale: 1,000 institutions, 1,000,000 trainees (issue 4 item 9). Times the
# snapshot refresh, the dashboard (p50/p95/p99), the cross-institution lists and a live
# drill-down; prints figures, asserts nothing. Needs a JDK 21+.
#   bench/console-benchmark.sh [institutions] [trainees-per-institution] [snapshot-parallelism]
# Uses the machine's PostgreSQL at 127.0.0.1:5432 (trust auth) when it answers, in a database
# of its own that it drops at the end (with its roles); else KAICHUANG_TEST_JDBC_URL; else
# embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ -z "${KAICHUANG_TEST_JDBC_URL:-}" ] && command -v pg_isready >/dev/null \
        && pg_isready -q -h 127.0.0.1 -p 5432; then
    export KAICHUANG_TEST_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres"
fi
# No install: compile in the reactor and run from target/ with platform-core's test classpath.
./mvnw -B -q -pl platform-core -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/console-bench.classpath -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx1g \
    -cp "platform-core/target/test-classes:platform-core/target/classes:$(cat platform-core/target/console-bench.classpath)" \
    cn.kaichuang.bench.ConsoleBenchmark "${1:-1000}" "${2:-1000}" "${3:-4}"
