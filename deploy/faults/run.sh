#!/usr/bin/env bash
# The fault-injection run: starts Kafka, two LocalInfra processes (MongoDB; SMTP + inbox), two replicas
# of each service on ports 31xxx of their own, drives a bounded load through each fault, audits the
# outcome from Kafka, MongoDB and the inbox, prints the report and exits non-zero when anything
# accepted was lost or doubled outside the documented window. See deploy/faults/README.md.
#
#   deploy/faults/run.sh [--quick] [--only=scenario,scenario] [--keep]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
FAULTS=deploy/faults
WORK=$ROOT/$FAULTS/work
VERSION=0.1.0-SNAPSHOT

usage() {
  cat <<'USAGE'
Usage: deploy/faults/run.sh [--quick] [--only=a,b] [--keep]

  --quick       every scenario with a small load (the CI pass)
  --only=a,b    only these scenarios (names as in the report)
  --keep        keep the previous run's data (default: start from empty Kafka and MongoDB)
  -h, --help    this text

Build first (once): ./mvnw -q -B package -DskipTests
USAGE
}

ARGS=()
KEEP=false
for arg in "$@"; do
  case "$arg" in
    --quick|--only=*) ARGS+=("$arg") ;;
    --keep) KEEP=true ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option: $arg" >&2; usage >&2; exit 2 ;;
  esac
done

for file in deploy/local/infra/target/kafka.classpath deploy/local/infra/target/infra.classpath \
            deploy/local/infra/target/local-infra-$VERSION.jar $FAULTS/target/faults.classpath \
            $FAULTS/target/fault-suite-$VERSION.jar \
            intake-service/target/intake-service-$VERSION.jar review-service/target/review-service-$VERSION.jar \
            notification-service/target/notification-service-$VERSION.jar; do
  [[ -s "$file" ]] || { echo "run.sh: $file is missing: build first with ./mvnw -q -B package -DskipTests" >&2; exit 1; }
done

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
busy=()
for port in 31017 31025 31026 31027 31080 31081 31082 31083 31084 31085 31086 31092 31093 31094 31095; do
  if port_open "$port"; then busy+=("$port"); fi
done
if ((${#busy[@]})); then
  echo "run.sh: port(s) ${busy[*]} already in use on 127.0.0.1 (another fault run?)" >&2
  exit 1
fi

if ! $KEEP; then rm -rf "$WORK"; fi
mkdir -p "$WORK/logs"
: >"$WORK/pids"

# Whatever happens to the Java process, every process it started is stopped by its pid (the pid
# file lists them; a pid is only signalled while its command line still names this work directory
# or a jar of this repository, so a reused pid is left alone).
RUNNER=""
cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  if [[ -n "$RUNNER" ]] && kill -0 "$RUNNER" 2>/dev/null; then
    kill -TERM "$RUNNER" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$RUNNER" 2>/dev/null || break; sleep 0.2; done
  fi
  local pid name
  while read -r pid name; do
    [[ -n "$pid" ]] || continue
    if [[ -r /proc/$pid/cmdline ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -e "$WORK" -e "$ROOT/"; then
      echo "run.sh: $name ($pid) still running: stopping it" >&2
      kill -CONT "$pid" 2>/dev/null || true
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done <"$WORK/pids"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

CP="$FAULTS/target/fault-suite-$VERSION.jar:$(<"$FAULTS/target/faults.classpath")"
java -Xms32m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.logFile="$WORK/logs/fault-suite.log" \
  -cp "$CP" se.icld.gendernetwork.faults.FaultRun "$ROOT" "$WORK" ${ARGS[@]+"${ARGS[@]}"} &
RUNNER=$!
set +e
wait "$RUNNER"
code=$?
RUNNER=""
set -e
exit "$code"
