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
from clientmanager.reports.base import GREY, Letterhead, PracticeDocument
from clientmanager.reports.disclosure_labels import CHANNELS, RECIPIENT_CATEGORIES
from clientmanager.reports.times import to_sast
from clientmanager.reports.wording import Words, words

_ENGLISH = words("en")

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


def _label(key: str, w: Words = _ENGLISH) -> str:
    return w.term(_FIELD_LABELS.get(key) or key.replace("_", " ").capitalize())


def _humanise(text: str | None, w: Words = _ENGLISH) -> str:
    if not text:
        return ""
    return w.term(text.replace("_", " ").capitalize())


def _date(value: str | None, w: Words = _ENGLISH) -> str:
    if not value:
        return ""
    try:
        if "T" in value:
            moment = dt.datetime.fromisoformat(value)
            if moment.tzinfo is not None:  # a moment: in SA time, with its zone
                local = to_sast(moment)
                return f"{w.date(local)}, {local:%H:%M}\u00a0SAST"
            if moment.time() == dt.time(0, 0):
                return w.date(moment)
            return f"{w.date(moment)}, {moment:%H:%M}"
        return w.date(dt.date.fromisoformat(value))
    except ValueError:
        return value


def _money(cents: int | None) -> str:
    return "" if cents is None else format_amount(cents)


def _value(key: str, value: object, w: Words = _ENGLISH) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return w.term("Yes") if value else w.term("No")
    if key.endswith("_cents") and isinstance(value, int):
        return format_amount(value)
    if isinstance(value, str) and (
        key.endswith(("_at", "_on", "_date")) or key in ("date_of_birth", "relationship_start")
    ):
        return _date(value, w)
    if key in _ENUM_FIELDS and isinstance(value, str):
        return _humanise(value, w)
    return str(value)


def _join(*parts: str | None, sep: str = "\n") -> str:
    return sep.join(part for part in parts if part)


class SubjectReport(PracticeDocument):
    def __init__(self, data: dict, *, data_sha256: str, language: str = "en") -> None:
        practice = data["practice"]
        officer = practice["information_officer"]
        w = words(language)
        letterhead = Letterhead(
            practice_name=practice["name"] or w("the_practice"),
            fsp_number=practice["fsp_number"],
            address=practice["address"],
            information_officer_name=officer["name"],
            information_officer_email=officer["email"],
            information_officer_phone=officer["phone"],
            phone=practice.get("phone"),
            email=practice.get("email"),
            regulator_lines=tuple(practice.get("regulator") or ()),
            language=w.language,
        )
        self.data = data
        self.subject_name = data["data_subject"]["name"] or w("sr.the_subject")
        super().__init__(
            letterhead,
            title=w("sr.title", name=self.subject_name),
            footer_text=(
                w("sr.footer", package=data["package_id"])
                + "\n"
                + w("sr.footer_sha", sha=data_sha256)
            ),
        )
        self.set_subject(w("sr.pdf_subject"))
        self.wording = w  # not self.w: that is the page width
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
        )  # letter_opening puts it in the letter language
        w = self.wording
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
                w("sr.subject_child", child=child, practice=letterhead.practice_name)
                if child
                else w("sr.subject_you", practice=letterhead.practice_name)
            ),
            reference=w("our_reference", reference=self.data["package_id"]),
        )
        practice = letterhead.practice_name
        if child:
            whom, whose = w("sr.whom_child", child=child), w("sr.whose_child", child=child)
            self.paragraph(w("sr.competent", child=child))
        else:
            whom, whose = w("sr.whom_you"), w("sr.whose_you")
        self.paragraph(w("sr.thanks", practice=practice, whom=whom))
        self.paragraph(w("sr.package", package=self.data["package_id"], whom=whom))
        self.paragraph(w("sr.inaccurate", whose=whose))
        self.closing(w("sr.keep_safe"), regulator=False)

    def summary(self) -> None:
        w = self.wording
        self.heading(w("sr.what_we_hold"))
        self.paragraph(w("sr.summary", name=self.subject_name))
        rows = []
        for key, info in self.info.items():
            count = len(self.categories.get(key, []))
            rows.append(
                (
                    w.term(info["title"]),
                    str(count) if count else w("sr.none"),
                    _join(
                        w.term(info["purpose"]), w("sr.basis", basis=w.term(info["lawful_basis"]))
                    ),
                    w.term(info["retention"]),
                )
            )
        self.data_table(
            (w("sr.col_category"), w("sr.col_records"), w("sr.col_purpose_basis"),
             w("sr.col_retention")),
            rows,
            # Afrikaans compounds ("Kontakbesonderhede") need a wider first column.
            col_widths=(35, 14, 76, 49) if w.afrikaans else (30, 15, 80, 49),
            size=7.5,
        )  # fmt: skip
        self.heading(w("sr.household_others"), level=3)
        self.paragraph(w.term(self.data["household_note"]), size=8.5)

    def section(self, key: str) -> None:
        info = self.info[key]
        self.number += 1
        # The heading, its purpose box and the first rows belong on one page.
        self.keep_space(62)
        w = self.wording
        self.heading(f"{self.number}. {w.term(info['title'])}")
        self.note_box(
            [
                (w("sr.purpose"), w.term(info["purpose"])),
                (w("sr.lawful_basis"), w.term(info["lawful_basis"])),
                (w("sr.col_retention"), w.term(info["retention"])),
            ]
        )

    # --- categories --------------------------------------------------------------------

    def identity(self, rows: list[dict]) -> None:
        record = rows[0]
        w = self.wording
        self.key_values([(_label(key, w), _value(key, value, w)) for key, value in record.items()])

    def contact(self, rows: list[dict]) -> None:
        self.key_values([(_label(row["type"], self.wording), row["value"]) for row in rows])

    def household(self, rows: list[dict]) -> None:
        w = self.wording
        self.data_table(
            (w("sr.col_person"), w("sr.col_relationship"), w("sr.col_detail")),
            [(row["person"], _humanise(row["relationship"], w), row["detail"]) for row in rows],
            col_widths=(60, 60, 54),
        )

    def policies(self, rows: list[dict]) -> None:
        w = self.wording
        table_rows = []
        for row in rows:
            people = _join(
                w("sr.you_role", role=_humanise(row["your_role"], w).lower())
                if row["your_role"]
                else None,
                w("sr.owner", owner=row["owner"])
                if row["owner"] and row["owner"] != "you"
                else None,
                row["other_people_on_policy"],
            )
            product = _join(
                _humanise(row["product_type"], w),
                _humanise(row["status"], w) + (w("sr.joint") if row["joint"] else ""),
            )
            premium = _join(_money(row["premium_cents"]), _humanise(row["premium_frequency"], w))
            amounts = _join(
                w("sr.cover") + "\n" + _money(row["cover_amount_cents"])
                if row["cover_amount_cents"]
                else None,
                w("sr.fund_value") + "\n" + _money(row["fund_value_cents"])
                if row["fund_value_cents"]
                else None,
            )
            term = _join(
                w("sr.from", date=_date(row["start_date"], w)) if row["start_date"] else None,
                w("sr.to", date=_date(row["end_date"], w)) if row["end_date"] else None,
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
                w("sr.col_provider_number"),
                w("sr.col_product"),
                w("sr.col_people"),
                w("sr.col_premium"),
                w("sr.col_amounts"),
                w("sr.col_term"),
            ),
            table_rows,
            col_widths=(31, 26, 36, 22, 27, 32) if w.afrikaans else (31, 22, 40, 22, 27, 32),
            size=7.5,
        )
        notes = [(row["policy_number"], row["notes"]) for row in rows if row.get("notes")]
        if notes:
            self.heading(w("sr.policy_notes"), level=3)
            self.data_table(
                (w("sr.col_policy_number"), w("sr.col_note")), notes, col_widths=(35, 139)
            )

    def assets(self, rows: list[dict]) -> None:
        w = self.wording
        self.data_table(
            (
                w("sr.col_description"),
                w("sr.col_kind"),
                w("sr.col_value"),
                w("sr.col_valued_on"),
                w("sr.col_share"),
                w("sr.col_joint_with"),
            ),
            [
                (
                    row["description"],
                    _humanise(row["kind"], w),
                    _money(row["value_cents"]),
                    _date(row["valuation_date"], w),
                    f"{row['ownership_percent']}%",
                    row["held_jointly_with"],
                )
                for row in rows
            ],
            col_widths=(44, 22, 28, 26, 18, 36),
        )

    def liabilities(self, rows: list[dict]) -> None:
        w = self.wording
        self.data_table(
            (
                w("sr.col_lender_kind"),
                w("sr.col_account"),
                w("sr.col_balance"),
                w("sr.col_monthly"),
                w("sr.col_rate"),
                w("sr.col_ends"),
                w("sr.col_joint"),
            ),
            [
                (
                    _join(row["lender"], _humanise(row["kind"], w)),
                    row["account_number"],
                    _money(row["balance_cents"]),
                    _money(row["monthly_payment_cents"]),
                    f"{row['interest_rate_percent']}%" if row["interest_rate_percent"] else "",
                    _date(row["end_date"], w),
                    row["held_jointly_with"],
                )
                for row in rows
            ],
            col_widths=(36, 24, 25, 22, 14, 23, 30),
        )

    def income_expenses(self, rows: list[dict]) -> None:
        w = self.wording
        self.data_table(
            (
                w("sr.col_income_expense"),
                w("sr.col_category"),
                w("sr.col_description"),
                w("sr.col_amount"),
                w("sr.col_frequency"),
            ),
            [
                (
                    _humanise(row["direction"], w),
                    _humanise(row["category"], w),
                    row["description"],
                    _money(row["amount_cents"]),
                    _humanise(row["frequency"], w),
                )
                for row in rows
            ],
            col_widths=(28, 30, 64, 30, 22),
        )

    def goals(self, rows: list[dict]) -> None:
        w = self.wording
        self.data_table(
            (
                w("sr.col_goal"),
                w("sr.col_kind"),
                w("sr.col_target_amount"),
                w("sr.col_target_date"),
                w("sr.col_priority"),
                w("sr.col_status"),
            ),
            [
                (
                    row["description"],
                    _humanise(row["kind"], w),
                    _money(row["target_amount_cents"]),
                    _date(row["target_date"], w),
                    _humanise(row["priority"], w),
                    _humanise(row["status"], w),
                )
                for row in rows
            ],
            col_widths=(64, 22, 28, 24, 18, 18),
        )

    def risk_profiles(self, rows: list[dict]) -> None:
        w = self.wording
        self.data_table(
            (
                w("sr.col_assessed_on"),
                w("sr.col_result"),
                w("sr.col_score"),
                w("sr.col_method"),
                w("sr.col_assessed_by"),
                w("sr.col_notes"),
            ),
            [
                (
                    _date(row["assessed_on"], w),
                    _humanise(row["category"], w),
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
        w = self.wording
        table_rows = []
        for row in rows:
            advice = _join(
                w("sr.advice_basis", text=row["advice_basis"]) if row["advice_basis"] else None,
                w("sr.products_considered", text=row["products_considered"])
                if row["products_considered"]
                else None,
                w("sr.recommendation", text=row["recommendation"])
                if row["recommendation"]
                else None,
                w("sr.why_suits", text=row["recommendation_reasons"])
                if row["recommendation_reasons"]
                else None,
                w("sr.finalised", date=_date(row["finalised_at"], w))
                if row["finalised_at"]
                else None,
            )
            kind = (
                w("sr.record_of_advice") if row["kind"] == "advice" else _humanise(row["kind"], w)
            )
            table_rows.append(
                (
                    _date(row["occurred_at"], w),
                    kind,
                    _join(row["subject"], row["body"], advice),
                    row["author"],
                )
            )
        self.data_table(
            (w("sr.col_date"), w("sr.col_type"), w("sr.col_subject_note"), w("sr.col_by")),
            table_rows,
            col_widths=(27, 22, 97, 28),
            size=7.5,
        )

    def tasks(self, rows: list[dict]) -> None:
        w = self.wording
        self.data_table(
            (
                w("sr.col_task"),
                w("sr.col_type"),
                w("sr.col_due"),
                w("sr.col_status"),
                w("sr.col_details"),
            ),
            [
                (
                    row["title"],
                    _humanise(row["kind"], w),
                    _date(row["due_on"], w),
                    _join(
                        _humanise(row["status"], w),
                        _date(row["completed_at"], w) if row["completed_at"] else None,
                    ),
                    row["details"],
                )
                for row in rows
            ],
            col_widths=(48, 18, 24, 26, 58),
        )

    def documents(self, rows: list[dict]) -> None:
        w = self.wording
        self.data_table(
            (
                w("sr.col_no"),
                w("sr.col_category"),
                w("sr.col_file"),
                w("sr.col_size"),
                w("sr.col_received"),
                w("sr.col_in_package"),
            ),
            [
                (
                    str(row["document_number"]),
                    _humanise(row["category"], w),
                    _join(row["filename"], row["description"], row.get("note")),
                    _size(row["size_bytes"]),
                    _date(row["uploaded_at"], w),
                    row["file_in_package"] or w("sr.not_available"),
                )
                for row in rows
            ],
            col_widths=(10, 22, 48, 16, 22, 56) if w.afrikaans else (10, 22, 50, 14, 22, 56),
        )

    def consents(self, rows: list[dict]) -> None:
        w = self.wording
        self.paragraph(w("sr.consents_note"), size=8.5, color=GREY)
        self.data_table(
            (
                w("sr.col_recorded"),
                w("sr.purpose"),
                w("sr.col_basis"),
                w("sr.col_status"),
                w("sr.col_how"),
                w("sr.col_wording"),
            ),
            [
                (
                    _date(row["recorded_at"], w),
                    _humanise(row["purpose"], w)
                    + (w("sr.special") if row["special_personal_information"] else ""),
                    _humanise(row["lawful_basis"], w),
                    _humanise(row["status"], w),
                    _humanise(row["channel"], w),
                    row["wording"],
                )
                for row in rows
            ],
            col_widths=(24, 28, 20, 18, 20, 64),
            size=7.5,
        )

    # --- third parties and rights --------------------------------------------------------

    def third_parties(self) -> None:
        w = self.wording
        self.number += 1
        self.heading(w("sr.who_received", number=self.number))
        self.paragraph(w("sr.s23b"))
        disclosures = self.categories.get("disclosures", [])
        third = [row for row in disclosures if row["recipient_category"] != "data_subject"]
        yours = [row for row in disclosures if row["recipient_category"] == "data_subject"]
        self.data_table(
            (
                w("sr.col_date"),
                w("sr.col_recipient"),
                w("sr.purpose"),
                w("sr.lawful_basis"),
                w("sr.col_shared"),
                w("sr.col_how"),
            ),
            [
                (
                    _date(row["disclosed_at"], w),
                    f"{row['recipient_name']} ("
                    + w.term(
                        RECIPIENT_CATEGORIES.get(
                            row["recipient_category"], row["recipient_category"]
                        )
                    )
                    + ")",
                    row["purpose"],
                    w.term(row.get("lawful_basis_label") or ""),
                    row["categories"],
                    w.term(CHANNELS.get(row["channel"] or "", row["channel"] or "")),
                )
                for row in third
            ],
            col_widths=(20, 38, 34, 34, 32, 16),
            size=7.5,
            empty_text=w("sr.no_third_party"),
        )
        if yours:
            last = _date(yours[-1]["disclosed_at"], w)
            self.paragraph(
                w("sr.copies_one", date=last)
                if len(yours) == 1
                else w("sr.copies_many", count=len(yours), date=last),
                size=8.5,
            )
        self.paragraph(w("sr.inside"), size=8.5)

    def rights(self) -> None:
        w = self.wording
        self.number += 1
        self.heading(w("sr.your_rights", number=self.number))
        officer = self.letterhead.information_officer_name or w("sr.our_officer")
        email = self.letterhead.information_officer_email
        where = f"{officer}" + (f" ({email})" if email else "")
        self.heading(w("sr.correction_heading"), level=2)
        self.paragraph(w("sr.correction", where=where))
        self.paragraph(w("sr.kept_by_law"), size=8.5, color=GREY)
        self.heading(w("sr.objection_heading"), level=2)
        self.paragraph(w("sr.objection"))
        self.heading(w("sr.marketing_heading"), level=2)
        self.paragraph(w("sr.marketing"))
        self.heading(w("sr.complaints_heading"), level=2)
        self.paragraph(w("sr.complaints"))
        self.set_x(self.l_margin)
        self.regulator_box()
        self.heading(w("sr.checking_heading"), level=2)
        self.paragraph(w("sr.checking"), size=8.5)


def _size(size_bytes: int | None) -> str:
    if size_bytes is None:
        return ""
    if size_bytes < 1024:
        return f"{size_bytes} B"
    if size_bytes < 1024 * 1024:
        return f"{size_bytes / 1024:.0f} KB"
    return f"{size_bytes / 1024 / 1024:.1f} MB"


def build_subject_report(
    data: dict, *, data_sha256: str, password: str | None = None, language: str = "en"
) -> bytes:
    """The report as PDF bytes (in memory), AES-256 protected when ``password`` is given;
    its fixed text in ``language`` (the practice's letter language)."""
    document = SubjectReport(data, data_sha256=data_sha256, language=language)
    if password:
        document.protect(password)
    document.build()
    return document.to_bytes(created=document.generated)
