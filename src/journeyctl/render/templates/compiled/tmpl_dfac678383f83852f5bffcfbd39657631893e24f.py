from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'blueprint.html.j2'

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
    l_0_p = l_0_curve_svg = l_0_grid = missing
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
        t_4 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_p = (undefined(name='page') if l_0_page is missing else l_0_page)
    context.vars['p'] = l_0_p
    context.exported_vars.add('p')
    included_template = environment.get_template('curve.html.j2', 'blueprint.html.j2').make_module(context.get_all(), True, {'curve_svg': l_0_curve_svg, 'grid': l_0_grid, 'p': l_0_p})
    l_0_curve_svg = getattr(included_template, 'curve_svg', missing)
    if l_0_curve_svg is missing:
        l_0_curve_svg = undefined(f"the template {included_template.__name__!r} (imported on line 7 in 'blueprint.html.j2') does not export the requested name 'curve_svg'", name='curve_svg')
    context.vars['curve_svg'] = l_0_curve_svg
    context.exported_vars.discard('curve_svg')
    def macro(l_1_band, l_1_ids):
        t_6 = []
        l_1_rows = resolve('rows')
        l_1_numbers = resolve('numbers')
        if l_1_band is missing:
            l_1_band = undefined("parameter 'band' was not provided", name='band')
        if l_1_ids is missing:
            l_1_ids = undefined("parameter 'ids' was not provided", name='ids')
        pass
        t_6.extend((
            '<div class="map blueprint" style="--rows: ',
            escape((t_1((undefined(name='rows') if l_1_rows is missing else l_1_rows)) + 1)),
            '; --cols: ',
            escape(environment.getattr(l_1_band, 'columns')),
            '; --print-col: ',
            escape(environment.getattr(l_1_band, 'print_column')),
            ';',
        ))
        for (l_2_key, l_2_row) in context.call(environment.getattr((undefined(name='numbers') if l_1_numbers is missing else l_1_numbers), 'items')):
            _loop_vars = {}
            pass
            t_6.extend((
                ' --r-',
                escape(l_2_key),
                ': ',
                escape(l_2_row),
                ';',
            ))
        l_2_key = l_2_row = missing
        t_6.append(
            '">\n<div class="lanes"',
        )
        if l_1_ids:
            pass
            t_6.append(
                ' aria-hidden="true"',
            )
        t_6.append(
            '>\n<div class="lane-label corner"></div>\n',
        )
        def t_7(fiter):
            for (l_2_key, l_2_kind) in fiter:
                if (l_2_kind != 'line'):
                    yield (l_2_key, l_2_kind)
        for (l_2_key, l_2_kind) in t_7((undefined(name='rows') if l_1_rows is missing else l_1_rows)):
            _loop_vars = {}
            pass
            t_6.extend((
                '<div class="lane-label lane-',
                escape(l_2_key),
                '">',
                escape((environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'lane.emotion') if (l_2_key == 'emotion') else environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('blueprint.lane.' + l_2_key)))),
                '</div>\n',
            ))
        l_2_key = l_2_kind = missing
        t_6.append(
            '</div>\n',
        )
        for l_2_view in environment.getattr(l_1_band, 'stages'):
            l_2_stage = missing
            _loop_vars = {}
            pass
            l_2_stage = environment.getattr(l_2_view, 'stage')
            _loop_vars['stage'] = l_2_stage
            t_6.append(
                '<section class="stage',
            )
            if environment.getattr(l_2_view, 'empty'):
                pass
                t_6.append(
                    ' empty',
                )
            t_6.append(
                '"',
            )
            if l_1_ids:
                pass
                t_6.extend((
                    ' id="stage-',
                    escape(environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'id')),
                    '" aria-labelledby="stagename-',
                    escape(environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'id')),
                    '"',
                ))
            t_6.extend((
                ' style="--k: ',
                escape(t_1(environment.getattr(l_2_view, 'columns'))),
                '; --c0: ',
                escape(((environment.getattr(l_2_view, 'first') - environment.getattr(environment.getitem(environment.getattr(l_1_band, 'stages'), 0), 'first')) + 2)),
                '">\n<header class="stage-head">\n<h2',
            ))
            if l_1_ids:
                pass
                t_6.extend((
                    ' id="stagename-',
                    escape(environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'id')),
                    '"',
                ))
            t_6.extend((
                ' dir="auto"><span class="stage-number">',
                escape(environment.getattr(l_2_view, 'number')),
                '</span> ',
                escape(t_3(context, environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'name'))),
                '</h2>\n',
            ))
            if environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'goal'):
                pass
                t_6.extend((
                    '<p class="stage-goal"><strong>',
                    escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'goal')),
                    ':</strong> <bdi>',
                    escape(t_3(context, environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'goal'))),
                    '</bdi></p>\n',
                ))
            t_6.append(
                '</header>\n',
            )
            for l_3_column in environment.getattr(l_2_view, 'columns'):
                l_3_step = missing
                _loop_vars = {}
                pass
                l_3_step = environment.getattr(l_3_column, 'step')
                _loop_vars['step'] = l_3_step
                t_6.append(
                    '<div class="step',
                )
                if ((undefined(name='step') if l_3_step is missing else l_3_step) and environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'moment_of_truth')):
                    pass
                    t_6.append(
                        ' mot',
                    )
                if (not environment.getattr(l_3_column, 'reachable')):
                    pass
                    t_6.append(
                        ' unreachable',
                    )
                t_6.extend((
                    '" style="--c: ',
                    escape(environment.getattr(l_3_column, 'local')),
                    '">\n',
                ))
                def t_8(fiter):
                    for (l_4_key, l_4_kind) in fiter:
                        if (l_4_kind == 'step'):
                            yield (l_4_key, l_4_kind)
                for (l_4_key, l_4_kind) in t_8((undefined(name='rows') if l_1_rows is missing else l_1_rows)):
                    l_4_stage_backstage = l_4_items = missing
                    _loop_vars = {}
                    pass
                    l_4_stage_backstage = (((l_4_key == 'backstage') and (environment.getattr(l_3_column, 'local') == 1)) and environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'backstage'))
                    _loop_vars['stage_backstage'] = l_4_stage_backstage
                    l_4_items = ([] if (t_5((undefined(name='step') if l_3_step is missing else l_3_step)) or (l_4_key in ('emotion', 'actions'))) else environment.getitem((undefined(name='step') if l_3_step is missing else l_3_step), l_4_key))
                    _loop_vars['items'] = l_4_items
                    t_6.extend((
                        '<div class="cell lane-',
                        escape(l_4_key),
                    ))
                    if (environment.getattr(l_3_column, 'local') == 1):
                        pass
                        t_6.append(
                            ' first',
                        )
                    if (((l_4_key not in ('emotion', 'actions')) and (not (undefined(name='items') if l_4_items is missing else l_4_items))) and (not (undefined(name='stage_backstage') if l_4_stage_backstage is missing else l_4_stage_backstage))):
                        pass
                        t_6.append(
                            ' blank',
                        )
                    t_6.append(
                        '"',
                    )
                    if (((l_4_key == 'actions') and (undefined(name='step') if l_3_step is missing else l_3_step)) and l_1_ids):
                        pass
                        t_6.extend((
                            ' id="step-',
                            escape(environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'id')),
                            '"',
                        ))
                    t_6.append(
                        '>\n',
                    )
                    if t_5((undefined(name='step') if l_3_step is missing else l_3_step)):
                        pass
                        if (l_4_key == 'actions'):
                            pass
                            t_6.extend((
                                '<p class="placeholder">',
                                escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'no_steps')),
                                '</p>',
                            ))
                        if (undefined(name='stage_backstage') if l_4_stage_backstage is missing else l_4_stage_backstage):
                            pass
                            t_6.append(
                                escape(t_2(context, environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'backstage'), cls='backstage stage-backstage')),
                            )
                    elif (l_4_key == 'emotion'):
                        pass
                    elif (l_4_key == 'actions'):
                        pass
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'moment_of_truth'):
                            pass
                            t_6.extend((
                                '<p class="mot-badge"><span aria-hidden="true">★</span> ',
                                escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'moment_of_truth')),
                                '</p>\n',
                            ))
                        t_6.extend((
                            '<p dir="auto" class="action">',
                            escape(t_3(context, environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'action'))),
                            '</p>\n',
                        ))
                        if environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'barriers'):
                            pass
                            t_6.append(
                                '<ul class="fail-points">\n',
                            )
                            for l_5_b in environment.getattr((undefined(name='step') if l_3_step is missing else l_3_step), 'barriers'):
                                _loop_vars = {}
                                pass
                                t_6.extend((
                                    '<li class="fail-point barrier sev-',
                                    escape(environment.getattr(l_5_b, 'severity')),
                                    '"',
                                ))
                                if l_1_ids:
                                    pass
                                    t_6.extend((
                                        ' id="failpoint-',
                                        escape(environment.getattr(l_5_b, 'id')),
                                        '"',
                                    ))
                                t_6.extend((
                                    '><span class="fail-mark" role="img" aria-label="',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'blueprint.fail_point')),
                                    '">F</span> <span class="severity">',
                                    escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('severity.' + environment.getattr(l_5_b, 'severity')))),
                                    '</span> <bdi>',
                                    escape(t_3(context, environment.getattr(l_5_b, 'text'))),
                                    '</bdi></li>\n',
                                ))
                            l_5_b = missing
                            t_6.append(
                                '</ul>\n',
                            )
                    else:
                        pass
                        if (undefined(name='stage_backstage') if l_4_stage_backstage is missing else l_4_stage_backstage):
                            pass
                            t_6.extend((
                                '<div class="stage-backstage"><span class="cue">',
                                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'blueprint.stage_backstage')),
                                ':</span>\n',
                                escape(t_2(context, environment.getattr((undefined(name='stage') if l_2_stage is missing else l_2_stage), 'backstage'), cls='backstage')),
                                '\n</div>\n',
                            ))
                        if (undefined(name='items') if l_4_items is missing else l_4_items):
                            pass
                            t_6.append(
                                escape(t_2(context, (undefined(name='items') if l_4_items is missing else l_4_items), cls=markup_join(('bp-items bp-', l_4_key, )))),
                            )
                    t_6.append(
                        '</div>\n',
                    )
                l_4_key = l_4_kind = l_4_stage_backstage = l_4_items = missing
                t_6.append(
                    '</div>\n',
                )
            l_3_column = l_3_step = missing
            t_6.append(
                '</section>\n',
            )
        l_2_view = l_2_stage = missing
        def t_9(fiter):
            for (l_2_key, l_2_kind) in fiter:
                if (l_2_kind == 'line'):
                    yield (l_2_key, l_2_kind)
        for (l_2_key, l_2_kind) in t_9((undefined(name='rows') if l_1_rows is missing else l_1_rows)):
            _loop_vars = {}
            pass
            t_6.extend((
                '<div class="bp-line ',
                escape(l_2_key),
                '" role="separator" aria-label="',
                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('blueprint.' + l_2_key))),
                '"><span class="bp-line-label">',
                escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('blueprint.' + l_2_key))),
                '</span></div>\n',
            ))
        l_2_key = l_2_kind = missing
        if environment.getattr(l_1_band, 'curve'):
            pass
            t_6.extend((
                escape(context.call((undefined(name='curve_svg') if l_0_curve_svg is missing else l_0_curve_svg), l_1_band, l_1_ids)),
                '\n',
            ))
        t_6.append(
            '</div>',
        )
        return concat(t_6)
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
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'blueprint.title'))
    yield ': '
    yield escape(t_3(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'title')))
    yield '</title>\n<style>\n'
    yield escape(t_4((undefined(name='css') if l_0_css is missing else l_0_css)))
    yield '\n</style>\n<style media="print">\n'
    yield escape(t_4(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'print_css')))
    yield '\n</style>\n</head>\n<body class="state-'
    yield escape(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'state'))
    yield ' view-blueprint">\n<header class="map-header">\n<div class="title-block">\n<p class="meta">\n<span class="state-badge state-'
    yield escape(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'state'))
    yield '">'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), ('state.' + environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'state'))))
    yield '</span>\n<span>'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'blueprint.title'))
    yield '</span>\n'
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
        yield '<p dir="auto" class="description">'
        yield escape(t_3(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'description')))
        yield '</p>\n'
    yield '<p class="persona-line"><strong>'
    yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'persona'))
    yield ':</strong> <bdi>'
    yield escape(t_3(context, environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'name')))
    yield '</bdi>'
    if environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'role'):
        pass
        yield ' — <bdi>'
        yield escape(t_3(context, environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'role')))
        yield '</bdi>'
    yield '</p>\n</div>\n</header>\n\n<div class="scroller screen-map" role="region" aria-label="'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'blueprint.title'))
    yield ': '
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
    yield '</body>\n</html>\n'

blocks = {}
debug_info = '6=46&7=49&8=55&9=66&10=87&12=95&13=104&16=113&17=117&18=122&20=146&21=160&22=164&25=172&26=176&27=181&28=196&29=204&30=206&31=210&32=235&33=237&34=244&35=249&36=251&37=253&38=257&40=262&41=265&43=270&44=275&49=300&50=304&51=306&54=309&62=326&63=335&65=343&66=346&71=356&78=367&80=371&83=373&86=375&90=377&91=381&92=383&93=386&95=392&96=395&99=400&100=402&101=405&103=408&107=418&108=422&110=424&112=427&114=431'