"""The fixed wording of every client-facing letter, in English and Afrikaans side by side.

The practice chooses the language of its client letters (the ``letter_language`` setting,
services/settings.py); the services put it on the :class:`~clientmanager.reports.base.
Letterhead` and every letter asks :func:`words` for its sentences. Each entry of
:data:`TEXT` holds both languages, so a sentence without its Afrikaans is a test failure
(tests/reports/test_wording.py), never an English sentence slipped into an Afrikaans letter.

Afrikaans is formal ("u", "Geagte", "Die uwe"), as an SA financial-services letter writes
it. Proper names, statute section numbers and the client's own data are never translated.
Plain Python: no Qt, no services (reports/ sits below services/).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

ENGLISH = "en"
AFRIKAANS = "af"
LANGUAGES = (ENGLISH, AFRIKAANS)
LANGUAGE_NAMES = {ENGLISH: "English", AFRIKAANS: "Afrikaans"}
PDF_LANG = {ENGLISH: "en-ZA", AFRIKAANS: "af-ZA"}

MONTHS_AF = (
    "Januarie", "Februarie", "Maart", "April", "Mei", "Junie",
    "Julie", "Augustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
MONTHS_AF_SHORT = (
    "Jan", "Feb", "Mrt", "Apr", "Mei", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Des",
)  # fmt: skip

POPIA_EN = "Protection of Personal Information Act"
POPIA_AF = "Wet op die Beskerming van Persoonlike Inligting"

# key: (English, Afrikaans). Placeholders in braces are filled with str.format.
TEXT: dict[str, tuple[str, str]] = {
    # --- every letter (reports/base.py) ------------------------------------------------
    "page": ("Page {page} of {pages}", "Bladsy {page} van {pages}"),
    "yours_sincerely": ("Yours sincerely,", "Die uwe,"),
    "kind_regards": ("Kind regards,", "Vriendelike groete,"),
    "officer_role": ("Information Officer, {practice}", "Inligtingsbeampte, {practice}"),
    "the_officer": ("The Information Officer", "Die Inligtingsbeampte"),
    "the_practice": ("The practice", "Die praktyk"),
    "nothing_recorded": ("Nothing recorded.", "Niks aangeteken nie."),
    "fsp_line": (
        "Authorised financial services provider, FSP {number}",
        "Gemagtigde finansiëledienste-verskaffer, FDV {number}",
    ),
    "tel": ("Tel {phone}", "Tel. {phone}"),
    "officer_line": ("Information officer: {name}", "Inligtingsbeampte: {name}"),
    "our_reference": ("Our reference: {reference}", "Ons verwysing: {reference}"),
    "our_reference_request": ("Our reference: request {number}", "Ons verwysing: versoek {number}"),
    "removed": ("(removed)", "(verwyder)"),
    "dear_sir_madam": ("Dear Sir or Madam", "Geagte heer of dame"),
    "dear_parent": ("Dear parent or guardian", "Geagte ouer of voog"),
    "dear": ("Dear {name}", "Geagte {name}"),
    "parent_of": ("The parent or guardian of {name}", "Die ouer of voog van {name}"),
    "complain_if_unhappy": (
        "If you are not satisfied with how we dealt with your request, you may complain to "
        "the Information Regulator:",
        "Indien u nie tevrede is met die hantering van u versoek nie, kan u by die "
        "Inligtingsreguleerder kla:",
    ),
    # --- deletion letters (reports/deletion_letter.py) ---------------------------------
    "del.subject": (
        "Your request to delete your personal information",
        "U versoek om u persoonlike inligting te skrap",
    ),
    "del.footer": (
        "{practice} · Information officer: {officer} · Reply under section 24 of the "
        "Protection of Personal Information Act 4 of 2013",
        "{practice} · Inligtingsbeampte: {officer} · Antwoord kragtens artikel 24 van die "
        "Wet op die Beskerming van Persoonlike Inligting 4 van 2013",
    ),
    "del.footer_request": (
        "{practice} · Rights-register request {number} · Reply under section 24(4) of the "
        "Protection of Personal Information Act 4 of 2013",
        "{practice} · Versoek {number} in die regteregister · Antwoord kragtens artikel "
        "24(4) van die Wet op die Beskerming van Persoonlike Inligting 4 van 2013",
    ),
    "on_date": (" on {date}", " op {date}"),
    "del.asked": (
        "You asked us{asked} to delete the personal information we hold about you "
        "(section 24 of the Protection of Personal Information Act, POPIA). This letter "
        "tells you what we have done, as section 24(4) requires.",
        "U het ons{asked} versoek om die persoonlike inligting wat ons oor u hou, te skrap "
        "(artikel 24 van die Wet op die Beskerming van Persoonlike Inligting (POPIA)). "
        "Hierdie brief sê vir u wat ons gedoen het, soos artikel 24(4) vereis.",
    ),
    "del.what_done": ("What we have done", "Wat ons gedoen het"),
    "del.restricted": (
        "We may not delete your information yet, because the laws listed below require "
        "us to keep it for a time. Until then we have restricted it: it is stored, and "
        "used for nothing but those legal duties (POPIA s14(6)). When each period ends "
        "the records are destroyed, without your having to ask again.",
        "Ons mag u inligting nog nie skrap nie, omdat die wette hieronder vereis dat ons "
        "dit vir 'n tyd bewaar. Tot dan het ons die verwerking daarvan beperk: dit word "
        "gestoor en vir niks anders as daardie wetlike pligte gebruik nie (POPIA a. 14(6)). "
        "Wanneer elke tydperk verstryk, word die rekords vernietig, sonder dat u weer "
        "hoef te vra.",
    ),
    "del.what_deleted": ("What we deleted", "Wat ons geskrap het"),
    "del.destroyed": (
        "Everything we held about you: your identity and contact details, addresses, "
        "policy and investment records, records of advice, notes, documents and consent "
        "records. They were destroyed so that they cannot be reconstructed (POPIA "
        "s14(5)), and they will not return if we ever restore an older backup.",
        "Alles wat ons oor u gehou het: u identiteits- en kontakbesonderhede, adresse, "
        "polis- en beleggingsrekords, advieserekords, notas, dokumente en "
        "toestemmingsrekords. Dit is só vernietig dat dit nie herstel kan word nie (POPIA "
        "a. 14(5)), en dit sal nie terugkeer as ons ooit 'n ouer rugsteun terugplaas nie.",
    ),
    "del.gone_1": (
        "Your name, ID and passport numbers, date of birth, tax number, occupation and employer",
        "U naam, ID- en paspoortnommers, geboortedatum, belastingnommer, beroep en werkgewer",
    ),
    "del.gone_2": (
        "Your e-mail address, phone numbers and postal and physical addresses",
        "U e-posadres, telefoonnommers en pos- en fisiese adresse",
    ),
    "del.gone_3": (
        "Copies of your identity document and proof of address",
        "Afskrifte van u identiteitsdokument en bewys van adres",
    ),
    "del.gone_4": (
        "The links between you and family members or other people on our records",
        "Die skakels tussen u en familielede of ander persone in ons rekords",
    ),
    "del.what_kept": ("What we kept, and why", "Wat ons bewaar het, en waarom"),
    "del.kept_intro": (
        "The law requires us to keep some records for a period after the product ended, "
        "the advice was given or our business relationship ended. We have kept only "
        "{which} We will destroy each one when its period ends:",
        "Die wet vereis dat ons sekere rekords bewaar vir 'n tydperk nadat die produk "
        "beëindig is, die advies gegee is of ons sakeverhouding geëindig het. Ons het "
        "slegs {which} Ons sal elkeen vernietig wanneer sy tydperk verstryk:",
    ),
    "del.kept_restricted": (
        "those, restricted to that purpose.",
        "daardie rekords bewaar, beperk tot dié doel.",
    ),
    "del.kept_anonymous": (
        "those, and they no longer show who you are.",
        "daardie rekords bewaar, en hulle toon nie meer wie u is nie.",
    ),
    "del.col_record": ("Record", "Rekord"),
    "del.col_until": ("Kept until", "Bewaar tot"),
    "del.col_law": ("Law that requires it", "Wet wat dit vereis"),
    "questions": ("Questions", "Vrae"),
    "del.officer_answers": (
        "Our information officer, {officer}, will answer any question about this letter",
        "Ons inligtingsbeampte, {officer}, sal enige vraag oor hierdie brief beantwoord",
    ),
    "del.complain": (
        "If you are not satisfied, you may complain to the Information Regulator:",
        "Indien u nie tevrede is nie, kan u by die Inligtingsreguleerder kla:",
    ),
    "del.whose_child": (
        "the personal information we hold about {name}",
        "die persoonlike inligting wat ons oor {name} hou,",
    ),
    "del.whose_you": (
        "the personal information we hold about you",
        "die persoonlike inligting wat ons oor u hou,",
    ),
    "del.outcome_asked": (
        "You asked us{asked} to delete {whose} (section 24 of the Protection of Personal "
        "Information Act, POPIA). We stopped all marketing and all processing the law does "
        "not require as soon as we received the request. This letter tells you what we "
        "have done, as section 24(4) requires.",
        "U het ons{asked} versoek om {whose} te skrap (artikel 24 van die Wet op die "
        "Beskerming van Persoonlike Inligting (POPIA)). Sodra ons die versoek ontvang het, "
        "het ons alle bemarking gestaak, asook alle verwerking wat die wet nie vereis nie. "
        "Hierdie brief sê vir u wat ons gedoen het, soos artikel 24(4) vereis.",
    ),
    "del.outcome_destroyed": (
        "Everything we held: identity and contact details, addresses, policy and "
        "investment records, records of advice, notes, documents and consent records. "
        "They were destroyed so that they cannot be reconstructed (POPIA s14(5)).",
        "Alles wat ons gehou het: identiteits- en kontakbesonderhede, adresse, polis- en "
        "beleggingsrekords, advieserekords, notas, dokumente en toestemmingsrekords. Dit "
        "is só vernietig dat dit nie herstel kan word nie (POPIA a. 14(5)).",
    ),
    "del.nothing_deletable": (
        "There was nothing we could delete without breaking a law listed below.",
        "Daar was niks wat ons kon skrap sonder om 'n wet hieronder te oortree nie.",
    ),
    "del.what_kept_until": (
        "What we kept, until when, and why",
        "Wat ons bewaar het, tot wanneer, en waarom",
    ),
    "del.outcome_kept_intro": (
        "The law requires us to keep these records for a period. We have kept exactly "
        "these, restricted to that legal purpose (POPIA s14(6)), and will destroy each "
        "one when its period ends, without your having to ask again:",
        "Die wet vereis dat ons hierdie rekords vir 'n tydperk bewaar. Ons het presies "
        "hierdie rekords bewaar, beperk tot daardie wetlike doel (POPIA a. 14(6)), en sal "
        "elkeen vernietig wanneer sy tydperk verstryk, sonder dat u weer hoef te vra:",
    ),
    "del.backups": ("Backups", "Rugsteune"),
    "del.backups_text": (
        "Our encrypted backups roll off within {days} days: after that no copy of "
        "what we deleted remains. Until then the backups are used for nothing but restoring "
        "the practice's records after a failure.",
        "Ons geënkripteerde rugsteune word binne {days} dae uitgefaseer: daarna bly geen "
        "afskrif oor van wat ons geskrap het nie. Tot dan word die rugsteune vir niks "
        "anders gebruik as om die praktyk se rekords ná 'n onderbreking te herstel nie.",
    ),
    "del.outcome_closing": (
        "Our information officer, {officer}, will answer any question about this "
        "letter. If you are not satisfied, you may complain to the Information Regulator:",
        "Ons inligtingsbeampte, {officer}, sal enige vraag oor hierdie brief beantwoord. "
        "Indien u nie tevrede is nie, kan u by die Inligtingsreguleerder kla:",
    ),
    # --- correction letter (reports/correction_letter.py) ------------------------------
    "cor.title": (
        "Correction of personal information: {name}",
        "Regstelling van persoonlike inligting: {name}",
    ),
    "cor.footer": (
        "Rights-register request {number} (POPIA section 24)",
        "Versoek {number} in die regteregister (POPIA artikel 24)",
    ),
    "cor.subject": (
        "Correction of your personal information",
        "Regstelling van u persoonlike inligting",
    ),
    "cor.intro": (
        "On {date} you asked us to correct personal information we hold "
        "about you (our reference: request {number}). We have made the following "
        "corrections to your record, as section 24 of the Protection of Personal Information "
        "Act requires:",
        "Op {date} het u ons versoek om persoonlike inligting wat ons oor u hou, reg te "
        "stel (ons verwysing: versoek {number}). Ons het die volgende regstellings in u "
        "rekord aangebring, soos artikel 24 van die Wet op die Beskerming van Persoonlike "
        "Inligting vereis:",
    ),
    "col_information": ("Information", "Inligting"),
    "cor.col_now": ("Now reads", "Lui nou"),
    "col_corrected_on": ("Corrected on", "Reggestel op"),
    "cor.col_by": ("By", "Deur"),
    "cor.telling": ("Who we are telling (section 24(3))", "Wie ons in kennis stel (artikel 24(3))"),
    "cor.recipients": (
        "These parties received your information from us before the correction. Where the "
        "correction affects decisions about you, we are informing each of them:",
        "Hierdie partye het u inligting voor die regstelling van ons ontvang. Waar die "
        "regstelling besluite oor u raak, stel ons elkeen van hulle in kennis:",
    ),
    "cor.col_recipient": ("Recipient", "Ontvanger"),
    "cor.col_kind": ("Kind of recipient", "Soort ontvanger"),
    "cor.col_received": ("Received your information on", "Het u inligting ontvang op"),
    "cor.no_recipients": (
        "Our disclosure register shows that no third party received the corrected "
        "information from us, so there is no one else to inform.",
        "Ons openbaarmakingsregister toon dat geen derde party die reggestelde inligting "
        "van ons ontvang het nie; daar is dus niemand anders om in kennis te stel nie.",
    ),
    # --- rights letters (reports/rights_letters.py) --------------------------------------
    "rights.footer": (
        "{practice} · Rights-register request {number} · Protection of Personal "
        "Information Act 4 of 2013",
        "{practice} · Versoek {number} in die regteregister · Wet op die Beskerming van "
        "Persoonlike Inligting 4 van 2013",
    ),
    "rights.whose_child": ("personal information about {name}", "persoonlike inligting oor {name}"),
    "rights.whose_you": ("your personal information", "u persoonlike inligting"),
    "rights.received": (
        "On {date} we received your request about {whose}. This letter confirms what we have done.",
        "Op {date} het ons u versoek oor {whose} ontvang. "
        "Hierdie brief bevestig wat ons gedoen het.",
    ),
    "rights.what_means": ("What this means", "Wat dit beteken"),
    "notice.title": ("Notice of correction: {name}", "Kennisgewing van regstelling: {name}"),
    "notice.footer": (
        "{practice} · Notice under section 24(3) of the Protection of Personal Information "
        "Act 4 of 2013 · request {number}",
        "{practice} · Kennisgewing kragtens artikel 24(3) van die Wet op die Beskerming van "
        "Persoonlike Inligting 4 van 2013 · versoek {number}",
    ),
    "notice.subject": (
        "Correction of personal information: {name} ({reference})",
        "Regstelling van persoonlike inligting: {name} ({reference})",
    ),
    "notice.our_client": ("our client {number}", "ons kliënt {number}"),
    "notice.intro": (
        "On {date} we gave you personal information about {name}. At their request we "
        "have corrected it, and section 24(3) of the Protection of Personal Information Act "
        "requires us to tell you, because the correction may affect decisions made about "
        "them. Please correct your records:",
        "Op {date} het ons persoonlike inligting oor {name} aan u verskaf. Op versoek van "
        "die betrokke persoon het ons dit reggestel, en artikel 24(3) van die Wet op die "
        "Beskerming van Persoonlike Inligting vereis dat ons u in kennis stel, omdat die "
        "regstelling besluite oor die persoon kan raak. Stel asseblief u rekords reg:",
    ),
    "notice.col_correct": ("Correct value", "Korrekte waarde"),
    "notice.closing": (
        "Please do not use the earlier value for any further decision. If you passed the "
        "information on, please tell those parties too.",
        "Moet asseblief nie die vorige waarde vir enige verdere besluit gebruik nie. Indien "
        "u die inligting aan ander oorgedra het, stel asseblief ook daardie partye in kennis.",
    ),
    # The confirmation letters' own sentences (services/subject_requests.py picks them).
    "conf.objection.subject": (
        "Your objection to the processing of your personal information",
        "U beswaar teen die verwerking van u persoonlike inligting",
    ),
    "conf.objection.did_1": (
        "We recorded your objection (section 11(3) of POPIA) on {date}.",
        "Ons het u beswaar (artikel 11(3) van POPIA) op {date} aangeteken.",
    ),
    "conf.objection.did_2": (
        "We have stopped all processing the law does not require, at once.",
        "Ons het alle verwerking wat die wet nie vereis nie, onmiddellik gestaak.",
    ),
    "conf.no_marketing": (
        "You will receive no direct marketing from us.",
        "U sal geen direkte bemarking van ons ontvang nie.",
    ),
    "conf.objection.means_2": (
        "Your details are left out of every mailing list and bulk export.",
        "U besonderhede word uit elke poslys en grootmaatuitvoer weggelaat.",
    ),
    "conf.objection.means_3": (
        "We keep only what a law requires (FAIS, FICA) for as long as it requires.",
        "Ons bewaar slegs wat 'n wet vereis (FAIS, FICA), en slegs so lank as wat dit vereis.",
    ),
    "conf.restriction.subject": (
        "Restriction of the processing of your personal information",
        "Beperking van die verwerking van u persoonlike inligting",
    ),
    "conf.restriction.did_1": (
        "We restricted the processing of your personal information (section 14(6) of "
        "POPIA) on {date}.",
        "Ons het die verwerking van u persoonlike inligting (artikel 14(6) van POPIA) op "
        "{date} beperk.",
    ),
    "conf.restriction.means_1": (
        "Your information is stored, and used only as the law requires or with your consent.",
        "U inligting word gestoor en slegs gebruik soos die wet vereis of met u toestemming.",
    ),
    "conf.restriction.means_2": (
        "It is left out of marketing, mailing lists and bulk exports.",
        "Dit word uit bemarking, poslyste en grootmaatuitvoere weggelaat.",
    ),
    "conf.restriction.means_3": (
        "We will tell you before we lift the restriction.",
        "Ons sal u in kennis stel voordat ons die beperking ophef.",
    ),
    "conf.opt_out.subject": (
        "You will receive no more direct marketing from us",
        "U sal geen verdere direkte bemarking van ons ontvang nie",
    ),
    "conf.opt_out.did_1": (
        "We recorded your opt-out from direct marketing on {date} (section 69 of POPIA).",
        "Ons het u onttrekking aan direkte bemarking op {date} aangeteken (artikel 69 van POPIA).",
    ),
    "conf.opt_out.means_1": (
        "No marketing by e-mail, SMS or phone reaches you from today.",
        "Vanaf vandag bereik geen bemarking per e-pos, SMS of telefoon u nie.",
    ),
    "conf.opt_out.means_2": (
        "We still contact you about your products and the advice you asked for.",
        "Ons kontak u steeds oor u produkte en die advies waarvoor u gevra het.",
    ),
    "conf.withdrawal.subject": ("Withdrawal of your consent", "Terugtrekking van u toestemming"),
    "conf.withdrawal.did_1": (
        "We recorded that you withdrew your consent for: {purpose}, on {date} "
        "(section 11(2)(b) of POPIA).",
        "Ons het aangeteken dat u u toestemming vir die volgende teruggetrek het: {purpose}, "
        "op {date} (artikel 11(2)(b) van POPIA).",
    ),
    "conf.withdrawal.means_1": (
        "We no longer process your information for that purpose.",
        "Ons verwerk u inligting nie meer vir daardie doel nie.",
    ),
    "conf.withdrawal.means_2": (
        "What we did before you withdrew remains lawful (section 11(2)(b)).",
        "Wat ons gedoen het voordat u u toestemming teruggetrek het, bly regmatig "
        "(artikel 11(2)(b)).",
    ),
    # --- breach letter (reports/breach_letters.py) -------------------------------------
    "breach.subject": (
        "Notice of a security compromise affecting your personal information",
        "Kennisgewing van 'n sekuriteitskompromittering wat u persoonlike inligting raak",
    ),
    "breach.footer": (
        "{practice} · Information officer: {officer} · Notice under section 22 of the "
        "Protection of Personal Information Act 4 of 2013",
        "{practice} · Inligtingsbeampte: {officer} · Kennisgewing kragtens artikel 22 van "
        "die Wet op die Beskerming van Persoonlike Inligting 4 van 2013",
    ),
    "breach.reference": (
        "Our reference: breach {number}",
        "Ons verwysing: sekuriteitsvoorval {number}",
    ),
    "breach.intro": (
        "We are writing to tell you about a security compromise involving personal "
        "information we hold about you, as section 22 of the Protection of Personal "
        "Information Act (POPIA) requires, and to explain what it means for you.",
        "Ons skryf om u in kennis te stel van 'n sekuriteitskompromittering wat persoonlike "
        "inligting raak wat ons oor u hou, soos artikel 22 van die Wet op die Beskerming "
        "van Persoonlike Inligting (POPIA) vereis, en om te verduidelik wat dit vir u "
        "beteken.",
    ),
    "breach.what_happened": ("What happened", "Wat gebeur het"),
    "breach.happened": (
        "It happened on {occurred}; we discovered it on {discovered}.",
        "Dit het op {occurred} gebeur; ons het dit op {discovered} ontdek.",
    ),
    "breach.discovered": (
        "We discovered it on {discovered}.",
        "Ons het dit op {discovered} ontdek.",
    ),
    "breach.what_info": ("What information was involved", "Watter inligting betrokke was"),
    "breach.encrypted": (
        "The information was encrypted (AES-256). Without the key, which was not part "
        "of the compromise, it cannot be read.",
        "Die inligting was geënkripteer (AES-256). Sonder die sleutel, wat nie deel van die "
        "kompromittering was nie, kan dit nie gelees word nie.",
    ),
    "breach.not_encrypted": (
        "The information was not encrypted.",
        "Die inligting was nie geënkripteer nie.",
    ),
    "breach.consequences": ("Possible consequences for you", "Moontlike gevolge vir u"),
    "breach.measures": ("What we have done", "Wat ons gedoen het"),
    "breach.actions": ("What you can do to protect yourself", "Wat u kan doen om uself te beskerm"),
    "breach.who": ("Who accessed the information", "Wie toegang tot die inligting verkry het"),
    "breach.unknown": (
        "We do not know who accessed or acquired the information.",
        "Ons weet nie wie toegang tot die inligting verkry of dit bekom het nie.",
    ),
    "breach.questions": (
        "Our information officer, {officer}, will answer any question about this notice",
        "Ons inligtingsbeampte, {officer}, sal enige vraag oor hierdie kennisgewing beantwoord",
    ),
    "breach.also_complain": (
        " You may also complain to the Information Regulator:",
        " U kan ook by die Inligtingsreguleerder kla:",
    ),
    "breach.questions_heading": ("Questions and complaints", "Vrae en klagtes"),
    # --- s18 notice and Form 4 (reports/collection_notice.py) --------------------------
    "s18.subject": (
        "How we collect and use your personal information",
        "Hoe ons u persoonlike inligting insamel en gebruik",
    ),
    "s18.footer": (
        "{practice} · Notice under section 18 of the Protection of Personal Information "
        "Act 4 of 2013",
        "{practice} · Kennisgewing kragtens artikel 18 van die Wet op die Beskerming van "
        "Persoonlike Inligting 4 van 2013",
    ),
    "s18.about_child": ("about {name}", "oor {name}"),
    "s18.about_you": ("about you", "oor u"),
    "s18.address_above": ("the address above", "die adres hierbo"),
    "s18.intro": (
        "{practice} (the responsible party, {address}) collects personal information "
        "{whose} to give financial advice and place and service financial products. "
        "Section 18 of the Protection of Personal Information Act (POPIA) asks us to tell "
        "you the following when we collect it.",
        "{practice} (die verantwoordelike party, {address}) samel persoonlike inligting "
        "{whose} in om finansiële advies te gee en finansiële produkte te plaas en te "
        "diens. Artikel 18 van die Wet op die Beskerming van Persoonlike Inligting (POPIA) "
        "vereis dat ons u die volgende meedeel wanneer ons dit insamel.",
    ),
    "s18.what_collect": (
        "What we collect, and whether you must give it",
        "Wat ons insamel, en of u dit moet verskaf",
    ),
    "s18.col_includes": ("What it includes", "Wat dit insluit"),
    "s18.col_voluntary": ("Voluntary or required, and why", "Vrywillig of verpligtend, en waarom"),
    "s18.identity": ("Identity", "Identiteit"),
    "s18.identity_what": (
        "Name, ID or passport number, date of birth, tax number",
        "Naam, ID- of paspoortnommer, geboortedatum, belastingnommer",
    ),
    "s18.identity_why": (
        "FICA s21 (customer due diligence): mandatory; without it we may not act for you.",
        "FICA a. 21 (kliëntenoukeurigheidsondersoek): verpligtend; daarsonder mag ons nie "
        "namens u optree nie.",
    ),
    "s18.contact": ("Contact details", "Kontakbesonderhede"),
    "s18.contact_what": ("Addresses, phone numbers, e-mail", "Adresse, telefoonnommers, e-pos"),
    "s18.contact_why": (
        "Needed to serve you; voluntary, but we cannot reach you without them.",
        "Nodig om u te bedien; vrywillig, maar sonder dit kan ons u nie bereik nie.",
    ),
    "s18.financial": ("Financial information", "Finansiële inligting"),
    "s18.financial_what": (
        "Income, expenses, assets, debts, goals, risk profile",
        "Inkomste, uitgawes, bates, skuld, doelwitte, risikoprofiel",
    ),
    "s18.financial_why": (
        "FAIS General Code s8 requires it for suitable advice; without it we cannot advise you.",
        "Die FAIS Algemene Gedragskode a. 8 vereis dit vir gepaste advies; daarsonder kan "
        "ons u nie adviseer nie.",
    ),
    "s18.policies": ("Policies and products", "Polisse en produkte"),
    "s18.policies_what": (
        "Your policies, their numbers and values",
        "U polisse, hul nommers en waardes",
    ),
    "s18.policies_why": (
        "Needed to place and service them (FAIS).",
        "Nodig om dit te plaas en te diens (FAIS).",
    ),
    "s18.health": ("Health information (special)", "Gesondheidsinligting (spesiaal)"),
    "s18.health_what": (
        "Only when underwriting needs it",
        "Slegs wanneer onderskrywing dit vereis",
    ),
    "s18.health_why": (
        "Only with your consent (POPIA s26, s27); voluntary, but the provider may then "
        "decline cover.",
        "Slegs met u toestemming (POPIA a. 26, a. 27); vrywillig, maar die verskaffer kan "
        "dan dekking weier.",
    ),
    "s18.sources": (
        "We collect it from you, and with your permission from product providers and "
        "your employer's benefit administrator.",
        "Ons samel dit by u in, en met u toestemming by produkverskaffers en u werkgewer "
        "se voordele-administrateur.",
    ),
    "s18.why_use": (
        "Why we use it, and on what lawful basis",
        "Waarom ons dit gebruik, en op watter regsgrond",
    ),
    "s18.col_purpose": ("Purpose", "Doel"),
    "s18.col_basis": ("Lawful basis (POPIA s11(1))", "Regsgrond (POPIA a. 11(1))"),
    "s18.who_receives": ("Who receives it", "Wie dit ontvang"),
    "s18.no_one": ("No one outside the practice.", "Niemand buite die praktyk nie."),
    "s18.abroad": (
        "We do not send your information outside South Africa. Every disclosure is "
        "recorded in our disclosure register, which you may see.",
        "Ons stuur nie u inligting buite Suid-Afrika nie. Elke openbaarmaking word in ons "
        "openbaarmakingsregister aangeteken, wat u mag insien.",
    ),
    "s18.rights": ("Your rights", "U regte"),
    "s18.right_1": (
        "To know what we hold and who received it, free of charge (s23).",
        "Om kosteloos te weet wat ons hou en wie dit ontvang het (a. 23).",
    ),
    "s18.right_2": (
        "To have it corrected or deleted (s24, Form 2).",
        "Om dit te laat regstel of skrap (a. 24, Vorm 2).",
    ),
    "s18.right_3": (
        "To object to its processing (s11(3), Form 1) and to direct marketing (s69).",
        "Om beswaar te maak teen die verwerking daarvan (a. 11(3), Vorm 1) en teen direkte "
        "bemarking (a. 69).",
    ),
    "s18.right_4": (
        "To withdraw a consent at any time (s11(2)(b)).",
        "Om 'n toestemming te eniger tyd terug te trek (a. 11(2)(b)).",
    ),
    "s18.right_5": (
        "To complain to the Information Regulator (s74, Form 5).",
        "Om by die Inligtingsreguleerder te kla (a. 74, Vorm 5).",
    ),
    "s18.closing": (
        "Our information officer, {officer}, deals with these requests. The "
        "Information Regulator's details are:",
        "Ons inligtingsbeampte, {officer}, hanteer hierdie versoeke. Die "
        "Inligtingsreguleerder se besonderhede is:",
    ),
    "f4.title": (
        "Form 4: consent to direct marketing",
        "Vorm 4: toestemming tot direkte bemarking",
    ),
    "f4.footer": (
        "{practice} · Form 4 · Section 69 of the Protection of Personal Information Act 4 of 2013",
        "{practice} · Vorm 4 · Artikel 69 van die Wet op die Beskerming van Persoonlike "
        "Inligting 4 van 2013",
    ),
    "f4.heading": (
        "Form 4: application for the consent of a data subject for direct marketing",
        "Vorm 4: aansoek om die toestemming van 'n datasubjek vir direkte bemarking",
    ),
    "f4.law": (
        "Section 69(2) of the Protection of Personal Information Act 4 of 2013; Regulation 6.",
        "Artikel 69(2) van die Wet op die Beskerming van Persoonlike Inligting 4 van 2013; "
        "Regulasie 6.",
    ),
    "f4.responsible": ("Responsible party", "Verantwoordelike party"),
    "f4.fsp": ("FSP number", "FDV-nommer"),
    "address": ("Address", "Adres"),
    "f4.officer": ("Information officer", "Inligtingsbeampte"),
    "date": ("Date", "Datum"),
    "f4.subject": ("The data subject", "Die datasubjek"),
    "full_name": ("Full name", "Volle naam"),
    "id_number": ("ID number", "ID-nommer"),
    "email": ("E-mail", "E-pos"),
    "mobile": ("Mobile", "Selfoon"),
    "f4.signing_for": ("Signing for", "Teken namens"),
    "f4.what_send": ("What we would like to send you", "Wat ons graag aan u wil stuur"),
    "f4.choice": (
        "Your choice (tick what you agree to; nothing is ticked for you)",
        "U keuse (merk wat u mee instem; niks is vooraf vir u gemerk nie)",
    ),
    "f4.agree": (
        "I agree to receive direct marketing of the goods and services above by:",
        "Ek stem in om direkte bemarking van bogenoemde goedere en dienste te ontvang per:",
    ),
    "f4.sms": ("SMS", "SMS"),
    "f4.telephone": ("Telephone", "Telefoon"),
    "f4.post": ("Post", "Pos"),
    "f4.withdraw": (
        "You may withdraw this consent at any time, free of charge, by telling us or by "
        "replying STOP to any message; every message will tell you how (s69(4)).",
        "U kan hierdie toestemming te eniger tyd kosteloos terugtrek deur ons in kennis te "
        "stel of deur STOP op enige boodskap te antwoord; elke boodskap sal sê hoe (a. 69(4)).",
    ),
    "f4.signature": ("Signature", "Handtekening"),
    "f4.name": ("Name", "Naam"),
    "f4.place": ("Place", "Plek"),
    # --- client summary (reports/client_summary.py) ------------------------------------
    "sum.title": ("Client summary: {name}", "Kliëntopsomming: {name}"),
    "sum.footer": (
        "Client summary for {name}, prepared {date} for a review meeting. Confidential: "
        "contains personal information (POPIA).",
        "Kliëntopsomming vir {name}, op {date} vir 'n oorsigvergadering opgestel. "
        "Vertroulik: bevat persoonlike inligting (POPIA).",
    ),
    "sum.heading": (
        "Client summary and fact-find: {name}",
        "Kliëntopsomming en feiteopname: {name}",
    ),
    "sum.prepared": (
        "Prepared on {date} by {by}. Please check every line with us at the review meeting "
        "and tell us what has changed.",
        "Op {date} deur {by} opgestel. Gaan asseblief elke reël saam met ons by die "
        "oorsigvergadering na en laat weet ons wat verander het.",
    ),
    "sum.tags": ("Tags", "Etikette"),
    "sum.personal": ("Personal details", "Persoonlike besonderhede"),
    "sum.household": ("Household", "Huishouding"),
    "sum.addresses": ("Addresses", "Adresse"),
    "sum.policies": ("Policies", "Polisse"),
    "sum.assets_liabilities": ("Assets and liabilities", "Bates en laste"),
    "sum.assets": ("Assets", "Bates"),
    "sum.liabilities": ("Liabilities", "Laste"),
    "sum.net_worth": ("Net worth", "Netto waarde"),
    "sum.income_expenses": ("Income and expenses", "Inkomste en uitgawes"),
    "sum.income": ("Income", "Inkomste"),
    "sum.expenses": ("Expenses", "Uitgawes"),
    "sum.goals": ("Goals", "Doelwitte"),
    "sum.risk": ("Risk profile", "Risikoprofiel"),
    "sum.no_risk": (
        "No risk profile has been assessed yet.",
        "Nog geen risikoprofiel is bepaal nie.",
    ),
    # --- record of advice (reports/roa.py) ------------------------------------------------
    "roa.not_recorded": ("Not recorded.", "Nie aangeteken nie."),
    "roa.date": ("Date", "Datum"),
    "roa.final_on": ("final on {date}", "finaal op {date}"),
    "roa.draft_status": ("DRAFT, not final", "KONSEP, nie finaal nie"),
    "roa.title": ("Record of advice: {name}", "Advieserekord: {name}"),
    "roa.footer": (
        "{reference}, {status}. Record of advice under the FAIS General Code of Conduct, "
        "section 9.",
        "{reference}, {status}. Advieserekord kragtens die FAIS Algemene Gedragskode, artikel 9.",
    ),
    "roa.heading": ("Record of advice", "Advieserekord"),
    "roa.draft": ("Draft", "Konsep"),
    "roa.draft_note": (
        "This record is not final yet and must not be signed.",
        "Hierdie rekord is nog nie finaal nie en moet nie onderteken word nie.",
    ),
    "roa.reference": ("Reference", "Verwysing"),
    "roa.subject": ("Subject", "Onderwerp"),
    "roa.client": ("Client", "Kliënt"),
    "roa.identity": ("Identity number", "Identiteitsnommer"),
    "roa.advice_date": ("Date of advice", "Datum van advies"),
    "roa.representative": ("Representative", "Verteenwoordiger"),
    "roa.provider": ("Financial services provider", "Finansiëledienste-verskaffer"),
    "roa.fsp": (" (FSP {number})", " (FDV {number})"),
    "roa.status": ("Status", "Status"),
    "roa.s1": (
        "1. Information on which the advice is based (s9(1)(a))",
        "1. Inligting waarop die advies gebaseer is (a. 9(1)(a))",
    ),
    "roa.s2": (
        "2. Financial products considered (s9(1)(b))",
        "2. Finansiële produkte oorweeg (a. 9(1)(b))",
    ),
    "roa.s3": ("3. Recommendation (s9(1)(c))", "3. Aanbeveling (a. 9(1)(c))"),
    "roa.replacement": (
        "{number}. Replacement of an existing product (s8(1)(d))",
        "{number}. Vervanging van 'n bestaande produk (a. 8(1)(d))",
    ),
    "roa.fees": (
        "{number}. Fees and commission disclosed",
        "{number}. Fooie en kommissie bekend gemaak",
    ),
    "roa.further": ("{number}. Further notes", "{number}. Verdere notas"),
    "roa.declaration": ("Declaration", "Verklaring"),
    "roa.declaration_text": (
        "I confirm that the advice above was explained to me, that I received the disclosures "
        "about the provider, the representative, the products and their fees and commission, "
        "and that I was given enough time to consider them. Where I do not follow the advice, "
        "or gave incomplete information, I understand that the recommendation may not suit my "
        "needs.",
        "Ek bevestig dat die advies hierbo aan my verduidelik is, dat ek die "
        "openbaarmakings oor die verskaffer, die verteenwoordiger, die produkte en hul "
        "fooie en kommissie ontvang het, en dat ek genoeg tyd gekry het om dit te oorweeg. "
        "Waar ek nie die advies volg nie, of onvolledige inligting verskaf het, verstaan ek "
        "dat die aanbeveling moontlik nie by my behoeftes pas nie.",
    ),
    "roa.sign_client": ("Client: {name}", "Kliënt: {name}"),
    "roa.sign_representative": ("Representative: {name}", "Verteenwoordiger: {name}"),
    # --- data-subject report (reports/subject_report.py) -------------------------------
    "sr.title": (
        "Personal information held about {name}",
        "Persoonlike inligting gehou oor {name}",
    ),
    "sr.the_subject": ("the data subject", "die datasubjek"),
    "sr.footer": (
        "Data-subject package {package} (POPIA section 23)",
        "Datasubjekpakket {package} (POPIA artikel 23)",
    ),
    "sr.footer_sha": ("SHA-256 of data.json: {sha}", "SHA-256 van data.json: {sha}"),
    "sr.pdf_subject": ("POPIA section 23 access request", "POPIA artikel 23-versoek om toegang"),
    "sr.subject_child": (
        "Personal information about {child} held by {practice}",
        "Persoonlike inligting oor {child} gehou deur {practice}",
    ),
    "sr.subject_you": (
        "Your personal information held by {practice}",
        "U persoonlike inligting gehou deur {practice}",
    ),
    "sr.whom_child": ("{child}, for whom you act", "{child}, namens wie u optree"),
    "sr.whom_you": ("you", "u"),
    "sr.whose_child": ("{child}'s", "{child} se"),
    "sr.whose_you": ("your", "u"),
    "sr.competent": (
        "You asked, as the competent person for {child} (a child: sections 34 and 35 of the "
        "Protection of Personal Information Act), for the personal information we hold about "
        "them. We answer to you, in your name.",
        "U het, as die bevoegde persoon vir {child} ('n kind: artikels 34 en 35 van die Wet "
        "op die Beskerming van Persoonlike Inligting), gevra vir die persoonlike inligting "
        "wat ons oor die kind hou. Ons antwoord u, in u naam.",
    ),
    "sr.thanks": (
        "Thank you for your request. We confirm that {practice} holds personal information "
        "about {whom} (section 23(1)(a) of the Protection of Personal Information Act, "
        "2013). This report sets out all of it, with the information itself, why we hold it "
        "and on what lawful basis, how long we must keep it, and every third party who has "
        "received it from us (section 23(1)(b)).",
        "Dankie vir u versoek. Ons bevestig dat {practice} persoonlike inligting oor {whom} "
        "hou (artikel 23(1)(a) van die Wet op die Beskerming van Persoonlike Inligting, "
        "2013). Hierdie verslag gee dit alles weer: die inligting self, waarom ons dit hou "
        "en op watter regsgrond, hoe lank ons dit moet bewaar, en elke derde party wat dit "
        "van ons ontvang het (artikel 23(1)(b)).",
    ),
    "sr.package": (
        "The package, reference {package}, also contains the same information in "
        "machine-readable form (data.json, and one spreadsheet file per category), copies of "
        "the documents we hold about {whom}, and a list of checksums so that you can confirm "
        "that nothing has been changed. We provide this free of charge.",
        "Die pakket, verwysing {package}, bevat ook dieselfde inligting in masjienleesbare "
        "vorm (data.json, en een sigbladlêer per kategorie), afskrifte van die dokumente "
        "wat ons oor {whom} hou, en 'n lys kontrolesomme waarmee u kan bevestig dat niks "
        "verander is nie. Ons verskaf dit kosteloos.",
    ),
    "sr.inaccurate": (
        "If any of {whose} information is inaccurate, out of date, incomplete, excessive or "
        "was obtained unlawfully, you may ask us to correct or delete it (section 24). The "
        "last section of this report, \u201cYour rights\u201d, explains how to do that, how "
        "to object to processing, and how to complain to the Information Regulator if you "
        "are not satisfied with our response.",
        "Indien enige van {whose} inligting onakkuraat, verouderd, onvolledig of "
        "buitensporig is, of onregmatig verkry is, kan u ons vra om dit reg te stel of te "
        "skrap (artikel 24). Die laaste afdeling van hierdie verslag, \u201cU regte\u201d, "
        "verduidelik hoe om dit te doen, hoe om beswaar teen verwerking te maak, en hoe om "
        "by die Inligtingsreguleerder te kla indien u nie met ons antwoord tevrede is nie.",
    ),
    "sr.keep_safe": (
        "Please keep this report safe: it contains personal information. If you have any "
        "questions, contact our information officer at the details below.",
        "Bewaar asseblief hierdie verslag veilig: dit bevat persoonlike inligting. Indien u "
        "enige vrae het, kontak ons inligtingsbeampte by die besonderhede hieronder.",
    ),
    "sr.what_we_hold": ("What we hold about you", "Wat ons oor u hou"),
    "sr.summary": (
        "We hold personal information about {name}. The table below lists each category, how "
        "many records it holds, why we process it, the lawful basis (POPIA section 11(1)) "
        "and how long the law requires us to keep it (section 14). The sections that follow "
        "show every record.",
        "Ons hou persoonlike inligting oor {name}. Die tabel hieronder lys elke kategorie, "
        "hoeveel rekords dit bevat, waarom ons dit verwerk, die regsgrond (POPIA artikel "
        "11(1)) en hoe lank die wet vereis dat ons dit bewaar (artikel 14). Die afdelings "
        "wat volg, toon elke rekord.",
    ),
    "sr.none": ("none", "geen"),
    "sr.basis": ("Basis: {basis}", "Regsgrond: {basis}"),
    "sr.col_category": ("Category", "Kategorie"),
    "sr.col_records": ("Records", "Aantal"),
    "sr.col_purpose_basis": ("Purpose and lawful basis", "Doel en regsgrond"),
    "sr.col_retention": ("Retention", "Bewaring"),
    "sr.household_others": ("Other members of your household", "Ander lede van u huishouding"),
    "sr.purpose": ("Purpose", "Doel"),
    "sr.lawful_basis": ("Lawful basis", "Regsgrond"),
    "sr.col_person": ("Person", "Persoon"),
    "sr.col_relationship": ("Relationship to you", "Verhouding tot u"),
    "sr.col_detail": ("Detail", "Besonderhede"),
    "sr.you_role": ("You: {role}", "U: {role}"),
    "sr.owner": ("Owner: {owner}", "Eienaar: {owner}"),
    "sr.joint": (" · joint", " · gesamentlik"),
    "sr.cover": ("Cover:", "Dekking:"),
    "sr.fund_value": ("Fund value:", "Fondswaarde:"),
    "sr.from": ("From {date}", "Vanaf {date}"),
    "sr.to": ("To {date}", "Tot {date}"),
    "sr.col_provider_number": ("Provider and number", "Verskaffer en nommer"),
    "sr.col_product": ("Product", "Produk"),
    "sr.col_people": ("People on the policy", "Persone op die polis"),
    "sr.col_premium": ("Premium", "Premie"),
    "sr.col_amounts": ("Amounts", "Bedrae"),
    "sr.col_term": ("Term", "Termyn"),
    "sr.policy_notes": ("Notes on your policies", "Notas oor u polisse"),
    "sr.col_policy_number": ("Policy number", "Polisnommer"),
    "sr.col_note": ("Note", "Nota"),
    "sr.col_description": ("Description", "Beskrywing"),
    "sr.col_kind": ("Kind", "Soort"),
    "sr.col_value": ("Value", "Waarde"),
    "sr.col_valued_on": ("Valued on", "Gewaardeer op"),
    "sr.col_share": ("Your share", "U aandeel"),
    "sr.col_joint_with": ("Held jointly with", "Gesamentlik gehou met"),
    "sr.col_lender_kind": ("Lender and kind", "Kredietgewer en soort"),
    "sr.col_account": ("Account", "Rekening"),
    "sr.col_balance": ("Balance", "Saldo"),
    "sr.col_monthly": ("Monthly", "Maandeliks"),
    "sr.col_rate": ("Rate", "Koers"),
    "sr.col_ends": ("Ends", "Eindig"),
    "sr.col_joint": ("Joint with", "Gesamentlik met"),
    "sr.col_income_expense": ("Income or expense", "Inkomste of uitgawe"),
    "sr.col_amount": ("Amount", "Bedrag"),
    "sr.col_frequency": ("Frequency", "Frekwensie"),
    "sr.col_goal": ("Goal", "Doelwit"),
    "sr.col_target_amount": ("Target amount", "Teikenbedrag"),
    "sr.col_target_date": ("Target date", "Teikendatum"),
    "sr.col_priority": ("Priority", "Prioriteit"),
    "sr.col_status": ("Status", "Status"),
    "sr.col_assessed_on": ("Assessed on", "Beoordeel op"),
    "sr.col_result": ("Result", "Uitslag"),
    "sr.col_score": ("Score", "Telling"),
    "sr.col_method": ("Method", "Metode"),
    "sr.col_assessed_by": ("Assessed by", "Beoordeel deur"),
    "sr.col_notes": ("Notes", "Notas"),
    "sr.advice_basis": (
        "Information the advice was based on: {text}",
        "Inligting waarop die advies gebaseer was: {text}",
    ),
    "sr.products_considered": ("Products considered: {text}", "Produkte oorweeg: {text}"),
    "sr.recommendation": ("Recommendation: {text}", "Aanbeveling: {text}"),
    "sr.why_suits": ("Why it suits you: {text}", "Waarom dit by u pas: {text}"),
    "sr.finalised": ("Finalised {date}", "Gefinaliseer {date}"),
    "sr.record_of_advice": ("Record of advice", "Advieserekord"),
    "sr.col_date": ("Date", "Datum"),
    "sr.col_type": ("Type", "Tipe"),
    "sr.col_subject_note": ("Subject and note", "Onderwerp en nota"),
    "sr.col_by": ("By", "Deur"),
    "sr.col_task": ("Task", "Taak"),
    "sr.col_due": ("Due", "Sperdatum"),
    "sr.col_details": ("Details", "Besonderhede"),
    "sr.col_no": ("No.", "Nr."),
    "sr.col_file": ("File and description", "Lêer en beskrywing"),
    "sr.col_size": ("Size", "Grootte"),
    "sr.col_received": ("Received", "Ontvang"),
    "sr.col_in_package": ("In the package as", "In die pakket as"),
    "sr.not_available": ("not available", "nie beskikbaar nie"),
    "sr.consents_note": (
        "Every entry is kept: the newest entry for a purpose is the one that applies now.",
        "Elke inskrywing word bewaar: die nuutste inskrywing vir 'n doel is die een wat nou geld.",
    ),
    "sr.special": (" (special personal information)", " (spesiale persoonlike inligting)"),
    "sr.col_recorded": ("Recorded", "Aangeteken"),
    "sr.col_basis": ("Basis", "Regsgrond"),
    "sr.col_how": ("How", "Hoe"),
    "sr.col_wording": ("Wording", "Bewoording"),
    "sr.who_received": (
        "{number}. Who has received your information",
        "{number}. Wie u inligting ontvang het",
    ),
    "sr.s23b": (
        "Section 23(1)(b) gives you the right to know the identity or categories of every "
        "third party who has, or had, access to your information. Our disclosure register "
        "records every export, print or copy of your information to someone outside the "
        "practice, with the recipient and the date:",
        "Artikel 23(1)(b) gee u die reg om die identiteit of kategorieë te ken van elke "
        "derde party wat toegang tot u inligting het of gehad het. Ons "
        "openbaarmakingsregister teken elke uitvoer, drukstuk of afskrif van u inligting "
        "aan iemand buite die praktyk aan, met die ontvanger en die datum:",
    ),
    "sr.col_recipient": ("Recipient", "Ontvanger"),
    "sr.col_shared": ("Information shared", "Inligting gedeel"),
    "sr.no_third_party": (
        "No third party has received your personal information from us.",
        "Geen derde party het u persoonlike inligting van ons ontvang nie.",
    ),
    "sr.copies_one": (
        "We have also given you copies of your information 1 time before (most recently on "
        "{date}).",
        "Ons het ook een keer tevore afskrifte van u inligting aan u gegee (die mees "
        "onlangse op {date}).",
    ),
    "sr.copies_many": (
        "We have also given you copies of your information {count} times before (most "
        "recently on {date}).",
        "Ons het ook {count} keer tevore afskrifte van u inligting aan u gegee (die mees "
        "onlangse op {date}).",
    ),
    "sr.inside": (
        "Inside the practice, only staff who need your information to serve you (your "
        "planner, their assistants and our compliance officer) can see it; every time a "
        "client record is opened, exported or printed, it is recorded in our audit trail. "
        "Your information is stored encrypted on the practice's own computers and is not "
        "sent to any cloud service.",
        "Binne die praktyk kan slegs personeel wat u inligting nodig het om u te bedien (u "
        "beplanner, sy of haar assistente en ons nakomingsbeampte) dit sien; elke keer wat "
        "'n kliëntrekord oopgemaak, uitgevoer of gedruk word, word dit in ons ouditspoor "
        "aangeteken. U inligting word geënkripteer op die praktyk se eie rekenaars gestoor "
        "en na geen wolkdiens gestuur nie.",
    ),
    "sr.your_rights": ("{number}. Your rights", "{number}. U regte"),
    "sr.our_officer": ("our information officer", "ons inligtingsbeampte"),
    "sr.correction_heading": (
        "Correction or deletion (section 24)",
        "Regstelling of skrapping (artikel 24)",
    ),
    "sr.correction": (
        "You may ask us to correct or delete personal information that is inaccurate, "
        "irrelevant, excessive, out of date, incomplete, misleading or obtained unlawfully, "
        "or to destroy or delete a record we are no longer allowed to keep. Use Form 2 of "
        "the POPIA Regulations (request for correction or deletion) and send it to {where}. "
        "We will correct the record, tell every earlier recipient listed above where the "
        "change affects decisions about you (section 24(3)), and confirm in writing what we "
        "did (section 24(4)).",
        "U kan ons vra om persoonlike inligting reg te stel of te skrap wat onakkuraat, "
        "irrelevant, buitensporig, verouderd, onvolledig of misleidend is, of onregmatig "
        "verkry is, of om 'n rekord te vernietig of te skrap wat ons nie meer mag bewaar "
        "nie. Gebruik Vorm 2 van die POPIA-regulasies (versoek om regstelling of "
        "skrapping) en stuur dit aan {where}. Ons sal die rekord regstel, elke vorige "
        "ontvanger hierbo in kennis stel waar die verandering besluite oor u raak (artikel "
        "24(3)), en skriftelik bevestig wat ons gedoen het (artikel 24(4)).",
    ),
    "sr.kept_by_law": (
        "Some records must by law be kept for a period even after you ask for deletion: the "
        "FAIS General Code of Conduct requires records of advice and product records for 5 "
        "years, and FICA requires identification records for 5 years after our relationship "
        "ends. We then restrict those records to that legal purpose and delete or "
        "de-identify them as soon as the period ends.",
        "Sommige rekords moet volgens wet vir 'n tydperk bewaar word, selfs nadat u om "
        "skrapping gevra het: die FAIS Algemene Gedragskode vereis advieserekords en "
        "produkrekords vir 5 jaar, en FICA vereis identifikasierekords vir 5 jaar nadat ons "
        "verhouding eindig. Ons beperk daardie rekords dan tot dié wetlike doel en skrap of "
        "de-identifiseer hulle sodra die tydperk verstryk.",
    ),
    "sr.objection_heading": ("Objection (section 11(3))", "Beswaar (artikel 11(3))"),
    "sr.objection": (
        "You may object at any time, on reasonable grounds, to processing based on "
        "legitimate interests, and at any time to processing for direct marketing. Use Form "
        "1 of the POPIA Regulations. Once you object we stop that processing, except where "
        "the law requires us to continue.",
        "U kan te eniger tyd, op redelike gronde, beswaar maak teen verwerking wat op "
        "regmatige belange gebaseer is, en te eniger tyd teen verwerking vir direkte "
        "bemarking. Gebruik Vorm 1 van die POPIA-regulasies. Sodra u beswaar maak, staak "
        "ons daardie verwerking, behalwe waar die wet vereis dat ons voortgaan.",
    ),
    "sr.marketing_heading": ("Direct marketing (section 69)", "Direkte bemarking (artikel 69)"),
    "sr.marketing": (
        "We send marketing only with your consent or, as an existing client, about similar "
        "products with an option to opt out every time. You may opt out at any time by "
        "telling us; we stop at once, everywhere.",
        "Ons stuur slegs bemarking met u toestemming of, as bestaande kliënt, oor "
        "soortgelyke produkte met elke keer die keuse om te onttrek. U kan te eniger tyd "
        "onttrek deur ons in kennis te stel; ons hou dadelik en oral op.",
    ),
    "sr.complaints_heading": (
        "Complaints to the Information Regulator",
        "Klagtes by die Inligtingsreguleerder",
    ),
    "sr.complaints": (
        "If you are not satisfied with how we handled your request or your information, you "
        "may lodge a complaint with the Information Regulator (Form 5):",
        "Indien u nie tevrede is met die hantering van u versoek of u inligting nie, kan u "
        "'n klagte by die Inligtingsreguleerder indien (Vorm 5):",
    ),
    "sr.checking_heading": ("Checking this package", "Kontrole van hierdie pakket"),
    "sr.checking": (
        "The file manifest-sha256.txt in the package lists a SHA-256 checksum for every "
        "file; the footer of every page of this report shows the checksum of data.json. If "
        "a checksum does not match, the file was changed after we produced it.",
        "Die lêer manifest-sha256.txt in die pakket lys 'n SHA-256-kontrolesom vir elke "
        "lêer; die voetskrif van elke bladsy van hierdie verslag toon die kontrolesom van "
        "data.json. Indien 'n kontrolesom nie ooreenstem nie, is die lêer verander nadat "
        "ons dit opgestel het.",
    ),
    # --- mail merge (reports/letter.py, services/letters.py) ----------------------------
    "merge.as_soon": ("as soon as you can", "so gou as wat u kan"),
    "merge.your_planner": ("your planner", "u beplanner"),
    "merge.on_phone": (" on {phone}", " by {phone}"),
    "merge.at_email": (" at {email}", " by {email}"),
    "merge.or": (" or", " of"),
    "merge.client_services": ("Client services", "Kliëntediens"),
    "merge.fsp": (", FSP {number}", ", FDV {number}"),
    # The built-in templates (services/letters.py BUILT_IN); a practice's own templates are
    # printed as the practice wrote them.
    "tpl.review_invitation.title": (
        "Invitation to your annual review",
        "Uitnodiging na u jaarlikse oorsig",
    ),
    "tpl.review_invitation.subject": (
        "Time for your review, {client.first_name}",
        "Tyd vir u oorsig, {client.first_name}",
    ),
    "tpl.review_invitation.body": (
        "It is time for your review with {planner.name}. We will look at your cover, your "
        "investments and retirement savings, and at anything in your life that has changed "
        "since we last met, so that your plan still fits.\n\n"
        "Your review is due on {client.next_review}. Please contact us{practice.contact} "
        "to choose a time that suits you.\n\n"
        "Please bring recent payslips, statements from other providers and any letters "
        "about your medical aid, so that we can update your records.",
        "Dit is tyd vir u oorsig met {planner.name}. Ons sal na u dekking, u beleggings en "
        "aftreespaargeld kyk, en na enigiets in u lewe wat verander het sedert ons laas "
        "ontmoet het, sodat u plan steeds pas.\n\n"
        "U oorsig is op {client.next_review} verskuldig. Kontak ons asseblief"
        "{practice.contact} om 'n tyd te kies wat u pas.\n\n"
        "Bring asseblief onlangse salarisstrokies, state van ander verskaffers en enige "
        "briewe oor u mediese fonds saam, sodat ons u rekords kan bywerk.",
    ),
    "tpl.policy_anniversary.title": ("Your policy anniversary", "U polisherdenking"),
    "tpl.policy_anniversary.subject": (
        "Your {policy.provider} policy {policy.number}",
        "U {policy.provider}-polis {policy.number}",
    ),
    "tpl.policy_anniversary.body": (
        "Your {policy.product} policy {policy.number} with {policy.provider} reaches its "
        "anniversary on {policy.anniversary}. Its premium is now {policy.premium}; if the "
        "policy escalates, the provider will write to you with the new premium.\n\n"
        "This is a good moment to check that the cover and the beneficiaries still suit "
        "you. {planner.name} would be glad to go through it with you.",
        "U polis {policy.number} ({policy.product}) by {policy.provider} bereik sy "
        "herdenkingsdatum op {policy.anniversary}. Die premie is tans {policy.premium}; "
        "indien die polis eskaleer, sal die verskaffer u skriftelik van die nuwe premie in "
        "kennis stel.\n\n"
        "Dit is 'n goeie geleentheid om seker te maak dat die dekking en die begunstigdes u "
        "steeds pas. {planner.name} gaan dit graag saam met u deur.",
    ),
    "tpl.market_update.title": (
        "Market update and new offerings",
        "Markoorsig en nuwe aanbiedinge",
    ),
    "tpl.market_update.subject": (
        "Market update from {practice.name}",
        "Markoorsig van {practice.name}",
    ),
    "tpl.market_update.body": (
        "Markets moved a great deal this year. {planner.name} has prepared a short note on "
        "what it means for long-term investors, and on new tax-free savings options.\n\n"
        "You receive this letter because you agreed to hear from us. To stop receiving "
        "marketing letters, tell us at any time (POPIA section 69).",
        "Die markte het hierdie jaar aansienlik beweeg. {planner.name} het 'n kort nota "
        "opgestel oor wat dit vir langtermynbeleggers beteken, en oor nuwe belastingvrye "
        "spaaropsies.\n\n"
        "U ontvang hierdie brief omdat u ingestem het om van ons te hoor. Om nie meer "
        "bemarkingsbriewe te ontvang nie, laat weet ons te eniger tyd (POPIA artikel 69).",
    ),
    "tpl.provider_information_request.title": (
        "Request for policy information (to the provider)",
        "Versoek om polisinligting (aan die verskaffer)",
    ),
    "tpl.provider_information_request.subject": (
        "Policy {policy.number}: {client.full_name}",
        "Polis {policy.number}: {client.full_name}",
    ),
    "tpl.provider_information_request.body": (
        "We are the appointed financial services provider (FSP {practice.fsp_number}) of "
        "{client.full_name}, identity number {client.id_number}, the owner of policy "
        "{policy.number}.\n\n"
        "With our client's consent, please send us the current values, premiums, "
        "beneficiaries and any surrender or early-termination charges of the policy, for "
        "our client's review.",
        "Ons is die aangestelde finansiëledienste-verskaffer (FDV {practice.fsp_number}) van "
        "{client.full_name}, identiteitsnommer {client.id_number}, die eienaar van polis "
        "{policy.number}.\n\n"
        "Stuur ons asseblief, met ons kliënt se toestemming, die huidige waardes, premies, "
        "begunstigdes en enige afkoop- of vroeë-beëindigingskoste van die polis, vir ons "
        "kliënt se oorsig.",
    ),
}

# The Information Regulator, when the practice has not set its own lines (COMPLIANCE.md);
# services/letterhead.py reads the practice's "regulator_contact" setting.
DEFAULT_REGULATOR_LINES = (
    "The Information Regulator (South Africa)",
    "Phone: 010 023 5200",
    "Complaints (Form 5): POPIAComplaints@inforegulator.org.za",
    "Compliance matters and breach notices: POPIACompliance@inforegulator.org.za",
    "General enquiries: enquiries@inforegulator.org.za, or the Regulator's eServices portal",
)

# Lines of the Information Regulator's published details (services/letterhead.py and the
# settings default): a practice that has written its own lines keeps them as written.
REGULATOR_LINES_AF = {
    "The Information Regulator (South Africa)": "Die Inligtingsreguleerder (Suid-Afrika)",
    "Information Regulator (South Africa)": "Inligtingsreguleerder (Suid-Afrika)",
    "Phone: 010 023 5200": "Telefoon: 010 023 5200",
    "Phone 010 023 5200": "Telefoon 010 023 5200",
    "Complaints (Form 5): POPIAComplaints@inforegulator.org.za":
        "Klagtes (Vorm 5): POPIAComplaints@inforegulator.org.za",
    "Compliance matters and breach notices: POPIACompliance@inforegulator.org.za":
        "Nakomingsake en kennisgewings van sekuriteitskompromitterings: POPIACompliance@inforegulator.org.za",
    "Breach notices and compliance: POPIACompliance@inforegulator.org.za":
        "Kennisgewings van sekuriteitskompromitterings en nakoming: POPIACompliance@inforegulator.org.za",
    "General enquiries: enquiries@inforegulator.org.za, or the Regulator's eServices portal":
        "Algemene navrae: enquiries@inforegulator.org.za, of die Reguleerder se "
        "eServices-portaal",
    "Enquiries: enquiries@inforegulator.org.za": "Navrae: enquiries@inforegulator.org.za",
    "JD House, 27 Stiemens Street, Braamfontein, Johannesburg, 2001":
        "JD House, Stiemensstraat 27, Braamfontein, Johannesburg, 2001",
    "P.O. Box 31533, Braamfontein, Johannesburg, 2017":
        "Posbus 31533, Braamfontein, Johannesburg, 2017",
    "General enquiries: enquiries@inforegulator.org.za":
        "Algemene navrae: enquiries@inforegulator.org.za",
    "Complaints can also be lodged on the Regulator's eServices portal.":
        "Klagtes kan ook op die Reguleerder se eServices-portaal ingedien word.",
}  # fmt: skip

# Labels that arrive from the services as English display text (the correctable fields,
# the disclosure register's categories, consent purposes, the deletion outcome's lines).
TERMS_AF = {
    # services/subject_requests.py CORRECTABLE_FIELDS
    "Title": "Titel",
    "First names": "Voorname",
    "Surname": "Van",
    "Preferred name": "Voorkeurnaam",
    "ID number": "ID-nommer",
    "Passport number": "Paspoortnommer",
    "Date of birth": "Geboortedatum",
    "Gender": "Geslag",
    "Marital status": "Huwelikstatus",
    "Marriage regime": "Huweliksbedeling",
    "Income tax number": "Inkomstebelastingnommer",
    "Occupation": "Beroep",
    "Employer": "Werkgewer",
    "E-mail": "E-pos",
    "Mobile": "Selfoon",
    "Home phone": "Telefoon (huis)",
    "Work phone": "Telefoon (werk)",
    "Preferred language": "Voorkeurtaal",
    # reports/disclosure_labels.py RECIPIENT_CATEGORIES
    "Product provider": "Produkverskaffer",
    "Compliance officer": "Nakomingsbeampte",
    "Regulator": "Reguleerder",
    "Auditor": "Ouditeur",
    "The data subject": "Die datasubjek",
    "Operator (processes for the practice)": "Operateur (verwerk vir die praktyk)",
    "Referral (another adviser or professional)":
        "Verwysing ('n ander adviseur of professionele persoon)",
    "Other": "Ander",
    # services/consents.py PURPOSES
    "Financial planning and advice": "Finansiële beplanning en advies",
    "Underwriting (health information)": "Onderskrywing (gesondheidsinligting)",
    "FICA identity verification": "FICA-identiteitsverifikasie",
    "Direct marketing": "Direkte bemarking",
    "Product administration": "Produkadministrasie",
    # services/breaches.py DATA_CATEGORIES
    "Identity": "Identiteit",
    "Identity (names, ID and passport numbers, dates of birth)":
        "Identiteit (name, ID- en paspoortnommers, geboortedatums)",
    "Contact details (addresses, phone numbers, e-mail)":
        "Kontakbesonderhede (adresse, telefoonnommers, e-pos)",
    "Financial information (income, assets, liabilities)":
        "Finansiële inligting (inkomste, bates, laste)",
    "Policies and investments": "Polisse en beleggings",
    "Records of advice and notes": "Advieserekords en notas",
    "Health information (special personal information)":
        "Gesondheidsinligting (spesiale persoonlike inligting)",
    "Tax numbers": "Belastingnommers",
    "Documents (ID copies, statements)": "Dokumente (ID-afskrifte, state)",
    "Bank account details": "Bankrekeningbesonderhede",
    # services/notices.py (the s18 notice's purposes and recipients, Form 4's offer)
    "To give you financial advice suited to you": "Om u finansiële advies te gee wat by u pas",
    "Carrying out our mandate (s11(1)(b))": "Uitvoering van ons mandaat (a. 11(1)(b))",
    "To verify your identity and keep records": "Om u identiteit te verifieer en rekords te hou",
    "Obligation imposed by law: FICA, FAIS (s11(1)(c))":
        "Verpligting deur die wet opgelê: FICA, FAIS (a. 11(1)(c))",
    "To place and service your policies with providers":
        "Om u polisse by verskaffers te plaas en te diens",
    "To underwrite cover that needs health information":
        "Om dekking te onderskryf wat gesondheidsinligting vereis",
    "Your consent (s11(1)(a), s27)": "U toestemming (a. 11(1)(a), a. 27)",
    "To send you marketing (only if you agree on Form 4)":
        "Om bemarking aan u te stuur (slegs as u op Vorm 4 instem)",
    "Your consent (s11(1)(a), s69)": "U toestemming (a. 11(1)(a), a. 69)",
    "Product providers with whom we place or service your policies":
        "Produkverskaffers by wie ons u polisse plaas of diens",
    "Our compliance officer and auditors, and the FSCA, FIC or SARS when the law requires":
        "Ons nakomingsbeampte en ouditeure, en die FSCA, FIC of SARS wanneer die wet dit "
        "vereis",
    "Information about financial planning services, investment, retirement, risk cover "
    "and medical-scheme products similar to those we advise you on, newsletters and "
    "invitations to client events.":
        "Inligting oor finansiëlebeplanningsdienste, beleggings-, aftree-, risikodekking- en "
        "mediesefondsprodukte soortgelyk aan dié waaroor ons u adviseer, nuusbriewe en "
        "uitnodigings na kliëntegeleenthede.",
    # Product types (services/client_records.py), as the mail merge prints them
    "life cover": "lewensdekking",
    "disability": "ongeskiktheidsdekking",
    "dread disease": "dreigende siektes",
    "income protection": "inkomstebeskerming",
    "retirement annuity": "uittree-annuïteit",
    "pension fund": "pensioenfonds",
    "provident fund": "voorsorgfonds",
    "preservation fund": "bewaringsfonds",
    "living annuity": "lewende annuïteit",
    "tax free savings": "belastingvrye spaargeld",
    "unit trust": "effektetrust",
    "endowment": "uitkeerpolis",
    "medical aid": "mediese fonds",
    "gap cover": "gapingsdekking",
    "short term": "korttermynversekering",
    "funeral": "begrafnisdekking",
    "other": "ander",
    # Document categories (services/client_records.py), as the deletion letter lists them
    "id copy": "ID-afskrif",
    "proof of address": "bewys van adres",
    "record of advice": "advieserekord",
    "application": "aansoek",
    "statement": "staat",
    # The client summary (services/summary.py): headings of its tables and rows
    "Name": "Naam",
    "Kind": "Soort",
    "SA ID number": "SA ID-nommer",
    "Passport": "Paspoort",
    "Registration number": "Registrasienommer",
    "Planner": "Beplanner",
    "Client since": "Kliënt sedert",
    "Last review": "Laaste oorsig",
    "Role": "Rol",
    "Born": "Gebore",
    "Age": "Ouderdom",
    "Address": "Adres",
    "Provider": "Verskaffer",
    "Number": "Nommer",
    "Product": "Produk",
    "Status": "Status",
    "Premium": "Premie",
    "Cover": "Dekking",
    "Value": "Waarde",
    "Start": "Begin",
    "Description": "Beskrywing",
    "Share": "Aandeel",
    "Lender": "Kredietgewer",
    "Monthly payment": "Maandelikse paaiement",
    "Rate": "Koers",
    "Balance": "Saldo",
    "Category": "Kategorie",
    "Frequency": "Frekwensie",
    "Amount": "Bedrag",
    "Per month": "Per maand",
    "Goal": "Doelwit",
    "Target": "Teiken",
    "By": "Teen",
    "Priority": "Prioriteit",
    "Total assets": "Totale bates",
    "Total liabilities": "Totale laste",
    "Net worth": "Netto waarde",
    "Income per month": "Inkomste per maand",
    "Expenses per month": "Uitgawes per maand",
    "Surplus per month": "Surplus per maand",
    "Score": "Telling",
    "Assessed on": "Beoordeel op",
    "Method": "Metode",
    "Notes": "Notas",
    "Policies": "Polisse",
    "Fund values of active policies": "Fondswaardes van aktiewe polisse",
    "High": "Hoog",
    "Medium": "Medium",
    "Low": "Laag",
    # Choices a record holds (services/client_records.py), as _label() shows them
    "abandoned": "laat vaar",
    "achieved": "bereik",
    "active": "aktief",
    "aggressive": "aggressief",
    "annual": "jaarliks",
    "business": "besigheid",
    "cancelled": "gekanselleer",
    "cash": "kontant",
    "conservative": "konserwatief",
    "credit card": "kredietkaart",
    "education": "onderwys",
    "emergency": "noodfonds",
    "estate": "boedel",
    "home loan": "huislening",
    "investment": "belegging",
    "lapsed": "verval",
    "matured": "uitgekeer",
    "monthly": "maandeliks",
    "moderate": "gematig",
    "moderately aggressive": "gematig aggressief",
    "moderately conservative": "gematig konserwatief",
    "on track": "op koers",
    "open": "oop",
    "overdraft": "oortrekking",
    "paid up": "opbetaal",
    "personal loan": "persoonlike lening",
    "property": "eiendom",
    "quote": "kwotasie",
    "retirement": "aftrede",
    "single": "eenmalig",
    "student loan": "studielening",
    "vehicle": "voertuig",
    "vehicle finance": "voertuigfinansiering",
    "person": "persoon",
    "client": "kliënt",
    "prospect": "voornemende kliënt",
    "email": "e-pos",
    "company": "maatskappy",
    "trust": "trust",
    "main": "hoof",
    "spouse": "gade",
    "dependant": "afhanklike",
    "parent": "ouer",
    "child": "kind",
    "guardian": "voog",
    "physical": "fisies",
    "postal": "pos",
    "work": "werk",
    "married": "getroud",
    "divorced": "geskei",
    "widowed": "weduwee of wewenaar",
    "salary": "salaris",
    "household": "huishouding",
    "in community of property": "binne gemeenskap van goed",
    "out of community with accrual": "buite gemeenskap van goed met aanwas",
    "out of community without accrual": "buite gemeenskap van goed sonder aanwas",
    # The record of advice (services/roa.py): templates and section labels
    "Risk cover (life, disability, severe illness, income protection)":
        "Risikodekking (lewe, ongeskiktheid, ernstige siekte, inkomstebeskerming)",
    "Discretionary investment": "Diskresionêre belegging",
    "Retirement planning": "Aftreebeplanning",
    "Replacement of an existing product (General Code s8(1)(d))":
        "Vervanging van 'n bestaande produk (Algemene Gedragskode a. 8(1)(d))",
    "Subject": "Onderwerp",
    "Information the advice is based on": "Inligting waarop die advies gebaseer is",
    "Products considered": "Produkte oorweeg",
    "Recommendation": "Aanbeveling",
    "Why it suits the client": "Waarom dit by die kliënt pas",
    "Needs analysis": "Behoefte-ontleding",
    "Fees disclosed": "Fooie bekend gemaak",
    "Commission disclosed": "Kommissie bekend gemaak",
    "Product being replaced": "Produk wat vervang word",
    "Comparison of the two products": "Vergelyking van die twee produkte",
    "Why replacing is in the client's interest":
        "Waarom vervanging in die kliënt se belang is",
    # The data-subject report's categories (services/subject_export.py CATEGORIES)
    "Household and relationships": "Huishouding en verhoudings",
    "Financial goals": "Finansiële doelwitte",
    "Notes and records of advice": "Notas en advieserekords",
    "Tasks concerning you": "Take wat u raak",
    "Documents": "Dokumente",
    "Consents and their history": "Toestemmings en hul geskiedenis",
    "Disclosures to third parties": "Openbaarmakings aan derde partye",
    "Assets": "Bates",
    "Liabilities": "Laste",
    "Income and expenses": "Inkomste en uitgawes",
    "Risk profile": "Risikoprofiel",
    "Policies and products": "Polisse en produkte",
    "Contact details": "Kontakbesonderhede",
    "To know who you are, verify your identity and meet our duties as an accountable "
    "institution; to give advice suited to you.":
        "Om te weet wie u is, u identiteit te verifieer en ons pligte as 'n "
        "aanspreeklike instelling na te kom; om advies te gee wat by u pas.",
    "Legal obligation: FICA customer due diligence (s11(1)(c)); performance of our "
    "advice mandate with you (s11(1)(b)).":
        "Wetlike verpligting: FICA-kliëntenoukeurigheidsondersoek (a. 11(1)(c)); "
        "uitvoering van ons adviesmandaat met u (a. 11(1)(b)).",
    "5 years after our business relationship ends (FICA s23).":
        "5 jaar nadat ons sakeverhouding eindig (FICA a. 23).",
    "To contact you about your financial plan, your products and service matters.":
        "Om u te kontak oor u finansiële plan, u produkte en dienssake.",
    "Performance of our mandate with you (s11(1)(b)). Marketing only with your "
    "consent (s11(1)(a), s69).":
        "Uitvoering van ons mandaat met u (a. 11(1)(b)). Bemarking slegs met u "
        "toestemming (a. 11(1)(a), a. 69).",
    "To plan for the people who depend on you: cover needs, beneficiaries, estate planning.":
        "Om te beplan vir die mense wat van u afhanklik is: dekkingsbehoeftes, "
        "begunstigdes, boedelbeplanning.",
    "Performance of our mandate with you (s11(1)(b)).":
        "Uitvoering van ons mandaat met u (a. 11(1)(b)).",
    "To advise on, place and service the products you hold or are named on.":
        "Om advies te gee oor, en die plasing en diens van, die produkte wat u hou of "
        "waarop u genoem word.",
    "Performance of our mandate (s11(1)(b)); legal obligation to keep records "
    "(FAIS General Code s3(2), s11(1)(c)).":
        "Uitvoering van ons mandaat (a. 11(1)(b)); wetlike verpligting om rekords te hou "
        "(FAIS Algemene Gedragskode a. 3(2), a. 11(1)(c)).",
    "5 years after the product ends (FAIS General Code of Conduct s3(2)).":
        "5 jaar nadat die produk eindig (FAIS Algemene Gedragskode a. 3(2)).",
    "Financial needs analysis: the balance sheet your advice is based on.":
        "Finansiële behoefte-ontleding: die balansstaat waarop u advies gebaseer is.",
    "Legal obligation to base advice on your circumstances (FAIS General Code s8, "
    "s11(1)(c)); performance of our mandate (s11(1)(b)).":
        "Wetlike verpligting om advies op u omstandighede te baseer (FAIS Algemene "
        "Gedragskode a. 8, a. 11(1)(c)); uitvoering van ons mandaat (a. 11(1)(b)).",
    "5 years after the advice based on it was given (FAIS General Code s3(2)).":
        "5 jaar nadat die advies wat daarop gebaseer is, gegee is (FAIS Algemene "
        "Gedragskode a. 3(2)).",
    "Financial needs analysis: the debts your advice takes into account.":
        "Finansiële behoefte-ontleding: die skuld wat u advies in ag neem.",
    "Legal obligation (FAIS General Code s8, s11(1)(c)); performance of our mandate "
    "(s11(1)(b)).":
        "Wetlike verpligting (FAIS Algemene Gedragskode a. 8, a. 11(1)(c)); uitvoering "
        "van ons mandaat (a. 11(1)(b)).",
    "Financial needs analysis: affordability of the advice and products.":
        "Finansiële behoefte-ontleding: die bekostigbaarheid van die advies en produkte.",
    "To plan towards what you want to achieve.": "Om te beplan vir wat u wil bereik.",
    "Performance of our mandate (s11(1)(b)).": "Uitvoering van ons mandaat (a. 11(1)(b)).",
    "To recommend investments that suit your attitude to and capacity for risk.":
        "Om beleggings aan te beveel wat pas by u houding teenoor, en vermoë om, risiko "
        "te dra.",
    "Legal obligation (FAIS General Code s8, s11(1)(c)).":
        "Wetlike verpligting (FAIS Algemene Gedragskode a. 8, a. 11(1)(c)).",
    "To record our interactions with you and the advice given, as the law requires.":
        "Om ons interaksies met u en die advies wat gegee is, aan te teken, soos die wet "
        "vereis.",
    "Legal obligation: record of advice (FAIS General Code s9, s11(1)(c)).":
        "Wetlike verpligting: advieserekord (FAIS Algemene Gedragskode a. 9, a. 11(1)(c)).",
    "5 years after the advice was given or the service rendered (FAIS General Code s3(2)).":
        "5 jaar nadat die advies gegee of die diens gelewer is (FAIS Algemene "
        "Gedragskode a. 3(2)).",
    "To follow up on your requests, reviews and service matters.":
        "Om u versoeke, oorsigte en dienssake op te volg.",
    "Kept with your client file: 5 years after our business relationship ends.":
        "Saam met u kliëntelêer bewaar: 5 jaar nadat ons sakeverhouding eindig.",
    "Proof of identity and address (FICA), signed records of advice, applications "
    "and statements.":
        "Bewys van identiteit en adres (FICA), ondertekende advieserekords, aansoeke en "
        "state.",
    "Legal obligation (FICA, FAIS; s11(1)(c)); performance of our mandate (s11(1)(b)).":
        "Wetlike verpligting (FICA, FAIS; a. 11(1)(c)); uitvoering van ons mandaat "
        "(a. 11(1)(b)).",
    "5 years after our business relationship ends (FICA s23) or after the advice "
    "(FAIS s3(2)), whichever is later.":
        "5 jaar nadat ons sakeverhouding eindig (FICA a. 23) of ná die advies (FAIS "
        "a. 3(2)), wat ook al die laaste is.",
    "To prove what you agreed to, refused or withdrew, and when.":
        "Om te bewys waarmee u ingestem het, wat u geweier of teruggetrek het, en wanneer.",
    "Legal obligation: the burden of proving consent (POPIA s11(2)(a)).":
        "Wetlike verpligting: die bewyslas van toestemming (POPIA a. 11(2)(a)).",
    "As long as the processing continues, and 5 years after.":
        "Solank die verwerking voortduur, en 5 jaar daarna.",
    "To tell you who received your information (s23(1)(b)) and to tell them of "
    "corrections (s24(3)).":
        "Om u mee te deel wie u inligting ontvang het (a. 23(1)(b)) en om hulle van "
        "regstellings in kennis te stel (a. 24(3)).",
    "Legal obligation (POPIA s23, s24; s11(1)(c)).":
        "Wetlike verpligting (POPIA a. 23, a. 24; a. 11(1)(c)).",
    "As long as we hold any of your information.":
        "Solank ons enige van u inligting hou.",
    "This package holds your own personal information. The personal information of other "
    "members of your household (for example your spouse's own policies, income, notes or "
    "documents) is not included; each person may request their own. Included are the "
    "names of the people you are related to, policies you own jointly or are named on, "
    "and assets or debts you hold jointly, because those are also your information.":
        "Hierdie pakket bevat u eie persoonlike inligting. Die persoonlike inligting van "
        "ander lede van u huishouding (byvoorbeeld u gade se eie polisse, inkomste, notas "
        "of dokumente) is nie ingesluit nie; elke persoon kan sy of haar eie aanvra. "
        "Ingesluit is die name van die mense met wie u verwant is, polisse wat u "
        "gesamentlik besit of waarop u genoem word, en bates of skuld wat u gesamentlik "
        "hou, omdat dit ook u inligting is.",
    # The data-subject report's field labels and values (reports/subject_report.py)
    "Client number": "Kliëntnommer",
    "Passport country": "Paspoortland",
    "Company or trust name": "Maatskappy- of trustnaam",
    "Processing restricted": "Verwerking beperk",
    "Objection recorded": "Beswaar aangeteken",
    "Record created": "Rekord geskep",
    "Record last changed": "Rekord laas verander",
    "Relationship ended": "Verhouding geëindig",
    "Physical address": "Fisiese adres",
    "Postal address": "Posadres",
    "Work address": "Werkadres",
    "Yes": "Ja",
    "No": "Nee",
    "income": "inkomste",
    "expense": "uitgawe",
    "consent": "toestemming",
    "given": "gegee",
    "refused": "geweier",
    "withdrawn": "teruggetrek",
    "legal obligation": "wetlike verpligting",
    "contract": "kontrak",
    "legitimate interest": "regmatige belang",
    "call": "oproep",
    "meeting": "vergadering",
    "advice": "advies",
    "note": "nota",
    "done": "afgehandel",
    "review": "oorsig",
    "follow up": "opvolging",
    "export": "uitvoer",
    "print": "druk",
    "copy": "afskrif",
    "portal": "portaal",
    "in person": "persoonlik",
    "request": "versoek",
    "paper": "papier",
    "verbal": "mondeling",
    "owner": "eienaar",
    "life assured": "lewensversekerde",
    "beneficiary": "begunstigde",
    "premium payer": "premiebetaler",
    "female": "vroulik",
    "male": "manlik",
    "Provider portal": "Verskafferportaal",
    "Export": "Uitvoer",
    "Print": "Druk",
    "Copy": "Afskrif",
    "In person": "Persoonlik",
    # services/deletion.py
    "Everything we held about you": "Alles wat ons oor u gehou het",
    "Your e-mail address and phone numbers": "U e-posadres en telefoonnommers",
    "Your name, ID and passport numbers, date of birth, tax number, occupation, "
    "employer and addresses: the records we keep no longer show who you are":
        "U naam, ID- en paspoortnommers, geboortedatum, belastingnommer, beroep, werkgewer "
        "en adresse: die rekords wat ons bewaar, toon nie meer wie u is nie",
    "Your identity record: name, ID number, date of birth and residential address "
    "(customer due diligence)":
        "U identiteitsrekord: naam, ID-nommer, geboortedatum en woonadres "
        "(kliëntenoukeurigheidsondersoek)",
    "5 years after our business relationship ends": "5 jaar nadat ons sakeverhouding eindig",
    "5 years after it ends": "5 jaar nadat dit eindig",
    "The financial needs analysis your advice was based on (assets, debts, income "
    "and expenses, risk profile)":
        "Die finansiële behoefte-ontleding waarop u advies gebaseer was (bates, skuld, "
        "inkomste en uitgawes, risikoprofiel)",
}  # fmt: skip

# Lines with a count or a name in them (services/deletion.py): (pattern, Afrikaans).
PATTERNS_AF = (
    (r"(\d+) postal or other address\(es\) \(your residential address is kept\)",
     r"\1 pos- of ander adres(se) (u woonadres word bewaar)"),
    (r"(\d+) financial goal\(s\)", r"\1 finansiële doelwit(te)"),
    (r"(\d+) task\(s\) and follow-up\(s\)", r"\1 taak/take en opvolging(s)"),
    (r"(\d+) note\(s\) of calls, meetings and e-mails",
     r"\1 nota('s) van oproepe, vergaderings en e-posse"),
    (r"(\d+) link\(s\) to family members or other people",
     r"\1 skakel(s) na familielede of ander persone"),
    (r"(\d+) document\(s\) no law requires us to keep",
     r"\1 dokument(e) wat geen wet vereis dat ons bewaar nie"),
    (r"(\d+) asset\(s\)", r"\1 bate(s)"),
    (r"(\d+) liabilit\(y/ies\)", r"\1 las(te)"),
    (r"(\d+) income and expense line\(s\)", r"\1 inkomste- en uitgaweslyn(e)"),
    (r"(\d+) risk profile\(s\)", r"\1 risikoprofiel(e)"),
    (r"(\d+) consent record\(s\) no kept record depends on",
     r"\1 toestemmingsrekord(s) waarvan geen bewaarde rekord afhang nie"),
    (r"Product providers with whom we place or service your policies \(now: (.+)\)",
     r"Produkverskaffers by wie ons u polisse plaas of diens (tans: \1)"),
    (r"(.+) \(age (\d+)\)", r"\1 (ouderdom \2)"),
    (r"(-?R [\d .]+) monthly", r"\1 maandeliks"),
    (r"(-?R [\d .]+) annual", r"\1 jaarliks"),
    (r"(-?R [\d .]+) single", r"\1 eenmalig"),
    (r"Document: (.+)", lambda m: "Dokument: " + TERMS_AF.get(m.group(1), m.group(1))),
    (r"Record of advice(.*)", r"Advieserekord\1"),
    (r"Policy (.+)", r"Polis \1"),
    (r"Consent record: (.+)", lambda m: "Toestemmingsrekord: " + TERMS_AF.get(m.group(1), m.group(1))),
)  # fmt: skip

# Titles in a salutation ("Dear Ms Dlamini" -> "Geagte me. Dlamini").
TITLES_AF = {
    "Mr": "mnr.", "Mr.": "mnr.", "Mrs": "mev.", "Mrs.": "mev.", "Ms": "me.", "Ms.": "me.",
    "Miss": "mej.", "Dr": "dr.", "Dr.": "dr.", "Prof": "prof.", "Prof.": "prof.",
    "Adv": "adv.", "Adv.": "adv.", "Rev": "ds.", "Rev.": "ds.", "Ds": "ds.",
}  # fmt: skip


_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTH_NUMBER = {name[:3]: number for number, name in enumerate(_MONTHS_EN, start=1)}
_ENGLISH_DATE = re.compile(
    r"\b(\d{1,2}) (" + "|".join(_MONTHS_EN) + "|" + "|".join(_MONTH_NUMBER) + r") (\d{4})\b"
)


def normalise_language(language: str | None) -> str:
    """ "af", "afrikaans", "Afrikaans" -> "af"; anything unknown -> English."""
    word = (language or "").strip().casefold()
    if word in ("af", "afr", "afrikaans", "af-za", "af_za"):
        return AFRIKAANS
    return ENGLISH


@dataclass(frozen=True)
class Words:
    """The sentences of one language: ``w("del.subject")``, ``w.date(day)``."""

    language: str = ENGLISH

    @property
    def afrikaans(self) -> bool:
        return self.language == AFRIKAANS

    def __call__(self, key: str, **values: object) -> str:
        english, afrikaans = TEXT[key]
        template = afrikaans if self.afrikaans else english
        return template.format(**values) if values else template

    def date(self, value: dt.date | dt.datetime | None) -> str:
        """25 November 2026 / 25 November 2026; 1 December 2026 / 1 Desember 2026."""
        if value is None:
            return ""
        if self.afrikaans:
            return f"{value.day} {MONTHS_AF[value.month - 1]} {value.year}"
        return f"{value.day} {value:%B %Y}"

    def short_date(self, value: dt.date | dt.datetime) -> str:
        """1 Dec 2026 / 1 Des 2026."""
        if self.afrikaans:
            return f"{value.day} {MONTHS_AF_SHORT[value.month - 1]} {value.year}"
        return f"{value.day} {value:%b %Y}"

    def term(self, english: str) -> str:
        """A label the services give in English, in this language (unknown ones as given:
        they are the practice's own words or the client's data)."""
        if not self.afrikaans or not english:
            return english
        if english in TERMS_AF:
            return TERMS_AF[english]
        lower = english[0].lower() + english[1:]
        if lower in TERMS_AF:  # a capitalised label ("Life cover"): capitalise the Afrikaans
            found = TERMS_AF[lower]
            return found[0].upper() + found[1:]
        for pattern, replacement in PATTERNS_AF:
            if re.fullmatch(pattern, english):
                return self.dates(re.sub(pattern, replacement, english))
        return english

    def dates(self, text: str) -> str:
        """English dates inside display text the services made ("1 Feb 1978",
        "25 November 2026") in this language."""
        if not self.afrikaans or not text:
            return text

        def month(match: re.Match) -> str:
            number = _MONTH_NUMBER[match.group(2)[:3]]
            names = MONTHS_AF if len(match.group(2)) > 3 else MONTHS_AF_SHORT
            return f"{match.group(1)} {names[number - 1]} {match.group(3)}"

        return _ENGLISH_DATE.sub(month, text)

    def regulator_line(self, line: str) -> str:
        return REGULATOR_LINES_AF.get(line, line) if self.afrikaans else line

    def salutation(self, text: str) -> str:
        """ "Dear Ms Müller" -> "Geagte me. Müller"; names stay as written."""
        if not self.afrikaans or not text:
            return text
        for key in ("dear_sir_madam", "dear_parent"):
            if text == TEXT[key][0]:
                return TEXT[key][1]
        if text.startswith("Dear "):
            rest = text[len("Dear ") :]
            first, _, others = rest.partition(" ")
            if first in TITLES_AF and others:
                rest = f"{TITLES_AF[first]} {others}"
            return f"Geagte {rest}"
        return text

    def name(self, text: str) -> str:
        """An addressee's name: only the made-up "The parent or guardian of X" changes."""
        prefix = "The parent or guardian of "
        if self.afrikaans and text.startswith(prefix):
            return self("parent_of", name=text[len(prefix) :])
        return text


def words(language: str | None) -> Words:
    return Words(normalise_language(language))
