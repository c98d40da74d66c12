#!/usr/bin/env bash
# Key dates of a big story: CPU and latency of GET /api/stories/{id}/timeline?dates=N&perDate=K on a story of
# ~500 articles. Fills a scratch H2 store through the packaged service with the demo story's five articles and
# 495 variants of them (each sentence kept with probability 0.9, a closing line with a serial number, published
# over the same week), so they form one story; waits for the timeline upkeep; then measures the service
# process's CPU time (utime + stime from /proc, 10 ms ticks) around:
#   cold, first:   the first dates=10&perDate=2 after a restart (nothing cached, JIT cold)
#   cold, warm JIT: dates=1..30 with perDate=2, each a new cache key (nothing cached, JIT warm)
#   cached:        10 s of one cached dates=10&perDate=2, one connection (a lookup of its bytes)
#
#   bench/keydates.sh                  # this build (target/quarkus-app)
#   env: BENCH_JFR=FILE (a flight recording of the uncached warm-JIT requests), BENCH_JAVA_OPTS (default '-Xmx1g -XX:TieredStopAtLevel=1'), BENCH_ARTICLES (default 500), BENCH_JAR (another build's quarkus-run.jar, e.g. main's, to compare)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}
ARTICLES=${BENCH_ARTICLES:-500}
JAR=${BENCH_JAR:-target/quarkus-app/quarkus-run.jar}
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests >&2
KEY=bench-$RANDOM$RANDOM
WORK=$(mktemp -d /tmp/storyline-keydates.XXXXXX)
# shellcheck source=bench/service.sh
. bench/service.sh
trap 'stop_service; rm -rf "$WORK"' EXIT
# CPU seconds of the service process so far.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$PID/stat"; }

python3 - "$ARTICLES" > "$WORK/articles.ndjson" <<'EOF'
import json, random, re, sys
from pathlib import Path
total = int(sys.argv[1])
demo = Path("src/main/resources/demo/geneva-talks-2022")
rows = [l.split("\t") for l in (demo / "manifest.tsv").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
random.seed(500)
for n in range(total):
    name, day, source, title = rows[n % len(rows)][:4]
    text = (demo / name).read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if n >= len(rows):
        paragraphs = [p for p in paragraphs if random.random() < 0.9] + [f"Reference {n} of this report."]
    hour = (n * 7) % 24
    print(json.dumps({"url": f"https://keydates.bench/{n}", "title": title.strip(), "body": "\n\n".join(paragraphs),
                      "publishedAt": f"{day}T{hour:02d}:{n % 60:02d}:00Z", "source": source}))
EOF
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $JAVA_OPTS" >&2
start "$JAR" "$WORK/fill.log"
curl -sf -H "X-API-Key: $KEY" -H 'Content-Type: application/x-ndjson' --data-binary @"$WORK/articles.ndjson" \
  "$BASE/api/articles/bulk" > /dev/null
await_upkeep
STORY=$(curl -sf "$BASE/api/stories?limit=100" | python3 -c '
import json, sys
items = json.load(sys.stdin)["items"]
best = max(items, key=lambda s: s["articleCount"])
print(best["id"], best["articleCount"], len(items))')
read -r ID COUNT STORIES <<< "$STORY"
echo "store: $ARTICLES articles, $STORIES stories; the biggest, story $ID, holds $COUNT articles" >&2
stop_service

start "$JAR" "$WORK/run.log"
await_upkeep
sleep 5
url() { echo "$BASE/api/stories/$ID/timeline?dates=$1&perDate=2"; }
before=$(cpu); t0=$(date +%s.%N)
curl -sf -o "$WORK/first.json" "$(url 10)"
after=$(cpu); t1=$(date +%s.%N)
echo "cold, first request after start: CPU $(echo "($after - $before) * 1000" | bc) ms, wall $(echo "($t1 - $t0) * 1000" | bc | cut -d. -f1) ms" \
  "($(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["dates"]), "dates from", d["articlesRead"], "articles")' "$WORK/first.json" 2>/dev/null || echo '?'))"
[ -z "${BENCH_JFR:-}" ] || jcmd "$PID" JFR.start name=keydates settings=profile filename="$BENCH_JFR" > /dev/null
before=$(cpu); t0=$(date +%s.%N)
for n in $(seq 1 30); do curl -sf -o /dev/null "$(url "$n")"; done
after=$(cpu); t1=$(date +%s.%N)
[ -z "${BENCH_JFR:-}" ] || jcmd "$PID" JFR.stop name=keydates > /dev/null
echo "cold, warm JIT (30 uncached requests): CPU $(echo "($after - $before) * 1000 / 30" | bc) ms a request, wall $(echo "($t1 - $t0) * 1000 / 30" | bc) ms"
curl -sf -o /dev/null "$(url 10)"
before=$(cpu)
echo "$ID" > "$WORK/ids.txt"
line=$(BENCH_IDS="$WORK/ids.txt" BENCH_PATH="/api/stories/%s/timeline?dates=10&perDate=2" \
  wrk -t1 -c1 -d10s -s bench/reads.lua "$BASE" | grep '^RESULT')
after=$(cpu)
requests=$(echo "$line" | grep -o 'requests=[0-9]*' | cut -d= -f2)
echo "cached: $line; CPU $(echo "scale=3; ($after - $before) * 1000 / $requests" | bc) ms a request"
