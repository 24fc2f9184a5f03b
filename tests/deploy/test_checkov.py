"""checkov scanning Terraform, Dockerfiles, the rendered manifests and the workflows: no unjustified finding."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
import yaml

from tests.conftest import ROOT, services_required
from tests.deploy.files import TERRAFORM
from tests.deploy.files import render_chart as _render

CHECKOV = ROOT / ".venv-checkov" / "bin" / "checkov"


def test_checkov_finds_nothing_unjustified(tmp_path) -> None:  # type: ignore[no-untyped-def]
    checkov = str(CHECKOV) if CHECKOV.exists() else shutil.which("checkov")
    if checkov is None:
        if services_required():
            pytest.fail("checkov is required: `make test` installs it in .venv-checkov")
        pytest.skip("checkov not installed")
    manifests = tmp_path / "k8s"
    manifests.mkdir()
    (manifests / "rendered.yaml").write_text(yaml.safe_dump_all(_render({"workers": {"gpu": {"enabled": True}}})))
    targets = [
        ["-d", str(TERRAFORM), "--framework", "terraform"],
        ["-f", str(ROOT / "Dockerfile"), "-f", str(ROOT / "Dockerfile.gpu"), "--framework", "dockerfile"],
        ["-d", str(manifests), "--framework", "kubernetes"],
        ["-d", str(ROOT / ".github" / "workflows"), "--framework", "github_actions"],
    ]
    for target in targets:
        run = subprocess.run(
            [checkov, *target, "--compact", "--quiet", "-o", "json", "--skip-download"],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        reports = json.loads(run.stdout or "[]")
        reports = reports if isinstance(reports, list) else [reports]
        failed = [
            (c["check_id"], c["resource"])
            for r in reports
            if isinstance(r, dict)
            for c in r.get("results", {}).get("failed_checks", [])
        ]
        assert failed == [], (target, failed)
        assert sum(r.get("summary", {}).get("passed", 0) for r in reports if isinstance(r, dict)) > 10, target
