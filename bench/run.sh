#!/usr/bin/env bash
# Measures, in one run with wrk (16 connections), against the app built in Release on the synthetic
# national data set (2,477 gminy; seeded here when missing):
#   (a) a gmina's strategy page for a signed-in coordinator (rendered on every request),
#   (b) the benchmark API for one metric across every sharing gmina (bearer token of an API client),
#   (c) the exact bytes of (a) as a static file served by the same app,
#   (d) an anonymous, published strategy page of a synthetic gmina (output cache),
#   (e) partners of 50 synthetic gminy saving values through the API (bench/load), then checking nothing was lost,
#   (f) a coordinator alternating an element edit and the strategy page (a cache miss each time),
# and prints requests/s, p50, p99, the ratios (a)/(c) and (d)/(c) and the process's peak memory; then
#   (g) the start: five starts to /health/ready each in Production and Development settings (ReadyToRun and not),
#   (h) documents: the Chrzanów annual report DOCX and the import preview of a 62-page PDF, medians and memory.
# See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-/tmp/strategy-bench/strategy.db}
PORT=${BENCH_PORT:-5099}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-30s}
METRIC=${BENCH_METRIC:-bezrobotni-zarejestrowani}
YEAR=${BENCH_YEAR:-2024}
BASE="http://127.0.0.1:$PORT"
WEB=src/Strategy.Web
DLL=bin/Release/net10.0/Strategy.Web.dll
WORK=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

dotnet build "$WEB" -c Release -v quiet -nologo >/dev/null
dotnet build bench/load -c Release -v quiet -nologo >/dev/null
LOAD="dotnet bench/load/bin/Release/net10.0/Strategy.Load.dll"
mkdir -p "$(dirname "$DB")"
export ASPNETCORE_ENVIRONMENT=Development          # the demo accounts sign in; the build is Release
export ConnectionStrings__Sqlite="Data Source=$DB"
export Logging__LogLevel__Default=Warning
export MALLOC_ARENA_MAX=2                         # as the container image runs (Dockerfile)
export Security__SignInAttemptsPerMinute=1000
# wrk is one address sending thousands of anonymous requests a second: lift the anonymous throttling,
# whose cost per request is still measured.
export Security__AnonymousRequestsPerMinute=100000000
export Security__AnonymousRequestsPerMinuteTotal=100000000

if [[ ! -f "$DB" ]]; then
  echo "Seeding the national data set into $DB …"
  (cd "$WEB" && /usr/bin/time -f "seed-national: %e s wall, %M KiB peak" dotnet "$DLL" seed-national)
fi

# (e)'s partners: an open round and a partner account in each of the first 50 synthetic gminy (idempotent).
(cd "$WEB" && dotnet "$DLL" seed-bench-partners --count 50)

SERVER=""
start_server() { # log file; the app of $WEB in the current environment, on $BASE
  (cd "$WEB" && ASPNETCORE_URLS="$BASE" exec dotnet "$DLL") >"$1" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 120); do curl -fs "$BASE/health/ready" >/dev/null && break; sleep 1; done
  curl -fs "$BASE/health/ready" >/dev/null || { echo "The app did not become ready; see its log:" >&2; cat "$1" >&2; exit 1; }
}
stop_server() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
peak_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER/status"; }
trap 'stop_server; rm -rf "$WORK" "$WEB/wwwroot/bench"' EXIT
start_server "$WORK/server.log"

source bench/sign-in.sh
cookie_header() { awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$1"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

sign_in "$WORK/admin" admin@chrzanow.demo
CLIENT=$(curl -fs -b "$WORK/admin" -H "Origin: $BASE" -H 'Content-Type: application/json' -d '{"displayName":"bench","scopes":["strategy.read"]}' "$BASE/api/v1/chrzanow/api-clients")
TOKEN=$(curl -fs -d grant_type=client_credentials -d scope=strategy.read \
  --data-urlencode "client_id=$(echo "$CLIENT" | json 'd["clientId"]')" --data-urlencode "client_secret=$(echo "$CLIENT" | json 'd["clientSecret"]')" \
  "$BASE/connect/token" | json 'd["access_token"]')
STRATEGY=$(curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/chrzanow/strategies" | json 'd[0]["id"]')

sign_in "$WORK/coordinator" koordynator@chrzanow.demo
COOKIE=$(cookie_header "$WORK/coordinator")
PAGE="$BASE/chrzanow/strategie/$STRATEGY"
API="$BASE/api/v1/chrzanow/benchmarks/$METRIC?year=$YEAR"
mkdir -p "$WEB/wwwroot/bench"
curl -fs -H "Cookie: $COOKIE" -o "$WEB/wwwroot/bench/strategy.html" "$PAGE"
STATIC="$BASE/bench/strategy.html"

# A synthetic gmina whose pages are public: its adopted strategy, as an anonymous visitor reads it.
PUBLISHED=""
for t in $(curl -fs "$BASE/api/v1/tenants" | json '"\n".join(x["identifier"] for x in d if x["identifier"] not in ("chrzanow","krasnystaw"))'); do
  if list=$(curl -fs "$BASE/api/v1/$t/strategies" 2>/dev/null) && [[ "$list" != "[]" ]]; then
    PUBLISHED="$BASE/$t/strategie/$(echo "$list" | json 'd[0]["id"]')"; break
  fi
done
[[ -n "$PUBLISHED" ]] || { echo "No synthetic gmina with public pages found" >&2; exit 1; }

GMINY=$(curl -fs -H "Authorization: Bearer $TOKEN" "$API" | json 'len(d["rows"])')
echo "Data: $(curl -fs "$BASE/api/v1/tenants" | json 'len(d)') gminy; benchmark $METRIC $YEAR compares $GMINY; page (a) $(stat -c %s "$WEB/wwwroot/bench/strategy.html") bytes"

run() { # name, url, extra wrk args…
  local name=$1 url=$2; shift 2
  curl -fs -o /dev/null "$@" "$url" # fails early on a bad URL
  # Unmeasured: the JIT's tiered compilation and the caches settle before the run that counts.
  wrk -t2 -c16 -d"$WARMUP" "$@" "$url" >/dev/null
  wrk -t2 -c16 -d"$DURATION" -s bench/report.lua "$@" "$url" | grep '^RESULT' | sed "s/^RESULT/$name/"
}
A=$(run "a-strategy-page" "$PAGE" -H "Cookie: $COOKIE")
B=$(run "b-benchmark-api" "$API" -H "Authorization: Bearer $TOKEN")
C=$(run "c-static-file" "$STATIC")
D=$(run "d-published-page" "$PUBLISHED")
printf '%s\n' "$A" "$B" "$C" "$D"
rps() { echo "$1" | sed -n 's/.*rps=\([0-9.]*\).*/\1/p'; }
awk -v a="$(rps "$A")" -v c="$(rps "$C")" -v d="$(rps "$D")" 'BEGIN { printf "ratio (a)/(c) = %.1f %%   ratio (d)/(c) = %.1f %%\n", 100 * a / c, 100 * d / c }'

# (e) The write path: unmeasured once for the JIT and the caches, then measured.
$LOAD writes "$BASE" 50 16 "${WARMUP%s}" >/dev/null
# Its first line (what is written, by how many) to the terminal; not through tee /dev/stderr, which truncates a log file.
$LOAD writes "$BASE" 50 16 "${DURATION%s}" >"$WORK/e.txt"
grep -v '^RESULT' "$WORK/e.txt" >&2
E=$(grep '^RESULT' "$WORK/e.txt" | sed 's/^RESULT //')
# (f) The strategy page right after an element edit.
F=$($LOAD page-after-edit "$BASE" "${DURATION%s}" | grep '^RESULT' | sed 's/^RESULT //')
printf '%s\n' "$E" "$F"
echo "peak memory of the app through (a)–(f): $(peak_mb) MB"
if printf '%s\n' "$A" "$B" "$C" "$D" | grep -qv ' errors=0$' || ! printf '%s\n' "$E" "$F" | grep -q 'errors=0'; then
  echo "Some requests failed or timed out (errors above): these figures do not count; see the app's log." >&2
  cat "$WORK/server.log" >&2
  exit 1
fi
stop_server

# (h) Documents, in a process of their own so that its peak memory is theirs (and its start's).
if command -v soffice >/dev/null; then
  dotnet run --project bench/scorecard -c Release -- --long "$WORK/dluga.docx" >/dev/null
  soffice --headless --convert-to pdf --outdir "$WORK" "$WORK/dluga.docx" >/dev/null 2>&1
  ConnectionStrings__Sqlite="Data Source=$WORK/documents.db" start_server "$WORK/documents.log"
  echo "(h) PDF: $(pdfinfo "$WORK/dluga.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }') pages; memory after start: $(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER/status") MB"
  $LOAD documents "$BASE" "$WORK/dluga.pdf" 10 | grep '^RESULT' | sed 's/^RESULT //'
  echo "peak memory of the process that built them: $(peak_mb) MB"
  stop_server
else
  echo "(h) skipped: LibreOffice (soffice) makes the 62-page PDF; apt-get install libreoffice-writer-nogui" >&2
fi

# (g) The start: median of five, database already migrated, in the settings of a deployment (Production,
# certificates from files, no demo data) and of Development (demo data), from the ReadyToRun publish the
# container image runs and from the plain Release build.
dotnet publish "$WEB/Strategy.Web.csproj" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -p:UseAppHost=false -o "$WORK/publish" -v quiet -nologo >/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" -days 30 -subj "/CN=bench" 2>/dev/null
openssl pkcs12 -export -inkey "$WORK/key.pem" -in "$WORK/cert.pem" -out "$WORK/cert.pfx" -passout pass:bench
starts() { # label dll: five starts; prints each and the median
  local times=() t0 t1 pid
  for _ in 1 2 3 4 5; do
    t0=$(date +%s%N)
    (cd "$WEB" && ASPNETCORE_URLS="$BASE" exec dotnet "$2") >"$WORK/start.log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "$BASE/health/ready"; do
      kill -0 "$pid" 2>/dev/null || { cat "$WORK/start.log" >&2; exit 1; }
      sleep 0.01
    done
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  echo "g-start $1 ms=${times[*]} median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)"
}
(
  export ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Sqlite="Data Source=$WORK/production.db"
  export Email__SmtpHost=127.0.0.1 Email__From=strategia@example.org App__PublicBaseUrl=https://strategia.example.org Platform__InitialAdminEmail=admin@example.org
  for s in OpenIddict__SigningCertificate OpenIddict__EncryptionCertificate DataProtection__Certificate; do export "${s}Path=$WORK/cert.pfx" "${s}Password=bench"; done
  start_server "$WORK/start.log"; stop_server # migrates the file once
  starts "production-readytorun" "$WORK/publish/Strategy.Web.dll"
  starts "production-release" "$DLL"
)
(
  export ConnectionStrings__Sqlite="Data Source=$WORK/development.db"
  start_server "$WORK/start.log"; stop_server # migrates it and seeds the demo gminy once
  starts "development-readytorun" "$WORK/publish/Strategy.Web.dll"
  starts "development-release" "$DLL"
)
