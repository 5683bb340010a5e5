"""The statistics are JMH's: t quantiles from the table, and a real JMH record reproduced."""

import math
import unittest

import jmhstats

#: Student's t quantiles from a printed table (two-sided 99.9 % and 95 %).
T_TABLE = {
    (0.9995, 1): 636.619, (0.9995, 2): 31.599, (0.9995, 4): 8.610, (0.9995, 9): 4.781,
    (0.9995, 14): 4.140, (0.9995, 29): 3.659, (0.9995, 120): 3.373,
    (0.975, 1): 12.706, (0.975, 5): 2.571, (0.975, 10): 2.228, (0.975, 30): 2.042,
}

#: One record of a real JMH run of this suite (FetchDataBenchmark.fetchData, virtual-threads).
JMH_RAW = [[20.905916458333333, 21.084285375, 20.869337458333334, 20.879572333333332, 20.76169536]]
JMH_SCORE = 20.900161396999998
JMH_ERROR = 0.44939517390072775


class StudentTTest(unittest.TestCase):

    def test_quantiles_match_the_table(self):
        for (p, df), expected in T_TABLE.items():
            with self.subTest(p=p, df=df):
                self.assertAlmostEqual(expected, jmhstats.student_t_quantile(p, df), places=3)

    def test_quantiles_approach_the_normal_ones(self):
        self.assertAlmostEqual(3.2905, jmhstats.student_t_quantile(0.9995, 1_000_000), places=3)

    def test_the_distribution_is_symmetric(self):
        self.assertAlmostEqual(0.5, jmhstats.student_t_cdf(0.0, 7))
        self.assertAlmostEqual(-jmhstats.student_t_quantile(0.9, 3), jmhstats.student_t_quantile(0.1, 3))

    def test_the_quantile_inverts_the_distribution(self):
        for df in (1, 3, 17):
            t = jmhstats.student_t_quantile(0.99, df)
            self.assertAlmostEqual(0.99, jmhstats.student_t_cdf(t, df), places=10)

    def test_bad_arguments_are_named(self):
        with self.assertRaisesRegex(ValueError, "probability .* was 1"):
            jmhstats.student_t_quantile(1, 3)
        with self.assertRaisesRegex(ValueError, "degrees of freedom .* was 0"):
            jmhstats.student_t_cdf(1.0, 0)


class MetricTest(unittest.TestCase):

    def test_reproduces_a_real_jmh_record(self):
        metric = jmhstats.metric(JMH_RAW, "ms/op")
        self.assertAlmostEqual(JMH_SCORE, metric["score"], places=12)
        self.assertAlmostEqual(JMH_ERROR, metric["scoreError"], places=10)
        self.assertAlmostEqual(JMH_SCORE - JMH_ERROR, metric["scoreConfidence"][0], places=10)
        self.assertEqual(20.879572333333332, metric["scorePercentiles"]["50.0"])
        self.assertEqual(21.084285375, metric["scorePercentiles"]["90.0"])
        self.assertEqual(20.76169536, metric["scorePercentiles"]["0.0"])
        self.assertEqual(["0.0", "50.0", "90.0", "95.0", "99.0", "99.9", "99.99", "99.999", "99.9999", "100.0"],
                         list(metric["scorePercentiles"]))
        self.assertEqual(("ms/op", JMH_RAW), (metric["scoreUnit"], metric["rawData"]))

    def test_pools_the_iterations_of_every_fork(self):
        metric = jmhstats.metric([[1.0, 2.0], [3.0, 4.0]], "ms/op")
        self.assertEqual(2.5, metric["score"])
        expected = jmhstats.student_t_quantile(0.9995, 3) * math.sqrt(5 / 3) / 2
        self.assertAlmostEqual(expected, metric["scoreError"])

    def test_one_iteration_has_no_error_written_as_jmh_writes_it(self):
        metric = jmhstats.metric([[5.0]], "ms/op")
        self.assertEqual(("NaN", ["NaN", "NaN"]), (metric["scoreError"], metric["scoreConfidence"]))

    def test_no_iterations_is_an_error(self):
        with self.assertRaisesRegex(ValueError, "at least one"):
            jmhstats.metric([[]], "ms/op")

    def test_percentiles_interpolate_as_commons_math(self):
        values = [1.0, 2.0, 3.0, 4.0]
        self.assertEqual(2.5, jmhstats.percentile(values, 50))
        self.assertEqual(1.25, jmhstats.percentile(values, 25))
        self.assertEqual(4.0, jmhstats.percentile(values, 90))
        self.assertEqual(1.0, jmhstats.percentile(values, 0))


if __name__ == "__main__":
    unittest.main()
