"""The layout's promises, checked on the source: no module imports another's private names,
and the package's modules import each other without a cycle (module-level imports; an import
inside a function is a deliberate lazy one and cannot deadlock import)."""

from __future__ import annotations

import ast
from pathlib import Path

import summarizer
import summarizer.prompts
import summarizer.schemas

PACKAGES = {
    "summarizer": Path(next(iter(summarizer.__path__))),
    "summarizer.schemas": Path(next(iter(summarizer.schemas.__path__))),
    "summarizer.prompts": Path(next(iter(summarizer.prompts.__path__))),
}


def modules() -> dict[str, Path]:
    found = {}
    for package, directory in PACKAGES.items():
        for path in directory.rglob("*.py"):
            parts = list(path.relative_to(directory).with_suffix("").parts)
            if parts[0] in ("schemas", "prompts") and package == "summarizer":
                continue  # an installed wheel nests them; they are listed under their own name
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join([package, *parts])] = path
    return found


def module_level_imports(path: Path, module: str) -> list[tuple[str, list[str]]]:
    """(imported module, names) of every import run when `module` is imported."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    imports = []

    def visit(statements):
        for node in statements:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = module.split(".") if is_package else module.split(".")[:-1]
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join(anchor + ([base] if base else []))
                imports.append((base, [alias.name for alias in node.names]))
            elif isinstance(node, ast.Import):
                imports.extend((alias.name, []) for alias in node.names)
            elif isinstance(node, (ast.If, ast.Try)):
                visit(node.body)
                visit(getattr(node, "orelse", []))
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)

    visit(tree.body)
    return imports


def test_no_module_imports_a_private_name_of_another():
    offenders = []
    for module, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("summarizer"):
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        offenders.append(f"{module}: from {node.module} import {alias.name}")
    assert offenders == []


def test_the_package_has_no_import_cycle():
    known = modules()
    graph = {}
    for module, path in known.items():
        targets = set()
        for imported, names in module_level_imports(path, module):
            for candidate in [f"{imported}.{name}" for name in names] + [imported]:
                if candidate in known and candidate != module:
                    targets.add(candidate)
                    break
        graph[module] = targets
    assert find_cycles(graph) == []


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Import cycles in `graph` (module -> modules it imports at import time). A package's
    __init__ importing its own submodules is how packages work, not a cycle."""
    cycles: list[list[str]] = []
    state: dict[str, int] = {}

    def walk(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph.get(node, ())):
            if node.startswith(target + ".") or target.startswith(node + "."):
                continue
            if state.get(target) == 1:
                cycles.append([*trail[trail.index(target) :], target] if target in trail else [node, target])
            elif target not in state:
                walk(target, [*trail, target])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            walk(module, [module])
    return cycles


def test_the_cycle_finder_finds_a_cycle():
    graph = {"p.render": {"p.merged"}, "p.merged": {"p.render"}, "p": {"p.render"}, "p.text": set()}
    assert find_cycles(graph) == [["p.merged", "p.render", "p.merged"]]
    assert find_cycles({"p": {"p.a"}, "p.a": {"p"}}) == []  # a package and its own submodule


def test_the_check_sees_the_package():
    """Guards the two tests above against passing on an empty tree."""
    known = modules()
    assert {"summarizer.pipeline", "summarizer.drafting.job", "summarizer.schemas.draft"} <= set(known)
    assert len(known) > 60


def test_the_scorers_judge_names_by_rules_of_their_own():
    """The evaluation's name rules (`same_name`, the duplicate count) must not be the system's
    matcher: a judge sharing `summarizer.text.names` would agree with the system by construction."""
    known = modules()
    for scorer in ("summarizer.evaluation.matching", "summarizer.evaluation.reading", "summarizer.evaluation.scorers"):
        imported = {name for name, _ in module_level_imports(known[scorer], scorer)}
        assert "summarizer.text.names" not in imported, scorer
    assert "summarizer.text.names" in known
