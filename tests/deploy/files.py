"""Where the deployment files lie, and how the tests read them: the chart rendered by Helm itself
(helm-python-sdk), the Terraform parsed by python-hcl2."""

from __future__ import annotations

import pytest
import yaml

from tests.conftest import ROOT

CHART = ROOT / "deploy" / "helm" / "filmstudio"
TERRAFORM = ROOT / "deploy" / "terraform"


def render_chart(values: dict | None = None) -> list[dict]:
    helm = pytest.importorskip("helm_python")
    rendered = helm.Chart.load(str(CHART)).render(values or {}, name="studio", namespace="films", is_install=True)
    return [doc for text in rendered.values() for doc in yaml.safe_load_all(text) if doc]


def plain(value):  # type: ignore[no-untyped-def]
    """python-hcl2 keeps HCL's quotes around names and strings: without them."""
    if isinstance(value, dict):
        return {plain(k): plain(v) for k, v in value.items() if k != "__is_block__"}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value
