"""Fan-out: every task parks before any wakes, results in order, measures in their fields."""

import asyncio
import unittest

import fanout

FIELDS = {"model", "n", "delayMs", "wallMs", "overheadMs", "allParkedMs", "bytesPerTask", "rssBeforeBytes",
          "rssParkedBytes", "peakRssBytes", "rssSource"}


class FanOutTest(unittest.TestCase):

    def test_measures_a_gather_of_sleeping_tasks(self):
        run = fanout.run(2_000, 50)
        self.assertEqual(FIELDS, set(run))
        self.assertEqual(("asyncio", 2_000, 50), (run["model"], run["n"], run["delayMs"]))
        self.assertGreaterEqual(run["wallMs"], 50)
        self.assertAlmostEqual(run["wallMs"] - 50, run["overheadMs"], places=2)
        self.assertGreater(run["peakRssBytes"], 0)

    def test_every_task_parks_before_the_first_wakes(self):
        # The tasks sleep 200 ms; all 2,000 are parked long before: asyncio starts them in one pass.
        measured = asyncio.run(fanout.fan_out(2_000, 200))
        self.assertLess(measured["allParkedMs"], 200)
        self.assertGreaterEqual(measured["wallMs"], 200)

    def test_a_fresh_interpreter_gives_the_same_fields(self):
        run = fanout.run_fresh(100, 10)
        self.assertEqual(FIELDS, set(run))
        self.assertEqual(100, run["n"])

    def test_bad_sizes_and_delays_are_named(self):
        with self.assertRaisesRegex(ValueError, "n must be 1 to 10000000, was 0"):
            fanout.check(0, 10)
        with self.assertRaisesRegex(ValueError, "delay must be 0 to 600000 ms, was -1"):
            fanout.check(10, -1)

    def test_the_document_names_its_scenario(self):
        document = fanout.document([])
        self.assertEqual({"scenario", "interpreter", "processors", "runs"}, set(document))
        self.assertEqual("fan-out", document["scenario"])


if __name__ == "__main__":
    unittest.main()
