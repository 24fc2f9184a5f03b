"""The deployment files, checked here so that they deploy there: the Helm chart rendered by Helm itself
(the Helm v4 SDK, helm-python-sdk) and every manifest validated against the Kubernetes 1.30 schemas;
the Terraform parsed (python-hcl2); the images, compose file and workflows read; and checkov scanning
Terraform, Dockerfiles, the rendered manifests and the workflows with no unjustified finding."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
import yaml

from tests.conftest import ROOT, services_required

CHART = ROOT / "deploy" / "helm" / "filmstudio"
TERRAFORM = ROOT / "deploy" / "terraform"
CHECKOV = ROOT / ".venv-checkov" / "bin" / "checkov"


def _render(values: dict | None = None) -> list[dict]:
    helm = pytest.importorskip("helm_python")
    rendered = helm.Chart.load(str(CHART)).render(
        values or {}, name="studio", namespace="films", is_install=True
    )
    return [doc for text in rendered.values() for doc in yaml.safe_load_all(text) if doc]


def test_the_chart_lints_and_renders_valid_kubernetes() -> None:
    helm = pytest.importorskip("helm_python")
    kubernetes_validate = pytest.importorskip("kubernetes_validate")
    report = helm.lint(str(CHART), strict=True, kube_version="v1.30.0")
    assert report["errors"] == [] and all(m["severity"] < 3 for m in report["messages"])
    for values in (
        {},
        {"workers": {"gpu": {"enabled": True}}, "image": {"digests": {"api": "sha256:" + "0" * 64}}},
    ):
        docs = _render(values)
        for doc in docs:
            kubernetes_validate.validate(doc, "1.30.0", strict=True)
            assert doc["metadata"]["namespace"] == "films"
        kinds = sorted(d["kind"] for d in docs)
        assert {"Deployment", "Service", "Ingress", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Job",
                "NetworkPolicy", "ServiceAccount"} <= set(kinds)  # fmt: skip
    docs = _render({"workers": {"gpu": {"enabled": True}}})
    deployments = {d["metadata"]["name"]: d for d in docs if d["kind"] == "Deployment"}
    assert set(deployments) == {
        "studio-filmstudio-api",
        "studio-filmstudio-worker-cpu",
        "studio-filmstudio-worker-gpu",
    }
    api = deployments["studio-filmstudio-api"]["spec"]["template"]["spec"]["containers"][0]
    assert (
        api["readinessProbe"]["httpGet"]["path"] == "/readyz"
        and api["livenessProbe"]["httpGet"]["path"] == "/healthz"
    )
    assert api["securityContext"]["runAsNonRoot"] and api["envFrom"] == [
        {"secretRef": {"name": "filmstudio-secrets"}}
    ]
    gpu = deployments["studio-filmstudio-worker-gpu"]["spec"]["template"]["spec"]["containers"][0]
    assert gpu["resources"]["limits"]["nvidia.com/gpu"] == 1 and "filmstudio.gpu" in gpu["command"][-1]
    hpa = next(
        d for d in docs if d["kind"] == "HorizontalPodAutoscaler" and d["metadata"]["name"].endswith("cpu")
    )
    assert hpa["spec"]["metrics"][0]["external"]["metric"]["name"] == "filmstudio_queue_depth"
    job = next(d for d in docs if d["kind"] == "Job")
    assert job["metadata"]["annotations"]["helm.sh/hook"] == "pre-install,pre-upgrade"
    assert "filmstudio db upgrade" in job["spec"]["template"]["spec"]["containers"][0]["command"][-1]


def _plain(value):  # type: ignore[no-untyped-def]
    """python-hcl2 keeps HCL's quotes around names and strings: without them."""
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items() if k != "__is_block__"}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


def test_the_terraform_parses_and_follows_the_spec() -> None:
    hcl2 = pytest.importorskip("hcl2")
    resources: dict[str, list[dict]] = {}
    for path in sorted(TERRAFORM.rglob("*.tf")):
        with path.open() as handle:
            parsed = _plain(hcl2.load(handle))
        for block in parsed.get("resource", []):
            for kind, named in block.items():
                resources.setdefault(kind, []).extend(named.values())
    for kind in ("aws_vpc", "aws_subnet", "aws_nat_gateway", "aws_ecs_service", "aws_lb", "aws_wafv2_web_acl",
                 "aws_autoscaling_group", "aws_autoscaling_policy", "aws_db_instance", "aws_elasticache_replication_group",
                 "aws_s3_bucket_lifecycle_configuration", "aws_cloudfront_distribution", "aws_sqs_queue",
                 "aws_secretsmanager_secret", "aws_cloudwatch_metric_alarm", "aws_kms_key", "aws_iam_role"):  # fmt: skip
        assert kind in resources, kind
    (db,) = resources["aws_db_instance"]
    assert db["engine"] == "postgres" and db["engine_version"] == "15" and db["storage_encrypted"] is True
    lifecycle = json.dumps(resources["aws_s3_bucket_lifecycle_configuration"])
    assert "STANDARD_IA" in lifecycle and "GLACIER" in lifecycle
    (service,) = resources["aws_ecs_service"]
    assert service["launch_type"] == "FARGATE"
    assert "ApproximateNumberOfMessagesVisible" in json.dumps(resources["aws_autoscaling_policy"])
    subnets = [s["tags"]["tier"] for s in resources["aws_subnet"]]
    assert sorted(set(subnets)) == ["app", "data", "public"]
    assert {p.name for p in (TERRAFORM / "environments").iterdir()} == {"dev", "staging", "prod"}


def test_images_compose_and_workflows() -> None:
    for name in ("Dockerfile", "Dockerfile.gpu"):
        text = (ROOT / name).read_text()
        stages = set(re.findall(r"^FROM \S+ AS (\S+)", text, re.M))
        bases = [b for b in re.findall(r"^FROM (\S+)", text, re.M) if b not in stages]
        assert bases and all(":" in b and not b.endswith(":latest") for b in bases), bases  # pinned
        assert re.search(r"^USER studio$", text, re.M) and "HEALTHCHECK" in text
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    assert set(compose["services"]) == {"postgres", "redis", "s3", "migrate", "api", "worker"}
    raw = (ROOT / "compose.yaml").read_text()
    assert not re.search(
        r"(PASSWORD|SECRET_KEY|SECRET_ACCESS_KEY):\s+(?!\$\{)\S", raw
    )  # secrets come from .env
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())
    assert set(workflow["jobs"]) == {"test", "audit", "images", "deploy-staging", "deploy-production"}
    assert workflow["jobs"]["deploy-production"]["environment"] == "production"
    assert "make test" in json.dumps(workflow["jobs"]["test"])
    assert "make audit" in json.dumps(workflow["jobs"]["audit"]) and workflow["jobs"]["images"]["needs"] == [
        "test",
        "audit",
    ]


def test_checkov_finds_nothing_unjustified(tmp_path) -> None:  # type: ignore[no-untyped-def]
    checkov = str(CHECKOV) if CHECKOV.exists() else shutil.which("checkov")
    if checkov is None:
        if services_required():
            pytest.fail("checkov is required: `make test` installs it in .venv-checkov")
        pytest.skip("checkov not installed")
    manifests = tmp_path / "k8s"
    manifests.mkdir()
    (manifests / "rendered.yaml").write_text(
        yaml.safe_dump_all(_render({"workers": {"gpu": {"enabled": True}}}))
    )
    targets = [["-d", str(TERRAFORM), "--framework", "terraform"],
               ["-f", str(ROOT / "Dockerfile"), "-f", str(ROOT / "Dockerfile.gpu"), "--framework", "dockerfile"],
               ["-d", str(manifests), "--framework", "kubernetes"],
               ["-d", str(ROOT / ".github" / "workflows"), "--framework", "github_actions"]]  # fmt: skip
    for target in targets:
        run = subprocess.run([checkov, *target, "--compact", "--quiet", "-o", "json", "--skip-download"],
                             capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
        reports = json.loads(run.stdout or "[]")
        reports = reports if isinstance(reports, list) else [reports]
        failed = [(c["check_id"], c["resource"]) for r in reports if isinstance(r, dict)
                  for c in r.get("results", {}).get("failed_checks", [])]  # fmt: skip
        assert failed == [], (target, failed)
        assert sum(r.get("summary", {}).get("passed", 0) for r in reports if isinstance(r, dict)) > 10, target
