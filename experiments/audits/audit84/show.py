import json,sys
AFF={'MEMBER_OF','LEADS','HOLDS_ROLE','PART_OF','APPOINTED_BY'}
for s in sys.argv[1:]:
    d=json.load(open(s+'.json'))
    print('=====',s)
    print('ACTORS:', '; '.join(f"{a['id']}({a['kind'][0]})" for a in d['actors']))
    print('ISSUES:', [i['id'] for i in d.get('issues',[])])
    for r in d['relations']:
        if r['type'] in AFF: continue
        m=r.get('mode','asserted')
        flag='' if m in ('asserted','reported') else '   [SKIP '+m+']'
        print(f"- {r['source']} -> {r['target']} {r['type']} {r['polarity']} {m} rule={r.get('rule')}{flag}")
        for e in r.get('evidence',[]):
            print('     |', e.get('sentence','')[:300])
