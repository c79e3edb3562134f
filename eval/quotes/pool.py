#!/usr/bin/env python3
"""pool.py OUT SPLIT[,SPLIT...]: a copy of coalition-quotes.jsonl with the named splits renamed to "pooled", so that
`newsbot eval quotes OUT --split pooled` scores them as one set (how docs/evaluation.md's pooled figures are made).
Held-out parts are scored as aggregates only: never read their articles or their misses."""
import json, os, sys

if len(sys.argv) != 3:
    sys.exit(__doc__)
out, names = sys.argv[1], set(sys.argv[2].split(','))
source = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'coalition-quotes.jsonl')
pooled = 0
with open(source, encoding='utf-8') as lines, open(out, 'w', encoding='utf-8') as written:
    for line in lines:
        record = json.loads(line)
        if record.get('split') in names:
            record['split'] = 'pooled'
            pooled += 1
        written.write(json.dumps(record, ensure_ascii=False) + '\n')
if pooled == 0:
    sys.exit(f'no article is in {sorted(names)}')
print(f'{pooled} articles pooled into {out}')
