"""The masker's twelfth pass (precision) working cases (issue 16): the look-alike families the v5 set written by
others showed altered, each written beyond the cases read. Processors' published test card numbers as literal
arguments of calls in code and beside the outcome their docs give them; password fields whose value is a builder's
or a query's method chain. And the texts beside them that must still be masked: unpublished card numbers in the same
places, published ones in a record or a log line, generated passwords with brackets and dots.

    .venv/bin/python tests/masker_eval/dev_pass12b_make.py   # rewrites dev_pass12b.jsonl (same seed, same file)
"""

from __future__ import annotations

import base64
import string
from pathlib import Path

from dev_cases import DevCases
from stdnum.in_ import aadhaar

CASES = DevCases(161202, Path(__file__).resolve().parent / "dev_pass12b.jsonl")
rng = CASES.rng
pick, positive, negative = CASES.pick, CASES.positive, CASES.negative
ALNUM = string.ascii_letters + string.digits
CARD, CRED = "card", "credential"
PUBLISHED = ("4242424242424242", "4000056655665556", "5555555555554444", "378282246310005", "6011111111111117",
             "4000000000000002", "4000000000009995", "4111111111111111", "5105105105105100", "4012888888881881")


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def customer_card() -> str:
    """A Visa or Mastercard number with a valid Luhn digit that no processor publishes."""
    while True:
        body = rng.choice(("4", "51", "52", "53", "54", "55"))
        body += "".join(rng.choice(string.digits) for _ in range(15 - len(body)))
        number = body + luhn_digit(body)
        if number not in PUBLISHED and len(set(number)) >= 5:
            return number


def generated(symbols: str) -> str:
    """A password manager's password: letters of both cases, digits, three symbols."""
    while True:
        chars = [rng.choice(ALNUM) for _ in range(rng.randrange(14, 20))]
        for at in rng.sample(range(2, len(chars) - 1), 3):
            chars[at] = rng.choice(symbols)
        value = "".join(chars)
        if any(c.isdigit() for c in value) and any(c.islower() for c in value) and any(c.isupper() for c in value):
            return value


def test_numbers_in_calls() -> None:
    """A published test number passed to a method call on its line is test code's literal; an unpublished number
    there, or a published one in a record or a log line, is still masked."""
    calls = ('    resp = self.client.post("/api/pay", data={{"number": "{0}", "cvc": "314"}})\n',
             "    await page.getByLabel('Card number').fill('{0}');\n",
             '    result = gateway.transaction.sale({{"amount": "10.00", "credit_card": {{"number": "{0}"}}}})\n',
             "    token = api.tokens.create(card_number='{0}', exp_month=12, exp_year=2034)\n",
             '    checkout.enter_card(number="{0}", expiry="12/34")\n')
    for template in calls:
        number = rng.choice(PUBLISHED)
        negative("def run_payment_flow(session):\n" + template.format(number), "test_card",
                 "a published test number as a call's literal argument")
        positive("def run_payment_flow(session):\n" + template.replace("{{", "{").replace("}}", "}"),
                 [(CARD, customer_card())], "an unpublished number as a call's argument is a card")
    positive('{{"customer": "Ines Okafor", "card_number": "{0}", "exp": "07/29"}}', [(CARD, rng.choice(PUBLISHED))],
             "a published number in a customer record, no test words")
    positive("2026-11-30 12:04:11 INFO payment captured card={0} amount=49.00", [(CARD, rng.choice(PUBLISHED))],
             "a published number in a log line, no call")


def test_numbers_with_outcomes() -> None:
    """A processor's docs give each test number the outcome it triggers, in the present tense; a customer's payment is
    told in the past."""
    negative("| Number | Result |\n|---|---|\n| 4000 0027 6000 3184 | requires authentication |\n"
             "| 4000 0000 0000 9995 | declines |", "test_card", "an outcome column after the number")
    negative("| Mastercard | 5555 5555 5555 4444 | Succeeds |", "test_card", "an outcome column after the number")
    negative("cards:\n  visa_decline: '4000000000000002'  # always declined\n", "test_card", "an outcome comment")
    negative("const DECLINE = '4000000000009995'; // always fails with insufficient_funds", "test_card",
             "an outcome comment")
    negative("- 4242 4242 4242 4242 succeeds and immediately processes the payment.", "test_card",
             "a docs line giving the outcome")
    positive("| Ada Brandt | {0} | succeeds |", [(CARD, customer_card())], "an unpublished number stays a card")
    positive("Payment with card {0} was declined at 14:02 (order 88121).", [(CARD, customer_card())],
             "a customer's payment told in the past")


def method_chains_as_password_values() -> None:
    """A password field whose value is a schema builder's or a config lookup's method chain: code, no value."""
    for text in ("const schema = yup.object({\n  password: yup.string().min(10).matches(/[0-9]/, 'a digit'),\n});\n",
                 "const rules = Joi.object({ password: Joi.string().pattern(/^[a-z]/).required(), email: Joi.string() })",
                 "smtp_password = Rails.application.credentials.dig(:mail, :password)\n",
                 "password = Settings.get(:database).fetch(:password, nil)\n",
                 "password: z.string().trim().min(8, { message: 'too short' }),\n",
                 "db_password = config.get('db').get('password')\n"):
        negative(text, "code", "a password field holding a method chain")
    for template in ("password: {0}\n", "DB_PASSWORD={0}\n", "--password {0} --host db.internal"):
        positive(template, [(CRED, generated("().:!"))], "a generated password with brackets and dots")


def code_and_commands_as_password_values() -> None:
    """Expressions after a password's name (a call whose argument opens an object, an index of a call's result, an
    awaited call, an Azure Key Vault reference, a variable's name) and a name saying its value is the command that
    prints the password; generated passwords in the same places are still masked."""
    for text in ("password: t.Object({ minLength: 12 }),\n",
                 "const password = useForm({ defaultValues: { password: '' } });\n",
                 "password = User.find_by(email: params[:email])&.password_digest\n",
                 "password = vault.kv.read_secret(path='db')['data']['password']\n",
                 "  password: await argon2.hash(input.password),\n",
                 "DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://acme.vault.azure.net/secrets/db-password/)\n",
                 "  password: hashedPassword,\n  email: normalizedEmail,\n",
                 "user.password = new_password\n",
                 'password_command = "pass show mail/work"\n',
                 "passwordeval \"gpg -q -d ~/.msmtp-pass.gpg\"\n",
                 "PassCmd 'security find-generic-password -s imap -w'\n"):
        negative(text, "code", "an expression or a command after a password's name")
    for template in ('password = "{0}"\n', "password: {0},\n", "smtp_password = '{0}'\n", "PASSWORD={0}\n"):
        positive(template, [(CRED, generated("().!&"))], "a generated password in code or config")
    for template in ("| Checkout | {0} | declined |", "Stripe payout to card {0} failed."):
        positive(template, [(CARD, customer_card())], "an unpublished number beside outcome or processor words")


def more_test_number_contexts() -> None:
    """A published test number after the processor that published it, with the docs' 'any CVC' instruction, in a
    call chained on a call's result, or in Capybara's fill_in."""
    for template in ("Adyen's {0} triggers a refusal in the test environment.",
                     "Pay with {0} (Visa debit) with any CVC and any future date.",
                     "  return request(app).post('/pay').send({{ number: '{0}' }}).expect(402);",
                     "    fill_in 'card_number', with: '{0}'",
                     "| {0} | Declined: insufficient funds |"):
        negative(template.format(rng.choice(PUBLISHED)), "test_card", "a published test number in docs or test code")


def lists_of_test_numbers_and_lookups() -> None:
    """Published test numbers listed together (a dict of scenarios, a table, a bulleted list) or followed by a
    comment ending their line; a lookup with a fallback, a generic call, a YAML lookup tag or a nullable type after
    a password's name. A customer table holding one published number and unpublished ones stays masked."""
    a, b, c = rng.sample(PUBLISHED, 3)
    negative(f"TEST_CARDS = {{\n    'success': '{a}',\n    'decline': '{b}',\n    'fraud': '{c}',\n}}\n",
             "test_card", "a dict of scenarios")
    negative(f"| Scenario | Number |\n|---|---|\n| Success | {a} |\n| Generic decline | {b} |\n| Lost card | {c} |\n",
             "test_card", "a scenario table")
    negative(f"Processor cards for QA:\n- Visa: {a}\n- Mastercard: {b}\n- Amex: {c}\n", "test_card",
             "a list of published numbers")
    negative(f'    body = {{"number": "{a}", "exp": "12/34", "cvc": "123"}}  # Braintree sandbox Visa\n', "test_card",
             "a comment ending the line")
    for text in ("password = ENV['SMTP_PASSWORD'] || raise('SMTP_PASSWORD missing')\n",
                 "password: config.get<string>('db.password'),\n",
                 "password: !secret mqtt_password\n",
                 "password: !env_var MQTT_PASSWORD\n",
                 "password = keyring.get_password('smtp', user) or ''\n",
                 "password = input('Password: ').strip()\n",
                 "  password?: string | null;\n"):
        negative(text, "code", "a lookup, a prompt or a type after a password's name")
    rows = [customer_card(), rng.choice(PUBLISHED), customer_card()]
    positive("| Customer | Card |\n|---|---|\n| Ada Brandt | {0} |\n| Ines Okafor | {1} |\n| Tom Hardy | {2} |\n",
             [(CARD, number) for number in rows], "a customer table: every card masked")
    positive("password = ENV.fetch('SMTP_PASSWORD', '{0}')\n", [(CRED, generated("!#%"))],
             "a generated default after a lookup")


def placeholder_basic_credentials() -> None:
    """A Basic header whose base64 decodes to a placeholder password or to the user's name again is the docs' or a
    default; a generated password there is masked."""
    for pair in ("username:password", "user:pass", "guest:guest", "admin:changeme"):
        negative("Authorization: Basic " + base64.b64encode(pair.encode()).decode(), "placeholder",
                 "a Basic header of placeholder credentials")
    value = base64.b64encode(("svc-export:" + generated("!#%")).encode()).decode()
    positive("curl -H 'Authorization: Basic {0}' https://api.acme.io/v1/export", [(CRED, value)],
             "a Basic header of a generated password")


def ids_by_chance_among_failing_numbers() -> None:
    """Under a header naming no id, numbers of an id's grouping: the one passing the id's check after others of the
    same shape failing it does so by chance. A list of valid ids is masked whole."""
    def grouped(valid: bool) -> str:
        while True:
            digits = rng.choice("23456789") + pick(string.digits, 11)
            if aadhaar.is_valid(digits) == valid:
                return f"{digits[:4]} {digits[4:8]} {digits[8:]}"

    rows = [grouped(False), grouped(False), grouped(True), grouped(False)]
    negative("| Customer | parcel | Qty |\n|---|---|---|\n" + "".join(f"| Row {i} | {r} | {i + 2} |\n"
                                                                for i, r in enumerate(rows)),
             "table_other_number", "a passing number among failing ones of its shape")
    valid = [grouped(True) for _ in range(3)]
    positive("Aadhaar numbers on file: {0}, {1}, {2}", [("national_id", value) for value in valid],
             "a list of valid ids")


if __name__ == "__main__":
    test_numbers_in_calls()
    test_numbers_with_outcomes()
    method_chains_as_password_values()
    code_and_commands_as_password_values()
    more_test_number_contexts()
    lists_of_test_numbers_and_lookups()
    placeholder_basic_credentials()
    ids_by_chance_among_failing_numbers()
    CASES.write()
