from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'touchpoints.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_L = resolve('L')
    l_0_j = resolve('j')
    l_0_css = resolve('css')
    l_0_m = resolve('m')
    l_0_pairs = resolve('pairs')
    l_0_emotions = resolve('emotions')
    l_0_severities = resolve('severities')
    l_0_p = l_0_channels = l_0_move = l_0_marker = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_p = (undefined(name='page') if l_0_page is missing else l_0_page)
    context.vars['p'] = l_0_p
    context.exported_vars.add('p')
    def macro(l_1_values):
        t_7 = []
        if l_1_values is missing:
            l_1_values = undefined("parameter 'values' was not provided", name='values')
        pass
        l_2_loop = missing
        for l_2_c, l_2_loop in LoopContext(l_1_values, undefined):
            l_2_channel_chip = resolve('channel_chip')
            l_2_row_name = resolve('row_name')
            _loop_vars = {}
            pass
            t_7.extend((
                escape(context.call((undefined(name='channel_chip') if l_2_channel_chip is missing else l_2_channel_chip), l_2_c, _loop_vars=_loop_vars)),
                ' <bdi>',
                escape(context.call((undefined(name='row_name') if l_2_row_name is missing else l_2_row_name), l_2_c, _loop_vars=_loop_vars)),
                '</bdi>',
            ))
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_7.append(
                    ' + ',
                )
        l_2_loop = l_2_c = l_2_channel_chip = l_2_row_name = missing
        return concat(t_7)
    context.exported_vars.add('channels')
    context.vars['channels'] = l_0_channels = Macro(environment, macro, 'channels', ('values',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m):
        t_8 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        pass
        if (environment.getattr(l_1_m, 'kind') == 'channel'):
            pass
            t_8.extend((
                escape(context.call((undefined(name='channels') if l_0_channels is missing else l_0_channels), environment.getattr(l_1_m, 'before'))),
                ' <span class="tp-arrow">→</span> ',
                escape(context.call((undefined(name='channels') if l_0_channels is missing else l_0_channels), environment.getattr(l_1_m, 'after'))),
            ))
        else:
            pass
            t_8.extend((
                '<span class="cue">',
                escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'owner')),
                ':</span> ',
            ))
            l_2_loop = missing
            for l_2_o, l_2_loop in LoopContext(environment.getattr(l_1_m, 'before'), undefined):
                _loop_vars = {}
                pass
                t_8.extend((
                    '<bdi>',
                    escape(l_2_o),
                    '</bdi>',
                ))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    t_8.append(
                        ' + ',
                    )
            l_2_loop = l_2_o = missing
            t_8.append(
                ' <span class="tp-arrow">→</span> ',
            )
            l_2_loop = missing
            for l_2_o, l_2_loop in LoopContext(environment.getattr(l_1_m, 'after'), undefined):
                _loop_vars = {}
                pass
                t_8.extend((
                    '<bdi>',
                    escape(l_2_o),
                    '</bdi>',
                ))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    t_8.append(
                        ' + ',
                    )
            l_2_loop = l_2_o = missing
        return concat(t_8)
    context.exported_vars.add('move')
    context.vars['move'] = l_0_move = Macro(environment, macro, 'move', ('m',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_value):
        t_9 = []
        l_1_EMOTION_CLASS = resolve('EMOTION_CLASS')
        l_1_marker_path = resolve('marker_path')
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        pass
        t_9.extend((
            '<svg class="mini-marker ',
            escape(environment.getitem((undefined(name='EMOTION_CLASS') if l_1_EMOTION_CLASS is missing else l_1_EMOTION_CLASS), l_1_value)),
            '" viewBox="-12 -12 24 24" width="18" height="18" aria-hidden="true"><path class="shape" d="',
            escape(context.call((undefined(name='marker_path') if l_1_marker_path is missing else l_1_marker_path), l_1_value, 0, 0)),
            '"/></svg>',
        ))
        return concat(t_9)
    context.exported_vars.add('marker')
    context.vars['marker'] = l_0_marker = Macro(environment, macro, 'marker', ('value',), False, False, False, context.eval_ctx.autoescape)
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'lang'))
    yield '" dir="'
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'dir'))
    yield '" class="paper-'
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'paper'))
    yield ' fit-'
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'fit'))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:; style-src \'unsafe-inline\'; base-uri \'none\'; form-action \'none\'">\n<meta name="referrer" content="no-referrer">\n<meta name="generator" content="journeyctl">\n<title>'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'touchpoints.title'))
    yield ': '
    yield escape(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'title'))
    yield '</title>\n<style>\n'
    yield escape(t_4((undefined(name='css') if l_0_css is missing else l_0_css)))
    yield '\n</style>\n<style media="print">\n'
    yield escape(t_4(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'print_css')))
    yield '\n</style>\n</head>\n<body class="state-'
    yield escape(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'state'))
    yield ' view-touchpoints">\n<header class="map-header">\n<div class="title-block">\n<p class="meta">\n<span class="state-badge state-'
    yield escape(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'state'))
    yield '">'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('state.' + environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'state'))))
    yield '</span>\n<span>'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'touchpoints.title'))
    yield '</span>\n'
    if environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'updated'):
        pass
        yield '<span>'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'updated'))
        yield ': <time datetime="'
        yield escape(context.call(environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'updated'), 'isoformat')))
        yield '">'
        yield escape(context.call(environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'updated'), 'isoformat')))
        yield '</time></span>\n'
    if environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'owner'):
        pass
        yield '<span>'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'owner'))
        yield ': <bdi>'
        yield escape(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'owner'))
        yield '</bdi></span>\n'
    yield '</p>\n<h1 dir="auto">'
    yield escape(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'title'))
    yield '</h1>\n'
    if environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'description'):
        pass
        yield '<p dir="auto" class="description">'
        yield escape(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'description'))
        yield '</p>\n'
    yield '<p class="persona-line"><strong>'
    yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'persona'))
    yield ':</strong> <bdi>'
    yield escape(environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'name'))
    yield '</bdi>'
    if environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'role'):
        pass
        yield ' — <bdi>'
        yield escape(environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'role'))
        yield '</bdi>'
    yield '</p>\n</div>\n</header>\n\n<div class="scroller screen-map tp-scroller" role="region" aria-label="'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'touchpoints.title'))
    yield ': '
    yield escape(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'title'))
    yield '" tabindex="0">\n<table class="tp-matrix">\n<caption class="visually-hidden">'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'touchpoints.title'))
    yield '</caption>\n<thead>\n<tr>\n<th scope="col" class="tp-corner">'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'touchpoints.channel'))
    yield '</th>\n'
    for l_1_column in environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'columns'):
        l_1_stage = missing
        _loop_vars = {}
        pass
        l_1_stage = environment.getattr(l_1_column, 'stage')
        _loop_vars['stage'] = l_1_stage
        yield '<th scope="col" class="tp-stage" id="stage-'
        yield escape(environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'id'))
        yield '">\n<span class="stage-number">'
        yield escape(environment.getattr(l_1_column, 'number'))
        yield '</span> <span class="tp-stage-name" dir="auto">'
        yield escape(environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'name'))
        yield '</span>\n'
        if (not environment.getattr(l_1_column, 'has_touchpoints')):
            pass
            yield '<span class="tp-none">'
            yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'touchpoints.none'))
            yield '</span>\n'
        yield '</th>\n'
    l_1_column = l_1_stage = missing
    yield '</tr>\n</thead>\n<tbody>\n'
    for l_1_channel in environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'channels'):
        l_1_channel_chip = resolve('channel_chip')
        l_1_row_name = resolve('row_name')
        _loop_vars = {}
        pass
        yield '<tr class="tp-row">\n<th scope="row" class="tp-channel">'
        yield escape(context.call((undefined(name='channel_chip') if l_1_channel_chip is missing else l_1_channel_chip), l_1_channel, _loop_vars=_loop_vars))
        yield ' <bdi>'
        yield escape(context.call((undefined(name='row_name') if l_1_row_name is missing else l_1_row_name), l_1_channel, _loop_vars=_loop_vars))
        yield '</bdi></th>\n'
        for l_2_column in environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'columns'):
            l_2_level = resolve('level')
            l_2_lv = resolve('lv')
            l_2_TINT = resolve('TINT')
            l_2_average_text = resolve('average_text')
            l_2_several_values = resolve('several_values')
            l_2_cell = missing
            _loop_vars = {}
            pass
            l_2_cell = context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cell'), l_1_channel, environment.getattr(environment.getattr(l_2_column, 'stage'), 'id'), _loop_vars=_loop_vars)
            _loop_vars['cell'] = l_2_cell
            if environment.getattr((undefined(name='cell') if l_2_cell is missing else l_2_cell), 'empty'):
                pass
                yield '<td class="tp-cell blank"></td>\n'
            else:
                pass
                l_2_lv = (None if t_6(environment.getattr((undefined(name='cell') if l_2_cell is missing else l_2_cell), 'emotion')) else context.call((undefined(name='level') if l_2_level is missing else l_2_level), environment.getattr((undefined(name='cell') if l_2_cell is missing else l_2_cell), 'emotion'), _loop_vars=_loop_vars))
                _loop_vars['lv'] = l_2_lv
                yield '<td class="tp-cell'
                if (not t_6((undefined(name='lv') if l_2_lv is missing else l_2_lv))):
                    pass
                    yield ' '
                    yield escape(environment.getitem((undefined(name='TINT') if l_2_TINT is missing else l_2_TINT), (undefined(name='lv') if l_2_lv is missing else l_2_lv)))
                yield '">\n'
                if t_6((undefined(name='lv') if l_2_lv is missing else l_2_lv)):
                    pass
                    yield '<p class="tp-average none"><span class="visually-hidden">'
                    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'touchpoints.average_emotion'))
                    yield ':</span> '
                    yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'no_emotion'))
                    yield '</p>\n'
                else:
                    pass
                    yield '<p class="tp-average">'
                    yield escape(context.call((undefined(name='marker') if l_0_marker is missing else l_0_marker), (undefined(name='lv') if l_2_lv is missing else l_2_lv), _loop_vars=_loop_vars))
                    yield ' <span class="visually-hidden">'
                    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'touchpoints.average_emotion'))
                    yield ':</span> <bdi dir="ltr" class="value">'
                    yield escape(context.call((undefined(name='average_text') if l_2_average_text is missing else l_2_average_text), environment.getattr((undefined(name='cell') if l_2_cell is missing else l_2_cell), 'emotion'), _loop_vars=_loop_vars))
                    yield '</bdi> <span class="tp-word">'
                    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), markup_join(('emotion.', (undefined(name='lv') if l_2_lv is missing else l_2_lv), ))))
                    yield '</span></p>\n'
                yield '<ul class="tp-steps">\n'
                l_2_several_values = (t_2(t_3(context.eval_ctx, t_5(context, environment.getattr((undefined(name='cell') if l_2_cell is missing else l_2_cell), 'entries'), 'emotion', 'ne', None))) > 1)
                _loop_vars['several_values'] = l_2_several_values
                for l_3_e in environment.getattr((undefined(name='cell') if l_2_cell is missing else l_2_cell), 'entries'):
                    l_3_emotion_label = resolve('emotion_label')
                    _loop_vars = {}
                    pass
                    yield '<li class="tp-step"><span class="tp-action" dir="auto"'
                    if (environment.getattr(l_3_e, 'text') != environment.getattr(l_3_e, 'action')):
                        pass
                        yield ' title="'
                        yield escape(environment.getattr(l_3_e, 'action'))
                        yield '"'
                    yield '>'
                    yield escape(environment.getattr(l_3_e, 'text'))
                    yield '</span>'
                    if ((not t_6(environment.getattr(l_3_e, 'emotion'))) and (undefined(name='several_values') if l_2_several_values is missing else l_2_several_values)):
                        pass
                        yield ' <bdi dir="ltr" class="tp-value">'
                        yield escape(context.call((undefined(name='emotion_label') if l_3_emotion_label is missing else l_3_emotion_label), environment.getattr(l_3_e, 'emotion'), _loop_vars=_loop_vars))
                        yield '</bdi>'
                    yield '<span class="tp-names" dir="auto">'
                    yield escape(t_1(context.eval_ctx, environment.getattr(l_3_e, 'touchpoints'), ', '))
                    yield '</span></li>\n'
                l_3_e = l_3_emotion_label = missing
                yield '</ul>\n'
                if environment.getattr((undefined(name='cell') if l_2_cell is missing else l_2_cell), 'barriers'):
                    pass
                    yield '<ul class="barriers tp-barriers" aria-label="'
                    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'touchpoints.barriers'))
                    yield '">\n'
                    for l_3_b in environment.getattr((undefined(name='cell') if l_2_cell is missing else l_2_cell), 'barriers'):
                        _loop_vars = {}
                        pass
                        yield '<li class="barrier sev-'
                        yield escape(environment.getattr(l_3_b, 'severity'))
                        yield '"><span class="severity">'
                        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('severity.' + environment.getattr(l_3_b, 'severity'))))
                        yield '</span> <bdi>'
                        yield escape(environment.getattr(l_3_b, 'text'))
                        yield '</bdi></li>\n'
                    l_3_b = missing
                    yield '</ul>\n'
                yield '</td>\n'
        l_2_column = l_2_cell = l_2_level = l_2_lv = l_2_TINT = l_2_average_text = l_2_several_values = missing
        yield '</tr>\n'
    l_1_channel = l_1_channel_chip = l_1_row_name = missing
    yield '</tbody>\n<tfoot>\n<tr class="tp-handoffs">\n<th scope="row" class="tp-channel">'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'touchpoints.handoffs'))
    yield ' <span class="tp-total">'
    yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'total'))
    yield '</span></th>\n'
    for l_1_column in environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'columns'):
        _loop_vars = {}
        pass
        yield '<td class="tp-cell tp-handoff'
        if (not environment.getattr(l_1_column, 'handoffs')):
            pass
            yield ' blank'
        yield '">\n<p class="tp-count">'
        yield escape(environment.getattr(l_1_column, 'handoffs'))
        yield '</p>\n'
        if environment.getattr(l_1_column, 'moves'):
            pass
            yield '<ul class="tp-moves">\n'
            for l_2_mv in environment.getattr(l_1_column, 'moves'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(context.call((undefined(name='move') if l_0_move is missing else l_0_move), l_2_mv, _loop_vars=_loop_vars))
                yield ' <span class="tp-times">×'
                yield escape(environment.getattr(l_2_mv, 'count'))
                yield '</span></li>\n'
            l_2_mv = missing
            yield '</ul>\n'
        yield '</td>\n'
    l_1_column = missing
    yield '</tr>\n</tfoot>\n</table>\n</div>\n\n<div class="after-map">\n<section class="summary tp-summary" aria-labelledby="handoffs-title">\n<h2 id="handoffs-title">'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'touchpoints.handoffs'))
    yield ': <span class="value">'
    yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'total'))
    yield '</span></h2>\n'
    if (undefined(name='pairs') if l_0_pairs is missing else l_0_pairs):
        pass
        yield '<ul class="tp-pairs">\n'
        for (l_1_pair, l_1_count) in (undefined(name='pairs') if l_0_pairs is missing else l_0_pairs):
            _loop_vars = {}
            pass
            yield '<li><span class="value">'
            yield escape(l_1_count)
            yield '</span> '
            if (environment.getitem(l_1_pair, 0) == environment.getitem(l_1_pair, 1)):
                pass
                yield escape(context.call((undefined(name='channels') if l_0_channels is missing else l_0_channels), environment.getitem(l_1_pair, 0), _loop_vars=_loop_vars))
                yield ' <span class="cue">('
                yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'owner'))
                yield ')</span>'
            else:
                pass
                yield escape(context.call((undefined(name='channels') if l_0_channels is missing else l_0_channels), environment.getitem(l_1_pair, 0), _loop_vars=_loop_vars))
                yield ' <span class="tp-arrow">→</span> '
                yield escape(context.call((undefined(name='channels') if l_0_channels is missing else l_0_channels), environment.getitem(l_1_pair, 1), _loop_vars=_loop_vars))
            yield '</li>\n'
        l_1_pair = l_1_count = missing
        yield '</ul>\n'
    else:
        pass
        yield '<p>'
        yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none'))
        yield '</p>\n'
    yield '</section>\n<footer class="legend">\n<h2>'
    yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'legend'))
    yield '</h2>\n<div class="legend-group">\n<h3>'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'touchpoints.average_emotion'))
    yield '</h3>\n<ul class="legend-emotions">\n'
    for l_1_value in (undefined(name='emotions') if l_0_emotions is missing else l_0_emotions):
        l_1_TINT = resolve('TINT')
        l_1_emotion_label = resolve('emotion_label')
        _loop_vars = {}
        pass
        yield '<li><span class="tp-swatch '
        yield escape(environment.getitem((undefined(name='TINT') if l_1_TINT is missing else l_1_TINT), l_1_value))
        yield '">'
        yield escape(context.call((undefined(name='marker') if l_0_marker is missing else l_0_marker), l_1_value, _loop_vars=_loop_vars))
        yield '</span> <bdi dir="ltr">'
        yield escape(context.call((undefined(name='emotion_label') if l_1_emotion_label is missing else l_1_emotion_label), l_1_value, _loop_vars=_loop_vars))
        yield '</bdi> '
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), markup_join(('emotion.', l_1_value, ))))
        yield '</li>\n'
    l_1_value = l_1_TINT = l_1_emotion_label = missing
    yield '</ul>\n</div>\n<div class="legend-group">\n<h3>'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'touchpoints.barriers'))
    yield '</h3>\n<ul class="legend-severity">\n'
    for l_1_sev in (undefined(name='severities') if l_0_severities is missing else l_0_severities):
        _loop_vars = {}
        pass
        yield '<li class="barrier sev-'
        yield escape(l_1_sev)
        yield '"><span class="severity">'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('severity.' + l_1_sev)))
        yield '</span></li>\n'
    l_1_sev = missing
    yield '</ul>\n</div>\n</footer>\n</div>\n</body>\n</html>\n'

blocks = {}
debug_info = '5=56&6=59&7=65&9=85&10=90&12=140&13=149&16=158&23=166&25=170&28=172&31=174&35=176&36=180&37=182&38=185&40=191&41=194&44=199&45=201&46=204&48=207&52=217&54=221&57=223&58=225&59=229&60=232&61=234&62=238&63=241&70=246&72=252&73=256&74=265&75=267&78=272&79=275&80=280&81=283&83=290&86=299&87=301&88=306&89=320&92=324&93=327&94=329&95=333&107=346&108=350&109=354&110=358&111=360&113=363&114=367&127=376&128=380&130=383&131=387&135=406&139=409&141=411&143=413&144=419&149=429&151=431&152=435'