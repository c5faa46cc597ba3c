# Real mail server software on loopback, for the scripts that source this file (check-against-dovecot-postfix.sh,
# src/packaging/bench/check-benchmark.sh): Postfix (SMTP submission over implicit TLS, SASL through Dovecot) and
# Dovecot (POP3 over implicit TLS), on a Debian machine, as root. One user, delivered to by LMTP.
#
#   start_dovecot_postfix CERT_PEM KEY_PEM ADDR PASSWORD POP_PORT SMTP_PORT
#   stop_dovecot_postfix
#
# Installs the Debian packages it needs when they are missing. The servers listen on 127.0.0.1 only.

install_mail_server_packages() {
  local pkgs=()
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
}

start_dovecot_postfix() {
  local cert="$1" key="$2" addr="$3" pass="$4" pop_port="$5" smtp_port="$6"
  local user="${addr%@*}" domain="${addr#*@}"
  install_mail_server_packages
  install -m 600 "$key" /etc/ssl/private/ocn-test-key.pem
  install -m 644 "$cert" /etc/ssl/certs/ocn-test-cert.pem
  id vmail >/dev/null 2>&1 || useradd -r -u 5000 -d /var/vmail -s /usr/sbin/nologin vmail 2>/dev/null
  mkdir -p /var/vmail && chown vmail:vmail /var/vmail
  rm -rf "/var/vmail/$domain"
  echo "$addr:$(doveadm pw -s SHA512-CRYPT -p "$pass"):5000:5000::/var/vmail/$domain/$user::" > /etc/dovecot/users
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
    port = $pop_port
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
    "virtual_mailbox_domains = $domain" "virtual_transport = lmtp:unix:private/dovecot-lmtp" \
    "virtual_mailbox_maps = inline:{ $addr=ok }" "maillog_file = /var/log/postfix.log" \
    "smtpd_tls_cert_file = /etc/ssl/certs/ocn-test-cert.pem" "smtpd_tls_key_file = /etc/ssl/private/ocn-test-key.pem" \
    "smtpd_sasl_type = dovecot" "smtpd_sasl_path = private/auth" "smtpd_sasl_auth_enable = yes" \
    "smtpd_recipient_restrictions = permit_sasl_authenticated, reject" \
    "smtpd_relay_restrictions = permit_sasl_authenticated, reject"
  postconf -M "$smtp_port/inet=$smtp_port inet n - y - - smtpd -o syslog_name=postfix/submissions -o smtpd_tls_wrappermode=yes -o smtpd_sasl_auth_enable=yes"
  stop_dovecot_postfix
  dovecot </dev/null >/dev/null 2>&1
  postfix start </dev/null >/dev/null 2>&1
  for _ in $(seq 1 30); do
    ss -ltn | grep -q ":$pop_port " && ss -ltn | grep -q ":$smtp_port " && break
    sleep 0.5
  done
}

# The servers never hold the caller's output open.
stop_dovecot_postfix() { doveadm stop >/dev/null 2>&1 || true; postfix stop >/dev/null 2>&1 || true; }
