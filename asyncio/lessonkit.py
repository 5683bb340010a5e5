"""What the asyncio scripts share: the time scale, the narrator that stands in for ``print``,
the event loops to run on, and the optional packages (aiohttp, uvloop) with the reason when one
is missing.

The lesson's coroutines call :func:`say` where the lesson calls ``print`` and :func:`seconds`
around every delay. Both read the *stage* of the running scenario from a context variable that
:func:`staged` sets, so the coroutines keep the lesson's shape and every task that ``gather``
starts inherits the stage.
"""

from __future__ import annotations

import argparse
import asyncio
import contextvars
import importlib
import threading
import time
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Iterable, List, Optional

MAX_SCALE = 100.0

#: The model name of each loop, as the report and ``./compare`` name models.
MODELS = {"asyncio": "asyncio", "uvloop": "asyncio-uvloop"}


class Unavailable(Exception):
    """A part that cannot run on this interpreter, and why: callers skip it and say so."""


def check_scale(factor: float) -> float:
    """The scale, or ValueError worded as the Java side words it (``TimeScale``)."""
    if not 0 <= factor <= MAX_SCALE:
        raise ValueError("scale must be a number from 0 (no waits) to 100 "
                         f"(0.01 turns 3 s into 30 ms), was {factor}")
    return factor


def names(text: str, known: Iterable[str], what: str) -> List[str]:
    """A command line's comma-separated choice of ``known`` names, each once, in the order given."""
    known = list(known)
    chosen = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in known]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"unknown {what} {', '.join(unknown) or '(none given)'}; "
                                         f"known: {', '.join(known)}")
    return list(dict.fromkeys(chosen))


def counts(text: str, maximum: int) -> List[int]:
    """A command line's comma-separated whole numbers, each 1 to ``maximum``."""
    try:
        numbers = [int(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected whole numbers separated by commas, was '{text}'") from None
    if any(not 1 <= n <= maximum for n in numbers):
        raise argparse.ArgumentTypeError(f"each number must be 1 to {maximum}, was '{text}'")
    return numbers


def optional(module: str):
    """The module if it imports; :class:`Unavailable` naming it, the error and how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise Unavailable(f"{module} is not importable ({e}); install it with `pip install {module}` "
                          f"(Debian: `apt install python3-{module}` for /usr/bin/python3)") from e


def importable(module: str) -> bool:
    try:
        optional(module)
        return True
    except Unavailable:
        return False


def version_of(module: str) -> str:
    """The version of an optional module, or ``not importable: <why>``."""
    try:
        return getattr(optional(module), "__version__", "unknown version")
    except Unavailable as e:
        return f"not importable: {e.__cause__}"


def loop_factory(loop: str) -> Callable[[], asyncio.AbstractEventLoop]:
    """The factory of the named loop: ``asyncio`` (the standard one) or ``uvloop``."""
    if loop == "asyncio":
        return asyncio.new_event_loop
    if loop == "uvloop":
        return optional("uvloop").new_event_loop
    raise ValueError(f"unknown loop '{loop}'; known loops: {', '.join(MODELS)}")


def model_name(loop: str) -> str:
    """``asyncio`` or ``asyncio-uvloop``: the row the loop's results land in."""
    try:
        return MODELS[loop]
    except KeyError:
        raise ValueError(f"unknown loop '{loop}'; known loops: {', '.join(MODELS)}") from None


def loop_description(loop: str) -> str:
    """The class of the loop that ``loop`` makes, e.g. ``asyncio.unix_events._UnixSelectorEventLoop``."""
    made = loop_factory(loop)()
    try:
        return f"{type(made).__module__}.{type(made).__qualname__}"
    finally:
        made.close()


def where() -> str:
    """Who is speaking: the current task's name (``Task-2``), else the thread's (``MainThread``).

    Every task of a loop runs on the loop's one thread, so the task tells more than the thread.
    """
    try:
        task = asyncio.current_task()
    except RuntimeError:
        task = None
    return task.get_name() if task is not None else threading.current_thread().name


@dataclass(frozen=True)
class Event:
    """One printed line, ``at_millis`` after the recording started, said by ``thread``."""

    at_millis: int
    line: str
    thread: str

    def to_json(self) -> dict:
        return {"atMillis": self.at_millis, "line": self.line, "thread": self.thread}


class Recording:
    """Keeps every line said, stamped from :meth:`start`, and hands each to ``listener`` at once.

    A text with newlines is several lines, as ``print`` shows it.
    """

    def __init__(self, listener: Optional[Callable[[Event], None]] = None):
        self._listener = listener
        self._lock = threading.Lock()
        self._origin = time.perf_counter_ns()
        self.events: List[Event] = []

    def start(self) -> None:
        """Marks time zero of the offsets."""
        self._origin = time.perf_counter_ns()

    def say(self, text: str) -> None:
        now = time.perf_counter_ns()
        speaker = where()
        with self._lock:
            for line in text.split("\n"):
                event = Event((now - self._origin) // 1_000_000, line, speaker)
                self.events.append(event)
                if self._listener is not None:
                    self._listener(event)

    def lines(self) -> List[str]:
        return [event.line for event in self.events]


class LatestLine:
    """Keeps only the latest line: the narrator of the benchmarks, as cheap as the Java side's."""

    def __init__(self):
        self.line: Optional[str] = None

    def say(self, text: str) -> None:
        self.line = text

    def take(self) -> Optional[str]:
        """The latest line since the previous call, forgetting it."""
        line, self.line = self.line, None
        return line


@dataclass(frozen=True)
class Stage:
    """What a scenario runs with: the scale of its delays and the narrator of its lines."""

    scale: float
    narrator: Any

    def __post_init__(self):
        check_scale(self.scale)


_STAGE: contextvars.ContextVar[Stage] = contextvars.ContextVar("stage")


async def staged(stage: Stage, scenario: Awaitable):
    """Awaits ``scenario`` on ``stage``: its tasks, and theirs, say and sleep through it."""
    _STAGE.set(stage)
    return await scenario


def _stage() -> Stage:
    try:
        return _STAGE.get()
    except LookupError:
        raise RuntimeError("no stage: run the lesson's coroutines through lessonkit.staged(...)") from None


def say(*values: Any) -> None:
    """The lesson's ``print``: the values, as ``print`` would show them, to the stage's narrator."""
    _stage().narrator.say(" ".join(str(value) for value in values))


def seconds(lesson_seconds: float) -> float:
    """A lesson delay in real seconds at the stage's scale: at 0.01 the lesson's 3 s is 0.03."""
    return lesson_seconds * _stage().scale
