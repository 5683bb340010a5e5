"""Fan-out: the lesson's ``gather`` at scale. N tasks each ``await asyncio.sleep(D)``, gathered.

Measures, for each N, on a fresh interpreter (so that one N's memory does not flatter the next):
the wall time of the gather, its overhead over D, the resident memory per waiting task (the RSS
grown from just before the gather to the moment the last task parked, divided by N) and the
process's peak RSS.

asyncio starts every gathered task in one pass of the loop before it runs any timer, so all N are
parked in their sleep at once, whatever D is; the last one to park samples the RSS.

    python3 asyncio/fanout.py --n 10000 --delay-ms 1000
    python3 asyncio/fanout.py --n 1000,10000,100000 --loop uvloop

Prints one JSON document: ``{"scenario": "fan-out", ..., "runs": [{"model", "n", "delayMs",
"wallMs", "overheadMs", "bytesPerTask", "peakRssBytes", ...}]}``. Exit status: 0 done, 1 a run
failed, 2 bad usage.
"""

from __future__ import annotations

import sys

if sys.version_info < (3, 11):
    sys.exit(f"fanout.py needs Python 3.11 or newer; this is {sys.version.split()[0]}")

import argparse
import asyncio
import json
import os
import platform
import resource
import subprocess
import time
from typing import List, Optional

import lessonkit

#: Slack on top of the delay before a fan-out is abandoned; generous: 100,000 tasks take seconds to start.
WAIT_SLACK_SECONDS = 120
MAX_N = 10_000_000


def resident_bytes() -> Optional[int]:
    """This process's resident set now, from /proc (Linux); None where there is no /proc."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return None


def peak_resident_bytes() -> int:
    """The process's peak resident set: ``ru_maxrss`` is in KiB on Linux, in bytes on macOS."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def rss_now() -> int:
    """The resident set now, or where /proc is missing the peak so far (which a fan-out only raises)."""
    current = resident_bytes()
    return current if current is not None else peak_resident_bytes()


class Parking:
    """Counts the tasks parked in their sleep; the last to park samples the time and the RSS."""

    def __init__(self, n: int, start_ns: int):
        self.n = n
        self.start_ns = start_ns
        self.parked = 0
        self.all_parked_ns: Optional[int] = None
        self.rss_parked: Optional[int] = None

    def arrive(self) -> None:
        self.parked += 1
        if self.parked == self.n:
            self.all_parked_ns = time.perf_counter_ns() - self.start_ns
            self.rss_parked = rss_now()


async def fan_out(n: int, delay_ms: float) -> dict:
    """Gathers ``n`` tasks that each sleep ``delay_ms`` and measures it."""
    delay = delay_ms / 1000

    async def waiter(index, parking):
        parking.arrive()
        await asyncio.sleep(delay)
        return index

    rss_before = rss_now()
    start = time.perf_counter_ns()
    parking = Parking(n, start)
    async with asyncio.timeout(delay + WAIT_SLACK_SECONDS):
        results = await asyncio.gather(*(waiter(index, parking) for index in range(n)))
    wall_ms = (time.perf_counter_ns() - start) / 1e6
    if results != list(range(n)):
        raise ArithmeticError(f"gather of {n} tasks returned {len(results)} results, not 0..{n - 1} in order")
    return {"n": n, "delayMs": delay_ms, "wallMs": round(wall_ms, 3), "overheadMs": round(wall_ms - delay_ms, 3),
            "allParkedMs": round(parking.all_parked_ns / 1e6, 3),
            "bytesPerTask": round((parking.rss_parked - rss_before) / n, 1),
            "rssBeforeBytes": rss_before, "rssParkedBytes": parking.rss_parked}


def run(n: int, delay_ms: float, loop: str = "asyncio") -> dict:
    """One fan-out in this process, on a fresh loop; the peak RSS is this process's."""
    check(n, delay_ms)
    with asyncio.Runner(loop_factory=lessonkit.loop_factory(loop)) as runner:
        measured = runner.run(fan_out(n, delay_ms))
    return {"model": lessonkit.model_name(loop), **measured, "peakRssBytes": peak_resident_bytes(),
            "rssSource": "/proc/self/statm" if resident_bytes() is not None else "ru_maxrss (no /proc)"}


def run_fresh(n: int, delay_ms: float, loop: str = "asyncio", python: str = sys.executable) -> dict:
    """:func:`run` in a fresh interpreter, with a bounded wait."""
    check(n, delay_ms)
    command = [python, os.path.abspath(__file__), "--n", str(n), "--delay-ms", str(delay_ms), "--loop", loop]
    timeout = delay_ms / 1000 + WAIT_SLACK_SECONDS + 30
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise TimeoutError(f"fan-out of {n} did not finish within {timeout:.0f} s") from None
    if done.returncode != 0:
        raise RuntimeError(f"fan-out of {n} on {loop} failed (exit {done.returncode}): {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout)["runs"][0]


def check(n: int, delay_ms: float) -> None:
    if not 1 <= n <= MAX_N:
        raise ValueError(f"n must be 1 to {MAX_N}, was {n}")
    if not 0 <= delay_ms <= 600_000:
        raise ValueError(f"delay must be 0 to 600000 ms, was {delay_ms}")


def document(runs: List[dict]) -> dict:
    return {"scenario": "fan-out", "interpreter": f"{platform.python_implementation()} {platform.python_version()}",
            "processors": os.cpu_count(), "runs": runs}


def cli_main(argv: Optional[List[str]] = None) -> int:
    cli = argparse.ArgumentParser(prog="fanout.py", description=__doc__.split("\n\n")[0])
    cli.add_argument("--n", type=lambda text: lessonkit.counts(text, MAX_N), required=True, metavar="N[,N...]",
                     help="how many tasks; several run one after another, each in a fresh interpreter")
    cli.add_argument("--delay-ms", type=float, default=1000.0, metavar="D", help="each task's sleep (default 1000)")
    cli.add_argument("--loop", choices=list(lessonkit.MODELS), default="asyncio")
    args = cli.parse_args(argv)
    try:
        for n in args.n:
            check(n, args.delay_ms)
        lessonkit.loop_factory(args.loop)
    except (ValueError, lessonkit.Unavailable) as e:
        cli.error(str(e))
    try:
        if len(args.n) == 1:
            runs = [run(args.n[0], args.delay_ms, args.loop)]
        else:
            runs = [run_fresh(n, args.delay_ms, args.loop) for n in args.n]
    except (ArithmeticError, TimeoutError, RuntimeError) as e:
        print(f"fanout.py: {e}", file=sys.stderr)
        return 1
    print(json.dumps(document(runs), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(cli_main())
