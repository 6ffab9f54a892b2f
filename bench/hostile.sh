#!/usr/bin/env bash
# Sends each hostile file (bench/bombs.py) to a running app where the platform reads files — the
# anonymous sign-up, the coordinator's import, the partner's round sheet — and prints the process's
# resident memory before and after each, and the time of the pathological texts (2.5 MB and 5 MB of
# '<', which a backtracking regex took quadratic time over). Targets (issue 18): every refusal a 400,
# memory growth ≤ 50 MB each, time linear in the text's size. Not a test: a measurement on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-5098}
BASE="http://127.0.0.1:$PORT"
WEB=src/Strategy.Web
DLL=bin/Release/net10.0/Strategy.Web.dll
WORK=$(mktemp -d)

dotnet build "$WEB" -c Release -v quiet -nologo >/dev/null
python3 bench/bombs.py "$WORK/bombs"

export ASPNETCORE_ENVIRONMENT=Development          # the demo accounts sign in; the build is Release
export ConnectionStrings__Sqlite="Data Source=$WORK/strategy.db"
export Logging__LogLevel__Default=Warning
export Security__SignInAttemptsPerMinute=1000
export Security__AnonymousSubmissionsPerMinute=1000
(cd "$WEB" && ASPNETCORE_URLS="$BASE" exec dotnet "$DLL") >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do curl -fs "$BASE/health/ready" >/dev/null && break; sleep 1; done
curl -fs "$BASE/health/ready" >/dev/null || { echo "The app did not become ready:" >&2; cat "$WORK/server.log" >&2; exit 1; }

source bench/sign-in.sh
sign_in "$WORK/coordinator" koordynator@chrzanow.demo
sign_in "$WORK/partner" partner@chrzanow.demo
ROUND=$(curl -fs -b "$WORK/partner" "$BASE/api/v1/chrzanow/rounds" | python3 -c "import json,sys; print(next(r['id'] for r in json.load(sys.stdin) if r['isOpen']))")

rss() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$SERVER/status"; }
XLSX=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
DOCX=application/vnd.openxmlformats-officedocument.wordprocessingml.document
failed=0

# send NAME WHERE FILE CONTENT-TYPE: prints status, seconds, memory before and after, growth.
send() {
  local name=$1 where=$2 file=$3 type=$4 before after status seconds body
  sleep 1; before=$(rss)
  case $where in
    signup)
      python3 -c "import base64,json,sys; print(json.dumps({'terytCode':'1203013','contactName':'Bench','email':'bench@example.invalid','startingModel':'document','documentName':sys.argv[2],'document':base64.b64encode(open(sys.argv[1],'rb').read()).decode()}))" "$file" "$(basename "$file")" >"$WORK/body.json"
      read -r status seconds < <(curl -s -o "$WORK/answer" -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' --data-binary "@$WORK/body.json" "$BASE/api/v1/signups") ;;
    import)
      read -r status seconds < <(curl -s -o "$WORK/answer" -w '%{http_code} %{time_total}\n' -b "$WORK/coordinator" -H "Origin: $BASE" -H "Content-Type: $type" --data-binary "@$file" "$BASE/api/v1/chrzanow/strategies/import") ;;
    sheet)
      read -r status seconds < <(curl -s -o "$WORK/answer" -w '%{http_code} %{time_total}\n' -b "$WORK/partner" -H "Origin: $BASE" -H "Content-Type: $type" --data-binary "@$file" "$BASE/api/v1/chrzanow/rounds/$ROUND/sheet") ;;
  esac
  sleep 1; after=$(rss)
  body=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print((d.get('detail') or d.get('title') or '')[:90])" "$WORK/answer" 2>/dev/null || head -c 90 "$WORK/answer")
  printf '%-34s %-7s %4s %7.2f s %8s MB %8s MB %+7.1f MB  %s\n' "$name" "$where" "$status" "$seconds" "$before" "$after" "$(awk -v a="$after" -v b="$before" 'BEGIN { print a - b }')" "$body"
  if [ "$status" != 400 ]; then failed=1; fi
  if awk -v a="$after" -v b="$before" 'BEGIN { exit !(a - b > 50) }'; then failed=1; fi
}

printf '%-34s %-7s %4s %9s %11s %11s %10s  %s\n' file where code time before after growth answer
send "far-right.xlsx (2,000 × XFD)" signup "$WORK/bombs/far-right.xlsx" "$XLSX"
send "far-right.xlsx (2,000 × XFD)" sheet "$WORK/bombs/far-right.xlsx" "$XLSX"
send "far-down.xlsx (row 1,000,000)" import "$WORK/bombs/far-down.xlsx" "$XLSX"
send "unpacks-to-30mb.xlsx" import "$WORK/bombs/unpacks-to-30mb.xlsx" "$XLSX"
send "unpacks-to-30mb.xlsx" signup "$WORK/bombs/unpacks-to-30mb.xlsx" "$XLSX"
send "empty-paragraphs.docx (60,000)" import "$WORK/bombs/empty-paragraphs.docx" "$DOCX"
send "empty-paragraphs.docx (60,000)" signup "$WORK/bombs/empty-paragraphs.docx" "$DOCX"
send "thousand-parts.docx" import "$WORK/bombs/thousand-parts.docx" "$DOCX"
send "wide.csv (300 columns)" import "$WORK/bombs/wide.csv" text/csv
send "pages-5000.pdf" signup "$WORK/bombs/pages-5000.pdf" application/pdf
send "pages-5000.pdf" import "$WORK/bombs/pages-5000.pdf" application/pdf
send "inflates-to-1gb.pdf" signup "$WORK/bombs/inflates-to-1gb.pdf" application/pdf
send "inflates-to-1gb.pdf" import "$WORK/bombs/inflates-to-1gb.pdf" application/pdf
send "lt-2.5mb.txt ('<' × 2.5 M)" import "$WORK/bombs/lt-2.5mb.txt" text/plain
send "lt-5mb.txt ('<' × 5 M)" import "$WORK/bombs/lt-5mb.txt" text/plain

if [ "$failed" != 0 ]; then
  echo "A bomb was not refused with 400, or grew the process by more than 50 MB." >&2
  exit 1
fi
