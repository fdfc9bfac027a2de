"""The house: folders are layers, and imports only point down.

    base, text      foundations: diagnostics, files, git; text in other syntaxes
    format          the journey format: model, vocabulary, flow, schema
    load            files -> validated maps
    render, lint,   what is done with a map (none imports another)
    diff, importers
    app             the use cases
    api, console    the faces: the Python API; the terminal
    cli             the command line, on both

Every ``journeyctl`` import in the package, at module level or inside a
function, is checked; so is the absence of cycles between modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "journeyctl"
LAYERS = {
    "base": 0, "text": 0,
    "format": 1,
    "load": 2,
    "render": 3, "lint": 3, "diff": 3, "importers": 3,
    "app": 4,
    "api": 5, "console": 5, "cli": 6, "__main__": 7, "__init__": 0,
}


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        found["journeyctl." + ".".join(parts) if parts != ("__init__",) else "journeyctl"] = path
    return found


def imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("journeyctl"):
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("journeyctl"))
    return out


def room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


MODULES = modules()
EDGES = {m: {i for i in imports(p) if i in MODULES and i != m} for m, p in MODULES.items()}


def test_every_room_has_a_layer():
    assert {room(m) for m in MODULES} <= set(LAYERS)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_point_down(module):
    here = room(module)
    for target in EDGES[module]:
        there = room(target)
        if there == here or target == "journeyctl":
            continue
        assert LAYERS[there] < LAYERS[here], f"{module} imports {target}: {there} is not below {here}"


def test_no_import_cycles():
    state: dict[str, int] = {}
    for start in sorted(MODULES):
        if state.get(start):
            continue
        stack = [(start, iter(sorted(EDGES[start])))]
        state[start] = 1
        path = [start]
        while stack:
            node, children = stack[-1]
            for child in children:
                if state.get(child) == 1:
                    cycle = path[path.index(child):] + [child]
                    pytest.fail("import cycle: " + " -> ".join(cycle))
                if not state.get(child):
                    state[child] = 1
                    path.append(child)
                    stack.append((child, iter(sorted(EDGES[child]))))
                    break
            else:
                state[node] = 2
                stack.pop()
                path.pop()


def test_cli_only_parses_and_maps_results():
    """cli.py is options, help text and exit codes; the work is in app/."""
    tree = ast.parse((PACKAGE / "cli.py").read_text(encoding="utf-8"))
    docs = sum(len((ast.get_docstring(f, clean=False) or "").splitlines())
               for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.Module)))
    lines = len((PACKAGE / "cli.py").read_text(encoding="utf-8").splitlines())
    assert lines - docs <= 320, f"cli.py has {lines - docs} lines besides help; keep use cases in journeyctl.app"
