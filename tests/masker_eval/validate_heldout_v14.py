#!/usr/bin/env python3
"""Structural and checksum validator for heldout_v14.jsonl (stdlib only). Exit 0 = PASS."""
import base64
import hashlib
import json
import os
import re
import sys
import zlib
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(msg):
    ERR.append(msg)


H, A, U = "0-9a-f", "A-Za-z0-9", "A-Za-z0-9_-"
UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
FMT = {
    "aws_access_key_id": r"AKIA[A-Z2-7]{16}", "aws_temp_access_key_id": r"ASIA[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9/+]{40}", "aws_session_token": r"IQoJb3JpZ2luX2Vj[A-Za-z0-9/+]{280,}=*",
    "github_pat_classic": r"ghp_[A-Za-z0-9]{36}", "github_oauth_token": r"gho_[A-Za-z0-9]{36}",
    "github_user_to_server_token": r"ghu_[A-Za-z0-9]{36}", "github_app_installation_token": r"ghs_[A-Za-z0-9]{36}",
    "github_refresh_token": r"ghr_[A-Za-z0-9]{76}", "github_pat_fine_grained": r"github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}",
    "gitlab_pat": r"glpat-[%s]{20}" % U, "gitlab_runner_token": r"glrt-[%s]{20}" % U, "gitlab_deploy_token": r"gldt-[%s]{20}" % U,
    "gitlab_feed_token": r"glft-[%s]{20}" % U, "gitlab_pipeline_trigger_token": r"glptt-[0-9a-f]{40}",
    "gitlab_cicd_job_token": r"glcbt-[0-9a-f]{2}_[%s]{20}" % U, "gitlab_incoming_mail_token": r"glimt-[A-Za-z0-9]{25}",
    "gitlab_scim_token": r"glsoat-[%s]{20}" % U,
    "slack_bot_token": r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}", "slack_user_token": r"xoxp-\d{10,13}-\d{10,13}-\d{10,13}-[0-9a-f]{32}",
    "slack_app_token": r"xapp-1-A[A-Z0-9]{10}-\d{13}-[0-9a-f]{64}", "slack_config_refresh_token": r"xoxe-1-[A-Za-z0-9]{140}",
    "slack_webhook_url": r"https://hooks\.slack\.com/services/T[A-Z0-9]{8}/B[A-Z0-9]{8,10}/[A-Za-z0-9]{24}",
    "stripe_secret_key": r"sk_live_[A-Za-z0-9]{99}", "stripe_restricted_key": r"rk_live_[A-Za-z0-9]{99}", "stripe_webhook_secret": r"whsec_[A-Za-z0-9]{32}",
    "openai_api_key": r"sk-proj-[%s]{74}T3BlbkFJ[%s]{74}" % (U, U), "openai_admin_key": r"sk-admin-[%s]{74}T3BlbkFJ[%s]{74}" % (U, U),
    "openai_service_account_key": r"sk-svcacct-[%s]{74}T3BlbkFJ[%s]{74}" % (U, U),
    "anthropic_api_key": r"sk-ant-api03-[%s]{93}AA" % U, "anthropic_admin_key": r"sk-ant-admin01-[%s]{93}AA" % U,
    "gcp_api_key": r"AIza[%s]{35}" % U, "gcp_oauth_client_secret": r"GOCSPX-[%s]{28}" % U,
    "google_oauth_refresh_token": r"1//0[%s]{99}" % U, "google_oauth_access_token": r"ya29\.a0[%s]{150}" % U,
    "npm_token": r"npm_[A-Za-z0-9]{36}", "pypi_token": r"pypi-AgEIcHlwaS5vcmc[%s]{150}" % U, "huggingface_token": r"hf_[A-Za-z]{34}",
    "sendgrid_api_key": r"SG\.[%s]{22}\.[%s]{43}" % (U, U), "twilio_api_key": r"SK[0-9a-f]{32}", "twilio_auth_token": r"[0-9a-f]{32}",
    "mailgun_api_key": r"key-[0-9a-f]{32}", "mailchimp_api_key": r"[0-9a-f]{32}-us\d{1,2}", "brevo_api_key": r"xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}",
    "mandrill_api_key": r"md-[%s]{22}" % U, "postmark_server_token": UUID, "mailersend_token": r"mlsn\.[0-9a-f]{64}",
    "resend_api_key": r"re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}", "shopify_access_token": r"shpat_[0-9a-f]{32}",
    "shopify_custom_app_token": r"shpca_[0-9a-f]{32}", "shopify_shared_secret": r"shpss_[0-9a-f]{32}",
    "digitalocean_pat": r"dop_v1_[0-9a-f]{64}", "digitalocean_oauth_token": r"doo_v1_[0-9a-f]{64}", "digitalocean_refresh_token": r"dor_v1_[0-9a-f]{64}",
    "doppler_service_token": r"dp\.st\.prd\.[A-Za-z0-9]{43}", "doppler_personal_token": r"dp\.pt\.[A-Za-z0-9]{43}",
    "vault_service_token": r"hvs\.[%s]{24}" % U, "vault_batch_token": r"hvb\.[%s]{138}" % U,
    "terraform_cloud_token": r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}", "pulumi_access_token": r"pul-[0-9a-f]{40}",
    "databricks_token": r"dapi[0-9a-f]{32}(-\d)?", "linear_api_key": r"lin_api_[A-Za-z0-9]{40}", "notion_token": r"ntn_\d{11}[A-Za-z0-9]{35}",
    "notion_legacy_secret": r"secret_[A-Za-z0-9]{43}", "figma_pat": r"figd_[%s]{40}" % U, "postman_api_key": r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}",
    "atlassian_api_token": r"ATATT3xFfGF0[%s]{170}=[0-9A-F]{8}" % U, "dockerhub_pat": r"dckr_pat_[%s]{27}" % U,
    "grafana_service_account_token": r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}", "grafana_cloud_token": r"glc_[A-Za-z0-9]{80}==",
    "newrelic_user_key": r"NRAK-[A-Z0-9]{27}", "newrelic_insights_insert_key": r"NRII-[%s]{32}" % U, "newrelic_license_key": r"[0-9a-f]{36}NRAL",
    "sentry_user_token": r"sntryu_[0-9a-f]{64}", "sentry_org_token": r"sntrys_eyJ[%s]+_[%s]{43}" % (U, U),
    "age_secret_key": r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", "telegram_bot_token": r"\d{10}:AA[%s]{33}" % U,
    "discord_bot_token": r"[%s]{24,26}\.[%s]{6}\.[%s]{38}" % (U, U, U), "azure_storage_account_key": r"[A-Za-z0-9+/]{86}==",
    "azure_client_secret": r"[A-Za-z0-9]{3}8Q~[A-Za-z0-9~._-]{34}", "azure_openai_key": r"[0-9a-f]{32}", "azure_devops_pat": r"[A-Za-z0-9]{52}AZDO[A-Za-z0-9]{28}",
    "azure_function_key": r"[%s]{54}AzFu[%s]{5}==" % (U, U), "alibaba_access_key_id": r"LTAI5t[A-Za-z0-9]{18}", "alibaba_access_key_secret": r"[A-Za-z0-9]{30}",
    "tencent_secret_id": r"AKID[A-Za-z0-9]{32}", "tencent_secret_key": r"[A-Za-z0-9]{32}", "ibm_cloud_api_key": r"[%s]{44}" % U,
    "heroku_api_key_v2": r"HRKU-AA[%s]{58}" % U, "flyio_token": r"FlyV1 fm2_[%s]{200},fm2_[%s]{120}" % (U, U), "vercel_token": r"[A-Za-z0-9]{24}",
    "netlify_token": r"nfp_[A-Za-z0-9]{36}", "render_api_key": r"rnd_[A-Za-z0-9]{28}", "supabase_access_token": r"sbp_[0-9a-f]{40}",
    "supabase_secret_key": r"sb_secret_[%s]{31}" % U, "planetscale_token": r"pscale_tkn_[%s]{43}" % U, "planetscale_password": r"pscale_pw_[%s]{43}" % U,
    "okta_api_token": r"00[%s]{40}" % U, "cloudflare_api_token": r"[%s]{40}" % U, "cloudflare_global_api_key": r"[0-9a-f]{37}",
    "cloudflare_origin_ca_key": r"v1\.0-[0-9a-f]{24}-[0-9a-f]{146}", "square_access_token": r"EAAA[%s]{60}" % U, "square_oauth_secret": r"sq0csp-[%s]{43}" % U,
    "braintree_access_token": r"access_token\$production\$[a-z0-9]{16}\$[0-9a-f]{32}", "paystack_secret_key": r"sk_live_[0-9a-f]{40}",
    "flutterwave_secret_key": r"FLWSECK-[0-9a-f]{32}-X", "razorpay_key_secret": r"[A-Za-z0-9]{24}", "gocardless_access_token": r"live_[%s]{40}" % U,
    "mapbox_secret_token": r"sk\.eyJ1Ijoi[A-Za-z0-9]{40}\.[%s]{22}" % U, "algolia_admin_key": r"[0-9a-f]{32}", "datadog_api_key": r"[0-9a-f]{32}",
    "datadog_app_key": r"[0-9a-f]{40}", "pagerduty_api_key": r"u\+[%s]{18}" % U, "snyk_token": UUID, "sonarqube_token": r"sq[upa]_[0-9a-f]{40}",
    "jfrog_identity_token": r"cmVmdGtuOjAxOjE3[A-Za-z0-9]{48}", "jfrog_api_key": r"AKCp8[A-Za-z0-9]{68}", "rubygems_api_key": r"rubygems_[0-9a-f]{48}",
    "nuget_api_key": r"oy2[a-z0-9]{43}", "clojars_token": r"CLOJARS_[0-9a-f]{60}", "dynatrace_token": r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}",
    "groq_api_key": r"gsk_[A-Za-z0-9]{52}", "xai_api_key": r"xai-[A-Za-z0-9]{80}", "perplexity_api_key": r"pplx-[A-Za-z0-9]{48}",
    "openrouter_api_key": r"sk-or-v1-[0-9a-f]{64}", "deepseek_api_key": r"sk-[0-9a-f]{32}", "replicate_token": r"r8_[A-Za-z0-9]{37}",
    "langsmith_api_key": r"lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}", "pinecone_api_key": r"pcsk_[A-Za-z0-9]{6}_[A-Za-z0-9]{63}", "cohere_api_key": r"[A-Za-z0-9]{40}",
    "mistral_api_key": r"[A-Za-z0-9]{32}", "fireworks_api_key": r"fw_[A-Za-z0-9]{24}", "elevenlabs_api_key": r"sk_[0-9a-f]{48}", "wandb_api_key": r"[0-9a-f]{40}",
    "tailscale_auth_key": r"tskey-auth-k[A-Za-z0-9]{10}CNTRL-[A-Za-z0-9]{33}", "tailscale_api_key": r"tskey-api-k[A-Za-z0-9]{10}CNTRL-[A-Za-z0-9]{33}",
    "ngrok_authtoken": r"2[A-Za-z0-9]{26}_[A-Za-z0-9]{21}", "onepassword_service_account_token": r"ops_eyJ[A-Za-z0-9]{300,}",
    "onepassword_secret_key": r"A3-[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
    "launchdarkly_sdk_key": "sdk-" + UUID, "launchdarkly_api_token": "api-" + UUID, "segment_write_key": r"[A-Za-z0-9]{32}",
    "hubspot_private_app_token": r"pat-(na1|na2|eu1)-" + UUID, "asana_pat": r"2/\d{16}/\d{16}:[0-9a-f]{32}", "airtable_pat": r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}",
    "contentful_pat": r"CFPAT-[%s]{43}" % U, "typeform_token": r"tfp_[A-Za-z0-9]{44}_[A-Za-z0-9]{14}", "shippo_token": r"shippo_live_[0-9a-f]{40}",
    "easypost_api_key": r"EZAK[0-9a-f]{54}", "duffel_token": r"duffel_live_[%s]{43}" % U, "plaid_access_token": "access-production-" + UUID,
    "facebook_access_token": r"EAA[A-Za-z0-9]{180}", "instagram_access_token": r"IGQV[%s]{180}" % U, "twitter_bearer_token": r"A{21}[A-Za-z0-9]{25}%3D[A-Za-z0-9]{50}",
    "dropbox_access_token": r"sl\.u\.[%s]{150}" % U, "frameio_token": r"fio-u-[%s]{64}" % U, "buildkite_token": r"bkua_[0-9a-f]{40}",
    "circleci_pat": r"CCIPAT_[A-Za-z0-9]{22}_[0-9a-f]{40}", "harness_pat": r"pat\.[%s]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20}" % U,
    "octopus_deploy_api_key": r"API-[A-Z0-9]{26}", "prefect_api_key": r"pnu_[A-Za-z0-9]{36}", "readme_api_key": r"rdme_[0-9a-f]{70}", "infracost_api_key": r"ico-[A-Za-z0-9]{32}",
    "scalingo_token": r"tk-us-[%s]{48}" % U, "fastly_api_token": r"[%s]{32}" % U, "firebase_fcm_server_key": r"AAAA[%s]{7}:APA91b[%s]{134}" % (U, U),
    "yandex_cloud_api_key": r"AQVN[%s]{36}" % U, "yandex_oauth_token": r"y0_AgAAAA[%s]{49}" % U, "confluent_api_secret": r"[A-Za-z0-9+/]{64}",
    "zendesk_api_token": r"[A-Za-z0-9]{40}", "intercom_access_token": r"dG9rOj[A-Za-z0-9]{54}=", "lob_api_key": r"live_[0-9a-f]{35}",
    "coinbase_api_secret": r"[A-Za-z0-9]{32}", "discord_client_secret": r"[%s]{32}" % U, "django_secret_key": r"(django-insecure-)?[a-z0-9!@#%^&*(\-_=+)]{50}",
    "rails_secret_key_base": r"[0-9a-f]{128}", "laravel_app_key": r"base64:[A-Za-z0-9+/]{43}=", "nextauth_secret": r"[A-Za-z0-9+/]{43}=",
    "flask_secret_key": r"[0-9a-f]{64}", "symfony_app_secret": r"[0-9a-f]{32}", "phoenix_secret_key_base": r"[%s]{64}" % U, "jwt_signing_secret": r"[A-Za-z0-9]{48}",
    "encryption_key_hex": r"[0-9a-f]{64}", "wireguard_private_key": r"[A-Za-z0-9+/]{43}=", "ethereum_private_key": r"0x[0-9a-f]{64}",
    "totp_seed": r"[A-Z2-7]{32}", "generic_api_key": r"[A-Za-z0-9]{32,48}", "generic_secret": r"[%s]{30,44}" % U, "bearer_token": r"[%s]{40,64}" % U,
    "discord_webhook_url": r"https://discord\.com/api/webhooks/\d{17,20}/[%s]{68}" % U,
    "msteams_webhook_url": r"https://[a-z0-9]+\.webhook\.office\.com/webhookb2/%s@%s/IncomingWebhook/[0-9a-f]{32}/%s/V2[A-Za-z0-9]{43}" % (UUID, UUID, UUID),
    "google_chat_webhook_url": r"https://chat\.googleapis\.com/v1/spaces/AAAA[%s]{7}/messages\?key=AIza[%s]{35}&token=[%s]{43}%%3D" % (U, U, U),
    "azure_sas_signature": r"[A-Za-z0-9%]{43,}", "azure_service_bus_key": r"[A-Za-z0-9+/]{43}=", "cloudinary_url_secret": r"[%s]{27}" % U,
    "password": r"\S{8,40}", "wifi_psk": r"\S{8,63}", "password_cli_flag": r"\S{8,40}", "password_in_url": r"[A-Za-z0-9%]{11,24}",
    "connection_string_password": r"[A-Za-z0-9]{14,22}", "k8s_secret_data": r"[A-Za-z0-9+/]+=*", "kubeconfig_client_key_data": r"LS0tLS1CRUdJTi[A-Za-z0-9+/]+=*",
    "docker_registry_auth": r"[A-Za-z0-9+/]+=*", "basic_auth_credentials": r"[A-Za-z0-9+/]+=*",
    "email": r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", "phone": r"[+(0-9][0-9 ()+.\-]{6,22}[0-9]",
}


def luhn_ok(n):
    t = 0
    for i, ch in enumerate(reversed(n)):
        d = int(ch)
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        t += d
    return t % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    n = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
    return n % 97 == 1


IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "PL": 28, "PT": 25, "IE": 22,
            "SE": 24, "NO": 15, "DK": 18, "FI": 18, "CZ": 24, "HU": 28, "RO": 24, "GR": 27, "TR": 26, "SA": 24, "AE": 23, "IL": 23,
            "BR": 29, "LU": 20, "HR": 21, "SK": 24, "SI": 19, "BG": 22, "LT": 20, "LV": 21, "EE": 20, "UA": 29, "QA": 29, "EG": 29,
            "MT": 31, "CY": 28, "IS": 26, "GE": 22, "PK": 24, "KZ": 20, "JO": 30, "MC": 27, "LI": 21}


def iso7064(b):
    p = 10
    for ch in b:
        s = (int(ch) + p) % 10 or 10
        p = s * 2 % 11
    c = 11 - p
    return 0 if c == 10 else c % 10


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
      [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(n):
    c = 0
    for i, ch in enumerate(reversed(n)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def wsum(d, w):
    return sum(int(a) * b for a, b in zip(d, w))


def mrzc(s):
    v = lambda c: 0 if c == "<" else (int(c) if c.isdigit() else ord(c) - 55)
    return str(sum(v(c) * [7, 3, 1][i % 3] for i, c in enumerate(s)) % 10)


CF_ODD = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
for _i in range(10):
    CF_ODD[str(_i)] = CF_ODD["ABCDEFGHIJ"[_i]]
TW = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))
CURP = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def d(s):
    return re.sub(r"\D", "", s)


def nid_ok(t, v):
    x = d(v)
    if t == "us_ssn":
        return re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) and x[:3] not in ("000", "666") and x[0] != "9" and x[3:5] != "00" and x[5:] != "0000"
    if t == "us_itin":
        return re.fullmatch(r"9\d\d-\d\d-\d{4}", v) and (50 <= int(x[3:5]) <= 65 or 70 <= int(x[3:5]) <= 88 or int(x[3:5]) in (90, 91, 92, 94, 95, 96, 97, 98, 99))
    if t == "us_medicare_mbi":
        L = "ACDEFGHJKMNPQRTUVWXY"
        return re.fullmatch(r"[1-9][%s][%s0-9]\d-[%s][%s0-9]\d-[%s][%s]\d\d" % ((L,) * 6), v)
    if t == "uk_nino":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]", v) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if t == "uk_nhs_number":
        c = 11 - wsum(x[:9], range(10, 1, -1)) % 11
        return len(x) == 10 and (0 if c == 11 else c) == int(x[9])
    if t == "fr_nir":
        return len(x) == 15 and 97 - int(x[:13]) % 97 == int(x[13:])
    if t in ("de_steuer_id", "hr_oib"):
        if t == "de_steuer_id":
            cnt = Counter(x[:10]).values()
            if x[0] == "0" or sorted(cnt, reverse=True)[0] not in (2, 3):
                return False
        return len(x) == 11 and iso7064(x[:10]) == int(x[10])
    if t == "de_kvnr":
        s = "%02d" % (ord(v[0]) - 64) + v[1:9]
        tot = 0
        for i, ch in enumerate(s):
            p = int(ch) * (1 if i % 2 == 0 else 2)
            tot += p // 10 + p % 10
        return re.fullmatch(r"[A-Z]\d{9}", v) and tot % 10 == int(v[9])
    if t == "it_codice_fiscale":
        s = sum(CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(v[:15]))
        return re.fullmatch(r"[A-Z]{6}\d\d[ABCDEHLMPRST]\d\d[A-Z]\d{3}[A-Z]", v) and chr(65 + s % 26) == v[15]
    if t == "es_dni":
        return re.fullmatch(r"\d{8}[A-Z]", v) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23] == v[8]
    if t == "es_nie":
        return re.fullmatch(r"[XYZ]\d{7}[A-Z]", v) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(v[0])) + v[1:8]) % 23] == v[8]
    if t == "pt_nif":
        c = 11 - wsum(x[:8], range(9, 1, -1)) % 11
        return len(x) == 9 and (0 if c >= 10 else c) == int(x[8])
    if t == "nl_bsn":
        return len(x) == 9 and (wsum(x[:8], range(9, 1, -1)) - int(x[8])) % 11 == 0
    if t == "be_national_number":
        return len(x) == 11 and 97 - int(x[:9]) % 97 == int(x[9:])
    if t == "pl_pesel":
        return len(x) == 11 and (10 - wsum(x, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(x[10])
    if t in ("cz_rodne_cislo", "sk_rodne_cislo"):
        return len(x) == 10 and int(x) % 11 == 0
    if t == "se_personnummer":
        return len(x) == 10 and luhn_ok(x)
    if t == "no_fodselsnummer":
        k1 = 11 - wsum(x, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11
        k2 = 11 - wsum(x, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
        return len(x) == 11 and k1 % 11 == int(x[9]) and k2 % 11 == int(x[10])
    if t == "dk_cpr":
        return len(x) == 10 and wsum(x, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0
    if t == "fi_hetu":
        return re.fullmatch(r"\d{6}[-A]\d{3}[0-9A-Y]", v) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31] == v[10]
    if t in ("ee_isikukood", "lt_asmens_kodas"):
        r = wsum(x, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
        if r == 10:
            r = wsum(x, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11 % 10
        return len(x) == 11 and r == int(x[10])
    if t == "lv_personas_kods":
        return len(x) == 11 and (1101 - wsum(x, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11 == int(x[10])
    if t == "ro_cnp":
        c = wsum(x, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
        return len(x) == 13 and (1 if c == 10 else c) == int(x[12])
    if t == "bg_egn":
        c = wsum(x, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11
        return len(x) == 10 and (0 if c == 10 else c) == int(x[9])
    if t == "si_emso":
        c = 11 - wsum(x, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
        return len(x) == 13 and (0 if c == 11 else c) == int(x[12])
    if t == "gr_amka":
        return len(x) == 11 and luhn_ok(x)
    if t == "hu_taj":
        return len(x) == 9 and sum(int(a) * (3 if i % 2 == 0 else 7) for i, a in enumerate(x[:8])) % 10 == int(x[8])
    if t == "ch_ahv":
        return len(x) == 13 and x.startswith("756") and (10 - sum(int(a) * (1 if i % 2 == 0 else 3) for i, a in enumerate(x[:12])) % 10) % 10 == int(x[12])
    if t == "at_svnr":
        return len(x) == 10 and x[0] != "0" and wsum(x, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11 == int(x[3])
    if t == "ie_pps":
        s = wsum(v[:7], range(8, 1, -1)) + (9 * (ord(v[8]) - 64) if len(v) == 9 else 0)
        return re.fullmatch(r"\d{7}[A-W][A-Z]?", v) and "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] == v[7]
    if t == "tr_tc_kimlik":
        n = [int(a) for a in x]
        return len(n) == 11 and n[0] and ((n[0] + n[2] + n[4] + n[6] + n[8]) * 7 - (n[1] + n[3] + n[5] + n[7])) % 10 == n[9] and sum(n[:10]) % 10 == n[10]
    if t == "il_teudat_zehut":
        s = 0
        for i, a in enumerate(x):
            p = int(a) * (1 if i % 2 == 0 else 2)
            s += p - 9 if p > 9 else p
        return len(x) == 9 and s % 10 == 0
    if t == "in_aadhaar":
        return len(x) == 12 and x[0] in "23456789" and verhoeff_ok(x)
    if t == "in_pan":
        return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v)
    if t == "cn_resident_id":
        return re.fullmatch(r"\d{17}[\dX]", v) and "10X98765432"[wsum(v[:17], [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11] == v[17]
    if t == "jp_my_number":
        s = sum(int(x[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
        r = s % 11
        return len(x) == 12 and (0 if r <= 1 else 11 - r) == int(x[11])
    if t == "kr_rrn":
        return len(x) == 13 and (11 - wsum(x, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10 == int(x[12])
    if t == "tw_national_id":
        c = TW[v[0]]
        return re.fullmatch(r"[A-Z][12]\d{8}", v) and (c // 10 + c % 10 * 9 + wsum(v[1:9], [8, 7, 6, 5, 4, 3, 2, 1]) + int(v[9])) % 10 == 0
    if t == "hk_hkid":
        m = re.fullmatch(r"([A-Z])(\d{6})\(([0-9A])\)", v)
        c = (11 - (36 * 9 + (ord(m.group(1)) - 55) * 8 + wsum(m.group(2), [7, 6, 5, 4, 3, 2])) % 11) % 11
        return ("A" if c == 10 else str(c)) == m.group(3)
    if t == "sg_nric":
        return re.fullmatch(r"[ST]\d{7}[A-Z]", v) and "JZIHGFEDCBA"[(wsum(v[1:8], [2, 7, 6, 5, 4, 3, 2]) + (4 if v[0] == "T" else 0)) % 11] == v[8]
    if t == "my_mykad":
        return re.fullmatch(r"\d{6}-\d\d-\d{4}", v) and 1 <= int(v[2:4]) <= 12 and 1 <= int(v[7:9]) <= 16
    if t == "th_national_id":
        return len(x) == 13 and (11 - sum(int(a) * (13 - i) for i, a in enumerate(x[:12])) % 11) % 10 == int(x[12])
    if t == "id_nik":
        dd = int(x[6:8])
        return len(x) == 16 and (1 <= dd <= 31 or 41 <= dd <= 71) and 1 <= int(x[8:10]) <= 12
    if t == "au_tfn":
        return len(x) == 9 and wsum(x, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0
    if t == "au_medicare":
        return len(x) == 10 and x[0] in "23456" and wsum(x, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 == int(x[8])
    if t == "nz_ird":
        b = x[:-1].rjust(8, "0")
        r = wsum(b, [3, 2, 7, 6, 5, 4, 3, 2]) % 11
        return 10000000 <= int(x) <= 150000000 and (0 if r == 0 else 11 - r) == int(x[-1])
    if t == "ca_sin":
        return len(x) == 9 and x[0] not in "08" and luhn_ok(x)
    if t == "mx_curp":
        return len(v) == 18 and (10 - sum(CURP.index(c) * (18 - i) for i, c in enumerate(v[:17])) % 10) % 10 == int(v[17])
    if t == "br_cpf":
        n = [int(a) for a in x]
        ok = len(n) == 11
        for k in (9, 10):
            ok = ok and (sum(n[i] * (k + 1 - i) for i in range(k)) * 10 % 11) % 10 == n[k]
        return ok
    if t == "br_cnpj":
        n = [int(a) for a in x]
        w1, w2 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
        r1, r2 = wsum(x[:12], w1) % 11, wsum(x[:13], w2) % 11
        return len(n) == 14 and (0 if r1 < 2 else 11 - r1) == n[12] and (0 if r2 < 2 else 11 - r2) == n[13]
    if t == "ar_cuit":
        c = 11 - wsum(x, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
        return len(x) == 11 and (0 if c == 11 else c) == int(x[10])
    if t == "cl_rut":
        body, cd = v.replace(".", "").split("-")
        s = sum(int(a) * [2, 3, 4, 5, 6, 7][i % 6] for i, a in enumerate(reversed(body)))
        c = 11 - s % 11
        return ("0" if c == 11 else "K" if c == 10 else str(c)) == cd
    if t == "za_id_number":
        return len(x) == 13 and luhn_ok(x)
    return None


def mrz_ok(t, v):
    ls = v.split("\n")
    if t == "passport_mrz":
        if len(ls) != 2 or any(len(l) != 44 for l in ls) or not ls[0].startswith("P<"):
            return False
        l2 = ls[1]
        ok = mrzc(l2[0:9]) == l2[9] and mrzc(l2[13:19]) == l2[19] and mrzc(l2[21:27]) == l2[27]
        ok = ok and (l2[42] == "<" and not l2[28:42].strip("<") or mrzc(l2[28:42]) == l2[42])
        return ok and mrzc(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]
    if len(ls) != 3 or any(len(l) != 30 for l in ls) or not ls[0].startswith("I<"):
        return False
    l1, l2 = ls[0], ls[1]
    return (mrzc(l1[5:14]) == l1[14] and mrzc(l2[0:6]) == l2[6] and mrzc(l2[8:14]) == l2[14]
            and mrzc(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29])


def b64d(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_ok(t, v):
    p = v.split(".")
    if len(p) != 3:
        return False
    try:
        h, pl = json.loads(b64d(p[0])), json.loads(b64d(p[1]))
    except Exception:
        return False
    if t in ("jwt_rs256", "k8s_service_account_token"):
        return h.get("alg") == "RS256" and len(p[2]) >= 300
    if t == "supabase_service_role_jwt":
        return h.get("alg") == "HS256" and pl.get("role") == "service_role"
    return h.get("alg") == "HS256" and len(p[2]) == 43


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def crc_ok(v, plen):
    body, chk = v[plen:plen + 30], v[plen + 30:plen + 36]
    n = zlib.crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0") == chk


def wif_ok(v):
    n = 0
    for c in v:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes(38, "big")
    return raw[0] == 0x80 and raw[33] == 1 and hashlib.sha256(hashlib.sha256(raw[:34]).digest()).digest()[:4] == raw[34:]


PEM = {"private_key_rsa": "RSA PRIVATE KEY", "private_key_pkcs8": "PRIVATE KEY", "private_key_ec": "EC PRIVATE KEY", "private_key_openssh": "OPENSSH PRIVATE KEY",
       "private_key_encrypted": "ENCRYPTED PRIVATE KEY", "private_key_dsa": "DSA PRIVATE KEY", "private_key_pgp": "PGP PRIVATE KEY BLOCK"}


def check_value(t, v):
    if t in FMT:
        if not re.fullmatch(FMT[t], v):
            return "format"
        if t in ("github_pat_classic", "github_oauth_token", "github_user_to_server_token", "github_app_installation_token", "github_refresh_token") and not crc_ok(v, 4):
            return "crc32"
        if t == "npm_token" and not crc_ok(v, 4):
            return "crc32"
        if t in ("basic_auth_credentials", "docker_registry_auth") and ":" not in base64.b64decode(v).decode():
            return "basic decode"
        if t == "kubeconfig_client_key_data" and b"PRIVATE KEY-----" not in base64.b64decode(v):
            return "kubeconfig decode"
        if t in ("laravel_app_key", "nextauth_secret", "wireguard_private_key", "azure_service_bus_key") and len(base64.b64decode(v.replace("base64:", ""))) != 32:
            return "key length"
        return None
    if t in PEM:
        lab = PEM[t]
        lines = [l.strip() for l in v.split("\n")]
        return None if lines[0] == "-----BEGIN %s-----" % lab and lines[-1] == "-----END %s-----" % lab else "pem labels"
    if t == "gcp_service_account_key":
        return None if v.startswith("-----BEGIN PRIVATE KEY-----\\n") and v.endswith("-----END PRIVATE KEY-----\\n") else "sa key"
    if t in ("jwt", "jwt_rs256", "supabase_service_role_jwt", "k8s_service_account_token"):
        return None if jwt_ok(t, v) else "jwt"
    if t == "credit_card":
        x = d(v)
        return None if 13 <= len(x) <= 19 and luhn_ok(x) and re.fullmatch(r"[\d -]+", v) else "luhn"
    if t == "iban":
        s = v.replace(" ", "")
        if IBAN_LEN.get(s[:2]) != len(s) or not iban_ok(s):
            return "iban"
        if s[:2] == "BE" and (int(s[4:14]) % 97 or 97) != int(s[14:16]):
            return "be national check"
        return None
    if t in ("passport_mrz", "id_card_mrz"):
        return None if mrz_ok(t, v) else "mrz"
    if t == "crypto_wif_private_key":
        return None if wif_ok(v) else "wif"
    r = nid_ok(t, v)
    if r is None:
        return "unknown type"
    return None if r else "national id check"


def main():
    path = os.path.join(HERE, "heldout_v14.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err("line %d does not parse: %s" % (ln, e))
    texts = set()
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        for k in ("id", "text", "spans", "kind", "class", "reason"):
            if k not in r:
                err("%s: missing %s" % (rid, k))
        if rid != "v14_%04d" % i:
            err("%s: id not sequential" % rid)
        if r["text"] in texts:
            err("%s: duplicate text" % rid)
        texts.add(r["text"])
        if r["kind"] not in ("positive", "negative"):
            err("%s: bad kind" % rid)
        if (r["kind"] == "negative") != (not r["spans"]):
            err("%s: kind/spans mismatch" % rid)
        prev = 0
        for s in r["spans"]:
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(r["text"])) or a < prev:
                err("%s: span out of range / overlap" % rid)
                continue
            prev = b
            v = r["text"][a:b]
            if v != v.strip():
                err("%s: span has surrounding whitespace" % rid)
            why = check_value(s["type"], v)
            if why:
                err("%s: %s value fails %s: %r" % (rid, s["type"], why, v[:60]))
        label, _, carrier = r["class"].partition("/")
        if r["kind"] == "positive" and label != "+".join(s["type"] for s in r["spans"]):
            err("%s: class prefix != span types" % rid)
        if not re.fullmatch(r"[a-z0-9_+]+/[a-z0-9_-]+-[a-z]{2}", r["class"]):
            err("%s: bad class %s" % (rid, r["class"]))
        if r["kind"] == "negative":
            txt = r["text"]
            if label == "card_luhn_fail":
                m = re.search(r"card ([\d -]{13,23}\d)", txt)
                if not m or luhn_ok(d(m.group(1))):
                    err("%s: luhn-fail negative passes Luhn" % rid)
            if label == "iban_bad_check":
                m = re.search(r"IBAN ([A-Z]{2}\d\d[A-Z0-9 ]+?) rejected", txt)
                if not m or iban_ok(m.group(1)):
                    err("%s: bad-IBAN negative passes mod-97" % rid)
            if label == "invalid_national_id":
                m = re.search(r"- (.+?): (\S+)  \(checksum", txt)
                tmap = {"PESEL": "pl_pesel", "BSN": "nl_bsn", "CPF": "br_cpf", "Steuer-IdNr.": "de_steuer_id", "T.C. Kimlik No": "tr_tc_kimlik",
                        "Aadhaar": "in_aadhaar", "CNP": "ro_cnp", "SSN": "us_ssn"}
                if not m:
                    err("%s: invalid id not found" % rid)
                else:
                    val = m.group(2)
                    if m.group(1) == "Aadhaar":
                        val = re.search(r"Aadhaar: (\d{4} \d{4} \d{4})", txt).group(1)
                    if nid_ok(tmap[m.group(1)], val):
                        err("%s: invalid national id actually valid" % rid)
    n = len(rows)
    pos = sum(r["kind"] == "positive" for r in rows)
    if not 0.55 <= pos / n <= 0.66:
        err("positive share %.3f outside 0.55-0.66" % (pos / n))
    win = defaultdict(set)
    for r in rows:
        w = r["text"].split()
        for j in range(len(w) - 7):
            win[" ".join(w[j:j + 8])].add(r["id"])
    shared = {k: v for k, v in win.items() if len(v) > 3}
    for k, v in sorted(shared.items())[:20]:
        err("8-word window shared by %d texts: %r" % (len(v), k))
    run, best = 1, 1
    for a, b in zip(rows, rows[1:]):
        run = run + 1 if a["kind"] == b["kind"] else 1
        best = max(best, run)
    if best > 22:
        err("not shuffled: run of %d same-kind rows" % best)
    langs = {r["class"].rsplit("-", 1)[1] for r in rows}
    if len(langs) != 30:
        err("expected 30 languages, got %d" % len(langs))
    for e in ERR[:60]:
        print("ERROR", e)
    spans = sum(len(r["spans"]) for r in rows)
    print("rows %d positive %d negative %d spans %d types %d" % (n, pos, n - pos, spans, len({s["type"] for r in rows for s in r["spans"]})))
    print("FAIL (%d errors)" % len(ERR) if ERR else "PASS")
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
