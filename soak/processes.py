"""The processes of a soak: `guyub serve` (killed and started again with --crash), nginx in front of
the servers (--scale-out), and the throwaway PostgreSQL that scripts/lib/postgres.sh started."""
import os
import signal
import socket
import string
import subprocess
import time
import urllib.request
from collections import Counter
from pathlib import Path


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(port, proc, timeout=60.0):
    """Waits until GET /healthz answers 200 (the server is up and reaches the database)."""
    until = time.monotonic() + timeout
    while time.monotonic() < until:
        if proc.poll() is not None:
            raise RuntimeError(f"the process for port {port} exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"nothing healthy on port {port} after {timeout:.0f} s")


class Process:
    proc = None

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class Server(Process):
    """One `guyub serve` on a fixed port; its log goes on across restarts."""

    def __init__(self, binary, port, log, env):
        self.binary, self.port, self.log, self.env = binary, port, log, env

    def start(self):
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen([self.binary, "serve", "--hostname", "127.0.0.1", "--port", str(self.port)],
                                         stdout=log, stderr=subprocess.STDOUT, env=self.env)
        wait_healthy(self.port, self.proc)

    def kill(self):
        """SIGKILL: no shutdown; requests and transactions in flight are cut wherever they are."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()


class Nginx(Process):
    """nginx with a round-robin upstream over the servers, logging which one answered each request."""

    def __init__(self, work, port, servers):
        self.work, self.port = Path(work), port
        template = string.Template((Path(__file__).parent / "nginx.conf.template").read_text())
        upstreams = "\n".join(f"    server 127.0.0.1:{s.port} max_fails=0;" for s in servers)
        self.conf = self.work / "nginx.conf"
        self.conf.write_text(template.substitute(work=self.work, port=port, servers=upstreams))

    def start(self):
        self.proc = subprocess.Popen(["nginx", "-c", str(self.conf), "-p", str(self.work),
                                      "-e", str(self.work / "nginx-error.log")])
        wait_healthy(self.port, self.proc)

    def posts_per_upstream(self):
        """How many POSTs each upstream answered, from the access log ($upstream_addr)."""
        counts = Counter()
        for line in (self.work / "nginx-access.log").read_text().splitlines():
            upstreams, _, method, _ = line.rsplit(" ", 3)
            if method == "POST":
                counts.update(addr.strip() for addr in upstreams.split(","))
        return counts


class Postgres:
    """The PostgreSQL of scripts/lib/postgres.sh (PGBIN, PGDIR, PGPORT), to stop and start again and query."""

    def __init__(self, database):
        self.bin, self.dir, self.port = os.environ["PGBIN"], os.environ["PGDIR"], os.environ["PGPORT"]
        self.database = database
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def ctl(self, *args):
        subprocess.run(self.as_postgres + [f"{self.bin}/pg_ctl", "-D", f"{self.dir}/data", *args],
                       check=True, stdout=subprocess.DEVNULL)

    def stop_immediately(self):
        """As a power cut is to the database: no checkpoint; on start, recovery replays the WAL."""
        self.ctl("-m", "immediate", "stop")

    def start(self):
        self.ctl("-l", f"{self.dir}/log", "-w", "-o", f"-h 127.0.0.1 -p {self.port} -k {self.dir} -c max_connections=400",
                 "start")

    def query(self, sql):
        """The rows of a query, each a list of strings."""
        out = subprocess.run([f"{self.bin}/psql", "-h", "127.0.0.1", "-p", self.port, "-U", "postgres", "-d",
                              self.database, "-XAtq", "-F", "\t", "-c", sql], check=True, capture_output=True, text=True)
        return [line.split("\t") for line in out.stdout.splitlines() if line]
