import json,sys,glob
AFF={"MEMBER_OF","LEADS","HOLDS_ROLE","PART_OF","APPOINTED_BY"}
for f in sorted(glob.glob("*.json")):
    d=json.load(open(f))
    print("=====",f)
    print("ACTORS:", "; ".join(f"{a['id']}({a.get('kind','')[:3]})" for a in d["actors"]))
    iss={i["id"] for i in d.get("issues",[])}
    for r in d["relations"]:
        if r["type"] in AFF: continue
        m=r.get("mode","asserted")
        tag="" if m in("asserted","reported") else f"[{m}] "
        st="STANCE" if r["target"] in iss else "INTER"
        ev=r.get("evidence",[{}])[0].get("sentence","")
        print(f"  {tag}{st} {r['source']} -> {r['target']} {r['type']} {r['polarity']} mode={m} rule={r.get('rule')}\n      EV: {ev[:300]}")
