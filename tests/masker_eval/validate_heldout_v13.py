#!/usr/bin/env python3
"""Validator for heldout_v13.jsonl (BLIND masker evaluation set v13). Python 3 stdlib. Exit 0 = PASS.

Checks: JSON rows and fields; sequential unique ids; unique texts; spans inside the text, non-empty, no
surrounding whitespace, sorted and non-overlapping; negatives have no spans, positives have some; class prefix
equals the span types; positive share 55-66%; no 8-word window shared by more than 3 texts; per-type value
formats (vendor prefixes, lengths, alphabets) and recomputed checksums (Luhn, IBAN mod-97, GitHub CRC32,
national-id check digits, MRZ), JWT / Basic / PEM structure; Luhn-failing and bad-IBAN negatives really fail.
"""
import base64
import json
import os
import re
import sys
import zlib
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "heldout_v13.jsonl")
LANGS = set("en de fr es pt zh ja ru it nl ko ar tr sv pl hi no cs he hu id uk da vi ro fi el sw fa th".split())
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "AT": 20, "CH": 21, "PL": 28, "PT": 25,
            "SE": 24, "NO": 15, "DK": 18, "FI": 18, "IE": 22, "LU": 20, "CZ": 24, "HU": 28, "RO": 24, "GR": 27, "TR": 26,
            "SA": 24, "AE": 23, "IL": 23, "BR": 29, "LT": 20, "LV": 21, "EE": 20, "HR": 21, "SI": 19, "BG": 22, "UA": 29}


def iban_ok(iban):
    x = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", x) or IBAN_LEN.get(x[:2]) != len(x):
        return False
    return int("".join(str(int(ch, 36)) for ch in x[4:] + x[:4])) % 97 == 1


def gh_ok(tok):
    body, chk = tok[4:34], tok[34:]
    n = zlib.crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return len(tok) == 40 and out.rjust(6, "0") == chk


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 4, 1, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def iso7064_ok(d):
    p = 10
    for ch in d[:-1]:
        s = (int(ch) + p) % 10 or 10
        p = (s * 2) % 11
    c = 11 - p
    return str(0 if c == 10 else c) == d[-1]


def mrz_digit(s):
    w = [7, 3, 1]
    t = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else (0 if ch == "<" else ord(ch) - 55)
        t += v * w[i % 3]
    return str(t % 10)


CF_ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
CF_ODD.update(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def digits(v):
    return re.sub(r"\D", "", v)


def w_sum(d, w):
    return sum(int(x) * y for x, y in zip(d, w))


def chk_id(t, v):
    d = digits(v)
    if t == "us_ssn":
        m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
        return bool(m) and m.group(1) not in ("000", "666") and int(m.group(1)) < 900 and m.group(2) != "00" and m.group(3) != "0000"
    if t == "uk_nino":
        x = v.replace(" ", "")
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", x)) and x[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if t in ("ca_sin", "il_teudat_zehut"):
        return len(d) == 9 and luhn_ok(d)
    if t == "fr_nir":
        return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])
    if t == "de_steuer_id":
        from collections import Counter
        c = Counter(d[:10])
        return len(d) == 11 and d[0] != "0" and sorted(c.values())[-1] in (2, 3) and iso7064_ok(d)
    if t == "es_dni":
        return bool(re.fullmatch(r"\d{8}[A-Z]", v)) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23] == v[8]
    if t == "es_nie":
        return bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", v)) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(v[0])) + v[1:8]) % 23] == v[8]
    if t == "it_codice_fiscale":
        if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", v):
            return False
        s = sum(CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65) for i, ch in enumerate(v[:15]))
        return chr(65 + s % 26) == v[15]
    if t == "nl_bsn":
        return len(d) == 9 and (w_sum(d[:8], [9, 8, 7, 6, 5, 4, 3, 2]) - int(d[8])) % 11 == 0
    if t == "be_national_number":
        return len(d) == 11 and 97 - int(d[:9]) % 97 == int(d[9:])
    if t == "pl_pesel":
        return len(d) == 11 and (10 - w_sum(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(d[10])
    if t == "se_personnummer":
        return bool(re.fullmatch(r"\d{6}-\d{4}", v)) and luhn_ok(d)
    if t == "no_fodselsnummer":
        if len(d) != 11:
            return False
        k1 = (11 - w_sum(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11) % 11
        k2 = (11 - w_sum(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11) % 11
        return k1 == int(d[9]) and k2 == int(d[10])
    if t == "fi_hetu":
        m = re.fullmatch(r"(\d{6})[-A+](\d{3})([0-9A-Y])", v)
        return bool(m) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m.group(1) + m.group(2)) % 31] == m.group(3)
    if t == "dk_cpr":
        return bool(re.fullmatch(r"\d{6}-\d{4}", v)) and w_sum(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0
    if t == "pt_nif":
        c = 11 - w_sum(d[:8], [9, 8, 7, 6, 5, 4, 3, 2]) % 11
        return len(d) == 9 and (0 if c >= 10 else c) == int(d[8])
    if t == "br_cpf":
        if len(d) != 11 or len(set(d)) == 1:
            return False
        for n in (9, 10):
            r = w_sum(d[:n], range(n + 1, 1, -1)) * 10 % 11
            if (0 if r == 10 else r) != int(d[n]):
                return False
        return True
    if t == "cl_rut":
        m = re.fullmatch(r"([\d.]+)-([\dK])", v)
        if not m:
            return False
        body = m.group(1).replace(".", "")
        t_, w = 0, 2
        for ch in reversed(body):
            t_ += int(ch) * w
            w = 2 if w == 7 else w + 1
        r = 11 - t_ % 11
        return ("0" if r == 11 else "K" if r == 10 else str(r)) == m.group(2)
    if t == "cn_resident_id":
        return bool(re.fullmatch(r"\d{17}[\dX]", v)) and "10X98765432"[w_sum(v[:17], [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11] == v[17]
    if t == "in_aadhaar":
        return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)
    if t == "jp_my_number":
        if len(d) != 12:
            return False
        s = sum(int(d[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
        r = s % 11
        return (0 if r <= 1 else 11 - r) == int(d[11])
    if t == "kr_rrn":
        return len(d) == 13 and (11 - w_sum(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10 == int(d[12])
    if t == "sg_nric":
        if not re.fullmatch(r"[ST]\d{7}[A-Z]", v):
            return False
        s = w_sum(v[1:8], [2, 7, 6, 5, 4, 3, 2]) + (4 if v[0] == "T" else 0)
        return "JZIHGFEDCBA"[s % 11] == v[8]
    if t == "tr_tc_kimlik":
        x = [int(c) for c in d]
        return (len(x) == 11 and x[0] != 0 and ((x[0] + x[2] + x[4] + x[6] + x[8]) * 7 - (x[1] + x[3] + x[5] + x[7])) % 10 == x[9]
                and sum(x[:10]) % 10 == x[10])
    if t == "za_id_number":
        return len(d) == 13 and d[10] in "01" and luhn_ok(d)
    if t == "au_tfn":
        return len(d) == 9 and w_sum(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0
    if t == "au_medicare":
        return len(d) == 10 and d[0] in "23456" and w_sum(d[:8], [1, 3, 7, 9, 1, 3, 7, 9]) % 10 == int(d[8])
    if t == "mx_curp":
        al = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        return len(v) == 18 and str((10 - sum(al.index(c) * (18 - i) for i, c in enumerate(v[:17])) % 10) % 10) == v[17]
    if t == "ch_ahv":
        return len(d) == 13 and d.startswith("756") and (10 - w_sum(d[:12], [1, 3] * 6) % 10) % 10 == int(d[12])
    if t == "ie_pps":
        return bool(re.fullmatch(r"\d{7}[A-W]", v)) and "WABCDEFGHIJKLMNOPQRSTUV"[w_sum(v[:7], [8, 7, 6, 5, 4, 3, 2]) % 23] == v[7]
    if t == "hr_oib":
        return len(d) == 11 and iso7064_ok(d)
    if t == "ro_cnp":
        r = w_sum(d[:12], [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
        return len(d) == 13 and (1 if r == 10 else r) == int(d[12])
    if t == "bg_egn":
        r = w_sum(d[:9], [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11
        return len(d) == 10 and (0 if r == 10 else r) == int(d[9])
    if t == "cz_rodne_cislo":
        return bool(re.fullmatch(r"\d{6}/\d{4}", v)) and int(d) % 11 == 0
    if t == "ee_isikukood":
        if len(d) != 11:
            return False
        r = w_sum(d[:10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
        if r == 10:
            r = w_sum(d[:10], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
            r = 0 if r == 10 else r
        return r == int(d[10])
    return None


A = r"[A-Za-z0-9]"
U = r"[A-Za-z0-9_-]"
H = r"[0-9a-f]"
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
FORMATS = {
    "aws_access_key_id": r"AKIA[A-Z2-7]{16}", "aws_temp_access_key_id": r"ASIA[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9+/]{40}", "aws_session_token": r"IQoJb3JpZ2luX2Vj[A-Za-z0-9+/]{300,}",
    "github_pat_classic": r"ghp_%s{36}" % A, "github_oauth_token": r"gho_%s{36}" % A,
    "github_user_to_server_token": r"ghu_%s{36}" % A, "github_app_installation_token": r"ghs_%s{36}" % A,
    "github_refresh_token": r"ghr_%s{36}" % A, "github_pat_fine_grained": r"github_pat_11[A-Z0-9]{20}_%s{59}" % A,
    "gitlab_pat": r"glpat-%s{20}" % U, "gitlab_deploy_token": r"gldt-%s{20}" % U, "gitlab_pipeline_trigger_token": r"glptt-%s{40}" % H,
    "gitlab_runner_token": r"glrt-%s{20}" % U, "gitlab_oauth_app_secret": r"gloas-%s{64}" % H,
    "slack_bot_token": r"xoxb-\d{10,13}-\d{10,13}-%s{24}" % A, "slack_user_token": r"xoxp-\d{10,13}-\d{10,13}-\d{10,13}-%s{32}" % H,
    "slack_app_token": r"xapp-1-A[A-Z0-9]{10}-\d{13}-%s{64}" % H,
    "stripe_secret_key": r"sk_live_%s{99}" % A, "stripe_restricted_key": r"rk_live_%s{99}" % A, "stripe_webhook_secret": r"whsec_%s{32}" % A,
    "openai_api_key": r"sk-proj-%s{74}T3BlbkFJ%s{74}" % (U, U), "openai_service_account_key": r"sk-svcacct-%s{74}T3BlbkFJ%s{74}" % (U, U),
    "openai_admin_key": r"sk-admin-%s{74}T3BlbkFJ%s{74}" % (U, U),
    "anthropic_api_key": r"sk-ant-api03-%s{93}AA" % U, "anthropic_admin_key": r"sk-ant-admin01-%s{93}AA" % U,
    "gcp_api_key": r"AIza%s{35}" % U, "gcp_oauth_client_secret": r"GOCSPX-%s{28}" % U,
    "google_oauth_access_token": r"ya29\.%s{100,}" % U, "google_oauth_refresh_token": r"1//0%s{60,}" % U,
    "huggingface_token": r"hf_[A-Za-z]{34}", "npm_token": r"npm_%s{36}" % A, "pypi_token": r"pypi-AgEIcHlwaS5vcmc%s{50,}" % U,
    "rubygems_api_key": r"rubygems_%s{48}" % H, "nuget_api_key": r"oy2[a-z0-9]{43}", "clojars_token": r"CLOJARS_[a-z0-9]{60}",
    "sendgrid_api_key": r"SG\.%s{22}\.%s{43}" % (U, U), "twilio_api_key": r"SK%s{32}" % H, "twilio_auth_token": r"%s{32}" % H,
    "mailgun_api_key": r"%s{32}-%s{8}-%s{8}" % (H, H, H), "mailchimp_api_key": r"%s{32}-us\d{1,2}" % H,
    "shopify_access_token": r"shpat_%s{32}" % H, "shopify_custom_app_token": r"shpca_%s{32}" % H, "shopify_shared_secret": r"shpss_%s{32}" % H,
    "digitalocean_pat": r"dop_v1_%s{64}" % H, "digitalocean_oauth_token": r"doo_v1_%s{64}" % H,
    "discord_bot_token": r"[MNO][A-Za-z0-9_-]{23,27}\.%s{6}\.%s{27,38}" % (U, U),
    "telegram_bot_token": r"\d{8,10}:AA%s{33}" % U, "heroku_api_key": UUID, "heroku_api_key_v2": r"HRKU-AA%s{58}" % U,
    "doppler_token": r"dp\.st\.[a-z]{2,35}\.%s{40,44}" % A, "pulumi_access_token": r"pul-%s{40}" % H,
    "terraform_cloud_token": r"%s{14}\.atlasv1\.%s{60,70}" % (A, U), "vault_service_token": r"hvs\.%s{90,120}" % U,
    "vault_batch_token": r"hvb\.%s{100,}" % U, "databricks_token": r"dapi%s{32}" % H, "atlassian_api_token": r"ATATT3%s{170,}=[A-F0-9]{8}" % U,
    "linear_api_key": r"lin_api_%s{40}" % A, "notion_token": r"ntn_\d{11}%s{35}" % A, "airtable_pat": r"pat%s{14}\.%s{64}" % (A, H),
    "figma_pat": r"figd_%s{40}" % U, "postman_api_key": r"PMAK-%s{24}-%s{34}" % (H, H), "grafana_cloud_token": r"glc_eyJ[A-Za-z0-9_-]{30,}",
    "grafana_service_account_token": r"glsa_%s{32}_%s{8}" % (A, H), "newrelic_user_key": r"NRAK-[A-Z0-9]{27}",
    "newrelic_license_key": r"%s{36}NRAL" % H, "datadog_api_key": r"%s{32}" % H, "datadog_app_key": r"%s{40}" % H,
    "sentry_user_token": r"sntryu_%s{64}" % H, "sentry_org_token": r"sntrys_eyJ[A-Za-z0-9_-]+_%s{43}" % U,
    "dynatrace_token": r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}", "fastly_api_token": r"%s{32}" % U,
    "planetscale_token": r"pscale_tkn_%s{43}" % U, "planetscale_password": r"pscale_pw_%s{43}" % U,
    "supabase_access_token": r"sbp_%s{40}" % H, "supabase_secret_key": r"sb_secret_%s{31}" % U, "vercel_token": r"%s{24}" % A,
    "netlify_token": r"nfp_%s{36}" % A, "flyio_token": r"fm2_[A-Za-z0-9+/]{100,}={0,2}", "replicate_token": r"r8_%s{37}" % A,
    "groq_api_key": r"gsk_%s{52}" % A, "xai_api_key": r"xai-%s{80}" % A, "perplexity_api_key": r"pplx-%s{48}" % A,
    "openrouter_api_key": r"sk-or-v1-%s{64}" % H, "deepseek_api_key": r"sk-%s{32}" % H, "mistral_api_key": r"%s{32}" % A,
    "cohere_api_key": r"%s{40}" % A, "langsmith_api_key": r"lsv2_pt_%s{32}_%s{10}" % (H, H), "wandb_api_key": r"%s{40}" % H,
    "pinecone_api_key": r"pcsk_%s{6}_%s{63}" % (A, A), "tailscale_auth_key": r"tskey-auth-k%s{11}CNTRL-%s{33}" % (A, A),
    "age_secret_key": r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", "sonarqube_token": r"squ_%s{40}" % H,
    "buildkite_token": r"bkua_%s{40}" % H, "circleci_pat": r"CCIPAT_%s{22}_%s{40}" % (A, H), "dockerhub_pat": r"dckr_pat_%s{27}" % U,
    "jfrog_api_key": r"AKCp%s{69}" % A, "azure_devops_pat": r"%s{52}JQQJ99%s{18}AZDO%s{4}" % (A, A, A),
    "azure_client_secret": r"%s{3}8Q~[A-Za-z0-9_~.-]{34}" % A, "azure_openai_key": r"%s{32}" % H,
    "alibaba_access_key_id": r"LTAI%s{20}" % A, "alibaba_access_key_secret": r"%s{30}" % A, "tencent_secret_id": r"AKID%s{32}" % A,
    "tencent_secret_key": r"%s{32}" % A, "ibm_cloud_api_key": r"%s{44}" % U, "yandex_cloud_api_key": r"AQVN%s{35,38}" % U,
    "cloudflare_api_token": r"%s{40}" % U, "cloudflare_global_api_key": r"%s{37}" % H, "cloudflare_origin_ca_key": r"v1\.0-%s{24}-%s{146}" % (H, H),
    "okta_api_token": r"00%s{40}" % U, "pagerduty_api_key": r"u\+[A-Za-z0-9_-]{18}", "hubspot_private_app_token": r"pat-(na1|eu1)-" + UUID,
    "intercom_access_token": r"dG9rOj[A-Za-z0-9+/]{54}=", "square_access_token": r"EAAA%s{60}" % U, "square_oauth_secret": r"sq0csp-%s{43}" % U,
    "braintree_access_token": r"access_token\$production\$[a-z0-9]{16}\$%s{32}" % H, "plaid_access_token": r"access-production-" + UUID,
    "razorpay_key_secret": r"%s{24}" % A, "flutterwave_secret_key": r"FLWSECK-%s{32}-X" % H, "shippo_token": r"shippo_live_%s{40}" % H,
    "easypost_api_key": r"EZAK%s{54}" % H, "duffel_token": r"duffel_live_%s{43}" % U, "typeform_token": r"tfp_%s{44}_%s{14}" % (A, A),
    "mailersend_token": r"mlsn\.%s{64}" % H, "resend_api_key": r"re_%s{8}_%s{24}" % (A, A), "contentful_pat": r"CFPAT-%s{43}" % U,
    "prefect_api_key": r"pnu_%s{36}" % A, "readme_api_key": r"rdme_%s{70}" % H, "render_api_key": r"rnd_%s{32}" % A,
    "scalingo_token": r"tk-us-%s{48}" % U, "frameio_token": r"fio-u-%s{64}" % U, "infracost_api_key": r"ico-%s{32}" % A,
    "harness_pat": r"pat\.%s{22}\.%s{24}\.%s{20}" % (U, H, A), "launchdarkly_sdk_key": r"sdk-" + UUID,
    "mapbox_secret_token": r"sk\.eyJ[A-Za-z0-9_-]+\.%s{22}" % U, "adafruit_io_key": r"aio_%s{28}" % A, "algolia_admin_key": r"%s{32}" % H,
    "asana_pat": r"2/\d{16}/\d{16}:%s{32}" % H, "bitbucket_app_password": r"ATBB%s{28}[A-F0-9]{8}" % A,
    "dropbox_access_token": r"sl\.u\.%s{140}" % U, "firebase_fcm_server_key": r"AAAA%s{7}:APA91b%s{134}" % (U, U),
    "twitter_bearer_token": r"A{21}%s{16}%%3D%s{50}" % (A, A), "facebook_access_token": r"EAAG%s{180}" % A,
    "octopus_deploy_api_key": r"API-[A-Z0-9]{26}", "onepassword_service_account_token": r"ops_eyJ%s{200,}" % U,
    "confluent_api_secret": r"[A-Za-z0-9+/]{64}", "zendesk_api_token": r"%s{40}" % A, "snyk_token": UUID,
    "django_secret_key": r"[a-z0-9!@#%^&*(\-_=+)]{50}", "laravel_app_key": r"base64:[A-Za-z0-9+/]{43}=",
    "rails_secret_key_base": r"%s{128}" % H, "nextauth_secret": r"[A-Za-z0-9+/]{43}=",
    "azure_storage_account_key": r"[A-Za-z0-9+/]{86}==", "azure_service_bus_key": r"[A-Za-z0-9+/]{43}=",
    "cloudinary_url_secret": r"%s{27}" % U, "azure_sas_signature": r"[A-Za-z0-9%]{40,}%3D",
    "slack_webhook_url": r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,10}/B[A-Z0-9]{8,10}/%s{24}" % A,
    "discord_webhook_url": r"https://discord\.com/api/webhooks/\d{17,19}/%s{68}" % U,
    "msteams_webhook_url": r"https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/\S+/IncomingWebhook/\S+",
    "generic_api_key": r"%s{40}" % A, "generic_secret": r"%s{36}" % U, "bearer_token": r"%s{40,64}" % U,
    "password": r"\S{8,40}", "password_cli_flag": r"\S{8,40}", "password_in_url": r"[^\s:@/]{8,60}", "connection_string_password": r"[^\s;]{8,40}",
    "email": r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", "kubeconfig_client_key_data": r"LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0t[A-Za-z0-9+/=]+",
}
PEM_LABEL = {"private_key_rsa": "RSA PRIVATE KEY", "private_key_ec": "EC PRIVATE KEY", "private_key_pkcs8": "PRIVATE KEY",
             "private_key_openssh": "OPENSSH PRIVATE KEY", "private_key_encrypted": "ENCRYPTED PRIVATE KEY",
             "private_key_pgp": "PGP PRIVATE KEY BLOCK"}


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_value(t, v):
    """None if fine, else a message"""
    if t in FORMATS:
        if not re.fullmatch(FORMATS[t], v):
            return "format"
        if t.startswith("github_") and t != "github_pat_fine_grained" and not gh_ok(v):
            return "github crc32"
        if t == "twilio_auth_token" or t == "discord_bot_token":
            pass
        return None
    if t in PEM_LABEL:
        lab = PEM_LABEL[t]
        x = v.replace("\\n", "\n")
        if not (x.startswith("-----BEGIN %s-----\n" % lab) and x.rstrip("\n").endswith("-----END %s-----" % lab)):
            return "pem"
        return None
    if t.startswith("jwt") or t == "supabase_service_role_jwt":
        p = v.split(".")
        if len(p) != 3:
            return "jwt parts"
        try:
            h = json.loads(b64u_dec(p[0]))
            json.loads(b64u_dec(p[1]))
        except Exception:
            return "jwt json"
        if (h.get("alg") == "none") != (t == "jwt_unsigned") or (t != "jwt_unsigned" and len(p[2]) < 40):
            return "jwt alg/sig"
        return None
    if t == "basic_auth_credentials":
        try:
            dec = base64.b64decode(v, validate=True).decode()
        except Exception:
            return "basic b64"
        return None if ":" in dec else "basic no colon"
    if t == "credit_card":
        d = digits(v)
        return None if 13 <= len(d) <= 19 and luhn_ok(d) and re.fullmatch(r"[\d -]+", v) else "luhn"
    if t == "iban":
        return None if iban_ok(v) else "iban"
    if t == "phone":
        d = digits(v)
        if not re.fullmatch(r"\+?[\d ()-]+", v) or not 8 <= len(d) <= 15:
            return "phone shape"
        return None
    if t == "passport_mrz":
        l1, l2 = v.split("\n")
        if len(l1) != 44 or len(l2) != 44 or not l1.startswith("P<"):
            return "mrz len"
        ok = (mrz_digit(l2[0:9]) == l2[9] and mrz_digit(l2[13:19]) == l2[19] and mrz_digit(l2[21:27]) == l2[27]
              and mrz_digit(l2[28:42]) == l2[42] and mrz_digit(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43])
        return None if ok else "mrz check"
    r = chk_id(t, v)
    if r is None:
        return "unknown type"
    return None if r else "check digits"


def main():
    errs = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                errs.append("line %d: bad json %s" % (n, e))
    ids, texts = set(), set()
    npos = 0
    windows = defaultdict(set)
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if set(r) != {"id", "text", "spans", "kind", "class", "reason"}:
            errs.append("%s: fields %s" % (rid, sorted(r)))
            continue
        if rid != "v13_%04d" % i:
            errs.append("%s: id not sequential (expected v13_%04d)" % (rid, i))
        if rid in ids:
            errs.append("%s: duplicate id" % rid)
        ids.add(rid)
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            errs.append("%s: empty text" % rid)
            continue
        if t in texts:
            errs.append("%s: duplicate text" % rid)
        texts.add(t)
        if not r["reason"]:
            errs.append("%s: empty reason" % rid)
        m = re.fullmatch(r"([a-z0-9_+]+)/([A-Za-z0-9_-]+)-([a-z]{2})", r["class"])
        if not m or m.group(3) not in LANGS:
            errs.append("%s: bad class %r" % (rid, r["class"]))
        spans = r["spans"]
        if r["kind"] == "negative":
            if spans:
                errs.append("%s: negative with spans" % rid)
        elif r["kind"] == "positive":
            npos += 1
            if not spans:
                errs.append("%s: positive without spans" % rid)
            prev = 0
            types = []
            for s in spans:
                a, b, ty = s.get("start"), s.get("end"), s.get("type")
                if set(s) != {"start", "end", "type"} or not (isinstance(a, int) and isinstance(b, int)) or not (0 <= a < b <= len(t)):
                    errs.append("%s: bad span %r" % (rid, s))
                    continue
                if a < prev:
                    errs.append("%s: overlapping/unsorted spans" % rid)
                prev = b
                v = t[a:b]
                if v != v.strip():
                    errs.append("%s: span with surrounding whitespace" % rid)
                msg = check_value(ty, v)
                if msg:
                    errs.append("%s: %s value %r fails: %s" % (rid, ty, v[:60], msg))
                types.append(ty)
            if m and m.group(1) != "+".join(types):
                errs.append("%s: class prefix %s != span types %s" % (rid, m.group(1), "+".join(types)))
        else:
            errs.append("%s: bad kind" % rid)
        if r["kind"] == "negative" and m:
            c = m.group(1)
            if c == "card_luhn_fail":
                for g in re.findall(r"\d[\d ]{11,22}\d", t):
                    if luhn_ok(digits(g)):
                        errs.append("%s: luhn-fail negative passes Luhn: %s" % (rid, g))
            if c == "iban_bad_check":
                for g in re.findall(r"\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b", t):
                    if iban_ok(g):
                        errs.append("%s: bad-IBAN negative passes mod-97: %s" % (rid, g))
        toks = t.split()
        for k in range(len(toks) - 7):
            windows[" ".join(toks[k:k + 8])].add(rid)
    shared = {w: s for w, s in windows.items() if len(s) > 3}
    for w, s in sorted(shared.items(), key=lambda x: -len(x[1]))[:20]:
        errs.append("8-word window in %d texts: %r" % (len(s), w[:90]))
    if rows:
        share = npos / len(rows)
        if not 0.55 <= share <= 0.66:
            errs.append("positive share %.3f outside 0.55-0.66" % share)
        kinds = [r.get("kind") for r in rows]
        runs = max(len(x) for x in re.findall(r"(p+|n+)", "".join(k[0] for k in kinds)))
        if runs > 15:
            errs.append("kind run of %d: file does not look shuffled" % runs)
    print("rows %d, positive %d, negative %d, spans %d" % (len(rows), npos, len(rows) - npos, sum(len(r.get("spans", [])) for r in rows)))
    if errs:
        for e in errs[:200]:
            print("ERROR", e)
        print("FAIL (%d errors)" % len(errs))
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
