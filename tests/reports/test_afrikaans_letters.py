"""Client letters in Afrikaans (issue 16).

Every sentence of the wording catalogue has its Afrikaans; with the practice's
``letter_language`` on Afrikaans every client-facing PDF holds the Afrikaans fixed text and
none of the English (compared against the English side of the catalogue), and it still says
what the database holds. The PDFs are the ones tests/reports/test_letter_layout.py builds
through the services, which also checks their layout in both languages.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import string

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from clientmanager.reports.disclosure_labels import CHANNELS, RECIPIENT_CATEGORIES
from clientmanager.reports.wording import REGULATOR_LINES_AF, TERMS_AF, TEXT, words
from clientmanager.services import breaches, consents, notices, roa, subject_export
from clientmanager.services.letterhead import DEFAULT_REGULATOR_LINES
from clientmanager.services.letters import BUILT_IN
from clientmanager.services.subject_requests import CORRECTABLE_FIELDS
from clientmanager.store.models import (
    AuditEntry,
    Breach,
    Client,
    Disclosure,
    Setting,
    SubjectRequest,
)
from tests.reports.test_letter_layout import letter_language, pdfs  # noqa: F401 (fixtures)

AF = words("af")
# For the Information Regulator and for an inspector: English whatever the letters use.
ENGLISH_ONLY = {"SCN1 draft", "audit export"}
# Words that are the same in both languages.
SAME_IN_BOTH = {"status", "sms", "medium", "trust", "{number}. ", "produk"}


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_sentence_has_its_afrikaans() -> None:
    for key, (english, afrikaans) in TEXT.items():
        assert english.strip() and afrikaans.strip(), key
        assert _fields(english) == _fields(afrikaans), f"{key}: the placeholders differ"
        if english == afrikaans:
            assert english.strip(" .").casefold() in SAME_IN_BOTH, f"{key} is not translated"
        assert "\u2018n" not in afrikaans, f"{key}: 'n is written with a straight apostrophe"
    for table in (TERMS_AF, REGULATOR_LINES_AF):
        for english, afrikaans in table.items():
            assert afrikaans.strip(), english
            if english == afrikaans:
                assert english.casefold() in SAME_IN_BOTH, f"{english!r} is not translated"


def test_every_label_a_service_prints_has_its_afrikaans() -> None:
    """The labels the services hand the letters as English text: a new one without its
    Afrikaans fails here, not in a client's letter."""
    labels = [
        *CORRECTABLE_FIELDS.values(),
        *RECIPIENT_CATEGORIES.values(),
        *CHANNELS.values(),
        *consents.PURPOSES.values(),
        *breaches.DATA_CATEGORIES,
        *(text for pair in notices.PURPOSES for text in pair),
        notices.GOODS_AND_SERVICES,
        "Product providers with whom we place or service your policies",
        *(field for info in subject_export.CATEGORIES.values() for field in (
            info.title, info.purpose, info.lawful_basis, info.retention)),
        subject_export.HOUSEHOLD_NOTE,
        *(template.title for template in roa.TEMPLATES.values()),
        *roa.FIELD_LABELS.values(),
    ]  # fmt: skip
    missing = [label for label in labels if AF.term(label) == label]
    assert not missing, missing
    assert [AF.regulator_line(line) for line in DEFAULT_REGULATOR_LINES] == [
        REGULATOR_LINES_AF[line] for line in DEFAULT_REGULATOR_LINES
    ]
    # The built-in mail-merge templates: the English in the catalogue is the template itself.
    for name, template in BUILT_IN.items():
        for part in ("title", "subject", "body"):
            english, afrikaans = TEXT[f"tpl.{name}.{part}"]
            assert english == getattr(template, part), f"{name}.{part} differs from BUILT_IN"
            assert afrikaans != english


def test_the_saved_regulator_default_reaches_afrikaans_letters_translated(practice) -> None:  # noqa: ANN001
    from clientmanager.services import letterhead as letterhead_service
    from clientmanager.services.settings import DEFAULT_REGULATOR_CONTACT

    with practice.session() as s:
        s.add(Setting(key="regulator_contact", value=DEFAULT_REGULATOR_CONTACT))
        s.add(Setting(key="letter_language", value="af"))
        s.flush()
        head = letterhead_service.practice_letterhead(s)
    assert head.language == "af" and len(head.regulator_lines) == 5
    assert all(line in REGULATOR_LINES_AF for line in head.regulator_lines), head.regulator_lines


def test_dates_names_and_salutations_in_afrikaans() -> None:
    assert AF.date(dt.date(2026, 12, 1)) == "1 Desember 2026"
    assert AF.date(dt.datetime(2027, 3, 5, 9, 30)) == "5 Maart 2027"
    assert words("en").date(dt.date(2026, 12, 1)) == "1 December 2026"
    assert AF.dates("seen 25 October 2026, born 2 Mar 1978") == (
        "seen 25 Oktober 2026, born 2 Mrt 1978"
    )
    assert AF.dates("15 Mar 1978 (age 48)") == "15 Mrt 1978 (age 48)"
    assert AF.term("15 Mar 1978 (age 48)") == "15 Mrt 1978 (ouderdom 48)"
    assert AF.salutation("Dear Ms Müller-Venter") == "Geagte me. Müller-Venter"
    assert AF.salutation("Dear Mr van der Merwe") == "Geagte mnr. van der Merwe"
    assert AF.salutation("Dear Thandi") == "Geagte Thandi"
    assert AF.salutation("Dear Sir or Madam") == "Geagte heer of dame"
    assert AF.name("The parent or guardian of Mia Botha") == "Die ouer of voog van Mia Botha"
    assert AF.term("Life cover") == "Lewensdekking"
    assert AF.term("Hélène's own words") == "Hélène's own words"  # client data as written


def _english_fragments() -> set[str]:
    """The English fixed text, in pieces long enough to mean something (4 words or more)
    between the placeholders."""
    pieces = set()
    sources = [english for english, afrikaans in TEXT.values() if english != afrikaans]
    sources += [e for table in (TERMS_AF, REGULATOR_LINES_AF) for e, a in table.items() if e != a]
    for english in sources:
        for piece in re.split(r"\{[^}]*\}", english):
            piece = " ".join(piece.split()).strip(" ,.:;()·")
            if len(piece.split()) >= 4:
                pieces.add(piece)
    return pieces


ENGLISH = _english_fragments()


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def assert_afrikaans(name: str, text: str, keys: list[str], **values: object) -> None:
    english = sorted(piece for piece in ENGLISH if piece in text)
    assert not english, f"{name} still holds English: {english[:5]}"
    for key in keys:
        sentence = " ".join(AF(key, **values).split()) if values else " ".join(AF(key).split())
        assert sentence.strip() in text, f"{name}: {key} missing"


EXPECTED = {
    "correction letter": ["cor.subject", "cor.telling", "cor.recipients", "complain_if_unhappy"],
    "objection letter": ["conf.objection.subject", "conf.objection.did_2", "conf.no_marketing",
                         "rights.what_means", "complain_if_unhappy"],
    "restriction letter": ["conf.restriction.subject", "conf.restriction.means_1",
                           "conf.restriction.means_3"],
    "s24(3) notice to Liberty": ["notice.closing", "notice.col_correct"],
    "s24(3) notice to BrightRock": ["notice.closing"],
    "s18 notice": ["s18.subject", "s18.sources", "s18.abroad", "s18.right_1", "s18.right_5",
                   "s18.identity_why"],
    "Form 4": ["f4.heading", "f4.law", "f4.agree", "f4.withdraw"],
    "breach letter": ["breach.subject", "breach.intro", "breach.encrypted", "breach.what_happened",
                      "breach.actions", "breach.also_complain"],
    "deletion letter": ["del.subject", "del.what_deleted", "del.outcome_kept_intro",
                        "del.backups", "del.col_until"],
    "subject report": ["sr.keep_safe", "sr.s23b", "sr.inside", "sr.objection", "sr.marketing",
                       "sr.checking", "sr.consents_note", "sr.household_others"],
}  # fmt: skip
EVERY_LETTER = ["yours_sincerely", "officer_role"]


@pytest.mark.parametrize("letter_language", ["af"])
def test_every_client_letter_in_afrikaans_says_what_the_database_holds(
    pdfs,  # noqa: ANN001, F811
    practice,  # noqa: ANN001
    letter_language,  # noqa: ANN001, F811
) -> None:
    texts = {name: _text(pdf) for name, pdf in pdfs.items()}
    assert set(EXPECTED) | ENGLISH_ONLY <= set(texts)
    for name, keys in EXPECTED.items():
        assert_afrikaans(name, texts[name], keys)
        text = texts[name]
        for key in EVERY_LETTER if name != "Form 4" else ():  # a form: no sign-off
            assert AF(key, practice="Mokoena & Müller Financial Planning") in text, (name, key)
        assert re.search(r"Bladsy 1 van \d", text), name
        assert "1 Desember 2026" in text or "Desember 2026" in text, name
    for name in ENGLISH_ONLY:  # the Regulator's draft and the audit export stay English
        assert "Page 1 of" in texts[name] and "Bladsy" not in texts[name], name

    with practice.session() as s:
        client = s.scalars(sa.select(Client)).one()
        requests = {r.kind: r for r in s.scalars(sa.select(SubjectRequest))}
        breach = s.scalars(sa.select(Breach)).one()
        corrected = s.scalars(
            sa.select(AuditEntry.summary).where(AuditEntry.action == "rights.corrected")
        ).all()
        recipients = sorted(
            s.scalars(
                sa.select(Disclosure.recipient_name).where(
                    Disclosure.recipient_category == "product_provider"
                )
            )
        )
    # The correction: the field the audit trail says was corrected, its new value, the
    # request, and the recipients the disclosure register holds.
    correction = texts["correction letter"]
    assert corrected == [f"request {requests['correction'].id}: email corrected"]
    assert "E-pos helene@example.org" in correction
    assert f"Ons verwysing: versoek {requests['correction'].id}" in correction
    assert recipients == ["BrightRock", "Liberty"]
    for name in recipients:
        assert f"{name} Produkverskaffer" in correction
        notice = texts[f"s24(3) notice to {name}"]
        assert f"{name} Produkverskaffer Geagte heer of dame," in notice
        assert f"(ons kliënt {client.id})" in notice
        assert "E-pos helene@example.org" in notice
    for kind in ("objection", "restriction"):
        assert f"Ons verwysing: versoek {requests[kind].id}" in texts[f"{kind} letter"]
    # The deletion: each record kept, until the date the register holds for it.
    deletion = texts["deletion letter"]
    assert f"Ons verwysing: versoek {requests['deletion'].id}" in deletion
    kept_until = re.findall(r"until (\d{4}-\d{2}-\d{2})", requests["deletion"].outcome)
    assert kept_until
    for day in kept_until:
        assert AF.date(dt.date.fromisoformat(day)) in deletion
    for policy in ("Polis LB-1 (Liberty)", "Polis BR-2 (BrightRock)", "Dokument: bewys van adres"):
        assert policy in deletion
    # The breach: its number and its dates, as the register holds them.
    letter = texts["breach letter"]
    assert f"Ons verwysing: sekuriteitsvoorval {breach.id}" in letter
    assert AF("breach.happened", occurred=AF.date(breach.occurred_on),
              discovered=AF.date(breach.discovered_at)) in letter  # fmt: skip
    assert "Identiteit" in letter and "Polisse en beleggings" in letter
    # The subject report: the record's own values, dates in Afrikaans.
    report = texts["subject report"]
    assert "Geboortedatum 2 Februarie 1978" in report  # the fixture's 1978-02-02
    assert "Fisiese adres 12 Jacaranda Street" in report


@pytest.mark.parametrize("restricted, destroyed", [(True, False), (False, False), (False, True)])
def test_the_retention_deletion_letter_in_afrikaans(restricted, destroyed) -> None:
    """The letter the retention run sends when records fall due (POPIA s24(4)), in each of
    its three forms: restricted, de-identified, destroyed."""
    from clientmanager.reports.base import Letterhead
    from clientmanager.reports.deletion_letter import (
        DeletionLetterFacts,
        KeptRecord,
        render_deletion_letter,
    )

    letterhead = Letterhead(
        practice_name="Karoo Wealth", information_officer_name="Thandi Mokoena",
        information_officer_email="io@karoo.co.za", language="af",
    )  # fmt: skip
    facts = DeletionLetterFacts(
        client_id=7, name="Ms N Dlamini", address_lines=["PO Box 12", "Polokwane"],
        requested_on=dt.date(2026, 10, 3), destroyed=destroyed, restricted=restricted,
        kept=[] if destroyed else [
            KeptRecord("Policy LB-1 (Liberty)", dt.date(2031, 3, 1), "FAIS General Code s3(2)"),
            KeptRecord("Record of advice, 03 Mar 2025", None, "FAIS General Code s3(2)"),
            KeptRecord("Consent record: Direct marketing", None, "POPIA s11(2)(a)"),
        ],
        salutation="Dear Ms Dlamini",
    )  # fmt: skip
    text = _text(render_deletion_letter(facts=facts, letterhead=letterhead, today=TODAY_AF))
    keys = ["del.subject", "questions", "del.complain", "yours_sincerely"]
    keys += ["del.restricted"] if restricted else ["del.what_deleted"]
    keys += ["del.destroyed"] if destroyed else ["del.what_kept", "del.col_law"]
    if not destroyed and not restricted:
        keys += ["del.gone_1", "del.gone_4"]
    assert_afrikaans("deletion letter", text, keys)
    assert AF("del.asked", asked=AF("on_date", date="3 Oktober 2026")) in text
    assert "Geagte me. Dlamini," in text and "1 Desember 2026" in text
    if not destroyed:
        assert "Polis LB-1 (Liberty) 1 Maart 2031" in text
        assert "Advieserekord, 03 Mrt 2025 5 jaar nadat dit eindig" in text
        assert "Toestemmingsrekord: Direkte bemarking" in text


TODAY_AF = dt.date(2026, 12, 1)
