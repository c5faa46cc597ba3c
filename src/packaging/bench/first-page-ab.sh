#!/usr/bin/env bash
# The first page of two installed apps (or app images), each with the start-up cache it ships, interleaved:
# A, B, A, B, ... RUNS times each through their launchers with --measure-startup, as the menu entry starts them
# (GDK_GL=disable). Prints both medians and B/A. For two builds whose caches were trained differently
# (docs/performance.md, "The check in a fresh process").
#
#   src/packaging/bench/first-page-ab.sh A_APP B_APP [RUNS]
set -euo pipefail
a="$(cd "$1" && pwd)"; b="$(cd "$2" && pwd)"; runs="${3:-9}"
if [ -z "${DISPLAY:-}" ] && [ -z "${BENCH_UNDER_XVFB:-}" ]; then
  exec env BENCH_UNDER_XVFB=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$a" "$b" "$runs"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ms() { env GDK_GL=disable XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" "$1/bin/ocn-mail-setup" \
  --measure-startup 2>/dev/null | sed -n 's/^first-page-ms //p' | tail -1; }
declare -A all
for ((i = 1; i <= runs; i++)); do all[a]+=" $(ms "$a")"; all[b]+=" $(ms "$b")"; done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{x[NR]=$1} END {print x[int((NR+1)/2)]}'; }
ma="$(echo "${all[a]}" | median)"; mb="$(echo "${all[b]}" | median)"
echo "load: $(uptime | sed 's/.*load average: //')"
echo "A $a: median $ma ms  (${all[a]} )"
echo "B $b: median $mb ms  (${all[b]} )"
awk -v a="$ma" -v b="$mb" 'BEGIN {printf "B/A %.2f\n", b / a}'
