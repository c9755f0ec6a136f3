#!/usr/bin/env python3
"""Validate heldout_v11.jsonl (BLIND SET). Stdlib only. Exit code 1 on any failure.

Checks: JSON per line, required fields, unique ids/texts, span bounds and trimming, no overlaps,
negatives have no spans, ~60% positives, no 8-word window shared by more than 3 texts, shuffled
(seeded, deterministic) order, and recomputed checksums / formats for every checksummed span type.
"""
import base64, json, os, re, subprocess, sys, tempfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "heldout_v11.jsonl")
ERR = []


def err(msg):
    ERR.append(msg)


# ----------------------------------------------------------------------------- checksum validators
def digits(s):
    return re.sub(r"[\s.\-/()]", "", s)


def luhn(n):
    if not n.isdigit():
        return False
    t = 0
    for i, ch in enumerate(reversed(n)):
        d = int(ch) * (2 if i % 2 else 1)
        t += d - 9 if d > 9 else d
    return t % 10 == 0


def v_card(s):
    n = digits(s)
    if not luhn(n):
        return False
    return (n[0] == "4" and len(n) == 16) or (n[:2] in ("34", "37") and len(n) == 15) or (51 <= int(n[:2]) <= 55 and len(n) == 16) or \
        (2221 <= int(n[:4]) <= 2720 and len(n) == 16) or (n.startswith("6011") and len(n) == 16) or (3528 <= int(n[:4]) <= 3589 and len(n) == 16) or \
        (n.startswith("36") and len(n) == 14) or (n.startswith("62") and 16 <= len(n) <= 19) or (n.startswith("6759") and len(n) == 19) or \
        (2200 <= int(n[:4]) <= 2204 and len(n) == 16)


IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "AT": 20, "CH": 21, "PL": 28, "SE": 24, "DK": 18, "FI": 18,
            "NO": 15, "PT": 25, "IE": 22, "LU": 20, "CZ": 24, "SK": 24, "HU": 28, "RO": 24, "GR": 27, "BG": 22, "HR": 21, "SI": 19, "LT": 20,
            "LV": 21, "EE": 20, "TR": 26, "SA": 24, "AE": 23, "IL": 23, "BR": 29, "MT": 31, "CY": 28, "IS": 26, "MC": 27, "LI": 21, "UA": 29, "QA": 29}


def iban_mod(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def v_iban(s):
    c = s.replace(" ", "")
    return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c) is not None and IBAN_LEN.get(c[:2]) == len(c) and iban_mod(c) == 1


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def v_crc_token(s, prefix):
    if not s.startswith(prefix) or len(s) != len(prefix) + 36:
        return False
    body, chk = s[len(prefix):-6], s[-6:]
    n = zlib.crc32(body.encode()) & 0xFFFFFFFF
    enc = ""
    while n:
        n, r = divmod(n, 62)
        enc = B62[r] + enc
    return enc.rjust(6, "0") == chk


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def v_age(s):
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    if hrp != "age-secret-key-" or len(data) != 58:
        return False
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + [BECH.index(c) for c in data]:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk == 1


def v_ssn(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    return bool(m) and m.group(1) not in ("000", "666") and not m.group(1).startswith("9") and m.group(2) != "00" and m.group(3) != "0000"


def v_nino(s):
    c = s.replace(" ", "")
    return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c) is not None and c[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def v_steuer(s):
    n = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", n):
        return False
    cnt = [n[:10].count(d) for d in set(n[:10])]
    if sorted(cnt, reverse=True)[0] not in (2, 3):
        return False
    prod = 10
    for ch in n[:10]:
        t = (int(ch) + prod) % 10 or 10
        prod = t * 2 % 11
    c = 11 - prod
    return (0 if c == 10 else c) == int(n[10])


def v_nir(s):
    n = s.replace(" ", "")
    return re.fullmatch(r"[12]\d{14}", n) is not None and 97 - int(n[:13]) % 97 == int(n[13:])


def v_dni(s):
    return re.fullmatch(r"\d{8}[A-Z]", s) is not None and "TRWAGMYFPDXBNJZSQVHLCKE"[int(s[:8]) % 23] == s[8]


def v_nie(s):
    return re.fullmatch(r"[XYZ]\d{7}[A-Z]", s) is not None and "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(s[0])) + s[1:8]) % 23] == s[8]


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def v_cf(s):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s):
        return False
    t = 0
    for i, ch in enumerate(s[:15]):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        t += (ODD[v] if i % 2 == 0 else v)
    return chr(65 + t % 26) == s[15]


def v_bsn(s):
    return re.fullmatch(r"\d{9}", s) is not None and (sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])) % 11 == 0


def v_cpf(s):
    n = digits(s)
    if not re.fullmatch(r"\d{11}", n) or len(set(n)) == 1:
        return False
    d = list(map(int, n))
    for k in (9, 10):
        if sum(d[i] * (k + 1 - i) for i in range(k)) * 10 % 11 % 10 != d[k]:
            return False
    return True


def v_cnpj(s):
    n = digits(s)
    if not re.fullmatch(r"\d{14}", n):
        return False
    d = list(map(int, n))
    for k, w in ((12, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]), (13, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])):
        r = sum(a * b for a, b in zip(d, w)) % 11
        if (0 if r < 2 else 11 - r) != d[k]:
            return False
    return True


D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
     [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
     [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
     [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def v_aadhaar(s):
    n = digits(s)
    if not re.fullmatch(r"[2-9]\d{11}", n):
        return False
    c = 0
    for i, ch in enumerate(reversed(n)):
        c = D[c][P[i % 8][int(ch)]]
    return c == 0


def v_cn(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11] == s[17]


def v_rrn(s):
    n = s.replace("-", "")
    if not re.fullmatch(r"\d{13}", n):
        return False
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(n, w)) % 11) % 10 == int(n[12])


def v_se(s):
    n = s.replace("-", "").replace("+", "")
    if len(n) == 12:
        n = n[2:]
    return re.fullmatch(r"\d{10}", n) is not None and luhn(n)


def v_pesel(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def v_hetu(s):
    m = re.fullmatch(r"(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])", s)
    return bool(m) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m.group(1) + m.group(2)) % 31] == m.group(3)


def v_fnr(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    d = list(map(int, s))
    k1 = 11 - sum(a * b for a, b in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
    k2 = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    return (k1 % 11) == d[9] and (k2 % 11) == d[10]


def v_be(s):
    n = digits(s)
    return re.fullmatch(r"\d{11}", n) is not None and (97 - int(n[:9]) % 97 == int(n[9:]) or 97 - int("2" + n[:9]) % 97 == int(n[9:]))


def v_nif(s):
    if not re.fullmatch(r"[1-35-9]\d{8}", s):
        return False
    c = 11 - sum(int(s[i]) * (9 - i) for i in range(8)) % 11
    return (0 if c >= 10 else c) == int(s[8])


def v_ahv(s):
    n = digits(s)
    if not re.fullmatch(r"756\d{10}", n):
        return False
    t = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(n[:12]))
    return (10 - t % 10) % 10 == int(n[12])


def v_sin(s):
    n = digits(s)
    return re.fullmatch(r"[1-79]\d{8}", n) is not None and luhn(n)


def v_curp(s):
    A = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    if not re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", s):
        return False
    t = sum(A.index(ch) * (18 - i) for i, ch in enumerate(s[:17]))
    return (10 - t % 10) % 10 == int(s[17])


def v_rut(s):
    m = re.fullmatch(r"([\d.]+)-([\dK])", s)
    if not m:
        return False
    n = m.group(1).replace(".", "")
    t, k = 0, 2
    for ch in reversed(n):
        t += int(ch) * k
        k = 2 if k == 7 else k + 1
    c = 11 - t % 11
    return {11: "0", 10: "K"}.get(c, str(c)) == m.group(2)


def v_cuit(s):
    n = digits(s)
    if not re.fullmatch(r"\d{11}", n):
        return False
    c = 11 - sum(int(a) * b for a, b in zip(n, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    return c != 10 and (0 if c == 11 else c) == int(n[10])


def v_tc(s):
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    d = list(map(int, s))
    return ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def v_mynum(s):
    n = s.replace(" ", "")
    if not re.fullmatch(r"\d{12}", n):
        return False
    p = list(map(int, reversed(n[:11])))
    r = sum(p[i - 1] * (i + 1 if i <= 6 else i - 5) for i in range(1, 12)) % 11
    return (0 if r <= 1 else 11 - r) == int(n[11])


def v_nric(s):
    if not re.fullmatch(r"[ST]\d{7}[A-Z]", s):
        return False
    t = sum(int(a) * b for a, b in zip(s[1:8], [2, 7, 6, 5, 4, 3, 2])) + (4 if s[0] == "T" else 0)
    return "JZIHGFEDCBA"[t % 11] == s[8]


def v_hkid(s):
    m = re.fullmatch(r"([A-Z]{1,2})(\d{6})\(([\dA])\)", s)
    if not m:
        return False
    L = m.group(1).rjust(2, " ")
    t = sum((36 if ch == " " else ord(ch) - 55) * w for ch, w in zip(L, [9, 8])) + sum(int(a) * b for a, b in zip(m.group(2), [7, 6, 5, 4, 3, 2]))
    c = (11 - t % 11) % 11
    return ("A" if c == 10 else str(c)) == m.group(3)


def v_ppsn(s):
    return re.fullmatch(r"\d{7}[A-W]", s) is not None and "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(a) * b for a, b in zip(s, [8, 7, 6, 5, 4, 3, 2])) % 23] == s[7]


def v_cnp(s):
    if not re.fullmatch(r"[1-8]\d{12}", s):
        return False
    t = sum(int(a) * int(b) for a, b in zip(s, "279146358279")) % 11
    return (1 if t == 10 else t) == int(s[12])


def v_ee(s):
    if not re.fullmatch(r"[1-6]\d{10}", s):
        return False
    d = list(map(int, s))
    c = sum(a * b for a, b in zip(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
    if c == 10:
        c = sum(a * b for a, b in zip(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11 % 10
    return c == d[10]


def v_rc(s):
    n = s.replace("/", "")
    return re.fullmatch(r"\d{10}", n) is not None and int(n) % 11 == 0


def v_tfn(s):
    n = s.replace(" ", "")
    return re.fullmatch(r"\d{9}", n) is not None and sum(int(a) * b for a, b in zip(n, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def v_svnr(s):
    n = s.replace(" ", "")
    if not re.fullmatch(r"\d{10}", n):
        return False
    t = sum(int(a) * b for a, b in zip(n, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6])) % 11
    return t != 10 and t == int(n[3])


def v_za(s):
    return re.fullmatch(r"\d{13}", s) is not None and luhn(s)


def v_il(s):
    return re.fullmatch(r"\d{9}", s) is not None and luhn(s)


def v_pan(s):
    return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s) is not None


def v_jwt(s):
    parts = s.split(".")
    if len(parts) != 3:
        return False
    try:
        h = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except Exception:
        return False
    return "alg" in h and (parts[2] != "" or h["alg"] == "none")


def v_basic(s):
    try:
        return ":" in base64.b64decode(s, validate=True).decode()
    except Exception:
        return False


def v_pem(s):
    m = re.match(r"\s*-----BEGIN ([A-Z ]*PRIVATE KEY(?: BLOCK)?)-----", s)
    return bool(m) and re.search(r"-----END %s-----$" % m.group(1), s) is not None


CHECKS = {
    "credit_card": v_card, "iban": v_iban, "age_secret_key": v_age,
    "github_pat": lambda s: v_crc_token(s, "ghp_"), "github_oauth_token": lambda s: v_crc_token(s, "gho_"),
    "github_user_to_server_token": lambda s: v_crc_token(s, "ghu_"), "github_app_installation_token": lambda s: v_crc_token(s, "ghs_"),
    "github_refresh_token": lambda s: v_crc_token(s, "ghr_"), "npm_token": lambda s: v_crc_token(s, "npm_"),
    "ssn_us": v_ssn, "nino_uk": v_nino, "steuer_id_de": v_steuer, "nir_fr": v_nir, "dni_es": v_dni, "nie_es": v_nie,
    "codice_fiscale_it": v_cf, "bsn_nl": v_bsn, "cpf_br": v_cpf, "cnpj_br": v_cnpj, "aadhaar_in": v_aadhaar, "pan_in": v_pan,
    "resident_id_cn": v_cn, "rrn_kr": v_rrn, "personnummer_se": v_se, "pesel_pl": v_pesel, "hetu_fi": v_hetu,
    "fodselsnummer_no": v_fnr, "national_number_be": v_be, "nif_pt": v_nif, "ahv_ch": v_ahv, "sin_ca": v_sin, "curp_mx": v_curp,
    "rut_cl": v_rut, "cuit_ar": v_cuit, "id_za": v_za, "teudat_zehut_il": v_il, "tc_kimlik_tr": v_tc, "my_number_jp": v_mynum,
    "nric_sg": v_nric, "hkid_hk": v_hkid, "ppsn_ie": v_ppsn, "cnp_ro": v_cnp, "isikukood_ee": v_ee, "rodne_cislo_cz": v_rc,
    "tfn_au": v_tfn, "svnr_at": v_svnr, "jwt": v_jwt, "basic_auth": v_basic, "private_key": v_pem,
}
FORMATS = {  # vendor formats (prefix, alphabet, length)
    "aws_access_key_id": r"AKIA[A-Z2-7]{16}", "aws_temp_access_key_id": r"ASIA[A-Z2-7]{16}", "aws_secret_access_key": r"[A-Za-z0-9/+]{40}",
    "gcp_api_key": r"AIza[\w-]{35}", "gcp_oauth_client_secret": r"GOCSPX-[\w-]{28}", "azure_storage_account_key": r"[A-Za-z0-9/+]{86}==",
    "digitalocean_pat": r"dop_v1_[a-f0-9]{64}", "gitlab_pat": r"glpat-[\w-]{20}", "gitlab_pipeline_trigger_token": r"glptt-[a-f0-9]{40}",
    "gitlab_deploy_token": r"gldt-[\w-]{20}", "gitlab_runner_token": r"glrt-[\w-]{20}", "github_fine_grained_pat": r"github_pat_\w{82}",
    "slack_bot_token": r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}", "slack_app_token": r"xapp-1-A[A-Z0-9]+-\d+-[a-f0-9]{64}",
    "slack_webhook": r"https://hooks\.slack\.com/services/T\w+/B\w+/\w{24}", "stripe_secret_key": r"sk_live_[A-Za-z0-9]{99}",
    "stripe_webhook_secret": r"whsec_[A-Za-z0-9]{32}", "sendgrid_api_key": r"SG\.[\w-]{22}\.[\w-]{43}", "shopify_access_token": r"shpat_[a-f0-9]{32}",
    "openai_api_key": r"sk-proj-[\w-]{74}T3BlbkFJ[\w-]{74}", "anthropic_api_key": r"sk-ant-api03-[\w-]{93}AA", "huggingface_token": r"hf_[A-Za-z]{34}",
    "telegram_bot_token": r"\d{8,10}:AA[\w-]{33}", "discord_webhook": r"https://discord\.com/api/webhooks/\d{17,20}/[\w-]{68}",
    "pypi_token": r"pypi-AgEIcHlwaS5vcmc[\w-]{50,}", "dockerhub_pat": r"dckr_pat_[\w-]{27}", "vault_service_token": r"hvs\.[\w-]{24,}",
    "terraform_cloud_token": r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{60,70}", "doppler_personal_token": r"dp\.pt\.[A-Za-z0-9]{43}",
    "mailchimp_api_key": r"[a-f0-9]{32}-us\d{1,2}", "twilio_auth_token": r"[a-f0-9]{32}", "datadog_api_key": r"[a-f0-9]{32}",
    "sentry_dsn_key": r"[a-f0-9]{32}", "email": r"[^\s@<>\"]+@[^\s@<>\"]+\.[^\s@<>\"]+", "phone": r"\+?[\d\s().\-]{7,22}\d",
}


# ----------------------------------------------------------------------------- main checks
def main():
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err("line %d: not JSON (%s)" % (ln, e))
    ids, texts = set(), set()
    kinds = []
    ntype = {}
    checked = 0
    for i, r in enumerate(rows):
        rid = r.get("id")
        for k in ("id", "text", "spans", "kind", "class", "reason"):
            if k not in r:
                err("%s: missing %s" % (rid, k))
        if rid != "v11_%04d" % (i + 1):
            err("%s: id out of sequence at row %d" % (rid, i + 1))
        if rid in ids:
            err("%s: duplicate id" % rid)
        ids.add(rid)
        t = r["text"]
        if t in texts:
            err("%s: duplicate text" % rid)
        texts.add(t)
        if r["kind"] not in ("positive", "negative"):
            err("%s: bad kind" % rid)
        if "/" not in r["class"] or "\n" in r["reason"] or not r["reason"].strip():
            err("%s: bad class/reason" % rid)
        kinds.append(r["kind"])
        if r["kind"] == "negative":
            if r["spans"]:
                err("%s: negative with spans" % rid)
            cls = r["class"].split("/")[0]
            if cls == "luhn_failing_card":
                m = re.search(r"\d[\d -]{11,22}\d", t)
                if not m or luhn(digits(m.group(0))):
                    err("%s: luhn_failing_card negative passes Luhn" % rid)
            if cls == "iban_bad_check":
                m = re.search(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4})+", t)
                if not m or iban_mod(m.group(0)) == 1:
                    err("%s: iban_bad_check negative has a valid check" % rid)
            continue
        if not r["spans"]:
            err("%s: positive without spans" % rid)
        prev_end = -1
        for s in sorted(r["spans"], key=lambda x: x["start"]):
            a, b, ty = s["start"], s["end"], s["type"]
            ntype[ty] = ntype.get(ty, 0) + 1
            if not (0 <= a < b <= len(t)):
                err("%s: span out of range %r" % (rid, s))
                continue
            v = t[a:b]
            if not v.strip() or v != v.strip():
                err("%s: span empty or has surrounding whitespace %r" % (rid, v[:40]))
            if a < prev_end:
                err("%s: overlapping spans" % rid)
            prev_end = b
            if ty in CHECKS:
                checked += 1
                if not CHECKS[ty](v):
                    err("%s: checksum/format failed for %s: %r" % (rid, ty, v[:60]))
            if ty in FORMATS and not re.fullmatch(FORMATS[ty], v):
                err("%s: format mismatch for %s: %r" % (rid, ty, v[:60]))
    n = len(rows)
    npos = kinds.count("positive")
    share = npos / max(n, 1)
    if not 0.55 <= share <= 0.65:
        err("positive share %.3f outside 0.55..0.65" % share)
    # 8-word windows
    win = {}
    for r in rows:
        w = r["text"].split()
        for x in {" ".join(w[i:i + 8]) for i in range(len(w) - 7)}:
            win.setdefault(x, []).append(r["id"])
    over = {k: v for k, v in win.items() if len(v) > 3}
    for k, v in sorted(over.items(), key=lambda kv: -len(kv[1]))[:20]:
        err("8-word window in %d texts: %r (%s ...)" % (len(v), k[:80], ", ".join(v[:4])))
    # shuffled order: kinds interleaved, classes not grouped
    runs = 1 + sum(1 for a, b in zip(kinds, kinds[1:]) if a != b)
    exp = 2 * npos * (n - npos) / max(n, 1)
    if runs < 0.7 * exp:
        err("order looks grouped by kind (runs=%d expected~%.0f)" % (runs, exp))
    same_cls = sum(1 for a, b in zip(rows, rows[1:]) if a["class"].split("/")[0] == b["class"].split("/")[0])
    if same_cls > 0.05 * n:
        err("order looks grouped by class (%d adjacent same-class pairs)" % same_cls)
    # determinism: regenerate and compare
    gen = os.path.join(HERE, "generate_heldout_v11.py")
    if os.path.exists(gen) and os.path.abspath(PATH) == os.path.join(HERE, "heldout_v11.jsonl"):
        with tempfile.TemporaryDirectory() as td:
            out = os.path.join(td, "regen.jsonl")
            subprocess.run([sys.executable, gen, out], check=True, capture_output=True)
            if open(out, "rb").read() != open(PATH, "rb").read():
                err("regenerating with the seed does not reproduce the file byte-for-byte")
    neg_cls = {r["class"].split("/")[0] for r in rows if r["kind"] == "negative"}
    print("rows=%d positives=%d (%.1f%%) negatives=%d spans=%d span_types=%d negative_classes=%d checksum/format-checked spans=%d"
          % (n, npos, 100 * share, n - npos, sum(ntype.values()), len(ntype), len(neg_cls), checked))
    if ERR:
        for e in ERR[:200]:
            print("FAIL:", e)
        print("VALIDATION FAILED (%d problems)" % len(ERR))
        sys.exit(1)
    print("VALIDATION PASSED")


if __name__ == "__main__":
    main()
