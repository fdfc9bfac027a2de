from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'blueprint-grid.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_rows = resolve('rows')
    l_0_band = resolve('band')
    l_0_numbers = resolve('numbers')
    l_0_ids = resolve('ids')
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
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<div class="map blueprint" style="--rows: '
    yield escape((t_1((undefined(name='rows') if l_0_rows is missing else l_0_rows)) + 1))
    yield '; --cols: '
    yield escape(environment.getattr((undefined(name='band') if l_0_band is missing else l_0_band), 'columns'))
    yield '; --print-col: '
    yield escape(environment.getattr((undefined(name='band') if l_0_band is missing else l_0_band), 'print_column'))
    yield ';'
    for (l_1_key, l_1_row) in context.call(environment.getattr((undefined(name='numbers') if l_0_numbers is missing else l_0_numbers), 'items')):
        _loop_vars = {}
        pass
        yield ' --r-'
        yield escape(l_1_key)
        yield ': '
        yield escape(l_1_row)
        yield ';'
    l_1_key = l_1_row = missing
    yield '">\n<div class="lanes"'
    if (undefined(name='ids') if l_0_ids is missing else l_0_ids):
        pass
        yield ' aria-hidden="true"'
    yield '>\n<div class="lane-label corner"></div>\n'
    def t_5(fiter):
        for (l_1_key, l_1_kind) in fiter:
            if (l_1_kind != 'line'):
                yield (l_1_key, l_1_kind)
    for (l_1_key, l_1_kind) in t_5((undefined(name='rows') if l_0_rows is missing else l_0_rows)):
        l_1_L = resolve('L')
        _loop_vars = {}
        pass
        yield '<div class="lane-label lane-'
        yield escape(l_1_key)
        yield '">'
        yield escape((environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'lane.emotion') if (l_1_key == 'emotion') else environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), ('blueprint.lane.' + l_1_key))))
        yield '</div>\n'
    l_1_key = l_1_kind = l_1_L = missing
    yield '</div>\n'
    for l_1_view in environment.getattr((undefined(name='band') if l_0_band is missing else l_0_band), 'stages'):
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
        yield escape(t_1(environment.getattr(l_1_view, 'columns')))
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
        yield escape(t_3(context, environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'name')))
        yield '</h2>\n'
        if environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'goal'):
            pass
            yield '<p class="stage-goal"><strong>'
            yield escape(environment.getattr((undefined(name='L') if l_1_L is missing else l_1_L), 'goal'))
            yield ':</strong> <bdi>'
            yield escape(t_3(context, environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'goal')))
            yield '</bdi></p>\n'
        yield '</header>\n'
        for l_2_column in environment.getattr(l_1_view, 'columns'):
            l_2_step = missing
            _loop_vars = {}
            pass
            l_2_step = environment.getattr(l_2_column, 'step')
            _loop_vars['step'] = l_2_step
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
            def t_6(fiter):
                for (l_3_key, l_3_kind) in fiter:
                    if (l_3_kind == 'step'):
                        yield (l_3_key, l_3_kind)
            for (l_3_key, l_3_kind) in t_6((undefined(name='rows') if l_0_rows is missing else l_0_rows)):
                l_3_stage_backstage = l_3_items = missing
                _loop_vars = {}
                pass
                l_3_stage_backstage = (((l_3_key == 'backstage') and (environment.getattr(l_2_column, 'local') == 1)) and environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'backstage'))
                _loop_vars['stage_backstage'] = l_3_stage_backstage
                l_3_items = ([] if (t_4((undefined(name='step') if l_2_step is missing else l_2_step)) or (l_3_key in ('emotion', 'actions'))) else environment.getitem((undefined(name='step') if l_2_step is missing else l_2_step), l_3_key))
                _loop_vars['items'] = l_3_items
                yield '<div class="cell lane-'
                yield escape(l_3_key)
                if (environment.getattr(l_2_column, 'local') == 1):
                    pass
                    yield ' first'
                if (((l_3_key not in ('emotion', 'actions')) and (not (undefined(name='items') if l_3_items is missing else l_3_items))) and (not (undefined(name='stage_backstage') if l_3_stage_backstage is missing else l_3_stage_backstage))):
                    pass
                    yield ' blank'
                yield '"'
                if (((l_3_key == 'actions') and (undefined(name='step') if l_2_step is missing else l_2_step)) and (undefined(name='ids') if l_0_ids is missing else l_0_ids)):
                    pass
                    yield ' id="step-'
                    yield escape(environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'id'))
                    yield '"'
                yield '>\n'
                if t_4((undefined(name='step') if l_2_step is missing else l_2_step)):
                    pass
                    if (l_3_key == 'actions'):
                        pass
                        yield '<p class="placeholder">'
                        yield escape(environment.getattr((undefined(name='L') if l_1_L is missing else l_1_L), 'no_steps'))
                        yield '</p>'
                    if (undefined(name='stage_backstage') if l_3_stage_backstage is missing else l_3_stage_backstage):
                        pass
                        yield escape(t_2(context, environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'backstage'), cls='backstage stage-backstage'))
                elif (l_3_key == 'emotion'):
                    pass
                elif (l_3_key == 'actions'):
                    pass
                    if environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'moment_of_truth'):
                        pass
                        yield '<p class="mot-badge"><span aria-hidden="true">★</span> '
                        yield escape(environment.getattr((undefined(name='L') if l_1_L is missing else l_1_L), 'moment_of_truth'))
                        yield '</p>\n'
                    yield '<p dir="auto" class="action">'
                    yield escape(t_3(context, environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'action')))
                    yield '</p>\n'
                    if environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'barriers'):
                        pass
                        yield '<ul class="fail-points">\n'
                        for l_4_b in environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'barriers'):
                            _loop_vars = {}
                            pass
                            yield '<li class="fail-point barrier sev-'
                            yield escape(environment.getattr(l_4_b, 'severity'))
                            yield '"'
                            if (undefined(name='ids') if l_0_ids is missing else l_0_ids):
                                pass
                                yield ' id="failpoint-'
                                yield escape(environment.getattr(l_4_b, 'id'))
                                yield '"'
                            yield '><span class="fail-mark" role="img" aria-label="'
                            yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'blueprint.fail_point'))
                            yield '">F</span> <span class="severity">'
                            yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), ('severity.' + environment.getattr(l_4_b, 'severity'))))
                            yield '</span> <bdi>'
                            yield escape(t_3(context, environment.getattr(l_4_b, 'text')))
                            yield '</bdi></li>\n'
                        l_4_b = missing
                        yield '</ul>\n'
                else:
                    pass
                    if (undefined(name='stage_backstage') if l_3_stage_backstage is missing else l_3_stage_backstage):
                        pass
                        yield '<div class="stage-backstage"><span class="cue">'
                        yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'blueprint.stage_backstage'))
                        yield ':</span>\n'
                        yield escape(t_2(context, environment.getattr((undefined(name='stage') if l_1_stage is missing else l_1_stage), 'backstage'), cls='backstage'))
                        yield '\n</div>\n'
                    if (undefined(name='items') if l_3_items is missing else l_3_items):
                        pass
                        yield escape(t_2(context, (undefined(name='items') if l_3_items is missing else l_3_items), cls=markup_join(('bp-items bp-', l_3_key, ))))
                yield '</div>\n'
            l_3_key = l_3_kind = l_3_stage_backstage = l_3_items = missing
            yield '</div>\n'
        l_2_column = l_2_step = missing
        yield '</section>\n'
    l_1_view = l_1_stage = l_1_L = missing
    def t_7(fiter):
        for (l_1_key, l_1_kind) in fiter:
            if (l_1_kind == 'line'):
                yield (l_1_key, l_1_kind)
    for (l_1_key, l_1_kind) in t_7((undefined(name='rows') if l_0_rows is missing else l_0_rows)):
        l_1_L = resolve('L')
        _loop_vars = {}
        pass
        yield '<div class="bp-line '
        yield escape(l_1_key)
        yield '" role="separator" aria-label="'
        yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), ('blueprint.' + l_1_key)))
        yield '"><span class="bp-line-label">'
        yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), ('blueprint.' + l_1_key)))
        yield '</span></div>\n'
    l_1_key = l_1_kind = l_1_L = missing
    if environment.getattr((undefined(name='band') if l_0_band is missing else l_0_band), 'curve'):
        pass
        template = environment.get_template('curve.html.j2', 'blueprint-grid.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    yield '</div>\n'

blocks = {}
debug_info = '6=40&7=56&9=60&10=69&13=75&14=80&15=83&17=99&18=109&19=112&22=117&23=121&24=124&25=133&26=141&27=143&28=146&29=160&30=162&31=167&32=170&33=172&34=174&35=177&37=180&38=182&40=185&41=189&46=207&47=210&48=212&51=214&59=223&60=232&62=239&63=241'