#!/usr/bin/env bash
# Startup of the packaged service: time from process start to the first successful timeline response, and
# RSS once it has answered, median of N runs, on a store that already holds the demo story. Modes:
#   plain jar (JDK 17)       ./mvnw package -DskipTests                       (fast-jar, the default build)
#   AppCDS (JDK 17)          ... -Dquarkus.package.jar.appcds.enabled=true   (Quarkus writes app-cds.jsa at build)
#   AOT cache (JDK 25)       JAVA_HOME=<25> ./mvnw verify -Dquarkus.package.jar.aot.enabled=true
#                            (aot-jar layout; the @QuarkusIntegrationTest JourneyIT is the training run)
#   AOT cache + serverless   the same cache with -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -Xmx256m
# Each mode is built into target/ and copied (timestamps kept: the caches check them) to a scratch
# directory, except the AOT build, which is measured where it was trained: the JDK's AOT cache records the
# absolute class path. target/quarkus-app is rebuilt as the default fast-jar at the end.
# Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
JAVA17=${JAVA17:-java}
JDK25=${JDK25:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
PORT=${PORT:-18080}
WORK=$(mktemp -d /tmp/storyline-startup.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; restore || true; rm -rf "$WORK"' EXIT
SERVERLESS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -Xmx256m)
# Without the start-up warm-up: it holds back readiness and takes CPU meanwhile, and serverless instances
# turn it off (see the README's Performance section).
COMMON=(-Dquarkus.http.port=$PORT -Dquarkus.http.host=127.0.0.1 -Dstoryline.demo.enabled=true -Dstoryline.warm-up.articles=0
        -Dstoryline.api-keys=bench-key -Dquarkus.log.level=WARN)
H2_OPTIONS=";DB_CLOSE_ON_EXIT=FALSE" # the default URL's (application.properties)

# build NAME MAVEN_ARGS...: packages a variant into target/quarkus-app and keeps a copy as $WORK/NAME.
build() {
  local name=$1; shift
  echo "building $name..." >&2
  rm -rf target/quarkus-app  # a layout left by another variant's build must not leak into this one
  "$@" -B -q >"$WORK/build-$name.log" 2>&1 || { tail -40 "$WORK/build-$name.log" >&2; exit 1; }
  cp -a target/quarkus-app "$WORK/$name"
}
restore() { rm -rf target/quarkus-app && ./mvnw -B -q package -DskipTests >"$WORK/build-restore.log" 2>&1; }

# Seed a database with the demo story once (and its timeline computed); every run starts from a copy.
seed() {
  (cd "$WORK/plain" && exec "$JAVA17" "${COMMON[@]}" -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/seed/storyline$H2_OPTIONS" \
    -jar quarkus-run.jar >"$WORK/seed.log" 2>&1) &
  local pid=$!
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" | tr -d ' \n' | grep -q '"pending":0' && break
    sleep 0.1
  done
  STORY=$(curl -sf "http://127.0.0.1:$PORT/api/stories" | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/')
  kill "$pid"; wait "$pid" || true
}

# One run from the variant's directory: prints "<ms to first timeline> <rss MB>".
run_once() {
  local dir=$1 java=$2; shift 2
  rm -rf "$WORK/run" && cp -r "$WORK/seed" "$WORK/run"
  local start end pid rss
  start=$(date +%s%N)
  (cd "$dir" && exec "$java" "$@" "${COMMON[@]}" -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/run/storyline$H2_OPTIONS" \
    -jar quarkus-run.jar >"$WORK/run.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 6000); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/stories/$STORY/timeline" && break
    sleep 0.005
  done
  end=$(date +%s%N)
  kill -0 "$pid" 2>/dev/null || { echo "the service exited:" >&2; tail -20 "$WORK/run.log" >&2; exit 1; }
  rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $(( rss / 1024 ))"
}

# measure NAME DIR JAVA OPTS...: median of RUNS runs.
measure() {
  local name=$1; shift
  local times=() rsss=() t r mt mr
  for _ in $(seq "$RUNS"); do
    read -r t r < <(run_once "$@")
    times+=("$t"); rsss+=("$r")
  done
  mt=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  mr=$(printf '%s\n' "${rsss[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  printf '| %-26s | %6s ms | %5s MB | runs: %s; RSS: %s |\n' "$name" "$mt" "$mr" "${times[*]}" "${rsss[*]}"
}

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is in use (PORT=... to choose another)" >&2; exit 1; fi
build plain ./mvnw package -DskipTests
build appcds ./mvnw package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
if [ -x "$JDK25/bin/java" ]; then
  build aot env JAVA_HOME="$JDK25" ./mvnw verify -Dquarkus.package.jar.aot.enabled=true -Dtest=none \
    -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=JourneyIT
fi
seed
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg); demo story $STORY; median of $RUNS runs"
echo "| mode                       | first timeline | RSS      |"
measure "plain jar (JDK 17)" "$WORK/plain" "$JAVA17"
measure "AppCDS (JDK 17)" "$WORK/appcds" "$JAVA17" -XX:SharedArchiveFile=app-cds.jsa
if [ -x "$JDK25/bin/java" ]; then
  measure "plain jar (JDK 25)" "$WORK/plain" "$JDK25/bin/java"
  measure "AOT cache (JDK 25)" target/quarkus-app "$JDK25/bin/java" -XX:AOTCache=app.aot
  measure "AOT cache + serverless" target/quarkus-app "$JDK25/bin/java" -XX:AOTCache=app.aot "${SERVERLESS[@]}"
fi
