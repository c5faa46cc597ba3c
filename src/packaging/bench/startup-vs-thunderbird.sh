#!/usr/bin/env bash
# Start-up beside Thunderbird (issue 16; docs/performance.md, "Beside Thunderbird"): the installed app as its menu
# entry starts it (GDK_GL=disable, no arguments) and Thunderbird with a new profile (its first start, which opens
# the account set-up), RUNS launches each, interleaved, under one Xvfb. For each launch:
#   window   ms from launch until a window of the process is visible (xdotool search --onlyvisible --pid)
#   painted  ms from launch until its content is painted: screenshots of that window (xwd) are taken as fast as
#            they come for OBSERVE seconds; the first one with at least 90 % of the most colours any of them shows
#            counts (an empty window or a blank page has a handful of colours, rendered text and images hundreds;
#            every 8th frame is counted, then each frame before the first of those that reaches 90 %)
# Prints all launches, the medians and app/Thunderbird ratios.
#
#   src/packaging/bench/startup-vs-thunderbird.sh [APP] [RUNS]
#   APP: the installed app folder (default /opt/ocn-mail-setup; or a .deb unpacked with dpkg-deb -x)
#   APP2 (environment): a second app folder in the same interleaving, e.g. the build before a change
# Needs thunderbird (Debian's package), xvfb, xdotool, x11-apps (xwd) and imagemagick (convert).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$(cd "${1:-/opt/ocn-mail-setup}" && pwd)"
runs="${2:-5}"
if [ -z "${DISPLAY:-}" ] && [ -z "${BENCH_UNDER_XVFB:-}" ]; then
  exec env BENCH_UNDER_XVFB=1 APP2="${APP2:-}" xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$app" "$runs"
fi
work="$(mktemp -d /dev/shm/startup-vs-tb.XXXXXX 2>/dev/null || mktemp -d)"
trap 'rm -rf "$work"' EXIT
now_ms() { date +%s%3N; }

# Launches one program (the rest of the arguments) and prints "WINDOW_MS PAINTED_MS".
launch() { # observe-seconds command...
  local observe_ms=$(($1 * 1000)); shift
  local frames="$work/frames" t0 pid wid="" visible f t count max=0 painted=""
  rm -rf "$frames"; mkdir -p "$frames"
  t0=$(now_ms)
  "$@" >"$work/out.txt" 2>&1 &
  pid=$!
  while [ $(( $(now_ms) - t0 )) -lt 60000 ] && kill -0 "$pid" 2>/dev/null; do
    wid="$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1 || true)"
    [ -n "$wid" ] && break
    sleep 0.01
  done
  visible=$(now_ms)
  if [ -z "$wid" ]; then
    echo "no visible window of $* (pid $pid):" >&2; cat "$work/out.txt" >&2; kill "$pid" 2>/dev/null; exit 1
  fi
  while [ $(( $(now_ms) - visible )) -lt "$observe_ms" ]; do
    t=$(now_ms)
    xwd -silent -id "$wid" > "$frames/$t.xwd" 2>/dev/null || rm -f "$frames/$t.xwd"
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # Colours of every 8th frame and the last, then of each frame before the first sampled one that reaches 90 %.
  local all=($(ls "$frames" | sort -n)) n i first=-1
  colours() { convert "xwd:$frames/${all[$1]}" -format %k info: 2>/dev/null || echo 0; }
  declare -A cnt
  n=${#all[@]}
  for ((i = 0; i < n; i += 8)); do cnt[$i]=$(colours $i); done
  cnt[$((n - 1))]=$(colours $((n - 1)))
  max=$(printf '%s\n' "${cnt[@]}" | sort -n | tail -1)
  for ((i = 0; i < n; i += 8)); do
    [ "${cnt[$i]}" -ge $((max * 9 / 10)) ] && { first=$i; break; }
  done
  [ "$first" -ge 0 ] || first=$((n - 1))
  for ((i = (first > 7 ? first - 7 : 0); i < first; i++)); do
    [ "$(colours $i)" -ge $((max * 9 / 10)) ] && { first=$i; break; }
  done
  painted="${all[$first]%.xwd}"
  echo "$((visible - t0)) $((painted - t0))"
}

run_app() { # app folder
  exec env GDK_GL=disable XDG_DATA_HOME="$work/home/data" XDG_STATE_HOME="$work/home/state" \
    "$1/bin/ocn-mail-setup"
}
run_thunderbird() {
  rm -rf "$work/tb"; mkdir -p "$work/tb/profile"
  HOME="$work/tb" exec thunderbird --profile "$work/tb/profile" --no-remote
}

declare -A window painted
variants=(app tb); [ -n "${APP2:-}" ] && variants=(app app2 tb)
for ((i = 1; i <= runs; i++)); do
  for v in "${variants[@]}"; do
    rm -rf "$work/home"
    case "$v" in
      app) launch 5 run_app "$app" > "$work/r" ;;
      app2) launch 5 run_app "$APP2" > "$work/r" ;;
      tb) launch 15 run_thunderbird > "$work/r" ;;
    esac
    read -r w p < "$work/r"; window[$v]+=" $w"; painted[$v]+=" $p"
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "load: $(uptime | sed 's/.*load average: //')   $(thunderbird --version 2>/dev/null)"
for v in "${variants[@]}"; do
  printf '  %-12s window %5s ms (%s )   painted %5s ms (%s )\n' "$v" \
    "$(echo "${window[$v]}" | median)" "${window[$v]}" "$(echo "${painted[$v]}" | median)" "${painted[$v]}"
done
for v in "${variants[@]}"; do
  [ "$v" = tb ] && continue
  echo "  $v/Thunderbird: window $(ratio "$(echo "${window[$v]}" | median)" "$(echo "${window[tb]}" | median)")," \
    "painted $(ratio "$(echo "${painted[$v]}" | median)" "$(echo "${painted[tb]}" | median)")"
done
