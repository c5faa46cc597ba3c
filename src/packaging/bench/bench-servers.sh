# Sourced by check-benchmark.sh and check-ab.sh (docs/performance.md): real Dovecot + Postfix on 127.0.0.1 at
# OCN's ports with a throw-away certificate for OCN's host names (never the real ones: they stay OCN's), a trust
# store with it, and a hosts file that sends OCN's names there.
#
#   start_bench_servers WORK ADDR PASSWORD POP_PORT SMTP_PORT
#   sets BENCH_JVM_PROPS: the system properties that point a JVM at them (for JAVA_TOOL_OPTIONS)
here_servers="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here_servers/../../test/realserver/dovecot-postfix.sh"

start_bench_servers() {
  local work="$1" addr="$2" pass="$3" pop_port="$4" smtp_port="$5" trust_password=""
  install_mail_server_packages
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=pop.ocn.ne.jp" \
    -addext "subjectAltName=DNS:pop.ocn.ne.jp,DNS:smtp.ocn.ne.jp,DNS:localhost,IP:127.0.0.1" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
  # A store without a password, as curl's PEM file has none and the JDK's own cacerts has none: a password-protected
  # PKCS12 costs a 10,000-round key derivation at every start that neither curl nor a user's check (the JDK's and
  # the system's roots) pays (docs/performance.md). TRUST_PASSWORD=1 makes the old password-protected store.
  if [ "${TRUST_PASSWORD:-}" = 1 ]; then
    keytool -importcert -noprompt -alias bench -file "$work/cert.pem" -keystore "$work/trust.p12" \
      -storetype PKCS12 -storepass changeit >/dev/null 2>&1
    trust_password="-Djavax.net.ssl.trustStorePassword=changeit"
  else
    keytool -J-Dkeystore.pkcs12.certProtectionAlgorithm=NONE -J-Dkeystore.pkcs12.macAlgorithm=NONE -importcert \
      -noprompt -alias bench -file "$work/cert.pem" -keystore "$work/trust.p12" -storetype PKCS12 \
      -storepass changeit >/dev/null 2>&1
  fi
  printf '127.0.0.1 pop.ocn.ne.jp smtp.ocn.ne.jp localhost\n' > "$work/hosts"
  start_dovecot_postfix "$work/cert.pem" "$work/key.pem" "$addr" "$pass" "$pop_port" "$smtp_port"
  # The launcher reads no JDK_JAVA_OPTIONS; the JVM itself reads JAVA_TOOL_OPTIONS (system properties only: the
  # start-up cache stays valid).
  BENCH_JVM_PROPS="-Djdk.net.hosts.file=$work/hosts -Djavax.net.ssl.trustStore=$work/trust.p12 $trust_password"
}
