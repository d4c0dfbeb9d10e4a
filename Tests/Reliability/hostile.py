"""Hostile messages: malformed, mis-signed, truncated, oversized and out-of-order traffic on
every channel of one kernel, with valid requests interleaved.

Every valid request must be answered correctly; no answer or iopub message may name an
invalid message as its parent; each invalid message on shell, control and stdin must be
logged as dropped on the kernel's stderr; the kernel must not crash and its resident
memory must stay flat.

    .venv/bin/python Tests/Reliability/hostile.py --messages 100000 [--seed 1] [--binary PATH]

prints a table (and `--json` the raw numbers). The test suite runs a smaller budget
(test_hostile.py).
"""
from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import random
import socket
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import zmq
from jupyter_kernel_test import msgspec_v5

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rkernel import TIMEOUT, Client, KernelProcess, result_text, validate_message  # noqa: E402

DELIM = b"<IDS|MSG>"
ROUTERS = ("shell", "control", "stdin")


@dataclass
class Report:
    """What one run sent, what came back, and the kernel's memory."""

    messages: int = 0                        # everything sent, valid and invalid
    valid: int = 0                           # valid requests (each must be answered correctly)
    answered: int = 0                        # valid requests answered correctly
    invalid: Counter = field(default_factory=Counter)   # invalid messages by kind
    wire_invalid_routed: int = 0             # invalid on shell/control/stdin: each must be logged
    dropped_logged: int = 0                  # "dropped a message" lines in the kernel's stderr
    backpressure: int = 0                    # sends refused by ZeroMQ's high-water mark (not sent)
    rss_start_kb: int = 0
    rss_warm_kb: int = 0
    rss_half_kb: int = 0
    rss_end_kb: int = 0
    rss_peak_kb: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def second_half_growth_mb(self) -> float:
        """Growth from the middle of the run to its end: a leak shows here; the heaps'
        one-off growth to hold the largest (8 MB) messages happens before."""
        return (self.rss_end_kb - self.rss_half_kb) / 1024

    def table(self) -> str:
        rows = [
            ("messages sent", f"{self.messages:,}"),
            ("valid requests / answered correctly", f"{self.valid:,} / {self.answered:,}"),
            ("invalid messages", f"{sum(self.invalid.values()):,}"),
            ("invalid on shell/control/stdin / logged as dropped",
             f"{self.wire_invalid_routed:,} / {self.dropped_logged:,}"),
            ("refused by back-pressure (not sent)", f"{self.backpressure:,}"),
            ("RSS start / at 10% / at 50% / end / peak (MB)",
             f"{self.rss_start_kb / 1024:.1f} / {self.rss_warm_kb / 1024:.1f} / {self.rss_half_kb / 1024:.1f} / "
             f"{self.rss_end_kb / 1024:.1f} / {self.rss_peak_kb / 1024:.1f}"),
            ("RSS growth over the second half (MB; bar < 20)", f"{self.second_half_growth_mb:+.1f}"),
            ("wall time (s)", f"{self.seconds:.1f}"),
            ("failures", str(len(self.failures))),
        ]
        w = max(len(r[0]) for r in rows)
        lines = ["| measure | value |", "|---|---:|"] + [f"| {a} | {b} |" for a, b in rows]
        kinds = ", ".join(f"{k} {n:,}" for k, n in sorted(self.invalid.items()))
        return "\n".join(lines) + f"\n\ninvalid kinds: {kinds}" + "".join(
            f"\nFAIL: {f}" for f in self.failures[:20]) + ("" if w else "")


class HostileRun:
    """Drives one kernel with `total` messages, a fraction `valid_ratio` of them valid."""

    def __init__(self, kernel: KernelProcess, seed: int = 1, valid_ratio: float = 0.1,
                 oversize_ratio: float = 0.002, raw_ratio: float = 0.003):
        self.k = kernel
        self.rng = random.Random(seed)
        self.valid_ratio = valid_ratio
        self.oversize_ratio = oversize_ratio
        self.raw_ratio = raw_ratio
        self.ctx = zmq.Context()
        self.good = Client(kernel, context=self.ctx)
        self.session = self.good.session
        self.key = kernel.key.encode()
        # The attacker: its own sockets, so valid answers and hostile echoes never mix.
        self.bad: dict[str, zmq.Socket] = {}
        for name, kind in (("shell", zmq.DEALER), ("control", zmq.DEALER), ("stdin", zmq.DEALER),
                           ("hb", zmq.DEALER), ("iopub", zmq.XSUB)):
            s = self.ctx.socket(kind)
            s.linger = 0
            s.sndhwm = 100_000
            s.connect(kernel.endpoint(name))
            self.bad[name] = s
        self.forged: set[str] = set()       # msg_ids of invalid messages
        self.pending: dict[str, tuple] = {}  # msg_id of a valid request -> (kind, expected, state)
        self.results: dict[str, str] = {}    # execute_result text by parent msg_id
        self.idle: set[str] = set()          # parents whose status idle arrived
        self.report = Report()

    # MARK: - Signing

    def sign(self, parts: list[bytes]) -> bytes:
        h = hmac.new(self.key, digestmod=hashlib.sha256)
        for p in parts:
            h.update(p)
        return h.hexdigest().encode()

    def parts(self, msg_type: str, content, header_extra: dict | None = None,
              metadata=None, parent=None) -> tuple[str, list[bytes]]:
        m = self.session.msg(msg_type, {})
        header = dict(m["header"])
        header.update(header_extra or {})
        enc = lambda v: json.dumps(v, default=str).encode()  # noqa: E731
        return header["msg_id"], [enc(header), enc(parent or {}), enc(metadata or {}), enc(content)]

    def framed(self, parts: list[bytes], signature: bytes | None = None) -> list[bytes]:
        return [DELIM, self.sign(parts) if signature is None else signature] + parts

    # MARK: - Invalid messages on ROUTER channels (shell, control, stdin)

    def junk(self, n: int) -> bytes:
        return self.rng.randbytes(n)

    def invalid_router_message(self) -> tuple[str, list[bytes], str | None]:
        """(kind, frames, msg_id or None) of a message the kernel must drop unanswered."""
        r = self.rng
        kind = r.choice(["no_delimiter", "too_few_frames", "bad_signature", "tampered",
                         "truncated_resigned", "truncated_unsigned", "not_json_signed",
                         "wrong_json_types_signed", "deep_nesting_signed", "missing_header_fields_signed",
                         "invalid_utf8_signed"])
        msg_type = r.choice(["execute_request", "kernel_info_request", "complete_request",
                             "shutdown_request", "interrupt_request", "input_reply"])
        content = {"code": "1 + 1"} if msg_type == "execute_request" else {}
        msg_id, parts = self.parts(msg_type, content)
        if kind == "no_delimiter":
            frames = [self.junk(r.randrange(0, 200)) for _ in range(r.randrange(1, 9))]
            frames = [f for f in frames if f != DELIM] or [b"x"]
        elif kind == "too_few_frames":
            full = self.framed(parts)
            frames = full[: r.randrange(1, 6)]
        elif kind == "bad_signature":
            real = self.sign(parts)
            frames = [DELIM, r.choice([b"", b"0" * 64, real[:-1], real + b"0",
                                       self.junk(64), bytes(reversed(real)), b"g" + real[1:],
                                       self.sign(parts[:3])])] + parts
        elif kind == "tampered":
            sig = self.sign(parts)
            i = r.randrange(4)
            parts[i] = parts[i][:-1] + b' }' if parts[i].endswith(b"}") else parts[i] + b" "
            frames = [DELIM, sig] + parts
        elif kind == "truncated_resigned":
            i = r.randrange(4)
            parts[i] = parts[i][: r.randrange(0, max(1, len(parts[i]) - 1))]
            frames = self.framed(parts)
        elif kind == "truncated_unsigned":
            frames = self.framed(parts)
            cut = r.randrange(2, len(frames))
            frames[cut] = frames[cut][: len(frames[cut]) // 2]
        elif kind == "not_json_signed":
            parts[r.randrange(4)] = r.choice([b"", b"{", b"nul", b"{'a': 1}", b"[1,2", b"{\"a\":}",
                                              b"\xef\xbb\xbf{}", b"1e999999", self.junk(50)])
            frames = self.framed(parts)
        elif kind == "wrong_json_types_signed":
            parts[r.randrange(4)] = r.choice([b"[]", b"\"header\"", b"1", b"null", b"true", b"[{}]"])
            frames = self.framed(parts)
        elif kind == "deep_nesting_signed":
            depth = r.choice([513, 600, 10_000])  # deeper ones come as oversized messages
            parts[r.randrange(4)] = b"[" * depth + b"]" * depth if r.random() < 0.5 else \
                b'{"a":' * depth + b"1" + b"}" * depth
            frames = self.framed(parts)
        elif kind == "missing_header_fields_signed":
            header = json.loads(parts[0])
            field_ = r.choice(["msg_id", "msg_type"])
            if r.random() < 0.5:
                del header[field_]
            else:
                header[field_] = r.choice([None, 5, [], {}])
            parts[0] = json.dumps(header).encode()
            frames = self.framed(parts)
        else:  # invalid_utf8_signed
            parts[3] = b'{"code": "\xff\xfe\xc3"}'
            frames = self.framed(parts)
        return kind, frames, msg_id

    # MARK: - Signed, well-formed, but nonsense or out of order (answered or ignored, never fatal)

    def nonsense_request(self, channel: str) -> tuple[str, list[bytes], str]:
        r = self.rng
        options = {
            "shell": [
                ("execute_request", r.choice([{"code": 5}, {"code": None}, {}, {"code": ["1"]},
                                              {"code": "1", "silent": "yes", "store_history": 3,
                                               "user_expressions": [1], "allow_stdin": "no",
                                               "stop_on_error": False},
                                              {"code": "2", "user_expressions": {"a": 5, "b": None},
                                               "stop_on_error": False}])),
                ("complete_request", r.choice([{"code": "x", "cursor_pos": -7}, {"code": "pri", "cursor_pos": 10**12},
                                               {"code": 3, "cursor_pos": "a"}, {}])),
                ("inspect_request", r.choice([{"code": "print", "cursor_pos": -1, "detail_level": "x"},
                                              {"code": "", "cursor_pos": 99}, {"code": None}])),
                ("history_request", r.choice([{"hist_access_type": "range", "session": -1, "start": "a"},
                                              {"hist_access_type": "search", "pattern": "*" * 300, "n": -5},
                                              {"hist_access_type": "tail", "n": 10**15},
                                              {"hist_access_type": 7}, {}])),
                ("is_complete_request", r.choice([{"code": None}, {}, {"code": "\u0000\ud7ff"}])),
                ("comm_open", r.choice([{"target_name": 5}, {"comm_id": None}, {}])),
                ("comm_msg", r.choice([{"comm_id": None, "data": 5}, {}])),
                ("comm_close", {"comm_id": 1}),
                ("comm_info_request", {"target_name": ["x"]}),
                ("input_reply", {"value": "out of order"}),
                ("execute_reply", {"status": "ok"}),
                ("interrupt_request", {}),
                ("no_such_request", {"x": 1}),
            ],
            "control": [
                ("kernel_info_request", {"junk": [1, 2, 3]}),
                ("debug_request", r.choice([{}, {"command": 5}, {"type": "request", "command": "attach"}])),
                ("interrupt_request", {"extra": True}),
                ("execute_request", {"code": "1"}),
                ("input_reply", {"value": 3}),
                ("shutdown_reply", {"restart": False}),
                ("no_such_request", {}),
            ],
            "stdin": [
                ("input_reply", r.choice([{"value": "stale"}, {"value": 5}, {}])),
                ("execute_request", {"code": "1"}),
                ("kernel_info_request", {}),
            ],
        }[channel]
        msg_type, content = r.choice(options)
        extra = r.choice([{}, {"version": "1.0"}, {"date": "not a date"}, {"session": ""},
                          {"username": None}])
        parent = r.choice([{}, {"msg_id": "no-such-parent", "msg_type": "execute_request"}, {"x": [1]}])
        msg_id, parts = self.parts(msg_type, content, header_extra=extra, parent=parent)
        return msg_type, self.framed(parts), msg_id

    # MARK: - Other channels

    def hb_junk(self) -> None:
        r = self.rng
        frames = [self.junk(r.randrange(0, 300)) for _ in range(r.randrange(1, 5))]
        if r.random() < 0.5:
            frames.insert(0, b"")  # a REQ-style envelope: echoed back
        self.try_send(self.bad["hb"], frames)

    def iopub_junk(self) -> None:
        r = self.rng
        frame = r.choice([b"\x01" + self.junk(r.randrange(0, 64)), b"\x00" + self.junk(8),
                          b"\x01", b"\x00", self.junk(r.randrange(1, 100)), b""])
        self.try_send(self.bad["iopub"], [frame])

    def raw_tcp(self) -> None:
        """A plain TCP connection to a random port: random bytes or a broken ZMTP greeting."""
        if self.k.info["transport"] != "tcp":
            return
        r = self.rng
        channel = r.choice(("shell", "control", "stdin", "hb", "iopub"))
        payload = r.choice([self.junk(r.randrange(1, 2000)),
                            b"\xff" + b"\x00" * 8 + b"\x7f\x03\x00NULL" + b"\x00" * 16 + self.junk(100),
                            b"\xff\x00\x00\x00\x00\x00\x00\x00\x01\x7f\x03\x01" + b"CURVE" + b"\x00" * 15 + b"\x00" * 32,
                            b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"])
        try:
            with socket.create_connection(("127.0.0.1", self.k.port(channel)), timeout=1) as s:
                s.sendall(payload)
        except OSError:
            pass

    # MARK: - Valid traffic

    def send_valid(self) -> None:
        r = self.rng
        kind = r.choice(["execute", "execute", "kernel_info_control", "is_complete", "ping"])
        self.report.valid += 1
        if kind == "ping":
            payload = f"ping-{self.report.valid}".encode()
            ok = self.good.ping(payload, timeout=TIMEOUT)
            if ok:
                self.report.answered += 1
            else:
                self.report.failures.append(f"heartbeat did not echo {payload!r} "
                                            f"(kernel {'alive' if self.k.alive else 'exited'})")
                self.good.reset_heartbeat()
            return
        if kind == "execute":
            n = r.randrange(1, 10**6)
            m = self.good.send("shell", "execute_request",
                               {"code": f"{n} * 3", "silent": False, "store_history": True,
                                "user_expressions": {}, "allow_stdin": False, "stop_on_error": False})
            self.pending[m["header"]["msg_id"]] = ("execute", str(n * 3), m["header"]["msg_type"])
        elif kind == "kernel_info_control":
            m = self.good.send("control", "kernel_info_request")
            self.pending[m["header"]["msg_id"]] = ("kernel_info", "swift", "kernel_info_request")
        else:
            m = self.good.send("shell", "is_complete_request", {"code": "let xs = [1,"})
            self.pending[m["header"]["msg_id"]] = ("is_complete", "incomplete", "is_complete_request")

    def collect(self, timeout: float) -> None:
        """Reads answers until every pending valid request is answered (or `timeout`)."""
        end = time.monotonic() + timeout
        replies: dict[str, dict] = getattr(self, "_replies", {})
        self._replies = replies
        poller = zmq.Poller()
        for name in ("shell", "control", "iopub"):
            poller.register(self.good.sockets[name], zmq.POLLIN)
        for name in ROUTERS + ("hb",):
            poller.register(self.bad[name], zmq.POLLIN)
        while True:
            self._settle(replies)
            if not self.pending or time.monotonic() > end:
                break
            ready = dict(poller.poll(100))
            for sock in ready:
                self._read(sock, replies)
        # Whatever else is waiting (answers to nonsense, echoes) is read too.
        for _ in range(3):
            ready = dict(poller.poll(0))
            if not ready:
                break
            for sock in ready:
                self._read(sock, replies)
        self._settle(replies)

    def _read(self, sock: zmq.Socket, replies: dict) -> None:
        while True:
            try:
                raw = sock.recv_multipart(zmq.NOBLOCK)
            except zmq.Again:
                return
            if sock is self.bad["hb"]:
                continue  # echoes of junk
            try:
                _, frames = self.session.feed_identities(raw)
                msg = self.session.deserialize(frames)
            except Exception as e:  # a wrongly signed or malformed message from the kernel
                self.report.failures.append(f"kernel sent an invalid message: {e}")
                continue
            try:
                try:
                    validate_message(msg)
                except KeyError:  # a type the schema does not know (debug_reply): the envelope only
                    msgspec_v5.msg_structure_validator.validate(msg)
            except Exception as e:  # noqa: BLE001 — any schema violation is a failure
                self.report.failures.append(f"kernel sent {msg['msg_type']} that fails the message schema: {e}"[:300])
            parent = msg["parent_header"].get("msg_id")
            if parent in self.forged:
                self.report.failures.append(f"kernel answered an invalid message with {msg['msg_type']}")
            if sock is self.good.sockets["iopub"]:
                if msg["msg_type"] == "execute_result":
                    self.results[parent] = msg["content"]["data"].get("text/plain", "")
                elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                    self.idle.add(parent)
            elif parent in self.pending:
                replies[parent] = msg

    def _settle(self, replies: dict) -> None:
        for msg_id in [m for m in self.pending if m in replies]:
            kind, expected, _ = self.pending[msg_id]
            reply = replies[msg_id]
            if kind == "execute" and msg_id not in self.idle:
                continue
            ok = reply["content"].get("status") == "ok"
            if kind == "execute":
                ok = ok and self.results.get(msg_id) == expected
            elif kind == "kernel_info":
                ok = ok and reply["content"]["language_info"]["name"] == expected
            elif kind == "is_complete":
                ok = reply["content"].get("status") == expected
            if ok:
                self.report.answered += 1
            else:
                self.report.failures.append(f"{kind}: wrong answer {reply['content']} "
                                            f"(result {self.results.get(msg_id)!r}, expected {expected!r})")
            del self.pending[msg_id]
            replies.pop(msg_id, None)
            self.results.pop(msg_id, None)
            self.idle.discard(msg_id)

    # MARK: - Sending

    def try_send(self, sock: zmq.Socket, frames: list[bytes]) -> bool:
        try:
            sock.send_multipart(frames, zmq.NOBLOCK)
            return True
        except zmq.Again:
            self.report.backpressure += 1
            return False

    def one_hostile(self) -> None:
        r = self.rng
        x = r.random()
        if x < self.oversize_ratio:
            self.oversized()
            return
        if x < self.oversize_ratio + self.raw_ratio:
            self.raw_tcp()
            self.report.invalid["raw_tcp"] += 1
            return
        channel = r.choices(["shell", "control", "stdin", "hb", "iopub"], weights=[4, 3, 2, 1, 1])[0]
        if channel == "hb":
            self.hb_junk()
            self.report.invalid["hb_junk"] += 1
        elif channel == "iopub":
            self.iopub_junk()
            self.report.invalid["iopub_junk"] += 1
        elif r.random() < 0.75:
            kind, frames, msg_id = self.invalid_router_message()
            if self.try_send(self.bad[channel], frames):
                self.forged.add(msg_id)
                self.report.invalid[kind] += 1
                self.report.wire_invalid_routed += 1
        else:
            kind, frames, _ = self.nonsense_request(channel)
            if self.try_send(self.bad[channel], frames):
                self.report.invalid[f"nonsense:{channel}"] += 1

    def oversized(self) -> None:
        """A 2–8 MB message: unsigned junk, mis-signed, or a signed valid request carrying padding."""
        r = self.rng
        size = r.randrange(2, 9) << 20
        channel = r.choice(ROUTERS)
        how = r.choice(["junk", "mis_signed", "signed_padding", "deep_nesting_signed"])
        if how == "deep_nesting_signed":
            msg_id, parts = self.parts("kernel_info_request", {})
            parts[3] = b"[" * (size // 2) + b"]" * (size // 2)
            frames = self.framed(parts)
        elif how == "junk":
            frames = [DELIM, b"0" * 64, self.junk(size), b"{}", b"{}", b"{}"]
            msg_id = None
        else:
            msg_id, parts = self.parts("kernel_info_request", {}, metadata={"pad": "x" * size})
            frames = self.framed(parts, signature=b"1" * 64 if how == "mis_signed" else None)
        if self.try_send(self.bad[channel], frames):
            self.report.invalid[f"oversized_{how}"] += 1
            if how != "signed_padding":
                self.report.wire_invalid_routed += 1
                if msg_id:
                    self.forged.add(msg_id)

    # MARK: - The run

    def run(self, total: int, batch: int = 200, log=print) -> Report:
        rep = self.report
        start = time.monotonic()
        rep.rss_start_kb = rep.rss_peak_kb = self.k.rss_kb()
        # Earlier variables must survive everything that follows.
        reply, io = self.good.execute("let hostileSentinel = 4242")
        assert reply["content"]["status"] == "ok", reply["content"]
        warm = max(total // 10, 1)
        sent = 0
        next_log = time.monotonic() + 10
        while sent < total:
            for _ in range(min(batch, total - sent)):
                if self.rng.random() < self.valid_ratio:
                    self.send_valid()
                else:
                    self.one_hostile()
                sent += 1
                if sent == warm:
                    self.collect(TIMEOUT)
                    rep.rss_warm_kb = self.k.rss_kb()
                if sent == total // 2:
                    self.collect(TIMEOUT)
                    time.sleep(1.5)  # measured like the end, after a quiet moment
                    rep.rss_half_kb = self.k.rss_kb()
            self.collect(TIMEOUT)
            if self.pending:
                rep.failures.append(f"{len(self.pending)} valid requests unanswered within {TIMEOUT:.0f} s")
                self.pending.clear()
            if not self.k.alive:
                rep.failures.append(f"the kernel exited (status {self.k.proc.returncode}) after {sent} messages")
                break
            rep.rss_peak_kb = max(rep.rss_peak_kb, self.k.rss_kb())
            if time.monotonic() > next_log:
                log(f"  {sent:,} messages, RSS {self.k.rss_kb() / 1024:.1f} MB")
                next_log = time.monotonic() + 10
        rep.messages = sent
        if self.k.alive:
            reply, io = self.good.execute("hostileSentinel")
            if result_text(io) != "4242":
                rep.failures.append(f"hostileSentinel lost: {reply['content']} {result_text(io)!r}")
            time.sleep(1.5)  # the last drops reach the log
            rep.rss_end_kb = self.k.rss_kb()
        rep.seconds = time.monotonic() - start
        rep.dropped_logged = sum(1 for line in self.k.stderr_text().splitlines()
                                 if "dropped a message" in line or "outside an input request" in line)
        if rep.rss_end_kb and rep.second_half_growth_mb >= 20:
            rep.failures.append(f"resident memory grew {rep.second_half_growth_mb:.1f} MB over the second half")
        if rep.dropped_logged < rep.wire_invalid_routed:
            rep.failures.append(f"{rep.wire_invalid_routed - rep.dropped_logged} invalid messages not logged as dropped")
        return rep

    def close(self) -> None:
        self.good.close()
        for s in self.bad.values():
            s.close(linger=0)
        self.ctx.term()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--binary", help="kernel executable (default: $KERNEL_BINARY or .build/debug)")
    ap.add_argument("--valid-ratio", type=float, default=0.1, help="share of valid requests (default 0.1)")
    ap.add_argument("--oversize-ratio", type=float, default=0.002, help="share of 2-8 MB messages (default 0.002)")
    ap.add_argument("--json", action="store_true", help="also print the numbers as JSON")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        kernel = KernelProcess(Path(tmp), binary=args.binary)
        run = HostileRun(kernel, seed=args.seed, valid_ratio=args.valid_ratio,
                         oversize_ratio=args.oversize_ratio)
        try:
            rep = run.run(args.messages)
        finally:
            run.close()
            kernel.stop()
    print(f"hostile messages: {args.messages:,} (seed {args.seed}), kernel {kernel.binary}")
    print(rep.table())
    if args.json:
        print(json.dumps({k: (dict(v) if isinstance(v, Counter) else v) for k, v in rep.__dict__.items()}))
    return 1 if rep.failures else 0


if __name__ == "__main__":
    sys.exit(main())
