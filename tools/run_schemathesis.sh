#!/usr/bin/env bash
# Fuzz the public API from outside: schemathesis against the live OpenAPI schema.
#
# Starts the site on 127.0.0.1 with a fresh, seeded SQLite database and throttling
# raised, then runs every GET operation unauthenticated with a bounded number of
# examples, checking that nothing answers 5xx and every response matches the schema.
# Exits non-zero when schemathesis finds anything.
#
# schemathesis is installed, pinned, into a venv of its own (not the project's: its
# pytest plugin and hypothesis would load into every pytest run there).
#
#   tools/run_schemathesis.sh                 # defaults below
#   MAX_EXAMPLES=50 PORT=8099 tools/run_schemathesis.sh
#   DATABASE_URL=postgres://... tools/run_schemathesis.sh   # against PostgreSQL instead
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
SCHEMATHESIS_VERSION="${SCHEMATHESIS_VERSION:-4.32.5}"
TOOL_VENV="${SCHEMATHESIS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/sidenote/schemathesis-$SCHEMATHESIS_VERSION}"
# A free port unless one is given, so a server left over from another run cannot collide.
PORT="${PORT:-$("$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
MAX_EXAMPLES="${MAX_EXAMPLES:-20}"
WORK="$(mktemp -d)"

cleanup() {
    if [[ -n "${SERVER_PID:-}" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

if [[ ! -x "$TOOL_VENV/bin/schemathesis" ]] \
    || [[ "$("$TOOL_VENV/bin/schemathesis" --version)" != *"$SCHEMATHESIS_VERSION"* ]]; then
    echo "Installing schemathesis $SCHEMATHESIS_VERSION into $TOOL_VENV"
    python3 -m venv "$TOOL_VENV"
    "$TOOL_VENV/bin/pip" install --quiet --disable-pip-version-check \
        "schemathesis==$SCHEMATHESIS_VERSION"
fi

export DEBUG=1 HTTPS=0 LOG_LEVEL="${LOG_LEVEL:-WARNING}"
export ALLOWED_HOSTS="127.0.0.1,localhost"
export DATABASE_URL="${DATABASE_URL:-sqlite:///$WORK/api.sqlite3}"
# Throttling is part of the product, but this run is one client making thousands of calls.
export API_THROTTLE_ANON="${API_THROTTLE_ANON:-1000000/min}"
export API_THROTTLE_USER="${API_THROTTLE_USER:-1000000/min}"

cd "$ROOT"
"$PYTHON" manage.py migrate --noinput -v0
"$PYTHON" manage.py load_seeds --publish >/dev/null

"$PYTHON" manage.py runserver "127.0.0.1:$PORT" --noreload >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

set +e
"$TOOL_VENV/bin/schemathesis" run "http://127.0.0.1:$PORT/api/schema/" \
    --wait-for-schema 60 \
    --include-method GET \
    --checks not_a_server_error,response_schema_conformance \
    --max-examples "$MAX_EXAMPLES" \
    --generation-deterministic \
    --generation-with-security-parameters false \
    --no-color \
    "$@"
STATUS=$?
set -e
if [[ $STATUS -ne 0 ]]; then
    echo "--- server log (last 80 lines) ---"
    tail -n 80 "$WORK/server.log"
fi
exit $STATUS
