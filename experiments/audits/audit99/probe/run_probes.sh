#!/bin/bash
# Each probe line -> a one-sentence doc (with a dummy headline) run through the rules-only extractor.
D=/work/main/experiments/audits/audit99/probe
cd /tmp/gk/s31/wt1
while IFS=$'\t' read -r id text; do
  printf 'Headline\n%s\n' "$text" > $D/$id.txt
  PYTHONPATH=/tmp/gk/s31/wt1 /work/main/.venv/bin/python -m graphkit.cli extract --no-encoder --format json $D/$id.txt > $D/$id.json 2>/dev/null
done < $D/probes.txt
/work/main/.venv/bin/python - "$D" <<'PY'
import json,sys,os
D=sys.argv[1]
AFF={"MEMBER_OF","LEADS","HOLDS_ROLE","PART_OF","APPOINTED_BY"}
for line in open(os.path.join(D,'probes.txt')):
    pid,text=line.rstrip('\n').split('\t',1)
    d=json.load(open(os.path.join(D,pid+'.json')))
    rels=[f"[{r.get('mode')}] {r['source']}->{r['target']} {r['type']} {r['polarity']} ({r.get('rule')})" for r in d['relations'] if r['type'] not in AFF]
    print(f"{pid}: actors={[a['id'] for a in d['actors']]}\n     rels={rels or 'NONE'}")
PY
