#!/usr/bin/env bash
# Startup of the packaged service: time from process start to the first successful timeline response, and
# RSS once it has answered, median of N runs, for the plain jar, AppCDS (JDK 17+) and the JDK 25 AOT cache.
# Usage: bench/startup.sh [runs]   (needs target/quarkus-app: ./mvnw -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
JAR=target/quarkus-app/quarkus-run.jar
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
PORT=${PORT:-18080}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

COMMON=(-Dquarkus.http.port=$PORT -Dquarkus.http.host=127.0.0.1 -Dstoryline.demo.enabled=true
        -Dstoryline.api-keys=bench-key -Dquarkus.log.level=WARN)

# Seed a database with the demo story once; every run starts from a copy of it (a warm store, cold JVM).
seed() {
  "$JAVA17" "${COMMON[@]}" -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/seed/storyline" -jar "$JAR" >"$WORK/seed.log" 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do sleep 0.2; done
  STORY=$(curl -sf "http://127.0.0.1:$PORT/api/stories" | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/')
  kill "$pid"; wait "$pid" || true
}

# One run: prints "<ms to first timeline> <rss MB>".
run_once() {
  local java=$1; shift
  rm -rf "$WORK/run" && cp -r "$WORK/seed" "$WORK/run"
  local start end pid
  start=$(date +%s%N)
  "$java" "$@" "${COMMON[@]}" -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/run/storyline" -jar "$JAR" >"$WORK/run.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/stories/$STORY/timeline"; do sleep 0.005; done
  end=$(date +%s%N)
  local rss
  rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $(( rss / 1024 ))"
}

# Median of RUNS runs of a mode.
measure() {
  local name=$1; shift
  local times=() rsss=()
  for _ in $(seq "$RUNS"); do
    read -r t r < <(run_once "$@")
    times+=("$t"); rsss+=("$r")
  done
  local mt mr
  mt=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  mr=$(printf '%s\n' "${rsss[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  printf '| %-28s | %6s ms | %5s MB | runs: %s |\n' "$name" "$mt" "$mr" "${times[*]}"
}

# Training run: start, answer one timeline, stop (the JVM writes the archive at exit).
train() {
  local java=$1; shift
  rm -rf "$WORK/run" && cp -r "$WORK/seed" "$WORK/run"
  "$java" "$@" "${COMMON[@]}" -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/run/storyline" -jar "$JAR" >"$WORK/train.log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/stories/$STORY/timeline"; do sleep 0.05; done
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/stories/$STORY/summary"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

seed
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; demo story $STORY; median of $RUNS runs"
echo "| mode                         | first timeline | RSS      |"
measure "plain jar (JDK 17)" "$JAVA17"
train "$JAVA17" -XX:ArchiveClassesAtExit="$WORK/app-cds.jsa"
measure "AppCDS (JDK 17)" "$JAVA17" -XX:SharedArchiveFile="$WORK/app-cds.jsa"
if [ -x "$JAVA25" ]; then
  measure "plain jar (JDK 25)" "$JAVA25"
  train "$JAVA25" -XX:AOTCacheOutput="$WORK/app.aot"
  measure "AOT cache (JDK 25)" "$JAVA25" -XX:AOTCache="$WORK/app.aot"
fi
