"""The disclosure register's labels for recipients and channels. They live in reports/
because the subject report prints them and reports/ never imports services/;
services/disclosures.py uses the same tables."""

RECIPIENT_CATEGORIES = {
    "product_provider": "Product provider",
    "compliance_officer": "Compliance officer",
    "regulator": "Regulator",
    "auditor": "Auditor",
    "data_subject": "The data subject",
    "operator": "Operator (processes for the practice)",
    "referral": "Referral (another adviser or professional)",
    "other": "Other",
}

CHANNELS = {
    "export": "Export",
    "print": "Print",
    "email": "E-mail",
    "copy": "Copy",
    "portal": "Provider portal",
    "in_person": "In person",
}
