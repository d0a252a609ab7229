<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="af_ZA" sourcelanguage="en_ZA">
<context>
    <name>AdministratorPage</name>
    <message>
        <source>The first administrator</source>
        <translation>Die eerste administrateur</translation>
    </message>
    <message>
        <source>The administrator manages users and backups. Choose a password of at least 10 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>Die administrateur bestuur gebruikers en rugsteune. Kies ’n wagwoord van minstens 10 karakters; ’n kort sin is maklik om te onthou en moeilik om te raai.</translation>
    </message>
    <message>
        <source>e.g. Thandi Mokoena</source>
        <translation>bv. Thandi Mokoena</translation>
    </message>
    <message>
        <source>e.g. thandi</source>
        <translation>bv. thandi</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volle naam</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wagwoord</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Herhaal wagwoord</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s name.</source>
        <translation>Tik die administrateur se naam.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Die twee wagwoorde verskil.</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>read-only</source>
        <translation>slegs lees</translation>
    </message>
    <message>
        <source>Read-only: another copy of ClientManager has this practice open for changes.</source>
        <translation>Slegs lees: ’n ander kopie van ClientManager het hierdie praktyk oop vir veranderinge.</translation>
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
        <translation type="unfinished">Kanselleer</translation>
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
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Soos die stelsel ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language is used from the next time ClientManager starts.</source>
        <translation>Die nuwe taal word gebruik vanaf die volgende keer dat ClientManager begin.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. Please try again.</source>
        <translation>Iets onverwags het skeefgeloop. Niks is verander nie. Probeer asseblief weer.</translation>
    </message>
    <message>
        <source>Unlock {app}</source>
        <translation>Ontsluit {app}</translation>
    </message>
    <message>
        <source>Unlock the practice</source>
        <translation>Ontsluit die praktyk</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontsluit</translation>
    </message>
    <message>
        <source>Use the recovery code…</source>
        <translation>Gebruik die herstelkode…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Verlaat</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>u gebruikersnaam</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>u wagwoord</translation>
    </message>
    <message>
        <source>Remember on this computer (in {where})</source>
        <translation>Onthou op hierdie rekenaar (in {where})</translation>
    </message>
    <message>
        <source>The unlocked key is kept in the operating system&apos;s keyring for your account, so you are not asked for the password here. It is never stored in a plain file.</source>
        <translation>Die ontsluite sleutel word vir u rekening in die bedryfstelsel se sleutelring gehou, sodat u nie hier vir die wagwoord gevra word nie. Dit word nooit in ’n gewone lêer gestoor nie.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Onthou op hierdie rekenaar</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so the password is asked for each time. The key is never stored anywhere else.</source>
        <translation>Hierdie rekenaar het geen stelselsleutelring nie, dus word die wagwoord elke keer gevra. Die sleutel word nooit elders gestoor nie.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Maak oop om slegs te lees</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wagwoord</translation>
    </message>
    <message>
        <source>whose password to reset</source>
        <translation>wie se wagwoord herstel moet word</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>minstens 10 karakters</translation>
    </message>
    <message>
        <source>The recovery code is on the sheet printed when the practice was set up. It lets you choose a new password.</source>
        <translation>Die herstelkode is op die blad wat gedruk is toe die praktyk opgestel is. Daarmee kan u ’n nuwe wagwoord kies.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelkode</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuwe wagwoord</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Herhaal dit</translation>
    </message>
    <message>
        <source>Use a password</source>
        <translation>Gebruik ’n wagwoord</translation>
    </message>
    <message>
        <source>Reset and unlock</source>
        <translation>Herstel en ontsluit</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Tik u gebruikersnaam.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Tik u wagwoord.</translation>
    </message>
    <message>
        <source>Type the user name whose password to reset.</source>
        <translation>Tik die gebruikersnaam wie se wagwoord herstel moet word.</translation>
    </message>
    <message>
        <source>Type the recovery code from the printed sheet.</source>
        <translation>Tik die herstelkode van die gedrukte blad.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Die twee wagwoorde verskil.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Besig om te ontsluit…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Lêer</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sluit</translation>
    </message>
    <message>
        <source>Lock the practice now: the key is dropped until you sign in again</source>
        <translation>Sluit die praktyk nou: die sleutel word eers weer gelaai wanneer u weer aanmeld</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Verlaat</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Kliënt</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Soek kliënt</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Nuwe kliënt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Stoor</translation>
    </message>
    <message>
        <source>&amp;Close client</source>
        <translation>Maak kliënt &amp;toe</translation>
    </message>
    <message>
        <source>&amp;Archive client…</source>
        <translation>&amp;Argiveer kliënt…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Aansig</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandag</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Verfris</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hulp</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Oor {app}</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Praktyk</translation>
    </message>
    <message>
        <source>Lock the practice now</source>
        <translation>Sluit die praktyk nou</translation>
    </message>
    <message>
        <source>Signed in as {user} · {role}</source>
        <translation>Aangemeld as {user} · {role}</translation>
    </message>
    <message>
        <source>Unlocked · encrypted</source>
        <translation>Ontsluit · geënkripteer</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesluit</translation>
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
        <translation>U praktyk</translation>
    </message>
    <message>
        <source>These details appear on letters and data reports to clients. The information officer is the person responsible for POPIA compliance (s55).</source>
        <translation>Hierdie besonderhede verskyn op briewe en verslae aan kliënte. Die inligtingsbeampte is verantwoordelik vir POPIA-nakoming (art. 55).</translation>
    </message>
    <message>
        <source>e.g. Karoo Wealth Planning</source>
        <translation>bv. Karoo Wealth Planning</translation>
    </message>
    <message>
        <source>optional, e.g. 12345</source>
        <translation>opsioneel, bv. 12345</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>volle naam</translation>
    </message>
    <message>
        <source>name@practice.co.za</source>
        <translation>naam@praktyk.co.za</translation>
    </message>
    <message>
        <source>e.g. 021 555 1234</source>
        <translation>bv. 021 555 1234</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Praktyknaam</translation>
    </message>
    <message>
        <source>FSP licence number</source>
        <translation>FDV-lisensienommer</translation>
    </message>
    <message>
        <source>Information officer</source>
        <translation>Inligtingsbeampte</translation>
    </message>
    <message>
        <source>Officer&apos;s email</source>
        <translation>Beampte se e-pos</translation>
    </message>
    <message>
        <source>Officer&apos;s phone</source>
        <translation>Beampte se telefoon</translation>
    </message>
    <message>
        <source>Type the practice&apos;s name.</source>
        <translation>Tik die praktyk se naam.</translation>
    </message>
    <message>
        <source>Name the information officer (POPIA s55).</source>
        <translation>Noem die inligtingsbeampte (POPIA art. 55).</translation>
    </message>
</context>
<context>
    <name>PracticeTools</name>
    <message>
        <source>P&amp;OPIA</source>
        <translation>P&amp;OPIA</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Rugsteune…</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Gebruikers en rolle…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Verander my &amp;wagwoord…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>Nuwe &amp;herstelkode…</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>&amp;Voer kliënte in…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Moontlike &amp;duplikate…</translation>
    </message>
    <message>
        <source>Export &amp;data-subject package for this client…</source>
        <translation>Voer &amp;datasubjekpakket vir hierdie kliënt uit…</translation>
    </message>
    <message>
        <source>&amp;Rights register (requests)…</source>
        <translation>&amp;Regteregister (versoeke)…</translation>
    </message>
    <message>
        <source>&amp;Breach register…</source>
        <translation>&amp;Inbreukregister…</translation>
    </message>
    <message>
        <source>Retention &amp;review…</source>
        <translation>Bewaring&amp;hersiening…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Ouditspoor…</translation>
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
        <translation>Nuwe herstelkode</translation>
    </message>
    <message>
        <source>A new code replaces the printed one: the old sheet stops working at once (backups taken from now on open with the new code). Do this when the old sheet is lost or may have been seen by someone else.</source>
        <translation>’n Nuwe kode vervang die gedrukte een: die ou blad werk dadelik nie meer nie (rugsteune wat van nou af gemaak word, gaan met die nuwe kode oop). Doen dit wanneer die ou blad verlore is of iemand anders dit dalk gesien het.</translation>
    </message>
    <message>
        <source>Issue a new code</source>
        <translation>Reik ’n nuwe kode uit</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Druk die herstelblad…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Stoor as PDF…</translation>
    </message>
    <message>
        <source>I have printed or written down the new code and will lock it away</source>
        <translation>Ek het die nuwe kode gedruk of neergeskryf en sal dit wegsluit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluit</translation>
    </message>
    <message>
        <source>Issue a new recovery code</source>
        <translation>Reik ’n nuwe herstelkode uit</translation>
    </message>
    <message>
        <source>Replace the recovery code?</source>
        <translation>Vervang die herstelkode?</translation>
    </message>
    <message>
        <source>The printed recovery sheet will stop working. Issue a new code?</source>
        <translation>Die gedrukte herstelblad sal nie meer werk nie. Reik ’n nuwe kode uit?</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Print the recovery code</source>
        <translation>Druk die herstelkode</translation>
    </message>
    <message>
        <source>If every password is forgotten, this code is the only way to open the practice or its backups. It is shown only now.</source>
        <translation>As elke wagwoord vergeet is, is hierdie kode die enigste manier om die praktyk of sy rugsteune oop te maak. Dit word net nou gewys.</translation>
    </message>
    <message>
        <source>Create the practice</source>
        <translation>Skep die praktyk</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Druk die herstelblad…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Stoor as PDF…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery code and will lock it away</source>
        <translation>Ek het die herstelkode gedruk of neergeskryf en sal dit wegsluit</translation>
    </message>
    <message>
        <source>Keep it somewhere safe and apart from the computer, such as the practice&apos;s safe. Anyone who has the code and a copy of the data can read every record.</source>
        <translation>Hou dit op ’n veilige plek, weg van die rekenaar, soos die praktyk se kluis. Enigiemand wat die kode en ’n afskrif van die data het, kan elke rekord lees.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Besig om te skep…</translation>
    </message>
    <message>
        <source>{app}: recovery sheet</source>
        <translation>{app}: herstelblad</translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation>Praktyk:</translation>
    </message>
    <message>
        <source>Practice id:</source>
        <translation>Praktyk-ID:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Uitgereik:</translation>
    </message>
    <message>
        <source>This code unlocks the practice database and its backups when no password is known. Store it in a safe, away from the computer. Replace it from &lt;i&gt;Practice › New recovery code…&lt;/i&gt; or with &lt;tt&gt;clientmanager recovery-code&lt;/tt&gt; if it may have been seen by someone else.</source>
        <translation>Hierdie kode ontsluit die praktykdatabasis en sy rugsteune wanneer geen wagwoord bekend is nie. Bêre dit in ’n kluis, weg van die rekenaar. Vervang dit via &lt;i&gt;Praktyk › Nuwe herstelkode…&lt;/i&gt; of met &lt;tt&gt;clientmanager recovery-code&lt;/tt&gt; as iemand anders dit dalk gesien het.</translation>
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
        <translation>Stel {app} op</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Voltooi</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Besig om te kanselleer…</translation>
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
