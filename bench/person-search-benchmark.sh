#!/usr/bin/env bash
# Fills platform.person_index with N trainees over M institutions (COPY, synthetic valid ID
# numbers) and times the province's person search by ID number through the service the
# people view calls (People.findByIdCard: blind index, SQL, audit entry). Prints p50/p95/p99;
# asserts nothing. Needs a JDK 21+.
#   bench/person-search-benchmark.sh [trainees=1000000] [institutions=1000] [lookups=1000]
# The database is KAICHUANG_TEST_JDBC_URL if set, else embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
classpath_file="$(pwd)/platform-core/target/bench.classpath"
./mvnw -B -q -pl platform-core -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
"$JAVA_HOME/bin/java" -Xmx1g \
    -cp "platform-core/target/test-classes:platform-core/target/classes:$(cat "$classpath_file")" \
    cn.kaichuang.bench.PersonSearchBenchmark "${1:-1000000}" "${2:-1000}" "${3:-1000}"
