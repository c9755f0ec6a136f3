#!/usr/bin/env python3
"""Generate the blind held-out masker evaluation set v14 (stdlib only, deterministic).

Usage: python3 generate_heldout_v14.py [--stats] [--tables]
Writes heldout_v14.jsonl next to this file. All values are random but format-valid
(real check digits / checksums); none is a real secret or a real person's data.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import string
import sys
import zlib

SEED = 1414
R = random.Random(SEED)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = AN + "+/"
URL = AN + "-_"
B62 = DG + UP + LO
B32 = UP + "234567"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def ri(a, b):
    return R.randint(a, b)


def digits(n, first_nonzero=False):
    s = rs(DG, n)
    if first_nonzero and s[0] == "0":
        s = str(ri(1, 9)) + s[1:]
    return s


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------- checksums
def luhn_check_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mod97_iban(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def iso7064_11_10(body):
    product = 10
    for ch in body:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c % 10)


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


def mrz_val(c):
    if c == "<":
        return 0
    if c.isdigit():
        return int(c)
    return ord(c) - 55


def mrz_check(s):
    w = [7, 3, 1]
    return str(sum(mrz_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------- dates
def rdate(y0=1950, y1=2004):
    y = ri(y0, y1)
    m = ri(1, 12)
    d = ri(1, 28)
    return y, m, d


# ---------------------------------------------------------------- vendor credentials
def gh_token(prefix):
    body = rs(AN, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def jwt(payload, alg="HS256", siglen=43):
    h = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(URL, siglen)


def basic(user, pw):
    return base64.b64encode((user + ":" + pw).encode()).decode()


def pem(label, head, lines=12, last=None):
    body = head + rs(B64, 64 - len(head))
    out = [body] + [rs(B64, 64) for _ in range(lines - 1)]
    out.append(rs(B64, last or ri(20, 60)) + "==")
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(out), label)


def password():
    style = ri(0, 3)
    if style == 0:
        return rs(AN + "!#%&*+-=?@^_", ri(12, 20))
    if style == 1:
        w = ["maple", "orbit", "quartz", "falcon", "ember", "lagoon", "cobalt", "thistle", "harbor", "nimbus",
             "saffron", "glacier", "tundra", "walnut", "pepper", "violet", "canyon", "meadow"]
        return "-".join(R.sample(w, 3)).title().replace("-", R.choice("-_.")) + str(ri(10, 99)) + R.choice("!#$%")
    if style == 2:
        return rs(UP, 1) + rs(LO, ri(5, 8)) + rs(DG, ri(2, 4)) + R.choice("!@#$%&*") + rs(AN, ri(3, 6))
    return rs(AN, ri(16, 28))


def wif():
    raw = b"\x80" + rbytes(32) + b"\x01"
    chk = hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    return b58encode(raw + chk)


def age_key():
    return "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)


def ts_epoch():
    return ri(1735000000, 1790000000)


SECRETS = [
    # type, key name, generator, count
    ("aws_access_key_id", "AWS_ACCESS_KEY_ID", lambda: "AKIA" + rs(UP + "234567", 16), 1),
    ("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", lambda: rs(AN + "/+", 40), 1),
    ("aws_temp_access_key_id", "AWS_ACCESS_KEY_ID", lambda: "ASIA" + rs(UP + "234567", 16), 1),
    ("aws_session_token", "AWS_SESSION_TOKEN", lambda: "IQoJb3JpZ2luX2VjE" + rs(AN + "/+", 300) + "=", 1),
    ("github_pat_classic", "GITHUB_TOKEN", lambda: gh_token("ghp_"), 2),
    ("github_oauth_token", "GH_OAUTH_TOKEN", lambda: gh_token("gho_"), 1),
    ("github_user_to_server_token", "GH_USER_TOKEN", lambda: gh_token("ghu_"), 1),
    ("github_app_installation_token", "GH_INSTALLATION_TOKEN", lambda: gh_token("ghs_"), 1),
    ("github_refresh_token", "GH_REFRESH_TOKEN", lambda: gh_token("ghr_") + rs(AN, 40), 1),
    ("github_pat_fine_grained", "GH_PAT", lambda: "github_pat_11" + rs(UP + DG, 20) + "_" + rs(AN, 59), 1),
    ("gitlab_pat", "GITLAB_TOKEN", lambda: "glpat-" + rs(URL, 20), 1),
    ("gitlab_runner_token", "RUNNER_TOKEN", lambda: "glrt-" + rs(URL, 20), 1),
    ("gitlab_deploy_token", "CI_DEPLOY_PASSWORD", lambda: "gldt-" + rs(URL, 20), 1),
    ("gitlab_feed_token", "GITLAB_FEED_TOKEN", lambda: "glft-" + rs(URL, 20), 1),
    ("gitlab_pipeline_trigger_token", "TRIGGER_TOKEN", lambda: "glptt-" + rs(HEXL, 40), 1),
    ("gitlab_cicd_job_token", "CI_JOB_TOKEN", lambda: "glcbt-" + rs(HEXL, 2) + "_" + rs(URL, 20), 1),
    ("gitlab_incoming_mail_token", "INCOMING_EMAIL_TOKEN", lambda: "glimt-" + rs(AN, 25), 1),
    ("gitlab_scim_token", "SCIM_TOKEN", lambda: "glsoat-" + rs(URL, 20), 1),
    ("slack_bot_token", "SLACK_BOT_TOKEN", lambda: "xoxb-%s-%s-%s" % (digits(12, True), digits(13, True), rs(AN, 24)), 1),
    ("slack_user_token", "SLACK_USER_TOKEN", lambda: "xoxp-%s-%s-%s-%s" % (digits(12, True), digits(12, True), digits(13, True), rs(HEXL, 32)), 1),
    ("slack_app_token", "SLACK_APP_TOKEN", lambda: "xapp-1-A%s-%s-%s" % (rs(UP + DG, 10), digits(13, True), rs(HEXL, 64)), 1),
    ("slack_config_refresh_token", "SLACK_CONFIG_REFRESH", lambda: "xoxe-1-" + rs(AN, 140), 1),
    ("stripe_secret_key", "STRIPE_SECRET_KEY", lambda: "sk_live_51" + rs(AN, 97), 1),
    ("stripe_restricted_key", "STRIPE_RESTRICTED_KEY", lambda: "rk_live_51" + rs(AN, 97), 1),
    ("stripe_webhook_secret", "STRIPE_WEBHOOK_SECRET", lambda: "whsec_" + rs(AN, 32), 1),
    ("openai_api_key", "OPENAI_API_KEY", lambda: "sk-proj-" + rs(URL, 74) + "T3BlbkFJ" + rs(URL, 74), 1),
    ("openai_admin_key", "OPENAI_ADMIN_KEY", lambda: "sk-admin-" + rs(URL, 74) + "T3BlbkFJ" + rs(URL, 74), 1),
    ("openai_service_account_key", "OPENAI_SVCACCT_KEY", lambda: "sk-svcacct-" + rs(URL, 74) + "T3BlbkFJ" + rs(URL, 74), 1),
    ("anthropic_api_key", "ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + rs(URL, 93) + "AA", 2),
    ("anthropic_admin_key", "ANTHROPIC_ADMIN_KEY", lambda: "sk-ant-admin01-" + rs(URL, 93) + "AA", 1),
    ("gcp_api_key", "GOOGLE_MAPS_SERVER_KEY", lambda: "AIza" + rs(URL, 35), 1),
    ("gcp_oauth_client_secret", "GOOGLE_CLIENT_SECRET", lambda: "GOCSPX-" + rs(URL, 28), 1),
    ("google_oauth_refresh_token", "GOOGLE_REFRESH_TOKEN", lambda: "1//0" + rs(URL, 99), 1),
    ("google_oauth_access_token", "GOOGLE_ACCESS_TOKEN", lambda: "ya29.a0" + rs(URL, 150), 1),
    ("npm_token", "NPM_TOKEN", lambda: gh_token("npm_"), 1),
    ("pypi_token", "TWINE_PASSWORD", lambda: "pypi-AgEIcHlwaS5vcmc" + rs(URL, 150), 1),
    ("huggingface_token", "HF_TOKEN", lambda: "hf_" + rs(UP + LO, 34), 1),
    ("sendgrid_api_key", "SENDGRID_API_KEY", lambda: "SG." + rs(URL, 22) + "." + rs(URL, 43), 1),
    ("twilio_api_key", "TWILIO_API_KEY", lambda: "SK" + rs(HEXL, 32), 1),
    ("twilio_auth_token", "TWILIO_AUTH_TOKEN", lambda: rs(HEXL, 32), 1),
    ("mailgun_api_key", "MAILGUN_API_KEY", lambda: "key-" + rs(HEXL, 32), 1),
    ("mailchimp_api_key", "MAILCHIMP_API_KEY", lambda: rs(HEXL, 32) + "-us" + str(ri(2, 21)), 1),
    ("brevo_api_key", "BREVO_API_KEY", lambda: "xkeysib-" + rs(HEXL, 64) + "-" + rs(AN, 16), 1),
    ("mandrill_api_key", "MANDRILL_KEY", lambda: "md-" + rs(URL, 22), 1),
    ("postmark_server_token", "POSTMARK_SERVER_TOKEN", lambda: "%s-%s-4%s-%s-%s" % (rs(HEXL, 8), rs(HEXL, 4), rs(HEXL, 3), R.choice("89ab") + rs(HEXL, 3), rs(HEXL, 12)), 1),
    ("mailersend_token", "MAILERSEND_API_TOKEN", lambda: "mlsn." + rs(HEXL, 64), 1),
    ("resend_api_key", "RESEND_API_KEY", lambda: "re_" + rs(AN, 8) + "_" + rs(AN, 24), 1),
    ("shopify_access_token", "SHOPIFY_ACCESS_TOKEN", lambda: "shpat_" + rs(HEXL, 32), 1),
    ("shopify_custom_app_token", "SHOPIFY_CUSTOM_TOKEN", lambda: "shpca_" + rs(HEXL, 32), 1),
    ("shopify_shared_secret", "SHOPIFY_API_SECRET", lambda: "shpss_" + rs(HEXL, 32), 1),
    ("digitalocean_pat", "DIGITALOCEAN_TOKEN", lambda: "dop_v1_" + rs(HEXL, 64), 1),
    ("digitalocean_oauth_token", "DO_OAUTH_TOKEN", lambda: "doo_v1_" + rs(HEXL, 64), 1),
    ("digitalocean_refresh_token", "DO_REFRESH_TOKEN", lambda: "dor_v1_" + rs(HEXL, 64), 1),
    ("doppler_service_token", "DOPPLER_TOKEN", lambda: "dp.st.prd." + rs(AN, 43), 1),
    ("doppler_personal_token", "DOPPLER_PERSONAL_TOKEN", lambda: "dp.pt." + rs(AN, 43), 1),
    ("vault_service_token", "VAULT_TOKEN", lambda: "hvs." + rs(URL, 24), 1),
    ("vault_batch_token", "VAULT_BATCH_TOKEN", lambda: "hvb." + rs(URL, 138), 1),
    ("terraform_cloud_token", "TF_TOKEN_app_terraform_io", lambda: rs(AN, 14) + ".atlasv1." + rs(AN, 67), 1),
    ("pulumi_access_token", "PULUMI_ACCESS_TOKEN", lambda: "pul-" + rs(HEXL, 40), 1),
    ("databricks_token", "DATABRICKS_TOKEN", lambda: "dapi" + rs(HEXL, 32) + R.choice(["", "-2", "-3"]), 1),
    ("linear_api_key", "LINEAR_API_KEY", lambda: "lin_api_" + rs(AN, 40), 1),
    ("notion_token", "NOTION_TOKEN", lambda: "ntn_" + digits(11, True) + rs(AN, 35), 1),
    ("notion_legacy_secret", "NOTION_SECRET", lambda: "secret_" + rs(AN, 43), 1),
    ("figma_pat", "FIGMA_TOKEN", lambda: "figd_" + rs(URL, 40), 1),
    ("postman_api_key", "POSTMAN_API_KEY", lambda: "PMAK-" + rs(HEXL, 24) + "-" + rs(HEXL, 34), 1),
    ("atlassian_api_token", "JIRA_API_TOKEN", lambda: "ATATT3xFfGF0" + rs(URL, 170) + "=" + rs(HEXU, 8), 1),
    ("dockerhub_pat", "DOCKERHUB_TOKEN", lambda: "dckr_pat_" + rs(URL, 27), 1),
    ("grafana_service_account_token", "GRAFANA_SA_TOKEN", lambda: "glsa_" + rs(AN, 32) + "_" + rs(HEXL, 8), 1),
    ("grafana_cloud_token", "GRAFANA_CLOUD_TOKEN", lambda: "glc_" + rs(AN, 80) + "==", 1),
    ("newrelic_user_key", "NEW_RELIC_API_KEY", lambda: "NRAK-" + rs(UP + DG, 27), 1),
    ("newrelic_insights_insert_key", "NEW_RELIC_INSERT_KEY", lambda: "NRII-" + rs(URL, 32), 1),
    ("newrelic_license_key", "NEW_RELIC_LICENSE_KEY", lambda: rs(HEXL, 36) + "NRAL", 1),
    ("sentry_user_token", "SENTRY_AUTH_TOKEN", lambda: "sntryu_" + rs(HEXL, 64), 1),
    ("sentry_org_token", "SENTRY_ORG_TOKEN", lambda: "sntrys_" + b64url(json.dumps({"iat": ts_epoch(), "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": rs(LO, 8)}).encode()) + "_" + rs(URL, 43), 1),
    ("age_secret_key", "AGE_IDENTITY", age_key, 1),
    ("telegram_bot_token", "TELEGRAM_BOT_TOKEN", lambda: digits(10, True) + ":AA" + rs(URL, 33), 1),
    ("discord_bot_token", "DISCORD_TOKEN", lambda: b64url(digits(18, True).encode()) + "." + rs(URL, 6) + "." + rs(URL, 38), 1),
    ("azure_storage_account_key", "AZURE_STORAGE_KEY", lambda: rs(B64, 86) + "==", 1),
    ("azure_client_secret", "AZURE_CLIENT_SECRET", lambda: rs(AN, 3) + "8Q~" + rs(AN + "~._-", 34), 1),
    ("azure_openai_key", "AZURE_OPENAI_API_KEY", lambda: rs(HEXL, 32), 1),
    ("azure_devops_pat", "AZURE_DEVOPS_EXT_PAT", lambda: rs(AN, 52) + "AZDO" + rs(AN, 28), 1),
    ("azure_function_key", "AZURE_FUNCTION_KEY", lambda: rs(URL, 54) + "AzFu" + rs(URL, 5) + "==", 1),
    ("alibaba_access_key_id", "ALIBABA_CLOUD_ACCESS_KEY_ID", lambda: "LTAI5t" + rs(AN, 18), 1),
    ("alibaba_access_key_secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda: rs(AN, 30), 1),
    ("tencent_secret_id", "TENCENTCLOUD_SECRET_ID", lambda: "AKID" + rs(AN, 32), 1),
    ("tencent_secret_key", "TENCENTCLOUD_SECRET_KEY", lambda: rs(AN, 32), 1),
    ("ibm_cloud_api_key", "IBMCLOUD_API_KEY", lambda: rs(URL, 44), 1),
    ("heroku_api_key_v2", "HEROKU_API_KEY", lambda: "HRKU-AA" + rs(URL, 58), 1),
    ("flyio_token", "FLY_API_TOKEN", lambda: "FlyV1 fm2_" + rs(URL, 200) + ",fm2_" + rs(URL, 120), 1),
    ("vercel_token", "VERCEL_TOKEN", lambda: rs(AN, 24), 1),
    ("netlify_token", "NETLIFY_AUTH_TOKEN", lambda: "nfp_" + rs(AN, 36), 1),
    ("render_api_key", "RENDER_API_KEY", lambda: "rnd_" + rs(AN, 28), 1),
    ("supabase_access_token", "SUPABASE_ACCESS_TOKEN", lambda: "sbp_" + rs(HEXL, 40), 1),
    ("supabase_secret_key", "SUPABASE_SECRET_KEY", lambda: "sb_secret_" + rs(URL, 31), 1),
    ("planetscale_token", "PLANETSCALE_SERVICE_TOKEN", lambda: "pscale_tkn_" + rs(URL, 43), 1),
    ("planetscale_password", "DATABASE_PASSWORD", lambda: "pscale_pw_" + rs(URL, 43), 1),
    ("okta_api_token", "OKTA_API_TOKEN", lambda: "00" + rs(URL, 40), 1),
    ("cloudflare_api_token", "CLOUDFLARE_API_TOKEN", lambda: rs(URL, 40), 1),
    ("cloudflare_global_api_key", "CLOUDFLARE_API_KEY", lambda: rs(HEXL, 37), 1),
    ("cloudflare_origin_ca_key", "CF_ORIGIN_CA_KEY", lambda: "v1.0-" + rs(HEXL, 24) + "-" + rs(HEXL, 146), 1),
    ("square_access_token", "SQUARE_ACCESS_TOKEN", lambda: "EAAA" + rs(URL, 60), 1),
    ("square_oauth_secret", "SQUARE_OAUTH_SECRET", lambda: "sq0csp-" + rs(URL, 43), 1),
    ("braintree_access_token", "BRAINTREE_ACCESS_TOKEN", lambda: "access_token$production$" + rs(LO + DG, 16) + "$" + rs(HEXL, 32), 1),
    ("paystack_secret_key", "PAYSTACK_SECRET_KEY", lambda: "sk_live_" + rs(HEXL, 40), 1),
    ("flutterwave_secret_key", "FLW_SECRET_KEY", lambda: "FLWSECK-" + rs(HEXL, 32) + "-X", 1),
    ("razorpay_key_secret", "RAZORPAY_KEY_SECRET", lambda: rs(AN, 24), 1),
    ("gocardless_access_token", "GOCARDLESS_ACCESS_TOKEN", lambda: "live_" + rs(URL, 40), 1),
    ("mapbox_secret_token", "MAPBOX_DOWNLOADS_TOKEN", lambda: "sk.eyJ1Ijoi" + rs(AN, 40) + "." + rs(URL, 22), 1),
    ("algolia_admin_key", "ALGOLIA_ADMIN_API_KEY", lambda: rs(HEXL, 32), 1),
    ("datadog_api_key", "DD_API_KEY", lambda: rs(HEXL, 32), 1),
    ("datadog_app_key", "DD_APP_KEY", lambda: rs(HEXL, 40), 1),
    ("pagerduty_api_key", "PAGERDUTY_TOKEN", lambda: "u+" + rs(URL, 18), 1),
    ("snyk_token", "SNYK_TOKEN", lambda: "%s-%s-4%s-%s-%s" % (rs(HEXL, 8), rs(HEXL, 4), rs(HEXL, 3), R.choice("89ab") + rs(HEXL, 3), rs(HEXL, 12)), 1),
    ("sonarqube_token", "SONAR_TOKEN", lambda: R.choice(["squ_", "sqp_", "sqa_"]) + rs(HEXL, 40), 1),
    ("jfrog_identity_token", "JFROG_ACCESS_TOKEN", lambda: "cmVmdGtuOjAxOjE3" + rs(AN, 48), 1),
    ("jfrog_api_key", "ARTIFACTORY_API_KEY", lambda: "AKCp8" + rs(AN, 68), 1),
    ("rubygems_api_key", "GEM_HOST_API_KEY", lambda: "rubygems_" + rs(HEXL, 48), 1),
    ("nuget_api_key", "NUGET_API_KEY", lambda: "oy2" + rs(LO + DG, 43), 1),
    ("clojars_token", "CLOJARS_PASSWORD", lambda: "CLOJARS_" + rs(HEXL, 60), 1),
    ("dynatrace_token", "DT_API_TOKEN", lambda: "dt0c01." + rs(UP + DG, 24) + "." + rs(UP + DG, 64), 1),
    ("groq_api_key", "GROQ_API_KEY", lambda: "gsk_" + rs(AN, 52), 1),
    ("xai_api_key", "XAI_API_KEY", lambda: "xai-" + rs(AN, 80), 1),
    ("perplexity_api_key", "PERPLEXITY_API_KEY", lambda: "pplx-" + rs(AN, 48), 1),
    ("openrouter_api_key", "OPENROUTER_API_KEY", lambda: "sk-or-v1-" + rs(HEXL, 64), 1),
    ("deepseek_api_key", "DEEPSEEK_API_KEY", lambda: "sk-" + rs(HEXL, 32), 1),
    ("replicate_token", "REPLICATE_API_TOKEN", lambda: "r8_" + rs(AN, 37), 1),
    ("langsmith_api_key", "LANGSMITH_API_KEY", lambda: "lsv2_pt_" + rs(HEXL, 32) + "_" + rs(HEXL, 10), 1),
    ("pinecone_api_key", "PINECONE_API_KEY", lambda: "pcsk_" + rs(AN, 6) + "_" + rs(AN, 63), 1),
    ("cohere_api_key", "CO_API_KEY", lambda: rs(AN, 40), 1),
    ("mistral_api_key", "MISTRAL_API_KEY", lambda: rs(AN, 32), 1),
    ("fireworks_api_key", "FIREWORKS_API_KEY", lambda: "fw_" + rs(AN, 24), 1),
    ("elevenlabs_api_key", "ELEVENLABS_API_KEY", lambda: "sk_" + rs(HEXL, 48), 1),
    ("wandb_api_key", "WANDB_API_KEY", lambda: rs(HEXL, 40), 1),
    ("tailscale_auth_key", "TS_AUTHKEY", lambda: "tskey-auth-k" + rs(AN, 10) + "CNTRL-" + rs(AN, 33), 1),
    ("tailscale_api_key", "TAILSCALE_API_KEY", lambda: "tskey-api-k" + rs(AN, 10) + "CNTRL-" + rs(AN, 33), 1),
    ("ngrok_authtoken", "NGROK_AUTHTOKEN", lambda: "2" + rs(AN, 26) + "_" + rs(AN, 21), 1),
    ("onepassword_service_account_token", "OP_SERVICE_ACCOUNT_TOKEN", lambda: "ops_eyJzaWduSW5BZGRyZXNzIjoi" + rs(AN, 300), 1),
    ("onepassword_secret_key", "OP_SECRET_KEY", lambda: "A3-" + "-".join([rs(UP + DG, 6), rs(UP + DG, 6), rs(UP + DG, 5), rs(UP + DG, 5), rs(UP + DG, 5), rs(UP + DG, 5)]), 1),
    ("launchdarkly_sdk_key", "LD_SDK_KEY", lambda: "sdk-%s-%s-4%s-%s-%s" % (rs(HEXL, 8), rs(HEXL, 4), rs(HEXL, 3), R.choice("89ab") + rs(HEXL, 3), rs(HEXL, 12)), 1),
    ("launchdarkly_api_token", "LD_API_TOKEN", lambda: "api-%s-%s-4%s-%s-%s" % (rs(HEXL, 8), rs(HEXL, 4), rs(HEXL, 3), R.choice("89ab") + rs(HEXL, 3), rs(HEXL, 12)), 1),
    ("segment_write_key", "SEGMENT_WRITE_KEY", lambda: rs(AN, 32), 1),
    ("hubspot_private_app_token", "HUBSPOT_ACCESS_TOKEN", lambda: "pat-%s-%s-%s-4%s-%s-%s" % (R.choice(["na1", "eu1", "na2"]), rs(HEXL, 8), rs(HEXL, 4), rs(HEXL, 3), R.choice("89ab") + rs(HEXL, 3), rs(HEXL, 12)), 1),
    ("asana_pat", "ASANA_PAT", lambda: "2/" + digits(16, True) + "/" + digits(16, True) + ":" + rs(HEXL, 32), 1),
    ("airtable_pat", "AIRTABLE_TOKEN", lambda: "pat" + rs(AN, 14) + "." + rs(HEXL, 64), 1),
    ("contentful_pat", "CONTENTFUL_MANAGEMENT_TOKEN", lambda: "CFPAT-" + rs(URL, 43), 1),
    ("typeform_token", "TYPEFORM_TOKEN", lambda: "tfp_" + rs(AN, 44) + "_" + rs(AN, 14), 1),
    ("shippo_token", "SHIPPO_API_KEY", lambda: "shippo_live_" + rs(HEXL, 40), 1),
    ("easypost_api_key", "EASYPOST_API_KEY", lambda: "EZAK" + rs(HEXL, 54), 1),
    ("duffel_token", "DUFFEL_ACCESS_TOKEN", lambda: "duffel_live_" + rs(URL, 43), 1),
    ("plaid_access_token", "PLAID_ACCESS_TOKEN", lambda: "access-production-%s-%s-4%s-%s-%s" % (rs(HEXL, 8), rs(HEXL, 4), rs(HEXL, 3), R.choice("89ab") + rs(HEXL, 3), rs(HEXL, 12)), 1),
    ("facebook_access_token", "FB_PAGE_ACCESS_TOKEN", lambda: "EAA" + rs(AN, 180), 1),
    ("instagram_access_token", "IG_ACCESS_TOKEN", lambda: "IGQV" + rs(URL, 180), 1),
    ("twitter_bearer_token", "TWITTER_BEARER_TOKEN", lambda: "AAAAAAAAAAAAAAAAAAAAA" + rs(AN, 25) + "%3D" + rs(AN, 50), 1),
    ("dropbox_access_token", "DROPBOX_ACCESS_TOKEN", lambda: "sl.u." + rs(URL, 150), 1),
    ("frameio_token", "FRAMEIO_TOKEN", lambda: "fio-u-" + rs(URL, 64), 1),
    ("buildkite_token", "BUILDKITE_API_TOKEN", lambda: "bkua_" + rs(HEXL, 40), 1),
    ("circleci_pat", "CIRCLECI_TOKEN", lambda: "CCIPAT_" + rs(AN, 22) + "_" + rs(HEXL, 40), 1),
    ("harness_pat", "HARNESS_API_KEY", lambda: "pat." + rs(URL, 22) + "." + rs(HEXL, 24) + "." + rs(AN, 20), 1),
    ("octopus_deploy_api_key", "OCTOPUS_API_KEY", lambda: "API-" + rs(UP + DG, 26), 1),
    ("prefect_api_key", "PREFECT_API_KEY", lambda: "pnu_" + rs(AN, 36), 1),
    ("readme_api_key", "README_API_KEY", lambda: "rdme_" + rs(HEXL, 70), 1),
    ("infracost_api_key", "INFRACOST_API_KEY", lambda: "ico-" + rs(AN, 32), 1),
    ("scalingo_token", "SCALINGO_API_TOKEN", lambda: "tk-us-" + rs(URL, 48), 1),
    ("fastly_api_token", "FASTLY_API_TOKEN", lambda: rs(URL, 32), 1),
    ("firebase_fcm_server_key", "FCM_SERVER_KEY", lambda: "AAAA" + rs(URL, 7) + ":APA91b" + rs(URL, 134), 1),
    ("yandex_cloud_api_key", "YC_API_KEY", lambda: "AQVN" + rs(URL, 36), 1),
    ("yandex_oauth_token", "YANDEX_OAUTH_TOKEN", lambda: "y0_AgAAAA" + rs(URL, 49), 1),
    ("confluent_api_secret", "CONFLUENT_CLOUD_API_SECRET", lambda: rs(AN + "+/", 64), 1),
    ("zendesk_api_token", "ZENDESK_API_TOKEN", lambda: rs(AN, 40), 1),
    ("intercom_access_token", "INTERCOM_ACCESS_TOKEN", lambda: "dG9rOj" + rs(AN, 54) + "=", 1),
    ("lob_api_key", "LOB_API_KEY", lambda: "live_" + rs(HEXL, 35), 1),
    ("coinbase_api_secret", "COINBASE_API_SECRET", lambda: rs(AN, 32), 1),
    ("discord_client_secret", "DISCORD_CLIENT_SECRET", lambda: rs(URL, 32), 1),
    ("django_secret_key", "DJANGO_SECRET_KEY", lambda: "django-insecure-" + rs(LO + DG + "!@#%^&*(-_=+)", 50) if R.random() < 0.3 else rs(LO + DG + "!@#%^&*(-_=+)", 50), 1),
    ("rails_secret_key_base", "SECRET_KEY_BASE", lambda: rs(HEXL, 128), 1),
    ("laravel_app_key", "APP_KEY", lambda: "base64:" + base64.b64encode(rbytes(32)).decode(), 1),
    ("nextauth_secret", "NEXTAUTH_SECRET", lambda: base64.b64encode(rbytes(32)).decode(), 1),
    ("flask_secret_key", "FLASK_SECRET_KEY", lambda: rs(HEXL, 64), 1),
    ("symfony_app_secret", "APP_SECRET", lambda: rs(HEXL, 32), 1),
    ("phoenix_secret_key_base", "PHX_SECRET_KEY_BASE", lambda: rs(URL, 64), 1),
    ("jwt_signing_secret", "JWT_SECRET", lambda: rs(AN, 48), 1),
    ("encryption_key_hex", "DATA_ENCRYPTION_KEY", lambda: rs(HEXL, 64), 1),
    ("wireguard_private_key", "PrivateKey", lambda: base64.b64encode(rbytes(32)).decode(), 1),
    ("crypto_wif_private_key", "BTC_WALLET_WIF", wif, 1),
    ("ethereum_private_key", "DEPLOYER_PRIVATE_KEY", lambda: "0x" + rs(HEXL, 64), 1),
    ("totp_seed", "MFA_TOTP_SECRET", lambda: rs(B32, 32), 1),
    ("generic_api_key", "API_KEY", lambda: rs(AN, ri(32, 48)), 2),
    ("generic_secret", "CLIENT_SECRET", lambda: rs(URL, ri(30, 44)), 2),
    ("bearer_token", None, lambda: rs(URL, ri(40, 64)), 2),
]


# ---------------------------------------------------------------- national ids
def us_ssn():
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, ri(1, 99), ri(1, 9999))


def us_itin():
    mid = R.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return "9%02d-%02d-%04d" % (ri(0, 99), mid, ri(1, 9999))


def uk_nino():
    first = [c for c in UP if c not in "DFIQUV"]
    second = [c for c in UP if c not in "DFIQUVO"]
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = digits(6)
    return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], R.choice("ABCD"))


def uk_nhs():
    while True:
        d = digits(9, True)
        s = sum(int(c) * (10 - i) for i, c in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            n = d + str(c)
            return "%s %s %s" % (n[:3], n[3:6], n[6:])


def fr_nir():
    y, m, d = rdate()
    dept = "%02d" % R.choice([x for x in range(1, 96) if x != 20])
    body = "%d%02d%02d%s%03d%03d" % (ri(1, 2), y % 100, m, dept, ri(1, 990), ri(1, 999))
    key = 97 - int(body) % 97
    return "%s %s %s %s %s %s %02d" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)


def de_steuer_id():
    while True:
        ds = R.sample(DG, 9)
        rep = R.choice(ds)
        body = ds + [rep]
        R.shuffle(body)
        if body[0] != "0":
            break
    b = "".join(body)
    n = b + iso7064_11_10(b)
    return "%s %s %s %s" % (n[:2], n[2:5], n[5:8], n[8:])


def de_kvnr():
    letter = R.choice(UP)
    body = digits(8)
    s = "%02d" % (ord(letter) - 64) + body
    tot = 0
    for i, ch in enumerate(s):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return letter + body + str(tot % 10)


CF_ODD = {}
for _i, _v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]):
    CF_ODD[UP[_i]] = _v
for _i in range(10):
    CF_ODD[str(_i)] = CF_ODD[UP[_i]]


def cf_char(ch, pos):
    if pos % 2 == 0:  # 1-based odd
        return CF_ODD[ch]
    return int(ch) if ch.isdigit() else ord(ch) - 65


def it_cf():
    y, m, d = rdate()
    cons = "BCDFGHJKLMNPQRSTVZ"
    s = rs(cons, 3) + rs(cons, 2) + R.choice("AEIOU") + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1]
    s += "%02d" % (d + (40 if R.random() < 0.5 else 0))
    s += R.choice("ABCDEFGHLM") + "%03d" % ri(1, 999)
    return s + UP[sum(cf_char(c, i) for i, c in enumerate(s)) % 26]


DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni():
    n = ri(10000000, 79999999)
    return "%08d%s" % (n, DNI[n % 23])


def es_nie():
    p = R.choice("XYZ")
    n = ri(0, 9999999)
    return "%s%07d%s" % (p, n, DNI[int(str("XYZ".index(p)) + "%07d" % n) % 23])


def pt_nif():
    d = str(ri(1, 3)) + digits(7)
    s = sum(int(c) * (9 - i) for i, c in enumerate(d))
    c = 11 - s % 11
    return d + ("0" if c >= 10 else str(c))


def nl_bsn():
    while True:
        d = digits(8, True)
        s = sum(int(c) * (9 - i) for i, c in enumerate(d))
        c = s % 11
        if c < 10:
            return d + str(c)


def be_nn():
    y, m, d = rdate(1950, 1999)
    body = "%02d%02d%02d%03d" % (y % 100, m, d, ri(1, 997))
    c = 97 - int(body) % 97
    return "%s.%s.%s-%s.%02d" % (body[:2], body[2:4], body[4:6], body[6:9], c)


def pl_pesel():
    y, m, d = rdate(1950, 2010)
    mm = m + (20 if y >= 2000 else 0)
    b = "%02d%02d%02d%04d" % (y % 100, mm, d, ri(0, 9999))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return b + str((10 - sum(int(c) * w[i] for i, c in enumerate(b)) % 10) % 10)


def cz_rc():
    while True:
        y, m, d = rdate(1955, 2003)
        mm = m + (50 if R.random() < 0.5 else 0)
        b = "%02d%02d%02d%03d" % (y % 100, mm, d, ri(0, 999))
        c = int(b) % 11
        if c != 10:
            n = b + str(c)
            return n[:6] + "/" + n[6:]


def sk_rc():
    return cz_rc()


def se_pnr():
    y, m, d = rdate()
    b = "%02d%02d%02d%03d" % (y % 100, m, d, ri(0, 999))
    return b[:6] + "-" + b[6:] + luhn_check_digit(b)


def no_fnr():
    while True:
        y, m, d = rdate(1950, 1999)
        b = "%02d%02d%02d%03d" % (d, m, y % 100, ri(500, 749) if y >= 2000 else ri(0, 499))
        k1 = 11 - sum(int(c) * w for c, w in zip(b, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b2 = b + str(k1)
        k2 = 11 - sum(int(c) * w for c, w in zip(b2, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b2 + str(k2)


def dk_cpr():
    while True:
        y, m, d = rdate(1950, 1999)
        b = "%02d%02d%02d%04d" % (d, m, y % 100, ri(0, 3999))
        if sum(int(c) * w for c, w in zip(b, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0:
            return b[:6] + "-" + b[6:]


def fi_hetu():
    y, m, d = rdate(1950, 2004)
    sep = "-" if y < 2000 else "A"
    ind = ri(2, 899)
    n = int("%02d%02d%02d%03d" % (d, m, y % 100, ind))
    return "%02d%02d%02d%s%03d%s" % (d, m, y % 100, sep, ind, "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31])


def ee_check(b):
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    r = sum(int(c) * w for c, w in zip(b, w1)) % 11
    if r == 10:
        r = sum(int(c) * w for c, w in zip(b, w2)) % 11
        if r == 10:
            r = 0
    return str(r)


def ee_ik():
    y, m, d = rdate(1950, 1999)
    b = "%d%02d%02d%02d%03d" % (R.choice([3, 4]), y % 100, m, d, ri(0, 999))
    return b + ee_check(b)


def lt_ak():
    return ee_ik()


def lv_pk():
    y, m, d = rdate(1950, 1999)
    b = "%02d%02d%02d%d%03d" % (d, m, y % 100, 1, ri(0, 999))
    w = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = (1101 - sum(int(x) * ww for x, ww in zip(b, w))) % 11
    if c == 10:
        return lv_pk()
    return b[:6] + "-" + b[6:] + str(c)


def ro_cnp():
    y, m, d = rdate(1950, 1999)
    b = "%d%02d%02d%02d%02d%03d" % (ri(1, 2), y % 100, m, d, ri(1, 46), ri(1, 999))
    c = sum(int(x) * w for x, w in zip(b, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9])) % 11
    return b + ("1" if c == 10 else str(c))


def bg_egn():
    y, m, d = rdate(1950, 1999)
    b = "%02d%02d%02d%03d" % (y % 100, m, d, ri(0, 999))
    c = sum(int(x) * w for x, w in zip(b, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return b + ("0" if c == 10 else str(c))


def hr_oib():
    b = digits(10, True)
    return b + iso7064_11_10(b)


def si_emso():
    while True:
        y, m, d = rdate(1950, 1999)
        b = "%02d%02d%03d50%03d" % (d, m, y % 1000, ri(0, 999))
        s = sum(int(x) * w for x, w in zip(b, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            return b + str(c)


def gr_amka():
    y, m, d = rdate()
    b = "%02d%02d%02d%04d" % (d, m, y % 100, ri(0, 9999))
    return b + luhn_check_digit(b)


def hu_taj():
    b = digits(8, True)
    c = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(b)) % 10
    n = b[:8] + str(c)
    return "%s %s %s" % (n[:3], n[3:6], n[6:])


def ch_ahv():
    b = "756" + digits(9)
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b))
    n = b + str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (n[:3], n[3:7], n[7:11], n[11:])


def at_svnr():
    while True:
        y, m, d = rdate()
        seq = "%03d" % ri(100, 999)
        dob = "%02d%02d%02d" % (d, m, y % 100)
        digs = seq + "0" + dob
        w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
        c = sum(int(x) * ww for x, ww in zip(digs, w)) % 11
        if c != 10:
            return "%s%d %s" % (seq, c, dob)


def ie_pps():
    b = digits(7)
    s = sum(int(x) * (8 - i) for i, x in enumerate(b)) + 9 * 1
    return b + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + "A"


def tr_tc():
    d = [ri(1, 9)] + [ri(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def il_tz():
    b = digits(8)
    for c in DG:
        n = b + c
        s = 0
        for i, x in enumerate(n):
            p = int(x) * (1 if i % 2 == 0 else 2)
            s += p - 9 if p > 9 else p
        if s % 10 == 0:
            return n


def in_aadhaar():
    b = str(ri(2, 9)) + digits(10)
    n = b + verhoeff_digit(b)
    return "%s %s %s" % (n[:4], n[4:8], n[8:])


def in_pan():
    return rs(UP, 3) + "P" + rs(UP, 1) + digits(4) + rs(UP, 1)


def cn_rid():
    y, m, d = rdate()
    b = R.choice(["110105", "310115", "440305", "510107", "330106", "420111"]) + "%04d%02d%02d" % (y, m, d) + digits(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(x) * ww for x, ww in zip(b, w)) % 11]


def jp_my_number():
    b = digits(11)
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    n = b + str(c)
    return "%s %s %s" % (n[:4], n[4:8], n[8:])


def kr_rrn():
    y, m, d = rdate(1950, 1999)
    b = "%02d%02d%02d%d%05d" % (y % 100, m, d, ri(1, 2), ri(0, 99999))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(x) * ww for x, ww in zip(b, w)) % 11) % 10
    return b[:6] + "-" + b[6:] + str(c)


TW_CODES = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", list(range(10, 36))))


def tw_id():
    L = R.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO")
    code = TW_CODES[L]
    b = str(ri(1, 2)) + digits(7)
    s = code // 10 + (code % 10) * 9 + sum(int(x) * w for x, w in zip(b, [8, 7, 6, 5, 4, 3, 2, 1]))
    return L + b + str((10 - s % 10) % 10)


def hk_hkid():
    L = R.choice("ACDEGHKMPRVWYZ")
    b = digits(6)
    s = 36 * 9 + (ord(L) - 55) * 8 + sum(int(x) * w for x, w in zip(b, [7, 6, 5, 4, 3, 2]))
    c = (11 - s % 11) % 11
    return "%s%s(%s)" % (L, b, "A" if c == 10 else str(c))


def sg_nric():
    p = R.choice("ST")
    b = digits(7)
    s = sum(int(x) * w for x, w in zip(b, [2, 7, 6, 5, 4, 3, 2])) + (4 if p == "T" else 0)
    return p + b + "JZIHGFEDCBA"[s % 11]


def my_nric():
    y, m, d = rdate(1950, 1999)
    return "%02d%02d%02d-%02d-%04d" % (y % 100, m, d, ri(1, 14), ri(1, 9999))


def th_id():
    b = str(ri(1, 8)) + digits(11)
    c = (11 - sum(int(x) * (13 - i) for i, x in enumerate(b)) % 11) % 10
    n = b + str(c)
    return "%s-%s-%s-%s-%s" % (n[0], n[1:5], n[5:10], n[10:12], n[12])


def id_nik():
    y, m, d = rdate()
    return "%s%02d%02d%02d%02d%04d" % (R.choice(["3171", "3273", "3578", "5171", "3374"]), ri(1, 9), d + (40 if R.random() < 0.5 else 0), m, y % 100, ri(1, 9999))


def au_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        b = digits(8, True)
        for c in DG:
            n = b + c
            if sum(int(x) * ww for x, ww in zip(n, w)) % 11 == 0:
                return "%s %s %s" % (n[:3], n[3:6], n[6:])


def au_medicare():
    b = str(ri(2, 6)) + digits(7)
    c = sum(int(x) * w for x, w in zip(b, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    n = b + str(c) + str(ri(1, 9))
    return "%s %s %s" % (n[:4], n[4:9], n[9])


def nz_ird():
    while True:
        base = "%08d" % ri(1000000, 14999999)
        r = sum(int(x) * w for x, w in zip(base, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        c = 0 if r == 0 else 11 - r
        if c == 10:
            continue
        full = base.lstrip("0") + str(c)
        if len(full) == 8:
            return "%s-%s-%s" % (full[:2], full[2:5], full[5:])
        return "%s-%s-%s" % (full[:3], full[3:6], full[6:])


def ca_sin():
    b = str(R.choice([1, 2, 3, 4, 5, 6, 7, 9])) + digits(7)
    n = b + luhn_check_digit(b)
    return "%s %s %s" % (n[:3], n[3:6], n[6:])


CURP_AL = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def mx_curp():
    y, m, d = rdate(1950, 1999)
    s = rs("BCDFGHJKLMNPRSTVZ", 1) + R.choice("AEIOU") + rs("BCDFGHJKLMNPRSTVZ", 2) + "%02d%02d%02d" % (y % 100, m, d)
    s += R.choice("HM") + R.choice(["AS", "BC", "DF", "JC", "NL", "PL", "VZ", "YN"]) + rs("BCDFGHJKLMNPRSTVZ", 3) + str(ri(0, 9))
    tot = sum(CURP_AL.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10)


def br_cpf():
    b = [ri(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * (n - i) for i, x in enumerate(b))
        b.append((s * 10 % 11) % 10)
    t = "".join(map(str, b))
    return "%s.%s.%s-%s" % (t[:3], t[3:6], t[6:9], t[9:])


def br_cnpj():
    b = [ri(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(x * ww for x, ww in zip(b, w)) % 11
        b.append(0 if r < 2 else 11 - r)
    t = "".join(map(str, b))
    return "%s.%s.%s/%s-%s" % (t[:2], t[2:5], t[5:8], t[8:12], t[12:])


def ar_cuit():
    while True:
        b = R.choice(["20", "23", "27"]) + digits(8, True)
        c = 11 - sum(int(x) * w for x, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return "%s-%s-%d" % (b[:2], b[2:], c)


def cl_rut():
    n = ri(5000000, 25999999)
    s = 0
    for i, x in enumerate(reversed(str(n))):
        s += int(x) * [2, 3, 4, 5, 6, 7][i % 6]
    c = 11 - s % 11
    cd = "0" if c == 11 else ("K" if c == 10 else str(c))
    t = "{:,}".format(n).replace(",", ".")
    return t + "-" + cd


def za_id():
    y, m, d = rdate(1950, 1999)
    b = "%02d%02d%02d%04d%d8" % (y % 100, m, d, ri(0, 9999), R.choice([0, 1]))
    return b + luhn_check_digit(b)


def us_mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + DG
    return (str(ri(1, 9)) + R.choice(L) + R.choice(A) + str(ri(0, 9)) + "-" + R.choice(L) + R.choice(A) + str(ri(0, 9))
            + "-" + R.choice(L) + R.choice(L) + str(ri(0, 9)) + str(ri(0, 9)))


NATIONAL = [
    # type, label, generator, count
    ("us_ssn", "SSN", us_ssn, 2), ("us_itin", "ITIN", us_itin, 1), ("us_medicare_mbi", "Medicare MBI", us_mbi, 1),
    ("uk_nino", "NI number", uk_nino, 1), ("uk_nhs_number", "NHS number", uk_nhs, 1),
    ("fr_nir", "n° de sécurité sociale", fr_nir, 1), ("de_steuer_id", "Steuer-IdNr.", de_steuer_id, 1),
    ("de_kvnr", "Versichertennummer", de_kvnr, 1), ("it_codice_fiscale", "Codice fiscale", it_cf, 1),
    ("es_dni", "DNI", es_dni, 1), ("es_nie", "NIE", es_nie, 1), ("pt_nif", "NIF", pt_nif, 1),
    ("nl_bsn", "BSN", nl_bsn, 1), ("be_national_number", "Rijksregisternummer", be_nn, 1),
    ("pl_pesel", "PESEL", pl_pesel, 1), ("cz_rodne_cislo", "rodné číslo", cz_rc, 1), ("sk_rodne_cislo", "rodné číslo", sk_rc, 1),
    ("se_personnummer", "personnummer", se_pnr, 1), ("no_fodselsnummer", "fødselsnummer", no_fnr, 1),
    ("dk_cpr", "CPR-nummer", dk_cpr, 1), ("fi_hetu", "henkilötunnus", fi_hetu, 1), ("ee_isikukood", "isikukood", ee_ik, 1),
    ("lt_asmens_kodas", "asmens kodas", lt_ak, 1), ("lv_personas_kods", "personas kods", lv_pk, 1),
    ("ro_cnp", "CNP", ro_cnp, 1), ("bg_egn", "ЕГН", bg_egn, 1), ("hr_oib", "OIB", hr_oib, 1), ("si_emso", "EMŠO", si_emso, 1),
    ("gr_amka", "ΑΜΚΑ", gr_amka, 1), ("hu_taj", "TAJ szám", hu_taj, 1), ("ch_ahv", "AHV-Nr.", ch_ahv, 1),
    ("at_svnr", "SV-Nummer", at_svnr, 1), ("ie_pps", "PPS number", ie_pps, 1), ("tr_tc_kimlik", "T.C. Kimlik No", tr_tc, 1),
    ("il_teudat_zehut", "ת.ז.", il_tz, 1), ("in_aadhaar", "Aadhaar", in_aadhaar, 1), ("in_pan", "PAN", in_pan, 1),
    ("cn_resident_id", "身份证号", cn_rid, 1), ("jp_my_number", "マイナンバー", jp_my_number, 1), ("kr_rrn", "주민등록번호", kr_rrn, 1),
    ("tw_national_id", "身分證字號", tw_id, 1), ("hk_hkid", "HKID", hk_hkid, 1), ("sg_nric", "NRIC", sg_nric, 1),
    ("my_mykad", "MyKad", my_nric, 1), ("th_national_id", "เลขประจำตัวประชาชน", th_id, 1), ("id_nik", "NIK", id_nik, 1),
    ("au_tfn", "TFN", au_tfn, 1), ("au_medicare", "Medicare card", au_medicare, 1), ("nz_ird", "IRD number", nz_ird, 1),
    ("ca_sin", "SIN", ca_sin, 1), ("mx_curp", "CURP", mx_curp, 1), ("br_cpf", "CPF", br_cpf, 1), ("br_cnpj", "CNPJ", br_cnpj, 1),
    ("ar_cuit", "CUIT", ar_cuit, 1), ("cl_rut", "RUT", cl_rut, 1), ("za_id_number", "ID number", za_id, 1),
]


# ---------------------------------------------------------------- cards, IBAN, phones, e-mail, MRZ
CARD_BRANDS = [
    ("visa", lambda: "4" + digits(14), 16, [4, 4, 4, 4]),
    ("visa13", lambda: "4" + digits(11), 13, [4, 3, 3, 3]),
    ("mastercard", lambda: str(ri(51, 55)) + digits(13), 16, [4, 4, 4, 4]),
    ("mastercard2", lambda: str(ri(2221, 2720)) + digits(11), 16, [4, 4, 4, 4]),
    ("amex", lambda: R.choice(["34", "37"]) + digits(12), 15, [4, 6, 5]),
    ("discover", lambda: "6011" + digits(11), 16, [4, 4, 4, 4]),
    ("jcb", lambda: str(ri(3528, 3589)) + digits(11), 16, [4, 4, 4, 4]),
    ("diners", lambda: "36" + digits(11), 14, [4, 6, 4]),
    ("unionpay19", lambda: "62" + digits(16), 19, [4, 4, 4, 4, 3]),
    ("mir", lambda: "220" + str(ri(0, 4)) + digits(11), 16, [4, 4, 4, 4]),
    ("rupay", lambda: R.choice(["60", "65", "81", "82"]) + digits(13), 16, [4, 4, 4, 4]),
    ("maestro", lambda: R.choice(["6759", "6763", "5018", "5020"]) + digits(11), 16, [4, 4, 4, 4]),
    ("visa19", lambda: "4" + digits(17), 19, [4, 4, 4, 4, 3]),
]


def group(s, sizes, sep):
    out, i = [], 0
    for g in sizes:
        out.append(s[i:i + g])
        i += g
    return sep.join(out)


def card(brand=None):
    b = brand or R.choice(CARD_BRANDS)
    body = b[1]()
    n = body + luhn_check_digit(body)
    assert len(n) == b[2], (b[0], n)
    sep = R.choice([" ", "-", "", " "])
    return group(n, b[3], sep) if sep else n


# country: (length, spec) spec chars: n digit, a upper letter, c alnum upper
IBAN_SPEC = {
    "DE": "n18", "FR": "n10c11n2", "GB": "a4n14", "ES": "n20", "IT": "a1n10c12", "NL": "a4n10", "BE": "n12",
    "CH": "n5c12", "AT": "n16", "PL": "n24", "PT": "n21", "IE": "a4n14", "SE": "n20", "NO": "n11", "DK": "n14",
    "FI": "n14", "CZ": "n20", "HU": "n24", "RO": "a4c16", "GR": "n7c16", "TR": "n6c16", "SA": "n2c18",
    "AE": "n19", "IL": "n19", "BR": "n23a1c1", "LU": "n3c13", "HR": "n17", "SK": "n20", "SI": "n15",
    "BG": "a4n6c8", "LT": "n16", "LV": "a4c13", "EE": "n16", "UA": "n6c19", "QA": "a4c21", "EG": "n25",
    "MT": "a4n5c18", "CY": "n8c16", "IS": "n22", "GE": "a2n16", "PK": "a4c16", "KZ": "n3c13", "JO": "a4n4c18",
    "MC": "n10c11n2", "LI": "n5c12",
}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "SNSB"], "IE": ["AIBK", "BOFI"],
              "RO": ["BTRL", "RNCB", "BRDE"], "BG": ["BNBG", "UNCR"], "LV": ["HABA", "PARX"], "QA": ["QNBA", "DOHB"],
              "MT": ["VALL", "MALT"], "PK": ["HABB", "SCBL"], "JO": ["CBJO", "ARAB"], "GE": ["TB", "BG"]}


def bban_for(cc):
    spec = IBAN_SPEC[cc]
    out = ""
    i = 0
    first_alpha = True
    while i < len(spec):
        kind = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        n = int(spec[i + 1:j])
        if kind == "a" and first_alpha and cc in BANK_CODES:
            out += R.choice(BANK_CODES[cc])[:n].ljust(n, "A")
        elif kind == "a":
            out += rs(UP, n)
        elif kind == "n":
            out += digits(n)
        else:
            out += rs(UP + DG, n) if R.random() < 0.3 else digits(n)
        if kind == "a":
            first_alpha = False
        i = j
    if cc == "BE":
        c = int(out[:10]) % 97 or 97
        out = out[:10] + "%02d" % c
    return out


def iban(cc=None, grouped=None):
    cc = cc or R.choice(sorted(IBAN_SPEC))
    b = bban_for(cc)
    s = cc + mod97_iban(cc, b) + b
    if grouped is None:
        grouped = R.random() < 0.6
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ph(fmt):
    """fmt: '#' random digit."""
    return "".join(str(ri(0, 9)) if c == "#" else c for c in fmt)


PHONES = [
    ("us", lambda: ph(R.choice(["(%d) %d-####", "+1 %d-%d-####", "%d.%d.####"]) % (R.choice([212, 312, 415, 617, 646, 702, 713, 206, 305, 404, 512, 971]), ri(201, 989)))),
    ("ca", lambda: ph("+1 (%d) %d-####" % (R.choice([416, 514, 604, 403, 613, 902]), ri(201, 989)))),
    ("gb", lambda: ph(R.choice(["07%d ######" % ri(400, 999), "+44 7%d ### ###" % ri(400, 999), "+44 (0)20 7### ####", "0161 ### ####"]))),
    ("de", lambda: ph(R.choice(["+49 15%d #######" % R.choice([1, 2, 7, 9]), "0170 #######", "+49 (0)30 ########", "0176 ########"]))),
    ("fr", lambda: ph(R.choice(["06 ## ## ## ##", "+33 7 ## ## ## ##", "01 ## ## ## ##", "+33 (0)6 ## ## ## ##"]))),
    ("es", lambda: ph(R.choice(["+34 6## ### ###", "6## ## ## ##", "91 ### ## ##"]))),
    ("it", lambda: ph(R.choice(["+39 3## ### ####", "33# #######", "+39 06 #### ####"]))),
    ("nl", lambda: ph(R.choice(["06-########", "+31 6 ########", "020 ### ####"]))),
    ("be", lambda: ph(R.choice(["+32 47# ## ## ##", "0498 ## ## ##"]))),
    ("ch", lambda: ph(R.choice(["+41 7%d ### ## ##", "07%d ### ## ##"]) % R.choice([6, 7, 8, 9]))),
    ("at", lambda: ph(R.choice(["+43 664 #######", "0676 #######"]))),
    ("pl", lambda: ph(R.choice(["+48 5## ### ###", "6## ### ###", "+48 22 ### ## ##"]))),
    ("pt", lambda: ph(R.choice(["+351 91# ### ###", "96# ### ###"]))),
    ("se", lambda: ph(R.choice(["070-### ## ##", "+46 73 ### ## ##"]))),
    ("no", lambda: ph(R.choice(["+47 9## ## ###", "4## ## ###"]))),
    ("dk", lambda: ph(R.choice(["+45 2# ## ## ##", "3# ## ## ##"]))),
    ("fi", lambda: ph(R.choice(["040 ### ####", "+358 50 ### ####"]))),
    ("cz", lambda: ph(R.choice(["+420 6## ### ###", "7## ### ###"]))),
    ("hu", lambda: ph(R.choice(["+36 20 ### ####", "06 30 ### ####"]))),
    ("ro", lambda: ph(R.choice(["07## ### ###", "+40 72# ### ###"]))),
    ("gr", lambda: ph(R.choice(["69## ### ###", "+30 69# ### ####"]))),
    ("tr", lambda: ph(R.choice(["0 (5##) ### ## ##", "+90 53# ### ## ##"]))),
    ("ru", lambda: ph(R.choice(["+7 (9##) ###-##-##", "8 9## ###-##-##"]))),
    ("ua", lambda: ph(R.choice(["+380 67 ### ## ##", "050 ### ## ##"]))),
    ("il", lambda: ph(R.choice(["05#-###-####", "+972 5# ### ####"]))),
    ("sa", lambda: ph(R.choice(["05# ### ####", "+966 5# ### ####"]))),
    ("ae", lambda: ph(R.choice(["+971 5# ### ####", "05# ### ####"]))),
    ("eg", lambda: ph(R.choice(["+20 10 #### ####", "012 #### ####"]))),
    ("in", lambda: ph(R.choice(["+91 9#### #####", "+91-8###-######", "07### #####"]))),
    ("cn", lambda: ph(R.choice(["138 #### ####", "+86 139 #### ####", "+86 10 #### ####"]))),
    ("jp", lambda: ph(R.choice(["090-####-####", "+81 80-####-####", "03-####-####"]))),
    ("kr", lambda: ph(R.choice(["010-####-####", "+82 10-####-####"]))),
    ("tw", lambda: ph(R.choice(["09##-###-###", "+886 9## ### ###"]))),
    ("hk", lambda: ph(R.choice(["+852 9### ####", "+852 6### ####"]))),
    ("sg", lambda: ph(R.choice(["+65 9### ####", "8### ####"]))),
    ("my", lambda: ph(R.choice(["012-### ####", "+60 12-### ####"]))),
    ("th", lambda: ph(R.choice(["08#-###-####", "+66 8# ### ####"]))),
    ("id", lambda: ph(R.choice(["0812-####-####", "+62 812 #### ####"]))),
    ("ph", lambda: ph(R.choice(["0917 ### ####", "+63 917 ### ####"]))),
    ("vn", lambda: ph(R.choice(["09# ### ## ##", "+84 9# ### ## ##"]))),
    ("au", lambda: ph(R.choice(["04## ### ###", "+61 4## ### ###", "(02) #### ####"]))),
    ("nz", lambda: ph(R.choice(["021 ### ####", "+64 21 ### ####"]))),
    ("br", lambda: ph(R.choice(["(11) 9####-####", "+55 21 9####-####"]))),
    ("mx", lambda: ph(R.choice(["+52 55 #### ####", "55 #### ####"]))),
    ("ar", lambda: ph(R.choice(["+54 9 11 ####-####", "011 15-####-####"]))),
    ("cl", lambda: ph(R.choice(["+56 9 #### ####"]))),
    ("co", lambda: ph(R.choice(["+57 3## ### ####", "31# ### ####"]))),
    ("za", lambda: ph(R.choice(["082 ### ####", "+27 71 ### ####"]))),
    ("ng", lambda: ph(R.choice(["0803 ### ####", "+234 803 ### ####"]))),
    ("ke", lambda: ph(R.choice(["0712 ######", "+254 712 ######"]))),
    ("ir", lambda: ph(R.choice(["0912 ### ####", "+98 912 ### ####"]))),
]

SYL = ["ka", "lo", "mi", "ren", "tas", "vel", "dor", "ni", "sa", "bel", "tor", "fin", "ga", "hu", "jo", "ku", "ler",
       "mon", "pe", "qui", "rio", "sun", "te", "ula", "vik", "wen", "xa", "yo", "zel", "ami", "bri", "cas"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.jp", "web.de", "gmx.net", "orange.fr", "libero.it", "mail.ru",
                "yandex.ru", "qq.com", "163.com", "naver.com", "hotmail.co.uk", "proton.me", "seznam.cz", "wp.pl",
                "uol.com.br", "icloud.com", "t-online.de", "laposte.net", "bluewin.ch", "telia.se", "zoho.in"]
ORG_DOMAINS = ["northwind-logistics.io", "keller-bau.de", "aurora-clinic.fr", "tidewater.co.uk", "finora.es",
               "sakura-denki.jp", "baltika-soft.ru", "hanriver.kr", "lumen-health.nl", "cedar-legal.com.au"]


def email():
    user = "".join(R.choice(SYL) for _ in range(ri(2, 3)))
    style = ri(0, 3)
    if style == 0:
        user += str(ri(1, 99))
    elif style == 1:
        user = user[:ri(1, 3)] + "." + "".join(R.choice(SYL) for _ in range(2))
    elif style == 2:
        user += "_" + str(ri(70, 99))
    dom = R.choice(MAIL_DOMAINS if R.random() < 0.6 else ORG_DOMAINS)
    return user + "@" + dom


def mrz_name():
    return ("".join(R.choice(SYL) for _ in range(ri(2, 3)))).upper(), ("".join(R.choice(SYL) for _ in range(ri(2, 3)))).upper()


def mrz_td3():
    cc = R.choice(["DEU", "FRA", "NLD", "ITA", "ESP", "POL", "SWE", "CAN", "AUS", "JPN", "BRA", "IND", "GBR"])
    sur, given = mrz_name()
    l1 = ("P<" + cc + sur + "<<" + given).ljust(44, "<")
    num = rs(UP + DG, 9)
    y, m, d = rdate(1950, 2003)
    dob = "%02d%02d%02d" % (y % 100, m, d)
    exp = "%02d%02d%02d" % (ri(27, 35), ri(1, 12), ri(1, 28))
    pers = rs(DG, ri(0, 9)).ljust(14, "<")
    pc = mrz_check(pers) if pers.strip("<") else "<"
    l2 = num + mrz_check(num) + cc + dob + mrz_check(dob) + R.choice("MF") + exp + mrz_check(exp) + pers + pc
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_check(comp)
    assert len(l1) == 44 and len(l2) == 44
    return l1 + "\n" + l2


def mrz_td1():
    cc = R.choice(["DEU", "FRA", "NLD", "ESP", "PRT", "BEL", "AUT", "CZE", "EST"])
    num = rs(UP + DG, 9)
    l1 = ("I<" + cc + num + mrz_check(num)).ljust(30, "<")
    y, m, d = rdate(1950, 2003)
    dob = "%02d%02d%02d" % (y % 100, m, d)
    exp = "%02d%02d%02d" % (ri(27, 35), ri(1, 12), ri(1, 28))
    l2 = dob + mrz_check(dob) + R.choice("MF") + exp + mrz_check(exp) + cc + "<" * 11
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_check(comp)
    sur, given = mrz_name()
    l3 = (sur + "<<" + given).ljust(30, "<")[:30]
    assert len(l2) == 30
    return l1 + "\n" + l2 + "\n" + l3


# ---------------------------------------------------------------- languages
LANGS = {
    "en": (["Here is the {svc} config you asked for:", "I pulled this from the {svc} deployment:", "Below is what {svc} currently uses."],
           ["Customer record exported from {svc}:", "The {svc} form returned this:"],
           ["Let me know if anything fails.", "Restart {svc} after you change it."]),
    "de": (["Hier ist die Konfiguration für {svc}:", "Das stand im Deployment von {svc}:", "So sieht {svc} gerade aus."],
           ["Kundendatensatz aus {svc}:", "Das Formular in {svc} lieferte:"],
           ["Sag Bescheid, falls etwas hakt.", "Danach {svc} bitte neu starten."]),
    "fr": (["Voici la configuration de {svc} :", "Trouvé dans le déploiement de {svc} :", "Voilà ce que {svc} utilise."],
           ["Fiche client exportée de {svc} :", "Le formulaire {svc} a renvoyé :"],
           ["Dis-moi si quelque chose échoue.", "Redémarre {svc} après la modification."]),
    "es": (["Aquí tienes la configuración de {svc}:", "Encontré esto en el despliegue de {svc}:", "Esto es lo que usa {svc} ahora."],
           ["Registro de cliente exportado de {svc}:", "El formulario de {svc} devolvió:"],
           ["Avísame si algo falla.", "Reinicia {svc} después del cambio."]),
    "pt": (["Segue a configuração do {svc}:", "Encontrei isto no deploy do {svc}:", "É isto que o {svc} usa hoje."],
           ["Registro do cliente exportado do {svc}:", "O formulário do {svc} retornou:"],
           ["Me avise se algo der errado.", "Reinicie o {svc} depois da alteração."]),
    "zh": (["这是 {svc} 的配置：", "我在 {svc} 的部署里找到了这个：", "下面是 {svc} 目前使用的内容。"],
           ["从 {svc} 导出的客户记录：", "{svc} 表单返回了以下内容："],
           ["如果有问题请告诉我。", "修改后请重启 {svc}。"]),
    "ja": (["{svc} の設定はこちらです：", "{svc} のデプロイで見つけました：", "{svc} が現在使っている内容です。"],
           ["{svc} から出力した顧客レコード：", "{svc} のフォームの返却内容："],
           ["問題があれば教えてください。", "変更後に {svc} を再起動してください。"]),
    "ru": (["Вот конфигурация для {svc}:", "Нашёл это в деплое {svc}:", "Вот что сейчас использует {svc}."],
           ["Запись клиента из {svc}:", "Форма {svc} вернула:"],
           ["Напиши, если что-то не работает.", "После изменения перезапусти {svc}."]),
    "it": (["Ecco la configurazione di {svc}:", "Trovato nel deploy di {svc}:", "Questo è ciò che usa {svc} adesso."],
           ["Scheda cliente esportata da {svc}:", "Il modulo di {svc} ha restituito:"],
           ["Fammi sapere se qualcosa non va.", "Riavvia {svc} dopo la modifica."]),
    "nl": (["Hier is de configuratie van {svc}:", "Dit stond in de deployment van {svc}:", "Dit gebruikt {svc} nu."],
           ["Klantrecord geëxporteerd uit {svc}:", "Het formulier in {svc} gaf terug:"],
           ["Laat het weten als iets misgaat.", "Herstart {svc} na de wijziging."]),
    "ko": (["{svc} 설정입니다:", "{svc} 배포에서 찾았습니다:", "현재 {svc}에서 쓰는 값입니다."],
           ["{svc}에서 내보낸 고객 레코드:", "{svc} 양식이 반환한 내용:"],
           ["문제가 있으면 알려 주세요.", "변경 후 {svc}를 재시작하세요."]),
    "ar": (["إليك إعدادات {svc}:", "وجدت هذا في نشر {svc}:", "هذا ما يستخدمه {svc} حاليًا."],
           ["سجل العميل المصدَّر من {svc}:", "أعاد نموذج {svc} ما يلي:"],
           ["أخبرني إذا فشل شيء.", "أعد تشغيل {svc} بعد التعديل."]),
    "tr": (["{svc} için yapılandırma şöyle:", "Bunu {svc} dağıtımında buldum:", "{svc} şu anda bunu kullanıyor."],
           ["{svc} sisteminden dışa aktarılan müşteri kaydı:", "{svc} formu şunu döndürdü:"],
           ["Bir sorun olursa haber ver.", "Değişiklikten sonra {svc} yeniden başlat."]),
    "sv": (["Här är konfigurationen för {svc}:", "Hittade detta i driftsättningen av {svc}:", "Det här använder {svc} nu."],
           ["Kundpost exporterad från {svc}:", "Formuläret i {svc} returnerade:"],
           ["Säg till om något strular.", "Starta om {svc} efter ändringen."]),
    "pl": (["Oto konfiguracja dla {svc}:", "Znalazłem to we wdrożeniu {svc}:", "Tego obecnie używa {svc}."],
           ["Rekord klienta wyeksportowany z {svc}:", "Formularz {svc} zwrócił:"],
           ["Daj znać, jeśli coś nie działa.", "Po zmianie zrestartuj {svc}."]),
    "hi": (["{svc} का कॉन्फ़िगरेशन यह है:", "यह {svc} की डिप्लॉयमेंट में मिला:", "{svc} अभी यही इस्तेमाल करता है।"],
           ["{svc} से निर्यात किया गया ग्राहक रिकॉर्ड:", "{svc} फ़ॉर्म ने यह लौटाया:"],
           ["कुछ गड़बड़ हो तो बताइए।", "बदलाव के बाद {svc} रीस्टार्ट करें।"]),
    "no": (["Her er konfigurasjonen for {svc}:", "Fant dette i utrullingen av {svc}:", "Dette bruker {svc} nå."],
           ["Kundepost eksportert fra {svc}:", "Skjemaet i {svc} returnerte:"],
           ["Si fra hvis noe feiler.", "Start {svc} på nytt etter endringen."]),
    "cs": (["Tady je konfigurace pro {svc}:", "Našel jsem to v nasazení {svc}:", "Tohle teď používá {svc}."],
           ["Záznam zákazníka exportovaný z {svc}:", "Formulář {svc} vrátil:"],
           ["Dej vědět, kdyby něco selhalo.", "Po změně restartuj {svc}."]),
    "he": (["הנה ההגדרות של {svc}:", "מצאתי את זה בפריסה של {svc}:", "זה מה ש-{svc} משתמש בו כרגע."],
           ["רשומת לקוח שיוצאה מ-{svc}:", "הטופס של {svc} החזיר:"],
           ["תעדכן אותי אם משהו נכשל.", "הפעל מחדש את {svc} אחרי השינוי."]),
    "hu": (["Itt a(z) {svc} konfigurációja:", "Ezt a(z) {svc} telepítésében találtam:", "Jelenleg ezt használja a(z) {svc}."],
           ["Ügyfélrekord a(z) {svc} rendszerből:", "A(z) {svc} űrlap ezt adta vissza:"],
           ["Szólj, ha valami nem megy.", "A módosítás után indítsd újra: {svc}."]),
    "id": (["Berikut konfigurasi untuk {svc}:", "Saya menemukan ini di deployment {svc}:", "Inilah yang dipakai {svc} saat ini."],
           ["Data pelanggan yang diekspor dari {svc}:", "Formulir {svc} mengembalikan:"],
           ["Kabari saya kalau ada yang gagal.", "Restart {svc} setelah perubahan."]),
    "uk": (["Ось конфігурація для {svc}:", "Знайшов це в розгортанні {svc}:", "Ось що зараз використовує {svc}."],
           ["Запис клієнта з {svc}:", "Форма {svc} повернула:"],
           ["Напиши, якщо щось не працює.", "Після зміни перезапусти {svc}."]),
    "da": (["Her er konfigurationen til {svc}:", "Fandt dette i udrulningen af {svc}:", "Det her bruger {svc} nu."],
           ["Kundepost eksporteret fra {svc}:", "Formularen i {svc} returnerede:"],
           ["Sig til, hvis noget fejler.", "Genstart {svc} efter ændringen."]),
    "vi": (["Đây là cấu hình của {svc}:", "Tìm thấy trong bản triển khai {svc}:", "Đây là thứ {svc} đang dùng."],
           ["Hồ sơ khách hàng xuất từ {svc}:", "Biểu mẫu {svc} trả về:"],
           ["Báo tôi nếu có lỗi.", "Khởi động lại {svc} sau khi sửa."]),
    "ro": (["Iată configurația pentru {svc}:", "Am găsit asta în deploy-ul {svc}:", "Asta folosește {svc} acum."],
           ["Fișa clientului exportată din {svc}:", "Formularul {svc} a returnat:"],
           ["Spune-mi dacă ceva nu merge.", "Repornește {svc} după modificare."]),
    "fi": (["Tässä {svc}-palvelun asetukset:", "Löysin tämän {svc}-julkaisusta:", "Tätä {svc} käyttää nyt."],
           ["Asiakastietue viety {svc}-järjestelmästä:", "{svc}-lomake palautti:"],
           ["Kerro, jos jokin ei toimi.", "Käynnistä {svc} uudelleen muutoksen jälkeen."]),
    "el": (["Ορίστε η ρύθμιση για το {svc}:", "Το βρήκα στην ανάπτυξη του {svc}:", "Αυτό χρησιμοποιεί τώρα το {svc}."],
           ["Εγγραφή πελάτη από το {svc}:", "Η φόρμα του {svc} επέστρεψε:"],
           ["Πες μου αν κάτι αποτύχει.", "Επανεκκίνησε το {svc} μετά την αλλαγή."]),
    "sw": (["Hii ndiyo usanidi wa {svc}:", "Nimepata hii kwenye usambazaji wa {svc}:", "Hiki ndicho {svc} inatumia sasa."],
           ["Rekodi ya mteja kutoka {svc}:", "Fomu ya {svc} ilirudisha:"],
           ["Niambie kama kuna tatizo.", "Anzisha upya {svc} baada ya mabadiliko."]),
    "fa": (["این پیکربندی {svc} است:", "این را در استقرار {svc} پیدا کردم:", "این چیزی است که {svc} الان استفاده می‌کند."],
           ["رکورد مشتری صادرشده از {svc}:", "فرم {svc} این را برگرداند:"],
           ["اگر مشکلی بود خبر بده.", "بعد از تغییر، {svc} را ری‌استارت کن."]),
    "th": (["นี่คือการตั้งค่าของ {svc}:", "เจอสิ่งนี้ในการดีพลอย {svc}:", "นี่คือสิ่งที่ {svc} ใช้อยู่ตอนนี้"],
           ["ระเบียนลูกค้าที่ส่งออกจาก {svc}:", "ฟอร์มของ {svc} ส่งกลับมาว่า:"],
           ["บอกฉันถ้ามีอะไรผิดพลาด", "รีสตาร์ท {svc} หลังแก้ไข"]),
}
PHONE_WORD = {"en": "Phone", "de": "Telefon", "fr": "Téléphone", "es": "Teléfono", "pt": "Telefone", "zh": "电话", "ja": "電話",
              "ru": "Телефон", "it": "Telefono", "nl": "Telefoon", "ko": "전화", "ar": "هاتف", "tr": "Telefon", "sv": "Telefon",
              "pl": "Telefon", "hi": "फ़ोन", "no": "Telefon", "cs": "Telefon", "he": "טלפון", "hu": "Telefon", "id": "Telepon",
              "uk": "Телефон", "da": "Telefon", "vi": "Điện thoại", "ro": "Telefon", "fi": "Puhelin", "el": "Τηλέφωνο",
              "sw": "Simu", "fa": "تلفن", "th": "โทรศัพท์"}
LANG_ORDER = list(LANGS)

SVC = ["billing-api", "ledger", "checkout", "auth-gw", "notifier", "search-indexer", "payroll", "crm-sync", "etl-nightly",
       "media-proc", "geo-router", "kyc-check", "invoice-svc", "ml-serving", "warehouse", "support-bot", "orders",
       "reporting", "scheduler", "edge-proxy", "mailer", "shipping", "loyalty", "catalog", "webhooks", "audit-log",
       "hr-portal", "pricing", "fraud-score", "inventory", "telemetry", "chat-relay", "docs-site", "sso-bridge"]
ENVS = ["prod", "staging", "dev", "eu1", "us2", "qa", "canary", "ap3"]
REGIONS = ["eu-west-1", "us-east-2", "ap-southeast-1", "eu-central-1", "sa-east-1", "ca-central-1"]


class Ctx:
    def __init__(self, lang):
        self.lang = lang
        self.svc_short = R.choice(SVC)
        self.svc = self.svc_short + "-" + R.choice(ENVS)
        self.region = R.choice(REGIONS)
        self.ts = "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (ri(1, 11), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59), ri(0, 999))
        self.host = R.choice(["db", "pg", "mysql", "cache", "mq", "api", "git"]) + "-%02d.%s.internal" % (ri(1, 40), R.choice(["corp", "svc", "lan", "prod"]))
        self.user = R.choice(["app", "svc_" + self.svc_short.replace("-", "_"), "deploy", "etl", "reporter", "admin", "ci"])


def intro(ctx, kind="tech"):
    i = 0 if kind == "tech" else 1
    return R.choice(LANGS[ctx.lang][i]).format(svc=ctx.svc)


def outro(ctx):
    return R.choice(LANGS[ctx.lang][2]).format(svc=ctx.svc)


def camel(k):
    p = k.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:])


# ---------------------------------------------------------------- generic secret carriers
def carriers_for(K, V, c):
    k = K.lower()
    return [
        ("env", [K + "=", V]),
        ("shell", ["export " + K + "='", V, "'"]),
        ("yaml", [c.svc_short + ":\n  " + k + ": ", V]),
        ("json", ['{\n  "' + k + '": "', V, '",\n  "region": "' + c.region + '"\n}']),
        ("python", [k.upper() + ' = "', V, '"']),
        ("js", ["const " + camel(K) + " = '", V, "';"]),
        ("go", [camel(K) + ' := "', V, '"']),
        ("toml", ["[" + c.svc_short + "]\n" + k + ' = "', V, '"']),
        ("ini", ["[" + c.svc_short.replace("-", "_") + "]\n" + k + " = ", V]),
        ("log", [c.ts + " DEBUG " + c.svc + " env " + K + "=", V]),
        ("compose", ["services:\n  " + c.svc_short + ":\n    environment:\n      " + K + ": ", V]),
        ("k8s", ["        - name: " + K + "\n          value: \"", V, '"']),
        ("hcl", ['resource "' + c.svc_short.replace("-", "_") + '_settings" "main" {\n  ' + k + ' = "', V, '"\n}']),
        ("xml", ['<add key="' + K + '" value="', V, '" />']),
        ("md", ["| variable | value |\n|---|---|\n| " + K + " | `", V, "` |"]),
        ("powershell", ["$env:" + K + ' = "', V, '"']),
        ("gha", ["    env:\n      " + K + ": ", V]),
        ("properties", [c.svc_short.replace("-", ".") + "." + k.replace("_", "-") + "=", V]),
        ("rust", ["let " + k + ' = "', V, '";']),
        ("ruby", ['ENV["' + K + '"] ||= "', V, '"']),
        ("php", ["define('" + K + "', '", V, "');"]),
        ("dockerfile", ["ENV " + K + "=", V]),
        ("chat", ["`" + K + "` → ", V]),
    ]


def build(parts):
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            spans.append({"start": len(text), "end": len(text) + len(p[0]), "type": p[1]})
            text += p[0]
        else:
            text += p
    return text, spans


ROWS = []
_lang_cycle = []


def next_lang():
    global _lang_cycle
    if not _lang_cycle:
        _lang_cycle = LANG_ORDER[:]
        R.shuffle(_lang_cycle)
    return _lang_cycle.pop()


def emit(kind, label, carrier, ctx, body, reason, intro_kind="tech"):
    parts = [intro(ctx, intro_kind), "\n\n"] + body
    if R.random() < 0.5:
        parts += ["\n\n", outro(ctx)]
    text, spans = build(parts)
    ROWS.append({"text": text, "spans": spans, "kind": kind,
                 "class": "%s/%s-%s" % (label, carrier, ctx.lang), "reason": reason})


# ---------------------------------------------------------------- positive builders
def gen_vendor():
    for typ, K, fn, n in SECRETS:
        for _ in range(n):
            c = Ctx(next_lang())
            v = fn()
            if K is None:  # bearer token in HTTP carriers
                host = "api.%s.example-corp.net" % c.svc_short
                name, body = R.choice([
                    ("curl", ['curl -s -H "Authorization: Bearer ', (v, typ), '" https://' + host + "/v2/items"]),
                    ("http", ["GET /v1/reports?limit=50 HTTP/1.1\nHost: " + host + "\nAuthorization: Bearer ", (v, typ), "\nAccept: application/json"]),
                    ("python", ['headers = {"Authorization": "Bearer ', (v, typ), '"}']),
                ])
                emit("positive", typ, name, c, body, "opaque bearer token in an Authorization header")
                continue
            name, body = R.choice(carriers_for(K, (v, typ), c))
            emit("positive", typ, name, c, body, "%s assigned to %s" % (typ.replace("_", " "), K))


def gen_aws_pairs():
    for _ in range(4):
        c = Ctx(next_lang())
        kid = "AKIA" + rs(UP + "234567", 16)
        sec = rs(AN + "/+", 40)
        name, body = R.choice([
            ("ini", ["[" + R.choice(["default", "profile " + c.svc_short, c.svc_short]) + "]\naws_access_key_id = ", (kid, "aws_access_key_id"),
                     "\naws_secret_access_key = ", (sec, "aws_secret_access_key"), "\nregion = " + c.region]),
            ("env", ["AWS_ACCESS_KEY_ID=", (kid, "aws_access_key_id"), "\nAWS_SECRET_ACCESS_KEY=", (sec, "aws_secret_access_key"), "\nAWS_DEFAULT_REGION=" + c.region]),
            ("python", ['s3 = boto3.client("s3", region_name="' + c.region + '",\n    aws_access_key_id="', (kid, "aws_access_key_id"),
                        '",\n    aws_secret_access_key="', (sec, "aws_secret_access_key"), '")']),
            ("hcl", ['provider "aws" {\n  region     = "' + c.region + '"\n  access_key = "', (kid, "aws_access_key_id"), '"\n  secret_key = "', (sec, "aws_secret_access_key"), '"\n}']),
        ])
        emit("positive", "aws_access_key_id+aws_secret_access_key", name, c, body, "AWS key pair")


def gen_passwords():
    for _ in range(14):
        c = Ctx(next_lang())
        p = (password(), "password")
        name, body = R.choice([
            ("yaml", ["database:\n  host: " + c.host + "\n  user: " + c.user + "\n  password: ", p]),
            ("ini", ["[client]\nuser = " + c.user + "\npassword = ", p]),
            ("pgpass", [c.host + ":5432:" + c.svc_short.replace("-", "_") + ":" + c.user + ":", p]),
            ("netrc", ["machine " + c.host + "\n  login " + c.user + "\n  password ", p]),
            ("properties", ["spring.datasource.username=" + c.user + "\nspring.datasource.password=", p]),
            ("compose", ["    environment:\n      MYSQL_ROOT_PASSWORD: ", p]),
            ("json", ['{"smtp": {"host": "smtp.' + c.svc_short + '.net", "user": "' + c.user + '", "pass": "', p, '"}}']),
            ("chat", ["login: " + c.user + "\npassword: ", p]),
            ("xml", ['<connection user="' + c.user + '" password="', p, '" />']),
            ("ldap", ["bindDN: cn=" + c.user + ",dc=" + c.svc_short.replace("-", "") + ",dc=local\nbindPassword: ", p]),
            ("redis-conf", ["requirepass ", p]),
        ])
        emit("positive", "password", name, c, body, "password value in a config")
    for _ in range(2):
        c = Ctx(next_lang())
        emit("positive", "wifi_psk", "wpa", c, ['network={\n    ssid="' + c.svc_short.upper() + '-5G"\n    psk="', (password(), "wifi_psk"), '"\n}'], "Wi-Fi pre-shared key")
    cli = [
        ("mysql", lambda p: ["mysql -h " + "{h}" + " -u {u} -p'", p, "' -e 'SHOW TABLES'"]),
        ("sshpass", lambda p: ["sshpass -p '", p, "' ssh {u}@{h}"]),
        ("docker", lambda p: ["docker login registry.{s}.io -u {u} --password ", p]),
        ("redis-cli", lambda p: ["redis-cli -h {h} -a '", p, "' PING"]),
        ("mongosh", lambda p: ["mongosh --host {h} -u {u} -p '", p, "' --authenticationDatabase admin"]),
        ("curl", lambda p: ["curl -u {u}:", p, " https://{h}/api/health"]),
        ("openssl", lambda p: ["openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:", p]),
        ("sqlcmd", lambda p: ["sqlcmd -S {h} -U {u} -P '", p, "' -Q \"SELECT 1\""]),
        ("mysqldump", lambda p: ["mysqldump --user={u} --password=", p, " --single-transaction shop > shop.sql"]),
        ("htpasswd", lambda p: ["htpasswd -b /etc/nginx/.htpasswd {u} '", p, "'"]),
        ("smbclient", lambda p: ["smbclient //{h}/share -U {u}%", p]),
    ]
    for i in range(11):
        c = Ctx(next_lang())
        name, f = cli[i]
        pw = password()
        if name in ("curl", "smbclient", "mysqldump", "docker"):
            pw = rs(AN + "!#%*_-", ri(12, 18))
        body = [x.format(h=c.host, u=c.user, s=c.svc_short) if isinstance(x, str) else x for x in f((pw, "password_cli_flag"))]
        emit("positive", "password_cli_flag", name, c, body, "password passed as a CLI argument")
    urls = [
        ("postgres", "postgresql://{u}:", "@{h}:5432/{d}?sslmode=require"),
        ("mysql", "mysql://{u}:", "@{h}:3306/{d}"),
        ("mongodb", "mongodb+srv://{u}:", "@cluster0.{r}.mongodb.net/{d}?retryWrites=true"),
        ("redis", "rediss://default:", "@{h}:6380/0"),
        ("amqp", "amqps://{u}:", "@{h}:5671/%2F"),
        ("git", "https://{u}:", "@git.{s}.io/platform/{d}.git"),
        ("smtp", "smtp://{u}:", "@smtp.{s}.net:587"),
        ("ftp", "ftp://{u}:", "@{h}/exports/"),
        ("sqlalchemy", "mssql+pyodbc://{u}:", "@{h}/{d}?driver=ODBC+Driver+18"),
    ]
    for pre, post_ in [(a, c_) for _, a, c_ in urls]:
        pass
    for name, pre, post in urls:
        c = Ctx(next_lang())
        pw = rs(AN, ri(3, 6)) + R.choice(["%40", "%23", "%21", "", "%24"]) + rs(AN, ri(8, 12))
        fmt = lambda s: s.format(u=c.user, h=c.host, d=c.svc_short.replace("-", "_"), r=rs(LO + DG, 5), s=c.svc_short)
        key = R.choice(["DATABASE_URL", "BROKER_URL", "REMOTE", "URI", "DSN"])
        emit("positive", "password_in_url", name, c, [key + "=" + fmt(pre), (pw, "password_in_url"), fmt(post)], "password inside a URL")
    cs = [
        ("mssql", "Server=tcp:{h},1433;Database={d};User Id={u};Password=", ";Encrypt=True;"),
        ("jdbc", "jdbc:postgresql://{h}:5432/{d}?user={u}&password=", "&ssl=true"),
        ("odbc", "Driver={{ODBC Driver 18 for SQL Server}};Server={h};UID={u};PWD=", ";"),
        ("oracle", "Data Source={h}:1521/ORCLPDB1;User Id={u};Password=", ";Pooling=true"),
        ("npgsql", "Host={h};Port=5432;Username={u};Password=", ";Database={d}"),
    ]
    for name, pre, post in cs:
        c = Ctx(next_lang())
        fmt = lambda s: s.format(u=c.user, h=c.host, d=c.svc_short.replace("-", "_"))
        emit("positive", "connection_string_password", name, c, ['"ConnectionStrings": { "Default": "' + fmt(pre), (rs(AN, ri(14, 22)), "connection_string_password"), fmt(post) + '" }'], "password inside a connection string")


def gen_special():
    # basic auth
    for i in range(4):
        c = Ctx(next_lang())
        b = basic(c.user, password())
        name, body = R.choice([
            ("curl", ['curl -H "Authorization: Basic ', (b, "basic_auth_credentials"), '" https://' + c.host + "/metrics"]),
            ("http", ["POST /oauth/token HTTP/1.1\nHost: " + c.host + "\nAuthorization: Basic ", (b, "basic_auth_credentials"), "\nContent-Type: application/x-www-form-urlencoded"]),
            ("nginx", ['proxy_set_header Authorization "Basic ', (b, "basic_auth_credentials"), '";']),
        ])
        emit("positive", "basic_auth_credentials", name, c, body, "Basic auth base64 of user:password")
    c = Ctx(next_lang())
    b = basic(c.user, rs(AN, 20))
    emit("positive", "docker_registry_auth", "json", c, ['{\n  "auths": {\n    "registry.' + c.svc_short + '.io": {\n      "auth": "', (b, "docker_registry_auth"), '"\n    }\n  }\n}'], "docker config.json auth")
    # JWTs
    for typ, n in (("jwt", 2), ("jwt_rs256", 1), ("supabase_service_role_jwt", 1), ("k8s_service_account_token", 1)):
        for _ in range(n):
            c = Ctx(next_lang())
            now = ts_epoch()
            if typ == "jwt":
                t = jwt({"sub": str(ri(1000, 999999)), "scope": R.choice(["read write", "admin", "orders:rw"]), "iat": now, "exp": now + 3600})
            elif typ == "jwt_rs256":
                t = jwt({"iss": "https://auth." + c.svc_short + ".io/", "sub": rs(AN, 24), "aud": c.svc_short, "iat": now, "exp": now + 900}, "RS256", 342)
            elif typ == "supabase_service_role_jwt":
                t = jwt({"iss": "supabase", "ref": rs(LO, 20), "role": "service_role", "iat": now, "exp": now + 315360000})
            else:
                t = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": c.svc_short,
                         "kubernetes.io/serviceaccount/service-account.name": "deployer", "sub": "system:serviceaccount:%s:deployer" % c.svc_short}, "RS256", 342)
            K = {"jwt": "ACCESS_TOKEN", "jwt_rs256": "ID_TOKEN", "supabase_service_role_jwt": "SUPABASE_SERVICE_ROLE_KEY", "k8s_service_account_token": "KUBE_TOKEN"}[typ]
            name, body = R.choice(carriers_for(K, (t, typ), c)[:12])
            emit("positive", typ, name, c, body, "signed JWT")
    # private keys
    keys = [
        ("private_key_rsa", "RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 24),
        ("private_key_pkcs8", "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 25),
        ("private_key_ec", "EC PRIVATE KEY", "MHcCAQEEI", 2),
        ("private_key_openssh", "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 5),
        ("private_key_openssh", "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABlwAAAAdzc2gtcn", 20),
        ("private_key_encrypted", "ENCRYPTED PRIVATE KEY", "MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI", 26),
        ("private_key_dsa", "DSA PRIVATE KEY", "MIIBuwIBAAKBgQ", 9),
    ]
    for typ, label, head, lines in keys:
        c = Ctx(next_lang())
        block = pem(label, head, lines)
        name, body = R.choice([
            ("file", ["$ cat ~/.ssh/" + R.choice(["id_" + c.svc_short, "deploy_key", "server.key"]) + "\n", (block, typ)]),
            ("yaml", ["tls:\n  key: |\n    ", (block.replace("\n", "\n    "), typ)]),
            ("chat", ["```\n", (block, typ), "\n```"]),
        ])
        emit("positive", typ, name, c, body, "private key block")
    c = Ctx(next_lang())
    lines = ["-----BEGIN PGP PRIVATE KEY BLOCK-----", "", "lQVYBG" + rs(B64, 58)] + [rs(B64, 64) for _ in range(14)] + ["=" + rs(B64, 4), "-----END PGP PRIVATE KEY BLOCK-----"]
    emit("positive", "private_key_pgp", "file", c, ["gpg --export-secret-keys --armor ops@" + c.svc_short + " output:\n\n", ("\n".join(lines), "private_key_pgp")], "PGP private key block")
    c = Ctx(next_lang())
    blk = pem("PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 25).replace("\n", "\\n") + "\\n"
    proj = c.svc_short + "-" + digits(6)
    emit("positive", "gcp_service_account_key", "json", c,
         ['{\n  "type": "service_account",\n  "project_id": "' + proj + '",\n  "private_key_id": "' + rs(HEXL, 40) + '",\n  "private_key": "', (blk, "gcp_service_account_key"),
          '",\n  "client_email": "deployer@' + proj + '.iam.gserviceaccount.com"\n}'], "service account JSON private key")
    c = Ctx(next_lang())
    emit("positive", "kubeconfig_client_key_data", "yaml", c, ["users:\n- name: " + c.svc_short + "-admin\n  user:\n    client-certificate-data: " + rs(B64, 60) + "\n    client-key-data: ",
                                                              (base64.b64encode(pem("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 8).encode()).decode(), "kubeconfig_client_key_data")], "kubeconfig client key")
    c = Ctx(next_lang())
    emit("positive", "k8s_secret_data", "yaml", c, ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + c.svc_short + "-db\ntype: Opaque\ndata:\n  password: ",
                                                   (base64.b64encode(password().encode()).decode(), "k8s_secret_data")], "base64 password in a Kubernetes Secret")
    # webhooks
    for _ in range(2):
        c = Ctx(next_lang())
        u = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DG, 8), rs(UP + DG, 10), rs(AN, 24))
        name, body = R.choice(carriers_for("SLACK_WEBHOOK_URL", (u, "slack_webhook_url"), c)[:10])
        emit("positive", "slack_webhook_url", name, c, body, "Slack incoming webhook URL")
    c = Ctx(next_lang())
    u = "https://discord.com/api/webhooks/%s/%s" % (digits(19, True), rs(URL, 68))
    emit("positive", "discord_webhook_url", "js", c, ["await fetch('", (u, "discord_webhook_url"), "', { method: 'POST', body })"], "Discord webhook URL")
    c = Ctx(next_lang())
    g = lambda: "%s-%s-4%s-%s-%s" % (rs(HEXL, 8), rs(HEXL, 4), rs(HEXL, 3), R.choice("89ab") + rs(HEXL, 3), rs(HEXL, 12))
    u = "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (c.svc_short.replace("-", ""), g(), g(), rs(HEXL, 32), g(), rs(AN, 43))
    emit("positive", "msteams_webhook_url", "powershell", c, ["Invoke-RestMethod -Method Post -Uri '", (u, "msteams_webhook_url"), "' -Body $payload"], "Teams webhook URL")
    c = Ctx(next_lang())
    u = "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIza%s&token=%s%%3D" % (rs(URL, 7), rs(URL, 35), rs(URL, 43))
    emit("positive", "google_chat_webhook_url", "yaml", c, ["alerting:\n  google_chat: ", (u, "google_chat_webhook_url")], "Google Chat webhook URL")
    # azure
    c = Ctx(next_lang())
    sig = rs(AN + "%", 0) + base64.b64encode(rbytes(32)).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    acct = c.svc_short.replace("-", "") + "st"
    emit("positive", "azure_sas_signature", "url", c, ["https://" + acct + ".blob.core.windows.net/exports/report.csv?sp=r&st=2026-03-01T09:00:00Z&se=2026-03-08T17:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=",
                                                     (sig, "azure_sas_signature")], "SAS signature")
    c = Ctx(next_lang())
    emit("positive", "azure_storage_account_key", "connstring", c, ["AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=" + c.svc_short.replace("-", "") + "data;AccountKey=",
                                                                     (rs(B64, 86) + "==", "azure_storage_account_key"), ";EndpointSuffix=core.windows.net"], "storage key in connection string")
    c = Ctx(next_lang())
    emit("positive", "azure_service_bus_key", "connstring", c, ['"ServiceBus": "Endpoint=sb://' + c.svc_short + '-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=',
                                                              (base64.b64encode(rbytes(32)).decode(), "azure_service_bus_key"), '"'], "Service Bus key")
    c = Ctx(next_lang())
    emit("positive", "cloudinary_url_secret", "env", c, ["CLOUDINARY_URL=cloudinary://" + digits(15, True) + ":", (rs(URL, 27), "cloudinary_url_secret"), "@" + c.svc_short], "Cloudinary API secret in URL")
    c = Ctx(next_lang())
    emit("positive", "totp_seed", "otpauth", c, ["otpauth://totp/" + c.svc_short + ":" + c.user + "?secret=", (rs(B32, 32), "totp_seed"), "&issuer=" + c.svc_short + "&digits=6"], "TOTP seed in otpauth URI")
    c = Ctx(next_lang())
    emit("positive", "wireguard_private_key", "wg", c, ["[Interface]\nAddress = 10.%d.%d.2/32\nPrivateKey = " % (ri(0, 255), ri(0, 255)), (base64.b64encode(rbytes(32)).decode(), "wireguard_private_key"),
                                                    "\nListenPort = 51820\n\n[Peer]\nPublicKey = " + base64.b64encode(rbytes(32)).decode()], "WireGuard private key")


def gen_pii():
    for typ, label, fn, n in NATIONAL:
        for _ in range(n):
            c = Ctx(next_lang())
            v = (fn(), typ)
            field = typ.split("_", 1)[1] if typ[:3] in ("us_", "uk_", "fr_", "de_", "it_", "es_", "pt_", "nl_", "be_", "pl_", "cz_", "sk_", "se_", "no_",
                                                          "dk_", "fi_", "ee_", "lt_", "lv_", "ro_", "bg_", "hr_", "si_", "gr_", "hu_", "ch_", "at_", "ie_",
                                                          "tr_", "il_", "in_", "cn_", "jp_", "kr_", "tw_", "hk_", "sg_", "my_", "th_", "id_", "au_", "nz_",
                                                          "ca_", "mx_", "br_", "ar_", "cl_", "za_") else typ
            cid = "C-%06d" % ri(1, 999999)
            name, body = R.choice([
                ("json", ['{"customer_id": "' + cid + '", "' + field + '": "', v, '", "status": "' + R.choice(["verified", "pending", "review"]) + '"}']),
                ("csv", ["customer_id;" + field + ";segment\n" + cid + ";", v, ";" + R.choice(["retail", "smb", "gold"])]),
                ("form", ["- " + label + ": ", v]),
                ("md", ["| field | value |\n|---|---|\n| " + label + " | ", v, " |"]),
                ("xml", ["<" + field + ">", v, "</" + field + ">"]),
                ("sql", ["INSERT INTO customers (id, " + field + ") VALUES ('" + cid + "', '", v, "');"]),
                ("log", [c.ts + " WARN kyc mismatch " + field + "=", v, " ref=" + cid]),
                ("chat", [label + " → ", v]),
            ])
            emit("positive", typ, name, c, body, "%s with valid check digits / issuing rules" % label, "pii")
    for _ in range(3):
        c = Ctx(next_lang())
        emit("positive", "passport_mrz", "ocr", c, ["OCR " + R.choice(["result", "output", "zone"]) + ":\n", (mrz_td3(), "passport_mrz")], "TD3 MRZ, all check digits valid", "pii")
    for _ in range(2):
        c = Ctx(next_lang())
        emit("positive", "id_card_mrz", "ocr", c, ["```\n", (mrz_td1(), "id_card_mrz"), "\n```"], "TD1 ID-card MRZ, check digits valid", "pii")
    # phones
    regs = PHONES[:]
    R.shuffle(regs)
    for i in range(34):
        c = Ctx(next_lang())
        region, f = regs[i % len(regs)]
        p = (f(), "phone")
        w = PHONE_WORD[c.lang]
        name, body = R.choice([
            ("signature", ["--\n" + R.choice(["Ops", "Support", "Sales", "Billing"]) + " desk, " + c.svc_short + "\n" + w + ": ", p]),
            ("json", ['{"contact_id": ' + str(ri(100, 99999)) + ', "phone": "', p, '", "country": "' + region.upper() + '"}']),
            ("csv", ["ticket,phone,priority\n" + str(ri(10000, 99999)) + ",", p, "," + R.choice(["high", "low", "normal"])]),
            ("md", ["| " + w + " | ", p, " |"]),
            ("chat", [w + ": ", p]),
            ("yaml", ["oncall:\n  primary: ", p]),
        ])
        emit("positive", "phone", name + "_" + region, c, body, "phone number valid in %s numbering plan" % region.upper(), "pii")
    for _ in range(15):
        c = Ctx(next_lang())
        e = (email(), "email")
        name, body = R.choice([
            ("json", ['{"user_id": ' + str(ri(1000, 999999)) + ', "email": "', e, '"}']),
            ("header", ["From: ", e, "\nSubject: " + R.choice(["Re: invoice", "Order question", "Access request"])]),
            ("csv", ["id,email,plan\n" + str(ri(1, 9999)) + ",", e, "," + R.choice(["free", "pro", "team"])]),
            ("chat", ["E-mail: ", e]),
            ("log", [c.ts + " INFO password reset sent to ", e]),
            ("git", ["Author: " + rs(UP, 1) + ". " + rs(UP, 1) + R.choice(SYL) + R.choice(SYL) + " <", e, ">"]),
        ])
        emit("positive", "email", name, c, body, "personal e-mail address", "pii")
    for _ in range(5):
        c = Ctx(next_lang())
        region, f = R.choice(PHONES)
        emit("positive", "phone+email", "vcard", c, ["BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=CELL:", (f(), "phone"), "\nEMAIL;TYPE=INTERNET:", (email(), "email"), "\nEND:VCARD"], "vCard contact", "pii")
    # cards
    brands = CARD_BRANDS[:]
    for i in range(10):
        c = Ctx(next_lang())
        v = (card(brands[i % len(brands)]), "credit_card")
        name, body = R.choice([
            ("json", ['{"payment": {"pan": "', v, '", "exp": "%02d/%02d"}}' % (ri(1, 12), ri(27, 31))]),
            ("chat", ["Card: ", v, " exp %02d/%02d" % (ri(1, 12), ri(27, 31))]),
            ("log", [c.ts + " ERROR charge declined card=", v]),
            ("csv", ["order,card_number\n" + str(ri(10000, 99999)) + ",", v]),
        ])
        emit("positive", "credit_card", name, c, body, "Luhn-valid card number", "pii")
    for i in range(2):
        c = Ctx(next_lang())
        region, f = R.choice(PHONES)
        emit("positive", "credit_card+phone", "form", c, ["card: ", (card(), "credit_card"), "\ncallback: ", (f(), "phone")], "card and phone in one form", "pii")
    # IBAN
    ccs = sorted(IBAN_SPEC)
    R.shuffle(ccs)
    for i in range(24):
        c = Ctx(next_lang())
        v = (iban(ccs[i % len(ccs)]), "iban")
        name, body = R.choice([
            ("json", ['{"payout": {"iban": "', v, '", "currency": "' + R.choice(["EUR", "CHF", "GBP", "SEK", "PLN"]) + '"}}']),
            ("chat", ["IBAN: ", v]),
            ("sql", ["UPDATE vendors SET iban = '", v, "' WHERE id = " + str(ri(1, 9999)) + ";"]),
            ("md", ["| IBAN | ", v, " |"]),
            ("csv", ["vendor;iban\n" + str(ri(100, 9999)) + ";", v]),
        ])
        emit("positive", "iban", name, c, body, "mod-97 valid IBAN", "pii")
    for i in range(3):
        c = Ctx(next_lang())
        emit("positive", "iban+email", "invoice", c, ["Bank: ", (iban(ccs[(i + 24) % len(ccs)]), "iban"), "\nContact: ", (email(), "email")], "invoice footer", "pii")


# ---------------------------------------------------------------- negatives
def uuid4():
    return "%s-%s-4%s-%s-%s" % (rs(HEXL, 8), rs(HEXL, 4), rs(HEXL, 3), R.choice("89ab") + rs(HEXL, 3), rs(HEXL, 12))


def ean13(prefix):
    b = prefix + digits(12 - len(prefix))
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b))
    return b + str((10 - s % 10) % 10)


def lei():
    b = rs(UP + DG, 4) + "00" + rs(UP + DG, 12)
    n = int("".join(str(int(ch, 36)) for ch in b + "00"))
    return b + "%02d" % (98 - n % 97)


def isin():
    cc = R.choice(["US", "DE", "FR", "GB", "JP", "CH", "NL"])
    b = cc + rs(UP + DG, 9)
    ds = "".join(str(int(ch, 36)) for ch in b)
    return b + luhn_check_digit(ds)


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "WVW", "JHM", "VF1", "ZFA", "YV1", "KMH"]) + rs(al, 5) + "0" + rs(al, 8))
    s = sum((int(ch) if ch.isdigit() else VIN_T[ch]) * w for ch, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def bad_luhn_card():
    b = R.choice(CARD_BRANDS[:8])
    body = b[1]()
    good = luhn_check_digit(body)
    bad = str((int(good) + ri(1, 9)) % 10)
    return group(body + bad, b[3], R.choice([" ", "-"]))


def bad_iban():
    cc = R.choice(sorted(IBAN_SPEC))
    bb = bban_for(cc)
    good = int(mod97_iban(cc, bb))
    bad = good
    while bad == good:
        bad = ri(2, 98)
    s = cc + "%02d" % bad + bb
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def bad_national():
    k = R.choice(["pesel", "bsn", "cpf", "steuer", "tc", "aadhaar", "ssn", "cnp"])
    if k == "pesel":
        v = pl_pesel()
        return "PESEL", v[:-1] + str((int(v[-1]) + ri(1, 9)) % 10)
    if k == "bsn":
        v = nl_bsn()
        return "BSN", v[:-1] + str((int(v[-1]) + ri(1, 9)) % 10)
    if k == "cpf":
        v = br_cpf()
        return "CPF", v[:-1] + str((int(v[-1]) + ri(1, 9)) % 10)
    if k == "steuer":
        v = de_steuer_id()
        return "Steuer-IdNr.", v[:-1] + str((int(v[-1]) + ri(1, 9)) % 10)
    if k == "tc":
        v = tr_tc()
        return "T.C. Kimlik No", v[:-1] + str((int(v[-1]) + ri(1, 9)) % 10)
    if k == "aadhaar":
        v = in_aadhaar()
        return "Aadhaar", v[:-1] + str((int(v[-1]) + ri(1, 9)) % 10)
    if k == "cnp":
        v = ro_cnp()
        return "CNP", v[:-1] + str((int(v[-1]) + ri(1, 9)) % 10)
    return "SSN", R.choice(["000-%02d-%04d" % (ri(1, 99), ri(1, 9999)), "666-%02d-%04d" % (ri(1, 99), ri(1, 9999)), "%03d-00-%04d" % (ri(1, 665), ri(1, 9999))])


DOC_EXAMPLES = [
    ("env", "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"),
    ("env", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("connstring", "UseDevelopmentStorage=true  # Azurite AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="),
    ("chat", "The jwt.io sample token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c decodes to sub 1234567890."),
    ("python", 'stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"  # sample key from the Stripe docs'),
    ("ini", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
]
TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "3782 822463 10005", "6011 1111 1111 1117",
              "4111 1111 1111 1111", "5105 1051 0510 5100"]


def neg_gens(c):
    h = c.host
    s = c.svc_short
    return {
        "git_sha": lambda: R.choice([("git", "commit " + rs(HEXL, 40) + "\nMerge: " + rs(HEXL, 7) + " " + rs(HEXL, 7)),
                                     ("shell", "git cherry-pick " + rs(HEXL, 12) + " && git push origin HEAD"),
                                     ("ci", "checkout ref " + rs(HEXL, 40) + " (" + R.choice(["main", "release/4.2", "develop"]) + ")")]),
        "uuid": lambda: R.choice([("json", '{"tenant_id": "' + uuid4() + '", "plan": "team"}'), ("log", c.ts + " INFO job " + uuid4() + " finished in %dms" % ri(20, 9000)),
                                  ("yaml", "metadata:\n  uid: " + uuid4())]),
        "sha256_checksum": lambda: R.choice([("shell", rs(HEXL, 64) + "  " + s + "-v%d.%d.%d-linux-amd64.tar.gz" % (ri(0, 9), ri(0, 30), ri(0, 9))),
                                             ("md", "| file | sha256 |\n|---|---|\n| " + s + ".zip | " + rs(HEXL, 64) + " |")]),
        "md5_sha1_hash": lambda: R.choice([("log", "uploaded part " + str(ri(1, 99)) + " md5=" + rs(HEXL, 32)), ("http", 'ETag: "' + rs(HEXL, 32) + '"'),
                                           ("chat", "SHA-1 of the artifact: " + rs(HEXL, 40))]),
        "docker_digest": lambda: ("yaml", "image: " + R.choice(["nginx", "postgres", "redis", "ghcr.io/" + s + "/api"]) + "@sha256:" + rs(HEXL, 64)),
        "sri_integrity": lambda: ("html", '<script src="https://cdn.' + s + '.net/app.%s.js" integrity="sha384-%s" crossorigin="anonymous"></script>' % (rs(HEXL, 8), rs(B64, 64))),
        "lockfile_hash": lambda: R.choice([("requirements", "%s==%d.%d.%d \\\n    --hash=sha256:%s" % (R.choice(["requests", "urllib3", "idna", "certifi"]), ri(1, 3), ri(0, 30), ri(0, 9), rs(HEXL, 64))),
                                           ("yarn", "  resolved \"https://registry.yarnpkg.com/lodash/-/lodash-4.17.%d.tgz\"\n  integrity sha512-%s==" % (ri(10, 21), rs(B64, 86))),
                                           ("gosum", "golang.org/x/%s v0.%d.0 h1:%s=" % (R.choice(["net", "sys", "text"]), ri(10, 30), rs(B64, 43)))]),
        "version_string": lambda: R.choice([("chat", "Upgrade to v%d.%d.%d-rc.%d+build.%d first." % (ri(1, 9), ri(0, 40), ri(0, 20), ri(1, 5), ri(100, 999))),
                                            ("toml", 'version = "%d.%d.%d"\nrust-version = "1.%d"' % (ri(0, 4), ri(0, 30), ri(0, 20), ri(70, 85)))]),
        "build_number": lambda: R.choice([("ci", "Build #%d passed on runner %s-%d" % (ri(10000, 99999), s, ri(1, 9))), ("log", "workflow run %d attempt %d" % (ri(5000000000, 9999999999), ri(1, 3)))]),
        "order_number": lambda: R.choice([("chat", "Order ORD-%d-%06d has shipped." % (ri(2024, 2026), ri(1, 999999))), ("json", '{"order_id": %d, "items": %d}' % (ri(10 ** 9, 10 ** 10), ri(1, 9)))]),
        "invoice_number": lambda: R.choice([("chat", "Invoice INV-%08d is overdue by %d days." % (ri(1, 10 ** 7), ri(3, 60))), ("csv", "invoice,amount\n%d/%05d,%d.%02d" % (ri(2024, 2026), ri(1, 99999), ri(10, 9999), ri(0, 99)))]),
        "tracking_number": lambda: R.choice([("chat", "UPS tracking: 1Z" + rs(UP + DG, 6) + digits(10)), ("chat", "USPS tracking 9400 %s %s %s %s %s" % (digits(4), digits(4), digits(4), digits(4), digits(2))),
                                             ("json", '{"carrier": "DHL", "tracking": "JD%s"}' % digits(18))]),
        "isbn_ean": lambda: R.choice([("chat", "ISBN " + (lambda x: "%s-%s-%s-%s-%s" % (x[:3], x[3], x[4:8], x[8:12], x[12]))(ean13("978"))), ("csv", "sku,ean\n%s,%s" % (rs(UP, 3) + digits(4), ean13(R.choice(["40", "50", "76", "87"]))))]),
        "card_luhn_fail": lambda: ("chat", "card " + bad_luhn_card() + " was rejected: failed Luhn check"),
        "test_card": lambda: ("chat", "Use the test card " + R.choice(TEST_CARDS) + " with any future expiry in sandbox mode."),
        "iban_bad_check": lambda: ("chat", "IBAN " + bad_iban() + " rejected by the validator (bad check digits)"),
        "invalid_national_id": lambda: (lambda lv: ("form", "- " + lv[0] + ": " + lv[1] + "  (checksum invalid, rejected)"))(bad_national()),
        "doc_example_key": lambda: R.choice(DOC_EXAMPLES),
        "placeholder": lambda: R.choice([("env", "OPENAI_API_KEY=<your-api-key>"), ("yaml", "stripe:\n  secret_key: YOUR_STRIPE_SECRET_KEY"),
                                         ("env", "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), ("json", '{"password": "********"}'),
                                         ("shell", "export DB_PASSWORD=REPLACE_ME"), ("python", 'API_KEY = "..."  # fill in')]),
        "redacted_value": lambda: R.choice([("log", c.ts + " auth ok token=sk-ant-***" + rs(AN, 4)), ("chat", "card ending ****-****-****-" + digits(4)),
                                            ("json", '{"api_key": "[REDACTED]", "user": "' + c.user + '"}'), ("env", "SLACK_BOT_TOKEN=xoxb-****************")]),
        "secret_reference": lambda: R.choice([("gha", "        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}"), ("python", 'password = os.environ["DB_PASSWORD"]'),
                                              ("helm", "password: {{ .Values.postgresql.auth.password | quote }}"), ("env", "DB_PASSWORD=op://" + s + "/postgres/password"),
                                              ("hcl", 'password = data.vault_generic_secret.db.data["password"]')]),
        "code_identifier": lambda: R.choice([("python", "def refresh_access_token(self, refresh_token: str) -> str:"), ("js", "const PASSWORD_MIN_LENGTH = %d;" % ri(8, 16)),
                                             ("go", "func (c *Client) SetAPIKeyHeader(req *http.Request) {"), ("java", "private static final String TOKEN_HEADER = \"X-Api-Token\";")]),
        "public_key_ssh": lambda: ("file", R.choice(["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43), "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + rs(B64, 330)]) + " " + c.user + "@" + s),
        "public_key_pem": lambda: ("file", "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(B64, 20) + "\n" + "\n".join(rs(B64, 64) for _ in range(5)) + "\n" + rs(B64, 6) + "IDAQAB\n-----END PUBLIC KEY-----"),
        "certificate_block": lambda: ("file", "-----BEGIN CERTIFICATE-----\nMIID" + rs(B64, 60) + "\n" + "\n".join(rs(B64, 64) for _ in range(8)) + "\n" + rs(B64, 20) + "=\n-----END CERTIFICATE-----"),
        "ip_address": lambda: R.choice([("log", "%s connect from 10.%d.%d.%d:%d" % (c.ts, ri(0, 255), ri(0, 255), ri(1, 254), ri(1024, 65000))),
                                        ("chat", "Allow-list 203.0.113.%d and 2001:db8:%x::%x" % (ri(1, 254), ri(1, 65535), ri(1, 65535)))]),
        "mac_address": lambda: ("log", "dhcp lease for %s on vlan %d" % (":".join(rs(HEXL, 2) for _ in range(6)), ri(2, 400))),
        "coordinates": lambda: ("json", '{"lat": %.6f, "lon": %.6f}' % (R.uniform(-60, 60), R.uniform(-170, 170))),
        "timestamp_date": lambda: R.choice([("log", "last_seen=%d%03d" % (ts_epoch(), ri(0, 999))), ("chat", "Window: 2026-%02d-%02d 14:00 to 2026-%02d-%02d 16:30 UTC" % (ri(1, 6), ri(1, 28), ri(7, 12), ri(1, 28)))]),
        "color_code": lambda: ("css", ":root { --brand: #%s; --accent: #%s; }" % (rs(HEXL, 6), rs(HEXL, 6))),
        "data_uri": lambda: ("html", '<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA' + rs(B64, 80) + '=" />'),
        "k8s_resource_name": lambda: ("shell", "kubectl logs %s-%s-%s -n %s" % (s, rs("bcdfghjklmnpqrstvwxz2456789", 10), rs("bcdfghjklmnpqrstvwxz2456789", 5), s)),
        "cloud_resource_id": lambda: R.choice([("json", '{"RoleArn": "arn:aws:iam::%s:role/%s-deployer"}' % (digits(12, True), s)),
                                               ("chat", "/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.Web/sites/%s" % (uuid4(), s, s))]),
        "trace_request_id": lambda: R.choice([("http", "traceparent: 00-%s-%s-01" % (rs(HEXL, 32), rs(HEXL, 16))), ("log", "request_id=req_%s status=502" % rs(AN, 24))]),
        "object_id": lambda: R.choice([("json", '{"_id": {"$oid": "%s"}}' % rs(HEXL, 24)), ("chat", "ULID 01J%s" % rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23)),
                                       ("log", "message %d deleted" % ri(10 ** 17, 10 ** 18))]),
        "public_identifier": lambda: R.choice([("js", "const stripe = Stripe('pk_live_51" + rs(AN, 97) + "');"), ("html", "gtag('config', 'G-" + rs(UP + DG, 10) + "');"),
                                               ("env", "GOOGLE_CLIENT_ID=" + digits(12, True) + "-" + rs(LO + DG, 32) + ".apps.googleusercontent.com"),
                                               ("env", "NEXT_PUBLIC_SUPABASE_URL=https://" + rs(LO, 20) + ".supabase.co")]),
        "password_prose": lambda: R.choice([("chat", "Passwords must have at least %d characters, one digit and one symbol." % ri(10, 16)),
                                            ("chat", "If you forgot the password, use the reset link; support never asks for it."),
                                            ("yaml", "password_policy:\n  min_length: %d\n  require_symbols: true" % ri(10, 16))]),
        "lei_code": lambda: ("chat", "LEI of the counterparty: " + lei()),
        "swift_bic": lambda: ("form", "- BIC: " + R.choice(["DEUTDEFF", "BNPAFRPP", "COBADEFFXXX", "INGBNL2A", "UBSWCHZH80A", "NWBKGB2L", "BSCHESMM"])),
        "isin": lambda: ("csv", "isin,qty\n%s,%d" % (isin(), ri(1, 5000))),
        "vin": lambda: ("chat", "Vehicle VIN " + vin() + " scheduled for service."),
        "crypto_public_address": lambda: R.choice([("chat", "Send test funds to the public address 0x" + rs(HEXL, 40)), ("json", '{"deposit_address": "bc1q' + rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38) + '"}')]),
        "email_lookalike": lambda: R.choice([("shell", "git clone git@github.com:" + s + "/" + s + "-infra.git"), ("json", '"dependencies": {"@' + s + '/ui": "^%d.%d.0"}' % (ri(1, 9), ri(0, 20))),
                                             ("java", "@Override\npublic String toString() {"), ("css", "@media (max-width: %dpx) { .nav { display: none; } }" % ri(480, 1024)),
                                             ("shell", "ssh " + c.user + "@10.0.%d.%d" % (ri(0, 255), ri(1, 254)))]),
        "numeric_lookalike": lambda: R.choice([("chat", "Revenue grew +%d.%d%% QoQ, churn fell to %d.%d%%." % (ri(1, 40), ri(0, 9), ri(1, 9), ri(0, 9))),
                                               ("chat", "Resolution 1920x1080 at %d fps, bitrate %d kbps" % (R.choice([30, 60, 120]), ri(2000, 9000))),
                                               ("chat", "π ≈ 3.14159 26535 89793 23846"), ("log", "range %d-%d (%d rows)" % (ri(1000, 5000), ri(6000, 9000), ri(100, 999)))]),
        "change_id": lambda: ("git", "Change-Id: I" + rs(HEXL, 40) + "\nReviewed-on: https://review." + s + ".dev/c/" + str(ri(1000, 99999))),
        "base64_non_secret": lambda: ("json", '{"payload": "%s"}' % base64.b64encode(json.dumps({"event": R.choice(["signup", "refund", "login_page_view"]), "count": ri(1, 99)}).encode()).decode()),
    }


NEG_COUNTS = {"placeholder": 6}


def gen_negatives():
    names = sorted(neg_gens(Ctx("en")).keys())
    for cls in names:
        n = NEG_COUNTS.get(cls, 5)
        seen = set()
        k = 0
        while k < n:
            c = Ctx(next_lang())
            carrier, body = neg_gens(c)[cls]()
            if cls in ("doc_example_key",):
                if body in seen:
                    continue
                seen.add(body)
            emit("negative", cls, carrier, c, [body], "look-alike that must stay unchanged (%s)" % cls.replace("_", " "))
            k += 1


# ---------------------------------------------------------------- main
def generate():
    gen_vendor()
    gen_aws_pairs()
    gen_passwords()
    gen_special()
    gen_pii()
    gen_negatives()
    seen, rows = set(), []
    for r in ROWS:
        if r["text"] in seen:
            continue
        seen.add(r["text"])
        rows.append(r)
    R.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "v14_%04d" % i, "text": r["text"], "spans": r["spans"], "kind": r["kind"], "class": r["class"], "reason": r["reason"]})
    return out


def tables(rows):
    from collections import Counter
    sp = Counter(s["type"] for r in rows for s in r["spans"])
    ng = Counter(r["class"].split("/")[0] for r in rows if r["kind"] == "negative")
    print("### Spans per type\n\n| type | spans |\n|---|---|")
    for t in sorted(sp):
        print("| %s | %d |" % (t, sp[t]))
    print("\n### Texts per negative class (must stay unchanged)\n\n| class | texts |\n|---|---|")
    for t in sorted(ng):
        print("| %s | %d |" % (t, ng[t]))


def main():
    rows = generate()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v14.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        pos = sum(r["kind"] == "positive" for r in rows)
        spans = sum(len(r["spans"]) for r in rows)
        types = {s["type"] for r in rows for s in r["spans"]}
        negc = {r["class"].split("/")[0] for r in rows if r["kind"] == "negative"}
        langs = {r["class"].rsplit("-", 1)[1] for r in rows}
        print("texts %d positive %d (%.1f%%) negative %d spans %d (multi-span texts %d) types %d negative classes %d languages %d"
              % (len(rows), pos, 100.0 * pos / len(rows), len(rows) - pos, spans, sum(len(r["spans"]) > 1 for r in rows), len(types), len(negc), len(langs)))
    if "--tables" in sys.argv:
        tables(rows)


if __name__ == "__main__":
    main()
