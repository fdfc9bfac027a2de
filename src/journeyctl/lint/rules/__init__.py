"""The lint rules: one module per rule (see :mod:`journeyctl.lint.engine`
for what a rule module holds).

Codes: J1xx the journey's structure and flow, J2xx its content, J3xx
barriers and opportunities, J4xx the service blueprint, J5xx the map against
what customers really do (with a measurement), J6xx the maps of a portfolio
together (shared definitions and links), J9xx the linting itself.

Adding a rule is one new module here and one line in ``RULES``.
"""

RULES: tuple[str, ...] = (
    "j101_stage_without_steps",
    "j102_too_few_stages",
    "j103_single_step_stage",
    "j104_unreachable_step",
    "j105_loop_without_exit",
    "j106_duplicate_action",
    "j201_missing_emotion",
    "j202_persona_without_goals",
    "j203_map_without_goal",
    "j204_stale_map",
    "j205_unknown_channel",
    "j206_unused_touchpoint",
    "j301_unaddressed_barrier",
    "j302_future_without_opportunities",
    "j401_frontstage_without_backstage",
    "j402_fail_point_without_owner",
    "j501_drop_off_without_barrier",
    "j502_unmapped_transition",
    "j503_step_never_observed",
    "j504_positive_emotion_at_drop_off",
    "j601_conflicting_touchpoint",
    "j602_unused_shared",
    "j603_persona_not_shared",
    "j604_unknown_map_link",
    "j900_unused_suppression",
)
