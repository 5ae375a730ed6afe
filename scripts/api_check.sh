#!/usr/bin/env bash
# Fuzz the REST API against its own OpenAPI schema with schemathesis (`make api-check`).
#
# Starts `manage.py runserver` on a free port with a scratch SQLite database (migrated and
# loaded with the demo data), gets API tokens for the demo candidate Lan and the demo employer
# Tanaka, lets Lan apply to one of Tanaka's vacancies and Tanaka invite Lan to another (so the
# private endpoints have something to find), then runs schemathesis three times: anonymous, as
# Lan and as Tanaka. Any server error or answer that breaks the schema fails the run. The server
# is stopped and the scratch files removed on exit, whatever happens.
#
# Rate limits are switched off for the server (API_THROTTLING=false): the fuzzer sends far more
# requests a minute than any client should, and would otherwise see 429s.
#
# Environment: PYTHON (default .venv/bin/python), SCHEMATHESIS (default .venv/bin/schemathesis),
# API_CHECK_MAX_EXAMPLES (default 30 per operation), API_CHECK_TIMEOUT (seconds per run,
# default 600), API_CHECK_KEEP=1 keeps the scratch folder (database, server log, reports).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON=${PYTHON:-.venv/bin/python}
SCHEMATHESIS=${SCHEMATHESIS:-.venv/bin/schemathesis}
MAX_EXAMPLES=${API_CHECK_MAX_EXAMPLES:-30}
RUN_TIMEOUT=${API_CHECK_TIMEOUT:-600}
DEMO_PASSWORD=demo-pass-2026
CHECKS=not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance

for tool in "$PYTHON" "$SCHEMATHESIS"; do
    [ -x "$tool" ] || { echo "api-check: $tool not found; run 'make install' first." >&2; exit 2; }
done
# schemathesis runs from the scratch folder (its caches land there), so it needs a full path.
case "$SCHEMATHESIS" in /*) ;; *) SCHEMATHESIS="$PWD/$SCHEMATHESIS" ;; esac

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/kakehashi-api-check.XXXXXX")
SERVER_PID=""

cleanup() {
    local status=$?
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [ "${API_CHECK_KEEP:-0}" = "1" ] || [ "$status" -ne 0 ]; then
        echo "api-check: scratch files (database, server log) kept in $SCRATCH"
    else
        rm -rf "$SCRATCH"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The server and the management commands share these; the developer's own database is untouched.
export DATABASE_URL="sqlite:///$SCRATCH/api-check.sqlite3"
export API_THROTTLING=false
export DJANGO_ENV=development
export MEDIA_ROOT="$SCRATCH/media"
export PRIVATE_MEDIA_ROOT="$SCRATCH/private_media"
unset REDIS_URL

PORT=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
BASE="http://127.0.0.1:$PORT"

echo "==> Scratch database in $SCRATCH: migrate and load the demo data"
"$PYTHON" manage.py migrate --noinput -v 0
"$PYTHON" manage.py seed_demo > "$SCRATCH/seed.log"

echo "==> Starting the server on $BASE"
"$PYTHON" manage.py runserver "127.0.0.1:$PORT" --noreload > "$SCRATCH/server.log" 2>&1 &
SERVER_PID=$!

# Tokens for Lan and Tanaka, and one application and one invitation between them.
read -r LAN_TOKEN TANAKA_TOKEN < <("$PYTHON" - "$BASE" "$DEMO_PASSWORD" <<'PY'
import json
import sys
import time
import urllib.error
import urllib.request

base, password = sys.argv[1], sys.argv[2]


def call(method, path, body=None, token=None):
    request = urllib.request.Request(base + path, method=method)
    request.add_header("Accept", "application/json")
    if token:
        request.add_header("Authorization", f"Token {token}")
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, data=data, timeout=30) as response:
        return json.load(response)


for _attempt in range(60):
    try:
        call("GET", "/api/v1/reference/jlpt-levels/")
        break
    except (urllib.error.URLError, ConnectionError):
        time.sleep(0.5)
else:
    sys.exit("api-check: the server did not start within 30 s")

lan = call("POST", "/api/v1/auth/token/", {"email": "lan@demo.kakehashi.test", "password": password})
tanaka = call(
    "POST", "/api/v1/auth/token/", {"email": "tanaka@demo.kakehashi.test", "password": password}
)
own = call("GET", "/api/v1/company/vacancies/", token=tanaka["token"])["results"]
public = [v["id"] for v in own if v["is_public"]]
if len(public) < 2:
    sys.exit("api-check: the demo employer needs two open vacancies")
lan_profile = call("GET", "/api/v1/me/", token=lan["token"])["candidate_profile"]
call("POST", "/api/v1/applications/", {"vacancy": public[0], "message": "Xin chào"}, lan["token"])
call(
    "POST",
    "/api/v1/invitations/",
    {"vacancy": public[1], "candidate": lan_profile["id"], "message": "Welcome"},
    tanaka["token"],
)
print(lan["token"], tanaka["token"])
PY
)
[ -n "${TANAKA_TOKEN:-}" ] || { echo "api-check: could not prepare the demo users" >&2; exit 1; }

run() {
    local who=$1
    shift
    echo
    echo "==> schemathesis as $who (at most $MAX_EXAMPLES examples per operation)"
    (cd "$SCRATCH" && timeout "$RUN_TIMEOUT" "$SCHEMATHESIS" run "$BASE/api/schema/" \
        --checks "$CHECKS" \
        --max-examples "$MAX_EXAMPLES" \
        --generation-database none \
        --request-timeout 30 \
        --no-color \
        "$@")
}

failed=0
run anonymous || failed=1
run "Lan (candidate)" --header "Authorization: Token $LAN_TOKEN" || failed=1
run "Tanaka (employer)" --header "Authorization: Token $TANAKA_TOKEN" || failed=1

if grep -q "Internal Server Error" "$SCRATCH/server.log"; then
    echo "api-check: the server log records an internal server error" >&2
    failed=1
fi
if [ "$failed" -ne 0 ]; then
    echo "api-check: FAILED (server log: $SCRATCH/server.log)" >&2
    exit 1
fi
echo
echo "api-check: all three runs passed"
