#!/usr/bin/env bash
# Peak RSS from launch through the demo wizard and a passed connection check (issue 6's memory target).
# Starts the launcher with --demo under Xvfb, drives it with xdotool (welcome -> eligibility -> account ->
# test -> Start), waits for the check, closes the window, and prints /usr/bin/time -v's peak RSS in MB.
# A screenshot of the test page is kept in OUT (default /tmp/demo-rss) to show that the check passed, and
# pmap.txt, the app's memory map at the end.
#
#   src/packaging/bench/demo-rss.sh LAUNCHER [OUT]
#   LAUNCHER: /opt/ocn-mail-setup/bin/ocn-mail-setup or target/installer/image/ocn-mail-setup/bin/ocn-mail-setup
set -euo pipefail
launcher="$1"; out="${2:-/tmp/demo-rss}"
if [ -z "${DEMO_UNDER_XVFB:-}" ]; then
  exec env DEMO_UNDER_XVFB=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$launcher" "$out"
fi
rm -rf "$out"; mkdir -p "$out"
env XDG_DATA_HOME="$out/xdg" XDG_STATE_HOME="$out/xdg" \
  /usr/bin/time -v "$launcher" --demo --lang en >"$out/app.log" 2>"$out/time.txt" &
pid=$!
for _ in $(seq 60); do xdotool search --name "OCN" >/dev/null 2>&1 && break; sleep 1; done
sleep 3
shot() { import -window root "$out/$1.png" 2>/dev/null || true; }
key() { xdotool key --clearmodifiers "$@"; sleep 1.5; }
key alt+m; key space; key alt+n                      # welcome: mail software, Next
key alt+j; key space; key Tab; xdotool type --delay 50 "2010/04/01"; sleep 1; key alt+n   # eligibility: Tab to the date
shot 2-account
xdotool type --delay 30 "taro@demo.ocn.ne.jp"; key Tab   # the address field has the focus
xdotool type --delay 30 "ocn-demo-2010"; sleep 1; key alt+n                      # account
shot 3-test
key alt+s                                            # test: Start
sleep 25
import -window root "$out/test-page.png" 2>/dev/null || true
grep -q 'Connection test passed' "$out/xdg/ocn-mail-setup/logs/ocn-mail-setup.log" 2>/dev/null \
  || echo "demo-rss: the demo check did not pass (see $out/test-page.png)" >&2
app_pid="$(pgrep -P "$pid" || true)"   # the launcher under /usr/bin/time
[ -n "$app_pid" ] && pmap -x "$app_pid" >"$out/pmap.txt" 2>/dev/null || true   # what the resident set holds
[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
echo "peak RSS MB: $(( $(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time.txt") / 1024 ))"
