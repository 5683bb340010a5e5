"""Open-loop load: the schedule never waits for answers, latency runs from each GET's due time, the maths is exact."""

import asyncio
import contextlib
import io
import json
import sys
import time
import unittest
from unittest import mock

import bench
import lesson
import lessonkit
import load
from localstub import LocalStub

RUN_KEYS = {"model", "rate", "requests", "answered", "errors", "firstError", "achievedPerSecond", "latencyMs",
            "distribution", "cpuMicrosPerRequest", "bytesPerRequest", "peakThreads"}
MS = 1_000_000


def run_cli(*argv):
    """The CLI's exit status, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = load.cli_main(list(argv))
        except SystemExit as e:
            status = e.code
    return status, out.getvalue(), err.getvalue()


def aiohttp_or_skip(test):
    try:
        lesson.aiohttp()
    except lessonkit.Unavailable as e:
        test.skipTest(str(e))


def offer(base_url, rate, requests, timeout_ms=5000, before=None):
    """One rate offered on a fresh session; ``before`` is a coroutine started just before the schedule."""
    async def main():
        async with load.client_session(timeout_ms) as session:
            if before is not None:
                asyncio.create_task(before())
            return await load.offer(session, base_url, rate, requests)
    return asyncio.run(main())


class QuietStub(LocalStub):
    """The local stub, without the traceback of an answer written to a client that gave up (a timed-out GET)."""

    def __init__(self, latency_ms=0):
        super().__init__(latency_ms)
        self._server.handle_error = lambda request, client_address: None


class FaultyStub(LocalStub):
    """The local stub, but with the answers of some paths replaced."""

    def __init__(self, answers):
        super().__init__()
        self.answers = answers

    def respond(self, path):
        return self.answers.get(path) or LocalStub.respond(path)


class StatisticsTest(unittest.TestCase):

    def test_percentiles_are_nearest_rank_in_ms(self):
        latencies = [ms * MS for ms in range(1, 1001)]
        self.assertEqual({"p50": 500.0, "p90": 900.0, "p99": 990.0, "p999": 999.0, "max": 1000.0},
                         load.summary(latencies))

    def test_ranks_are_exact_where_floats_are_not(self):
        # 99.9 / 100 * 1000 is 999.0000000000001 in floats: a float rank would be 1000.
        self.assertEqual(999, load.rank(99.9, 1000))
        self.assertEqual(1, load.rank(0, 5))
        self.assertEqual(5, load.rank(100, 5))
        self.assertEqual(3, load.rank(50, 5))

    def test_the_distribution_stops_where_the_sample_does_and_keeps_the_max(self):
        points = load.distribution([ms * MS for ms in range(1, 11)])
        self.assertEqual([{"percentile": 0.0, "ms": 1.0}, {"percentile": 50.0, "ms": 5.0},
                          {"percentile": 75.0, "ms": 8.0}, {"percentile": 87.5, "ms": 9.0},
                          {"percentile": 100.0, "ms": 10.0}], points)

    def test_a_thousand_latencies_resolve_99_9_but_not_99_95(self):
        points = {point["percentile"]: point["ms"] for point in load.distribution([ms * MS for ms in range(1, 1001)])}
        self.assertEqual([0.0, 50.0, 75.0, 87.5, 93.75, 96.875, 98.4375, 99.21875, 99.6, 99.8, 99.9, 100.0],
                         list(points))
        self.assertEqual((1.0, 938.0, 999.0, 1000.0), (points[0.0], points[93.75], points[99.9], points[100.0]))

    def test_microseconds_are_kept(self):
        self.assertEqual({"p50": 1.235, "p90": 1.235, "p99": 1.235, "p999": 1.235, "max": 1.235},
                         load.summary([1_234_567]))
        self.assertEqual([{"percentile": 0.0, "ms": 1.235}, {"percentile": 100.0, "ms": 1.235}],
                         load.distribution([1_234_567]))

    def test_nothing_answered_has_no_latency(self):
        self.assertEqual({"p50": 0.0, "p90": 0.0, "p99": 0.0, "p999": 0.0, "max": 0.0}, load.summary([]))
        self.assertEqual([], load.distribution([]))

    def test_the_schedule(self):
        self.assertEqual(5000, load.requests_of(500, 10_000))
        self.assertEqual(2, load.requests_of(3, 500))  # 1.5 rounds up, as Java's Math.round
        self.assertEqual(0, load.requests_of(1, 100))
        self.assertEqual([7, 7 + 333_333_333, 7 + 666_666_666, 7 + 1_000_000_000],
                         [load.due_ns(7, index, 3) for index in range(4)])
        self.assertEqual([1, 2, 100, 1], [load.post_id(index) for index in (0, 1, 99, 100)])


class UsageTest(unittest.TestCase):

    def assertUsageError(self, message, *argv):
        status, out, err = run_cli("--base-url", "http://127.0.0.1:9/", *argv)
        self.assertEqual(2, status, err)
        self.assertEqual("", out)
        self.assertIn("load.py: error: ", err)
        self.assertIn(message, err)

    def test_bad_rates_are_named(self):
        self.assertUsageError("each number must be 1 to 1000000, was '500,0'", "--rates", "500,0")
        self.assertUsageError("was '2000000'", "--rates", "2000000")
        self.assertUsageError("expected whole numbers separated by commas, was '500,fast'", "--rates", "500,fast")
        self.assertUsageError("rates must increase, were '1000,500'", "--rates", "1000,500")
        self.assertUsageError("rates must increase, were '500,500'", "--rates", "500,500")

    def test_bad_durations_are_named(self):
        self.assertUsageError("duration must be 1 to 3600000 ms, was 0", "--rates", "5", "--duration-ms", "0")
        self.assertUsageError("duration must be a whole number of milliseconds, was '1.5'",
                              "--rates", "5", "--duration-ms", "1.5")
        self.assertUsageError("warm-up must be 0 to 3600000 ms, was -1", "--rates", "5", "--warmup-ms", "-1")
        self.assertUsageError("timeout must be 1 to 86400000 ms, was 0", "--rates", "5", "--timeout-ms", "0")
        self.assertUsageError("latency must be 0 to 60000 ms, was 60001", "--rates", "5", "--latency-ms", "60001")

    def test_a_rate_and_duration_that_make_no_get_are_named(self):
        self.assertUsageError("1 GETs/s for 100 ms makes no GET", "--rates", "1,10", "--duration-ms", "100")

    def test_a_bad_base_url_is_named(self):
        status, _, err = run_cli("--base-url", "ftp://x/", "--rates", "5")
        self.assertEqual(2, status)
        self.assertIn("base URL must be an http or https URL, was 'ftp://x/'", err)

    def test_without_aiohttp_it_is_a_usage_error(self):
        with mock.patch.dict(sys.modules, {"aiohttp": None}):
            self.assertUsageError("aiohttp is not importable (", "--rates", "5")

    def test_without_uvloop_it_is_a_usage_error(self):
        with mock.patch.dict(sys.modules, {"uvloop": None}):
            self.assertUsageError("uvloop is not importable (", "--rates", "5", "--loop", "uvloop")


class OpenLoopTest(unittest.TestCase):

    def setUp(self):
        aiohttp_or_skip(self)

    def test_a_stalled_server_does_not_slow_the_schedule(self):
        # 20 GETs due over 190 ms, each answered after 300 ms: an open loop has all 20 in flight at once.
        with LocalStub(latency_ms=300) as stub:
            tally = offer(stub.base_url, 100, 20)
        self.assertEqual(20, stub.max_in_flight)
        self.assertLess((tally.issued_ns - tally.start_ns) / MS, 280)
        run = tally.to_json("asyncio")
        self.assertEqual((20, 20, 0, None), (run["requests"], run["answered"], run["errors"], run["firstError"]))
        self.assertGreaterEqual(run["distribution"][0]["ms"], 300)
        self.assertGreaterEqual(run["latencyMs"]["p50"], 300)
        # 20 answers from the first due time to the last answer, 190 + ~300 ms: the stall shows in the rate too.
        self.assertLess(run["achievedPerSecond"], 20 / 0.48)

    def test_latency_runs_from_the_due_time_not_the_send(self):
        # The loop is blocked 200 ms just after the first GET was due: every GET (due within 95 ms) is sent late,
        # and the lateness is the client's, counted in its latency.
        async def block():
            time.sleep(0.2)

        with LocalStub() as stub:
            tally = offer(stub.base_url, 200, 20, before=block)
        run = tally.to_json("asyncio")
        self.assertEqual(20, run["answered"])
        self.assertGreaterEqual(run["distribution"][0]["ms"], 100)
        self.assertGreaterEqual(run["latencyMs"]["max"], 200)

    def test_a_wrong_post_is_an_error(self):
        with FaultyStub({"/posts/2": (200, bench.stub_post(7))}) as stub:
            run = offer(stub.base_url, 200, 3).to_json("asyncio")
        self.assertEqual((3, 2, 1), (run["requests"], run["answered"], run["errors"]))
        self.assertEqual(f"GET {stub.base_url}posts/2 answered post 7, not post 2", run["firstError"])

    def test_a_500_is_an_error(self):
        with FaultyStub({"/posts/1": (500, {"error": "boom"})}) as stub:
            run = offer(stub.base_url, 200, 2).to_json("asyncio")
        self.assertEqual((1, 1), (run["answered"], run["errors"]))
        self.assertRegex(run["firstError"], r"^ClientResponseError: 500, .*posts/1")

    def test_a_get_past_its_timeout_is_an_error(self):
        with QuietStub(latency_ms=400) as stub:
            start = time.perf_counter()
            run = offer(stub.base_url, 100, 2, timeout_ms=100).to_json("asyncio")
            took = time.perf_counter() - start
        self.assertEqual((0, 2), (run["answered"], run["errors"]))
        self.assertEqual(f"TimeoutError: GET {stub.base_url}posts/1: no answer within 0.1 s", run["firstError"])
        self.assertEqual(([], 0.0), (run["distribution"], run["latencyMs"]["max"]))
        self.assertLess(took, 0.38)  # not waiting for the 400 ms answers


class DocumentTest(unittest.TestCase):

    def setUp(self):
        aiohttp_or_skip(self)

    def test_the_json_has_exactly_the_java_records_shape(self):
        with LocalStub() as stub:
            status, out, err = run_cli("--base-url", stub.base_url, "--rates", "50,100", "--duration-ms", "200",
                                       "--warmup-ms", "100", "--latency-ms", "1", "--timeout-ms", "5000")
        self.assertEqual(0, status, err)
        document = json.loads(out)
        self.assertEqual({"scenario", "interpreter", "processors", "runs"}, set(document))
        self.assertEqual("load", document["scenario"])
        self.assertRegex(document["interpreter"], r"^\w+ 3\.\d+\.\d+")
        self.assertIsInstance(document["processors"], int)
        self.assertEqual([(50, 10), (100, 20)], [(run["rate"], run["requests"]) for run in document["runs"]])
        self.assertEqual(5 + 10 + 20, stub.requests)  # the warm-up's 5 at 50/s, unrecorded
        for run in document["runs"]:
            self.assertEqual(RUN_KEYS, set(run))
            self.assertEqual(("asyncio", run["requests"], 0, None, None),
                             (run["model"], run["answered"], run["errors"], run["firstError"], run["bytesPerRequest"]))
            self.assertEqual({"p50", "p90", "p99", "p999", "max"}, set(run["latencyMs"]))
            self.assertGreaterEqual(run["latencyMs"]["p50"], 1)
            self.assertTrue(all(set(point) == {"percentile", "ms"} for point in run["distribution"]))
            self.assertEqual((0.0, 100.0), (run["distribution"][0]["percentile"], run["distribution"][-1]["percentile"]))
            self.assertEqual(run["latencyMs"]["max"], run["distribution"][-1]["ms"])
            self.assertGreater(run["achievedPerSecond"], 0)
            self.assertGreater(run["cpuMicrosPerRequest"], 0)
            self.assertGreaterEqual(run["peakThreads"], 1)

    def test_uvloop_is_its_own_model(self):
        if not lessonkit.importable("uvloop"):
            self.skipTest("uvloop is not importable")
        with LocalStub() as stub:
            runs = load.run(stub.base_url, [100], 50, loop="uvloop")
        self.assertEqual([("asyncio-uvloop", 5, 5)], [(run["model"], run["requests"], run["answered"]) for run in runs])


if __name__ == "__main__":
    unittest.main()
