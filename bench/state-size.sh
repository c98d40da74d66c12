#!/usr/bin/env bash
# Heap retained by the story assigner's in-memory state per assigned article (see AssignerStateSize).
#   bench/state-size.sh [N...]      # default 10000 30000 100000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >&2
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" io.storyline.bench.AssignerStateSize "$@"
