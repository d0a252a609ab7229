"""Synthetic South African practices, for demos, manual testing and benchmarks.

Every person has a valid SA ID number (date, citizenship digit, Luhn), a +27 mobile and
lives in a household; adults carry policies from SA providers, a balance sheet, cash
flows, goals, a risk profile, several years of notes (some of them finalised records of
advice), tasks, consents and, for some, a scanned document stored inside the database.

Speed matters here (100k clients in about a minute), so rows are built as plain tuples of
values and written with executemany through SQLAlchemy Core, never through ORM objects.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa

from clientmanager.domain.sa_id import make_sa_id
from clientmanager.store.bulk import bulk_load_with_own_ids, indexes_built_after
from clientmanager.store.models import (
    Address,
    Asset,
    CashFlow,
    Client,
    ClientRelationship,
    Consent,
    Document,
    DocumentContent,
    Goal,
    Household,
    Liability,
    Note,
    Policy,
    RiskProfile,
    Task,
    User,
    utcnow,
)

ProgressCallback = Callable[[int, int], None]

BATCH_CLIENTS = 2000

FIRST_NAMES_FEMALE = (
    "Thandiwe",
    "Nomvula",
    "Lerato",
    "Zanele",
    "Palesa",
    "Ayanda",
    "Naledi",
    "Busisiwe",
    "Anele",
    "Refilwe",
    "Karabo",
    "Nokuthula",
    "Lindiwe",
    "Sibongile",
    "Mpho",
    "Kgomotso",
    "Annelie",
    "Marieke",
    "Elsabé",
    "Hélène",
    "Riana",
    "Chantelle",
    "Carmen",
    "Ilse",
    "Sarah",
    "Jessica",
    "Emma",
    "Catherine",
    "Priya",
    "Ayesha",
    "Fatima",
    "Kavitha",
    "Zoë",
    "Nadia",
    "Bongiwe",
    "Dineo",
    "Tshepiso",
    "Khanyisile",
    "Rethabile",
    "Amahle",
)
FIRST_NAMES_MALE = (
    "Sipho",
    "Thabo",
    "Mandla",
    "Bongani",
    "Sibusiso",
    "Themba",
    "Lwazi",
    "Kagiso",
    "Tumelo",
    "Lebogang",
    "Musa",
    "Vusi",
    "Katlego",
    "Tshepo",
    "Andile",
    "Xolani",
    "Johan",
    "Pieter",
    "Francois",
    "André",
    "Wikus",
    "Jaco",
    "Hendrik",
    "Gert",
    "David",
    "Michael",
    "James",
    "Ryan",
    "Rajesh",
    "Yusuf",
    "Ahmed",
    "Naveen",
    "Jürgen",
    "Luyanda",
    "Siyabonga",
    "Mzwandile",
    "Kabelo",
    "Neo",
    "Lunga",
    "Sizwe",
)
SURNAMES = (
    "Nkosi",
    "Dlamini",
    "Ndlovu",
    "Khumalo",
    "Mokoena",
    "Mahlangu",
    "Mthembu",
    "Zulu",
    "Botha",
    "van der Merwe",
    "Pretorius",
    "du Plessis",
    "Nel",
    "Venter",
    "Coetzee",
    "Müller",
    "Smith",
    "Naidoo",
    "Pillay",
    "Govender",
    "Moodley",
    "Patel",
    "Cassim",
    "Molefe",
    "Mabaso",
    "Sithole",
    "Mkhize",
    "Radebe",
    "Mofokeng",
    "Maseko",
    "Nkosi-Ndlovu",
    "Jacobs",
    "Williams",
    "Adams",
    "Hendricks",
    "Petersen",
    "Fourie",
    "Steyn",
    "Kruger",
    "Baloyi",
    "Chauke",
    "Maluleke",
    "Mathebula",
    "Tshabalala",
    "Shabalala",
    "Ngcobo",
    "le Roux",
    "Joubert",
    "Swanepoel",
    "Bezuidenhout",
    "Ntuli",
    "Cele",
    "Zwane",
    "Gumede",
)
CITIES = (
    ("Sandton", "Johannesburg", "Gauteng", "2196"),
    ("Rosebank", "Johannesburg", "Gauteng", "2196"),
    ("Soweto", "Johannesburg", "Gauteng", "1804"),
    ("Centurion", "Pretoria", "Gauteng", "0157"),
    ("Menlyn", "Pretoria", "Gauteng", "0181"),
    ("Claremont", "Cape Town", "Western Cape", "7708"),
    ("Durbanville", "Cape Town", "Western Cape", "7550"),
    ("Stellenbosch Central", "Stellenbosch", "Western Cape", "7600"),
    ("Umhlanga", "Durban", "KwaZulu-Natal", "4319"),
    ("Westville", "Durban", "KwaZulu-Natal", "3629"),
    ("Summerstrand", "Gqeberha", "Eastern Cape", "6001"),
    ("Vincent", "East London", "Eastern Cape", "5247"),
    ("Universitas", "Bloemfontein", "Free State", "9301"),
    ("Nelspruit Central", "Mbombela", "Mpumalanga", "1200"),
    ("Bendor", "Polokwane", "Limpopo", "0699"),
    ("Cashan", "Rustenburg", "North West", "0299"),
    ("Hadison Park", "Kimberley", "Northern Cape", "8306"),
)
STREETS = (
    "Main Road",
    "Church Street",
    "Jan Smuts Avenue",
    "Voortrekker Road",
    "Nelson Mandela Drive",
    "Oxford Road",
    "Beach Road",
    "Kloof Street",
    "Rivonia Road",
    "Florida Road",
    "Long Street",
)
EMAIL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "mweb.co.za",
    "telkomsa.net",
    "icloud.com",
    "webmail.co.za",
    "yahoo.co.za",
    "vodamail.co.za",
)
MOBILE_PREFIXES = (
    "60",
    "61",
    "62",
    "63",
    "64",
    "65",
    "71",
    "72",
    "73",
    "74",
    "76",
    "78",
    "79",
    "81",
    "82",
    "83",
    "84",
)
LANGUAGES = (
    "English",
    "isiZulu",
    "Afrikaans",
    "isiXhosa",
    "Sesotho",
    "Setswana",
    "Sepedi",
    "Xitsonga",
)
OCCUPATIONS = (
    ("Teacher", "Department of Basic Education"),
    ("Nurse", "Netcare"),
    ("Engineer", "Sasol"),
    ("Accountant", "PwC South Africa"),
    ("Attorney", "Webber Wentzel"),
    ("Software developer", "Takealot"),
    ("Medical doctor", "Mediclinic"),
    ("Business owner", None),
    ("Pharmacist", "Clicks"),
    ("Civil servant", "SARS"),
    ("Mine manager", "Anglo American"),
    ("Sales manager", "Shoprite"),
    ("Pilot", "Airlink"),
    ("Farmer", None),
    ("Retired", None),
    ("Banker", "Standard Bank"),
)
COMPANY_SUFFIXES = ("(Pty) Ltd", "Holdings (Pty) Ltd", "Family Trust", "Trading CC")

# (provider, product type, premium range in rand per month, cover range in rand, is risk)
PRODUCTS = (
    ("Discovery Life", "life_cover", (450, 2500), (1_000_000, 8_000_000), True),
    ("Old Mutual", "life_cover", (350, 1800), (500_000, 5_000_000), True),
    ("Sanlam", "disability", (300, 1500), (500_000, 4_000_000), True),
    ("Liberty", "dread_disease", (250, 1200), (300_000, 2_000_000), True),
    ("Momentum", "income_protection", (400, 2200), (20_000, 90_000), True),
    ("PPS", "income_protection", (500, 2600), (25_000, 120_000), True),
    ("BrightRock", "life_cover", (300, 1600), (500_000, 6_000_000), True),
    ("Hollard", "funeral", (90, 450), (20_000, 100_000), True),
    ("Discovery Health", "medical_aid", (2500, 9000), (0, 0), True),
    ("Allan Gray", "retirement_annuity", (1000, 6000), (0, 0), False),
    ("Coronation", "unit_trust", (500, 5000), (0, 0), False),
    ("Ninety One", "tax_free_savings", (500, 3000), (0, 0), False),
    ("10X Investments", "retirement_annuity", (800, 4000), (0, 0), False),
    ("Old Mutual", "living_annuity", (0, 0), (0, 0), False),
    ("Sanlam Glacier", "endowment", (1000, 5000), (0, 0), False),
    ("Momentum", "preservation_fund", (0, 0), (0, 0), False),
)
ASSET_KINDS = (
    ("property", "Primary residence", (900_000, 6_500_000)),
    ("property", "Rental flat", (650_000, 2_500_000)),
    ("vehicle", "Toyota Fortuner", (350_000, 750_000)),
    ("vehicle", "VW Polo", (150_000, 320_000)),
    ("cash", "FNB savings account", (5_000, 250_000)),
    ("cash", "Capitec savings", (2_000, 120_000)),
    ("investment", "JSE share portfolio", (50_000, 2_000_000)),
    ("business", "Share in family business", (200_000, 5_000_000)),
)
LIABILITY_KINDS = (
    ("home_loan", "Standard Bank", (400_000, 3_500_000), 1150),
    ("home_loan", "ABSA", (300_000, 2_800_000), 1125),
    ("vehicle_finance", "WesBank", (80_000, 550_000), 1300),
    ("credit_card", "Nedbank", (2_000, 60_000), 2075),
    ("personal_loan", "African Bank", (10_000, 150_000), 2400),
    ("student_loan", "NSFAS", (20_000, 180_000), 800),
)
INCOME = (
    ("salary", "Net salary"),
    ("rental", "Rental income"),
    ("business", "Drawings"),
    ("pension", "Annuity income"),
)
EXPENSES = (
    ("housing", "Bond or rent"),
    ("transport", "Car and fuel"),
    ("groceries", "Groceries"),
    ("schooling", "School fees"),
    ("insurance", "Short-term insurance"),
    ("medical", "Medical aid gap and co-payments"),
    ("utilities", "Municipal and Eskom"),
)
GOALS = (
    ("retirement", "Retire at 60 on 75% of current income", (5_000_000, 25_000_000)),
    ("education", "University fees for the children", (400_000, 1_500_000)),
    ("emergency", "Six months' emergency fund", (60_000, 400_000)),
    ("property", "Deposit on a first home", (150_000, 600_000)),
    ("estate", "Estate plan and liquidity for estate duty", (500_000, 5_000_000)),
)
RISK_CATEGORIES = (
    "conservative",
    "moderately_conservative",
    "moderate",
    "moderately_aggressive",
    "aggressive",
)
NOTE_TEMPLATES = (
    (
        "call",
        "Phone call: premium increase",
        "Client asked why the annual premium increased. "
        "Explained the age-based escalation and the option to drop the escalation to 0%.",
    ),
    (
        "meeting",
        "Annual review meeting",
        "Reviewed the balance sheet, cash flow and goals. "
        "Client is on track for retirement; needs to update beneficiary nominations.",
    ),
    (
        "email",
        "Sent quotes for disability cover",
        "Emailed three quotes; waiting for the client's medical questionnaire.",
    ),
    (
        "note",
        "Change of employer",
        "Client started a new job; group risk benefits to be "
        "checked against existing cover to avoid duplication.",
    ),
    (
        "meeting",
        "Estate planning discussion",
        "Discussed the will, executor fees and "
        "liquidity for estate duty. Client will see an attorney about a testamentary trust.",
    ),
)
ADVICE_TEMPLATES = (
    (
        "Record of advice: retirement annuity",
        "Retirement savings gap of about 30%; client "
        "pays marginal tax at 36% and has Section 10C room.",
        "Allan Gray RA; 10X RA; Sanlam Glacier RA",
        "10X Investments retirement annuity at R2 500 per month",
        "Lowest fees of the options considered, index-tracking fits the moderate risk profile, "
        "and the contribution is tax deductible.",
    ),
    (
        "Record of advice: life cover replacement",
        "Existing cover of R1.2m against a need of R4.5m (bond, education, income replacement).",
        "Discovery Life; BrightRock; Old Mutual",
        "BrightRock needs-matched life cover of R3.5m",
        "Cover follows the decreasing bond balance; premium affordable within the budget.",
    ),
    (
        "Record of advice: tax-free savings",
        "Emergency fund complete; client wants flexible long-term savings.",
        "Ninety One TFSA; Coronation TFSA",
        "Ninety One tax-free savings account at R3 000 per month",
        "Uses the annual R36 000 limit, no tax on growth, access if needed.",
    ),
)
DOCUMENT_KINDS = (
    ("id_copy", "Certified copy of ID", True),
    ("proof_of_address", "Proof of address (municipal account)", False),
    ("record_of_advice", "Signed record of advice", False),
)
CONSENT_WORDING = (
    "May we send you newsletters and information about similar financial products by "
    "email or SMS? You can opt out at any time."
)


@dataclass
class DemoSummary:
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, rows: int) -> None:
        self.counts[table] = self.counts.get(table, 0) + rows

    def as_dict(self) -> dict[str, int]:
        return dict(self.counts)


def _tiny_pdf(title: str) -> bytes:
    """A one-page PDF saying what the document stands for; small, valid, quick to make."""
    text = title.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 14 Tf 72 760 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


class _Generator:
    """Builds rows for one batch of households at a time, with ids assigned up front so
    children can point at parents without a round trip to the database."""

    def __init__(
        self,
        connection: sa.Connection,
        *,
        seed: int,
        today: dt.date,
        first_free: dict[str, int],
    ) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.now = utcnow()
        self.connection = connection

        self.next_client = first_free[Client.__tablename__]
        self.next_household = first_free[Household.__tablename__]
        self.next_policy = first_free[Policy.__tablename__]
        self.next_note = first_free[Note.__tablename__]
        self.next_document = first_free[Document.__tablename__]
        self.planner_ids = list(connection.execute(sa.select(User.id)).scalars()) or [None]
        self.used_id_numbers: set[str] = set(
            connection.execute(
                sa.select(Client.id_number).where(Client.id_number.is_not(None))
            ).scalars()
        )
        self.pdf_cache: dict[str, bytes] = {}
        self.rows: dict[str, list[dict]] = {}

    # --- small helpers -------------------------------------------------------------

    def _add(self, table: str, row: dict) -> None:
        self.rows.setdefault(table, []).append(row)

    def _rand_amount_cents(self, low_high: tuple[int, int]) -> int:
        low, high = low_high
        # Round the way planners record values: to R10 for premiums, R100 above that.
        step = 10 if high < 10_000 else 100
        return self.rng.randint(low // step, max(low // step, high // step)) * step * 100

    def _date_between(self, start: dt.date, end: dt.date) -> dt.date:
        span = max(0, (end - start).days)
        return start + dt.timedelta(days=self.rng.randint(0, span))

    def _moment_between(self, start: dt.date, end: dt.date) -> dt.datetime:
        day = self._date_between(start, end)
        return dt.datetime(
            day.year, day.month, day.day, self.rng.randint(8, 16), self.rng.choice((0, 15, 30, 45))
        )

    def _id_number(self, date_of_birth: dt.date, *, female: bool) -> str:
        citizen = self.rng.random() > 0.06
        for _ in range(50):
            sequence = self.rng.randint(0, 4999) if female else self.rng.randint(5000, 9999)
            number = make_sa_id(date_of_birth, sequence=sequence, citizen=citizen)
            if number not in self.used_id_numbers:
                self.used_id_numbers.add(number)
                return number
        raise RuntimeError("could not find an unused demo ID number")  # pragma: no cover

    def _mobile(self) -> str:
        return f"+27{self.rng.choice(MOBILE_PREFIXES)}{self.rng.randint(0, 9_999_999):07d}"

    def _email(self, first: str, surname: str, number: int) -> str:
        def plain(text: str) -> str:
            table = str.maketrans("éèëüöäï", "eeeuoai", " -'")
            return text.lower().translate(table)

        return f"{plain(first)}.{plain(surname)}{number % 1000}@{self.rng.choice(EMAIL_DOMAINS)}"

    # --- people --------------------------------------------------------------------

    def _person(
        self,
        *,
        household_id: int,
        role: str,
        surname: str,
        female: bool,
        born: dt.date,
        category: str,
        planner_id: int | None,
        relationship_start: dt.date,
    ) -> int:
        rng = self.rng
        client_id = self.next_client
        self.next_client += 1
        first = rng.choice(FIRST_NAMES_FEMALE if female else FIRST_NAMES_MALE)
        second = rng.choice(FIRST_NAMES_FEMALE if female else FIRST_NAMES_MALE)
        adult = role != "dependant"
        occupation, employer = rng.choice(OCCUPATIONS) if adult else (None, None)
        if adult and (self.today - born).days > 65 * 365:
            occupation, employer = "Retired", None
        ended = adult and category == "client" and rng.random() < 0.04
        self._add(
            "clients",
            {
                "id": client_id,
                "kind": "person",
                "category": category,
                "title": ("Ms" if female else "Mr") if adult else None,
                "first_names": f"{first} {second}" if rng.random() < 0.6 else first,
                "surname": surname,
                "preferred_name": None,
                "entity_name": None,
                "registration_number": None,
                "id_number": self._id_number(born, female=female),
                "passport_number": None,
                "passport_country": None,
                "date_of_birth": born,
                "gender": "female" if female else "male",
                "marital_status": None
                if not adult
                else ("married" if role != "main" or rng.random() < 0.6 else "single"),
                "marriage_regime": None,
                "tax_number": f"0{rng.randint(100_000_000, 999_999_999)}" if adult else None,
                "occupation": occupation,
                "employer": employer,
                "email": self._email(first, surname, client_id) if adult else None,
                "mobile": self._mobile() if adult or rng.random() < 0.3 else None,
                "home_phone": None,
                "work_phone": None,
                "preferred_language": rng.choice(LANGUAGES),
                "household_id": household_id,
                "household_role": role,
                "planner_id": planner_id,
                "relationship_start": relationship_start,
                "relationship_end": self._date_between(relationship_start, self.today)
                if ended
                else None,
                "last_review_on": self._date_between(
                    self.today - dt.timedelta(days=540), self.today
                )
                if adult and category == "client"
                else None,
                "is_restricted": False,
                "objected_at": None,
                "archived_at": None,
                "created_at": self.now,
                "updated_at": self.now,
            },
        )
        return client_id

    def _company(self, *, planner_id: int | None, household_id: int, owner_surname: str) -> int:
        client_id = self.next_client
        self.next_client += 1
        suffix = self.rng.choice(COMPANY_SUFFIXES)
        is_trust = "Trust" in suffix
        year = self.rng.randint(1995, self.today.year - 1)
        self._add(
            "clients",
            {
                "id": client_id,
                "kind": "trust" if is_trust else "company",
                "category": "client",
                "title": None,
                "first_names": None,
                "surname": None,
                "preferred_name": None,
                "entity_name": f"{owner_surname} {suffix}",
                "registration_number": f"IT{self.rng.randint(100, 9999)}/{year}"
                if is_trust
                else f"{year}/{self.rng.randint(100000, 999999)}/07",
                "id_number": None,
                "passport_number": None,
                "passport_country": None,
                "date_of_birth": None,
                "gender": None,
                "marital_status": None,
                "marriage_regime": None,
                "tax_number": None,
                "occupation": None,
                "employer": None,
                "email": None,
                "mobile": self._mobile(),
                "home_phone": None,
                "work_phone": None,
                "preferred_language": "English",
                "household_id": household_id,
                "household_role": "entity",
                "planner_id": planner_id,
                "relationship_start": dt.date(year, 1, 1),
                "relationship_end": None,
                # Entities are reviewed with their owner's household.
                "last_review_on": self._date_between(
                    self.today - dt.timedelta(days=420), self.today
                ),
                "is_restricted": False,
                "objected_at": None,
                "archived_at": None,
                "created_at": self.now,
                "updated_at": self.now,
            },
        )
        return client_id

    # --- what a client's file holds ------------------------------------------------

    def _client_file(
        self,
        client_id: int,
        *,
        name: str,
        born: dt.date,
        since: dt.date,
        planner_id: int | None,
        city: tuple[str, str, str, str],
    ) -> None:
        rng = self.rng
        today = self.today
        suburb, town, province, code = city
        self._add(
            "addresses",
            {
                "client_id": client_id,
                "kind": "physical",
                "line1": f"{rng.randint(1, 250)} {rng.choice(STREETS)}",
                "line2": None,
                "suburb": suburb,
                "city": town,
                "province": province,
                "postal_code": code,
                "country": "South Africa",
            },
        )
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
            provider, kind, premium, cover, _risk = rng.choice(PRODUCTS)
            start = self._date_between(since, today)
            ended = rng.random() < 0.12
            policy_id = self.next_policy
            self.next_policy += 1
            self._add(
                "policies",
                {
                    "id": policy_id,
                    "client_id": client_id,
                    "provider": provider,
                    "policy_number": f"{provider[:2].upper()}{rng.randint(10_000_000, 99_999_999)}",
                    "product_type": kind,
                    "status": rng.choice(("lapsed", "cancelled", "matured")) if ended else "active",
                    "premium_cents": self._rand_amount_cents(premium) if premium[1] else None,
                    "premium_frequency": "monthly" if premium[1] else "single",
                    "cover_amount_cents": self._rand_amount_cents(cover) if cover[1] else None,
                    "fund_value_cents": None
                    if cover[1]
                    else self._rand_amount_cents((20_000, 3_000_000)),
                    "start_date": start,
                    "end_date": self._date_between(start, today) if ended else None,
                    "is_joint": False,
                    "notes": None,
                    "created_at": self.now,
                    "updated_at": self.now,
                },
            )
        for kind, description, values in rng.sample(ASSET_KINDS, rng.randint(1, 3)):
            self._add(
                "assets",
                {
                    "client_id": client_id,
                    "kind": kind,
                    "description": description,
                    "value_cents": self._rand_amount_cents(values),
                    "valuation_date": self._date_between(today - dt.timedelta(days=365), today),
                    "joint_client_id": None,
                    "ownership_percent": 100,
                    "policy_id": None,
                },
            )
        for kind, lender, balance, rate in rng.sample(LIABILITY_KINDS, rng.randint(0, 2)):
            balance_cents = self._rand_amount_cents(balance)
            self._add(
                "liabilities",
                {
                    "client_id": client_id,
                    "kind": kind,
                    "lender": lender,
                    "account_number": f"{rng.randint(1_000_000_000, 9_999_999_999)}",
                    "balance_cents": balance_cents,
                    "monthly_payment_cents": balance_cents // rng.randint(40, 240),
                    "interest_rate_bp": rate + rng.randint(-75, 150),
                    "end_date": today + dt.timedelta(days=rng.randint(200, 7000)),
                    "joint_client_id": None,
                },
            )
        category, description = rng.choice(INCOME)
        self._add(
            "cash_flows",
            {
                "client_id": client_id,
                "direction": "income",
                "category": category,
                "description": description,
                "amount_cents": self._rand_amount_cents((15_000, 120_000)),
                "frequency": "monthly",
            },
        )
        for category, description in rng.sample(EXPENSES, rng.randint(2, 5)):
            self._add(
                "cash_flows",
                {
                    "client_id": client_id,
                    "direction": "expense",
                    "category": category,
                    "description": description,
                    "amount_cents": self._rand_amount_cents((800, 18_000)),
                    "frequency": "monthly",
                },
            )
        for kind, description, target in rng.sample(GOALS, rng.randint(0, 2)):
            self._add(
                "goals",
                {
                    "client_id": client_id,
                    "kind": kind,
                    "description": description,
                    "target_amount_cents": self._rand_amount_cents(target),
                    "target_date": today + dt.timedelta(days=rng.randint(365, 9000)),
                    "priority": rng.randint(1, 3),
                    "status": "open",
                    "created_at": self.now,
                },
            )
        score = rng.randint(8, 40)
        self._add(
            "risk_profiles",
            {
                "client_id": client_id,
                "assessed_on": self._date_between(since, today),
                "score": score,
                "category": RISK_CATEGORIES[min(4, (score - 8) // 7)],
                "method": "Practice risk questionnaire v3",
                "notes": None,
                "assessed_by_id": planner_id,
            },
        )
        first_note_day = max(since, today - dt.timedelta(days=6 * 365))
        for _ in range(rng.randint(1, 5)):
            kind, subject, body = rng.choice(NOTE_TEMPLATES)
            self._note(
                client_id,
                kind=kind,
                subject=subject,
                body=body,
                planner_id=planner_id,
                at=self._moment_between(first_note_day, today),
            )
        advice_note_id = None
        if rng.random() < 0.45:
            subject, basis, considered, recommendation, reasons = rng.choice(ADVICE_TEMPLATES)
            at = self._moment_between(first_note_day, today)
            final = rng.random() < 0.85
            advice_note_id = self._note(
                client_id,
                kind="advice",
                subject=subject,
                body="Advice given after a full needs analysis.",
                planner_id=planner_id,
                at=at,
                advice={
                    "advice_basis": basis,
                    "products_considered": considered,
                    "recommendation": recommendation,
                    "recommendation_reasons": reasons,
                    "finalised_at": at + dt.timedelta(days=rng.randint(0, 5)) if final else None,
                    "finalised_by_id": planner_id if final else None,
                },
            )
        due_review = self.today.replace(day=1) + dt.timedelta(days=rng.randint(-60, 120))
        self._add(
            "tasks",
            {
                "client_id": client_id,
                "kind": "review",
                "title": f"Annual review: {name}",
                "details": None,
                "due_on": due_review,
                "status": "open",
                "assigned_to_id": planner_id,
                "completed_at": None,
                "completed_by_id": None,
                "created_at": self.now,
            },
        )
        if rng.random() < 0.3:
            self._add(
                "tasks",
                {
                    "client_id": client_id,
                    "kind": "follow_up",
                    "title": rng.choice(
                        (
                            "Send beneficiary nomination form",
                            "Chase medical questionnaire",
                            "Request latest payslip",
                            "Update FICA documents",
                        )
                    ),
                    "details": None,
                    "due_on": today + dt.timedelta(days=rng.randint(-20, 40)),
                    "status": "open",
                    "assigned_to_id": planner_id,
                    "completed_at": None,
                    "completed_by_id": None,
                    "created_at": self.now,
                },
            )
        self._consents(client_id, since=since, planner_id=planner_id)
        if rng.random() < 0.12:
            category, title, sensitive = rng.choice(DOCUMENT_KINDS)
            self._document(
                client_id,
                category=category,
                title=title,
                sensitive=sensitive,
                name=name,
                note_id=advice_note_id if category == "record_of_advice" else None,
                planner_id=planner_id,
            )
        del born  # the date of birth is already on the client row

    def _note(
        self,
        client_id: int,
        *,
        kind: str,
        subject: str,
        body: str,
        planner_id: int | None,
        at: dt.datetime,
        advice: dict | None = None,
    ) -> int:
        note_id = self.next_note
        self.next_note += 1
        advice = advice or {}
        self._add(
            "notes",
            {
                "id": note_id,
                "client_id": client_id,
                "kind": kind,
                "subject": subject,
                "body": body,
                "occurred_at": at,
                "author_id": planner_id,
                "advice_basis": advice.get("advice_basis"),
                "products_considered": advice.get("products_considered"),
                "recommendation": advice.get("recommendation"),
                "recommendation_reasons": advice.get("recommendation_reasons"),
                "finalised_at": advice.get("finalised_at"),
                "finalised_by_id": advice.get("finalised_by_id"),
                "created_at": at,
                "updated_at": at,
            },
        )
        return note_id

    def _consents(self, client_id: int, *, since: dt.date, planner_id: int | None) -> None:
        recorded = dt.datetime.combine(since, dt.time(10, 0))
        self._add(
            "consents",
            {
                "client_id": client_id,
                "purpose": "financial_planning",
                "lawful_basis": "contract",
                "status": "not_required",
                "channel": "in_person",
                "wording": "Processing needed to give financial advice under our mandate "
                "(POPIA s11(1)(b)).",
                "is_special_information": False,
                "recorded_at": recorded,
                "recorded_by_id": planner_id,
            },
        )
        marketing = self.rng.choices(("given", "refused", "withdrawn"), (6, 3, 1))[0]
        self._add(
            "consents",
            {
                "client_id": client_id,
                "purpose": "direct_marketing",
                "lawful_basis": "consent",
                "status": "given" if marketing == "withdrawn" else marketing,
                "channel": "paper_form",
                "wording": CONSENT_WORDING,
                "is_special_information": False,
                "recorded_at": recorded,
                "recorded_by_id": planner_id,
            },
        )
        if marketing == "withdrawn":
            self._add(
                "consents",
                {
                    "client_id": client_id,
                    "purpose": "direct_marketing",
                    "lawful_basis": "consent",
                    "status": "withdrawn",
                    "channel": "email",
                    "wording": "Client replied STOP to a newsletter.",
                    "is_special_information": False,
                    "recorded_at": recorded + dt.timedelta(days=self.rng.randint(30, 900)),
                    "recorded_by_id": planner_id,
                },
            )
        if self.rng.random() < 0.35:
            self._add(
                "consents",
                {
                    "client_id": client_id,
                    "purpose": "underwriting",
                    "lawful_basis": "consent",
                    "status": "given",
                    "channel": "paper_form",
                    "wording": "Consent to share medical information with the insurer for "
                    "underwriting (POPIA s27(1)(a)).",
                    "is_special_information": True,
                    "recorded_at": recorded,
                    "recorded_by_id": planner_id,
                },
            )

    def _document(
        self,
        client_id: int,
        *,
        category: str,
        title: str,
        sensitive: bool,
        name: str,
        note_id: int | None,
        planner_id: int | None,
    ) -> None:
        document_id = self.next_document
        self.next_document += 1
        content = self.pdf_cache.get(category)
        if content is None:
            content = self.pdf_cache[category] = _tiny_pdf(f"{title} (synthetic demo document)")
        self._add(
            "documents",
            {
                "id": document_id,
                "client_id": client_id,
                "note_id": note_id,
                "category": category,
                "filename": f"{category}-{client_id}.pdf",
                "mime_type": "application/pdf",
                "size_bytes": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
                "is_sensitive": sensitive,
                "description": f"{title}: {name}",
                "uploaded_at": self.now,
                "uploaded_by_id": planner_id,
            },
        )
        self._add("document_contents", {"document_id": document_id, "content": content})

    # --- households ----------------------------------------------------------------

    def household(self, remaining: int) -> int:
        """Add one household of up to ``remaining`` people; return how many were added."""
        rng = self.rng
        today = self.today
        household_id = self.next_household
        self.next_household += 1
        surname = rng.choice(SURNAMES)
        planner_id = rng.choice(self.planner_ids)
        since = self._date_between(
            today - dt.timedelta(days=15 * 365), today - dt.timedelta(days=30)
        )
        city = rng.choice(CITIES)
        main_female = rng.random() < 0.5
        main_born = self._date_between(
            dt.date(today.year - 80, 1, 1), dt.date(today.year - 24, 12, 31)
        )
        category = "client" if rng.random() < 0.92 else "prospect"
        people = [
            self._person(
                household_id=household_id,
                role="main",
                surname=surname,
                female=main_female,
                born=main_born,
                category=category,
                planner_id=planner_id,
                relationship_start=since,
            )
        ]
        adults = [(people[0], main_born)]
        main_row = self.rows["clients"][-1]
        if remaining > 1 and rng.random() < 0.55:
            spouse_born = main_born + dt.timedelta(days=rng.randint(-2500, 2500))
            spouse_born = min(spouse_born, today - dt.timedelta(days=20 * 365))
            spouse = self._person(
                household_id=household_id,
                role="spouse",
                surname=surname,
                female=not main_female,
                born=spouse_born,
                category=category,
                planner_id=planner_id,
                relationship_start=since,
            )
            people.append(spouse)
            adults.append((spouse, spouse_born))
            main_row["marital_status"] = "married"
            self._relationship(people[0], spouse, "spouse")
            self._relationship(spouse, people[0], "spouse")
        youngest_parent = max(born for _id, born in adults)
        for _ in range(min(remaining - len(people), rng.choice((0, 0, 1, 1, 2, 2, 3)))):
            earliest = max(
                youngest_parent + dt.timedelta(days=20 * 365), today - dt.timedelta(days=24 * 365)
            )
            if earliest >= today:
                break
            child_born = self._date_between(earliest, today - dt.timedelta(days=60))
            child = self._person(
                household_id=household_id,
                role="dependant",
                surname=surname,
                female=rng.random() < 0.5,
                born=child_born,
                category="related",
                planner_id=planner_id,
                relationship_start=since,
            )
            people.append(child)
            for parent, _born in adults:
                self._relationship(child, parent, "child")
                self._relationship(parent, child, "parent")
        if len(people) < remaining and rng.random() < 0.03:
            company = self._company(
                planner_id=planner_id, household_id=household_id, owner_surname=surname
            )
            people.append(company)
            self._relationship(people[0], company, "director")
        self._add(
            "households",
            {
                "id": household_id,
                "name": f"{surname} household",
                "notes": None,
                "created_at": self.now,
                "updated_at": self.now,
            },
        )
        added = {row["id"]: row for row in self.rows["clients"][-len(people) :]}
        for client_id, born in adults:
            first_names = added[client_id]["first_names"]
            self._client_file(
                client_id,
                name=f"{first_names} {surname}",
                born=born,
                since=since,
                planner_id=planner_id,
                city=city,
            )
        return len(people)

    def _relationship(self, client_id: int, related_id: int, kind: str) -> None:
        self._add(
            "relationships",
            {
                "client_id": client_id,
                "related_client_id": related_id,
                "kind": kind,
                "notes": None,
                "created_at": self.now,
            },
        )

    def flush(self, summary: DemoSummary) -> None:
        order = (
            ("households", Household),
            ("clients", Client),
            ("policies", Policy),
            ("addresses", Address),
            ("relationships", ClientRelationship),
            ("assets", Asset),
            ("liabilities", Liability),
            ("cash_flows", CashFlow),
            ("goals", Goal),
            ("risk_profiles", RiskProfile),
            ("notes", Note),
            ("tasks", Task),
            ("consents", Consent),
            ("documents", Document),
            ("document_contents", DocumentContent),
        )
        for table, model in order:
            rows = self.rows.pop(table, None)
            if rows:
                self.connection.execute(sa.insert(model.__table__), rows)
                summary.add(table, len(rows))
        self.rows.clear()


def generate_demo_data(
    engine: sa.Engine,
    *,
    clients: int,
    seed: int = 2026,
    progress: ProgressCallback | None = None,
    today: dt.date | None = None,
) -> DemoSummary:
    """Add ``clients`` synthetic people (and entities) with everything a practice holds.

    All of it is written in one transaction: an interrupted run leaves the practice as it
    was. Returns the number of rows added per table.
    """
    if clients < 0:
        raise ValueError("the number of clients cannot be negative")
    summary = DemoSummary()
    today = today or dt.date.today()
    numbered = [model.__table__ for model in (Household, Client, Policy, Note, Document)]
    # The clients' indexes are back before the bulk load's end writes the search indexes
    # and places the clients in the list, which reads the name index.
    with (
        engine.begin() as connection,
        bulk_load_with_own_ids(connection, numbered) as first_free,
        indexes_built_after(connection, Client.__table__, rows_to_add=clients),
    ):
        generator = _Generator(connection, seed=seed, today=today, first_free=first_free)
        done = 0
        batch_start = 0
        while done < clients:
            done += generator.household(clients - done)
            if done - batch_start >= BATCH_CLIENTS or done >= clients:
                generator.flush(summary)
                batch_start = done
                if progress is not None:
                    progress(done, clients)
    return summary
