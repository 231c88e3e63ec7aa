#!/usr/bin/env bash
# Offline validation of deploy/ (no Docker engine, no cluster needed):
#   1. renders every Kustomize kustomization under deploy/k8s with `kubectl kustomize`;
#   2. `docker-compose config -q` on deploy/compose/docker-compose.yml (skipped when docker-compose
#      is missing: apt-get install -y docker-compose), with .env.example, and checks that a missing
#      secret is refused;
#   3. structural checks with python3 + PyYAML (deploy/tests/check_deploy.py): probes, resources,
#      non-root, read-only root fs, Service/PDB/HPA per Deployment, every env var and Secret key
#      documented in deploy/README.md, .env.example complete and free of secrets, alert runbooks,
#      dashboard; a grep-based subset when PyYAML is missing;
#   4. Prometheus: promtool check rules/config and the alert unit tests (promtool test rules) when
#      promtool is on the PATH (Debian: apt-get install prometheus; or set PROMTOOL=/path/to/promtool);
#   5. Dockerfile essentials, and when the service jars are built, the layer extraction the
#      Dockerfile performs (java -Djarmode=tools ... extract --layers --launcher).
# Exits non-zero on any problem; VALIDATE_STRICT=1 also on a skipped step.
# Run from anywhere: bash deploy/tests/validate.sh
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEPLOY="$ROOT/deploy"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

failures=0
skipped=0
ok()   { echo "  ok    $*"; }
fail() { echo "  FAIL  $*"; failures=$((failures + 1)); }
# VALIDATE_STRICT=1 turns every skip (a missing optional tool) into a failure, e.g. for CI.
skip() {
  if [ "${VALIDATE_STRICT:-0}" = 1 ]; then fail "$* [VALIDATE_STRICT=1]"; else echo "  skip  $*"; skipped=$((skipped + 1)); fi
}
step() { echo; echo "== $*"; }

# ---------------------------------------------------------------------------------------------
step "1. Kustomize: render every kustomization under deploy/k8s"
rendered_args=()
if ! command -v kubectl >/dev/null 2>&1; then
  fail "kubectl not found (needed for kubectl kustomize)"
else
  while IFS= read -r kfile; do
    dir="$(dirname "$kfile")"
    rel="${dir#"$DEPLOY"/}"
    out="$TMP/$(echo "$rel" | tr '/' '_').yaml"
    target="$dir"
    if grep -q '^kind: Component' "$kfile"; then
      # a Component renders only inside a kustomization: try it on top of the base
      target="$TMP/with-$(basename "$dir")"
      mkdir -p "$target"
      relk="$(realpath --relative-to="$target" "$DEPLOY/k8s")"
      printf 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - %s/base\ncomponents:\n  - %s\n' \
        "$relk" "$(realpath --relative-to="$target" "$dir")" >"$target/kustomization.yaml"
      rel="$rel (on k8s/base)"
    fi
    if kubectl kustomize "$target" >"$out" 2>"$out.err"; then
      ok "$rel renders ($(grep -c '^kind:' "$out") objects)"
      rendered_args+=(--rendered "$rel=$out")
    else
      fail "$rel does not render: $(cat "$out.err")"
    fi
  done < <(find "$DEPLOY/k8s" -name kustomization.yaml | sort)
  [ -f "$TMP/k8s_overlays_production.yaml" ] || fail "deploy/k8s/overlays/production was not rendered"
fi

# ---------------------------------------------------------------------------------------------
step "2. docker-compose config"
COMPOSE_FILE_PATH="$DEPLOY/compose/docker-compose.yml"
if command -v docker-compose >/dev/null 2>&1; then
  if out="$(docker-compose -f "$COMPOSE_FILE_PATH" --env-file "$DEPLOY/compose/.env.example" config -q 2>&1)"; then
    ok "docker-compose $(docker-compose version --short 2>/dev/null) config -q accepts docker-compose.yml with .env.example"
  else
    fail "docker-compose config -q: $out"
  fi
  grep -v '^NETWORK_STATUS_SECRET=' "$DEPLOY/compose/.env.example" >"$TMP/no-secret.env"
  if docker-compose -f "$COMPOSE_FILE_PATH" --env-file "$TMP/no-secret.env" config -q >/dev/null 2>&1; then
    fail "docker-compose config accepts a .env without NETWORK_STATUS_SECRET (should refuse)"
  else
    ok "docker-compose config refuses a .env without NETWORK_STATUS_SECRET"
  fi
else
  skip "docker-compose is not installed (apt-get install -y docker-compose); compose file checked by the parser only"
fi
if git -C "$ROOT" ls-files --error-unmatch deploy/compose/.env >/dev/null 2>&1; then
  fail "deploy/compose/.env is tracked by git: it holds real secrets, remove it from the index"
else
  ok "deploy/compose/.env is not tracked by git"
fi

# ---------------------------------------------------------------------------------------------
step "3. Structural checks of manifests, compose file, README, alerts and dashboard"
PYTHON=""
for p in python3 /usr/bin/python3; do
  if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import yaml' >/dev/null 2>&1; then PYTHON="$p"; break; fi
done
if [ -n "$PYTHON" ]; then
  if "$PYTHON" "$DEPLOY/tests/check_deploy.py" --repo "$ROOT" "${rendered_args[@]}"; then
    ok "check_deploy.py"
  else
    fail "check_deploy.py found problems (FAIL lines above)"
  fi
else
  skip "python3 with PyYAML not found: running the grep-based subset"
  prod="$TMP/k8s_overlays_production.yaml"
  if [ -f "$prod" ]; then
    n=$(grep -c '^kind: Deployment' "$prod")
    for key in livenessProbe readinessProbe 'runAsNonRoot: true' 'readOnlyRootFilesystem: true' 'limits:' 'requests:'; do
      c=$(grep -c "$key" "$prod")
      [ "$c" -ge "$n" ] && ok "production: $key in each of $n Deployments" || fail "production: $key found $c times for $n Deployments"
    done
    grep -q '^kind: Secret' "$prod" && fail "production renders a Secret" || ok "production renders no Secret"
    cat "$TMP"/k8s_*.yaml | grep -oE '^ *(- name|[A-Z][A-Z0-9_]+):? *[A-Z][A-Z0-9_]+' | grep -oE '[A-Z][A-Z0-9_]{3,}' | sort -u >"$TMP/envs"
    while read -r v; do
      grep -q "\`$v\`" "$DEPLOY/README.md" && ok "$v documented" || fail "$v not documented in deploy/README.md"
    done <"$TMP/envs"
  fi
fi

# ---------------------------------------------------------------------------------------------
step "4. Prometheus configuration, alert rules and their unit tests"
PROMTOOL="${PROMTOOL:-$(command -v promtool || true)}"
if [ -n "$PROMTOOL" ] && [ -x "$PROMTOOL" ]; then
  ( cd "$DEPLOY/observability" && "$PROMTOOL" check rules alerts.yml ) >"$TMP/p1" 2>&1 \
    && ok "promtool check rules alerts.yml ($(grep -o '[0-9]* rules found' "$TMP/p1"))" || fail "promtool check rules: $(cat "$TMP/p1")"
  ( cd "$DEPLOY/observability" && "$PROMTOOL" check config prometheus.yml ) >"$TMP/p2" 2>&1 \
    && ok "promtool check config prometheus.yml" || fail "promtool check config prometheus.yml: $(cat "$TMP/p2")"
  ( cd "$DEPLOY/tests" && "$PROMTOOL" test rules alerts.test.yml ) >"$TMP/p3" 2>&1 \
    && ok "promtool test rules alerts.test.yml ($(grep -c '^  - name:' "$DEPLOY/tests/alerts.test.yml") alert tests)" \
    || fail "promtool test rules: $(cat "$TMP/p3")"
  # prometheus-kubernetes.yml uses kubernetes_sd_configs, which Debian's build leaves out: parsed in step 3.
else
  skip "promtool not found (Debian: apt-get install -y prometheus, or PROMTOOL=/path): rules only parsed by check_deploy.py, alert unit tests not run"
fi

# ---------------------------------------------------------------------------------------------
step "5. Dockerfile and health check script"
DF="$DEPLOY/docker/Dockerfile"
check_df() { if grep -Eq "$1" "$DF"; then ok "Dockerfile: $2"; else fail "Dockerfile: $2 (no match for /$1/)"; fi; }
check_df '^ARG JAVA_IMAGE=eclipse-temurin:17-jre$' "eclipse-temurin:17-jre base"
check_df '^FROM \$\{JAVA_IMAGE\} AS extract$' "multi-stage: an extract stage"
check_df 'java -Djarmode=tools -jar application.jar extract --layers --launcher' "extracts the layered jar (tools jar mode)"
check_df '^USER 10001:10001$' "runs as numeric non-root user 10001"
check_df 'MaxRAMPercentage=75' "-XX:MaxRAMPercentage=75"
check_df 'ExitOnOutOfMemoryError' "-XX:+ExitOnOutOfMemoryError"
check_df '^ENTRYPOINT \["java", "org.springframework.boot.loader.launch.JarLauncher"\]$' "starts the Boot 3.2+/4 JarLauncher"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  check_df "^COPY --from=extract /build/extracted/$layer/ \./$" "copies layer $layer"
done
bash -n "$DEPLOY/docker/healthcheck.sh" && ok "healthcheck.sh parses (bash -n)" || fail "healthcheck.sh has a syntax error"
[ -x "$DEPLOY/docker/healthcheck.sh" ] && ok "healthcheck.sh is executable" || fail "healthcheck.sh is not executable"

# healthcheck.sh against a throw-away HTTP server on 127.0.0.1: 200 healthy, 503 and "nothing listening" not.
if command -v python3 >/dev/null 2>&1; then
  python3 - "$TMP/hc-port" <<'PY' &
import http.server, sys, threading
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        code = 200 if self.path == "/readyz" else 503
        body = b'{"status":"UP"}' if code == 200 else b'{"status":"OUT_OF_SERVICE"}'
        self.send_response(code); self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *a): pass
class S(http.server.HTTPServer):
    def handle_error(self, request, client_address): pass   # the script hangs up after the status line
srv = S(("127.0.0.1", 0), H)
open(sys.argv[1], "w").write(str(srv.server_address[1]))
threading.Timer(20, srv.shutdown).start()   # stops by itself
srv.serve_forever()
PY
  hc_pid=$!
  for _ in $(seq 50); do [ -s "$TMP/hc-port" ] && break; sleep 0.1; done
  port="$(cat "$TMP/hc-port" 2>/dev/null)"
  if [ -n "$port" ]; then
    SERVER_PORT="$port" bash "$DEPLOY/docker/healthcheck.sh" >/dev/null 2>&1 \
      && ok "healthcheck.sh: 200 on /readyz is healthy" || fail "healthcheck.sh: 200 not accepted"
    SERVER_PORT="$port" bash "$DEPLOY/docker/healthcheck.sh" /other >/dev/null 2>&1 \
      && fail "healthcheck.sh: 503 accepted as healthy" || ok "healthcheck.sh: 503 is unhealthy"
    kill "$hc_pid" 2>/dev/null; wait "$hc_pid" 2>/dev/null
    SERVER_PORT="$port" bash "$DEPLOY/docker/healthcheck.sh" >/dev/null 2>&1 \
      && fail "healthcheck.sh: healthy with nothing listening" || ok "healthcheck.sh: nothing listening is unhealthy"
  else
    kill "$hc_pid" 2>/dev/null
    fail "could not start the test HTTP server for healthcheck.sh"
  fi
fi

jars=0
for svc in intake-service review-service notification-service; do
  jar="$(ls "$ROOT/$svc/target/$svc-"*.jar 2>/dev/null | grep -v -- '-plain.jar$' | head -1 || true)"
  [ -n "$jar" ] || continue
  jars=$((jars + 1))
  work="$TMP/extract-$svc"; mkdir -p "$work"; cp "$jar" "$work/application.jar"
  if ( cd "$work" && java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted ) >"$work/log" 2>&1; then
    missing=""
    for layer in dependencies spring-boot-loader snapshot-dependencies application; do
      [ -d "$work/extracted/$layer" ] || missing="$missing $layer"
    done
    [ -f "$work/extracted/spring-boot-loader/org/springframework/boot/loader/launch/JarLauncher.class" ] || missing="$missing JarLauncher.class"
    [ -d "$work/extracted/application/BOOT-INF/classes" ] || missing="$missing BOOT-INF/classes"
    [ -z "$missing" ] && ok "$svc: jar extracts into the four layers the Dockerfile copies" || fail "$svc: extraction lacks$missing"
  else
    fail "$svc: java -Djarmode=tools extract failed: $(tail -3 "$work/log")"
  fi
done
[ "$jars" -gt 0 ] || skip "no service jar built (./mvnw -B -DskipTests package): layer extraction not checked"

# ---------------------------------------------------------------------------------------------
echo
if [ "$failures" -gt 0 ]; then
  echo "validate.sh: FAILED with $failures problem(s), $skipped step(s) skipped"
  exit 1
fi
echo "validate.sh: all checks passed, $skipped step(s) skipped"
