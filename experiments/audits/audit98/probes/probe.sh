#!/bin/bash
# usage: probe.sh name "text"
d=/work/main/experiments/audits/audit98/probes
printf '%s\n' "$2" > $d/$1.txt
cd /tmp/gk/s31/wt0 && PYTHONPATH=/tmp/gk/s31/wt0 /work/main/.venv/bin/python -m graphkit.cli extract --no-encoder --format json $d/$1.txt > $d/$1.json 2>/dev/null
/work/main/.venv/bin/python /tmp/gk_show98.py $d/$1.json
