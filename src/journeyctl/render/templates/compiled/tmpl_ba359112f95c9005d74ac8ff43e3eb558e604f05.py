from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'curve.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_band = resolve('band')
    l_0_ids = resolve('ids')
    l_0_page = resolve('page')
    l_0_c = missing
    try:
        t_1 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_c = environment.getattr((undefined(name='band') if l_0_band is missing else l_0_band), 'curve')
    context.vars['c'] = l_0_c
    context.exported_vars.add('c')
    yield '<svg class="curve" width="100%" height="'
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'height'))
    yield '"'
    if (undefined(name='ids') if l_0_ids is missing else l_0_ids):
        pass
        yield ' role="img" aria-label="'
        yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'curve_label'))
        yield '"'
    else:
        pass
        yield ' aria-hidden="true"'
    yield ' style="grid-column: 2 / span '
    yield escape(environment.getattr((undefined(name='band') if l_0_band is missing else l_0_band), 'columns'))
    yield '">\n'
    for (l_1_value, l_1_y) in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'guides'):
        _loop_vars = {}
        pass
        yield '<line class="guide'
        if (l_1_value == 0):
            pass
            yield ' zero'
        yield '" x1="0" y1="'
        yield escape(l_1_y)
        yield '" x2="100%" y2="'
        yield escape(l_1_y)
        yield '"/>\n'
    l_1_value = l_1_y = missing
    if environment.getattr((undefined(name='band') if l_0_band is missing else l_0_band), 'was'):
        pass
        yield '<svg class="lines was" viewBox="0 0 '
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'width'))
        yield ' '
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'height'))
        yield '" width="100%" height="100%" preserveAspectRatio="none">\n'
        for l_1_s in environment.getattr(environment.getattr((undefined(name='band') if l_0_band is missing else l_0_band), 'was'), 'segments'):
            _loop_vars = {}
            pass
            yield '<path class="was-line" d="'
            yield escape(environment.getattr(l_1_s, 'd'))
            yield '"/>\n'
        l_1_s = missing
        yield '</svg>\n'
        for l_1_pt in environment.getattr(environment.getattr((undefined(name='band') if l_0_band is missing else l_0_band), 'was'), 'points'):
            l_1_L = resolve('L')
            l_1_emotion_label = resolve('emotion_label')
            _loop_vars = {}
            pass
            yield '<svg class="was-point" x="'
            yield escape(environment.getattr(l_1_pt, 'xp'))
            yield '" y="'
            yield escape(environment.getattr(l_1_pt, 'yp'))
            yield '" overflow="visible">\n<title>'
            yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'state.current'))
            yield ': '
            yield escape(environment.getattr(environment.getattr(l_1_pt, 'step'), 'action'))
            yield ': '
            yield escape(context.call((undefined(name='emotion_label') if l_1_emotion_label is missing else l_1_emotion_label), environment.getattr(l_1_pt, 'value'), _loop_vars=_loop_vars))
            yield ' ('
            yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), markup_join(('emotion.', environment.getattr(l_1_pt, 'value'), ))))
            yield ')</title>\n<circle r="4"/>\n</svg>\n'
        l_1_pt = l_1_L = l_1_emotion_label = missing
    yield '<svg class="lines" viewBox="0 0 '
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'width'))
    yield ' '
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'height'))
    yield '" width="100%" height="100%" preserveAspectRatio="none">\n'
    for l_1_s in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'segments'):
        _loop_vars = {}
        pass
        yield '<path class="'
        yield escape(environment.getattr(l_1_s, 'kind'))
        if environment.getattr(l_1_s, 'dim'):
            pass
            yield ' dim'
        yield '" d="'
        yield escape(environment.getattr(l_1_s, 'd'))
        yield '"/>\n'
    l_1_s = missing
    yield '</svg>\n'
    for l_1_pt in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'points'):
        l_1_L = resolve('L')
        l_1_step = missing
        _loop_vars = {}
        pass
        l_1_step = environment.getattr(l_1_pt, 'step')
        _loop_vars['step'] = l_1_step
        if t_1(environment.getattr(l_1_pt, 'value')):
            pass
            yield '<svg class="no-emotion" x="'
            yield escape(environment.getattr(l_1_pt, 'xp'))
            yield '" y="'
            yield escape(environment.getattr(l_1_pt, 'yp'))
            yield '" overflow="visible">\n<title>'
            yield escape(environment.getattr((undefined(name='step') if l_1_step is missing else l_1_step), 'action'))
            yield ': '
            yield escape(environment.getitem((undefined(name='L') if l_1_L is missing else l_1_L), 'no_emotion'))
            yield '</title>\n<circle r="9"/><text y="4.5" text-anchor="middle">?</text>\n</svg>\n'
        else:
            pass
            l_2_geometry = resolve('geometry')
            l_2_v = environment.getattr(l_1_pt, 'value')
            l_2_mark = environment.getitem(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'marks'), environment.getattr(l_1_pt, 'value'))
            pass
            yield '<svg class="marker '
            yield escape(environment.getattr(l_2_mark, 'cls'))
            if environment.getattr((undefined(name='step') if l_1_step is missing else l_1_step), 'moment_of_truth'):
                pass
                yield ' mot'
            if (not environment.getattr(l_1_pt, 'reachable')):
                pass
                yield ' dim'
            yield '" x="'
            yield escape(environment.getattr(l_1_pt, 'xp'))
            yield '" y="'
            yield escape(environment.getattr(l_1_pt, 'yp'))
            yield '" overflow="visible">\n<title>'
            yield escape(environment.getattr((undefined(name='step') if l_1_step is missing else l_1_step), 'action'))
            yield ': '
            yield escape(environment.getattr(l_2_mark, 'value'))
            yield ' ('
            yield escape(environment.getattr(l_2_mark, 'word'))
            yield ')'
            if environment.getattr((undefined(name='step') if l_1_step is missing else l_1_step), 'feeling'):
                pass
                yield ' — '
                yield escape(environment.getattr((undefined(name='step') if l_1_step is missing else l_1_step), 'feeling'))
            yield '</title>\n'
            if environment.getattr((undefined(name='step') if l_1_step is missing else l_1_step), 'moment_of_truth'):
                pass
                yield '<circle class="mot-ring" r="'
                yield escape(environment.getattr((undefined(name='geometry') if l_2_geometry is missing else l_2_geometry), 'RING'))
                yield '"/>\n'
            yield '<path class="shape" d="'
            yield escape(environment.getattr(l_2_mark, 'shape'))
            yield '"/>\n<g class="label '
            yield escape(('up' if ((l_2_v >= 0) != (environment.getattr((undefined(name='step') if l_1_step is missing else l_1_step), 'id') in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'flipped'))) else 'down'))
            yield '">\n<text x="-2" text-anchor="end">'
            yield escape(environment.getattr(l_2_mark, 'value'))
            yield '</text>\n<g class="face" transform="translate(9 -4.5)"><circle r="6.5"/><path d="'
            yield escape(environment.getattr(l_2_mark, 'face'))
            yield '"/></g>\n</g>\n</svg>\n'
            l_2_v = l_2_mark = l_2_geometry = missing
    l_1_pt = l_1_step = l_1_L = missing
    yield '</svg>\n'

blocks = {}
debug_info = '8=21&9=25&10=38&11=42&13=51&15=54&16=58&17=62&20=66&21=72&22=76&27=86&28=90&29=94&32=103&33=108&34=110&35=113&36=117&41=128&42=140&43=151&44=154&46=157&47=159&48=161&49=163'