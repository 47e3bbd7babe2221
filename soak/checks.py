"""The checks after the load. Each returns the problems it found (an empty list when all holds)."""
import subprocess
from collections import Counter


def guyub_verify(binary, env):
    """`guyub verify`: the audit chain is intact and the books prove out."""
    run = subprocess.run([binary, "verify"], env=env, capture_output=True, text=True)
    return [] if run.returncode == 0 else [f"guyub verify exited {run.returncode}: {(run.stdout + run.stderr).strip()[-2000:]}"]


def trial_balance(http):
    report = http.json("GET", "/api/v1/reports/trial-balance")
    return [] if report.get("balanced") is True else [f"the trial balance is not balanced: {report}"]


def journal(http, ops, setup_entries):
    """Every acknowledged entry exactly once, each reversal pointing at its original, and no entry more
    than the setup's and the acknowledged ones (so nothing refused or replayed posted anything)."""
    entries, page, pages = [], 1, 1
    while page <= pages:
        answer = http.json("GET", f"/api/v1/ledger/entries?page={page}")
        entries += answer["items"]
        pages, page = answer["pageCount"], page + 1
    problems = []
    seen = Counter(e["id"] for e in entries)
    problems += [f"entry {id} listed {n} times" for id, n in seen.items() if n > 1]
    by_id = {e["id"]: e for e in entries}
    acked = [op for op in ops if op.acknowledged]
    for op in acked:
        if op.entry_id not in by_id:
            problems.append(f"acknowledged {op.kind} entry {op.entry_id} (key {op.key}) is not in the journal")
        elif op.kind == "reversal" and by_id[op.entry_id].get("reversalOf") != op.reverses.entry_id:
            problems.append(f"reversal {op.entry_id} reverses {by_id[op.entry_id].get('reversalOf')}, not {op.reverses.entry_id}")
    reversals = {e["id"] for e in entries if e.get("reversalOf")}
    stray = reversals - {op.entry_id for op in acked if op.kind == "reversal"}
    problems += [f"reversal entry {id} was never acknowledged" for id in stray]
    expected = setup_entries + len(acked)
    if len(entries) != expected:
        problems.append(f"the journal has {len(entries)} entries, expected {expected} "
                        f"({setup_entries} from the setup + {len(acked)} acknowledged)")
    return problems


def balances(http, expected):
    """Each member's every savings balance equals the setup plus the acknowledged operations, exactly."""
    problems = []
    for member in sorted({m for m, _ in expected}):
        for account in http.json("GET", f"/api/v1/members/{member}/savings"):
            balance, want = int(account["balance"]), expected.get((member, account["kind"]), 0)
            if balance < 0:
                problems.append(f"member {member} {account['kind']} balance {balance} is below zero")
            if balance != want:
                problems.append(f"member {member} {account['kind']} balance {balance}, recomputed {want} "
                                f"(off by {balance - want})")
    return problems


def database(postgres, ops):
    """Straight from PostgreSQL: no savings balance below zero; the key of every answered operation stored,
    refused ones too (a retry gets the same refusal; that nothing refused moved money the journal shows)."""
    problems = []
    negative = postgres.query("SELECT id, kind, balance FROM savings_accounts WHERE balance < 0")
    problems += [f"savings account {row} is below zero" for row in negative]
    stored = {row[0] for row in postgres.query("SELECT key FROM idempotency_keys")}
    problems += [f"{'acknowledged' if op.acknowledged else 'refused'} {op.kind} key {op.key} is not stored"
                 for op in ops if op.key not in stored]
    return problems


def expected_balances(setup, ops):
    """The setup's balances plus every acknowledged operation's effect (a reversal's is the opposite of its original's)."""
    expected = dict(setup)
    for op in ops:
        if op.acknowledged:
            for account, amount in op.effects.items():
                expected[account] = expected.get(account, 0) + amount
    return expected
