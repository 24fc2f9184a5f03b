"""The package's layout holds: no import circles between modules, and no module imports from a layer
above its own (only the composition root, `filmstudio.app`, and the CLI see everything)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

# Lowest first. A module's layer is that of the longest prefix listed; endpoint modules of a domain
# folder are HTTP, whatever their folder.
LAYERS: list[tuple[str, ...]] = [
    ("filmstudio.config", "filmstudio.errors", "filmstudio.languages", "filmstudio"),
    ("filmstudio.storyboard", "filmstudio.cache", "filmstudio.db", "filmstudio.models", "filmstudio.media"),
    ("filmstudio.animation", "filmstudio.script"),
    ("filmstudio.engines", "filmstudio.film_request"),
    ("filmstudio.pipeline", "filmstudio.render", "filmstudio.writing"),
    (
        "filmstudio.auth",
        "filmstudio.credits",
        "filmstudio.projects",
        "filmstudio.storyboards",
        "filmstudio.jobs",
        "filmstudio.studio",
        "filmstudio.users",
        "filmstudio.worker",
        "filmstudio.youtube",
        "filmstudio.billing",
        "filmstudio.ops",
        "filmstudio.salesforce",
        "filmstudio.api_keys",
        "filmstudio.admin",
    ),
    ("filmstudio.api", "filmstudio.web", "<endpoints>"),
    ("filmstudio.app", "filmstudio.cli"),
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> dict[str, set[str]]:
    """Every module's imports of other filmstudio modules, lazy ones (inside functions) included."""
    modules = {module_name(p): p for p in (SRC / "filmstudio").rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("filmstudio"):
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in modules)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("filmstudio"))
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def layer_of(module: str) -> int:
    if module.endswith(".endpoints") or ".endpoints." in module:
        return next(i for i, names in enumerate(LAYERS) if "<endpoints>" in names)
    best, level = -1, 0
    for i, names in enumerate(LAYERS):
        for prefix in names:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, level = len(prefix), i
    return level


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    wrong = [
        f"{module} (layer {layer_of(module)}) imports {target} (layer {layer_of(target)})"
        for module, targets in imports().items()
        for target in targets
        if layer_of(target) > layer_of(module) and target != "filmstudio"
    ]
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_circles() -> None:
    edges = imports()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target, [*stack, target])
        state[node] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module, [module])
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)


def test_the_layer_check_can_fail() -> None:
    assert layer_of("filmstudio.engines.image.painter") < layer_of("filmstudio.pipeline.runner")
    assert layer_of("filmstudio.jobs.endpoints") > layer_of("filmstudio.jobs.service")
    assert layer_of("filmstudio.app") > layer_of("filmstudio.api.deps")
