#!/usr/bin/env python3
"""validate.py FILE [--split S] [--ids cq-244..cq-251]: checks a new batch against eval/quotes/ANNOTATION.md
(fields, kinds, UTF-16 offsets that give each content, no overlaps, ids not used in the set yet)."""
import json, sys, collections
path = sys.argv[1]
args = sys.argv[2:]
split = args[args.index('--split') + 1] if '--split' in args else None
idrange = args[args.index('--ids') + 1] if '--ids' in args else None
import os
SET = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'coalition-quotes.jsonl')
existing = {json.loads(l)['id'] for l in open(SET, encoding='utf-8')}
errors = []; seen = set(); nq = 0; kinds = collections.Counter()
for n, line in enumerate(open(path, encoding='utf-8'), 1):
    if not line.strip(): continue
    try: r = json.loads(line)
    except Exception as e: errors.append(f'line {n}: not JSON: {e}'); continue
    for k in ('id', 'split', 'publisher', 'date', 'title', 'text', 'quotes', 'scare_quotes'):
        if k not in r: errors.append(f'line {n}: missing {k}')
    i = r.get('id', '?')
    if i in seen or i in existing: errors.append(f'{i}: id used already')
    seen.add(i)
    if idrange:
        lo, hi = (int(x.split('-')[1]) for x in idrange.split('..'))
        if not (lo <= int(i.split('-')[1]) <= hi): errors.append(f'{i}: outside {idrange}')
    if split and r.get('split') != split: errors.append(f'{i}: split {r.get("split")} not {split}')
    t = r.get('text', '')
    if not t.startswith(r.get('title', '\0')): errors.append(f'{i}: text does not start with the title')
    for q in r.get('quotes', []):
        nq += 1
        for k in ('speaker', 'speaker_role', 'content', 'start', 'end', 'type', 'speaker_kind', 'speaker_mention'):
            if k not in q: errors.append(f'{i}: quote missing {k}: {q}')
        b = t.encode('utf-16-le')  # offsets are UTF-16 code units, as C# strings count them
        if b[2*q.get('start', 0):2*q.get('end', 0)].decode('utf-16-le', 'replace') != q.get('content'):
            errors.append(f'{i}: offsets {q.get("start")}-{q.get("end")} give {t[q.get("start",0):q.get("end",0)][:40]!r} not {q.get("content","")[:40]!r}')
        if q.get('type') not in ('direct', 'mixed', 'indirect'): errors.append(f'{i}: type {q.get("type")}')
        if q.get('speaker_kind') not in ('nominal', 'personal_pronoun', 'institution', 'unnamed'): errors.append(f'{i}: speaker_kind {q.get("speaker_kind")}')
        if not q.get('speaker'): errors.append(f'{i}: empty speaker')
        kinds[q.get('type')] += 1
    for s in r.get('scare_quotes', []):
        if t.encode('utf-16-le')[2*s.get('start', 0):2*s.get('end', 0)].decode('utf-16-le', 'replace') != s.get('content'): errors.append(f'{i}: scare quote offsets wrong: {s}')
    spans = sorted((q['start'], q['end']) for q in r.get('quotes', []) if 'start' in q)
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]: errors.append(f'{i}: quotes overlap {a} {b}')
print('\n'.join(errors) if errors else 'OK', f'\narticles {len(seen)}, quotes {nq}, {dict(kinds)}')
sys.exit(1 if errors else 0)
