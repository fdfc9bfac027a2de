"""Renderers give each known channel a symbol, and channel switches are
found by comparing channels, so a misspelt channel breaks both. The known
channels are listed below; use `other` for anything else.

Fails:

    journeyctl: 1
    title: Asking about a bill
    persona: {name: Olivia}
    touchpoints:
      - {id: hotline, name: Billing hotline, channel: telephone}
    stages:
      - id: ask
        name: Ask
        steps: [{id: call, action: Calls billing, touchpoints: [hotline]}]

Passes:

    journeyctl: 1
    title: Asking about a bill
    persona: {name: Olivia}
    touchpoints:
      - {id: hotline, name: Billing hotline, channel: phone}
    stages:
      - id: ask
        name: Ask
        steps: [{id: call, action: Calls billing, touchpoints: [hotline]}]
"""

from journeyctl.base.diagnostics import did_you_mean
from journeyctl.format.vocabulary import CHANNELS

CODE = "J205"
NAME = "unknown-channel"
SEVERITY = "warning"
SUMMARY = "a touchpoint's channel is not in the vocabulary"
__doc__ = __doc__.replace("listed below;", "are: " + ", ".join(CHANNELS) + ";")


def check(ctx):
    for i, touchpoint in enumerate(ctx.journey.touchpoints):
        channel = touchpoint.channel
        if channel is not None and channel not in CHANNELS:
            hint = did_you_mean(channel, CHANNELS) or " (use 'other' for anything else)"
            yield ("touchpoints", i, "channel"), f"unknown channel '{channel}'{hint}"
