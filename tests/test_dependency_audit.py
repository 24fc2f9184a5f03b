"""The offline dependency audit (`scripts/audit_deps.py`): the test environment has no known vulnerability
outside the allowlist, and the matcher follows OSV's range rules, so an affected version cannot slip by."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "audit_deps.py"
_spec = importlib.util.spec_from_file_location("audit_deps", SCRIPT)
audit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(audit)


def test_installed_dependencies_have_no_unaccepted_advisory() -> None:
    run = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    checked = int(run.stdout.split()[0])
    assert checked > 100  # the whole environment, not an empty one


def test_snapshot_is_the_whole_database_with_its_origin() -> None:
    snapshot = audit.load_snapshot()
    assert len(snapshot["commit"]) == 40 and snapshot["committed_at"]
    assert sum(map(len, snapshot["advisories"].values())) > 2000
    for package in ("jinja2", "pillow", "starlette", "requests", "cryptography", "sqlalchemy"):
        assert package in snapshot["advisories"], package


@pytest.mark.parametrize(
    ("package", "version", "advisory"),
    [
        ("jinja2", "2.11.2", "PYSEC-2021-66"),
        ("pillow", "9.0.0", "PYSEC-2022-168"),
        ("starlette", "0.25.0", "PYSEC-2023-83"),
        ("Jinja2", "2.10", "PYSEC-2021-66"),
    ],
)
def test_known_vulnerable_versions_are_found(package: str, version: str, advisory: str) -> None:
    found = audit.findings({package: version}, audit.load_snapshot()["advisories"])
    assert advisory in {a["id"] for _, _, a in found}


def test_fixed_versions_are_not_reported() -> None:
    advisories = audit.load_snapshot()["advisories"]
    assert not [a["id"] for _, _, a in audit.findings({"jinja2": "2.11.3"}, advisories) if a["id"] == "PYSEC-2021-66"]


def test_osv_range_rules() -> None:
    from packaging.version import Version

    events = [["introduced", "0"], ["fixed", "1.2"], ["introduced", "2.0"], ["last_affected", "2.3"]]
    assert audit.in_range(Version("1.1.9"), events)
    assert not audit.in_range(Version("1.2"), events)
    assert not audit.in_range(Version("1.9"), events)
    assert audit.in_range(Version("2.3"), events)
    assert not audit.in_range(Version("2.3.1"), events)
    listed = {"id": "X", "aliases": [], "summary": "", "ranges": [], "versions": ["0.9-beta"]}
    assert audit.affects(listed, "0.9-beta") and not audit.affects(listed, "1.0")


def test_allowlist_accepts_by_first_word(tmp_path: Path) -> None:
    allow = tmp_path / "allow"
    allow.write_text("# a comment\nPYSEC-2021-66  urlize is never used (look again 2027-01)\n\n")
    assert audit.accepted(allow) == {"PYSEC-2021-66"}


def test_records_are_cut_per_pypi_package() -> None:
    record = {
        "id": "PYSEC-1",
        "details": "Bad  thing\nhappens.",
        "aliases": ["CVE-1"],
        "affected": [
            {
                "package": {"name": "Foo_Bar", "ecosystem": "PyPI"},
                "ranges": [
                    {"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.0"}]},
                    {"type": "GIT", "events": [{"introduced": "abc"}]},
                ],
            },
            {"package": {"name": "foo", "ecosystem": "npm"}, "versions": ["1"]},
        ],
    }
    cut = audit.cut(record)
    assert list(cut) == ["foo-bar"]
    assert cut["foo-bar"]["ranges"] == [[["introduced", "0"], ["fixed", "1.0"]]]
    assert cut["foo-bar"]["summary"] == "Bad thing happens."
