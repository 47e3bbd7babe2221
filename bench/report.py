"""Writes bench/results.json and bench/RESULTS.md from the figures scripts/bench recorded, one JSON
object per line: name, value, unit, and where there is one, the ceiling it is measured against."""
import datetime, json, os, platform, subprocess, sys

figures = [json.loads(line) for line in open(sys.argv[1])]
for f in figures:
    if f.get("ceiling"):
        f["ratio"] = round((f["ceiling"] / f["value"]) if f.get("lowerIsBetter") else (f["value"] / f["ceiling"]), 3)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
mem = next((int(l.split()[1]) // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
pg = subprocess.run(["bash", "-c", "ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1"], capture_output=True, text=True).stdout.strip()
machine = {"cpu": cpu, "cores": os.cpu_count(), "memoryMiB": mem, "kernel": platform.release(),
           "postgresql": os.path.basename(os.path.dirname(pg)), "date": datetime.date.today().isoformat()}
os.makedirs("bench", exist_ok=True)
json.dump({"machine": machine, "figures": figures}, open("bench/results.json", "w"), indent=2)

rows = ["| Figure | Guyub | Ceiling (same machine, same run) | Ratio |", "|---|---|---|---|"]
for f in figures:
    value = "not run" if f["value"] is None else f"{f['value']} {f['unit']}" + (f" (p50 {f['p50ms']} ms, p99 {f['p99ms']} ms)" if "p50ms" in f else "")
    if "serverCpuMs" in f:
        value += f"; server CPU {f['serverCpuMs']} ms each, machine {round(f['machineBusy'] * 100)} % busy"
    if "ceiling" in f:
        ceiling = f"{f['ceilingName']}: {f['ceiling']}"
    else:
        ceiling = f.get("note", "—")
    rows.append(f"| {f['name']} | {value} | {ceiling} | {f.get('ratio', '—')} |")
note = ("Ratio: Guyub ÷ ceiling for rates, ceiling ÷ Guyub for times (1.0 = as fast as the ceiling).\n\n"
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['memoryMiB']} MiB, Linux {machine['kernel']}, "
        f"PostgreSQL {machine['postgresql']}, {machine['date']}.\n")
open("bench/RESULTS.md", "w").write("# Benchmark results\n\n" + "\n".join(rows) + "\n\n" + note)
print("\n".join(rows))
