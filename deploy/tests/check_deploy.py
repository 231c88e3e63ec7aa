#!/usr/bin/env python3
"""Structural checks of the deploy/ files that no tool here can run (needs PyYAML).

Called by deploy/tests/validate.sh with the Kustomize outputs it rendered:
    check_deploy.py --repo ROOT --rendered NAME=FILE [--rendered NAME=FILE ...]
Prints one line per check ("ok ..." / "FAIL ..."), exits 1 if any check failed.
"""
import argparse
import json
import re
import sys
from pathlib import Path

import yaml

failures = 0


def ok(msg):
    print(f"  ok    {msg}")


def fail(msg):
    global failures
    failures += 1
    print(f"  FAIL  {msg}")


def check(cond, msg, detail=""):
    if cond:
        ok(msg)
    else:
        fail(msg + (f": {detail}" if detail else ""))
    return cond


# ----------------------------------------------------------------------------- README helpers

def slug(heading):
    """GitHub's anchor for a Markdown heading."""
    s = heading.strip().lower()
    s = re.sub(r"[^\w\- ]", "", s)
    return s.replace(" ", "-")


def readme_facts(readme_text):
    code_spans = set(re.findall(r"`([^`\n]+)`", readme_text))
    anchors = {slug(h) for h in re.findall(r"^#{1,6}\s+(.+?)\s*$", readme_text, re.M)}
    return code_spans, anchors


# ----------------------------------------------------------------------------- Kubernetes

def load_docs(path):
    with open(path, encoding="utf-8") as f:
        return [d for d in yaml.safe_load_all(f) if d]


def container_env_names(deploy, configmaps):
    names = {}
    spec = deploy["spec"]["template"]["spec"]
    for c in spec.get("containers", []) + spec.get("initContainers", []):
        for e in c.get("env", []) or []:
            names[e["name"]] = e
        for ef in c.get("envFrom", []) or []:
            ref = ef.get("configMapRef")
            if ref:
                cm = configmaps.get(ref["name"])
                if cm is None:
                    fail(f"{deploy['metadata']['name']}: envFrom ConfigMap {ref['name']} is not rendered")
                    continue
                for k in (cm.get("data") or {}):
                    names[k] = {"name": k, "configMap": ref["name"]}
            if ef.get("secretRef"):
                fail(f"{deploy['metadata']['name']}: envFrom secretRef hides which keys are used; use secretKeyRef")
    return names


def check_deployment(overlay, d, by_kind):
    name = d["metadata"]["name"]
    where = f"[{overlay}] Deployment {name}"
    pod = d["spec"]["template"]["spec"]
    psc = pod.get("securityContext") or {}
    vols = {v["name"]: v for v in pod.get("volumes", []) or []}
    for c in pod["containers"]:
        csc = c.get("securityContext") or {}
        lp, rp = c.get("livenessProbe"), c.get("readinessProbe")
        check(lp and lp.get("httpGet", {}) == {"path": "/livez", "port": "http"},
              f"{where}: livenessProbe on /livez of the application port", str(lp))
        check(rp and rp.get("httpGet", {}) == {"path": "/readyz", "port": "http"},
              f"{where}: readinessProbe on /readyz of the application port", str(rp))
        ports = {p.get("name"): p.get("containerPort") for p in c.get("ports", []) or []}
        annotations = d["spec"]["template"]["metadata"].get("annotations") or {}
        check("management" in ports and ports.get("management") != ports.get("http"),
              f"{where}: a management port of its own", str(ports))
        check(annotations.get("prometheus.io/port") == str(ports.get("management"))
              and annotations.get("prometheus.io/path") == "/actuator/prometheus",
              f"{where}: Prometheus scrapes the management port", str(annotations))
        res = c.get("resources") or {}
        req, lim = res.get("requests") or {}, res.get("limits") or {}
        check(all(k in req for k in ("cpu", "memory")) and all(k in lim for k in ("cpu", "memory")),
              f"{where}: resources requests+limits for cpu and memory", str(res))
        non_root = csc.get("runAsNonRoot", psc.get("runAsNonRoot")) is True
        uid = csc.get("runAsUser", psc.get("runAsUser"))
        check(non_root and isinstance(uid, int) and uid > 0, f"{where}: runAsNonRoot with a numeric non-zero runAsUser")
        check(csc.get("readOnlyRootFilesystem") is True, f"{where}: readOnlyRootFilesystem")
        check(csc.get("allowPrivilegeEscalation") is False and "ALL" in (csc.get("capabilities") or {}).get("drop", []),
              f"{where}: no privilege escalation, all capabilities dropped")
        tmp = [m for m in c.get("volumeMounts", []) or [] if m.get("mountPath") == "/tmp"]
        check(tmp and "emptyDir" in vols.get(tmp[0]["name"], {}), f"{where}: /tmp is an emptyDir")
        image = c.get("image", "")
        check(re.search(r":[\w.\-]+$", image.split("/")[-1]) and not image.endswith(":latest"),
              f"{where}: image has an explicit tag ({image})")
    sel = d["spec"]["selector"]["matchLabels"]
    services = [s for s in by_kind.get("Service", []) if s["spec"].get("selector") == sel]
    check(services, f"{where}: a Service selects its pods")
    for s in services:
        check(all(p.get("targetPort") == "http" for p in s["spec"].get("ports", [])),
              f"{where}: its Service exposes the application port only, never the management port", str(s["spec"]))
    pdbs = [p for p in by_kind.get("PodDisruptionBudget", []) if p["spec"]["selector"].get("matchLabels") == sel]
    check(pdbs, f"{where}: a PodDisruptionBudget covers it")
    hpas = [h for h in by_kind.get("HorizontalPodAutoscaler", []) if h["spec"]["scaleTargetRef"]["name"] == name]
    check(hpas, f"{where}: a HorizontalPodAutoscaler scales it")


# retention.ms of every topic (all carry personal data; deploy/README.md, "Retention of personal data in Kafka"),
# the same in deploy/k8s/topics, compose's kafka-init, the local broker and the services' defaults.
TOPIC_RETENTION_MS = 604800000        # 7 days
DLQ_RETENTION_MS = 1209600000         # 14 days
MAX_RETENTION_MS = 30 * 24 * 3600 * 1000


def check_retention(repo):
    text = (repo / "deploy/compose/docker-compose.yml").read_text(encoding="utf-8")
    init = yaml.safe_load(text)["services"]["kafka-init"]["command"][0]
    check(f"retention.ms={TOPIC_RETENTION_MS}" in init and f"retention.ms={DLQ_RETENTION_MS}" in init
          and init.count("--config retention.ms=") == init.count("kafka-topics.sh --bootstrap-server kafka:9092 --create"),
          "[compose] kafka-init creates every topic with its retention.ms")
    local = (repo / "deploy/local/kafka/server.properties").read_text(encoding="utf-8")
    check(re.search(rf"^log\.retention\.ms={TOPIC_RETENTION_MS}$", local, re.M) is not None
          and re.search(r"^log\.retention\.(hours|minutes)=", local, re.M) is None,
          "[local] the broker's default retention is the topics' (log.retention.ms)")
    defaults = yaml.safe_load((repo / "service-support/src/main/resources/service-defaults.yml").read_text(encoding="utf-8"))
    topics = defaults["messaging"]["topics"]
    check(topics["retention-ms"] == TOPIC_RETENTION_MS and topics["dead-letter-retention-ms"] == DLQ_RETENTION_MS,
          "[services] messaging.topics.retention-ms and dead-letter-retention-ms equal deploy's")


def check_k8s(rendered, code_spans, readme_text):
    env_used = {}
    secret_refs = set()
    for overlay, path in rendered.items():
        docs = load_docs(path)
        by_kind = {}
        for d in docs:
            by_kind.setdefault(d["kind"], []).append(d)
        check(not by_kind.get("Secret"), f"[{overlay}] no Secret objects rendered (operators create them)")
        configmaps = {c["metadata"]["name"]: c for c in by_kind.get("ConfigMap", [])}
        deployments = by_kind.get("Deployment", [])
        if overlay.startswith("k8s/topics"):
            check(len(by_kind.get("KafkaTopic", [])) == 6, f"[{overlay}] six KafkaTopic resources")
            for t in by_kind.get("KafkaTopic", []):
                spec = t["spec"]
                check(spec["partitions"] == 6 and spec["replicas"] == 3 and str(spec["config"]["min.insync.replicas"]) == "2",
                      f"[{overlay}] topic {spec['topicName']}: 6 partitions, replication 3, min.insync.replicas 2")
                expected = DLQ_RETENTION_MS if spec["topicName"].endswith(".dlq") else TOPIC_RETENTION_MS
                check(int(spec["config"].get("retention.ms", 0)) == expected <= MAX_RETENTION_MS,
                      f"[{overlay}] topic {spec['topicName']}: retention.ms {expected} (personal data, at most 30 days)")
            continue
        check(sorted(d["metadata"]["name"] for d in deployments)
              == ["intake-service", "notification-service", "review-service"],
              f"[{overlay}] the three service Deployments are rendered")
        for d in deployments:
            check_deployment(overlay, d, by_kind)
            for n, e in container_env_names(d, configmaps).items():
                env_used.setdefault(n, set()).add(f"{overlay}/{d['metadata']['name']}")
                ref = (e.get("valueFrom") or {}).get("secretKeyRef")
                if ref:
                    secret_refs.add((ref["name"], ref["key"]))
    return env_used, secret_refs


# ----------------------------------------------------------------------------- compose

def check_compose(repo, code_spans):
    compose_path = repo / "deploy/compose/docker-compose.yml"
    text = compose_path.read_text(encoding="utf-8")
    compose = yaml.safe_load(text)
    env_used = {}
    services = compose.get("services", {})
    for name in ("intake-service", "review-service", "notification-service"):
        svc = services.get(name)
        if not check(svc is not None, f"[compose] service {name} is defined"):
            continue
        env = svc.get("environment") or {}
        for k in env:
            env_used.setdefault(k, set()).add(f"compose/{name}")
        build = svc.get("build") or {}
        check(build.get("dockerfile") == "deploy/docker/Dockerfile" and (build.get("args") or {}).get("SERVICE") == name,
              f"[compose] {name} builds deploy/docker/Dockerfile with SERVICE={name}")
    for name, svc in services.items():
        if name == "kafka-init":
            continue
        check("healthcheck" in svc, f"[compose] {name} has a healthcheck")
        deps = svc.get("depends_on") or {}
        if isinstance(deps, dict):
            check(all(isinstance(v, dict) and v.get("condition", "").startswith("service_") for v in deps.values()),
                  f"[compose] {name}: every depends_on has a condition")
        elif deps:
            fail(f"[compose] {name}: depends_on is a list; use conditions (service_healthy)")
    for svc_name, svc in services.items():
        hc = svc.get("healthcheck") or {}
        check("start_interval" not in hc, f"[compose] {svc_name}: no healthcheck.start_interval (docker-compose 1.29 rejects it)")
    # every ${VAR} of the compose file has a line in .env.example
    example = (repo / "deploy/compose/.env.example").read_text(encoding="utf-8")
    example_keys = set(re.findall(r"^([A-Z0-9_]+)=", example, re.M))
    referenced = set(re.findall(r"\$\{([A-Z0-9_]+)", text))
    check(referenced <= example_keys, "[compose] every ${VAR} of docker-compose.yml is in .env.example",
          ", ".join(sorted(referenced - example_keys)))
    for k in sorted(example_keys):
        code_spans_ok = k in code_spans
        check(code_spans_ok, f"[compose] .env.example key {k} is documented in deploy/README.md")
    # no real secrets in the example
    check(not re.search(r"\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}", example), "[compose] .env.example holds no real bcrypt hash")
    for key in ("NETWORK_STATUS_SECRET", "REVIEW_SECURITY_USERS_0_PASSWORD_HASH", "NOTIFICATION_ADMIN_PASSWORD_HASH", "GRAFANA_ADMIN_PASSWORD"):
        m = re.search(rf"^{key}=(.*)$", example, re.M)
        check(m and "CHANGE_ME" in m.group(1), f"[compose] .env.example {key} is a CHANGE_ME placeholder")
    return env_used


# ----------------------------------------------------------------------------- PromQL

PROMQL_WORDS = {
    # functions
    "abs", "absent", "absent_over_time", "avg_over_time", "ceil", "changes", "clamp", "clamp_max", "clamp_min",
    "count_over_time", "day_of_month", "day_of_week", "delta", "deriv", "exp", "floor", "histogram_quantile",
    "holt_winters", "hour", "idelta", "increase", "irate", "label_join", "label_replace", "ln", "log10", "log2",
    "max_over_time", "min_over_time", "minute", "month", "predict_linear", "quantile_over_time", "rate", "resets",
    "round", "scalar", "sort", "sort_desc", "sqrt", "stddev_over_time", "sum_over_time", "time", "timestamp",
    "vector", "year", "last_over_time", "present_over_time",
    # aggregations and keywords
    "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk", "quantile",
    "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool", "offset", "inf", "nan",
}


def promql_metrics(expr):
    e = re.sub(r'"(?:\\.|[^"\\])*"', '""', expr)          # strings
    e = re.sub(r"\{[^}]*\}", "", e)                           # label matchers
    e = re.sub(r"\[[^\]]*\]", "", e)                          # ranges
    e = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", e)
    e = re.sub(r"\$__\w+", " ", e)                            # Grafana variables
    idents = re.findall(r"(?<![\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)", e)
    return {i for i in idents if i.lower() not in PROMQL_WORDS and not re.fullmatch(r"\d+[smhdwy]", i)}


def base_metric(m):
    return re.sub(r"_(bucket|count|sum)$", "", m)


def check_prometheus(repo, code_spans, anchors):
    alerts = yaml.safe_load((repo / "deploy/observability/alerts.yml").read_text(encoding="utf-8"))
    used = set()
    names = {r["alert"] for g in alerts["groups"] for r in g["rules"] if "alert" in r}
    for g in alerts["groups"]:
        for r in g["rules"]:
            if "alert" not in r:
                continue
            a = r["alert"]
            where = f"[alerts] {a} ({(r.get('labels') or {}).get('severity')})"
            check((r.get("labels") or {}).get("severity") in ("warning", "critical"), f"{where}: severity warning|critical")
            ann = r.get("annotations") or {}
            check(ann.get("summary") and ann.get("description"), f"{where}: summary and description")
            rb = ann.get("runbook_url", "")
            anchor = rb.split("#", 1)[1] if rb.startswith("deploy/README.md#") else None
            check(anchor in anchors, f"{where}: runbook_url points at a heading of deploy/README.md", rb)
            check(anchor in {slug(x) for x in names}, f"{where}: runbook anchor is named after an alert", rb)
            check(slug(a) in anchors or a in code_spans, f"{where}: the runbook in deploy/README.md names this alert")
            used |= promql_metrics(r["expr"])
    for prom_file in ("prometheus.yml", "prometheus-kubernetes.yml"):
        cfg = yaml.safe_load((repo / "deploy/observability" / prom_file).read_text(encoding="utf-8"))
        jobs = [s.get("job_name") for s in cfg.get("scrape_configs", [])]
        check(cfg.get("rule_files") == ["alerts.yml"], f"[{prom_file}] loads alerts.yml")
        if prom_file == "prometheus.yml":
            check({"intake-service", "review-service", "notification-service"} <= set(jobs),
                  f"[{prom_file}] scrapes the three services as jobs named after them")
            for s in cfg["scrape_configs"]:
                if s["job_name"].endswith("-service"):
                    check(s.get("metrics_path") == "/actuator/prometheus", f"[{prom_file}] {s['job_name']} on /actuator/prometheus")
    return used


def check_grafana(repo):
    base = repo / "deploy/observability/grafana"
    ds = yaml.safe_load((base / "provisioning/datasources/prometheus.yml").read_text(encoding="utf-8"))
    uids = {d["uid"] for d in ds["datasources"]}
    prov = yaml.safe_load((base / "provisioning/dashboards/gender-network.yml").read_text(encoding="utf-8"))
    check(prov["providers"][0]["options"]["path"] == "/etc/grafana/dashboards",
          "[grafana] dashboard provider reads /etc/grafana/dashboards (the compose mount)")
    used = set()
    files = sorted((base / "dashboards").glob("*.json"))
    check(files, "[grafana] at least one dashboard JSON")
    for f in files:
        try:
            dash = json.loads(f.read_text(encoding="utf-8"))
        except ValueError as e:
            fail(f"[grafana] {f.name} is valid JSON: {e}")
            continue
        ok(f"[grafana] {f.name} is valid JSON")
        panels = dash.get("panels", [])
        ids = [p["id"] for p in panels]
        check(len(ids) == len(set(ids)), f"[grafana] {f.name}: panel ids are unique")
        bad_ds = [p["title"] for p in panels if p.get("type") != "row" and p.get("datasource", {}).get("uid") not in uids]
        check(not bad_ds, f"[grafana] {f.name}: every panel uses a provisioned datasource uid", ", ".join(bad_ds))
        titles = " | ".join(p.get("title", "") for p in panels).lower()
        for topic in ("submissions", "errors", "queue", "time to decision", "e-mails by result", "consumer lag", "outbox backlog", "age"):
            check(topic in titles, f"[grafana] {f.name}: has a panel about '{topic}'")
        for p in panels:
            for t in p.get("targets", []):
                used |= promql_metrics(t.get("expr", ""))
    return used


# ----------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", required=True)
    ap.add_argument("--rendered", action="append", default=[], help="NAME=FILE of a rendered kustomization")
    args = ap.parse_args()
    repo = Path(args.repo)
    readme_text = (repo / "deploy/README.md").read_text(encoding="utf-8")
    code_spans, anchors = readme_facts(readme_text)
    rendered = dict(x.split("=", 1) for x in args.rendered)

    print("-- Kubernetes manifests")
    env_k8s, secret_refs = check_k8s(rendered, code_spans, readme_text)

    print("-- Compose file")
    env_compose = check_compose(repo, code_spans)

    print("-- Retention of the topics (personal data): the same everywhere, at most 30 days")
    check_retention(repo)

    print("-- Every environment variable of the manifests is documented in deploy/README.md")
    env_all = {}
    for src in (env_k8s, env_compose):
        for k, v in src.items():
            env_all.setdefault(k, set()).update(v)
    missing = sorted(k for k in env_all if k not in code_spans)
    for k in sorted(env_all):
        if k not in missing:
            ok(f"`{k}` documented (used in {len(env_all[k])} places)")
    for k in missing:
        fail(f"`{k}` is not documented in deploy/README.md (used in {', '.join(sorted(env_all[k]))})")

    print("-- Every Secret reference has its kubectl create secret line in deploy/README.md")
    for name, key in sorted(secret_refs):
        pattern = rf"kubectl[^\n]*create secret generic {re.escape(name)}\b(?:[^\n]*\\\n)*[^\n]*--from-(?:literal|file)={re.escape(key)}="
        check(re.search(pattern, readme_text), f"secret {name} key {key}")

    print("-- Prometheus and Grafana")
    used = check_prometheus(repo, code_spans, anchors)
    used |= check_grafana(repo)
    print("-- Every metric the alerts and the dashboard read is listed in deploy/README.md (catches typos)")
    for m in sorted(used):
        b = base_metric(m)
        check(m in code_spans or b in code_spans, f"metric {m}")

    print()
    if failures:
        print(f"check_deploy.py: {failures} problem(s)")
        return 1
    print("check_deploy.py: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
