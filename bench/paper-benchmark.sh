#!/usr/bin/env bash
# Times exam paper generation (PaperGenerator, in memory over a pre-loaded pool) from a synthetic
# bank: per candidate a first paper and a retake excluding it. Prints mean/p50/p99; asserts nothing.
#   bench/paper-benchmark.sh [items=5000] [candidates=20000]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
classpath_file="$(pwd)/platform-core/target/bench.classpath"
./mvnw -B -q -pl platform-core -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
"$JAVA_HOME/bin/java" -Xmx512m \
    -cp "platform-core/target/test-classes:platform-core/target/classes:$(cat "$classpath_file")" \
    cn.kaichuang.bench.PaperBenchmark "${1:-5000}" "${2:-20000}"
