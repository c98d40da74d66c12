#!/usr/bin/env bash
# Storyline load benchmark: starts the packaged service on a scratch H2 database (loopback, random port,
# an API key of its own), runs the ingest benchmark (bulk NDJSON, full analysis) and the read benchmark
# (wrk: story, summary and timeline GETs with 1 story and with the many stories left by the ingest run),
# and prints a table. Everything it starts, it stops; every loop is bounded.
#
#   bench/run.sh            # ingest 0 -> 1k -> 10k -> 45k articles, reads with 1 and 10k stories
#   bench/run.sh --full     # ingest up to 100k articles (slow on a busy machine)
#   bench/run.sh --aot      # the same on JDK 25 with the AOT cache (aot-jar, trained by AotTrainingIT)
#   BENCH_JAR=/tmp/base/quarkus-app/quarkus-run.jar bench/run.sh --ab --cores 2,1
#                           # A/B in one run: this build ("new") and BENCH_JAR ("base"), alternately, each
#                           # ingest mode on a fresh store; --cores 1 pins the service to one core (taskset -c 0)
#   options: --steps 1000,10000  --duration 20s (per wrk run)  --no-reads  --no-ingest  --jfr  --package
#            --modes two,single (ingest modes: "two" = two client threads sending bulks of 100, "single" = one
#            client, one NDJSON request of 1,000 articles at a time; then, in single mode, timeline GETs paced
#            at ~400 req/s while 5,000 more articles arrive, their p50/p99 next to the same reads without ingest)
#            --rounds N (with --ab: repeat the alternation, base first in odd rounds and new first in even ones;
#            the summary gives each round's CPU ratio new/base)  --no-during (skip the reads during the bulk)
#   env:     BENCH_JAVA_OPTS (default '-Xmx1g -XX:TieredStopAtLevel=1', the JVM options of docker/Dockerfile.jvm;
#            -Xmx1g alone measures the JVM's default C1+C2; add -Dstoryline.warm-up.articles=0 to measure
#            without the start-up warm-up), BENCH_TIMEBANK (default ../shared/eval/timeml/timebank),
#            BENCH_JDK25 (for --aot; default the Temurin 25 under /usr/lib/jvm),
#            BENCH_JAR (another build to measure, e.g. a copy of main's target/quarkus-app/quarkus-run.jar; with
#            --ab the build it is compared with),
#            BENCH_JAVA (the java that runs the service, e.g. a JDK 25 with BENCH_JAVA_OPTS=-XX:AOTCache=...),
#            BENCH_JFC (with --jfr: the recording settings, default profile; a copy with a 2 ms sampling period
#            sees more under C1),
#            BENCH_H2_OPTIONS (appended to the H2 URL, e.g. ";CACHE_SIZE=65536" to try a setting),
#            BENCH_KEEP=1 (keep the scratch databases under /tmp/storyline-bench.*),
#            BENCH_COPIES (articles per story in the ingest set, default 3; e.g. 50: ~180 stories that every
#            bulk request adds to, as a dump of a few long stories)
#
# The article set is read from ../shared/eval/timeml/timebank when present (outside the project; the
# build never needs it); otherwise the demo corpus is used. See bench/IngestBench.java for the variants.
set -euo pipefail
cd "$(dirname "$0")/.."

STEPS=1000,10000,45000
DURATION=20s
READS=1
INGEST=1
JFR=0
PACKAGE=0
AOT=0
AB=0
MODES=two,single
CORES=$(nproc)
ROUNDS=1
DURING=1
while [ $# -gt 0 ]; do
  case "$1" in
    --full) STEPS=1000,10000,45000,100000 ;;
    --steps) STEPS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --no-reads) READS=0 ;;
    --no-ingest) INGEST=0 ;;
    --jfr) JFR=1 ;;
    --package) PACKAGE=1 ;;
    --aot) AOT=1 ;;
    --ab) AB=1 ;;
    --modes) MODES=$2; shift ;;
    --cores) CORES=$2; shift ;;
    --rounds) ROUNDS=$2; shift ;;
    --no-during) DURING=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}
JAVA=${BENCH_JAVA:-java}
JCMD=$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd
TIMEBANK=${BENCH_TIMEBANK:-../shared/eval/timeml/timebank}
COPIES=${BENCH_COPIES:-3}
KEY=bench-$RANDOM$RANDOM
JAR=${BENCH_JAR:-target/quarkus-app/quarkus-run.jar}
if [ "$AB" = 1 ]; then
  [ -f "${BENCH_JAR:-}" ] || { echo "--ab needs BENCH_JAR, the jar to compare this build with" >&2; exit 2; }
  BASE_JAR=$BENCH_JAR
  JAR=target/quarkus-app/quarkus-run.jar
  READS=0
fi
SERVICE_JAR=$JAR
PIN=()
WORK=$(mktemp -d /tmp/storyline-bench.XXXXXX)
RESULTS=$WORK/results.txt
: > "$RESULTS"
# shellcheck source=bench/service.sh
. bench/service.sh
# The scratch databases (1.4 GB at 100k articles) go at exit; results, logs and JFR recordings stay.
cleanup() { stop_service; [ "${BENCH_KEEP:-0}" = 1 ] || rm -f "$WORK"/*/storyline.*.db; }
trap cleanup EXIT

if [ "$AOT" = 1 ]; then
  # The AOT cache is tied to the JDK build and the application's absolute path: built and used in place, and
  # the default fast-jar is rebuilt afterwards.
  JDK25=${BENCH_JDK25:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
  [ -x "$JDK25/bin/java" ] || { echo "--aot needs a JDK 25 (BENCH_JDK25)" >&2; exit 2; }
  echo "building the aot-jar and training its AOT cache (AotTrainingIT, about 2 minutes)..." >&2
  rm -rf target/quarkus-app
  STORYLINE_AOT_TRAINING=true JAVA_HOME="$JDK25" ./mvnw -B -q verify -Dquarkus.package.jar.aot.enabled=true -Dtest=none \
    -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AotTrainingIT > "$WORK/aot-build.log" 2>&1 \
    || { tail -40 "$WORK/aot-build.log" >&2; exit 1; }
  JAVA=$JDK25/bin/java
  JCMD=$JDK25/bin/jcmd
  JAVA_OPTS="$JAVA_OPTS -XX:AOTCache=$PWD/target/quarkus-app/app.aot"
  restore_fast_jar() { cleanup; rm -rf target/quarkus-app && ./mvnw -B -q package -DskipTests >&2; }
  trap restore_fast_jar EXIT
elif { [ -z "${BENCH_JAR:-}" ] || [ "$AB" = 1 ]; } && { [ "$PACKAGE" = 1 ] || [ ! -f "$JAR" ] || [ -n "$(find src/main pom.xml -newer "$JAR" -type f -print -quit)" ]; }; then
  echo "packaging..." >&2
  ./mvnw -B -q package -DskipTests >&2
fi
if { [ "$READS" = 1 ] || { [ "$DURING" = 1 ] && [[ ,$MODES, == *,single,* ]]; }; } && ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)..." >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >&2; else sudo apt-get install -y -q wrk >&2; fi
fi

# start_service NAME EXTRA_OPTS...: starts on a fresh database under $WORK/NAME, sets PID and BASE.
start_service() {
  local name=$1; shift
  mkdir -p "$WORK/$name"
  # shellcheck disable=SC2086
  "${PIN[@]}" "$JAVA" $JAVA_OPTS "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 -Dstoryline.api-keys="$KEY" \
    -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/$name/storyline;DB_CLOSE_ON_EXIT=FALSE${BENCH_H2_OPTIONS:-}" -Dquarkus.log.level=WARN \
    -Dquarkus.log.category.\"io.quarkus\".level=INFO -Dquarkus.log.category.\"io.storyline.timeline.WarmUp\".level=INFO -jar "$SERVICE_JAR" > "$WORK/$name/service.log" 2>&1 &
  PID=$!
  BASE=
  for _ in $(seq 1 240); do
    BASE=$(grep -o 'Listening on: http://[0-9.:]*' "$WORK/$name/service.log" | head -1 | sed 's/Listening on: //') || true
    [ -n "$BASE" ] && break
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/$name/service.log" >&2; exit 1; }
    sleep 0.5
  done
  [ -n "$BASE" ] || { echo "service did not start" >&2; exit 1; }
  # Traffic starts once the service reports ready, as behind a load balancer: after the start-up warm-up
  # (storyline.warm-up.articles; -Dstoryline.warm-up.articles=0 in BENCH_JAVA_OPTS measures without it).
  local listening ready
  listening=$(date +%s.%N)
  for _ in $(seq 1 240); do
    ready=$(curl -s "$BASE/q/health/ready" | tr -d ' \n' | grep -o '^{"status":"UP"') || true
    [ -n "$ready" ] && break
    sleep 0.5
  done
  [ -n "$ready" ] || { echo "service did not become ready" >&2; exit 1; }
  local seconds
  seconds=$(awk -v a="$listening" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
  echo "service $name: pid $PID at $BASE, ready $seconds s after listening (log $WORK/$name/service.log)" >&2
  echo "START service=$name ready_seconds_after_listening=$seconds" >> "$RESULTS"
}

cpu_seconds() { awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$PID/stat"; }
# jit_cpu_seconds: CPU time of the JVM's JIT compiler threads (C1, C2): warm-up, not the service's own work.
jit_cpu_seconds() {
  local total=0 t
  for t in /proc/"$PID"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in
      C1\ CompilerThre*|C2\ CompilerThre*) total=$(awk -v s="$total" '{printf "%.2f", s + ($14 + $15) / 100}' "$t/stat" 2>/dev/null || echo "$total") ;;
    esac
  done
  echo "$total"
}
# thread_group_cpu: CPU seconds of the service's threads by kind, as "name=seconds ..." (analysis pool,
# timeline upkeep, request threads, GC, JIT, the rest), so a step shows where its CPU went.
thread_group_cpu() {
  local t
  for t in /proc/"$PID"/task/*; do
    printf '%s\t%s\n' "$(cat "$t/comm" 2>/dev/null)" "$(cut -d' ' -f14,15 "$t/stat" 2>/dev/null)"
  done | awk -F'\t' '{
      split($2, c, " "); s = (c[1] + c[2]) / 100; n = $1
      g = n ~ /^storyline-analy/ ? "analysis" : n ~ /^timeline-upkeep/ ? "upkeep" : n ~ /^(executor-thread|vert\.x)/ ? "requests" \
        : n ~ /^(GC Thread|G1 )/ ? "gc" : n ~ /^C[12] CompilerThre/ ? "jit" : "other"
      sum[g] += s
    } END { printf "analysis=%.2f upkeep=%.2f requests=%.2f gc=%.2f jit=%.2f other=%.2f", sum["analysis"], sum["upkeep"], sum["requests"], sum["gc"], sum["jit"], sum["other"] }'
}
# thread_group_ms_per_article BEFORE AFTER N: the difference of two thread_group_cpu lines, in ms per article.
thread_group_ms_per_article() {
  awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN {
      split(a, x, " "); split(b, y, " ")
      for (i = 1; i <= length(y); i++) { split(x[i], p, "="); split(y[i], q, "="); printf "%s%s_ms_per_article=%.2f", (i > 1 ? " " : ""), q[1], 1000 * (q[2] - p[2]) / n }
    }'
}
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status"; }
heap_after_gc_mb() {
  "$JCMD" "$PID" GC.run >/dev/null
  "$JCMD" "$PID" GC.heap_info | awk '/ used /{for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub("K,?", "", v); printf "%.0f", v / 1024; exit}}'
}

# story_ids FILE MAX: writes up to MAX story ids (most recently active first) to FILE; bounded paging.
story_ids() {
  local file=$1 max=$2 cursor="" page
  : > "$file"
  for _ in $(seq 1 $(( (max + 99) / 100 ))); do
    page=$(curl -sf "$BASE/api/stories?limit=100${cursor:+&cursor=$cursor}")
    echo "$page" | grep -o '"id":"\?[0-9]*' | grep -o '[0-9]*$' >> "$file" || true
    cursor=$(echo "$page" | grep -o '"next":"[^"]*"' | sed 's/"next":"//; s/"$//') || true
    [ -n "$cursor" ] || break
  done
  wc -l < "$file"
}

# reads LABEL: wrk against the three read endpoints over the most recently active stories (up to 10,000),
# 2 threads, keep-alive, gzip accepted: paced at about 2,000 req/s (22 connections, 10 ms pause each), then
# closed loop (max req/s), then paced again ("warm": most stories have been read by then). First 10 s of JIT
# warm-up per endpoint on other stories (those beyond the 10,000, or the first 100 when there are no others):
# the first measured run starts with a warmer JIT but with nothing of its stories cached, so first reads of
# each story are in its percentiles.
reads() {
  local label=$1 all=$WORK/all-$1.txt ids=$WORK/ids-$1.txt warm=$WORK/warm-$1.txt count
  story_ids "$all" 12000 > /dev/null
  head -10000 "$all" > "$ids"
  count=$(wc -l < "$ids")
  tail -n +10001 "$all" > "$warm"
  [ "$(wc -l < "$warm")" -ge 100 ] || head -100 "$ids" > "$warm"
  for path in '/api/stories/%s' '/api/stories/%s/summary' '/api/stories/%s/timeline'; do
    BENCH_IDS=$warm BENCH_PATH=$path BENCH_DELAY_MS=0 wrk -t2 -c8 -d10s -s bench/reads.lua "$BASE" > /dev/null
  done
  for endpoint in story summary timeline; do
    case $endpoint in
      story) path='/api/stories/%s' ;;
      summary) path='/api/stories/%s/summary' ;;
      timeline) path='/api/stories/%s/timeline' ;;
    esac
    for mode in paced max warm; do
      local delay=0 conns=16
      [ "$mode" != max ] && { delay=10; conns=22; }
      local line load
      load=$(cut -d' ' -f1 /proc/loadavg)
      line=$(BENCH_IDS=$ids BENCH_PATH=$path BENCH_DELAY_MS=$delay wrk -t2 -c$conns -d"$DURATION" -s bench/reads.lua "$BASE" | grep '^RESULT')
      echo "READ stories=$count endpoint=$endpoint mode=$mode conns=$conns load=$load ${line#RESULT }" | tee -a "$RESULTS"
    done
  done
}

# calibration_ms: the CPU ms of a fixed piece of work (bench/Calibrate.java) on the service's cores with
# its JVM options: the machine's speed now (on shared cores it moves by half within a minute).
calibration_ms() {
  "${PIN[@]}" "$JAVA" $JAVA_OPTS bench/Calibrate.java 2>/dev/null | sed -n 's/^CALIBRATION ms=\([0-9]*\).*/\1/p'
}

# upkeep_pending: how many stories wait for the upkeep to recompute their timelines ("?" if unknown).
upkeep_pending() {
  local pending
  pending=$(curl -sf "$BASE/q/health/ready" | tr -d ' \n' | grep -o '"pending":[0-9]*' | cut -d: -f2) || true
  echo "${pending:-?}"
}

# await_upkeep [quiet]: waits (at most 15 minutes) until the service has recomputed every changed story's
# timeline; says how long it waited unless "quiet".
await_upkeep() {
  local start pending
  start=$(date +%s)
  for _ in $(seq 1 1800); do
    pending=$(upkeep_pending)
    [ "$pending" = 0 ] && break
    sleep 0.5
  done
  [ "${1:-}" = quiet ] || echo "UPKEEP pending=$pending seconds_after_ingest=$(( $(date +%s) - start ))" | tee -a "$RESULTS"
}

echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/{print $2}') RAM, load $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1), $JAVA_OPTS" | tee -a "$RESULTS"

if [ "$READS" = 1 ]; then
  start_service one -Dstoryline.demo.enabled=true
  for _ in $(seq 1 60); do [ "$(story_ids "$WORK/ids-one.txt" 100)" -ge 1 ] && break; sleep 1; done
  reads one
  stop_service
fi

# ingest_steps NAME MODE LABEL CORES: on the running service, the steps of $STEPS in MODE (two: two client
# threads, bulks of 100; single: one client, one request of 1,000 articles at a time).
ingest_steps() {
  local name=$1 mode=$2 label=$3 cores=$4 clients=2 batch=100 from=0 to step cpu cpu0 cpu_current cpu_ms cpu_current_ms jit_ms jit0 threads0 load calibration0 calibration
  [ "$mode" = single ] && { clients=1; batch=1000; }
  echo "INGEST jar=$label mode=$mode cores=$cores store=0 heap_mb=$(heap_after_gc_mb) rss_mb=$(rss_mb)" | tee -a "$RESULTS"
  for to in ${STEPS//,/ }; do
    calibration0=$(calibration_ms)
    cpu0=$(cpu_seconds); jit0=$(jit_cpu_seconds); threads0=$(thread_group_cpu); load=$(cut -d' ' -f1 /proc/loadavg)
    step=$(java bench/IngestBench.java --base "$BASE" --key "$KEY" --timebank "$TIMEBANK" --copies "$COPIES" --start "$from" --steps "$to" \
      --clients "$clients" --batch "$batch" 2>>"$WORK/$name/ingest-client.log" | grep '^STEP')
    cpu=$(awk -v a="$cpu0" -v b="$(cpu_seconds)" 'BEGIN {printf "%.2f", b - a}')
    # The step's whole cost: also the timeline recomputations still queued when its last request returned
    # (the upkeep waits for a story to settle), so a longer wait cannot move work out of the measure.
    await_upkeep quiet
    cpu_current=$(awk -v a="$cpu0" -v b="$(cpu_seconds)" 'BEGIN {printf "%.2f", b - a}')
    calibration=$(awk -v a="$(calibration_ms)" -v b="$calibration0" 'BEGIN {printf "%.0f", (a + b) / 2}')
    read -r _ f t secs rate created <<< "$step"
    cpu_ms=$(awk -v c="$cpu" -v n=$((t - f)) 'BEGIN {printf "%.2f", 1000 * c / n}')
    cpu_current_ms=$(awk -v c="$cpu_current" -v n=$((t - f)) 'BEGIN {printf "%.2f", 1000 * c / n}')
    jit_ms=$(awk -v a="$jit0" -v b="$(jit_cpu_seconds)" -v n=$((t - f)) 'BEGIN {printf "%.2f", 1000 * (b - a) / n}')
    echo "THREADS jar=$label mode=$mode cores=$cores store=$t from=$f $(thread_group_ms_per_article "$threads0" "$(thread_group_cpu)" $((t - f)))" | tee -a "$RESULTS"
    echo "INGEST jar=$label mode=$mode cores=$cores store=$t from=$f seconds=$secs rate=$rate $created service_cpu_ms_per_article=$cpu_ms cpu_ms_until_current=$cpu_current_ms jit_cpu_ms_per_article=$jit_ms calibration_ms=$calibration load=$load heap_mb=$(heap_after_gc_mb) rss_mb=$(rss_mb)" | tee -a "$RESULTS"
    from=$to
  done
  LAST_STORE=$from
}

# reads_during_bulk LABEL CORES: timeline GETs paced at ~400 req/s (8 connections, 20 ms pause) for 10 s on a
# quiet service, then while one client sends 5,000 more articles (requests of 1,000); p50/p99 of both.
reads_during_bulk() {
  local label=$1 cores=$2 ids=$WORK/during-$1-$2.txt quiet busy wrk_pid step load
  story_ids "$ids" 10000 > /dev/null
  quiet=$(BENCH_IDS=$ids BENCH_PATH='/api/stories/%s/timeline' BENCH_DELAY_MS=20 wrk -t2 -c8 -d10s -s bench/reads.lua "$BASE" | grep '^RESULT')
  load=$(cut -d' ' -f1 /proc/loadavg)
  BENCH_IDS=$ids BENCH_PATH='/api/stories/%s/timeline' BENCH_DELAY_MS=20 wrk -t2 -c8 -d600s -s bench/reads.lua "$BASE" \
    > "$WORK/during-$label-$cores.wrk" &
  wrk_pid=$!
  sleep 1
  step=$(java bench/IngestBench.java --base "$BASE" --key "$KEY" --timebank "$TIMEBANK" --copies "$COPIES" --start "$LAST_STORE" \
    --steps $((LAST_STORE + 5000)) --clients 1 --batch 1000 2>>"$WORK/during-client.log" | grep '^STEP')
  kill -INT "$wrk_pid"; wait "$wrk_pid" || true
  busy=$(grep '^RESULT' "$WORK/during-$label-$cores.wrk")
  read -r _ _ _ _ rate _ <<< "$step"
  quiet=$(echo "${quiet#RESULT }" | sed 's/\([a-z0-9_]*\)=/quiet_\1=/g')
  busy=$(echo "${busy#RESULT }" | sed 's/\([a-z0-9_]*\)=/busy_\1=/g')
  echo "DURING jar=$label cores=$cores ingest_rate=$rate load=$load $quiet $busy" | tee -a "$RESULTS"
}

# ingest_run NAME MODE LABEL JAR CORES: a fresh store and service of JAR (CORES 1: pinned to core 0), the
# ingest steps in MODE, then (single mode) the reads during a bulk; waits for the timeline upkeep.
ingest_run() {
  local name=$1 mode=$2 label=$3 jar=$4 cores=$5 jfr_opts=()
  SERVICE_JAR=$jar
  PIN=()
  [ "$cores" = 1 ] && PIN=(taskset -c 0)
  [ "$JFR" = 1 ] && jfr_opts=(-XX:StartFlightRecording=filename=$WORK/$name.jfr,settings=${BENCH_JFC:-profile})
  start_service "$name" "${jfr_opts[@]}"
  ingest_steps "$name" "$mode" "$label" "$cores"
  [ "$JFR" = 1 ] && "$JCMD" "$PID" JFR.dump filename="$WORK/$name.jfr" > /dev/null && echo "JFR recording: $WORK/$name.jfr (bench/jfr-top.py summarises it)" >&2
  if [ "$mode" = single ] && [ "$DURING" = 1 ]; then
    reads_during_bulk "$label" "$cores"
  fi
  await_upkeep
  stop_service
  SERVICE_JAR=$JAR
  PIN=()
}

if [ "$INGEST" = 1 ] && [ "$AB" = 1 ]; then
  for round in $(seq 1 "$ROUNDS"); do
    for cores in ${CORES//,/ }; do
      for mode in ${MODES//,/ }; do
        # Base first in odd rounds, new first in even ones: the machine's speed drifts over minutes, and a
        # fixed order would hand the drift to one build (ABBA order cancels a steady drift over two rounds).
        if [ $((round % 2)) = 1 ]; then
          ingest_run "base-$mode-$cores-$round" "$mode" base "$BASE_JAR" "$cores"
          ingest_run "new-$mode-$cores-$round" "$mode" new "$JAR" "$cores"
        else
          ingest_run "new-$mode-$cores-$round" "$mode" new "$JAR" "$cores"
          ingest_run "base-$mode-$cores-$round" "$mode" base "$BASE_JAR" "$cores"
        fi
      done
    done
  done
elif [ "$INGEST" = 1 ]; then
  label=$( [ -n "${BENCH_JAR:-}" ] && echo "$(basename "$(dirname "$(dirname "$BENCH_JAR")")")" || echo this)
  for cores in ${CORES//,/ }; do
    for mode in ${MODES//,/ }; do
      # The two-thread run's store ("ingest") is the one the reads below restart on.
      if [ "$mode" = two ] && [ "$cores" = "${CORES%%,*}" ]; then name=ingest; else name=ingest-$mode-$cores; fi
      ingest_run "$name" "$mode" "$label" "$JAR" "$cores"
    done
  done
  if [ "$READS" = 1 ] && [ -d "$WORK/ingest" ]; then
    sync # the ingest's writes reach the disk now, not during the reads
    # Restarted on the same database: the reads start with empty in-memory caches, as after a deploy.
    start_service ingest
    reads many
    stop_service
  fi
fi

echo
echo "== Storyline benchmark ($WORK) =="
table() {
  awk '
    /^machine/ {print; next}
    /^UPKEEP/ {print "timelines current " $3 " (" $2 ")"; next}
    /^START/ {split($2, name, "="); split($3, r, "="); print "service " name[2] " ready " r[2] " s after it listened (start-up warm-up)"; next}
    /^INGEST/ {
      for (i = 2; i <= NF; i++) {split($i, kv, "="); v[kv[1]] = kv[2]}
      if (!hdr1++) printf "\n%-5s %-6s %-6s %-14s %-11s %-11s %-13s %-11s %-9s %-8s %-8s %-10s %s\n", "jar", "mode", "cores", "store", "articles/s", "cpu ms/art", "(to current)", "(of it JIT)", "heap MB", "RSS MB", "created", "calib. ms", "load(1m)"
      printf "%-5s %-6s %-6s %-14s %-11s %-11s %-13s %-11s %-9s %-8s %-8s %-10s %s\n", v["jar"], v["mode"], v["cores"], (v["from"] == "" ? "" : v["from"] "->") v["store"], v["rate"], v["service_cpu_ms_per_article"], v["cpu_ms_until_current"], v["jit_cpu_ms_per_article"], v["heap_mb"], v["rss_mb"], v["created"], v["calibration_ms"], v["load"]
      if (v["from"] != "") {
        key = v["mode"] " " v["cores"] " " v["from"] "->" v["store"]
        sum[key, v["jar"]] += v["rate"]; cpu[key, v["jar"], ++n[key, v["jar"]]] = v["service_cpu_ms_per_article"]
        current[key, v["jar"], n[key, v["jar"]]] = v["cpu_ms_until_current"]
        calib[key, v["jar"], n[key, v["jar"]]] = v["calibration_ms"]
        if (!(key in seen)) { seen[key] = 1; keys[++k] = key }
      }
      delete v
    }
    /^DURING/ {
      for (i = 2; i <= NF; i++) {split($i, kv, "="); d[kv[1]] = kv[2]}
      if (!hdr3++) printf "\ntimeline GETs (~400 req/s paced) during a single-stream bulk of 5,000 articles\n%-5s %-6s %-12s %-12s %-12s %-12s %-10s %s\n", "jar", "cores", "quiet p50", "quiet p99", "bulk p50", "bulk p99", "ingest/s", "load(1m)"
      printf "%-5s %-6s %-12s %-12s %-12s %-12s %-10s %s\n", d["jar"], d["cores"], d["quiet_p50_ms"], d["quiet_p99_ms"], d["busy_p50_ms"], d["busy_p99_ms"], d["ingest_rate"], d["load"]
      delete d
    }
    END {
      if (k > 0) {
        for (j = 1; j <= k; j++) {
          key = keys[j]
          if (n[key, "base"] && n[key, "new"]) {
            if (!hdr4++) printf "\nA/B (mean over rounds; CPU ratio: new/base of each round, the machine drifts between rounds; \"to current\": until the step'"'"'s timelines are recomputed; \"per calibration ms\": that ratio with each run'"'"'s CPU divided by the calibration time measured around its step)\n%-6s %-6s %-14s %-10s %-10s %-9s %-12s %-12s %-23s %-23s %-23s %s\n", "mode", "cores", "step", "base/s", "new/s", "new/base", "base cpu ms", "new cpu ms", "cpu new/base per round", "to current, base -> new", "per round", "per calibration ms"
            split(key, p, " ")
            b = sum[key, "base"] / n[key, "base"]; w = sum[key, "new"] / n[key, "new"]
            cb = 0; cn = 0; ratios = ""; ub = 0; un = 0; uratios = ""; cratios = ""
            for (round = 1; round <= n[key, "base"]; round++) { cb += cpu[key, "base", round]; ub += current[key, "base", round] }
            for (round = 1; round <= n[key, "new"]; round++) { cn += cpu[key, "new", round]; un += current[key, "new", round] }
            for (round = 1; round <= n[key, "base"] && round <= n[key, "new"]; round++) {
              ratios = ratios (round > 1 ? " " : "") sprintf("%.2f", cpu[key, "new", round] / cpu[key, "base", round])
              uratios = uratios (round > 1 ? " " : "") sprintf("%.2f", current[key, "new", round] / current[key, "base", round])
              if (calib[key, "new", round] > 0 && calib[key, "base", round] > 0)
                cratios = cratios (round > 1 ? " " : "") sprintf("%.2f", (current[key, "new", round] / calib[key, "new", round]) / (current[key, "base", round] / calib[key, "base", round]))
            }
            printf "%-6s %-6s %-14s %-10.0f %-10.0f %-9.2f %-12.2f %-12.2f %-23s %-23s %-23s %s\n", p[1], p[2], p[3], b, w, w / b, cb / n[key, "base"], cn / n[key, "new"], ratios, sprintf("%.2f -> %.2f", ub / n[key, "base"], un / n[key, "new"]), uratios, cratios
          }
        }
      }
    }' "$RESULTS"
  awk '
    /^READ/ {
      for (i = 2; i <= NF; i++) {split($i, kv, "="); v[kv[1]] = kv[2]}
      if (!hdr2++) printf "\n%-8s %-9s %-7s %-6s %-8s %-8s %-8s %-7s %s\n", "stories", "endpoint", "mode", "conns", "req/s", "p50 ms", "p99 ms", "errors", "load(1m)"
      printf "%-8s %-9s %-7s %-6s %-8s %-8s %-8s %-7s %s\n", v["stories"], v["endpoint"], v["mode"], v["conns"], v["rps"], v["p50_ms"], v["p99_ms"], v["errors"], v["load"]
      delete v
    }' "$RESULTS"
}
table
