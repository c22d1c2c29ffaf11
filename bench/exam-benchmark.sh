#!/usr/bin/env bash
# Exam answer saving (issue 6 item 4): N candidates start an attempt each, then save one answer
# every 30 s each (open loop, latency from the due time) for S seconds, then back to back for the
# saturation rate; through the service path (Attempts.answer: row lock, deadline, session token,
# cached paper, upsert, commit), not over HTTP. Prints p50/p95/p99 and throughput; asserts nothing.
#   bench/exam-benchmark.sh [candidates=1000] [seconds=90] [threads=16]
# Uses the machine's PostgreSQL at 127.0.0.1:5432 (trust auth) when it answers, in a database of
# its own that it drops at the end; else KAICHUANG_TEST_JDBC_URL; else embedded PostgreSQL.
# Paper generation per candidate from a 5,000-item bank: bench/paper-benchmark.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ -z "${KAICHUANG_TEST_JDBC_URL:-}" ] && command -v pg_isready >/dev/null \
        && pg_isready -q -h 127.0.0.1 -p 5432; then
    export KAICHUANG_TEST_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres"
fi
./mvnw -B -q -pl platform-core -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/exam-bench.classpath -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx1g \
    -cp "platform-core/target/test-classes:platform-core/target/classes:$(cat platform-core/target/exam-bench.classpath)" \
    cn.kaichuang.bench.ExamAnswerBenchmark "${1:-1000}" "${2:-90}" "${3:-16}"
