#!/usr/bin/env bash
# Provisions N institutions (default 1000) and times it, then times the web application's
# start-up with them present. Prints figures; asserts nothing. Needs a JDK 21+.
#   bench/provisioning-benchmark.sh [tenants] [parallelism]
# The database is KAICHUANG_TEST_JDBC_URL if set, else embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q install -DskipTests
./mvnw -B -q -pl tenant-provisioning exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=cn.kaichuang.bench.ProvisioningBenchmark \
    -Dexec.args="${1:-1000} ${2:-2} $(pwd)/ui-vaadin/target/kaichuang.jar"
