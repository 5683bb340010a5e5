"""bench.py writes what the report reads: JMH's JSON under the Java benchmarks' names, and its companions."""

import contextlib
import io
import json
import os
import sys
import tempfile
import unittest

import bench
import lesson
import lessonkit
from localstub import LocalStub

#: The names of bench/src/main/java/dev/vtvsreactive/bench/Ideal.java.
JAVA_BENCHMARKS = {
    "dev.vtvsreactive.bench.GreetBenchmark.greet", "dev.vtvsreactive.bench.FetchDataBenchmark.fetchData",
    "dev.vtvsreactive.bench.GatherBenchmark.gather", "dev.vtvsreactive.bench.HttpBenchmark.http",
    "dev.vtvsreactive.bench.HttpThroughputBenchmark.throughput", "dev.vtvsreactive.bench.NoWaitBenchmark.greet",
    "dev.vtvsreactive.bench.NoWaitBenchmark.fetchData", "dev.vtvsreactive.bench.NoWaitGatherBenchmark.gather"}

#: What the report's JmhJson reads from every record, and the JSON type it needs.
RECORD_FIELDS = {"jmhVersion": str, "benchmark": str, "mode": str, "jvm": str, "jvmArgs": list, "jdkVersion": str,
                 "vmName": str, "vmVersion": str, "forks": int, "threads": int, "warmupIterations": int,
                 "warmupTime": str, "measurementIterations": int, "measurementTime": str, "params": dict,
                 "primaryMetric": dict}

#: Two short iterations per row and no warm-up: enough to check shapes, no measurement.
TINY = ["--warmup-iterations", "0", "--iterations", "2", "--iteration-ms", "20", "--startup-runs", "1",
        "--warm-at-no-latency", "0"]

#: A row of the Java side's results, for --combined-out.
JAVA_ROW = {"benchmark": "dev.vtvsreactive.bench.GreetBenchmark.greet", "params": {"model": "reactor"}}


def run_bench(*argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = bench.main(list(argv))
    return status, out.getvalue(), err.getvalue()


def read(directory, name):
    with open(os.path.join(directory, name), encoding="utf-8") as file:
        return json.load(file)


class RecordTest(unittest.TestCase):

    def test_benchmarks_carry_the_java_names(self):
        self.assertEqual(JAVA_BENCHMARKS, {benchmark.name for benchmark in bench.BENCHMARKS.values()})

    def test_a_record_has_every_field_the_report_reads(self):
        row = bench.Row(bench.BENCHMARKS["http"], "asyncio", "10")
        settings = bench.Settings.of("quick")
        python = {"executable": "/usr/bin/python3", "version": "3.11.2", "implementation": "CPython",
                  "build": "3.11.2 (main) [GCC]"}
        record = bench.record(row, settings, [[1.0, 2.0, 3.0]], python)
        for name, kind in RECORD_FIELDS.items():
            with self.subTest(field=name):
                self.assertIsInstance(record[name], kind)
        self.assertEqual({"model": "asyncio", "latencyMs": "10"}, record["params"])
        self.assertEqual(("avgt", "400 ms", "ms/op"),
                         (record["mode"], record["measurementTime"], record["primaryMetric"]["scoreUnit"]))
        self.assertEqual(("3.11.2", "CPython"), (record["jdkVersion"], record["vmName"]))

    def test_a_record_carries_the_cpu_time_per_operation_as_the_java_rows_do(self):
        row = bench.Row(bench.BENCHMARKS["gather"], "asyncio", "0.01")
        python = {"executable": "python3", "version": "3.11.2", "implementation": "CPython", "build": "b"}
        record = bench.record(row, bench.Settings.of("quick"), [[30.0, 31.0]], python, [[50_000.0, 70_000.0]])
        cpu = record["secondaryMetrics"]["cpu.time.norm"]
        self.assertEqual(("ns/op", 60_000.0), (cpu["scoreUnit"], cpu["score"]))

    def test_a_no_wait_gather_is_in_microseconds_with_its_tasks_as_its_parameter(self):
        row = bench.Row(bench.BENCHMARKS["noWaitGather"], "asyncio", "100")
        python = {"executable": "python3", "version": "3.11.2", "implementation": "CPython", "build": "b"}
        record = bench.record(row, bench.Settings.of("quick"), [[0.25, 0.35]], python, [[1.0, 1.0]])
        self.assertEqual({"model": "asyncio", "tasks": "100"}, record["params"])
        self.assertEqual(("us/op", 300.0), (record["primaryMetric"]["scoreUnit"], record["primaryMetric"]["score"]))

    def test_the_no_wait_rows_follow_the_java_profiles(self):
        quick = bench.no_wait_rows(["asyncio"], [100, 10_000], bench.Settings.of("quick"))
        self.assertEqual([("NoWaitGatherBenchmark.gather", "100"), ("NoWaitGatherBenchmark.gather", "10000")],
                         [(row.benchmark.name.removeprefix(bench.PACKAGE), row.value) for row in quick])
        rigorous = bench.no_wait_rows(["asyncio"], [3], bench.Settings.of("rigorous"))
        self.assertEqual(["NoWaitBenchmark greet asyncio", "NoWaitBenchmark fetchData asyncio",
                          "NoWaitGatherBenchmark gather asyncio tasks=3"],
                         [row.label().replace(".", " ") for row in rigorous])

    def test_settings_are_the_java_profiles(self):
        self.assertEqual(bench.Settings("quick", 1), bench.Settings.of("quick"))
        self.assertEqual(bench.Settings("rigorous", 3), bench.Settings.of("rigorous"))
        # Each row's iterations are its Java benchmark's own, sized to hold 20 operations.
        gather = bench.Settings.of("quick").of_row(bench.BENCHMARKS["gather"])
        self.assertEqual(bench.Iterations(2, 400, 5, 700), gather)
        self.assertEqual(bench.Iterations(0, 400, 5, 700),
                         bench.Settings("quick", 1, warmup_iterations=0).of_row(bench.BENCHMARKS["gather"]))
        self.assertEqual(("2 s", "500 ms"), (bench.jmh_time(2000), bench.jmh_time(500)))

    def test_a_wrong_result_names_the_operation_and_both_values(self):
        with self.assertRaisesRegex(bench.WrongResult, r"greet on asyncio: expected 'Hello, Alice!', but was None"):
            bench.check("greet on asyncio", "Hello, Alice!", None)

    def test_the_stubs_posts_are_the_java_stubs(self):
        # As served by JsonPlaceholderStub (StubData.post): jsonplaceholder's post 1, then generated ones.
        self.assertEqual(bench.POST_1, bench.stub_post(1))
        self.assertEqual({"userId": 2, "id": 11, "title": "post 11 of user 2",
                          "body": "the body of post 11\nwritten by the stub\nin jsonplaceholder's shape"},
                         bench.stub_post(11))


class LessonRowsTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.directory = tempfile.TemporaryDirectory()
        jmh = os.path.join(cls.directory.name, "results.json")
        with open(jmh, "w", encoding="utf-8") as file:
            json.dump([JAVA_ROW], file)
        cls.status, cls.out, cls.err = run_bench(
            "--out-dir", cls.directory.name, "--parts", "lesson,no-wait,cpu-bound,fan-out", "--loops", "asyncio",
            "--no-wait-tasks", "3,50",
            "--cpu-scale", "0.2", "--fanout-n", "100,200", "--fanout-delay-ms", "10",
            "--jmh-results", jmh, "--combined-out", os.path.join(cls.directory.name, "combined.json"), *TINY)

    @classmethod
    def tearDownClass(cls):
        cls.directory.cleanup()

    def test_runs_and_writes_the_four_files_and_the_combined_one(self):
        self.assertEqual(0, self.status, self.err)
        self.assertEqual({"asyncio-results.json", "asyncio-environment.json", "asyncio-cpu-bound.json",
                          "asyncio-fan-out.json", "results.json", "combined.json"}, set(os.listdir(self.directory.name)))

    def test_the_combined_file_holds_the_java_rows_then_the_asyncio_rows(self):
        rows = read(self.directory.name, "combined.json")
        self.assertEqual(JAVA_ROW, rows[0])
        self.assertEqual(["asyncio"] * 5, [row["params"]["model"] for row in rows[1:]])

    def test_results_hold_a_row_per_lesson_benchmark_at_the_java_rows_scale_then_the_no_wait_gathers(self):
        records = read(self.directory.name, "asyncio-results.json")
        self.assertEqual(["GreetBenchmark.greet", "FetchDataBenchmark.fetchData", "GatherBenchmark.gather",
                          "NoWaitGatherBenchmark.gather", "NoWaitGatherBenchmark.gather"],
                         [r["benchmark"].removeprefix(bench.PACKAGE) for r in records])
        self.assertEqual([{"model": "asyncio", "tasks": "3"}, {"model": "asyncio", "tasks": "50"}],
                         [r["params"] for r in records[3:]])
        for r in records[:3]:
            self.assertEqual({"model": "asyncio", "scale": "0.01"}, r["params"])
            self.assertEqual(1, len(r["primaryMetric"]["rawData"]))
            self.assertEqual(2, len(r["primaryMetric"]["rawData"][0]))

    def test_no_operation_beats_its_sleep(self):
        ideal = {"GreetBenchmark.greet": 10, "FetchDataBenchmark.fetchData": 20, "GatherBenchmark.gather": 30}
        for r in read(self.directory.name, "asyncio-results.json")[:3]:
            self.assertGreaterEqual(r["primaryMetric"]["score"], ideal[r["benchmark"].removeprefix(bench.PACKAGE)])

    def test_every_row_carries_its_cpu_time_per_operation(self):
        for r in read(self.directory.name, "asyncio-results.json"):
            cpu = r["secondaryMetrics"]["cpu.time.norm"]
            self.assertEqual("ns/op", cpu["scoreUnit"])
            self.assertGreater(cpu["score"], 0, r["benchmark"])

    def test_a_larger_no_wait_gather_costs_more(self):
        three, fifty = read(self.directory.name, "asyncio-results.json")[3:]
        self.assertEqual("us/op", three["primaryMetric"]["scoreUnit"])
        self.assertGreater(fifty["secondaryMetrics"]["cpu.time.norm"]["score"],
                           three["secondaryMetrics"]["cpu.time.norm"]["score"])

    def test_the_environment_describes_the_interpreter_and_the_run(self):
        environment = read(self.directory.name, "asyncio-environment.json")
        self.assertEqual(sys.version_info[:2], tuple(int(p) for p in environment["python"]["version"].split(".")[:2]))
        self.assertEqual(lessonkit.version_of("aiohttp"), environment["aiohttp"])
        self.assertGreater(environment["startup"]["medianMs"], 0)
        self.assertEqual([], environment["failures"])
        self.assertEqual("asyncio-cpu-bound.json", environment["files"]["cpu-bound"])

    def test_the_experiments_land_in_their_files(self):
        self.assertEqual("cpu-bound", read(self.directory.name, "asyncio-cpu-bound.json")["scenario"])
        fan_out = read(self.directory.name, "asyncio-fan-out.json")
        self.assertEqual([100, 200], [run["n"] for run in fan_out["runs"]])

    def test_prints_a_summary_table(self):
        self.assertRegex(self.out, r"GreetBenchmark\.greet +asyncio +scale=0\.01 +\d+\.\d{3} ")


class HttpRowsTest(unittest.TestCase):

    def test_without_a_server_the_http_rows_are_skipped_with_the_reason(self):
        with tempfile.TemporaryDirectory() as directory:
            status, _, err = run_bench("--out-dir", directory, "--parts", "http", "--loops", "asyncio", *TINY)
            skipped = read(directory, "asyncio-environment.json")["skipped"]
        self.assertEqual(0, status)
        self.assertEqual(1, len(skipped))
        self.assertRegex(skipped[0]["reason"], r"aiohttp is not importable|no --http-base-url or --stub-command")
        self.assertIn("# skipped the HTTP rows", err)

    def run_against_a_stub(self, *argv):
        """bench.py's HTTP rows against a local stub, the test skipped where aiohttp is missing: the exit status,
        standard error, the asyncio rows and the GETs the stub served."""
        try:
            lesson.aiohttp()
        except lessonkit.Unavailable as e:
            self.skipTest(str(e))
        with tempfile.TemporaryDirectory() as directory, LocalStub() as stub:
            status, _, err = run_bench("--out-dir", directory, "--parts", "http", "--loops", "asyncio", "--forks", "1",
                                       "--http-base-url", stub.base_url, *TINY, *argv)
            records = read(directory, "asyncio-results.json") if status == 0 else []
        return status, err, records, stub.requests

    def test_against_a_stub_the_http_rows_are_measured_and_checked(self):
        status, err, records, _ = self.run_against_a_stub("--rigorous")
        self.assertEqual(0, status, err)
        self.assertEqual([("HttpBenchmark.http", "0"), ("HttpBenchmark.http", "10"),
                          ("HttpThroughputBenchmark.throughput", "0"), ("HttpThroughputBenchmark.throughput", "10")],
                         [(r["benchmark"].removeprefix(bench.PACKAGE), r["params"]["latencyMs"]) for r in records])
        self.assertGreaterEqual(records[1]["primaryMetric"]["score"], 10)

    def test_an_http_row_runs_its_operations_at_no_latency_before_its_warm_up(self):
        status, err, _, requests = self.run_against_a_stub("--http-latencies", "10", "--warm-at-no-latency", "30")
        self.assertEqual(0, status, err)
        # Two iterations of 20 ms at 10 ms an operation hold six operations at most: 12 GETs, not 60.
        self.assertGreaterEqual(requests, 2 * 30)
        self.assertEqual(1000, bench.Settings.of("quick").warm_of_row(bench.BENCHMARKS["http"]))

    def test_a_server_that_ignores_the_delay_parameter_fails_the_http_rows(self):
        with self.assertRaisesRegex(RuntimeError, "GET http://127.0.0.1:1/posts/1\\?delay=200"):
            bench.check_server("http://127.0.0.1:1/")


class StubCommandTest(unittest.TestCase):

    def test_reads_the_url_the_command_prints_and_stops_it(self):
        command = f"{sys.executable} -c \"print('stub serving http://127.0.0.1:9/ now', flush=True); " \
                  f"import time; time.sleep(60)\""
        stub = bench.Stub(command)
        try:
            self.assertEqual("http://127.0.0.1:9/", stub.base_url)
        finally:
            stub.close()
        self.assertIsNotNone(stub.process.returncode)

    def test_a_command_that_prints_no_url_is_named(self):
        with self.assertRaisesRegex(RuntimeError, "printed no URL"):
            bench.Stub(f"{sys.executable} -c \"print('hello')\"")


class UsageTest(unittest.TestCase):

    def test_the_quick_profile_measures_the_standard_loop_and_says_why_not_uvloop(self):
        args = bench.parser().parse_args(["--out-dir", "unused"])
        outcome = bench.Outcome()
        self.assertEqual(["asyncio"], bench.chosen_loops(args, bench.settings_of(args), outcome))
        if lessonkit.importable("uvloop"):
            self.assertRegex(outcome.skipped[0]["reason"], "not in the quick profile")
        else:
            self.assertEqual([], outcome.skipped)

    def test_the_rigorous_profile_measures_every_loop_that_imports(self):
        args = bench.parser().parse_args(["--out-dir", "unused", "--rigorous"])
        outcome = bench.Outcome()
        loops = bench.chosen_loops(args, bench.settings_of(args), outcome)
        if lessonkit.importable("uvloop"):
            self.assertEqual((["asyncio", "uvloop"], []), (loops, outcome.skipped))
        else:
            self.assertEqual(["asyncio"], loops)
            self.assertRegex(outcome.skipped[0]["reason"], "uvloop is not importable")

    def test_the_http_rows_follow_the_latencies_asked_for_as_the_java_rows_do(self):
        self.assertEqual([0, 10], bench.parser().parse_args(["--out-dir", "unused"]).http_latencies)
        latencies = bench.parser().parse_args(["--out-dir", "unused", "--http-latencies", "10"]).http_latencies
        rigorous = bench.http_rows(["asyncio"], latencies, bench.Settings.of("rigorous"))
        self.assertEqual({"10"}, {row.value for row in rigorous})
        self.assertEqual(["HttpBenchmark", "HttpThroughputBenchmark"], [row.label().split(".")[0] for row in rigorous])
        quick = bench.http_rows(["asyncio"], latencies, bench.Settings.of("quick"))
        self.assertEqual(["HttpBenchmark"], [row.label().split(".")[0] for row in quick])

    def test_bad_usage_exits_2_naming_the_option(self):
        for argv, message in ((["--parts", "lessons"], "unknown part(s) lessons"),
                              (["--loops", "trio"], "unknown loop(s) trio"),
                              (["--fanout-n", "0"], "each number must be 1 to"),
                              (["--http-latencies", "5"], "unknown latency 5; known: 0, 10"),
                              (["--scale", "101"], "from 0 (no waits) to 100"),
                              (["--no-wait-tasks", "0"], "each number must be 1 to"),
                              (["--cpu-scale", "0.1"], "at least 0.2"),
                              (["--jmh-results", "x.json"], "go together")):
            err = io.StringIO()
            with self.subTest(argv=argv), contextlib.redirect_stderr(err), self.assertRaises(SystemExit) as exit:
                bench.main(["--out-dir", "unused", *argv])
            self.assertEqual(2, exit.exception.code)
            self.assertIn(message, err.getvalue())


if __name__ == "__main__":
    unittest.main()
