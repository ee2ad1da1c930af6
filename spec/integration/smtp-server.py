#!/usr/bin/env python3
"""spec/integration/smtp-server.py - a scripted SMTP server for the example tests.

Python 3 standard library only. Listens on 127.0.0.1, on one or more ports, each
with a per-connection mode, and answers real provider replies (Postfix, Gmail,
postgrey, rspamd wordings) according to a script keyed on the recipient's local
part. Every step of every transaction is logged as one JSON object per line, so
that a test can check what the client attempted.

    python3 smtp-server.py --log FILE [--script FILE.json] PORT[:MODE] [PORT[:MODE]...]

Modes (per port, for each connection):
    normal      greet with 220 and follow the script
    busy-first  the first connection to this port gets Gmail's
                "421 4.7.0 Try again later, closing connection." as its greeting
                (and is closed); later connections are normal
    busy        every connection gets that 421 greeting
    starttls    advertises STARTTLS (which it cannot do: 454) and answers every
                MAIL FROM with Postfix's "530 5.7.0 Must issue a STARTTLS command first"

The script maps a recipient's local part (case-insensitive, domain ignored) to a
list of steps, one per attempt: the first attempt (for one sender and recipient,
the pair postgrey keys on, less the client IP) uses step 1, the second step 2, and
the last step repeats. A step may hold "rcpt" (the reply to RCPT TO, or "close" to
drop the connection without a reply) and "data" (the reply after the message's
final dot); what a step does not say is accepted. {rcpt} and {domain} in a reply
are replaced with the recipient and its domain. Unlisted recipients are accepted.
--script FILE replaces the built-in script below with a JSON object of that shape.

Log lines (JSON): every line has "t" (time), "port", "conn" (a number per port)
and "event", one of:
    listening  {"ports": [...]}: written once all ports listen (wait for it)
    connect    {"mode", "reply"}: the greeting sent
    ehlo       {"domain"}
    mail       {"from", "reply"}
    rcpt       {"to", "attempt", "reply"} ("reply": null and "closed": true when dropped)
    data       {"from", "to": [accepted recipients], "reply", "bytes"}
    quit
The server stops on SIGTERM or SIGINT.
"""

import argparse
import json
import signal
import socketserver
import sys
import threading
import time

HOSTNAME = "mx.example.test"

GMAIL_NO_SUCH_USER = (
    "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
    "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
    "550-5.1.1 unnecessary spaces. For more information, go to\r\n"
    "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser x1si123.1 - gsmtp"
)
GMAIL_OVER_QUOTA = (
    "452-4.2.2 The email account that you tried to reach is over quota. Please direct\r\n"
    "452-4.2.2 the recipient to\r\n"
    "452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp x1si123.1 - gsmtp"
)
POSTGREY = ("450 4.2.0 <{rcpt}>: Recipient address rejected: Greylisted, "
            "see http://postgrey.schweikert.ch/help/{domain}.html")
GMAIL_BUSY = "421 4.7.0 Try again later, closing connection."
POSTFIX_STARTTLS = "530 5.7.0 Must issue a STARTTLS command first"

DEFAULT_SCRIPT = {
    # postgrey: the first attempt is greylisted, a later one goes through
    "greylisted": [{"rcpt": POSTGREY}, {}],
    # a greylisting server that says how long to wait
    "trylater": [{"rcpt": "451 4.7.1 Please try again in 5 minutes"}, {}],
    # Gmail: the address does not exist (4 lines)
    "nosuchuser": [{"rcpt": GMAIL_NO_SUCH_USER}],
    # Gmail: the mailbox is full, every time
    "overquota": [{"rcpt": GMAIL_OVER_QUOTA}],
    # the connection drops after RCPT TO, with no reply; the next attempt works
    "flaky": [{"rcpt": "close"}, {}],
    # accepted at RCPT, rejected after DATA by rspamd (a milter) as spam
    "spam": [{"data": "554 5.7.1 Spam message rejected"}],
    # Postfix: a domain the relay will not relay to
    "relaydenied": [{"rcpt": "554 5.7.1 <{rcpt}>: Relay access denied"}],
}

MODES = ("normal", "busy-first", "busy", "starttls")


class Log:
    def __init__(self, path):
        self.lock = threading.Lock()
        self.f = open(path, "a", encoding="utf-8")

    def write(self, **fields):
        fields["t"] = round(time.time(), 3)
        line = json.dumps(fields, ensure_ascii=False)
        with self.lock:
            self.f.write(line + "\n")
            self.f.flush()


class State:
    """What all ports share: the script, the attempt counts, the log."""

    def __init__(self, script, log):
        self.script = {k.lower(): v for k, v in script.items()}
        self.log = log
        self.lock = threading.Lock()
        self.attempts = {}      # (sender, recipient) -> attempts so far
        self.conns = {}         # port -> connections so far
        self.queue_id = 0

    def next_conn(self, port):
        with self.lock:
            self.conns[port] = self.conns.get(port, 0) + 1
            return self.conns[port]

    def step(self, sender, rcpt):
        """The attempt number and the script step for this sender and recipient."""
        local, _, _ = rcpt.partition("@")
        steps = self.script.get(local.lower())
        with self.lock:
            key = (sender.lower(), rcpt.lower())
            self.attempts[key] = self.attempts.get(key, 0) + 1
            n = self.attempts[key]
        if not steps:
            return n, {}
        return n, steps[min(n, len(steps)) - 1]

    def new_queue_id(self):
        with self.lock:
            self.queue_id += 1
            return "4Q%07X" % self.queue_id


def fill(reply, rcpt):
    domain = rcpt.partition("@")[2] or "example.org"
    return reply.replace("{rcpt}", rcpt).replace("{domain}", domain)


def address(arg):
    """The address inside 'FROM:<a@b> SIZE=12' or 'TO:<a@b>'."""
    arg = arg.split(":", 1)[1] if ":" in arg else arg
    arg = arg.strip()
    if arg.startswith("<"):
        return arg[1:].split(">", 1)[0].strip()
    return arg.split()[0] if arg else ""


class Handler(socketserver.StreamRequestHandler):
    timeout = 30

    def send(self, reply):
        self.wfile.write((reply + "\r\n").encode("utf-8"))
        self.wfile.flush()

    def readline(self):
        line = self.rfile.readline(65536)
        if not line:
            return None
        return line.decode("utf-8", "replace").rstrip("\r\n")

    def handle(self):
        st = self.server.state
        port = self.server.server_address[1]
        mode = self.server.mode
        conn = st.next_conn(port)

        def log(event, **fields):
            st.log.write(port=port, conn=conn, event=event, **fields)

        if mode == "busy" or (mode == "busy-first" and conn == 1):
            log("connect", mode=mode, reply=GMAIL_BUSY)
            self.send(GMAIL_BUSY)
            return
        greeting = "220 %s ESMTP Postfix (Debian/GNU)" % HOSTNAME
        log("connect", mode=mode, reply=greeting)
        self.send(greeting)

        sender = None
        rcpts = []          # accepted recipients
        data_steps = []     # their steps' "data" replies
        while True:
            line = self.readline()
            if line is None:
                return
            verb, _, arg = line.partition(" ")
            verb = verb.upper()
            if verb == "EHLO":
                log("ehlo", domain=arg)
                lines = [HOSTNAME, "PIPELINING", "SIZE 10240000"]
                if mode == "starttls":
                    lines.append("STARTTLS")
                lines += ["ENHANCEDSTATUSCODES", "8BITMIME"]
                self.send("\r\n".join("250-" + x for x in lines[:-1]) + "\r\n250 " + lines[-1])
            elif verb == "HELO":
                log("ehlo", domain=arg)
                self.send("250 " + HOSTNAME)
            elif verb == "STARTTLS":
                self.send("454 4.7.0 TLS not available due to local problem")
            elif verb == "MAIL":
                frm = address(arg)
                if mode == "starttls":
                    reply = POSTFIX_STARTTLS
                elif sender is not None:
                    reply = "503 5.5.1 Error: nested MAIL command"
                else:
                    sender = frm
                    reply = "250 2.1.0 Ok"
                log("mail", **{"from": frm, "reply": reply})
                self.send(reply)
            elif verb == "RCPT":
                to = address(arg)
                if sender is None:
                    reply = "503 5.5.1 Error: need MAIL command"
                    log("rcpt", to=to, attempt=0, reply=reply)
                    self.send(reply)
                    continue
                n, step = st.step(sender, to)
                reply = step.get("rcpt")
                if reply == "close":
                    log("rcpt", to=to, attempt=n, reply=None, closed=True)
                    return      # no reply: the connection drops
                if reply is None:
                    reply = "250 2.1.5 Ok"
                    rcpts.append(to)
                    data_steps.append(step.get("data"))
                reply = fill(reply, to)
                log("rcpt", to=to, attempt=n, reply=reply)
                self.send(reply)
            elif verb == "DATA":
                if not rcpts:
                    self.send("554 5.5.1 Error: no valid recipients")
                    continue
                self.send("354 End data with <CR><LF>.<CR><LF>")
                size = 0
                while True:
                    body = self.readline()
                    if body is None:
                        log("data", **{"from": sender, "to": rcpts, "reply": None, "closed": True})
                        return
                    if body == ".":
                        break
                    size += len(body) + 2
                rejects = [d for d in data_steps if d]
                if rejects:
                    reply = fill(rejects[0], rcpts[0])
                else:
                    reply = "250 2.0.0 Ok: queued as " + st.new_queue_id()
                log("data", **{"from": sender, "to": rcpts, "reply": reply, "bytes": size})
                self.send(reply)
                sender, rcpts, data_steps = None, [], []
            elif verb == "RSET":
                sender, rcpts, data_steps = None, [], []
                self.send("250 2.0.0 Ok")
            elif verb == "NOOP":
                self.send("250 2.0.0 Ok")
            elif verb == "QUIT":
                log("quit")
                self.send("221 2.0.0 Bye")
                return
            else:
                self.send("502 5.5.2 Error: command not recognized")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    ap = argparse.ArgumentParser(description="scripted SMTP server for the example tests")
    ap.add_argument("--log", required=True, help="JSON-lines transaction log (appended)")
    ap.add_argument("--script", help="JSON file replacing the built-in script")
    ap.add_argument("ports", nargs="+", metavar="PORT[:MODE]")
    args = ap.parse_args()

    script = DEFAULT_SCRIPT
    if args.script:
        with open(args.script, encoding="utf-8") as f:
            script = json.load(f)
    log = Log(args.log)
    state = State(script, log)

    servers = []
    for spec in args.ports:
        port, _, mode = spec.partition(":")
        mode = mode or "normal"
        if mode not in MODES:
            ap.error("unknown mode %r (one of %s)" % (mode, ", ".join(MODES)))
        srv = Server(("127.0.0.1", int(port)), Handler)
        srv.state = state
        srv.mode = mode
        servers.append(srv)
    for srv in servers:
        threading.Thread(target=srv.serve_forever, daemon=True).start()

    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())
    log.write(port=None, conn=None, event="listening",
              ports=[{"port": s.server_address[1], "mode": s.mode} for s in servers])
    while not done.wait(1):
        pass
    for srv in servers:
        srv.shutdown()
        srv.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
