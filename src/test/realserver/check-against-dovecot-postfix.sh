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
stop_servers() { doveadm stop >/dev/null 2>&1 || true; postfix stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap stop_servers EXIT

pkgs=()
command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/lmtp ] || pkgs+=(dovecot-pop3d dovecot-lmtpd)
command -v postfix >/dev/null || pkgs+=(postfix)
command -v openssl >/dev/null || pkgs+=(openssl)
command -v ss >/dev/null || pkgs+=(iproute2)
command -v curl >/dev/null || pkgs+=(curl)
if [ ${#pkgs[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  echo "postfix postfix/main_mailer_type select Local only" | debconf-set-selections
  echo "postfix postfix/mailname string ocn-test.local" | debconf-set-selections
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi

# The test certificate (SAN localhost, 127.0.0.1) and a trust store holding only it.
openssl pkcs12 -in src/test/resources/tls/localhost.p12 -passin pass:changeit -nodes -nocerts -out "$work/key.pem" 2>/dev/null
openssl pkcs12 -in src/test/resources/tls/localhost.p12 -passin pass:changeit -nokeys -out "$work/cert.pem" 2>/dev/null
keytool -importcert -noprompt -alias localhost -file "$work/cert.pem" -keystore "$work/trust.p12" \
  -storetype PKCS12 -storepass changeit >/dev/null 2>&1
install -m 600 "$work/key.pem" /etc/ssl/private/ocn-test-key.pem
install -m 644 "$work/cert.pem" /etc/ssl/certs/ocn-test-cert.pem

id vmail >/dev/null 2>&1 || useradd -r -u 5000 -d /var/vmail -s /usr/sbin/nologin vmail 2>/dev/null
mkdir -p /var/vmail && chown vmail:vmail /var/vmail
rm -rf /var/vmail/abc.ocn.ne.jp
echo "$ADDR:$(doveadm pw -s SHA512-CRYPT -p "$PASS"):5000:5000::/var/vmail/abc.ocn.ne.jp/taro::" > /etc/dovecot/users
sed -i 's/^!include auth-system.conf.ext/#!include auth-system.conf.ext/' /etc/dovecot/conf.d/10-auth.conf
sed -i 's#^ssl_cert = <.*#ssl_cert = </etc/ssl/certs/ocn-test-cert.pem#; s#^ssl_key = <.*#ssl_key = </etc/ssl/private/ocn-test-key.pem#' \
  /etc/dovecot/conf.d/10-ssl.conf
cat > /etc/dovecot/local.conf <<CONF
protocols = pop3 lmtp
listen = 127.0.0.1
ssl = required
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
pop3_uidl_format = %08Xu%08Xv
passdb {
  driver = passwd-file
  args = scheme=SHA512-CRYPT /etc/dovecot/users
}
userdb {
  driver = passwd-file
  args = /etc/dovecot/users
}
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
  inet_listener pop3s {
    port = $POP_PORT
    ssl = yes
  }
}
service auth {
  unix_listener /var/spool/postfix/private/auth {
    mode = 0660
    user = postfix
    group = postfix
  }
}
service lmtp {
  unix_listener /var/spool/postfix/private/dovecot-lmtp {
    mode = 0600
    user = postfix
    group = postfix
  }
}
CONF
postconf -e "inet_interfaces = loopback-only" "mydestination = localhost" \
  "virtual_mailbox_domains = abc.ocn.ne.jp" "virtual_transport = lmtp:unix:private/dovecot-lmtp" \
  "virtual_mailbox_maps = inline:{ $ADDR=ok }" "maillog_file = /var/log/postfix.log" \
  "smtpd_tls_cert_file = /etc/ssl/certs/ocn-test-cert.pem" "smtpd_tls_key_file = /etc/ssl/private/ocn-test-key.pem" \
  "smtpd_sasl_type = dovecot" "smtpd_sasl_path = private/auth" "smtpd_sasl_auth_enable = yes" \
  "smtpd_recipient_restrictions = permit_sasl_authenticated, reject" \
  "smtpd_relay_restrictions = permit_sasl_authenticated, reject"
postconf -M "$SMTP_PORT/inet=$SMTP_PORT inet n - y - - smtpd -o syslog_name=postfix/submissions -o smtpd_tls_wrappermode=yes -o smtpd_sasl_auth_enable=yes"
doveadm stop >/dev/null 2>&1 || true
postfix stop >/dev/null 2>&1 || true
dovecot </dev/null >/dev/null 2>&1
postfix start </dev/null >/dev/null 2>&1
for _ in $(seq 1 30); do
  ss -ltn | grep -q ":$POP_PORT " && ss -ltn | grep -q ":$SMTP_PORT " && break
  sleep 0.5
done

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
