#!/usr/bin/env bash
# Browser test of the undersigned site in real headless Chromium.
#
# Installs what is missing (Debian's chromium, playwright-core from
# package-lock.json), builds ./cmd/undersigned, serves the embedded sample
# corpus from a fresh data dir on a free port without crawling, runs
# test.mjs against it (JavaScript on, then off) and stops the server.
#
#   site/browsertest/run.sh          from anywhere in the repository
#
# CHROMIUM=/path/to/chromium overrides /usr/bin/chromium.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
chromium=${CHROMIUM:-/usr/bin/chromium}

if [ ! -x "$chromium" ]; then
	echo "run.sh: installing Debian's chromium" >&2
	if [ "$(id -u)" -eq 0 ]; then
		apt-get update -q
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
	else
		sudo apt-get update -q
		sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
	fi
fi
command -v node >/dev/null || { echo "run.sh: node is not installed" >&2; exit 1; }
if [ ! -d "$here/node_modules/playwright-core" ]; then
	echo "run.sh: npm ci (playwright-core; no browser download)" >&2
	(cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
	if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
		kill "$server_pid" 2>/dev/null || true
		wait "$server_pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

(cd "$root" && go build -o "$work/undersigned" ./cmd/undersigned)

data=$(mktemp -d -p "$work")
"$work/undersigned" serve --data "$data" --addr 127.0.0.1:0 --no-crawl 2>"$work/server.log" &
server_pid=$!

# The server logs, with slog's text handler, a line holding
# url=http://127.0.0.1:PORT once it listens.
url=""
for _ in $(seq 1 300); do
	url=$(grep -o 'url=http://127\.0\.0\.1:[0-9]*' "$work/server.log" | head -n 1 | cut -d= -f2 || true)
	[ -n "$url" ] && break
	if ! kill -0 "$server_pid" 2>/dev/null; then
		echo "run.sh: the server stopped:" >&2
		cat "$work/server.log" >&2
		exit 1
	fi
	sleep 0.2
done
if [ -z "$url" ]; then
	echo "run.sh: the server did not log its address within 60s:" >&2
	cat "$work/server.log" >&2
	exit 1
fi

status=0
CHROMIUM="$chromium" node "$here/test.mjs" "$url" || status=$?
if [ "$status" -ne 0 ]; then
	echo "run.sh: server log:" >&2
	cat "$work/server.log" >&2
fi
exit "$status"
