#!/usr/bin/env bash
# The connection check in a fresh process against real mail server software, beside curl (issue 16; see
# docs/performance.md, "The check in a fresh process"). Run by hand as root on Debian, not a test.
#
# It starts Dovecot (POP3S) and Postfix (SMTPS, SASL through Dovecot) on 127.0.0.1 at OCN's own ports 995 and 465
# with a throw-away certificate for pop.ocn.ne.jp and smtp.ocn.ne.jp, and points the JVM's name look-ups there
# (jdk.net.hosts.file) and its trust at that certificate (javax.net.ssl.trustStore, added to the usual roots), so
# `check --email ADDR --password-stdin` runs exactly as support staff type it. Then, ROUNDS times, interleaved:
#   installed  the installed launcher: APP/bin/ocn-mail-setup check ... --json
#   jar        java -jar JAR check ... --json (the java on the PATH)
#   curl       the same work: SMTPS send, then POP3S LIST, TOP n 0 on the newest until the message is there
#              (the check's own poll waits: 0, 0.25, 0.5, 1 s, ...), DELE; one curl process per command
# and prints medians of the check's own totalMillis, of the whole command (process start to exit) and of curl's
# round, and their ratios. With WIZARD=1 it also times the wizard's first "Test my connection" after launch
# (wizard-first-test.sh) in the same interleaving (WIZARD="LABEL ...": only for those of APPS). To compare builds or settings in the same run, name more
# installed apps in APPS, space-separated LABEL=APP_DIR[,JVM_PROPERTIES] (properties go into JAVA_TOOL_OPTIONS),
# e.g. APPS="nowarm=/opt/ocn-mail-setup,-Docnsetup.check.warmup=false"; set JAR=none to leave java -jar out.
#
#   src/packaging/bench/check-benchmark.sh [APP] [ROUNDS] [JAR]
#   APP: the installed app folder (default /opt/ocn-mail-setup; or a .deb unpacked with dpkg-deb -x)
#   JAR: target/ocn-mail-setup.jar by default (its dependencies in target/lib)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
app="$(cd "${1:-/opt/ocn-mail-setup}" && pwd)"
rounds="${2:-11}"
jar="$(realpath "${3:-${JAR:-$root/target/ocn-mail-setup.jar}}" 2>/dev/null || echo none)"
POP_PORT=${POP_PORT:-995}
SMTP_PORT=${SMTP_PORT:-465}
ADDR=taro@abc.ocn.ne.jp
PASS=ocnpass1
work="$(mktemp -d)"
. "$here/bench-servers.sh"
trap 'stop_dovecot_postfix; rm -rf "$work"' EXIT
start_bench_servers "$work" "$ADDR" "$PASS" "$POP_PORT" "$SMTP_PORT"
jvm_props="$BENCH_JVM_PROPS"
export BENCH_WORK="$work" BENCH_JVM_PROPS="$jvm_props" BENCH_ADDR="$ADDR" BENCH_PASS="$PASS"

now_ms() { date +%s%3N; }
# Runs one check; prints "totalMillis wallMillis" or fails loudly with the check's output.
declare -A app_of props_of
app_of[installed]="$app"; props_of[installed]=""
for spec in ${APPS:-}; do
  label="${spec%%=*}"; rest="${spec#*=}"
  app_of[$label]="$(cd "${rest%%,*}" && pwd)"; props_of[$label]="$([ "$rest" = "${rest#*,}" ] || echo "${rest#*,}" | tr ',' ' ')"
done
check_once() { # variant
  local out="$work/$1.json" start end
  start=$(now_ms)
  case "$1" in
    jar) echo "$PASS" | java $jvm_props -Docnsetup.home="$work/home" -jar "$jar" check --email "$ADDR" \
      --password-stdin --json --lang en >"$out" 2>"$work/$1.err" || true ;;
    *) echo "$PASS" | JAVA_TOOL_OPTIONS="$jvm_props ${props_of[$1]}" XDG_STATE_HOME="$work/state" \
      XDG_DATA_HOME="$work/data" "${app_of[$1]}/bin/ocn-mail-setup" check --email "$ADDR" --password-stdin --json \
      --lang en >"$out" 2>"$work/$1.err" || true ;;
  esac
  end=$(now_ms)
  if ! grep -q '"ok":true' "$out"; then
    echo "The $1 check did not pass:" >&2; cat "$out" "$work/$1.err" >&2; exit 1
  fi
  echo "$(sed -n 's/.*"totalMillis":\([0-9]*\).*/\1/p' "$out") $((end - start))"
}

pop() { curl -sS --cacert "$work/cert.pem" --resolve "pop.ocn.ne.jp:$POP_PORT:127.0.0.1" --user "$ADDR:$PASS" "$@"; }
# curl doing the check's work; prints its wall time in ms.
curl_once() {
  local id="bench-$(date +%s%N)@example.com" start n found=""
  printf 'From: %s\r\nTo: %s\r\nSubject: curl round\r\nMessage-ID: <%s>\r\n\r\nhello\r\n' "$ADDR" "$ADDR" "$id" \
    > "$work/curl.eml"
  start=$(now_ms)
  curl -sS --cacert "$work/cert.pem" --resolve "smtp.ocn.ne.jp:$SMTP_PORT:127.0.0.1" \
    --url "smtps://smtp.ocn.ne.jp:$SMTP_PORT" --user "$ADDR:$PASS" --mail-from "$ADDR" --mail-rcpt "$ADDR" \
    -T "$work/curl.eml"
  for wait in 0 0.25 0.5 1 2 3 5; do
    sleep "$wait"
    n=$(pop "pop3s://pop.ocn.ne.jp:$POP_PORT/" | tail -1 | cut -d' ' -f1)
    [ -n "$n" ] && pop -X "TOP $n 0" "pop3s://pop.ocn.ne.jp:$POP_PORT/" | grep -qF "$id" && { found=1; break; }
  done
  [ -n "$found" ] || { echo "curl: the message did not arrive" >&2; exit 1; }
  pop -X DELE -I "pop3s://pop.ocn.ne.jp:$POP_PORT/$n" >/dev/null
  echo $(( $(now_ms) - start ))
}

variants=(installed)
for spec in ${APPS:-}; do variants+=("${spec%%=*}"); done
[ "${JAR:-}" = none ] || variants+=(jar)
variants+=(curl)
if [ -n "${WIZARD:-}" ]; then   # the wizard's first test, from each installed app
  variants+=(wizard)
  for spec in ${APPS:-}; do   # WIZARD=1: every app; WIZARD="label ...": those of APPS only
    [ "$WIZARD" = 1 ] || [[ " $WIZARD " == *" ${spec%%=*} "* ]] && variants+=("wizard-${spec%%=*}")
  done
fi
declare -A total wall
for v in "${variants[@]}"; do   # the page cache, not timed
  case "$v" in curl) curl_once >/dev/null ;; wizard*) ;; *) check_once "$v" >/dev/null ;; esac
done
load_before="$(uptime | sed 's/.*load average: //')"
for ((i = 1; i <= rounds; i++)); do
  for v in "${variants[@]}"; do
    case "$v" in   # each writes "own-figure whole-figure" to a file, so that a failure stops the script
      curl) curl_once > "$work/r"; c="$(cat "$work/r")"; echo "$c $c" > "$work/r" ;;
      wizard*) [ "$v" = wizard ] && a="$app" || a="${app_of[${v#wizard-}]}"
        # once more when no window showed (a display that xvfb-run -a handed out twice, seen on a busy machine)
        BENCH_JVM_PROPS="$jvm_props ${props_of[${v#wizard-}]:-}" "$here/wizard-first-test.sh" "$a" > "$work/r" \
          || { [ $? = 3 ] && BENCH_JVM_PROPS="$jvm_props ${props_of[${v#wizard-}]:-}" \
            "$here/wizard-first-test.sh" "$a" > "$work/r"; } ;;
      *) check_once "$v" > "$work/r" ;;
    esac
    read -r t w < "$work/r"
    total[$v]="${total[$v]:-} $t"; wall[$v]="${wall[$v]:-} $w"
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "load before: $load_before, after: $(uptime | sed 's/.*load average: //')   rounds: $rounds   $(java -version 2>&1 | sed -n 2p)"
curl_m=$(echo "${total[curl]}" | median)
printf '  %-10s %6s ms  (%s )\n' "curl round" "$curl_m" "${total[curl]}"
for v in "${variants[@]}"; do
  [ "$v" = curl ] && continue
  t=$(echo "${total[$v]}" | median); w=$(echo "${wall[$v]}" | median)
  if [ "${v%%-*}" = wizard ]; then l1="press->result"; l2="totalMillis"; else l1="totalMillis"; l2="whole"; fi
  printf '  %-10s %-13s %6s ms (%s )\n' "$v" "$l1" "$t" "${total[$v]}"
  printf '  %-10s %-13s %6s ms (%s )\n' "$v" "$l2" "$w" "${wall[$v]}"
  echo "  $v: $l1/curl $(ratio "$t" "$curl_m"), $l2/curl $(ratio "$w" "$curl_m")"
done
