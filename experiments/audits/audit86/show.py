import json,sys
AFF={"MEMBER_OF","LEADS","HOLDS_ROLE","PART_OF","APPOINTED_BY"}
for s in sys.argv[1:]:
    d=json.load(open(s+".json"))
    print("=====",s)
    print("ACTORS:", "; ".join(f"{a['id']}({a['kind']})" for a in d["actors"]))
    iss={i["id"] for i in d.get("issues",[])}
    print("ISSUES:", sorted(iss))
    n=0
    for r in d["relations"]:
        if r["type"] in AFF: continue
        mode=r.get("mode","asserted")
        n+=1
        ev=r["evidence"][0]["sentence"] if r.get("evidence") else ""
        tag="STANCE" if r["target"] in iss else "INTER"
        print(f"[{n}] {tag} {r['source']} -> {r['target']} {r['type']} {r['polarity']} mode={mode} rule={r.get('rule')}\n      EV: {ev[:300]}")
