#!/usr/bin/env bash
# Start-up benchmark (issue 6), run by hand; see docs/performance.md "Start-up and size".
# In one run and on the bundled runtime of an app image or installed .deb, it times, RUNS times each,
# interleaved: the floor (FloorWindow, a one-label JavaFX window) and the app's --measure-startup, each with
# and without an AOT cache (the app's is the shipped one; the floor's is trained here the same way).
# Then it measures peak RSS (/usr/bin/time -v) and the sizes.
#
#   src/packaging/bench/startup.sh [APP_DIR] [RUNS]
#   APP_DIR: /opt/ocn-mail-setup (installed .deb) or target/installer/image/ocn-mail-setup (default)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$(cd "${1:-$here/../../../target/installer/image/ocn-mail-setup}" && pwd)"
runs="${2:-5}"
if [ -z "${DISPLAY:-}" ] && [ -z "${BENCH_UNDER_XVFB:-}" ]; then
  exec env BENCH_UNDER_XVFB=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$app" "$runs"
fi

java="$app/lib/runtime/bin/java"
appdir="$app/lib/app"
cfg="$(ls "$appdir"/*.cfg)"
cp="$(grep '^app.classpath=' "$cfg" | sed "s|^app.classpath=||; s|\$APPDIR|$appdir|" | paste -sd:)"
mapfile -t opts < <(grep '^java-options=' "$cfg" | sed 's|^java-options=||' | grep -v '^-XX:AOTCache=')
cache_opt="$(grep '^java-options=-XX:AOTCache=' "$cfg" | sed "s|^java-options=||; s|\$APPDIR|$appdir|")"
fxcp="$(ls "$appdir"/lib/javafx-*.jar | paste -sd:)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
home="$work/home"

javac_bin="$(command -v javac)"
"$javac_bin" --release 17 -nowarn -cp "$fxcp" -d "$work/floor" "$here/FloorWindow.java"
jar cf "$work/floor.jar" -C "$work/floor" .   # an AOT cache takes jars only, no class folders
floor_cp="$work/floor.jar:$fxcp"
"$java" "${opts[@]}" -XX:AOTCacheOutput="$work/floor.aot" -cp "$floor_cp" FloorWindow >/dev/null 2>&1

ms() { # prints the first-page-ms the program reports
  "$@" 2>/dev/null | sed -n 's/^first-page-ms //p' | tail -1
}
declare -A total
declare -A all
variants=(floor floor+cache app app+cache)
for ((i = 1; i <= runs; i++)); do
  for v in "${variants[@]}"; do
    case "$v" in
      floor) t=$(ms "$java" "${opts[@]}" -cp "$floor_cp" FloorWindow) ;;
      floor+cache) t=$(ms "$java" "${opts[@]}" -XX:AOTCache="$work/floor.aot" -cp "$floor_cp" FloorWindow) ;;
      app) t=$(ms "$java" "${opts[@]}" -Docnsetup.home="$home" -cp "$cp" io.github.ocnmailsetup.app.Launcher --measure-startup) ;;
      app+cache) t=$(ms "$java" "${opts[@]}" "$cache_opt" -Docnsetup.home="$home" -cp "$cp" io.github.ocnmailsetup.app.Launcher --measure-startup) ;;
    esac
    all[$v]="${all[$v]:-} $t"
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "runtime: $("$java" -version 2>&1 | sed -n 2p)"
echo "first page shown, ms from process start (median of $runs; all runs):"
for v in "${variants[@]}"; do
  total[$v]=$(echo "${all[$v]}" | median)
  printf '  %-12s %6s   (%s )\n' "$v" "${total[$v]}" "${all[$v]}"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "ratios: app+cache/floor+cache $(ratio "${total[app+cache]}" "${total[floor+cache]}")," \
  "app/floor $(ratio "${total[app]}" "${total[floor]}")," \
  "app+cache/floor $(ratio "${total[app+cache]}" "${total[floor]}")," \
  "app+cache/app $(ratio "${total[app+cache]}" "${total[app]}")"

rss() { env XDG_DATA_HOME="$work/xdg" XDG_STATE_HOME="$work/xdg" /usr/bin/time -v "$@" 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p'; }
echo "peak RSS, MB: app+cache to first page $(( $(rss "$app/bin/$(basename "$cfg" .cfg)" --measure-startup) / 1024 )), " \
  "self-check (TLS) $(( $(rss "$app/bin/$(basename "$cfg" .cfg)" --self-check) / 1024 )), " \
  "floor $(( $(rss "$java" "${opts[@]}" -cp "$floor_cp" FloorWindow) / 1024 ))"
echo "sizes: app image $(du -sm "$app" | cut -f1) MB (runtime $(du -sm "$app/lib/runtime" | cut -f1)," \
  "jars $(du -cm "$appdir"/*.jar "$appdir"/lib/*.jar | tail -1 | cut -f1), AOT cache $(du -m "$appdir"/*.aot 2>/dev/null | cut -f1))"
deb="$(ls "$here"/../../../target/*.deb 2>/dev/null | head -1 || true)"
[ -n "$deb" ] && echo "       .deb $(du -m "$deb" | cut -f1) MB ($(basename "$deb"))"
exit 0
