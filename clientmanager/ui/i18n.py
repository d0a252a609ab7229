"""The interface language: follows the system locale unless the user picked one.

Translations are Qt ``.qm`` files in ``resources/translations`` (compiled from the
``.ts`` sources with ``installer/build_translations.py``). The choice is a UI preference
in QSettings (``ui/language``; empty means "as the system"), never client data. English
is the language of the source code, so it needs no file.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTime,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from clientmanager.errors import ClientManagerError, Label, fill
from clientmanager.resources import resource_path

logger = logging.getLogger(__name__)

LANGUAGE_SETTING = "ui/language"
FOLLOW_SYSTEM = ""
SOURCE_LANGUAGE = "en"
# Each language named in itself, as language pickers do.
LANGUAGE_NAMES = {"en": "English", "af": "Afrikaans"}
CATALOGUE = "clientmanager"

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource_path("translations")


def available_languages() -> list[str]:
    """English plus every language with a compiled catalogue, in a stable order."""
    found = {SOURCE_LANGUAGE}
    folder = translations_dir()
    if folder.is_dir():
        for qm in folder.glob(f"{CATALOGUE}_*.qm"):
            found.add(qm.stem.removeprefix(f"{CATALOGUE}_"))
    return sorted(found, key=lambda code: (code != SOURCE_LANGUAGE, code))


def chosen_language() -> str:
    """What the user picked in the Language menu ("" = follow the system)."""
    value = QSettings().value(LANGUAGE_SETTING, FOLLOW_SYSTEM, type=str)
    return value if value in available_languages() else FOLLOW_SYSTEM


def set_language(code: str) -> None:
    if code != FOLLOW_SYSTEM and code not in available_languages():
        raise ValueError(f"no translation for {code!r}")
    QSettings().setValue(LANGUAGE_SETTING, code)


def system_language(ui_languages: Iterable[str] | None = None) -> str:
    """The first of the system's preferred languages we have, else English."""
    preferred = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    available = available_languages()
    for name in preferred:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in available:
            return code
    return SOURCE_LANGUAGE


def effective_language(
    choice: str | None = None, *, ui_languages: Iterable[str] | None = None
) -> str:
    choice = chosen_language() if choice is None else choice
    if choice and choice in available_languages():
        return choice
    return system_language(ui_languages)


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Load the catalogue for ``language`` (default: the effective one); returns it.

    Replaces translators installed earlier. Qt's own strings (standard buttons, the
    file dialog) come from Qt's catalogue for the language when Qt ships one.
    """
    code = effective_language() if language is None else language
    use_locale(code)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code == SOURCE_LANGUAGE:
        return code
    ours = QTranslator(app)
    if ours.load(f"{CATALOGUE}_{code}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        logger.warning("no translation catalogue for %s; using English", code)
        use_locale(SOURCE_LANGUAGE)
        return SOURCE_LANGUAGE
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{code}", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return code


def use_locale(code: str) -> None:
    """Dates and numbers follow the interface language: Afrikaans screens show
    "1 Des. 2026", not an English month beside Afrikaans words. English keeps the
    system's conventions when the system is English, else South African English."""
    system = QLocale.system()
    if code == SOURCE_LANGUAGE:
        english = system.language() == QLocale.Language.English
        QLocale.setDefault(system if english else QLocale("en_ZA"))
    else:
        QLocale.setDefault(QLocale(f"{code}_ZA"))


def format_date(day: dt.date | dt.datetime | None, pattern: str = "d MMM yyyy") -> str:
    """A date in the interface's locale ("" for none); ``pattern`` is Qt's (d, MMM, ...)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def format_datetime(moment: dt.datetime | None, pattern: str = "d MMM yyyy HH:mm") -> str:
    if moment is None:
        return ""
    value = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    return QLocale().toString(value, pattern)


def format_number(value: int) -> str:
    """A whole number grouped as the locale groups it (South Africa: 1 234 567)."""
    return QLocale().toString(int(value))


def service_text(text: str) -> str:
    """A fixed sentence that a service returns (a setting's label, a role, an audit
    action), in the interface language. The services stay free of Qt; their fixed texts
    are listed in :data:`_SERVICE_TEXTS` for lupdate. Anything not listed (a practice's
    own wording, user data) is shown as it is."""
    return QCoreApplication.translate("ServiceText", text) if text else text


def error_text(error: ClientManagerError) -> tuple[str, str]:
    """An error's message and hint in the interface language, its values filled in.

    The services raise English templates with named values (clientmanager/errors.py);
    the templates are listed for lupdate in ui/service_messages.py (written by
    ``installer/build_translations.py --update``). Values are shown as they are (a file
    name, a count), except a :class:`~clientmanager.errors.Label`, which is a fixed
    text itself (a role). A template not in the catalogue keeps its English text."""
    values = {
        key: service_text(value) if isinstance(value, Label) else value
        for key, value in getattr(error, "values", {}).items()
    }
    return (
        _translated(getattr(error, "template", error.message), values, error.message),
        _translated(getattr(error, "hint_template", error.hint), values, error.hint),
    )


def _translated(template: str, values: dict[str, object], english: str) -> str:
    shown = service_text(template)
    if not template or shown == template:
        return english
    try:
        return fill(shown, values)
    except (KeyError, IndexError, ValueError):
        # A translation that names a value the template does not: English beats a crash.
        logger.warning("a translated service message does not fit its values")
        return english


# The words of a retention period as the services write and read it ("5 years 30 days").
_PERIOD_WORDS = (
    QT_TRANSLATE_NOOP("ServiceText", "years"),
    QT_TRANSLATE_NOOP("ServiceText", "days"),
    QT_TRANSLATE_NOOP("ServiceText", "year"),
    QT_TRANSLATE_NOOP("ServiceText", "day"),
)


def period_text(text: str) -> str:
    """A period from the services ("5 years") in the interface language ("5 jaar")."""
    return re.sub(r"\b(years|days|year|day)\b", lambda m: service_text(m.group(1)), text)


def period_source(text: str) -> str:
    """A period typed in the interface language, in the words the services parse."""
    for word in _PERIOD_WORDS:
        shown = service_text(word)
        if shown != word:
            plural = word if word.endswith("s") else word + "s"
            text = re.sub(rf"\b{re.escape(shown)}\b", plural, text, flags=re.IGNORECASE)
    return text


class LanguageMenu(QMenu):
    """View ▸ Language: "As the system", then each language in its own name.

    The choice is saved at once and applies from the next start (open windows are
    built in the old language).
    """

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Language"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        current = chosen_language()
        system_name = LANGUAGE_NAMES.get(system_language(), system_language())
        entries = [
            (FOLLOW_SYSTEM, self.tr("As the system ({language})").format(language=system_name))
        ]
        entries += [(code, LANGUAGE_NAMES.get(code, code)) for code in available_languages()]
        for code, label in entries:
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.group.addAction(action)
            self.addAction(action)
        self.group.triggered.connect(self._chosen)

    def _chosen(self, action: QAction) -> None:
        code = action.data()
        if code == chosen_language():
            return
        set_language(code)
        self.language_chosen.emit(code)
        # Not modal: nothing waits on it.
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Language"),
            self.tr("The new language is used from the next time ClientManager starts."),
            QMessageBox.StandardButton.Ok,
            # Owned by the window (or this menu): a parentless box would be collected.
            self.parentWidget() or self,
        )
        box.setObjectName("languageNotice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


# The services' fixed texts that screens show, for lupdate (see service_text()). Keep in
# step with services/permissions.py ROLE_LABELS, services/settings.py SETTINGS and TABS,
# services/retention.py (schedule, actions) and reports/audit_labels.py AUDIT_LABELS.
# Error messages and hints are not listed here: installer/build_translations.py --update
# reads them from the raise sites into ui/service_messages.py (same context).
_SERVICE_TEXTS = (
    # The letter-language setting (services/settings.py)
    QT_TRANSLATE_NOOP("ServiceText", "Language of client letters"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "The language of the fixed text in every letter, notice and report the practice "
        "sends a client (English or Afrikaans). Names, section numbers and the client's own "
        "details stay as they are.",
    ),
    # Roles
    QT_TRANSLATE_NOOP("ServiceText", "Practice manager (administrator)"),
    QT_TRANSLATE_NOOP("ServiceText", "Planner"),
    QT_TRANSLATE_NOOP("ServiceText", "Assistant"),
    QT_TRANSLATE_NOOP("ServiceText", "Compliance officer"),
    # Settings: tabs
    QT_TRANSLATE_NOOP("ServiceText", "Practice identity"),
    QT_TRANSLATE_NOOP("ServiceText", "Security"),
    QT_TRANSLATE_NOOP("ServiceText", "Retention"),
    QT_TRANSLATE_NOOP("ServiceText", "Backups & PDFs"),
    # Settings: labels and help
    QT_TRANSLATE_NOOP("ServiceText", "Registered name"),
    QT_TRANSLATE_NOOP("ServiceText", "The practice's registered name, on every letter and notice."),
    QT_TRANSLATE_NOOP("ServiceText", "FSP number"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "The FSCA licence number (digits only); printed on letters and breach notices.",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "Physical address"),
    QT_TRANSLATE_NOOP(
        "ServiceText", "Where the practice is (POPIA s18: the responsible party's address)."
    ),
    QT_TRANSLATE_NOOP("ServiceText", "Postal address"),
    QT_TRANSLATE_NOOP(
        "ServiceText", "Where letters to the practice go, if not the physical address."
    ),
    QT_TRANSLATE_NOOP("ServiceText", "Phone"),
    QT_TRANSLATE_NOOP("ServiceText", "The practice's phone number."),
    QT_TRANSLATE_NOOP("ServiceText", "Email"),
    QT_TRANSLATE_NOOP("ServiceText", "The practice's email address."),
    QT_TRANSLATE_NOOP("ServiceText", "Office hours"),
    QT_TRANSLATE_NOOP(
        "ServiceText", "When clients can reach the practice, e.g. Mon–Fri 08:00–16:30."
    ),
    QT_TRANSLATE_NOOP("ServiceText", "Information officer"),
    QT_TRANSLATE_NOOP(
        "ServiceText", "The person responsible for POPIA compliance (s55), named on every letter."
    ),
    QT_TRANSLATE_NOOP("ServiceText", "Information officer's email"),
    QT_TRANSLATE_NOOP("ServiceText", "Where data subjects write about their information."),
    QT_TRANSLATE_NOOP("ServiceText", "Information officer's phone"),
    QT_TRANSLATE_NOOP("ServiceText", "Deputy information officers"),
    QT_TRANSLATE_NOOP("ServiceText", "Names, separated by semicolons (POPIA s56)."),
    QT_TRANSLATE_NOOP("ServiceText", "Information Regulator"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "The Regulator's contact details, printed where a letter tells people how to "
        "complain. Update them if the Regulator moves.",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "Lock after (minutes idle)"),
    QT_TRANSLATE_NOOP("ServiceText", "The desktop locks after this many idle minutes (1 to 240)."),
    QT_TRANSLATE_NOOP("ServiceText", "Planners see all clients"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "Yes: every planner may open every client. No: planners see only the clients "
        "assigned to them.",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "Review every (months)"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "How often a client is reviewed; a new client's first review falls due this long "
        "after they became a client.",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "Backup folder"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "Where the rolling 30 days of backups go; empty: beside the practice database.",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "PDF password"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "The password suggested for a client's PDFs: a random one to give them "
        "separately (the default), or their ID number, which anyone who knows their date "
        "of birth can guess in about 10,000 tries.",
    ),
    # Retention schedule (services/retention.py, domain/retention.py)
    QT_TRANSLATE_NOOP("ServiceText", "Products and records of advice"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "policies, quotes and records of advice; FAIS General Code of Conduct s3(2)",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "policies, quotes and records of advice"),
    QT_TRANSLATE_NOOP("ServiceText", "FAIS General Code of Conduct s3(2)"),
    QT_TRANSLATE_NOOP("ServiceText", "FICA s23"),
    QT_TRANSLATE_NOOP("ServiceText", "POPIA s14(1), s69"),
    QT_TRANSLATE_NOOP("ServiceText", "Identity and due-diligence records"),
    QT_TRANSLATE_NOOP(
        "ServiceText", "the client's identity, ID copies, proof of address; FICA s23"
    ),
    QT_TRANSLATE_NOOP("ServiceText", "the client's identity, ID copies, proof of address"),
    QT_TRANSLATE_NOOP("ServiceText", "Tax records"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "documents filed as tax returns or assessments; Tax Administration Act s29(3)",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "documents filed as tax returns or assessments"),
    QT_TRANSLATE_NOOP("ServiceText", "Tax Administration Act s29(3)"),
    QT_TRANSLATE_NOOP("ServiceText", "Marketing data (prospects)"),
    QT_TRANSLATE_NOOP("ServiceText", "prospects kept only to market to them; POPIA s14(1), s69"),
    QT_TRANSLATE_NOOP("ServiceText", "prospects kept only to market to them"),
    QT_TRANSLATE_NOOP("ServiceText", "Technical logs"),
    QT_TRANSLATE_NOOP("ServiceText", "the application's log files; POPIA s14(1) (practice policy)"),
    QT_TRANSLATE_NOOP("ServiceText", "the application's log files"),
    QT_TRANSLATE_NOOP("ServiceText", "POPIA s14(1) (practice policy)"),
    QT_TRANSLATE_NOOP("ServiceText", "at least 5 years"),
    QT_TRANSLATE_NOOP("ServiceText", "practice policy"),
    QT_TRANSLATE_NOOP("ServiceText", "Destroy"),
    QT_TRANSLATE_NOOP("ServiceText", "De-identify"),
    QT_TRANSLATE_NOOP("ServiceText", "Restrict"),
    QT_TRANSLATE_NOOP("ServiceText", "All records of this person"),
    # Why a setting was refused (services/settings.py, domain/retention.py)
    QT_TRANSLATE_NOOP("ServiceText", "Lock after"),
    QT_TRANSLATE_NOOP("ServiceText", "Review every"),
    QT_TRANSLATE_NOOP("ServiceText", "Retention period"),
    QT_TRANSLATE_NOOP("ServiceText", "is empty; it is printed on letters, so fill it in"),
    QT_TRANSLATE_NOOP("ServiceText", "is too long"),
    QT_TRANSLATE_NOOP("ServiceText", "is too long; keep it under 200 characters"),
    QT_TRANSLATE_NOOP("ServiceText", "is too long; keep it under 500 characters"),
    QT_TRANSLATE_NOOP("ServiceText", "is too long; keep it under 1000 characters"),
    QT_TRANSLATE_NOOP(
        "ServiceText", "may contain only digits (the FSCA licence number, e.g. 12345)"
    ),
    QT_TRANSLATE_NOOP("ServiceText", "must be a whole number of minutes"),
    QT_TRANSLATE_NOOP("ServiceText", "must be a whole number of months"),
    QT_TRANSLATE_NOOP("ServiceText", "choose between 1 and 240 minutes"),
    QT_TRANSLATE_NOOP("ServiceText", "choose between 1 and 60 months"),
    QT_TRANSLATE_NOOP("ServiceText", "answer yes or no"),
    QT_TRANSLATE_NOOP("ServiceText", "write it like '5 years', '30 days' or '5 years 30 days'"),
    QT_TRANSLATE_NOOP("ServiceText", "is more than 100 years"),
    QT_TRANSLATE_NOOP("ServiceText", "cannot be negative"),
    QT_TRANSLATE_NOOP("ServiceText", "cannot be after today"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "cannot be shorter than FAIS General Code of Conduct s3(2) requires (5 years, 0 "
        "days); a practice may keep records longer, not shorter",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "cannot be shorter than FICA s23 requires (5 years, 0 days); a practice may keep "
        "records longer, not shorter",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "cannot be shorter than Tax Administration Act s29(3) requires (5 years, 0 days); a "
        "practice may keep records longer, not shorter",
    ),
    # What a user name or password must be (domain/passwords.py)
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "use 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "use at least 10 characters; a short sentence works well"),
    QT_TRANSLATE_NOOP("ServiceText", "remove the spaces at the start or end"),
    QT_TRANSLATE_NOOP("ServiceText", "use more than a few different characters"),
    QT_TRANSLATE_NOOP("ServiceText", "do not include the user name"),
    # Audit actions (reports/audit_labels.py AUDIT_LABELS)
    QT_TRANSLATE_NOOP("ServiceText", "Signed in"),
    QT_TRANSLATE_NOOP("ServiceText", "Wrong password at sign-in"),
    QT_TRANSLATE_NOOP("ServiceText", "Sign-in refused (account not active)"),
    QT_TRANSLATE_NOOP("ServiceText", "Unlocked with the recovery code"),
    QT_TRANSLATE_NOOP("ServiceText", "Practice created"),
    QT_TRANSLATE_NOOP("ServiceText", "User added"),
    QT_TRANSLATE_NOOP("ServiceText", "User disabled"),
    QT_TRANSLATE_NOOP("ServiceText", "User enabled"),
    QT_TRANSLATE_NOOP("ServiceText", "Password reset by a manager"),
    QT_TRANSLATE_NOOP("ServiceText", "Password changed"),
    QT_TRANSLATE_NOOP("ServiceText", "Password hash strengthened"),
    QT_TRANSLATE_NOOP("ServiceText", "Role changed"),
    QT_TRANSLATE_NOOP("ServiceText", "Database re-keyed"),
    QT_TRANSLATE_NOOP("ServiceText", "Recovery code replaced"),
    QT_TRANSLATE_NOOP("ServiceText", "Setting changed"),
    QT_TRANSLATE_NOOP("ServiceText", "Client record opened"),
    QT_TRANSLATE_NOOP("ServiceText", "Client added"),
    QT_TRANSLATE_NOOP("ServiceText", "Client record changed"),
    QT_TRANSLATE_NOOP("ServiceText", "Client archived"),
    QT_TRANSLATE_NOOP("ServiceText", "Client restored from archive"),
    QT_TRANSLATE_NOOP("ServiceText", "Client destroyed (erasure)"),
    QT_TRANSLATE_NOOP("ServiceText", "Client de-identified"),
    QT_TRANSLATE_NOOP("ServiceText", "Document viewed"),
    QT_TRANSLATE_NOOP("ServiceText", "Document exported"),
    QT_TRANSLATE_NOOP("ServiceText", "Data-subject package exported"),
    QT_TRANSLATE_NOOP("ServiceText", "Client list exported"),
    QT_TRANSLATE_NOOP("ServiceText", "Whole practice exported"),
    QT_TRANSLATE_NOOP("ServiceText", "Printed"),
    QT_TRANSLATE_NOOP("ServiceText", "Backup taken"),
    QT_TRANSLATE_NOOP("ServiceText", "Backup restored"),
    QT_TRANSLATE_NOOP("ServiceText", "Audit trail opened"),
    QT_TRANSLATE_NOOP("ServiceText", "Audit trail exported"),
    QT_TRANSLATE_NOOP("ServiceText", "Audit trail verified"),
    # Breach register: information involved (services/breaches.py DATA_CATEGORIES, CRITERIA)
    QT_TRANSLATE_NOOP("ServiceText", "Identity (names, ID and passport numbers, dates of birth)"),
    QT_TRANSLATE_NOOP("ServiceText", "Contact details (addresses, phone numbers, e-mail)"),
    QT_TRANSLATE_NOOP("ServiceText", "Financial information (income, assets, liabilities)"),
    QT_TRANSLATE_NOOP("ServiceText", "Policies and investments"),
    QT_TRANSLATE_NOOP("ServiceText", "Records of advice and notes"),
    QT_TRANSLATE_NOOP("ServiceText", "Health information (special personal information)"),
    QT_TRANSLATE_NOOP("ServiceText", "Tax numbers"),
    QT_TRANSLATE_NOOP("ServiceText", "Documents (ID copies, statements)"),
    QT_TRANSLATE_NOOP("ServiceText", "Bank account details"),
    QT_TRANSLATE_NOOP("ServiceText", "Everyone whose information the practice holds"),
    QT_TRANSLATE_NOOP("ServiceText", "All clients"),
    QT_TRANSLATE_NOOP("ServiceText", "All prospects"),
    QT_TRANSLATE_NOOP(
        "ServiceText", "Everyone with health (special personal) information on record"
    ),
    # Rights register (services/subject_requests.py REQUEST_KINDS, STATUSES, CORRECTABLE_FIELDS; services/consents.py PURPOSES)
    QT_TRANSLATE_NOOP("ServiceText", "Access to information (s23)"),
    QT_TRANSLATE_NOOP("ServiceText", "Correction (s24)"),
    QT_TRANSLATE_NOOP("ServiceText", "Deletion or destruction (s24)"),
    QT_TRANSLATE_NOOP("ServiceText", "Objection to processing (s11(3))"),
    QT_TRANSLATE_NOOP("ServiceText", "Restriction of processing (s14(6))"),
    QT_TRANSLATE_NOOP("ServiceText", "Opt out of direct marketing (s69)"),
    QT_TRANSLATE_NOOP("ServiceText", "Withdrawal of consent (s11(2)(b))"),
    QT_TRANSLATE_NOOP("ServiceText", "A copy in a machine-readable form (s23)"),
    QT_TRANSLATE_NOOP("ServiceText", "Open"),
    QT_TRANSLATE_NOOP("ServiceText", "Completed"),
    QT_TRANSLATE_NOOP("ServiceText", "Refused"),
    QT_TRANSLATE_NOOP("ServiceText", "Title"),
    QT_TRANSLATE_NOOP("ServiceText", "First names"),
    QT_TRANSLATE_NOOP("ServiceText", "Surname"),
    QT_TRANSLATE_NOOP("ServiceText", "Preferred name"),
    QT_TRANSLATE_NOOP("ServiceText", "ID number"),
    QT_TRANSLATE_NOOP("ServiceText", "Passport number"),
    QT_TRANSLATE_NOOP("ServiceText", "Date of birth"),
    QT_TRANSLATE_NOOP("ServiceText", "Gender"),
    QT_TRANSLATE_NOOP("ServiceText", "Marital status"),
    QT_TRANSLATE_NOOP("ServiceText", "Marriage regime"),
    QT_TRANSLATE_NOOP("ServiceText", "Income tax number"),
    QT_TRANSLATE_NOOP("ServiceText", "Occupation"),
    QT_TRANSLATE_NOOP("ServiceText", "Employer"),
    QT_TRANSLATE_NOOP("ServiceText", "E-mail"),
    QT_TRANSLATE_NOOP("ServiceText", "Mobile"),
    QT_TRANSLATE_NOOP("ServiceText", "Home phone"),
    QT_TRANSLATE_NOOP("ServiceText", "Work phone"),
    QT_TRANSLATE_NOOP("ServiceText", "Preferred language"),
    QT_TRANSLATE_NOOP("ServiceText", "Financial planning and advice"),
    QT_TRANSLATE_NOOP("ServiceText", "Underwriting (health information)"),
    QT_TRANSLATE_NOOP("ServiceText", "FICA identity verification"),
    QT_TRANSLATE_NOOP("ServiceText", "Direct marketing"),
    QT_TRANSLATE_NOOP("ServiceText", "Product administration"),
    # Disclosure register (services/disclosures.py RECIPIENT_CATEGORIES, LAWFUL_BASES, CHANNELS)
    QT_TRANSLATE_NOOP("ServiceText", "Product provider"),
    QT_TRANSLATE_NOOP("ServiceText", "Regulator"),
    QT_TRANSLATE_NOOP("ServiceText", "Auditor"),
    QT_TRANSLATE_NOOP("ServiceText", "The data subject"),
    QT_TRANSLATE_NOOP("ServiceText", "Operator (processes for the practice)"),
    QT_TRANSLATE_NOOP("ServiceText", "Referral (another adviser or professional)"),
    QT_TRANSLATE_NOOP("ServiceText", "Other"),
    QT_TRANSLATE_NOOP("ServiceText", "Consent (s11(1)(a))"),
    QT_TRANSLATE_NOOP(
        "ServiceText", "Carrying out the mandate or contract with the person (s11(1)(b))"
    ),
    QT_TRANSLATE_NOOP("ServiceText", "Obligation imposed by law (s11(1)(c))"),
    QT_TRANSLATE_NOOP("ServiceText", "Protects a legitimate interest of the person (s11(1)(d))"),
    QT_TRANSLATE_NOOP("ServiceText", "Public law duty (s11(1)(e))"),
    QT_TRANSLATE_NOOP(
        "ServiceText", "Legitimate interest of the practice or the recipient (s11(1)(f))"
    ),
    QT_TRANSLATE_NOOP("ServiceText", "The person's own request (s23)"),
    QT_TRANSLATE_NOOP("ServiceText", "Export"),
    QT_TRANSLATE_NOOP("ServiceText", "Print"),
    QT_TRANSLATE_NOOP("ServiceText", "Copy"),
    QT_TRANSLATE_NOOP("ServiceText", "Provider portal"),
    QT_TRANSLATE_NOOP("ServiceText", "In person"),
    # Possible duplicates (services/duplicates.py: the reasons, MERGE_FIELDS)
    QT_TRANSLATE_NOOP("ServiceText", "same SA ID number"),
    QT_TRANSLATE_NOOP("ServiceText", "same e-mail"),
    QT_TRANSLATE_NOOP("ServiceText", "same mobile"),
    QT_TRANSLATE_NOOP("ServiceText", "same name and date of birth"),
    QT_TRANSLATE_NOOP("ServiceText", "same registration number"),
    QT_TRANSLATE_NOOP("ServiceText", "same name"),
    # What an imported row matched a client on (services/importer.py _match)
    QT_TRANSLATE_NOOP("ServiceText", "e-mail"),
    QT_TRANSLATE_NOOP("ServiceText", "mobile"),
    QT_TRANSLATE_NOOP("ServiceText", "name and date of birth"),
    QT_TRANSLATE_NOOP("ServiceText", "registration number"),
    QT_TRANSLATE_NOOP("ServiceText", "name"),
    QT_TRANSLATE_NOOP("ServiceText", "Company or trust name"),
    QT_TRANSLATE_NOOP("ServiceText", "Registration number"),
    QT_TRANSLATE_NOOP("ServiceText", "SA ID number"),
    QT_TRANSLATE_NOOP("ServiceText", "Passport country"),
    QT_TRANSLATE_NOOP("ServiceText", "Tax number"),
    QT_TRANSLATE_NOOP("ServiceText", "Language"),
    QT_TRANSLATE_NOOP("ServiceText", "Household"),
    QT_TRANSLATE_NOOP("ServiceText", "Household role"),
    QT_TRANSLATE_NOOP("ServiceText", "Client or prospect"),
    QT_TRANSLATE_NOOP("ServiceText", "Client since"),
    QT_TRANSLATE_NOOP("ServiceText", "Relationship ended"),
    QT_TRANSLATE_NOOP("ServiceText", "Last review"),
    # Service levels (services/reviews.py FREQUENCY_LABELS)
    QT_TRANSLATE_NOOP("ServiceText", "Annual"),
    QT_TRANSLATE_NOOP("ServiceText", "Half-yearly"),
    QT_TRANSLATE_NOOP("ServiceText", "Quarterly"),
    # Records of advice and letters (services/roa.py TEMPLATES, FIELD_LABELS; letters.BUILT_IN)
    QT_TRANSLATE_NOOP("ServiceText", "Subject"),
    QT_TRANSLATE_NOOP("ServiceText", "Information the advice is based on"),
    QT_TRANSLATE_NOOP("ServiceText", "Products considered"),
    QT_TRANSLATE_NOOP("ServiceText", "Recommendation"),
    QT_TRANSLATE_NOOP("ServiceText", "Why it suits the client"),
    QT_TRANSLATE_NOOP("ServiceText", "Needs analysis"),
    QT_TRANSLATE_NOOP("ServiceText", "Fees disclosed"),
    QT_TRANSLATE_NOOP("ServiceText", "Commission disclosed"),
    QT_TRANSLATE_NOOP("ServiceText", "Product being replaced"),
    QT_TRANSLATE_NOOP("ServiceText", "Comparison of the two products"),
    QT_TRANSLATE_NOOP("ServiceText", "Why replacing is in the client's interest"),
    QT_TRANSLATE_NOOP(
        "ServiceText", "Risk cover (life, disability, severe illness, income protection)"
    ),
    QT_TRANSLATE_NOOP("ServiceText", "Discretionary investment"),
    QT_TRANSLATE_NOOP("ServiceText", "Retirement planning"),
    QT_TRANSLATE_NOOP("ServiceText", "Replacement of an existing product (General Code s8(1)(d))"),
    QT_TRANSLATE_NOOP("ServiceText", "Invitation to your annual review"),
    QT_TRANSLATE_NOOP("ServiceText", "Your policy anniversary"),
    QT_TRANSLATE_NOOP("ServiceText", "Market update and new offerings"),
    QT_TRANSLATE_NOOP("ServiceText", "Request for policy information (to the provider)"),
    # Product types (services/client_records.py policy product_type)
    QT_TRANSLATE_NOOP("ServiceText", "Life cover"),
    QT_TRANSLATE_NOOP("ServiceText", "Disability"),
    QT_TRANSLATE_NOOP("ServiceText", "Dread disease"),
    QT_TRANSLATE_NOOP("ServiceText", "Income protection"),
    QT_TRANSLATE_NOOP("ServiceText", "Retirement annuity"),
    QT_TRANSLATE_NOOP("ServiceText", "Pension fund"),
    QT_TRANSLATE_NOOP("ServiceText", "Provident fund"),
    QT_TRANSLATE_NOOP("ServiceText", "Preservation fund"),
    QT_TRANSLATE_NOOP("ServiceText", "Living annuity"),
    QT_TRANSLATE_NOOP("ServiceText", "Tax free savings"),
    QT_TRANSLATE_NOOP("ServiceText", "Unit trust"),
    QT_TRANSLATE_NOOP("ServiceText", "Endowment"),
    QT_TRANSLATE_NOOP("ServiceText", "Medical aid"),
    QT_TRANSLATE_NOOP("ServiceText", "Gap cover"),
    QT_TRANSLATE_NOOP("ServiceText", "Short term"),
    QT_TRANSLATE_NOOP("ServiceText", "Funeral"),
)


# The client record's fixed texts from the services and domain (field labels, choices,
# relationship names, ID-number problems), shown through service_text(); keep in step with
# domain/client_fields.py, services/client_records.py, services/consents.py,
# services/households.py and domain/sa_id.py.
_RECORD_SERVICE_TEXTS = (
    # Kinds of client sub-record (services/client_records.py RECORD_KINDS)
    QT_TRANSLATE_NOOP("ServiceText", "policy"),
    QT_TRANSLATE_NOOP("ServiceText", "asset"),
    QT_TRANSLATE_NOOP("ServiceText", "liability"),
    QT_TRANSLATE_NOOP("ServiceText", "income or expense"),
    QT_TRANSLATE_NOOP("ServiceText", "goal"),
    QT_TRANSLATE_NOOP("ServiceText", "risk profile"),
    QT_TRANSLATE_NOOP("ServiceText", "note"),
    QT_TRANSLATE_NOOP("ServiceText", "task"),
    # Client and sub-record field labels (domain/client_fields.py, services/client_records.py)
    QT_TRANSLATE_NOOP("ServiceText", "Client type"),
    QT_TRANSLATE_NOOP("ServiceText", "Person"),
    QT_TRANSLATE_NOOP("ServiceText", "Title"),
    QT_TRANSLATE_NOOP("ServiceText", "First names"),
    QT_TRANSLATE_NOOP("ServiceText", "Surname"),
    QT_TRANSLATE_NOOP("ServiceText", "Preferred name"),
    QT_TRANSLATE_NOOP("ServiceText", "SA ID number"),
    QT_TRANSLATE_NOOP("ServiceText", "Date of birth"),
    QT_TRANSLATE_NOOP("ServiceText", "Marital status"),
    QT_TRANSLATE_NOOP("ServiceText", "Tax number"),
    QT_TRANSLATE_NOOP("ServiceText", "Occupation"),
    QT_TRANSLATE_NOOP("ServiceText", "Employer"),
    QT_TRANSLATE_NOOP("ServiceText", "Mobile"),
    QT_TRANSLATE_NOOP("ServiceText", "Home phone"),
    QT_TRANSLATE_NOOP("ServiceText", "Work phone"),
    QT_TRANSLATE_NOOP("ServiceText", "Language"),
    QT_TRANSLATE_NOOP("ServiceText", "Last review"),
    QT_TRANSLATE_NOOP("ServiceText", "Street address"),
    QT_TRANSLATE_NOOP("ServiceText", "Address line 2"),
    QT_TRANSLATE_NOOP("ServiceText", "Suburb"),
    QT_TRANSLATE_NOOP("ServiceText", "City or town"),
    QT_TRANSLATE_NOOP("ServiceText", "Province"),
    QT_TRANSLATE_NOOP("ServiceText", "Postal code"),
    QT_TRANSLATE_NOOP("ServiceText", "Provider"),
    QT_TRANSLATE_NOOP("ServiceText", "Policy number"),
    QT_TRANSLATE_NOOP("ServiceText", "Product"),
    QT_TRANSLATE_NOOP("ServiceText", "Status"),
    QT_TRANSLATE_NOOP("ServiceText", "Premium"),
    QT_TRANSLATE_NOOP("ServiceText", "Premium frequency"),
    QT_TRANSLATE_NOOP("ServiceText", "Cover amount"),
    QT_TRANSLATE_NOOP("ServiceText", "Fund value"),
    QT_TRANSLATE_NOOP("ServiceText", "Start date"),
    QT_TRANSLATE_NOOP("ServiceText", "End date"),
    QT_TRANSLATE_NOOP("ServiceText", "Notes"),
    QT_TRANSLATE_NOOP("ServiceText", "Kind"),
    QT_TRANSLATE_NOOP("ServiceText", "Description"),
    QT_TRANSLATE_NOOP("ServiceText", "Value"),
    QT_TRANSLATE_NOOP("ServiceText", "Valued on"),
    QT_TRANSLATE_NOOP("ServiceText", "Ownership %"),
    QT_TRANSLATE_NOOP("ServiceText", "Lender"),
    QT_TRANSLATE_NOOP("ServiceText", "Account number"),
    QT_TRANSLATE_NOOP("ServiceText", "Balance owed"),
    QT_TRANSLATE_NOOP("ServiceText", "Monthly payment"),
    QT_TRANSLATE_NOOP("ServiceText", "Interest rate %"),
    QT_TRANSLATE_NOOP("ServiceText", "Paid off by"),
    QT_TRANSLATE_NOOP("ServiceText", "Income or expense"),
    QT_TRANSLATE_NOOP("ServiceText", "Category"),
    QT_TRANSLATE_NOOP("ServiceText", "Amount"),
    QT_TRANSLATE_NOOP("ServiceText", "Frequency"),
    QT_TRANSLATE_NOOP("ServiceText", "Target amount"),
    QT_TRANSLATE_NOOP("ServiceText", "Target date"),
    QT_TRANSLATE_NOOP("ServiceText", "Priority"),
    QT_TRANSLATE_NOOP("ServiceText", "Assessed on"),
    QT_TRANSLATE_NOOP("ServiceText", "Risk category"),
    QT_TRANSLATE_NOOP("ServiceText", "Score"),
    QT_TRANSLATE_NOOP("ServiceText", "Questionnaire"),
    QT_TRANSLATE_NOOP("ServiceText", "Subject"),
    QT_TRANSLATE_NOOP("ServiceText", "Details"),
    QT_TRANSLATE_NOOP("ServiceText", "Information the advice is based on"),
    QT_TRANSLATE_NOOP("ServiceText", "Products considered"),
    QT_TRANSLATE_NOOP("ServiceText", "Recommendation"),
    QT_TRANSLATE_NOOP("ServiceText", "Why it suits the client"),
    QT_TRANSLATE_NOOP("ServiceText", "Due on"),
    # Their choices, and stored values as label_of() shows them
    QT_TRANSLATE_NOOP("ServiceText", "Single"),
    QT_TRANSLATE_NOOP("ServiceText", "Married"),
    QT_TRANSLATE_NOOP("ServiceText", "Divorced"),
    QT_TRANSLATE_NOOP("ServiceText", "Widowed"),
    QT_TRANSLATE_NOOP("ServiceText", "Life partner"),
    QT_TRANSLATE_NOOP("ServiceText", "Eastern Cape"),
    QT_TRANSLATE_NOOP("ServiceText", "Free State"),
    QT_TRANSLATE_NOOP("ServiceText", "Gauteng"),
    QT_TRANSLATE_NOOP("ServiceText", "KwaZulu-Natal"),
    QT_TRANSLATE_NOOP("ServiceText", "Limpopo"),
    QT_TRANSLATE_NOOP("ServiceText", "Mpumalanga"),
    QT_TRANSLATE_NOOP("ServiceText", "North West"),
    QT_TRANSLATE_NOOP("ServiceText", "Northern Cape"),
    QT_TRANSLATE_NOOP("ServiceText", "Western Cape"),
    QT_TRANSLATE_NOOP("ServiceText", "Other"),
    QT_TRANSLATE_NOOP("ServiceText", "Active"),
    QT_TRANSLATE_NOOP("ServiceText", "Quote"),
    QT_TRANSLATE_NOOP("ServiceText", "Paid up"),
    QT_TRANSLATE_NOOP("ServiceText", "Lapsed"),
    QT_TRANSLATE_NOOP("ServiceText", "Cancelled"),
    QT_TRANSLATE_NOOP("ServiceText", "Matured"),
    QT_TRANSLATE_NOOP("ServiceText", "Monthly"),
    QT_TRANSLATE_NOOP("ServiceText", "Annual"),
    QT_TRANSLATE_NOOP("ServiceText", "Property"),
    QT_TRANSLATE_NOOP("ServiceText", "Vehicle"),
    QT_TRANSLATE_NOOP("ServiceText", "Investment"),
    QT_TRANSLATE_NOOP("ServiceText", "Cash"),
    QT_TRANSLATE_NOOP("ServiceText", "Retirement"),
    QT_TRANSLATE_NOOP("ServiceText", "Business"),
    QT_TRANSLATE_NOOP("ServiceText", "Home loan"),
    QT_TRANSLATE_NOOP("ServiceText", "Vehicle finance"),
    QT_TRANSLATE_NOOP("ServiceText", "Credit card"),
    QT_TRANSLATE_NOOP("ServiceText", "Personal loan"),
    QT_TRANSLATE_NOOP("ServiceText", "Overdraft"),
    QT_TRANSLATE_NOOP("ServiceText", "Student loan"),
    QT_TRANSLATE_NOOP("ServiceText", "Income"),
    QT_TRANSLATE_NOOP("ServiceText", "Expense"),
    QT_TRANSLATE_NOOP("ServiceText", "Education"),
    QT_TRANSLATE_NOOP("ServiceText", "Emergency"),
    QT_TRANSLATE_NOOP("ServiceText", "Estate"),
    QT_TRANSLATE_NOOP("ServiceText", "High"),
    QT_TRANSLATE_NOOP("ServiceText", "Medium"),
    QT_TRANSLATE_NOOP("ServiceText", "Low"),
    QT_TRANSLATE_NOOP("ServiceText", "Open"),
    QT_TRANSLATE_NOOP("ServiceText", "On track"),
    QT_TRANSLATE_NOOP("ServiceText", "Achieved"),
    QT_TRANSLATE_NOOP("ServiceText", "Abandoned"),
    QT_TRANSLATE_NOOP("ServiceText", "Conservative"),
    QT_TRANSLATE_NOOP("ServiceText", "Moderately conservative"),
    QT_TRANSLATE_NOOP("ServiceText", "Moderate"),
    QT_TRANSLATE_NOOP("ServiceText", "Moderately aggressive"),
    QT_TRANSLATE_NOOP("ServiceText", "Aggressive"),
    QT_TRANSLATE_NOOP("ServiceText", "Note"),
    QT_TRANSLATE_NOOP("ServiceText", "Call"),
    QT_TRANSLATE_NOOP("ServiceText", "Meeting"),
    # Expected commission (services/commission.py KINDS and FREQUENCIES).
    QT_TRANSLATE_NOOP("ServiceText", "Upfront"),
    QT_TRANSLATE_NOOP("ServiceText", "Ongoing"),
    QT_TRANSLATE_NOOP("ServiceText", "Advice fee"),
    QT_TRANSLATE_NOOP("ServiceText", "Once"),
    QT_TRANSLATE_NOOP("ServiceText", "Record of advice"),
    QT_TRANSLATE_NOOP("ServiceText", "Task"),
    QT_TRANSLATE_NOOP("ServiceText", "Review"),
    QT_TRANSLATE_NOOP("ServiceText", "Follow-up"),
    QT_TRANSLATE_NOOP("ServiceText", "Id copy"),
    QT_TRANSLATE_NOOP("ServiceText", "Proof of address"),
    QT_TRANSLATE_NOOP("ServiceText", "Application"),
    QT_TRANSLATE_NOOP("ServiceText", "Statement"),
    QT_TRANSLATE_NOOP("ServiceText", "Policy fund values"),
    QT_TRANSLATE_NOOP("ServiceText", "Done"),
    QT_TRANSLATE_NOOP("ServiceText", "Follow up"),
    # Consent form and ledger (services/consents.py)
    QT_TRANSLATE_NOOP("ServiceText", "Purpose"),
    QT_TRANSLATE_NOOP("ServiceText", "Lawful basis"),
    QT_TRANSLATE_NOOP("ServiceText", "Consent"),
    QT_TRANSLATE_NOOP("ServiceText", "Recorded via"),
    QT_TRANSLATE_NOOP("ServiceText", "Wording shown"),
    QT_TRANSLATE_NOOP("ServiceText", "Given by (parent or guardian of a child)"),
    QT_TRANSLATE_NOOP("ServiceText", "Financial planning and advice"),
    QT_TRANSLATE_NOOP("ServiceText", "Underwriting (health information)"),
    QT_TRANSLATE_NOOP("ServiceText", "FICA identity verification"),
    QT_TRANSLATE_NOOP("ServiceText", "Direct marketing"),
    QT_TRANSLATE_NOOP("ServiceText", "Product administration"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "s11(1)(a) the person (or a competent person for a child) consents",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "s11(1)(b) needed to conclude or perform a contract with the person",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "s11(1)(c) complies with an obligation imposed by law (FICA, FAIS)",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "s11(1)(d) protects a legitimate interest of the person"),
    QT_TRANSLATE_NOOP("ServiceText", "s11(1)(e) needed for a public body's public law duty"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "s11(1)(f) a legitimate interest of the practice or a third party",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "Given"),
    QT_TRANSLATE_NOOP("ServiceText", "Refused"),
    QT_TRANSLATE_NOOP("ServiceText", "Withdrawn"),
    QT_TRANSLATE_NOOP("ServiceText", "In person"),
    QT_TRANSLATE_NOOP("ServiceText", "Signed form (Form 4)"),
    QT_TRANSLATE_NOOP("ServiceText", "E-mail"),
    QT_TRANSLATE_NOOP("ServiceText", "Telephone"),
    QT_TRANSLATE_NOOP("ServiceText", "SMS"),
    QT_TRANSLATE_NOOP("ServiceText", "WhatsApp"),
    QT_TRANSLATE_NOOP("ServiceText", "Web form"),
    QT_TRANSLATE_NOOP("ServiceText", "Letter"),
    QT_TRANSLATE_NOOP("ServiceText", "Financial planning"),
    QT_TRANSLATE_NOOP("ServiceText", "Underwriting"),
    QT_TRANSLATE_NOOP("ServiceText", "Fica verification"),
    QT_TRANSLATE_NOOP("ServiceText", "Contract"),
    QT_TRANSLATE_NOOP("ServiceText", "Legal obligation"),
    QT_TRANSLATE_NOOP("ServiceText", "Data subject interest"),
    QT_TRANSLATE_NOOP("ServiceText", "Public law"),
    QT_TRANSLATE_NOOP("ServiceText", "Legitimate interest"),
    QT_TRANSLATE_NOOP("ServiceText", "Paper form"),
    QT_TRANSLATE_NOOP("ServiceText", "Sms"),
    QT_TRANSLATE_NOOP("ServiceText", "Whatsapp"),
    # Household relationships (services/households.py KIND_LABELS, household roles)
    QT_TRANSLATE_NOOP("ServiceText", "Spouse"),
    QT_TRANSLATE_NOOP("ServiceText", "Partner"),
    QT_TRANSLATE_NOOP("ServiceText", "Dependant"),
    QT_TRANSLATE_NOOP("ServiceText", "Beneficiary"),
    QT_TRANSLATE_NOOP("ServiceText", "Child"),
    QT_TRANSLATE_NOOP("ServiceText", "Parent"),
    QT_TRANSLATE_NOOP("ServiceText", "Company"),
    QT_TRANSLATE_NOOP("ServiceText", "Trust"),
    QT_TRANSLATE_NOOP("ServiceText", "Main"),
    QT_TRANSLATE_NOOP("ServiceText", "Related"),
    QT_TRANSLATE_NOOP("ServiceText", "Director"),
    QT_TRANSLATE_NOOP("ServiceText", "Trustee"),
    QT_TRANSLATE_NOOP("ServiceText", "This client is their dependant"),
    QT_TRANSLATE_NOOP("ServiceText", "This client is their beneficiary"),
    QT_TRANSLATE_NOOP("ServiceText", "This client is a director"),
    QT_TRANSLATE_NOOP("ServiceText", "This client is a trustee"),
    # Archiving (services/client_records.py ARCHIVE_EXPLANATION)
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "Archiving hides the client from lists and searches but keeps every record: this "
        "is a soft delete. Records are only destroyed or de-identified later, by the "
        "retention review, once FAIS and FICA no longer require them (POPIA s14).",
    ),
    # Why a field was refused (domain/client_fields.py and the parsers it calls)
    QT_TRANSLATE_NOOP("ServiceText", "is required"),
    QT_TRANSLATE_NOOP("ServiceText", "is not one of the choices"),
    QT_TRANSLATE_NOOP("ServiceText", "must be a percentage, e.g. 11.75"),
    QT_TRANSLATE_NOOP("ServiceText", "must be between 0 and 100"),
    QT_TRANSLATE_NOOP("ServiceText", "must be a whole percentage, e.g. 50"),
    QT_TRANSLATE_NOOP("ServiceText", "must be a whole number, e.g. 42"),
    QT_TRANSLATE_NOOP("ServiceText", "is not a number"),
    QT_TRANSLATE_NOOP("ServiceText", "has more than 2 decimal places"),
    QT_TRANSLATE_NOOP("ServiceText", "is empty; enter an amount"),
    QT_TRANSLATE_NOOP("ServiceText", "is empty; enter a phone number"),
    QT_TRANSLATE_NOOP("ServiceText", "is empty; enter an e-mail address"),
    QT_TRANSLATE_NOOP("ServiceText", "choose one of the nine provinces, e.g. Gauteng"),
    QT_TRANSLATE_NOOP("ServiceText", "must be the four digits of a South African postal code"),
    QT_TRANSLATE_NOOP("ServiceText", "Another client already has this ID number."),
    QT_TRANSLATE_NOOP(
        "ServiceText", "Correct the fields marked in red, then save again. Nothing was saved."
    ),
    # What is wrong with an SA ID number (domain/sa_id.py)
    QT_TRANSLATE_NOOP("ServiceText", "must be text of 13 digits"),
    QT_TRANSLATE_NOOP("ServiceText", "is empty; enter the 13-digit ID number"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "may contain only digits (spaces and dashes are ignored); check the number "
        "against the ID document",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "the 11th digit must be 0 (citizen) or 1 (permanent resident); check the number "
        "against the ID document",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "the check digit is wrong; check the number against the ID document",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "the first six digits (YYMMDD) are not a real date of birth; check the number "
        "against the ID document",
    ),
)


# The importer's own field labels and the problems it finds in a row (services/importer.py),
# shown in the import wizard through forms.field_message(); keep in step with FIELDS and
# the row checks there.
_IMPORT_SERVICE_TEXTS = (
    QT_TRANSLATE_NOOP("ServiceText", "Full name"),
    QT_TRANSLATE_NOOP("ServiceText", "Country"),
    QT_TRANSLATE_NOOP("ServiceText", "Product type"),
    QT_TRANSLATE_NOOP("ServiceText", "Policy start date"),
    QT_TRANSLATE_NOOP("ServiceText", "Note subject"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "say whether this is a company or a trust (map a client-type column, or give its "
        "registration number)",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "only a company or trust has one; set the client type, or leave it empty for a person",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "a company or trust has none; leave it empty, or set the client type to person",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "does not match the date in the SA ID number"),
    QT_TRANSLATE_NOOP("ServiceText", "is empty; every client needs at least a surname"),
    QT_TRANSLATE_NOOP("ServiceText", "is empty; a company or trust needs its name"),
    QT_TRANSLATE_NOOP("ServiceText", "is empty, but the row has policy details"),
    QT_TRANSLATE_NOOP("ServiceText", "is empty; fill it in or remove the row"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "no active planner or practice manager has that name or user name; add the user in "
        "Users first, correct the name, or do not import the Planner column",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "two users have that name; write the user name instead"),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "needs the client's SA ID number, registration number or e-mail to link it to a client",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText", "no client with that SA ID number, registration number or e-mail"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "only the practice manager can give clients to another planner; leave the column out "
        "to keep them yourself",
    ),
)
