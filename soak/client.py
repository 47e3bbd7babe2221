"""The load: clients that post deposits, withdrawals, transfers and reversals with idempotency keys,
replay old keys, and remember every answer, so the checks can recompute the books from what was
acknowledged. A request that gets no answer (connection lost, server killed, 5xx) is sent again with
the same key and body until it is answered: then it was applied exactly once, or not at all."""
import http.client
import json
import random
import threading
import time
import uuid
from dataclasses import dataclass, field


TIMEOUT = 30   # seconds without an answer: the server left the request hanging


class Unanswered(Exception):
    def __init__(self, message, hung=False):
        super().__init__(message)
        self.hung = hung


class Http:
    """One keep-alive connection to the server (or nginx); a failure closes it."""

    def __init__(self, port, token=None):
        self.port, self.token, self.conn = port, token, None

    def call(self, method, path, body=None, key=None):
        """(status, headers, body bytes); raises Unanswered when no answer came."""
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        if key:
            headers["Idempotency-Key"] = key
        try:
            self.conn = self.conn or http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
            return response.status, response.headers, response.read()
        except (OSError, http.client.HTTPException) as error:
            if self.conn:
                self.conn.close()
            self.conn = None
            raise Unanswered(f"{type(error).__name__}: {error}", hung=isinstance(error, TimeoutError)) from error

    def json(self, method, path, body=None):
        """A setup call or a read (sent again, up to 3 times, when a kept-alive connection had died)."""
        for attempt in range(3 if method == "GET" else 1):
            try:
                status, _, answer = self.call(method, path, None if body is None else json.dumps(body).encode())
                break
            except Unanswered:
                if attempt == 2 or method != "GET":
                    raise
        if status not in (200, 201):
            raise RuntimeError(f"{method} {path} answered {status}: {answer[:300]!r}")
        return json.loads(answer)


@dataclass
class Operation:
    kind: str                          # deposit, withdrawal, transfer, reversal
    path: str
    body: bytes
    effects: dict                      # (memberId, savings kind) -> rupiah it moves when acknowledged
    key: str = field(default_factory=lambda: str(uuid.uuid4()))
    reverses: "Operation | None" = None
    status: int = 0
    answer: bytes = b""
    entry_id: str | None = None
    code: str | None = None            # a refusal's error code
    reversed: bool = False             # a reversal of it was acknowledged

    @property
    def acknowledged(self):
        return self.status == 201


# What may be refused, and how: any other answer than 201 or these is a problem.
REFUSALS = {"withdrawal": {422: "insufficient_funds"}, "transfer": {422: "insufficient_funds"},
            "reversal": {422: "insufficient_funds", 409: "already_reversed"}}
MIX = ["deposit"] * 30 + ["withdrawal"] * 25 + ["transfer"] * 18 + ["reversal"] * 12 + ["replay"] * 12 + ["reuse"] * 3


class Client(threading.Thread):
    server_errors = []                 # shared: the first 5xx answers other than 503 busy, status first
    hung = []                          # shared: the first requests left without an answer for TIMEOUT s

    def __init__(self, number, port, token, members, minimum, deadline, seed):
        super().__init__(name=f"client-{number}", daemon=True)
        self.http = Http(port, token)
        # One operation in ten also sent at the same moment on a second connection with the same key,
        # as by a client that timed out and retried while its first request still ran.
        self.twin = Http(port, token)
        self.members, self.minimum, self.deadline = members, minimum, deadline
        self.rng = random.Random(seed)
        self.ops, self.acked, self.problems = [], [], []
        self.counts = dict.fromkeys(["ops", "acked", "refused", "replays", "reuses", "in_flight", "unanswered",
                                     "applied_unanswered", "hung", "busy", "server_errors"], 0)

    def run(self):
        try:
            while time.monotonic() < self.deadline:
                kind = self.rng.choice(MIX)
                getattr(self, kind if self.acked or kind not in ("replay", "reuse", "reversal") else "deposit")()
        except Exception as error:  # noqa: BLE001 - reported, and the run fails
            self.problems.append(f"{self.name} stopped: {error!r}")

    def amount(self, top):
        return self.rng.randrange(1, top // 1000 + 1) * 1000

    def deposit(self):
        member, kind, amount = self.rng.choice(self.members), self.rng.choice(["sukarela"] * 4 + ["wajib"]), self.amount(300_000)
        self.execute(Operation("deposit", "/api/v1/savings/deposits", encode(
            memberId=member, kind=kind, amount=str(amount), channel=self.rng.choice(["cash", "bank", "qris"])),
            {(member, kind): amount}))

    def withdrawal(self):
        member, amount = self.rng.choice(self.members), self.amount(400_000)
        self.execute(Operation("withdrawal", "/api/v1/savings/withdrawals", encode(
            memberId=member, kind="sukarela", amount=str(amount), channel=self.rng.choice(["cash", "bank"])),
            {(member, "sukarela"): -amount}))

    def transfer(self):
        (source, target), amount = self.rng.sample(self.members, 2), self.amount(300_000)
        self.execute(Operation("transfer", "/api/v1/savings/transfers", encode(
            fromMemberId=source, toMemberId=target, amount=str(amount)),
            {(source, "sukarela"): -amount, (target, "sukarela"): amount}))

    def reversal(self):
        """Reverses one of its own acknowledged entries; now and then one already reversed (409)."""
        originals = [op for op in self.acked if op.kind != "reversal"]
        fresh = [op for op in originals if not op.reversed]
        target = self.rng.choice(fresh if fresh and self.rng.random() < 0.85 else originals)
        self.execute(Operation("reversal", f"/api/v1/ledger/entries/{target.entry_id}/reverse", b"{}",
                               {account: -amount for account, amount in target.effects.items()}, reverses=target))

    def replay(self):
        """A request sent again, key and body: the first answer, byte for byte, acknowledgement or refusal,
        and nothing posted."""
        op = self.rng.choice(self.ops)
        status, headers, answer = self.send(op)
        self.counts["replays"] += 1
        if (status, answer) != (op.status, op.answer) or headers.get("Idempotent-Replayed") != "true":
            self.problems.append(f"replay of {op.kind} key {op.key} answered {status} {answer[:200]!r} "
                                 f"(replayed: {headers.get('Idempotent-Replayed')}), first {op.status} {op.answer[:200]!r}")

    def reuse(self):
        """The key of an acknowledged request with another body: refused 409 idempotency_key_reused."""
        op = self.rng.choice(self.acked)
        body = dict(json.loads(op.body), **{"reason" if op.kind == "reversal" else "note": "another body"})
        status, _, answer = self.send(Operation(op.kind, op.path, json.dumps(body).encode(), {}, key=op.key))
        self.counts["reuses"] += 1
        if status != 409 or error_code(answer) != "idempotency_key_reused":
            self.problems.append(f"key {op.key} reused with another body answered {status} {answer[:200]!r}")

    def send(self, op, http=None):
        """Sends until answered below 500, always with the same key and body. An answer replayed after
        none came means the lost attempt had been applied (committed) before its connection died."""
        pause, resent = 0.05, False
        while True:
            try:
                status, headers, answer = (http or self.http).call("POST", op.path, op.body, op.key)
                if status < 500:
                    self.counts["applied_unanswered"] += resent and headers.get("Idempotent-Replayed") == "true"
                    return status, headers, answer
                self.counts["busy" if status == 503 else "server_errors"] += 1
                if status != 503 and len(Client.server_errors) < 20:
                    Client.server_errors.append(f"{status} to {op.kind} {op.path} key {op.key}: {answer[:200]!r}")
            except Unanswered as error:
                self.counts["unanswered"] += 1
                if error.hung and len(Client.hung) < 20:
                    Client.hung.append(f"{op.kind} {op.path} key {op.key}")
                self.counts["hung"] += error.hung
            if time.monotonic() > self.deadline + 4 * TIMEOUT:
                raise RuntimeError(f"{op.kind} key {op.key} still unanswered {4 * TIMEOUT} s after the load ended")
            time.sleep(pause)
            pause, resent = min(pause * 2, 1.0), True

    def execute(self, op):
        if self.rng.random() < 0.1:
            self.execute_twice(op)
        else:
            op.status, _, op.answer = self.send(op)
        self.ops.append(op)
        self.counts["ops"] += 1
        if op.acknowledged:
            return self.record(op)
        op.code = error_code(op.answer)
        self.counts["refused"] += 1
        if REFUSALS.get(op.kind, {}).get(op.status) != op.code:
            self.problems.append(f"{op.kind} {op.path} {op.body!r} refused unexpectedly: {op.status} {op.answer[:300]!r}")
        if op.code == "already_reversed" and not op.reverses.reversed:
            self.problems.append(f"reversal of entry {op.reverses.entry_id} refused as already reversed, but it was not")

    def execute_twice(self, op):
        """The same request and key on two connections at once: both must get the same answer."""
        twin = {}
        thread = threading.Thread(target=lambda: twin.update(answer=self.send(op, self.twin)))
        thread.start()
        first = self.send(op)
        thread.join()
        self.counts["in_flight"] += 1
        (op.status, _, op.answer), (status, _, answer) = sorted([first, twin["answer"]], key=lambda a: a[0] != 201)
        if (op.status, op.answer) != (status, answer):
            self.problems.append(f"{op.kind} {op.path} {op.body!r} sent twice at once, key {op.key}: answered "
                                 f"{op.status} {op.answer[:100]!r} and {status} {answer[:160]!r}")

    def record(self, op):
        answer = json.loads(op.answer)
        op.entry_id = answer["id"] if op.kind == "reversal" else answer["entryId"]
        self.acked.append(op)
        self.counts["acked"] += 1
        if op.kind == "reversal":
            if op.reverses.reversed:
                self.problems.append(f"entry {op.reverses.entry_id} reversed twice (second: {op.entry_id})")
            op.reverses.reversed = True
        left = answer.get("balance") if op.kind == "withdrawal" else answer.get("fromBalance")
        if left is not None and int(left) < self.minimum:
            self.problems.append(f"{op.kind} {op.entry_id} left {left}, below the minimum {self.minimum}")


def encode(**fields):
    return json.dumps(fields).encode()


def error_code(answer):
    try:
        return json.loads(answer)["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None
