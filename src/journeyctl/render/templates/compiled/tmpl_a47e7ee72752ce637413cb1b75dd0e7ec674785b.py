from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'map.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_j = resolve('j')
    l_0_L = resolve('L')
    l_0_LINK_ICONS = resolve('LINK_ICONS')
    l_0_cm = resolve('cm')
    l_0_heading = resolve('heading')
    l_0_average = resolve('average')
    l_0_sm = resolve('sm')
    l_0_mm = resolve('mm')
    l_0_count = resolve('count')
    l_0_percent = resolve('percent')
    l_0_listed = resolve('listed')
    l_0_p = l_0_text = l_0_list = l_0_channel_chip = l_0_curve_svg = l_0_curve_key = l_0_lowest = l_0_barrier_list = l_0_grid = missing
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['ltr_numbers']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'ltr_numbers' found.")
    try:
        t_4 = environment.filters['min']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'min' found.")
    try:
        t_5 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_6 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_7 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    try:
        t_8 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_9 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_p = (undefined(name='page') if l_0_page is missing else l_0_page)
    context.vars['p'] = l_0_p
    context.exported_vars.add('p')
    def macro(l_1_value, l_1_tag, l_1_cls):
        t_10 = []
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        if l_1_tag is missing:
            l_1_tag = 'p'
        if l_1_cls is missing:
            l_1_cls = ''
        pass
        t_10.extend((
            '<',
            escape(l_1_tag),
            ' dir="auto"',
        ))
        if l_1_cls:
            pass
            t_10.extend((
                ' class="',
                escape(l_1_cls),
                '"',
            ))
        t_10.extend((
            '>',
            escape(t_3(context, l_1_value)),
            '</',
            escape(l_1_tag),
            '>',
        ))
        return concat(t_10)
    context.exported_vars.add('text')
    context.vars['text'] = l_0_text = Macro(environment, macro, 'text', ('value', 'tag', 'cls'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_items, l_1_cls):
        t_11 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        if l_1_cls is missing:
            l_1_cls = ''
        pass
        t_11.append(
            '<ul',
        )
        if l_1_cls:
            pass
            t_11.extend((
                ' class="',
                escape(l_1_cls),
                '"',
            ))
        t_11.append(
            '>\n',
        )
        for l_2_item in l_1_items:
            _loop_vars = {}
            pass
            t_11.extend((
                '<li dir="auto">',
                escape(t_3(context, l_2_item)),
                '</li>\n',
            ))
        l_2_item = missing
        t_11.append(
            '</ul>',
        )
        return concat(t_11)
    context.exported_vars.add('list')
    context.vars['list'] = l_0_list = Macro(environment, macro, 'list', ('items', 'cls'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_channel):
        t_12 = []
        l_1_icon = resolve('icon')
        if l_1_channel is missing:
            l_1_channel = undefined("parameter 'channel' was not provided", name='channel')
        pass
        t_12.extend((
            '<span class="channel" aria-hidden="true">',
            escape(t_6(context.call((undefined(name='icon') if l_1_icon is missing else l_1_icon), l_1_channel))),
            '</span>',
        ))
        return concat(t_12)
    context.exported_vars.add('channel_chip')
    context.vars['channel_chip'] = l_0_channel_chip = Macro(environment, macro, 'channel_chip', ('channel',), False, False, False, context.eval_ctx.autoescape)
    included_template = environment.get_template('curve.html.j2', 'map.html.j2').make_module(context.get_all(), True, {'barrier_list': l_0_barrier_list, 'channel_chip': l_0_channel_chip, 'cm': l_0_cm, 'curve_key': l_0_curve_key, 'curve_svg': l_0_curve_svg, 'grid': l_0_grid, 'heading': l_0_heading, 'list': l_0_list, 'lowest': l_0_lowest, 'mm': l_0_mm, 'p': l_0_p, 'sm': l_0_sm, 'text': l_0_text})
    l_0_curve_svg = getattr(included_template, 'curve_svg', missing)
    if l_0_curve_svg is missing:
        l_0_curve_svg = undefined(f"the template {included_template.__name__!r} (imported on line 21 in 'map.html.j2') does not export the requested name 'curve_svg'", name='curve_svg')
    context.vars['curve_svg'] = l_0_curve_svg
    context.exported_vars.discard('curve_svg')
    def macro(l_1_cls):
        t_13 = []
        if l_1_cls is missing:
            l_1_cls = undefined("parameter 'cls' was not provided", name='cls')
        pass
        t_13.extend((
            '<ul class="curve-key ',
            escape(l_1_cls),
            '">\n<li><svg class="key-line" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true"><line class="key-now" x1="2" y1="5" x2="26" y2="5"/></svg> ',
            escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'state.future')),
            '</li>\n<li><svg class="key-line" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true"><line class="key-was" x1="2" y1="5" x2="26" y2="5"/><circle class="key-was-point" cx="14" cy="5" r="3.5"/></svg> ',
            escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'state.current')),
            '</li>\n</ul>',
        ))
        return concat(t_13)
    context.exported_vars.add('curve_key')
    context.vars['curve_key'] = l_0_curve_key = Macro(environment, macro, 'curve_key', ('cls',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_moment):
        t_14 = []
        l_1_emotion_label = resolve('emotion_label')
        if l_1_moment is missing:
            l_1_moment = undefined("parameter 'moment' was not provided", name='moment')
        pass
        if t_9(l_1_moment):
            pass
            t_14.append(
                '—',
            )
        else:
            pass
            t_14.extend((
                '<bdi dir="ltr" class="value">',
                escape(context.call((undefined(name='emotion_label') if l_1_emotion_label is missing else l_1_emotion_label), environment.getattr(l_1_moment, 'value'))),
                '</bdi> <small>(',
            ))
            l_2_loop = missing
            for l_2_at, l_2_loop in LoopContext(environment.getattr(l_1_moment, 'steps'), undefined):
                _loop_vars = {}
                pass
                t_14.extend((
                    '<bdi>',
                    escape(t_3(context, environment.getattr(environment.getattr(l_2_at, 'step'), 'action'))),
                    '</bdi>',
                ))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    t_14.append(
                        '; ',
                    )
            l_2_loop = l_2_at = missing
            t_14.append(
                ')</small>',
            )
        return concat(t_14)
    context.exported_vars.add('lowest')
    context.vars['lowest'] = l_0_lowest = Macro(environment, macro, 'lowest', ('moment',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_items, l_1_key):
        t_15 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        if l_1_key is missing:
            l_1_key = undefined("parameter 'key' was not provided", name='key')
        pass
        t_15.extend((
            '<div class="summary-group ',
            escape(context.call(environment.getattr(context.call(environment.getattr(l_1_key, 'replace'), '.', '-'), 'replace'), '_', '-')),
            '">\n<h3>',
            escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), l_1_key)),
            ' <span class="count">(<bdi dir="ltr">',
            escape(t_2(l_1_items)),
            '</bdi>)</span></h3>\n',
        ))
        if l_1_items:
            pass
            t_15.append(
                '<ul>\n',
            )
            for l_2_item in l_1_items:
                l_2_at = missing
                _loop_vars = {}
                pass
                l_2_at = (environment.getattr(l_2_item, 'future') if t_8(environment.getattr(l_2_item, 'future')) else l_2_item)
                _loop_vars['at'] = l_2_at
                t_15.extend((
                    '<li class="barrier sev-',
                    escape(environment.getattr(environment.getattr((undefined(name='at') if l_2_at is missing else l_2_at), 'barrier'), 'severity')),
                    '"><span class="severity">',
                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('severity.' + environment.getattr(environment.getattr((undefined(name='at') if l_2_at is missing else l_2_at), 'barrier'), 'severity')))),
                    '</span>',
                ))
                if (t_8(environment.getattr(l_2_item, 'current')) and (environment.getattr(environment.getattr(environment.getattr(l_2_item, 'current'), 'barrier'), 'severity') != environment.getattr(environment.getattr((undefined(name='at') if l_2_at is missing else l_2_at), 'barrier'), 'severity'))):
                    pass
                    t_15.extend((
                        ' <small class="was-severity">(',
                        escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'compare.before')),
                        ': ',
                        escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('severity.' + environment.getattr(environment.getattr(environment.getattr(l_2_item, 'current'), 'barrier'), 'severity')))),
                        ')</small>',
                    ))
                t_15.extend((
                    ' <bdi>',
                    escape(t_3(context, environment.getattr(environment.getattr((undefined(name='at') if l_2_at is missing else l_2_at), 'barrier'), 'text'))),
                    '</bdi> <small class="compare-where">(<bdi>',
                    escape(t_3(context, environment.getattr(environment.getattr((undefined(name='at') if l_2_at is missing else l_2_at), 'step'), 'action'))),
                    '</bdi>)</small></li>\n',
                ))
            l_2_item = l_2_at = missing
            t_15.append(
                '</ul>\n',
            )
        else:
            pass
            t_15.extend((
                '<p>',
                escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none')),
                '</p>\n',
            ))
        t_15.append(
            '</div>',
        )
        return concat(t_15)
    context.exported_vars.add('barrier_list')
    context.vars['barrier_list'] = l_0_barrier_list = Macro(environment, macro, 'barrier_list', ('items', 'key'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_band, l_1_ids):
        t_16 = []
        if l_1_band is missing:
            l_1_band = undefined("parameter 'band' was not provided", name='band')
        if l_1_ids is missing:
            l_1_ids = undefined("parameter 'ids' was not provided", name='ids')
        pass
        t_16.extend((
            '<div class="map" style="--rows: ',
            escape((t_2(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'lanes')) + 1)),
            '; --cols: ',
            escape(environment.getattr(l_1_band, 'columns')),
            '; --print-col: ',
            escape(environment.getattr(l_1_band, 'print_column')),
            ';',
        ))
        for (l_2_lane, l_2_row) in context.call(environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'rows'), 'items')):
            _loop_vars = {}
            pass
            t_16.extend((
                ' --r-',
                escape(l_2_lane),
                ': ',
                escape(l_2_row),
                ';',
            ))
        l_2_lane = l_2_row = missing
        t_16.append(
            '">\n<div class="lanes"',
        )
        if l_1_ids:
            pass
            t_16.append(
                ' aria-hidden="true"',
            )
        t_16.append(
            '>\n<div class="lane-label corner"></div>\n',
        )
        for (l_2_lane, l_2__) in environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'lanes'):
            _loop_vars = {}
            pass
            t_16.extend((
                '<div class="lane-label lane-',
                escape(l_2_lane),
                '">',
                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('lane.' + l_2_lane))),
            ))
            if ((l_2_lane == 'emotion') and environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'compared')):
                pass
                t_16.extend((
                    escape(context.call((undefined(name='curve_key') if l_0_curve_key is missing else l_0_curve_key), 'in-lane', _loop_vars=_loop_vars)),
                    '\n',
                ))
            t_16.append(
                '</div>\n',
            )
        l_2_lane = l_2__ = missing
        t_16.append(
            '</div>\n',
        )
        l_2_loop = missing
        for l_2_view, l_2_loop in LoopContext(environment.getattr(l_1_band, 'stages'), undefined):
            l_2_stage = missing
            _loop_vars = {}
            pass
            l_2_stage = environment.getattr(l_2_view, 'stage')
            _loop_vars['stage'] = l_2_stage
            t_16.append(
                '<section class="stage',
            )
            if environment.getattr(l_2_view, 'empty'):
                pass
                t_16.append(
                    ' empty',
                )
            t_16.append(
                '"',
            )
            if l_1_ids:
                pass
                t_16.extend((
                    ' id="stage-',
                    escape(environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'id')),
                    '" aria-labelledby="stagename-',
                    escape(environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'id')),
                    '"',
                ))
            t_16.extend((
                ' style="--k: ',
                escape(t_2(environment.getattr(l_2_view, 'columns'))),
                '; --c0: ',
                escape(((environment.getattr(l_2_view, 'first') - environment.getattr(environment.getitem(environment.getattr(l_1_band, 'stages'), 0), 'first')) + 2)),
                '">\n<header class="stage-head">\n<h2',
            ))
            if l_1_ids:
                pass
                t_16.extend((
                    ' id="stagename-',
                    escape(environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'id')),
                    '"',
                ))
            t_16.extend((
                ' dir="auto"><span class="stage-number">',
                escape(environment.getattr(l_2_view, 'number')),
                '</span> ',
                escape(t_3(context, environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'name'))),
                '</h2>\n',
            ))
            if environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'goal'):
                pass
                t_16.extend((
                    '<p class="stage-goal"><strong>',
                    escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'goal')),
                    ':</strong> <bdi>',
                    escape(t_3(context, environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'goal'))),
                    '</bdi></p>\n',
                ))
            if environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'description'):
                pass
                t_16.extend((
                    escape(context.call((undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'description'), cls='stage-description', _loop_vars=_loop_vars)),
                    '\n',
                ))
            t_16.append(
                '</header>\n',
            )
            l_3_loop = missing
            for l_3_column, l_3_loop in LoopContext(environment.getattr(l_2_view, 'columns'), undefined):
                l_3_step = missing
                _loop_vars = {}
                pass
                l_3_step = environment.getattr(l_3_column, 'step')
                _loop_vars['step'] = l_3_step
                t_16.append(
                    '<div class="step',
                )
                if ((undefined(name='step') if l_3_step is missing else l_3_step) and environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'moment_of_truth')):
                    pass
                    t_16.append(
                        ' mot',
                    )
                if (not environment.getattr(l_3_column, 'reachable')):
                    pass
                    t_16.append(
                        ' unreachable',
                    )
                t_16.extend((
                    '" style="--c: ',
                    escape(environment.getattr(l_3_column, 'local')),
                    '">\n',
                ))
                def t_17(fiter):
                    for (l_4_lane, l_4_kind) in fiter:
                        if (l_4_kind == 'step'):
                            yield (l_4_lane, l_4_kind)
                l_4_loop = missing
                for (l_4_lane, l_4_kind), l_4_loop in LoopContext(t_17(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'lanes')), undefined):
                    l_4_v = resolve('v')
                    l_4_EMOTION_CLASS = resolve('EMOTION_CLASS')
                    l_4_marker_path = resolve('marker_path')
                    l_4_face_path = resolve('face_path')
                    l_4_emotion_label = resolve('emotion_label')
                    l_4_pair = resolve('pair')
                    l_4_f = resolve('f')
                    l_4_m = resolve('m')
                    l_4_share = resolve('share')
                    l_4_duration = resolve('duration')
                    l_4_blank = missing
                    _loop_vars = {}
                    pass
                    l_4_blank = ((t_9((undefined(name='step') if l_3_step is missing else l_3_step)) and (l_4_lane != 'actions')) or ((not t_9((undefined(name='step') if l_3_step is missing else l_3_step))) and ((((l_4_lane == 'touchpoints') and (not environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'touchpoints'))) or ((l_4_lane == 'barriers') and (not environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'barriers')))) or ((l_4_lane == 'thoughts') and (not (((environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'feeling') or environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'thoughts')) or environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'questions')) or environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'motivation')))))))
                    _loop_vars['blank'] = l_4_blank
                    t_16.extend((
                        '<div class="cell lane-',
                        escape(l_4_lane),
                    ))
                    if (environment.getattr(l_3_column, 'local') == 1):
                        pass
                        t_16.append(
                            ' first',
                        )
                    if (undefined(name='blank') if l_4_blank is missing else l_4_blank):
                        pass
                        t_16.append(
                            ' blank',
                        )
                    t_16.append(
                        '"',
                    )
                    if (((l_4_lane == 'actions') and (undefined(name='step') if l_3_step is missing else l_3_step)) and l_1_ids):
                        pass
                        t_16.extend((
                            ' id="step-',
                            escape(environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'id')),
                            '"',
                        ))
                    t_16.append(
                        '>\n',
                    )
                    if t_9((undefined(name='step') if l_3_step is missing else l_3_step)):
                        pass
                        if (l_4_lane == 'actions'):
                            pass
                            t_16.extend((
                                '<p class="placeholder">',
                                escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'no_steps')),
                                '</p>',
                            ))
                    elif (l_4_lane == 'actions'):
                        pass
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'moment_of_truth'):
                            pass
                            t_16.extend((
                                '<p class="mot-badge"><span aria-hidden="true">★</span> ',
                                escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'moment_of_truth')),
                                '</p>\n',
                            ))
                        t_16.extend((
                            escape(context.call((undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'action'), cls='action', _loop_vars=_loop_vars)),
                            '\n',
                        ))
                        if ((not t_9(environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'next'))) and (t_2(environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'next')) == 0)):
                            pass
                            t_16.extend((
                                '<p class="flow flow-end"><span aria-hidden="true">■</span> ',
                                escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'journey_ends')),
                                '</p>\n',
                            ))
                        elif environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'next'):
                            pass
                            t_16.extend((
                                '<p class="flow">',
                                escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'next')),
                                ':\n',
                            ))
                            l_5_loop = missing
                            for l_5_target, l_5_loop in LoopContext(environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'next'), undefined):
                                _loop_vars = {}
                                pass
                                t_16.append(
                                    '<a',
                                )
                                if l_1_ids:
                                    pass
                                    t_16.extend((
                                        ' href="#step-',
                                        escape(l_5_target),
                                        '"',
                                    ))
                                t_16.extend((
                                    ' dir="auto">',
                                    escape(t_3(context, environment.getitem(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'step_action'), l_5_target))),
                                    '</a>',
                                ))
                                if (not environment.getattr(l_5_loop, 'last')):
                                    pass
                                    t_16.append(
                                        ', ',
                                    )
                            l_5_loop = l_5_target = missing
                            t_16.append(
                                '</p>\n',
                            )
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'journey'):
                            pass
                            t_16.extend((
                                '<p class="map-link sub-journey"><a href="',
                                escape(context.call(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'href'), environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'journey'), _loop_vars=_loop_vars)),
                                '">',
                                escape(t_6(environment.getitem((undefined(name='LINK_ICONS') if l_0_LINK_ICONS is missing else l_0_LINK_ICONS), 'route'))),
                                '<span>',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'links.sub_journey')),
                                ': <bdi dir="ltr">',
                                escape(environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'journey')),
                                '</bdi></span></a></p>\n',
                            ))
                    elif (l_4_lane == 'emotion'):
                        pass
                        t_16.append(
                            '<p class="step-emotion">\n',
                        )
                        if t_9(environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'emotion')):
                            pass
                            t_16.extend((
                                '<span class="no-emotion-text">? ',
                                escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'no_emotion')),
                                '</span>\n',
                            ))
                        else:
                            pass
                            l_4_v = environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'emotion')
                            _loop_vars['v'] = l_4_v
                            t_16.extend((
                                '<svg class="mini-marker ',
                                escape(environment.getitem((undefined(name='EMOTION_CLASS') if l_4_EMOTION_CLASS is missing else l_4_EMOTION_CLASS), (undefined(name='v') if l_4_v is missing else l_4_v))),
                                '" viewBox="-12 -12 24 24" width="20" height="20" aria-hidden="true"><path class="shape" d="',
                                escape(context.call((undefined(name='marker_path') if l_4_marker_path is missing else l_4_marker_path), (undefined(name='v') if l_4_v is missing else l_4_v), 0, 0, _loop_vars=_loop_vars)),
                                '"/></svg>\n<svg class="mini-face" viewBox="-8 -8 16 16" width="18" height="18" aria-hidden="true"><circle r="6.5"/><path d="',
                                escape(context.call((undefined(name='face_path') if l_4_face_path is missing else l_4_face_path), (undefined(name='v') if l_4_v is missing else l_4_v), _loop_vars=_loop_vars)),
                                '"/></svg>\n<bdi dir="ltr" class="value">',
                                escape(context.call((undefined(name='emotion_label') if l_4_emotion_label is missing else l_4_emotion_label), (undefined(name='v') if l_4_v is missing else l_4_v), _loop_vars=_loop_vars)),
                                '</bdi> ',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), markup_join(('emotion.', (undefined(name='v') if l_4_v is missing else l_4_v), )))),
                                '\n',
                            ))
                        l_4_pair = (context.call(environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'compared'), 'pair'), environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'id'), _loop_vars=_loop_vars) if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'compared') else None)
                        _loop_vars['pair'] = l_4_pair
                        if ((undefined(name='pair') if l_4_pair is missing else l_4_pair) and (not t_9(environment.getattr((undefined(name='pair') if l_4_pair is missing else l_4_pair), 'current_emotion')))):
                            pass
                            t_16.extend((
                                '<span class="was-value">(',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'compare.before')),
                                ': <bdi dir="ltr">',
                                escape(context.call((undefined(name='emotion_label') if l_4_emotion_label is missing else l_4_emotion_label), environment.getattr((undefined(name='pair') if l_4_pair is missing else l_4_pair), 'current_emotion'), _loop_vars=_loop_vars)),
                                '</bdi>)</span>\n',
                            ))
                        t_16.append(
                            '</p>\n',
                        )
                    elif (l_4_lane == 'measured'):
                        pass
                        l_4_f = context.call(environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'figures'), environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'id'), _loop_vars=_loop_vars)
                        _loop_vars['f'] = l_4_f
                        if (t_9((undefined(name='f') if l_4_f is missing else l_4_f)) or (not environment.getattr(environment.getattr((undefined(name='f') if l_4_f is missing else l_4_f), 'measure'), 'bound'))):
                            pass
                            t_16.extend((
                                '<p class="measure-note">',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.unbound')),
                                '</p>\n',
                            ))
                        else:
                            pass
                            l_4_m = environment.getattr((undefined(name='f') if l_4_f is missing else l_4_f), 'measure')
                            _loop_vars['m'] = l_4_m
                            l_4_share = (environment.getattr((undefined(name='m') if l_4_m is missing else l_4_m), 'share') if (not t_9(environment.getattr((undefined(name='m') if l_4_m is missing else l_4_m), 'share'))) else 0)
                            _loop_vars['share'] = l_4_share
                            t_16.extend((
                                '<div class="funnel" role="img" aria-label="',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.reached')),
                                ': ',
                                escape(context.call((undefined(name='count') if l_0_count is missing else l_0_count), environment.getattr((undefined(name='m') if l_4_m is missing else l_4_m), 'reached'), environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k'), _loop_vars=_loop_vars)),
                                ' (',
                                escape(context.call((undefined(name='percent') if l_0_percent is missing else l_0_percent), environment.getattr((undefined(name='m') if l_4_m is missing else l_4_m), 'share'), _loop_vars=_loop_vars)),
                                ')"><span class="funnel-bar" style="--share: ',
                                escape(t_1('%.4f', t_4(environment, [(undefined(name='share') if l_4_share is missing else l_4_share), 1]))),
                                '"></span></div>\n<p class="reached"><bdi dir="ltr" class="value">',
                                escape(context.call((undefined(name='count') if l_0_count is missing else l_0_count), environment.getattr((undefined(name='m') if l_4_m is missing else l_4_m), 'reached'), environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k'), _loop_vars=_loop_vars)),
                                '</bdi> <span class="share"><bdi dir="ltr">',
                                escape(context.call((undefined(name='percent') if l_0_percent is missing else l_0_percent), environment.getattr((undefined(name='m') if l_4_m is missing else l_4_m), 'share'), _loop_vars=_loop_vars)),
                                '</bdi></span></p>\n',
                            ))
                            if (environment.getattr((undefined(name='m') if l_4_m is missing else l_4_m), 'reached') == 0):
                                pass
                            elif environment.getattr((undefined(name='m') if l_4_m is missing else l_4_m), 'end'):
                                pass
                                t_16.extend((
                                    '<p class="completed">',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.completed')),
                                    ': <bdi dir="ltr">',
                                    escape(context.call((undefined(name='count') if l_0_count is missing else l_0_count), environment.getattr((undefined(name='m') if l_4_m is missing else l_4_m), 'drop_off'), environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k'), _loop_vars=_loop_vars)),
                                    '</bdi></p>\n',
                                ))
                            else:
                                pass
                                t_16.append(
                                    '<p class="drop',
                                )
                                if ((not t_9(environment.getattr((undefined(name='f') if l_4_f is missing else l_4_f), 'drop_share'))) and (environment.getattr((undefined(name='f') if l_4_f is missing else l_4_f), 'drop_share') >= 0.3)):
                                    pass
                                    t_16.append(
                                        ' high',
                                    )
                                t_16.extend((
                                    '">',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.drop_off')),
                                    ': <bdi dir="ltr">',
                                    escape(context.call((undefined(name='count') if l_0_count is missing else l_0_count), environment.getattr((undefined(name='m') if l_4_m is missing else l_4_m), 'drop_off'), environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k'), _loop_vars=_loop_vars)),
                                    ' (',
                                    escape(context.call((undefined(name='percent') if l_0_percent is missing else l_0_percent), environment.getattr((undefined(name='f') if l_4_f is missing else l_4_f), 'drop_share'), _loop_vars=_loop_vars)),
                                    ')</bdi></p>\n',
                                ))
                            if (not t_9(environment.getattr((undefined(name='m') if l_4_m is missing else l_4_m), 'median_seconds_to_next'))):
                                pass
                                t_16.extend((
                                    '<p class="median">',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.median_next')),
                                    ': <bdi dir="ltr">',
                                    escape(context.call((undefined(name='duration') if l_4_duration is missing else l_4_duration), environment.getattr((undefined(name='m') if l_4_m is missing else l_4_m), 'median_seconds_to_next'), _loop_vars=_loop_vars)),
                                    '</bdi></p>\n',
                                ))
                            if environment.getattr((undefined(name='f') if l_4_f is missing else l_4_f), 'failed'):
                                pass
                                t_16.extend((
                                    '<p class="deviation failed">',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.never_observed')),
                                    '</p>',
                                ))
                            if environment.getattr((undefined(name='f') if l_4_f is missing else l_4_f), 'skipped'):
                                pass
                                t_16.extend((
                                    '<p class="deviation skipped">',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.skipped_by')),
                                    ': <bdi dir="ltr">',
                                    escape(context.call((undefined(name='count') if l_0_count is missing else l_0_count), environment.getattr((undefined(name='f') if l_4_f is missing else l_4_f), 'skipped'), environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k'), _loop_vars=_loop_vars)),
                                    '</bdi></p>',
                                ))
                            if environment.getattr((undefined(name='m') if l_4_m is missing else l_4_m), 'suppressed'):
                                pass
                                t_16.extend((
                                    '<p class="measure-note">',
                                    escape(t_5(context.eval_ctx, environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.withheld'), '{k}', t_7(environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k')))),
                                    '</p>',
                                ))
                    elif (l_4_lane == 'touchpoints'):
                        pass
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'touchpoints'):
                            pass
                            t_16.append(
                                '<ul class="touchpoints">\n',
                            )
                            for l_5_tid in environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'touchpoints'):
                                l_5_channel_name = resolve('channel_name')
                                l_5_tp = missing
                                _loop_vars = {}
                                pass
                                l_5_tp = context.call(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'touchpoint'), l_5_tid, _loop_vars=_loop_vars)
                                _loop_vars['tp'] = l_5_tp
                                t_16.extend((
                                    '<li>',
                                    escape(context.call((undefined(name='channel_chip') if l_0_channel_chip is missing else l_0_channel_chip), environment.getattr((undefined(name='tp') if l_5_tp is missing else l_5_tp), 'channel'), _loop_vars=_loop_vars)),
                                    '\n<span class="visually-hidden">',
                                    escape(context.call((undefined(name='channel_name') if l_5_channel_name is missing else l_5_channel_name), environment.getattr((undefined(name='tp') if l_5_tp is missing else l_5_tp), 'channel'), _loop_vars=_loop_vars)),
                                    ':</span>\n<bdi class="tp-name">',
                                    escape(t_3(context, environment.getattr((undefined(name='tp') if l_5_tp is missing else l_5_tp), 'name'))),
                                    '</bdi>',
                                ))
                                if environment.getattr((undefined(name='tp') if l_5_tp is missing else l_5_tp), 'owner'):
                                    pass
                                    t_16.extend((
                                        ' <small class="owner"><bdi>',
                                        escape(t_3(context, environment.getattr((undefined(name='tp') if l_5_tp is missing else l_5_tp), 'owner'))),
                                        '</bdi></small>',
                                    ))
                                if environment.getattr((undefined(name='tp') if l_5_tp is missing else l_5_tp), 'description'):
                                    pass
                                    t_16.extend((
                                        '<span class="tp-description" dir="auto">',
                                        escape(t_3(context, environment.getattr((undefined(name='tp') if l_5_tp is missing else l_5_tp), 'description'))),
                                        '</span>',
                                    ))
                                t_16.append(
                                    '</li>\n',
                                )
                            l_5_tid = l_5_tp = l_5_channel_name = missing
                            t_16.append(
                                '</ul>\n',
                            )
                    elif (l_4_lane == 'thoughts'):
                        pass
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'feeling'):
                            pass
                            t_16.extend((
                                '<p class="feeling" dir="auto">',
                                escape(t_3(context, environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'feeling'))),
                                '</p>\n',
                            ))
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'thoughts'):
                            pass
                            t_16.extend((
                                '<p class="thoughts"><span class="cue">',
                                escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'thoughts')),
                                ':</span> <q dir="auto">',
                                escape(t_3(context, environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'thoughts'))),
                                '</q></p>\n',
                            ))
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'questions'):
                            pass
                            t_16.extend((
                                '<div class="questions"><span class="cue">',
                                escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'questions')),
                                ':</span>\n',
                                escape(context.call((undefined(name='list') if l_0_list is missing else l_0_list), environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'questions'), _loop_vars=_loop_vars)),
                                '\n</div>\n',
                            ))
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'motivation'):
                            pass
                            t_16.extend((
                                '<p class="motivation"><span class="cue">',
                                escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'motivation')),
                                ':</span> <bdi>',
                                escape(t_3(context, environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'motivation'))),
                                '</bdi></p>\n',
                            ))
                    elif (l_4_lane == 'barriers'):
                        pass
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'barriers'):
                            pass
                            t_16.append(
                                '<ul class="barriers">\n',
                            )
                            for l_5_b in environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'barriers'):
                                _loop_vars = {}
                                pass
                                t_16.extend((
                                    '<li class="barrier sev-',
                                    escape(environment.getattr(l_5_b, 'severity')),
                                    '"',
                                ))
                                if l_1_ids:
                                    pass
                                    t_16.extend((
                                        ' id="barrier-',
                                        escape(environment.getattr(l_5_b, 'id')),
                                        '"',
                                    ))
                                t_16.extend((
                                    '><span class="severity">',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('severity.' + environment.getattr(l_5_b, 'severity')))),
                                    '</span> <bdi>',
                                    escape(t_3(context, environment.getattr(l_5_b, 'text'))),
                                    '</bdi></li>\n',
                                ))
                            l_5_b = missing
                            t_16.append(
                                '</ul>\n',
                            )
                    t_16.append(
                        '</div>\n',
                    )
                l_4_loop = l_4_lane = l_4_kind = l_4_blank = l_4_v = l_4_EMOTION_CLASS = l_4_marker_path = l_4_face_path = l_4_emotion_label = l_4_pair = l_4_f = l_4_m = l_4_share = l_4_duration = missing
                t_16.append(
                    '</div>\n',
                )
            l_3_loop = l_3_column = l_3_step = missing
            def t_18(fiter):
                for (l_3_lane, l_3_kind) in fiter:
                    if (l_3_kind == 'stage'):
                        yield (l_3_lane, l_3_kind)
            l_3_loop = missing
            for (l_3_lane, l_3_kind), l_3_loop in LoopContext(t_18(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'lanes')), undefined):
                _loop_vars = {}
                pass
                if (l_3_lane == 'opportunities'):
                    pass
                    t_16.append(
                        '<div class="cell lane-opportunities span',
                    )
                    if (not environment.getattr(l_2_view, 'opportunities')):
                        pass
                        t_16.append(
                            ' blank',
                        )
                    t_16.append(
                        '">\n',
                    )
                    if environment.getattr(l_2_view, 'opportunities'):
                        pass
                        t_16.append(
                            '<ul class="opportunities">\n',
                        )
                        l_4_loop = missing
                        for l_4_placed, l_4_loop in LoopContext(environment.getattr(l_2_view, 'opportunities'), undefined):
                            l_4_o = missing
                            _loop_vars = {}
                            pass
                            l_4_o = environment.getattr(l_4_placed, 'opportunity')
                            _loop_vars['o'] = l_4_o
                            t_16.append(
                                '<li class="opportunity',
                            )
                            if (not environment.getattr(l_4_placed, 'anchored')):
                                pass
                                t_16.append(
                                    ' unanchored',
                                )
                            t_16.append(
                                '"',
                            )
                            if l_1_ids:
                                pass
                                t_16.extend((
                                    ' id="opportunity-',
                                    escape(environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'id')),
                                    '"',
                                ))
                            t_16.extend((
                                ' style="--from: ',
                                escape(environment.getattr(l_4_placed, 'start')),
                                '; --to: ',
                                escape(environment.getattr(l_4_placed, 'end')),
                                '; --pfrom: ',
                                escape(environment.getattr(l_4_placed, 'print_start')),
                                '; --pto: ',
                                escape(environment.getattr(l_4_placed, 'print_end')),
                                '">\n<p dir="auto">',
                                escape(t_3(context, environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'text'))),
                                '</p>\n<p class="opportunity-meta">\n',
                            ))
                            if environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'priority'):
                                pass
                                t_16.extend((
                                    '<span class="priority prio-',
                                    escape(environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'priority')),
                                    '">',
                                    escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'priority')),
                                    ': ',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('priority.' + environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'priority')))),
                                    '</span>',
                                ))
                            if environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'owner'):
                                pass
                                t_16.extend((
                                    '<span class="owner"><bdi>',
                                    escape(t_3(context, environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'owner'))),
                                    '</bdi></span>',
                                ))
                            t_16.append(
                                '</p>\n',
                            )
                            if environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'addresses'):
                                pass
                                t_16.extend((
                                    '<p class="addresses">',
                                    escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'addresses')),
                                    ':\n',
                                ))
                                l_5_loop = missing
                                for l_5_bid, l_5_loop in LoopContext(environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'addresses'), undefined):
                                    _loop_vars = {}
                                    pass
                                    t_16.append(
                                        '<a',
                                    )
                                    if l_1_ids:
                                        pass
                                        t_16.extend((
                                            ' href="#barrier-',
                                            escape(l_5_bid),
                                            '"',
                                        ))
                                    t_16.extend((
                                        '><bdi>',
                                        escape(t_3(context, environment.getitem(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'barrier_text'), l_5_bid))),
                                        '</bdi></a>',
                                    ))
                                    if (not environment.getattr(l_5_loop, 'last')):
                                        pass
                                        t_16.append(
                                            '; ',
                                        )
                                l_5_loop = l_5_bid = missing
                                t_16.append(
                                    '</p>\n',
                                )
                            t_16.append(
                                '</li>\n',
                            )
                        l_4_loop = l_4_placed = l_4_o = missing
                        t_16.append(
                            '</ul>\n',
                        )
                    t_16.append(
                        '</div>\n',
                    )
                elif (l_3_lane == 'backstage'):
                    pass
                    t_16.append(
                        '<div class="cell lane-backstage span',
                    )
                    if (not environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'backstage')):
                        pass
                        t_16.append(
                            ' blank',
                        )
                    t_16.append(
                        '">\n',
                    )
                    if environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'backstage'):
                        pass
                        t_16.extend((
                            escape(context.call((undefined(name='list') if l_0_list is missing else l_0_list), environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'backstage'), cls='backstage', _loop_vars=_loop_vars)),
                            '\n',
                        ))
                    t_16.append(
                        '</div>\n',
                    )
                elif (l_3_lane == 'metrics'):
                    pass
                    t_16.append(
                        '<div class="cell lane-metrics span',
                    )
                    if (not environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'metrics')):
                        pass
                        t_16.append(
                            ' blank',
                        )
                    t_16.append(
                        '">\n',
                    )
                    if environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'metrics'):
                        pass
                        t_16.append(
                            '<dl class="metrics">\n',
                        )
                        for l_4_m in environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'metrics'):
                            _loop_vars = {}
                            pass
                            t_16.extend((
                                '<div class="metric">\n<dt dir="auto">',
                                escape(t_3(context, environment.getattr(l_4_m, 'name'))),
                                '</dt>\n<dd>',
                            ))
                            if environment.getattr(l_4_m, 'value'):
                                pass
                                t_16.extend((
                                    '<span class="value">',
                                    escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'value')),
                                    ': <bdi>',
                                    escape(t_3(context, environment.getattr(l_4_m, 'value'))),
                                    '</bdi></span>',
                                ))
                            if environment.getattr(l_4_m, 'target'):
                                pass
                                t_16.extend((
                                    '<span class="target">',
                                    escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'target')),
                                    ': <bdi>',
                                    escape(t_3(context, environment.getattr(l_4_m, 'target'))),
                                    '</bdi></span>',
                                ))
                            t_16.append(
                                '</dd>\n</div>\n',
                            )
                        l_4_m = missing
                        t_16.append(
                            '</dl>\n',
                        )
                    t_16.append(
                        '</div>\n',
                    )
            l_3_loop = l_3_lane = l_3_kind = missing
            t_16.append(
                '</section>\n',
            )
        l_2_loop = l_2_view = l_2_stage = missing
        if environment.getattr(l_1_band, 'curve'):
            pass
            t_16.extend((
                escape(context.call((undefined(name='curve_svg') if l_0_curve_svg is missing else l_0_curve_svg), l_1_band, l_1_ids)),
                '\n',
            ))
        t_16.append(
            '</div>',
        )
        return concat(t_16)
    context.exported_vars.add('grid')
    context.vars['grid'] = l_0_grid = Macro(environment, macro, 'grid', ('band', 'ids'), False, False, False, context.eval_ctx.autoescape)
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'lang'))
    yield '" dir="'
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'dir'))
    yield '" class="paper-'
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'paper'))
    yield ' fit-'
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'fit'))
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'print_bands'):
        pass
        yield ' print-paged'
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:; style-src \'unsafe-inline\'; base-uri \'none\'; form-action \'none\'">\n<meta name="referrer" content="no-referrer">\n<meta name="generator" content="journeyctl">\n<title>'
    yield escape(t_3(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'title')))
    yield '</title>\n<style>\n'
    yield escape(t_6(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'css')))
    yield '\n</style>\n<style media="print">\n'
    yield escape(t_6(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'print_css')))
    yield '\n</style>\n</head>\n<body class="state-'
    yield escape(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'state'))
    yield '">\n<header class="map-header">\n<div class="title-block">\n<p class="meta">\n<span class="state-badge state-'
    yield escape(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'state'))
    yield '">'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('state.' + environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'state'))))
    yield '</span>\n'
    if environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'improves'):
        pass
        yield '<span class="map-link improves">'
        yield escape(t_6(environment.getitem((undefined(name='LINK_ICONS') if l_0_LINK_ICONS is missing else l_0_LINK_ICONS), 'arrow-right-left')))
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'links.improves'))
        yield ': <a href="'
        yield escape(context.call(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'href'), environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'improves')))
        yield '"><bdi dir="ltr">'
        yield escape(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'improves'))
        yield '</bdi></a></span>\n'
    if environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'updated'):
        pass
        yield '<span>'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'updated'))
        yield ': <time datetime="'
        yield escape(context.call(environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'updated'), 'isoformat')))
        yield '" dir="ltr">'
        yield escape(context.call(environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'updated'), 'isoformat')))
        yield '</time></span>\n'
    if environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'owner'):
        pass
        yield '<span>'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'owner'))
        yield ': <bdi>'
        yield escape(t_3(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'owner')))
        yield '</bdi></span>\n'
    yield '</p>\n<h1 dir="auto">'
    yield escape(t_3(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'title')))
    yield '</h1>\n'
    if environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'description'):
        pass
        yield escape(context.call((undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'description'), cls='description'))
        yield '\n'
    if environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'goal'):
        pass
        yield '<p class="goal"><strong>'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'goal'))
        yield ':</strong> <bdi>'
        yield escape(t_3(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'goal')))
        yield '</bdi></p>\n'
    if environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'tags'):
        pass
        yield '<ul class="tags" aria-label="'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'tags'))
        yield '">\n'
        for l_1_tag in environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'tags'):
            _loop_vars = {}
            pass
            yield '<li dir="auto">'
            yield escape(t_3(context, l_1_tag))
            yield '</li>\n'
        l_1_tag = missing
        yield '</ul>\n'
    yield '</div>\n<section class="persona" aria-labelledby="persona-name">\n'
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'image'):
        pass
        yield '<img class="persona-image" src="'
        yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'image'))
        yield '" alt="'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'persona_image'))
        yield ': '
        yield escape(environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'name'))
        yield '" width="72" height="72">\n'
    yield '<div class="persona-body">\n<p class="kicker">'
    yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'persona'))
    yield '</p>\n<h2 id="persona-name" dir="auto">'
    yield escape(t_3(context, environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'name')))
    yield '</h2>\n'
    if environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'role'):
        pass
        yield escape(context.call((undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'role'), cls='role'))
        yield '\n'
    if environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'quote'):
        pass
        yield '<blockquote dir="auto">'
        yield escape(t_3(context, environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'quote')))
        yield '</blockquote>\n'
    if environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'description'):
        pass
        yield escape(context.call((undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'description'), cls='persona-description'))
        yield '\n'
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'image_link'):
        pass
        yield '<p class="persona-link"><a href="'
        yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'image_link'))
        yield '" rel="noopener noreferrer nofollow">'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'persona_image'))
        yield ' ('
        yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'image_host'))
        yield ')</a></p>\n'
    yield '</div>\n'
    def t_19(fiter):
        for l_1_key in fiter:
            if environment.getitem(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), l_1_key):
                yield l_1_key
    for l_1_key in t_19(('goals', 'needs', 'frustrations')):
        _loop_vars = {}
        pass
        yield '<div class="persona-list persona-'
        yield escape(l_1_key)
        yield '">\n<h3>'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), l_1_key))
        yield '</h3>\n'
        yield escape(context.call((undefined(name='list') if l_0_list is missing else l_0_list), environment.getitem(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), l_1_key), _loop_vars=_loop_vars))
        yield '\n</div>\n'
    l_1_key = missing
    yield '</section>\n</header>\n\n<div class="scroller screen-map" role="region" aria-label="'
    yield escape(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'title'))
    yield '" tabindex="0">\n'
    yield escape(context.call((undefined(name='grid') if l_0_grid is missing else l_0_grid), environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'band'), True))
    yield '\n</div>\n'
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'print_bands'):
        pass
        yield '<div class="print-map" aria-hidden="true">\n'
        for l_1_band in environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'print_bands'):
            _loop_vars = {}
            pass
            yield '<div class="print-page">\n'
            yield escape(context.call((undefined(name='grid') if l_0_grid is missing else l_0_grid), l_1_band, False, _loop_vars=_loop_vars))
            yield '\n</div>\n'
        l_1_band = missing
        yield '</div>\n'
    yield '\n<div class="after-map">\n'
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'compared'):
        pass
        l_0_cm = environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'compared')
        context.vars['cm'] = l_0_cm
        context.exported_vars.add('cm')
        l_0_heading = context.call(environment.getattr(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'compare.title'), 'split'), '{title}', 1)
        context.vars['heading'] = l_0_heading
        context.exported_vars.add('heading')
        yield '<section class="summary compare-summary" aria-labelledby="compare-title">\n<h2 id="compare-title">'
        yield escape(environment.getitem((undefined(name='heading') if l_0_heading is missing else l_0_heading), 0))
        yield '<bdi>'
        yield escape(t_3(context, environment.getattr(environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'current'), 'title')))
        yield '</bdi>'
        yield escape((environment.getitem((undefined(name='heading') if l_0_heading is missing else l_0_heading), 1) if (t_2((undefined(name='heading') if l_0_heading is missing else l_0_heading)) > 1) else ''))
        yield '</h2>\n<div class="summary-group compare-emotion">\n<h3>'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'lane.emotion'))
        yield '</h3>\n<table class="compare-table">\n<thead><tr><td></td><th scope="col">'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'state.current'))
        yield '</th><th scope="col">'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'state.future'))
        yield '</th></tr></thead>\n<tbody>\n<tr class="compare-average"><th scope="row">'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'compare.average'))
        yield '</th><td><bdi dir="ltr" class="value">'
        yield escape(context.call((undefined(name='average') if l_0_average is missing else l_0_average), environment.getattr(environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'before'), 'average')))
        yield '</bdi></td><td><bdi dir="ltr" class="value">'
        yield escape(context.call((undefined(name='average') if l_0_average is missing else l_0_average), environment.getattr(environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'after'), 'average')))
        yield '</bdi></td></tr>\n<tr class="compare-lowest"><th scope="row">'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'compare.lowest'))
        yield '</th><td>'
        yield escape(context.call((undefined(name='lowest') if l_0_lowest is missing else l_0_lowest), environment.getattr(environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'before'), 'lowest')))
        yield '</td><td>'
        yield escape(context.call((undefined(name='lowest') if l_0_lowest is missing else l_0_lowest), environment.getattr(environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'after'), 'lowest')))
        yield '</td></tr>\n</tbody>\n</table>\n</div>\n'
        yield escape(context.call((undefined(name='barrier_list') if l_0_barrier_list is missing else l_0_barrier_list), environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'removed'), 'compare.removed'))
        yield '\n'
        yield escape(context.call((undefined(name='barrier_list') if l_0_barrier_list is missing else l_0_barrier_list), environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'still_open'), 'compare.still_open'))
        yield '\n'
        yield escape(context.call((undefined(name='barrier_list') if l_0_barrier_list is missing else l_0_barrier_list), environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'new'), 'compare.new'))
        yield '\n'
        if (environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'dropped') or environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'added')):
            pass
            yield '<div class="summary-group compare-steps">\n'
            def t_20(fiter):
                for (l_1_key, l_1_items) in fiter:
                    if l_1_items:
                        yield (l_1_key, l_1_items)
            for (l_1_key, l_1_items) in t_20((('compare.dropped', environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'dropped')), ('compare.added', environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'added')))):
                _loop_vars = {}
                pass
                yield '<h3>'
                yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), l_1_key))
                yield ' <span class="count">(<bdi dir="ltr">'
                yield escape(t_2(l_1_items))
                yield '</bdi>)</span></h3>\n<ul class="'
                yield escape(context.call(environment.getattr(l_1_key, 'replace'), '.', '-', _loop_vars=_loop_vars))
                yield '">\n'
                for l_2_at in l_1_items:
                    _loop_vars = {}
                    pass
                    yield '<li><bdi>'
                    yield escape(t_3(context, environment.getattr(environment.getattr(l_2_at, 'step'), 'action')))
                    yield '</bdi> <small>(<bdi>'
                    yield escape(t_3(context, environment.getattr(environment.getattr(l_2_at, 'stage'), 'name')))
                    yield '</bdi>)</small></li>\n'
                l_2_at = missing
                yield '</ul>\n'
            l_1_key = l_1_items = missing
            yield '</div>\n'
        yield '</section>\n'
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'summary'):
        pass
        l_0_sm = environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'summary')
        context.vars['sm'] = l_0_sm
        context.exported_vars.add('sm')
        yield '<section class="summary" aria-labelledby="summary-title">\n<h2 id="summary-title">'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'summary'))
        yield '</h2>\n<div class="summary-group">\n<h3>'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'lowest_moments'))
        yield '</h3>\n'
        if t_9(environment.getattr((undefined(name='sm') if l_0_sm is missing else l_0_sm), 'lowest')):
            pass
            yield '<p>'
            yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none'))
            yield '</p>\n'
        else:
            pass
            yield '<ul>\n'
            for l_1_at in environment.getattr(environment.getattr((undefined(name='sm') if l_0_sm is missing else l_0_sm), 'lowest'), 'steps'):
                l_1_emotion_label = resolve('emotion_label')
                _loop_vars = {}
                pass
                yield '<li><bdi dir="ltr" class="value">'
                yield escape(context.call((undefined(name='emotion_label') if l_1_emotion_label is missing else l_1_emotion_label), environment.getattr(environment.getattr((undefined(name='sm') if l_0_sm is missing else l_0_sm), 'lowest'), 'value'), _loop_vars=_loop_vars))
                yield '</bdi> <bdi>'
                yield escape(t_3(context, environment.getattr(environment.getattr(l_1_at, 'step'), 'action')))
                yield '</bdi> <small>(<bdi>'
                yield escape(t_3(context, environment.getattr(environment.getattr(l_1_at, 'stage'), 'name')))
                yield '</bdi>)</small></li>\n'
            l_1_at = l_1_emotion_label = missing
            yield '</ul>\n'
        yield '</div>\n<div class="summary-group">\n<h3>'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'barriers_by_severity'))
        yield '</h3>\n<ul>\n'
        def t_21(fiter):
            for (l_1_sev, l_1_items) in fiter:
                if l_1_items:
                    yield (l_1_sev, l_1_items)
        l_1_loop = missing
        t_22 = 1
        for (l_1_sev, l_1_items), l_1_loop in LoopContext(t_21(context.call(environment.getattr(environment.getattr((undefined(name='sm') if l_0_sm is missing else l_0_sm), 'by_severity'), 'items'))), undefined):
            _loop_vars = {}
            pass
            yield '<li class="barrier sev-'
            yield escape(l_1_sev)
            yield '"><span class="severity">'
            yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('severity.' + l_1_sev)))
            yield '</span> <span class="count">'
            yield escape(t_2(l_1_items))
            yield '</span><span class="summary-texts">:\n'
            l_2_loop = missing
            for l_2_at, l_2_loop in LoopContext(l_1_items, undefined):
                _loop_vars = {}
                pass
                yield '<bdi>'
                yield escape(t_3(context, environment.getattr(environment.getattr(l_2_at, 'barrier'), 'text')))
                yield '</bdi>'
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield '; '
            l_2_loop = l_2_at = missing
            yield '</span></li>\n'
            t_22 = 0
        l_1_loop = l_1_sev = l_1_items = missing
        if t_22:
            pass
            yield '<li>'
            yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none'))
            yield '</li>\n'
        yield '</ul>\n</div>\n<div class="summary-group">\n<h3>'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'unaddressed'))
        yield '</h3>\n'
        if environment.getattr((undefined(name='sm') if l_0_sm is missing else l_0_sm), 'unaddressed'):
            pass
            yield '<ul>\n'
            for l_1_at in environment.getattr((undefined(name='sm') if l_0_sm is missing else l_0_sm), 'unaddressed'):
                _loop_vars = {}
                pass
                yield '<li class="barrier sev-'
                yield escape(environment.getattr(environment.getattr(l_1_at, 'barrier'), 'severity'))
                yield '"><span class="severity">'
                yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('severity.' + environment.getattr(environment.getattr(l_1_at, 'barrier'), 'severity'))))
                yield '</span> <bdi>'
                yield escape(t_3(context, environment.getattr(environment.getattr(l_1_at, 'barrier'), 'text')))
                yield '</bdi> <small>(<bdi>'
                yield escape(t_3(context, environment.getattr(environment.getattr(l_1_at, 'step'), 'action')))
                yield '</bdi>)</small></li>\n'
            l_1_at = missing
            yield '</ul>\n'
        else:
            pass
            yield '<p>'
            yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none'))
            yield '</p>\n'
        yield '</div>\n</section>\n'
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'):
        pass
        l_0_mm = environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'measurement')
        context.vars['mm'] = l_0_mm
        context.exported_vars.add('mm')
        yield '<section class="summary measured-summary" aria-labelledby="measured-title">\n<h2 id="measured-title">'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.title'))
        yield '</h2>\n<div class="summary-group">\n<h3>'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.source'))
        yield '</h3>\n<p><bdi dir="ltr">'
        yield escape(environment.getattr((undefined(name='mm') if l_0_mm is missing else l_0_mm), 'source'))
        yield '</bdi>'
        if (environment.getattr((undefined(name='mm') if l_0_mm is missing else l_0_mm), 'since') or environment.getattr((undefined(name='mm') if l_0_mm is missing else l_0_mm), 'until')):
            pass
            yield ' · <bdi dir="ltr">'
            yield escape((environment.getattr((undefined(name='mm') if l_0_mm is missing else l_0_mm), 'since') or '…'))
            yield ' – '
            yield escape((environment.getattr((undefined(name='mm') if l_0_mm is missing else l_0_mm), 'until') or '…'))
            yield '</bdi>'
        yield '</p>\n<p>'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.entered'))
        yield ': <bdi dir="ltr" class="value">'
        yield escape(context.call((undefined(name='count') if l_0_count is missing else l_0_count), environment.getattr((undefined(name='mm') if l_0_mm is missing else l_0_mm), 'entered'), environment.getattr((undefined(name='mm') if l_0_mm is missing else l_0_mm), 'min_count')))
        yield '</bdi></p>\n<p>'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.coverage'))
        yield ': <bdi dir="ltr" class="value">'
        yield escape(context.call((undefined(name='percent') if l_0_percent is missing else l_0_percent), environment.getattr(environment.getattr((undefined(name='mm') if l_0_mm is missing else l_0_mm), 'coverage'), 'share')))
        yield '</bdi></p>\n<p class="measure-note">'
        yield escape(t_5(context.eval_ctx, environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.privacy'), '{k}', t_7(environment.getattr((undefined(name='mm') if l_0_mm is missing else l_0_mm), 'min_count'))))
        yield '</p>\n</div>\n<div class="summary-group">\n<h3>'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.irregular'))
        yield '</h3>\n'
        if environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'irregular'):
            pass
            yield '<ul>\n'
            for l_1_pair in environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'irregular')[:(undefined(name='listed') if l_0_listed is missing else l_0_listed)]:
                _loop_vars = {}
                pass
                yield '<li><bdi>'
                yield escape(t_3(context, environment.getitem(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'step_action'), environment.getattr(l_1_pair, 'source'))))
                yield '</bdi> → <bdi>'
                yield escape(t_3(context, environment.getitem(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'step_action'), environment.getattr(l_1_pair, 'target'))))
                yield '</bdi>: <bdi dir="ltr" class="value">'
                yield escape(context.call((undefined(name='count') if l_0_count is missing else l_0_count), environment.getattr(l_1_pair, 'customers'), environment.getattr((undefined(name='mm') if l_0_mm is missing else l_0_mm), 'min_count'), _loop_vars=_loop_vars))
                yield '</bdi></li>\n'
            l_1_pair = missing
            yield '</ul>\n'
        else:
            pass
            yield '<p>'
            yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none'))
            yield '</p>\n'
        yield '</div>\n<div class="summary-group">\n<h3>'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.ad_hoc'))
        yield '</h3>\n'
        if environment.getattr(environment.getattr(environment.getattr((undefined(name='mm') if l_0_mm is missing else l_0_mm), 'deviations'), 'ad_hoc_touchpoints'), 'examples'):
            pass
            yield '<ul>\n'
            for l_1_e in environment.getattr(environment.getattr(environment.getattr((undefined(name='mm') if l_0_mm is missing else l_0_mm), 'deviations'), 'ad_hoc_touchpoints'), 'examples')[:(undefined(name='listed') if l_0_listed is missing else l_0_listed)]:
                _loop_vars = {}
                pass
                yield '<li><code dir="ltr">'
                yield escape(environment.getattr(l_1_e, 'event'))
                yield '</code>: <bdi dir="ltr" class="value">'
                yield escape(context.call((undefined(name='count') if l_0_count is missing else l_0_count), environment.getattr(l_1_e, 'customers'), environment.getattr((undefined(name='mm') if l_0_mm is missing else l_0_mm), 'min_count'), _loop_vars=_loop_vars))
                yield '</bdi></li>\n'
            l_1_e = missing
            yield '</ul>\n'
        else:
            pass
            yield '<p>'
            yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none'))
            yield '</p>\n'
        yield '</div>\n</section>\n'
    yield '\n<footer class="legend">\n<h2>'
    yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'legend'))
    yield '</h2>\n<div class="legend-group">\n<h3>'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'lane.emotion'))
    yield '</h3>\n<ul class="legend-emotions">\n'
    for (l_1_value, l_1_cls, l_1_word, l_1_path) in environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'emotion_levels'):
        l_1_emotion_label = resolve('emotion_label')
        _loop_vars = {}
        pass
        yield '<li><svg class="legend-marker" viewBox="0 0 22 24" width="22" height="24" aria-hidden="true"><path class="'
        yield escape(l_1_cls)
        yield '" d="'
        yield escape(l_1_path)
        yield '"/></svg> <bdi dir="ltr">'
        yield escape(context.call((undefined(name='emotion_label') if l_1_emotion_label is missing else l_1_emotion_label), l_1_value, _loop_vars=_loop_vars))
        yield '</bdi> '
        yield escape(l_1_word)
        yield '</li>\n'
    l_1_value = l_1_cls = l_1_word = l_1_path = l_1_emotion_label = missing
    yield '</ul>\n'
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'compared'):
        pass
        yield escape(context.call((undefined(name='curve_key') if l_0_curve_key is missing else l_0_curve_key), 'in-legend'))
        yield '\n'
    yield '</div>\n<div class="legend-group">\n<h3>'
    yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'severity'))
    yield '</h3>\n<ul class="legend-severity">\n'
    for l_1_sev in ('low', 'medium', 'high', 'critical'):
        _loop_vars = {}
        pass
        yield '<li class="barrier sev-'
        yield escape(l_1_sev)
        yield '"><span class="severity">'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('severity.' + l_1_sev)))
        yield '</span></li>\n'
    l_1_sev = missing
    yield '</ul>\n</div>\n'
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'has_mot'):
        pass
        yield '<div class="legend-group">\n<h3><span aria-hidden="true">★</span> '
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'moment_of_truth'))
        yield '</h3>\n</div>\n'
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'channels_used'):
        pass
        yield '<div class="legend-group">\n<h3>'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'channels'))
        yield '</h3>\n<ul class="legend-channels">\n'
        for (l_1_channel, l_1_svg, l_1_name) in environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'channels_used'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(context.call((undefined(name='channel_chip') if l_0_channel_chip is missing else l_0_channel_chip), l_1_channel, _loop_vars=_loop_vars))
            yield ' <bdi>'
            yield escape(l_1_name)
            yield '</bdi></li>\n'
        l_1_channel = l_1_svg = l_1_name = missing
        yield '</ul>\n</div>\n'
    yield '</footer>\n</div>\n</body>\n</html>\n'

blocks = {}
debug_info = '7=78&8=81&9=92&11=112&12=122&13=132&14=137&18=147&19=155&21=161&22=167&23=174&24=176&25=178&28=184&29=190&31=223&32=232&33=234&34=239&36=244&37=248&38=252&42=281&46=290&47=299&48=320&50=328&51=333&52=340&56=351&57=355&58=360&60=384&61=398&62=402&64=407&65=410&68=417&69=421&70=426&71=441&72=460&73=464&74=489&75=491&76=498&77=500&78=504&80=508&81=511&82=515&83=518&84=522&85=526&86=532&90=553&91=557&93=566&95=571&96=575&98=580&99=584&100=588&101=590&103=595&104=597&105=601&108=609&109=611&110=613&111=617&113=622&114=624&115=628&116=636&117=641&118=643&119=647&121=657&123=671&124=675&126=680&127=687&128=696&130=703&131=705&133=710&134=715&135=719&136=721&137=723&138=733&142=747&143=749&144=753&146=756&147=760&149=765&150=769&151=771&154=774&155=778&157=783&158=785&160=790&161=795&170=824&171=832&172=837&173=845&175=851&176=855&177=860&178=885&180=888&181=899&183=909&184=913&185=917&186=923&195=954&196=959&197=967&198=970&201=976&202=981&203=989&205=994&207=999&208=1002&209=1011&219=1035&220=1038&225=1048&232=1059&234=1061&237=1063&240=1065&244=1067&245=1071&246=1074&248=1081&249=1084&251=1090&252=1093&255=1098&256=1100&257=1102&259=1104&260=1107&262=1111&263=1114&264=1116&265=1120&271=1125&272=1128&275=1135&276=1137&277=1139&278=1141&280=1143&281=1146&283=1148&284=1150&286=1152&287=1155&290=1162&291=1170&292=1172&293=1174&299=1178&300=1180&302=1182&304=1185&306=1189&313=1194&314=1196&315=1199&317=1203&319=1209&321=1211&323=1215&324=1221&328=1227&329=1229&330=1231&331=1233&333=1236&334=1244&335=1248&336=1250&337=1254&345=1263&346=1265&348=1269&350=1271&351=1273&352=1276&355=1281&356=1286&362=1295&364=1297&365=1307&366=1314&368=1330&373=1333&374=1335&376=1338&377=1342&381=1355&386=1358&387=1360&389=1364&391=1366&392=1368&393=1378&394=1382&395=1386&398=1388&399=1390&401=1393&402=1397&406=1408&410=1411&411=1413&413=1416&414=1420&418=1429&425=1433&427=1435&429=1437&430=1442&433=1452&434=1454&438=1457&440=1459&441=1463&445=1469&447=1472&450=1474&452=1477&454=1479&455=1483'