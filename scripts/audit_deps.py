"""Known vulnerabilities in the installed Python dependencies, checked offline.

pip-audit asks OSV or PyPI's per-version JSON API, and neither answers from this project's machines (CI
included): the registries' package files are reachable, their advisory services are not. So the studio
keeps the advisories themselves: `security/pypi-advisories.json.gz`, every record of the PyPA advisory
database (OSV format) cut to what matching needs, with the commit it came from. This script matches the
distributions installed beside it against them, less what `.pip-audit-allowlist` accepts with a reason.

Run: `.venv/bin/python scripts/audit_deps.py` (exit 1 and a table when something is affected).
Refresh the snapshot from a checkout of github.com/pypa/advisory-database (or an unzipped
https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip, whose records are JSON):
`.venv/bin/python scripts/audit_deps.py --refresh PATH`. Where PyPI's per-version API answers,
`make audit` runs pip-audit as well.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "security" / "pypi-advisories.json.gz"
ALLOWLIST = ROOT / ".pip-audit-allowlist"


def normalise(name: str) -> str:
    """A distribution's name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _version(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:  # releases from before PEP 440 ("2.0-beta"): matched by the versions list
        return None


def in_range(version: Version, events: list[list[str]]) -> bool:
    """OSV's rule for an ECOSYSTEM range: walk the events in version order; an "introduced" at or below
    the version turns it affected, a "fixed" at or below (a "last_affected" below) turns it back."""
    keyed = []
    for kind, text in events:
        at = Version("0") if text == "0" else _version(text)
        if at is not None:
            keyed.append((at, kind))
    affected = False
    for at, kind in sorted(keyed, key=lambda item: item[0]):
        if kind == "introduced" and at <= version:
            affected = True
        elif kind == "fixed" and at <= version or kind == "last_affected" and at < version:
            affected = False
    return affected


def affects(advisory: dict, version_text: str) -> bool:
    if version_text in advisory.get("versions", ()):
        return True
    version = _version(version_text)
    return version is not None and any(in_range(version, events) for events in advisory["ranges"])


def findings(installed: dict[str, str], advisories: dict[str, list[dict]]) -> list[tuple[str, str, dict]]:
    """(package, version, advisory) for every installed distribution an advisory covers."""
    found = []
    for name, version in sorted(installed.items()):
        for advisory in advisories.get(normalise(name), ()):
            if affects(advisory, version):
                found.append((name, version, advisory))
    return found


def installed_distributions() -> dict[str, str]:
    return {normalise(d.metadata["Name"]): d.version for d in metadata.distributions() if d.metadata["Name"]}


def accepted(path: Path = ALLOWLIST) -> set[str]:
    """Advisory ids (the first word of each line) the allowlist accepts."""
    ids = set()
    for line in path.read_text().splitlines() if path.exists() else ():
        if line.strip() and not line.startswith("#"):
            ids.add(line.split()[0])
    return ids


def load_snapshot(path: Path = SNAPSHOT) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


# --- building the snapshot ---------------------------------------------------------------------------


def _read_record(path: Path) -> dict:
    if path.suffix == ".json":
        return json.loads(path.read_text())
    import yaml  # a dev dependency; only a refresh reads YAML

    return yaml.safe_load(path.read_text())


def cut(record: dict) -> dict[str, dict]:
    """One OSV record as matching needs it, per PyPI package it names."""
    details = " ".join((record.get("summary") or record.get("details") or "").split())
    out: dict[str, dict] = {}
    for entry in record.get("affected", ()):
        package = entry.get("package", {})
        if package.get("ecosystem") != "PyPI":
            continue
        ranges = [
            [[kind, str(text)] for event in r.get("events", ()) for kind, text in event.items()]
            for r in entry.get("ranges", ())
            if r.get("type") == "ECOSYSTEM"
        ]
        cut_record = out.setdefault(
            normalise(package["name"]),
            {
                "id": record["id"],
                "aliases": record.get("aliases", []),
                "summary": details[:200],
                "ranges": [],
            },
        )
        cut_record["ranges"] += ranges
        if not ranges:  # only a list of versions says what is affected
            cut_record.setdefault("versions", []).extend(str(v) for v in entry.get("versions", ()))
    return out


def build_snapshot(source: Path) -> dict:
    advisories: dict[str, list[dict]] = {}
    records = sorted(p for p in source.rglob("*") if p.suffix in {".yaml", ".json"} and p.is_file())
    for path in records:
        record = _read_record(path)
        if not isinstance(record, dict) or "id" not in record or record.get("withdrawn"):
            continue
        for name, advisory in cut(record).items():
            advisories.setdefault(name, []).append(advisory)
    commit = subprocess.run(["git", "-C", str(source), "log", "-1", "--format=%H %cI"],
                            capture_output=True, text=True).stdout.split()  # fmt: skip
    return {
        "source": "https://github.com/pypa/advisory-database (CC-BY-4.0)",
        "commit": commit[0] if commit else None,
        "committed_at": commit[1] if commit else None,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "advisories": advisories,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--refresh", type=Path, metavar="PATH", help="rebuild the snapshot from advisories here"
    )
    args = parser.parse_args()
    if args.refresh:
        snapshot = build_snapshot(args.refresh)
        SNAPSHOT.parent.mkdir(exist_ok=True)
        with gzip.open(SNAPSHOT, "wt", encoding="utf-8", compresslevel=9) as handle:
            json.dump(snapshot, handle, separators=(",", ":"), sort_keys=True)
        count = sum(len(v) for v in snapshot["advisories"].values())
        print(
            f"{count} advisories over {len(snapshot['advisories'])} packages -> {SNAPSHOT.relative_to(ROOT)}"
        )
        return 0
    snapshot = load_snapshot()
    installed = installed_distributions()
    ok = accepted()
    found = [
        f for f in findings(installed, snapshot["advisories"]) if not ({f[2]["id"], *f[2]["aliases"]} & ok)
    ]
    print(f"{len(installed)} distributions checked against {sum(map(len, snapshot['advisories'].values()))} "
          f"advisories (PyPA advisory database at {snapshot['commit'][:12]}, {snapshot['committed_at']})")  # fmt: skip
    for name, version, advisory in found:
        print(
            f"  {name} {version}: {advisory['id']} ({', '.join(advisory['aliases'][:2])}) {advisory['summary'][:90]}"
        )
    if found:
        print(f"{len(found)} known vulnerabilities: upgrade, or accept one in {ALLOWLIST.name} with a reason")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
