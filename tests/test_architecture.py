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
    "render": 3, "lint": 3, "diff": 3, "importers": 3, "measure": 3, "history": 3,
    # the portfolio site: pages composed of the renderers, lint and history
    "site": 4,
    "app": 5,
    # 0.1's import paths for plugins, re-exporting what moved (deprecated)
    "model": 2, "renderers": 5,
    "api": 6, "console": 6, "cli": 7, "__main__": 8, "__init__": 0,
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


def _bodies(tree: ast.Module) -> dict[str, int]:
    """Each top-level function's code, in lines: its body without the
    docstring (options and help text are declarations, not code)."""
    out = {}
    for function in tree.body:
        if isinstance(function, ast.FunctionDef):
            body = function.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                body = body[1:]
            out[function.name] = body[-1].end_lineno - body[0].lineno + 1 if body else 0
    return out


def test_cli_only_parses_and_maps_results():
    """cli.py is options, help text and exit codes; the work is in app/: a
    command's body is short, and all of them together stay small."""
    bodies = _bodies(ast.parse((PACKAGE / "cli.py").read_text(encoding="utf-8")))
    long = {name: n for name, n in bodies.items() if n > 50}
    assert not long, f"commands longer than 50 lines of code: {long}; keep use cases in journeyctl.app"
    assert sum(bodies.values()) <= 260, f"cli.py has {sum(bodies.values())} lines of code; keep use cases in journeyctl.app"
