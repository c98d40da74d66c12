#!/usr/bin/env bash
# The OpenAPI contract check (README, "The API contract"): starts the packaged service (build it first with
# ./mvnw package) on a free loopback port with the demo story, then
#   1. lints the document it serves (/q/openapi) with Redocly's recommended rules: 0 errors, or this fails;
#   2. generates a TypeScript client with openapi-typescript and type-checks client.ts against it (tsc);
#   3. runs client.ts (openapi-fetch) against the service: lists stories, pages a timeline, gets a 304 and
#      a problem+json 404, reads the TimelineJS export.
# Needs Node.js 18 or newer with npm; the packages come from the npm registry at the versions
# package-lock.json pins (npm ci).
set -euo pipefail
cd "$(dirname "$0")"
app=../../../target/quarkus-app/quarkus-run.jar
[ -f "$app" ] || { echo "contract: $app is missing: run ./mvnw package first" >&2; exit 1; }

npm ci --no-audit --no-fund --loglevel=error

port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
log=$(mktemp)
STORYLINE_DEMO_ENABLED=true STORYLINE_API_KEYS=contract-key STORYLINE_WARM_UP_ARTICLES=0 \
  QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_DATASOURCE_JDBC_URL='jdbc:h2:mem:contract;DB_CLOSE_DELAY=-1' \
  java -jar "$app" >"$log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; rm -f "$log"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  if curl -fs "$base/q/health/ready" >/dev/null 2>&1; then break; fi
  kill -0 "$service" 2>/dev/null || { cat "$log" >&2; echo "contract: the service did not start" >&2; exit 1; }
  sleep 1
done
curl -fs "$base/q/health/ready" >/dev/null || { cat "$log" >&2; echo "contract: the service is not ready" >&2; exit 1; }

mkdir -p generated
curl -fsS "$base/q/openapi?format=json" -o generated/openapi.json
npx redocly lint generated/openapi.json --format stylish
npx openapi-typescript generated/openapi.json -o generated/storyline.ts
npx tsc --noEmit -p .
npx tsc -p .
STORYLINE_URL="$base" node out/client.js
