"""The lesson's coroutines say the lesson's lines in the lesson's order, and gather runs concurrently."""

import asyncio
import contextlib
import io
import json
import re
import socket
import unittest

import lesson
import lessonkit
from localstub import LocalStub

#: 150 / 50 / 100 ms for gather's A / B / C, as the Java contract test: far enough apart that their order is certain.
SCALE = 0.05

POST_LINE = ("{'userId': 1, 'id': 1, 'title': 'sunt aut facere repellat provident occaecati excepturi optio "
             "reprehenderit', 'body': 'quia et suscipit\\nsuscipit recusandae consequuntur expedita et "
             "cum\\nreprehenderit molestiae ut ut quas totam\\nnostrum rerum est autem sunt rem eveniet "
             "architecto'}")
COMMENT_LINE = ("{'postId': 1, 'id': 1, 'name': 'id labore ex et quam laborum', 'email': 'Eliseo@gardner.biz', "
                "'body': 'laudantium enim quasi est quidem magnam voluptate ipsam eos\\ntempora quo "
                "necessitatibus\\ndolor quam autem quasi\\nreiciendis et nam sapiente accusantium'}")


def staged_run(coroutine_function, *args, scale=SCALE):
    """Runs one of the lesson's coroutines on a stage of its own; its value and the recording."""
    recording = lessonkit.Recording()
    value = asyncio.run(lessonkit.staged(lessonkit.Stage(scale, recording), coroutine_function(*args)))
    return value, recording


def aiohttp_or_skip(test):
    try:
        lesson.aiohttp()
    except lessonkit.Unavailable as e:
        test.skipTest(str(e))


class LessonLinesTest(unittest.TestCase):

    def test_main_single_prints_the_lessons_lines(self):
        _, recording = staged_run(lesson.main_single)
        self.assertEqual(["Running single coroutine...", "Hello, Alice!", "Single coroutine finished."],
                         recording.lines())

    def test_greet_says_hello_after_its_sleep(self):
        _, recording = staged_run(lesson.greet, "Alice")
        self.assertEqual(["Hello, Alice!"], recording.lines())
        self.assertGreaterEqual(recording.events[0].at_millis, 1000 * SCALE - 1)

    def test_main_prints_the_lessons_lines_and_returns_the_data(self):
        data, recording = staged_run(lesson.main)
        self.assertEqual({"data": "Some important data"}, data)
        self.assertEqual(["Starting main...", "Fetching data...", "Data fetched!",
                          "Received: {'data': 'Some important data'}", "Main finished."], recording.lines())

    def test_fetch_data_waits_its_simulated_io(self):
        _, recording = staged_run(lesson.fetch_data)
        fetching, fetched = recording.events
        self.assertGreaterEqual(fetched.at_millis - fetching.at_millis, 2000 * SCALE - 1)

    def test_main_concurrent_prints_the_lessons_lines(self):
        results, recording = staged_run(lesson.main_concurrent)
        lines = recording.lines()
        self.assertEqual(9, len(lines))
        self.assertEqual("Running concurrent tasks...", lines[0])
        self.assertCountEqual(["Task A: Starting (delay=3s)", "Task B: Starting (delay=1s)",
                               "Task C: Starting (delay=2s)"], lines[1:4])
        self.assertEqual(["Task B: Finished", "Task C: Finished", "Task A: Finished"], lines[4:7])
        self.assertRegex(lines[7], r"^All tasks finished in 0\.\d\d seconds\.$")
        self.assertEqual("Results: ['Result from A', 'Result from B', 'Result from C']", lines[8])
        self.assertEqual(["Result from A", "Result from B", "Result from C"], results)

    def test_gather_takes_about_the_longest_delay_not_the_sum(self):
        _, recording = staged_run(lesson.main_concurrent)
        first_start, last_finish = recording.events[1], recording.events[6]
        took = last_finish.at_millis - first_start.at_millis
        self.assertGreaterEqual(took, 3000 * SCALE - 1)
        self.assertLess(took, (3 + 1 + 2) * 1000 * SCALE)

    def test_every_line_of_a_task_is_said_by_that_task(self):
        _, recording = staged_run(lesson.main_concurrent)
        speakers = {event.line: event.thread for event in recording.events}
        self.assertEqual(speakers["Task A: Starting (delay=3s)"], speakers["Task A: Finished"])
        self.assertNotEqual(speakers["Task A: Finished"], speakers["Task B: Finished"])

    def test_the_coroutines_need_a_stage(self):
        with self.assertRaisesRegex(RuntimeError, "no stage"):
            asyncio.run(lesson.greet("Alice"))

    def test_a_scale_out_of_range_is_rejected_with_its_value(self):
        for bad in (-1, 101, float("nan")):
            with self.assertRaisesRegex(ValueError, f"from 0 \\(no waits\\) to 100 .*was {bad}"):
                lessonkit.Stage(bad, lessonkit.LatestLine())

    def test_at_scale_0_every_wait_is_already_due(self):
        stage = lessonkit.Stage(0, lessonkit.LatestLine())
        self.assertEqual("Result from A", asyncio.run(lessonkit.staged(stage, lesson.task("A", 3))))
        self.assertEqual("Task A: Finished", stage.narrator.take())


class RunnerTest(unittest.TestCase):

    def run_cli(self, *argv):
        out, err = io.StringIO(), io.StringIO()
        status = lesson.cli_main(list(argv), out=out, err=err)
        return status, out.getvalue(), err.getvalue()

    def test_json_has_the_shape_of_the_java_clis(self):
        status, out, _ = self.run_cli("gather", "--scale", str(SCALE), "--json")
        self.assertEqual(0, status)
        document = json.loads(out)
        self.assertEqual({"scale", "baseUrl", "runs"}, set(document))
        self.assertEqual(SCALE, document["scale"])
        run, = document["runs"]
        self.assertEqual({"model", "scenario", "wallMillis", "idealMillis", "result", "events", "error"}, set(run))
        self.assertEqual(("asyncio", "gather", None), (run["model"], run["scenario"], run["error"]))
        self.assertAlmostEqual(3000 * SCALE, run["idealMillis"])
        self.assertGreaterEqual(run["wallMillis"], run["idealMillis"])
        self.assertEqual(["Result from A", "Result from B", "Result from C"], run["result"])
        self.assertEqual({"atMillis", "line", "thread"}, set(run["events"][0]))
        self.assertIsInstance(run["events"][0]["atMillis"], int)

    def test_text_output_prefixes_each_line_like_compare_and_ends_with_a_table(self):
        status, out, _ = self.run_cli("all", "--scale", "0.01")
        self.assertEqual(0, status)
        self.assertRegex(out, r"(?m)^asyncio +\+\d+ ms  Task-\d+ +Hello, Alice!$")
        self.assertRegex(out, r"(?m)^asyncio  gather +\d+\.\d ms +30\.0 ms$")

    def test_all_without_a_base_url_runs_the_rest_and_says_why_not_http(self):
        status, out, err = self.run_cli("all", "--scale", "0.01", "--json")
        self.assertEqual(0, status)
        self.assertEqual(["greet", "fetch", "gather"], [run["scenario"] for run in json.loads(out)["runs"]])
        self.assertIn("http not run: it needs --base-url", err)

    def test_bad_usage_exits_2_naming_what_was_wrong(self):
        for argv, message in ((["greet", "--scale", "-1"], "from 0 (no waits) to 100"),
                              (["http", "--timeout", "0"], "timeout must be more than 0 and at most 86400 seconds, was 0"),
                              (["http", "--timeout", "soon"], "timeout must be a number of seconds, was 'soon'"),
                              (["greet", "--scale", "soon"], "scale must be a number, was 'soon'"),
                              (["http", "--base-url", "ftp://127.0.0.1/"], "http or https URL"),
                              (["nap"], "invalid choice")):
            err = io.StringIO()
            with self.subTest(argv=argv), contextlib.redirect_stderr(err), self.assertRaises(SystemExit) as exit:
                lesson.cli_main(argv)
            self.assertEqual(2, exit.exception.code)
            self.assertIn(message, err.getvalue())

    def test_http_without_aiohttp_or_a_url_is_skipped_with_the_reason(self):
        status, out, err = self.run_cli("http", "--json")
        self.assertEqual(3, status)
        self.assertRegex(json.loads(out)["runs"][0]["error"], r"^skipped: (aiohttp is not importable|http needs --base-url)")
        self.assertIn("asyncio skipped http", err)


class HttpExampleTest(unittest.TestCase):

    def setUp(self):
        aiohttp_or_skip(self)

    def test_prints_the_dicts_as_python_does(self):
        with LocalStub() as stub:
            fetched, recording = staged_run(lesson.main_http_example, stub.base_url)
        self.assertEqual(["--- Data from Post 1 ---", POST_LINE, "", "--- Data from Comment 1 ---", COMMENT_LINE],
                         recording.lines())
        self.assertEqual({"post", "comment"}, set(fetched))

    def test_has_both_requests_in_flight_at_once(self):
        with LocalStub(latency_ms=300) as stub:
            staged_run(lesson.main_http_example, stub.base_url)
        self.assertEqual((2, 2), (stub.requests, stub.max_in_flight))

    def test_the_lessons_sequential_version_sends_one_get_after_the_other(self):
        with LocalStub(latency_ms=100) as stub:
            _, recording = staged_run(lesson.main_http_example_sequential, stub.base_url)
        self.assertEqual((2, 1), (stub.requests, stub.max_in_flight))
        self.assertEqual(POST_LINE, recording.lines()[1])

    def test_a_missing_resource_fails_naming_the_url_and_status(self):
        with LocalStub() as stub:
            missing = stub.base_url + "nothing-here/"
            run = lesson.run(lesson.SCENARIOS["http"], "asyncio", 1.0, missing)
        self.assertIn("404", run.error)
        self.assertIn(missing, run.error)

    def test_a_refused_connection_fails_naming_the_host(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        run = lesson.run(lesson.SCENARIOS["http"], "asyncio", 1.0, f"http://127.0.0.1:{port}/")
        self.assertIn(f"127.0.0.1:{port}", run.error)

    def test_a_server_that_never_answers_fails_the_run_within_the_timeout_given(self):
        with socket.socket() as silent:  # listening, never accepting: connections complete, nothing answers
            silent.bind(("127.0.0.1", 0))
            silent.listen(8)
            base_url = f"http://127.0.0.1:{silent.getsockname()[1]}/"
            run = lesson.run(lesson.SCENARIOS["http"], "asyncio", 1.0, base_url, http_timeout=0.5)
        self.assertEqual(f"TimeoutError: GET {base_url}posts/1: no answer within 0.5 s", run.error)
        self.assertLess(run.wall_millis, lesson.HTTP_TIMEOUT_SECONDS * 1000, "bounded by --timeout, not the default")

    def test_posts_keeps_to_its_bound_and_reaches_it_in_order(self):
        async def fetch(base_url):
            async with lesson.client_session() as session:
                return await lesson.posts(session, base_url, list(range(1, 25)), 8)

        with LocalStub(latency_ms=50) as stub:
            fetched, _ = staged_run(fetch, stub.base_url)
        self.assertEqual(list(range(1, 25)), [post["id"] for post in fetched])
        self.assertEqual((24, 8), (stub.requests, stub.max_in_flight))


class PostsValidationTest(unittest.TestCase):

    def test_posts_rejects_a_bound_below_one(self):
        with self.assertRaisesRegex(ValueError, "maxConcurrency must be at least 1, was 0"):
            asyncio.run(lesson.posts(None, "http://127.0.0.1/", [1], 0))


class LoopsTest(unittest.TestCase):

    def test_each_loop_reports_as_its_model(self):
        self.assertEqual("asyncio", lessonkit.model_name("asyncio"))
        self.assertEqual("asyncio-uvloop", lessonkit.model_name("uvloop"))
        with self.assertRaisesRegex(ValueError, "unknown loop 'trio'"):
            lessonkit.model_name("trio")

    def test_uvloop_runs_the_lesson_when_importable(self):
        try:
            lessonkit.loop_factory("uvloop")
        except lessonkit.Unavailable as e:
            self.skipTest(str(e))
        run = lesson.run(lesson.SCENARIOS["greet"], "uvloop", SCALE)
        self.assertEqual(("asyncio-uvloop", None), (run.model, run.error))
        self.assertTrue(re.match(r"Hello, Alice!", run.events[1].line))


if __name__ == "__main__":
    unittest.main()
