"""The asyncio lesson's own code (described in docs/lesson.md), runnable beside the Java models.

The coroutines are the lesson's, with the lesson's names and printed lines; two things differ:
``print`` is :func:`lessonkit.say` (which stamps each line with its time and task) and every delay
goes through :func:`lessonkit.seconds` (the suite's time scale: at 0.01 the lesson's 3 s is 30 ms).

Run a scenario as ``./compare`` runs one of the Java models::

    python3 asyncio/lesson.py gather --scale 0.01
    python3 asyncio/lesson.py all --scale 0.1 --loop uvloop
    python3 asyncio/lesson.py http --base-url http://127.0.0.1:8080/   # e.g. ./compare stub --port 8080
    python3 asyncio/lesson.py gather --json

Exit status: 0 every run succeeded, 1 a run failed, 2 bad usage, 3 a run was skipped (an optional
package such as aiohttp or uvloop is not importable) and none failed.
"""

from __future__ import annotations

import sys

if sys.version_info < (3, 11):
    sys.exit(f"lesson.py needs Python 3.11 or newer (asyncio.Runner, asyncio.timeout); this is {sys.version.split()[0]}")

import argparse
import asyncio
import json
import time
from dataclasses import dataclass
from typing import Any, Callable, List, Optional
from urllib.parse import urljoin, urlsplit

import lessonkit
from lessonkit import Unavailable, say, seconds

# The lesson's coroutines ---------------------------------------------------------------------------


async def greet(name):
    await asyncio.sleep(seconds(1))  # Simulate some work
    say(f"Hello, {name}!")


async def main_single():
    say("Running single coroutine...")
    await greet("Alice")
    say("Single coroutine finished.")


async def fetch_data():
    say("Fetching data...")
    await asyncio.sleep(seconds(2))  # Simulate a 2-second I/O operation
    say("Data fetched!")
    return {"data": "Some important data"}


async def main():
    say("Starting main...")
    data = await fetch_data()
    say(f"Received: {data}")
    say("Main finished.")
    return data  # (the lesson's main returns nothing; the runner reports what it received)


#: gather's tasks: name and delay in lesson seconds.
GATHER_TASKS = (("A", 3), ("B", 1), ("C", 2))


async def task(name, delay):
    say(f"Task {name}: Starting (delay={delay}s)")
    await asyncio.sleep(seconds(delay))
    say(f"Task {name}: Finished")
    return f"Result from {name}"


async def main_concurrent():
    say("Running concurrent tasks...")
    start_time = time.perf_counter()  # (the lesson's time.time(), but monotonic)

    # Run tasks concurrently
    results = await asyncio.gather(
        task("A", 3),
        task("B", 1),
        task("C", 2)
    )

    end_time = time.perf_counter()
    say(f"All tasks finished in {end_time - start_time:.2f} seconds.")
    say(f"Results: {results}")
    return results


# The HTTP example ----------------------------------------------------------------------------------

#: Every wait of an HTTP client is bounded: no request hangs (``--timeout`` sets another bound).
HTTP_TIMEOUT_SECONDS = 30


def aiohttp():
    """The aiohttp module; :class:`lessonkit.Unavailable` when it is not installed."""
    return lessonkit.optional("aiohttp")


def client_session(limit: int = 100, timeout_seconds: float = HTTP_TIMEOUT_SECONDS):
    """The lesson's ``aiohttp.ClientSession()``, with a bound on every request and ``limit`` connections."""
    http = aiohttp()
    return http.ClientSession(timeout=http.ClientTimeout(total=timeout_seconds),
                              connector=http.TCPConnector(limit=limit))


def resource(base_url: str, path: str, delay_ms: Optional[int] = None) -> str:
    """``path`` under ``base_url``; with ``delay_ms``, asks the suite's stub to wait that long first."""
    url = urljoin(base_url, path)
    return url if delay_ms is None else f"{url}?delay={delay_ms}"


async def fetch_url(session, url):
    try:
        async with session.get(url) as response:
            response.raise_for_status()  # (added: the lesson would print a 404's error body as the post)
            return await response.json()
    except TimeoutError:  # (added: aiohttp's says neither the URL nor the bound)
        raise TimeoutError(f"GET {url}: no answer within {session.timeout.total:g} s") from None


async def fetch_post_and_comment(session, base_url, delay_ms=None):
    """The two GETs of the HTTP example, in flight at once, as every Java model sends them."""
    return await asyncio.gather(
        fetch_url(session, resource(base_url, "posts/1", delay_ms)),
        fetch_url(session, resource(base_url, "comments/1", delay_ms)))


async def main_http_example(base_url, timeout_seconds=HTTP_TIMEOUT_SECONDS):
    """The lesson's ``main_http_example``, its two GETs gathered (the lesson's gather section)."""
    async with client_session(timeout_seconds=timeout_seconds) as session:
        data1, data2 = await fetch_post_and_comment(session, base_url)
        say("--- Data from Post 1 ---")
        say(data1)
        say("\n--- Data from Comment 1 ---")
        say(data2)
        return {"post": data1, "comment": data2}


async def main_http_example_sequential(base_url, timeout_seconds=HTTP_TIMEOUT_SECONDS):
    """The lesson's ``main_http_example`` as written: the second GET waits for the first."""
    async with client_session(timeout_seconds=timeout_seconds) as session:
        data1 = await fetch_url(session, resource(base_url, "posts/1"))
        data2 = await fetch_url(session, resource(base_url, "comments/1"))
        say("--- Data from Post 1 ---")
        say(data1)
        say("\n--- Data from Comment 1 ---")
        say(data2)
        return {"post": data1, "comment": data2}


async def posts(session, base_url, ids, max_concurrency, delay_ms=None):
    """GETs ``posts/{id}`` for every id, never more than ``max_concurrency`` at once, in the order of ``ids``.

    The asyncio idiom for bounded concurrency: a task per request, an ``asyncio.Semaphore`` around each.
    """
    if max_concurrency < 1:
        raise ValueError(f"maxConcurrency must be at least 1, was {max_concurrency}")
    semaphore = asyncio.Semaphore(max_concurrency)

    async def post(post_id):
        async with semaphore:
            return await fetch_url(session, resource(base_url, f"posts/{post_id}", delay_ms))

    return await asyncio.gather(*(post(post_id) for post_id in ids))


# The runner ----------------------------------------------------------------------------------------

#: Slack on top of a run's ideal time before it is abandoned, as the Java facades wait.
WAIT_SLACK_SECONDS = 30


@dataclass(frozen=True)
class Scenario:
    """A ``main`` coroutine of the lesson as the CLI runs it, and its ideal time in lesson seconds."""

    label: str
    main: Callable[..., Any]
    lesson_seconds: Optional[float]
    description: str

    @property
    def needs_http(self) -> bool:
        return self.lesson_seconds is None

    def ideal_millis(self, scale: float) -> Optional[float]:
        return None if self.lesson_seconds is None else self.lesson_seconds * scale * 1000


SCENARIOS = {scenario.label: scenario for scenario in (
    Scenario("greet", main_single, 1, 'main_single(): awaits greet("Alice"), which sleeps 1 s, then says hello.'),
    Scenario("fetch", main, 2, "main(): awaits fetch_data(), 2 s of simulated I/O, and prints what it received."),
    Scenario("gather", main_concurrent, 3,
             "main_concurrent(): gathers tasks A, B and C (3, 1 and 2 s) concurrently: ideally 3 s, not 6."),
    Scenario("http", main_http_example, None,
             "main_http_example(): GETs posts/1 and comments/1 concurrently (gather) and prints them."),
    Scenario("http-sequential", main_http_example_sequential, None,
             "main_http_example() as the lesson writes it: the two GETs one after the other."),
)}

#: What ``all`` runs: the scenarios of the Java CLI's ``all``.
ALL = ("greet", "fetch", "gather", "http")


@dataclass
class RunResult:
    """One scenario run on one loop, in the shape of the Java CLI's ``--json`` runs."""

    model: str
    scenario: str
    wall_millis: Optional[float]
    ideal_millis: Optional[float]
    result: Any
    events: List[lessonkit.Event]
    error: Optional[str]
    skipped: bool = False

    def to_json(self) -> dict:
        return {"model": self.model, "scenario": self.scenario, "wallMillis": self.wall_millis,
                "idealMillis": self.ideal_millis, "result": self.result,
                "events": [event.to_json() for event in self.events], "error": self.error}


def describe(failure: BaseException) -> str:
    """Why a run failed, on one line; aiohttp's errors already name the URL or host."""
    message = str(failure)
    return f"{type(failure).__name__}: {message}" if message else type(failure).__name__


async def _bounded(scenario: Scenario, scale: float, base_url: Optional[str], http_timeout: float):
    ideal = scenario.lesson_seconds * scale if scenario.lesson_seconds is not None else http_timeout
    bound = ideal + WAIT_SLACK_SECONDS
    deadline = asyncio.timeout(bound)
    try:
        async with deadline:
            return await (scenario.main(base_url, http_timeout) if scenario.needs_http else scenario.main())
    except TimeoutError:
        if not deadline.expired():  # a GET's own timeout, which says more
            raise
        raise TimeoutError(f"{scenario.label} did not finish within {bound * 1000:.0f} ms") from None


def run(scenario: Scenario, loop: str, scale: float, base_url: Optional[str] = None,
        listener: Optional[Callable[[lessonkit.Event], None]] = None,
        http_timeout: float = HTTP_TIMEOUT_SECONDS) -> RunResult:
    """Runs ``scenario`` on a fresh loop; the wall time excludes making and closing the loop. Each GET of
    an HTTP scenario is abandoned after ``http_timeout`` seconds.

    :raises Unavailable: when the loop or the HTTP client is not importable
    """
    model = lessonkit.model_name(loop)
    factory = lessonkit.loop_factory(loop)
    if scenario.needs_http:
        aiohttp()
        if base_url is None:
            raise Unavailable(f"{scenario.label} needs --base-url: a jsonplaceholder-compatible server "
                              "(e.g. ./compare stub --port 8080, then --base-url http://127.0.0.1:8080/)")
    recording = lessonkit.Recording(listener)
    stage = lessonkit.Stage(scale, recording)
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.get_loop()
        recording.start()
        start = time.perf_counter_ns()
        try:
            result, error = runner.run(lessonkit.staged(stage, _bounded(scenario, scale, base_url, http_timeout))), None
        except Exception as failure:  # a failed run is reported, and the next one still runs
            result, error = None, describe(failure)
        wall = round((time.perf_counter_ns() - start) / 1e3) / 1e3
    return RunResult(model, scenario.label, wall, scenario.ideal_millis(scale), result, recording.events, error)


def _skipped(scenario: Scenario, loop: str, scale: float, reason: str) -> RunResult:
    return RunResult(lessonkit.MODELS.get(loop, loop), scenario.label, None, scenario.ideal_millis(scale), None, [],
                     f"skipped: {reason}", skipped=True)


# The command line ----------------------------------------------------------------------------------


def scale_argument(text: str) -> float:
    """A command line's ``--scale``, checked."""
    try:
        factor = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"scale must be a number, was '{text}'") from None
    try:
        return lessonkit.check_scale(factor)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def timeout_argument(text: str) -> float:
    """A command line's ``--timeout`` in seconds, checked: more than 0, at most a day."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"timeout must be a number of seconds, was '{text}'") from None
    if not 0 < seconds <= 86_400:
        raise argparse.ArgumentTypeError(f"timeout must be more than 0 and at most 86400 seconds, was {text}")
    return seconds


def base_url_argument(text: str) -> str:
    """A command line's base URL, checked, ending in ``/`` so that paths resolve under it."""
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise argparse.ArgumentTypeError(f"base URL must be an http or https URL, was '{text}'")
    return text if text.endswith("/") else text + "/"


def parser() -> argparse.ArgumentParser:
    scenarios = "\n".join(f"  {label:<16} {scenario.description}" for label, scenario in SCENARIOS.items())
    cli = argparse.ArgumentParser(
        prog="lesson.py", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Runs the asyncio lesson's own code and prints its lines as ./compare prints the Java models'.",
        epilog=f"scenarios:\n{scenarios}\n  {'all':<16} greet, fetch, gather, then http when --base-url is given\n\n"
               "exit status: 0 ok, 1 a run failed, 2 bad usage, 3 a run was skipped (a package is missing)")
    cli.add_argument("scenario", choices=[*SCENARIOS, "all"], metavar="SCENARIO",
                     help=f"one of {', '.join([*SCENARIOS, 'all'])}")
    cli.add_argument("--scale", type=scale_argument, default=1.0, metavar="S",
                     help="factor on every lesson delay (default 1, the lesson's own): 0.01 turns 3 s into 30 ms")
    cli.add_argument("--base-url", type=base_url_argument, metavar="URL",
                     help="a jsonplaceholder-compatible server for http, e.g. http://127.0.0.1:8080/")
    cli.add_argument("--timeout", type=timeout_argument, default=float(HTTP_TIMEOUT_SECONDS), metavar="SECONDS",
                     help=f"how long each GET of http may take (default {HTTP_TIMEOUT_SECONDS})")
    cli.add_argument("--loop", choices=list(lessonkit.MODELS), action="append", metavar="LOOP",
                     help="asyncio (default) or uvloop; repeatable")
    cli.add_argument("--json", action="store_true",
                     help="print one JSON document with every run, its lines and result, and nothing else")
    return cli


def chosen(args) -> List[Scenario]:
    if args.scenario != "all":
        return [SCENARIOS[args.scenario]]
    return [SCENARIOS[label] for label in ALL if args.base_url is not None or not SCENARIOS[label].needs_http]


class Console:
    """Each line as it is said, prefixed like ./compare's: model, time into the run, task; then a table."""

    def __init__(self, out, models: List[str]):
        self.out = out
        self.width = max(len(model) for model in models)

    def listener(self, model: str) -> Callable[[lessonkit.Event], None]:
        def said(event: lessonkit.Event) -> None:
            print(f"{model:<{self.width}} {'+' + str(event.at_millis) + ' ms':>9}  {event.thread:<32}  {event.line}",
                  file=self.out, flush=True)
        return said

    def table(self, results: List[RunResult]) -> None:
        width = max(self.width, len("model"))
        row = f"{{:<{width}}}  {{:<15}}  {{:>12}}  {{:>12}}"
        print(file=self.out)
        print(row.format("model", "scenario", "wall", "ideal"), file=self.out)
        for run_result in results:
            wall = "skipped" if run_result.skipped else "failed" if run_result.error else f"{run_result.wall_millis:.1f} ms"
            ideal = "—" if run_result.ideal_millis is None else f"{run_result.ideal_millis:.1f} ms"
            print(row.format(run_result.model, run_result.scenario, wall, ideal), file=self.out)
        print(file=self.out)
        print("wall: one run of the scenario's main on a fresh loop (interpreter start-up excluded); "
              "ideal: its time if asyncio cost nothing.", file=self.out)
        print("For measured numbers: python3 asyncio/bench.py --out-dir DIR", file=self.out, flush=True)


def cli_main(argv: Optional[List[str]] = None, out=sys.stdout, err=sys.stderr) -> int:
    args = parser().parse_args(argv)
    loops = list(dict.fromkeys(args.loop or ["asyncio"]))
    console = Console(out, [lessonkit.MODELS[loop] for loop in loops])
    results = []
    for scenario in chosen(args):
        for loop in loops:
            listener = None if args.json else console.listener(lessonkit.MODELS[loop])
            try:
                results.append(run(scenario, loop, args.scale, args.base_url, listener, args.timeout))
            except Unavailable as e:
                results.append(_skipped(scenario, loop, args.scale, str(e)))
    if args.scenario == "all" and args.base_url is None:
        print("lesson.py: http not run: it needs --base-url", file=err)
    if args.json:
        document = {"scale": args.scale, "baseUrl": args.base_url, "runs": [r.to_json() for r in results]}
        print(json.dumps(document, indent=2, ensure_ascii=False), file=out, flush=True)
    else:
        console.table(results)
    for run_result in results:
        if run_result.error is not None:
            print(f"lesson.py: {run_result.model} {'skipped' if run_result.skipped else 'failed'} "
                  f"{run_result.scenario}: {run_result.error.removeprefix('skipped: ')}", file=err)
    err.flush()
    if any(r.error and not r.skipped for r in results):
        return 1
    return 3 if any(r.skipped for r in results) else 0


if __name__ == "__main__":
    sys.exit(cli_main())
