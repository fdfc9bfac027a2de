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
    l_0_p = l_0_curve_svg = l_0_curve_key = l_0_lowest = l_0_barrier_list = l_0_grid = missing
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
        t_3 = environment.filters['list_items']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list_items' found.")
    try:
        t_4 = environment.filters['ltr_numbers']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'ltr_numbers' found.")
    try:
        t_5 = environment.filters['min']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'min' found.")
    try:
        t_6 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_7 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_8 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    try:
        t_9 = environment.filters['text']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'text' found.")
    try:
        t_10 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_11 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_p = (undefined(name='page') if l_0_page is missing else l_0_page)
    context.vars['p'] = l_0_p
    context.exported_vars.add('p')
    included_template = environment.get_template('curve.html.j2', 'map.html.j2').make_module(context.get_all(), True, {'barrier_list': l_0_barrier_list, 'cm': l_0_cm, 'curve_key': l_0_curve_key, 'curve_svg': l_0_curve_svg, 'grid': l_0_grid, 'heading': l_0_heading, 'lowest': l_0_lowest, 'mm': l_0_mm, 'p': l_0_p, 'sm': l_0_sm})
    l_0_curve_svg = getattr(included_template, 'curve_svg', missing)
    if l_0_curve_svg is missing:
        l_0_curve_svg = undefined(f"the template {included_template.__name__!r} (imported on line 14 in 'map.html.j2') does not export the requested name 'curve_svg'", name='curve_svg')
    context.vars['curve_svg'] = l_0_curve_svg
    context.exported_vars.discard('curve_svg')
    def macro(l_1_cls):
        t_12 = []
        if l_1_cls is missing:
            l_1_cls = undefined("parameter 'cls' was not provided", name='cls')
        pass
        t_12.extend((
            '<ul class="curve-key ',
            escape(l_1_cls),
            '">\n<li><svg class="key-line" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true"><line class="key-now" x1="2" y1="5" x2="26" y2="5"/></svg> ',
            escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'state.future')),
            '</li>\n<li><svg class="key-line" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true"><line class="key-was" x1="2" y1="5" x2="26" y2="5"/><circle class="key-was-point" cx="14" cy="5" r="3.5"/></svg> ',
            escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'state.current')),
            '</li>\n</ul>',
        ))
        return concat(t_12)
    context.exported_vars.add('curve_key')
    context.vars['curve_key'] = l_0_curve_key = Macro(environment, macro, 'curve_key', ('cls',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_moment):
        t_13 = []
        l_1_emotion_label = resolve('emotion_label')
        if l_1_moment is missing:
            l_1_moment = undefined("parameter 'moment' was not provided", name='moment')
        pass
        if t_11(l_1_moment):
            pass
            t_13.append(
                '—',
            )
        else:
            pass
            t_13.extend((
                '<bdi dir="ltr" class="value">',
                escape(context.call((undefined(name='emotion_label') if l_1_emotion_label is missing else l_1_emotion_label), environment.getattr(l_1_moment, 'value'))),
                '</bdi> <small>(',
            ))
            l_2_loop = missing
            for l_2_at, l_2_loop in LoopContext(environment.getattr(l_1_moment, 'steps'), undefined):
                _loop_vars = {}
                pass
                t_13.extend((
                    '<bdi>',
                    escape(t_4(context, environment.getattr(environment.getattr(l_2_at, 'step'), 'action'))),
                    '</bdi>',
                ))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    t_13.append(
                        '; ',
                    )
            l_2_loop = l_2_at = missing
            t_13.append(
                ')</small>',
            )
        return concat(t_13)
    context.exported_vars.add('lowest')
    context.vars['lowest'] = l_0_lowest = Macro(environment, macro, 'lowest', ('moment',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_items, l_1_key):
        t_14 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        if l_1_key is missing:
            l_1_key = undefined("parameter 'key' was not provided", name='key')
        pass
        t_14.extend((
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
            t_14.append(
                '<ul>\n',
            )
            for l_2_item in l_1_items:
                l_2_at = missing
                _loop_vars = {}
                pass
                l_2_at = (environment.getattr(l_2_item, 'future') if t_10(environment.getattr(l_2_item, 'future')) else l_2_item)
                _loop_vars['at'] = l_2_at
                t_14.extend((
                    '<li class="barrier sev-',
                    escape(environment.getattr(environment.getattr((undefined(name='at') if l_2_at is missing else l_2_at), 'barrier'), 'severity')),
                    '"><span class="severity">',
                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('severity.' + environment.getattr(environment.getattr((undefined(name='at') if l_2_at is missing else l_2_at), 'barrier'), 'severity')))),
                    '</span>',
                ))
                if (t_10(environment.getattr(l_2_item, 'current')) and (environment.getattr(environment.getattr(environment.getattr(l_2_item, 'current'), 'barrier'), 'severity') != environment.getattr(environment.getattr((undefined(name='at') if l_2_at is missing else l_2_at), 'barrier'), 'severity'))):
                    pass
                    t_14.extend((
                        ' <small class="was-severity">(',
                        escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'compare.before')),
                        ': ',
                        escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('severity.' + environment.getattr(environment.getattr(environment.getattr(l_2_item, 'current'), 'barrier'), 'severity')))),
                        ')</small>',
                    ))
                t_14.extend((
                    ' <bdi>',
                    escape(t_4(context, environment.getattr(environment.getattr((undefined(name='at') if l_2_at is missing else l_2_at), 'barrier'), 'text'))),
                    '</bdi> <small class="compare-where">(<bdi>',
                    escape(t_4(context, environment.getattr(environment.getattr((undefined(name='at') if l_2_at is missing else l_2_at), 'step'), 'action'))),
                    '</bdi>)</small></li>\n',
                ))
            l_2_item = l_2_at = missing
            t_14.append(
                '</ul>\n',
            )
        else:
            pass
            t_14.extend((
                '<p>',
                escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none')),
                '</p>\n',
            ))
        t_14.append(
            '</div>',
        )
        return concat(t_14)
    context.exported_vars.add('barrier_list')
    context.vars['barrier_list'] = l_0_barrier_list = Macro(environment, macro, 'barrier_list', ('items', 'key'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_band, l_1_ids):
        t_15 = []
        if l_1_band is missing:
            l_1_band = undefined("parameter 'band' was not provided", name='band')
        if l_1_ids is missing:
            l_1_ids = undefined("parameter 'ids' was not provided", name='ids')
        pass
        t_15.extend((
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
            t_15.extend((
                ' --r-',
                escape(l_2_lane),
                ': ',
                escape(l_2_row),
                ';',
            ))
        l_2_lane = l_2_row = missing
        t_15.append(
            '">\n<div class="lanes"',
        )
        if l_1_ids:
            pass
            t_15.append(
                ' aria-hidden="true"',
            )
        t_15.append(
            '>\n<div class="lane-label corner"></div>\n',
        )
        for (l_2_lane, l_2__) in environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'lanes'):
            _loop_vars = {}
            pass
            t_15.extend((
                '<div class="lane-label lane-',
                escape(l_2_lane),
                '">',
                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('lane.' + l_2_lane))),
            ))
            if ((l_2_lane == 'emotion') and environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'compared')):
                pass
                t_15.extend((
                    escape(context.call((undefined(name='curve_key') if l_0_curve_key is missing else l_0_curve_key), 'in-lane', _loop_vars=_loop_vars)),
                    '\n',
                ))
            t_15.append(
                '</div>\n',
            )
        l_2_lane = l_2__ = missing
        t_15.append(
            '</div>\n',
        )
        l_2_loop = missing
        for l_2_view, l_2_loop in LoopContext(environment.getattr(l_1_band, 'stages'), undefined):
            l_2_stage = missing
            _loop_vars = {}
            pass
            l_2_stage = environment.getattr(l_2_view, 'stage')
            _loop_vars['stage'] = l_2_stage
            t_15.append(
                '<section class="stage',
            )
            if environment.getattr(l_2_view, 'empty'):
                pass
                t_15.append(
                    ' empty',
                )
            t_15.append(
                '"',
            )
            if l_1_ids:
                pass
                t_15.extend((
                    ' id="stage-',
                    escape(environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'id')),
                    '" aria-labelledby="stagename-',
                    escape(environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'id')),
                    '"',
                ))
            t_15.extend((
                ' style="--k: ',
                escape(t_2(environment.getattr(l_2_view, 'columns'))),
                '; --c0: ',
                escape(((environment.getattr(l_2_view, 'first') - environment.getattr(environment.getitem(environment.getattr(l_1_band, 'stages'), 0), 'first')) + 2)),
                '">\n<header class="stage-head">\n<h2',
            ))
            if l_1_ids:
                pass
                t_15.extend((
                    ' id="stagename-',
                    escape(environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'id')),
                    '"',
                ))
            t_15.extend((
                ' dir="auto"><span class="stage-number">',
                escape(environment.getattr(l_2_view, 'number')),
                '</span> ',
                escape(t_4(context, environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'name'))),
                '</h2>\n',
            ))
            if environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'goal'):
                pass
                t_15.extend((
                    '<p class="stage-goal"><strong>',
                    escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'goal')),
                    ':</strong> <bdi>',
                    escape(t_4(context, environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'goal'))),
                    '</bdi></p>\n',
                ))
            if environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'description'):
                pass
                t_15.extend((
                    escape(t_9(context, environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'description'), cls='stage-description')),
                    '\n',
                ))
            t_15.append(
                '</header>\n',
            )
            l_3_loop = missing
            for l_3_column, l_3_loop in LoopContext(environment.getattr(l_2_view, 'columns'), undefined):
                l_3_step = l_3_first = missing
                _loop_vars = {}
                pass
                l_3_step = environment.getattr(l_3_column, 'step')
                _loop_vars['step'] = l_3_step
                l_3_first = (environment.getattr(l_3_column, 'local') == 1)
                _loop_vars['first'] = l_3_first
                t_15.append(
                    '<div class="step',
                )
                if ((undefined(name='step') if l_3_step is missing else l_3_step) and environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'moment_of_truth')):
                    pass
                    t_15.append(
                        ' mot',
                    )
                if (not environment.getattr(l_3_column, 'reachable')):
                    pass
                    t_15.append(
                        ' unreachable',
                    )
                t_15.extend((
                    '" style="--c: ',
                    escape(environment.getattr(l_3_column, 'local')),
                    '">\n',
                ))
                l_4_loop = missing
                for (l_4_lane, l_4_blank), l_4_loop in LoopContext(environment.getattr(l_3_column, 'cells'), undefined):
                    _loop_vars = {}
                    pass
                    t_15.extend((
                        '<div class="cell lane-',
                        escape(l_4_lane),
                    ))
                    if (undefined(name='first') if l_3_first is missing else l_3_first):
                        pass
                        t_15.append(
                            ' first',
                        )
                    if l_4_blank:
                        pass
                        t_15.append(
                            ' blank',
                        )
                    t_15.append(
                        '"',
                    )
                    if (((l_4_lane == 'actions') and (undefined(name='step') if l_3_step is missing else l_3_step)) and l_1_ids):
                        pass
                        t_15.extend((
                            ' id="step-',
                            escape(environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'id')),
                            '"',
                        ))
                    t_15.append(
                        '>\n',
                    )
                    if t_11((undefined(name='step') if l_3_step is missing else l_3_step)):
                        pass
                        if (l_4_lane == 'actions'):
                            pass
                            t_15.extend((
                                '<p class="placeholder">',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'no_steps')),
                                '</p>',
                            ))
                    elif (l_4_lane == 'actions'):
                        pass
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'moment_of_truth'):
                            pass
                            t_15.extend((
                                '<p class="mot-badge"><span aria-hidden="true">★</span> ',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'moment_of_truth')),
                                '</p>\n',
                            ))
                        t_15.extend((
                            escape(t_9(context, environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'action'), cls='action')),
                            '\n',
                        ))
                        if ((not t_11(environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'next'))) and (t_2(environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'next')) == 0)):
                            pass
                            t_15.extend((
                                '<p class="flow flow-end"><span aria-hidden="true">■</span> ',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'journey_ends')),
                                '</p>\n',
                            ))
                        elif environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'next'):
                            pass
                            t_15.extend((
                                '<p class="flow">',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'next')),
                                ':\n',
                            ))
                            l_5_loop = missing
                            for l_5_target, l_5_loop in LoopContext(environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'next'), undefined):
                                _loop_vars = {}
                                pass
                                t_15.append(
                                    '<a',
                                )
                                if l_1_ids:
                                    pass
                                    t_15.extend((
                                        ' href="#step-',
                                        escape(l_5_target),
                                        '"',
                                    ))
                                t_15.extend((
                                    ' dir="auto">',
                                    escape(t_4(context, environment.getitem(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'step_action'), l_5_target))),
                                    '</a>',
                                ))
                                if (not environment.getattr(l_5_loop, 'last')):
                                    pass
                                    t_15.append(
                                        ', ',
                                    )
                            l_5_loop = l_5_target = missing
                            t_15.append(
                                '</p>\n',
                            )
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'journey'):
                            pass
                            t_15.extend((
                                '<p class="map-link sub-journey"><a href="',
                                escape(context.call(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'href'), environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'journey'), _loop_vars=_loop_vars)),
                                '">',
                                escape(t_7(environment.getitem((undefined(name='LINK_ICONS') if l_0_LINK_ICONS is missing else l_0_LINK_ICONS), 'route'))),
                                '<span>',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'links.sub_journey')),
                                ': <bdi dir="ltr">',
                                escape(environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'journey')),
                                '</bdi></span></a></p>\n',
                            ))
                    elif (l_4_lane == 'emotion'):
                        pass
                        t_15.append(
                            '<p class="step-emotion">\n',
                        )
                        if t_11(environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'emotion')):
                            pass
                            t_15.extend((
                                '<span class="no-emotion-text">? ',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'no_emotion')),
                                '</span>\n',
                            ))
                        else:
                            pass
                            l_5_mark = environment.getitem(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'marks'), environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'emotion'))
                            pass
                            t_15.extend((
                                '<svg class="mini-marker ',
                                escape(environment.getattr(l_5_mark, 'cls')),
                                '" viewBox="-12 -12 24 24" width="20" height="20" aria-hidden="true"><path class="shape" d="',
                                escape(environment.getattr(l_5_mark, 'shape')),
                                '"/></svg>\n<svg class="mini-face" viewBox="-8 -8 16 16" width="18" height="18" aria-hidden="true"><circle r="6.5"/><path d="',
                                escape(environment.getattr(l_5_mark, 'face')),
                                '"/></svg>\n<bdi dir="ltr" class="value">',
                                escape(environment.getattr(l_5_mark, 'value')),
                                '</bdi> ',
                                escape(environment.getattr(l_5_mark, 'word')),
                                '\n',
                            ))
                            l_5_mark = missing
                        if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'compared'):
                            pass
                            l_5_emotion_label = resolve('emotion_label')
                            l_5_pair = context.call(environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'compared'), 'pair'), environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'id'), _loop_vars=_loop_vars)
                            pass
                            if (l_5_pair and (not t_11(environment.getattr(l_5_pair, 'current_emotion')))):
                                pass
                                t_15.extend((
                                    '<span class="was-value">(',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'compare.before')),
                                    ': <bdi dir="ltr">',
                                    escape(context.call((undefined(name='emotion_label') if l_5_emotion_label is missing else l_5_emotion_label), environment.getattr(l_5_pair, 'current_emotion'))),
                                    '</bdi>)</span>\n',
                                ))
                            l_5_pair = l_5_emotion_label = missing
                        t_15.append(
                            '</p>\n',
                        )
                    elif (l_4_lane == 'measured'):
                        pass
                        l_5_f = context.call(environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'figures'), environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'id'), _loop_vars=_loop_vars)
                        pass
                        if (t_11(l_5_f) or (not environment.getattr(environment.getattr(l_5_f, 'measure'), 'bound'))):
                            pass
                            t_15.extend((
                                '<p class="measure-note">',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.unbound')),
                                '</p>\n',
                            ))
                        else:
                            pass
                            l_6_duration = resolve('duration')
                            l_6_m = environment.getattr(l_5_f, 'measure')
                            l_6_share = (environment.getattr(environment.getattr(l_5_f, 'measure'), 'share') if (not t_11(environment.getattr(environment.getattr(l_5_f, 'measure'), 'share'))) else 0)
                            pass
                            t_15.extend((
                                '<div class="funnel" role="img" aria-label="',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.reached')),
                                ': ',
                                escape(context.call((undefined(name='count') if l_0_count is missing else l_0_count), environment.getattr(l_6_m, 'reached'), environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k'))),
                                ' (',
                                escape(context.call((undefined(name='percent') if l_0_percent is missing else l_0_percent), environment.getattr(l_6_m, 'share'))),
                                ')"><span class="funnel-bar" style="--share: ',
                                escape(t_1('%.4f', t_5(environment, [l_6_share, 1]))),
                                '"></span></div>\n<p class="reached"><bdi dir="ltr" class="value">',
                                escape(context.call((undefined(name='count') if l_0_count is missing else l_0_count), environment.getattr(l_6_m, 'reached'), environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k'))),
                                '</bdi> <span class="share"><bdi dir="ltr">',
                                escape(context.call((undefined(name='percent') if l_0_percent is missing else l_0_percent), environment.getattr(l_6_m, 'share'))),
                                '</bdi></span></p>\n',
                            ))
                            if (environment.getattr(l_6_m, 'reached') == 0):
                                pass
                            elif environment.getattr(l_6_m, 'end'):
                                pass
                                t_15.extend((
                                    '<p class="completed">',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.completed')),
                                    ': <bdi dir="ltr">',
                                    escape(context.call((undefined(name='count') if l_0_count is missing else l_0_count), environment.getattr(l_6_m, 'drop_off'), environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k'))),
                                    '</bdi></p>\n',
                                ))
                            else:
                                pass
                                t_15.append(
                                    '<p class="drop',
                                )
                                if ((not t_11(environment.getattr(l_5_f, 'drop_share'))) and (environment.getattr(l_5_f, 'drop_share') >= 0.3)):
                                    pass
                                    t_15.append(
                                        ' high',
                                    )
                                t_15.extend((
                                    '">',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.drop_off')),
                                    ': <bdi dir="ltr">',
                                    escape(context.call((undefined(name='count') if l_0_count is missing else l_0_count), environment.getattr(l_6_m, 'drop_off'), environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k'))),
                                    ' (',
                                    escape(context.call((undefined(name='percent') if l_0_percent is missing else l_0_percent), environment.getattr(l_5_f, 'drop_share'))),
                                    ')</bdi></p>\n',
                                ))
                            if (not t_11(environment.getattr(l_6_m, 'median_seconds_to_next'))):
                                pass
                                t_15.extend((
                                    '<p class="median">',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.median_next')),
                                    ': <bdi dir="ltr">',
                                    escape(context.call((undefined(name='duration') if l_6_duration is missing else l_6_duration), environment.getattr(l_6_m, 'median_seconds_to_next'))),
                                    '</bdi></p>\n',
                                ))
                            if environment.getattr(l_5_f, 'failed'):
                                pass
                                t_15.extend((
                                    '<p class="deviation failed">',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.never_observed')),
                                    '</p>',
                                ))
                            if environment.getattr(l_5_f, 'skipped'):
                                pass
                                t_15.extend((
                                    '<p class="deviation skipped">',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.skipped_by')),
                                    ': <bdi dir="ltr">',
                                    escape(context.call((undefined(name='count') if l_0_count is missing else l_0_count), environment.getattr(l_5_f, 'skipped'), environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k'))),
                                    '</bdi></p>',
                                ))
                            if environment.getattr(l_6_m, 'suppressed'):
                                pass
                                t_15.extend((
                                    '<p class="measure-note">',
                                    escape(t_6(context.eval_ctx, environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.withheld'), '{k}', t_8(environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k')))),
                                    '</p>',
                                ))
                            l_6_m = l_6_share = l_6_duration = missing
                        l_5_f = missing
                    elif (l_4_lane == 'touchpoints'):
                        pass
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'touchpoints'):
                            pass
                            t_15.append(
                                '<ul class="touchpoints">\n',
                            )
                            for l_5_tid in environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'touchpoints'):
                                l_5_tp = l_5_chip = l_5_channel = missing
                                _loop_vars = {}
                                pass
                                (l_5_tp, l_5_chip, l_5_channel) = environment.getitem(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'touchpoints'), l_5_tid)
                                _loop_vars.update({'channel': l_5_channel, 'chip': l_5_chip, 'tp': l_5_tp})
                                t_15.extend((
                                    '<li>',
                                    escape((undefined(name='chip') if l_5_chip is missing else l_5_chip)),
                                    '\n<span class="visually-hidden">',
                                    escape((undefined(name='channel') if l_5_channel is missing else l_5_channel)),
                                    ':</span>\n<bdi class="tp-name">',
                                    escape(t_4(context, environment.getattr((undefined(name='tp') if l_5_tp is missing else l_5_tp), 'name'))),
                                    '</bdi>',
                                ))
                                if environment.getattr((undefined(name='tp') if l_5_tp is missing else l_5_tp), 'owner'):
                                    pass
                                    t_15.extend((
                                        ' <small class="owner"><bdi>',
                                        escape(t_4(context, environment.getattr((undefined(name='tp') if l_5_tp is missing else l_5_tp), 'owner'))),
                                        '</bdi></small>',
                                    ))
                                if environment.getattr((undefined(name='tp') if l_5_tp is missing else l_5_tp), 'description'):
                                    pass
                                    t_15.extend((
                                        '<span class="tp-description" dir="auto">',
                                        escape(t_4(context, environment.getattr((undefined(name='tp') if l_5_tp is missing else l_5_tp), 'description'))),
                                        '</span>',
                                    ))
                                t_15.append(
                                    '</li>\n',
                                )
                            l_5_tid = l_5_tp = l_5_chip = l_5_channel = missing
                            t_15.append(
                                '</ul>\n',
                            )
                    elif (l_4_lane == 'thoughts'):
                        pass
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'feeling'):
                            pass
                            t_15.extend((
                                '<p class="feeling" dir="auto">',
                                escape(t_4(context, environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'feeling'))),
                                '</p>\n',
                            ))
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'thoughts'):
                            pass
                            t_15.extend((
                                '<p class="thoughts"><span class="cue">',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'thoughts')),
                                ':</span> <q dir="auto">',
                                escape(t_4(context, environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'thoughts'))),
                                '</q></p>\n',
                            ))
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'questions'):
                            pass
                            t_15.extend((
                                '<div class="questions"><span class="cue">',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'questions')),
                                ':</span>\n',
                                escape(t_3(context, environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'questions'))),
                                '\n</div>\n',
                            ))
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'motivation'):
                            pass
                            t_15.extend((
                                '<p class="motivation"><span class="cue">',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'motivation')),
                                ':</span> <bdi>',
                                escape(t_4(context, environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'motivation'))),
                                '</bdi></p>\n',
                            ))
                    elif (l_4_lane == 'barriers'):
                        pass
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'barriers'):
                            pass
                            t_15.append(
                                '<ul class="barriers">\n',
                            )
                            for l_5_b in environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'barriers'):
                                _loop_vars = {}
                                pass
                                t_15.extend((
                                    '<li class="barrier sev-',
                                    escape(environment.getattr(l_5_b, 'severity')),
                                    '"',
                                ))
                                if l_1_ids:
                                    pass
                                    t_15.extend((
                                        ' id="barrier-',
                                        escape(environment.getattr(l_5_b, 'id')),
                                        '"',
                                    ))
                                t_15.extend((
                                    '><span class="severity">',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('severity.' + environment.getattr(l_5_b, 'severity')))),
                                    '</span> <bdi>',
                                    escape(t_4(context, environment.getattr(l_5_b, 'text'))),
                                    '</bdi></li>\n',
                                ))
                            l_5_b = missing
                            t_15.append(
                                '</ul>\n',
                            )
                    t_15.append(
                        '</div>\n',
                    )
                l_4_loop = l_4_lane = l_4_blank = missing
                t_15.append(
                    '</div>\n',
                )
            l_3_loop = l_3_column = l_3_step = l_3_first = missing
            def t_16(fiter):
                for (l_3_lane, l_3_kind) in fiter:
                    if (l_3_kind == 'stage'):
                        yield (l_3_lane, l_3_kind)
            l_3_loop = missing
            for (l_3_lane, l_3_kind), l_3_loop in LoopContext(t_16(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'lanes')), undefined):
                _loop_vars = {}
                pass
                if (l_3_lane == 'opportunities'):
                    pass
                    t_15.append(
                        '<div class="cell lane-opportunities span',
                    )
                    if (not environment.getattr(l_2_view, 'opportunities')):
                        pass
                        t_15.append(
                            ' blank',
                        )
                    t_15.append(
                        '">\n',
                    )
                    if environment.getattr(l_2_view, 'opportunities'):
                        pass
                        t_15.append(
                            '<ul class="opportunities">\n',
                        )
                        l_4_loop = missing
                        for l_4_placed, l_4_loop in LoopContext(environment.getattr(l_2_view, 'opportunities'), undefined):
                            l_4_o = missing
                            _loop_vars = {}
                            pass
                            l_4_o = environment.getattr(l_4_placed, 'opportunity')
                            _loop_vars['o'] = l_4_o
                            t_15.append(
                                '<li class="opportunity',
                            )
                            if (not environment.getattr(l_4_placed, 'anchored')):
                                pass
                                t_15.append(
                                    ' unanchored',
                                )
                            t_15.append(
                                '"',
                            )
                            if l_1_ids:
                                pass
                                t_15.extend((
                                    ' id="opportunity-',
                                    escape(environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'id')),
                                    '"',
                                ))
                            t_15.extend((
                                ' style="--from: ',
                                escape(environment.getattr(l_4_placed, 'start')),
                                '; --to: ',
                                escape(environment.getattr(l_4_placed, 'end')),
                                '; --pfrom: ',
                                escape(environment.getattr(l_4_placed, 'print_start')),
                                '; --pto: ',
                                escape(environment.getattr(l_4_placed, 'print_end')),
                                '">\n<p dir="auto">',
                                escape(t_4(context, environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'text'))),
                                '</p>\n<p class="opportunity-meta">\n',
                            ))
                            if environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'priority'):
                                pass
                                t_15.extend((
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
                                t_15.extend((
                                    '<span class="owner"><bdi>',
                                    escape(t_4(context, environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'owner'))),
                                    '</bdi></span>',
                                ))
                            t_15.append(
                                '</p>\n',
                            )
                            if environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'addresses'):
                                pass
                                t_15.extend((
                                    '<p class="addresses">',
                                    escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'addresses')),
                                    ':\n',
                                ))
                                l_5_loop = missing
                                for l_5_bid, l_5_loop in LoopContext(environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'addresses'), undefined):
                                    _loop_vars = {}
                                    pass
                                    t_15.append(
                                        '<a',
                                    )
                                    if l_1_ids:
                                        pass
                                        t_15.extend((
                                            ' href="#barrier-',
                                            escape(l_5_bid),
                                            '"',
                                        ))
                                    t_15.extend((
                                        '><bdi>',
                                        escape(t_4(context, environment.getitem(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'barrier_text'), l_5_bid))),
                                        '</bdi></a>',
                                    ))
                                    if (not environment.getattr(l_5_loop, 'last')):
                                        pass
                                        t_15.append(
                                            '; ',
                                        )
                                l_5_loop = l_5_bid = missing
                                t_15.append(
                                    '</p>\n',
                                )
                            t_15.append(
                                '</li>\n',
                            )
                        l_4_loop = l_4_placed = l_4_o = missing
                        t_15.append(
                            '</ul>\n',
                        )
                    t_15.append(
                        '</div>\n',
                    )
                elif (l_3_lane == 'backstage'):
                    pass
                    t_15.append(
                        '<div class="cell lane-backstage span',
                    )
                    if (not environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'backstage')):
                        pass
                        t_15.append(
                            ' blank',
                        )
                    t_15.append(
                        '">\n',
                    )
                    if environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'backstage'):
                        pass
                        t_15.extend((
                            escape(t_3(context, environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'backstage'), cls='backstage')),
                            '\n',
                        ))
                    t_15.append(
                        '</div>\n',
                    )
                elif (l_3_lane == 'metrics'):
                    pass
                    t_15.append(
                        '<div class="cell lane-metrics span',
                    )
                    if (not environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'metrics')):
                        pass
                        t_15.append(
                            ' blank',
                        )
                    t_15.append(
                        '">\n',
                    )
                    if environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'metrics'):
                        pass
                        t_15.append(
                            '<dl class="metrics">\n',
                        )
                        for l_4_m in environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'metrics'):
                            _loop_vars = {}
                            pass
                            t_15.extend((
                                '<div class="metric">\n<dt dir="auto">',
                                escape(t_4(context, environment.getattr(l_4_m, 'name'))),
                                '</dt>\n<dd>',
                            ))
                            if environment.getattr(l_4_m, 'value'):
                                pass
                                t_15.extend((
                                    '<span class="value">',
                                    escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'value')),
                                    ': <bdi>',
                                    escape(t_4(context, environment.getattr(l_4_m, 'value'))),
                                    '</bdi></span>',
                                ))
                            if environment.getattr(l_4_m, 'target'):
                                pass
                                t_15.extend((
                                    '<span class="target">',
                                    escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'target')),
                                    ': <bdi>',
                                    escape(t_4(context, environment.getattr(l_4_m, 'target'))),
                                    '</bdi></span>',
                                ))
                            t_15.append(
                                '</dd>\n</div>\n',
                            )
                        l_4_m = missing
                        t_15.append(
                            '</dl>\n',
                        )
                    t_15.append(
                        '</div>\n',
                    )
            l_3_loop = l_3_lane = l_3_kind = missing
            t_15.append(
                '</section>\n',
            )
        l_2_loop = l_2_view = l_2_stage = missing
        if environment.getattr(l_1_band, 'curve'):
            pass
            t_15.extend((
                escape(context.call((undefined(name='curve_svg') if l_0_curve_svg is missing else l_0_curve_svg), l_1_band, l_1_ids)),
                '\n',
            ))
        t_15.append(
            '</div>',
        )
        return concat(t_15)
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
    yield escape(t_4(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'title')))
    yield '</title>\n<style>\n'
    yield escape(t_7(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'css')))
    yield '\n</style>\n<style media="print">\n'
    yield escape(t_7(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'print_css')))
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
        yield escape(t_7(environment.getitem((undefined(name='LINK_ICONS') if l_0_LINK_ICONS is missing else l_0_LINK_ICONS), 'arrow-right-left')))
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
        yield escape(t_4(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'owner')))
        yield '</bdi></span>\n'
    yield '</p>\n<h1 dir="auto">'
    yield escape(t_4(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'title')))
    yield '</h1>\n'
    if environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'description'):
        pass
        yield escape(t_9(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'description'), cls='description'))
        yield '\n'
    if environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'goal'):
        pass
        yield '<p class="goal"><strong>'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'goal'))
        yield ':</strong> <bdi>'
        yield escape(t_4(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'goal')))
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
            yield escape(t_4(context, l_1_tag))
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
    yield escape(t_4(context, environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'name')))
    yield '</h2>\n'
    if environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'role'):
        pass
        yield escape(t_9(context, environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'role'), cls='role'))
        yield '\n'
    if environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'quote'):
        pass
        yield '<blockquote dir="auto">'
        yield escape(t_4(context, environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'quote')))
        yield '</blockquote>\n'
    if environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'description'):
        pass
        yield escape(t_9(context, environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'description'), cls='persona-description'))
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
    def t_17(fiter):
        for l_1_key in fiter:
            if environment.getitem(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), l_1_key):
                yield l_1_key
    for l_1_key in t_17(('goals', 'needs', 'frustrations')):
        _loop_vars = {}
        pass
        yield '<div class="persona-list persona-'
        yield escape(l_1_key)
        yield '">\n<h3>'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), l_1_key))
        yield '</h3>\n'
        yield escape(t_3(context, environment.getitem(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), l_1_key)))
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
        yield escape(t_4(context, environment.getattr(environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'current'), 'title')))
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
            def t_18(fiter):
                for (l_1_key, l_1_items) in fiter:
                    if l_1_items:
                        yield (l_1_key, l_1_items)
            for (l_1_key, l_1_items) in t_18((('compare.dropped', environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'dropped')), ('compare.added', environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'added')))):
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
                    yield escape(t_4(context, environment.getattr(environment.getattr(l_2_at, 'step'), 'action')))
                    yield '</bdi> <small>(<bdi>'
                    yield escape(t_4(context, environment.getattr(environment.getattr(l_2_at, 'stage'), 'name')))
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
        if t_11(environment.getattr((undefined(name='sm') if l_0_sm is missing else l_0_sm), 'lowest')):
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
                yield escape(t_4(context, environment.getattr(environment.getattr(l_1_at, 'step'), 'action')))
                yield '</bdi> <small>(<bdi>'
                yield escape(t_4(context, environment.getattr(environment.getattr(l_1_at, 'stage'), 'name')))
                yield '</bdi>)</small></li>\n'
            l_1_at = l_1_emotion_label = missing
            yield '</ul>\n'
        yield '</div>\n<div class="summary-group">\n<h3>'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'barriers_by_severity'))
        yield '</h3>\n<ul>\n'
        def t_19(fiter):
            for (l_1_sev, l_1_items) in fiter:
                if l_1_items:
                    yield (l_1_sev, l_1_items)
        l_1_loop = missing
        t_20 = 1
        for (l_1_sev, l_1_items), l_1_loop in LoopContext(t_19(context.call(environment.getattr(environment.getattr((undefined(name='sm') if l_0_sm is missing else l_0_sm), 'by_severity'), 'items'))), undefined):
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
                yield escape(t_4(context, environment.getattr(environment.getattr(l_2_at, 'barrier'), 'text')))
                yield '</bdi>'
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield '; '
            l_2_loop = l_2_at = missing
            yield '</span></li>\n'
            t_20 = 0
        l_1_loop = l_1_sev = l_1_items = missing
        if t_20:
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
                yield escape(t_4(context, environment.getattr(environment.getattr(l_1_at, 'barrier'), 'text')))
                yield '</bdi> <small>(<bdi>'
                yield escape(t_4(context, environment.getattr(environment.getattr(l_1_at, 'step'), 'action')))
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
        yield escape(t_6(context.eval_ctx, environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.privacy'), '{k}', t_8(environment.getattr((undefined(name='mm') if l_0_mm is missing else l_0_mm), 'min_count'))))
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
                yield escape(t_4(context, environment.getitem(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'step_action'), environment.getattr(l_1_pair, 'source'))))
                yield '</bdi> → <bdi>'
                yield escape(t_4(context, environment.getitem(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'step_action'), environment.getattr(l_1_pair, 'target'))))
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
            l_1_channel_chip = resolve('channel_chip')
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(context.call((undefined(name='channel_chip') if l_1_channel_chip is missing else l_1_channel_chip), l_1_channel, _loop_vars=_loop_vars))
            yield ' <bdi>'
            yield escape(l_1_name)
            yield '</bdi></li>\n'
        l_1_channel = l_1_svg = l_1_name = l_1_channel_chip = missing
        yield '</ul>\n</div>\n'
    yield '</footer>\n</div>\n</body>\n</html>\n'

blocks = {}
debug_info = '13=90&14=93&15=99&16=106&17=108&18=110&21=116&22=122&24=155&25=164&26=166&27=171&29=176&30=180&31=184&35=213&39=222&40=231&41=252&43=260&44=265&45=272&49=283&50=287&51=292&53=316&54=330&55=334&57=339&58=342&61=349&62=353&63=355&64=360&65=376&66=381&67=406&68=408&69=415&70=417&71=421&73=425&74=428&75=432&76=435&77=439&78=443&79=449&83=470&84=474&86=483&88=488&89=492&92=501&93=505&94=507&97=513&99=518&100=522&105=531&107=535&108=539&111=550&112=558&113=563&114=565&115=569&117=579&119=593&120=597&122=602&123=609&124=618&128=627&129=629&131=634&132=638&133=642&134=644&135=646&136=656&140=670&141=672&142=676&144=679&145=683&147=688&148=692&149=694&152=697&153=701&155=706&156=708&158=713&159=718&168=747&169=755&170=760&171=768&173=774&174=778&175=783&176=808&178=811&179=822&181=832&182=836&183=840&184=846&193=877&194=882&195=890&196=893&199=899&200=904&201=912&203=917&205=922&206=925&207=934&217=958&218=961&223=971&230=982&232=984&235=986&238=988&242=990&243=994&244=997&246=1004&247=1007&249=1013&250=1016&253=1021&254=1023&255=1025&257=1027&258=1030&260=1034&261=1037&262=1039&263=1043&269=1048&270=1051&273=1058&274=1060&275=1062&276=1064&278=1066&279=1069&281=1071&282=1073&284=1075&285=1078&288=1085&289=1093&290=1095&291=1097&297=1101&298=1103&300=1105&302=1108&304=1112&311=1117&312=1119&313=1122&315=1126&317=1132&319=1134&321=1138&322=1144&326=1150&327=1152&328=1154&329=1156&331=1159&332=1167&333=1171&334=1173&335=1177&343=1186&344=1188&346=1192&348=1194&349=1196&350=1199&353=1204&354=1209&360=1218&362=1220&363=1230&364=1237&366=1253&371=1256&372=1258&374=1261&375=1265&379=1278&384=1281&385=1283&387=1287&389=1289&390=1291&391=1301&392=1305&393=1309&396=1311&397=1313&399=1316&400=1320&404=1331&408=1334&409=1336&411=1339&412=1343&416=1352&423=1356&425=1358&427=1360&428=1365&431=1375&432=1377&436=1380&438=1382&439=1386&443=1392&445=1395&448=1397&450=1400&452=1402&453=1407'