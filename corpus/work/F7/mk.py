# helper: compute offsets for spans I decided by hand, sequentially
import json, sys
def build(docid, path, out, items):
    text = open('/work/shared/corpus/' + path, encoding='utf-8').read()
    pos = 0; spans = []; keymap = {}
    for it in items:
        if it[0] == '@':
            i = text.find(it[1], pos); assert i >= 0, it
            pos = i; continue
        if it[0] == '@>':
            i = text.find(it[1], pos); assert i >= 0, it
            pos = i + len(it[1]); continue
        key, label, s, value = it[:4]
        roles = it[4] if len(it) > 4 else None
        i = text.find(s, pos); assert i >= 0, (it, pos)
        if label == 'MONEY' and s.lstrip('-').replace('.','').replace(',','').isdigit():
            assert text[i-1] in ' \n\t' and (i+len(s) == len(text) or text[i+len(s)] in ' \n\t'), ('token', it, text[i-5:i+len(s)+5])
        sid = 's%d' % (len(spans) + 1); keymap[key] = sid
        sp = {'id': sid, 'start': i, 'end': i + len(s), 'label': label, 'text': s, 'value': value}
        if roles: sp['_roles'] = roles
        spans.append(sp); pos = i + len(s)
    for sp in spans:
        if '_roles' in sp:
            sp['roles'] = {k: keymap[v] for k, v in sp.pop('_roles').items()}
    json.dump({'id': docid, 'annotator': 'F7', 'spans': spans}, open('/work/main/' + out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    for sp in spans: print(sp['id'], sp['start'], sp['label'], repr(sp['text']), sp.get('roles', ''))
