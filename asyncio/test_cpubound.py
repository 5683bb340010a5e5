"""The CPU-bound experiment: real, checked work; a blocked loop stops its heartbeat; the Java side's shape."""

import asyncio
import unittest

import cpubound

#: The smallest scale the plan allows: 100 ms of CPU work, ten heartbeat periods.
SCALE = 0.2

#: The fields of the Java side's CpuBoundRun, derived measures included, in its JSON.
RUN_FIELDS = {"model", "variant", "wiring", "jvm", "plan", "ticksMs", "cpuMs", "askMs", "replyMs", "endMs", "primes",
              "cpuTimeMs", "replyDelayMs", "ticksDuringCpu", "worstGapMs"}


class WorkTest(unittest.TestCase):

    def test_trial_division_agrees_with_the_sieve(self):
        for limit, primes in ((2, 0), (3, 1), (10, 4), (100, 25), (1_000, 168), (100_000, 9_592)):
            with self.subTest(limit=limit):
                self.assertEqual(primes, cpubound.count_primes(limit))
                self.assertEqual(primes, cpubound.sieve(limit))

    def test_the_yielding_count_counts_the_same_and_yields_to_the_loop(self):
        async def count_beside_a_ticker():
            ticks = 0

            async def ticker():
                nonlocal ticks
                while True:
                    ticks += 1
                    await asyncio.sleep(0)

            ticking = asyncio.create_task(ticker())
            primes = await cpubound.count_primes_yielding(50_000)
            ticking.cancel()
            return primes, ticks

        primes, ticks = asyncio.run(count_beside_a_ticker())
        self.assertEqual(5_133, primes)
        self.assertGreater(ticks, 1)

    def test_a_wrong_count_is_rejected_naming_both(self):
        with self.assertRaisesRegex(ArithmeticError, "counted 24 primes below 100, but the sieve counts 25"):
            cpubound.Work.of(100).check(24)

    def test_calibration_finds_work_the_sieve_has_counted(self):
        work = cpubound.Work.calibrate(0.05)
        self.assertGreater(work.limit, 2)
        self.assertEqual(cpubound.sieve(work.limit), work.primes)

    def test_limits_and_counts_out_of_range_are_rejected(self):
        with self.assertRaisesRegex(ValueError, "between 2 and 250000000, was 1"):
            cpubound.Work.of(1)
        with self.assertRaisesRegex(ValueError, "must not be negative, was -1"):
            cpubound.Work(10, -1)


class PlanTest(unittest.TestCase):

    def test_scales_every_time_but_the_period(self):
        plan = cpubound.Plan.at(0.5, cpubound.Work.of(10))
        self.assertEqual((10.0, 150.0, 250.0, 200.0, 10.0, 100.0),
                         (plan.period_ms, plan.cpu_start_ms, plan.cpu_target_ms, plan.ask_ms, plan.reply_sleep_ms,
                          plan.tail_ms))
        self.assertEqual({"periodMs", "cpuStartMs", "cpuTargetMs", "askMs", "replySleepMs", "tailMs", "work"},
                         set(plan.to_json()))

    def test_a_scale_too_small_to_show_anything_is_rejected(self):
        with self.assertRaisesRegex(ValueError, "at scale 0.1 the CPU work would last 50 ms.*at least 0.2"):
            cpubound.Plan.check_scale(0.1)


class MeasuresTest(unittest.TestCase):

    @staticmethod
    def timeline(ticks, cpu_start, cpu_end, reply, end):
        return {"ticksMs": ticks, "cpuMs": {"startMs": cpu_start, "endMs": cpu_end}, "askMs": 400.0,
                "replyMs": reply, "endMs": end, "plan": {"replySleepMs": 20.0}}

    def test_are_derived_as_the_java_side_derives_them(self):
        measured = cpubound.measures(self.timeline([10.0, 20.0, 300.0, 805.0, 815.0], 300.0, 805.0, 830.0, 900.0))
        self.assertEqual({"cpuTimeMs": 505.0, "replyDelayMs": 410.0, "ticksDuringCpu": 0, "worstGapMs": 505.0},
                         measured)

    def test_the_worst_gap_counts_the_start_and_the_end(self):
        self.assertEqual(100.0, cpubound.measures(self.timeline([], 0.0, 10.0, 420.0, 100.0))["worstGapMs"])
        self.assertEqual(90.0, cpubound.measures(self.timeline([10.0], 0.0, 5.0, 420.0, 100.0))["worstGapMs"])


class ExperimentTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        kinds = [(kind, "asyncio") for kind in cpubound.KINDS.values()]
        cls.report = cpubound.report(SCALE, kinds)
        cls.runs = {(run["model"], run["variant"]): run for run in cls.report["runs"]}

    def test_the_report_has_the_java_sides_shape(self):
        self.assertEqual({"scenario", "java", "processors", "scale", "plan", "runs"}, set(self.report))
        self.assertEqual("cpu-bound", self.report["scenario"])
        for run in self.report["runs"]:
            self.assertEqual(RUN_FIELDS, set(run))
            self.assertEqual({"pid", "forked", "properties"}, set(run["jvm"]))
            self.assertEqual(self.report["plan"]["work"]["primes"], run["primes"])

    def test_every_kind_ran_as_its_model_and_variant(self):
        self.assertEqual({("asyncio", "blocked"), ("asyncio", "blocked-yield"), ("asyncio", "fixed"),
                          ("asyncio-process-pool", "fixed")}, set(self.runs))

    def test_blocked_the_heartbeat_stops_and_the_reply_waits_for_the_work(self):
        blocked = self.runs["asyncio", "blocked"]
        self.assertEqual(0, blocked["ticksDuringCpu"])
        self.assertGreaterEqual(blocked["replyMs"], blocked["cpuMs"]["endMs"])
        self.assertGreaterEqual(blocked["worstGapMs"], blocked["cpuTimeMs"])

    def test_yielding_or_off_the_loop_the_heartbeat_ticks_during_the_work(self):
        for key in (("asyncio", "blocked-yield"), ("asyncio", "fixed"), ("asyncio-process-pool", "fixed")):
            with self.subTest(run=key):
                self.assertGreater(self.runs[key]["ticksDuringCpu"], 0)

    def test_the_timeline_is_in_order(self):
        for run in self.report["runs"]:
            with self.subTest(run=(run["model"], run["variant"])):
                self.assertEqual(sorted(run["ticksMs"]), run["ticksMs"])
                self.assertLessEqual(run["cpuMs"]["startMs"], run["cpuMs"]["endMs"])
                self.assertLessEqual(run["askMs"] + run["plan"]["replySleepMs"], run["replyMs"])
                self.assertLessEqual(run["replyMs"], run["endMs"])


if __name__ == "__main__":
    unittest.main()
