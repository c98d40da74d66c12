#!/usr/bin/env bash
# Topic-search latency: GET /api/timeline?q=NAME with many stories stored, paced at a fixed offered rate.
# Fills a scratch H2 store through the packaged service (bench/IngestBench.java: TimeBank variants in
# story-sized blocks, so ~42k articles give ~10k stories), then restarts the service on that store, lets it
# index, warms the JIT for 10 s and runs wrk at the offered rate; prints p50/p99 and the rate served.
#
#   bench/search.sh                          # this build (target/quarkus-app), 42,000 articles, 500 req/s, 30 s
#   BENCH_JAR=/tmp/base/quarkus-app/quarkus-run.jar bench/search.sh    # also that build, on the same store
#   options: --articles N  --rate R (offered req/s)  --duration 30s
#            --connections C (default 12, one wrk thread; each pauses 10*1000/R ms between requests, so C
#              connections offer up to C/10 R: with a few ms of latency, about R is served)
#            --store DIR (keep the filled store and its names in DIR; a later run with the same DIR skips the fill)
#   env: BENCH_JAVA_OPTS (default '-Xmx1g -XX:TieredStopAtLevel=1'), BENCH_TIMEBANK, BENCH_KEEP=1
#
# The names asked for are taken from the stored stories' titles (a capitalised word of four letters or more,
# found in at most 1 % of the titles, from each of 300 stories), so every query finds at least one story.
# A common word ("Friday") is found in thousands of stories and costs a timeline assembly for each: time
# one with curl to see it.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=42000
RATE=500
DURATION=30s
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES=$2; shift ;;
    --rate) RATE=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --store) STORE=$2; shift ;;
    --connections) CONNS=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}
TIMEBANK=${BENCH_TIMEBANK:-../shared/eval/timeml/timebank}
NEW_JAR=target/quarkus-app/quarkus-run.jar
[ -f "$NEW_JAR" ] || ./mvnw -B -q package -DskipTests >&2
command -v wrk > /dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
KEY=bench-$RANDOM$RANDOM
STORE=${STORE:-}
if [ -n "$STORE" ]; then mkdir -p "$STORE"; WORK=$(cd "$STORE" && pwd); else WORK=$(mktemp -d /tmp/storyline-search.XXXXXX); fi
# shellcheck source=bench/service.sh
. bench/service.sh
cleanup() { stop_service; [ "${BENCH_KEEP:-0}" = 1 ] || [ -n "$STORE" ] || rm -rf "$WORK/db"; }
trap cleanup EXIT

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $JAVA_OPTS" >&2
if [ ! -s "$WORK/terms.txt" ]; then
start "$NEW_JAR" "$WORK/fill.log"
java bench/IngestBench.java --base "$BASE" --key "$KEY" --timebank "$TIMEBANK" --start 0 --steps "$ARTICLES" \
  --clients 2 --batch 100 2>> "$WORK/ingest-client.log" | grep '^STEP' >&2
await_upkeep
# Names from the titles of 300 stories spread over the store.
: > "$WORK/ids.txt"
cursor=""
for _ in $(seq 1 150); do
  page=$(curl -sf "$BASE/api/stories?limit=100${cursor:+&cursor=$cursor}")
  echo "$page" | python3 -c 'import json,sys; [print(s["title"]) for s in json.load(sys.stdin).get("items", [])]' >> "$WORK/titles.txt"
  cursor=$(echo "$page" | grep -o '"next":"[^"]*"' | sed 's/"next":"//; s/"$//') || true
  [ -n "$cursor" ] || break
done
COUNT=$(wc -l < "$WORK/titles.txt")
python3 - "$WORK/titles.txt" > "$WORK/terms.txt" <<'EOF'
import re, sys, urllib.parse
from collections import Counter
titles = open(sys.argv[1], encoding='utf-8').read().splitlines()
# Names, not the capitalised common words of titles ("Friday", "Corp"): words in at most 1 % of titles.
seen = Counter(w for title in titles for w in set(re.findall(r"[A-Z][A-Za-z]{3,}", title)))
step = max(1, len(titles) // 300)
terms = []
for title in titles[::step]:
    words = [w for w in re.findall(r"[A-Z][A-Za-z]{3,}", title) if seen[w] <= max(1, len(titles) // 100)]
    if words:
        terms.append(urllib.parse.quote(words[len(words) // 2]))
print('\n'.join(sorted(set(terms))))
EOF
echo "store: $ARTICLES articles, $COUNT stories, $(wc -l < "$WORK/terms.txt") distinct names asked for" >&2
stop_service
fi
COUNT=$(wc -l < "$WORK/titles.txt")

CONNS=${CONNS:-12}
DELAY=$(( 10 * 1000 / RATE ))
printf '%-6s %-8s %-8s %-10s %-10s %-10s %-8s %s\n' jar stories offered served/s p50_ms p99_ms errors 'load(1m)'
for label in new ${BENCH_JAR:+base}; do
  jar=$NEW_JAR
  [ "$label" = base ] && jar=$BENCH_JAR
  start "$jar" "$WORK/$label.log"
  await_upkeep
  # JIT warm-up and the start-up indexing: 10 s of the same queries, not measured.
  BENCH_IDS=$WORK/terms.txt BENCH_PATH='/api/timeline?q=%s' BENCH_DELAY_MS=$DELAY \
    wrk -t1 -c$CONNS -d10s -s bench/reads.lua "$BASE" > /dev/null
  load=$(cut -d' ' -f1 /proc/loadavg)
  line=$(BENCH_IDS=$WORK/terms.txt BENCH_PATH='/api/timeline?q=%s' BENCH_DELAY_MS=$DELAY \
    wrk -t1 -c$CONNS -d"$DURATION" --timeout 10s -s bench/reads.lua "$BASE" | grep '^RESULT')
  rps=$(echo "$line" | grep -o 'rps=[0-9]*' | cut -d= -f2)
  p50=$(echo "$line" | grep -o 'p50_ms=[0-9.]*' | cut -d= -f2)
  p99=$(echo "$line" | grep -o 'p99_ms=[0-9.]*' | cut -d= -f2)
  errors=$(echo "$line" | grep -o 'errors=[0-9]*' | cut -d= -f2)
  printf '%-6s %-8s %-8s %-10s %-10s %-10s %-8s %s\n' "$label" "$COUNT" "$(( CONNS * 1000 / DELAY ))" "$rps" "$p50" "$p99" "$errors" "$load"
  stop_service
done
