"""Use cases that write a new map: ``init`` from a template, ``import`` from
another tool's diagram. Neither ever overwrites a file."""

from __future__ import annotations

import re
from pathlib import Path

from journeyctl.app.starters import schema_reference, starter
from journeyctl.base.diagnostics import UsageProblem
from journeyctl.base.files import FileRefused, display_name, refuse_overwrite
from journeyctl.format.model import LOCALE_PATTERN
from journeyctl.load import default_id, load_bytes, load_document


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


#: ``init --library``: a shared persona and a touchpoint catalogue to start from.
_PERSONA = """\
{modeline}
# A shared persona: maps name it by id (persona: {id}) instead of writing it.
journeyctl: 1
kind: persona
id: {id}
locale: {locale}
name: Olivia Brown
role: Runs a small bakery with three employees
description: Does the books herself in the evening, on her phone.
quote: I just want to know what I owe and pay it.
goals:
  - Pay suppliers and bills on time
needs:
  - Clear amounts and due dates
frustrations:
  - Surprise fees
"""
_TOUCHPOINTS = """\
{modeline}
# Shared touchpoints: a step names them by id (touchpoints: [website]); a map's
# own touchpoints catalogue is looked at first, then this one.
journeyctl: 1
kind: touchpoints
locale: {locale}
title: Touchpoints of the whole organisation
touchpoints:
  - id: website
    name: Website
    channel: web
    owner: Web team
  - id: mobile-app
    name: Mobile app
    channel: mobile-app
    owner: App team
  - id: email
    name: Email
    channel: email
    owner: CRM team
  - id: support-chat
    name: Support chat
    channel: chat
    owner: Customer support
  - id: hotline
    name: Phone hotline
    channel: phone
    owner: Customer support
"""


def new_library(folder: str, locale: str) -> dict[str, str]:
    """The files of a starter library in ``folder`` (a persona, a touchpoint
    catalogue) and, when the project names no library yet, a journeyctl.toml
    that names it: path -> text. UsageProblem if any exists, or if the
    project's settings name another library."""
    from journeyctl.base import project

    if not re.match(LOCALE_PATTERN, locale):
        raise UsageProblem(f"'{locale}' is not a BCP 47 language tag (like en, pt-BR)")
    root = Path(folder)
    files = {}
    for name, template, kind in (("personas/olivia.yaml", _PERSONA, "persona"),
                                 ("touchpoints.yaml", _TOUCHPOINTS, "touchpoints")):
        target = root / name
        schema = schema_reference(target)
        schema = str(Path(schema).with_name(f"{kind}.schema.json").as_posix()) if schema else f"{kind}.schema.json"
        text = template.format(modeline=f"# yaml-language-server: $schema={schema}", id="olivia", locale=locale)
        load_document(text.encode("utf-8"), str(target))  # a starter is always valid
        files[str(target)] = text
    settings = project.nearest_pyproject(Path.cwd())
    named = project.journeyctl_table(settings).get("library") if settings else None
    if settings is not None and named is not None:
        if (settings.parent / str(named)).resolve() != root.resolve():
            raise UsageProblem(f"{display_name(settings)} names the library '{named}' already; "
                               f"run journeyctl init --library {named}")
    elif settings is not None and settings.name == "pyproject.toml":
        raise UsageProblem(f"{display_name(settings)} holds journeyctl's settings: add library = "
                           f'"{Path(folder).as_posix()}" to its [tool.journeyctl] table, then run this again')
    elif settings is not None:
        raise UsageProblem(f"{display_name(settings)} names no library: add the line library = "
                           f'"{Path(folder).as_posix()}" to it, then run this again')
    else:
        files["journeyctl.toml"] = f'# journeyctl\'s settings for the maps in this folder and below.\nlibrary = "{Path(folder).as_posix()}"\n'
    for path in files:
        try:
            refuse_overwrite(Path(path), any_file=True)
        except FileRefused:
            raise UsageProblem(f"'{display_name(path)}' exists; journeyctl init never overwrites a file") from None
    return files


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
