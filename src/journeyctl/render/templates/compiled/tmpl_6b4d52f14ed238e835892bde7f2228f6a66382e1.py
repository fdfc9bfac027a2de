from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'grid.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_p = resolve('p')
    l_0_band = resolve('band')
    l_0_ids = resolve('ids')
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
        t_10 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<div class="map" style="--rows: '
    yield escape((t_2(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'lanes')) + 1))
    yield '; --cols: '
    yield escape(environment.getattr((undefined(name='band') if l_0_band is missing else l_0_band), 'columns'))
    yield '; --print-col: '
    yield escape(environment.getattr((undefined(name='band') if l_0_band is missing else l_0_band), 'print_column'))
    yield ';'
    for (l_1_lane, l_1_row) in context.call(environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'rows'), 'items')):
        _loop_vars = {}
        pass
        yield ' --r-'
        yield escape(l_1_lane)
        yield ': '
        yield escape(l_1_row)
        yield ';'
    l_1_lane = l_1_row = missing
    yield '">\n<div class="lanes"'
    if (undefined(name='ids') if l_0_ids is missing else l_0_ids):
        pass
        yield ' aria-hidden="true"'
    yield '>\n<div class="lane-label corner"></div>\n'
    for (l_1_lane, l_1__) in environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'lanes'):
        l_1_L = resolve('L')
        l_1_curve_key = resolve('curve_key')
        _loop_vars = {}
        pass
        yield '<div class="lane-label lane-'
        yield escape(l_1_lane)
        yield '">'
        yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), ('lane.' + l_1_lane)))
        if ((l_1_lane == 'emotion') and environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'compared')):
            pass
            yield escape(context.call((undefined(name='curve_key') if l_1_curve_key is missing else l_1_curve_key), 'in-lane', _loop_vars=_loop_vars))
            yield '\n'
        yield '</div>\n'
    l_1_lane = l_1__ = l_1_L = l_1_curve_key = missing
    yield '</div>\n'
    l_1_loop = missing
    for l_1_view, l_1_loop in LoopContext(environment.getattr((undefined(name='band') if l_0_band is missing else l_0_band), 'stages'), undefined):
        l_1_L = resolve('L')
        l_1_stage = missing
        _loop_vars = {}
        pass
        l_1_stage = environment.getattr(l_1_view, 'stage')
        _loop_vars['stage'] = l_1_stage
        yield '<section class="stage'
        if environment.getattr(l_1_view, 'empty'):
            pass
            yield ' empty'
        yield '"'
        if (undefined(name='ids') if l_0_ids is missing else l_0_ids):
            pass
            yield ' id="stage-'
            yield escape(environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'id'))
            yield '" aria-labelledby="stagename-'
            yield escape(environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'id'))
            yield '"'
        yield ' style="--k: '
        yield escape(t_2(environment.getattr(l_1_view, 'columns')))
        yield '; --c0: '
        yield escape(((environment.getattr(l_1_view, 'first') - environment.getattr(environment.getitem(environment.getattr((undefined(name='band') if l_0_band is missing else l_0_band), 'stages'), 0), 'first')) + 2))
        yield '">\n<header class="stage-head">\n<h2'
        if (undefined(name='ids') if l_0_ids is missing else l_0_ids):
            pass
            yield ' id="stagename-'
            yield escape(environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'id'))
            yield '"'
        yield ' dir="auto"><span class="stage-number">'
        yield escape(environment.getattr(l_1_view, 'number'))
        yield '</span> '
        yield escape(t_4(context, environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'name')))
        yield '</h2>\n'
        if environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'goal'):
            pass
            yield '<p class="stage-goal"><strong>'
            yield escape(environment.getattr((undefined(name='L') if l_1_L is missing else l_1_L), 'goal'))
            yield ':</strong> <bdi>'
            yield escape(t_4(context, environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'goal')))
            yield '</bdi></p>\n'
        if environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'description'):
            pass
            yield escape(t_9(context, environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'description'), cls='stage-description'))
            yield '\n'
        yield '</header>\n'
        l_2_loop = missing
        for l_2_column, l_2_loop in LoopContext(environment.getattr(l_1_view, 'columns'), undefined):
            l_2_step = l_2_first = missing
            _loop_vars = {}
            pass
            l_2_step = environment.getattr(l_2_column, 'step')
            _loop_vars['step'] = l_2_step
            l_2_first = (environment.getattr(l_2_column, 'local') == 1)
            _loop_vars['first'] = l_2_first
            yield '<div class="step'
            if ((undefined(name='step') if l_2_step is missing else l_2_step) and environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'moment_of_truth')):
                pass
                yield ' mot'
            if (not environment.getattr(l_2_column, 'reachable')):
                pass
                yield ' unreachable'
            yield '" style="--c: '
            yield escape(environment.getattr(l_2_column, 'local'))
            yield '">\n'
            l_3_loop = missing
            for (l_3_lane, l_3_blank), l_3_loop in LoopContext(environment.getattr(l_2_column, 'cells'), undefined):
                l_3_LINK_ICONS = resolve('LINK_ICONS')
                _loop_vars = {}
                pass
                yield '<div class="cell lane-'
                yield escape(l_3_lane)
                if (undefined(name='first') if l_2_first is missing else l_2_first):
                    pass
                    yield ' first'
                if l_3_blank:
                    pass
                    yield ' blank'
                yield '"'
                if (((l_3_lane == 'actions') and (undefined(name='step') if l_2_step is missing else l_2_step)) and (undefined(name='ids') if l_0_ids is missing else l_0_ids)):
                    pass
                    yield ' id="step-'
                    yield escape(environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'id'))
                    yield '"'
                yield '>\n'
                if t_10((undefined(name='step') if l_2_step is missing else l_2_step)):
                    pass
                    if (l_3_lane == 'actions'):
                        pass
                        yield '<p class="placeholder">'
                        yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'no_steps'))
                        yield '</p>'
                elif (l_3_lane == 'actions'):
                    pass
                    if environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'moment_of_truth'):
                        pass
                        yield '<p class="mot-badge"><span aria-hidden="true">★</span> '
                        yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'moment_of_truth'))
                        yield '</p>\n'
                    yield escape(t_9(context, environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'action'), cls='action'))
                    yield '\n'
                    if ((not t_10(environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'next'))) and (t_2(environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'next')) == 0)):
                        pass
                        yield '<p class="flow flow-end"><span aria-hidden="true">■</span> '
                        yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'journey_ends'))
                        yield '</p>\n'
                    elif environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'next'):
                        pass
                        yield '<p class="flow">'
                        yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'next'))
                        yield ':\n'
                        l_4_loop = missing
                        for l_4_target, l_4_loop in LoopContext(environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'next'), undefined):
                            _loop_vars = {}
                            pass
                            yield '<a'
                            if (undefined(name='ids') if l_0_ids is missing else l_0_ids):
                                pass
                                yield ' href="#step-'
                                yield escape(l_4_target)
                                yield '"'
                            yield ' dir="auto">'
                            yield escape(t_4(context, environment.getitem(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'step_action'), l_4_target)))
                            yield '</a>'
                            if (not environment.getattr(l_4_loop, 'last')):
                                pass
                                yield ', '
                        l_4_loop = l_4_target = missing
                        yield '</p>\n'
                    if environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'journey'):
                        pass
                        yield '<p class="map-link sub-journey"><a href="'
                        yield escape(context.call(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'href'), environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'journey'), _loop_vars=_loop_vars))
                        yield '">'
                        yield escape(t_7(environment.getitem((undefined(name='LINK_ICONS') if l_3_LINK_ICONS is missing else l_3_LINK_ICONS), 'route')))
                        yield '<span>'
                        yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'links.sub_journey'))
                        yield ': <bdi dir="ltr">'
                        yield escape(environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'journey'))
                        yield '</bdi></span></a></p>\n'
                elif (l_3_lane == 'emotion'):
                    pass
                    yield '<p class="step-emotion">\n'
                    if t_10(environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'emotion')):
                        pass
                        yield '<span class="no-emotion-text">? '
                        yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'no_emotion'))
                        yield '</span>\n'
                    else:
                        pass
                        l_4_mark = environment.getitem(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'marks'), environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'emotion'))
                        pass
                        yield '<svg class="mini-marker '
                        yield escape(environment.getattr(l_4_mark, 'cls'))
                        yield '" viewBox="-12 -12 24 24" width="20" height="20" aria-hidden="true"><path class="shape" d="'
                        yield escape(environment.getattr(l_4_mark, 'shape'))
                        yield '"/></svg>\n<svg class="mini-face" viewBox="-8 -8 16 16" width="18" height="18" aria-hidden="true"><circle r="6.5"/><path d="'
                        yield escape(environment.getattr(l_4_mark, 'face'))
                        yield '"/></svg>\n<bdi dir="ltr" class="value">'
                        yield escape(environment.getattr(l_4_mark, 'value'))
                        yield '</bdi> '
                        yield escape(environment.getattr(l_4_mark, 'word'))
                        yield '\n'
                        l_4_mark = missing
                    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'compared'):
                        pass
                        l_4_emotion_label = resolve('emotion_label')
                        l_4_pair = context.call(environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'compared'), 'pair'), environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'id'), _loop_vars=_loop_vars)
                        pass
                        if (l_4_pair and (not t_10(environment.getattr(l_4_pair, 'current_emotion')))):
                            pass
                            yield '<span class="was-value">('
                            yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'compare.before'))
                            yield ': <bdi dir="ltr">'
                            yield escape(context.call((undefined(name='emotion_label') if l_4_emotion_label is missing else l_4_emotion_label), environment.getattr(l_4_pair, 'current_emotion')))
                            yield '</bdi>)</span>\n'
                        l_4_pair = l_4_emotion_label = missing
                    yield '</p>\n'
                elif (l_3_lane == 'measured'):
                    pass
                    l_4_f = context.call(environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'figures'), environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'id'), _loop_vars=_loop_vars)
                    pass
                    if (t_10(l_4_f) or (not environment.getattr(environment.getattr(l_4_f, 'measure'), 'bound'))):
                        pass
                        yield '<p class="measure-note">'
                        yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'measured.unbound'))
                        yield '</p>\n'
                    else:
                        pass
                        l_5_count = resolve('count')
                        l_5_percent = resolve('percent')
                        l_5_duration = resolve('duration')
                        l_5_m = environment.getattr(l_4_f, 'measure')
                        l_5_share = (environment.getattr(environment.getattr(l_4_f, 'measure'), 'share') if (not t_10(environment.getattr(environment.getattr(l_4_f, 'measure'), 'share'))) else 0)
                        pass
                        yield '<div class="funnel" role="img" aria-label="'
                        yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'measured.reached'))
                        yield ': '
                        yield escape(context.call((undefined(name='count') if l_5_count is missing else l_5_count), environment.getattr(l_5_m, 'reached'), environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k')))
                        yield ' ('
                        yield escape(context.call((undefined(name='percent') if l_5_percent is missing else l_5_percent), environment.getattr(l_5_m, 'share')))
                        yield ')"><span class="funnel-bar" style="--share: '
                        yield escape(t_1('%.4f', t_5(environment, [l_5_share, 1])))
                        yield '"></span></div>\n<p class="reached"><bdi dir="ltr" class="value">'
                        yield escape(context.call((undefined(name='count') if l_5_count is missing else l_5_count), environment.getattr(l_5_m, 'reached'), environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k')))
                        yield '</bdi> <span class="share"><bdi dir="ltr">'
                        yield escape(context.call((undefined(name='percent') if l_5_percent is missing else l_5_percent), environment.getattr(l_5_m, 'share')))
                        yield '</bdi></span></p>\n'
                        if (environment.getattr(l_5_m, 'reached') == 0):
                            pass
                        elif environment.getattr(l_5_m, 'end'):
                            pass
                            yield '<p class="completed">'
                            yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'measured.completed'))
                            yield ': <bdi dir="ltr">'
                            yield escape(context.call((undefined(name='count') if l_5_count is missing else l_5_count), environment.getattr(l_5_m, 'drop_off'), environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k')))
                            yield '</bdi></p>\n'
                        else:
                            pass
                            yield '<p class="drop'
                            if ((not t_10(environment.getattr(l_4_f, 'drop_share'))) and (environment.getattr(l_4_f, 'drop_share') >= 0.3)):
                                pass
                                yield ' high'
                            yield '">'
                            yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'measured.drop_off'))
                            yield ': <bdi dir="ltr">'
                            yield escape(context.call((undefined(name='count') if l_5_count is missing else l_5_count), environment.getattr(l_5_m, 'drop_off'), environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k')))
                            yield ' ('
                            yield escape(context.call((undefined(name='percent') if l_5_percent is missing else l_5_percent), environment.getattr(l_4_f, 'drop_share')))
                            yield ')</bdi></p>\n'
                        if (not t_10(environment.getattr(l_5_m, 'median_seconds_to_next'))):
                            pass
                            yield '<p class="median">'
                            yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'measured.median_next'))
                            yield ': <bdi dir="ltr">'
                            yield escape(context.call((undefined(name='duration') if l_5_duration is missing else l_5_duration), environment.getattr(l_5_m, 'median_seconds_to_next')))
                            yield '</bdi></p>\n'
                        if environment.getattr(l_4_f, 'failed'):
                            pass
                            yield '<p class="deviation failed">'
                            yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'measured.never_observed'))
                            yield '</p>'
                        if environment.getattr(l_4_f, 'skipped'):
                            pass
                            yield '<p class="deviation skipped">'
                            yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'measured.skipped_by'))
                            yield ': <bdi dir="ltr">'
                            yield escape(context.call((undefined(name='count') if l_5_count is missing else l_5_count), environment.getattr(l_4_f, 'skipped'), environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k')))
                            yield '</bdi></p>'
                        if environment.getattr(l_5_m, 'suppressed'):
                            pass
                            yield '<p class="measure-note">'
                            yield escape(t_6(context.eval_ctx, environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'measured.withheld'), '{k}', t_8(environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'measured'), 'k'))))
                            yield '</p>'
                        l_5_m = l_5_share = l_5_count = l_5_percent = l_5_duration = missing
                    l_4_f = missing
                elif (l_3_lane == 'touchpoints'):
                    pass
                    if environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'touchpoints'):
                        pass
                        yield '<ul class="touchpoints">\n'
                        for l_4_tid in environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'touchpoints'):
                            l_4_tp = l_4_chip = l_4_channel = missing
                            _loop_vars = {}
                            pass
                            (l_4_tp, l_4_chip, l_4_channel) = environment.getitem(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'touchpoints'), l_4_tid)
                            _loop_vars.update({'channel': l_4_channel, 'chip': l_4_chip, 'tp': l_4_tp})
                            yield '<li>'
                            yield escape((undefined(name='chip') if l_4_chip is missing else l_4_chip))
                            yield '\n<span class="visually-hidden">'
                            yield escape((undefined(name='channel') if l_4_channel is missing else l_4_channel))
                            yield ':</span>\n<bdi class="tp-name">'
                            yield escape(t_4(context, environment.getattr((undefined(name='tp') if l_4_tp is missing else l_4_tp), 'name')))
                            yield '</bdi>'
                            if environment.getattr((undefined(name='tp') if l_4_tp is missing else l_4_tp), 'owner'):
                                pass
                                yield ' <small class="owner"><bdi>'
                                yield escape(t_4(context, environment.getattr((undefined(name='tp') if l_4_tp is missing else l_4_tp), 'owner')))
                                yield '</bdi></small>'
                            if environment.getattr((undefined(name='tp') if l_4_tp is missing else l_4_tp), 'description'):
                                pass
                                yield '<span class="tp-description" dir="auto">'
                                yield escape(t_4(context, environment.getattr((undefined(name='tp') if l_4_tp is missing else l_4_tp), 'description')))
                                yield '</span>'
                            yield '</li>\n'
                        l_4_tid = l_4_tp = l_4_chip = l_4_channel = missing
                        yield '</ul>\n'
                elif (l_3_lane == 'thoughts'):
                    pass
                    if environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'feeling'):
                        pass
                        yield '<p class="feeling" dir="auto">'
                        yield escape(t_4(context, environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'feeling')))
                        yield '</p>\n'
                    if environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'thoughts'):
                        pass
                        yield '<p class="thoughts"><span class="cue">'
                        yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'thoughts'))
                        yield ':</span> <q dir="auto">'
                        yield escape(t_4(context, environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'thoughts')))
                        yield '</q></p>\n'
                    if environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'questions'):
                        pass
                        yield '<div class="questions"><span class="cue">'
                        yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'questions'))
                        yield ':</span>\n'
                        yield escape(t_3(context, environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'questions')))
                        yield '\n</div>\n'
                    if environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'motivation'):
                        pass
                        yield '<p class="motivation"><span class="cue">'
                        yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'motivation'))
                        yield ':</span> <bdi>'
                        yield escape(t_4(context, environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'motivation')))
                        yield '</bdi></p>\n'
                elif (l_3_lane == 'barriers'):
                    pass
                    if environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'barriers'):
                        pass
                        yield '<ul class="barriers">\n'
                        for l_4_b in environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'barriers'):
                            _loop_vars = {}
                            pass
                            yield '<li class="barrier sev-'
                            yield escape(environment.getattr(l_4_b, 'severity'))
                            yield '"'
                            if (undefined(name='ids') if l_0_ids is missing else l_0_ids):
                                pass
                                yield ' id="barrier-'
                                yield escape(environment.getattr(l_4_b, 'id'))
                                yield '"'
                            yield '><span class="severity">'
                            yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), ('severity.' + environment.getattr(l_4_b, 'severity'))))
                            yield '</span> <bdi>'
                            yield escape(t_4(context, environment.getattr(l_4_b, 'text')))
                            yield '</bdi></li>\n'
                        l_4_b = missing
                        yield '</ul>\n'
                yield '</div>\n'
            l_3_loop = l_3_lane = l_3_blank = l_3_LINK_ICONS = missing
            yield '</div>\n'
        l_2_loop = l_2_column = l_2_step = l_2_first = missing
        def t_11(fiter):
            for (l_2_lane, l_2_kind) in fiter:
                if (l_2_kind == 'stage'):
                    yield (l_2_lane, l_2_kind)
        l_2_loop = missing
        for (l_2_lane, l_2_kind), l_2_loop in LoopContext(t_11(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'lanes')), undefined):
            _loop_vars = {}
            pass
            if (l_2_lane == 'opportunities'):
                pass
                yield '<div class="cell lane-opportunities span'
                if (not environment.getattr(l_1_view, 'opportunities')):
                    pass
                    yield ' blank'
                yield '">\n'
                if environment.getattr(l_1_view, 'opportunities'):
                    pass
                    yield '<ul class="opportunities">\n'
                    l_3_loop = missing
                    for l_3_placed, l_3_loop in LoopContext(environment.getattr(l_1_view, 'opportunities'), undefined):
                        l_3_o = missing
                        _loop_vars = {}
                        pass
                        l_3_o = environment.getattr(l_3_placed, 'opportunity')
                        _loop_vars['o'] = l_3_o
                        yield '<li class="opportunity'
                        if (not environment.getattr(l_3_placed, 'anchored')):
                            pass
                            yield ' unanchored'
                        yield '"'
                        if (undefined(name='ids') if l_0_ids is missing else l_0_ids):
                            pass
                            yield ' id="opportunity-'
                            yield escape(environment.getattr((undefined(name='o') if l_3_o is missing else l_3_o), 'id'))
                            yield '"'
                        yield ' style="--from: '
                        yield escape(environment.getattr(l_3_placed, 'start'))
                        yield '; --to: '
                        yield escape(environment.getattr(l_3_placed, 'end'))
                        yield '; --pfrom: '
                        yield escape(environment.getattr(l_3_placed, 'print_start'))
                        yield '; --pto: '
                        yield escape(environment.getattr(l_3_placed, 'print_end'))
                        yield '">\n<p dir="auto">'
                        yield escape(t_4(context, environment.getattr((undefined(name='o') if l_3_o is missing else l_3_o), 'text')))
                        yield '</p>\n<p class="opportunity-meta">\n'
                        if environment.getattr((undefined(name='o') if l_3_o is missing else l_3_o), 'priority'):
                            pass
                            yield '<span class="priority prio-'
                            yield escape(environment.getattr((undefined(name='o') if l_3_o is missing else l_3_o), 'priority'))
                            yield '">'
                            yield escape(environment.getattr((undefined(name='L') if l_1_L is missing else l_1_L), 'priority'))
                            yield ': '
                            yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), ('priority.' + environment.getattr((undefined(name='o') if l_3_o is missing else l_3_o), 'priority'))))
                            yield '</span>'
                        if environment.getattr((undefined(name='o') if l_3_o is missing else l_3_o), 'owner'):
                            pass
                            yield '<span class="owner"><bdi>'
                            yield escape(t_4(context, environment.getattr((undefined(name='o') if l_3_o is missing else l_3_o), 'owner')))
                            yield '</bdi></span>'
                        yield '</p>\n'
                        if environment.getattr((undefined(name='o') if l_3_o is missing else l_3_o), 'addresses'):
                            pass
                            yield '<p class="addresses">'
                            yield escape(environment.getattr((undefined(name='L') if l_1_L is missing else l_1_L), 'addresses'))
                            yield ':\n'
                            l_4_loop = missing
                            for l_4_bid, l_4_loop in LoopContext(environment.getattr((undefined(name='o') if l_3_o is missing else l_3_o), 'addresses'), undefined):
                                _loop_vars = {}
                                pass
                                yield '<a'
                                if (undefined(name='ids') if l_0_ids is missing else l_0_ids):
                                    pass
                                    yield ' href="#barrier-'
                                    yield escape(l_4_bid)
                                    yield '"'
                                yield '><bdi>'
                                yield escape(t_4(context, environment.getitem(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'barrier_text'), l_4_bid)))
                                yield '</bdi></a>'
                                if (not environment.getattr(l_4_loop, 'last')):
                                    pass
                                    yield '; '
                            l_4_loop = l_4_bid = missing
                            yield '</p>\n'
                        yield '</li>\n'
                    l_3_loop = l_3_placed = l_3_o = missing
                    yield '</ul>\n'
                yield '</div>\n'
            elif (l_2_lane == 'backstage'):
                pass
                yield '<div class="cell lane-backstage span'
                if (not environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'backstage')):
                    pass
                    yield ' blank'
                yield '">\n'
                if environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'backstage'):
                    pass
                    yield escape(t_3(context, environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'backstage'), cls='backstage'))
                    yield '\n'
                yield '</div>\n'
            elif (l_2_lane == 'metrics'):
                pass
                yield '<div class="cell lane-metrics span'
                if (not environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'metrics')):
                    pass
                    yield ' blank'
                yield '">\n'
                if environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'metrics'):
                    pass
                    yield '<dl class="metrics">\n'
                    for l_3_m in environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'metrics'):
                        _loop_vars = {}
                        pass
                        yield '<div class="metric">\n<dt dir="auto">'
                        yield escape(t_4(context, environment.getattr(l_3_m, 'name')))
                        yield '</dt>\n<dd>'
                        if environment.getattr(l_3_m, 'value'):
                            pass
                            yield '<span class="value">'
                            yield escape(environment.getattr((undefined(name='L') if l_1_L is missing else l_1_L), 'value'))
                            yield ': <bdi>'
                            yield escape(t_4(context, environment.getattr(l_3_m, 'value')))
                            yield '</bdi></span>'
                        if environment.getattr(l_3_m, 'target'):
                            pass
                            yield '<span class="target">'
                            yield escape(environment.getattr((undefined(name='L') if l_1_L is missing else l_1_L), 'target'))
                            yield ': <bdi>'
                            yield escape(t_4(context, environment.getattr(l_3_m, 'target')))
                            yield '</bdi></span>'
                        yield '</dd>\n</div>\n'
                    l_3_m = missing
                    yield '</dl>\n'
                yield '</div>\n'
        l_2_loop = l_2_lane = l_2_kind = missing
        yield '</section>\n'
    l_1_loop = l_1_view = l_1_stage = l_1_L = missing
    if environment.getattr((undefined(name='band') if l_0_band is missing else l_0_band), 'curve'):
        pass
        template = environment.get_template('curve.html.j2', 'grid.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    yield '</div>\n'

blocks = {}
debug_info = '6=75&7=91&9=95&10=101&11=106&15=112&16=117&17=120&19=136&20=146&21=149&23=153&24=155&27=159&28=163&29=165&30=168&31=178&32=183&33=197&34=199&35=204&36=206&37=209&39=211&40=213&41=216&42=218&43=221&44=224&45=228&49=241&50=244&52=252&54=255&55=258&58=265&59=269&60=271&63=276&65=281&66=284&71=290&73=294&74=297&77=308&78=316&79=320&80=322&81=325&83=332&85=342&86=345&88=349&89=354&90=361&94=368&95=370&97=373&98=377&99=380&100=382&101=384&102=391&106=399&107=401&108=404&110=406&111=409&113=413&114=416&115=418&118=420&119=423&121=427&122=429&124=432&125=436&134=454&135=462&136=465&137=469&139=473&140=477&141=480&142=498&144=500&145=509&147=515&148=518&149=521&150=525&159=542&160=545&161=549&162=551&165=554&166=557&167=561&169=564&171=568&172=570&173=577&183=591&184=593'