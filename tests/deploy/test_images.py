"""The images (read, and linted by hadolint), the compose file (validated by docker-compose, and read against
what each process needs) and the workflows."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from filmstudio.config import Settings, looks_like_placeholder
from filmstudio.ops.deployment import PROCESSES, SECRETS
from tests.conftest import ROOT, services_required

DOCKERFILES = ("Dockerfile", "Dockerfile.gpu")
ENV_EXAMPLE = ROOT / "deploy" / "compose.env.example"
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")  # owner/repo[/path]@<full commit>


def _tool(path: Path | str | None, name: str) -> str:
    found = str(path) if path and Path(path).exists() else shutil.which(name)
    if found is None:
        if services_required():
            pytest.fail(f"{name} is required: `make test` installs it")
        pytest.skip(f"{name} not installed")
    return found


def _stages(text: str) -> list[tuple[str, str]]:
    """(name, body) of each stage; the stage that only builds the virtual environment is named build."""
    parts = re.split(r"^FROM ", text, flags=re.M)[1:]
    return [(m.group(1) if (m := re.match(r"\S+ AS (\S+)", p)) else "", p) for p in parts]


def test_images_are_pinned_non_root_and_checked() -> None:
    for name in DOCKERFILES:
        text = (ROOT / name).read_text()
        stages = {stage for stage, _ in _stages(text)}
        bases = [b for b in re.findall(r"^FROM (\S+)", text, re.M) if b not in stages]
        assert bases and all(":" in b and not b.endswith(":latest") for b in bases), bases  # pinned
        # numeric: the kubelet can check runAsNonRoot against it
        assert re.findall(r"^USER (\S+)$", text, re.M) == ["10001:10001"]
        assert "HEALTHCHECK" in text
        # every FILMSTUDIO_ variable the image sets is a setting the studio reads
        for variable in re.findall(r"\b(FILMSTUDIO_\w+)=", text):
            assert variable.removeprefix("FILMSTUDIO_").lower() in Settings.model_fields, (name, variable)


def test_both_images_install_the_same_system_packages() -> None:
    """The images' system packages come from scripts/setup-system.sh alone (the build stage's compilers
    are left behind), so the GPU worker has the same CLDR, Festival voices and Apertium pairs."""
    build_installs = set()
    for name in DOCKERFILES:
        for stage, body in _stages((ROOT / name).read_text()):
            installs = re.findall(r"apt(?:-get)? install[^\n\\]*", body)
            if stage == "build":
                build_installs.add(tuple(installs))
                continue
            assert not installs, (name, stage, installs)
            if "setup-system.sh" in body:
                assert "COPY scripts/setup-system.sh /tmp/setup-system.sh" in body
                assert re.search(r"^RUN /tmp/setup-system.sh &&", body, re.M), (name, stage)  # no --test
        # each image stage runs the script, or starts from a stage that did
        ran = set()
        for stage, body in _stages((ROOT / name).read_text()):
            if stage != "build":
                assert "setup-system.sh" in body or body.split()[0] in ran, (name, stage)
                ran.add(stage)
    assert len(build_installs) == 1  # the same compilers in both build stages


def test_the_gpu_image_has_the_gpu_engines_and_takes_gpu_work() -> None:
    text = (ROOT / "Dockerfile.gpu").read_text()
    assert re.search(r'pip install --no-cache-dir "\.\[gpu\]"', text)
    env = dict(re.findall(r"\b(FILMSTUDIO_\w+)=(\S+)", text))
    assert env["FILMSTUDIO_WORKER_GPU"] == "true" and env["FILMSTUDIO_JOB_BACKEND"] == "celery"
    for setting in ("sdxl_model_path", "wav2lip_checkpoint_path", "musicgen_model_path", "bark_model_path"):
        assert env[f"FILMSTUDIO_{setting.upper()}"].startswith("/models/"), setting
    command = json.loads(re.search(r"^CMD (\[.*\])$", text, re.M).group(1))
    assert command[-1] == "filmstudio.gpu.priority,filmstudio.gpu"


def test_hadolint_finds_nothing_unjustified() -> None:
    hadolint = _tool(ROOT / ".venv" / "bin" / "hadolint", "hadolint")
    for name in DOCKERFILES:
        run = subprocess.run(
            [hadolint, "--no-color", str(ROOT / name)], capture_output=True, text=True, timeout=120, check=False
        )
        assert run.returncode == 0 and run.stdout == "", (name, run.stdout, run.stderr)
        # an ignore says why, in the comment just above it
        lines = (ROOT / name).read_text().splitlines()
        for i, line in enumerate(lines):
            if "hadolint ignore=" in line:
                assert i > 0 and lines[i - 1].startswith("# ") and "hadolint" not in lines[i - 1], (name, i)


def _compose_config(tmp_path: Path, env_file: Path | None) -> subprocess.CompletedProcess[str]:
    """docker-compose v1 (offline) on compose.yaml; the top-level `name` is newer than v1, and so left out."""
    compose = _tool(None, "docker-compose")
    text = re.sub(r"^name: .*\n", "", (ROOT / "compose.yaml").read_text(), flags=re.M)
    (tmp_path / "compose.yaml").write_text(text)
    command = [compose, "--project-directory", str(ROOT), "-f", str(tmp_path / "compose.yaml")]
    if env_file:
        command += ["--env-file", str(env_file)]
    clean = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)}  # nothing from this shell's environment
    return subprocess.run([*command, "config"], capture_output=True, text=True, timeout=120, env=clean, check=False)


def test_compose_is_valid_and_gives_each_process_what_it_needs(tmp_path: Path) -> None:
    run = _compose_config(tmp_path, ENV_EXAMPLE)
    assert run.returncode == 0, run.stderr
    config = yaml.safe_load(run.stdout)
    raw = yaml.safe_load((ROOT / "compose.yaml").read_text())
    assert set(raw["services"]) == {"postgres", "redis", "s3", "migrate", "api", "worker"}
    for service, process in (("api", "api"), ("worker", "worker"), ("migrate", "migrate")):
        resolved = config["services"][service]["environment"]
        written = raw["services"][service]["environment"]
        for variable in PROCESSES[process].required:
            assert resolved.get(variable), (service, variable)
        for variable, value in PROCESSES[process].values:
            assert resolved[variable] == value, (service, variable)
        # secrets from .env, and required there (${X:?…}): never a default, never empty
        for variable in SECRETS & set(written):
            assert re.search(r"\$\{\w+:\?[^}]+\}", written[variable]), (service, variable)
    assert "FILMSTUDIO_FORWARDED_ALLOW_IPS" in raw["services"]["api"]["environment"]
    assert "FILMSTUDIO_METRICS_TOKEN" not in raw["services"]["worker"]["environment"]  # the API's only
    # without the .env, compose refuses and names what is missing
    run = _compose_config(tmp_path, None)
    assert run.returncode != 0 and "in .env" in run.stderr


def test_the_example_env_holds_only_placeholders() -> None:
    values = dict(
        line.split("=", 1) for line in ENV_EXAMPLE.read_text().splitlines() if line and not line.startswith("#")
    )
    needed = set(re.findall(r"\$\{(\w+):\?", (ROOT / "compose.yaml").read_text()))
    assert needed <= set(values), needed - set(values)
    for name in needed:  # every value compose requires is a secret here
        assert looks_like_placeholder(values[name]), name


def test_workflows() -> None:
    text = (ROOT / ".github" / "workflows" / "ci.yml").read_text()
    workflow = yaml.safe_load(text)
    assert set(workflow["jobs"]) == {"test", "audit", "images", "deploy-staging", "deploy-production"}
    assert workflow["jobs"]["deploy-production"]["environment"] == "production"
    assert "make test" in json.dumps(workflow["jobs"]["test"])
    assert "make audit" in json.dumps(workflow["jobs"]["audit"])
    uses = re.findall(r"uses:\s*(\S+)", text)
    assert uses and all(PINNED.match(u) for u in uses), [u for u in uses if not PINNED.match(u)]
    images = workflow["jobs"]["images"]
    assert images["needs"] == ["test", "audit"]
    steps = images["steps"]
    scan = next(s for s in steps if s.get("uses", "").startswith("aquasecurity/trivy-action@"))
    assert scan["with"]["exit-code"] == "1" and scan["with"]["severity"] == "CRITICAL,HIGH"
    assert scan["with"]["image-ref"] == "${{ steps.image.outputs.ref }}:${{ github.sha }}"
    # scanned after the push, and before the version tag is given
    build = next(i for i, s in enumerate(steps) if s.get("uses", "").startswith("docker/build-push-action@"))
    tag = next(i for i, s in enumerate(steps) if "imagetools create" in s.get("run", ""))
    assert build < steps.index(scan) < tag
