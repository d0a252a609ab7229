<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_ZA" sourcelanguage="en_ZA">
<context>
    <name>AdministratorPage</name>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator manages users and backups. Choose a password of at least 10 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Thandi Mokoena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. thandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the administrator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: another copy of ClientManager has this practice open for changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked that these two records are the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pair may be the same person. Compare them on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pairs may be the same person. Choose one to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible duplicates: no two clients share an ID number, e-mail, mobile, or name and date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to the kept record: {moving}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} finalised record(s) of advice are copied exactly: the originals cannot be changed (FAIS General Code s9), so the other record is archived, holding only them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other record is then removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged client #{other} into #{kept}. The merge is in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Decide about the duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows look like clients you already have (by SA ID, then e-mail or mobile, then name and date of birth) or like an earlier row of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row matches a client or an earlier row. Nothing to decide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client list exported from another system or kept in Excel: CSV (any encoding, comma, semicolon or tab) or an .xlsx workbook. Sheets called Policies or Notes are imported with the clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{encoding} text, {delimiter}-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; sheet “{name}”: {count} {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows and {columns} columns ({how}){extra}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is imported in one step: if you stop it, or anything goes wrong, nothing is imported at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping; undoing what was written so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next time ClientManager starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer (in {where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unlocked key is kept in the operating system&apos;s keyring for your account, so you are not asked for the password here. It is never stored in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring, so the password is asked for each time. The key is never stored anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose password to reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is on the sheet printed when the practice was set up. It lets you choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user name whose password to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code from the printed sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the practice now: the key is dropped until you sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the practice now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {user} · {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked · encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file, and where it goes. The guesses come from the column names; correct any that are wrong. Columns set to “not imported” are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the mapping a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the mapping “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the surname (or the full name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Your practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details appear on letters and data reports to clients. The information officer is the person responsible for POPIA compliance (s55).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Karoo Wealth Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@practice.co.za</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 021 555 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSP licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the practice&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the information officer (POPIA s55).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeTools</name>
    <message>
        <source>P&amp;OPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;data-subject package for this client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rights register (requests)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breach register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention &amp;review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked as the client form would check it. Rows with a problem are not imported; you can save them at the end, fix them and import them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ready} rows are ready, {dups} of them possible duplicates; {bad} rows have a problem and will not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing every problem and duplicate, and the first ready rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code replaces the printed one: the old sheet stops working at once (backups taken from now on open with the new code). Do this when the old sheet is lost or may have been seen by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the new code and will lock it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the recovery code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed recovery sheet will stop working. Issue a new code?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every password is forgotten, this code is the only way to open the practice or its backups. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery code and will lock it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it somewhere safe and apart from the computer, such as the practice&apos;s safe. Anyone who has the code and a copy of the data can read every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code unlocks the practice database and its backups when no password is known. Store it in a safe, away from the computer. Replace it from &lt;i&gt;Practice › New recovery code…&lt;/i&gt; or with &lt;tt&gt;clientmanager recovery-code&lt;/tt&gt; if it may have been seen by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows to fix as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} new client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} new clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} existing client updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} existing clients updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} duplicate already up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} duplicates already up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} row not imported because of a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows not imported because of a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also added: households {h}, policies {p}, notes {n}, addresses {a}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows with problems as a CSV file: each keeps its row number and the reason. Fix them in Excel and import that file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was imported or handled as a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {n} rows to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved ({reason}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Same {what} as client {number} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same {what} as row {row} of this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
