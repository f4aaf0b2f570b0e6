import json,sys,glob,os
AFF={"MEMBER_OF","LEADS","HOLDS_ROLE","PART_OF","APPOINTED_BY"}
for f in sorted(glob.glob('/work/main/experiments/audits/audit99/*.json')):
    d=json.load(open(f))
    print("=====",os.path.basename(f))
    print("ACTORS:", "; ".join(f"{a['id']}({a.get('kind','')[:3]}:{a['name']})" for a in d['actors']))
    iss={i['id'] for i in d.get('issues',[])}
    print("ISSUES:", [ (i['id'],i.get('name')) for i in d.get('issues',[])])
    for r in d['relations']:
        if r['type'] in AFF: continue
        m=r.get('mode','asserted')
        tag='STANCE' if r['target'] in iss else 'INT'
        ev=r['evidence'][0]['sentence'] if r.get('evidence') else ''
        print(f" [{m}] {tag} {r['source']} -> {r['target']} {r['type']} {r['polarity']} rule={r.get('rule')} | {ev[:250]}")
