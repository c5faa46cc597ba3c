#!/bin/sh
# Runs the connection check against a real Dovecot POP3S server (docs/connection-check.md, "Against Dovecot").
# Needs root and Debian's dovecot-core + dovecot-pop3d. Starts a private Dovecot instance on 127.0.0.1:11995 with
# the test certificate and one user (taro@abc.ocn.ne.jp / abcdefgh) whose Maildir holds 300 ordinary messages,
# runs DovecotCheck twice (normal, then with another POP3 session holding the mailbox), prints Dovecot's own
# per-session counters (top=, retr=, del=) and stops the instance. Usage: src/test/bench/dovecot/run.sh
set -e
cd "$(dirname "$0")/../../../.."
ROOT=$(pwd)
D=$(mktemp -d /tmp/ocn-dovecot.XXXXXX)
M="$D/mail/taro@abc.ocn.ne.jp"
PORT=11995
mkdir -p "$D/run" "$D/state" "$M/new" "$M/cur" "$M/tmp"
openssl pkcs12 -in src/test/resources/tls/localhost.p12 -passin pass:changeit -nodes -nokeys -out "$D/cert.pem" 2>/dev/null
openssl pkcs12 -in src/test/resources/tls/localhost.p12 -passin pass:changeit -nodes -nocerts -out "$D/key.pem" 2>/dev/null
echo 'taro@abc.ocn.ne.jp:{PLAIN}abcdefgh::::::' > "$D/users"
i=1
while [ $i -le 300 ]; do
  printf 'From: friend@example.com\r\nTo: taro@abc.ocn.ne.jp\r\nSubject: Ordinary %d\r\nMessage-ID: <m%d@example.com>\r\n\r\nBody %d\r\n' $i $i $i \
    > "$M/new/1700000000.M${i}P1.seed"
  i=$((i + 1))
done
chown -R nobody:nogroup "$D/mail"
chmod 755 "$D"
sed -e "s|@D@|$D|g" -e "s|@PORT@|$PORT|g" src/test/bench/dovecot/dovecot.conf.in > "$D/dovecot.conf"
dovecot -c "$D/dovecot.conf"
trap 'doveadm -c "$D/dovecot.conf" stop' EXIT
sleep 1
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
JAVA="java -Dlogback.configurationFile=src/test/bench/logback-bench.xml -cp $CP io.github.ocnmailsetup.probe.DovecotCheck"
echo "== check"
$JAVA "$M" $PORT
echo "== check while another POP3 session holds the mailbox (pop3_lock_session = yes)"
( (printf 'USER taro@abc.ocn.ne.jp\r\nPASS abcdefgh\r\n'; sleep 15) | openssl s_client -quiet -connect 127.0.0.1:$PORT >/dev/null 2>&1 & )
sleep 2
$JAVA "$M" $PORT | grep -E 'Result|Step|Detail|messages'
echo "== Dovecot's log"
grep -E 'Logged out|Couldn' "$D/dovecot.log"
