"""The console's HTTP side: sign-in, pages, live approvals (SSE), decisions, audit views, CSV, the policy.

Served by the gateway under ``/console``. A person signs in through an OIDC issuer (``signin.py``);
the browser then holds only an opaque, HttpOnly, SameSite=Strict session cookie, and every state
change carries the session's CSRF token. Every page asks the same services the APIs ask, as the
person: the approver (``lockgate-rpc.approvals.*``) and the recorder (``lockgate-rpc.recorder.ask``),
which check the person's roles again. What changes live arrives as the approver's events on
``lockgate.approval.>``; the browser is told that something changed and fetches what it may see.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import Any, NamedTuple
from urllib.parse import parse_qsl

import msgspec
from aiohttp import web

from schemas import subjects
from schemas.audit import RecorderAnswer, RecorderAsk
from schemas.events import ApprovalAnswer, ApprovalCall, ApprovalRecord, Identity, ReviewDecision
from services.approver.rules import COMMENT_LIMIT
from services.common.bus import Bus, Subscription
from services.common.config import Config, split_host_port
from services.common.errors import ApiError, error_response
from services.common.policy_store import ACTIVE_KEY, PolicyDocument, PolicyError, active_policy
from services.identity import AuthenticationFailed, IssuerUnavailable, TokenVerifier
from services.identity.client_credentials import read_client_secret
from services.ingress.staff import ask

from . import views
from .access import ConsoleRoles, console_roles, cookie_secure, csrf_matches, new_secret, same_origin
from .render import Html, join, render, static_file, tag
from .sealed import Sealer
from .signin import SignIn, SignInFailed

log = logging.getLogger("lockgate.console")

PREFIX = "/console"
SESSION_COOKIE = "lockgate_console"
LOGIN_COOKIE = "lockgate_console_login"
SESSION_MAX_S = 8 * 3600
SESSION = "console-session"
MAX_FORM_BYTES = 64 * 1024
MAX_POLICY_BYTES = 256 * 1024
APPROVER_DEADLINE_S = 5.0
RECORDER_DEADLINE_S = 35.0
HEARTBEAT_S = 15.0
MAX_LIVE_CLIENTS = 256
ROWS_SHOWN = 500
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
STATIC_TYPES = {"js": "text/javascript", "css": "text/css"}


_DECISIONS: dict[str, ReviewDecision] = {"approve": "approve", "deny": "deny"}

class ConsoleSession(NamedTuple):
    token: str
    csrf: str


class Person(NamedTuple):
    session: ConsoleSession
    identity: Identity
    roles: ConsoleRoles


class Refused(Exception):
    def __init__(self, response: web.StreamResponse):
        self.response = response


_approval_answer = msgspec.json.Decoder(ApprovalAnswer)
_recorder_answer = msgspec.json.Decoder(RecorderAnswer)
_policy_document = msgspec.json.Decoder(PolicyDocument)


def _secured(handler):
    """Every console answer carries the strict CSP and its companions, errors included."""

    async def wrapped(self, request: web.Request) -> web.StreamResponse:
        try:
            response = await handler(self, request)
        except Refused as refused:
            response = refused.response
        if not response.prepared:
            response.headers.update(SECURITY_HEADERS)
        return response

    wrapped.__name__ = handler.__name__
    return wrapped


def _see_other(location: str) -> web.Response:
    return web.Response(status=303, headers={"Location": location})


def _wants_html(request: web.Request) -> bool:
    return "text/html" in request.headers.get("Accept", "")


def refusal(request: web.Request, error_type: str, message: str, status: int) -> web.Response:
    """An error in the Anthropic shape; a browser navigating gets the same words as a page."""
    if _wants_html(request):
        body = render("error.html", status=status, error_type=error_type, message=message)
        return web.Response(text=render("layout.html", title="Refused", nav="", main=body), status=status, content_type="text/html")
    return error_response(error_type, message, status)


def _when(value: Any) -> str:
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return "" if value is None else str(value)


class Console:
    def __init__(self, config: Config, bus: Bus, verifier: TokenVerifier, dev_issuer_url: str | None):
        self.config = config
        self.bus = bus
        self.verifier = verifier
        secrets = {}
        for issuer in config.identity.issuers:
            if issuer.client_secret_env:
                try:
                    secrets[issuer.issuer] = read_client_secret(issuer)
                except Exception:
                    log.warning("console sign-in through %s goes without a client secret: it is not set", issuer.issuer)
        self.sealer = Sealer.at(config.data_path)
        self.signin = SignIn(config.identity.issuers, dev_issuer_url, secrets, self.sealer)
        self.secure_cookies = cookie_secure(split_host_port(config.gateway.listen)[0])
        self.live: set[asyncio.Queue] = set()
        self._subscribed: asyncio.Lock = asyncio.Lock()
        self._subscription: Subscription | None = None
        self._closing = asyncio.Event()

    def attach(self, app: web.Application) -> None:
        app.add_routes(self.routes())
        app.on_shutdown.append(self._shutdown)

    def routes(self) -> list[web.RouteDef]:
        p = PREFIX
        return [
            web.get(p, self.home, allow_head=False),
            web.get(p + "/", self.home, allow_head=False),
            web.get(p + "/static/{name}", self.static, allow_head=False),
            web.get(p + "/signin", self.signin_page, allow_head=False),
            web.get(p + "/signin/{index}", self.signin_start, allow_head=False),
            web.get(p + "/callback", self.callback, allow_head=False),
            web.post(p + "/signout", self.signout),
            web.get(p + "/approvals", self.approvals, allow_head=False),
            web.get(p + "/approvals/pending", self.pending_fragment, allow_head=False),
            web.get(p + "/approvals/events", self.events, allow_head=False),
            web.post(p + "/approvals/{approval_id}/{decision}", self.decide),
            web.get(p + "/sessions", self.session_list, allow_head=False),
            web.get(p + "/sessions/{session_id}", self.session_turns, allow_head=False),
            web.get(p + "/audit", self.audit, allow_head=False),
            web.get(p + "/audit/export.csv", self.export_csv, allow_head=False),
            web.post(p + "/audit/sql", self.sql),
            web.get(p + "/policy", self.policy, allow_head=False),
            web.post(p + "/policy/replay", self.replay),
        ]

    # ---- who is asking ----

    async def _person(self, request: web.Request, need: str = "any") -> Person:
        """The signed-in person and what the policy lets them do; refused (redirect, 401, 403, 503) otherwise."""
        opened = self.sealer.open(SESSION, request.cookies.get(SESSION_COOKIE))
        if opened is None:
            if request.method == "GET" and _wants_html(request):
                raise Refused(_see_other(PREFIX + "/signin"))
            raise Refused(refusal(request, "authentication_error", "sign in to the console first", 401))
        session = ConsoleSession(token=str(opened.get("token", "")), csrf=str(opened.get("csrf", "")))
        try:
            identity = await self.verifier.verify(session.token)
        except AuthenticationFailed as exc:
            raise Refused(refusal(request, "authentication_error", f"your sign-in ended: {exc}", 401)) from None
        except IssuerUnavailable:
            raise Refused(refusal(request, "api_error", "the token's issuer cannot be reached; try again", 503)) from None
        roles = await self._roles(request, identity)
        allowed = {"any": roles.any, "reviewer": roles.reviewer, "auditor": roles.auditor}[need]
        if not allowed:
            what = {"any": "the reviewer or the auditor role", "reviewer": "a reviewer role", "auditor": "the auditor role"}[need]
            raise Refused(refusal(request, "permission_error", f"this needs {what} in the active policy", 403))
        return Person(session, identity, roles)

    async def _roles(self, request: web.Request, identity: Identity) -> ConsoleRoles:
        try:
            document = await active_policy(self.bus)
        except Exception as exc:
            log.warning("console: the policy could not be read (%s): refusing", type(exc).__name__)
            document = None
        if document is None:
            raise Refused(refusal(request, "api_error", "no active policy can be read to decide your roles (fail closed)", 503))
        try:
            return console_roles(document, identity)
        except PolicyError as exc:
            raise Refused(refusal(request, "api_error", f"the active policy cannot decide your roles: {exc}", 503)) from None

    async def _form(self, request: web.Request, person: Person, limit: int = MAX_FORM_BYTES) -> dict[str, str]:
        """A state change's form, once its origin and CSRF token are the session's own."""
        if request.content_length is not None and request.content_length > limit:
            raise Refused(refusal(request, "request_too_large", f"the form is larger than {limit} bytes", 413))
        if not same_origin(request.headers.get("Origin"), request.host):
            raise Refused(refusal(request, "permission_error", "the request came from another site", 403))
        raw = await request.content.read(limit + 1)
        if len(raw) > limit:
            raise Refused(refusal(request, "request_too_large", f"the form is larger than {limit} bytes", 413))
        try:
            fields = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True, max_num_fields=32, strict_parsing=False))
        except (UnicodeDecodeError, ValueError):
            raise Refused(refusal(request, "invalid_request_error", "the form is malformed", 400)) from None
        given = request.headers.get("X-CSRF-Token") or fields.get("csrf")
        if not csrf_matches(person.session.csrf, given):
            raise Refused(refusal(request, "permission_error", "the CSRF token is missing or wrong; reload the page", 403))
        return fields

    def _page(self, person: Person | None, title: str, main: Html, current: str = "", status: int = 200) -> web.Response:
        nav = Html("")
        if person is not None:
            links = []
            if person.roles.reviewer:
                links.append(("approvals", "Approvals"))
            if person.roles.auditor:
                links += [("sessions", "Sessions"), ("audit", "Audit"), ("policy", "Policy")]
            items = [tag("a", label, href=f"{PREFIX}/{path}", aria_current="page" if path == current else None) for path, label in links]
            nav = render("nav.html", links=join(items), subject=person.identity.subject, csrf=person.session.csrf)
        return web.Response(text=render("layout.html", title=title, nav=nav, main=main), status=status, content_type="text/html")

    # ---- sign-in ----

    @_secured
    async def home(self, request: web.Request) -> web.StreamResponse:
        person = await self._person(request)
        return _see_other(f"{PREFIX}/approvals" if person.roles.reviewer else f"{PREFIX}/sessions")

    @_secured
    async def static(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        data = static_file(name)
        kind = STATIC_TYPES.get(name.rsplit(".", 1)[-1])
        if data is None or kind is None:
            return refusal(request, "not_found_error", "no such file", 404)
        return web.Response(body=data, content_type=kind)

    @_secured
    async def signin_page(self, request: web.Request) -> web.StreamResponse:
        choices = [tag("li", tag("a", issuer.label, href=f"{PREFIX}/signin/{i}")) for i, issuer in enumerate(self.signin.issuers)]
        if not choices:
            choices = [tag("li", "No issuer offers sign-in: give an issuer a client_id ([[identity.issuers]]).")]
        return self._page(None, "Sign in", render("signin.html", issuers=join(choices)))

    @_secured
    async def signin_start(self, request: web.Request) -> web.StreamResponse:
        try:
            index = int(request.match_info["index"])
            url, login = await self.signin.start(index, self._callback_url(request))
        except (ValueError, SignInFailed) as exc:
            return refusal(request, "invalid_request_error", f"sign-in could not start: {exc}", 400)
        response = _see_other(url)
        # Lax, not Strict: the issuer's redirect back is a navigation from another site.
        response.set_cookie(LOGIN_COOKIE, login, max_age=600, path=PREFIX + "/callback", httponly=True,
                            secure=self.secure_cookies, samesite="Lax")
        return response

    def _callback_url(self, request: web.Request) -> str:
        scheme = "https" if self.secure_cookies else request.scheme
        return f"{scheme}://{request.host}{PREFIX}/callback"

    @_secured
    async def callback(self, request: web.Request) -> web.StreamResponse:
        if request.query.get("error"):
            return refusal(request, "authentication_error", "the issuer did not sign you in", 401)
        try:
            token = await self.signin.finish(request.query.get("state", ""), request.cookies.get(LOGIN_COOKIE), request.query.get("code", ""))
            identity = await self.verifier.verify(token)
        except SignInFailed as exc:
            return refusal(request, "authentication_error", str(exc), 401)
        except AuthenticationFailed as exc:
            return refusal(request, "authentication_error", f"the issuer's token was refused: {exc}", 401)
        except IssuerUnavailable:
            return refusal(request, "api_error", "the token's issuer cannot be reached; try again", 503)
        roles = await self._roles(request, identity)
        if not roles.any:
            log.info("console: refused %s: neither reviewer nor auditor", identity.subject)
            return refusal(request, "permission_error", "the console is for reviewers and auditors: your roles hold neither", 403)
        sealed = self.sealer.seal(SESSION, {"token": token, "csrf": new_secret()}, SESSION_MAX_S)
        # A page, not a redirect: a SameSite=Strict cookie set during a cross-site redirect chain is not sent yet.
        response = web.Response(text=render("layout.html", title="Signed in", nav="", main=render("signed_in.html")), content_type="text/html")
        response.set_cookie(SESSION_COOKIE, sealed, max_age=SESSION_MAX_S, path=PREFIX, httponly=True,
                            secure=self.secure_cookies, samesite="Strict")
        response.del_cookie(LOGIN_COOKIE, path=PREFIX + "/callback")
        return response

    @_secured
    async def signout(self, request: web.Request) -> web.StreamResponse:
        person = await self._person(request)
        await self._form(request, person)
        response = _see_other(PREFIX + "/signin")
        response.del_cookie(SESSION_COOKIE, path=PREFIX)
        return response

    # ---- approvals ----

    async def _question(
        self, request: web.Request, subject: str, payload: bytes, deadline_s: float, service: str, unavailable: str
    ) -> bytes:
        """Ask ``service`` as the gateway's staff APIs do (fail closed), refusing as a page or as JSON."""
        try:
            return await ask(self.bus, subject, payload, deadline_s, service, unavailable)
        except ApiError as exc:
            raise Refused(refusal(request, exc.error_type, str(exc), exc.status)) from None

    async def _ask_approver(self, request: web.Request, call: ApprovalCall) -> list[ApprovalRecord]:
        subject, payload = subjects.approval_rpc_subject(call.operation), msgspec.json.encode(call)
        reply = await self._question(request, subject, payload, APPROVER_DEADLINE_S, "approver", "nothing was decided")
        try:
            answer = _approval_answer.decode(reply)
        except (msgspec.DecodeError, msgspec.ValidationError):
            raise Refused(refusal(request, "api_error", "the approver's answer was unreadable; nothing is assumed", 503)) from None
        if answer.status != 200:
            raise Refused(refusal(request, answer.error_type or "api_error", answer.message, answer.status))
        return answer.approvals

    async def _pending_rows(self, request: web.Request, person: Person) -> Html:
        records = await self._ask_approver(request, ApprovalCall(operation="list", reviewer=person.identity, state="pending"))
        if not records:
            return tag("p", "Nothing is waiting for a decision.", class_="empty")
        return join(_pending_card(record, person.session.csrf) for record in records)

    @_secured
    async def approvals(self, request: web.Request) -> web.StreamResponse:
        person = await self._person(request, "reviewer")
        pending = await self._pending_rows(request, person)
        everything = await self._ask_approver(request, ApprovalCall(operation="list", reviewer=person.identity))
        settled = [r for r in everything if r.state != "pending"]
        history = views.table(
            ["decided", "state", "who", "tool", "command", "rule", "decided by"],
            [[_when(r.decided_at), r.state, r.identity.subject, r.tool_name, r.command, r.rule, _votes(r)] for r in settled],
        ) if settled else tag("p", "No settled requests yet.", class_="empty")
        return self._page(person, "Approvals", render("approvals.html", pending=pending, history=history), "approvals")

    @_secured
    async def pending_fragment(self, request: web.Request) -> web.StreamResponse:
        person = await self._person(request, "reviewer")
        return web.Response(text=await self._pending_rows(request, person), content_type="text/html")

    @_secured
    async def decide(self, request: web.Request) -> web.StreamResponse:
        person = await self._person(request, "reviewer")
        fields = await self._form(request, person)
        decision, approval_id = _DECISIONS.get(request.match_info["decision"]), request.match_info["approval_id"]
        if decision is None:
            return refusal(request, "not_found_error", f"no route for {request.method} {request.path}", 404)
        if len(approval_id) != 32 or not all(c in "0123456789abcdef" for c in approval_id):
            return refusal(request, "not_found_error", "no approval request has that id", 404)
        comment = fields.get("comment", "")
        if len(comment) > COMMENT_LIMIT:
            return refusal(request, "invalid_request_error", f"the comment is longer than {COMMENT_LIMIT} characters", 400)
        call = ApprovalCall(operation="decide", reviewer=person.identity, approval_id=approval_id, decision=decision, comment=comment)
        records = await self._ask_approver(request, call)
        record = records[0] if records else None
        log.info("console: %s %s approval %s (now %s)", person.identity.subject, decision, approval_id, record.state if record else "?")
        return _see_other(PREFIX + "/approvals")

    async def _follow_approvals(self) -> None:
        """Subscribe to the approver's events once, on the first live page."""
        async with self._subscribed:
            if self._subscription is None:
                self._subscription = await self.bus.on_events(f"{subjects.APPROVAL_PREFIX}.>", self._approval_event)

    async def _approval_event(self, event) -> None:
        approval = getattr(event, "approval", None)
        approval_id = approval.approval_id if approval is not None else getattr(event, "approval_id", "")
        notice = msgspec.json.encode({"type": event.__struct_config__.tag, "approval_id": approval_id}).decode()
        for queue in list(self.live):
            if queue.qsize() < 64:
                queue.put_nowait(notice)

    @_secured
    async def events(self, request: web.Request) -> web.StreamResponse:
        """Server-sent events: a notice per approval event; the page then fetches what this reviewer may see."""
        await self._person(request, "reviewer")
        if len(self.live) >= MAX_LIVE_CLIENTS:
            return refusal(request, "overloaded_error", "too many live pages open; reload later", 503)
        await self._follow_approvals()
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream", **SECURITY_HEADERS})
        await response.prepare(request)
        queue: asyncio.Queue = asyncio.Queue()
        self.live.add(queue)
        try:
            await response.write(b"event: ready\ndata: {}\n\n")
            while not self._closing.is_set():
                try:
                    notice = await asyncio.wait_for(queue.get(), HEARTBEAT_S)
                    await response.write(f"event: approval\ndata: {notice}\n\n".encode())
                except TimeoutError:
                    await response.write(b": heartbeat\n\n")
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self.live.discard(queue)
        return response

    async def _shutdown(self, app: web.Application) -> None:
        self._closing.set()
        for queue in list(self.live):
            queue.put_nowait('{"type":"closing"}')
        if self._subscription is not None:
            await self._subscription.unsubscribe()

    # ---- the audit record ----

    async def _ask_recorder(self, request: web.Request, question: RecorderAsk) -> RecorderAnswer:
        payload = msgspec.json.encode(question)
        reply = await self._question(
            request, subjects.RECORDER_RPC, payload, RECORDER_DEADLINE_S, "recorder", "the audit record cannot be read now"
        )
        try:
            answer = _recorder_answer.decode(reply)
        except (msgspec.DecodeError, msgspec.ValidationError):
            raise Refused(refusal(request, "api_error", "the recorder's answer was unreadable", 503)) from None
        if answer.status != 200:
            raise Refused(refusal(request, answer.error_type or "api_error", answer.error, answer.status))
        return answer

    @_secured
    async def session_list(self, request: web.Request) -> web.StreamResponse:
        person = await self._person(request, "auditor")
        filters = views.filters_from(request.query)
        answer = await self._ask_recorder(request, RecorderAsk(identity=person.identity, op="sql", sql=views.sessions_query(filters), limit=ROWS_SHOWN))
        found = views.table(answer.columns, answer.rows, {"session_id": f"{PREFIX}/sessions/"}) if answer.rows else tag("p", "No session matches.", class_="empty")
        main = render("sessions.html", filters=_filter_form(filters, decision=True), sessions=found, count=len(answer.rows))
        return self._page(person, "Sessions", main, "sessions")

    @_secured
    async def session_turns(self, request: web.Request) -> web.StreamResponse:
        person = await self._person(request, "auditor")
        session_id = request.match_info["session_id"]
        if not 0 < len(session_id) <= 128 or not all(c.isalnum() or c in "._:-" for c in session_id):
            return refusal(request, "not_found_error", "no recorded session has that id", 404)
        answer = await self._ask_recorder(request, RecorderAsk(identity=person.identity, op="session", session_id=session_id))
        document = answer.document or {}
        turns = join(_turn(turn) for turn in document.get("turns", []))
        return self._page(person, f"Session {session_id}", render("session.html", session_id=session_id, turns=turns), "sessions")

    @_secured
    async def audit(self, request: web.Request) -> web.StreamResponse:
        person = await self._person(request, "auditor")
        name = request.query.get("view", "calls")
        if name not in views.READY_VIEWS:
            return refusal(request, "invalid_request_error", f"view must be one of {', '.join(views.READY_VIEWS)}", 400)
        filters = views.filters_from(request.query)
        view = views.READY_VIEWS[name]
        answer = await self._ask_recorder(request, RecorderAsk(identity=person.identity, op="sql", sql=views.ready_view_query(name, filters), limit=ROWS_SHOWN))
        tabs = join(tag("a", v.title, href=f"{PREFIX}/audit?view={key}", aria_current="page" if key == name else None) for key, v in views.READY_VIEWS.items())
        export = f"{PREFIX}/audit/export.csv?" + request.query_string if request.query_string else f"{PREFIX}/audit/export.csv?view={name}"
        result = join([views.bar_chart(answer.columns, answer.rows, view.label, view.value), views.table(answer.columns, answer.rows)]) \
            if answer.rows else tag("p", "No rows in this window.", class_="empty")
        main = render("audit.html", tabs=tabs, title=view.title, filters=_filter_form(filters, view=name), result=result,
                      export=export, csrf=person.session.csrf, sql="SELECT subject, count(*) AS calls FROM calls GROUP BY subject",
                      sql_result="")
        return self._page(person, "Audit", main, "audit")

    @_secured
    async def export_csv(self, request: web.Request) -> web.StreamResponse:
        person = await self._person(request, "auditor")
        name = request.query.get("view", "calls")
        if name not in views.READY_VIEWS:
            return refusal(request, "invalid_request_error", f"view must be one of {', '.join(views.READY_VIEWS)}", 400)
        filters = views.filters_from(request.query)
        answer = await self._ask_recorder(request, RecorderAsk(identity=person.identity, op="sql", sql=views.ready_view_query(name, filters), limit=100_000))
        return web.Response(text=views.to_csv(answer.columns, answer.rows), content_type="text/csv",
                            headers={"Content-Disposition": f'attachment; filename="lockgate-{name}.csv"'})

    @_secured
    async def sql(self, request: web.Request) -> web.StreamResponse:
        person = await self._person(request, "auditor")
        fields = await self._form(request, person)
        query = fields.get("sql", "").strip()
        if not query:
            return refusal(request, "invalid_request_error", "type a SELECT to run", 400)
        answer = await self._ask_recorder(request, RecorderAsk(identity=person.identity, op="sql", sql=query, limit=ROWS_SHOWN))
        note = tag("p", f"{len(answer.rows)} row(s)" + (", more not shown" if answer.truncated else ""), class_="count")
        result = join([note, views.table(answer.columns, answer.rows)])
        tabs = join(tag("a", v.title, href=f"{PREFIX}/audit?view={key}") for key, v in views.READY_VIEWS.items())
        main = render("audit.html", tabs=tabs, title="Your query", filters="", result="", export=f"{PREFIX}/audit/export.csv?view=calls",
                      csrf=person.session.csrf, sql=query, sql_result=result)
        return self._page(person, "Audit", main, "audit")

    # ---- the policy ----

    @_secured
    async def policy(self, request: web.Request) -> web.StreamResponse:
        person = await self._person(request, "auditor")
        return await self._policy_page(person, candidate=None, report=Html(""))

    async def _policy_page(self, person: Person, candidate: str | None, report: Html) -> web.StreamResponse:
        """The active policy, its history and the replay form (``candidate``: the form's text, else the active policy's)."""
        active, history = await self._policy_history()
        rows = [[entry.revision, doc.version, len(doc.source)] for entry, doc in reversed(history)]
        main = render(
            "policy.html",
            version=active.version if active else "(none)",
            source=active.source if active else "",
            history=views.table(["revision", "version", "bytes"], rows) if rows else tag("p", "No history.", class_="empty"),
            csrf=person.session.csrf,
            candidate=candidate if candidate is not None else (active.source if active else ""),
            report=report,
        )
        return self._page(person, "Policy", main, "policy")

    async def _policy_history(self) -> tuple[PolicyDocument | None, list]:
        active = await active_policy(self.bus)
        try:
            entries = await (await self.bus.key_value(subjects.POLICY_BUCKET)).history(ACTIVE_KEY)
        except Exception as exc:
            log.warning("console: the policy history could not be read (%s)", type(exc).__name__)
            entries = []
        history = []
        for entry in entries:
            if entry.value:
                try:
                    history.append((entry, _policy_document.decode(entry.value)))
                except (msgspec.DecodeError, msgspec.ValidationError):
                    continue
        return active, history

    @_secured
    async def replay(self, request: web.Request) -> web.StreamResponse:
        """The candidate's difference on the recorded traffic, read-only, as ``lockgate replay`` computes it."""
        person = await self._person(request, "auditor")
        fields = await self._form(request, person, MAX_POLICY_BYTES)
        from .replaying import ReplayUnavailable, replay_candidate

        try:
            since_h = int(fields.get("since_h", "24"))
        except ValueError:
            since_h = 24
        since_h = since_h if since_h in views.WINDOWS_H else 24
        try:
            report = await replay_candidate(self.config, self.bus, fields.get("candidate", ""), since_h)
        except PolicyError as exc:
            return refusal(request, "invalid_request_error", f"the candidate policy is not usable: {exc}", 400)
        except ReplayUnavailable as exc:
            return refusal(request, "api_error", str(exc), 503)
        return await self._policy_page(person, candidate=fields.get("candidate", ""), report=_report(report, since_h))


def _votes(record: ApprovalRecord) -> str:
    return ", ".join(f"{v.reviewer.subject}:{v.decision}" + (f" ({v.comment})" if v.comment else "") for v in record.votes) or record.granted_by


def _pending_card(record: ApprovalRecord, csrf: str) -> Html:
    approvals = sum(1 for v in record.votes if v.decision == "approve")
    needed = f"{approvals} of {record.quorum} approval(s)" + (f", one from each of {', '.join(record.groups)}" if record.groups else "")
    return render(
        "pending.html",
        approval_id=record.approval_id,
        who=record.identity.subject,
        roles=", ".join(record.identity.roles),
        session_id=record.session_id,
        tool=record.tool_name,
        command=record.command,
        rule=record.rule,
        message=record.message,
        expires=f"{record.expires_at:.0f}",
        expires_text=_when(record.expires_at),
        quorum=needed,
        progress=f"{approvals}",
        progress_max=f"{max(1, record.quorum)}",
        votes=_votes(record) or "none yet",
        csrf=csrf,
        comment_limit=COMMENT_LIMIT,
    )


def _text_of(content: Any) -> str:
    """A recorded message as readable text: its text blocks, tool calls and results, compactly."""
    if isinstance(content, dict):
        if "content" in content:
            return f"{content.get('role', '')}: {_text_of(content['content'])}"
        kind = content.get("type")
        if kind == "text":
            return str(content.get("text", ""))
        if kind == "tool_use":
            return f"[tool_use {content.get('name', '')}] {msgspec.json.encode(content.get('input', {})).decode()}"
        if kind == "tool_result":
            return f"[tool_result] {_text_of(content.get('content', ''))}"
        return msgspec.json.encode(content).decode()
    if isinstance(content, list):
        return "\n".join(_text_of(part) for part in content)
    return "" if content is None else str(content)


def _turn(turn: dict) -> Html:
    tools = [
        [t.get("tool_name"), t.get("input"), t.get("verdict"), t.get("rule"), t.get("message"), t.get("approved_by")]
        for t in turn.get("tool_calls", [])
    ]
    return render(
        "turn.html",
        number=turn.get("turn", ""),
        started=_when(turn.get("started")),
        subject=turn.get("subject", ""),
        agent=turn.get("agent", ""),
        model=turn.get("model", ""),
        decision=turn.get("decision", ""),
        rule=turn.get("rule") or "",
        outcome=turn.get("outcome", ""),
        usage=f"{turn.get('input_tokens') or 0} in / {turn.get('output_tokens') or 0} out",
        cost=f"{turn.get('cost_usd') or 0:.6f}",
        prompt=_text_of(turn.get("prompt", [])),
        tools=views.table(["tool", "input", "verdict", "rule", "message", "approved by"], tools) if tools else tag("p", "No tool calls.", class_="empty"),
        answer=_text_of(turn.get("answer")) if turn.get("answer") else "(the last turn's answer is not in the record)",
    )


def _filter_form(filters: views.Filters, view: str = "", decision: bool = False) -> Html:
    windows = [(h, {1: "last hour", 24: "last 24 h", 168: "last 7 days", 720: "last 30 days"}[h]) for h in views.WINDOWS_H]
    decisions = [("", "any decision"), ("allow", "allow"), ("modify", "modify"), ("deny", "deny")]
    return render(
        "filters.html",
        view=view,
        windows=views.selected(windows, filters.since_h),
        subject=filters.subject,
        agent=filters.agent,
        model=filters.model,
        decisions=views.selected(decisions, filters.decision) if decision else Html(""),
        decision_hidden="" if decision else "hidden",
    )


def _report(report, since_h: int) -> Html:
    counts = [[category, count] for category, count in report.counts.items()]
    rules = []
    for category, differences in msgspec.structs.asdict(report.difference).items():
        for difference in differences:
            example = difference.examples[0] if difference.examples else None
            rules.append([category, difference.rule, difference.count,
                          f"{example.recorded} -> {example.replayed}: {example.detail}" if example else ""])
    totals = report.totals
    summary = f"Candidate {report.policy_version} over the last {since_h} h: {totals.requests} request(s), {totals.tool_calls} tool call(s) replayed."
    return join([
        tag("h3", "Replay difference"),
        tag("p", summary, class_="count", id="replay-summary"),
        views.table(["category", "count"], counts),
        views.table(["category", "rule", "count", "example (masked)"], rules) if rules else tag("p", "The candidate decides every recorded call as the record says.", class_="empty"),
    ])


