"""A big page is written as it is made: the HTML renderer gives its page in
pieces, the command line writes each as it comes (atomically: a failure on
the way leaves the old output), and the pieces joined are the page."""

from __future__ import annotations

import importlib.util

import pytest

from journeyctl.app.render import render_journey, render_pieces
from journeyctl.base.files import write_atomic
from journeyctl.load import load, load_bytes

from conftest import EXAMPLES, ROOT

SPEC = importlib.util.spec_from_file_location("journeyctl_benchmark_run", ROOT / "benchmarks" / "run.py")
bench = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(bench)


@pytest.mark.parametrize("view", ["map", "blueprint", "touchpoints"])
def test_the_pieces_joined_are_the_page(view):
    journey = load_bytes(bench.generate(300).encode(), "long.yaml").journey
    pieces = list(render_pieces(journey, "html", view=view))
    assert all(isinstance(piece, bytes) for piece in pieces)
    assert b"".join(pieces) == render_journey(journey, "html", view=view)
    assert len(pieces) >= 3 and max(map(len, pieces)) < len(b"".join(pieces)) / 2  # a batch at a time


@pytest.mark.parametrize("view", ["map", "blueprint", "touchpoints"])
def test_no_part_of_a_page_is_held_whole(view):
    """Jinja holds a macro's output whole: the grids and the emotion curve
    are included templates, so the page comes in small pieces however long
    the map (the largest is a style sheet, or one curve line's path)."""
    from journeyctl.render import views
    from journeyctl.render.base import RenderOptions

    journey = load_bytes(bench.generate(400).encode(), "long.yaml").journey
    pieces = list(views.HtmlRenderer().stream(journey, RenderOptions(settings={"view": view})))
    assert max(map(len, pieces)) < sum(map(len, pieces)) / 20


def test_the_command_writes_the_same_page(run, tmp_path):
    for example in EXAMPLES[:3]:
        target = tmp_path / "out.html"
        assert run("render", str(example), "-o", str(target)).code == 0
        assert target.read_bytes() == render_journey(load(example).journey, "html", source=example)


def test_a_failure_while_the_pieces_are_made_leaves_the_old_output(tmp_path):
    target = tmp_path / "map.html"
    target.write_bytes(b"the old page")

    def pieces():
        yield b"<!DOCTYPE html>" * 10_000
        raise RuntimeError("the renderer broke half-way")

    with pytest.raises(RuntimeError, match="half-way"):
        write_atomic(target, pieces())
    assert target.read_bytes() == b"the old page"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]  # no temporary left behind
    write_atomic(target, iter([b"a", b"b", b"c"]))
    assert target.read_bytes() == b"abc"
