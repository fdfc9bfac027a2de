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
    l_0_p = missing
    try:
        t_1 = environment.filters['ltr_numbers']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ltr_numbers' found.")
    try:
        t_2 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    l_0_p = (undefined(name='page') if l_0_page is missing else l_0_page)
    context.vars['p'] = l_0_p
    context.exported_vars.add('p')
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
    yield escape(t_1(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'title')))
    yield '</title>\n<style>\n'
    yield escape(t_2((undefined(name='css') if l_0_css is missing else l_0_css)))
    yield '\n</style>\n<style media="print">\n'
    yield escape(t_2(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'print_css')))
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
        yield escape(t_1(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'owner')))
        yield '</bdi></span>\n'
    yield '</p>\n<h1 dir="auto">'
    yield escape(t_1(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'title')))
    yield '</h1>\n'
    if environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'description'):
        pass
        yield '<p dir="auto" class="description">'
        yield escape(t_1(context, environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'description')))
        yield '</p>\n'
    yield '<p class="persona-line"><strong>'
    yield escape(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'persona'))
    yield ':</strong> <bdi>'
    yield escape(t_1(context, environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'name')))
    yield '</bdi>'
    if environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'role'):
        pass
        yield ' — <bdi>'
        yield escape(t_1(context, environment.getattr(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'persona'), 'role')))
        yield '</bdi>'
    yield '</p>\n</div>\n</header>\n\n<div class="scroller screen-map" role="region" aria-label="'
    yield escape(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), 'blueprint.title'))
    yield ': '
    yield escape(environment.getattr((undefined(name='j') if l_0_j is missing else l_0_j), 'title'))
    yield '" tabindex="0">\n'
    l_1_band = environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'band')
    l_1_ids = True
    pass
    template = environment.get_template('blueprint-grid.html.j2', 'blueprint.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'band': l_1_band, 'ids': l_1_ids, 'p': l_0_p}))
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
            template = environment.get_template('blueprint-grid.html.j2', 'blueprint.html.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'ids': l_2_ids, 'band': l_1_band, 'p': l_0_p}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            l_2_ids = missing
            yield '</div>\n'
        l_1_band = missing
        yield '</div>\n'
    yield '</body>\n</html>\n'

blocks = {}
debug_info = '6=28&8=32&15=43&17=47&20=49&23=51&27=53&28=57&29=59&30=62&32=68&33=71&36=76&37=78&38=81&40=84&44=94&45=101&47=109&49=112&51=118'