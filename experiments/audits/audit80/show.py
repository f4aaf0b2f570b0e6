import json,sys,glob,os
AFF={'MEMBER_OF','LEADS','HOLDS_ROLE','PART_OF','APPOINTED_BY'}
for f in sorted(glob.glob('/work/main/experiments/audits/audit80/*.json')):
    d=json.load(open(f))
    print('=====',os.path.basename(f))
    print('ACTORS:', '; '.join(f"{a['id']}({a.get('kind')})" for a in d['actors']))
    print('ISSUES:', [i['id'] for i in d.get('issues',[])])
    for r in d['relations']:
        if r['type'] in AFF: continue
        m=r.get('mode','asserted')
        ev=r['evidence'][0]['sentence'] if r.get('evidence') else ''
        print(f"  [{m}] {r['source']} -> {r['target']} {r['type']} {r['polarity']} rule={r.get('rule')}\n      EV: {ev[:300]}")
