"""scripts/soak's driver: starts the server(s), registers the members, runs the clients (and with
--crash the killer), then checks the books. Exit 0 when every check holds, 1 naming each problem."""
import argparse
import os
import random
import sys
import threading
import time
from collections import Counter
from urllib.parse import urlparse

import checks
from client import TIMEOUT, Client, Http
from processes import Nginx, Postgres, Server, free_port, wait_healthy

MEMBERS, SUKARELA_MINIMUM = 30, 25_000


def say(text):
    print(text, flush=True)


def setup(http, rng):
    """Raises the sukarela minimum (so withdrawals have a floor above zero), registers the members, each
    paying the pokok and some sukarela and wajib; returns their ids and what each account holds."""
    settings = dict(http.json("GET", "/api/v1/savings/settings"), sukarelaMinimumBalance=str(SUKARELA_MINIMUM))
    http.json("PUT", "/api/v1/savings/settings", settings)
    members, balances = [], {}
    for i in range(1, MEMBERS + 1):
        nik = "350724%02d%02d%02d%04d" % (1 + i % 28, 1 + i % 12, 70 + i % 30, i)
        member = http.json("POST", "/api/v1/members", {"name": f"Anggota Soak {i}", "nik": nik,
                                                         "phone": "0813%08d" % i, "address": "Dusun Krajan"})["id"]
        for kind, amount in [("pokok", int(settings["pokokAmount"])), ("sukarela", rng.randrange(100, 1000) * 1000),
                             ("wajib", 10_000)]:
            http.json("POST", "/api/v1/savings/deposits", {"memberId": member, "kind": kind, "amount": str(amount),
                                                            "channel": "cash"})
            balances[(member, kind)] = amount
        members.append(member)
    return members, balances


def killer(servers, postgres, start, deadline, rng, events):
    """Every 3 to 10 s SIGKILLs a server and starts it again; once, midway, stops PostgreSQL with
    -m immediate and starts it again, then kills nothing for a while: the servers must recover by
    themselves, and a request they leave hanging must show (a kill would hide it)."""
    database_at = start + (deadline - start) * rng.uniform(0.3, 0.6)
    while True:
        time.sleep(rng.uniform(3, 10))
        if time.monotonic() >= deadline:
            return
        if "postgres" not in events and time.monotonic() >= database_at:
            postgres.stop_immediately()
            time.sleep(rng.uniform(0.5, 2))
            postgres.start()
            events["postgres"] = time.monotonic() - start
            say(f"  [{events['postgres']:5.1f}s] PostgreSQL stopped with -m immediate and started again")
            time.sleep(TIMEOUT + 5)
        else:
            server = rng.choice(servers)
            server.kill()
            server.start()
            events["kills"] = events.get("kills", 0) + 1
            say(f"  [{time.monotonic() - start:5.1f}s] server :{server.port} killed (SIGKILL) and started again")


def totals(clients):
    return {key: sum(c.counts[key] for c in clients) for key in clients[0].counts}


def progress(clients, start, done):
    while not done.wait(5):
        t = totals(clients)
        say(f"  [{time.monotonic() - start:5.1f}s] {t['ops']} ops: {t['acked']} acknowledged, {t['refused']} refused, "
            f"{t['replays']} replays, {t['unanswered']} unanswered and resent ({t['hung']} hung), {t['busy']} busy, "
            f"{t['server_errors']} 5xx")


def run_load(args, port, token, members, minimum, seed, servers, postgres):
    start = time.monotonic()
    deadline = start + args.seconds
    clients = [Client(n, port, token, members, minimum, deadline, seed + n)
               for n in range(args.clients)]
    done, events = threading.Event(), {}
    threads = clients + ([threading.Thread(target=killer, args=(servers, postgres, start, deadline,
                                                               random.Random(seed - 1), events))] if args.crash else [])
    threading.Thread(target=progress, args=(clients, start, done), daemon=True).start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0.0, deadline + 2 * TIMEOUT - time.monotonic()))
    if any(client.is_alive() for client in clients):
        # Still unanswered long after the load: the servers did not recover by themselves. Started
        # again, they answer the clients' retries, so the books can still be checked.
        events["stuck"] = sum(client.is_alive() for client in clients)
        say(f"  {events['stuck']} client(s) still without an answer {2 * TIMEOUT} s after the load: "
            "killing and starting the servers again to finish")
        for server in servers:
            server.kill()
            server.start()
    for thread in threads:
        thread.join()
    done.set()
    return clients, events, time.monotonic() - start


def run_checks(args, env, http, clients, setup_balances, setup_entries, servers, postgres, nginx):
    ops = [op for client in clients for op in client.ops]
    problems = [p for client in clients for p in client.problems]
    for server in servers:   # after the crashes every server must be serving again, by itself
        try:
            wait_healthy(server.port, server.proc, timeout=30)
        except RuntimeError as error:
            problems.append(f"server :{server.port} did not recover: {error}")
    # A crash may cost nginx's 502 while a server is down; a server's own 500 is never right.
    problems += ["a 5xx: " + e for e in Client.server_errors if not args.crash or e.startswith("500 ")]
    problems += [f"no answer within {TIMEOUT} s (the server left it hanging): {e}" for e in Client.hung]
    for name, check in [("guyub verify", lambda: checks.guyub_verify(args.bin, env)),
                        ("trial balance", lambda: checks.trial_balance(http)),
                        ("journal", lambda: checks.journal(http, ops, setup_entries)),
                        ("balances", lambda: checks.balances(http, checks.expected_balances(setup_balances, ops))),
                        ("database", lambda: checks.database(postgres, ops))]:
        try:
            found = check()
        except Exception as error:  # noqa: BLE001 - a check that cannot run fails the soak
            found = [f"{name} could not run: {error}"]
        say(f"  {name}: {'ok' if not found else f'{len(found)} problem(s)'}")
        problems += found
    if nginx:
        answered = nginx.posts_per_upstream()
        say("  POSTs answered per server: " + ", ".join(f"{a} {n}" for a, n in sorted(answered.items())))
        problems += [f"server :{s.port} answered nothing through nginx" for s in servers
                     if not answered.get(f"127.0.0.1:{s.port}")]
    return ops, problems


def summary(mode, args, clients, ops, events, load_seconds, seed):
    t = totals(clients)
    acked = Counter(op.kind for op in ops if op.acknowledged)
    refused = Counter(f"{op.kind} {op.code}" for op in ops if not op.acknowledged)
    say(f"== Summary ({mode}, {args.clients} clients, {load_seconds:.1f} s of load, seed {seed})")
    say(f"  {t['ops']} operations, {t['acked']} acknowledged (" + ", ".join(f"{n} {k}s" for k, n in acked.items())
        + f"), {t['refused']} refused (" + ", ".join(f"{n} {k}" for k, n in sorted(refused.items())) + ")")
    say(f"  {t['replays']} replays byte for byte, {t['reuses']} reused keys refused, {t['in_flight']} sent twice at "
        f"once, {t['unanswered']} unanswered requests resent ({t['applied_unanswered']} had been applied: their "
        f"answer came back replayed; {t['hung']} hung {TIMEOUT} s without an answer), {t['busy']} busy, "
        f"{t['server_errors']} 5xx")
    if Client.server_errors:
        say(f"  first 5xx: {Client.server_errors[0]}")
    if args.crash:
        say(f"  {events.get('kills', 0)} server kills, PostgreSQL stopped immediately at "
            + (f"{events['postgres']:.1f} s" if "postgres" in events else "— never"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    for flag in ("--crash", "--scale-out"):
        parser.add_argument(flag, action="store_true")
    args = parser.parse_args()
    seed = int(os.environ.get("SOAK_SEED", random.randrange(1 << 30)))
    mode = " ".join(m for m, on in [("crash", args.crash), ("scale-out", args.scale_out)] if on) or "plain"
    say(f"== Soak ({mode}): {args.clients} clients, {args.seconds:.0f} s, seed {seed} (SOAK_SEED={seed} repeats the choices)")
    started = time.monotonic()
    env = dict(os.environ, GUYUB_TRUST_PROXY="1" if args.scale_out else "0")
    servers = [Server(args.bin, free_port(), f"{args.work}/server-{n}.log", env) for n in range(1 + args.scale_out)]
    postgres = Postgres(urlparse(os.environ["DATABASE_URL"]).path.lstrip("/"))
    nginx = Nginx(args.work, free_port(), servers) if args.scale_out else None
    try:
        for process in servers + [nginx] * bool(nginx):
            process.start()
        port = nginx.port if nginx else servers[0].port
        if nginx:
            say(f"  nginx :{port} in front of " + ", ".join(f":{s.port}" for s in servers))
        # Signed in once, through one server: the token works on every server (sessions are in the database).
        token = Http(servers[0].port).json("POST", "/api/v1/auth/token", {"email": os.environ["SOAK_EMAIL"],
                                                                          "password": os.environ["SOAK_PASSWORD"]})["token"]
        http = Http(port, token)
        members, setup_balances = setup(http, random.Random(seed))
        setup_entries = http.json("GET", "/api/v1/ledger/entries")["total"]
        minimum = int(http.json("GET", "/api/v1/savings/settings")["sukarelaMinimumBalance"])
        say(f"  setup: {len(members)} members with pokok, sukarela and wajib; {setup_entries} journal entries; "
            f"sukarela minimum {minimum} ({time.monotonic() - started:.1f} s)")

        say("== Load")
        clients, events, load_seconds = run_load(args, port, token, members, minimum, seed, servers, postgres)
        say("== Checks")
        checked = time.monotonic()
        ops, problems = run_checks(args, env, Http(port, token), clients, setup_balances, setup_entries,
                                   servers, postgres, nginx)
        if "stuck" in events:
            problems.append(f"the servers did not recover by themselves: {events['stuck']} client(s) had no answer "
                            f"{2 * TIMEOUT} s after the load (they were started again for the checks)")
        if args.crash and "postgres" not in events:
            problems.append("PostgreSQL was never stopped: the run is too short for --crash")
        summary(mode, args, clients, ops, events, load_seconds, seed)
        say(f"  checks {time.monotonic() - checked:.1f} s, whole run {time.monotonic() - started:.1f} s")
        if problems:
            say(f"SOAK FAILED: {len(problems)} problem(s)" + (", the first 50:" if len(problems) > 50 else ":"))
            for problem in problems[:50]:
                say("  - " + problem)
            return 1
        say("SOAK PASSED")
        return 0
    finally:
        for process in [nginx] * bool(nginx) + servers:
            process.stop()


if __name__ == "__main__":
    sys.exit(main())
