"""The Helm chart, rendered by Helm itself (the Helm v4 SDK): the core manifests validated against the
Kubernetes 1.30 schemas, KEDA's objects (CRDs) read field by field, and every process's pod checked against
what the process refuses to start without (filmstudio.ops.deployment)."""

from __future__ import annotations

import tomllib

import pytest
import yaml

from filmstudio.ops.deployment import HEALTH_PATH, PORT, PROCESSES, READY_PATH, SECRETS
from filmstudio.worker.queues import QUEUES
from tests.conftest import ROOT
from tests.deploy.files import CHART
from tests.deploy.files import render_chart as _render

GPU = {"workers": {"gpu": {"enabled": True}}}
SECRET = "filmstudio-secrets"  # values.yaml's existingSecret
KEDA = "keda.sh/v1alpha1"


def _named(docs: list[dict], kind: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


def _pod(doc: dict) -> dict:
    return doc["spec"]["template"]["spec"]


def _pods(docs: list[dict]) -> dict[str, dict]:
    """Each process's Deployment or Job, found by the command it runs."""
    found = {}
    for doc in docs:
        if doc["kind"] not in ("Deployment", "Job"):
            continue
        command = " ".join(_pod(doc)["containers"][0]["command"])
        gpu = doc["metadata"]["name"].endswith("worker-gpu")
        for name, process in PROCESSES.items():
            if process.command in command and gpu == (name == "worker-gpu"):
                assert name not in found, name
                found[name] = doc
    return found


def test_the_chart_lints_and_renders_valid_kubernetes() -> None:
    helm = pytest.importorskip("helm_python")
    kubernetes_validate = pytest.importorskip("kubernetes_validate")
    report = helm.lint(str(CHART), strict=True, kube_version="v1.30.0")
    assert report["errors"] == [] and all(m["severity"] < 3 for m in report["messages"])
    for values in (
        {},
        {**GPU, "image": {"digests": {"api": "sha256:" + "0" * 64}}},
        {
            "workers": {
                "gpu": {"enabled": True, "autoscaling": {"keda": False}},
                "cpu": {"autoscaling": {"keda": True}},
            }
        },
    ):
        docs = _render(values)
        for doc in docs:
            if doc["apiVersion"] != KEDA:  # a CRD: no schema to validate against, read below
                kubernetes_validate.validate(doc, "1.30.0", strict=True)
            assert doc["metadata"]["namespace"] == "films"
        kinds = {d["kind"] for d in docs}
        assert {
            "Deployment",
            "Service",
            "Ingress",
            "PodDisruptionBudget",
            "Job",
            "NetworkPolicy",
            "ServiceAccount",
        } <= kinds
    docs = _render(GPU)
    assert set(_named(docs, "Deployment")) == {
        "studio-filmstudio-api",
        "studio-filmstudio-worker-cpu",
        "studio-filmstudio-worker-gpu",
    }
    api = _pod(_named(docs, "Deployment")["studio-filmstudio-api"])["containers"][0]
    assert api["ports"] == [{"name": "http", "containerPort": PORT}]
    assert api["livenessProbe"]["httpGet"] == {"path": HEALTH_PATH, "port": "http"}
    assert api["readinessProbe"]["httpGet"] == {"path": READY_PATH, "port": "http"}
    assert api["securityContext"]["runAsNonRoot"]
    gpu = _pod(_named(docs, "Deployment")["studio-filmstudio-worker-gpu"])["containers"][0]
    assert gpu["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert gpu["command"][-1] == "filmstudio.gpu.priority,filmstudio.gpu"
    for deployment in _named(docs, "Deployment").values():  # the autoscalers own the workers' count
        assert ("replicas" in deployment["spec"]) == deployment["metadata"]["name"].endswith("api")


def test_every_process_gets_what_it_needs_and_secrets_only_from_the_secret() -> None:
    pytest.importorskip("helm_python")
    for values in (GPU, {**GPU, "workers": {**GPU["workers"], "cloudwatchNamespace": "FilmStudio"}}):
        pods = _pods(_render(values))
        assert set(pods) == set(PROCESSES)
        for name, doc in pods.items():
            process = PROCESSES[name]
            container = _pod(doc)["containers"][0]
            env = container["env"]
            assert len({e["name"] for e in env}) == len(env), name  # no variable twice
            plain = {e["name"]: e["value"] for e in env if "value" in e}
            from_secret = {e["name"]: e["valueFrom"]["secretKeyRef"] for e in env if "valueFrom" in e}
            assert not SECRETS & set(plain), (name, SECRETS & set(plain))
            assert all(ref["name"] == SECRET for ref in from_secret.values()), name
            assert container.get("envFrom", []) == [{"secretRef": {"name": SECRET}}], name  # no ConfigMap
            for variable in process.required:
                if variable in SECRETS:
                    assert from_secret.get(variable) == {"name": SECRET, "key": variable}, (name, variable)
                else:
                    assert plain.get(variable), (name, variable)
            for variable, value in process.values:
                assert plain[variable] == value, (name, variable)
            assert plain["FILMSTUDIO_ENVIRONMENT"] == "production"
            # the proxies' addresses for the API only; CloudWatch for the workers, only when asked for
            assert ("FILMSTUDIO_FORWARDED_ALLOW_IPS" in plain) == (name == "api")
            cloudwatch = name.startswith("worker") and "cloudwatchNamespace" in values["workers"]
            assert ("FILMSTUDIO_CLOUDWATCH_NAMESPACE" in plain) == cloudwatch, name
    # a secret among the plain settings is refused, whichever it is
    helm = pytest.importorskip("helm_python")
    for variable in SECRETS:
        with pytest.raises(helm.HelmError, match="is a secret"):
            _render({"settings": {variable.removeprefix("FILMSTUDIO_"): "x"}})
    # values.yaml says which keys the existing Secret must hold
    documented = (CHART / "values.yaml").read_text()
    needed = {v for p in PROCESSES.values() for v in p.required if v in SECRETS}
    assert all(variable in documented for variable in needed)


def test_the_migration_hook_has_all_it_uses_at_hook_time() -> None:
    """A pre-install hook runs before the release's ordinary resources exist: what the Job uses is a hook
    made before it (lower weight) or made outside the chart (the existing Secret)."""
    pytest.importorskip("helm_python")
    docs = _render()
    job = next(d for d in docs if d["kind"] == "Job")
    hooks = {
        (d["kind"], d["metadata"]["name"]): d for d in docs if "helm.sh/hook" in d["metadata"].get("annotations", {})
    }

    def weight(doc: dict) -> int:
        return int(doc["metadata"]["annotations"].get("helm.sh/hook-weight", "0"))

    assert job["metadata"]["annotations"]["helm.sh/hook"] == "pre-install,pre-upgrade"
    pod = _pod(job)
    account = hooks[("ServiceAccount", pod["serviceAccountName"])]
    assert account["metadata"]["annotations"]["helm.sh/hook"] == "pre-install,pre-upgrade"
    assert weight(account) < weight(job)
    # replaced at the next upgrade, not deleted as soon as made (the Job still needs it)
    assert account["metadata"]["annotations"]["helm.sh/hook-delete-policy"] == "before-hook-creation"
    container = pod["containers"][0]
    assert "filmstudio db upgrade" in container["command"][-1]
    refs = [e["valueFrom"] for e in container["env"] if "valueFrom" in e] + container.get("envFrom", [])
    assert all(set(ref) <= {"secretKeyRef", "secretRef"} for ref in refs)  # no chart-made ConfigMap
    assert all(ref[next(iter(ref))]["name"] == SECRET for ref in refs)
    assert all("configMap" not in v and "secret" not in v for v in pod.get("volumes", []))


def test_default_images_are_the_tags_ci_pushes() -> None:
    pytest.importorskip("helm_python")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    chart = yaml.safe_load((CHART / "Chart.yaml").read_text())
    assert chart["appVersion"] == version  # bump both together
    docs = _render(GPU)
    images = {c["image"] for d in docs if d["kind"] in ("Deployment", "Job") for c in _pod(d)["containers"]}
    assert images and all(image.endswith(f":{version}") for image in images), images
    # the images job pushes each image as ghcr.io/<owner>/<name>, tagged with that version
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())
    job = workflow["jobs"]["images"]
    names = {m["name"] for m in job["strategy"]["matrix"]["include"]}
    assert {image.split(":")[0].rsplit("/", 1)[1] for image in images} <= names
    assert all(image.startswith("ghcr.io/") for image in images)
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    assert 'tomllib.load(open("pyproject.toml", "rb"))["project"]["version"]' in runs
    assert 'imagetools create --tag "$REF:$VERSION"' in runs
    # the digest, when given, wins over the tag
    pinned = _render({"image": {"digests": {"api": "sha256:" + "1" * 64}}})
    api = _pod(_named(pinned, "Deployment")["studio-filmstudio-api"])["containers"][0]
    assert api["image"] == "ghcr.io/ai-film-studio/filmstudio-api@sha256:" + "1" * 64


def test_gpu_workers_scale_to_zero_with_keda_on_the_gpu_lists() -> None:
    pytest.importorskip("helm_python")
    docs = _render(GPU)
    scaled = _named(docs, "ScaledObject")
    assert set(scaled) == {"studio-filmstudio-worker-gpu"}  # the CPU workers keep their HPA by default
    assert set(_named(docs, "HorizontalPodAutoscaler")) == {"studio-filmstudio-worker-cpu"}
    spec = scaled["studio-filmstudio-worker-gpu"]["spec"]
    assert spec["scaleTargetRef"] == {"name": "studio-filmstudio-worker-gpu"}
    assert spec["minReplicaCount"] == 0 and spec["maxReplicaCount"] >= 1
    assert spec["cooldownPeriod"] >= 900  # longer than a film in hand usually takes
    triggers = spec["triggers"]
    assert {t["metadata"]["listName"] for t in triggers} == {"filmstudio.gpu", "filmstudio.gpu.priority"}
    assert {t["metadata"]["listName"] for t in triggers} <= set(QUEUES)
    for trigger in triggers:
        assert trigger["type"] == "redis"
        metadata = trigger["metadata"]
        assert all(isinstance(v, str) for v in metadata.values())  # KEDA reads strings only
        assert int(metadata["listLength"]) >= 1 and metadata["activationListLength"] == "0"
        assert metadata["enableTLS"] == "false" and metadata["databaseIndex"] == "0"
        assert "address" not in metadata  # by default from the existing Secret
    auth = _named(docs, "TriggerAuthentication")
    assert {t["authenticationRef"]["name"] for t in triggers} == set(auth)
    (only,) = auth.values()
    assert only["apiVersion"] == KEDA
    assert only["spec"]["secretTargetRef"] == [{"parameter": "address", "name": SECRET, "key": "KEDA_REDIS_ADDRESS"}]
    # an address in values, a password from the Secret, TLS
    docs = _render(
        {
            **GPU,
            "keda": {
                "redis": {
                    "address": "redis.data.svc.cluster.local:6380",
                    "passwordKey": "REDIS_PASSWORD",
                    "enableTLS": True,
                    "databaseIndex": 2,
                }
            },
        }
    )
    (scaled,) = _named(docs, "ScaledObject").values()
    for trigger in scaled["spec"]["triggers"]:
        assert trigger["metadata"]["address"] == "redis.data.svc.cluster.local:6380"
        assert trigger["metadata"]["enableTLS"] == "true" and trigger["metadata"]["databaseIndex"] == "2"
    (auth,) = _named(docs, "TriggerAuthentication").values()
    assert auth["spec"]["secretTargetRef"] == [{"parameter": "password", "name": SECRET, "key": "REDIS_PASSWORD"}]
    # an address and no password: nothing to authenticate with
    docs = _render({**GPU, "keda": {"redis": {"address": "redis:6379"}}})
    assert not _named(docs, "TriggerAuthentication")
    assert all(
        "authenticationRef" not in t for s in _named(docs, "ScaledObject").values() for t in s["spec"]["triggers"]
    )
    # KEDA off: an HPA, which cannot go below one worker
    docs = _render({"workers": {"gpu": {"enabled": True, "autoscaling": {"keda": False}}}})
    assert not _named(docs, "ScaledObject")
    assert _named(docs, "HorizontalPodAutoscaler")["studio-filmstudio-worker-gpu"]["spec"]["minReplicas"] == 1


def test_the_api_is_reached_only_from_the_ingress_controller_and_monitoring() -> None:
    pytest.importorskip("helm_python")
    for namespaces, values in (
        ({"ingress-nginx", "monitoring"}, {}),
        (
            {"traefik", "observability"},
            {"networkPolicy": {"ingressNamespace": "traefik", "monitoringNamespace": "observability"}},
        ),
    ):
        policies = [
            p
            for p in _named(_render(values), "NetworkPolicy").values()
            if p["spec"]["podSelector"].get("matchLabels", {}).get("app.kubernetes.io/component") == "api"
        ]
        (policy,) = policies
        assert "Ingress" in policy["spec"]["policyTypes"]
        allowed = set()
        for rule in policy["spec"]["ingress"]:
            assert rule["ports"] == [{"port": PORT, "protocol": "TCP"}]
            assert rule.get("from"), rule  # a rule without `from` would let every pod in
            for peer in rule["from"]:
                assert set(peer) == {"namespaceSelector"}, peer
                allowed.add(peer["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"])
        assert allowed == namespaces
