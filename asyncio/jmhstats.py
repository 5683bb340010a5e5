"""The statistics JMH writes into its JSON result file (``-rf json``), computed as JMH computes them,
with the standard library only: the mean, its 99.9 % confidence interval from Student's t
distribution, and percentiles the way Apache Commons Math's ``Percentile`` (which JMH uses) does.
"""

from __future__ import annotations

import math
import statistics
from typing import Dict, List, Sequence, Union

#: JMH's confidence level for ``scoreError``.
CONFIDENCE = 0.999

#: The percentiles JMH writes, keyed as JMH keys them.
PERCENTILES = (0.0, 50.0, 90.0, 95.0, 99.0, 99.9, 99.99, 99.999, 99.9999, 100.0)

_EPSILON = 1e-15
_TINY = 1e-300


def _incomplete_beta_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the regularized incomplete beta function (modified Lentz)."""
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    fraction = d
    for m in range(1, 10_000):
        for numerator in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                          -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + numerator / c
            c = c if abs(c) > _TINY else _TINY
            fraction *= c * d
        if abs(c * d - 1.0) < _EPSILON:
            return fraction
    raise ArithmeticError(f"incomplete beta did not converge for a={a}, b={b}, x={x}")


def regularized_incomplete_beta(a: float, b: float, x: float) -> float:
    """I_x(a, b), for a, b > 0 and 0 <= x <= 1."""
    if not 0.0 <= x <= 1.0:
        raise ValueError(f"x must be between 0 and 1, was {x}")
    if x in (0.0, 1.0):
        return x
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _incomplete_beta_fraction(a, b, x) / a
    return 1.0 - math.exp(log_front) * _incomplete_beta_fraction(b, a, 1.0 - x) / b


def student_t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t distribution with ``df`` degrees of freedom."""
    if df <= 0:
        raise ValueError(f"degrees of freedom must be positive, was {df}")
    tail = 0.5 * regularized_incomplete_beta(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t > 0 else tail


def student_t_quantile(p: float, df: float) -> float:
    """The t with P(T <= t) = p: bisection on the distribution function, to 1e-12 relative."""
    if not 0.0 < p < 1.0:
        raise ValueError(f"probability must be between 0 and 1 exclusive, was {p}")
    if p < 0.5:
        return -student_t_quantile(1.0 - p, df)
    low, high = 0.0, 1.0
    while student_t_cdf(high, df) < p:
        low, high = high, high * 2.0
    while high - low > 1e-12 * high:
        middle = (low + high) / 2.0
        if student_t_cdf(middle, df) < p:
            low = middle
        else:
            high = middle
    return (low + high) / 2.0


def mean_error(values: Sequence[float], confidence: float = CONFIDENCE) -> float:
    """The half-width of the ``confidence`` interval of the mean, as JMH's ``scoreError``: NaN for one value."""
    n = len(values)
    if n <= 1:
        return math.nan
    t = student_t_quantile(1.0 - (1.0 - confidence) / 2.0, n - 1)
    return t * statistics.stdev(values) / math.sqrt(n)


def percentile(values: Sequence[float], rank: float) -> float:
    """Commons Math's ``Percentile`` (its default, legacy estimation), and the minimum for rank 0, as JMH does."""
    if not values:
        raise ValueError("no values to take a percentile of")
    if not 0.0 <= rank <= 100.0:
        raise ValueError(f"percentile rank must be 0 to 100, was {rank}")
    ordered = sorted(values)
    if rank == 0.0:
        return ordered[0]
    position = rank * (len(ordered) + 1) / 100.0
    if position < 1:
        return ordered[0]
    if position >= len(ordered):
        return ordered[-1]
    whole = math.floor(position)
    lower, upper = ordered[whole - 1], ordered[whole]
    return lower + (position - whole) * (upper - lower)


def _number(value: float) -> Union[float, str]:
    """A number as JMH writes it: NaN and infinities as strings, since JSON has none."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+INF" if value > 0 else "-INF"
    return value


def metric(raw_data: List[List[float]], unit: str) -> Dict[str, object]:
    """JMH's ``primaryMetric``: ``raw_data`` holds each fork's iteration scores."""
    values = [value for fork in raw_data for value in fork]
    if not values:
        raise ValueError("a metric needs at least one measured iteration")
    score = statistics.fmean(values)
    error = mean_error(values)
    return {
        "score": score,
        "scoreError": _number(error),
        "scoreConfidence": [_number(score - error), _number(score + error)],
        "scorePercentiles": {str(rank): percentile(values, rank) for rank in PERCENTILES},
        "scoreUnit": unit,
        "rawData": raw_data,
    }
