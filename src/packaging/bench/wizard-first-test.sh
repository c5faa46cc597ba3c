#!/usr/bin/env bash
# The wizard's first "Test my connection" after launch, timed from pressing the button to the result (issue 16).
# Starts the installed launcher as the menu entry does (GDK_GL=disable, no arguments: the real wizard against
# pop.ocn.ne.jp:995 and smtp.ocn.ne.jp:465) under its own Xvfb, walks it with xdotool as a user would (welcome,
# eligibility with a 2010 date, the account), presses Start and waits for the result in the app's log.
# Prints "PRESS_TO_RESULT_MS TOTAL_MILLIS" (the second is the check's own figure from the log).
#
# Needs the servers and JVM properties that check-benchmark.sh sets up (it calls this with WIZARD=1):
#   BENCH_WORK, BENCH_JVM_PROPS, BENCH_ADDR, BENCH_PASS in the environment.
#   src/packaging/bench/wizard-first-test.sh APP [SCREENSHOT.png]
set -euo pipefail
app="$1"; shot="${2:-}"
if [ -z "${WIZARD_UNDER_XVFB:-}" ]; then
  exec env WIZARD_UNDER_XVFB=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
run="$(mktemp -d "$BENCH_WORK/wizard.XXXXXX")"
JAVA_TOOL_OPTIONS="$BENCH_JVM_PROPS" GDK_GL=disable XDG_DATA_HOME="$run/data" XDG_STATE_HOME="$run/state" \
  "$app/bin/ocn-mail-setup" --lang en >"$run/out.txt" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
shown=""
for _ in $(seq 300); do xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1 && { shown=1; break; }; sleep 0.1; done
[ -n "$shown" ] || { echo "wizard: no window in 30 s: $(head -c 400 "$run/out.txt")" >&2; exit 3; }
sleep 2
key() { xdotool key --clearmodifiers "$@"; sleep 1; }
key alt+m; key space; key alt+n                                              # welcome: mail software, Next
key alt+j; key space; key Tab                                                 # eligibility: joined; Tab to the date
xdotool type --delay 30 "2010/04/01"; sleep 0.5; key alt+n
xdotool type --delay 20 "$BENCH_ADDR"; key Tab                                # account (the address has the focus)
xdotool type --delay 20 "$BENCH_PASS"; sleep 0.5; key alt+n
sleep 1
log="$run/state/ocn-mail-setup/logs/ocn-mail-setup.log"
press=$(date +%s%3N)
xdotool key --clearmodifiers alt+s                                            # test page: Start
line=""
for _ in $(seq 600); do
  line="$(grep -m1 'Connection test \(passed\|failed\)' "$log" 2>/dev/null || true)"
  [ -n "$line" ] && break
  sleep 0.05
done
[ -n "$shot" ] && { sleep 0.5; import -window root "$shot" 2>/dev/null || true; }
case "$line" in
  *"Connection test passed"*) ;;
  *) failed="${TMPDIR:-/tmp}/wizard-first-test-failed.png"
     import -window root "$failed" 2>/dev/null || true
     echo "wizard: the first test did not pass: ${line:-no result in 30 s} (screen: $failed)" >&2; exit 1 ;;
esac
result=$(date -d "$(echo "$line" | cut -d' ' -f1)" +%s%3N)
echo "$((result - press)) $(echo "$line" | sed -n 's/.* in \([0-9]*\) ms.*/\1/p')"
