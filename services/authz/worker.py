"""The authz worker: one verdict per request, from the active policy, the identity and the shared counters.

Replicas share requests through the ``authz`` core NATS queue group (``Bus.serve``: each
request goes to one replica, no ack; why, in docs/ARCHITECTURE.md, Scaling) and share rate and budget state through
``lockgate-counters``, so limits hold for the whole fleet, not per process. The rate is
decided from the local mirror and written after the verdict is out (see
``services.authz.counters`` for the bound on overshoot across replicas). Completed
responses are pulled in batches (at most one pull per ``USAGE_PULL_INTERVAL_S``) from the
durable ``authz-charges`` JetStream pull consumer, which must not lose one, and charged to
the caller's budget window: charges are batched per window (at most one write per
``flush_interval_s``) and each event is acknowledged only once the write holding its
charge succeeded, so an event whose charge was not written is redelivered.

Fail closed: no policy, or any error while deciding, is a 503 ``deny`` that says why.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from schemas import subjects
from schemas.events import AnyEvent, RequestReceived, ResponseCompleted
from services.authz.counters import FLUSH_INTERVAL_S, Counters, identity_key
from services.authz.decide import (
    AuthzRequest,
    Outcome,
    Spent,
    authorize,
    budget_decision,
    cost_usd,
    deny,
    over_budget,
    rate_limited,
    role_for,
    to_verdict,
    tokens_of,
    window_of,
)
from services.authz.policy import load_authz_policy
from services.common.bus import Bus, Puller, Subscription
from services.common.policy_store import FollowedPolicy

log = logging.getLogger("lockgate.authz")

REQUEST_GROUP = "authz"
USAGE_GROUP = subjects.CHARGES_CONSUMER
USAGE_PULL_INTERVAL_S = 0.05
"""Completed responses are pulled at most this often: charges are written in batches anyway (``Counters``),
and one pull per interval keeps a delivery per response off the request path."""


class AuthzWorker:
    """One replica of the authz stage. ``await start()``, later ``await stop()``."""

    def __init__(self, bus: Bus, flush_interval_s: float = FLUSH_INTERVAL_S):
        self.bus = bus
        self.counters = Counters(bus, flush_interval_s)
        self.decided = 0
        """Verdicts this replica emitted."""
        self.policy = FollowedPolicy(bus, load_authz_policy, "authz")
        self._requests: Subscription | None = None
        self._subscriptions: list[Puller] = []

    @property
    def policy_version(self) -> str:
        return self.policy.version

    async def start(self) -> None:
        """Load the active policy and the counters before taking work, so a started worker decides at once."""
        await self.bus.ensure_streams()
        await self.counters.start()
        await self.policy.start()
        self._requests = await self.bus.serve(subjects.REQUEST_RECEIVED, REQUEST_GROUP, self._on_request)
        self._subscriptions = [
            await self.bus.consume_in_batches(subjects.RESPONSE_COMPLETED, USAGE_GROUP, self._on_completed, USAGE_PULL_INTERVAL_S)
        ]

    async def stop(self) -> None:
        """Stop taking work: answer the requests already delivered, write their rate counts and pending charges.

        The durable usage consumer stays, so the group resumes charging where it stopped.
        """
        if self._requests is not None:
            try:
                await self._requests.drain()
            except Exception as exc:  # connection already closed or draining: nothing left to answer
                log.debug("request subscription not drained: %r", exc)
            self._requests = None
        for subscription in self._subscriptions:
            await subscription.unsubscribe()
        self._subscriptions = []
        await self.policy.stop()
        await self.counters.stop()

    async def _on_request(self, event: AnyEvent) -> None:
        if not isinstance(event, RequestReceived):
            return
        try:
            outcome = await self._decide(event)
        except Exception as exc:
            log.error("authz failed on request %s (%s); denied, fail closed", event.request_id, type(exc).__name__)
            outcome = deny(
                self.policy_version,
                "authz",
                f"authz could not decide ({type(exc).__name__}: {exc}); the request was not sent (fail closed)",
                status=503,
                error_type="api_error",
            )
        await self.bus.emit(to_verdict(outcome, event))
        self.decided += 1
        if outcome.decision == "deny":
            log.info("request %s denied by %s: %s", event.request_id, outcome.rule, outcome.reason)

    async def _decide(self, event: RequestReceived) -> Outcome:
        active = await self.policy.current()
        if active is None:
            return deny("", "authz", "no authz policy loaded; push one with `lockgate policy push`", status=503, error_type="api_error")
        version, policy = active
        request = AuthzRequest(endpoint=event.endpoint, model=event.model, max_tokens=event.max_tokens, tools=event.tools)
        outcome = authorize(policy, version, event.identity, request)
        if outcome.decision == "deny":
            return outcome
        role = policy.roles[outcome.role]
        who = identity_key(event.identity)
        now = time.time()
        if role.budget is not None and event.endpoint == "messages":
            index, start = window_of(now, role.budget.window_s)
            spent = self.counters.spent(who, role.budget.window_s, index)
            allowed, retry_after = budget_decision(spent, role.budget, now, start)
            if not allowed:
                return over_budget(outcome, role.budget, spent, retry_after)
        if role.rate is not None:
            allowed, retry_after = self.counters.take(who, role.rate, now)
            if not allowed:
                return rate_limited(outcome, role.rate, retry_after)
        return outcome

    async def _on_completed(self, event: AnyEvent, ack: Callable[[], Awaitable[None]]) -> None:
        """Charge the call's usage to the window it completed in, under the role the caller holds now.

        The charge joins its window's next batched write, and the event is acknowledged
        after that write; an event with nothing to charge is acknowledged at once. An error
        leaves the event unacknowledged, so JetStream redelivers it and the charge is retried.
        """
        charge = self._charge_of(event)
        if charge is None:
            await ack()
            return
        who, window_s, index, cost = charge
        self.counters.charge_later(who, window_s, index, cost, ack)

    def _charge_of(self, event: AnyEvent) -> tuple[str, float, int, Spent] | None:
        if not isinstance(event, ResponseCompleted) or self.policy.section is None:
            return None
        policy = self.policy.section
        found = role_for(policy, event.identity)
        if found is None:
            return None
        name, role = found
        budget = role.budget
        if budget is None:
            return None
        tokens = tokens_of(event.usage)
        if tokens == 0:
            return None
        usd = cost_usd(policy.prices, event.model, event.usage)
        if usd is None:
            log.warning("no price for model %s: request %s charged in tokens only", event.model, event.request_id)
            usd = 0.0
        index, _ = window_of(event.time, budget.window_s)
        log.debug("request %s charges %d tokens, $%.6f to role %s", event.request_id, tokens, usd, name)
        return identity_key(event.identity), budget.window_s, index, Spent(tokens, usd)
