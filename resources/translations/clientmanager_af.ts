<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="af_ZA" sourcelanguage="en_ZA">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Everything: users, backups, restore, settings, all clients, registers.</source>
        <translation>Alles: gebruikers, rugsteune, herstel, instellings, alle kliënte, registers.</translation>
    </message>
    <message>
        <source>Their own clients (or all, if the practice allows it). No users or restore.</source>
        <translation>Hul eie kliënte (of almal, as die praktyk dit toelaat). Geen gebruikers of herstel nie.</translation>
    </message>
    <message>
        <source>Edits contact details and tasks, reads the rest. No packages, no sensitive documents.</source>
        <translation>Wysig kontakbesonderhede en take, lees die res. Geen pakkette, geen sensitiewe dokumente nie.</translation>
    </message>
    <message>
        <source>Reads everything, runs the POPIA registers and the audit trail. Edits nothing.</source>
        <translation>Lees alles, hou die POPIA-registers en die ouditspoor by. Wysig niks.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Voeg ’n gebruiker by</translation>
    </message>
    <message>
        <source>e.g. pieter</source>
        <translation>bv. pieter</translation>
    </message>
    <message>
        <source>e.g. Pieter van Wyk</source>
        <translation>bv. Pieter van Wyk</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsioneel</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volle naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Voeg gebruiker by</translation>
    </message>
    <message>
        <source>The new user signs in with this password; it also unlocks their own copy of the practice key. Tell them the password in person and ask them to change it.</source>
        <translation>Die nuwe gebruiker meld met hierdie wagwoord aan; dit ontsluit ook hul eie kopie van die praktyksleutel. Gee die wagwoord persoonlik aan hulle en vra hulle om dit te verander.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Tik die persoon se naam.</translation>
    </message>
</context>
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
    <name>AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Nuwe afspraak</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Voeg by</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minute</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Client (optional)</source>
        <translation>Kliënt (opsioneel)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve destruction</source>
        <translation>Keur vernietiging goed</translation>
    </message>
    <message>
        <source>Destroy and de-identify</source>
        <translation>Vernietig en de-identifiseer</translation>
    </message>
    <message>
        <source>Remove 1 technical log file older than 90 days.</source>
        <translation>Verwyder 1 tegniese loglêer ouer as 90 dae.</translation>
    </message>
    <message>
        <source>Remove {count} technical log files older than 90 days.</source>
        <translation>Verwyder {count} tegniese loglêers ouer as 90 dae.</translation>
    </message>
    <message>
        <source>technical logs, 90 days</source>
        <translation>tegniese logs, 90 dae</translation>
    </message>
    <message>
        <source>Under POPIA s14(4)–(5) the records are destroyed so that they cannot be reconstructed: the database file is compacted afterwards. Periods applied: {periods}.</source>
        <translation>Ingevolge POPIA art. 14(4)–(5) word die rekords só vernietig dat hulle nie herbou kan word nie: die databasislêer word daarna saamgepers. Termyne toegepas: {periods}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone&lt;/b&gt;, and a restored backup will not bring them back (the erasure ledger is replayed).</source>
        <translation>&lt;b&gt;Dit kan nie ongedaan gemaak word nie&lt;/b&gt;, en ’n herstelde rugsteun bring hulle nie terug nie (die uitwisgrootboek word weer toegepas).</translation>
    </message>
    <message>
        <source>{count} of them asked for deletion: each gets a letter saying what was deleted and what was kept, and why (POPIA s24(4)). Choose where to save the letters; they are written before anything is erased.</source>
        <translation>{count} van hulle het om skrapping gevra: elkeen kry ’n brief wat sê wat geskrap en wat behou is, en waarom (POPIA art. 24(4)). Kies waar die briewe gestoor moet word; hulle word geskryf voordat enigiets uitgewis word.</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Vouer vir die briewe</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briewe</translation>
    </message>
    <message>
        <source>Destroy {count}</source>
        <translation>Vernietig {count}</translation>
    </message>
    <message>
        <source>De-identify {count}</source>
        <translation>De-identifiseer {count}</translation>
    </message>
    <message>
        <source>Restrict {count}</source>
        <translation>Beperk {count}</translation>
    </message>
    <message>
        <source>Remove old logs</source>
        <translation>Verwyder ou logs</translation>
    </message>
    <message>
        <source>Folder for the deletion letters</source>
        <translation>Vouer vir die skrappingsbriewe</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to a planner</source>
        <translation>Wys toe aan ’n beplanner</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Wys toe</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Beplanner</translation>
    </message>
    <message>
        <source>{clients} will be looked after by this planner.</source>
        <translation>{clients} sal deur hierdie beplanner versorg word.</translation>
    </message>
    <message>
        <source>There are no active planners. Add one in Users and roles.</source>
        <translation>Daar is geen aktiewe beplanners nie. Voeg een by onder Gebruikers en rolle.</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tyd (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Besonderhede</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Aanmeldings</translation>
    </message>
    <message>
        <source>User changes</source>
        <translation>Gebruikerswysigings</translation>
    </message>
    <message>
        <source>Client records</source>
        <translation>Kliëntrekords</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Rugsteune</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Uitvoere</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellings</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Ouditspoor</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>enige datum</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Almal</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Elke handeling</translation>
    </message>
    <message>
        <source>client no.</source>
        <translation>kliëntnr.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Wys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Kontroleer die ketting</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and name the first entry that was changed or removed.</source>
        <translation>Bereken elke inskrywing se hutswaarde weer en noem die eerste inskrywing wat verander of verwyder is.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Voer CSV uit…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Voer PDF uit…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Every sensitive action, newest first. Each entry is chained to the one before it by a SHA-256 hash, so a changed or deleted entry shows up when the chain is checked. Opening this window and exporting from it are recorded too.</source>
        <translation>Elke sensitiewe handeling, nuutste eerste. Elke inskrywing is met ’n SHA-256-hutswaarde aan die vorige een geketting, sodat ’n veranderde of geskrapte inskrywing uitkom wanneer die ketting gekontroleer word. Om hierdie venster oop te maak en daaruit uit te voer, word ook aangeteken.</translation>
    </message>
    <message>
        <source>Your role may not see the audit trail. The practice manager and the compliance officer can.</source>
        <translation>U rol mag nie die ouditspoor sien nie. Die praktykbestuurder en die nakomingsbeampte kan.</translation>
    </message>
    <message>
        <source>The client number is the number shown on the client.</source>
        <translation>Die kliëntnommer is die nommer wat by die kliënt gewys word.</translation>
    </message>
    <message>
        <source>{group} (all)</source>
        <translation>{group} (almal)</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 inskrywing</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} inskrywings</translation>
    </message>
    <message>
        <source> (the newest {count}; narrow the filter to see older ones)</source>
        <translation> (die nuutste {count}; vernou die filter om ouer inskrywings te sien)</translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>Kontroleer tans elke inskrywing…</translation>
    </message>
    <message>
        <source>The audit trail is intact: {count} entries, each linked to the last.</source>
        <translation>Die ouditspoor is ongeskonde: {count} inskrywings, elkeen aan die vorige gekoppel.</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>inskrywing {number}</translation>
    </message>
    <message>
        <source>the end of the trail</source>
        <translation>die einde van die spoor</translation>
    </message>
    <message>
        <source>The audit trail is broken at {where}: {problem}</source>
        <translation>Die ouditspoor is gebreek by {where}: {problem}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-lêers (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Voer die ouditspoor uit</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}.</source>
        <translation>{count} inskrywings is na {path} uitgevoer.</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>Book {n} review(s)</source>
        <translation>Bespreek {n} hersiening(s)</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Bespreek</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minute</translation>
    </message>
    <message>
        <source>Each client&apos;s assistant, or me</source>
        <translation>Elke kliënt se assistent, of ek</translation>
    </message>
    <message>
        <source>First slot</source>
        <translation>Eerste tydgleuf</translation>
    </message>
    <message>
        <source>Each review</source>
        <translation>Elke hersiening</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Gelei deur</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>1 client</source>
        <translation>1 kliënt</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>{count} kliënte</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Wys toe aan…</translation>
    </message>
    <message>
        <source>Create a task…</source>
        <translation>Skep ’n taak…</translation>
    </message>
    <message>
        <source>Mark reviewed today</source>
        <translation>Merk vandag as hersien</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nie toegewys nie</translation>
    </message>
    <message>
        <source>{clients} assigned to {user}.</source>
        <translation>{clients} aan {user} toegewys.</translation>
    </message>
    <message>
        <source>No tasks created</source>
        <translation>Geen take geskep nie</translation>
    </message>
    <message>
        <source>A task was created for each of {clients}.</source>
        <translation>’n Taak is vir elk van {clients} geskep.</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Merk as hersien</translation>
    </message>
    <message>
        <source>Record a review today for {clients}?</source>
        <translation>Teken vandag ’n hersiening vir {clients} aan?</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Nie gemerk nie</translation>
    </message>
    <message>
        <source>{clients} marked reviewed today.</source>
        <translation>{clients} vandag as hersien gemerk.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>Nuwe afspraak…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Voer .ics uit…</translation>
    </message>
    <message>
        <source>without client names</source>
        <translation>sonder kliëntname</translation>
    </message>
    <message>
        <source>Import .ics…</source>
        <translation>Voer .ics in…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>{n} appointment(s)</source>
        <translation>{n} afspraak/afsprake</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Voer die kalender uit</translation>
    </message>
    <message>
        <source>{n} appointment(s) written to {path}</source>
        <translation>{n} afspraak/afsprake na {path} geskryf</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Voer ’n kalender in</translation>
    </message>
    <message>
        <source>Imported: {a} added, {u} updated, {s} skipped</source>
        <translation>Ingevoer: {a} bygevoeg, {u} bygewerk, {s} oorgeslaan</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>{count} in all</source>
        <translation>{count} altesaam</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total}</source>
        <translation>Wys die eerste {shown} van {total}</translation>
    </message>
    <message>
        <source>Show all {count} in the client list</source>
        <translation>Wys al {count} in die kliëntelys</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Verander my wagwoord</translation>
    </message>
    <message>
        <source>your current password</source>
        <translation>u huidige wagwoord</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Huidige wagwoord</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Verander wagwoord</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Type a name, ID number or phone…</source>
        <translation>Tik ’n naam, ID-nommer of telefoon…</translation>
    </message>
    <message>
        <source>Client {id}</source>
        <translation>Kliënt {id}</translation>
    </message>
    <message>
        <source>No client matches</source>
        <translation>Geen kliënt stem ooreen nie</translation>
    </message>
</context>
<context>
    <name>ClientPlannerPanel</name>
    <message>
        <source>Reviews</source>
        <translation>Hersienings</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Volgende hersiening</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etikette</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afsprake</translation>
    </message>
    <message>
        <source>Policy anniversaries and renewals (90 days)</source>
        <translation>Polisherdenkings en hernuwings (90 dae)</translation>
    </message>
    <message>
        <source>Records of advice</source>
        <translation>Advieserekords</translation>
    </message>
    <message>
        <source>Summary PDF… (Ctrl+P)</source>
        <translation>Opsomming-PDF… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Record of advice…</source>
        <translation>Advieserekord…</translation>
    </message>
    <message>
        <source>Book review</source>
        <translation>Bespreek hersiening</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>not yet set</source>
        <translation>nog nie gestel nie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>final</source>
        <translation>finaal</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>konsep</translation>
    </message>
</context>
<context>
    <name>CommissionView</name>
    <message>
        <source>Commission and fees</source>
        <translation>Kommissie en fooie</translation>
    </message>
    <message>
        <source>all providers</source>
        <translation>alle verskaffers</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Rekonsilieer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Verskaffer</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwag</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvang</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verskil</translation>
    </message>
    <message>
        <source>Policies that differ</source>
        <translation>Polisse wat verskil</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polis</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Expected on a policy…</source>
        <translation>Verwag op ’n polis…</translation>
    </message>
    <message>
        <source>Received…</source>
        <translation>Ontvang…</translation>
    </message>
    <message>
        <source>Import statement…</source>
        <translation>Voer staat in…</translation>
    </message>
    <message>
        <source>Export CSV/XLSX…</source>
        <translation>Voer CSV/XLSX uit…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Expected {e}, received {r}, {n} difference(s).</source>
        <translation>Verwag {e}, ontvang {r}, {n} verskil(le).</translation>
    </message>
    <message>
        <source>Commission statement</source>
        <translation>Kommissiestaat</translation>
    </message>
    <message>
        <source>Imported {i} of {n} row(s) from {p}, {m} matched to policies. {x}</source>
        <translation>{i} van {n} ry(e) uit {p} ingevoer, {m} aan polisse gekoppel. {x}</translation>
    </message>
    <message>
        <source>Export the reconciliation</source>
        <translation>Voer die rekonsiliasie uit</translation>
    </message>
    <message>
        <source>Saved {p}</source>
        <translation>{p} gestoor</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Access request – {who}</source>
        <translation>Versoek om toegang – {who}</translation>
    </message>
    <message>
        <source>Correction request – {who}</source>
        <translation>Versoek om regstelling – {who}</translation>
    </message>
    <message>
        <source>Deletion request – {who}</source>
        <translation>Versoek om skrapping – {who}</translation>
    </message>
    <message>
        <source>Objection request – {who}</source>
        <translation>Beswaar – {who}</translation>
    </message>
    <message>
        <source>Restriction request – {who}</source>
        <translation>Versoek om beperking – {who}</translation>
    </message>
    <message>
        <source>Marketing opt out request – {who}</source>
        <translation>Bemarking-uittrede – {who}</translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Nog nooit hersien nie</translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation>1 maand gelede</translation>
    </message>
    <message>
        <source>{count} months ago</source>
        <translation>{count} maande gelede</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandag</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Agterstallige hersienings</translation>
    </message>
    <message>
        <source>No reviews are overdue.</source>
        <translation>Geen hersienings is agterstallig nie.</translation>
    </message>
    <message>
        <source>Reviews due in 30 days</source>
        <translation>Hersienings binne 30 dae</translation>
    </message>
    <message>
        <source>No reviews fall due in 30 days.</source>
        <translation>Geen hersienings val binne 30 dae nie.</translation>
    </message>
    <message>
        <source>Tasks overdue and due this week</source>
        <translation>Take agterstallig en hierdie week</translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation>Niks hierdie week nie.</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>Verjaardae hierdie week</translation>
    </message>
    <message>
        <source>No birthdays in the next seven days.</source>
        <translation>Geen verjaardae in die volgende sewe dae nie.</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Onlangs oopgemaak</translation>
    </message>
    <message>
        <source>Clients you open appear here.</source>
        <translation>Kliënte wat u oopmaak, verskyn hier.</translation>
    </message>
    <message>
        <source>Policy events (next 30 days)</source>
        <translation>Polisgebeure (volgende 30 dae)</translation>
    </message>
    <message>
        <source>No policy anniversaries, renewals or reviews in the next 30 days.</source>
        <translation>Geen polisherdenkings, hernuwings of hersienings in die volgende 30 dae nie.</translation>
    </message>
    <message>
        <source>Data-subject requests overdue (POPIA s23–s24, PAIA s56: 30 days)</source>
        <translation>Agterstallige versoeke van datasubjekte (POPIA art. 23–24, PAIA art. 56: 30 dae)</translation>
    </message>
    <message>
        <source>Sign-in alerts (last 14 days)</source>
        <translation>Aanmeldwaarskuwings (laaste 14 dae)</translation>
    </message>
    <message>
        <source>After failed attempts</source>
        <translation>Ná mislukte pogings</translation>
    </message>
    <message>
        <source>Outside office hours</source>
        <translation>Buite kantoorure</translation>
    </message>
    <message>
        <source>Failures since the last sign-in</source>
        <translation>Mislukkings sedert die laaste aanmelding</translation>
    </message>
    <message>
        <source>Overdue · {date}</source>
        <translation>Agterstallig · {date}</translation>
    </message>
    <message>
        <source>Show the 1 client in the client list</source>
        <translation>Wys die 1 kliënt in die kliëntelys</translation>
    </message>
    <message>
        <source>Show the {count} clients in the client list</source>
        <translation>Wys die {count} kliënte in die kliëntelys</translation>
    </message>
    <message>
        <source>{tasks} tasks, {overdue} overdue</source>
        <translation>{tasks} take, {overdue} agterstallig</translation>
    </message>
    <message>
        <source>{when} · turns {age}</source>
        <translation>{when} · word {age}</translation>
    </message>
    <message>
        <source>{events} events for {clients} clients</source>
        <translation>{events} gebeure vir {clients} kliënte</translation>
    </message>
    <message>
        <source>{events} events for 1 client</source>
        <translation>{events} gebeure vir 1 kliënt</translation>
    </message>
    <message>
        <source>Open the policy calendar…</source>
        <translation>Maak die poliskalender oop…</translation>
    </message>
    <message>
        <source>due {date} · 1 day late</source>
        <translation>sperdatum {date} · 1 dag laat</translation>
    </message>
    <message>
        <source>due {date} · {days} days late</source>
        <translation>sperdatum {date} · {days} dae laat</translation>
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
        <translation>Moontlike duplikate</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laai tans…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>May be</source>
        <translation>Moontlik</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Behou:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation>Behoue rekord</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Ander rekord</translation>
    </message>
    <message>
        <source>I have checked that these two records are the same person</source>
        <translation>Ek het nagegaan dat hierdie twee rekords dieselfde persoon is</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Voeg saam</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Compare and merge</source>
        <translation>Vergelyk en voeg saam</translation>
    </message>
    <message>
        <source>1 pair may be the same person. Compare them on the right.</source>
        <translation>1 paar is moontlik dieselfde persoon. Vergelyk hulle regs.</translation>
    </message>
    <message>
        <source>{n} pairs may be the same person. Choose one to compare.</source>
        <translation>{n} pare is moontlik dieselfde persoon. Kies een om te vergelyk.</translation>
    </message>
    <message>
        <source>No possible duplicates: no two clients share an ID number, e-mail, mobile, or name and date of birth.</source>
        <translation>Geen moontlike duplikate nie: geen twee kliënte deel ’n ID-nommer, e-posadres, selfoonnommer, of naam en geboortedatum nie.</translation>
    </message>
    <message>
        <source>Moves to the kept record: {moving}.</source>
        <translation>Skuif na die behoue rekord: {moving}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niks</translation>
    </message>
    <message>
        <source>{n} finalised record(s) of advice are copied exactly: the originals cannot be changed (FAIS General Code s9), so the other record is archived, holding only them.</source>
        <translation>{n} gefinaliseerde adviesrekord(s) word presies gekopieer: die oorspronklikes kan nie verander word nie (FAIS Algemene Gedragskode, artikel 9), dus word die ander rekord geargiveer en hou net hulle.</translation>
    </message>
    <message>
        <source>The other record is then removed.</source>
        <translation>Die ander rekord word dan verwyder.</translation>
    </message>
    <message>
        <source>Merged client #{other} into #{kept}. The merge is in the audit trail.</source>
        <translation>Kliënt #{other} is met #{kept} saamgevoeg. Die samevoeging is in die ouditspoor.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Decide about the duplicates</source>
        <translation>Besluit oor die duplikate</translation>
    </message>
    <message>
        <source>These rows look like clients you already have (by SA ID, then e-mail or mobile, then name and date of birth) or like an earlier row of the file.</source>
        <translation>Hierdie rye lyk soos kliënte wat u reeds het (volgens SA ID, dan e-pos of selfoon, dan naam en geboortedatum) of soos ’n vroeër ry van die lêer.</translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation>Pas toe op almal</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>Vir elke duplikaat:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ry</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In die lêer</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Stem ooreen met</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat om te doen</translation>
    </message>
    <message>
        <source>No row matches a client or an earlier row. Nothing to decide.</source>
        <translation>Geen ry stem ooreen met ’n kliënt of ’n vroeër ry nie. Niks om te besluit nie.</translation>
    </message>
</context>
<context>
    <name>ExpectedDialog</name>
    <message>
        <source>Expected commission or fee</source>
        <translation>Verwagte kommissie of fooi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <source>optional, YYYY-MM-DD</source>
        <translation>opsioneel, JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hoe gereeld</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Choose a client and one of their policies.</source>
        <translation>Kies ’n kliënt en een van hul polisse.</translation>
    </message>
</context>
<context>
    <name>ExportClientsDialog</name>
    <message>
        <source>Export clients</source>
        <translation>Voer kliënte uit</translation>
    </message>
    <message>
        <source>CSV (Excel, Google Sheets)</source>
        <translation>CSV (Excel, Google Sheets)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkboek (.xlsx)</translation>
    </message>
    <message>
        <source>vCard contacts (.vcf)</source>
        <translation>vCard-kontakte (.vcf)</translation>
    </message>
    <message>
        <source>The whole practice (encrypted zip)</source>
        <translation>Die hele praktyk (geënkripteerde zip)</translation>
    </message>
    <message>
        <source>General (the practice&apos;s own work)</source>
        <translation>Algemeen (die praktyk se eie werk)</translation>
    </message>
    <message>
        <source>Direct marketing (POPIA s69)</source>
        <translation>Direkte bemarking (POPIA a69)</translation>
    </message>
    <message>
        <source>Include archived clients</source>
        <translation>Sluit geargiveerde kliënte in</translation>
    </message>
    <message>
        <source>Include restricted and objecting clients for a purpose the law allows</source>
        <translation>Sluit beperkte en besware-makende kliënte in vir ’n doel wat die wet toelaat</translation>
    </message>
    <message>
        <source>The purpose, e.g. FSCA inspection request 2026/14 (kept in the audit)</source>
        <translation>Die doel, bv. FSCA-inspeksieversoek 2026/14 (in die ouditspoor bewaar)</translation>
    </message>
    <message>
        <source>Who outside the practice receives the file (leave empty if nobody)</source>
        <translation>Wie buite die praktyk die lêer ontvang (laat leeg as niemand nie)</translation>
    </message>
    <message>
        <source>Why they receive it</source>
        <translation>Waarom hulle dit ontvang</translation>
    </message>
    <message>
        <source>3.0 (Outlook, phones)</source>
        <translation>3.0 (Outlook, fone)</translation>
    </message>
    <message>
        <source>One file per client (into a folder)</source>
        <translation>Een lêer per kliënt (in ’n vouer)</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>Waar om die uitvoer te stoor</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Lawful purpose</source>
        <translation>Wettige doel</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation>Soort ontvanger</translation>
    </message>
    <message>
        <source>Recipient&apos;s purpose</source>
        <translation>Ontvanger se doel</translation>
    </message>
    <message>
        <source>vCard version</source>
        <translation>vCard-weergawe</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Stoor as</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Voer uit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
    <message>
        <source>Every table and document of the practice, in an AES-256 encrypted zip. A random password is made and shown once: keep it apart from the file.</source>
        <translation>Elke tabel en dokument van die praktyk, in ’n AES-256-geënkripteerde zip. ’n Ewekansige wagwoord word gemaak en een keer gewys: hou dit apart van die lêer.</translation>
    </message>
    <message>
        <source>Only clients whose latest direct-marketing consent is &apos;given&apos; and who have not objected and are not restricted (POPIA s69, s11(3)).</source>
        <translation>Slegs kliënte wie se jongste toestemming vir direkte bemarking &apos;gegee&apos; is en wat nie beswaar gemaak het nie en nie beperk is nie (POPIA a69, a11(3)).</translation>
    </message>
    <message>
        <source>Restricted and objecting clients are left out (POPIA s14(6), s11(3)) unless you state a purpose the law allows.</source>
        <translation>Beperkte en besware-makende kliënte word uitgelaat (POPIA a14(6), a11(3)) tensy u ’n doel noem wat die wet toelaat.</translation>
    </message>
    <message>
        <source>Folder for the .vcf files</source>
        <translation>Vouer vir die .vcf-lêers</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Stoor die uitvoer as</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Kies waar om die uitvoer te stoor.</translation>
    </message>
    <message>
        <source>Say for which purpose the law allows restricted and objecting clients in this export, or untick that box.</source>
        <translation>Sê vir watter doel die wet beperkte en besware-makende kliënte in hierdie uitvoer toelaat, of ontmerk daardie blokkie.</translation>
    </message>
    <message>
        <source>Exporting clients…</source>
        <translation>Voer kliënte uit…</translation>
    </message>
    <message>
        <source>Exporting the whole practice…</source>
        <translation>Voer die hele praktyk uit…</translation>
    </message>
    <message>
        <source>Wrote {n} client(s) to {path}.</source>
        <translation>{n} kliënt(e) na {path} geskryf.</translation>
    </message>
    <message>
        <source>Restricted and objecting clients included; the purpose is in the audit.</source>
        <translation>Beperkte en besware-makende kliënte ingesluit; die doel is in die ouditspoor.</translation>
    </message>
    <message>
        <source>Restricted and objecting clients were left out.</source>
        <translation>Beperkte en besware-makende kliënte is uitgelaat.</translation>
    </message>
    <message>
        <source>Recorded one disclosure per client to {recipient}.</source>
        <translation>Een bekendmaking per kliënt aan {recipient} aangeteken.</translation>
    </message>
    <message>
        <source>Wrote the whole practice to {path}: {clients} clients. The archive is AES-256 encrypted with the password

{password}

which is shown only now: keep it apart from the file.</source>
        <translation>Die hele praktyk na {path} geskryf: {clients} kliënte. Die argief is AES-256-geënkripteer met die wagwoord

{password}

wat net nou gewys word: hou dit apart van die lêer.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluit</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Kies die lêer</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Die lêer om in te voer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Import clients from</source>
        <translation>Voer kliënte in uit</translation>
    </message>
    <message>
        <source>A client list exported from another system or kept in Excel: CSV (any encoding, comma, semicolon or tab), an .xlsx workbook, or vCard contacts (.vcf, from Outlook or a phone). Sheets called Policies or Notes are imported with the clients.</source>
        <translation>&apos;n Kliëntelys uit &apos;n ander stelsel of in Excel gehou: CSV (enige enkodering, komma, kommapunt of oortjie), &apos;n .xlsx-werkboek, of vCard-kontakte (.vcf, uit Outlook of &apos;n foon). Blaaie met die naam Policies of Notes word saam met die kliënte ingevoer.</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.txt *.xlsx *.vcf);;vCard contacts (*.vcf);;All files (*)</source>
        <translation>Kliëntelyste (*.csv *.txt *.xlsx *.vcf);;vCard-kontakte (*.vcf);;Alle lêers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lees tans die lêer…</translation>
    </message>
    <message>
        <source>{rows} vCard contacts.</source>
        <translation>{rows} vCard-kontakte.</translation>
    </message>
    <message>
        <source>{encoding} text, {delimiter}-separated</source>
        <translation>{encoding}-teks, geskei deur {delimiter}</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-werkboek</translation>
    </message>
    <message>
        <source>; sheet “{name}”: {count} {kind}</source>
        <translation>; blad “{name}”: {count} {kind}</translation>
    </message>
    <message>
        <source>{rows} rows and {columns} columns ({how}){extra}.</source>
        <translation>{rows} rye en {columns} kolomme ({how}){extra}.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Place a legal hold</source>
        <translation>Plaas ’n regsbevriesing</translation>
    </message>
    <message>
        <source>Place hold</source>
        <translation>Plaas bevriesing</translation>
    </message>
    <message>
        <source>e.g. FAIS Ombud complaint 1234/2026</source>
        <translation>bv. FAIS-ombudsklagte 1234/2026</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Kliëntnommer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>While the hold is in place nothing of this person is destroyed or de-identified, whatever the retention schedule says.</source>
        <translation>Solank die bevriesing geld, word niks van hierdie persoon vernietig of gede-identifiseer nie, ongeag wat die bewaarskedule sê.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Voer tans in</translation>
    </message>
    <message>
        <source>Everything is imported in one step: if you stop it, or anything goes wrong, nothing is imported at all.</source>
        <translation>Alles word in een stap ingevoer: as u dit stop, of iets verkeerd loop, word niks ingevoer nie.</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Stop die invoer</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Voer tans in…</translation>
    </message>
    <message>
        <source>Stopping; undoing what was written so far…</source>
        <translation>Stop tans; maak ongedaan wat tot dusver geskryf is…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <source>Start the import again</source>
        <translation>Begin die invoer weer</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>Gestop. Niks is ingevoer nie.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Niks is ingevoer nie.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation>Voer kliënte in</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Voer in</translation>
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
    <name>LettersDialog</name>
    <message>
        <source>Letters and mail merge</source>
        <translation>Briewe en massapos</translation>
    </message>
    <message>
        <source>One PDF per client in the practice&apos;s letter layout, each kept in the client&apos;s documents. Marketing letters go only to clients who agreed to them; letters to a provider are written into the disclosure register.</source>
        <translation>Een PDF per kliënt in die praktyk se briefuitleg, elkeen in die kliënt se dokumente bewaar. Bemarkingsbriewe gaan net na kliënte wat daartoe ingestem het; briewe aan ’n verskaffer word in die openbaarmakingsregister aangeteken.</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Nuwe sjabloon…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Voeg by</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Soek ’n kliënt</translation>
    </message>
    <message>
        <source>Client numbers, e.g. 12, 15, 31</source>
        <translation>Kliëntnommers, bv. 12, 15, 31</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kliënte</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Save the PDFs in</source>
        <translation>Stoor die PDF’s in</translation>
    </message>
    <message>
        <source>Write letters</source>
        <translation>Skryf briewe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Marketing: only clients with direct-marketing consent receive it.</source>
        <translation>Bemarking: net kliënte met toestemming vir direkte bemarking ontvang dit.</translation>
    </message>
    <message>
        <source>Service letter.</source>
        <translation>Diensbrief.</translation>
    </message>
    <message>
        <source>Addressed to the client&apos;s product provider (a disclosure).</source>
        <translation>Gerig aan die kliënt se produkverskaffer (’n openbaarmaking).</translation>
    </message>
    <message>
        <source>Addressed to the client.</source>
        <translation>Gerig aan die kliënt.</translation>
    </message>
    <message>
        <source>Save the letters in</source>
        <translation>Stoor die briewe in</translation>
    </message>
    <message>
        <source>Give the clients&apos; numbers, or find and add them.</source>
        <translation>Gee die kliënte se nommers, of soek hulle en voeg hulle by.</translation>
    </message>
    <message>
        <source>Choose the folder for the letters.</source>
        <translation>Kies die vouer vir die briewe.</translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation>Skryf tans briewe</translation>
    </message>
    <message>
        <source>Client {id}: {file}</source>
        <translation>Kliënt {id}: {file}</translation>
    </message>
    <message>
        <source>Client {id} skipped: {why}</source>
        <translation>Kliënt {id} oorgeslaan: {why}</translation>
    </message>
    <message>
        <source>{n} letter(s) written and kept in the clients&apos; documents; {s} skipped.</source>
        <translation>{n} brief/briewe geskryf en in die kliënte se dokumente bewaar; {s} oorgeslaan.</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <source>Service level</source>
        <translation>Diensvlak</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Niemand in die besonder nie</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Hersienings</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Gelei deur</translation>
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
        <source>6-digit code from your authenticator app, or the recovery code</source>
        <translation>6-syferkode van jou verifikasie-toep, of die herstelkode</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
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
        <source>&amp;Move a planner&apos;s clients…</source>
        <translation>&amp;Skuif &apos;n beplanner se kliënte…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellings…</translation>
    </message>
    <message>
        <source>The practice&apos;s identity, security, retention periods, backups and PDFs</source>
        <translation>Die praktyk se identiteit, sekuriteit, bewaartermyne, rugsteun en PDF&apos;s</translation>
    </message>
    <message>
        <source>{count} clients moved to {user}.</source>
        <translation>{count} kliënte na {user} geskuif.</translation>
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
        <source>{count} wrong passwords since your last sign-in</source>
        <translation>{count} verkeerde wagwoorde sedert u laaste aanmelding</translation>
    </message>
    <message>
        <source>1 wrong password since your last sign-in</source>
        <translation>1 verkeerde wagwoord sedert u laaste aanmelding</translation>
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
        <translation>Pas die kolomme</translation>
    </message>
    <message>
        <source>Each column of the file, and where it goes. The guesses come from the column names; correct any that are wrong. Columns set to “not imported” are ignored.</source>
        <translation>Elke kolom van die lêer, en waarheen dit gaan. Die raaiskote kom van die kolomname; korrigeer enige wat verkeerd is. Kolomme wat op “nie ingevoer nie” gestel is, word geïgnoreer.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in die lêer</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Voorbeelde</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Voer in as</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>Naam vir hierdie toewysing</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Stoor toewysing</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>Gestoorde toewysings:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <source>Give the mapping a name first.</source>
        <translation>Gee eers die toewysing ’n naam.</translation>
    </message>
    <message>
        <source>Saved the mapping “{name}”.</source>
        <translation>Die toewysing “{name}” is gestoor.</translation>
    </message>
    <message>
        <source>Choose the column that holds the surname (or the full name).</source>
        <translation>Kies die kolom wat die van (of die volle naam) bevat.</translation>
    </message>
</context>
<context>
    <name>MoveBookDialog</name>
    <message>
        <source>Move a planner&apos;s clients</source>
        <translation>Skuif ’n beplanner se kliënte</translation>
    </message>
    <message>
        <source>Move the clients</source>
        <translation>Skuif die kliënte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Every client of the first planner, archived ones included, moves to the second. Each move is recorded in the audit trail.</source>
        <translation>Elke kliënt van die eerste beplanner, geargiveerdes ingesluit, skuif na die tweede. Elke skuif word in die ouditspoor aangeteken.</translation>
    </message>
    <message>
        <source>There is no other planner to move clients to.</source>
        <translation>Daar is geen ander beplanner om kliënte na te skuif nie.</translation>
    </message>
    <message>
        <source>Choose two different planners.</source>
        <translation>Kies twee verskillende beplanners.</translation>
    </message>
</context>
<context>
    <name>NoticeOffer</name>
    <message>
        <source>New client saved. Give them the collection notice (POPIA s18), and Form 4 before any direct marketing.</source>
        <translation>Nuwe kliënt gestoor. Gee hulle die insamelingskennisgewing (POPIA a18), en Vorm 4 voor enige direkte bemarking.</translation>
    </message>
    <message>
        <source>Print the collection notice (s18)…</source>
        <translation>Druk die insamelingskennisgewing (a18)…</translation>
    </message>
    <message>
        <source>Print Form 4…</source>
        <translation>Druk Vorm 4…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie nou nie</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>at least {count} characters</source>
        <translation>minstens {count} karakters</translation>
    </message>
    <message>
        <source>type it again</source>
        <translation>tik dit weer</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuwe wagwoord</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Herhaal</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Die twee wagwoorde verskil.</translation>
    </message>
</context>
<context>
    <name>PlannerMenu</name>
    <message>
        <source>Pla&amp;nner</source>
        <translation>Be&amp;planner</translation>
    </message>
    <message>
        <source>Client &amp;summary PDF…</source>
        <translation>Kliënt&amp;opsomming-PDF…</translation>
    </message>
    <message>
        <source>&amp;Record of advice…</source>
        <translation>&amp;Adviesrekord…</translation>
    </message>
    <message>
        <source>Re&amp;views board…</source>
        <translation>&amp;Hersieningsbord…</translation>
    </message>
    <message>
        <source>&amp;Policies over time…</source>
        <translation>&amp;Polisse oor tyd…</translation>
    </message>
    <message>
        <source>&amp;Letters and mail merge…</source>
        <translation>&amp;Briewe en massapos…</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Kalender…</translation>
    </message>
    <message>
        <source>Co&amp;mmission and fees…</source>
        <translation>Ko&amp;mmissie en fooie…</translation>
    </message>
    <message>
        <source>&amp;Tags and saved searches…</source>
        <translation>&amp;Etikette en gestoorde soektogte…</translation>
    </message>
</context>
<context>
    <name>PolicyEventsDialog</name>
    <message>
        <source>Policies over time</source>
        <translation>Polisse oor tyd</translation>
    </message>
    <message>
        <source>Anniversaries, renewals and reviews in the next</source>
        <translation>Herdenkings, hernuwings en hersienings in die volgende</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dae</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Kom nader</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nie gestel nie</translation>
    </message>
    <message>
        <source>Save escalation and dates</source>
        <translation>Stoor eskalasie en datums</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Verander status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Het geword</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Deur</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polis</translation>
    </message>
    <message>
        <source>Yearly escalation</source>
        <translation>Jaarlikse eskalasie</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Hernuwingsdatum</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Hersieningsdatum</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nuwe status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geskiedenis</translation>
    </message>
    <message>
        <source>A policy</source>
        <translation>’n Polis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Choose a client and a policy first.</source>
        <translation>Kies eers ’n kliënt en ’n polis.</translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation>Skedule gestoor.</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Status verander.</translation>
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
        <source>Set up a &amp;second factor…</source>
        <translation>Stel &amp;tweede faktor op…</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>&amp;Voer kliënte in…</translation>
    </message>
    <message>
        <source>E&amp;xport clients…</source>
        <translation>&amp;Voer kliënte uit…</translation>
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
        <source>Record a &amp;request from this client…</source>
        <translation>Teken &amp;versoek van hierdie kliënt aan…</translation>
    </message>
    <message>
        <source>D&amp;isclosures of this client…</source>
        <translation>Bekendmak&amp;ings van hierdie kliënt…</translation>
    </message>
    <message>
        <source>Print collection &amp;notice (s18)…</source>
        <translation>Druk &amp;insamelingskennisgewing (a18)…</translation>
    </message>
    <message>
        <source>Print &amp;Form 4 (marketing consent)…</source>
        <translation>Druk &amp;Vorm 4 (bemarkingstoestemming)…</translation>
    </message>
    <message>
        <source>Attach a &amp;signed Form 4…</source>
        <translation>Heg &amp;ondertekende Vorm 4 aan…</translation>
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
        <translation>Gaan die rye na</translation>
    </message>
    <message>
        <source>Every row is checked as the client form would check it. Rows with a problem are not imported; you can save them at the end, fix them and import them again.</source>
        <translation>Elke ry word nagegaan soos die kliëntvorm dit sou nagaan. Rye met ’n probleem word nie ingevoer nie; u kan hulle aan die einde stoor, regmaak en weer invoer.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Gaan tans na…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ry</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Besonderhede</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Gaan tans elke ry na…</translation>
    </message>
    <message>
        <source>{ready} rows are ready, {dups} of them possible duplicates; {bad} rows have a problem and will not be imported.</source>
        <translation>{ready} rye is gereed, {dups} daarvan moontlike duplikate; {bad} rye het ’n probleem en sal nie ingevoer word nie.</translation>
    </message>
    <message>
        <source>Showing every problem and duplicate, and the first ready rows.</source>
        <translation>Wys elke probleem en duplikaat, en die eerste rye wat gereed is.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Duplicate?</source>
        <translation>Duplikaat?</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
</context>
<context>
    <name>ReceivedDialog</name>
    <message>
        <source>Commission or fee received</source>
        <translation>Kommissie of fooi ontvang</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Verskaffer</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Polisnommer</translation>
    </message>
    <message>
        <source>For month</source>
        <translation>Vir maand</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
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
    <name>ReleaseDialog</name>
    <message>
        <source>Release legal hold {number}</source>
        <translation>Hef regsbevriesing {number} op</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Hef bevriesing op</translation>
    </message>
    <message>
        <source>e.g. complaint closed on 3 March 2027</source>
        <translation>bv. klagte op 3 Maart 2027 afgehandel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>Bevries vir</translation>
    </message>
    <message>
        <source>Why release</source>
        <translation>Waarom ophef</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>Ingevoer</translation>
    </message>
    <message>
        <source>Save the rows to fix as CSV…</source>
        <translation>Stoor die rye om reg te maak as CSV…</translation>
    </message>
    <message>
        <source>{n} new client</source>
        <translation>{n} nuwe kliënt</translation>
    </message>
    <message>
        <source>{n} new clients</source>
        <translation>{n} nuwe kliënte</translation>
    </message>
    <message>
        <source>{n} existing client updated</source>
        <translation>{n} bestaande kliënt bygewerk</translation>
    </message>
    <message>
        <source>{n} existing clients updated</source>
        <translation>{n} bestaande kliënte bygewerk</translation>
    </message>
    <message>
        <source>{n} duplicate already up to date</source>
        <translation>{n} duplikaat reeds op datum</translation>
    </message>
    <message>
        <source>{n} duplicates already up to date</source>
        <translation>{n} duplikate reeds op datum</translation>
    </message>
    <message>
        <source>{n} row skipped</source>
        <translation>{n} ry oorgeslaan</translation>
    </message>
    <message>
        <source>{n} rows skipped</source>
        <translation>{n} rye oorgeslaan</translation>
    </message>
    <message>
        <source>{n} row not imported because of a problem</source>
        <translation>{n} ry weens ’n probleem nie ingevoer nie</translation>
    </message>
    <message>
        <source>{n} rows not imported because of a problem</source>
        <translation>{n} rye weens ’n probleem nie ingevoer nie</translation>
    </message>
    <message>
        <source>Also added: households {h}, policies {p}, notes {n}, addresses {a}.</source>
        <translation>Ook bygevoeg: huishoudings {h}, polisse {p}, notas {n}, adresse {a}.</translation>
    </message>
    <message>
        <source>Save the rows with problems as a CSV file: each keeps its row number and the reason. Fix them in Excel and import that file again.</source>
        <translation>Stoor die rye met probleme as ’n CSV-lêer: elkeen behou sy rynommer en die rede. Maak hulle in Excel reg en voer daardie lêer weer in.</translation>
    </message>
    <message>
        <source>Every row was imported or handled as a duplicate.</source>
        <translation>Elke ry is ingevoer of as ’n duplikaat hanteer.</translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation>Stoor die rye om reg te maak</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-lêers (*.csv)</translation>
    </message>
    <message>
        <source>Saved {n} rows to {path}.</source>
        <translation>{n} rye is in {path} gestoor.</translation>
    </message>
    <message>
        <source>The file could not be saved ({reason}). Choose another folder.</source>
        <translation>Die lêer kon nie gestoor word nie ({reason}). Kies ’n ander vouer.</translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <source>Client no.</source>
        <translation>Kliëntnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Destroy from</source>
        <translation>Vernietig vanaf</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Bevriesing</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Dek</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Geplaas</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekords</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Bewaar vir</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Wet</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Geld vir</translation>
    </message>
    <message>
        <source>POPIA s14(1) allows records to be kept only as long as the purpose or a law requires; s14(4)–(5) then require them to be destroyed, deleted or de-identified so they cannot be reconstructed. FAIS General Code s3(2), FICA s23 and TAA s29(3) set the 5-year periods below.</source>
        <translation>POPIA art. 14(1) laat toe dat rekords net so lank bewaar word as wat die doel of ’n wet vereis; art. 14(4)–(5) vereis dan dat hulle vernietig, geskrap of gede-identifiseer word sodat hulle nie herbou kan word nie. Die FAIS Algemene Gedragskode art. 3(2), FICA art. 23 en die TAA art. 29(3) stel die termyne van 5 jaar hieronder.</translation>
    </message>
    <message>
        <source>the law</source>
        <translation>die wet</translation>
    </message>
    <message>
        <source> until {date}</source>
        <translation> tot {date}</translation>
    </message>
    <message>
        <source>Retention periods still running</source>
        <translation>Bewaartermyne loop nog</translation>
    </message>
    <message>
        <source>Legal hold: {reasons}</source>
        <translation>Regsbevriesing: {reasons}</translation>
    </message>
    <message>
        <source>Deletion requested (POPIA s24); every retention period has ended ({laws})</source>
        <translation>Skrapping versoek (POPIA art. 24); elke bewaartermyn het verstryk ({laws})</translation>
    </message>
    <message>
        <source>Every retention period has ended ({laws})</source>
        <translation>Elke bewaartermyn het verstryk ({laws})</translation>
    </message>
    <message>
        <source>Deletion requested (POPIA s24); processing restricted (s14(6)), records kept{until} for {laws}</source>
        <translation>Skrapping versoek (POPIA art. 24); verwerking beperk (art. 14(6)), rekords bewaar{until} vir {laws}</translation>
    </message>
    <message>
        <source>Deletion requested (POPIA s24); records kept{until} for {laws}</source>
        <translation>Skrapping versoek (POPIA art. 24); rekords bewaar{until} vir {laws}</translation>
    </message>
    <message>
        <source>Identity no longer needed ({law}); records kept{until} for {laws}</source>
        <translation>Identiteit nie meer nodig nie ({law}); rekords bewaar{until} vir {laws}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Destroy 1 person&lt;/b&gt;: every record, including records of advice and documents, whose retention periods have all ended.</source>
        <translation>&lt;b&gt;Vernietig 1 persoon&lt;/b&gt;: elke rekord, adviesrekords en dokumente ingesluit, waarvan al die bewaartermyne verstryk het.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Destroy {count} people&lt;/b&gt;: every record, including records of advice and documents, whose retention periods have all ended.</source>
        <translation>&lt;b&gt;Vernietig {count} persone&lt;/b&gt;: elke rekord, adviesrekords en dokumente ingesluit, waarvan al die bewaartermyne verstryk het.</translation>
    </message>
    <message>
        <source>&lt;b&gt;De-identify 1 person&lt;/b&gt;: names, ID numbers, contact details and identity documents are removed; the records a law still requires are kept without them.</source>
        <translation>&lt;b&gt;De-identifiseer 1 persoon&lt;/b&gt;: name, ID-nommers, kontakbesonderhede en identiteitsdokumente word verwyder; die rekords wat ’n wet steeds vereis, word daarsonder bewaar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;De-identify {count} people&lt;/b&gt;: names, ID numbers, contact details and identity documents are removed; the records a law still requires are kept without them.</source>
        <translation>&lt;b&gt;De-identifiseer {count} persone&lt;/b&gt;: name, ID-nommers, kontakbesonderhede en identiteitsdokumente word verwyder; die rekords wat ’n wet steeds vereis, word daarsonder bewaar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restrict 1 person&lt;/b&gt; who asked for deletion while FICA still requires their records: nothing is deleted yet; their information is used for nothing but that duty (POPIA s14(6)).</source>
        <translation>&lt;b&gt;Beperk 1 persoon&lt;/b&gt; wat om skrapping gevra het terwyl FICA hul rekords steeds vereis: niks word nog geskrap nie; hul inligting word vir niks anders as daardie plig gebruik nie (POPIA art. 14(6)).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restrict {count} people&lt;/b&gt; who asked for deletion while FICA still requires their records: nothing is deleted yet; their information is used for nothing but that duty (POPIA s14(6)).</source>
        <translation>&lt;b&gt;Beperk {count} persone&lt;/b&gt; wat om skrapping gevra het terwyl FICA hul rekords steeds vereis: niks word nog geskrap nie; hul inligting word vir niks anders as daardie plig gebruik nie (POPIA art. 14(6)).</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Bewaringshersiening</translation>
    </message>
    <message>
        <source>Running the review…</source>
        <translation>Die hersiening loop tans…</translation>
    </message>
    <message>
        <source>Due for destruction</source>
        <translation>Gereed vir vernietiging</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Regsbevriesings</translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <translation>Bewaarskedule</translation>
    </message>
    <message>
        <source>Place hold…</source>
        <translation>Plaas bevriesing…</translation>
    </message>
    <message>
        <source>Release hold…</source>
        <translation>Hef bevriesing op…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Keur goed…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Client {number}</source>
        <translation>Kliënt {number}</translation>
    </message>
    <message>
        <source>{count} to destroy</source>
        <translation>{count} om te vernietig</translation>
    </message>
    <message>
        <source>{count} to de-identify</source>
        <translation>{count} om te de-identifiseer</translation>
    </message>
    <message>
        <source>{count} to restrict</source>
        <translation>{count} om te beperk</translation>
    </message>
    <message>
        <source>{count} kept on legal hold</source>
        <translation>{count} deur ’n regsbevriesing behou</translation>
    </message>
    <message>
        <source>1 old log file</source>
        <translation>1 ou loglêer</translation>
    </message>
    <message>
        <source>{count} old log files</source>
        <translation>{count} ou loglêers</translation>
    </message>
    <message>
        <source>Review of {date}: {parts}.</source>
        <translation>Hersiening van {date}: {parts}.</translation>
    </message>
    <message>
        <source>Due for destruction ({count})</source>
        <translation>Gereed vir vernietiging ({count})</translation>
    </message>
    <message>
        <source>Legal holds ({count})</source>
        <translation>Regsbevriesings ({count})</translation>
    </message>
    <message>
        <source>Only a practice manager may approve destruction.</source>
        <translation>Net ’n praktykbestuurder mag vernietiging goedkeur.</translation>
    </message>
</context>
<context>
    <name>ReviewFormDialog</name>
    <message>
        <source>Review with {name}</source>
        <translation>Hersiening met {name}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <source>Cover, retirement funds, beneficiaries…</source>
        <translation>Dekking, aftreefondse, begunstigdes…</translation>
    </message>
    <message>
        <source>From the service level</source>
        <translation>Volgens die diensvlak</translation>
    </message>
    <message>
        <source>What was reviewed</source>
        <translation>Wat hersien is</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat verander het</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Hersien op</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Volgende hersiening</translation>
    </message>
</context>
<context>
    <name>ReviewsBoard</name>
    <message>
        <source>Reviews board</source>
        <translation>Hersieningsbord</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Hersienings</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Almal</translation>
    </message>
    <message>
        <source>Show overdue</source>
        <translation>Wys agterstallige</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Gelei deur</translation>
    </message>
    <message>
        <source>Book selected…</source>
        <translation>Bespreek gekose…</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>Teken hersiening aan…</translation>
    </message>
    <message>
        <source>Service level…</source>
        <translation>Diensvlak…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Due ({n})</source>
        <translation>Verskuldig ({n})</translation>
    </message>
    <message>
        <source>Overdue, not booked ({n})</source>
        <translation>Agterstallig, nie bespreek nie ({n})</translation>
    </message>
    <message>
        <source>Booked ({n})</source>
        <translation>Bespreek ({n})</translation>
    </message>
    <message>
        <source>Done ({n})</source>
        <translation>Klaar ({n})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Select clients under Due or Overdue first.</source>
        <translation>Kies eers kliënte onder Verskuldig of Agterstallig.</translation>
    </message>
    <message>
        <source>Select one client first.</source>
        <translation>Kies eers een kliënt.</translation>
    </message>
</context>
<context>
    <name>RoaDialog</name>
    <message>
        <source>Record of advice</source>
        <translation>Adviesrekord</translation>
    </message>
    <message>
        <source>Choose the client and the kind of advice, fill the template from the record, complete it, then finalise: the PDF is kept in the client&apos;s documents and locked with the record (FAIS General Code s9).</source>
        <translation>Kies die kliënt en die soort advies, vul die sjabloon uit die rekord in, voltooi dit en finaliseer dan: die PDF word in die kliënt se dokumente bewaar en saam met die rekord gesluit (FAIS Algemene Gedragskode art. 9).</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Fill from the record</source>
        <translation>Vul in uit die rekord</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Maak oop</translation>
    </message>
    <message>
        <source>Saved records</source>
        <translation>Gestoorde rekords</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Stoor konsep</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Finalise…</source>
        <translation>Finaliseer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Choose a client first: type a name and press Enter.</source>
        <translation>Kies eers ’n kliënt: tik ’n naam en druk Enter.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>finaal</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>konsep</translation>
    </message>
    <message>
        <source>Final and locked. PDF SHA-256 {sha}</source>
        <translation>Finaal en gesluit. PDF SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Draft {id} opened.</source>
        <translation>Konsep {id} oopgemaak.</translation>
    </message>
    <message>
        <source>Filled from the client&apos;s record. Complete the recommendation.</source>
        <translation>Uit die kliënt se rekord ingevul. Voltooi die aanbeveling.</translation>
    </message>
    <message>
        <source>Draft {id} saved.</source>
        <translation>Konsep {id} gestoor.</translation>
    </message>
    <message>
        <source>Save the record of advice</source>
        <translation>Stoor die adviesrekord</translation>
    </message>
    <message>
        <source>PDF saved to {p}</source>
        <translation>PDF in {p} gestoor</translation>
    </message>
    <message>
        <source>Finalise the record of advice</source>
        <translation>Finaliseer die adviesrekord</translation>
    </message>
    <message>
        <source>Once final, this record of advice and its PDF can never be changed. Finalise it now?</source>
        <translation>Sodra dit finaal is, kan hierdie adviesrekord en sy PDF nooit verander word nie. Finaliseer dit nou?</translation>
    </message>
    <message>
        <source>Finalising the record of advice</source>
        <translation>Finaliseer tans die adviesrekord</translation>
    </message>
    <message>
        <source>Final and locked. The PDF is document {doc} in the client&apos;s documents; SHA-256 {sha}</source>
        <translation>Finaal en gesluit. Die PDF is dokument {doc} in die kliënt se dokumente; SHA-256 {sha}</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>years</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dae</translation>
    </message>
    <message>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>Practice manager (administrator)</source>
        <translation>Praktykbestuurder (administrateur)</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Beplanner</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation>Nakomingsbeampte</translation>
    </message>
    <message>
        <source>Practice identity</source>
        <translation>Praktykidentiteit</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sekuriteit</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaring</translation>
    </message>
    <message>
        <source>Backups &amp; PDFs</source>
        <translation>Rugsteun &amp; PDF’s</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>Geregistreerde naam</translation>
    </message>
    <message>
        <source>The practice&apos;s registered name, on every letter and notice.</source>
        <translation>Die praktyk se geregistreerde naam, op elke brief en kennisgewing.</translation>
    </message>
    <message>
        <source>FSP number</source>
        <translation>FDV-nommer</translation>
    </message>
    <message>
        <source>The FSCA licence number (digits only); printed on letters and breach notices.</source>
        <translation>Die FSCA-lisensienommer (slegs syfers); gedruk op briewe en kennisgewings van inbreuke.</translation>
    </message>
    <message>
        <source>Physical address</source>
        <translation>Fisiese adres</translation>
    </message>
    <message>
        <source>Where the practice is (POPIA s18: the responsible party&apos;s address).</source>
        <translation>Waar die praktyk is (POPIA art. 18: die verantwoordelike party se adres).</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Posadres</translation>
    </message>
    <message>
        <source>Where letters to the practice go, if not the physical address.</source>
        <translation>Waarheen briewe aan die praktyk gaan, indien nie die fisiese adres nie.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>The practice&apos;s phone number.</source>
        <translation>Die praktyk se telefoonnommer.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pos</translation>
    </message>
    <message>
        <source>The practice&apos;s email address.</source>
        <translation>Die praktyk se e-posadres.</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Kantoorure</translation>
    </message>
    <message>
        <source>When clients can reach the practice, e.g. Mon–Fri 08:00–16:30.</source>
        <translation>Wanneer kliënte die praktyk kan bereik, bv. Ma–Vr 08:00–16:30.</translation>
    </message>
    <message>
        <source>Information officer</source>
        <translation>Inligtingsbeampte</translation>
    </message>
    <message>
        <source>The person responsible for POPIA compliance (s55), named on every letter.</source>
        <translation>Die persoon verantwoordelik vir POPIA-nakoming (art. 55), op elke brief genoem.</translation>
    </message>
    <message>
        <source>Information officer&apos;s email</source>
        <translation>Inligtingsbeampte se e-pos</translation>
    </message>
    <message>
        <source>Where data subjects write about their information.</source>
        <translation>Waarheen datasubjekte oor hul inligting skryf.</translation>
    </message>
    <message>
        <source>Information officer&apos;s phone</source>
        <translation>Inligtingsbeampte se telefoon</translation>
    </message>
    <message>
        <source>Deputy information officers</source>
        <translation>Adjunk-inligtingsbeamptes</translation>
    </message>
    <message>
        <source>Names, separated by semicolons (POPIA s56).</source>
        <translation>Name, geskei deur kommapunte (POPIA art. 56).</translation>
    </message>
    <message>
        <source>Information Regulator</source>
        <translation>Inligtingsreguleerder</translation>
    </message>
    <message>
        <source>The Regulator&apos;s contact details, printed where a letter tells people how to complain. Update them if the Regulator moves.</source>
        <translation>Die Reguleerder se kontakbesonderhede, gedruk waar ’n brief mense vertel hoe om te kla. Werk dit by as die Reguleerder verskuif.</translation>
    </message>
    <message>
        <source>Lock after (minutes idle)</source>
        <translation>Sluit ná (minute onaktief)</translation>
    </message>
    <message>
        <source>The desktop locks after this many idle minutes (1 to 240).</source>
        <translation>Die program sluit ná soveel minute sonder aktiwiteit (1 tot 240).</translation>
    </message>
    <message>
        <source>Planners see all clients</source>
        <translation>Beplanners sien alle kliënte</translation>
    </message>
    <message>
        <source>Yes: every planner may open every client. No: planners see only the clients assigned to them.</source>
        <translation>Ja: elke beplanner mag elke kliënt oopmaak. Nee: beplanners sien net die kliënte wat aan hulle toegewys is.</translation>
    </message>
    <message>
        <source>Review every (months)</source>
        <translation>Hersien elke (maande)</translation>
    </message>
    <message>
        <source>How often a client is reviewed; a new client&apos;s first review falls due this long after they became a client.</source>
        <translation>Hoe gereeld ’n kliënt hersien word; ’n nuwe kliënt se eerste hersiening val so lank nadat hulle kliënt geword het.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Rugsteunvouer</translation>
    </message>
    <message>
        <source>Where the rolling 30 days of backups go; empty: beside the practice database.</source>
        <translation>Waarheen die rugsteune van die afgelope 30 dae gaan; leeg: langs die praktykdatabasis.</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>PDF-wagwoord</translation>
    </message>
    <message>
        <source>The password suggested for a client&apos;s PDFs: a random one to give them separately (the default), or their ID number, which anyone who knows their date of birth can guess in about 10,000 tries.</source>
        <translation>Die wagwoord wat vir ’n kliënt se PDF’s voorgestel word: ’n lukrake een om apart aan hulle te gee (die verstek), of hul ID-nommer, wat enigiemand wat hul geboortedatum ken in sowat 10 000 pogings kan raai.</translation>
    </message>
    <message>
        <source>Products and records of advice</source>
        <translation>Produkte en adviesrekords</translation>
    </message>
    <message>
        <source>policies, quotes and records of advice; FAIS General Code of Conduct s3(2)</source>
        <translation>polisse, kwotasies en adviesrekords; FAIS Algemene Gedragskode art. 3(2)</translation>
    </message>
    <message>
        <source>policies, quotes and records of advice</source>
        <translation>polisse, kwotasies en adviesrekords</translation>
    </message>
    <message>
        <source>FAIS General Code of Conduct s3(2)</source>
        <translation>FAIS Algemene Gedragskode art. 3(2)</translation>
    </message>
    <message>
        <source>FICA s23</source>
        <translation>FICA art. 23</translation>
    </message>
    <message>
        <source>POPIA s14(1), s69</source>
        <translation>POPIA art. 14(1), art. 69</translation>
    </message>
    <message>
        <source>Identity and due-diligence records</source>
        <translation>Identiteits- en omsigtigheidsrekords</translation>
    </message>
    <message>
        <source>the client&apos;s identity, ID copies, proof of address; FICA s23</source>
        <translation>die kliënt se identiteit, ID-afskrifte, bewys van adres; FICA art. 23</translation>
    </message>
    <message>
        <source>the client&apos;s identity, ID copies, proof of address</source>
        <translation>die kliënt se identiteit, ID-afskrifte, bewys van adres</translation>
    </message>
    <message>
        <source>Tax records</source>
        <translation>Belastingrekords</translation>
    </message>
    <message>
        <source>documents filed as tax returns or assessments; Tax Administration Act s29(3)</source>
        <translation>dokumente geliasseer as belastingopgawes of -aanslae; Wet op Belastingadministrasie art. 29(3)</translation>
    </message>
    <message>
        <source>documents filed as tax returns or assessments</source>
        <translation>dokumente geliasseer as belastingopgawes of -aanslae</translation>
    </message>
    <message>
        <source>Tax Administration Act s29(3)</source>
        <translation>Wet op Belastingadministrasie art. 29(3)</translation>
    </message>
    <message>
        <source>Marketing data (prospects)</source>
        <translation>Bemarkingsdata (voornemende kliënte)</translation>
    </message>
    <message>
        <source>prospects kept only to market to them; POPIA s14(1), s69</source>
        <translation>voornemende kliënte wat net vir bemarking gehou word; POPIA art. 14(1), art. 69</translation>
    </message>
    <message>
        <source>prospects kept only to market to them</source>
        <translation>voornemende kliënte wat net vir bemarking gehou word</translation>
    </message>
    <message>
        <source>Technical logs</source>
        <translation>Tegniese logs</translation>
    </message>
    <message>
        <source>the application&apos;s log files; POPIA s14(1) (practice policy)</source>
        <translation>die program se loglêers; POPIA art. 14(1) (praktykbeleid)</translation>
    </message>
    <message>
        <source>the application&apos;s log files</source>
        <translation>die program se loglêers</translation>
    </message>
    <message>
        <source>POPIA s14(1) (practice policy)</source>
        <translation>POPIA art. 14(1) (praktykbeleid)</translation>
    </message>
    <message>
        <source>at least 5 years</source>
        <translation>minstens 5 jaar</translation>
    </message>
    <message>
        <source>practice policy</source>
        <translation>praktykbeleid</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Vernietig</translation>
    </message>
    <message>
        <source>De-identify</source>
        <translation>De-identifiseer</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Beperk</translation>
    </message>
    <message>
        <source>All records of this person</source>
        <translation>Alle rekords van hierdie persoon</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Sluit ná</translation>
    </message>
    <message>
        <source>Review every</source>
        <translation>Hersien elke</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Bewaartermyn</translation>
    </message>
    <message>
        <source>is empty; it is printed on letters, so fill it in</source>
        <translation>is leeg; dit word op briewe gedruk, vul dit dus in</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>is te lank</translation>
    </message>
    <message>
        <source>is too long; keep it under 200 characters</source>
        <translation>is te lank; hou dit onder 200 karakters</translation>
    </message>
    <message>
        <source>is too long; keep it under 500 characters</source>
        <translation>is te lank; hou dit onder 500 karakters</translation>
    </message>
    <message>
        <source>is too long; keep it under 1000 characters</source>
        <translation>is te lank; hou dit onder 1000 karakters</translation>
    </message>
    <message>
        <source>may contain only digits (the FSCA licence number, e.g. 12345)</source>
        <translation>mag net syfers bevat (die FSCA-lisensienommer, bv. 12345)</translation>
    </message>
    <message>
        <source>must be a whole number of minutes</source>
        <translation>moet ’n heelgetal minute wees</translation>
    </message>
    <message>
        <source>must be a whole number of months</source>
        <translation>moet ’n heelgetal maande wees</translation>
    </message>
    <message>
        <source>choose between 1 and 240 minutes</source>
        <translation>kies tussen 1 en 240 minute</translation>
    </message>
    <message>
        <source>choose between 1 and 60 months</source>
        <translation>kies tussen 1 en 60 maande</translation>
    </message>
    <message>
        <source>answer yes or no</source>
        <translation>antwoord ja of nee</translation>
    </message>
    <message>
        <source>write it like &apos;5 years&apos;, &apos;30 days&apos; or &apos;5 years 30 days&apos;</source>
        <translation>skryf dit soos &apos;5 jaar&apos;, &apos;30 dae&apos; of &apos;5 jaar 30 dae&apos;</translation>
    </message>
    <message>
        <source>is more than 100 years</source>
        <translation>is meer as 100 jaar</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>kan nie negatief wees nie</translation>
    </message>
    <message>
        <source>cannot be shorter than FAIS General Code of Conduct s3(2) requires (5 years, 0 days); a practice may keep records longer, not shorter</source>
        <translation>kan nie korter wees as wat die FAIS Algemene Gedragskode art. 3(2) vereis nie (5 jaar, 0 dae); ’n praktyk mag rekords langer bewaar, nie korter nie</translation>
    </message>
    <message>
        <source>cannot be shorter than FICA s23 requires (5 years, 0 days); a practice may keep records longer, not shorter</source>
        <translation>kan nie korter wees as wat FICA art. 23 vereis nie (5 jaar, 0 dae); ’n praktyk mag rekords langer bewaar, nie korter nie</translation>
    </message>
    <message>
        <source>cannot be shorter than Tax Administration Act s29(3) requires (5 years, 0 days); a practice may keep records longer, not shorter</source>
        <translation>kan nie korter wees as wat die Wet op Belastingadministrasie art. 29(3) vereis nie (5 jaar, 0 dae); ’n praktyk mag rekords langer bewaar, nie korter nie</translation>
    </message>
    <message>
        <source>use 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit</source>
        <translation>gebruik 2 tot 32 letters, syfers, punte, koppeltekens of onderstrepings, wat met ’n letter of syfer begin</translation>
    </message>
    <message>
        <source>use at least 10 characters; a short sentence works well</source>
        <translation>gebruik minstens 10 karakters; ’n kort sin werk goed</translation>
    </message>
    <message>
        <source>remove the spaces at the start or end</source>
        <translation>verwyder die spasies aan die begin of einde</translation>
    </message>
    <message>
        <source>use more than a few different characters</source>
        <translation>gebruik meer as ’n paar verskillende karakters</translation>
    </message>
    <message>
        <source>do not include the user name</source>
        <translation>moenie die gebruikersnaam insluit nie</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Wrong password at sign-in</source>
        <translation>Verkeerde wagwoord by aanmelding</translation>
    </message>
    <message>
        <source>Sign-in refused (account not active)</source>
        <translation>Aanmelding geweier (rekening nie aktief nie)</translation>
    </message>
    <message>
        <source>Unlocked with the recovery code</source>
        <translation>Met die herstelkode ontsluit</translation>
    </message>
    <message>
        <source>Practice created</source>
        <translation>Praktyk geskep</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Gebruiker bygevoeg</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Gebruiker gedeaktiveer</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Gebruiker geaktiveer</translation>
    </message>
    <message>
        <source>Password reset by a manager</source>
        <translation>Wagwoord deur ’n bestuurder herstel</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Wagwoord verander</translation>
    </message>
    <message>
        <source>Password hash strengthened</source>
        <translation>Wagwoord-hutswaarde versterk</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rol verander</translation>
    </message>
    <message>
        <source>Database re-keyed</source>
        <translation>Databasis het ’n nuwe sleutel</translation>
    </message>
    <message>
        <source>Recovery code replaced</source>
        <translation>Herstelkode vervang</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Instelling verander</translation>
    </message>
    <message>
        <source>Client record opened</source>
        <translation>Kliëntrekord oopgemaak</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Kliënt bygevoeg</translation>
    </message>
    <message>
        <source>Client record changed</source>
        <translation>Kliëntrekord verander</translation>
    </message>
    <message>
        <source>Client archived</source>
        <translation>Kliënt geargiveer</translation>
    </message>
    <message>
        <source>Client restored from archive</source>
        <translation>Kliënt uit argief teruggeplaas</translation>
    </message>
    <message>
        <source>Client destroyed (erasure)</source>
        <translation>Kliënt vernietig (uitwissing)</translation>
    </message>
    <message>
        <source>Client de-identified</source>
        <translation>Kliënt gede-identifiseer</translation>
    </message>
    <message>
        <source>Document viewed</source>
        <translation>Dokument bekyk</translation>
    </message>
    <message>
        <source>Document exported</source>
        <translation>Dokument uitgevoer</translation>
    </message>
    <message>
        <source>Data-subject package exported</source>
        <translation>Datasubjekpakket uitgevoer</translation>
    </message>
    <message>
        <source>Client list exported</source>
        <translation>Kliëntelys uitgevoer</translation>
    </message>
    <message>
        <source>Whole practice exported</source>
        <translation>Hele praktyk uitgevoer</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruk</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>Rugsteun gemaak</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Rugsteun teruggelaai</translation>
    </message>
    <message>
        <source>Audit trail opened</source>
        <translation>Ouditspoor oopgemaak</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Ouditspoor uitgevoer</translation>
    </message>
    <message>
        <source>Audit trail verified</source>
        <translation>Ouditspoor gekontroleer</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Choose a new password for {user}. Their old password stops working.</source>
        <translation>Kies ’n nuwe wagwoord vir {user}. Hul ou wagwoord werk dan nie meer nie.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellings</translation>
    </message>
    <message>
        <source>Replace the recovery code…</source>
        <translation>Vervang die herstelkode…</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelkode</translation>
    </message>
    <message>
        <source>Issue a new code if the printed one may have been seen; the old sheet stops working at once.</source>
        <translation>Reik ’n nuwe kode uit as die gedrukte een dalk gesien is; die ou blad werk dadelik nie meer nie.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation>Praktykinstellings</translation>
    </message>
    <message>
        <source>You can read these settings; only the practice manager edits them.</source>
        <translation>U kan hierdie instellings lees; net die praktykbestuurder wysig hulle.</translation>
    </message>
    <message>
        <source>* needed: printed on every letter and notice.</source>
        <translation>* nodig: gedruk op elke brief en kennisgewing.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Niks om te stoor nie.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gestoor.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked.</source>
        <translation>Niks is gestoor nie: korrigeer die gemerkte velde.</translation>
    </message>
    <message>
        <source>Replace the recovery code</source>
        <translation>Vervang die herstelkode</translation>
    </message>
    <message>
        <source>Issue a new recovery code? The printed code stops working; print or write down the new one and lock it away.</source>
        <translation>’n Nuwe herstelkode uitreik? Die gedrukte kode werk dan nie meer nie; druk of skryf die nuwe een neer en sluit dit weg.</translation>
    </message>
    <message>
        <source>A new recovery code was issued.</source>
        <translation>’n Nuwe herstelkode is uitgereik.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nuwe herstelkode</translation>
    </message>
    <message>
        <source>The new recovery code (shown once):</source>
        <translation>Die nuwe herstelkode (word een keer gewys):</translation>
    </message>
    <message>
        <source>Write it down or print this window and lock it away, apart from the computer. Anyone who has it and a copy of the data can read every record.</source>
        <translation>Skryf dit neer of druk hierdie venster en sluit dit weg, apart van die rekenaar. Enigiemand wat dit en ’n kopie van die data het, kan elke rekord lees.</translation>
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
    <name>StandardButtons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Import a commission statement</source>
        <translation>Voer ’n kommissiestaat in</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Voer in</translation>
    </message>
    <message>
        <source>e.g. Sanlam</source>
        <translation>bv. Sanlam</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Bevat</translation>
    </message>
    <message>
        <source>Remember this mapping for the provider</source>
        <translation>Onthou hierdie toewysing vir die verskaffer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Lêer</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Verskaffer</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolomme</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(nie gebruik nie)</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Client summary and fact-find</source>
        <translation>Kliëntopsomming en feitebevinding</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Stoor PDF…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Choose a client first: type a name and press Enter.</source>
        <translation>Kies eers ’n kliënt: tik ’n naam en druk Enter.</translation>
    </message>
    <message>
        <source>Save the client summary</source>
        <translation>Stoor die kliëntopsomming</translation>
    </message>
    <message>
        <source>Preparing the client summary</source>
        <translation>Berei tans die kliëntopsomming voor</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gestoor in {path}</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags and saved searches</source>
        <translation>Etikette en gestoorde soektogte</translation>
    </message>
    <message>
        <source>Tags (tick to filter)</source>
        <translation>Etikette (merk om te filtreer)</translation>
    </message>
    <message>
        <source>name, ID, phone, policy…</source>
        <translation>naam, ID, telefoon, polis…</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Enige</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Hersiening verskuldig</translation>
    </message>
    <message>
        <source>Marketing allowed (POPIA s69)</source>
        <translation>Bemarking toegelaat (POPIA art. 69)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Soek</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Voer uit</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Stoor…</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gestoorde soektogte</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Selfoon</translation>
    </message>
    <message>
        <source>Tag selected…</source>
        <translation>Etiketteer gekose…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Wys toe…</translation>
    </message>
    <message>
        <source>Task…</source>
        <translation>Taak…</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <source>{n} client(s): {what}</source>
        <translation>{n} kliënt(e): {what}</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Stoor soektog</translation>
    </message>
    <message>
        <source>Saved {n}</source>
        <translation>{n} gestoor</translation>
    </message>
    <message>
        <source>Select clients in the list first.</source>
        <translation>Kies eers kliënte in die lys.</translation>
    </message>
    <message>
        <source>Tag selected</source>
        <translation>Etiketteer gekose</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Tagged {n} client(s).</source>
        <translation>{n} kliënt(e) geëtiketteer.</translation>
    </message>
    <message>
        <source>Assign to planner</source>
        <translation>Wys toe aan beplanner</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Assigned {n} client(s).</source>
        <translation>{n} kliënt(e) toegewys.</translation>
    </message>
    <message>
        <source>Task for each client</source>
        <translation>Taak vir elke kliënt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Added the task to {n} client(s).</source>
        <translation>Die taak is by {n} kliënt(e) gevoeg.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Create a task for each client</source>
        <translation>Skep ’n taak vir elke kliënt</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skep</translation>
    </message>
    <message>
        <source>e.g. Book the annual review</source>
        <translation>bv. Bespreek die jaarlikse hersiening</translation>
    </message>
    <message>
        <source>Task *</source>
        <translation>Taak *</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Sperdatum</translation>
    </message>
    <message>
        <source>One task each for {clients}.</source>
        <translation>Een taak elk vir {clients}.</translation>
    </message>
    <message>
        <source>Type what the task is.</source>
        <translation>Tik wat die taak is.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New letter template</source>
        <translation>Nuwe briefsjabloon</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <source>Service (every chosen client)</source>
        <translation>Diens (elke gekose kliënt)</translation>
    </message>
    <message>
        <source>Marketing (only with consent, POPIA s69)</source>
        <translation>Bemarking (net met toestemming, POPIA art. 69)</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Die kliënt</translation>
    </message>
    <message>
        <source>The client&apos;s product provider</source>
        <translation>Die kliënt se produkverskaffer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velde</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Laaste aanmelding</translation>
    </message>
    <message>
        <source>Last wrong password</source>
        <translation>Laaste verkeerde wagwoord</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Verander rol</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Voeg gebruiker by…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Herstel wagwoord…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Deaktiveer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Role of the selected user:</source>
        <translation>Rol van die gekose gebruiker:</translation>
    </message>
    <message>
        <source>Each user has their own password, which also unlocks their own copy of the practice key. Disabling a user removes that copy: their password no longer opens the practice. Every change here is recorded in the audit trail.</source>
        <translation>Elke gebruiker het ’n eie wagwoord, wat ook hul eie kopie van die praktyksleutel ontsluit. Om ’n gebruiker te deaktiveer, verwyder daardie kopie: hul wagwoord maak die praktyk nie meer oop nie. Elke verandering hier word in die ouditspoor aangeteken.</translation>
    </message>
    <message>
        <source>Your role may not manage users. Ask the practice manager for changes.</source>
        <translation>U rol mag nie gebruikers bestuur nie. Vra die praktykbestuurder vir veranderings.</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Aktiveer…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Besig…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktief</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Gedeaktiveer</translation>
    </message>
    <message>
        <source>Added {user}. They can sign in now.</source>
        <translation>{user} is bygevoeg. Hulle kan nou aanmeld.</translation>
    </message>
    <message>
        <source>{user} is now {role}.</source>
        <translation>{user} is nou {role}.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Herstel wagwoord</translation>
    </message>
    <message>
        <source>The password for {user} has been reset.</source>
        <translation>Die wagwoord van {user} is herstel.</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>Aktiveer gebruiker</translation>
    </message>
    <message>
        <source>{user} is enabled with a new password.</source>
        <translation>{user} is met ’n nuwe wagwoord geaktiveer.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Deaktiveer gebruiker</translation>
    </message>
    <message>
        <source>Disable {name} ({user})?</source>
        <translation>Deaktiveer {name} ({user})?</translation>
    </message>
    <message>
        <source>Their password will no longer open the practice. Their name stays on the records they made and in the audit trail.</source>
        <translation>Hul wagwoord sal die praktyk nie meer oopmaak nie. Hul naam bly op die rekords wat hulle gemaak het en in die ouditspoor.</translation>
    </message>
    <message>
        <source>Also give the database a new key (recommended when someone leaves)</source>
        <translation>Gee ook die databasis ’n nuwe sleutel (aanbeveel wanneer iemand vertrek)</translation>
    </message>
    <message>
        <source>Nothing they may have kept, such as a key remembered on their computer, will open the practice. Everyone else keeps their password.</source>
        <translation>Niks wat hulle dalk gehou het, soos ’n sleutel wat op hul rekenaar onthou is, sal die praktyk oopmaak nie. Almal anders behou hul wagwoord.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktiveer</translation>
    </message>
    <message>
        <source>{user} is disabled and the database has a new key.</source>
        <translation>{user} is gedeaktiveer en die databasis het ’n nuwe sleutel.</translation>
    </message>
    <message>
        <source>{user} is disabled.</source>
        <translation>{user} is gedeaktiveer.</translation>
    </message>
</context>
<context>
    <name>_Field</name>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>{help}. The law: {minimum}.</source>
        <translation>{help}. Die wet: {minimum}.</translation>
    </message>
    <message>
        <source>Yes: every planner sees every client</source>
        <translation>Ja: elke beplanner sien elke kliënt</translation>
    </message>
    <message>
        <source>No: planners see the clients assigned to them</source>
        <translation>Nee: beplanners sien die kliënte wat aan hulle toegewys is</translation>
    </message>
    <message>
        <source>The client&apos;s ID number</source>
        <translation>Die kliënt se ID-nommer</translation>
    </message>
    <message>
        <source>A random password, given separately</source>
        <translation>’n Lukrake wagwoord, apart gegee</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Rugsteunvouer</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Same {what} as client {number} ({name})</source>
        <translation>Dieselfde {what} as kliënt {number} ({name})</translation>
    </message>
    <message>
        <source>Same {what} as row {row} of this file</source>
        <translation>Dieselfde {what} as ry {row} van hierdie lêer</translation>
    </message>
</context>
</TS>
