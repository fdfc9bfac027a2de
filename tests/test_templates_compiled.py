"""The page templates ship compiled to Python (render/templates/compiled),
so that a render does not parse them; the compiled modules are exactly what
the templates compile to, and pages drawn from them are byte-identical."""

from __future__ import annotations

from journeyctl.render import html

from conftest import EXAMPLES


def test_the_compiled_templates_are_up_to_date(tmp_path):
    html.compile_templates(tmp_path)
    fresh = {p.name: p.read_bytes() for p in tmp_path.glob("tmpl_*.py")}
    committed = {p.name: p.read_bytes() for p in html.COMPILED.glob("tmpl_*.py")}
    assert fresh == committed, "a template changed: run python -m journeyctl.render.html"


def test_pages_from_compiled_and_source_templates_are_identical():
    from journeyctl.api import render
    from journeyctl.load import load

    compiled = [render(load(p).journey, "html", source=p) for p in EXAMPLES]
    html.template.cache_clear()
    original = html._environment
    try:
        html._environment = lambda precompiled=True: original(precompiled=False)
        from_source = [render(load(p).journey, "html", source=p) for p in EXAMPLES]
    finally:
        html._environment = original
        html.template.cache_clear()
    assert compiled == from_source
