#!/usr/bin/env bash
# Runs the packaged `check` command against real mail server software on loopback: Postfix (SMTP submission
# over implicit TLS, SASL through Dovecot) and Dovecot (POP3 over implicit TLS), on a Debian machine, as root.
# It proves, outside GreenMail: a passing check, the mailbox identical afterwards but for the removed test
# message (UIDL list compared), and a wrong password classified as POP_AUTH_REJECTED.
# Usage: src/test/realserver/check-against-dovecot-postfix.sh   (after ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../../.."
POP_PORT=${POP_PORT:-10995}
SMTP_PORT=${SMTP_PORT:-10465}
ADDR=taro@abc.ocn.ne.jp
PASS=ocnpass1
work=$(mktemp -d)
# The servers are stopped again on the way out, and never hold this script's output open.
. src/test/realserver/dovecot-postfix.sh
stop_servers() { stop_dovecot_postfix; rm -rf "$work"; }
trap stop_servers EXIT
install_mail_server_packages

# The test certificate (SAN localhost, 127.0.0.1) and a trust store holding only it.
openssl pkcs12 -in src/test/resources/tls/localhost.p12 -passin pass:changeit -nodes -nocerts -out "$work/key.pem" 2>/dev/null
openssl pkcs12 -in src/test/resources/tls/localhost.p12 -passin pass:changeit -nokeys -out "$work/cert.pem" 2>/dev/null
keytool -importcert -noprompt -alias localhost -file "$work/cert.pem" -keystore "$work/trust.p12" \
  -storetype PKCS12 -storepass changeit >/dev/null 2>&1
start_dovecot_postfix "$work/cert.pem" "$work/key.pem" "$ADDR" "$PASS" "$POP_PORT" "$SMTP_PORT"

curl_pop() { curl -s --cacert "$work/cert.pem" --url "pop3s://localhost:$POP_PORT/" --user "$ADDR:$1" "${@:2}"; }
# Three messages already on the server, as a customer who keeps mail there would have.
for i in 1 2 3; do
  printf 'From: friend@example.com\r\nTo: %s\r\nSubject: existing %s\r\nMessage-ID: <existing-%s@example.com>\r\n\r\nhello %s\r\n' \
    "$ADDR" "$i" "$i" "$i" > "$work/m$i.eml"
  curl -s --cacert "$work/cert.pem" --url "smtps://localhost:$SMTP_PORT" --user "$ADDR:$PASS" \
    --mail-from "$ADDR" --mail-rcpt "$ADDR" -T "$work/m$i.eml"
done
for _ in $(seq 1 20); do [ "$(curl_pop "$PASS" -X UIDL | wc -l)" -ge 3 ] && break; sleep 0.5; done
before=$(curl_pop "$PASS" -X UIDL)

java_check() {
  java -Djavax.net.ssl.trustStore="$work/trust.p12" -Djavax.net.ssl.trustStorePassword=changeit \
    -Docnsetup.home="$work/home" -jar target/ocn-mail-setup.jar check --email "$ADDR" --password-stdin \
    --pop-server "localhost:$POP_PORT" --smtp-server "localhost:$SMTP_PORT" --timeout 30 --json --lang en
}
set +e
echo "$PASS" | java_check > "$work/pass.json"; pass_code=$?
echo "wrong-password" | java_check > "$work/fail.json"; fail_code=$?
set -e
after=$(curl_pop "$PASS" -X UIDL)

echo "passing check:    exit $pass_code  $(cat "$work/pass.json")"
echo "wrong password:   exit $fail_code  $(cat "$work/fail.json")"
echo "UIDLs before: $(echo "$before" | tr -d '\r' | tr '\n' ' ')"
echo "UIDLs after:  $(echo "$after" | tr -d '\r' | tr '\n' ' ')"
ok=1
[ "$pass_code" = 0 ] || { echo "FAIL: the check did not pass against Dovecot/Postfix"; ok=0; }
grep -q '"failure":"POP_AUTH_REJECTED"' "$work/fail.json" && [ "$fail_code" = 1 ] \
  || { echo "FAIL: a wrong password was not POP_AUTH_REJECTED with exit 1"; ok=0; }
[ "$before" = "$after" ] || { echo "FAIL: the mailbox changed (apart from the test message, which must be gone)"; ok=0; }
[ $ok = 1 ] && echo "real-server check: 3 passed, 0 failed" || { echo "real-server check: failed"; exit 1; }
