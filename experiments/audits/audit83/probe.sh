#!/bin/bash
# usage: probe.sh "text"
cd /work/main && printf '%s\n' "$1" | .venv/bin/graphkit extract --no-encoder --format json - 2>/dev/null | python3 -c "
import json,sys
d=json.load(sys.stdin)
A={'MEMBER_OF','LEADS','HOLDS_ROLE','PART_OF','APPOINTED_BY'}
print('  actors:',[a['id'] for a in d['actors']])
for r in d['relations']:
    if r['type'] in A: continue
    print('  ',r.get('mode'),r['source'],'->',r['target'],r['type'],r['polarity'],r.get('rule'))
"
