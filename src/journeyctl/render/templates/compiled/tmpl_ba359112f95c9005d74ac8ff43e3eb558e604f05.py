from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'curve.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_curve_svg = missing
    try:
        t_1 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_band, l_1_described):
        t_2 = []
        l_1_page = resolve('page')
        l_1_c = missing
        if l_1_band is missing:
            l_1_band = undefined("parameter 'band' was not provided", name='band')
        if l_1_described is missing:
            l_1_described = undefined("parameter 'described' was not provided", name='described')
        pass
        l_1_c = environment.getattr(l_1_band, 'curve')
        t_2.extend((
            '<svg class="curve" width="100%" height="',
            escape(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'height')),
            '"',
        ))
        if l_1_described:
            pass
            t_2.extend((
                ' role="img" aria-label="',
                escape(environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'curve_label')),
                '"',
            ))
        else:
            pass
            t_2.append(
                ' aria-hidden="true"',
            )
        t_2.extend((
            ' style="grid-column: 2 / span ',
            escape(environment.getattr(l_1_band, 'columns')),
            '">\n',
        ))
        for (l_2_value, l_2_y) in environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'guides'):
            _loop_vars = {}
            pass
            t_2.append(
                '<line class="guide',
            )
            if (l_2_value == 0):
                pass
                t_2.append(
                    ' zero',
                )
            t_2.extend((
                '" x1="0" y1="',
                escape(l_2_y),
                '" x2="100%" y2="',
                escape(l_2_y),
                '"/>\n',
            ))
        l_2_value = l_2_y = missing
        if environment.getattr(l_1_band, 'was'):
            pass
            t_2.extend((
                '<svg class="lines was" viewBox="0 0 ',
                escape(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'width')),
                ' ',
                escape(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'height')),
                '" width="100%" height="100%" preserveAspectRatio="none">\n',
            ))
            for l_2_s in environment.getattr(environment.getattr(l_1_band, 'was'), 'segments'):
                _loop_vars = {}
                pass
                t_2.extend((
                    '<path class="was-line" d="',
                    escape(environment.getattr(l_2_s, 'd')),
                    '"/>\n',
                ))
            l_2_s = missing
            t_2.append(
                '</svg>\n',
            )
            for l_2_pt in environment.getattr(environment.getattr(l_1_band, 'was'), 'points'):
                l_2_L = resolve('L')
                l_2_emotion_label = resolve('emotion_label')
                _loop_vars = {}
                pass
                t_2.extend((
                    '<svg class="was-point" x="',
                    escape(environment.getattr(l_2_pt, 'xp')),
                    '" y="',
                    escape(environment.getattr(l_2_pt, 'yp')),
                    '" overflow="visible">\n<title>',
                    escape(environment.getitem((undefined(name='L') if l_2_L is missing else l_2_L), 'state.current')),
                    ': ',
                    escape(environment.getattr(environment.getattr(l_2_pt, 'step'), 'action')),
                    ': ',
                    escape(context.call((undefined(name='emotion_label') if l_2_emotion_label is missing else l_2_emotion_label), environment.getattr(l_2_pt, 'value'), _loop_vars=_loop_vars)),
                    ' (',
                    escape(environment.getitem((undefined(name='L') if l_2_L is missing else l_2_L), markup_join(('emotion.', environment.getattr(l_2_pt, 'value'), )))),
                    ')</title>\n<circle r="4"/>\n</svg>\n',
                ))
            l_2_pt = l_2_L = l_2_emotion_label = missing
        t_2.extend((
            '<svg class="lines" viewBox="0 0 ',
            escape(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'width')),
            ' ',
            escape(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'height')),
            '" width="100%" height="100%" preserveAspectRatio="none">\n',
        ))
        for l_2_s in environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'segments'):
            _loop_vars = {}
            pass
            t_2.extend((
                '<path class="',
                escape(environment.getattr(l_2_s, 'kind')),
            ))
            if environment.getattr(l_2_s, 'dim'):
                pass
                t_2.append(
                    ' dim',
                )
            t_2.extend((
                '" d="',
                escape(environment.getattr(l_2_s, 'd')),
                '"/>\n',
            ))
        l_2_s = missing
        t_2.append(
            '</svg>\n',
        )
        for l_2_pt in environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'points'):
            l_2_L = resolve('L')
            l_2_step = missing
            _loop_vars = {}
            pass
            l_2_step = environment.getattr(l_2_pt, 'step')
            _loop_vars['step'] = l_2_step
            if t_1(environment.getattr(l_2_pt, 'value')):
                pass
                t_2.extend((
                    '<svg class="no-emotion" x="',
                    escape(environment.getattr(l_2_pt, 'xp')),
                    '" y="',
                    escape(environment.getattr(l_2_pt, 'yp')),
                    '" overflow="visible">\n<title>',
                    escape(environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'action')),
                    ': ',
                    escape(environment.getitem((undefined(name='L') if l_2_L is missing else l_2_L), 'no_emotion')),
                    '</title>\n<circle r="9"/><text y="4.5" text-anchor="middle">?</text>\n</svg>\n',
                ))
            else:
                pass
                l_3_geometry = resolve('geometry')
                l_3_v = environment.getattr(l_2_pt, 'value')
                l_3_mark = environment.getitem(environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'marks'), environment.getattr(l_2_pt, 'value'))
                pass
                t_2.extend((
                    '<svg class="marker ',
                    escape(environment.getattr(l_3_mark, 'cls')),
                ))
                if environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'moment_of_truth'):
                    pass
                    t_2.append(
                        ' mot',
                    )
                if (not environment.getattr(l_2_pt, 'reachable')):
                    pass
                    t_2.append(
                        ' dim',
                    )
                t_2.extend((
                    '" x="',
                    escape(environment.getattr(l_2_pt, 'xp')),
                    '" y="',
                    escape(environment.getattr(l_2_pt, 'yp')),
                    '" overflow="visible">\n<title>',
                    escape(environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'action')),
                    ': ',
                    escape(environment.getattr(l_3_mark, 'value')),
                    ' (',
                    escape(environment.getattr(l_3_mark, 'word')),
                    ')',
                ))
                if environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'feeling'):
                    pass
                    t_2.extend((
                        ' — ',
                        escape(environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'feeling')),
                    ))
                t_2.append(
                    '</title>\n',
                )
                if environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'moment_of_truth'):
                    pass
                    t_2.extend((
                        '<circle class="mot-ring" r="',
                        escape(environment.getattr((undefined(name='geometry') if l_3_geometry is missing else l_3_geometry), 'RING')),
                        '"/>\n',
                    ))
                t_2.extend((
                    '<path class="shape" d="',
                    escape(environment.getattr(l_3_mark, 'shape')),
                    '"/>\n<g class="label ',
                    escape(('up' if ((l_3_v >= 0) != (environment.getattr((undefined(name='step') if l_2_step is missing else l_2_step), 'id') in environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'flipped'))) else 'down')),
                    '">\n<text x="-2" text-anchor="end">',
                    escape(environment.getattr(l_3_mark, 'value')),
                    '</text>\n<g class="face" transform="translate(9 -4.5)"><circle r="6.5"/><path d="',
                    escape(environment.getattr(l_3_mark, 'face')),
                    '"/></g>\n</g>\n</svg>\n',
                ))
                l_3_v = l_3_mark = l_3_geometry = missing
        l_2_pt = l_2_step = l_2_L = missing
        t_2.append(
            '</svg>',
        )
        return concat(t_2)
    context.exported_vars.add('curve_svg')
    context.vars['curve_svg'] = l_0_curve_svg = Macro(environment, macro, 'curve_svg', ('band', 'described'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '4=18&5=27&6=30&7=50&8=56&10=69&12=73&13=78&14=83&17=90&18=97&19=101&24=113&25=118&26=123&29=139&30=144&31=146&32=150&33=154&38=167&39=185&40=201&41=205&43=210&44=212&45=214&46=216'