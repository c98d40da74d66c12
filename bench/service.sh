# Sourced by the benchmark scripts (bench/search.sh, bench/keydates.sh; bench/run.sh uses stop_service): the
# packaged service on a scratch H2 store. Needs JAVA_OPTS, KEY and WORK (the store is $WORK/db); sets PID and BASE.

# start JAR LOG: the service on the scratch store; returns once it is ready.
start() {
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 -Dstoryline.api-keys="$KEY" \
    -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/db/storyline;DB_CLOSE_ON_EXIT=FALSE" -Dquarkus.log.level=WARN \
    -Dquarkus.log.category.\"io.quarkus\".level=INFO -jar "$1" > "$2" 2>&1 &
  PID=$!
  BASE=
  for _ in $(seq 1 480); do
    BASE=$(grep -o 'Listening on: http://[0-9.:]*' "$2" | head -1 | sed 's/Listening on: //') || true
    [ -n "$BASE" ] && curl -sf "$BASE/q/health/ready" > /dev/null && break
    kill -0 "$PID" 2>/dev/null || { cat "$2" >&2; exit 1; }
    sleep 0.5
  done
}

stop_service() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
  fi
  PID=
}

# Until the timeline upkeep has nothing pending (health check), at most 15 minutes.
await_upkeep() {
  for _ in $(seq 1 1800); do
    curl -sf "$BASE/q/health/ready" | tr -d ' \n' | grep -q '"pending":0' && return
    sleep 0.5
  done
}
PID=
