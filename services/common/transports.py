"""How the bus moves messages: one small interface, two transports (as httpx puts its transports behind one).

``NatsTransport`` is a nats-py connection; ``LocalTransport`` hands messages to subscribers in this process.
``Bus`` (``bus.py``) publishes and subscribes through them and keeps what is Lockgate's: events, their
recording in JetStream, which copies to believe. Both transports behave alike, so a handler cannot tell them apart:

- a subscription's handler gets one message at a time, in the order they arrived (nats-py runs a
  subscription's callbacks one after another), or, when the subscription asks for ``concurrency`` N, up to
  N at a time, started in that order; a failing handler is logged by its exception's type only (its
  message may quote the payload) and the next message goes on;
- a message goes to every plain subscription of its subject and to one subscription per queue group;
- ``request`` raises ``NoReplica`` when nobody subscribes the subject, and ``NoAnswer`` when the one asked
  fails, answers nothing or does not answer in time;
- ``drain`` takes no new messages and returns once those already delivered are handled.

Concurrency is the subscriber's choice, never the transport's: work on independent messages (one verdict per
request) asks for it, because one at a time a handler that awaits anything (a KV read, even one yield to the
event loop) caps the subscription at one message per turn of a busy loop; listeners that need order do not.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any, Protocol

from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.errors import Error as NatsError
from nats.errors import NoRespondersError
from nats.errors import TimeoutError as NatsTimeoutError

log = logging.getLogger("lockgate.bus")


class NoReplica(Exception):
    """No replica of the asked stage is subscribed."""


class NoAnswer(Exception):
    """The asked stage did not answer before the deadline, or failed without answering."""


class Message(Protocol):
    """What a handler gets: nats-py's ``Msg`` has these, and so has a local message."""

    subject: str
    data: bytes
    headers: dict[str, str] | None


MessageHandler = Callable[[Message], Awaitable[bytes | None]]
"""Handles one message; what it returns answers the message when it was a request (None: no answer)."""


class Running:
    """Handlers started and not finished yet, at most ``concurrency`` at once (None: one at a time, in line)."""

    def __init__(self, concurrency: int):
        self._slots = asyncio.Semaphore(concurrency) if concurrency > 1 else None
        self._tasks: set[asyncio.Task] = set()

    async def run(self, work: Callable[[], Awaitable[None]]) -> None:
        """Run ``work`` now (one at a time), or start it once a slot is free and return."""
        if self._slots is None:
            await work()
            return
        await self._slots.acquire()
        task = asyncio.ensure_future(work())
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        assert self._slots is not None
        self._slots.release()

    async def finish(self) -> None:
        while self._tasks:
            await asyncio.wait(set(self._tasks))

    def cancel(self) -> None:
        for task in self._tasks:
            task.cancel()


class TransportSubscription(Protocol):
    async def unsubscribe(self) -> None: ...

    async def drain(self) -> None:
        """Take no new messages; return once those already delivered are handled."""


class Transport(Protocol):
    async def publish(self, subject: str, data: bytes, headers: dict[str, str] | None = None) -> None: ...

    async def subscribe(self, subject: str, handler: MessageHandler, queue: str = "", concurrency: int = 1) -> TransportSubscription:
        """Return once the subscription takes messages: whoever publishes next reaches it."""
        ...

    async def request(self, subject: str, payload: bytes, timeout_s: float) -> bytes: ...

    async def drain(self) -> None:
        """Drain every subscription, then release the transport."""
        ...

    async def close(self) -> None: ...


def subject_matches(pattern: str, subject: str) -> bool:
    """NATS subject matching: ``*`` is one token, a final ``>`` one or more."""
    wanted, tokens = pattern.split("."), subject.split(".")
    for i, token in enumerate(wanted):
        if token == ">":
            return len(tokens) > i
        if i >= len(tokens) or (token != "*" and token != tokens[i]):
            return False
    return len(wanted) == len(tokens)


def _no_answer(subject: str, timeout_s: float) -> NoAnswer:
    return NoAnswer(f"no answer on {subject} within {timeout_s * 1000:.0f} ms")


class NatsTransport:
    """The nats-server: other processes, and the stream's recording."""

    def __init__(self, nc: Client):
        self.nc = nc
        self._subscriptions: list[NatsSubscription] = []

    async def publish(self, subject: str, data: bytes, headers: dict[str, str] | None = None) -> None:
        await self.nc.publish(subject, data, headers=headers)

    async def subscribe(self, subject: str, handler: MessageHandler, queue: str = "", concurrency: int = 1) -> TransportSubscription:
        subscription = NatsSubscription(self, handler, concurrency)
        subscription.subscription = await self.nc.subscribe(subject, queue=queue, cb=subscription.deliver)
        await self.nc.flush()
        self._subscriptions.append(subscription)
        return subscription

    def forget(self, subscription: NatsSubscription) -> None:
        if subscription in self._subscriptions:
            self._subscriptions.remove(subscription)

    async def request(self, subject: str, payload: bytes, timeout_s: float) -> bytes:
        try:
            return (await self.nc.request(subject, payload, timeout=timeout_s)).data
        except NoRespondersError:
            raise NoReplica(f"no replica answers {subject}") from None
        except (TimeoutError, NatsTimeoutError):
            raise _no_answer(subject, timeout_s) from None

    async def drain(self) -> None:
        """Drain every subscription (their handlers may still publish), then the connection; without one
        to drain through, just close."""
        if self.nc.is_closed:
            return
        if self.nc.is_connected:
            for subscription in list(self._subscriptions):
                try:
                    await subscription.drain()
                except (NatsError, TimeoutError) as exc:  # the server stopped answering: the connection's drain decides
                    log.warning("draining a subscription failed (%s)", type(exc).__name__)
            await self.nc.drain()
            return
        await self.close()

    async def close(self) -> None:
        if self.nc.is_closed:
            return
        try:
            await self.nc.close()
        except ConnectionError:  # the server went away: nothing left to flush to it
            pass


class NatsSubscription:
    """A nats-py subscription whose callback runs the handler (one at a time, or up to ``concurrency``) and answers requests."""

    def __init__(self, transport: NatsTransport, handler: MessageHandler, concurrency: int):
        self._transport = transport
        self._handler = handler
        self._running = Running(concurrency)
        self.subscription: Any = None
        """nats-py's, once subscribed."""

    async def deliver(self, msg: Msg) -> None:
        await self._running.run(partial(self._handle, msg))

    async def _handle(self, msg: Msg) -> None:
        try:
            reply = await self._handler(msg)
        except Exception as exc:
            log.error("handler on %s failed: %s", msg.subject, type(exc).__name__)
            return
        if reply is not None and msg.reply:
            await msg.respond(reply)

    async def drain(self) -> None:
        self._transport.forget(self)
        await self.subscription.drain()
        await self._running.finish()

    async def unsubscribe(self) -> None:
        self._transport.forget(self)
        await self.subscription.unsubscribe()
        self._running.cancel()


class LocalMessage:
    __slots__ = ("subject", "data", "headers")

    def __init__(self, subject: str, data: bytes, headers: dict[str, str] | None):
        self.subject, self.data, self.headers = subject, data, headers


class LocalSubscription:
    """One handler and its queue of delivered messages, handled one at a time by one task."""

    def __init__(self, transport: LocalTransport, subject: str, queue: str, handler: MessageHandler, concurrency: int):
        self.subject, self.queue = subject, queue
        self._transport = transport
        self._handler = handler
        self._pending: asyncio.Queue[tuple[Message, asyncio.Future | None] | None] = asyncio.Queue()
        self._running = Running(concurrency)
        self._task = asyncio.create_task(self._take())

    def deliver(self, message: Message, answer: asyncio.Future | None = None) -> None:
        self._pending.put_nowait((message, answer))

    async def _take(self) -> None:
        while (item := await self._pending.get()) is not None:
            message, answer = item
            if answer is None or not answer.done():  # else the asker stopped waiting
                await self._running.run(partial(self._handle, message, answer))
        await self._running.finish()

    async def _handle(self, message: Message, answer: asyncio.Future | None) -> None:
        try:
            reply = await self._handler(message)
        except Exception as exc:
            if answer is None:
                log.error("in-process handler on %s failed: %s", message.subject, type(exc).__name__)
            elif not answer.done():
                answer.set_exception(exc)
            return
        if answer is not None and not answer.done():
            answer.set_result(reply)

    async def drain(self) -> None:
        self._transport.forget(self)
        if not self._task.done():
            self._pending.put_nowait(None)
        await asyncio.shield(self._task)

    async def unsubscribe(self) -> None:
        """Stop at once: what is queued is dropped, and its askers hear that nobody will answer."""
        self._transport.forget(self)
        self._task.cancel()
        self._running.cancel()
        while not self._pending.empty():
            item = self._pending.get_nowait()
            if item is not None and item[1] is not None and not item[1].done():
                item[1].set_exception(NoAnswer("the replica stopped before answering"))


class LocalTransport:
    """Subscribers in this process, reached without a round trip through the nats-server."""

    def __init__(self) -> None:
        self._subscriptions: list[LocalSubscription] = []
        self._routes: dict[str, list[LocalSubscription]] = {}
        """Subject -> its plain subscriptions and one per queue group; emptied when the subscriptions change."""

    def _recipients(self, subject: str) -> list[LocalSubscription]:
        route = self._routes.get(subject)
        if route is None:
            plain: list[LocalSubscription] = []
            grouped: dict[str, LocalSubscription] = {}
            for subscription in self._subscriptions:
                if subject_matches(subscription.subject, subject):
                    if subscription.queue:
                        grouped.setdefault(subscription.queue, subscription)
                    else:
                        plain.append(subscription)
            route = self._routes[subject] = [*plain, *grouped.values()]
        return route

    def groups(self, subject: str) -> list[str]:
        """The queue groups that have a subscription here for ``subject``."""
        return [s.queue for s in self._recipients(subject) if s.queue]

    async def publish(self, subject: str, data: bytes, headers: dict[str, str] | None = None) -> None:
        message = LocalMessage(subject, data, headers)
        for subscription in self._recipients(subject):
            subscription.deliver(message)

    async def subscribe(self, subject: str, handler: MessageHandler, queue: str = "", concurrency: int = 1) -> TransportSubscription:
        subscription = LocalSubscription(self, subject, queue, handler, concurrency)
        self._subscriptions.append(subscription)
        self._routes.clear()
        return subscription

    def forget(self, subscription: LocalSubscription) -> None:
        if subscription in self._subscriptions:
            self._subscriptions.remove(subscription)
            self._routes.clear()

    async def request(self, subject: str, payload: bytes, timeout_s: float) -> bytes:
        recipients = self._recipients(subject)
        if not recipients:
            raise NoReplica(f"no replica answers {subject}")
        answer = asyncio.get_running_loop().create_future()
        recipients[0].deliver(LocalMessage(subject, payload, None), answer)
        try:
            reply = await asyncio.wait_for(answer, timeout_s)
        except TimeoutError:
            raise _no_answer(subject, timeout_s) from None
        except NoAnswer:
            raise
        except Exception as exc:
            log.error("in-process answer on %s failed: %s", subject, type(exc).__name__)  # its message may quote the text
            raise NoAnswer(f"the replica answering {subject} failed ({type(exc).__name__})") from None
        if reply is None:
            raise NoAnswer(f"the replica answering {subject} sent no answer")
        return reply

    async def drain(self) -> None:
        await asyncio.gather(*(subscription.drain() for subscription in list(self._subscriptions)))

    async def close(self) -> None:
        """As ``drain``: a local message is never lost to a close while its handler runs in this process."""
        await self.drain()
