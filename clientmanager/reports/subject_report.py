"""The data-subject report (POPIA s23): what the practice holds about a person, for them.

Built from the same dictionary that becomes ``data.json`` (services/subject_export.py),
so the PDF and the machine-readable file cannot disagree. Its parts, in order:

1. a covering letter from the practice, signed by the information officer (s55);
2. confirmation that information is held (s23(1)(a)), and a summary per category with
   the purpose, the lawful basis (s11(1)) and the retention period (s14);
3. every category with the actual values;
4. every third party who received the information, from the disclosure register
   (s23(1)(b));
5. the person's rights: correction or deletion (s24, Form 2), objection (s11(3),
   Form 1), direct marketing (s69), and a complaint to the Information Regulator (Form 5).

Each page's footer carries the package id and the SHA-256 of ``data.json``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from clientmanager.domain.money import format_amount
from clientmanager.reports.base import GREY, Letterhead, PracticeDocument, format_date
from clientmanager.reports.disclosure_labels import CHANNELS, RECIPIENT_CATEGORIES
from clientmanager.reports.times import to_sast

# The Information Regulator's published contact details (COMPLIANCE.md).
REGULATOR_LINES = (
    "The Information Regulator (South Africa)",
    "JD House, 27 Stiemens Street, Braamfontein, Johannesburg, 2001",
    "P.O. Box 31533, Braamfontein, Johannesburg, 2017",
    "Phone: 010 023 5200",
    "Complaints (Form 5): POPIAComplaints@inforegulator.org.za",
    "General enquiries: enquiries@inforegulator.org.za",
    "Complaints can also be lodged on the Regulator's eServices portal.",
)

_FIELD_LABELS = {
    "id_number": "ID number",
    "client_number": "Client number",
    "passport_number": "Passport number",
    "passport_country": "Passport country",
    "date_of_birth": "Date of birth",
    "tax_number": "Income tax number",
    "registration_number": "Registration number",
    "entity_name": "Company or trust name",
    "processing_restricted": "Processing restricted",
    "objected_at": "Objection recorded",
    "record_created_at": "Record created",
    "record_updated_at": "Record last changed",
    "last_review_on": "Last review",
    "relationship_start": "Client since",
    "relationship_end": "Relationship ended",
    "home_phone": "Home phone",
    "work_phone": "Work phone",
    "physical_address": "Physical address",
    "postal_address": "Postal address",
    "work_address": "Work address",
}
_ENUM_FIELDS = {
    "kind",
    "category",
    "status",
    "product_type",
    "premium_frequency",
    "direction",
    "frequency",
    "purpose",
    "lawful_basis",
    "channel",
    "gender",
    "marital_status",
    "marriage_regime",
}


def _label(key: str) -> str:
    return _FIELD_LABELS.get(key) or key.replace("_", " ").capitalize()


def _humanise(text: str | None) -> str:
    if not text:
        return ""
    return text.replace("_", " ").capitalize()


def _date(value: str | None) -> str:
    if not value:
        return ""
    try:
        if "T" in value:
            moment = dt.datetime.fromisoformat(value)
            if moment.tzinfo is not None:  # a moment: in SA time, with its zone
                local = to_sast(moment)
                return f"{format_date(local)}, {local:%H:%M}\u00a0SAST"
            if moment.time() == dt.time(0, 0):
                return format_date(moment)
            return f"{format_date(moment)}, {moment:%H:%M}"
        return format_date(dt.date.fromisoformat(value))
    except ValueError:
        return value


def _money(cents: int | None) -> str:
    return "" if cents is None else format_amount(cents)


def _value(key: str, value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if key.endswith("_cents") and isinstance(value, int):
        return format_amount(value)
    if isinstance(value, str) and (
        key.endswith(("_at", "_on", "_date")) or key in ("date_of_birth", "relationship_start")
    ):
        return _date(value)
    if key in _ENUM_FIELDS and isinstance(value, str):
        return _humanise(value)
    return str(value)


def _join(*parts: str | None, sep: str = "\n") -> str:
    return sep.join(part for part in parts if part)


class SubjectReport(PracticeDocument):
    def __init__(self, data: dict, *, data_sha256: str) -> None:
        practice = data["practice"]
        officer = practice["information_officer"]
        letterhead = Letterhead(
            practice_name=practice["name"] or "The practice",
            fsp_number=practice["fsp_number"],
            address=practice["address"],
            information_officer_name=officer["name"],
            information_officer_email=officer["email"],
            information_officer_phone=officer["phone"],
            phone=practice.get("phone"),
            email=practice.get("email"),
            regulator_lines=tuple(practice.get("regulator") or ()),
        )
        self.data = data
        self.subject_name = data["data_subject"]["name"] or "the data subject"
        super().__init__(
            letterhead,
            title=f"Personal information held about {self.subject_name}",
            footer_text=(
                f"Data-subject package {data['package_id']} (POPIA section 23)\n"
                f"SHA-256 of data.json: {data_sha256}"
            ),
        )
        self.set_subject("POPIA section 23 access request")
        self.categories: dict[str, list[dict]] = data["categories"]
        self.info: dict[str, dict] = data["category_info"]
        self.generated = dt.datetime.fromisoformat(data["generated_at"])
        self.number = 0

    # --- parts -------------------------------------------------------------------------

    def build(self) -> None:
        self.covering_letter()
        self.add_page()
        self.summary()
        renderers: dict[str, Callable[[list[dict]], None]] = {
            "identity": self.identity,
            "contact": self.contact,
            "household": self.household,
            "policies": self.policies,
            "assets": self.assets,
            "liabilities": self.liabilities,
            "income_expenses": self.income_expenses,
            "goals": self.goals,
            "risk_profiles": self.risk_profiles,
            "notes": self.notes,
            "tasks": self.tasks,
            "documents": self.documents,
            "consents": self.consents,
        }
        for key, render in renderers.items():
            self.section(key)
            render(self.categories.get(key, []))
        self.third_parties()
        self.rights()

    def covering_letter(self) -> None:
        self.add_page()
        letterhead = self.letterhead
        identity = self.categories["identity"][0]
        to = self.data.get("addressee") or {}
        title = identity.get("title")
        surname = identity.get("surname")
        name = to.get("name") or _join(title, self.subject_name, sep=" ")
        salutation = to.get("salutation") or (
            f"Dear {title} {surname}" if title and surname else f"Dear {self.subject_name}"
        )
        lines = list(to.get("address_lines") or [])
        if not to:
            address = next(
                (
                    row["value"]
                    for kind in ("postal_address", "physical_address")
                    for row in self.categories["contact"]
                    if row["type"] == kind
                ),
                None,
            )
            lines = address.split(", ") if address else []
        child = to.get("on_behalf_of")
        self.letter_opening(
            today=self.generated.date(),
            addressee_lines=(name, *lines),
            salutation=salutation,
            subject=(
                f"Personal information about {child} held by {letterhead.practice_name}"
                if child
                else "Your personal information held by " + letterhead.practice_name
            ),
            reference=f"Our reference: {self.data['package_id']}",
        )
        practice = letterhead.practice_name
        whom, whose = (f"{child}, for whom you act", f"{child}'s") if child else ("you", "your")
        if child:
            self.paragraph(
                f"You asked, as the competent person for {child} (a child: sections 34 and 35 "
                "of the Protection of Personal Information Act), for the personal information "
                f"we hold about them. We answer to you, in your name."
            )
        self.paragraph(
            f"Thank you for your request. We confirm that {practice} holds personal "
            f"information about {whom} (section 23(1)(a) of the Protection of Personal "
            "Information Act, 2013). This report sets out all of it, with the information "
            "itself, why we hold it and on what lawful basis, how long we must keep it, and "
            "every third party who has received it from us (section 23(1)(b))."
        )
        self.paragraph(
            f"The package, reference {self.data['package_id']}, also contains "
            "the same information in machine-readable form (data.json, and one spreadsheet "
            f"file per category), copies of the documents we hold about {whom}, and a list "
            "of checksums so that you can confirm that nothing has been changed. We provide "
            "this free of charge."
        )
        self.paragraph(
            f"If any of {whose} information is inaccurate, out of date, incomplete, excessive "
            "or was obtained unlawfully, you may ask us to correct or delete it (section 24). "
            "The last section of this report, \u201cYour rights\u201d, explains how to do "
            "that, how to object to processing, and how to complain to the Information "
            "Regulator if you are not satisfied with our response."
        )
        self.closing(
            "Please keep this report safe: it contains personal information. If you have "
            "any questions, contact our information officer at the details below.",
            regulator=False,
        )

    def summary(self) -> None:
        self.heading("What we hold about you")
        self.paragraph(
            f"We hold personal information about {self.subject_name}. The table below lists "
            "each category, how many records it holds, why we process it, the lawful basis "
            "(POPIA section 11(1)) and how long the law requires us to keep it (section 14). "
            "The sections that follow show every record."
        )
        rows = []
        for key, info in self.info.items():
            count = len(self.categories.get(key, []))
            rows.append(
                (
                    info["title"],
                    str(count) if count else "none",
                    _join(info["purpose"], "Basis: " + info["lawful_basis"]),
                    info["retention"],
                )
            )
        self.data_table(
            ("Category", "Records", "Purpose and lawful basis", "Retention"),
            rows,
            col_widths=(30, 15, 80, 49),
            size=7.5,
        )
        self.heading("Other members of your household", level=3)
        self.paragraph(self.data["household_note"], size=8.5)

    def section(self, key: str) -> None:
        info = self.info[key]
        self.number += 1
        # The heading, its purpose box and the first rows belong on one page.
        self.keep_space(62)
        self.heading(f"{self.number}. {info['title']}")
        self.note_box(
            [
                ("Purpose", info["purpose"]),
                ("Lawful basis", info["lawful_basis"]),
                ("Retention", info["retention"]),
            ]
        )

    # --- categories --------------------------------------------------------------------

    def identity(self, rows: list[dict]) -> None:
        record = rows[0]
        self.key_values([(_label(key), _value(key, value)) for key, value in record.items()])

    def contact(self, rows: list[dict]) -> None:
        self.key_values([(_label(row["type"]), row["value"]) for row in rows])

    def household(self, rows: list[dict]) -> None:
        self.data_table(
            ("Person", "Relationship to you", "Detail"),
            [(row["person"], _humanise(row["relationship"]), row["detail"]) for row in rows],
            col_widths=(60, 60, 54),
        )

    def policies(self, rows: list[dict]) -> None:
        table_rows = []
        for row in rows:
            people = _join(
                "You: " + _humanise(row["your_role"]).lower() if row["your_role"] else None,
                "Owner: " + row["owner"] if row["owner"] and row["owner"] != "you" else None,
                row["other_people_on_policy"],
            )
            product = _join(
                _humanise(row["product_type"]),
                _humanise(row["status"]) + (" · joint" if row["joint"] else ""),
            )
            premium = _join(_money(row["premium_cents"]), _humanise(row["premium_frequency"]))
            amounts = _join(
                "Cover:\n" + _money(row["cover_amount_cents"])
                if row["cover_amount_cents"]
                else None,
                "Fund value:\n" + _money(row["fund_value_cents"])
                if row["fund_value_cents"]
                else None,
            )
            term = _join(
                "From " + _date(row["start_date"]) if row["start_date"] else None,
                "To " + _date(row["end_date"]) if row["end_date"] else None,
            )
            table_rows.append(
                (
                    _join(row["provider"], row["policy_number"]),
                    product,
                    people,
                    premium,
                    amounts,
                    term,
                )
            )
        self.data_table(
            (
                "Provider and number",
                "Product",
                "People on the policy",
                "Premium",
                "Amounts",
                "Term",
            ),
            table_rows,
            col_widths=(31, 22, 40, 22, 27, 32),
            size=7.5,
        )
        notes = [(row["policy_number"], row["notes"]) for row in rows if row.get("notes")]
        if notes:
            self.heading("Notes on your policies", level=3)
            self.data_table(("Policy number", "Note"), notes, col_widths=(35, 139))

    def assets(self, rows: list[dict]) -> None:
        self.data_table(
            ("Description", "Kind", "Value", "Valued on", "Your share", "Held jointly with"),
            [
                (
                    row["description"],
                    _humanise(row["kind"]),
                    _money(row["value_cents"]),
                    _date(row["valuation_date"]),
                    f"{row['ownership_percent']}%",
                    row["held_jointly_with"],
                )
                for row in rows
            ],
            col_widths=(44, 22, 28, 26, 18, 36),
        )

    def liabilities(self, rows: list[dict]) -> None:
        self.data_table(
            ("Lender and kind", "Account", "Balance", "Monthly", "Rate", "Ends", "Joint with"),
            [
                (
                    _join(row["lender"], _humanise(row["kind"])),
                    row["account_number"],
                    _money(row["balance_cents"]),
                    _money(row["monthly_payment_cents"]),
                    f"{row['interest_rate_percent']}%" if row["interest_rate_percent"] else "",
                    _date(row["end_date"]),
                    row["held_jointly_with"],
                )
                for row in rows
            ],
            col_widths=(36, 24, 25, 22, 14, 23, 30),
        )

    def income_expenses(self, rows: list[dict]) -> None:
        self.data_table(
            ("Income or expense", "Category", "Description", "Amount", "Frequency"),
            [
                (
                    _humanise(row["direction"]),
                    _humanise(row["category"]),
                    row["description"],
                    _money(row["amount_cents"]),
                    _humanise(row["frequency"]),
                )
                for row in rows
            ],
            col_widths=(28, 30, 64, 30, 22),
        )

    def goals(self, rows: list[dict]) -> None:
        self.data_table(
            ("Goal", "Kind", "Target amount", "Target date", "Priority", "Status"),
            [
                (
                    row["description"],
                    _humanise(row["kind"]),
                    _money(row["target_amount_cents"]),
                    _date(row["target_date"]),
                    _humanise(row["priority"]),
                    _humanise(row["status"]),
                )
                for row in rows
            ],
            col_widths=(64, 22, 28, 24, 18, 18),
        )

    def risk_profiles(self, rows: list[dict]) -> None:
        self.data_table(
            ("Assessed on", "Result", "Score", "Method", "Assessed by", "Notes"),
            [
                (
                    _date(row["assessed_on"]),
                    _humanise(row["category"]),
                    "" if row["score"] is None else str(row["score"]),
                    row["method"],
                    row["assessed_by"],
                    row["notes"],
                )
                for row in rows
            ],
            col_widths=(24, 30, 14, 34, 28, 44),
        )

    def notes(self, rows: list[dict]) -> None:
        table_rows = []
        for row in rows:
            advice = _join(
                "Information the advice was based on: " + row["advice_basis"]
                if row["advice_basis"]
                else None,
                "Products considered: " + row["products_considered"]
                if row["products_considered"]
                else None,
                "Recommendation: " + row["recommendation"] if row["recommendation"] else None,
                "Why it suits you: " + row["recommendation_reasons"]
                if row["recommendation_reasons"]
                else None,
                "Finalised " + _date(row["finalised_at"]) if row["finalised_at"] else None,
            )
            kind = "Record of advice" if row["kind"] == "advice" else _humanise(row["kind"])
            table_rows.append(
                (
                    _date(row["occurred_at"]),
                    kind,
                    _join(row["subject"], row["body"], advice),
                    row["author"],
                )
            )
        self.data_table(
            ("Date", "Type", "Subject and note", "By"),
            table_rows,
            col_widths=(27, 22, 97, 28),
            size=7.5,
        )

    def tasks(self, rows: list[dict]) -> None:
        self.data_table(
            ("Task", "Type", "Due", "Status", "Details"),
            [
                (
                    row["title"],
                    _humanise(row["kind"]),
                    _date(row["due_on"]),
                    _join(
                        _humanise(row["status"]),
                        _date(row["completed_at"]) if row["completed_at"] else None,
                    ),
                    row["details"],
                )
                for row in rows
            ],
            col_widths=(48, 18, 24, 26, 58),
        )

    def documents(self, rows: list[dict]) -> None:
        self.data_table(
            ("No.", "Category", "File and description", "Size", "Received", "In the package as"),
            [
                (
                    str(row["document_number"]),
                    _humanise(row["category"]),
                    _join(row["filename"], row["description"], row.get("note")),
                    _size(row["size_bytes"]),
                    _date(row["uploaded_at"]),
                    row["file_in_package"] or "not available",
                )
                for row in rows
            ],
            col_widths=(10, 22, 50, 14, 22, 56),
        )

    def consents(self, rows: list[dict]) -> None:
        self.paragraph(
            "Every entry is kept: the newest entry for a purpose is the one that applies now.",
            size=8.5,
            color=GREY,
        )
        self.data_table(
            ("Recorded", "Purpose", "Basis", "Status", "How", "Wording"),
            [
                (
                    _date(row["recorded_at"]),
                    _humanise(row["purpose"])
                    + (
                        " (special personal information)"
                        if row["special_personal_information"]
                        else ""
                    ),
                    _humanise(row["lawful_basis"]),
                    _humanise(row["status"]),
                    _humanise(row["channel"]),
                    row["wording"],
                )
                for row in rows
            ],
            col_widths=(24, 28, 20, 18, 20, 64),
            size=7.5,
        )

    # --- third parties and rights --------------------------------------------------------

    def third_parties(self) -> None:
        self.number += 1
        self.heading(f"{self.number}. Who has received your information")
        self.paragraph(
            "Section 23(1)(b) gives you the right to know the identity or categories of every "
            "third party who has, or had, access to your information. Our disclosure register "
            "records every export, print or copy of your information to someone outside the "
            "practice, with the recipient and the date:"
        )
        disclosures = self.categories.get("disclosures", [])
        third = [row for row in disclosures if row["recipient_category"] != "data_subject"]
        yours = [row for row in disclosures if row["recipient_category"] == "data_subject"]
        self.data_table(
            ("Date", "Recipient", "Purpose", "Lawful basis", "Information shared", "How"),
            [
                (
                    _date(row["disclosed_at"]),
                    f"{row['recipient_name']} "
                    f"({RECIPIENT_CATEGORIES.get(row['recipient_category'], row['recipient_category'])})",
                    row["purpose"],
                    row.get("lawful_basis_label") or "",
                    row["categories"],
                    CHANNELS.get(row["channel"] or "", row["channel"] or ""),
                )
                for row in third
            ],
            col_widths=(20, 38, 34, 34, 32, 16),
            size=7.5,
            empty_text="No third party has received your personal information from us.",
        )
        if yours:
            self.paragraph(
                f"We have also given you copies of your information {len(yours)} time"
                f"{'s' if len(yours) != 1 else ''} before (most recently on "
                f"{_date(yours[-1]['disclosed_at'])}).",
                size=8.5,
            )
        self.paragraph(
            "Inside the practice, only staff who need your information to serve you (your "
            "planner, their assistants and our compliance officer) can see it; every time a "
            "client record is opened, exported or printed, it is recorded in our audit trail. "
            "Your information is stored encrypted on the practice's own computers and is not "
            "sent to any cloud service.",
            size=8.5,
        )

    def rights(self) -> None:
        self.number += 1
        self.heading(f"{self.number}. Your rights")
        officer = self.letterhead.information_officer_name or "our information officer"
        email = self.letterhead.information_officer_email
        where = f"{officer}" + (f" ({email})" if email else "")
        self.heading("Correction or deletion (section 24)", level=2)
        self.paragraph(
            "You may ask us to correct or delete personal information that is inaccurate, "
            "irrelevant, excessive, out of date, incomplete, misleading or obtained unlawfully, "
            "or to destroy or delete a record we are no longer allowed to keep. Use Form 2 of "
            f"the POPIA Regulations (request for correction or deletion) and send it to {where}. "
            "We will correct the record, tell every earlier recipient listed above where the "
            "change affects decisions about you (section 24(3)), and confirm in writing what "
            "we did (section 24(4))."
        )
        self.paragraph(
            "Some records must by law be kept for a period even after you ask for deletion: "
            "the FAIS General Code of Conduct requires records of advice and product records "
            "for 5 years, and FICA requires identification records for 5 years after our "
            "relationship ends. We then restrict those records to that legal purpose and "
            "delete or de-identify them as soon as the period ends.",
            size=8.5,
            color=GREY,
        )
        self.heading("Objection (section 11(3))", level=2)
        self.paragraph(
            "You may object at any time, on reasonable grounds, to processing based on "
            "legitimate interests, and at any time to processing for direct marketing. Use "
            "Form 1 of the POPIA Regulations. Once you object we stop that processing, except "
            "where the law requires us to continue."
        )
        self.heading("Direct marketing (section 69)", level=2)
        self.paragraph(
            "We send marketing only with your consent or, as an existing client, about "
            "similar products with an option to opt out every time. You may opt out at any "
            "time by telling us; we stop at once, everywhere."
        )
        self.heading("Complaints to the Information Regulator", level=2)
        self.paragraph(
            "If you are not satisfied with how we handled your request or your information, "
            "you may lodge a complaint with the Information Regulator (Form 5):"
        )
        self.set_x(self.l_margin)
        self.regulator_box()
        self.heading("Checking this package", level=2)
        self.paragraph(
            "The file manifest-sha256.txt in the package lists a SHA-256 checksum for every "
            "file; the footer of every page of this report shows the checksum of data.json. "
            "If a checksum does not match, the file was changed after we produced it.",
            size=8.5,
        )


def _size(size_bytes: int | None) -> str:
    if size_bytes is None:
        return ""
    if size_bytes < 1024:
        return f"{size_bytes} B"
    if size_bytes < 1024 * 1024:
        return f"{size_bytes / 1024:.0f} KB"
    return f"{size_bytes / 1024 / 1024:.1f} MB"


def build_subject_report(data: dict, *, data_sha256: str, password: str | None = None) -> bytes:
    """The report as PDF bytes (in memory), AES-256 protected when ``password`` is given."""
    document = SubjectReport(data, data_sha256=data_sha256)
    if password:
        document.protect(password)
    document.build()
    return document.to_bytes(created=document.generated)
