"""Measures the lesson's own asyncio code on this machine, for the report, beside the Java models.

Writes, into ``--out-dir``:

* ``asyncio-results.json``: JMH's JSON result format (``-rf json``), one record per benchmark row,
  under the Java benchmarks' names (``dev.vtvsreactive.bench.GreetBenchmark.greet``, ...) with
  ``params.model`` ``asyncio`` or ``asyncio-uvloop``, so the rows land in the same report sections.
  Each row runs as JMH runs one: in fresh interpreters (forks), warm-up iterations then measured
  ones, each iteration repeating the operation for a fixed time; the score is the mean time per
  operation, its error the 99.9 % Student-t half-width JMH computes. Interpreter start-up is not in
  any score: operations are timed inside the running loop. Beside each score, as the Java rows'
  ``cpu.time.norm``: the interpreter's CPU time (user and system, every thread) per operation.
  The no-wait rows (``NoWaitGatherBenchmark.gather`` and, when rigorous, ``NoWaitBenchmark``'s) run
  the lesson at scale 0: every ``asyncio.sleep`` is ``asyncio.sleep(0)``, one pass of the loop.
* ``asyncio-environment.json``: the interpreter, aiohttp's and uvloop's versions (or why they are
  not importable), the interpreter's start-up time, the settings, what was skipped and why.
* ``asyncio-cpu-bound.json``: the CPU-bound experiment (``cpubound.py``) in the Java side's shape.
* ``asyncio-fan-out.json``: N gathered sleeps for each ``--fanout-n`` (``fanout.py``).

The HTTP rows need aiohttp and a server that honours the suite stub's ``?delay=ms``: give
``--http-base-url`` of a running stub, or ``--stub-command`` to start one for the run::

    python3 asyncio/bench.py --out-dir target/asyncio
    python3 asyncio/bench.py --out-dir target/asyncio --stub-command "./compare stub --port 0"
    python3 asyncio/bench.py --out-dir target/asyncio --rigorous --http-base-url http://127.0.0.1:8080/

Exit status: 0 every row ran or was skipped with its reason, 1 a row failed (wrong result, error,
time-out), 2 bad usage.
"""

from __future__ import annotations

import sys

if sys.version_info < (3, 11):
    sys.exit(f"bench.py needs Python 3.11 or newer; this is {sys.version.split()[0]}")

import argparse
import asyncio
import datetime
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import threading
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from typing import Any, Awaitable, Callable, Dict, List, Optional

import cpubound
import fanout
import jmhstats
import lesson
import lessonkit

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE = "dev.vtvsreactive.bench."

# The operations, each checked as the Java benchmark checks its own ---------------------------------

#: What the stub serves as post 1 and comment 1: jsonplaceholder's own, as the lesson prints them.
POST_1 = {"userId": 1, "id": 1,
          "title": "sunt aut facere repellat provident occaecati excepturi optio reprehenderit",
          "body": "quia et suscipit\nsuscipit recusandae consequuntur expedita et cum\n"
                  "reprehenderit molestiae ut ut quas totam\nnostrum rerum est autem sunt rem eveniet architecto"}
COMMENT_1 = {"postId": 1, "id": 1, "name": "id labore ex et quam laborum", "email": "Eliseo@gardner.biz",
             "body": "laudantium enim quasi est quidem magnam voluptate ipsam eos\ntempora quo necessitatibus\n"
                     "dolor quam autem quasi\nreiciendis et nam sapiente accusantium"}

#: HttpThroughputBenchmark: 1,000 GETs of posts 1 to 100 (repeated), never more than 100 in flight.
THROUGHPUT_REQUESTS = 1_000
THROUGHPUT_CONCURRENCY = 100
THROUGHPUT_IDS = [i % 100 + 1 for i in range(THROUGHPUT_REQUESTS)]


def stub_post(post_id: int) -> dict:
    """The suite stub's post (``StubData.post``): jsonplaceholder's for 1, generated for the others."""
    if post_id == 1:
        return POST_1
    user = (post_id - 1) // 10 + 1
    return {"userId": user, "id": post_id, "title": f"post {post_id} of user {user}",
            "body": f"the body of post {post_id}\nwritten by the stub\nin jsonplaceholder's shape"}


class WrongResult(Exception):
    """An operation produced something other than what the lesson says it produces."""


def check(what: str, expected: Any, actual: Any) -> Any:
    if actual != expected:
        raise WrongResult(f"{what}: expected {expected!r}, but was {actual!r}"[:2000])
    return actual


@dataclass
class Trial:
    """What one fork's operations share: the narrator, and for HTTP the session, server and latency."""

    model: str
    narrator: lessonkit.LatestLine
    session: Any = None
    base_url: Optional[str] = None
    latency_ms: Optional[int] = None
    tasks: int = 0


async def greet(trial: Trial):
    await lesson.greet("Alice")
    return check(f"greet on {trial.model}", "Hello, Alice!", trial.narrator.take())


async def fetch_data(trial: Trial):
    return check(f"fetchData on {trial.model}", {"data": "Some important data"}, await lesson.fetch_data())


async def gather(trial: Trial):
    results = await asyncio.gather(*(lesson.task(name, delay) for name, delay in lesson.GATHER_TASKS))
    return check(f"gather on {trial.model}", [f"Result from {name}" for name, _ in lesson.GATHER_TASKS], results)


async def no_wait_gather(trial: Trial):
    names = [f"T{i}" for i in range(trial.tasks)]
    results = await asyncio.gather(*(lesson.task(name, 0) for name in names))
    return check(f"no-wait gather of {trial.tasks} on {trial.model}", [f"Result from {name}" for name in names], results)


async def http(trial: Trial):
    fetched = await lesson.fetch_post_and_comment(trial.session, trial.base_url, trial.latency_ms)
    return check(f"http on {trial.model}", [POST_1, COMMENT_1], fetched)


async def throughput(trial: Trial):
    fetched = await lesson.posts(trial.session, trial.base_url, THROUGHPUT_IDS, THROUGHPUT_CONCURRENCY,
                                 trial.latency_ms)
    return check(f"throughput on {trial.model}", [stub_post(post_id) for post_id in THROUGHPUT_IDS], fetched)


@dataclass(frozen=True)
class Iterations:
    """A row's warm-up and measurement, as JMH's ``@Warmup`` and ``@Measurement`` give them."""

    warmup_iterations: int
    warmup_ms: int
    iterations: int
    iteration_ms: int


#: The Java benchmarks' own iterations (``BenchmarkSettings`` and the classes that say their own):
#: each measured iteration holds at least 20 operations.
DEFAULT_ITERATIONS = Iterations(2, 400, 5, 400)


@dataclass(frozen=True)
class Benchmark:
    """One Java benchmark method and the asyncio operation measured under its name, in its unit,
    with the Java benchmark's iterations.

    ``param`` is the row's parameter beside the model (JMH's ``@Param``), None for a row with none;
    ``warm_at_no_latency`` the operations an HTTP row runs with no latency before its warm-up, as
    its Java benchmark does.
    """

    key: str
    name: str
    operation: Callable[[Trial], Awaitable]
    param: Optional[str]
    unit: str = "ms/op"
    iterations: Iterations = DEFAULT_ITERATIONS
    warm_at_no_latency: int = 0

    @property
    def http(self) -> bool:
        return self.param == "latencyMs"

    @property
    def no_wait(self) -> bool:
        return self.key.startswith("noWait")

    @property
    def per_millisecond(self) -> float:
        """How many of the unit make a millisecond."""
        return 1000.0 if self.unit == "us/op" else 1.0


BENCHMARKS = {benchmark.key: benchmark for benchmark in (
    Benchmark("greet", PACKAGE + "GreetBenchmark.greet", greet, "scale"),
    Benchmark("fetchData", PACKAGE + "FetchDataBenchmark.fetchData", fetch_data, "scale",
              iterations=Iterations(2, 400, 5, 500)),
    Benchmark("gather", PACKAGE + "GatherBenchmark.gather", gather, "scale", iterations=Iterations(2, 400, 5, 700)),
    Benchmark("http", PACKAGE + "HttpBenchmark.http", http, "latencyMs", iterations=Iterations(2, 1000, 10, 400),
              warm_at_no_latency=1000),
    Benchmark("throughput", PACKAGE + "HttpThroughputBenchmark.throughput", throughput, "latencyMs",
              iterations=Iterations(8, 3000, 5, 3000)),
    Benchmark("noWaitGreet", PACKAGE + "NoWaitBenchmark.greet", greet, None, "us/op", Iterations(5, 500, 5, 400)),
    Benchmark("noWaitFetchData", PACKAGE + "NoWaitBenchmark.fetchData", fetch_data, None, "us/op",
              Iterations(5, 500, 5, 400)),
    Benchmark("noWaitGather", PACKAGE + "NoWaitGatherBenchmark.gather", no_wait_gather, "tasks", "us/op",
              Iterations(4, 1000, 8, 1000)),
)}

#: The no-wait gathers' sizes (``NoWaitGatherBenchmark.Tasks``).
NO_WAIT_TASKS = (3, 100, 10_000)

#: The latencies of the Java HTTP rows (``HttpState.latencyMs``).
LATENCIES_MS = (0, 10)


# One fork: a fresh interpreter that runs one row's iterations and prints their scores ---------------


@dataclass
class Measured:
    """Per iteration: the time per operation in ms, and the process's CPU time per operation in ns."""

    scores: List[float] = field(default_factory=list)
    cpu_ns: List[float] = field(default_factory=list)


async def iterations(operation: Callable[[], Awaitable], count: int, seconds: float) -> Measured:
    """``count`` iterations of at least ``seconds`` each, as JMH's average time, with the CPU time they took."""
    measured = Measured()
    for _ in range(count):
        operations = 0
        cpu_start = time.process_time_ns()
        start = time.perf_counter_ns()
        while True:
            await operation()
            operations += 1
            elapsed = time.perf_counter_ns() - start
            if elapsed >= seconds * 1e9:
                break
        measured.scores.append(elapsed / 1e6 / operations)
        measured.cpu_ns.append((time.process_time_ns() - cpu_start) / operations)
    return measured


async def fork(spec: dict, narrator: lessonkit.LatestLine) -> dict:
    benchmark = BENCHMARKS[spec["benchmark"]]
    trial = Trial(lessonkit.model_name(spec["loop"]), narrator, tasks=spec.get("tasks", 0))
    if benchmark.http:
        trial.base_url, trial.latency_ms = spec["baseUrl"], spec["latencyMs"]
        trial.session = lesson.client_session(limit=THROUGHPUT_CONCURRENCY)
    try:
        async def operation():
            return await benchmark.operation(trial)

        latency_ms, trial.latency_ms = trial.latency_ms, 0
        for _ in range(spec.get("warmAtNoLatency", 0)):
            await operation()
        trial.latency_ms = latency_ms
        warmup = await iterations(operation, spec["warmupIterations"], spec["warmupMs"] / 1000)
        measured = await iterations(operation, spec["iterations"], spec["iterationMs"] / 1000)
    finally:
        if trial.session is not None:
            await trial.session.close()
    return {"warmup": warmup.scores, "measurement": measured.scores, "cpuNs": measured.cpu_ns}


def fork_main(spec_json: str) -> int:
    """The fork's side: runs the spec's iterations on its loop, prints their scores as JSON."""
    spec = json.loads(spec_json)
    stage = lessonkit.Stage(spec.get("scale", 1.0), lessonkit.LatestLine())
    try:
        with asyncio.Runner(loop_factory=lessonkit.loop_factory(spec["loop"])) as runner:
            scores = runner.run(lessonkit.staged(stage, fork(spec, stage.narrator)))
    except Exception as failure:  # the parent reports it, naming the row
        print(lesson.describe(failure), file=sys.stderr)
        return 1
    print(json.dumps(scores))
    return 0


# The parent: rows, forks, records ------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """How each row is run: the forks of the suite's quick or rigorous profile, and each benchmark's own
    iterations unless overridden (None: the benchmark's)."""

    mode: str
    forks: int
    warmup_iterations: Optional[int] = None
    warmup_ms: Optional[int] = None
    iterations: Optional[int] = None
    iteration_ms: Optional[int] = None
    warm_at_no_latency: Optional[int] = None

    @staticmethod
    def of(mode: str) -> "Settings":
        # As the Java rows: one fork in ./mvnw verify's quick profile, three in the rigorous one.
        return Settings("quick", 1) if mode == "quick" else Settings("rigorous", 3)

    def of_row(self, benchmark: Benchmark) -> Iterations:
        """The benchmark's iterations, with whatever this overrides."""
        own = benchmark.iterations
        return Iterations(*(own_value if override is None else override for own_value, override in (
            (own.warmup_iterations, self.warmup_iterations), (own.warmup_ms, self.warmup_ms),
            (own.iterations, self.iterations), (own.iteration_ms, self.iteration_ms))))

    def warm_of_row(self, benchmark: Benchmark) -> int:
        """The operations the benchmark runs with no latency before its warm-up, unless overridden."""
        return benchmark.warm_at_no_latency if self.warm_at_no_latency is None else self.warm_at_no_latency

    def fork_bound_seconds(self, benchmark: Benchmark) -> float:
        """How long one fork may take: its iterations, each with room for one slow operation, plus start-up."""
        slack = lesson.HTTP_TIMEOUT_SECONDS + lesson.WAIT_SLACK_SECONDS
        row = self.of_row(benchmark)
        return (row.warmup_iterations * (row.warmup_ms / 1000 + slack)
                + row.iterations * (row.iteration_ms / 1000 + slack) + 60)


#: The Java rows' secondary metric of CPU time per operation (``CpuTimeProfiler.METRIC``).
CPU_TIME = "cpu.time.norm"


def jmh_time(millis: int) -> str:
    """An iteration time as JMH writes it: ``500 ms``, ``2 s``."""
    return f"{millis // 1000} s" if millis % 1000 == 0 else f"{millis} ms"


@dataclass(frozen=True)
class Row:
    """One benchmark with one model and its parameter: one record of the results."""

    benchmark: Benchmark
    loop: str
    value: str

    @property
    def model(self) -> str:
        return lessonkit.model_name(self.loop)

    @property
    def params(self) -> Dict[str, str]:
        if self.benchmark.param is None:
            return {"model": self.model}
        return {"model": self.model, self.benchmark.param: self.value}

    def label(self) -> str:
        param = "" if self.benchmark.param is None else f" {self.benchmark.param}={self.value}"
        return f"{self.benchmark.name.removeprefix(PACKAGE)} {self.model}{param}"


class RowFailed(Exception):
    """A row that could not be measured: its fork failed, produced a wrong result or overran its bound."""


def run_fork(row: Row, settings: Settings, base_url: Optional[str]) -> dict:
    iterations = settings.of_row(row.benchmark)
    spec = {"benchmark": row.benchmark.key, "loop": row.loop,
            "warmupIterations": iterations.warmup_iterations, "warmupMs": iterations.warmup_ms,
            "iterations": iterations.iterations, "iterationMs": iterations.iteration_ms}
    if row.benchmark.http:
        spec.update(baseUrl=base_url, latencyMs=int(row.value), warmAtNoLatency=settings.warm_of_row(row.benchmark))
    elif row.benchmark.no_wait:
        spec["scale"] = 0.0
        if row.benchmark.param == "tasks":
            spec["tasks"] = int(row.value)
    else:
        spec["scale"] = float(row.value)
    bound = settings.fork_bound_seconds(row.benchmark)
    try:
        done = subprocess.run([sys.executable, os.path.join(HERE, "bench.py"), "--fork", json.dumps(spec)],
                              capture_output=True, text=True, timeout=bound)
    except subprocess.TimeoutExpired:
        raise RowFailed(f"{row.label()}: a fork did not finish within {bound:.0f} s") from None
    if done.returncode != 0:
        raise RowFailed(f"{row.label()}: {done.stderr.strip()[-2000:] or f'the fork exited {done.returncode}'}")
    return json.loads(done.stdout)


def record(row: Row, settings: Settings, raw_data: List[List[float]], python: dict,
           cpu_ns: Optional[List[List[float]]] = None) -> dict:
    """The row as JMH writes a record, ``raw_data`` in ms/op per fork and iteration, ``cpu_ns`` in ns/op;
    the ``jvm`` fields describe the interpreter."""
    unit = row.benchmark.unit
    iterations = settings.of_row(row.benchmark)
    scores = [[score * row.benchmark.per_millisecond for score in fork] for fork in raw_data]
    return {
        "jmhVersion": "asyncio/bench.py",
        "benchmark": row.benchmark.name,
        "mode": "avgt",
        "threads": 1,
        "forks": settings.forks,
        "jvm": python["executable"],
        "jvmArgs": [],
        "jdkVersion": python["version"],
        "vmName": python["implementation"],
        "vmVersion": python["build"],
        "warmupIterations": iterations.warmup_iterations,
        "warmupTime": jmh_time(iterations.warmup_ms),
        "warmupBatchSize": 1,
        "measurementIterations": iterations.iterations,
        "measurementTime": jmh_time(iterations.iteration_ms),
        "measurementBatchSize": 1,
        "params": row.params,
        "primaryMetric": jmhstats.metric(scores, unit),
        "secondaryMetrics": {} if cpu_ns is None else {CPU_TIME: jmhstats.metric(cpu_ns, "ns/op")},
    }


def interpreter() -> dict:
    """This interpreter, which every fork runs too."""
    return {"executable": sys.executable, "version": platform.python_version(),
            "implementation": platform.python_implementation(), "build": sys.version.replace("\n", " ")}


def startup(imports: str, times: int) -> dict:
    """How long the interpreter takes to start, import ``imports`` and exit: what no score includes."""
    command = [sys.executable, "-c", f"import {imports}"]
    took = []
    for _ in range(times):
        start = time.perf_counter()
        subprocess.run(command, check=True, timeout=60, capture_output=True)
        took.append((time.perf_counter() - start) * 1000)
    return {"command": shlex.join(command), "runsMs": [round(t, 3) for t in took],
            "meanMs": round(statistics.fmean(took), 3), "medianMs": round(statistics.median(took), 3),
            "minMs": round(min(took), 3)}


# The HTTP server -----------------------------------------------------------------------------------


class Stub:
    """A stub server started by ``--stub-command`` for the run: the URL it prints, stopped at the end."""

    START_SECONDS = 120
    STOP_SECONDS = 10

    def __init__(self, command: str):
        self.process = subprocess.Popen(shlex.split(command), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                        text=True, cwd=os.path.dirname(HERE))
        first_line: List[str] = []
        reader = threading.Thread(target=lambda: first_line.append(self.process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(self.START_SECONDS)
        found = re.search(r"https?://\S+", first_line[0]) if first_line else None
        if found is None:
            self.close()
            raise RuntimeError(f"--stub-command '{command}' printed no URL within {self.START_SECONDS} s"
                               + (f" (it printed: {first_line[0].strip()!r})" if first_line else ""))
        self.base_url = found.group(0)

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(self.STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(self.STOP_SECONDS)
        finally:
            self.process.stdout.close()


def check_server(base_url: str, delay_ms: int = 200) -> None:
    """Fails unless ``base_url`` serves post 1 and honours ``?delay=``: the rows' latency depends on it."""
    url = lesson.resource(base_url, "posts/1", delay_ms)
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            post = json.load(response)
    except OSError as e:
        raise RuntimeError(f"cannot GET {url}: {e}") from None
    took = (time.perf_counter() - start) * 1000
    if post != POST_1:
        raise RuntimeError(f"{url} did not serve the lesson's post 1: {post!r}"[:500])
    if took < delay_ms:
        raise RuntimeError(f"{base_url} ignores ?delay= (GET {url} took {took:.0f} ms): the HTTP rows need the "
                           "suite's stub, e.g. --stub-command './compare stub --port 0'")


# The run -------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What a run produced: the records, what was skipped and why, what failed, the HTTP server used."""

    records: List[dict] = field(default_factory=list)
    skipped: List[dict] = field(default_factory=list)
    failures: List[str] = field(default_factory=list)
    http_base_url: Optional[str] = None
    seconds: Dict[str, float] = field(default_factory=dict)

    def timed(self, part: str, work: Callable[[], Any]) -> Any:
        """Does ``work``, noting how long ``part`` took."""
        start = time.perf_counter()
        try:
            return work()
        finally:
            self.seconds[part] = round(time.perf_counter() - start, 1)

    def skip(self, what: str, reason: str) -> None:
        self.skipped.append({"what": what, "reason": reason})
        print(f"# skipped {what}: {reason}", file=sys.stderr, flush=True)

    def fail(self, message: str) -> None:
        self.failures.append(message)
        print(f"# FAILED {message}", file=sys.stderr, flush=True)


def chosen_loops(args, settings: Settings, outcome: Outcome) -> List[str]:
    """The loops to measure on: those asked for, or the profile's, less those not importable (each a skip)."""
    wanted = args.loops or (["asyncio"] if settings.mode == "quick" else list(lessonkit.MODELS))
    if args.loops is None and "uvloop" not in wanted and lessonkit.importable("uvloop"):
        outcome.skip("every asyncio-uvloop row", "not in the quick profile (it keeps to a minute); "
                                                 "add --loops asyncio,uvloop or use --rigorous")
    loops = []
    for loop in wanted:
        try:
            lessonkit.loop_factory(loop)
            loops.append(loop)
        except lessonkit.Unavailable as e:
            outcome.skip(f"every {lessonkit.model_name(loop)} row", str(e))
    return loops


def lesson_rows(loops: List[str], scale: str) -> List[Row]:
    return [Row(b, loop, scale) for b in BENCHMARKS.values() if not b.http and not b.no_wait for loop in loops]


def no_wait_rows(loops: List[str], tasks: List[int], settings: Settings) -> List[Row]:
    """The no-wait gathers of ``tasks``; greet and fetch_data too when rigorous, as the Java profiles have them."""
    lesson_too = settings.mode == "rigorous"
    return ([Row(BENCHMARKS[key], loop, None) for key in ("noWaitGreet", "noWaitFetchData") if lesson_too
             for loop in loops]
            + [Row(BENCHMARKS["noWaitGather"], loop, str(n)) for n in tasks for loop in loops])


def http_rows(loops: List[str], latencies_ms: List[int], settings: Settings) -> List[Row]:
    """The two GETs at each latency; the 1,000 GETs too when rigorous, as the Java profiles have them."""
    return [Row(b, loop, str(latency)) for b in BENCHMARKS.values()
            if b.http and (b.key != "throughput" or settings.mode == "rigorous")
            for latency in latencies_ms for loop in loops]


def measure_rows(todo: List[Row], settings: Settings, base_url: Optional[str], outcome: Outcome) -> None:
    described = interpreter()
    for row in todo:
        try:
            raw_data, cpu_ns = [], []
            for number in range(1, settings.forks + 1):
                scores = run_fork(row, settings, base_url)
                raw_data.append(scores["measurement"])
                cpu_ns.append(scores["cpuNs"])
                print(f"# {row.label()} fork {number}/{settings.forks}: "
                      f"{statistics.fmean(scores['measurement']) * row.benchmark.per_millisecond:.3f} "
                      f"{row.benchmark.unit}", file=sys.stderr, flush=True)
            outcome.records.append(record(row, settings, raw_data, described, cpu_ns))
        except RowFailed as e:
            outcome.fail(str(e))


def http_server(args, outcome: Outcome):
    """The base URL for the HTTP rows and the stub to stop afterwards; (None, None) when they are skipped."""
    what = "the HTTP rows (HttpBenchmark.http, HttpThroughputBenchmark.throughput)"
    try:
        lesson.aiohttp()
    except lessonkit.Unavailable as e:
        outcome.skip(what, str(e))
        return None, None
    if args.http_base_url is None and args.stub_command is None:
        outcome.skip(what, "no --http-base-url or --stub-command given")
        return None, None
    stub = None
    try:
        if args.stub_command is not None:
            stub = Stub(args.stub_command)
        base_url = args.http_base_url or stub.base_url
        check_server(base_url)
        return base_url, stub
    except RuntimeError as e:
        if stub is not None:
            stub.close()
        outcome.fail(f"{what}: {e}")
        return None, None


def measure_http(args, settings: Settings, loops: List[str], outcome: Outcome) -> None:
    base_url, stub = http_server(args, outcome)
    if base_url is None:
        return
    outcome.http_base_url = base_url
    try:
        measure_rows(http_rows(loops, args.http_latencies, settings), settings, base_url, outcome)
    finally:
        if stub is not None:
            stub.close()


def cpu_bound(args, loops: List[str], outcome: Outcome) -> Optional[dict]:
    runs = [(kind, loop) for loop in loops for kind in cpubound.KINDS.values()
            if loop == "asyncio" or not kind.needs_pool]
    try:
        work = None if args.primes_below is None else cpubound.Work.of(args.primes_below, args.primes)
        document = cpubound.report(args.cpu_scale, runs, work)
    except (ArithmeticError, TimeoutError, RuntimeError, ValueError) as e:
        outcome.fail(f"cpu-bound: {e}")
        return None
    print(cpubound.summary(document), file=sys.stderr, flush=True)
    return document


def fan_out(args, loops: List[str], outcome: Outcome) -> Optional[dict]:
    runs = []
    for loop in loops:
        for n in args.fanout_n:
            try:
                measured = fanout.run_fresh(n, args.fanout_delay_ms, loop)
            except (ArithmeticError, TimeoutError, RuntimeError) as e:
                outcome.fail(f"fan-out: {e}")
                continue
            runs.append(measured)
            print(f"# fan-out {measured['model']} n={n}: {measured['wallMs']:.1f} ms "
                  f"(+{measured['overheadMs']:.1f} over {args.fanout_delay_ms:g}), "
                  f"{measured['bytesPerTask']:.0f} B/task", file=sys.stderr, flush=True)
    return fanout.document(runs) if runs else None


def write_json(path: str, value: Any) -> None:
    with open(path, "w", encoding="utf-8") as out:
        json.dump(value, out, indent=2, ensure_ascii=False)
        out.write("\n")


def summary(records: List[dict]) -> str:
    lines = [f"{'benchmark':<40} {'model':<15} {'param':<14} {'score':>12} {'error':>10}  unit"]
    for r in records:
        param = next((f"{k}={v}" for k, v in r["params"].items() if k != "model"), "")
        error = r["primaryMetric"]["scoreError"]
        lines.append(f"{r['benchmark'].removeprefix(PACKAGE):<40} {r['params']['model']:<15} {param:<14} "
                     f"{r['primaryMetric']['score']:>12.3f} "
                     f"{'±' + format(error, '.3f') if isinstance(error, float) else error:>10}  "
                     f"{r['primaryMetric']['scoreUnit']}")
    return "\n".join(lines)


# The command line ----------------------------------------------------------------------------------


def _scale(text: str) -> str:
    """The scale as the row's parameter string (JMH's ``@Param("0.01")``), checked."""
    lesson.scale_argument(text)
    return text


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, was '{text}'")
    return int(text)


PARTS = ("lesson", "no-wait", "http", "cpu-bound", "fan-out")


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(prog="bench.py", description=__doc__.split("\n\n")[0],
                                  epilog="exit status: 0 ok (skips are listed), 1 a row failed, 2 bad usage")
    cli.add_argument("--out-dir", required=True, metavar="DIR", help="where to write the four JSON files")
    mode = cli.add_mutually_exclusive_group()
    mode.add_argument("--quick", dest="mode", action="store_const", const="quick",
                      help="(default) 1 fork of each row's iterations (the Java benchmark's own): ./mvnw verify's profile")
    mode.add_argument("--rigorous", dest="mode", action="store_const", const="rigorous",
                      help="3 forks of each row's iterations, and uvloop: the Java suite's rigorous profile")
    cli.add_argument("--parts", type=lambda text: lessonkit.names(text, PARTS, "part(s)"), default=list(PARTS), metavar="P[,P...]",
                     help=f"what to measure (default all: {','.join(PARTS)})")
    cli.add_argument("--loops", type=lambda text: lessonkit.names(text, lessonkit.MODELS, "loop(s)"),
                     metavar="L[,L...]",
                     help="asyncio,uvloop; default: asyncio when quick (to keep to its minute), both when rigorous; "
                          "uvloop is skipped with the reason when not importable")
    cli.add_argument("--scale", type=_scale, default="0.01", metavar="S",
                     help="the lesson rows' time scale (default 0.01, as the Java rows)")
    cli.add_argument("--no-wait-tasks", type=lambda text: lessonkit.counts(text, fanout.MAX_N),
                     default=list(NO_WAIT_TASKS), metavar="N[,N...]",
                     help="the no-wait gathers' sizes, as the Java rows' tasks (default 3,100,10000)")
    cli.add_argument("--http-base-url", type=lesson.base_url_argument, metavar="URL",
                     help="a running suite stub (./compare stub) for the HTTP rows")
    cli.add_argument("--stub-command", metavar="CMD",
                     help="start the stub for the run with this command, which prints its URL first "
                          "(e.g. \"./compare stub --port 0\", run from the repository root)")
    cli.add_argument("--http-latencies", default=list(LATENCIES_MS), metavar="MS[,MS...]",
                     type=lambda text: [int(ms) for ms in lessonkit.names(text, map(str, LATENCIES_MS), "latency")],
                     help="the HTTP rows' stub latencies, as the Java rows' latencyMs (default 0,10)")
    cli.add_argument("--fanout-n", type=lambda text: lessonkit.counts(text, fanout.MAX_N), default=[1_000, 10_000, 100_000], metavar="N[,N...]",
                     help="fan-out sizes (default 1000,10000,100000)")
    cli.add_argument("--fanout-delay-ms", type=float, default=1000.0, metavar="D",
                     help="each fan-out task's sleep (default 1000)")
    cli.add_argument("--cpu-scale", type=float, default=1.0, metavar="S",
                     help="the CPU-bound experiment's scale (default 1: 500 ms of work; at least 0.2)")
    cli.add_argument("--primes-below", type=int, metavar="N",
                     help="CPU-bound: count the primes below N instead of calibrating")
    cli.add_argument("--primes", type=int, metavar="P", help="with --primes-below: the expected count")
    cli.add_argument("--startup-runs", type=_positive, default=5, metavar="N",
                     help="how many times to time the interpreter's start-up (default 5)")
    tuning = cli.add_argument_group("overrides of --quick/--rigorous")
    tuning.add_argument("--forks", type=_positive)
    tuning.add_argument("--warmup-iterations", type=int)
    tuning.add_argument("--warmup-ms", type=_positive)
    tuning.add_argument("--iterations", type=_positive)
    tuning.add_argument("--iteration-ms", type=_positive)
    tuning.add_argument("--warm-at-no-latency", type=int, metavar="N",
                        help="operations an HTTP row runs with no latency before its warm-up")
    cli.add_argument("--jmh-results", metavar="FILE",
                     help="with --combined-out: the Java rows' JMH JSON, to write with the asyncio rows")
    cli.add_argument("--combined-out", metavar="FILE",
                     help="also write the Java rows of --jmh-results followed by the asyncio rows, for the report")
    return cli


def settings_of(args) -> Settings:
    chosen = Settings.of(args.mode or "quick")
    overrides = {"forks": args.forks, "warmup_iterations": args.warmup_iterations, "warmup_ms": args.warmup_ms,
                 "iterations": args.iterations, "iteration_ms": args.iteration_ms,
                 "warm_at_no_latency": args.warm_at_no_latency}
    return Settings(**{**asdict(chosen), **{k: v for k, v in overrides.items() if v is not None}})


def validate(cli: argparse.ArgumentParser, args) -> None:
    if (args.jmh_results is None) != (args.combined_out is None):
        cli.error("--jmh-results and --combined-out go together")
    if args.http_base_url is not None and args.stub_command is not None:
        cli.error("give --http-base-url or --stub-command, not both")
    if args.primes is not None and args.primes_below is None:
        cli.error("--primes needs --primes-below")
    if args.warmup_iterations is not None and args.warmup_iterations < 0:
        cli.error(f"--warmup-iterations must not be negative, was {args.warmup_iterations}")
    if args.warm_at_no_latency is not None and args.warm_at_no_latency < 0:
        cli.error(f"--warm-at-no-latency must not be negative, was {args.warm_at_no_latency}")
    try:
        cpubound.Plan.check_scale(args.cpu_scale)
        fanout.check(1, args.fanout_delay_ms)
    except ValueError as e:
        cli.error(str(e))
    if args.jmh_results is not None:
        try:
            with open(args.jmh_results, encoding="utf-8") as file:
                if not isinstance(json.load(file), list):
                    cli.error(f"--jmh-results {args.jmh_results} is not a JMH JSON result file (no top-level array)")
        except (OSError, ValueError) as e:
            cli.error(f"cannot read --jmh-results {args.jmh_results}: {e}")


def measure(args, settings: Settings, loops: List[str], outcome: Outcome) -> Dict[str, str]:
    """Measures every part asked for into ``--out-dir``; the files written, by part."""
    if "lesson" in args.parts:
        outcome.timed("lesson", lambda: measure_rows(lesson_rows(loops, args.scale), settings, None, outcome))
    if "no-wait" in args.parts:
        outcome.timed("no-wait", lambda: measure_rows(no_wait_rows(loops, args.no_wait_tasks, settings), settings, None,
                                                      outcome))
    if "http" in args.parts:
        outcome.timed("http", lambda: measure_http(args, settings, loops, outcome))
    files = {"results": "asyncio-results.json"}
    write_json(os.path.join(args.out_dir, files["results"]), outcome.records)
    for part, name, experiment in (("cpu-bound", "asyncio-cpu-bound.json", lambda: cpu_bound(args, loops, outcome)),
                                   ("fan-out", "asyncio-fan-out.json", lambda: fan_out(args, loops, outcome))):
        document = outcome.timed(part, experiment) if part in args.parts else None
        if document is not None:
            write_json(os.path.join(args.out_dir, name), document)
            files[part] = name
    if args.combined_out is not None:
        with open(args.jmh_results, encoding="utf-8") as file:
            write_json(args.combined_out, json.load(file) + outcome.records)
    return files


def environment(args, settings: Settings, loops: List[str], outcome: Outcome, files: Dict[str, str]) -> dict:
    """What the report shows beside the asyncio rows: the interpreter, its packages, its start-up, the run."""
    return {
        "capturedAt": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "python": interpreter(),
        "aiohttp": lessonkit.version_of("aiohttp"),
        "uvloop": lessonkit.version_of("uvloop"),
        "loops": {lessonkit.model_name(loop): lessonkit.loop_description(loop) for loop in loops},
        "startup": startup("asyncio", args.startup_runs),
        "startupWithAiohttp": (startup("asyncio, aiohttp", args.startup_runs)
                               if lessonkit.importable("aiohttp") else None),
        "switchIntervalSeconds": sys.getswitchinterval(),
        "os": platform.platform(),
        "processors": os.cpu_count(),
        "settings": {**asdict(settings), "scale": args.scale, "noWaitTasks": args.no_wait_tasks,
                     "httpBaseUrl": outcome.http_base_url,
                     "httpLatenciesMs": args.http_latencies,
                     "fanoutN": args.fanout_n,
                     "fanoutDelayMs": args.fanout_delay_ms, "cpuScale": args.cpu_scale},
        "files": files,
        "skipped": outcome.skipped,
        "failures": outcome.failures,
        "partSeconds": outcome.seconds,
    }


def main(argv: Optional[List[str]] = None) -> int:
    cli = parser()
    args = cli.parse_args(argv)
    validate(cli, args)
    settings = settings_of(args)
    began = time.perf_counter()
    os.makedirs(args.out_dir, exist_ok=True)
    outcome = Outcome()
    loops = chosen_loops(args, settings, outcome)
    files = measure(args, settings, loops, outcome)
    facts = environment(args, settings, loops, outcome, files)
    facts["totalSeconds"] = round(time.perf_counter() - began, 1)
    write_json(os.path.join(args.out_dir, "asyncio-environment.json"), facts)
    print(summary(outcome.records))
    print(f"asyncio results: {os.path.abspath(args.out_dir)} ({facts['totalSeconds']} s; "
          f"{len(outcome.skipped)} skipped, {len(outcome.failures)} failed)")
    return 1 if outcome.failures else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--fork":
        sys.exit(fork_main(sys.argv[2]))
    sys.exit(main())
