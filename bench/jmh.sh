#!/usr/bin/env bash
# Runs the JMH benchmarks of the pure-Java stages (src/bench/java/io/storyline/bench/*Benchmark.java).
#   bench/jmh.sh                 # all of them, short settings (1 fork, 2 warm-up and 3 measured iterations)
#   bench/jmh.sh 'Text|Story'    # those whose name matches the regex; extra JMH options may follow
set -euo pipefail
cd "$(dirname "$0")/.."
REGEX=${1:-'io.storyline.bench.*'}
shift || true
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >&2 \
  || ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >&2
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# ignoreLock: other JMH runs on a shared machine hold /tmp/jmh.lock; their load is reported above instead.
java -Djmh.ignoreLock=true -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main "$REGEX" \
  ${JMH_OPTS:--f 1 -wi 2 -i 3 -w 2s -r 3s} "$@"
