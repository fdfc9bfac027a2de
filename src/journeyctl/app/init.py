"""Use cases that write a new map: ``init`` from a template, ``import`` from
another tool's diagram. Neither ever overwrites a file."""

from __future__ import annotations

import re
from pathlib import Path

from journeyctl.app.starters import schema_reference, starter
from journeyctl.base.diagnostics import UsageProblem
from journeyctl.base.files import FileRefused, display_name, refuse_overwrite
from journeyctl.format.model import LOCALE_PATTERN
from journeyctl.load import default_id, load_bytes


def new_map(path: str, template: str, locale: str) -> str:
    """The text of a new map for ``path``, from ``template`` in ``locale``."""
    if not re.match(LOCALE_PATTERN, locale):
        raise UsageProblem(f"'{locale}' is not a BCP 47 language tag (like en, pt-BR)")
    target = Path(path)
    try:
        refuse_overwrite(target, any_file=True)
    except FileRefused:
        raise UsageProblem(f"'{display_name(path)}' exists; journeyctl init never overwrites a file") from None
    text = starter(template, locale, default_id(target), schema_reference(target), lint_path=path)
    load_bytes(text.encode("utf-8"), path)  # a template is always a valid map
    return text


def import_mermaid(data: bytes, display: str, map_id: str) -> str:
    """A Mermaid journey diagram's text as a commented map. Raises
    MermaidSyntaxError, or UnicodeDecodeError for bytes that are not UTF-8."""
    from journeyctl.importers.mermaid import to_map
    from journeyctl.text.mermaid_journey import parse

    diagram = parse(data.decode("utf-8-sig"))
    return to_map(diagram, Path(display).name, map_id)


def import_target(file: str, output: str | None, stdio: str = "-") -> tuple[str, str]:
    """Where ``import`` writes the map of ``file`` (``-o`` or beside it, with
    .yaml; ``-`` is standard output), and the map's id. Import never
    overwrites anything: an existing file there (given with -o or not) is
    refused; a device or a named pipe is written in place."""
    if output is None:
        output = stdio if file == stdio else str(Path(file).with_suffix(".yaml"))
    if output != stdio and file != stdio and Path(output).resolve() == Path(file).resolve():
        raise UsageProblem("the output would overwrite the diagram; choose another path with -o")
    if output != stdio:
        try:
            refuse_overwrite(output, [file], any_file=True)
        except FileRefused:
            raise UsageProblem(f"'{display_name(output)}' exists; choose where to write with -o (or -o - for "
                               "standard output): journeyctl import never overwrites a file") from None
    named = output if output != stdio else (file if file != stdio else "journey.yaml")
    return output, default_id(Path(named))
