"""`make bench`: measure every figure against its reference in one run, print one table and
write it, with the machine and the command, to BENCHMARKS.md."""

import argparse
import datetime
import os
import platform
from pathlib import Path

from benchmarks import client_call, generate_time, parsing, scale, suite_speed, throughput, validation
from benchmarks.verdict import at_least, at_most

ROOT = Path(__file__).resolve().parent.parent


def machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} cores, {model}; Python {platform.python_version()} on {platform.system()}"


def verdict(passed: bool) -> str:
    return "met" if passed else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__)
    parser.add_argument("--rounds", type=int, default=7, help="alternating rounds per figure (default: %(default)s)")
    parser.add_argument("--no-write", action="store_true", help="print the table only, leave BENCHMARKS.md alone")
    args = parser.parse_args()
    rounds = args.rounds
    rows: list[tuple[str, str, str, str, str]] = []

    calls = client_call.run(rounds, calls=200)
    for name, result in calls.items():
        rows.append((
            f"{name} through the client, sequential, loopback",
            f"raw httpx + json.loads: {result.reference_us:.0f} µs",
            f"{result.subject_us:.0f} µs/call = {result.shown()}", "<= 1.05x", at_most(result, 1.05),
        ))  # fmt: skip

    parsed = parsing.run(rounds, calls=300)
    for name, result in parsed.items():
        fair = name == parsing.FAIR
        rows.append((
            "parse the documented link with 20 transactions (lenient check + models)",
            f"{name}: {result.reference_us:.0f} µs",
            f"{result.subject_us:.0f} µs = {result.shown()}",
            "<= 1.5x" if fair else "report", at_most(result, 1.5) if fair else "reported",
        ))  # fmt: skip

    checked = validation.run(rounds, calls=3000)
    building, alone = checked["request building"], checked["check alone"]
    added = building.subject_us - building.reference_us
    rows.append((
        "pre-send validation of a charge body",
        f"the same request built without it: {building.reference_us:.1f} µs",
        f"+{added:.1f} µs per body (check alone {alone.subject_us - alone.reference_us:.1f} µs; "
        f"{building.ratio:.2f}x)", "<= 30 µs", verdict(added <= 30),
    ))  # fmt: skip

    for clients, (result, sandbox, reference) in throughput.run(max(3, rounds // 2), seconds=2.0).items():
        rows.append((
            f"sandbox throughput, {clients} concurrent client(s) (GET payment link)",
            f"bare Starlette+uvicorn constant: {reference.requests_per_second:.0f} req/s, "
            f"p50 {reference.p50_ms:.2f} ms, p99 {reference.p99_ms:.2f} ms",
            f"{sandbox.requests_per_second:.0f} req/s, p50 {sandbox.p50_ms:.2f} ms, p99 {sandbox.p99_ms:.2f} ms "
            f"= {result.shown(percent=True)}", ">= 85%", at_least(result, 0.85),
        ))  # fmt: skip

    per_size = scale.memory()
    low, high = min(per_size.values()), max(per_size.values())
    rows.append((
        "sandbox memory per 10,000 payment links, at " + ", ".join(f"{size:,}" for size in per_size) + " links",
        "—",
        " / ".join(f"{value / 2**20:.2f} MiB" for value in per_size.values()),
        "linear (within 10 %)", verdict(high <= low * 1.1),
    ))  # fmt: skip
    stored = scale.throughput(max(3, rounds // 2), seconds=2.0)
    rows.append((
        "sandbox throughput with 100,000 links stored (8 clients, GET payment link)",
        f"the same with 10 links: {1e6 / stored.reference_us:.0f} req/s",
        f"{1e6 / stored.subject_us:.0f} req/s = {stored.shown(percent=True)}", ">= 90% (flat)", at_least(stored, 0.9),
    ))  # fmt: skip

    suite = suite_speed.run(max(3, rounds // 2))
    rows.append((
        "contract suite throughput, conformance part, testing time",
        f"schemathesis CLI, same spec/phases/budget: {suite.testing.reference_us:.0f} cases/s "
        f"({suite.their_cases} cases)",
        f"{suite.testing.subject_us:.0f} cases/s ({suite.our_cases} cases) = {suite.testing.shown()}",
        "report", "reported",
    ))  # fmt: skip
    rows.append((
        "the same, whole process (start-up included)",
        f"schemathesis CLI: {suite.whole.reference_us:.0f} cases/s",
        f"{suite.whole.subject_us:.0f} cases/s = {suite.whole.shown()}", ">= 1.0x", at_least(suite.whole, 1.0),
    ))  # fmt: skip

    seconds = generate_time.run(max(3, rounds // 2))
    rows.append(("`make generate` wall time", "—", f"{seconds:.2f} s", "<= 5 s", verdict(seconds <= 5)))

    header = "| figure | reference (same run) | measured (median) | target | |\n|---|---|---|---|---|\n"
    table = header + "".join(f"| {' | '.join(row)} |\n" for row in rows)
    print(table)
    if not args.no_write:
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
        (ROOT / "BENCHMARKS.md").write_text(
            f"# Benchmarks\n\nLatest run: {stamp}, `make bench` ({rounds} alternating rounds per figure; "
            f"medians, with the lowest and highest round in brackets; a target is met only when every "
            f"round meets it, within noise when the rounds straddle it).\nMachine: {machine()}.\n\n{table}\n" + NOTES,
            encoding="utf-8",
        )


NOTES = (
    (ROOT / "benchmarks" / "NOTES.md").read_text(encoding="utf-8")
    if (ROOT / "benchmarks" / "NOTES.md").exists()
    else ""
)

if __name__ == "__main__":
    main()
