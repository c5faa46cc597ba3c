#!/usr/bin/env bash
# A/B start-up benchmark for one change (docs/performance.md, "What each change gave"): two builds of the app's
# main jar on the same bundled runtime, each with an AOT cache trained here the way the installer trains it,
# timed interleaved (A, B, A, B, ...) RUNS times each with --measure-startup. Prints both medians and B/A.
#
#   src/packaging/bench/startup-ab.sh A.jar B.jar [RUNS] [APP_DIR]
#   A.jar, B.jar: target/ocn-mail-setup.jar from two commits (copy each away after `./mvnw -q package -DskipTests`)
#   APP_DIR: the app image or installed .deb whose runtime, dependency jars and options are used
#            (default target/installer/image/ocn-mail-setup; build it with ./mvnw -Pinstaller -DskipTests package)
# Set GDK_GL=disable to time what the menu entry starts (decisions/0011-rendering-pipeline.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar_a="$(realpath "$1")"; jar_b="$(realpath "$2")"; runs="${3:-7}"
app="$(cd "${4:-$here/../../../target/installer/image/ocn-mail-setup}" && pwd)"
if [ -z "${DISPLAY:-}" ] && [ -z "${BENCH_UNDER_XVFB:-}" ]; then
  exec env BENCH_UNDER_XVFB=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$jar_a" "$jar_b" "$runs" "$app"
fi
java="$app/lib/runtime/bin/java"
appdir="$app/lib/app"
cfg="$(ls "$appdir"/*.cfg)"
cp_of() { grep '^app.classpath=' "$cfg" | sed "s|^app.classpath=||; s|\$APPDIR|$appdir|" \
  | sed "s|^$appdir/ocn-mail-setup.jar\$|$1|" | paste -sd:; }
mapfile -t opts < <(grep '^java-options=' "$cfg" | sed 's|^java-options=||' | grep -v '^-XX:AOTCache=')
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$jar_a" "$work/a.jar"; cp "$jar_b" "$work/b.jar"   # the caches check the jars' times: keep them still
run() { # variant, extra options...
  local v="$1"; shift
  "$java" "${opts[@]}" "$@" -Docnsetup.home="$work/home" -cp "$(cp_of "$work/$v.jar")" \
    io.github.ocnmailsetup.app.Launcher --measure-startup 2>/dev/null | sed -n 's/^first-page-ms //p' | tail -1
}
for v in a b; do run "$v" -XX:AOTCacheOutput="$work/$v.aot" >/dev/null; done
declare -A all
for ((i = 1; i <= runs; i++)); do
  for v in a b; do all[$v]="${all[$v]:-} $(run "$v" -XX:AOTCache="$work/$v.aot")"; done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ma="$(echo "${all[a]}" | median)"; mb="$(echo "${all[b]}" | median)"
echo "A $(basename "$jar_a"): median $ma ms  (${all[a]} )"
echo "B $(basename "$jar_b"): median $mb ms  (${all[b]} )"
awk -v a="$ma" -v b="$mb" 'BEGIN {printf "B/A %.2f\n", b / a}'
