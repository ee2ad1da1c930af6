#!/usr/bin/env python3
"""spec/integration/load.py - the load generator of nginx.sh's load test.

Keeps CONNECTIONS HTTP/1.1 keep-alive connections busy for SECONDS, each
sending the requests of CASES (load-cases.lua's JSON lines) in turn from its
own starting point, and checks every answer: status 200 and the body
expected for that request (the "worker=PID" the server ends it with aside).
Prints a summary and, on its last line, the figures nginx.sh reads:

  load: requests=N rps=R wrong=W failed=F p50_ms=A p99_ms=B workers=PID,PID

  python3 load.py HOST PORT CASES SECONDS CONNECTIONS

Python's standard library only (asyncio).
"""
import asyncio
import json
import sys
import time


def load_cases(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            if "body_file" in c:
                with open(c["body_file"], "rb") as b:
                    body = b.read()
            else:
                body = c.get("body", "").encode("utf-8")
            head = "%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n" % (c["method"], c["path"])
            if c["method"] == "POST":
                head += "Content-Type: text/plain\r\nContent-Length: %d\r\n" % len(body)
            request = head.encode("ascii") + b"\r\n" + (body if c["method"] == "POST" else b"")
            cases.append((request, c["expect"].encode("utf-8"), c["method"] + " " + c["path"][:60]))
    return cases


async def read_response(reader):
    """Status, body (Content-Length or chunked) and whether the server closes
    the connection after it (nginx does after keepalive_requests)."""
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("connection closed")
    status = int(status_line.split()[1])
    length, chunked, close = None, False, False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        name, value = name.strip().lower(), value.strip()
        if name == "content-length":
            length = int(value)
        elif name == "transfer-encoding" and "chunked" in value.lower():
            chunked = True
        elif name == "connection" and value.lower() == "close":
            close = True
    if chunked:
        parts = []
        while True:
            size = int((await reader.readline()).split(b";")[0], 16)
            if size == 0:
                await reader.readline()
                break
            parts.append(await reader.readexactly(size))
            await reader.readexactly(2)
        body = b"".join(parts)
    else:
        body = await reader.readexactly(length or 0)
    return status, body, close


class Tally:
    def __init__(self):
        self.requests = 0
        self.wrong = 0
        self.failed = 0
        self.latencies = []
        self.workers = {}
        self.examples = []


async def connection(host, port, cases, start, deadline, tally):
    reader, writer = await asyncio.open_connection(host, port)
    k = start
    try:
        while time.monotonic() < deadline:
            request, expect, what = cases[k % len(cases)]
            k += 1
            t0 = time.monotonic()
            writer.write(request)
            try:
                status, body, close = await read_response(reader)
            except (ConnectionError, asyncio.IncompleteReadError, ValueError) as e:
                tally.failed += 1
                if len(tally.examples) < 5:
                    tally.examples.append("%s: %s" % (what, e))
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
                continue
            tally.latencies.append(time.monotonic() - t0)
            tally.requests += 1
            if close:
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
            # The server ends each answer with "worker=PID".
            at = body.rfind(b"worker=")
            got = body[:at] if at >= 0 else body
            if at >= 0:
                pid = body[at + 7:].decode()
                tally.workers[pid] = tally.workers.get(pid, 0) + 1
            if status != 200 or got != expect:
                tally.wrong += 1
                if len(tally.examples) < 5:
                    tally.examples.append("%s: HTTP %d, expected %r, got %r" % (what, status, expect[:80], got[:80]))
    finally:
        writer.close()


async def main():
    host, port, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    seconds, connections = float(sys.argv[4]), int(sys.argv[5])
    cases = load_cases(path)
    tally = Tally()
    started = time.monotonic()
    deadline = started + seconds
    step = max(1, len(cases) // connections)
    await asyncio.gather(*(connection(host, port, cases, i * step, deadline, tally) for i in range(connections)))
    elapsed = time.monotonic() - started
    lat = sorted(tally.latencies) or [0.0]
    for e in tally.examples:
        print("# " + e)
    print("load: requests=%d rps=%.0f wrong=%d failed=%d p50_ms=%.1f p99_ms=%.1f workers=%s cases=%d seconds=%.1f" % (
        tally.requests, tally.requests / elapsed, tally.wrong, tally.failed,
        1000 * lat[len(lat) // 2], 1000 * lat[min(len(lat) - 1, int(len(lat) * 0.99))],
        ",".join("%s:%d" % kv for kv in sorted(tally.workers.items())), len(cases), elapsed))


asyncio.run(main())
