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
    l_0_p = l_0_curve_key = l_0_lowest = l_0_barrier_list = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['list_items']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list_items' found.")
    try:
        t_3 = environment.filters['ltr_numbers']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'ltr_numbers' found.")
    try:
        t_4 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_5 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_6 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    try:
        t_7 = environment.filters['text']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'text' found.")
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
    def macro(l_1_cls):
        t_10 = []
        if l_1_cls is missing:
            l_1_cls = undefined("parameter 'cls' was not provided", name='cls')
        pass
        t_10.extend((
            '<ul class="curve-key ',
            escape(l_1_cls),
            '">\n<li><svg class="key-line" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true"><line class="key-now" x1="2" y1="5" x2="26" y2="5"/></svg> ',
            escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'state.future')),
            '</li>\n<li><svg class="key-line" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true"><line class="key-was" x1="2" y1="5" x2="26" y2="5"/><circle class="key-was-point" cx="14" cy="5" r="3.5"/></svg> ',
            escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'state.current')),
            '</li>\n</ul>',
        ))
        return concat(t_10)
    context.exported_vars.add('curve_key')
    context.vars['curve_key'] = l_0_curve_key = Macro(environment, macro, 'curve_key', ('cls',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_moment):
        t_11 = []
        l_1_emotion_label = resolve('emotion_label')
        if l_1_moment is missing:
            l_1_moment = undefined("parameter 'moment' was not provided", name='moment')
        pass
        if t_9(l_1_moment):
            pass
            t_11.append(
                '—',
            )
        else:
            pass
            t_11.extend((
                '<bdi dir="ltr" class="value">',
                escape(context.call((undefined(name='emotion_label') if l_1_emotion_label is missing else l_1_emotion_label), environment.getattr(l_1_moment, 'value'))),
                '</bdi> <small>(',
            ))
            l_2_loop = missing
            for l_2_at, l_2_loop in LoopContext(environment.getattr(l_1_moment, 'steps'), undefined):
                _loop_vars = {}
                pass
                t_11.extend((
                    '<bdi>',
                    escape(t_3(context, environment.getattr(environment.getattr(l_2_at, 'step'), 'action'))),
                    '</bdi>',
                ))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    t_11.append(
                        '; ',
                    )
            l_2_loop = l_2_at = missing
            t_11.append(
                ')</small>',
            )
        return concat(t_11)
    context.exported_vars.add('lowest')
    context.vars['lowest'] = l_0_lowest = Macro(environment, macro, 'lowest', ('moment',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_items, l_1_key):
        t_12 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        if l_1_key is missing:
            l_1_key = undefined("parameter 'key' was not provided", name='key')
        pass
        t_12.extend((
            '<div class="summary-group ',
            escape(context.call(environment.getattr(context.call(environment.getattr(l_1_key, 'replace'), '.', '-'), 'replace'), '_', '-')),
            '">\n<h3>',
            escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), l_1_key)),
            ' <span class="count">(<bdi dir="ltr">',
            escape(t_1(l_1_items)),
            '</bdi>)</span></h3>\n',
        ))
        if l_1_items:
            pass
            t_12.append(
                '<ul>\n',
            )
            for l_2_item in l_1_items:
                l_2_at = missing
                _loop_vars = {}
                pass
                l_2_at = (environment.getattr(l_2_item, 'future') if t_8(environment.getattr(l_2_item, 'future')) else l_2_item)
                _loop_vars['at'] = l_2_at
                t_12.extend((
                    '<li class="barrier sev-',
                    escape(environment.getattr(environment.getattr((undefined(name='at') if l_2_at is missing else l_2_at), 'barrier'), 'severity')),
                    '"><span class="severity">',
                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('severity.' + environment.getattr(environment.getattr((undefined(name='at') if l_2_at is missing else l_2_at), 'barrier'), 'severity')))),
                    '</span>',
                ))
                if (t_8(environment.getattr(l_2_item, 'current')) and (environment.getattr(environment.getattr(environment.getattr(l_2_item, 'current'), 'barrier'), 'severity') != environment.getattr(environment.getattr((undefined(name='at') if l_2_at is missing else l_2_at), 'barrier'), 'severity'))):
                    pass
                    t_12.extend((
                        ' <small class="was-severity">(',
                        escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'compare.before')),
                        ': ',
                        escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('severity.' + environment.getattr(environment.getattr(environment.getattr(l_2_item, 'current'), 'barrier'), 'severity')))),
                        ')</small>',
                    ))
                t_12.extend((
                    ' <bdi>',
                    escape(t_3(context, environment.getattr(environment.getattr((undefined(name='at') if l_2_at is missing else l_2_at), 'barrier'), 'text'))),
                    '</bdi> <small class="compare-where">(<bdi>',
                    escape(t_3(context, environment.getattr(environment.getattr((undefined(name='at') if l_2_at is missing else l_2_at), 'step'), 'action'))),
                    '</bdi>)</small></li>\n',
                ))
            l_2_item = l_2_at = missing
            t_12.append(
                '</ul>\n',
            )
        else:
            pass
            t_12.extend((
                '<p>',
                escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none')),
                '</p>\n',
            ))
        t_12.append(
            '</div>',
        )
        return concat(t_12)
    context.exported_vars.add('barrier_list')
    context.vars['barrier_list'] = l_0_barrier_list = Macro(environment, macro, 'barrier_list', ('items', 'key'), False, False, False, context.eval_ctx.autoescape)
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
    yield escape(t_5(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'css')))
    yield '\n</style>\n<style media="print">\n'
    yield escape(t_5(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'print_css')))
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
        yield escape(t_5(environment.getitem((undefined(name='LINK_ICONS') if l_0_LINK_ICONS is missing else l_0_LINK_ICONS), 'arrow-right-left')))
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
        yield escape(t_7(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'description'), cls='description'))
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
        yield escape(t_7(context, environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'role'), cls='role'))
        yield '\n'
    if environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'quote'):
        pass
        yield '<blockquote dir="auto">'
        yield escape(t_3(context, environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'quote')))
        yield '</blockquote>\n'
    if environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'description'):
        pass
        yield escape(t_7(context, environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'description'), cls='persona-description'))
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
    def t_13(fiter):
        for l_1_key in fiter:
            if environment.getitem(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), l_1_key):
                yield l_1_key
    for l_1_key in t_13(('goals', 'needs', 'frustrations')):
        _loop_vars = {}
        pass
        yield '<div class="persona-list persona-'
        yield escape(l_1_key)
        yield '">\n<h3>'
        yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), l_1_key))
        yield '</h3>\n'
        yield escape(t_2(context, environment.getitem(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), l_1_key)))
        yield '\n</div>\n'
    l_1_key = missing
    yield '</section>\n</header>\n\n<div class="scroller screen-map" role="region" aria-label="'
    yield escape(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'title'))
    yield '" tabindex="0">\n'
    l_1_band = environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'band')
    l_1_ids = True
    pass
    template = environment.get_template('grid.html.j2', 'map.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'band': l_1_band, 'ids': l_1_ids, 'barrier_list': l_0_barrier_list, 'cm': l_0_cm, 'curve_key': l_0_curve_key, 'heading': l_0_heading, 'lowest': l_0_lowest, 'mm': l_0_mm, 'p': l_0_p, 'sm': l_0_sm}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_band = l_1_ids = missing
    yield '</div>\n'
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'print_bands'):
        pass
        yield '<div class="print-map" aria-hidden="true">\n'
        for l_1_band in environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'print_bands'):
            _loop_vars = {}
            pass
            yield '<div class="print-page">\n'
            l_2_ids = False
            pass
            template = environment.get_template('grid.html.j2', 'map.html.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'ids': l_2_ids, 'band': l_1_band, 'barrier_list': l_0_barrier_list, 'cm': l_0_cm, 'curve_key': l_0_curve_key, 'heading': l_0_heading, 'lowest': l_0_lowest, 'mm': l_0_mm, 'p': l_0_p, 'sm': l_0_sm}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            l_2_ids = missing
            yield '</div>\n'
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
        yield escape((environment.getitem((undefined(name='heading') if l_0_heading is missing else l_0_heading), 1) if (t_1((undefined(name='heading') if l_0_heading is missing else l_0_heading)) > 1) else ''))
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
            def t_14(fiter):
                for (l_1_key, l_1_items) in fiter:
                    if l_1_items:
                        yield (l_1_key, l_1_items)
            for (l_1_key, l_1_items) in t_14((('compare.dropped', environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'dropped')), ('compare.added', environment.getattr((undefined(name='cm') if l_0_cm is missing else l_0_cm), 'added')))):
                _loop_vars = {}
                pass
                yield '<h3>'
                yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), l_1_key))
                yield ' <span class="count">(<bdi dir="ltr">'
                yield escape(t_1(l_1_items))
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
        def t_15(fiter):
            for (l_1_sev, l_1_items) in fiter:
                if l_1_items:
                    yield (l_1_sev, l_1_items)
        l_1_loop = missing
        t_16 = 1
        for (l_1_sev, l_1_items), l_1_loop in LoopContext(t_15(context.call(environment.getattr(environment.getattr((undefined(name='sm') if l_0_sm is missing else l_0_sm), 'by_severity'), 'items'))), undefined):
            _loop_vars = {}
            pass
            yield '<li class="barrier sev-'
            yield escape(l_1_sev)
            yield '"><span class="severity">'
            yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('severity.' + l_1_sev)))
            yield '</span> <span class="count">'
            yield escape(t_1(l_1_items))
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
            t_16 = 0
        l_1_loop = l_1_sev = l_1_items = missing
        if t_16:
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
        yield escape(t_4(context.eval_ctx, environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'measured.privacy'), '{k}', t_6(environment.getattr((undefined(name='mm') if l_0_mm is missing else l_0_mm), 'min_count'))))
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
        for (l_1_channel, l_1_chip, l_1_name) in environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'channels_used'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(l_1_chip)
            yield ' <bdi>'
            yield escape(l_1_name)
            yield '</bdi></li>\n'
        l_1_channel = l_1_chip = l_1_name = missing
        yield '</ul>\n</div>\n'
    yield '</footer>\n</div>\n</body>\n</html>\n'

blocks = {}
debug_info = '13=78&14=81&15=88&16=90&17=92&20=98&21=104&23=137&24=146&25=148&26=153&28=158&29=162&30=166&34=195&39=205&46=216&48=218&51=220&54=222&58=224&59=228&60=231&62=238&63=241&65=247&66=250&69=255&70=257&71=259&73=261&74=264&76=268&77=271&78=273&79=277&85=282&86=285&89=292&90=294&91=296&92=298&94=300&95=303&97=305&98=307&100=309&101=312&104=319&105=327&106=329&107=331&113=335&114=340&116=348&118=351&120=357&127=368&128=370&129=373&131=377&133=383&135=385&137=389&138=395&142=401&143=403&144=405&145=407&147=410&148=418&149=422&150=424&151=428&159=437&160=439&162=443&164=445&165=447&166=450&169=455&170=460&176=469&178=471&179=481&180=488&182=504&187=507&188=509&190=512&191=516&195=529&200=532&201=534&203=538&205=540&206=542&207=552&208=556&209=560&212=562&213=564&215=567&216=571&220=582&224=585&225=587&227=590&228=594&232=603&239=607&241=609&243=611&244=616&247=626&248=628&252=631&254=633&255=637&259=643&261=646&264=648&266=651&268=653&269=657'