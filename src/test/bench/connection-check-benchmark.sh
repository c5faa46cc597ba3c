#!/bin/sh
# Runs the connection check benchmark (docs/performance.md): medians against a local GreenMail over TLS with an
# empty mailbox and with 5,000 messages, and curl doing the same SMTPS send and POP3S retrieval.
# Usage: src/test/bench/connection-check-benchmark.sh [rounds] [warm-up rounds]
# Set NODELAY=false to measure without TCP_NODELAY, CAPA=true to send POP3 CAPA, PREPARE=true to call
# ConnectionCheck.prepare() before the first check.
set -e
cd "$(dirname "$0")/../../.."
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xshare:auto -Dlogback.configurationFile=src/test/bench/logback-bench.xml \
  -Docnsetup.probe.nodelay="${NODELAY:-true}" -Docnsetup.probe.capa="${CAPA:-false}" \
  -Dbench.prepare="${PREPARE:-false}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.github.ocnmailsetup.probe.ConnectionCheckBenchmark "$@"
