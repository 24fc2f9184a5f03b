"""The architecture page and the README's layout name every package the layers hold (a package added
without a word in either fails here), and the layers printed by `python -m tests.layout_report` have no
import running upward."""

from __future__ import annotations

import re

from tests.conftest import ROOT
from tests.layout_report import packages_by_layer, upward_imports


def _named(text: str) -> set[str]:
    return set(re.findall(r"`([a-z_]+)/?`", text))


def test_the_architecture_page_and_the_readme_name_every_package() -> None:
    packages = {name for names in packages_by_layer().values() for name in names}
    assert {"engines", "pipeline", "worker", "ops", "api"} <= packages
    architecture = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("## Layout") :]
    assert sorted(packages - _named(architecture)) == []
    assert sorted(packages - _named(layout)) == []


def test_the_report_finds_no_upward_import() -> None:
    assert upward_imports() == []
