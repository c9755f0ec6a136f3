"""Tokens shaped like each real provider's, from a local issuer on loopback, verified with the
configuration docs/IDENTITY.md gives for that provider (read from the guide itself), mapped to
the intended role; plus the security cases: issuer-bound grants, aud-only, rotation under a
forged-kid flood, a new kid while the issuer is down."""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from pathlib import Path

import aiohttp
import msgspec
import pytest

from services.identity import (
    AuthenticationFailed,
    IdentityConfig,
    InsufficientScope,
    IssuerConfig,
    IssuerUnavailable,
    RoleRule,
    TokenVerifier,
)
from tests.oidc_issuer import OidcTestIssuer, loopback_tls

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "IDENTITY.md"
ENTRA_APP = "5d1c7c5e-1111-4111-8111-111111111111"
ENTRA_TENANT = "6f1e2a3b-0000-4000-8000-00000000aaaa"
OTHER_TENANT = "99999999-0000-4000-8000-00000000cccc"


def documented(provider: str, replace: dict[str, str]) -> IdentityConfig:
    """The guide's ``# provider: NAME`` block, with the provider's real host replaced by the local issuer's."""
    blocks = re.findall(r"```toml\n(.*?)```", GUIDE.read_text(), re.DOTALL)
    (block,) = [b for b in blocks if f"# provider: {provider}\n" in b]
    for real, local in replace.items():
        block = block.replace(real, local)
    document = msgspec.toml.decode(block.encode())
    return msgspec.convert({**document["identity"], "jwks_refetch_floor_s": 0.5}, IdentityConfig)


@pytest.fixture
async def http():
    async with aiohttp.ClientSession() as session:
        yield session


async def started(**kwargs) -> OidcTestIssuer:
    return await OidcTestIssuer(**kwargs).start()


# --- one provider shape each, configured the documented way ------------------------------------


async def test_okta(http):
    issuer = await started(path="/oauth2/default", alg="RS256")
    try:
        verifier = TokenVerifier(documented("okta", {"https://acme.okta.com": issuer.url}), http)
        okta = dict(aud="api://lockgate", cid="0oa1ci-pipeline", uid="00u1alice", scp=["lockgate.use", "openid"], client_id=None)
        developer = await verifier.verify(issuer.mint(groups=["Everyone", "Lockgate-Developers"], **okta))
        assert developer.roles == ("developer",)
        analyst = await verifier.verify(issuer.mint(groups=["Lockgate-Analysts"], **okta))
        assert analyst.roles == ("analyst",)
        nobody = await verifier.verify(issuer.mint(groups=["developers", "developer"], **okta))
        assert nobody.roles == (), "an Okta group is a role only through the Okta issuer's own rules"
        with pytest.raises(InsufficientScope, match="lockgate.use"):
            await verifier.verify(issuer.mint(groups=["Lockgate-Developers"], **{**okta, "scp": ["openid"]}))
    finally:
        await issuer.stop()


async def test_entra_id_v2_multi_tenant(http):
    issuer = await started(path="/common/v2.0", alg="RS256")
    template = f"{issuer.url}/{{tenantid}}/v2.0"
    issuer.discovery_issuer = template
    try:
        verifier = TokenVerifier(documented("entra", {"https://login.microsoftonline.com": issuer.url}), http)
        iss = f"{issuer.url}/{ENTRA_TENANT}/v2.0"
        entra = dict(iss=iss, aud=ENTRA_APP, tid=ENTRA_TENANT, azp="c0ffee00-2222-4222-8222-222222222222", ver="2.0", groups=None, client_id=None)
        identity = await verifier.verify(issuer.mint(roles=["Lockgate.Developer"], **entra))
        assert (identity.issuer, identity.roles) == (iss, ("developer",))
        pipeline = await verifier.verify(issuer.mint(roles=["Lockgate.Pipeline"], **entra))
        assert pipeline.roles == ("ci",)
        unlisted = f"{issuer.url}/{OTHER_TENANT}/v2.0"
        with pytest.raises(AuthenticationFailed, match="issuer is not trusted"):
            await verifier.verify(issuer.mint(roles=["Lockgate.Developer"], **{**entra, "iss": unlisted, "tid": OTHER_TENANT}))
        with pytest.raises(AuthenticationFailed, match="tenant does not match"):
            await verifier.verify(issuer.mint(roles=["Lockgate.Developer"], **{**entra, "tid": OTHER_TENANT}))
    finally:
        await issuer.stop()


async def test_keycloak_realm_and_client_roles(http):
    issuer = await started(path="/realms/acme", alg="PS256")
    try:
        verifier = TokenVerifier(documented("keycloak", {"https://keycloak.acme.example": issuer.url}), http)
        keycloak = dict(aud=["lockgate", "account"], azp="lockgate-cli", typ="Bearer", groups=None, client_id=None)
        realm = await verifier.verify(issuer.mint(realm_access={"roles": ["engineering", "offline_access"]}, **keycloak))
        assert realm.roles == ("developer",)
        client = await verifier.verify(issuer.mint(resource_access={"lockgate": {"roles": ["ci"]}, "account": {"roles": ["developer"]}}, **keycloak))
        assert client.roles == ("ci",), "another client's roles are not Lockgate's"
        both = await verifier.verify(
            issuer.mint(realm_access={"roles": ["engineering"]}, resource_access={"lockgate": {"roles": ["analyst"]}}, **keycloak)
        )
        assert both.roles == ("analyst", "developer")
    finally:
        await issuer.stop()


async def test_auth0_trailing_slash_and_namespaced_claim(http):
    issuer = await started(alg="RS256")
    issuer.discovery_issuer = issuer.url + "/"
    try:
        verifier = TokenVerifier(documented("auth0", {"https://acme.us.auth0.com": issuer.url}), http)
        auth0 = dict(
            iss=issuer.url + "/",
            aud=["https://api.lockgate.example", f"{issuer.url}/userinfo"],
            azp="ci-pipeline",
            gty="client-credentials",
            scope="use:lockgate read:models",
            groups=None,
            client_id=None,
        )
        identity = await verifier.verify(issuer.mint(**{"https://lockgate.example/roles": ["developer"]}, **auth0))
        assert identity.roles == ("developer",)
        with pytest.raises(InsufficientScope):
            await verifier.verify(issuer.mint(**{"https://lockgate.example/roles": ["developer"]}, **{**auth0, "scope": "read:models"}))
    finally:
        await issuer.stop()


@pytest.mark.parametrize(
    "sub, owner, roles",
    [
        ("repo:acme/api:ref:refs/heads/main", "acme", ("ci",)),
        ("repo:acme/web:ref:refs/heads/main", "acme", ("ci",)),
        ("repo:acme/api:ref:refs/heads/feature", "acme", ()),
        ("repo:acme/api:pull_request", "acme", ()),
        ("repo:evil/api:ref:refs/heads/main", "evil", ()),
        ("repo:acme/api:ref:refs/heads/x:ref:refs/heads/main", "acme", ()),
        ("repo:acme-evil/api:ref:refs/heads/main", "acme-evil", ()),
    ],
)
async def test_github_actions_sub_patterns(http, sub, owner, roles):
    issuer = await started(alg="RS256")
    try:
        verifier = TokenVerifier(documented("github", {"https://token.actions.githubusercontent.com": issuer.url}), http)
        claims = dict(sub=sub, repository_owner=owner, repository=sub.split(":")[1], job_workflow_ref="acme/api/.github/workflows/ci.yml@refs/heads/main")
        identity = await verifier.verify(issuer.mint(aud="lockgate", groups=None, client_id=None, **claims))
        assert identity.roles == roles
    finally:
        await issuer.stop()


async def test_kubernetes_service_account_behind_a_private_ca_and_a_bearer_token(http, tmp_path):
    context, ca_path = loopback_tls(tmp_path)
    token_file = tmp_path / "token"
    token_file.write_text("gateway-sa-token\n")
    issuer = await started(alg="ES256", ssl_context=context, jwks_bearer="gateway-sa-token")
    try:
        config = documented(
            "kubernetes",
            {
                "https://kubernetes.default.svc.cluster.local": issuer.url,
                "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt": str(ca_path),
                "/var/run/secrets/kubernetes.io/serviceaccount/token": str(token_file),
            },
        )
        verifier = TokenVerifier(config, http)
        k8s = dict(aud=["lockgate"], groups=None, client_id=None, jti=None)
        runner = {"namespace": "agents", "serviceaccount": {"name": "runner", "uid": str(uuid.uuid4())}}
        identity = await verifier.verify(issuer.mint(sub="system:serviceaccount:agents:runner", **{"kubernetes.io": runner}, **k8s))
        assert identity.roles == ("ci",)
        analytics = {"namespace": "analytics", "serviceaccount": {"name": "notebook", "uid": str(uuid.uuid4())}}
        notebook = await verifier.verify(issuer.mint(sub="system:serviceaccount:analytics:notebook", **{"kubernetes.io": analytics}, **k8s))
        assert notebook.roles == ("analyst",)
        other = await verifier.verify(issuer.mint(sub="system:serviceaccount:default:agents", **{"kubernetes.io": {"namespace": "default"}}, **k8s))
        assert other.roles == ()
    finally:
        await issuer.stop()


async def test_private_jwks_refuses_without_the_ca_or_the_token(http, tmp_path):
    context, ca_path = loopback_tls(tmp_path)
    token_file = tmp_path / "token"
    token_file.write_text("wrong-token")
    issuer = await started(alg="ES256", ssl_context=context, jwks_bearer="gateway-sa-token")
    try:
        for fields in ({"jwks_token_file": str(token_file), "ca_file": str(ca_path)}, {"jwks_token_file": str(token_file)}):
            config = IdentityConfig(issuers=[IssuerConfig(issuer=issuer.issuer, audience=["lockgate"], **fields)])
            with pytest.raises(IssuerUnavailable):
                await TokenVerifier(config, http).verify(issuer.mint())
        assert "gateway-sa-token" not in "".join(str(f) for f in issuer.token_forms)
    finally:
        await issuer.stop()


@pytest.mark.parametrize("alg", ["RS256", "PS256", "ES256", "EdDSA"])
async def test_every_algorithm_verifies_and_maps_roles(http, alg):
    issuer = await started(alg=alg)
    try:
        rule = RoleRule(role="developer", claims={"groups": "eng"})
        config = IdentityConfig(issuers=[IssuerConfig(issuer=issuer.issuer, audience=["lockgate"], algorithms=[alg], roles=[rule])])
        verifier = TokenVerifier(config, http)
        assert (await verifier.verify(issuer.mint(groups=["eng"]))).roles == ("developer",)
        with pytest.raises(AuthenticationFailed, match="signature is invalid"):
            token = issuer.mint(groups=["eng"])
            await verifier.verify(token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB"))
    finally:
        await issuer.stop()


# --- the security cases -------------------------------------------------------------------------


async def test_a_grant_from_issuer_a_never_applies_to_issuer_b(http):
    okta, keycloak = await started(path="/oauth2/default"), await started(path="/realms/acme")
    try:
        config = IdentityConfig(
            issuers=[
                IssuerConfig(issuer=okta.issuer, audience=["lockgate"], roles=[RoleRule(role="developer", claims={"groups": "developers"})]),
                IssuerConfig(issuer=keycloak.issuer, audience=["lockgate"], roles=[RoleRule(role="analyst", claims={"groups": "analysts"})]),
            ]
        )
        verifier = TokenVerifier(config, http)
        assert (await verifier.verify(okta.mint(groups=["developers"]))).roles == ("developer",)
        assert (await verifier.verify(keycloak.mint(groups=["developers"]))).roles == ()
        assert (await verifier.verify(okta.mint(groups=["analysts"]))).roles == ()
        assert (await verifier.verify(keycloak.mint(groups=["analysts"]))).roles == ("analyst",)
    finally:
        await okta.stop()
        await keycloak.stop()


async def test_an_azp_only_audience_is_refused_unless_opted_in(http):
    issuer = await started()
    try:
        default = TokenVerifier(IdentityConfig(issuers=[IssuerConfig(issuer=issuer.issuer, audience=["lockgate"])]), http)
        other_api = issuer.mint(aud="another-api", azp="lockgate")
        with pytest.raises(AuthenticationFailed, match="audience is not accepted"):
            await default.verify(other_api)
        opted_in = TokenVerifier(IdentityConfig(issuers=[IssuerConfig(issuer=issuer.issuer, audience=["lockgate"], accept_azp=True)]), http)
        assert (await opted_in.verify(other_api)).subject == "alice"
    finally:
        await issuer.stop()


async def test_a_key_published_2_s_ago_is_accepted_after_an_unknown_kid_flood(http):
    issuer = await started()
    try:
        config = IdentityConfig(issuers=[IssuerConfig(issuer=issuer.issuer, audience=["lockgate"])])
        verifier = TokenVerifier(config, http)
        await verifier.verify(issuer.mint())
        fetches_before = issuer.jwks_fetches
        started_at = time.monotonic()
        flooding = True

        async def flood() -> int:
            refused = 0
            while flooding:
                forged = issuer.mint(headers_overrides={"kid": uuid.uuid4().hex})
                with pytest.raises(AuthenticationFailed, match="signing key is unknown"):
                    await verifier.verify(forged)
                refused += 1
                await asyncio.sleep(0)
            return refused

        flooders = [asyncio.create_task(flood()) for _ in range(4)]
        await asyncio.sleep(0.5)
        issuer.rotate()
        await asyncio.sleep(2.0)
        identity = await verifier.verify(issuer.mint())
        flooding = False
        refused = sum(await asyncio.gather(*flooders))
        elapsed = time.monotonic() - started_at
        assert identity.subject == "alice"
        assert refused > 100
        floor = config.jwks_refetch_floor_s
        assert issuer.jwks_fetches - fetches_before <= elapsed / floor + 1, "at most one JWKS fetch per floor"
    finally:
        await issuer.stop()


async def test_a_new_kid_while_the_issuer_is_down_cannot_be_verified(http):
    issuer = await started()
    try:
        verifier = TokenVerifier(IdentityConfig(issuers=[IssuerConfig(issuer=issuer.issuer, audience=["lockgate"])], jwks_refetch_floor_s=0), http)
        cached = issuer.mint()
        await verifier.verify(cached)
        issuer.down = True
        issuer.rotate()
        with pytest.raises(IssuerUnavailable):
            await verifier.verify(issuer.mint())
        verifier.cache_clear()
        assert (await verifier.verify(cached)).subject == "alice", "keys already cached keep working"
        issuer.down = False
        assert (await verifier.verify(issuer.mint())).subject == "alice"
    finally:
        await issuer.stop()


# --- start-up, near misses ------------------------------------------------------------------------


async def test_start_up_reports_every_broken_issuer(http, caplog):
    good = await started(path="/good")
    broken_one = await started(path="/one")
    broken_one.down = True
    try:
        config = IdentityConfig(
            issuers=[
                IssuerConfig(issuer=broken_one.issuer, audience=["lockgate"]),
                IssuerConfig(issuer="http://127.0.0.1:9/two", audience=["lockgate"]),
                IssuerConfig(issuer=good.issuer, audience=["lockgate"]),
            ]
        )
        verifier = TokenVerifier(config, http)
        failures = await verifier.prefetch()
        assert len(failures) == 2
        assert any(broken_one.issuer in f for f in failures) and any("127.0.0.1:9/two" in f for f in failures)
        assert await verifier.ready()
        none_good = TokenVerifier(IdentityConfig(issuers=config.issuers[:2]), http)
        with pytest.raises(IssuerUnavailable, match="/one.*/two"):
            await none_good.prefetch()
        assert not await none_good.ready()
    finally:
        await good.stop()
        await broken_one.stop()


async def test_a_trailing_slash_near_miss_is_logged_once(http, caplog):
    issuer = await started(path="/oauth2/default")
    try:
        verifier = TokenVerifier(IdentityConfig(issuers=[IssuerConfig(issuer=issuer.issuer, audience=["lockgate"])]), http)
        for _ in range(3):
            with pytest.raises(AuthenticationFailed, match="issuer is not trusted"):
                await verifier.verify(issuer.mint(iss=issuer.issuer + "/"))
        near_misses = [r for r in caplog.records if "only by a trailing slash" in r.getMessage()]
        assert len(near_misses) == 1 and issuer.issuer in near_misses[0].getMessage()
    finally:
        await issuer.stop()


# --- hostile configuration -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"issuer": "https://login.example/{tenantid}/v2.0"}, "tenants"),
        ({"issuer": "https://idp.example", "tenants": ["t1"]}, "tenants"),
        ({"issuer": "https://login.example/{tenantid}/v2.0", "tenants": ["a/b"]}, "tenants"),
        ({"issuer": "https://idp.example", "roles": [{"role": "ci", "claims": {}}]}, "at least one claim"),
        ({"issuer": "https://idp.example", "roles": [{"role": "", "claims": {"sub": "x"}}]}, "role must not be empty"),
        ({"issuer": "https://idp.example", "roles": [{"role": "ci", "claims": {"sub": ""}}]}, "empty claim"),
        ({"issuer": "https://idp.example", "roles": [{"role": "ci", "claims": {"sub": 3}}]}, "Expected"),
        ({"issuer": "https://idp.example", "roles_claim": [""]}, "roles_claim"),
        ({"issuer": "https://idp.example", "accept_azp": "yes"}, "Expected `bool`"),
    ],
)
def test_bad_issuer_settings_are_refused_at_load(fields, message):
    with pytest.raises((msgspec.ValidationError, ValueError), match=message):
        msgspec.convert({"audience": ["lockgate"], **fields}, IssuerConfig)
