"""``-f md``: the map as a Markdown document that GitHub and GitLab render well.

Title, state, goal and persona; a Mermaid journey block for the emotion
overview; a section per stage with its steps (touchpoints, emotion as value
and word, thoughts, questions, barriers with severity), opportunities with
the barriers they address, metrics against target and backstage; and a
summary: the lowest moments, barriers by severity, and the high and critical
barriers that no opportunity addresses.

Links between maps (a step's ``journey``, the map's ``improves``) go to the
other map's address by ``settings["links"]`` (``{id}.md`` by default: the
other map rendered to Markdown beside this one). With ``settings["compare"]``
(``render --compare``: the current map a future map improves), a section
compares them in tables: averages and lowest points, each matched step's
emotion before and after, the barriers removed, still open and new, and the
steps dropped and added (:mod:`journeyctl.render.compare`).

Everything the user wrote is escaped for Markdown (:func:`md`): emphasis and
code markers, brackets, raw HTML, table pipes, ``$`` (GitHub renders math),
entities, and block markers such as a leading ``#`` or ``>``.
"""

from __future__ import annotations

from typing import ClassVar

from journeyctl.format.model import Journey
from journeyctl.format.vocabulary import SEVERITIES_DESCENDING, average_text, emotion_value
from journeyctl.render import channels, i18n
from journeyctl.render import compare as comparing
from journeyctl.render import measured as measured_view
from journeyctl.render.base import Renderer, RenderOptions
from journeyctl.render.mermaid import journey_text
from journeyctl.render.summary import summarize
from journeyctl.text.markdown_inline import heading, md, url

SEVERITIES = SEVERITIES_DESCENDING
#: Where a link to another map goes by default: that map rendered to Markdown beside this one.
DEFAULT_LINKS = "{id}.md"


class MarkdownRenderer(Renderer):
    name = "md"
    extensions = (".md", ".markdown")
    media_type = "text/markdown"
    summary = "a Markdown document for GitHub and GitLab, with a Mermaid emotion overview"
    settings: ClassVar[frozenset[str]] = frozenset({"measured", "compare", "links"})

    def render(self, journey: Journey, options: RenderOptions) -> str:
        from journeyctl.render.html import check_links

        measured = measured_view.view(journey, options.settings.get("measured"))
        current = options.settings.get("compare")
        compared = comparing.compare(current, journey) if current is not None else None
        links = check_links(options.settings.get("links") or DEFAULT_LINKS)
        return "\n".join(document(journey, measured, compared=compared, links=links)).rstrip("\n") + "\n"


def document(j: Journey, measured: measured_view.Measured | None = None, *,
             compared: comparing.Comparison | None = None, links: str = DEFAULT_LINKS) -> list[str]:
    from journeyctl.render.html import map_href

    def link(map_id: str) -> str:
        return f"[{md(map_id)}](<{url(map_href(links, map_id))}>)"

    L = i18n.labels(j.locale)
    out = [f"# {heading(j.title)}", ""]
    meta = [f"**{L['state.' + j.state]}**"]
    if j.updated:
        meta.append(f"{L['updated']}: {j.updated.isoformat()}")
    if j.owner:
        meta.append(f"{L['owner']}: {md(j.owner)}")
    if j.tags:
        meta.append(f"{L['tags']}: " + ", ".join(md(t) for t in j.tags))
    if j.improves:
        meta.append(f"{L['links.improves']}: {link(j.improves)}")
    out += [" · ".join(meta), ""]
    if j.description:
        out += [md(j.description), ""]
    if j.goal:
        out += [f"**{L['goal']}:** {md(j.goal)}", ""]

    out += _persona(j, L)

    if any(s.steps for s in j.stages):
        out += [f"## {L['emotion_overview']}", "", "```mermaid", journey_text(j).rstrip("\n"), "```", ""]

    out += [f"## {L['stages']}", ""]
    # Built once: looked up from every stage.
    actions = {p.step.id: p.step.action for p in j.flow.steps}
    barriers = {b.id: b.text for _, _, b in j.barriers()}
    for number, stage in enumerate(j.stages, start=1):
        out += _stage(j, L, number, stage, actions, barriers, link)
    out += _summary(j, L)
    if compared:
        out += _compared(j, L, compared)
    if measured:
        out += _measured(j, L, measured)
    return out


def _measured(j: Journey, L: dict[str, str], measured: measured_view.Measured) -> list[str]:
    """The measurement (``--measured``): a table of the steps, then the
    deviations. Withheld counts show as <k."""
    m, k = measured.measurement, measured.k
    count, percent, duration = measured_view.count, measured_view.percent, measured_view.duration
    out = [f"## {L['measured.title']}", ""]
    window = f" · {m.since or '…'} – {m.until or '…'}" if m.since or m.until else ""
    out += [f"{L['measured.source']}: {md(m.source)}{window} · {L['measured.entered']}: {count(m.entered, k)} · "
            f"{L['measured.coverage']}: {percent(m.coverage.share)}", "",
            L["measured.privacy"].replace("{k}", str(k)), ""]
    out += [f"| {L['lane.actions']} | # | % | {L['measured.drop_off']} | {L['measured.median_next']} |",
            "| --- | ---: | ---: | ---: | ---: |"]
    for position in j.flow.steps:
        f = measured.figures(position.step.id)
        name = md(position.step.label or position.step.action)
        if f is None or not f.measure.bound:
            out.append(f"| {name} | {L['measured.unbound']} | | | |")
            continue
        s = f.measure
        note = f" ({L['measured.never_observed']})" if f.failed else ""
        out.append(f"| {name}{note} | {count(s.reached, k)} | {percent(s.share)} | "
                   f"{count(s.drop_off, k)} ({percent(f.drop_share)}) | {duration(s.median_seconds_to_next)} |")
    out.append("")
    actions = {p.step.id: md(p.step.label or p.step.action) for p in j.flow.steps}
    out += [f"**{L['measured.irregular']}**", ""]
    out += [f"- {actions.get(p.source, md(p.source))} → {actions.get(p.target, md(p.target))}: "
            f"{count(p.customers, k)}" for p in measured.irregular[:measured_view.LISTED]] or [f"- {L['none']}"]
    out += ["", f"**{L['measured.ad_hoc']}**", ""]
    out += [f"- {md(e.event)}: {count(e.customers, k)}"
            for e in m.deviations.ad_hoc_touchpoints.examples[:measured_view.LISTED]] or [f"- {L['none']}"]
    out.append("")
    return out


def _persona(j: Journey, L: dict[str, str]) -> list[str]:
    p = j.persona
    out = [f"## {L['persona']}: {heading(p.name)}", ""]
    if p.role:
        out += [f"*{md(p.role)}*", ""]
    if p.quote:
        out += [f"> {md(p.quote)}", ""]
    if p.description:
        out += [md(p.description), ""]
    if p.image:
        # Percent-encoded (and in <...>, as it always was): the format allows
        # only relative paths and https URLs here, and a path or URL may hold
        # anything (spaces, parentheses, line breaks, a final backslash).
        out += [f"![{md(L['persona_image'] + ': ' + p.name)}](<{url(p.image)}>)", ""]
    for key in ("goals", "needs", "frustrations"):
        items = getattr(p, key)
        if items:
            out += [f"**{L[key]}**", ""] + [f"- {md(item)}" for item in items] + [""]
    return out


def _stage(j: Journey, L: dict[str, str], number: int, stage, actions: dict[str, str],
           barriers: dict[str, str], link) -> list[str]:
    out = [f"### {number}. {heading(stage.name)}", ""]
    if stage.goal:
        out += [f"*{L['goal']}: {md(stage.goal)}*", ""]
    if stage.description:
        out += [md(stage.description), ""]
    if not stage.steps:
        out += [f"*{L['no_steps']}*", ""]
    for index, step in enumerate(stage.steps, start=1):
        mot = f" ★ *{L['moment_of_truth']}*" if step.moment_of_truth else ""
        marker = f"{index}. "
        out.append(f"{marker}**{md(step.action)}**{mot}")
        details = []
        if step.touchpoints:
            names = []
            for tid in step.touchpoints:
                tp = j.touchpoint(tid)
                extra = ", ".join(md(x) for x in (tp.channel, tp.owner) if x)
                names.append(f"{channels.symbol(tp.channel)} {md(tp.name)}" + (f" ({extra})" if extra else ""))
            details.append(f"{L['lane.touchpoints']}: " + "; ".join(names))
        if step.emotion is not None:
            feeling = f" — {md(step.feeling)}" if step.feeling else ""
            details.append(f"{L['lane.emotion']}: **{emotion_value(step.emotion)}** "
                           f"({L['emotion.' + str(step.emotion)]}){feeling}")
        elif step.feeling:
            details.append(f"{L['lane.emotion']}: {md(step.feeling)}")
        if step.thoughts:
            details.append(f"{L['thoughts']}: *“{md(step.thoughts)}”*")
        if step.questions:
            details.append(f"{L['questions']}: " + " ".join(f"*{md(q)}*" for q in step.questions))
        if step.motivation:
            details.append(f"{L['motivation']}: {md(step.motivation)}")
        for barrier in step.barriers:
            details.append(f"**{L['severity.' + barrier.severity].upper()}** {md(barrier.text)}")
        if step.next == []:
            details.append(f"■ {L['journey_ends']}")
        elif step.next:
            details.append(f"{L['next']}: " + ", ".join(f"*{md(actions[t])}*" for t in step.next))
        if step.journey:
            details.append(f"↳ {L['links.sub_journey']}: {link(step.journey)}")
        # Continuation lines are indented by the marker's width ("10. " is 4).
        out += [f"{' ' * len(marker)}- {d}" for d in details]
    if stage.steps:
        out.append("")

    if stage.opportunities:
        out += [f"**{L['lane.opportunities']}**", ""]
        for o in stage.opportunities:
            meta = []
            if o.priority:
                meta.append(f"{L['priority']}: {L['priority.' + o.priority]}")
            if o.owner:
                meta.append(md(o.owner))
            line = f"- {md(o.text)}" + (f" ({', '.join(meta)})" if meta else "")
            if o.addresses:
                line += f" — {L['addresses']}: " + "; ".join(f"*{md(barriers[b])}*" for b in o.addresses)
            out.append(line)
        out.append("")
    if stage.metrics:
        out += [f"**{L['lane.metrics']}**", "",
                f"| {L['lane.metrics']} | {L['value']} | {L['target']} |", "| --- | --- | --- |"]
        out += [f"| {md(m.name)} | {md(m.value or '')} | {md(m.target or '')} |" for m in stage.metrics]
        out.append("")
    if stage.backstage:
        out += [f"**{L['lane.backstage']}:** " + ", ".join(md(b) for b in stage.backstage), ""]
    return out


def _compared(j: Journey, L: dict[str, str], c: comparing.Comparison) -> list[str]:
    """The comparison with the current map (``--compare``), as tables."""
    def lowest(moment) -> str:
        if moment is None:
            return "—"
        return f"{emotion_value(moment.value)} (" + "; ".join(md(at.step.action) for at in moment.steps) + ")"

    def value(emotion: int | None) -> str:
        return "—" if emotion is None else emotion_value(emotion)

    def severity(name: str) -> str:
        return f"**{i18n.upper(L['severity.' + name], j.locale)}**"

    now, then = L["state.current"], L["state.future"]
    out = [f"## {heading(L['compare.title'].replace('{title}', c.current.title))}", "",
           f"| | {now} | {then} |", "| --- | --- | --- |",
           f"| {L['compare.average']} | {average_text(c.before.average)} | "
           f"{average_text(c.after.average)} |",
           f"| {L['compare.lowest']} | {lowest(c.before.lowest)} | {lowest(c.after.lowest)} |", ""]
    if c.steps:
        out += [f"**{L['lane.emotion']}**", "", f"| {L['compare.step']} | {now} | {then} |", "| --- | ---: | ---: |"]
        out += [f"| {md(pair.future.step.label or pair.future.step.action)} | {value(pair.current_emotion)} | "
                f"{value(pair.future_emotion)} |" for pair in c.steps] + [""]
    for key, items in (("compare.removed", c.removed), ("compare.still_open", c.still_open), ("compare.new", c.new)):
        out += [f"**{L[key]}** ({len(items)})", ""]
        if not items:
            out += [f"- {L['none']}", ""]
            continue
        out += [f"| {L['severity']} | {L['compare.barrier']} | {L['compare.step']} |", "| --- | --- | --- |"]
        for item in items:
            at = getattr(item, "future", item)
            sev = severity(at.barrier.severity)
            before = getattr(item, "current", None)
            if before is not None and before.barrier.severity != at.barrier.severity:
                sev += f" ({L['compare.before']}: {L['severity.' + before.barrier.severity]})"
            out.append(f"| {sev} | {md(at.barrier.text)} | {md(at.step.action)} |")
        out.append("")
    for key, steps in (("compare.dropped", c.dropped), ("compare.added", c.added)):
        if steps:
            out += [f"**{L[key]}** ({len(steps)})", ""]
            out += [f"- {md(at.step.action)} — *{md(at.stage.name)}*" for at in steps] + [""]
    return out


def _summary(j: Journey, L: dict[str, str]) -> list[str]:
    s = summarize(j)
    out = [f"## {L['summary']}", ""]
    if s.lowest is not None:
        lowest = s.lowest.value
        out += [f"**{L['lowest_moments']}** ({emotion_value(lowest)}, {L['emotion.' + str(lowest)]})", ""]
        out += [f"- {md(at.step.action)} — *{md(at.stage.name)}*" for at in s.lowest.steps] + [""]

    out += [f"**{L['barriers_by_severity']}**", "", f"| {L['severity']} | # |", "| --- | --- |"]
    out += [f"| {L['severity.' + sev]} | {s.count(sev)} |" for sev in s.by_severity] + [""]

    out += [f"**{L['unaddressed']}**", ""]
    if s.unaddressed:
        out += [f"- **{L['severity.' + at.barrier.severity].upper()}** {md(at.barrier.text)} — "
                f"*{md(at.stage.name)} › {md(at.step.action)}*" for at in s.unaddressed]
    else:
        out.append(f"- {L['none']}")
    out.append("")
    return out
