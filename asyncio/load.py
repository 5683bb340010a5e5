"""Open-loop load: asyncio and aiohttp GETting posts at fixed rates, latency counted from when each GET was due.

For each offered rate, GET ``i`` of ``posts/{i % 100 + 1}`` is due at ``start + i / rate`` whatever the
earlier GETs are doing: a scheduler sleeps until each due time and starts a task for the GET (at once when
it is late), never waiting for an answer. A client that waited for answers before sending more would send
less while the server is slow and so never time the GETs it did not send (coordinated omission); here a slow
server, or a client that falls behind its own schedule, shows in the latency, which runs from the GET's due
time to its parsed answer. Per rate: answered and failed GETs, the answered rate, latency percentiles
(nearest rank, exact) and their distribution, CPU time per GET; the Java models' load runs the same schedule.

    python3 asyncio/load.py --base-url http://127.0.0.1:8080/ --rates 500,1000
    python3 asyncio/load.py --base-url http://127.0.0.1:8080/ --rates 500 --duration-ms 2000 --loop uvloop

Prints one JSON document: ``{"scenario": "load", "interpreter", "processors", "runs": [{"model", "rate",
"requests", "answered", "errors", "firstError", "achievedPerSecond", "latencyMs", "distribution",
"cpuMicrosPerRequest", "bytesPerRequest", "peakThreads"}]}``. Exit status: 0 done (failed GETs are
counted, not fatal), 1 a rate did not finish within its bound, 2 bad usage (aiohttp or uvloop missing too).
"""

from __future__ import annotations

import sys

if sys.version_info < (3, 11):
    sys.exit(f"load.py needs Python 3.11 or newer; this is {sys.version.split()[0]}")

import argparse
import asyncio
import json
import math
import os
import platform
import threading
import time
from dataclasses import dataclass, field
from fractions import Fraction
from typing import List, Optional, Sequence

import lesson
import lessonkit

#: The posts the schedule cycles through: the stub's 1 to 100.
POSTS = 100
MAX_RATE = 1_000_000
MAX_DURATION_MS = 3_600_000
MAX_LATENCY_MS = 60_000
MAX_TIMEOUT_MS = 86_400_000
#: Slack on top of a rate's schedule and one GET's timeout before the rate is abandoned.
WAIT_SLACK_SECONDS = 30

#: The percentiles of the distribution: HdrHistogram's halving steps towards 100, then its tail.
DISTRIBUTION = (0.0, 50.0, 75.0, 87.5, 93.75, 96.875, 98.4375, 99.21875, 99.6, 99.8, 99.9, 99.95, 99.99, 100.0)
#: The percentiles of ``latencyMs``.
SUMMARY = (("p50", 50.0), ("p90", 90.0), ("p99", 99.0), ("p999", 99.9), ("max", 100.0))


# The schedule ---------------------------------------------------------------------------------------


def requests_of(rate: int, duration_ms: int) -> int:
    """How many GETs ``rate`` a second for ``duration_ms`` makes, rounded half up as the Java schedule rounds."""
    return (rate * duration_ms + 500) // 1000


def due_ns(start_ns: int, index: int, rate: int) -> int:
    """When GET ``index`` is due: ``index / rate`` seconds after ``start_ns``."""
    return start_ns + index * 1_000_000_000 // rate


def post_id(index: int) -> int:
    """The post GET ``index`` asks for: 1 to 100 in turn."""
    return index % POSTS + 1


# The latency's statistics ---------------------------------------------------------------------------


def rank(percentile: float, n: int) -> int:
    """The nearest rank (1 to ``n``) of ``percentile`` among ``n`` sorted values, in exact arithmetic."""
    return min(n, max(1, math.ceil(Fraction(str(percentile)) * n / 100)))


def millis(nanos: int) -> float:
    return round(nanos / 1e6, 3)


def summary(sorted_ns: Sequence[int]) -> dict:
    """``{"p50", "p90", "p99", "p999", "max"}`` in ms, nearest rank.

    All 0 when nothing was answered, as an empty HdrHistogram reports them (the Java record needs numbers);
    ``answered`` and ``errors`` say why.
    """
    if not sorted_ns:
        return {name: 0.0 for name, _ in SUMMARY}
    return {name: millis(sorted_ns[rank(percentile, len(sorted_ns)) - 1]) for name, percentile in SUMMARY}


def distribution(sorted_ns: Sequence[int]) -> List[dict]:
    """The latency at each of :data:`DISTRIBUTION`'s percentiles that the sample resolves.

    A percentile between 0 and 100 whose nearest rank is the last value says nothing the maximum
    does not, and is left out; 0 (the minimum) and 100 (the maximum) are always there.
    """
    n = len(sorted_ns)
    return [{"percentile": percentile, "ms": millis(sorted_ns[rank(percentile, n) - 1])}
            for percentile in DISTRIBUTION
            if n and (percentile in (0, 100) or rank(percentile, n) < n)]


# One rate -------------------------------------------------------------------------------------------


@dataclass
class Tally:
    """What the GETs of one rate did, on the ``perf_counter_ns`` clock."""

    rate: int
    requests: int
    start_ns: int = 0
    #: When the scheduler had started the last GET's task.
    issued_ns: int = 0
    #: When the last GET ended, answered or not.
    last_end_ns: int = 0
    latencies_ns: List[int] = field(default_factory=list)
    errors: int = 0
    first_error: Optional[str] = None
    cpu_ns: int = 0
    peak_threads: int = 0

    def answered(self, due: int, end: int) -> None:
        self.latencies_ns.append(end - due)
        self.last_end_ns = max(self.last_end_ns, end)

    def failed(self, end: int, error: str) -> None:
        self.errors += 1
        self.last_end_ns = max(self.last_end_ns, end)
        if self.first_error is None:
            self.first_error = error

    def sample_threads(self) -> None:
        self.peak_threads = max(self.peak_threads, threading.active_count())

    def to_json(self, model: str) -> dict:
        latencies = sorted(self.latencies_ns)
        span_s = (self.last_end_ns - self.start_ns) / 1e9
        return {"model": model, "rate": self.rate, "requests": self.requests, "answered": len(latencies),
                "errors": self.errors, "firstError": self.first_error,
                "achievedPerSecond": round(len(latencies) / span_s, 3) if span_s > 0 else 0.0,
                "latencyMs": summary(latencies), "distribution": distribution(latencies),
                "cpuMicrosPerRequest": round(self.cpu_ns / 1e3 / self.requests, 3),
                "bytesPerRequest": None, "peakThreads": self.peak_threads}


async def get(session, url: str, wanted: int, due: int, tally: Tally) -> None:
    """GET ``url`` (bounded by the session's timeout), check it is post ``wanted`` and count it."""
    try:
        post = await lesson.fetch_url(session, url)
    except Exception as failure:  # every failure is counted; the schedule goes on
        why = lesson.describe(failure)
        tally.failed(time.perf_counter_ns(), why if url in why else f"GET {url}: {why}")
        return
    end = time.perf_counter_ns()
    got = post.get("id") if isinstance(post, dict) else None
    if got == wanted and type(got) is int:
        tally.answered(due, end)
    else:
        tally.failed(end, f"GET {url} answered post {got!r}, not post {wanted}")


async def offer(session, base_url: str, rate: int, requests: int, latency_ms: int = 0) -> Tally:
    """Offers ``requests`` GETs at ``rate`` a second on ``session``, open loop, and waits for the last.

    With ``latency_ms``, each GET asks the stub to wait that long (``?delay=``); 0 leaves it to the stub.
    Each GET is bounded by the session's timeout, so the wait for the last ones is too.
    """
    tally = Tally(rate, requests)
    in_flight = set()
    cpu_start = time.process_time_ns()
    tally.start_ns = start = time.perf_counter_ns()
    try:
        for index in range(requests):
            due = due_ns(start, index, rate)
            wait = due - time.perf_counter_ns()
            if wait > 0:
                await asyncio.sleep(wait / 1e9)
            wanted = post_id(index)
            task = asyncio.create_task(get(session, lesson.resource(base_url, f"posts/{wanted}", latency_ms or None),
                                           wanted, due, tally))
            in_flight.add(task)
            task.add_done_callback(in_flight.discard)
        tally.issued_ns = time.perf_counter_ns()
        tally.sample_threads()
        await asyncio.gather(*in_flight)
    finally:
        for task in in_flight:
            task.cancel()
    tally.cpu_ns = time.process_time_ns() - cpu_start
    tally.sample_threads()
    return tally


def client_session(timeout_ms: int):
    """One session for the whole load: no cap on connections (the Java clients have none), every GET bounded."""
    http = lesson.aiohttp()
    seconds = timeout_ms / 1000
    return http.ClientSession(timeout=http.ClientTimeout(total=seconds, connect=seconds),
                              connector=http.TCPConnector(limit=0))


async def bounded_offer(session, base_url: str, rate: int, requests: int, latency_ms: int, timeout_ms: int) -> Tally:
    bound = requests / rate + timeout_ms / 1000 + WAIT_SLACK_SECONDS
    try:
        async with asyncio.timeout(bound):
            return await offer(session, base_url, rate, requests, latency_ms)
    except TimeoutError:
        raise TimeoutError(f"{rate} GETs/s: {requests} GETs did not finish within {bound:.0f} s") from None


async def sweep(base_url: str, rates: Sequence[int], duration_ms: int, warmup_ms: int, latency_ms: int,
                timeout_ms: int) -> List[Tally]:
    """The warm-up at the lowest rate (unrecorded), then each rate, on one session."""
    async with client_session(timeout_ms) as session:
        warmup = requests_of(rates[0], warmup_ms)
        if warmup > 0:
            await bounded_offer(session, base_url, rates[0], warmup, latency_ms, timeout_ms)
        return [await bounded_offer(session, base_url, rate, requests_of(rate, duration_ms), latency_ms, timeout_ms)
                for rate in rates]


def run(base_url: str, rates: Sequence[int], duration_ms: int, warmup_ms: int = 0, latency_ms: int = 0,
        timeout_ms: int = 5000, loop: str = "asyncio") -> List[dict]:
    """The runs of a sweep on a fresh loop of ``loop``.

    :raises lessonkit.Unavailable: when aiohttp or the loop is not importable
    :raises ValueError: when a rate and the duration make no GET
    :raises TimeoutError: when a rate did not finish within its bound
    """
    check(rates, duration_ms)
    model = lessonkit.model_name(loop)
    factory = lessonkit.loop_factory(loop)
    lesson.aiohttp()
    with asyncio.Runner(loop_factory=factory) as runner:
        tallies = runner.run(sweep(base_url, rates, duration_ms, warmup_ms, latency_ms, timeout_ms))
    return [tally.to_json(model) for tally in tallies]


def check(rates: Sequence[int], duration_ms: int) -> None:
    for rate in rates:
        if requests_of(rate, duration_ms) < 1:
            raise ValueError(f"{rate} GETs/s for {duration_ms} ms makes no GET; give a longer --duration-ms")


def document(runs: List[dict]) -> dict:
    return {"scenario": "load", "interpreter": f"{platform.python_implementation()} {platform.python_version()}",
            "processors": os.cpu_count(), "runs": runs}


# The command line -----------------------------------------------------------------------------------


def rates_argument(text: str) -> List[int]:
    """A command line's ``--rates``: GETs a second, each 1 to 1,000,000, increasing."""
    rates = lessonkit.counts(text, MAX_RATE)
    if any(later <= earlier for earlier, later in zip(rates, rates[1:])):
        raise argparse.ArgumentTypeError(f"rates must increase, were '{text}'")
    return rates


def millis_argument(what: str, low: int, high: int):
    """The type of a command line's whole number of milliseconds from ``low`` to ``high``."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what} must be a whole number of milliseconds, was '{text}'") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} must be {low} to {high} ms, was {text}")
        return value
    return parse


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(prog="load.py", description=__doc__.split("\n\n")[0])
    cli.add_argument("--base-url", type=lesson.base_url_argument, required=True, metavar="URL",
                     help="a jsonplaceholder-compatible server, e.g. http://127.0.0.1:8080/")
    cli.add_argument("--rates", type=rates_argument, required=True, metavar="R[,R...]",
                     help="the offered rates in GETs a second, increasing")
    cli.add_argument("--duration-ms", type=millis_argument("duration", 1, MAX_DURATION_MS), default=10_000,
                     metavar="MS", help="how long each rate is offered (default 10000)")
    cli.add_argument("--warmup-ms", type=millis_argument("warm-up", 0, MAX_DURATION_MS), default=5_000,
                     metavar="MS", help="how long the lowest rate is offered first, unrecorded (default 5000; 0 none)")
    cli.add_argument("--latency-ms", type=millis_argument("latency", 0, MAX_LATENCY_MS), default=0, metavar="MS",
                     help="ask the stub to wait this long before each answer (?delay=MS); 0 (default): its own")
    cli.add_argument("--timeout-ms", type=millis_argument("timeout", 1, MAX_TIMEOUT_MS), default=5_000,
                     metavar="MS", help="each GET's connect and total timeout (default 5000)")
    cli.add_argument("--loop", choices=list(lessonkit.MODELS), default="asyncio")
    return cli


def cli_main(argv: Optional[List[str]] = None) -> int:
    cli = parser()
    args = cli.parse_args(argv)
    try:
        check(args.rates, args.duration_ms)
        lessonkit.loop_factory(args.loop)
        lesson.aiohttp()
    except (ValueError, lessonkit.Unavailable) as e:
        cli.error(str(e))
    try:
        runs = run(args.base_url, args.rates, args.duration_ms, args.warmup_ms, args.latency_ms, args.timeout_ms,
                   args.loop)
    except TimeoutError as e:
        print(f"load.py: {e}", file=sys.stderr)
        return 1
    print(json.dumps(document(runs), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(cli_main())
