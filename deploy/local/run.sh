#!/usr/bin/env bash
# Starts the whole system on this machine, on embedded defaults, with only a JDK 17+ installed:
# a Kafka broker (KRaft, its own JVM), LocalInfra (MongoDB wire server on H2 files, SMTP server,
# mail inbox: one JVM) and the three services with the `local` profile. Ctrl-C stops everything.
#
#   deploy/local/run.sh [--no-build] [--reset] [--infra-only]
#
# See deploy/local/README.md.
set -euo pipefail

# Local-only log-ins of the `local` profile (never used anywhere else).
LOCAL_CREDENTIALS=(
  "reviewer         reviewer / reviewer-local"
  "second reviewer  reviewer2 / reviewer2-local"
  "admin            admin / admin-local"
)

KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
MONGO_PORT=27017
SMTP_PORT=2525
INBOX_PORT=8025
SERVICES=(intake-service review-service notification-service)
SERVICE_PORTS=(8081 8082 8083)
MANAGEMENT_PORTS=(9081 9082 9083)   # the actuator's own ports (health, info, Prometheus)
VERSION=0.1.0-SNAPSHOT
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-180}   # seconds, for each stage
KAFKA_JAVA_OPTS=${KAFKA_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
# LocalInfra holds the MongoDB stand-in's documents (page cache) and the indexes it keeps in memory: with 768m it
# spent ~37 s in full collections during a 30,000-submission rush, with 1g ~5 s (deploy/local/README.md, "Deadline rush").
INFRA_JAVA_OPTS=${INFRA_JAVA_OPTS:--Xms32m -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
# The services' JVM flags, the same as deploy/docker/Dockerfile's (there the heap is 75 % of the
# container's limit instead of a fixed -Xmx): SerialGC (2 cores, small heaps), a 12 MB young generation
# and a heap that gives back what it does not need after a full collection (each service keeps ~45 MB
# live), glibc's free native memory returned every 5 s, 512 KiB thread stacks, a bounded code cache and
# metaspace, die on OOM. -XX:TrimNativeHeapInterval needs JDK 17.0.9 or newer: an older JDK runs without it.
TRIM_NATIVE_HEAP=-XX:TrimNativeHeapInterval=5000
java "$TRIM_NATIVE_HEAP" -version >/dev/null 2>&1 || TRIM_NATIVE_HEAP=
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:--Xms32m -Xmx160m -Xmn12m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC $TRIM_NATIVE_HEAP -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m -XX:+ExitOnOutOfMemoryError}
# Class data sharing: each service starts from an archive of the classes its last training run loaded
# (made once per build, see "CDS" in deploy/local/README.md); SERVICE_CDS=false starts from the plain jar.
SERVICE_CDS=${SERVICE_CDS:-true}

usage() {
  cat <<'EOF'
Usage: deploy/local/run.sh [--no-build] [--reset] [--infra-only]

Builds the project, then starts Kafka, MongoDB (mongo-java-server), SMTP with a mail inbox,
and the three services with the `local` profile. Ctrl-C stops everything.

  --no-build    do not run ./mvnw package first (use what is in the target folders)
  --reset       delete deploy/local/data (MongoDB data, Kafka topics, logs) before starting
  --infra-only  start Kafka and LocalInfra only (for running the services from an IDE)
  -h, --help    this text
EOF
}

BUILD=true
RESET=false
INFRA_ONLY=false
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=false ;;
    --reset) RESET=true ;;
    --infra-only) INFRA_ONLY=true ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option: $arg" >&2; usage >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
LOCAL=deploy/local
DATA=$LOCAL/data
LOGS=$ROOT/$DATA/logs
INFRA_TARGET=$LOCAL/infra/target

# Output is best effort: with `run.sh | tee file`, Ctrl-C ends tee too, and the script must still
# stop everything it started rather than die of a broken pipe.
trap '' PIPE
say() { printf '%s\n' "$*" 2>/dev/null || true; }
die() { printf 'run.sh: %s\n' "$*" >&2 2>/dev/null || true; exit 1; }

# --- checks -------------------------------------------------------------------------------------

command -v java >/dev/null 2>&1 || die "java is not on the PATH: install a JDK 17 or newer."
java_version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
[[ "${java_version%%.*}" =~ ^[0-9]+$ && "${java_version%%.*}" -ge 17 ]] \
  || die "Java 17 or newer is needed; 'java' is version ${java_version:-unknown}."

# True if something accepts TCP connections on 127.0.0.1:$1 (bash's /dev/tcp: no curl or nc needed).
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

PORTS=("$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$MONGO_PORT" "$SMTP_PORT" "$INBOX_PORT")
$INFRA_ONLY || PORTS+=("${SERVICE_PORTS[@]}" "${MANAGEMENT_PORTS[@]}")
busy=()
for port in "${PORTS[@]}"; do
  if port_open "$port"; then busy+=("$port"); fi
done
if ((${#busy[@]})); then
  die "port(s) ${busy[*]} already in use on 127.0.0.1. Is the local stack (or another Kafka, MongoDB, SMTP server or service) already running? Stop it first; the stack needs ports ${PORTS[*]}."
fi

if $RESET; then
  say "Deleting $DATA (--reset)"
  rm -rf "$DATA"
fi

if $BUILD; then
  say "Building: ./mvnw -q -B -DskipTests package (skip with --no-build)"
  ./mvnw -q -B -DskipTests package
fi

for file in "$INFRA_TARGET/kafka.classpath" "$INFRA_TARGET/infra.classpath" \
            "$INFRA_TARGET/local-infra-$VERSION.jar"; do
  [[ -s "$file" ]] || die "$file is missing: build first (run without --no-build)."
done
if ! $INFRA_ONLY; then
  for service in "${SERVICES[@]}"; do
    jar=$service/target/$service-$VERSION.jar
    [[ -s "$jar" ]] || die "$jar is missing: is $service built (and a module of the root pom.xml)? Run without --no-build, or use --infra-only to start only Kafka and LocalInfra."
  done
fi

mkdir -p "$LOGS" "$DATA/kafka"

# --- processes ----------------------------------------------------------------------------------

NAMES=()   # parallel arrays: what was started, in order
PIDS=()
STOPPING=false

running() {
  local state
  kill -0 "$1" 2>/dev/null || return 1
  if [[ -d /proc/self ]]; then
    # Linux: a child that exited but is not reaped yet (state Z) still answers kill -0.
    state=$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null) || return 1
    [[ "$state" != Z ]]
  fi
}

# Sends SIGTERM to the given pids, waits up to $1 seconds, then SIGKILLs what is left; reaps them.
stop_pids() {
  local grace=$1 pid waited=0
  shift
  for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "$@"; do
    while running "$pid" && ((waited < grace * 5)); do sleep 0.2; waited=$((waited + 1)); done
    if running "$pid"; then
      say "  process $pid did not stop within ${grace}s: killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
}

cleanup() {
  local status=$?
  trap - INT TERM HUP EXIT
  $STOPPING && return
  STOPPING=true
  if ((${#PIDS[@]})); then
    say ""
    say "Stopping everything ..."
    local i services=() infra=()
    for i in "${!PIDS[@]}"; do
      [[ -n "${PIDS[$i]}" ]] || continue
      case "${NAMES[$i]}" in
        kafka) ;;
        infra) infra+=("${PIDS[$i]}") ;;
        *) services+=("${PIDS[$i]}") ;;
      esac
    done
    # Services first (they still reach Kafka and MongoDB while stopping), then LocalInfra, then Kafka.
    ((${#services[@]} == 0)) || stop_pids 30 "${services[@]}"
    ((${#infra[@]} == 0)) || stop_pids 20 "${infra[@]}"
    for i in "${!PIDS[@]}"; do
      [[ "${NAMES[$i]}" != kafka || -z "${PIDS[$i]}" ]] || stop_pids 40 "${PIDS[$i]}"
    done
    say "Stopped. Logs and data stay in $ROOT/$DATA"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# start NAME COMMAND...: runs COMMAND in the background, output appended to $LOGS/NAME.log
start() {
  local name=$1
  shift
  printf '\n==== run.sh started %s at %s ====\n' "$name" "$(date '+%F %T')" >>"$LOGS/$name.log"
  "$@" >>"$LOGS/$name.log" 2>&1 &
  NAMES+=("$name")
  PIDS+=("$!")
}

pid_of() {
  local i
  for i in "${!NAMES[@]}"; do [[ "${NAMES[$i]}" != "$1" ]] || { echo "${PIDS[$i]}"; return; }; done
}

# Fails with the end of NAME's log if its process has exited.
check_alive() {
  local name=$1 pid
  pid=$(pid_of "$name")
  if ! running "$pid"; then
    local code=0
    wait "$pid" 2>/dev/null || code=$?
    say "" >&2
    say "---- last lines of $LOGS/$name.log ----" >&2
    tail -n 30 "$LOGS/$name.log" >&2 || true
    say "----" >&2
    die "$name exited (status $code) while starting; see $LOGS/$name.log"
  fi
}

# Status code of GET http://127.0.0.1:$1$2 (empty if no answer), with bash's /dev/tcp.
http_status() {
  ( exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'GET %s HTTP/1.1\r\nHost: localhost:%s\r\nConnection: close\r\n\r\n' "$2" "$1" >&3
    read -r -t 5 _ code _ <&3 || exit 1
    printf '%s' "$code" ) 2>/dev/null || true
}

elapsed() { echo $((SECONDS - START)); }
START=$SECONDS

KAFKA_CP=$(<"$INFRA_TARGET/kafka.classpath")
INFRA_CP="$INFRA_TARGET/local-infra-$VERSION.jar:$(<"$INFRA_TARGET/infra.classpath")"
KAFKA_LOG4J=-Dlog4j2.configurationFile=$LOCAL/kafka/log4j2.properties

if [[ ! -f "$DATA/kafka/meta.properties" ]]; then
  say "Formatting Kafka storage in $DATA/kafka (first run)"
  cluster_id=$(java -cp "$KAFKA_CP" "$KAFKA_LOG4J" kafka.tools.StorageTool random-uuid 2>>"$LOGS/kafka-format.log")
  # shellcheck disable=SC2086
  java $KAFKA_JAVA_OPTS -cp "$KAFKA_CP" "$KAFKA_LOG4J" kafka.tools.StorageTool format \
      -t "$cluster_id" -c "$LOCAL/kafka/server.properties" >>"$LOGS/kafka-format.log" 2>&1 \
    || die "formatting the Kafka storage failed; see $LOGS/kafka-format.log"
fi

say "Starting Kafka (127.0.0.1:$KAFKA_PORT) and LocalInfra (MongoDB 127.0.0.1:$MONGO_PORT, SMTP 127.0.0.1:$SMTP_PORT, inbox :$INBOX_PORT)"
# shellcheck disable=SC2086
start kafka java $KAFKA_JAVA_OPTS -cp "$KAFKA_CP" "$KAFKA_LOG4J" kafka.Kafka "$LOCAL/kafka/server.properties"
# shellcheck disable=SC2086
start infra java $INFRA_JAVA_OPTS -cp "$INFRA_CP" se.icld.gendernetwork.localinfra.LocalInfra "$DATA"

# wait_for_ports NAME PORT...: until every port accepts connections, NAME still running
wait_for_ports() {
  local name=$1 deadline=$((SECONDS + STARTUP_TIMEOUT)) port
  shift
  for port in "$@"; do
    until port_open "$port"; do
      check_alive "$name"
      ((SECONDS < deadline)) || die "$name did not open port $port within ${STARTUP_TIMEOUT}s; see $LOGS/$name.log"
      sleep 0.2
    done
  done
}
wait_for_ports infra "$MONGO_PORT" "$SMTP_PORT" "$INBOX_PORT"
wait_for_ports kafka "$KAFKA_PORT"
say "  Kafka and LocalInfra accept connections ($(elapsed)s)"

# cds_dir SERVICE: where the service's extracted jar and class archive live (made again when the jar's
# checksum changes: a build that changed nothing keeps them).
cds_dir() { echo "$1/target/cds"; }

# Trains the class archive of every service whose jar changed since its archive was made: the jar is extracted
# (Spring Boot's tools jar mode) and started once with the local profile until its context is refreshed
# (-Dspring.context.exit=onRefresh), the JVM writing the classes it loaded. The services train side by
# side; a failed training only means that service starts from its plain jar.
train_cds() {
  local service dir jar sum i pids=() trained=()
  for service in "${SERVICES[@]}"; do
    dir=$(cds_dir "$service")
    jar=$service/target/$service-$VERSION.jar
    sum=$(cksum <"$jar")
    [[ -s "$dir/app.jsa" && "$(cat "$dir/jar.cksum" 2>/dev/null)" == "$sum" ]] && continue
    rm -rf "$dir"
    if ! java -Djarmode=tools -jar "$jar" extract --destination "$dir" >>"$LOGS/$service-cds.log" 2>&1; then
      say "  $service: could not extract its jar for class data sharing (see $LOGS/$service-cds.log); it starts without"
      rm -rf "$dir"
      continue
    fi
    # shellcheck disable=SC2086
    start "$service-cds" java $SERVICE_JAVA_OPTS -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh \
      -jar "$dir/$service-$VERSION.jar" --spring.profiles.active=local
    pids+=("${PIDS[${#PIDS[@]}-1]}")
    trained+=("$service")
    echo "$sum" >"$dir/jar.cksum"
  done
  ((${#trained[@]})) || return 0
  say "  Training the class archives of ${trained[*]} (once per build, ~30-45 s on 2 cores; SERVICE_CDS=false skips)"
  for i in "${!pids[@]}"; do
    if ! wait "${pids[$i]}" || [[ ! -s "$(cds_dir "${trained[$i]}")/app.jsa" ]]; then
      say "  ${trained[$i]}: no class archive (see $LOGS/${trained[$i]}-cds.log); it starts from its plain jar"
      rm -rf "$(cds_dir "${trained[$i]}")"
    fi
  done
  # The training runs have exited and been reaped: nothing of theirs is left to stop.
  for i in "${!NAMES[@]}"; do [[ "${NAMES[$i]}" != *-cds ]] || PIDS[$i]=""; done
}

if ! $INFRA_ONLY; then
  [[ "$SERVICE_CDS" != true ]] || train_cds
  say "Starting ${SERVICES[*]} (profile local)"
  for service in "${SERVICES[@]}"; do
    dir=$(cds_dir "$service")
    if [[ "$SERVICE_CDS" == true && -s "$dir/app.jsa" ]]; then
      # shellcheck disable=SC2086
      start "$service" java $SERVICE_JAVA_OPTS -XX:SharedArchiveFile="$dir/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -jar "$dir/$service-$VERSION.jar" --spring.profiles.active=local
    else
      # shellcheck disable=SC2086
      start "$service" java $SERVICE_JAVA_OPTS -jar "$service/target/$service-$VERSION.jar" --spring.profiles.active=local
    fi
  done
  deadline=$((SECONDS + STARTUP_TIMEOUT))
  waiting=("${!SERVICES[@]}")   # indexes of the services not ready yet
  while ((${#waiting[@]})); do
    sleep 0.5
    still=()
    for i in "${waiting[@]}"; do
      service=${SERVICES[$i]}
      port=${SERVICE_PORTS[$i]}
      check_alive "$service"
      status=$(http_status "$port" /readyz)
      if [[ "$status" == 200 ]]; then
        say "  $service is ready on http://localhost:$port ($(elapsed)s)"
      elif ((SECONDS >= deadline)); then
        die "$service is not ready after ${STARTUP_TIMEOUT}s (http://localhost:$port/readyz answered ${status:-nothing}); see $LOGS/$service.log"
      else
        still+=("$i")
      fi
    done
    waiting=("${still[@]}")
  done
fi

cat <<EOF

The local stack is up ($(elapsed)s).

EOF
if ! $INFRA_ONLY; then
  cat <<EOF
  Expression-of-interest form   http://localhost:8081/
  Reviewer console              http://localhost:8082/console
  Operations (health, metrics)  http://localhost:9081/actuator  (9082 review, 9083 notification)
EOF
fi
cat <<EOF
  Mail inbox (all sent mail)    http://localhost:$INBOX_PORT
  Kafka                         127.0.0.1:$KAFKA_PORT
  MongoDB                       mongodb://127.0.0.1:$MONGO_PORT
  SMTP                          127.0.0.1:$SMTP_PORT

EOF
if ! $INFRA_ONLY; then
  say "  Local log-ins:"
  for line in "${LOCAL_CREDENTIALS[@]}"; do say "    $line"; done
  say ""
fi
cat <<EOF
  Logs   $LOGS/<name>.log
  Data   $ROOT/$DATA  (delete with --reset)

Ctrl-C stops everything.
EOF

# Keep running until Ctrl-C; report any process that ends by itself.
remaining=${#PIDS[@]}
while ((remaining > 0)); do
  wait -n || true
  remaining=0
  for i in "${!PIDS[@]}"; do
    pid=${PIDS[$i]}
    [[ -n "$pid" ]] || continue
    if running "$pid"; then
      remaining=$((remaining + 1))
    else
      say "!! ${NAMES[$i]} stopped by itself; see $LOGS/${NAMES[$i]}.log" >&2
      PIDS[i]=""
    fi
  done
done
say "Every process has stopped."
