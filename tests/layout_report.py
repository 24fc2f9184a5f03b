"""Prints the package's layers, lowest first, with the modules in each and every import that runs
upward (none is allowed but the composition root's and the CLI's, which sit on top):
`python -m tests.layout_report`. The layers are tests/test_layout.py's, which fails on an upward import
or a circle; docs/ARCHITECTURE.md and the README's layout name every package listed here."""

from __future__ import annotations

from collections import defaultdict

from tests.test_layout import LAYERS, imports, layer_of


def packages_by_layer() -> dict[int, list[str]]:
    """Each layer's top-level packages and modules (filmstudio.<name>), as the import graph finds them."""
    found: dict[int, set[str]] = defaultdict(set)
    for module in imports():
        parts = module.split(".")
        if len(parts) < 2:
            continue
        top = "filmstudio." + parts[1]
        found[layer_of(top)].add(parts[1])
    return {level: sorted(names) for level, names in sorted(found.items())}


def upward_imports() -> list[str]:
    return sorted(
        f"{module} -> {target}"
        for module, targets in imports().items()
        for target in targets
        if layer_of(target) > layer_of(module) and target != "filmstudio"
    )


def main() -> None:
    graph = imports()
    counts: dict[int, int] = defaultdict(int)
    for module in graph:
        counts[layer_of(module)] += 1
    for level, names in packages_by_layer().items():
        marks = ", ".join(n for n in LAYERS[level] if n.startswith("<"))
        print(f"layer {level} ({counts[level]} modules{'; ' + marks if marks else ''}): {', '.join(names)}")
    wrong = upward_imports()
    print(f"\nimports running upward: {len(wrong)}")
    for line in wrong:
        print("  " + line)


if __name__ == "__main__":
    main()
