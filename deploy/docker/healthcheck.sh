#!/bin/bash
# Container health check without curl or wget: one HTTP/1.1 GET over bash's /dev/tcp.
# Usage: healthcheck.sh [path]   (default /readyz, the readiness probe on the application port $SERVER_PORT)
# Exit 0 only on "HTTP/1.x 200"; anything else (refused, timeout, 503 OUT_OF_SERVICE) is 1.
set -u
port="${SERVER_PORT:-8080}"
path="${1:-/readyz}"
{ exec 3<>"/dev/tcp/127.0.0.1/${port}"; } 2>/dev/null || { echo "health check: nothing listens on port ${port}" >&2; exit 1; }
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
IFS= read -r -t 5 status <&3 || exit 1
exec 3<&-
case "$status" in
  "HTTP/1.1 200"* | "HTTP/1.0 200"*) exit 0 ;;
  *) echo "health check ${path}: ${status%$'\r'}" >&2; exit 1 ;;
esac
