#!/usr/bin/env bash
# spec/integration/imap-server.sh - a throw-away Dovecot IMAP server for the bounce
# mailbox example (examples/imapfilter-bounces.lua) and its test.
#
#   bash spec/integration/imap-server.sh DIR [PORT]      (as root; PORT default 1143)
#
# Runs Dovecot (dovecot-imapd) in the foreground on 127.0.0.1:PORT, plain IMAP (no
# TLS), one user "bounces" with the password "bounces", with everything in DIR:
# dovecot.conf, users, the run and state folders, dovecot.log, and the mail in
# DIR/home/bounces/Maildir. On its first start it seeds the folder Bounces with the
# 13 real bounces of spec/fixtures/bounces (copied byte for byte, listed in SEEDS) and one message
# that is no bounce. Stop it with SIGTERM or Ctrl-C; delete DIR to start afresh.
#
# Dovecot refuses to give a mailbox to root, so the mail belongs to nobody:nogroup,
# and every folder above DIR must be open to nobody (a DIR under /tmp is; one under
# a private /root is not, and the script says so).
set -eu

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
FIXTURES=$(cd "$HERE/../fixtures/bounces" && pwd -P)
# The bounces of the corpus the mailbox starts with: hard ones, soft ones
# (two delay warnings among them), a feedback report and an auto-reply.
SEEDS="lhost-exim-61 lhost-gmail-01 lhost-postfix-06 lhost-postfix-33 lhost-qmail-17 rhost-google-07
       lhost-exim-08 lhost-gmail-06 lhost-postfix-09 rfc3464-09 rhost-google-05 arf-01 rfc3834-02"

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: bash spec/integration/imap-server.sh DIR [PORT]" >&2
  exit 2
fi
[ "$(id -u)" = 0 ] || { echo "imap-server.sh: run it as root (Dovecot switches to the mail user)" >&2; exit 2; }
command -v dovecot >/dev/null || { echo "imap-server.sh: no dovecot: apt-get install dovecot-imapd" >&2; exit 2; }
mkdir -p "$1"
DIR=$(cd "$1" && pwd -P)
PORT=${2:-1143}
MAIL_UID=nobody
MAIL_GID=nogroup

chmod 0755 "$DIR"
if ! setpriv --reuid="$MAIL_UID" --regid="$MAIL_GID" --clear-groups test -x "$DIR"; then
  echo "imap-server.sh: $MAIL_UID cannot reach $DIR (a folder above it is private): use a DIR under /tmp" >&2
  exit 2
fi

mkdir -p "$DIR/run" "$DIR/state"
printf 'bounces:{PLAIN}bounces\n' > "$DIR/users"
cat > "$DIR/dovecot.conf" <<EOF
# Written by spec/integration/imap-server.sh: a private Dovecot on 127.0.0.1:$PORT.
base_dir = $DIR/run
state_dir = $DIR/state
instance_name = smtperr-imap-$PORT
log_path = $DIR/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = dovenull
default_internal_user = dovecot
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DIR/users
}
userdb {
  driver = static
  args = uid=$MAIL_UID gid=$MAIL_GID home=$DIR/home/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $PORT
  }
  inet_listener imaps {
    port = 0
  }
}
EOF

# The mail, on the first start: Maildir++ keeps the folder Bounces in .Bounces.
MAILDIR=$DIR/home/bounces/Maildir
if [ ! -d "$MAILDIR" ]; then
  mkdir -p "$MAILDIR"/{cur,new,tmp} "$MAILDIR"/.Bounces/{cur,new,tmp}
  n=0
  for name in $SEEDS; do
    n=$((n + 1))
    cp "$FIXTURES/$name.eml" "$MAILDIR/.Bounces/new/$((1700000000 + n)).seed$n.$name"
  done
  cat > "$MAILDIR/.Bounces/new/$((1700000000 + n + 1)).seed$((n + 1)).not-a-bounce" <<'EOF'
Return-Path: <alice@example.org>
From: Alice Martin <alice@example.org>
To: news@example.com
Subject: Re: your newsletter
Date: Mon, 2 Dec 2024 10:12:00 +0100
Message-ID: <20241202101200.4242@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Thanks for the newsletter. Could you send it to my work address from now on?

Alice
EOF
  chown -R "$MAIL_UID:$MAIL_GID" "$DIR/home"
fi

echo "imap-server.sh: Dovecot on 127.0.0.1:$PORT, user bounces, password bounces, log $DIR/dovecot.log"
exec dovecot -F -c "$DIR/dovecot.conf"
