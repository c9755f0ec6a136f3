#!/usr/bin/env python3
"""Generate heldout_v11.jsonl: a BLIND evaluation set for the secret / personal-data masker.

Standalone, stdlib only, deterministic (random.Random(1111)). Carriers are hand-written; values are
generated format-correct (checksums where the format has one). No value is a real secret.
Run:  python3 generate_heldout_v11.py  [output path]
"""
import base64, hashlib, json, os, random, re, string, sys, zlib

R = random.Random(1111)
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HX = "0123456789abcdef"
HXU = "0123456789ABCDEF"
B64 = AN + "+/"
B64U = AN + "-_"
B32U = UP + "234567"
B62 = DG + UP + LO


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rd(n, first="123456789"):
    return R.choice(first) + rs(DG, n - 1)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ----------------------------------------------------------------------------- checksummed tokens
def base62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def gh_token(prefix):
    body = rs(AN, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_encode(hrp, data8):
    acc = bits = 0
    data = []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hv = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = bech32_polymod(hv + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def age_key():
    return bech32_encode("age-secret-key-", bytes(R.randrange(256) for _ in range(32))).upper()


# ----------------------------------------------------------------------------- vendor credentials
def jwt(alg="HS256", signed=True):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps({"sub": rd(8), "name": R.choice(NAMES), "iat": 1700000000 + R.randrange(10**7),
                         "role": R.choice(["admin", "reader", "service_role", "editor"])},
                        separators=(",", ":")).encode())
    if not signed:
        return h + "." + p + "."
    return h + "." + p + "." + b64u(bytes(R.randrange(256) for _ in range(32)))


def discord_bot():
    uid = rd(18)
    return b64u(uid.encode()) + "." + rs(B64U, 6) + "." + rs(B64U, 38)


def mapbox_sk():
    payload = b64u(json.dumps({"u": R.choice(["geo-team", "mapsdev", "fleetops"]), "a": "cl" + rs(LO + DG, 23)},
                              separators=(",", ":")).encode())
    return "sk." + payload + "." + rs(B64U, 22)


def grafana_cloud():
    j = json.dumps({"o": rd(6), "n": "stack-" + rd(6) + "-hm-read", "k": rs(AN, 32), "m": {"r": "prod-eu-west-2"}},
                   separators=(",", ":"))
    return "glc_" + base64.b64encode(j.encode()).decode()


def onepassword_sa():
    j = json.dumps({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                    "iterations": 650000, "salt": rs(B64U, 22)}, "email": rs(LO + DG, 13) + "@1passwordserviceaccounts.com",
                    "srpX": rs(HX, 64), "muk": {"alg": "A256GCM", "ext": True, "k": rs(B64U, 43), "key_ops": ["decrypt", "encrypt"],
                    "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(UP + DG, 6) + "-" + rs(UP + DG, 11), "throttleSecret": {"seed": rs(HX, 64),
                    "deviceUuid": rs(LO + DG, 26)}, "deviceUuid": rs(LO + DG, 26)}, separators=(",", ":"))
    return "ops_" + b64u(j.encode())


def intercom():
    return base64.b64encode(("tok:" + rs(HX, 8) + "_" + rs(HX, 4) + "_" + rs(HX, 4) + "_" + rs(HX, 4) + ":1:0").encode()).decode()


def twitter_bearer():
    return "A" * 22 + rs(AN, 4) + "AAAAAA" + rs(AN, 13) + "%2B" + rs(AN, 11) + "%3D" + rs(AN, 50)


def oci_token():
    return R.choice(UP) + rs(AN + "()[];:<>+-_.", 19)


# (type, label, ENV name, generator)
VENDORS = [
    ("aws_access_key_id", "AWS access key id", "AWS_ACCESS_KEY_ID", lambda: "AKIA" + rs(B32U, 16)),
    ("aws_secret_access_key", "AWS secret access key", "AWS_SECRET_ACCESS_KEY", lambda: rs(B64, 40)),
    ("aws_temp_access_key_id", "AWS STS temporary key id", "AWS_ACCESS_KEY_ID", lambda: "ASIA" + rs(B32U, 16)),
    ("gcp_api_key", "Google Cloud API key", "GOOGLE_API_KEY", lambda: "AIza" + rs(B64U, 35)),
    ("gcp_oauth_client_secret", "Google OAuth client secret", "GOOGLE_CLIENT_SECRET", lambda: "GOCSPX-" + rs(B64U, 28)),
    ("google_oauth_refresh_token", "Google refresh token", "GOOGLE_REFRESH_TOKEN", lambda: "1//0" + R.choice("3496") + rs(B64U, 98)),
    ("google_oauth_access_token", "Google OAuth access token", "GOOGLE_ACCESS_TOKEN", lambda: "ya29.a0" + rs(B64U, 150)),
    ("azure_storage_account_key", "Azure storage account key", "AZURE_STORAGE_KEY", lambda: rs(B64, 86) + "=="),
    ("azure_ad_client_secret", "Entra ID client secret", "AZURE_CLIENT_SECRET", lambda: rs(AN, 3) + R.choice(DG) + "Q~" + rs(AN + "_~.-", 34)),
    ("azure_devops_pat", "Azure DevOps PAT", "AZURE_DEVOPS_PAT", lambda: rs("abcdefghijklmnopqrstuvwxyz234567", 52)),
    ("azure_openai_key", "Azure OpenAI key", "AZURE_OPENAI_API_KEY", lambda: rs(HX, 32)),
    ("digitalocean_pat", "DigitalOcean token", "DIGITALOCEAN_TOKEN", lambda: "dop_v1_" + rs(HX, 64)),
    ("digitalocean_oauth_token", "DigitalOcean OAuth token", "DO_OAUTH_TOKEN", lambda: "doo_v1_" + rs(HX, 64)),
    ("digitalocean_refresh_token", "DigitalOcean refresh token", "DO_REFRESH_TOKEN", lambda: "dor_v1_" + rs(HX, 64)),
    ("alibaba_access_key_id", "Alibaba Cloud AccessKey ID", "ALIBABA_CLOUD_ACCESS_KEY_ID", lambda: "LTAI" + rs(AN, 20)),
    ("alibaba_access_key_secret", "Alibaba Cloud AccessKey secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda: rs(AN, 30)),
    ("tencent_secret_id", "Tencent Cloud SecretId", "TENCENTCLOUD_SECRET_ID", lambda: "AKID" + rs(AN, 32)),
    ("ibm_cloud_api_key", "IBM Cloud API key", "IBMCLOUD_API_KEY", lambda: rs(B64U, 44)),
    ("oracle_oci_auth_token", "OCI auth token", "OCI_AUTH_TOKEN", oci_token),
    ("yandex_cloud_api_key", "Yandex Cloud API key", "YC_API_KEY", lambda: "AQVN" + rs(B64U, 36)),
    ("github_pat", "GitHub personal access token", "GITHUB_TOKEN", lambda: gh_token("ghp_")),
    ("github_oauth_token", "GitHub OAuth token", "GH_OAUTH_TOKEN", lambda: gh_token("gho_")),
    ("github_user_to_server_token", "GitHub App user token", "GH_USER_TOKEN", lambda: gh_token("ghu_")),
    ("github_app_installation_token", "GitHub App installation token", "GH_INSTALLATION_TOKEN", lambda: gh_token("ghs_")),
    ("github_refresh_token", "GitHub refresh token", "GH_REFRESH_TOKEN", lambda: gh_token("ghr_")),
    ("github_fine_grained_pat", "fine-grained GitHub PAT", "GH_PAT", lambda: "github_pat_11" + rs(UP + DG, 20) + "_" + rs(AN, 59)),
    ("gitlab_pat", "GitLab personal access token", "GITLAB_TOKEN", lambda: "glpat-" + rs(B64U, 20)),
    ("gitlab_pipeline_trigger_token", "GitLab trigger token", "GITLAB_TRIGGER_TOKEN", lambda: "glptt-" + rs(HX, 40)),
    ("gitlab_deploy_token", "GitLab deploy token", "GITLAB_DEPLOY_TOKEN", lambda: "gldt-" + rs(B64U, 20)),
    ("gitlab_runner_token", "GitLab runner token", "RUNNER_TOKEN", lambda: "glrt-" + rs(B64U, 20)),
    ("gitlab_feed_token", "GitLab feed token", "GITLAB_FEED_TOKEN", lambda: "glft-" + rs(B64U, 20)),
    ("gitlab_oauth_app_secret", "GitLab OAuth application secret", "GITLAB_APP_SECRET", lambda: "gloas-" + rs(HX, 64)),
    ("bitbucket_app_password", "Bitbucket app password", "BITBUCKET_APP_PASSWORD", lambda: "ATBB" + rs(AN, 24) + rs(HXU, 8)),
    ("atlassian_api_token", "Atlassian API token", "JIRA_API_TOKEN", lambda: "ATATT3xFfGF0" + rs(B64U, 170) + "=" + rs(HXU, 8)),
    ("npm_token", "npm access token", "NPM_TOKEN", lambda: gh_token("npm_")),
    ("pypi_token", "PyPI API token", "PYPI_API_TOKEN", lambda: "pypi-AgEIcHlwaS5vcmc" + rs(B64U, 140)),
    ("dockerhub_pat", "Docker Hub access token", "DOCKERHUB_TOKEN", lambda: "dckr_pat_" + rs(B64U, 27)),
    ("jfrog_identity_token", "JFrog identity token", "JFROG_ACCESS_TOKEN", lambda: "cmVmdGtuOjAxOjE" + rs(AN, 49)),
    ("jfrog_api_key", "Artifactory API key", "ARTIFACTORY_API_KEY", lambda: "AKCp" + rs(AN, 69)),
    ("terraform_cloud_token", "Terraform Cloud token", "TFE_TOKEN", lambda: rs(AN, 14) + ".atlasv1." + rs(AN, 67)),
    ("vault_service_token", "Vault token", "VAULT_TOKEN", lambda: "hvs." + rs(B64U, 24)),
    ("vault_batch_token", "Vault batch token", "VAULT_BATCH_TOKEN", lambda: "hvb.AAAAAQ" + rs(B64U, 132)),
    ("doppler_personal_token", "Doppler personal token", "DOPPLER_TOKEN", lambda: "dp.pt." + rs(AN, 43)),
    ("doppler_service_token", "Doppler service token", "DOPPLER_SERVICE_TOKEN", lambda: "dp.st.prd." + rs(AN, 43)),
    ("pulumi_access_token", "Pulumi access token", "PULUMI_ACCESS_TOKEN", lambda: "pul-" + rs(HX, 40)),
    ("hcp_client_secret", "HCP service principal secret", "HCP_CLIENT_SECRET", lambda: rs(AN + "-_", 64)),
    ("circleci_pat", "CircleCI personal token", "CIRCLECI_TOKEN", lambda: "CCIPAT_" + rs(AN, 22) + "_" + rs(HX, 40)),
    ("rubygems_api_key", "RubyGems API key", "GEM_HOST_API_KEY", lambda: "rubygems_" + rs(HX, 48)),
    ("nuget_api_key", "NuGet API key", "NUGET_API_KEY", lambda: "oy2" + rs(LO + DG, 43)),
    ("sonarqube_token", "SonarQube token", "SONAR_TOKEN", lambda: R.choice(["squ_", "sqp_", "sqa_"]) + rs(HX, 40)),
    ("buildkite_token", "Buildkite API token", "BUILDKITE_API_TOKEN", lambda: "bkua_" + rs(HX, 40)),
    ("sourcegraph_token", "Sourcegraph access token", "SRC_ACCESS_TOKEN", lambda: "sgp_" + rs(HX, 16) + "_" + rs(HX, 40)),
    ("postman_api_key", "Postman API key", "POSTMAN_API_KEY", lambda: "PMAK-" + rs(HX, 24) + "-" + rs(HX, 34)),
    ("grafana_service_account_token", "Grafana service account token", "GRAFANA_TOKEN", lambda: "glsa_" + rs(AN, 32) + "_" + rs(HX, 8)),
    ("grafana_cloud_token", "Grafana Cloud access policy token", "GRAFANA_CLOUD_TOKEN", grafana_cloud),
    ("sentry_user_token", "Sentry auth token", "SENTRY_AUTH_TOKEN", lambda: "sntryu_" + rs(HX, 64)),
    ("datadog_api_key", "Datadog API key", "DD_API_KEY", lambda: rs(HX, 32)),
    ("datadog_app_key", "Datadog application key", "DD_APP_KEY", lambda: rs(HX, 40)),
    ("newrelic_user_key", "New Relic user key", "NEW_RELIC_API_KEY", lambda: "NRAK-" + rs(UP + DG, 27)),
    ("newrelic_insert_key", "New Relic insert key", "NEW_RELIC_INSERT_KEY", lambda: "NRII-" + rs(B64U, 32)),
    ("pagerduty_api_key", "PagerDuty API key", "PAGERDUTY_TOKEN", lambda: "u+" + rs(B64U, 18)),
    ("dynatrace_token", "Dynatrace API token", "DT_API_TOKEN", lambda: "dt0c01." + rs(UP + DG, 24) + "." + rs(UP + DG, 64)),
    ("slack_bot_token", "Slack bot token", "SLACK_BOT_TOKEN", lambda: "xoxb-" + rd(12) + "-" + rd(13) + "-" + rs(AN, 24)),
    ("slack_user_token", "Slack user token", "SLACK_USER_TOKEN", lambda: "xoxp-" + rd(12) + "-" + rd(12) + "-" + rd(13) + "-" + rs(HX, 32)),
    ("slack_app_token", "Slack app-level token", "SLACK_APP_TOKEN", lambda: "xapp-1-A" + rs(UP + DG, 10) + "-" + rd(13) + "-" + rs(HX, 64)),
    ("slack_webhook", "Slack incoming webhook", "SLACK_WEBHOOK_URL", lambda: "https://hooks.slack.com/services/T" + rs(UP + DG, 8) + "/B" + rs(UP + DG, 10) + "/" + rs(AN, 24)),
    ("stripe_secret_key", "Stripe secret key", "STRIPE_SECRET_KEY", lambda: "sk_live_51" + rs(AN, 97)),
    ("stripe_restricted_key", "Stripe restricted key", "STRIPE_RESTRICTED_KEY", lambda: "rk_live_51" + rs(AN, 97)),
    ("stripe_webhook_secret", "Stripe webhook signing secret", "STRIPE_WEBHOOK_SECRET", lambda: "whsec_" + rs(AN, 32)),
    ("twilio_auth_token", "Twilio auth token", "TWILIO_AUTH_TOKEN", lambda: rs(HX, 32)),
    ("sendgrid_api_key", "SendGrid API key", "SENDGRID_API_KEY", lambda: "SG." + rs(B64U, 22) + "." + rs(B64U, 43)),
    ("mailgun_api_key", "Mailgun API key", "MAILGUN_API_KEY", lambda: "key-" + rs(HX, 32)),
    ("mailchimp_api_key", "Mailchimp API key", "MAILCHIMP_API_KEY", lambda: rs(HX, 32) + "-us" + str(R.randint(1, 21))),
    ("brevo_api_key", "Brevo API key", "BREVO_API_KEY", lambda: "xkeysib-" + rs(HX, 64) + "-" + rs(AN, 16)),
    ("shopify_access_token", "Shopify Admin API token", "SHOPIFY_ACCESS_TOKEN", lambda: "shpat_" + rs(HX, 32)),
    ("shopify_shared_secret", "Shopify shared secret", "SHOPIFY_API_SECRET", lambda: "shpss_" + rs(HX, 32)),
    ("shopify_custom_app_token", "Shopify custom app token", "SHOPIFY_CUSTOM_TOKEN", lambda: "shpca_" + rs(HX, 32)),
    ("shopify_private_app_password", "Shopify private app password", "SHOPIFY_PASSWORD", lambda: "shppa_" + rs(HX, 32)),
    ("square_access_token", "Square access token", "SQUARE_ACCESS_TOKEN", lambda: "EAAA" + rs(B64U, 60)),
    ("square_oauth_secret", "Square OAuth secret", "SQUARE_APP_SECRET", lambda: "sq0csp-" + rs(B64U, 43)),
    ("braintree_access_token", "Braintree access token", "BRAINTREE_ACCESS_TOKEN", lambda: "access_token$production$" + rs(LO + DG, 16) + "$" + rs(HX, 32)),
    ("paypal_client_secret", "PayPal client secret", "PAYPAL_CLIENT_SECRET", lambda: "E" + rs(B64U, 79)),
    ("flutterwave_secret_key", "Flutterwave secret key", "FLW_SECRET_KEY", lambda: "FLWSECK-" + rs(HX, 32) + "-X"),
    ("paystack_secret_key", "Paystack secret key", "PAYSTACK_SECRET_KEY", lambda: "sk_live_" + rs(HX, 40)),
    ("linear_api_key", "Linear API key", "LINEAR_API_KEY", lambda: "lin_api_" + rs(AN, 40)),
    ("notion_token", "Notion integration token", "NOTION_TOKEN", lambda: R.choice(["ntn_" + rd(11) + rs(AN, 35), "secret_" + rs(AN, 43)])),
    ("airtable_pat", "Airtable personal access token", "AIRTABLE_TOKEN", lambda: "pat" + rs(AN, 14) + "." + rs(HX, 64)),
    ("asana_pat", "Asana personal access token", "ASANA_TOKEN", lambda: "2/" + rd(16) + "/" + rd(16) + ":" + rs(HX, 32)),
    ("figma_pat", "Figma personal access token", "FIGMA_TOKEN", lambda: "figd_" + rs(B64U, 40)),
    ("clickup_api_token", "ClickUp API token", "CLICKUP_TOKEN", lambda: "pk_" + rd(8) + "_" + rs(UP + DG, 32)),
    ("contentful_pat", "Contentful management token", "CONTENTFUL_MANAGEMENT_TOKEN", lambda: "CFPAT-" + rs(B64U, 43)),
    ("openai_api_key", "OpenAI API key", "OPENAI_API_KEY", lambda: "sk-proj-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74)),
    ("openai_service_account_key", "OpenAI service account key", "OPENAI_API_KEY", lambda: "sk-svcacct-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74)),
    ("anthropic_api_key", "Anthropic API key", "ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + rs(B64U, 93) + "AA"),
    ("anthropic_admin_key", "Anthropic admin key", "ANTHROPIC_ADMIN_KEY", lambda: "sk-ant-admin01-" + rs(B64U, 93) + "AA"),
    ("huggingface_token", "Hugging Face token", "HF_TOKEN", lambda: "hf_" + rs(UP + LO, 34)),
    ("cohere_api_key", "Cohere API key", "COHERE_API_KEY", lambda: rs(AN, 40)),
    ("replicate_api_token", "Replicate API token", "REPLICATE_API_TOKEN", lambda: "r8_" + rs(AN, 37)),
    ("groq_api_key", "Groq API key", "GROQ_API_KEY", lambda: "gsk_" + rs(AN, 52)),
    ("perplexity_api_key", "Perplexity API key", "PPLX_API_KEY", lambda: "pplx-" + rs(AN, 48)),
    ("xai_api_key", "xAI API key", "XAI_API_KEY", lambda: "xai-" + rs(AN, 80)),
    ("mistral_api_key", "Mistral API key", "MISTRAL_API_KEY", lambda: rs(AN, 32)),
    ("elevenlabs_api_key", "ElevenLabs API key", "ELEVENLABS_API_KEY", lambda: "sk_" + rs(HX, 48)),
    ("pinecone_api_key", "Pinecone API key", "PINECONE_API_KEY", lambda: "pcsk_" + rs(AN, 5) + "_" + rs(AN, 64)),
    ("langsmith_api_key", "LangSmith API key", "LANGSMITH_API_KEY", lambda: "lsv2_pt_" + rs(HX, 32) + "_" + rs(HX, 10)),
    ("telegram_bot_token", "Telegram bot token", "TELEGRAM_BOT_TOKEN", lambda: rd(10) + ":AA" + rs(B64U, 33)),
    ("discord_bot_token", "Discord bot token", "DISCORD_TOKEN", discord_bot),
    ("discord_webhook", "Discord webhook", "DISCORD_WEBHOOK_URL", lambda: "https://discord.com/api/webhooks/" + rd(19) + "/" + rs(B64U, 68)),
    ("okta_api_token", "Okta API token", "OKTA_API_TOKEN", lambda: "00" + rs(B64U, 40)),
    ("auth0_client_secret", "Auth0 client secret", "AUTH0_CLIENT_SECRET", lambda: rs(B64U, 64)),
    ("firebase_fcm_server_key", "FCM server key", "FCM_SERVER_KEY", lambda: "AAAA" + rs(B64U, 7) + ":APA91b" + rs(B64U, 134)),
    ("supabase_pat", "Supabase access token", "SUPABASE_ACCESS_TOKEN", lambda: "sbp_" + rs(HX, 40)),
    ("supabase_secret_key", "Supabase secret key", "SUPABASE_SECRET_KEY", lambda: "sb_secret_" + rs(B64U, 31)),
    ("vercel_token", "Vercel token", "VERCEL_TOKEN", lambda: rs(AN, 24)),
    ("netlify_pat", "Netlify access token", "NETLIFY_AUTH_TOKEN", lambda: "nfp_" + rs(AN, 36)),
    ("heroku_api_key", "Heroku API key", "HEROKU_API_KEY", lambda: "HRKU-AA" + rs(B64U, 58)),
    ("cloudflare_api_token", "Cloudflare API token", "CLOUDFLARE_API_TOKEN", lambda: rs(B64U, 40)),
    ("cloudflare_global_api_key", "Cloudflare global API key", "CF_API_KEY", lambda: rs(HX, 37)),
    ("cloudflare_origin_ca_key", "Cloudflare Origin CA key", "CF_ORIGIN_CA_KEY", lambda: "v1.0-" + rs(HX, 24) + "-" + rs(HX, 146)),
    ("fastly_api_token", "Fastly API token", "FASTLY_API_TOKEN", lambda: rs(B64U, 32)),
    ("mapbox_secret_token", "Mapbox secret token", "MAPBOX_SECRET_TOKEN", mapbox_sk),
    ("algolia_admin_key", "Algolia admin API key", "ALGOLIA_ADMIN_KEY", lambda: rs(HX, 32)),
    ("age_secret_key", "age identity", "SOPS_AGE_KEY", age_key),
    ("shippo_api_token", "Shippo live token", "SHIPPO_TOKEN", lambda: "shippo_live_" + rs(HX, 40)),
    ("databricks_token", "Databricks token", "DATABRICKS_TOKEN", lambda: "dapi" + rs(HX, 32)),
    ("duffel_api_token", "Duffel live token", "DUFFEL_TOKEN", lambda: "duffel_live_" + rs(B64U, 43)),
    ("easypost_api_key", "EasyPost production key", "EASYPOST_API_KEY", lambda: "EZAK" + rs(AN, 54)),
    ("planetscale_token", "PlanetScale service token", "PLANETSCALE_TOKEN", lambda: "pscale_tkn_" + rs(B64U, 43)),
    ("planetscale_password", "PlanetScale database password", "DATABASE_PASSWORD", lambda: "pscale_pw_" + rs(B64U, 43)),
    ("prefect_api_key", "Prefect API key", "PREFECT_API_KEY", lambda: "pnu_" + rs(AN, 36)),
    ("readme_api_key", "ReadMe API key", "README_API_KEY", lambda: "rdme_" + rs(LO + DG, 70)),
    ("typeform_pat", "Typeform token", "TYPEFORM_TOKEN", lambda: "tfp_" + rs(B64U, 44) + "_" + rs(B64U, 14)),
    ("adafruit_io_key", "Adafruit IO key", "ADAFRUIT_IO_KEY", lambda: "aio_" + rs(AN, 28)),
    ("clojars_token", "Clojars deploy token", "CLOJARS_PASSWORD", lambda: "CLOJARS_" + rs(HX, 60)),
    ("tailscale_auth_key", "Tailscale auth key", "TS_AUTHKEY", lambda: "tskey-auth-k" + rs(AN, 10) + "CNTRL-" + rs(AN, 33)),
    ("ngrok_authtoken", "ngrok authtoken", "NGROK_AUTHTOKEN", lambda: "2" + rs(AN, 26) + "_" + rs(AN, 21)),
    ("infracost_api_key", "Infracost API key", "INFRACOST_API_KEY", lambda: "ico-" + rs(AN, 32)),
    ("dropbox_access_token", "Dropbox access token", "DROPBOX_TOKEN", lambda: "sl.B" + rs(B64U, 135)),
    ("facebook_access_token", "Facebook page token", "FB_PAGE_TOKEN", lambda: "EAAB" + rs(AN, 180)),
    ("twitter_bearer_token", "X/Twitter bearer token", "TWITTER_BEARER_TOKEN", twitter_bearer),
    ("zendesk_api_token", "Zendesk API token", "ZENDESK_API_TOKEN", lambda: rs(AN, 40)),
    ("intercom_access_token", "Intercom access token", "INTERCOM_TOKEN", intercom),
    ("harness_pat", "Harness PAT", "HARNESS_API_KEY", lambda: "pat." + rs(B64U, 22) + "." + rs(HX, 24) + "." + rs(AN, 20)),
    ("onepassword_service_account_token", "1Password service account token", "OP_SERVICE_ACCOUNT_TOKEN", onepassword_sa),
    ("flyio_token", "Fly.io token", "FLY_API_TOKEN", lambda: "fo1_" + rs(B64U, 43)),
    ("render_api_key", "Render API key", "RENDER_API_KEY", lambda: "rnd_" + rs(AN, 32)),
    ("coinbase_api_secret", "Coinbase API secret", "COINBASE_API_SECRET", lambda: rs(AN, 32)),
]
VTYPES = {v[0]: v for v in VENDORS}

# ----------------------------------------------------------------------------- national ids
def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def ssn_us():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def nino_uk():
    bad1, bad2 = set("DFIQUV"), set("DFIQUVO")
    while True:
        p = R.choice(UP) + R.choice(UP)
        if p[0] not in bad1 and p[1] not in bad2 and p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = rs(DG, 6)
    sfx = R.choice("ABCD")
    return R.choice([p + d + sfx, "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], sfx)])


def steuer_id():
    while True:
        digs = list(range(10))
        R.shuffle(digs)
        first = [d for d in digs if d][0]
        rest = [d for d in digs if d != first]
        ten = [first] + R.sample(rest, 8)
        dup = R.choice(ten)
        ten.insert(R.randint(1, 9), dup)
        ten = ten[:10]
        cnt = {}
        for d in ten:
            cnt[d] = cnt.get(d, 0) + 1
        if ten[0] != 0 and sorted(cnt.values(), reverse=True)[0] == 2 and list(cnt.values()).count(2) == 1:
            break
    prod = 10
    for d in ten:
        s = (d + prod) % 10
        if s == 0:
            s = 10
        prod = (s * 2) % 11
    chk = 11 - prod
    if chk == 10:
        chk = 0
    n = "".join(map(str, ten)) + str(chk)
    return R.choice([n, "%s %s %s %s" % (n[:2], n[2:5], n[5:8], n[8:])])


def nir_fr():
    base = "%d%02d%02d%02d%03d%03d" % (R.randint(1, 2), R.randint(40, 99), R.randint(1, 12), R.randint(1, 95), R.randint(1, 990), R.randint(1, 999))
    key = 97 - int(base) % 97
    return R.choice(["%s %s %s %s %s %s %02d" % (base[0], base[1:3], base[3:5], base[5:7], base[7:10], base[10:13], key), base + "%02d" % key])


def dni_es():
    n = R.randint(10000000, 99999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def nie_es():
    p = R.choice("XYZ")
    n = R.randint(1000000, 9999999)
    num = int(str("XYZ".index(p)) + "%07d" % n)
    return "%s%07d%s" % (p, n, "TRWAGMYFPDXBNJZSQVHLCKE"[num % 23])


CF_ODD = dict(zip(DG + UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf_check(s15):
    t = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0:
            t += CF_ODD[ch]
        else:
            t += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + t % 26)


def codice_fiscale():
    cons = "BCDFGHJKLMNPQRSTVZ"
    s = rs(cons, 3) + rs(cons, 3) + "%02d" % R.randint(40, 99) + R.choice("ABCDEHLMPRST")
    day = R.randint(1, 28) + R.choice([0, 40])
    s += "%02d" % day + R.choice(["H501", "F205", "L219", "A944", "G273", "D612"])
    return s + cf_check(s)


def bsn_nl():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def cpf_br():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 1:
            break
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        d.append((s * 10) % 11 % 10)
    s = "".join(map(str, d))
    return R.choice(["%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), s])


def cnpj_br():
    d = [R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(x * y for x, y in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return "%s.%s.%s/%s-%s" % (s[:2], s[2:5], s[5:8], s[8:12], s[12:])


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
      [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar():
    n = rd(11, "23456789")
    c = 0
    for i, ch in enumerate(reversed(n)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    n += str(VINV[c])
    return R.choice(["%s %s %s" % (n[:4], n[4:8], n[8:]), n, "%s-%s-%s" % (n[:4], n[4:8], n[8:])])


def cn_id():
    base = R.choice(["110101", "310104", "440305", "510104", "330106", "420102"]) + "%04d%02d%02d" % (R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28)) + "%03d" % R.randint(1, 999)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return base + "10X98765432"[sum(int(a) * b for a, b in zip(base, w)) % 11]


def kr_rrn():
    y = R.randint(50, 99)
    base = "%02d%02d%02d" % (y, R.randint(1, 12), R.randint(1, 28)) + R.choice("12") + rs(DG, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(base, w)) % 11) % 10
    return base[:6] + "-" + base[6:] + str(c)


def se_pnr():
    base = "%02d%02d%02d%03d" % (R.randint(40, 99), R.randint(1, 12), R.randint(1, 28), R.randint(0, 999))
    n = base + luhn_digit(base)
    return R.choice([n[:6] + "-" + n[6:], "19" + n[:6] + "-" + n[6:]])


def pesel():
    y = R.randint(0, 99)
    m = R.randint(1, 12) + (20 if y < 10 else 0)
    y = y if y >= 10 else y
    base = "%02d%02d%02d%04d" % (y, m, R.randint(1, 28), R.randint(0, 9999))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return base + str((10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10)


def hetu_fi():
    dd, mm, yy = R.randint(1, 28), R.randint(1, 12), R.randint(0, 99)
    sign = "-" if yy > 20 else R.choice("-A")
    nnn = R.randint(2, 899)
    n = int("%02d%02d%02d%03d" % (dd, mm, yy, nnn))
    return "%02d%02d%02d%s%03d%s" % (dd, mm, yy, sign, nnn, "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31])


def fnr_no():
    while True:
        b = "%02d%02d%02d%03d" % (R.randint(1, 28), R.randint(1, 12), R.randint(40, 99), R.randint(0, 499))
        d = list(map(int, b))
        k1 = 11 - sum(x * w for x, w in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(x * w for x, w in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b + str(k1) + str(k2)


def be_nn():
    b = "%02d%02d%02d%03d" % (R.randint(40, 99), R.randint(1, 12), R.randint(1, 28), R.randint(1, 997))
    c = 97 - int(b) % 97
    return "%s.%s.%s-%s.%02d" % (b[:2], b[2:4], b[4:6], b[6:9], c)


def nif_pt():
    while True:
        b = R.choice("1235") + rs(DG, 7)
        c = 11 - sum(int(a) * w for a, w in zip(b, range(9, 1, -1))) % 11
        c = 0 if c >= 10 else c
        return b + str(c)


def ahv_ch():
    b = "756" + rs(DG, 9)
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(b))
    n = b + str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (n[:3], n[3:7], n[7:11], n[11:])


def sin_ca():
    b = R.choice("1234567") + rs(DG, 7)
    n = b + luhn_digit(b)
    return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:])])


CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_mx():
    cons = "BCDFGHJKLMNPQRSTVXZ"
    s = R.choice(cons) + R.choice("AEIOU") + rs(UP.replace("Ñ", ""), 2) + "%02d%02d%02d" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28))
    s += R.choice("HM") + R.choice(["DF", "JC", "NL", "PL", "VZ", "GT"]) + rs(cons, 3) + rs(DG, 1)
    t = sum(CURP_ALPHA.index(ch) * (18 - i) for i, ch in enumerate(s))
    return s + str((10 - t % 10) % 10)


def rut_cl():
    n = R.randint(5000000, 25000000)
    s, m = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    c = 11 - s % 11
    c = "0" if c == 11 else ("K" if c == 10 else str(c))
    return "{:,}".format(n).replace(",", ".") + "-" + c


def cuit_ar():
    while True:
        b = R.choice(["20", "27", "23"]) + "%08d" % R.randint(10000000, 45000000)
        c = 11 - sum(int(a) * w for a, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        return "%s-%s-%d" % (b[:2], b[2:], c)


def za_id():
    b = "%02d%02d%02d%04d%d8" % (R.randint(40, 99), R.randint(1, 12), R.randint(1, 28), R.randint(0, 9999), R.randint(0, 1))
    return b + luhn_digit(b)


def il_id():
    b = rs(DG, 8)
    return b + luhn_digit(b)


def tc_kimlik():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def my_number_jp():
    b = rs(DG, 11)
    p = list(map(int, reversed(b)))
    s = sum(p[n - 1] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    n = b + str(c)
    return R.choice([n, "%s %s %s" % (n[:4], n[4:8], n[8:])])


def nric_sg():
    p = R.choice("ST")
    b = rs(DG, 7)
    s = sum(int(a) * w for a, w in zip(b, [2, 7, 6, 5, 4, 3, 2])) + (4 if p == "T" else 0)
    return p + b + "JZIHGFEDCBA"[s % 11]


def hkid():
    L = R.choice(UP)
    b = rs(DG, 6)
    s = 36 * 9 + (ord(L) - 55) * 8 + sum(int(a) * w for a, w in zip(b, [7, 6, 5, 4, 3, 2]))
    c = (11 - s % 11) % 11
    c = "A" if c == 10 else str(c)
    return "%s%s(%s)" % (L, b, c)


def ppsn_ie():
    b = rs(DG, 7)
    s = sum(int(a) * w for a, w in zip(b, [8, 7, 6, 5, 4, 3, 2]))
    return b + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]


def cnp_ro():
    b = R.choice("12") + "%02d%02d%02d" % (R.randint(40, 99), R.randint(1, 12), R.randint(1, 28)) + "%02d" % R.randint(1, 40) + "%03d" % R.randint(1, 999)
    s = sum(int(a) * int(w) for a, w in zip(b, "279146358279")) % 11
    return b + ("1" if s == 10 else str(s))


def isikukood_ee():
    b = R.choice("3456") + "%02d%02d%02d" % (R.randint(40, 99), R.randint(1, 12), R.randint(1, 28)) + "%03d" % R.randint(0, 999)
    d = list(map(int, b))
    c = sum(x * w for x, w in zip(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
    if c == 10:
        c = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
        c = 0 if c == 10 else c
    return b + str(c)


def rc_cz():
    while True:
        b = "%02d%02d%02d%03d" % (R.randint(55, 99), R.randint(1, 12) + R.choice([0, 50]), R.randint(1, 28), R.randint(0, 999))
        c = int(b) % 11
        if c == 10:
            continue
        n = b + str(c)
        return n[:6] + "/" + n[6:]


def tfn_au():
    while True:
        b = rs(DG, 8)
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        s = sum(int(a) * x for a, x in zip(b, w[:8]))
        for last in range(10):
            if (s + last * 10) % 11 == 0:
                n = b + str(last)
                return "%s %s %s" % (n[:3], n[3:6], n[6:])


def svnr_at():
    while True:
        nnn = "%03d" % R.randint(100, 999)
        dob = "%02d%02d%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(40, 99))
        d = list(map(int, nnn + "0" + dob))
        s = sum(x * w for x, w in zip(d, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6])) % 11
        if s == 10:
            continue
        return nnn + str(s) + " " + dob


def pan_in():
    return rs(UP, 3) + "P" + R.choice(UP) + rs(DG, 4) + R.choice(UP)


NATIONAL = [
    ("ssn_us", ssn_us), ("nino_uk", nino_uk), ("steuer_id_de", steuer_id), ("nir_fr", nir_fr), ("dni_es", dni_es),
    ("nie_es", nie_es), ("codice_fiscale_it", codice_fiscale), ("bsn_nl", bsn_nl), ("cpf_br", cpf_br), ("cnpj_br", cnpj_br),
    ("aadhaar_in", aadhaar), ("pan_in", pan_in), ("resident_id_cn", cn_id), ("rrn_kr", kr_rrn), ("personnummer_se", se_pnr),
    ("pesel_pl", pesel), ("hetu_fi", hetu_fi), ("fodselsnummer_no", fnr_no), ("national_number_be", be_nn), ("nif_pt", nif_pt),
    ("ahv_ch", ahv_ch), ("sin_ca", sin_ca), ("curp_mx", curp_mx), ("rut_cl", rut_cl), ("cuit_ar", cuit_ar), ("id_za", za_id),
    ("teudat_zehut_il", il_id), ("tc_kimlik_tr", tc_kimlik), ("my_number_jp", my_number_jp), ("nric_sg", nric_sg),
    ("hkid_hk", hkid), ("ppsn_ie", ppsn_ie), ("cnp_ro", cnp_ro), ("isikukood_ee", isikukood_ee), ("rodne_cislo_cz", rc_cz),
    ("tfn_au", tfn_au), ("svnr_at", svnr_at),
]

# ----------------------------------------------------------------------------- cards, ibans
CARD_BRANDS = [("visa", lambda: "4" + rs(DG, 14), 16), ("mastercard", lambda: str(R.randint(51, 55)) + rs(DG, 13), 16),
               ("mastercard2", lambda: str(R.randint(2221, 2720)) + rs(DG, 11), 16), ("amex", lambda: R.choice(["34", "37"]) + rs(DG, 12), 15),
               ("discover", lambda: "6011" + rs(DG, 11), 16), ("jcb", lambda: str(R.randint(3528, 3589)) + rs(DG, 11), 16),
               ("diners", lambda: "36" + rs(DG, 11), 14), ("unionpay", lambda: "62" + rs(DG, 16), 19), ("maestro", lambda: "6759" + rs(DG, 14), 19),
               ("mir", lambda: "220" + str(R.randint(0, 4)) + rs(DG, 11), 16)]


def card(brand=None):
    b = [x for x in CARD_BRANDS if x[0] == brand][0] if brand else R.choice(CARD_BRANDS)
    n = b[1]()
    n = n + luhn_digit(n)
    L = len(n)
    style = R.choice(["space", "dash", "compact"])
    if L == 15:
        g = [n[:4], n[4:10], n[10:]]
    elif L == 14:
        g = [n[:4], n[4:10], n[10:]]
    elif L == 19:
        g = [n[:4], n[4:8], n[8:12], n[12:16], n[16:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    if style == "compact":
        return b[0], n
    return b[0], (" " if style == "space" else "-").join(g)


IBAN_FMT = {"DE": "18n", "FR": "10n11c2n", "GB": "4a14n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "BE": "12n", "AT": "16n",
            "CH": "5n12c", "PL": "24n", "SE": "20n", "DK": "14n", "FI": "14n", "NO": "11n", "PT": "21n", "IE": "4a14n", "LU": "3n13c",
            "CZ": "20n", "SK": "20n", "HU": "24n", "RO": "4a16c", "GR": "7n16c", "BG": "4a6n8c", "HR": "17n", "SI": "15n", "LT": "16n",
            "LV": "4a13c", "EE": "16n", "TR": "5n1n16c", "SA": "2n18c", "AE": "3n16n", "IL": "19n", "BR": "23n1a1c", "MT": "4a5n18c",
            "CY": "8n16c", "IS": "22n", "MC": "10n11c2n", "LI": "5n12c", "UA": "6n19c", "QA": "4a21c"}


def iban_check(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return "%02d" % (98 - int(num) % 97)


def iban(cc, grouped=None):
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([nac])", IBAN_FMT[cc]):
        bban += rs({"n": DG, "a": UP, "c": UP + DG}[kind], int(cnt))
    s = cc + iban_check(cc, bban) + bban
    if grouped is None:
        grouped = R.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


# ----------------------------------------------------------------------------- phones
PHONES = {  # region: (lang, national formats, international formats)
    "US": ("en", ["(415) 3XX-XXXX", "212-4XX-XXXX"], ["+1 415 3XX XXXX", "+1-312-6XX-XXXX"]),
    "CA": ("fr", ["(514) 2XX-XXXX"], ["+1 604 2XX XXXX"]),
    "GB": ("en", ["020 7XXX XXXX", "07911 XXXXXX"], ["+44 20 7XXX XXXX", "+44 7911 XXXXXX"]),
    "DE": ("de", ["030 XXXXXXXX", "0151 XXXXXXXX"], ["+49 30 XXXXXXXX", "+49 (0)151 XXXXXXXX"]),
    "FR": ("fr", ["01 XX XX XX XX", "06 XX XX XX XX"], ["+33 1 XX XX XX XX", "+33 6 XX XX XX XX"]),
    "ES": ("es", ["91X XXX XXX", "6XX XX XX XX"], ["+34 91X XX XX XX", "+34 6XX XXX XXX"]),
    "IT": ("it", ["02 XXXX XXXX", "3XX XXX XXXX"], ["+39 02 XXXX XXXX", "+39 3XX XXX XXXX"]),
    "NL": ("nl", ["020-XXX XXXX", "06-XXXXXXXX"], ["+31 20 XXX XXXX", "+31 6 XXXXXXXX"]),
    "BE": ("nl", ["02 XXX XX XX"], ["+32 4XX XX XX XX"]),
    "CH": ("de", ["044 XXX XX XX"], ["+41 79 XXX XX XX"]),
    "AT": ("de", ["01 XXXXXXX"], ["+43 664 XXXXXXX"]),
    "SE": ("sv", ["08-XXX XXX XX", "070-XXX XX XX"], ["+46 8 XXX XXX XX", "+46 70 XXX XX XX"]),
    "NO": ("no", ["22 XX XX XX"], ["+47 4XX XX XXX"]),
    "DK": ("da", ["3X XX XX XX"], ["+45 2X XX XX XX"]),
    "FI": ("fi", ["040 XXX XXXX"], ["+358 40 XXX XXXX"]),
    "PL": ("pl", ["5XX XXX XXX"], ["+48 5XX XXX XXX", "+48 22 XXX XX XX"]),
    "CZ": ("cs", ["6XX XXX XXX"], ["+420 6XX XXX XXX"]),
    "PT": ("pt", ["21X XXX XXX", "91X XXX XXX"], ["+351 91X XXX XXX"]),
    "IE": ("en", ["01 XXX XXXX"], ["+353 8X XXX XXXX"]),
    "GR": ("el", ["21X XXX XXXX"], ["+30 69X XXX XXXX"]),
    "TR": ("tr", ["0532 XXX XX XX"], ["+90 532 XXX XX XX"]),
    "RU": ("ru", ["8 (495) XXX-XX-XX"], ["+7 495 XXX-XX-XX", "+7 9XX XXX-XX-XX"]),
    "UA": ("uk", ["044 XXX XX XX"], ["+380 67 XXX XX XX"]),
    "IL": ("he", ["03-XXX-XXXX", "05X-XXX-XXXX"], ["+972 5X-XXX-XXXX"]),
    "AE": ("ar", ["04 XXX XXXX", "05X XXX XXXX"], ["+971 5X XXX XXXX"]),
    "SA": ("ar", ["05X XXX XXXX"], ["+966 5X XXX XXXX"]),
    "EG": ("ar", ["010 XXXX XXXX"], ["+20 10 XXXX XXXX"]),
    "ZA": ("en", ["021 XXX XXXX", "08X XXX XXXX"], ["+27 8X XXX XXXX"]),
    "NG": ("en", ["080X XXX XXXX"], ["+234 80X XXX XXXX"]),
    "KE": ("sw", ["07XX XXX XXX"], ["+254 7XX XXX XXX"]),
    "IN": ("hi", ["098XX XXXXX"], ["+91 98XXX XXXXX", "+91-98XXX-XXXXX"]),
    "PK": ("en", ["0300 XXXXXXX"], ["+92 300 XXXXXXX"]),
    "CN": ("zh", ["138 XXXX XXXX", "010-XXXX XXXX"], ["+86 138 XXXX XXXX", "+86 10 XXXX XXXX"]),
    "JP": ("ja", ["03-XXXX-XXXX", "090-XXXX-XXXX"], ["+81 90-XXXX-XXXX", "+81 3-XXXX-XXXX"]),
    "KR": ("ko", ["010-XXXX-XXXX", "02-XXX-XXXX"], ["+82 10-XXXX-XXXX"]),
    "TW": ("zh", ["0912-XXX-XXX"], ["+886 912 XXX XXX"]),
    "HK": ("zh", ["9XXX XXXX"], ["+852 9XXX XXXX"]),
    "SG": ("en", ["9XXX XXXX"], ["+65 9XXX XXXX"]),
    "MY": ("ms", ["012-XXX XXXX"], ["+60 12-XXX XXXX"]),
    "ID": ("id", ["0812-XXXX-XXXX"], ["+62 812-XXXX-XXXX"]),
    "TH": ("th", ["08X XXX XXXX"], ["+66 8X XXX XXXX"]),
    "VN": ("vi", ["09X XXX XX XX"], ["+84 9X XXX XX XX"]),
    "PH": ("en", ["0917 XXX XXXX"], ["+63 917 XXX XXXX"]),
    "AU": ("en", ["(02) XXXX XXXX", "04XX XXX XXX"], ["+61 4XX XXX XXX", "+61 2 XXXX XXXX"]),
    "NZ": ("en", ["021 XXX XXXX"], ["+64 21 XXX XXXX"]),
    "BR": ("pt", ["(11) 9XXXX-XXXX"], ["+55 11 9XXXX-XXXX"]),
    "MX": ("es", ["55 XXXX XXXX"], ["+52 55 XXXX XXXX"]),
    "AR": ("es", ["011 XXXX-XXXX"], ["+54 9 11 XXXX-XXXX"]),
    "CL": ("es", ["9 XXXX XXXX"], ["+56 9 XXXX XXXX"]),
    "CO": ("es", ["3XX XXX XXXX"], ["+57 3XX XXX XXXX"]),
    "PE": ("es", ["9XX XXX XXX"], ["+51 9XX XXX XXX"]),
}


def phone(region, intl=None):
    lang, nat, inl = PHONES[region]
    if intl is None:
        intl = R.random() < 0.5
    f = R.choice(inl if intl else nat)
    out = ""
    for ch in f:
        out += R.choice("23456789") if (ch == "X" and (not out or not out[-1].isdigit())) else (R.choice(DG) if ch == "X" else ch)
    return out


# ----------------------------------------------------------------------------- names / fillers
NAMES = ["Amara Okafor", "Lukas Brenner", "Sofia Marchetti", "Hiroshi Tanaka", "Priya Raman", "Mateo Fernández", "Chloé Dubois",
         "Ingrid Solberg", "Wojciech Nowak", "Aylin Yıldız", "Nguyen Thi Lan", "Kwame Mensah", "Olga Petrova", "Jin-woo Park",
         "Fatima Al-Sayed", "Tomás Oliveira", "Maja Lindqvist", "Rafael Costa", "Emily Hartmann", "Arjun Mehta", "Li Wei",
         "Noor Haddad", "Pieter de Vries", "Elena Rossi", "Sven Eriksson", "Dario Kovač", "Yuki Sato", "Carmen Ruiz", "Jonas Weber",
         "Aisha Bello", "Marek Dvořák", "Ana Lúcia Santos", "Kofi Asante", "Chen Jing", "Leilani Kahale", "Rosa Jiménez"]
HOSTS = ["api-gw-02", "build-runner-7", "ip-10-0-3-17", "web-eu-1", "worker-batch-4", "k8s-node-a3", "ci-agent-12", "db-proxy-1",
         "edge-fra-3", "jobs-scheduler", "staging-app-5", "lambda-sandbox"]
SERVICES = ["billing", "checkout", "notifier", "ingest", "search", "reporting", "auth-proxy", "media", "webhooks", "scheduler",
            "analytics", "inventory", "crm-sync", "exporter", "mailer"]
ENVS = ["production", "staging", "prod-eu", "dev", "qa", "prod-us-east", "sandbox", "preprod"]
TICKETS = ["OPS-%d", "SEC-%d", "INFRA-%d", "PLAT-%d", "SRE-%d", "DEV-%d"]
FILES = [".env", ".env.production", "config/settings.yaml", "deploy/values.yaml", "secrets.toml", "app.config.json",
         "docker-compose.override.yml", "terraform.tfvars", "local.settings.json", ".npmrc", "ci/vars.sh", "config.ini"]


def fill(name):
    if name == "who":
        return R.choice(NAMES)
    if name == "first":
        return R.choice(NAMES).split()[0]
    if name == "host":
        return R.choice(HOSTS)
    if name == "svc":
        return R.choice(SERVICES)
    if name == "env":
        return R.choice(ENVS)
    if name == "ticket":
        return R.choice(TICKETS) % R.randint(100, 9999)
    if name == "file":
        return R.choice(FILES)
    if name == "date":
        return "2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))
    if name == "time":
        return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    if name == "n":
        return str(R.randint(2, 99))
    if name == "port":
        return str(R.choice([5432, 3306, 6379, 27017, 8080, 5672, 9200, 1433]))
    if name == "day":
        return R.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    if name == "lvl":
        return R.choice(["INFO", "WARN", "DEBUG", "ERROR"])
    if name == "region":
        return R.choice(["eu-west-1", "us-east-2", "ap-southeast-1", "eu-central-1", "us-west-2"])
    if name == "user":
        return R.choice(["svc_app", "deploy", "admin", "reporting_ro", "etl_user", "backup", "grafana", "app_rw"])
    if name == "dbhost":
        return R.choice(["db.internal", "pg-main.prod.local", "10.20.4.11", "mysql-primary", "orders-db.cluster-c9x.eu-west-1.rds.amazonaws.com", "mongo-0.mongo"])
    if name == "db":
        return R.choice(["orders", "app", "analytics", "users", "ledger", "cms"])
    raise KeyError(name)


SLOT = re.compile(r"⟪(\w+)⟫")


def render(tpl, vals, extra=None):
    text, spans, pos = "", [], 0
    extra = extra or {}
    for m in SLOT.finditer(tpl):
        text += tpl[pos:m.start()]
        nm = m.group(1)
        if nm in vals:
            v, t = vals[nm]
            spans.append({"start": len(text), "end": len(text) + len(v), "type": t})
            text += v
        elif nm in extra:
            text += extra[nm]
        else:
            text += fill(nm)
        pos = m.end()
    return text + tpl[pos:], spans


# Vendor-token carriers: (carrier, lang, template). ⟪ENV⟫ env var name, ⟪label⟫ human label, ⟪key⟫ snake key.
VCARRIERS = [
    ("dotenv", "en", "# ⟪file⟫ for ⟪svc⟫ (⟪env⟫)\nNODE_ENV=⟪env⟫\n⟪ENV⟫=⟪v0⟫\nPORT=⟪port⟫\n"),
    ("shell_export", "en", "$ export ⟪ENV⟫=⟪v0⟫\n$ ./scripts/smoke.sh --target ⟪env⟫\nall ⟪n⟫ checks green"),
    ("shell_export_quoted", "en", "Add this to your ~/.zshrc and open a new shell:\n\nexport ⟪ENV⟫=\"⟪v0⟫\"\n"),
    ("yaml", "en", "⟪svc⟫:\n  enabled: true\n  region: ⟪region⟫\n  ⟪key⟫: ⟪v0⟫\n  timeout_s: ⟪n⟫\n"),
    ("yaml_quoted", "en", "# owner: ⟪who⟫\ncredentials:\n  ⟪key⟫: \"⟪v0⟫\"\n  rotated_at: ⟪date⟫\n"),
    ("json", "en", "{\n  \"service\": \"⟪svc⟫\",\n  \"⟪key⟫\": \"⟪v0⟫\",\n  \"retries\": ⟪n⟫\n}"),
    ("python", "en", "import requests\n\n⟪ENV⟫ = \"⟪v0⟫\"  # TODO move to vault (⟪ticket⟫)\nresp = requests.get(URL, headers=auth(⟪ENV⟫), timeout=⟪n⟫)"),
    ("python_dict", "en", "settings = {\n    'name': '⟪svc⟫',\n    '⟪key⟫': '⟪v0⟫',\n}\n"),
    ("js", "en", "// ⟪svc⟫ client bootstrap\nconst client = createClient({\n  ⟪key⟫: '⟪v0⟫',\n  env: '⟪env⟫',\n});"),
    ("ts_const", "en", "export const ⟪ENV⟫: string = `⟪v0⟫`;\n"),
    ("go", "en", "func newClient() *Client {\n\treturn &Client{Token: \"⟪v0⟫\", Retries: ⟪n⟫}\n}"),
    ("java", "en", "private static final String ⟪ENV⟫ = \"⟪v0⟫\"; // used by ⟪svc⟫"),
    ("csharp", "en", "var ⟪key⟫ = \"⟪v0⟫\";\nservices.AddSingleton(new ApiOptions { Key = ⟪key⟫ });"),
    ("ruby", "en", "Rails.application.configure do\n  config.x.⟪key⟫ = '⟪v0⟫'\nend"),
    ("php", "en", "<?php\n$config['⟪key⟫'] = '⟪v0⟫';\n"),
    ("rust", "en", "let ⟪key⟫ = \"⟪v0⟫\".to_string();\nlet client = Client::new(&⟪key⟫);"),
    ("toml", "en", "[⟪svc⟫]\nendpoint = \"https://⟪host⟫.internal\"\n⟪key⟫ = \"⟪v0⟫\"\n"),
    ("ini", "en", "[⟪svc⟫]\n⟪key⟫ = ⟪v0⟫\nverbose = false\n"),
    ("tfvars", "en", "# terraform.tfvars (⟪env⟫)\n⟪key⟫ = \"⟪v0⟫\"\n"),
    ("k8s_secret", "en", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ⟪svc⟫-creds\nstringData:\n  ⟪ENV⟫: ⟪v0⟫\n"),
    ("compose", "en", "services:\n  ⟪svc⟫:\n    image: ghcr.io/acme/⟪svc⟫:1.⟪n⟫\n    environment:\n      - ⟪ENV⟫=⟪v0⟫\n"),
    ("gha", "en", "- name: Deploy ⟪svc⟫\n  run: make deploy\n  env:\n    ⟪ENV⟫: ⟪v0⟫\n"),
    ("dockerfile", "en", "FROM python:3.12-slim\nENV ⟪ENV⟫=⟪v0⟫\nCMD [\"python\", \"-m\", \"⟪svc⟫\"]"),
    ("curl_header", "en", "curl -sS https://api.⟪svc⟫.example.net/v2/items \\\n  -H \"Authorization: Bearer ⟪v0⟫\" \\\n  -H 'Accept: application/json'"),
    ("log", "en", "⟪date⟫T⟪time⟫Z ⟪lvl⟫ [⟪svc⟫] loaded ⟪label⟫ token=⟪v0⟫ from env on ⟪host⟫"),
    ("log_json", "en", "{\"ts\":\"⟪date⟫T⟪time⟫Z\",\"level\":\"debug\",\"msg\":\"auth config\",\"⟪key⟫\":\"⟪v0⟫\"}"),
    ("markdown_table", "en", "| setting | value |\n|---|---|\n| service | ⟪svc⟫ |\n| ⟪ENV⟫ | `⟪v0⟫` |\n"),
    ("chat_en", "en", "Sure - I plugged in the ⟪label⟫ you pasted (⟪v0⟫) and the ⟪svc⟫ job runs now. Please rotate it after ⟪day⟫."),
    ("chat_en2", "en", "Found it: the ⟪label⟫ was hard-coded in ⟪file⟫ as ⟪v0⟫, which is why the scanner flagged ⟪ticket⟫."),
    ("prose_de", "de", "Der ⟪label⟫ für ⟪svc⟫ lautet ⟪v0⟫ - bitte nach dem Test am ⟪day⟫ widerrufen."),
    ("prose_fr", "fr", "Voici la clé (⟪label⟫) que ⟪who⟫ m'a transmise : ⟪v0⟫. Pense à la révoquer après la démo."),
    ("prose_es", "es", "Te paso el ⟪label⟫ del entorno ⟪env⟫: ⟪v0⟫ (no lo subas al repositorio, por favor)."),
    ("prose_it", "it", "Ecco il ⟪label⟫ per ⟪svc⟫: ⟪v0⟫ — ricordati di ruotarlo entro ⟪n⟫ giorni."),
    ("prose_pt", "pt", "O ⟪label⟫ que está em produção é ⟪v0⟫; o ⟪who⟫ pediu para trocarmos hoje."),
    ("prose_nl", "nl", "Gebruik voorlopig deze ⟪label⟫: ⟪v0⟫ en zet hem daarna in de kluis."),
    ("prose_pl", "pl", "Token (⟪label⟫) dla środowiska ⟪env⟫ to ⟪v0⟫ — nie wklejaj go na Slacku."),
    ("prose_ru", "ru", "Вот ключ ⟪label⟫ для сервиса ⟪svc⟫: ⟪v0⟫. После проверки его нужно отозвать."),
    ("prose_ja", "ja", "⟪svc⟫ 用の ⟪label⟫ は ⟪v0⟫ です。検証が終わったら必ず無効化してください。"),
    ("prose_zh", "zh", "这是 ⟪svc⟫ 服务的 ⟪label⟫：⟪v0⟫ ，测试结束后请立即吊销。"),
    ("prose_ko", "ko", "⟪svc⟫ 배포에 쓰는 ⟪label⟫ 값은 ⟪v0⟫ 입니다. 공유 후 바로 교체해 주세요."),
    ("prose_tr", "tr", "⟪env⟫ ortamı için ⟪label⟫ şu: ⟪v0⟫ — lütfen depoya commit etme."),
    ("prose_sv", "sv", "Här är ⟪label⟫ för ⟪svc⟫: ⟪v0⟫. Byt ut den när ⟪first⟫ är klar med testet."),
    ("prose_id", "id", "Kunci ⟪label⟫ untuk layanan ⟪svc⟫ adalah ⟪v0⟫, tolong jangan dibagikan."),
    ("prose_vi", "vi", "Đây là ⟪label⟫ của dịch vụ ⟪svc⟫: ⟪v0⟫ - nhớ thu hồi sau khi kiểm thử."),
    ("prose_ar", "ar", "هذا هو ⟪label⟫ الخاص بخدمة ⟪svc⟫: ⟪v0⟫ يرجى إلغاؤه بعد الاختبار."),
    ("prose_hi", "hi", "⟪svc⟫ सेवा का ⟪label⟫ यह है: ⟪v0⟫ — परीक्षण के बाद इसे बदल दें।"),
    ("prose_cs", "cs", "⟪label⟫ pro službu ⟪svc⟫ je ⟪v0⟫, po nasazení ho prosím zneplatni."),
    ("prose_uk", "uk", "Ось ⟪label⟫ для ⟪svc⟫: ⟪v0⟫. Після тесту його треба відкликати."),
]


# ----------------------------------------------------------------------------- special vendor carriers (hand-written)
def V(t):
    return (VTYPES[t][3](), t)


def special_cases():
    """list of (class, lang, template, vals-factory)"""
    az = lambda: rs(B64, 86) + "=="
    return [
        ("aws_pair/credentials_file", "en", "[default]\naws_access_key_id = ⟪v0⟫\naws_secret_access_key = ⟪v1⟫\nregion = ⟪region⟫\n",
         lambda: {"v0": V("aws_access_key_id"), "v1": V("aws_secret_access_key")}),
        ("aws_pair/terraform_provider", "en", "provider \"aws\" {\n  region     = \"⟪region⟫\"\n  access_key = \"⟪v0⟫\"\n  secret_key = \"⟪v1⟫\"\n}",
         lambda: {"v0": V("aws_access_key_id"), "v1": V("aws_secret_access_key")}),
        ("aws_pair/boto3", "en", "s3 = boto3.client(\"s3\", aws_access_key_id=\"⟪v0⟫\",\n                  aws_secret_access_key=\"⟪v1⟫\")",
         lambda: {"v0": V("aws_access_key_id"), "v1": V("aws_secret_access_key")}),
        ("aws_pair/prose_de", "de", "Zugangsdaten für den S3-Bucket von ⟪who⟫: Access Key ⟪v0⟫, Secret ⟪v1⟫. Bitte nur lokal verwenden.",
         lambda: {"v0": V("aws_access_key_id"), "v1": V("aws_secret_access_key")}),
        ("aws_sts/env", "en", "AWS_ACCESS_KEY_ID=⟪v0⟫\nAWS_SECRET_ACCESS_KEY=⟪v1⟫\nAWS_REGION=⟪region⟫",
         lambda: {"v0": V("aws_temp_access_key_id"), "v1": V("aws_secret_access_key")}),
        ("alibaba_pair/aliyun_cli", "zh", "阿里云 CLI 配置如下：\naliyun configure set --access-key-id ⟪v0⟫ --access-key-secret ⟪v1⟫ --region cn-hangzhou",
         lambda: {"v0": V("alibaba_access_key_id"), "v1": V("alibaba_access_key_secret")}),
        ("alibaba_pair/yaml", "en", "oss:\n  endpoint: oss-cn-shanghai.aliyuncs.com\n  accessKeyId: ⟪v0⟫\n  accessKeySecret: ⟪v1⟫\n",
         lambda: {"v0": V("alibaba_access_key_id"), "v1": V("alibaba_access_key_secret")}),
        ("tencent_pair/python", "zh", "cred = credential.Credential(\"⟪v0⟫\", \"⟪v1⟫\")  # 腾讯云 CVM 查询",
         lambda: {"v0": V("tencent_secret_id"), "v1": (rs(AN, 32), "tencent_secret_key")}),
        ("azure_storage_connection_string/appsettings", "en",
         "\"ConnectionStrings\": {\n  \"Blob\": \"DefaultEndpointsProtocol=https;AccountName=⟪svc⟫store⟪n⟫;AccountKey=⟪v0⟫;EndpointSuffix=core.windows.net\"\n}",
         lambda: {"v0": (az(), "azure_storage_account_key")}),
        ("azure_storage_connection_string/env", "en",
         "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=stg⟪n⟫data;AccountKey=⟪v0⟫;EndpointSuffix=core.windows.net",
         lambda: {"v0": (az(), "azure_storage_account_key")}),
        ("azure_storage_connection_string/prose_fr", "fr",
         "La chaîne de connexion du compte de stockage : DefaultEndpointsProtocol=https;AccountName=factures⟪n⟫;AccountKey=⟪v0⟫;EndpointSuffix=core.windows.net — à ne pas partager.",
         lambda: {"v0": (az(), "azure_storage_account_key")}),
        ("azure_servicebus_connection_string/json", "en",
         "{\"ServiceBus\": \"Endpoint=sb://⟪svc⟫-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=⟪v0⟫\"}",
         lambda: {"v0": (rs(B64, 43) + "=", "azure_sas_key")}),
        ("azure_sas_token/url", "en",
         "Upload with: https://⟪svc⟫media.blob.core.windows.net/uploads?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-01-01T00:00:00Z&spr=https&sig=⟪v0⟫",
         lambda: {"v0": (rs(AN, 30) + "%2B" + rs(AN, 10) + "%3D", "azure_sas_signature")}),
        ("azure_ad/msal", "en", "app = msal.ConfidentialClientApplication(\n    client_id=CLIENT_ID,\n    client_credential=\"⟪v0⟫\",\n    authority=AUTHORITY)",
         lambda: {"v0": V("azure_ad_client_secret")}),
        ("sentry_dsn/python", "en", "sentry_sdk.init(dsn=\"https://⟪v0⟫@o⟪n⟫4512.ingest.sentry.io/45067⟪n⟫\", traces_sample_rate=0.2)",
         lambda: {"v0": (rs(HX, 32), "sentry_dsn_key")}),
        ("sentry_dsn/env", "en", "SENTRY_DSN=https://⟪v0⟫@o88⟪n⟫.ingest.us.sentry.io/12⟪n⟫9",
         lambda: {"v0": (rs(HX, 32), "sentry_dsn_key")}),
        ("slack_webhook/prose_en", "en", "Post alerts to ⟪v0⟫ - that's the #⟪svc⟫-alerts channel webhook.",
         lambda: {"v0": V("slack_webhook")}),
        ("slack_webhook/python", "en", "requests.post(\"⟪v0⟫\", json={\"text\": f\"deploy of ⟪svc⟫ finished\"})",
         lambda: {"v0": V("slack_webhook")}),
        ("discord_webhook/prose_pt", "pt", "Configurei o webhook do Discord do servidor: ⟪v0⟫ — só o ⟪who⟫ deve usar.",
         lambda: {"v0": V("discord_webhook")}),
        ("telegram_bot/url", "en", "curl \"https://api.telegram.org/bot⟪v0⟫/sendMessage?chat_id=-100⟪n⟫77&text=deploy+ok\"",
         lambda: {"v0": V("telegram_bot_token")}),
        ("telegram_bot/prose_ru", "ru", "BotFather выдал токен ⟪v0⟫ — вставь его в config.py и не коммить.",
         lambda: {"v0": V("telegram_bot_token")}),
        ("twilio/python", "en", "client = Client(\"AC⟪sid⟫\", \"⟪v0⟫\")\nclient.messages.create(to=TO, from_=FROM, body=\"code ⟪n⟫\")",
         lambda: {"v0": V("twilio_auth_token")}),
        ("algolia/js", "en", "const client = algoliasearch('⟪appid⟫', '⟪v0⟫'); // admin key, server side only",
         lambda: {"v0": V("algolia_admin_key")}),
        ("okta/curl_ssws", "en", "curl -H \"Authorization: SSWS ⟪v0⟫\" https://acme.okta.com/api/v1/users?limit=⟪n⟫",
         lambda: {"v0": V("okta_api_token")}),
        ("age/keyfile", "en", "# created: ⟪date⟫T⟪time⟫Z\n# public key: age1⟪agepub⟫\n⟪v0⟫\n",
         lambda: {"v0": V("age_secret_key")}),
        ("stripe/node", "en", "const stripe = require('stripe')('⟪v0⟫');\nconst session = await stripe.checkout.sessions.create(params);",
         lambda: {"v0": V("stripe_secret_key")}),
        ("openai/python", "en", "from openai import OpenAI\nclient = OpenAI(api_key=\"⟪v0⟫\")",
         lambda: {"v0": V("openai_api_key")}),
        ("anthropic/python", "en", "client = anthropic.Anthropic(api_key=\"⟪v0⟫\")\nmsg = client.messages.create(model=MODEL, max_tokens=⟪n⟫0, messages=msgs)",
         lambda: {"v0": V("anthropic_api_key")}),
        ("github/git_remote", "en", "git remote set-url origin https://⟪v0⟫@github.com/acme/⟪svc⟫.git",
         lambda: {"v0": V("github_pat")}),
        ("github/npmrc", "en", "@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=⟪v0⟫\n",
         lambda: {"v0": V("github_pat")}),
        ("npm/npmrc", "en", "//registry.npmjs.org/:_authToken=⟪v0⟫\nalways-auth=true\n",
         lambda: {"v0": V("npm_token")}),
        ("pypi/pypirc", "en", "[pypi]\n  username = __token__\n  password = ⟪v0⟫\n",
         lambda: {"v0": V("pypi_token")}),
        ("dockerhub/login", "en", "echo \"⟪v0⟫\" | docker login -u acmebot --password-stdin",
         lambda: {"v0": V("dockerhub_pat")}),
        ("gitlab/ci_trigger", "en", "curl -X POST --fail -F token=⟪v0⟫ -F ref=main https://gitlab.com/api/v4/projects/⟪n⟫81/trigger/pipeline",
         lambda: {"v0": V("gitlab_pipeline_trigger_token")}),
        ("gitlab/runner_register", "en", "gitlab-runner register --non-interactive --url https://gitlab.com --token ⟪v0⟫ --executor docker",
         lambda: {"v0": V("gitlab_runner_token")}),
        ("vault/cli", "en", "$ VAULT_ADDR=https://vault.⟪env⟫.internal:8200 VAULT_TOKEN=⟪v0⟫ vault kv get secret/⟪svc⟫",
         lambda: {"v0": V("vault_service_token")}),
        ("tailscale/up", "en", "sudo tailscale up --authkey=⟪v0⟫ --advertise-tags=tag:ci",
         lambda: {"v0": V("tailscale_auth_key")}),
        ("ngrok/config", "en", "version: \"2\"\nauthtoken: ⟪v0⟫\ntunnels:\n  web:\n    proto: http\n    addr: ⟪port⟫\n",
         lambda: {"v0": V("ngrok_authtoken")}),
        ("huggingface/cli", "en", "huggingface-cli login --token ⟪v0⟫ --add-to-git-credential",
         lambda: {"v0": V("huggingface_token")}),
        ("terraform_cloud/credentials", "en", "credentials \"app.terraform.io\" {\n  token = \"⟪v0⟫\"\n}",
         lambda: {"v0": V("terraform_cloud_token")}),
        ("firebase/legacy_fcm", "en", "POST https://fcm.googleapis.com/fcm/send\nAuthorization: key=⟪v0⟫\nContent-Type: application/json",
         lambda: {"v0": V("firebase_fcm_server_key")}),
        ("sendgrid/prose_es", "es", "Para el servidor SMTP usa el usuario apikey y como contraseña la clave ⟪v0⟫ de SendGrid.",
         lambda: {"v0": V("sendgrid_api_key")}),
        ("mapbox/prose_it", "it", "Il token segreto di Mapbox (scope downloads:read) è ⟪v0⟫, serve solo per la build iOS.",
         lambda: {"v0": V("mapbox_secret_token")}),
    ]


EXTRA_FILL = {"sid": lambda: rs(HX, 32), "appid": lambda: rs(UP + DG, 10), "agepub": lambda: rs(BECH, 58)}


# ----------------------------------------------------------------------------- generic secrets
PW_BASE = AN + "!@#$%^&*()-_=+[]{};:,.<>?/~|"


def pw(exclude="", n=None, spaces=False):
    alpha = "".join(c for c in PW_BASE if c not in exclude)
    n = n or R.randint(12, 22)
    while True:
        s = R.choice(AN) + rs(alpha, n - 2) + R.choice(AN)
        if spaces:
            i = R.randint(3, n - 4)
            s = s[:i] + " " + s[i + 1:]
        if any(c in "!@#$%^&*()-_=+[]{};:,.<>?/~|\"' " for c in s):
            return s


URLSAFE = "@:/?#%[]{}<>|\\^`\"' "


def generic_cases():
    P = lambda t, **k: (lambda: {"v0": (pw(**k), t)})
    return [
        ("password/yaml_single_quoted", "en", "database:\n  host: ⟪dbhost⟫\n  user: ⟪user⟫\n  password: '⟪v0⟫'\n", P("password", exclude="'\\")),
        ("password/yaml_double_quoted_with_quotes", "en", "smtp:\n  username: ⟪user⟫\n  password: \"⟪v0⟫\"\n", lambda: {"v0": (pw(exclude="\"\\", spaces=True)[:-3] + "'x9", "password")}),
        ("password/python_kw", "en", "conn = psycopg2.connect(host=\"⟪dbhost⟫\", user=\"⟪user⟫\", password=\"⟪v0⟫\", dbname=\"⟪db⟫\")", P("password", exclude="\"\\")),
        ("password/java_properties", "en", "spring.datasource.url=jdbc:postgresql://⟪dbhost⟫:5432/⟪db⟫\nspring.datasource.username=⟪user⟫\nspring.datasource.password=⟪v0⟫\n", P("password", exclude=" \\")),
        ("password/xml", "en", "<connection>\n  <user>⟪user⟫</user>\n  <password>⟪v0⟫</password>\n</connection>", P("password", exclude="<>&")),
        ("password/php_define", "en", "define('DB_PASSWORD', '⟪v0⟫');\ndefine('DB_HOST', '⟪dbhost⟫');", P("password", exclude="'\\")),
        ("password/ini_spaces", "en", "[mysql]\nuser = ⟪user⟫\npassword = ⟪v0⟫\n", P("password", exclude="\"';#", spaces=True)),
        ("password/json_escaped_quote", "en", "{\"user\": \"⟪user⟫\", \"password\": \"⟪v0⟫\"}", lambda: {"v0": ("Kx" + pw(exclude="\"\\", n=10) + "\\\"q7", "password")}),
        ("password/go_struct", "en", "cfg := mysql.Config{User: \"⟪user⟫\", Passwd: \"⟪v0⟫\", Net: \"tcp\", Addr: \"⟪dbhost⟫:3306\"}", P("password", exclude="\"\\")),
        ("password/powershell", "en", "$secure = ConvertTo-SecureString '⟪v0⟫' -AsPlainText -Force\n$cred = New-Object PSCredential('⟪user⟫', $secure)", P("password", exclude="'")),
        ("password/prose_de", "de", "Das WLAN-Passwort im Büro ist jetzt \"⟪v0⟫\" - bitte nicht an Gäste weitergeben.", P("password", exclude="\"", spaces=True)),
        ("password/prose_fr", "fr", "Ton mot de passe temporaire est : ⟪v0⟫ (à changer à la première connexion).", P("password", exclude=" ()")),
        ("password/prose_es", "es", "La contraseña del usuario ⟪user⟫ en el servidor es «⟪v0⟫», cámbiala cuanto antes.", P("password", exclude="«»")),
        ("password/prose_ja", "ja", "管理画面のパスワードは「⟪v0⟫」です。ログイン後に変更してください。", P("password", exclude="「」")),
        ("password/prose_pl", "pl", "Hasło do routera: ⟪v0⟫ — zmienię je w ⟪day⟫.", P("password", exclude=" ")),
        ("password/cli_mysql", "en", "mysql -h ⟪dbhost⟫ -u ⟪user⟫ -p'⟪v0⟫' ⟪db⟫ < dump.sql", P("password", exclude="'")),
        ("password/cli_flag_eq", "en", "./bin/migrate --db-user=⟪user⟫ --db-password=⟪v0⟫ --target=⟪env⟫", P("password", exclude=" '\"\\$`!&|;<>()")),
        ("password/sshpass", "en", "sshpass -p \"⟪v0⟫\" ssh ⟪user⟫@⟪host⟫ 'systemctl restart ⟪svc⟫'", P("password", exclude="\"\\$`!")),
        ("password/curl_user", "en", "curl -u ⟪user⟫:⟪v0⟫ https://registry.internal/v2/_catalog", P("password", exclude=" '\"\\$`!&|;<>()@:/?#")),
        ("password/htaccess_prose_it", "it", "Per entrare nell'area riservata usa utente ⟪user⟫ e password ⟪v0⟫ .", P("password", exclude=" ")),
        ("password/docker_run", "en", "docker run -d -e POSTGRES_PASSWORD='⟪v0⟫' -p 5432:5432 postgres:16", P("password", exclude="'")),
        ("password/k8s_create_secret", "en", "kubectl create secret generic ⟪svc⟫-db --from-literal=password='⟪v0⟫' -n ⟪env⟫", P("password", exclude="'")),
        ("password/ansible", "en", "ansible_user: ⟪user⟫\nansible_become_password: \"⟪v0⟫\"\n", P("password", exclude="\"\\{}")),
        ("password/wifi_nmcli", "en", "nmcli dev wifi connect \"Office-5G\" password \"⟪v0⟫\"", P("password", exclude="\"\\$`!", spaces=True)),
        ("password_in_url/postgres_dsn", "en", "DATABASE_URL=postgres://⟪user⟫:⟪v0⟫@⟪dbhost⟫:5432/⟪db⟫?sslmode=require", P("password_in_url", exclude=URLSAFE)),
        ("password_in_url/mongodb_srv", "en", "client = MongoClient(\"mongodb+srv://⟪user⟫:⟪v0⟫@cluster0.ab12c.mongodb.net/⟪db⟫?retryWrites=true\")", P("password_in_url", exclude=URLSAFE)),
        ("password_in_url/redis", "en", "REDIS_URL=redis://default:⟪v0⟫@redis-1⟪n⟫.cache.internal:6379/0", P("password_in_url", exclude=URLSAFE)),
        ("password_in_url/amqp", "en", "broker_url = \"amqp://⟪user⟫:⟪v0⟫@rabbit.⟪env⟫.local:5672/vhost\"", P("password_in_url", exclude=URLSAFE)),
        ("password_in_url/percent_encoded", "en", "SQLALCHEMY_DATABASE_URI = 'mysql+pymysql://⟪user⟫:⟪v0⟫@⟪dbhost⟫/⟪db⟫'", lambda: {"v0": (rs(AN, 6) + "%40" + rs(AN, 4) + "%23" + rs(AN, 5), "password_in_url")}),
        ("password_in_url/git_https", "en", "git clone https://⟪user⟫:⟪v0⟫@git.internal.acme.io/platform/⟪svc⟫.git", P("password_in_url", exclude=URLSAFE + "&;$!")),
        ("password_in_url/ftp_prose_nl", "nl", "De backups staan op ftp://backup:⟪v0⟫@ftp.⟪svc⟫.nl/archief, wachtwoord wordt vrijdag vervangen.", P("password_in_url", exclude=URLSAFE + ",")),
        ("connection_string_password/sqlserver", "en", "Server=tcp:⟪svc⟫-sql.database.windows.net,1433;Initial Catalog=⟪db⟫;User ID=⟪user⟫;Password=⟪v0⟫;Encrypt=True;", P("connection_string_password", exclude=";'\" ")),
        ("connection_string_password/odbc_quoted", "en", "DRIVER={ODBC Driver 18 for SQL Server};SERVER=⟪dbhost⟫;UID=⟪user⟫;PWD={⟪v0⟫};", P("connection_string_password", exclude="{}")),
        ("connection_string_password/oracle_jdbc", "en", "jdbc:oracle:thin:⟪user⟫/⟪v0⟫@//⟪dbhost⟫:1521/ORCLPDB1", P("connection_string_password", exclude=URLSAFE)),
        ("basic_auth/http_header", "en", "GET /api/v1/reports HTTP/1.1\nHost: ⟪host⟫\nAuthorization: Basic ⟪v0⟫\n",
         lambda: {"v0": (base64.b64encode(("%s:%s" % (fill("user"), pw(exclude=":"))).encode()).decode(), "basic_auth")}),
        ("basic_auth/nginx_proxy", "en", "proxy_set_header Authorization \"Basic ⟪v0⟫\";",
         lambda: {"v0": (base64.b64encode(("%s:%s" % (fill("user"), pw(exclude=":"))).encode()).decode(), "basic_auth")}),
        ("bearer_token/http_log", "en", "⟪time⟫ → POST /v1/charges  Authorization: Bearer ⟪v0⟫  (⟪n⟫ ms)", lambda: {"v0": (rs(B64U, 48), "bearer_token")}),
        ("bearer_token/fetch", "en", "await fetch(url, { headers: { Authorization: `Bearer ⟪v0⟫` } });", lambda: {"v0": (rs(AN, 12) + "." + rs(B64U, 40), "bearer_token")}),
        ("jwt/header", "en", "curl https://api.⟪svc⟫.io/me -H 'Authorization: Bearer ⟪v0⟫'", lambda: {"v0": (jwt(), "jwt")}),
        ("jwt/cookie", "en", "Set-Cookie: session=⟪v0⟫; Path=/; HttpOnly; Secure; SameSite=Lax", lambda: {"v0": (jwt("RS256"), "jwt")}),
        ("jwt/unsigned_prose", "en", "The token in the bug report is unsigned (alg none): ⟪v0⟫ - the server accepted it, which is the vulnerability.", lambda: {"v0": (jwt("none", False), "jwt")}),
        ("jwt/unsigned_json", "en", "{\"access_token\": \"⟪v0⟫\", \"token_type\": \"Bearer\", \"expires_in\": 3600}", lambda: {"v0": (jwt("none", False), "jwt")}),
        ("jwt/supabase_service_role", "en", "SUPABASE_SERVICE_ROLE_KEY=⟪v0⟫", lambda: {"v0": (jwt(), "jwt")}),
        ("generic_secret/django", "en", "# settings/prod.py\nSECRET_KEY = '⟪v0⟫'\nDEBUG = False", lambda: {"v0": (("django-insecure-" if R.random() < .3 else "") + R.choice(LO) + rs(LO + DG + "!@#$%^&*(-_=+)", 48) + R.choice(DG), "generic_secret")}),
        ("generic_secret/rails_master_key", "en", "echo ⟪v0⟫ > config/master.key", lambda: {"v0": (rs(HX, 32), "generic_secret")}),
        ("generic_secret/laravel_app_key", "en", "APP_NAME=⟪svc⟫\nAPP_ENV=⟪env⟫\nAPP_KEY=⟪v0⟫\n", lambda: {"v0": ("base64:" + base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode(), "generic_secret")}),
        ("generic_secret/flask", "en", "app.config[\"SECRET_KEY\"] = \"⟪v0⟫\"", lambda: {"v0": (rs(HX, 48), "generic_secret")}),
        ("generic_secret/client_secret_yaml", "en", "oauth:\n  client_id: ⟪svc⟫-web\n  client_secret: ⟪v0⟫\n", lambda: {"v0": (rs(B64U, 40), "generic_secret")}),
        ("generic_secret/webhook_secret_prose_sv", "sv", "Webhook-hemligheten är ⟪v0⟫, lägg in den i GitHub-inställningarna.", lambda: {"v0": (rs(AN, 28), "generic_secret")}),
        ("generic_secret/k8s_data_b64", "en", "apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  password: ⟪v0⟫\n", lambda: {"v0": (base64.b64encode(pw(exclude=" ").encode()).decode(), "generic_secret")}),
        ("generic_api_key/query_param", "en", "GET https://api.weather-data.io/v3/forecast?lat=48.1&lon=11.5&apikey=⟪v0⟫", lambda: {"v0": (rs(AN, 32), "generic_api_key")}),
        ("generic_api_key/header_x_api_key", "en", "curl -H \"X-API-Key: ⟪v0⟫\" https://⟪svc⟫.partner-api.com/v1/orders", lambda: {"v0": (rs(HX, 40), "generic_api_key")}),
        ("generic_api_key/prose_tr", "tr", "Sağlayıcının verdiği API anahtarı: ⟪v0⟫ (sadece sunucu tarafında kullan).", lambda: {"v0": (rs(AN, 36), "generic_api_key")}),
        ("generic_api_key/prose_ko", "ko", "파트너사 API 키는 ⟪v0⟫ 이고, 운영 서버에서만 사용해야 합니다.", lambda: {"v0": (rs(AN, 32), "generic_api_key")}),
        ("generic_token/env", "en", "INTERNAL_SERVICE_TOKEN=⟪v0⟫", lambda: {"v0": (rs(B64U, 44), "generic_token")}),
        ("generic_token/prose_zh", "zh", "内部接口的访问令牌是 ⟪v0⟫ ，请勿泄露。", lambda: {"v0": (rs(AN, 40), "generic_token")}),
        ("generic_token/groovy", "en", "def token = \"⟪v0⟫\"\nsh \"curl -H 'Private-Token: ${token}' ${GITLAB_URL}/api/v4/projects\"", lambda: {"v0": (rs(AN, 26), "generic_token")}),
    ]


def b64lines(prefix, nbytes, width=64):
    body = prefix + base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()
    body = body[:len(body) - (len(body) % 4)] if len(body) % 4 else body
    return "\n".join(body[i:i + width] for i in range(0, len(body), width))


def pem(kind):
    if kind == "rsa":
        return "-----BEGIN RSA PRIVATE KEY-----\n" + b64lines("MIIEpAIBAAKCAQEA", 1180) + "\n-----END RSA PRIVATE KEY-----"
    if kind == "ec":
        return "-----BEGIN EC PRIVATE KEY-----\n" + b64lines("MHcCAQEEI", 112) + "\n-----END EC PRIVATE KEY-----"
    if kind == "pkcs8":
        return "-----BEGIN PRIVATE KEY-----\n" + b64lines("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 1180) + "\n-----END PRIVATE KEY-----"
    if kind == "pkcs8_ed":
        return "-----BEGIN PRIVATE KEY-----\n" + "MC4CAQAwBQYDK2VwBCIEI" + rs(B64, 27) + "\n-----END PRIVATE KEY-----"
    if kind == "enc":
        return "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + b64lines("MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI", 1230) + "\n-----END ENCRYPTED PRIVATE KEY-----"
    if kind == "openssh":
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + b64lines("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA", 260, 70) + "\n-----END OPENSSH PRIVATE KEY-----"
    if kind == "pgp":
        return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + b64lines("lFgEZ", 380) + "\n=" + rs(B64, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----"
    raise KeyError(kind)


def key_cases():
    K = lambda kind, t: (lambda: {"v0": (pem(kind), t)})
    return [
        ("rsa_private_key/file_dump", "en", "$ cat deploy/id_rsa.pem\n⟪v0⟫\n$ chmod 600 deploy/id_rsa.pem", K("rsa", "private_key")),
        ("rsa_private_key/k8s_tls", "en", "stringData:\n  tls.key: |\n⟪v0⟫\n", None),
        ("ec_private_key/prose", "en", "Here's the ES256 signing key we use for the ⟪svc⟫ JWTs:\n\n⟪v0⟫\n\nKeep it out of the repo.", K("ec", "private_key")),
        ("ec_private_key/prose_de", "de", "Der Signierschlüssel für ⟪svc⟫ (bitte sofort ersetzen):\n⟪v0⟫", K("ec", "private_key")),
        ("pkcs8_private_key/gcp_sa_json", "en", "{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-⟪svc⟫\",\n  \"private_key\": \"⟪v0⟫\\n\",\n  \"client_email\": \"deployer@acme-⟪svc⟫.iam.gserviceaccount.com\"\n}", None),
        ("pkcs8_private_key/ed25519", "en", "openssl genpkey -algorithm ed25519 printed:\n⟪v0⟫", K("pkcs8_ed", "private_key")),
        ("encrypted_private_key/file", "en", "# passphrase is in the vault under ⟪ticket⟫\n⟪v0⟫\n", K("enc", "private_key")),
        ("openssh_private_key/cat", "en", "~/.ssh/id_ed25519 on ⟪host⟫:\n⟪v0⟫", K("openssh", "private_key")),
        ("openssh_private_key/prose_es", "es", "Esta es la clave privada del bastión, cópiala a ~/.ssh/ y dale permisos 600:\n⟪v0⟫", K("openssh", "private_key")),
        ("pgp_private_key/export", "en", "gpg --export-secret-keys --armor ⟪first⟫ output:\n\n⟪v0⟫", K("pgp", "private_key")),
    ]


# ----------------------------------------------------------------------------- personal data carriers
PHONE_T = {
    "en": ["Call me on ⟪v0⟫ if the deploy fails after hours.", "Customer callback number: ⟪v0⟫ (prefers mornings).",
           "Best, ⟪who⟫\nSupport lead\nMobile: ⟪v0⟫"],
    "de": ["Erreichbar bin ich unter ⟪v0⟫, am besten vormittags.", "Rückruf bitte an ⟪v0⟫ – Frau ⟪who⟫ wartet darauf."],
    "fr": ["Vous pouvez me joindre au ⟪v0⟫ jusqu'à 18 h.", "Le client ⟪who⟫ a laissé son numéro : ⟪v0⟫."],
    "es": ["Mi número es el ⟪v0⟫, escríbeme por WhatsApp.", "Teléfono de contacto del cliente: ⟪v0⟫ (llamar por la tarde)."],
    "it": ["Il mio cellulare è ⟪v0⟫, chiamami pure."],
    "nl": ["Bel me gerust op ⟪v0⟫ als er iets is.", "Telefoonnummer van de huurder: ⟪v0⟫."],
    "sv": ["Ring mig på ⟪v0⟫ efter lunch."],
    "no": ["Du når meg på ⟪v0⟫ hele dagen."],
    "da": ["Ring til mig på ⟪v0⟫ i morgen."],
    "fi": ["Soita minulle numeroon ⟪v0⟫ iltapäivällä."],
    "pl": ["Mój numer telefonu to ⟪v0⟫, dzwoń śmiało."],
    "cs": ["Zavolejte mi na číslo ⟪v0⟫ po patnácté hodině."],
    "pt": ["Meu telefone é ⟪v0⟫, pode ligar a qualquer hora.", "Contacto do cliente: ⟪v0⟫ (só depois das 14h)."],
    "el": ["Το τηλέφωνό μου είναι ⟪v0⟫, καλέστε με το πρωί."],
    "tr": ["Bana ⟪v0⟫ numarasından ulaşabilirsiniz."],
    "ru": ["Мой телефон: ⟪v0⟫, звоните после обеда.", "Контактный номер клиента — ⟪v0⟫."],
    "uk": ["Мій номер телефону ⟪v0⟫, телефонуйте ввечері."],
    "he": ["אפשר להשיג אותי בטלפון ⟪v0⟫ בכל שעה."],
    "ar": ["رقم هاتفي هو ⟪v0⟫ يمكنك الاتصال بي في أي وقت.", "للتواصل مع العميل: ⟪v0⟫"],
    "sw": ["Nipigie kwa namba ⟪v0⟫ kesho asubuhi."],
    "hi": ["मेरा मोबाइल नंबर ⟪v0⟫ है, शाम को कॉल करें।"],
    "zh": ["我的电话是 ⟪v0⟫ ，有问题随时联系。", "客户联系电话：⟪v0⟫（工作日白天）"],
    "ja": ["ご連絡は ⟪v0⟫ までお願いします。"],
    "ko": ["연락처는 ⟪v0⟫ 입니다. 편하실 때 전화 주세요."],
    "ms": ["Sila hubungi saya di ⟪v0⟫ selepas jam lima."],
    "id": ["Silakan hubungi saya di nomor ⟪v0⟫ kapan saja."],
    "th": ["ติดต่อฉันได้ที่เบอร์ ⟪v0⟫ ค่ะ"],
    "vi": ["Số điện thoại của tôi là ⟪v0⟫, gọi buổi sáng nhé."],
}
PHONE_STRUCT = [
    ("vcard", "BEGIN:VCARD\nVERSION:3.0\nFN:⟪who⟫\nTEL;TYPE=CELL:⟪v0⟫\nEND:VCARD"),
    ("csv", "name,phone,city\n⟪who⟫,⟪v0⟫,⟪city⟫"),
    ("json", "{\"customer\": \"⟪who⟫\", \"phone\": \"⟪v0⟫\", \"opt_in\": true}"),
    ("log", "⟪date⟫ ⟪time⟫ sms-gateway: OTP sent to ⟪v0⟫ (template=login_code)"),
    ("ticket", "Ticket ⟪ticket⟫: caller ⟪who⟫ asked for a callback at ⟪v0⟫."),
]
CITIES = ["Lyon", "Kraków", "Osaka", "Curitiba", "Leeds", "Graz", "Porto", "Busan", "Pune", "Tampere", "Cork", "Mendoza"]

EMAIL_T = [
    ("en", "prose", "Ping ⟪v0⟫ if the invoice export breaks again."),
    ("en", "from_header", "From: ⟪who⟫ <⟪v0⟫>\nSubject: Re: contract renewal\nDate: ⟪day⟫, 3 Mar 2025 ⟪time⟫ +0100"),
    ("en", "git_log", "commit ⟪sha⟫\nAuthor: ⟪who⟫ <⟪v0⟫>\nDate:   ⟪day⟫ Jun 6 ⟪time⟫ 2025 +0200\n\n    fix: retry on 429"),
    ("en", "mailto_md", "Questions? [Write to the privacy team](mailto:⟪v0⟫) before ⟪day⟫."),
    ("en", "json", "{\"id\": ⟪n⟫41, \"email\": \"⟪v0⟫\", \"verified\": false}"),
    ("en", "csv", "id,email,plan\n⟪n⟫,⟪v0⟫,pro"),
    ("en", "log", "⟪date⟫T⟪time⟫Z WARN login failed for user=⟪v0⟫ ip=203.0.113.⟪n⟫"),
    ("de", "prose_quoted", "Bitte schick die Unterlagen an „⟪v0⟫“, nicht an meine alte Adresse."),
    ("fr", "prose_quoted", "Écrivez-moi à l'adresse « ⟪v0⟫ » pour confirmer le rendez-vous."),
    ("es", "prose", "Mi correo personal es ⟪v0⟫, úsalo solo para temas urgentes."),
    ("it", "prose", "La mia email è ⟪v0⟫: mandami pure il preventivo lì."),
    ("pt", "prose", "Pode mandar o contrato para ⟪v0⟫ até sexta-feira."),
    ("nl", "prose", "Stuur de factuur naar ⟪v0⟫ graag vóór het eind van de maand."),
    ("pl", "prose", "Mój adres e-mail to ⟪v0⟫ – proszę o potwierdzenie."),
    ("ru", "prose", "Пишите мне на ⟪v0⟫, отвечу в течение дня."),
    ("ja", "prose_quoted", "お問い合わせは「⟪v0⟫」までメールでお願いします。"),
    ("zh", "prose", "请把报告发到我的邮箱 ⟪v0⟫ ，谢谢！"),
    ("ko", "prose", "자료는 ⟪v0⟫ 로 보내 주시면 됩니다."),
    ("tr", "prose", "E-posta adresim ⟪v0⟫, oradan dönüş yapabilirsiniz."),
    ("ar", "prose", "يرجى مراسلتي على البريد ⟪v0⟫ لتأكيد الطلب."),
    ("sv", "prose", "Skicka kvittot till ⟪v0⟫ så bokför jag det."),
    ("hi", "prose", "कृपया रिपोर्ट ⟪v0⟫ पर भेज दें।"),
    ("vi", "prose", "Vui lòng gửi hợp đồng tới ⟪v0⟫ trước thứ Sáu."),
    ("cs", "prose", "Fakturu pošlete prosím na ⟪v0⟫ do konce týdne."),
    ("id", "prose", "Kirim berkasnya ke ⟪v0⟫ sebelum rapat, ya."),
]
LOCALS = ["amara.okafor", "l.brenner", "sofia+invoices", "htanaka", "priya.raman+jira", "mateo_fernandez84", "chloe.dubois",
          "ingrid.solberg", "w.nowak", "aylin.yildiz", "lan.nguyen", "kwame+newsletter", "o.petrova", "jinwoo.park", "f.alsayed",
          "tomas.oliveira", "maja.l", "rafa.costa+test", "e.hartmann", "arjun.m", "liwei2019", "noor.haddad", "pieter.devries",
          "elena.rossi", "sven_e", "d.kovac", "yuki-sato", "carmen.ruiz+alerts", "jonas.weber", "aisha.bello"]
DOMAINS = ["gmail.com", "outlook.de", "mail.eu.acme-logistics.com", "yahoo.co.jp", "posteo.net", "corp.fintrack.io",
           "students.uni-heidelberg.de", "naver.com", "qq.com", "hotmail.fr", "web.de", "proton.me", "engineering.northwind-labs.co.uk",
           "bücherwurm-köln.de", "müller-bau.ch", "почта-сервис.рф", "xn--mller-kva.de", "correo.empresa.com.mx", "seznam.cz", "wp.pl",
           "libero.it", "uol.com.br", "mail.ru", "163.com", "yandex.com.tr", "t-online.de", "orange.fr", "icloud.com", "hey.com", "fastmail.fm"]


def email():
    return R.choice(LOCALS) + "@" + R.choice(DOMAINS)


CARD_T = [
    ("en", "prose", "Charge the ⟪brand⟫ card ⟪v0⟫, exp 0⟪d1⟫/2⟪d2⟫, CVC on the back."),
    ("en", "json", "{\"order\": \"SO-⟪n⟫733\", \"pan\": \"⟪v0⟫\", \"exp\": \"1⟪d1⟫/2⟪d2⟫\", \"holder\": \"⟪who⟫\"}"),
    ("en", "log", "⟪date⟫ ⟪time⟫ payment-svc DEBUG authorize card_number=⟪v0⟫ amount=⟪n⟫.90 EUR"),
    ("de", "prose", "Meine Kreditkartennummer ist ⟪v0⟫, gültig bis 0⟪d1⟫/2⟪d2⟫."),
    ("fr", "prose", "Numéro de carte (⟪brand⟫) : ⟪v0⟫ — expiration 1⟪d1⟫/2⟪d2⟫."),
    ("es", "prose", "Pagué con la tarjeta ⟪v0⟫ pero el cargo aparece dos veces."),
    ("it", "prose", "Il numero della carta è ⟪v0⟫, scadenza 0⟪d1⟫/2⟪d2⟫."),
    ("pt", "prose", "Use o cartão ⟪v0⟫ para a assinatura anual, por favor."),
    ("ja", "prose", "カード番号は ⟪v0⟫ です（有効期限 0⟪d1⟫/2⟪d2⟫）。"),
    ("zh", "prose", "银行卡号：⟪v0⟫ ，请核对后扣款。"),
    ("ru", "prose", "Номер карты ⟪v0⟫, срок действия 0⟪d1⟫/2⟪d2⟫."),
    ("nl", "prose", "Kaartnummer ⟪v0⟫ is geweigerd bij de kassa."),
    ("pl", "prose", "Numer karty: ⟪v0⟫ — proszę o zwrot środków."),
    ("tr", "prose", "Kart numaram ⟪v0⟫, son kullanma 1⟪d1⟫/2⟪d2⟫."),
    ("en", "csv", "txn_id,card,amount\n⟪n⟫881,⟪v0⟫,⟪n⟫.00"),
]
IBAN_LANG = {"DE": "de", "AT": "de", "CH": "de", "LI": "de", "FR": "fr", "MC": "fr", "LU": "fr", "BE": "nl", "NL": "nl", "ES": "es",
             "IT": "it", "PT": "pt", "BR": "pt", "PL": "pl", "CZ": "cs", "SK": "cs", "SE": "sv", "NO": "no", "DK": "da", "FI": "fi",
             "GB": "en", "IE": "en", "MT": "en", "CY": "en", "IS": "en", "HU": "en", "RO": "en", "GR": "el", "BG": "en", "HR": "en",
             "SI": "en", "LT": "en", "LV": "en", "EE": "en", "TR": "tr", "SA": "ar", "AE": "ar", "QA": "ar", "IL": "he", "UA": "uk"}
IBAN_T = {
    "de": ["Bitte überweisen Sie den Betrag auf das Konto ⟪v0⟫ (Kontoinhaber: ⟪who⟫).", "Neue Bankverbindung – IBAN: ⟪v0⟫"],
    "fr": ["Merci d'effectuer le virement sur l'IBAN ⟪v0⟫ avant le 15."],
    "nl": ["Je kunt het bedrag overmaken naar ⟪v0⟫ t.n.v. ⟪who⟫."],
    "es": ["Datos para la transferencia: IBAN ⟪v0⟫, concepto factura ⟪n⟫."],
    "it": ["Effettua il bonifico sull'IBAN ⟪v0⟫ intestato a ⟪who⟫."],
    "pt": ["O IBAN para o reembolso é ⟪v0⟫."],
    "pl": ["Proszę o przelew na rachunek ⟪v0⟫ do piątku."],
    "cs": ["Platbu pošlete na účet ⟪v0⟫, variabilní symbol ⟪n⟫."],
    "sv": ["Betala in depositionen till ⟪v0⟫ senast fredag."],
    "no": ["Beløpet kan overføres til ⟪v0⟫."],
    "da": ["Overfør venligst beløbet til ⟪v0⟫."],
    "fi": ["Maksa lasku tilille ⟪v0⟫ eräpäivään mennessä."],
    "en": ["Please wire the deposit to IBAN ⟪v0⟫ (beneficiary: ⟪who⟫).", "Payout account updated to ⟪v0⟫ by ⟪who⟫ on ⟪date⟫."],
    "el": ["Ο λογαριασμός για την κατάθεση είναι ⟪v0⟫."],
    "tr": ["Ödemeyi ⟪v0⟫ numaralı IBAN'a yapabilirsiniz."],
    "ar": ["يرجى تحويل المبلغ إلى الحساب ⟪v0⟫ قبل نهاية الأسبوع."],
    "he": ["נא להעביר את התשלום לחשבון ⟪v0⟫ עד סוף החודש."],
    "uk": ["Реквізити для оплати: IBAN ⟪v0⟫."],
}
IBAN_STRUCT = [("json", "{\"beneficiary\": \"⟪who⟫\", \"iban\": \"⟪v0⟫\", \"amount\": ⟪n⟫00}"),
               ("sepa_xml", "<CdtrAcct>\n  <Id>\n    <IBAN>⟪v0⟫</IBAN>\n  </Id>\n</CdtrAcct>"),
               ("csv", "name;iban;mandate\n⟪who⟫;⟪v0⟫;MND-⟪n⟫")]

NAT_T = {  # type: (lang, native template)
    "ssn_us": ("en", "Employee onboarding: SSN ⟪v0⟫, start date ⟪date⟫, W-4 on file."),
    "nino_uk": ("en", "Your National Insurance number is ⟪v0⟫ - quote it on the P45 form."),
    "steuer_id_de": ("de", "Steuerliche Identifikationsnummer des Mitarbeiters: ⟪v0⟫"),
    "nir_fr": ("fr", "Numéro de sécurité sociale de l'assuré : ⟪v0⟫"),
    "dni_es": ("es", "El titular del contrato se identifica con el DNI ⟪v0⟫."),
    "nie_es": ("es", "Mi NIE es ⟪v0⟫, lo necesito para abrir la cuenta."),
    "codice_fiscale_it": ("it", "Il codice fiscale del paziente è ⟪v0⟫."),
    "bsn_nl": ("nl", "Vul je burgerservicenummer in: ⟪v0⟫ staat ook op je paspoort."),
    "cpf_br": ("pt", "CPF do titular: ⟪v0⟫ — confira antes de emitir a nota."),
    "cnpj_br": ("pt", "A nota fiscal saiu com o CNPJ ⟪v0⟫ da empresa."),
    "aadhaar_in": ("hi", "मेरा आधार नंबर ⟪v0⟫ है, KYC के लिए उपयोग करें।"),
    "pan_in": ("en", "PAN for TDS deduction: ⟪v0⟫ (individual)."),
    "resident_id_cn": ("zh", "身份证号码：⟪v0⟫ ，请在入职表上填写。"),
    "rrn_kr": ("ko", "주민등록번호 ⟪v0⟫ 를 확인했습니다."),
    "personnummer_se": ("sv", "Mitt personnummer är ⟪v0⟫."),
    "pesel_pl": ("pl", "Numer PESEL pacjenta: ⟪v0⟫"),
    "hetu_fi": ("fi", "Henkilötunnus: ⟪v0⟫ — tarkista ennen lähettämistä."),
    "fodselsnummer_no": ("no", "Fødselsnummeret mitt er ⟪v0⟫."),
    "national_number_be": ("nl", "Rijksregisternummer van de werknemer: ⟪v0⟫"),
    "nif_pt": ("pt", "Fatura com NIF ⟪v0⟫, por favor."),
    "ahv_ch": ("de", "AHV-Nummer laut Versicherungsausweis: ⟪v0⟫"),
    "sin_ca": ("fr", "Numéro d'assurance sociale (NAS) : ⟪v0⟫"),
    "curp_mx": ("es", "CURP del solicitante: ⟪v0⟫"),
    "rut_cl": ("es", "Boleta a nombre de ⟪who⟫, RUT ⟪v0⟫."),
    "cuit_ar": ("es", "Facturar al CUIT ⟪v0⟫, responsable inscripto."),
    "id_za": ("en", "South African ID number: ⟪v0⟫ (verified against Home Affairs)."),
    "teudat_zehut_il": ("he", "מספר תעודת הזהות שלי הוא ⟪v0⟫."),
    "tc_kimlik_tr": ("tr", "T.C. kimlik numarası: ⟪v0⟫"),
    "my_number_jp": ("ja", "マイナンバーは ⟪v0⟫ です。"),
    "nric_sg": ("en", "NRIC ⟪v0⟫ was used to book the clinic appointment."),
    "hkid_hk": ("zh", "香港身份證號碼：⟪v0⟫"),
    "ppsn_ie": ("en", "My PPS number is ⟪v0⟫ if Revenue asks."),
    "cnp_ro": ("en", "Codul numeric personal (CNP): ⟪v0⟫"),
    "isikukood_ee": ("en", "Isikukood ⟪v0⟫ — e-residency application #⟪n⟫."),
    "rodne_cislo_cz": ("cs", "Rodné číslo pojištěnce: ⟪v0⟫"),
    "tfn_au": ("en", "Tax file number (TFN): ⟪v0⟫ - provide it to your new employer."),
    "svnr_at": ("de", "Sozialversicherungsnummer: ⟪v0⟫ (laut e-card)."),
}
NAT_STRUCT = [("json", "{\"name\": \"⟪who⟫\", \"⟪idkey⟫\": \"⟪v0⟫\", \"dob_verified\": true}"),
              ("csv", "employee,⟪idkey⟫,dept\n⟪who⟫,⟪v0⟫,finance"),
              ("form", "Full name: ⟪who⟫\n⟪idkey⟫: ⟪v0⟫\nSigned: ⟪date⟫"),
              ("chat_en", "I checked the record for ⟪who⟫ and the ⟪idkey⟫ on file is ⟪v0⟫, matching the scan.")]

SIGNATURES = [
    ("en", "Thanks,\n⟪who⟫\nAccount Manager\nT: ⟪v1⟫\nE: ⟪v0⟫"),
    ("de", "Mit freundlichen Grüßen\n⟪who⟫\nTel.: ⟪v1⟫\nE-Mail: ⟪v0⟫"),
    ("fr", "Cordialement,\n⟪who⟫\nTél. : ⟪v1⟫ | ⟪v0⟫"),
    ("es", "Un saludo,\n⟪who⟫ — ⟪v0⟫ — móvil ⟪v1⟫"),
    ("ja", "⟪who⟫\n営業部\nTEL: ⟪v1⟫\nMail: ⟪v0⟫"),
    ("pt", "Atenciosamente,\n⟪who⟫\nCel.: ⟪v1⟫\n⟪v0⟫"),
    ("it", "Cordiali saluti,\n⟪who⟫\ncell. ⟪v1⟫ – email ⟪v0⟫"),
    ("nl", "Met vriendelijke groet,\n⟪who⟫\n⟪v1⟫ · ⟪v0⟫"),
]


# ----------------------------------------------------------------------------- negatives
def uuid4():
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ean13(prefix):
    b = prefix + rs(DG, 12 - len(prefix))
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(b))
    return b + str((10 - s % 10) % 10)


def isbn13():
    n = ean13("978" + R.choice("0123"))
    return "%s-%s-%s-%s-%s" % (n[:3], n[3], n[4:7], n[7:12], n[12])


def luhn_ok(n):
    return luhn_digit(n[:-1]) == n[-1]


def bad_card():
    brand, c = card()
    digits = c.replace(" ", "").replace("-", "")
    last = str((int(digits[-1]) + R.randint(1, 9)) % 10)
    return c[:-1] + last


def bad_iban():
    cc = R.choice(list(IBAN_FMT))
    s = iban(cc, grouped=R.random() < .5)
    chk = s[2:4]
    new = "%02d" % ((int(chk) + R.randint(1, 50)) % 97 + 2)
    return s[:2] + new + s[4:]


def ipv6():
    return "2001:db8:" + ":".join("%x" % R.randrange(65536) for _ in range(R.randint(2, 6)))


def mac():
    return ":".join("%02x" % R.randrange(256) for _ in range(6))


def b64img():
    return "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA" + rs(B64, 120) + "AAAAAElFTkSuQmCC"


def sshpub():
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43) + " " + R.choice(["deploy@ci", "laptop-" + rs(LO, 4), "ops@bastion"])


def pubpem():
    return "-----BEGIN PUBLIC KEY-----\n" + b64lines("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 260) + "\n-----END PUBLIC KEY-----"


def certpem():
    return "-----BEGIN CERTIFICATE-----\n" + b64lines("MIIDdzCCAl+gAwIBAgIE", 880) + "\n-----END CERTIFICATE-----"


NEG = [
    ("uuid", [("log", "⟪date⟫T⟪time⟫Z request_id=⟪a⟫ status=200 dur=⟪n⟫ms"), ("json", "{\"tenant_id\": \"⟪a⟫\", \"plan\": \"team\"}"),
              ("prose", "The job ⟪a⟫ is stuck in PENDING on ⟪host⟫."), ("sql", "SELECT * FROM events WHERE trace_id = '⟪a⟫';")], {"a": uuid4}),
    ("git_sha", [("prose", "Reverted ⟪a⟫ because it broke the ⟪svc⟫ build."), ("log", "HEAD is now at ⟪s⟫ chore: bump deps"),
                 ("ci", "checkout: ref=refs/heads/main sha=⟪a⟫"), ("blame", "⟪s⟫ (⟪who⟫ ⟪date⟫ 14) return None")], {"a": lambda: rs(HX, 40), "s": lambda: rs(HX, 7)}),
    ("lockfile_integrity", [("package_lock", "\"node_modules/⟪pkg⟫\": {\n  \"version\": \"⟪ver⟫\",\n  \"resolved\": \"https://registry.npmjs.org/⟪pkg⟫/-/⟪pkg⟫-⟪ver⟫.tgz\",\n  \"integrity\": \"⟪a⟫\"\n}"),
                            ("yarn_lock", "⟪pkg⟫@^⟪ver⟫:\n  version \"⟪ver⟫\"\n  integrity ⟪a⟫")],
     {"a": lambda: "sha512-" + base64.b64encode(bytes(R.randrange(256) for _ in range(64))).decode(), "pkg": lambda: R.choice(["lodash", "chalk", "semver", "debug", "ms", "acorn", "yaml", "zod"]), "ver": lambda: "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 30))}),
    ("poetry_lock_hash", [("poetry", "[[package]]\nname = \"⟪pkg⟫\"\nversion = \"⟪ver⟫\"\nfiles = [\n    {file = \"⟪pkg⟫-⟪ver⟫.tar.gz\", hash = \"sha256:⟪a⟫\"},\n]"),
                          ("requirements", "⟪pkg⟫==⟪ver⟫ \\\n    --hash=sha256:⟪a⟫")],
     {"a": lambda: rs(HX, 64), "pkg": lambda: R.choice(["requests", "urllib3", "idna", "certifi", "click", "attrs", "pydantic"]), "ver": lambda: "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 30))}),
    ("go_sum", [("go_sum", "github.com/⟪org⟫/⟪mod⟫ v1.⟪n⟫.0 h1:⟪a⟫\ngithub.com/⟪org⟫/⟪mod⟫ v1.⟪n⟫.0/go.mod h1:⟪b⟫")],
     {"a": lambda: base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode(), "b": lambda: base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode(),
      "org": lambda: R.choice(["spf13", "google", "stretchr", "gorilla", "sirupsen", "pkg"]), "mod": lambda: R.choice(["cobra", "uuid", "testify", "mux", "logrus", "errors"])}),
    ("file_checksum", [("sha256sum", "$ sha256sum ⟪svc⟫-⟪ver⟫-linux-amd64.tar.gz\n⟪a⟫  ⟪svc⟫-⟪ver⟫-linux-amd64.tar.gz"), ("md5", "MD5 (backup-⟪date⟫.sql.gz) = ⟪m⟫"),
                       ("prose", "Verify the download: SHA-256 should be ⟪a⟫.")], {"a": lambda: rs(HX, 64), "m": lambda: rs(HX, 32), "ver": lambda: "%d.%d.%d" % (R.randint(0, 3), R.randint(0, 20), R.randint(0, 9))}),
    ("version_string", [("prose", "Upgrade to ⟪svc⟫ v⟪a⟫ before the ⟪date⟫ cutoff."), ("cli", "$ node --version\nv⟪a⟫\n$ npm -v\n10.⟪n⟫.0"),
                        ("changelog", "## [⟪a⟫-rc.⟪n⟫+build.⟪b⟫] - ⟪date⟫\n### Fixed\n- timezone handling")], {"a": lambda: "%d.%d.%d" % (R.randint(1, 22), R.randint(0, 40), R.randint(0, 99)), "b": lambda: rd(4)}),
    ("build_number", [("ci", "Build #⟪a⟫ passed in ⟪n⟫m ⟪n⟫s"), ("prose", "The regression first appears in build ⟪b⟫."),
                      ("log", "[jenkins] ⟪svc⟫-pipeline #⟪a⟫ FAILURE (stage: integration)")], {"a": lambda: rd(5), "b": lambda: "2025%02d%02d.%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(1, 9))}),
    ("order_number", [("prose", "Your order ⟪a⟫ has shipped."), ("email", "Bestellnummer: ⟪b⟫ – Lieferung voraussichtlich am ⟪date⟫."),
                      ("json", "{\"order_id\": \"ORD-⟪c⟫\", \"status\": \"refunded\"}")], {"a": lambda: "%s-%s-%s" % (rd(3), rd(7), rd(7)), "b": lambda: rd(10), "c": lambda: rd(9)}),
    ("invoice_number", [("prose", "Invoice INV-2025-⟪a⟫ is overdue by ⟪n⟫ days."), ("prose_fr", "Facture n° F⟪b⟫ réglée le ⟪date⟫."),
                        ("csv", "invoice,amount,due\nINV-⟪b⟫,⟪n⟫0.00,⟪date⟫")], {"a": lambda: rd(6), "b": lambda: rd(8)}),
    ("tracking_number", [("ups", "UPS tracking: 1Z⟪a⟫"), ("prose_de", "Sendungsnummer von DHL: ⟪b⟫ – Zustellung morgen."),
                         ("fedex", "FedEx ⟪c⟫ delivered to front desk.")], {"a": lambda: rs(UP + DG, 16), "b": lambda: rd(20), "c": lambda: rd(12)}),
    ("isbn_ean", [("isbn", "ISBN ⟪a⟫ (paperback, 2nd edition)"), ("ean", "EAN: ⟪b⟫ | SKU ⟪n⟫-BLU-M"), ("prose_es", "El código de barras del producto es ⟪b⟫.")],
     {"a": isbn13, "b": lambda: ean13(R.choice(["40", "50", "84", "30", "76"]))}),
    ("luhn_failing_card", [("prose", "Test with ⟪a⟫ - it must be rejected by the Luhn check."), ("log", "payment rejected: invalid_number (⟪a⟫)"),
                           ("json", "{\"card\": \"⟪a⟫\", \"error\": \"incorrect_number\"}")], {"a": bad_card}),
    ("iban_bad_check", [("prose", "The form rejected ⟪a⟫ because the IBAN check digits are wrong."), ("log", "validation error: iban=⟪a⟫ reason=checksum"),
                        ("prose_de", "Die IBAN ⟪a⟫ ist ungültig (Prüfziffer falsch).")], {"a": bad_iban}),
    ("timestamp", [("log", "⟪date⟫T⟪time⟫.⟪ms⟫Z ⟪lvl⟫ cache warmed"), ("epoch", "{\"created\": ⟪e⟫, \"updated\": ⟪e⟫}"), ("prose", "The outage started at ⟪date⟫ ⟪time⟫ UTC (epoch ⟪s⟫).")],
     {"ms": lambda: rd(3), "e": lambda: "17" + rs(DG, 11), "s": lambda: "17" + rs(DG, 8)}),
    ("date", [("prose", "Sprint review moved to ⟪a⟫."), ("prose_de", "Termin am ⟪b⟫ um 10 Uhr."), ("prose_ja", "締め切りは⟪c⟫です。")],
     {"a": lambda: "%02d/%02d/2025" % (R.randint(1, 12), R.randint(1, 28)), "b": lambda: "%02d.%02d.2025" % (R.randint(1, 28), R.randint(1, 12)), "c": lambda: "2025年%d月%d日" % (R.randint(1, 12), R.randint(1, 28))}),
    ("ipv4", [("log", "⟪date⟫ sshd: Accepted publickey for deploy from ⟪a⟫ port 5⟪n⟫22"), ("nginx", "upstream backend { server ⟪a⟫:8080; server ⟪b⟫:8080; }"),
              ("prose", "Allow-list ⟪a⟫/32 on the firewall.")], {"a": lambda: "%d.%d.%d.%d" % (R.choice([10, 172, 192, 34, 52]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "b": lambda: "10.0.%d.%d" % (R.randint(0, 255), R.randint(1, 254))}),
    ("ipv6", [("prose", "The pod got ⟪a⟫ as its address."), ("config", "listen [⟪a⟫]:443 ssl;"), ("log", "conn from ⟪a⟫ closed")], {"a": ipv6}),
    ("mac_address", [("prose", "Device MAC is ⟪a⟫, reserve a DHCP lease for it."), ("ip_link", "link/ether ⟪a⟫ brd ff:ff:ff:ff:ff:ff")], {"a": mac}),
    ("placeholder", [("env", "⟪K⟫=<your-api-key>\n⟪K2⟫=changeme"), ("yaml", "api_key: \"${⟪K⟫}\"\npassword: \"{{ vault_db_password }}\""),
                     ("prose", "Replace insert_key_here with the key from the dashboard, e.g. API_KEY=xxxxxxxxxxxxxxxx."),
                     ("json", "{\"token\": \"YOUR_TOKEN_HERE\", \"secret\": \"********\"}"), ("docs", "export ⟪K⟫=\"<paste token>\"  # never commit the real value"),
                     ("helm", "password: {{ .Values.db.password | quote }}\napiKey: {{ required \"apiKey\" .Values.apiKey }}"), ("ini", "[auth]\npassword = ${DB_PASSWORD}\ntoken = %(token)s")],
     {"K": lambda: R.choice(["OPENAI_API_KEY", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "SENDGRID_API_KEY"]), "K2": lambda: R.choice(["DB_PASSWORD", "ADMIN_PASSWORD"])}),
    ("truncated_key", [("prose", "The leaked key started with sk-proj-...⟪a⟫ and has been revoked."), ("ui", "Token: ghp_••••••••••••••••⟪a⟫ (created ⟪date⟫)"),
                       ("log", "using key AKIA****************, secret=[REDACTED]"), ("prose2", "Keys look like `sk-ant-...` or `hf_...`; ours ends in ⟪a⟫.")], {"a": lambda: rs(AN, 4)}),
    ("doc_example_key", [("aws_docs", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                         ("stripe_docs", "curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:"),
                         ("prose", "The docs use AKIAIOSFODNN7EXAMPLE as the sample access key id for ⟪svc⟫."),
                         ("stripe_pk", "Stripe.js demo: Stripe('pk_test_TYooMQauvdEDq54NiTphI7jx')"),
                         ("aws_arn_docs", "arn:aws:iam::123456789012:user/Development/product_1234/*")], {}),
    ("env_var_name", [("prose", "Set ⟪K⟫ and ⟪K2⟫ in the CI settings, not in the repo."), ("dockerfile", "ARG ⟪K⟫\nENV ⟪K2⟫=\"\""),
                      ("table", "| variable | required |\n|---|---|\n| ⟪K⟫ | yes |\n| ⟪K2⟫ | no |")],
     {"K": lambda: R.choice([v[2] for v in VENDORS]), "K2": lambda: R.choice([v[2] for v in VENDORS])}),
    ("code_reads_secret", [("python", "api_key = os.environ[\"⟪K⟫\"]\npassword = os.getenv(\"DB_PASSWORD\", \"\")"),
                           ("js", "const token = process.env.⟪K⟫;\nif (!token) throw new Error('missing ⟪K⟫');"),
                           ("go", "secret := os.Getenv(\"⟪K⟫\")"), ("gha", "env:\n  ⟪K⟫: ${{ secrets.⟪K⟫ }}"),
                           ("k8s", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: ⟪svc⟫-db\n        key: password")],
     {"K": lambda: R.choice([v[2] for v in VENDORS])}),
    ("base64_image", [("html", "<img alt=\"logo\" src=\"⟪a⟫\">"), ("css", ".icon { background-image: url(⟪a⟫); }")], {"a": b64img}),
    ("color_code", [("css", "--brand: #⟪a⟫; --accent: #⟪b⟫;"), ("prose", "Use #⟪a⟫ for buttons and rgb(⟪n⟫, 120, 200) for links.")], {"a": lambda: rs(HX, 6), "b": lambda: rs(HXU, 6)}),
    ("coordinates", [("prose", "Meet at ⟪a⟫, ⟪b⟫ (near the north gate)."), ("geojson", "{\"type\": \"Point\", \"coordinates\": [⟪b⟫, ⟪a⟫]}")],
     {"a": lambda: "%.6f" % R.uniform(-60, 60), "b": lambda: "%.6f" % R.uniform(-150, 150)}),
    ("math", [("prose", "So 4111 × 1111 = 4565321 and 2^64 = 18446744073709551616."), ("latex", "$$\\sum_{k=1}^{⟪n⟫} k^2 = \\frac{n(n+1)(2n+1)}{6}$$"),
              ("prose2", "π ≈ 3.14159265358979323846 and e ≈ 2.71828182845904523536.")], {}),
    ("css", [("css", ".card{padding:12px 16px;margin:0 auto;max-width:⟪n⟫0px;font:14px/1.4 Inter,sans-serif}"), ("tailwind", "<div class=\"grid grid-cols-3 gap-4 p-6 md:w-1/2\">")], {}),
    ("object_id", [("mongo", "db.orders.find({_id: ObjectId(\"⟪a⟫\")})"), ("json", "{\"_id\": {\"$oid\": \"⟪a⟫\"}}")], {"a": lambda: "6" + rs(HX, 23)}),
    ("discord_snowflake", [("prose", "The message id is ⟪a⟫ in channel ⟪b⟫."), ("json", "{\"guild_id\": \"⟪a⟫\", \"role_id\": \"⟪b⟫\"}")], {"a": lambda: rd(19), "b": lambda: rd(18)}),
    ("k8s_resource_name", [("kubectl", "NAME                              READY   STATUS\n⟪svc⟫-⟪a⟫-⟪b⟫   1/1     Running"), ("prose", "Pod ⟪svc⟫-⟪a⟫-⟪b⟫ was OOMKilled.")],
     {"a": lambda: rs("bcdfghjklmnpqrstvwxz2456789", 10), "b": lambda: rs("bcdfghjklmnpqrstvwxz2456789", 5)}),
    ("docker_digest", [("pull", "Digest: sha256:⟪a⟫\nStatus: Downloaded newer image for nginx:1.27"), ("k8s", "image: ghcr.io/acme/⟪svc⟫@sha256:⟪a⟫")], {"a": lambda: rs(HX, 64)}),
    ("ssh_public_key", [("authorized_keys", "⟪a⟫"), ("prose", "Add my public key to the bastion: ⟪a⟫")], {"a": sshpub}),
    ("pem_public_key", [("file", "jwt_public.pem:\n⟪a⟫"), ("prose", "Verify signatures with this key:\n⟪a⟫")], {"a": pubpem}),
    ("certificate", [("file", "ca.crt:\n⟪a⟫"), ("prose", "Here is the intermediate certificate for the chain:\n⟪a⟫")], {"a": certpem}),
    ("email_like_not_address", [("git", "git clone git@github.com:⟪org⟫/⟪mod⟫.git"), ("npm", "npm i @⟪org⟫/⟪mod⟫@⟪ver⟫"), ("python", "@app.route(\"/health\")\n@login_required\ndef health(): ..."),
                                ("docker", "FROM node:20-alpine@sha256:⟪a⟫")],
     {"org": lambda: R.choice(["acme", "babel", "angular", "platform-team", "types"]), "mod": lambda: R.choice(["core", "cli", "infra", "node", "parser"]), "ver": lambda: "%d.%d.%d" % (R.randint(1, 18), R.randint(0, 9), R.randint(0, 9)), "a": lambda: rs(HX, 64)}),
    ("phone_like_serial", [("prose", "Serial no. ⟪a⟫ is still under warranty."), ("label", "P/N ⟪b⟫ | Lot ⟪c⟫"), ("log", "firmware 4.⟪n⟫ on unit SN-⟪a⟫")],
     {"a": lambda: "%s-%s-%s" % (rd(4), rd(4), rd(4)), "b": lambda: "%s-%s-%s" % (rd(2), rd(4), rd(4)), "c": lambda: rd(3) + " " + rd(3) + " " + rd(4)}),
    ("secret_word_no_value", [("prose", "If you forgot your password, use the reset link; we never email passwords."), ("prose_de", "Das Passwort muss mindestens 12 Zeichen lang sein."),
                              ("code", "if not password:\n    raise ValueError(\"password required\")"), ("prose_fr", "Ne partagez jamais votre mot de passe ni votre clé API.")], {}),
    ("aws_arn_account", [("arn", "Role: arn:aws:iam::⟪a⟫:role/⟪svc⟫-deployer"), ("prose", "Account ⟪a⟫ owns the ⟪svc⟫ bucket in ⟪region⟫.")], {"a": lambda: rd(12)}),
    ("hash_in_prose", [("prose", "bcrypt cost 12, salt ⟪a⟫ is fine for this threat model."), ("sri", "<script src=\"/app.js\" integrity=\"sha384-⟪b⟫\"></script>")],
     {"a": lambda: rs(B64, 22), "b": lambda: base64.b64encode(bytes(R.randrange(256) for _ in range(48))).decode()}),
]


# ----------------------------------------------------------------------------- assembly
WIN = 8
MAX_SHARE = 3


class Builder:
    def __init__(self):
        self.rows, self.texts, self.win = [], set(), {}

    @staticmethod
    def windows(text):
        w = text.split()
        return {" ".join(w[i:i + WIN]) for i in range(len(w) - WIN + 1)}

    def add(self, make, kind, cls_fn, reason_fn, lang, tries=60):
        for _ in range(tries):
            out = make()
            if out is None:
                return False
            text, spans, cls, lg = out if len(out) == 4 else (out[0], out[1], cls_fn, lang)
            if text in self.texts:
                continue
            ws = self.windows(text)
            if any(len(self.win.get(x, ())) >= MAX_SHARE for x in ws):
                continue
            for x in ws:
                self.win.setdefault(x, set()).add(len(self.rows))
            self.texts.add(text)
            self.rows.append({"text": text, "spans": spans, "kind": kind, "class": cls, "reason": reason_fn if isinstance(reason_fn, str) else reason_fn(cls),
                              "_lang": lg})
            return True
        return False


def xfill(**kw):
    d = {k: f() for k, f in EXTRA_FILL.items()}
    d.update({"city": R.choice(CITIES), "sha": rs(HX, 40), "d1": str(R.randint(1, 9)), "d2": str(R.randint(6, 9))})
    d.update(kw)
    return d


def build():
    B = Builder()
    # --- vendor credentials
    vend = list(VENDORS)
    R.shuffle(vend)
    single, multi = vend[:72], vend[72:]
    carriers = list(VCARRIERS)
    ci = [0]

    def next_carrier():
        if ci[0] % len(carriers) == 0:
            R.shuffle(carriers)
        c = carriers[ci[0] % len(carriers)]
        ci[0] += 1
        return c

    for t, label, env, gen in single:
        def mk(t=t, label=label, env=env, gen=gen):
            cname, lang, tpl = next_carrier()
            text, spans = render(tpl, {"v0": (gen(), t)}, xfill(ENV=env, label=label, key=env.lower()))
            return text, spans, "%s/%s" % (t, cname), lang
        B.add(mk, "positive", None, lambda c: "vendor credential (%s) in %s carrier" % tuple(c.split("/")), "en")

    MULTI = [
        ("dotenv", "en", lambda vs: "# ⟪file⟫ - ⟪svc⟫ (⟪env⟫)\n" + "".join("%s=⟪v%d⟫\n" % (v[2], i) for i, v in enumerate(vs))),
        ("yaml", "en", lambda vs: "integrations:\n" + "".join("  %s: ⟪v%d⟫\n" % (v[2].lower(), i) for i, v in enumerate(vs))),
        ("json", "en", lambda vs: "{\n" + ",\n".join("  \"%s\": \"⟪v%d⟫\"" % (v[2].lower(), i) for i, v in enumerate(vs)) + "\n}"),
        ("k8s_secret", "en", lambda vs: "kind: Secret\nmetadata:\n  name: ⟪svc⟫-env\nstringData:\n" + "".join("  %s: \"⟪v%d⟫\"\n" % (v[2], i) for i, v in enumerate(vs))),
        ("gha_env", "en", lambda vs: "jobs:\n  release:\n    env:\n" + "".join("      %s: ⟪v%d⟫\n" % (v[2], i) for i, v in enumerate(vs))),
        ("chat_en", "en", lambda vs: "Here is what I found in ⟪who⟫'s old laptop backup: " + "; ".join("%s ⟪v%d⟫" % (v[1], i) for i, v in enumerate(vs)) + ". All of these need rotating."),
        ("prose_de", "de", lambda vs: "Folgende Schlüssel lagen unverschlüsselt im Wiki: " + ", ".join("%s ⟪v%d⟫" % (v[1], i) for i, v in enumerate(vs)) + "."),
        ("prose_es", "es", lambda vs: "Credenciales expuestas en el ticket ⟪ticket⟫ -> " + " | ".join("%s: ⟪v%d⟫" % (v[1], i) for i, v in enumerate(vs))),
        ("toml", "en", lambda vs: "[secrets]\n" + "".join("%s = \"⟪v%d⟫\"\n" % (v[2].lower(), i) for i, v in enumerate(vs))),
        ("log", "en", lambda vs: "".join("⟪date⟫T⟪time⟫Z DEBUG env %s=⟪v%d⟫\n" % (v[2], i) for i, v in enumerate(vs))),
    ]
    for gi in range(0, len(multi), 3):
        grp = multi[gi:gi + 3]
        cname, lang, tf = MULTI[(gi // 3) % len(MULTI)]

        def mk(grp=grp, cname=cname, lang=lang, tf=tf):
            vals = {"v%d" % i: (v[3](), v[0]) for i, v in enumerate(grp)}
            text, spans = render(tf(grp), vals, xfill())
            return text, spans, "multi_vendor/%s" % cname, lang
        B.add(mk, "positive", None, lambda c: "several vendor credentials in one %s" % c.split("/")[1], "en")

    for cls, lang, tpl, fac in special_cases():
        def mk(cls=cls, tpl=tpl, fac=fac, lang=lang):
            text, spans = render(tpl, fac(), xfill())
            return text, spans, cls, lang
        B.add(mk, "positive", None, lambda c: "hand-written %s credential carrier" % c, lang)

    # --- generic secrets and keys
    for cls, lang, tpl, fac in generic_cases():
        def mk(cls=cls, tpl=tpl, fac=fac, lang=lang):
            text, spans = render(tpl, fac(), xfill())
            return text, spans, cls, lang
        B.add(mk, "positive", None, lambda c: "generic secret value: %s" % c, lang)
    for cls, lang, tpl, fac in key_cases():
        if cls == "rsa_private_key/k8s_tls":
            tpl = "stringData:\n  tls.key: |\n    ⟪v0⟫\n"
            fac = lambda: {"v0": (pem("rsa").replace("\n", "\n    "), "private_key")}
        if cls == "pkcs8_private_key/gcp_sa_json":
            fac = lambda: {"v0": (pem("pkcs8").replace("\n", "\\n"), "private_key")}

        def mk(cls=cls, tpl=tpl, fac=fac, lang=lang):
            text, spans = render(tpl, fac(), xfill())
            return text, spans, cls, lang
        B.add(mk, "positive", None, lambda c: "private key block BEGIN..END (%s)" % c, lang)

    # --- phones: one text per region (+ a second for some), national and international
    regions = list(PHONES)
    sig_regions = ["US", "DE", "FR", "ES", "JP", "BR", "IT", "NL"]
    for i, reg in enumerate([r for r in regions if r not in sig_regions]):
        lang = PHONES[reg][0]

        def mk(reg=reg, lang=lang, i=i):
            ph = phone(reg, intl=(i % 2 == 0))
            if R.random() < 0.7 and lang in PHONE_T:
                tpl, cname, lg = R.choice(PHONE_T[lang]), "prose_" + lang, lang
            else:
                cname, tpl = R.choice(PHONE_STRUCT)
                lg = "en"
            text, spans = render(tpl, {"v0": (ph, "phone")}, xfill())
            return text, spans, "phone/%s_%s" % (reg, cname), lg
        B.add(mk, "positive", None, lambda c: "phone number (%s) as written, incl. + and separators" % c.split("/")[1], lang)
    for j, (lang, tpl) in enumerate(SIGNATURES):
        reg = sig_regions[j]

        def mk(tpl=tpl, reg=reg, lang=lang):
            text, spans = render(tpl, {"v0": (email(), "email"), "v1": (phone(reg), "phone")}, xfill())
            return text, spans, "signature/%s_%s" % (reg, lang), lang
        B.add(mk, "positive", None, "e-mail signature with address and phone", lang)
    # --- emails
    for lang, cname, tpl in EMAIL_T:
        def mk(lang=lang, cname=cname, tpl=tpl):
            text, spans = render(tpl, {"v0": (email(), "email")}, xfill())
            return text, spans, "email/%s_%s" % (cname, lang), lang
        B.add(mk, "positive", None, "e-mail address (span = address only)", lang)
    # --- cards
    brands = [b[0] for b in CARD_BRANDS]
    for k, (lang, cname, tpl) in enumerate(CARD_T):
        def mk(lang=lang, cname=cname, tpl=tpl, k=k):
            brand, num = card(brands[k % len(brands)])
            text, spans = render(tpl, {"v0": (num, "credit_card")}, xfill(brand=brand.rstrip("2").capitalize()))
            return text, spans, "credit_card/%s_%s_%s" % (brand, cname, lang), lang
        B.add(mk, "positive", None, lambda c: "Luhn-valid card number (%s)" % c.split("/")[1], lang)
    # --- ibans
    ibcc = list(IBAN_FMT)
    R.shuffle(ibcc)
    for k, cc in enumerate(ibcc[:27]):
        lang = IBAN_LANG[cc]

        def mk(cc=cc, lang=lang, k=k):
            v = iban(cc)
            if k % 4 == 3:
                cname, tpl = R.choice(IBAN_STRUCT)
                lg = "en"
            else:
                tpl, cname, lg = R.choice(IBAN_T[lang]), "prose_" + lang, lang
            text, spans = render(tpl, {"v0": (v, "iban")}, xfill())
            return text, spans, "iban/%s_%s" % (cc, cname), lg
        B.add(mk, "positive", None, lambda c: "IBAN with valid mod-97 check (%s)" % c.split("/")[1], lang)
    # --- national ids
    natgen = dict(NATIONAL)
    for t, (lang, tpl) in NAT_T.items():
        def mk(t=t, tpl=tpl, lang=lang):
            text, spans = render(tpl, {"v0": (natgen[t](), t)}, xfill())
            return text, spans, "%s/prose_%s" % (t, lang), lang
        B.add(mk, "positive", None, lambda c: "national id with valid check digits (%s)" % c.split("/")[0], lang)
    idkeys = {"ssn_us": "ssn", "steuer_id_de": "steuer_id", "cpf_br": "cpf", "aadhaar_in": "aadhaar", "resident_id_cn": "id_number",
              "pesel_pl": "pesel", "codice_fiscale_it": "codice_fiscale", "bsn_nl": "bsn", "nino_uk": "ni_number", "rrn_kr": "rrn"}
    for t, key in idkeys.items():
        def mk(t=t, key=key):
            cname, tpl = R.choice(NAT_STRUCT)
            text, spans = render(tpl, {"v0": (natgen[t](), t)}, xfill(idkey=key))
            return text, spans, "%s/%s" % (t, cname), "en"
        B.add(mk, "positive", None, lambda c: "national id with valid check digits in structured record (%s)" % c, "en")

    npos = len(B.rows)
    # --- negatives: round-robin over classes
    target_neg = 240
    rr = [(c, tpls, ex) for c, tpls, ex in NEG]
    exhausted = set()
    made = 0
    while made < target_neg and len(exhausted) < len(rr):
        for c, tpls, ex in rr:
            if made >= target_neg:
                break
            if c in exhausted:
                continue

            def mk(c=c, tpls=tpls, ex=ex):
                cname, tpl = R.choice(tpls)
                extra = {k: f() for k, f in ex.items()}
                text, spans = render(tpl, {}, extra)
                lg = cname.split("_")[-1] if cname.startswith("prose_") else "en"
                return text, [], "%s/%s" % (c, cname), lg
            if B.add(mk, "negative", None, lambda cl: "look-alike that must stay unchanged: %s" % cl.split("/")[0], "en", tries=30):
                made += 1
            else:
                exhausted.add(c)
    return B.rows, npos


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v11.jsonl")
    rows, npos = build()
    R.shuffle(rows)
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": "v11_%04d" % i, "text": r["text"], "spans": r["spans"], "kind": r["kind"], "class": r["class"], "reason": r["reason"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    langs, types, negc = {}, {}, {}
    for r in rows:
        langs[r["_lang"]] = langs.get(r["_lang"], 0) + 1
        for s in r["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
        if r["kind"] == "negative":
            k = r["class"].split("/")[0]
            negc[k] = negc.get(k, 0) + 1
    stats = {"texts": len(rows), "positives": npos, "negatives": len(rows) - npos, "spans": sum(types.values()),
             "types": len(types), "negative_classes": len(negc), "languages": len(langs)}
    print(json.dumps(stats))
    if "--stats" in sys.argv:
        print(json.dumps({"languages": dict(sorted(langs.items())), "span_types": dict(sorted(types.items())),
                          "negative_classes": dict(sorted(negc.items()))}, ensure_ascii=False))


if __name__ == "__main__":
    main()
