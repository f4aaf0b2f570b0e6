import json,sys,glob
AFF={"MEMBER_OF","LEADS","HOLDS_ROLE","PART_OF","APPOINTED_BY"}
for f in sorted(glob.glob("*.json")):
    d=json.load(open(f))
    print("=====",f)
    print("ACTORS:", "; ".join(f"{a['id']}({a['kind'][0]}) {a.get('aliases',[])}" for a in d["actors"]))
    print("ISSUES:", [i['id'] for i in d.get("issues",[])])
    for r in d["relations"]:
        if r["type"] in AFF: continue
        m=r.get("mode","asserted")
        ev=r.get("evidence",[{}])[0].get("sentence","")
        print(f"  [{m}] {r['source']} -> {r['target']} {r['type']} {r['polarity']} rule={r.get('rule')} | {ev[:200]}")
