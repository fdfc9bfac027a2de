"""A renderer plugin: one CSV row per step."""

import csv
import io

from journeyctl.render import Renderer


class CsvRenderer(Renderer):
    name = "csv"
    extensions = (".csv",)
    media_type = "text/csv"
    summary = "one row per step (a plugin)"

    def render(self, journey, options):
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["stage", "step", "action", "emotion"])
        for position in journey.flow.steps:
            step = position.step
            writer.writerow([position.stage.id, step.id, step.action, "" if step.emotion is None else step.emotion])
        return out.getvalue()
