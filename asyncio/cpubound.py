"""The lesson's quiz, measured in asyncio itself: is asyncio a good choice for CPU-bound work?

The same experiment as the Java side's ``CpuBoundExperiment``, with its plan and its JSON shape
(``CpuBoundReport``): a heartbeat coroutine ticks every 10 ms on the loop; 300 ms in, a CPU-bound
task of real computation (counting primes by trial division, about 500 ms, calibrated on this
machine and checked against a sieve) starts; at 400 ms a reply is asked for that sleeps 20 ms;
200 ms after both are done the run ends. Every time but the heartbeat's period scales.

Like the Java experiment, the CPU task and the reply are started at their times by the main
thread (``asyncio.run_coroutine_threadsafe`` into the loop's thread), so a stalled loop cannot
delay when they are asked for, only when they run. The runs:

* ``asyncio`` / ``blocked``: the CPU work called in a coroutine on the loop: nothing else runs.
* ``asyncio`` / ``blocked-yield``: the same, awaiting ``asyncio.sleep(0)`` every 1024 numbers.
* ``asyncio`` / ``fixed``: ``asyncio.to_thread``, the lesson's era's answer. The loop is free, but
  the work still holds the GIL: the heartbeat gets in only when the interpreter switches threads
  (``sys.getswitchinterval()``, 5 ms by default), and the work shares the interpreter with it.
* ``asyncio-process-pool`` / ``fixed``: ``loop.run_in_executor`` with a ``ProcessPoolExecutor``:
  another interpreter, its own GIL (started before the run, so its start-up is not in the window).

    python3 asyncio/cpubound.py --scale 1 > cpu-bound.json
    python3 asyncio/cpubound.py --summary
    python3 asyncio/cpubound.py --primes-below 2564181 --primes 187429 --runs blocked,fixed   # the Java side's work

Exit status: 0 done, 1 a run failed (a wrong count, a run that did not finish), 2 bad usage.
"""

from __future__ import annotations

import sys

if sys.version_info < (3, 11):
    sys.exit(f"cpubound.py needs Python 3.11 or newer; this is {sys.version.split()[0]}")

import argparse
import asyncio
import concurrent.futures
import contextlib
import json
import math
import multiprocessing
import os
import platform
import threading
import time
from dataclasses import dataclass
from typing import Awaitable, Callable, Dict, Generator, List, Optional, Tuple

import lessonkit

# The CPU work --------------------------------------------------------------------------------------

#: The largest limit, as the Java side's ``CpuWork``.
MAX_LIMIT = 250_000_000
#: The work yields (or may yield) once every this many numbers it tests.
CHECKPOINT_EVERY = 1_024


def _check_limit(limit: int) -> int:
    if not 2 <= limit <= MAX_LIMIT:
        raise ValueError(f"CPU work limit must be between 2 and {MAX_LIMIT}, was {limit}")
    return limit


def counting(limit: int) -> Generator[None, None, int]:
    """Counts the primes below ``limit`` by trial division, pausing (``yield``) at every checkpoint.

    One algorithm for every run: called straight through, or with an ``await`` at each pause.
    """
    count = 1 if limit > 2 else 0  # 2, the only even prime
    for candidate in range(3, limit, 2):
        divisor = 3
        while divisor * divisor <= candidate and candidate % divisor:
            divisor += 2
        if divisor * divisor > candidate:
            count += 1
        if candidate % CHECKPOINT_EVERY == 1:
            yield
    return count


def _step(work: Generator[None, None, int]) -> Optional[int]:
    """Runs ``work`` to its next pause (None) or to its end (the count)."""
    try:
        next(work)
        return None
    except StopIteration as done:
        return done.value


def count_primes(limit: int) -> int:
    """The CPU-bound task, straight through."""
    work = counting(limit)
    while (primes := _step(work)) is None:
        pass
    return primes


async def count_primes_yielding(limit: int) -> int:
    """The CPU-bound task, giving the loop its turn at every checkpoint."""
    work = counting(limit)
    while (primes := _step(work)) is None:
        await asyncio.sleep(0)
    return primes


def timed_count(limit: int):
    """The CPU task in another process: its count, and when it started and ended (``time.monotonic_ns``,
    one clock for every process of the machine)."""
    start = time.monotonic_ns()
    primes = count_primes(limit)
    return primes, start, time.monotonic_ns()


def sieve(limit: int) -> int:
    """The primes below ``limit``, by the sieve of Eratosthenes: the independent answer."""
    _check_limit(limit)
    composite = bytearray(limit)
    for n in range(2, math.isqrt(limit - 1) + 1):
        if not composite[n]:
            composite[n * n::n] = b"\x01" * len(range(n * n, limit, n))
    return limit - 2 - sum(composite[2:])


@dataclass(frozen=True)
class Work:
    """Count the primes below ``limit``; ``primes`` is the sieve's answer (the Java side's ``CpuWork``)."""

    limit: int
    primes: int

    def __post_init__(self):
        _check_limit(self.limit)
        if self.primes < 0:
            raise ValueError(f"prime count must not be negative, was {self.primes}")

    @staticmethod
    def of(limit: int, primes: Optional[int] = None) -> "Work":
        """The work of ``limit``, its answer from the sieve unless given."""
        return Work(limit, sieve(limit) if primes is None else primes)

    @staticmethod
    def calibrate(target_seconds: float) -> "Work":
        """Work that takes about ``target_seconds`` here, now, found as the Java side finds it: timed at
        growing limits, extrapolated (cost ~ limit^1.5 / ln(limit)) and corrected once."""
        if not target_seconds > 0:
            raise ValueError(f"calibration target must be positive, was {target_seconds}")
        limit = 20_000
        took = _time_of(limit)
        while took < target_seconds / 8 and limit <= MAX_LIMIT // 2:
            limit *= 2
            took = _time_of(limit)
        limit = _extrapolate(limit, took, target_seconds)
        limit = _extrapolate(limit, _time_of(limit), target_seconds)
        return Work.of(limit)

    def check(self, counted: int) -> int:
        if counted != self.primes:
            raise ArithmeticError(f"the CPU task counted {counted} primes below {self.limit}, "
                                  f"but the sieve counts {self.primes}: the computation is wrong")
        return counted

    def to_json(self) -> dict:
        return {"limit": self.limit, "primes": self.primes}


def _time_of(limit: int) -> float:
    start = time.perf_counter()
    count_primes(limit)
    return max(1e-9, time.perf_counter() - start)


def _extrapolate(limit: int, took: float, target: float) -> int:
    exponent = 1.5 - 1 / math.log(limit)
    return int(min(max(limit * (target / took) ** (1 / exponent), 2), MAX_LIMIT))


# The plan ------------------------------------------------------------------------------------------

PERIOD_MS = 10.0
CPU_START_MS = 300.0
CPU_WORK_MS = 500.0
ASK_MS = 400.0
REPLY_SLEEP_MS = 20.0
TAIL_MS = 200.0
MIN_PERIODS_OF_WORK = 10
WAIT_SLACK_SECONDS = 30


@dataclass(frozen=True)
class Plan:
    """When each part happens, in ms from the start of a run (the Java side's ``CpuBoundPlan``)."""

    period_ms: float
    cpu_start_ms: float
    cpu_target_ms: float
    ask_ms: float
    reply_sleep_ms: float
    tail_ms: float
    work: Work

    @staticmethod
    def at(scale: float, work: Work) -> "Plan":
        return Plan(PERIOD_MS, CPU_START_MS * scale, CPU_WORK_MS * scale, ASK_MS * scale,
                    REPLY_SLEEP_MS * scale, TAIL_MS * scale, work)

    @staticmethod
    def check_scale(scale: float) -> float:
        lessonkit.check_scale(scale)
        needed = MIN_PERIODS_OF_WORK * PERIOD_MS
        if CPU_WORK_MS * scale < needed:
            raise ValueError(f"at scale {scale} the CPU work would last {CPU_WORK_MS * scale:.0f} ms, under the "
                             f"{needed:.0f} ms ({MIN_PERIODS_OF_WORK} heartbeat periods) it needs to show whether "
                             f"the heartbeat ticks during it; use a scale of at least {needed / CPU_WORK_MS}")
        return scale

    def wait_bound_seconds(self, work_seconds: float) -> float:
        """How long a run waits for its CPU task or reply: twenty times the expected work, plus slack."""
        return 20 * work_seconds + WAIT_SLACK_SECONDS

    def to_json(self) -> dict:
        return {"periodMs": self.period_ms, "cpuStartMs": self.cpu_start_ms, "cpuTargetMs": self.cpu_target_ms,
                "askMs": self.ask_ms, "replySleepMs": self.reply_sleep_ms, "tailMs": self.tail_ms,
                "work": self.work.to_json()}


# One run -------------------------------------------------------------------------------------------


def _millis(nanos: int) -> float:
    """Milliseconds to the microsecond, as the Java recorder writes them."""
    return round(nanos / 1e3) / 1e3


class Recorder:
    """Stamps the events of one run with ``time.monotonic_ns`` since the recorder was made."""

    def __init__(self):
        self.origin = time.monotonic_ns()
        self.ticks: List[int] = []
        self.cpu_start: Optional[int] = None
        self.cpu_end: Optional[int] = None
        self.asked_at: Optional[int] = None
        self.replied_at: Optional[int] = None
        self.finished_at: Optional[int] = None

    def elapsed(self) -> int:
        return time.monotonic_ns() - self.origin

    def tick(self) -> None:
        if self.finished_at is None:
            self.ticks.append(self.elapsed())

    @contextlib.contextmanager
    def cpu_window(self):
        """Stamps the start and the end of the CPU work it surrounds, on whichever thread that runs."""
        self.cpu_start = self.elapsed()
        yield
        self.cpu_end = self.elapsed()

    def asked(self) -> None:
        self.asked_at = self.elapsed()

    def replied(self) -> None:
        self.replied_at = self.elapsed()

    def finish(self) -> None:
        self.finished_at = self.elapsed()

    def sleep_until(self, millis: float) -> None:
        time.sleep(max(0.0, (millis * 1e6 - self.elapsed()) / 1e9))

    @staticmethod
    def _recorded(nanos: Optional[int], event: str) -> float:
        if nanos is None:
            raise RuntimeError(f"{event} was never recorded")
        return _millis(nanos)

    def timeline(self) -> dict:
        return {
            "ticksMs": [_millis(tick) for tick in sorted(self.ticks)],
            "cpuMs": {"startMs": self._recorded(self.cpu_start, "the CPU task's start"),
                      "endMs": self._recorded(self.cpu_end, "the CPU task's end")},
            "askMs": self._recorded(self.asked_at, "the ask"),
            "replyMs": self._recorded(self.replied_at, "the reply"),
            "endMs": self._recorded(self.finished_at, "the end"),
        }


def measures(run: dict) -> dict:
    """The measures the Java side derives from a timeline (``CpuBoundRun``), under its names."""
    ticks, end, cpu = run["ticksMs"], run["endMs"], run["cpuMs"]
    gaps = [later - earlier for earlier, later in zip([0.0, *ticks], [*ticks, end])]
    return {
        "cpuTimeMs": cpu["endMs"] - cpu["startMs"],
        "replyDelayMs": run["replyMs"] - (run["askMs"] + run["plan"]["replySleepMs"]),
        "ticksDuringCpu": sum(1 for tick in ticks if cpu["startMs"] < tick < cpu["endMs"]),
        "worstGapMs": max(gaps),
    }


class LoopThread:
    """An event loop running in its own thread, as the Java models run theirs beside the main thread."""

    JOIN_SECONDS = 10

    def __init__(self, loop: str):
        self.loop = lessonkit.loop_factory(loop)()
        self.thread = threading.Thread(target=self.loop.run_forever, name="loop", daemon=True)
        self.thread.start()

    def submit(self, coroutine) -> concurrent.futures.Future:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def close(self) -> None:
        try:
            self.submit(self.loop.shutdown_default_executor()).result(timeout=self.JOIN_SECONDS)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(timeout=self.JOIN_SECONDS)
            if self.thread.is_alive():
                raise RuntimeError(f"the loop thread did not stop within {self.JOIN_SECONDS} s")
            self.loop.close()


def await_future(future: concurrent.futures.Future, seconds: float, what: str):
    """The future's result within ``seconds``; on timeout it is cancelled and the error names ``what``."""
    try:
        return future.result(timeout=seconds)
    except concurrent.futures.TimeoutError:
        future.cancel()
        raise TimeoutError(f"{what} did not finish within {seconds:.0f} s") from None


async def heartbeat(period_seconds: float, tick: Callable[[], None]):
    while True:
        await asyncio.sleep(period_seconds)
        tick()


async def reply(sleep_seconds: float, replied: Callable[[], None]):
    await asyncio.sleep(sleep_seconds)
    replied()


async def cpu_on_the_loop(recorder: Recorder, limit: int, pool) -> int:
    with recorder.cpu_window():
        return count_primes(limit)


async def cpu_yielding_on_the_loop(recorder: Recorder, limit: int, pool) -> int:
    with recorder.cpu_window():
        return await count_primes_yielding(limit)


async def cpu_to_thread(recorder: Recorder, limit: int, pool) -> int:
    def counted():
        with recorder.cpu_window():
            return count_primes(limit)

    return await asyncio.to_thread(counted)


async def cpu_in_process_pool(recorder: Recorder, limit: int, pool: concurrent.futures.Executor) -> int:
    primes, start, end = await asyncio.get_running_loop().run_in_executor(pool, timed_count, limit)
    recorder.cpu_start, recorder.cpu_end = start - recorder.origin, end - recorder.origin
    return primes


@dataclass(frozen=True)
class Kind:
    """One run of the experiment: the model it reports as, its variant, and how it runs the CPU task."""

    name: str
    model_suffix: str
    variant: str
    cpu: Callable[[Recorder, int, Optional[concurrent.futures.Executor]], Awaitable[int]]
    wiring: str
    needs_pool: bool = False

    def model(self, loop: str) -> str:
        return lessonkit.model_name(loop) + self.model_suffix


_HEARTBEAT = "heartbeat and reply: coroutines awaiting asyncio.sleep on the loop"

KINDS = {kind.name: kind for kind in (
    Kind("blocked", "", "blocked", cpu_on_the_loop, f"{_HEARTBEAT}; the CPU work called in a coroutine on the loop"),
    Kind("blocked-yield", "", "blocked-yield", cpu_yielding_on_the_loop,
         f"{_HEARTBEAT}; the CPU work in a coroutine on the loop, awaiting asyncio.sleep(0) every "
         f"{CHECKPOINT_EVERY} numbers"),
    Kind("fixed", "", "fixed", cpu_to_thread,
         f"{_HEARTBEAT}; the CPU work in asyncio.to_thread (a thread of the default executor, "
         "sharing the GIL with the loop)"),
    Kind("process-pool", "-process-pool", "fixed", cpu_in_process_pool,
         f"{_HEARTBEAT}; the CPU work in loop.run_in_executor(ProcessPoolExecutor(max_workers=1)) "
         "(another interpreter with its own GIL, started before the run)", needs_pool=True),
)}


def _process_pool() -> concurrent.futures.ProcessPoolExecutor:
    """One worker process, started now (spawned: the loop thread makes fork unsafe)."""
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        await_future(pool.submit(count_primes, 10), WAIT_SLACK_SECONDS, "starting the process pool")
    except BaseException:
        pool.shutdown(cancel_futures=True)
        raise
    return pool


def run(kind: Kind, plan: Plan, loop: str = "asyncio") -> dict:
    """One run of ``kind`` following ``plan``, as one element of the report's ``runs``."""
    bound = plan.wait_bound_seconds(plan.cpu_target_ms / 1000)
    what = f"{kind.model(loop)} ({kind.variant})"
    with contextlib.ExitStack() as resources:
        pool = resources.enter_context(_process_pool()) if kind.needs_pool else None
        loop_thread = LoopThread(loop)
        resources.callback(loop_thread.close)
        recorder = Recorder()
        beating = loop_thread.submit(heartbeat(plan.period_ms / 1000, recorder.tick))
        try:
            recorder.sleep_until(plan.cpu_start_ms)
            cpu = loop_thread.submit(kind.cpu(recorder, plan.work.limit, pool))
            recorder.sleep_until(plan.ask_ms)
            recorder.asked()
            replying = loop_thread.submit(reply(plan.reply_sleep_ms / 1000, recorder.replied))
            primes = plan.work.check(await_future(cpu, bound, f"{what}: the CPU task"))
            await_future(replying, bound, f"{what}: the reply")
            time.sleep(plan.tail_ms / 1000)
        finally:
            beating.cancel()
            recorder.finish()
    result = {"model": kind.model(loop), "variant": kind.variant, "wiring": kind.wiring,
              "jvm": {"pid": os.getpid(), "forked": False, "properties": interpreter_properties(loop)},
              "plan": plan.to_json(), **recorder.timeline(), "primes": primes}
    return {**result, **measures(result)}


def interpreter_properties(loop: str) -> Dict[str, str]:
    """What shapes a run on this interpreter, where the Java runs list their JVM's properties."""
    return {"python.implementation": platform.python_implementation(), "python.version": platform.python_version(),
            "sys.getswitchinterval": str(sys.getswitchinterval()), "loop": lessonkit.loop_description(loop)}


def report(scale: float, runs: List[Tuple[Kind, str]], work: Optional[Work] = None) -> dict:
    """Calibrates the work (unless given), then runs each kind on its loop, one after another: the
    Java side's ``CpuBoundReport`` shape (its ``java`` names the interpreter)."""
    Plan.check_scale(scale)
    plan = Plan.at(scale, work or Work.calibrate(CPU_WORK_MS * scale / 1000))
    return {"scenario": "cpu-bound",
            "java": f"{platform.python_implementation()} {platform.python_version()}",
            "processors": os.cpu_count(), "scale": scale, "plan": plan.to_json(),
            "runs": [run(kind, plan, loop) for kind, loop in runs]}


def summary(document: dict) -> str:
    """One line per run: the measures that answer the quiz."""
    rows = [f"{'model':<28} {'variant':<14} {'cpu ms':>8} {'ticks during cpu':>17} {'worst gap ms':>13} "
            f"{'reply late ms':>14}"]
    for r in document["runs"]:
        rows.append(f"{r['model']:<28} {r['variant']:<14} {r['cpuTimeMs']:>8.1f} {r['ticksDuringCpu']:>17} "
                    f"{r['worstGapMs']:>13.1f} {r['replyDelayMs']:>14.1f}")
    work = document["plan"]["work"]
    rows.append(f"work: the {work['primes']} primes below {work['limit']}; heartbeat every "
                f"{document['plan']['periodMs']:.0f} ms; {document['java']}")
    return "\n".join(rows)


def cli_main(argv: Optional[List[str]] = None) -> int:
    cli = argparse.ArgumentParser(prog="cpubound.py", description=__doc__.split("\n\n")[0],
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    cli.add_argument("--scale", type=float, default=1.0, metavar="S",
                     help="factor on every time but the heartbeat's period (default 1; at least 0.2)")
    cli.add_argument("--loop", choices=list(lessonkit.MODELS), default="asyncio")
    cli.add_argument("--runs", type=lambda text: [KINDS[name] for name in lessonkit.names(text, KINDS, "run(s)")],
                     default=list(KINDS.values()), metavar="R[,R...]",
                     help=f"which runs, in order (default all: {','.join(KINDS)})")
    cli.add_argument("--primes-below", type=int, metavar="N",
                     help="count the primes below N instead of calibrating (e.g. the Java side's calibrated N)")
    cli.add_argument("--primes", type=int, metavar="P",
                     help="with --primes-below: the expected count (default: the sieve's)")
    cli.add_argument("--summary", action="store_true", help="print a table of the measures instead of JSON")
    args = cli.parse_args(argv)
    if args.primes is not None and args.primes_below is None:
        cli.error("--primes needs --primes-below")
    try:
        Plan.check_scale(args.scale)
        work = None if args.primes_below is None else Work.of(args.primes_below, args.primes)
        lessonkit.loop_factory(args.loop)
    except (ValueError, lessonkit.Unavailable) as e:
        cli.error(str(e))
    try:
        document = report(args.scale, [(kind, args.loop) for kind in args.runs], work)
    except (ArithmeticError, TimeoutError, RuntimeError) as e:
        print(f"cpubound.py: {e}", file=sys.stderr)
        return 1
    print(summary(document) if args.summary else json.dumps(document, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(cli_main())
