#!/usr/bin/env bash
# Two or more installed apps' `check` side by side, interleaved, against the same real Dovecot + Postfix as
# check-benchmark.sh (docs/performance.md, "Second round: the whole command"): median wall time, processor time
# (user + system, from /usr/bin/time, 10 ms steps) and the check's own totalMillis per app. No curl: for "this
# change alone" comparisons; check-benchmark.sh gives the ratios to curl. Run by hand as root on Debian, not a test.
#
#   src/packaging/bench/check-ab.sh ROUNDS APP_DIR APP_DIR...
#   e.g. nice -n -15 src/packaging/bench/check-ab.sh 15 /tmp/old/opt/ocn-mail-setup /tmp/new/opt/ocn-mail-setup
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rounds="$1"; shift
ADDR=taro@abc.ocn.ne.jp
PASS=ocnpass1
work="$(mktemp -d)"
. "$here/bench-servers.sh"
trap 'stop_dovecot_postfix; rm -rf "$work"' EXIT
start_bench_servers "$work" "$ADDR" "$PASS" 995 465
export JAVA_TOOL_OPTIONS="$BENCH_JVM_PROPS"
export XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data"
declare -A wall cpu total
for ((i = 0; i <= rounds; i++)); do   # round 0 fills the page cache and is not counted
  for app in "$@"; do
    /usr/bin/time -f "%e %U %S" -o "$work/time" sh -c "printf '%s\n' '$PASS' | '$app/bin/ocn-mail-setup' check \
      --email '$ADDR' --password-stdin --json --lang en > '$work/out.json' 2>/dev/null" || true
    grep -q '"ok":true' "$work/out.json" || { echo "The check of $app did not pass" >&2; cat "$work/out.json" >&2; exit 1; }
    [ "$i" = 0 ] && continue
    read -r e u s < <(tail -1 "$work/time")
    wall[$app]+=" $(awk -v e="$e" 'BEGIN {print int(e * 1000 + 0.5)}')"
    cpu[$app]+=" $(awk -v u="$u" -v s="$s" 'BEGIN {print int((u + s) * 1000 + 0.5)}')"
    total[$app]+=" $(sed -n 's/.*"totalMillis":\([0-9]*\).*/\1/p' "$work/out.json")"
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "rounds: $rounds   load: $(uptime | sed 's/.*load average: //')"
for app in "$@"; do
  printf '%s\n  wall %s ms, processor %s ms, totalMillis %s ms\n' "$app" "$(echo "${wall[$app]}" | median)" \
    "$(echo "${cpu[$app]}" | median)" "$(echo "${total[$app]}" | median)"
done
