#!/usr/bin/env bash
# Proves the README's start command on this checkout: `npm start` on a fresh embedded PGlite
# builds, migrates, seeds the demo set, prints the logins, serves /health, and a demo user can log
# in with a plain form post (no JavaScript), which needs the ORIGIN default of scripts/start.js.
set -Eeuo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

port=${SMOKE_PORT:-3917}
dir=$(mktemp -d)
log="$dir/start.log"
setsid env DATABASE_URL="pglite:$dir/db" PORT="$port" HOST=127.0.0.1 npm start >"$log" 2>&1 &
pid=$!
cleanup() {
	kill -- "-$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	rm -rf "$dir"
}
trap cleanup EXIT
fail() {
	echo "smoke-start: $1"
	echo '--- npm start output:'
	cat "$log"
	exit 1
}

for _ in $(seq 1 180); do
	curl -fsS "http://localhost:$port/health" >/dev/null 2>&1 && break
	kill -0 "$pid" 2>/dev/null || fail 'npm start exited before serving'
	sleep 1
done
health=$(curl -fsS "http://localhost:$port/health") || fail '/health did not answer within 180 s'
[ "$health" = '{"status":"ok","database":"ok"}' ] || fail "unexpected /health: $health"
grep -q 'beheerder@demo.kleinschalig.nl' "$log" || fail 'the demo logins were not printed'

# Log in as the demo admin through the form action, as a browser without JavaScript would.
headers=$(curl -sS -o /dev/null -D - "http://localhost:$port/inloggen?/inloggen" \
	-H "Origin: http://localhost:$port" -H 'Accept: text/html' \
	--data-urlencode 'email=beheerder@demo.kleinschalig.nl' \
	--data-urlencode 'password=Kleinschalig-demo-2026' \
	--data-urlencode 'terug=/beheer')
echo "$headers" | grep -qi '^location: /beheer' || fail "login did not redirect to /beheer: $headers"
echo "$headers" | grep -qi '^set-cookie: .*session_token' || fail "login set no session cookie: $headers"
echo "smoke-start: npm start served /health, printed the demo logins, and the demo admin logged in"
