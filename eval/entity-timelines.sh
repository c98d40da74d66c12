#!/usr/bin/env bash
# Entity-timeline figures (SemEval-2015 Task 4 style) of the packaged service on a corpus of that task:
# starts target/quarkus-app on a scratch H2 database (loopback, a key of its own), bulk-ingests the corpus,
# runs ../shared/eval/entity-timelines/score.py against GET /api/timeline?q=ENTITY and stops the service.
#
#   eval/entity-timelines.sh                      # the dev corpus ../shared/eval/entity-timelines/apple
#   eval/entity-timelines.sh CORPUS_DIR [PORT]    # another corpus of the same layout
#   EVAL_JAR=/tmp/base/quarkus-app/quarkus-run.jar eval/entity-timelines.sh   # another build
#
# Package first (./mvnw -q package -DskipTests). Prints per-entity F1 and the strict/relaxed P/R/F1 line
# with the publication-date baseline of the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
SCORER=../shared/eval/entity-timelines/score.py
CORPUS=${1:-../shared/eval/entity-timelines/apple}
PORT=${2:-18731}
JAR=${EVAL_JAR:-target/quarkus-app/quarkus-run.jar}
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -q package -DskipTests first" >&2; exit 2; }
WORK=$(mktemp -d /tmp/storyline-entity-eval.XXXXXX)
KEY=eval-$RANDOM$RANDOM
java -Xmx1g -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dstoryline.api-keys="$KEY" \
  -Dstoryline.demo.enabled=false -Dstoryline.warm-up.articles=0 -Dquarkus.log.level=WARN \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/storyline;DB_CLOSE_ON_EXIT=FALSE" \
  -jar "$JAR" > "$WORK/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
BASE=http://127.0.0.1:$PORT
for _ in $(seq 1 240); do
  curl -sf "$BASE/q/health/ready" > /dev/null && break
  kill -0 $PID 2>/dev/null || { cat "$WORK/service.log" >&2; exit 1; }
  sleep 0.5
done
python3 "$SCORER" articles "$CORPUS" > "$WORK/articles.json"
curl -sf -o /dev/null -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
  --data-binary @"$WORK/articles.json" "$BASE/api/articles/bulk"
python3 "$SCORER" score "$BASE" "$CORPUS"
