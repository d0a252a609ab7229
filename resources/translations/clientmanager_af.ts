<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="af_ZA" sourcelanguage="en_ZA">
<context>
    <name>ActDialog</name>
    <message>
        <source>Act on request {number}: {kind}</source>
        <translation>Handel op versoek {number}: {kind}</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Doen dit</translation>
    </message>
    <message>
        <source>The correct value (empty removes it)</source>
        <translation>Die korrekte waarde (leeg verwyder dit)</translation>
    </message>
    <message>
        <source>Where to save the package (.zip)</source>
        <translation>Waar om die pakket te stoor (.zip)</translation>
    </message>
    <message>
        <source>Protect report.pdf with a random passphrase (shown once)</source>
        <translation>Beskerm report.pdf met ’n ewekansige wagfrase (een keer gewys)</translation>
    </message>
    <message>
        <source>The letters and notices are saved in this folder.</source>
        <translation>Die briewe en kennisgewings word in hierdie vouer gestoor.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nuwe waarde</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Toestemming teruggetrek</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <source>Letters folder</source>
        <translation>Briewevouer</translation>
    </message>
</context>
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
    <name>AffectedDialog</name>
    <message>
        <source>Add affected clients: breach {id}</source>
        <translation>Voeg geraakte kliënte by: oortreding {id}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Voeg by</translation>
    </message>
    <message>
        <source>Client numbers, e.g. 12, 48, 301</source>
        <translation>Kliëntnommers, bv. 12, 48, 301</translation>
    </message>
    <message>
        <source>Only the clients listed</source>
        <translation>Slegs die kliënte gelys</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kliënte</translation>
    </message>
    <message>
        <source>Or everyone</source>
        <translation>Of almal</translation>
    </message>
    <message>
        <source>{count} people are linked now.</source>
        <translation>{count} mense is nou gekoppel.</translation>
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
        <source>(no client)</source>
        <translation>(geen kliënt)</translation>
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
    <name>AttachForm4Dialog</name>
    <message>
        <source>Attach a signed Form 4</source>
        <translation>Heg ’n getekende Vorm 4 aan</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Heg aan</translation>
    </message>
    <message>
        <source>The scanned, signed form (PDF, PNG or JPEG)</source>
        <translation>Die geskandeerde, getekende vorm (PDF, PNG of JPEG)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Blaai…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pos</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>For a child: the parent or guardian who signed</source>
        <translation>Vir ’n kind: die ouer of voog wat geteken het</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Getekende vorm</translation>
    </message>
    <message>
        <source>Ticked on the form</source>
        <translation>Op die vorm gemerk</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Geteken deur</translation>
    </message>
    <message>
        <source>Signed Form 4</source>
        <translation>Getekende Vorm 4</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation>Kon nie {path} lees nie: {reason}.</translation>
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
    <name>BackupCentreDialog</name>
    <message>
        <source>To open this copy on another computer you will need the practice&apos;s recovery code (or an administrator&apos;s password from when the backup was taken). Keep the drive and the recovery sheet in different places.</source>
        <translation>Om hierdie afskrif op ’n ander rekenaar oop te maak, het u die praktyk se herstelkode nodig (of ’n administrateur se wagwoord van toe die rugsteun gemaak is). Hou die skyf en die herstelblad op verskillende plekke.</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Kopieer tans die databasis…</translation>
    </message>
    <message>
        <source>Checking the copy (encryption, integrity, row counts)…</source>
        <translation>Kontroleer tans die afskrif (enkripsie, integriteit, rytellings)…</translation>
    </message>
    <message>
        <source>Writing the checksums…</source>
        <translation>Skryf tans die kontrolesomme…</translation>
    </message>
    <message>
        <source>Backing up the current database first…</source>
        <translation>Rugsteun eers die huidige databasis…</translation>
    </message>
    <message>
        <source>Preparing the restored database…</source>
        <translation>Berei tans die herstelde databasis voor…</translation>
    </message>
    <message>
        <source>Putting the restored database in place…</source>
        <translation>Plaas tans die herstelde databasis…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gemaak</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kliënte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daagliks</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handmatig</translation>
    </message>
    <message>
        <source>At close</source>
        <translation>By afsluiting</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Voor ’n herstel</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} grepe</translation>
    </message>
    <message>
        <source>Backup centre</source>
        <translation>Rugsteunsentrum</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Verander vouer…</translation>
    </message>
    <message>
        <source>Keep the backups on another drive, such as a second disk. Existing backups stay where they are.</source>
        <translation>Hou die rugsteune op ’n ander skyf, soos ’n tweede skyf. Bestaande rugsteune bly waar hulle is.</translation>
    </message>
    <message>
        <source>A verified backup of the office server&apos;s database is taken every day and kept in this folder. The newest backup of each of the last 30 days is kept, and always the newest five. Each one is encrypted with the practice key and carries the key-slot file, so it can be restored with the recovery code.</source>
        <translation>Elke dag word ’n gekontroleerde rugsteun van die kantoorbediener se databasis gemaak en in hierdie vouer gehou. Die nuutste rugsteun van elk van die laaste 30 dae word gehou, en altyd die nuutste vyf. Elkeen is met die praktyksleutel geënkripteer en dra die sleutelgleuflêer, sodat dit met die herstelkode herstel kan word.</translation>
    </message>
    <message>
        <source>A verified backup is taken every day. The newest backup of each of the last 30 days is kept, and always the newest five. Each one is encrypted with the practice key and carries the key-slot file, so it can be restored on a new computer with the recovery code.</source>
        <translation>Elke dag word ’n gekontroleerde rugsteun gemaak. Die nuutste rugsteun van elk van die laaste 30 dae word gehou, en altyd die nuutste vyf. Elkeen is met die praktyksleutel geënkripteer en dra die sleutelgleuflêer, sodat dit met die herstelkode op ’n nuwe rekenaar herstel kan word.</translation>
    </message>
    <message>
        <source>There are no backups yet. Click “Back up now” to take one.</source>
        <translation>Daar is nog geen rugsteune nie. Klik “Rugsteun nou” om een te maak.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Rugsteun nou</translation>
    </message>
    <message>
        <source>Copy backup to…</source>
        <translation>Kopieer rugsteun na…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Kontroleer</translation>
    </message>
    <message>
        <source>Remove erased people…</source>
        <translation>Verwyder geskrapte persone…</translation>
    </message>
    <message>
        <source>Rewrite every retained backup without the people erased since it was taken</source>
        <translation>Herskryf elke behoue rugsteun sonder die persone wat sedertdien geskrap is</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Herstel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Rugsteune</translation>
    </message>
    <message>
        <source>Backup folder: {folder}</source>
        <translation>Rugsteunvouer: {folder}</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Gekontroleer</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beskadig</translation>
    </message>
    <message>
        <source>Opened and checked when it was made.</source>
        <translation>Oopgemaak en gekontroleer toe dit gemaak is.</translation>
    </message>
    <message>
        <source>Starting the backup…</source>
        <translation>Begin tans die rugsteun…</translation>
    </message>
    <message>
        <source>Backup taken and verified: {name} ({size}).</source>
        <translation>Rugsteun gemaak en gekontroleer: {name} ({size}).</translation>
    </message>
    <message>
        <source>Keep the backups in</source>
        <translation>Hou die rugsteune in</translation>
    </message>
    <message>
        <source>Checking that {folder} can hold backups…</source>
        <translation>Kontroleer tans of {folder} rugsteune kan hou…</translation>
    </message>
    <message>
        <source>New backups will be kept in {folder}. The earlier ones stay where they were.</source>
        <translation>Nuwe rugsteune sal in {folder} gehou word. Die vroeëres bly waar hulle was.</translation>
    </message>
    <message>
        <source>Copy the backup to (a USB drive or another folder)</source>
        <translation>Kopieer die rugsteun na (’n USB-skyf of ’n ander vouer)</translation>
    </message>
    <message>
        <source>Copying {name} to {destination}…</source>
        <translation>Kopieer tans {name} na {destination}…</translation>
    </message>
    <message>
        <source>Copied and checked: {copy}</source>
        <translation>Gekopieer en gekontroleer: {copy}</translation>
    </message>
    <message>
        <source>Verifying {name}…</source>
        <translation>Kontroleer tans {name}…</translation>
    </message>
    <message>
        <source>{name} is sound: its checksums match and every part of the server&apos;s dump decrypts and reads back in full. A test restore into a scratch database on the server needs the server&apos;s owner account; whoever looks after the server can run it with: clientmanager verify-backup --owner</source>
        <translation>{name} is gaaf: sy kontrolesomme klop en elke deel van die bediener se stortlêer word ontsleutel en volledig teruggelees. ’n Toetsherstel in ’n kladdatabasis op die bediener het die bediener se eienaarrekening nodig; wie die bediener versorg, kan dit doen met: clientmanager verify-backup --owner</translation>
    </message>
    <message>
        <source>{name} is sound: checksums, encryption and integrity checks and row counts all match.</source>
        <translation>{name} is in orde: kontrolesomme, enkripsie- en integriteitstoetse en rytellings stem almal ooreen.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be restored: {problems}.
Use another backup; take a new one now if this was the newest.</source>
        <translation>{name} is beskadig en kan nie herstel word nie: {problems}.
Gebruik ’n ander rugsteun; maak nou ’n nuwe een as dit die nuutste was.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Herstel hierdie rugsteun?</translation>
    </message>
    <message>
        <source>Restore the backup taken on {taken}?

Everything entered since then will be replaced by what the backup holds. The current database is backed up first, so this can be undone by restoring that backup. Clients erased since then stay erased.

The practice closes afterwards and everyone must sign in again.</source>
        <translation>Herstel die rugsteun wat op {taken} gemaak is?

Alles wat sedertdien ingevoer is, word vervang deur wat die rugsteun bevat. Die huidige databasis word eers gerugsteun, sodat dit ongedaan gemaak kan word deur daardie rugsteun te herstel. Kliënte wat sedertdien geskrap is, bly geskrap.

Die praktyk sluit daarna en almal moet weer aanmeld.</translation>
    </message>
    <message>
        <source>Remove erased people from the backups</source>
        <translation>Verwyder geskrapte persone uit die rugsteune</translation>
    </message>
    <message>
        <source>Every retained backup that still holds someone who was erased is rewritten without them and verified again. This can take a few minutes.

Go ahead?</source>
        <translation>Elke behoue rugsteun wat nog iemand bevat wat geskrap is, word sonder hulle herskryf en weer gekontroleer. Dit kan ’n paar minute duur.

Gaan voort?</translation>
    </message>
    <message>
        <source>Removing erased people from the backups…</source>
        <translation>Verwyder tans geskrapte persone uit die rugsteune…</translation>
    </message>
    <message>
        <source>Erased people were removed from {count} backup(s).</source>
        <translation>Geskrapte persone is uit {count} rugsteun(e) verwyder.</translation>
    </message>
    <message>
        <source>No retained backup holds anyone who was erased.</source>
        <translation>Geen behoue rugsteun bevat iemand wat geskrap is nie.</translation>
    </message>
    <message>
        <source>Not reached: {folders}.</source>
        <translation>Nie bereik nie: {folders}.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Kontroleer tans die rugsteun…</translation>
    </message>
    <message>
        <source>{name} was taken under a key this practice no longer holds.</source>
        <translation>{name} is gemaak onder ’n sleutel wat hierdie praktyk nie meer hou nie.</translation>
    </message>
    <message>
        <source>Restore it from the command line (&apos;clientmanager restore&apos;) with a password or the recovery code from when it was taken.</source>
        <translation>Herstel dit vanaf die opdragreël (&apos;clientmanager restore&apos;) met ’n wagwoord of die herstelkode van toe dit gemaak is.</translation>
    </message>
    <message>
        <source>Restored the backup of {taken}.</source>
        <translation>Die rugsteun van {taken} is herstel.</translation>
    </message>
    <message>
        <source>The database it replaced was kept as {name}.</source>
        <translation>Die databasis wat dit vervang het, is as {name} gehou.</translation>
    </message>
    <message>
        <source>{count} erasure(s) were applied again.</source>
        <translation>{count} skrapping(s) is weer toegepas.</translation>
    </message>
    <message>
        <source>WARNING: this backup is older than an erasure made on {when} UTC that could not be applied (its ledger was sealed under a newer key), so a person erased then may be back. Check the erasure register and erase them again, or restore from the command line with --ledger.</source>
        <translation>WAARSKUWING: hierdie rugsteun is ouer as ’n skrapping op {when} UTC wat nie toegepas kon word nie (die grootboek daarvan is onder ’n nuwer sleutel verseël), so ’n persoon wat toe geskrap is, kan terug wees. Gaan die skrappingsregister na en skrap hulle weer, of herstel vanaf die opdragreël met --ledger.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Meld weer aan om voort te gaan.</translation>
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
    <name>BreachForm</name>
    <message>
        <source>Record a security compromise</source>
        <translation>Teken ’n sekuriteitskompromie aan</translation>
    </message>
    <message>
        <source>e.g. Laptop stolen from car</source>
        <translation>bv. Skootrekenaar uit motor gesteel</translation>
    </message>
    <message>
        <source>What happened, where, and how it was found out</source>
        <translation>Wat gebeur het, waar, en hoe dit uitgevind is</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <source>Only the clients listed below</source>
        <translation>Net die kliënte hieronder gelys</translation>
    </message>
    <message>
        <source>Client numbers, e.g. 12, 48, 301</source>
        <translation>Kliëntnommers, bv. 12, 48, 301</translation>
    </message>
    <message>
        <source>Count the people linked</source>
        <translation>Tel die gekoppelde persone</translation>
    </message>
    <message>
        <source>The information was encrypted, and the key was not lost</source>
        <translation>Die inligting was geënkripteer, en die sleutel is nie verloor nie</translation>
    </message>
    <message>
        <source>s22(5)(a): what could happen to the people affected</source>
        <translation>art. 22(5)(a): wat met die geraakte persone kan gebeur</translation>
    </message>
    <message>
        <source>s22(5)(b): what the practice did, or will do</source>
        <translation>art. 22(5)(b): wat die praktyk gedoen het, of sal doen</translation>
    </message>
    <message>
        <source>s22(5)(c): what people can do to protect themselves</source>
        <translation>art. 22(5)(c): wat persone kan doen om hulself te beskerm</translation>
    </message>
    <message>
        <source>s22(5)(d): who did it, if known; else leave empty</source>
        <translation>art. 22(5)(d): wie dit gedoen het, indien bekend; laat anders leeg</translation>
    </message>
    <message>
        <source>How it was discovered, e.g. the planner reported it</source>
        <translation>Hoe dit ontdek is, bv. die beplanner het dit aangemeld</translation>
    </message>
    <message>
        <source>How and when the people were or will be told, e.g. letters by post on 3 Dec</source>
        <translation>Hoe en wanneer die persone ingelig is of sal word, bv. briewe per pos op 3 Des.</translation>
    </message>
    <message>
        <source>The reason for any delay in notifying (s22(2))</source>
        <translation>Die rede vir enige vertraging met kennisgewing (art. 22(2))</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Voorval</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat gebeur het</translation>
    </message>
    <message>
        <source>Happened on</source>
        <translation>Gebeur op</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>Ontdek op</translation>
    </message>
    <message>
        <source>Information involved</source>
        <translation>Betrokke inligting</translation>
    </message>
    <message>
        <source>Who was affected</source>
        <translation>Wie geraak is</translation>
    </message>
    <message>
        <source>Number affected</source>
        <translation>Getal geraak</translation>
    </message>
    <message>
        <source>Possible consequences</source>
        <translation>Moontlike gevolge</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Maatreëls getref</translation>
    </message>
    <message>
        <source>What people can do</source>
        <translation>Wat persone kan doen</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Wie dit gedoen het</translation>
    </message>
    <message>
        <source>How it was discovered</source>
        <translation>Hoe dit ontdek is</translation>
    </message>
    <message>
        <source>Telling the people</source>
        <translation>Kennisgewing aan die persone</translation>
    </message>
    <message>
        <source>Reason for any delay</source>
        <translation>Rede vir enige vertraging</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Teken aan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
    <message>
        <source>Edit breach {number}</source>
        <translation>Wysig oortreding {number}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <source>Client numbers</source>
        <translation>Kliëntnommers</translation>
    </message>
    <message>
        <source>list the numbers separated by commas</source>
        <translation>lys die nommers, geskei deur kommas</translation>
    </message>
</context>
<context>
    <name>BreachRegisterDialog</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Ontdek</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Voorval</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Geënkripteer</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>Reguleerder</translation>
    </message>
    <message>
        <source>People told</source>
        <translation>Persone ingelig</translation>
    </message>
    <message>
        <source>POPIA s22: when personal information may have been accessed or acquired by someone unauthorised, tell the Information Regulator and the people affected as soon as reasonably possible. Each letter must give the possible consequences, the measures taken, what the person can do, and who did it if known (s22(5)).</source>
        <translation>POPIA art. 22: wanneer iemand sonder magtiging moontlik toegang tot persoonlike inligting gekry of dit bekom het, stel die Inligtingsreguleerder en die geraakte persone so gou as wat redelikerwys moontlik is in kennis. Elke brief moet die moontlike gevolge gee, die maatreëls wat getref is, wat die persoon kan doen, en wie dit gedoen het indien bekend (art. 22(5)).</translation>
    </message>
    <message>
        <source>Breach register</source>
        <translation>Oortredingsregister</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laai tans…</translation>
    </message>
    <message>
        <source>Record breach…</source>
        <translation>Teken oortreding aan…</translation>
    </message>
    <message>
        <source>Lost backup drive…</source>
        <translation>Verlore rugsteunskyf…</translation>
    </message>
    <message>
        <source>Draft Regulator notice…</source>
        <translation>Stel kennisgewing aan Reguleerder op…</translation>
    </message>
    <message>
        <source>Draft letters…</source>
        <translation>Stel briewe op…</translation>
    </message>
    <message>
        <source>Regulator notified…</source>
        <translation>Reguleerder in kennis gestel…</translation>
    </message>
    <message>
        <source>People notified</source>
        <translation>Persone in kennis gestel</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wysig…</translation>
    </message>
    <message>
        <source>Add affected clients…</source>
        <translation>Voeg geraakte kliënte by…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog nie</translation>
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
        <source>{count} incident recorded</source>
        <translation>{count} voorval aangeteken</translation>
    </message>
    <message>
        <source>{count} incidents recorded</source>
        <translation>{count} voorvalle aangeteken</translation>
    </message>
    <message>
        <source>{recorded}; {waiting} not yet reported to the Regulator.</source>
        <translation>{recorded}; {waiting} nog nie by die Reguleerder aangemeld nie.</translation>
    </message>
    <message>
        <source>{recorded}.</source>
        <translation>{recorded}.</translation>
    </message>
    <message>
        <source>Select an incident to see its details.</source>
        <translation>Kies ’n voorval om sy besonderhede te sien.</translation>
    </message>
    <message>
        <source>&lt;i&gt;not recorded&lt;/i&gt;</source>
        <translation>&lt;i&gt;nie aangeteken nie&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Information: {categories}</source>
        <translation>Inligting: {categories}</translation>
    </message>
    <message>
        <source>Possible consequences: {text}</source>
        <translation>Moontlike gevolge: {text}</translation>
    </message>
    <message>
        <source>Measures taken: {text}</source>
        <translation>Maatreëls getref: {text}</translation>
    </message>
    <message>
        <source>What people can do: {text}</source>
        <translation>Wat persone kan doen: {text}</translation>
    </message>
    <message>
        <source>Who did it: {text}</source>
        <translation>Wie dit gedoen het: {text}</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nie bekend nie</translation>
    </message>
    <message>
        <source>Regulator&apos;s reference: {text}</source>
        <translation>Reguleerder se verwysing: {text}</translation>
    </message>
    <message>
        <source>The lost backup&apos;s manifest</source>
        <translation>Die verlore rugsteun se manifes</translation>
    </message>
    <message>
        <source>Backup manifest (manifest.json)</source>
        <translation>Rugsteunmanifes (manifest.json)</translation>
    </message>
    <message>
        <source>Save the Regulator notice</source>
        <translation>Stoor die kennisgewing aan die Reguleerder</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Vouer vir die briewe</translation>
    </message>
    <message>
        <source>Regulator notice saved: {path}</source>
        <translation>Kennisgewing aan die Reguleerder gestoor: {path}</translation>
    </message>
    <message>
        <source>{count} letter saved in {folder}.</source>
        <translation>{count} brief in {folder} gestoor.</translation>
    </message>
    <message>
        <source>{count} letters saved in {folder}.</source>
        <translation>{count} briewe in {folder} gestoor.</translation>
    </message>
    <message>
        <source>Breach {number}: {count} more affected people linked.</source>
        <translation>Oortreding {number}: nog {count} geraakte persone gekoppel.</translation>
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
        <source>Cancel appointment…</source>
        <translation>Kanselleer afspraak…</translation>
    </message>
    <message>
        <source>Cancel the appointment in the selected hour</source>
        <translation>Kanselleer die afspraak in die gekose uur</translation>
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
        <source>Select an appointment in the calendar first.</source>
        <translation>Kies eers ’n afspraak in die kalender.</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Kanselleer afspraak</translation>
    </message>
    <message>
        <source>Which appointment?</source>
        <translation>Watter afspraak?</translation>
    </message>
    <message>
        <source>Cancel {what}?</source>
        <translation>Kanselleer {what}?</translation>
    </message>
    <message>
        <source>Cancelled: {title}, {when}.</source>
        <translation>Gekanselleer: {title}, {when}.</translation>
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
    <name>ClientList</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>SA ID number</source>
        <translation>SA ID-nommer</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Selfoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pos</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Gebore</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Laaste hersiening</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle kliënte</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>My kliënte</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Agterstallige hersienings</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>Verjaardae hierdie week</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouding</translation>
    </message>
    <message>
        <source>Reviews due in 30 days</source>
        <translation>Hersienings binne 30 dae</translation>
    </message>
    <message>
        <source>Tasks due this week</source>
        <translation>Take hierdie week verskuldig</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>Reviews apply to clients, not to dependants</source>
        <translation>Hersienings geld vir kliënte, nie vir afhanklikes nie</translation>
    </message>
    <message>
        <source>Review overdue: no review in the last {months} months</source>
        <translation>Hersiening agterstallig: geen hersiening in die afgelope {months} maande nie</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Nog nie hersien nie</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Search name, ID number, phone, email or policy number</source>
        <translation>Soek op naam, ID-nommer, telefoon, e-pos of polisnommer</translation>
    </message>
    <message>
        <source>Selected ▾</source>
        <translation>Gekose ▾</translation>
    </message>
    <message>
        <source>Work on the selected clients: assign, task, reviewed</source>
        <translation>Werk met die gekose kliënte: toewys, taak, hersien</translation>
    </message>
    <message>
        <source>The selected client is not in a household. Select a member of one in All clients, then choose this filter.</source>
        <translation>Die gekose kliënt behoort nie aan ’n huishouding nie. Kies ’n lid van een onder Alle kliënte en kies dan weer Huishouding.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Soek tans…</translation>
    </message>
    <message>
        <source>More than {count} clients – counting…</source>
        <translation>Meer as {count} kliënte – tel tans…</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 kliënt</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>{count} kliënte</translation>
    </message>
    <message>
        <source>No clients match “{typed}”. Try fewer letters, a surname, or part of an ID number, phone number or email.</source>
        <translation>Geen kliënte stem ooreen met “{typed}” nie. Probeer minder letters, ’n van, of deel van ’n ID-nommer, telefoonnommer of e-posadres.</translation>
    </message>
    <message>
        <source>No clients match “{typed}” in {filter}. Try fewer letters, a surname, or part of an ID number, phone number or email; or choose All clients.</source>
        <translation>Geen kliënte in {filter} stem ooreen met “{typed}” nie. Probeer minder letters, ’n van, of deel van ’n ID-nommer, telefoonnommer of e-posadres; of kies Alle kliënte.</translation>
    </message>
    <message>
        <source>No clients are assigned to you yet.</source>
        <translation>Nog geen kliënte is aan u toegewys nie.</translation>
    </message>
    <message>
        <source>No reviews are overdue.</source>
        <translation>Geen hersienings is agterstallig nie.</translation>
    </message>
    <message>
        <source>No reviews fall due in the next 30 days.</source>
        <translation>Geen hersienings val in die volgende 30 dae nie.</translation>
    </message>
    <message>
        <source>No client has a task due this week.</source>
        <translation>Geen kliënt het hierdie week ’n taak wat verskuldig is nie.</translation>
    </message>
    <message>
        <source>No birthdays this week.</source>
        <translation>Geen verjaardae hierdie week nie.</translation>
    </message>
    <message>
        <source>No one in this household is on the list.</source>
        <translation>Niemand in hierdie huishouding is op die lys nie.</translation>
    </message>
    <message>
        <source>No clients yet. Add one with Client ▸ New client (Ctrl+N).</source>
        <translation>Nog geen kliënte nie. Voeg een by met Kliënt ▸ Nuwe kliënt (Ctrl+N).</translation>
    </message>
    <message>
        <source>Copy SA ID number</source>
        <translation>Kopieer SA ID-nommer</translation>
    </message>
    <message>
        <source>Copy mobile number</source>
        <translation>Kopieer selfoonnommer</translation>
    </message>
    <message>
        <source>Copy email address</source>
        <translation>Kopieer e-posadres</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Maak oop</translation>
    </message>
    <message>
        <source>Show household</source>
        <translation>Wys huishouding</translation>
    </message>
    <message>
        <source>Taken off the clipboard again after 30 seconds</source>
        <translation>Ná 30 sekondes weer van die knipbord verwyder</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Type a name, ID number or phone…</source>
        <translation>Tik ’n naam, ID-nommer of telefoon…</translation>
    </message>
    <message>
        <source>No client chosen</source>
        <translation>Geen kliënt gekies nie</translation>
    </message>
    <message>
        <source>Client {id}</source>
        <translation>Kliënt {id}</translation>
    </message>
    <message>
        <source>{name} (client {number}, born {born})</source>
        <translation>{name} (kliënt {number}, gebore {born})</translation>
    </message>
    <message>
        <source>{name} (client {number})</source>
        <translation>{name} (kliënt {number})</translation>
    </message>
    <message>
        <source>Choose one of {count} matches</source>
        <translation>Kies een van {count} moontlikhede</translation>
    </message>
    <message>
        <source>No client matches</source>
        <translation>Geen kliënt stem ooreen nie</translation>
    </message>
    <message>
        <source>Client {id} (not found)</source>
        <translation>Kliënt {id} (nie gevind nie)</translation>
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
        <source>No appointments booked.</source>
        <translation>Geen afsprake bespreek nie.</translation>
    </message>
    <message>
        <source>Policy anniversaries and renewals (90 days)</source>
        <translation>Polisherdenkings en hernuwings (90 dae)</translation>
    </message>
    <message>
        <source>None in the next 90 days.</source>
        <translation>Geen in die volgende 90 dae nie.</translation>
    </message>
    <message>
        <source>Records of advice</source>
        <translation>Advieserekords</translation>
    </message>
    <message>
        <source>No records of advice yet.</source>
        <translation>Nog geen advieserekords nie.</translation>
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
    <name>ClientRecord</name>
    <message>
        <source>Add assets and liabilities to see the balance sheet.</source>
        <translation>Voeg bates en laste by om die balansstaat te sien.</translation>
    </message>
    <message>
        <source>Net worth</source>
        <translation>Netto waarde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrywing</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Eienaarskap</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Uitlener</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Koers</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Maandeliks</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Assets &amp;&amp; liabilities</source>
        <translation>Bates &amp;&amp; laste</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Bates</translation>
    </message>
    <message>
        <source>No assets recorded.</source>
        <translation>Geen bates aangeteken nie.</translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation>Laste</translation>
    </message>
    <message>
        <source>No liabilities recorded.</source>
        <translation>Geen laste aangeteken nie.</translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation>Totale bates</translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation>Totale laste</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Balansstaat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekwensie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Income &amp;&amp; expenses</source>
        <translation>Inkomste &amp;&amp; uitgawes</translation>
    </message>
    <message>
        <source>Income and expenses</source>
        <translation>Inkomste en uitgawes</translation>
    </message>
    <message>
        <source>No income or expenses recorded.</source>
        <translation>Geen inkomste of uitgawes aangeteken nie.</translation>
    </message>
    <message>
        <source>Income a month</source>
        <translation>Inkomste per maand</translation>
    </message>
    <message>
        <source>Expenses a month</source>
        <translation>Uitgawes per maand</translation>
    </message>
    <message>
        <source>Surplus a month</source>
        <translation>Surplus per maand</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nie gedoen nie</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Voeg by…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Maak oop…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwyder</translation>
    </message>
    <message>
        <source>Remove {kind}</source>
        <translation>Verwyder {kind}</translation>
    </message>
    <message>
        <source>Remove the {kind} “{summary}” from this client&apos;s record?</source>
        <translation>Verwyder die {kind} “{summary}” uit hierdie kliënt se rekord?</translation>
    </message>
    <message>
        <source>Consents &amp;&amp; disclosures</source>
        <translation>Toestemming &amp;&amp; bekendmakings</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Aangeteken</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Regsgrond</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Deur</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Teken toestemming aan…</translation>
    </message>
    <message>
        <source>Consent and lawful basis (POPIA s11, s69)</source>
        <translation>Toestemming en regsgrond (POPIA art. 11, 69)</translation>
    </message>
    <message>
        <source>Entries are never edited: each change is a new entry, so the history shows what the client agreed to and when.</source>
        <translation>Inskrywings word nooit gewysig nie: elke verandering is ’n nuwe inskrywing, sodat die geskiedenis wys waartoe die kliënt ingestem het en wanneer.</translation>
    </message>
    <message>
        <source>Who received this client&apos;s information (POPIA s23(1)(b))</source>
        <translation>Wie hierdie kliënt se inligting ontvang het (POPIA art. 23(1)(b))</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Teken toestemming aan</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Opgelaai</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Lêer</translation>
    </message>
    <message>
        <source>(sensitive)</source>
        <translation>(sensitief)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Heg aan…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Bekyk</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Voer ’n afskrif uit…</translation>
    </message>
    <message>
        <source>No documents. Attach ID copies, signed records of advice or statements (PDF, PNG or JPEG); they are kept inside the encrypted practice database.</source>
        <translation>Geen dokumente nie. Heg ID-afskrifte, getekende advieserekords of state aan (PDF, PNG of JPEG); hulle word in die geënkripteerde praktykdatabasis gehou.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Heg ’n dokument aan</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Dokumente (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <translation>{name} kon nie gelees word nie ({reason}).</translation>
    </message>
    <message>
        <source>Check the file and try again.</source>
        <translation>Kontroleer die lêer en probeer weer.</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Nie aangeheg nie</translation>
    </message>
    <message>
        <source>Cannot show the document</source>
        <translation>Kan nie die dokument wys nie</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Voer ’n afskrif uit</translation>
    </message>
    <message>
        <source>Copy exported</source>
        <translation>Afskrif uitgevoer</translation>
    </message>
    <message>
        <source>A copy was saved to {path}.

It is not encrypted: keep it safe, and delete it when it is no longer needed.</source>
        <translation>’n Afskrif is gestoor in {path}.

Dit is nie geënkripteer nie: hou dit veilig, en skrap dit wanneer dit nie meer nodig is nie.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nie uitgevoer nie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doelwit</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Teikendatum</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Teiken</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Beoordeel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Telling</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Vraelys</translation>
    </message>
    <message>
        <source>No risk profile on file. Assess the client&apos;s risk tolerance before advising.</source>
        <translation>Geen risikoprofiel op lêer nie. Beoordeel die kliënt se risikotoleransie voordat u advies gee.</translation>
    </message>
    <message>
        <source>Goals &amp;&amp; risk</source>
        <translation>Doelwitte &amp;&amp; risiko</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelwitte</translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation>Nog geen doelwitte aangeteken nie.</translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation>Risikoprofiel</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Nuwe beoordeling…</translation>
    </message>
    <message>
        <source>Add a {kind}</source>
        <translation>Voeg ’n {kind} by</translation>
    </message>
    <message>
        <source>A client in the practice</source>
        <translation>’n Kliënt in die praktyk</translation>
    </message>
    <message>
        <source>A name only (not a client)</source>
        <translation>Slegs ’n naam (nie ’n kliënt nie)</translation>
    </message>
    <message>
        <source>Type a name to search…</source>
        <translation>Tik ’n naam om te soek…</translation>
    </message>
    <message>
        <source>First names *</source>
        <translation>Voorname *</translation>
    </message>
    <message>
        <source>Surname *</source>
        <translation>Van *</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Verwantskap</translation>
    </message>
    <message>
        <source> · born {day}</source>
        <translation> · gebore {day}</translation>
    </message>
    <message>
        <source>No clients match. Check the spelling.</source>
        <translation>Geen kliënte pas nie. Kontroleer die spelling.</translation>
    </message>
    <message>
        <source>Choose a client from the list (search by name).</source>
        <translation>Kies ’n kliënt uit die lys (soek op naam).</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouding</translation>
    </message>
    <message>
        <source>Create household</source>
        <translation>Skep huishouding</translation>
    </message>
    <message>
        <source>Link spouse or partner…</source>
        <translation>Koppel eggenoot of lewensmaat…</translation>
    </message>
    <message>
        <source>Add dependant…</source>
        <translation>Voeg afhanklike by…</translation>
    </message>
    <message>
        <source>Add beneficiary…</source>
        <translation>Voeg begunstigde by…</translation>
    </message>
    <message>
        <source>Add director…</source>
        <translation>Voeg direkteur by…</translation>
    </message>
    <message>
        <source>Add trustee…</source>
        <translation>Voeg trustee by…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Verander…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Maak oop</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ouderdom</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Name only</source>
        <translation>Slegs naam</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mense</translation>
    </message>
    <message>
        <source>The company&apos;s directors.</source>
        <translation>Die maatskappy se direkteure.</translation>
    </message>
    <message>
        <source>The trust&apos;s trustees and beneficiaries.</source>
        <translation>Die trust se trustees en begunstigdes.</translation>
    </message>
    <message>
        <source>Not in a household yet.</source>
        <translation>Nog nie in ’n huishouding nie.</translation>
    </message>
    <message>
        <source>Change relationship</source>
        <translation>Verander verwantskap</translation>
    </message>
    <message>
        <source>Remove from the household</source>
        <translation>Verwyder uit die huishouding</translation>
    </message>
    <message>
        <source>Remove {name} ({relationship}) from this client&apos;s household and relationships? Nobody&apos;s record is deleted.</source>
        <translation>Verwyder {name} ({relationship}) uit hierdie kliënt se huishouding en verwantskappe? Niemand se rekord word geskrap nie.</translation>
    </message>
    <message>
        <source>Notes and records of advice</source>
        <translation>Notas en advieserekords</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>No notes yet. Add a note, call, meeting or record of advice.</source>
        <translation>Nog geen notas nie. Voeg ’n nota, oproep, vergadering of advieserekord by.</translation>
    </message>
    <message>
        <source>Finalise record of advice…</source>
        <translation>Finaliseer advieserekord…</translation>
    </message>
    <message>
        <source>Record of advice from template…</source>
        <translation>Advieserekord uit sjabloon…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Konsep</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>onbekende gebruiker</translation>
    </message>
    <message>
        <source>Final – {who}, {when} UTC</source>
        <translation>Finaal – {who}, {when} UTC</translation>
    </message>
    <message>
        <source>Final: {status}. A finalised record of advice cannot be changed (FAIS General Code s9); add a new note instead.</source>
        <translation>Finaal: {status}. ’n Gefinaliseerde advieserekord kan nie verander word nie (FAIS Algemene Gedragskode art. 9); voeg eerder ’n nuwe nota by.</translation>
    </message>
    <message>
        <source>Finalise record of advice</source>
        <translation>Finaliseer advieserekord</translation>
    </message>
    <message>
        <source>Finalise “{subject}”?

Once final, the record of advice is locked: nobody can change or delete it. It is kept as evidence of the advice given.</source>
        <translation>Finaliseer “{subject}”?

Sodra dit finaal is, is die advieserekord gesluit: niemand kan dit verander of skrap nie. Dit word bewaar as bewys van die advies wat gegee is.</translation>
    </message>
    <message>
        <source>Not finalised</source>
        <translation>Nie gefinaliseer nie</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oorsig</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Beplanner</translation>
    </message>
    <message>
        <source>Same as residential</source>
        <translation>Dieselfde as woonadres</translation>
    </message>
    <message>
        <source>Residential address (FICA)</source>
        <translation>Woonadres (FICA)</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Posadres</translation>
    </message>
    <message>
        <source>Show household in the list</source>
        <translation>Wys huishouding in die lys</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>former user</source>
        <translation>voormalige gebruiker</translation>
    </message>
    <message>
        <source>Business address (FICA)</source>
        <translation>Besigheidsadres (FICA)</translation>
    </message>
    <message>
        <source>Same as the business address</source>
        <translation>Dieselfde as die besigheidsadres</translation>
    </message>
    <message>
        <source>Link the client to a household after saving.</source>
        <translation>Koppel die kliënt aan ’n huishouding nadat u gestoor het.</translation>
    </message>
    <message>
        <source>A company or trust has no household: its people are on the People tab.</source>
        <translation>’n Maatskappy of trust het nie ’n huishouding nie: sy mense is op die Mense-oortjie.</translation>
    </message>
    <message>
        <source>Not linked to a household.</source>
        <translation>Nie aan ’n huishouding gekoppel nie.</translation>
    </message>
    <message>
        <source>Type an SA ID number to see the date of birth and age it encodes.</source>
        <translation>Tik ’n SA ID-nommer om die geboortedatum en ouderdom te sien wat dit bevat.</translation>
    </message>
    <message>
        <source>An SA ID number has 13 digits.</source>
        <translation>’n SA ID-nommer het 13 syfers.</translation>
    </message>
    <message>
        <source>SA citizen</source>
        <translation>SA burger</translation>
    </message>
    <message>
        <source>Permanent resident</source>
        <translation>Permanente inwoner</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vroulik</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Manlik</translation>
    </message>
    <message>
        <source>&lt;b&gt;From the ID number&lt;/b&gt;&lt;br&gt;Born {born} · age {age}&lt;br&gt;{gender} · {citizen}</source>
        <translation>&lt;b&gt;Uit die ID-nommer&lt;/b&gt;&lt;br&gt;Gebore {born} · ouderdom {age}&lt;br&gt;{gender} · {citizen}</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Beplanning</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Verskaffer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Polisnommer</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premie</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <source>Fund value</source>
        <translation>Fondswaarde</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Polisse</translation>
    </message>
    <message>
        <source>Policies and products</source>
        <translation>Polisse en produkte</translation>
    </message>
    <message>
        <source>No policies recorded yet.</source>
        <translation>Nog geen polisse aangeteken nie.</translation>
    </message>
    <message>
        <source>Monthly premiums (active)</source>
        <translation>Maandelikse premies (aktief)</translation>
    </message>
    <message>
        <source>Life cover</source>
        <translation>Lewensdekking</translation>
    </message>
    <message>
        <source>Fund values</source>
        <translation>Fondswaardes</translation>
    </message>
    <message>
        <source>Done {day}</source>
        <translation>Gedoen {day}</translation>
    </message>
    <message>
        <source>Tasks and reviews</source>
        <translation>Take en hersienings</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Sperdatum</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>No tasks. Add a review or a follow-up so it shows on the Today page.</source>
        <translation>Geen take nie. Voeg ’n hersiening of opvolg by sodat dit op die Vandag-blad verskyn.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Merk as gedoen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Stoor veranderinge (Ctrl+S)</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Argiveer…</translation>
    </message>
    <message>
        <source>Archive this client (soft delete)</source>
        <translation>Argiveer hierdie kliënt (sagte skrapping)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Close the client (Esc)</source>
        <translation>Maak die kliënt toe (Esc)</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Gestoor</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Herstel uit die argief</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; advice</source>
        <translation>Notas &amp;&amp; advies</translation>
    </message>
    <message>
        <source>Tasks &amp;&amp; reviews</source>
        <translation>Take &amp;&amp; hersienings</translation>
    </message>
    <message>
        <source>Print client summary…</source>
        <translation>Druk kliëntopsomming…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Maak tans oop…</translation>
    </message>
    <message>
        <source>This client could not be opened</source>
        <translation>Hierdie kliënt kon nie oopgemaak word nie</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuwe kliënt</translation>
    </message>
    <message>
        <source>Fill in the details, then save (Ctrl+S). Fields marked * are required.</source>
        <translation>Vul die besonderhede in en stoor dan (Ctrl+S). Velde gemerk * is verpligtend.</translation>
    </message>
    <message>
        <source>Unnamed client</source>
        <translation>Naamlose kliënt</translation>
    </message>
    <message>
        <source>Archived on {day}. The record is kept (soft delete) until the retention review decides what the law allows; it is read-only.</source>
        <translation>Geargiveer op {day}. Die rekord word bewaar (sagte skrapping) totdat die bewaringshersiening besluit wat die wet toelaat; dit is slegs leesbaar.</translation>
    </message>
    <message>
        <source>Registration {number}</source>
        <translation>Registrasie {number}</translation>
    </message>
    <message>
        <source>Age {age}</source>
        <translation>Ouderdom {age}</translation>
    </message>
    <message>
        <source>Planner: {name}</source>
        <translation>Beplanner: {name}</translation>
    </message>
    <message>
        <source>No planner assigned</source>
        <translation>Geen beplanner toegewys nie</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Hersiening agterstallig</translation>
    </message>
    <message>
        <source>the changes to this client</source>
        <translation>die veranderinge aan hierdie kliënt</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Argiveer kliënt</translation>
    </message>
    <message>
        <source>Archive {name}?</source>
        <translation>Argiveer {name}?</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Argiveer</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>Nie geargiveer nie</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nie herstel nie</translation>
    </message>
</context>
<context>
    <name>ClientRecordsDialog</name>
    <message>
        <source>One client&apos;s records</source>
        <translation>Een kliënt se rekords</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Wys</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Kliëntnommer</translation>
    </message>
    <message>
        <source>not yet (still active)</source>
        <translation>nog nie (steeds aktief)</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Bevries</translation>
    </message>
    <message>
        <source>the whole record may go from {day}.</source>
        <translation>die hele rekord mag vanaf {day} verwyder word.</translation>
    </message>
    <message>
        <source>kept while any record is still active.</source>
        <translation>bewaar solank enige rekord nog aktief is.</translation>
    </message>
    <message>
        <source>{name} (client {number}): {when}</source>
        <translation>{name} (kliënt {number}): {when}</translation>
    </message>
    <message>
        <source>Legal hold: {reasons}</source>
        <translation>Regsbevriesing: {reasons}</translation>
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
    <name>CompleteDialog</name>
    <message>
        <source>Complete request {number}</source>
        <translation>Voltooi versoek {number}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Voltooi</translation>
    </message>
    <message>
        <source>What was done, and when the person was told</source>
        <translation>Wat gedoen is, en wanneer die persoon ingelig is</translation>
    </message>
    <message>
        <source>The request was refused (give the reason above)</source>
        <translation>Die versoek is geweier (gee die rede hierbo)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkoms</translation>
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
        <source>Locked after {minutes} minutes without activity, to keep client information safe. Sign in again to carry on.</source>
        <translation>Gesluit ná {minutes} minute sonder aktiwiteit, om kliëntinligting veilig te hou. Meld weer aan om voort te gaan.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>slegs lees</translation>
    </message>
    <message>
        <source>Read-only: another copy of ClientManager has this practice open for changes.</source>
        <translation>Slegs lees: ’n ander kopie van ClientManager het hierdie praktyk oop vir veranderinge.</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: {error}</source>
        <translation>Vandag se rugsteun het misluk: {error}</translation>
    </message>
    <message>
        <source>Weekly retention review: {count} record is due for destruction or de-identification (POPIA s14). Approve it under POPIA › Retention review…</source>
        <translation>Weeklikse bewaringshersiening: {count} rekord moet vernietig of gede-identifiseer word (POPIA art. 14). Keur dit goed onder POPIA › Bewaringshersiening…</translation>
    </message>
    <message>
        <source>Weekly retention review: {count} records are due for destruction or de-identification (POPIA s14). Approve them under POPIA › Retention review…</source>
        <translation>Weeklikse bewaringshersiening: {count} rekords moet vernietig of gede-identifiseer word (POPIA art. 14). Keur hulle goed onder POPIA › Bewaringshersiening…</translation>
    </message>
    <message>
        <source>Today&apos;s closing backup was still running and has been stopped; the earlier backups are unchanged.</source>
        <translation>Vandag se afsluitingsrugsteun was nog besig en is gestop; die vroeëre rugsteune is onveranderd.</translation>
    </message>
    <message>
        <source>The practice was locked.</source>
        <translation>Die praktyk is gesluit.</translation>
    </message>
    <message>
        <source>Something went wrong inside ClientManager. Your saved work is safe.

Details for support (no client information) are in:
{path}</source>
        <translation>Iets het binne ClientManager fout geloop. U gestoorde werk is veilig.

Besonderhede vir ondersteuning (geen kliëntinligting nie) is in:
{path}</translation>
    </message>
</context>
<context>
    <name>DisclosureForm</name>
    <message>
        <source>Correct a disclosure</source>
        <translation>Stel ’n bekendmaking reg</translation>
    </message>
    <message>
        <source>Record a disclosure</source>
        <translation>Teken ’n bekendmaking aan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <source>Who received it, e.g. Liberty or Adv. P. Botha</source>
        <translation>Wie dit ontvang het, bv. Liberty of Adv. P. Botha</translation>
    </message>
    <message>
        <source>Why, e.g. Referral for a will</source>
        <translation>Waarom, bv. Verwysing vir ’n testament</translation>
    </message>
    <message>
        <source>What was shared, e.g. Identity, contact details</source>
        <translation>Wat gedeel is, bv. identiteit, kontakbesonderhede</translation>
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
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Regsgrond</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Inligting gedeel</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
</context>
<context>
    <name>DisclosuresDialog</name>
    <message>
        <source>Disclosures of this client</source>
        <translation>Bekendmakings van hierdie kliënt</translation>
    </message>
    <message>
        <source>Open or select a client first.</source>
        <translation>Maak eers ’n kliënt oop of kies een.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
</context>
<context>
    <name>DisclosuresPanel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Regsgrond</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Inligting</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Record a document sent</source>
        <translation>Teken ’n dokument aan wat gestuur is</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laai tans…</translation>
    </message>
    <message>
        <source>Record a disclosure…</source>
        <translation>Teken ’n bekendmaking aan…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Stel reg…</translation>
    </message>
    <message>
        <source>Record a referral…</source>
        <translation>Teken ’n verwysing aan…</translation>
    </message>
    <message>
        <source>Document sent…</source>
        <translation>Dokument gestuur…</translation>
    </message>
    <message>
        <source>Everyone outside the practice who received this person&apos;s information (POPIA s23(1)(b)). Policies, exports to a named recipient and documents sent are recorded automatically; record referrals and anything else here. The s23 report lists them, and corrections are sent to them (s24(3)).</source>
        <translation>Almal buite die praktyk wat hierdie persoon se inligting ontvang het (POPIA art. 23(1)(b)). Polisse, uitvoere na ’n genoemde ontvanger en dokumente wat gestuur is, word outomaties aangeteken; teken verwysings en enigiets anders hier aan. Die art. 23-verslag lys hulle, en regstellings word aan hulle gestuur (art. 24(3)).</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (reggestel)</translation>
    </message>
    <message>
        <source>1 disclosure to third parties.</source>
        <translation>1 bekendmaking aan derde partye.</translation>
    </message>
    <message>
        <source>{count} disclosures to third parties.</source>
        <translation>{count} bekendmakings aan derde partye.</translation>
    </message>
    <message>
        <source>No third party has received this person&apos;s information.</source>
        <translation>Geen derde party het hierdie persoon se inligting ontvang nie.</translation>
    </message>
    <message>
        <source>Record a referral</source>
        <translation>Teken ’n verwysing aan</translation>
    </message>
    <message>
        <source>Identity, contact details</source>
        <translation>Identiteit, kontakbesonderhede</translation>
    </message>
    <message>
        <source>This client has no documents yet: attach the document on the Documents tab first, then record that it was sent.</source>
        <translation>Hierdie kliënt het nog geen dokumente nie: heg eers die dokument op die Dokumente-oortjie aan en teken dan aan dat dit gestuur is.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>This document cannot be previewed here. Use “Export a copy…” to open it in another program.</source>
        <translation>Hierdie dokument kan nie hier voorbeskou word nie. Gebruik “Voer ’n afskrif uit…” om dit in ’n ander program oop te maak.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 bladsy</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} bladsye</translation>
    </message>
    <message>
        <source>{file} · {pages} · {size} bytes · shown from the encrypted database; nothing is written to disk.</source>
        <translation>{file} · {pages} · {size} grepe · gewys uit die geënkripteerde databasis; niks word na die skyf geskryf nie.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Druk…</translation>
    </message>
    <message>
        <source>Printing is not available</source>
        <translation>Druk is nie beskikbaar nie</translation>
    </message>
    <message>
        <source>This installation of ClientManager has no printing support. Export a copy and print it from another program.</source>
        <translation>Hierdie installasie van ClientManager kan nie druk nie. Voer ’n afskrif uit en druk dit uit ’n ander program.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nie gedruk nie</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Die drukker kon nie begin word nie.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>{count} policy</source>
        <translation>{count} polis</translation>
    </message>
    <message>
        <source>{count} policies</source>
        <translation>{count} polisse</translation>
    </message>
    <message>
        <source>{count} policy role</source>
        <translation>{count} polisrol</translation>
    </message>
    <message>
        <source>{count} policy roles</source>
        <translation>{count} polisrolle</translation>
    </message>
    <message>
        <source>{count} note</source>
        <translation>{count} nota</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} notas</translation>
    </message>
    <message>
        <source>{count} document</source>
        <translation>{count} dokument</translation>
    </message>
    <message>
        <source>{count} documents</source>
        <translation>{count} dokumente</translation>
    </message>
    <message>
        <source>{count} consent entry</source>
        <translation>{count} toestemmingsinskrywing</translation>
    </message>
    <message>
        <source>{count} consent entries</source>
        <translation>{count} toestemmingsinskrywings</translation>
    </message>
    <message>
        <source>{count} task</source>
        <translation>{count} taak</translation>
    </message>
    <message>
        <source>{count} tasks</source>
        <translation>{count} take</translation>
    </message>
    <message>
        <source>{count} asset</source>
        <translation>{count} bate</translation>
    </message>
    <message>
        <source>{count} assets</source>
        <translation>{count} bates</translation>
    </message>
    <message>
        <source>{count} liability</source>
        <translation>{count} las</translation>
    </message>
    <message>
        <source>{count} liabilities</source>
        <translation>{count} laste</translation>
    </message>
    <message>
        <source>{count} income or expense line</source>
        <translation>{count} inkomste- of uitgawelyn</translation>
    </message>
    <message>
        <source>{count} income and expense lines</source>
        <translation>{count} inkomste- en uitgawelyne</translation>
    </message>
    <message>
        <source>{count} goal</source>
        <translation>{count} doelwit</translation>
    </message>
    <message>
        <source>{count} goals</source>
        <translation>{count} doelwitte</translation>
    </message>
    <message>
        <source>{count} risk profile</source>
        <translation>{count} risikoprofiel</translation>
    </message>
    <message>
        <source>{count} risk profiles</source>
        <translation>{count} risikoprofiele</translation>
    </message>
    <message>
        <source>{count} address</source>
        <translation>{count} adres</translation>
    </message>
    <message>
        <source>{count} addresses</source>
        <translation>{count} adresse</translation>
    </message>
    <message>
        <source>{count} relationship</source>
        <translation>{count} verhouding</translation>
    </message>
    <message>
        <source>{count} relationships</source>
        <translation>{count} verhoudings</translation>
    </message>
    <message>
        <source>{count} legal hold</source>
        <translation>{count} regsbewaring</translation>
    </message>
    <message>
        <source>{count} legal holds</source>
        <translation>{count} regsbewarings</translation>
    </message>
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
        <source>These rows look like clients you already have (by SA ID, then e-mail or mobile, then name and date of birth; a company or trust by registration number, then e-mail or mobile, then name) or like an earlier row of the file.</source>
        <translation>Hierdie rye lyk soos kliënte wat u reeds het (volgens SA ID, dan e-pos of selfoon, dan naam en geboortedatum; ’n maatskappy of trust volgens registrasienommer, dan e-pos of selfoon, dan naam) of soos ’n vroeër ry van die lêer.</translation>
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
    <name>ExtendDialog</name>
    <message>
        <source>Extend request {number}</source>
        <translation>Verleng versoek {number}</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verleng</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dae</translation>
    </message>
    <message>
        <source>Why more time is needed; the person must be told</source>
        <translation>Waarom meer tyd nodig is; die persoon moet ingelig word</translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>Verleng met</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>PAIA s57 allows one extension of up to 30 days. Tell the person in writing.</source>
        <translation>PAIA art. 57 laat een verlenging van hoogstens 30 dae toe. Stel die persoon skriftelik in kennis.</translation>
    </message>
    <message>
        <source>Now due {due}; new due date {new_due}.</source>
        <translation>Tans verskuldig {due}; nuwe sperdatum {new_due}.</translation>
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
        <translation>’n Kliëntelys uit ’n ander stelsel of in Excel gehou: CSV (enige enkodering, komma, kommapunt of oortjie), ’n .xlsx-werkboek, of vCard-kontakte (.vcf, uit Outlook of ’n foon). Blaaie met die naam Polisse of Notas word saam met die kliënte ingevoer.</translation>
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
    <name>HistoryDialog</name>
    <message>
        <source>Review history: {name}</source>
        <translation>Hersieningsgeskiedenis: {name}</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Hersien op</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Hersien</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Veranderinge</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>{n} review(s) recorded.</source>
        <translation>{n} hersiening(s) aangeteken.</translation>
    </message>
    <message>
        <source>No reviews recorded yet.</source>
        <translation>Nog geen hersienings aangeteken nie.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
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
        <source>Same {what} as client {number} ({name})</source>
        <translation>Dieselfde {what} as kliënt {number} ({name})</translation>
    </message>
    <message>
        <source>Same {what} as row {row} of this file</source>
        <translation>Dieselfde {what} as ry {row} van hierdie lêer</translation>
    </message>
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
        <source>Unlocked · office server</source>
        <translation>Ontsluit · kantoorbediener</translation>
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
    <message>
        <source>{count} client in the list</source>
        <translation>{count} kliënt in die lys</translation>
    </message>
    <message>
        <source>{count} clients in the list</source>
        <translation>{count} kliënte in die lys</translation>
    </message>
    <message>
        <source>Client archived (soft delete): hidden from lists, nothing destroyed.</source>
        <translation>Kliënt geargiveer (sagte skrapping): uit lyste versteek, niks vernietig nie.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Oor {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CRM for South African financial-planning practices.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nothing leaves this computer.&lt;/b&gt; Client records are kept in an encrypted database on this PC. The program opens no network connections: no cloud, no update checks, no telemetry. Its test suite runs with network sockets disabled and checks that no network module is ever loaded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;’n CRM vir Suid-Afrikaanse finansiëlebeplanningspraktyke.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niks verlaat hierdie rekenaar nie.&lt;/b&gt; Kliëntrekords word in ’n geënkripteerde databasis op hierdie rekenaar gehou. Die program maak geen netwerkverbindings oop nie: geen wolk, geen bywerkingskontroles, geen telemetrie nie. Sy toetsreeks loop met netwerksokke afgeskakel en kontroleer dat geen netwerkmodule ooit gelaai word nie.&lt;/p&gt;</translation>
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
        <source>Choose the column that holds the surname, the full name, or the company or trust name.</source>
        <translation>Kies die kolom met die van, die volle naam, of die maatskappy- of trustnaam.</translation>
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
    <name>MovePracticeDialog</name>
    <message>
        <source>Move this practice to the office server</source>
        <translation>Skuif hierdie praktyk na die kantoorbediener</translation>
    </message>
    <message>
        <source>Every client, document, register and the audit trail are copied to an empty database on the practice&apos;s office server (PostgreSQL), in one step: if anything fails, nothing is moved. Every user keeps their password, and the recovery code keeps working. The practice file on this PC is then kept, unchanged, in a folder beside it, and no longer used.</source>
        <translation>Elke kliënt, dokument, register en die ouditspoor word in een stap na ’n leë databasis op die praktyk se kantoorbediener (PostgreSQL) gekopieer: as iets misluk, word niks geskuif nie. Elke gebruiker behou hul wagwoord, en die herstelkode werk steeds. Die praktyklêer op hierdie rekenaar word daarna onveranderd in ’n vouer langsaan bewaar en nie meer gebruik nie.</translation>
    </message>
    <message>
        <source>Move this practice back to this PC</source>
        <translation>Skuif hierdie praktyk terug na hierdie rekenaar</translation>
    </message>
    <message>
        <source>Every client, document, register and the audit trail are copied from the office server into a new encrypted practice file on this PC. The server&apos;s database is left as it is, but this PC no longer uses it.</source>
        <translation>Elke kliënt, dokument, register en die ouditspoor word van die kantoorbediener na ’n nuwe geënkripteerde praktyklêer op hierdie rekenaar gekopieer. Die bediener se databasis bly soos dit is, maar hierdie rekenaar gebruik dit nie meer nie.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Bedieneradres</translation>
    </message>
    <message>
        <source>As whoever set up the server wrote it down for you.</source>
        <translation>Soos wie die bediener opgestel het dit vir u neergeskryf het.</translation>
    </message>
    <message>
        <source>Owner account&apos;s password</source>
        <translation>Wagwoord van die eienaarrekening</translation>
    </message>
    <message>
        <source>Desktops&apos; login to create</source>
        <translation>Rekenaars se aanmelding om te skep</translation>
    </message>
    <message>
        <source>Password for that login</source>
        <translation>Wagwoord vir daardie aanmelding</translation>
    </message>
    <message>
        <source>Every PC of the practice connects with this login; give its password to whoever sets up the other PCs.</source>
        <translation>Elke rekenaar van die praktyk koppel met hierdie aanmelding; gee die wagwoord daarvan aan wie die ander rekenaars opstel.</translation>
    </message>
    <message>
        <source>Move to the server</source>
        <translation>Skuif na die bediener</translation>
    </message>
    <message>
        <source>Move to this PC</source>
        <translation>Skuif na hierdie rekenaar</translation>
    </message>
    <message>
        <source>Moving the practice to the office server</source>
        <translation>Die praktyk word na die kantoorbediener geskuif</translation>
    </message>
    <message>
        <source>Moving the practice to this PC</source>
        <translation>Die praktyk word na hierdie rekenaar geskuif</translation>
    </message>
    <message>
        <source>Nothing was moved: the server needs these fixed first.
{findings}</source>
        <translation>Niks is geskuif nie: die bediener moet eers hierdie dinge regstel.
{findings}</translation>
    </message>
    <message>
        <source>Moved: {rows} rows in {tables} tables, every count checked, and the audit trail verifies ({entries} entries). The old copy is kept, no longer used, in {folder}. Sign in again with your password.</source>
        <translation>Geskuif: {rows} rye in {tables} tabelle, elke telling nagegaan, en die ouditspoor klop ({entries} inskrywings). Die ou kopie word bewaar, en nie meer gebruik nie, in {folder}. Meld weer aan met u wagwoord.</translation>
    </message>
    <message>
        <source>Stopped: nothing was moved.</source>
        <translation>Gestop: niks is geskuif nie.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New data-subject request</source>
        <translation>Nuwe versoek van ’n datasubjek</translation>
    </message>
    <message>
        <source>Record request</source>
        <translation>Teken versoek aan</translation>
    </message>
    <message>
        <source>(not linked to a client)</source>
        <translation>(nie aan ’n kliënt gekoppel nie)</translation>
    </message>
    <message>
        <source>The person, or who asked on their behalf</source>
        <translation>Die persoon, of wie namens hulle gevra het</translation>
    </message>
    <message>
        <source>e.g. ID book seen in person; leave empty if not yet</source>
        <translation>bv. ID-boek persoonlik gesien; laat leeg indien nog nie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Versoek</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Versoek deur</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvang op</translation>
    </message>
    <message>
        <source>Identity verified by</source>
        <translation>Identiteit bevestig deur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Besonderhede</translation>
    </message>
    <message>
        <source>Due by {date}: 30 days from receipt (PAIA s56), with one extension of up to 30 days allowed (s57).</source>
        <translation>Verskuldig teen {date}: 30 dae na ontvangs (PAIA art. 56), met een verlenging van hoogstens 30 dae toegelaat (art. 57).</translation>
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
    <name>NotifiedDialog</name>
    <message>
        <source>Regulator notified: breach {number}</source>
        <translation>Reguleerder in kennis gestel: oortreding {number}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <source>The reference the eServices portal gave</source>
        <translation>Die verwysing wat die eServices-portaal gegee het</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>In kennis gestel op</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Verwysing</translation>
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
        <source>{years}-year anniversary of {what}: premium escalates from {old} to {new}</source>
        <translation>{years}-jaar-herdenking van {what}: premie styg van {old} na {new}</translation>
    </message>
    <message>
        <source>{years}-year anniversary of {what}</source>
        <translation>{years}-jaar-herdenking van {what}</translation>
    </message>
    <message>
        <source>Renewal of {what}</source>
        <translation>Hernuwing van {what}</translation>
    </message>
    <message>
        <source>Review of {what}</source>
        <translation>Hersiening van {what}</translation>
    </message>
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
        <source>Move this practice to the office &amp;server…</source>
        <translation>Skuif hierdie praktyk na die kantoor&amp;bediener…</translation>
    </message>
    <message>
        <source>Move this practice back to &amp;this PC…</source>
        <translation>Skuif hierdie praktyk terug na &amp;hierdie rekenaar…</translation>
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
    <name>PrintNoticeDialog</name>
    <message>
        <source>Collection notice (POPIA s18)</source>
        <translation>Insamelingskennisgewing (POPIA art. 18)</translation>
    </message>
    <message>
        <source>Form 4: direct-marketing consent (s69)</source>
        <translation>Vorm 4: toestemming vir direkte bemarking (art. 69)</translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation>Druk: {title}</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Stoor PDF</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Blaai…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Stoor as</translation>
    </message>
    <message>
        <source>Open or select a client first.</source>
        <translation>Maak eers ’n kliënt oop of kies een.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gestoor: {path}</translation>
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
    <name>RecordForms</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>e.g. 1 250 000.00</source>
        <translation>bv. 1 250 000.00</translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation>13 syfers</translation>
    </message>
    <message>
        <source>e.g. 082 123 4567</source>
        <translation>bv. 082 123 4567</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>0 tot 100</translation>
    </message>
    <message>
        <source>e.g. 11.75</source>
        <translation>bv. 11.75</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerp</translation>
    </message>
    <message>
        <source>One field needs attention.</source>
        <translation>Een veld kort aandag.</translation>
    </message>
    <message>
        <source>{count} fields need attention.</source>
        <translation>{count} velde kort aandag.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nie gedoen nie</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Deur iemand anders verander</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>They changed:</source>
        <translation>Hulle het verander:</translation>
    </message>
    <message>
        <source>Reload to see their version; what you typed here is then discarded, so copy anything you need first. Nothing of yours was saved.</source>
        <translation>Laai weer om hul weergawe te sien; wat u hier getik het, word dan verwerp, so kopieer eers enigiets wat u nodig het. Niks van u is gestoor nie.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Laai weer</translation>
    </message>
    <message>
        <source>Keep my typing</source>
        <translation>Hou my tikwerk</translation>
    </message>
    <message>
        <source>your changes</source>
        <translation>u veranderinge</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ongestoorde veranderinge</translation>
    </message>
    <message>
        <source>Save {what} before closing?</source>
        <translation>Stoor {what} voordat u toemaak?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, the changes are lost.</source>
        <translation>As u nie stoor nie, gaan die veranderinge verlore.</translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation>Wysig {noun}</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>Voeg {noun} by</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Velde gemerk * is verpligtend.</translation>
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
        <source>{n} row of the other sheets not imported</source>
        <translation>{n} ry van die ander blaaie nie ingevoer nie</translation>
    </message>
    <message>
        <source>{n} rows of the other sheets not imported</source>
        <translation>{n} rye van die ander blaaie nie ingevoer nie</translation>
    </message>
    <message>
        <source>Also added: households {h}, policies {p}, notes {n}, addresses {a}.</source>
        <translation>Ook bygevoeg: huishoudings {h}, polisse {p}, notas {n}, adresse {a}.</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: {problem}</source>
        <translation>{sheet}, ry {row}: {problem}</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>en nog {n}</translation>
    </message>
    <message>
        <source>Save the rows with problems as a CSV file: each keeps its row number and the reason. Fix them in Excel and import that file again.</source>
        <translation>Stoor die rye met probleme as ’n CSV-lêer: elkeen behou sy rynommer en die rede. Maak hulle in Excel reg en voer daardie lêer weer in.</translation>
    </message>
    <message>
        <source>The rows of the other sheets listed above were not imported: fix them in the file and import it again. What this import added is then found as duplicates and not added twice.</source>
        <translation>Die rye van die ander blaaie hierbo is nie ingevoer nie: maak hulle in die lêer reg en voer dit weer in. Wat hierdie invoer bygevoeg het, word dan as duplikate gevind en nie twee keer bygevoeg nie.</translation>
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
        <source>Erased records on the office server</source>
        <translation>Uitgewiste rekords op die kantoorbediener</translation>
    </message>
    <message>
        <source>This login may not rewrite the server&apos;s tables, so old copies of the erased records stay in the server&apos;s data files until its administrator runs this, as the tables&apos; owner (POPIA s14(5)):</source>
        <translation>Hierdie aanmelding mag nie die bediener se tabelle herskryf nie, dus bly ou kopieë van die uitgewiste rekords in die bediener se datalêers totdat sy administrateur dit as die tabelle se eienaar uitvoer (POPIA art. 14(5)):</translation>
    </message>
    <message>
        <source>The server&apos;s WAL archives and its own backups also still hold them: see the README (office server).</source>
        <translation>Die bediener se WAL-argiewe en sy eie rugsteune hou hulle ook nog: sien die README (kantoorbediener).</translation>
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
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>May go from</source>
        <translation>Mag verwyder word vanaf</translation>
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
        <source>One client&apos;s records…</source>
        <translation>Een kliënt se rekords…</translation>
    </message>
    <message>
        <source>Each record of one client, the day it may go, and why</source>
        <translation>Elke rekord van een kliënt, die dag wanneer dit mag verval, en waarom</translation>
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
        <source>History…</source>
        <translation>Geskiedenis…</translation>
    </message>
    <message>
        <source>The selected client&apos;s past reviews</source>
        <translation>Die gekose kliënt se vorige hersienings</translation>
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
    <name>RightsRegisterDialog</name>
    <message>
        <source>Marketing and optional processing stop at once when a deletion request is recorded. When you act on it, everything no law requires is deleted; records that FAIS or FICA require (records of advice, product records, the identity record) are kept, restricted to that purpose, until their 5-year period ends, and the letter lists them.</source>
        <translation>Bemarking en opsionele verwerking hou dadelik op wanneer ’n skrappingsversoek aangeteken word. Wanneer u daarop handel, word alles wat geen wet vereis nie geskrap; rekords wat FAIS of FICA vereis (advies-rekords, produkrekords, die identiteitsrekord) word behou, beperk tot daardie doel, totdat hul tydperk van 5 jaar verstryk, en die brief lys hulle.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvang</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Versoek</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Versoek deur</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Sperdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record the objection (s11(3)): the person leaves marketing, mailing lists and bulk exports at once; processing the law requires goes on.</source>
        <translation>Teken die beswaar aan (art. 11(3)): die persoon verlaat dadelik bemarking, poslyste en grootmaat-uitvoere; verwerking wat die wet vereis, gaan voort.</translation>
    </message>
    <message>
        <source>Restrict processing (s14(6)): the record is kept and used only as the law requires; it leaves marketing, mailing lists and bulk exports at once.</source>
        <translation>Beperk verwerking (art. 14(6)): die rekord word behou en slegs gebruik soos die wet vereis; dit verlaat dadelik bemarking, poslyste en grootmaat-uitvoere.</translation>
    </message>
    <message>
        <source>Record the opt-out (s69): no direct marketing reaches the person from now on, on any channel.</source>
        <translation>Teken die uitsluiting aan (art. 69): van nou af bereik geen direkte bemarking die persoon nie, op enige kanaal.</translation>
    </message>
    <message>
        <source>Record the withdrawal (s11(2)(b)) for the purpose chosen below.</source>
        <translation>Teken die terugtrekking aan (art. 11(2)(b)) vir die doel hieronder gekies.</translation>
    </message>
    <message>
        <source>Approve the deletion: everything no law requires is deleted now, and cannot be undone. What FAIS or FICA require is kept, restricted, and listed in the letter.</source>
        <translation>Keur die skrapping goed: alles wat geen wet vereis nie, word nou geskrap en kan nie ongedaan gemaak word nie. Wat FAIS of FICA vereis, word behou, beperk, en in die brief gelys.</translation>
    </message>
    <message>
        <source>Correct one field now; the confirmation letter (s24(4)) and one notice per earlier recipient (s24(3)) are saved in the letters folder.</source>
        <translation>Stel nou een veld reg; die bevestigingsbrief (art. 24(4)) en een kennisgewing per vorige ontvanger (art. 24(3)) word in die briewevouer gestoor.</translation>
    </message>
    <message>
        <source>Write the data-subject package (s23) and close the request.</source>
        <translation>Skryf die datasubjekpakket (art. 23) en sluit die versoek af.</translation>
    </message>
    <message>
        <source>Write the package (s23), with data.json for another provider.</source>
        <translation>Skryf die pakket (art. 23), met data.json vir ’n ander verskaffer.</translation>
    </message>
    <message>
        <source>Rights register</source>
        <translation>Regteregister</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laai tans…</translation>
    </message>
    <message>
        <source>Show completed and refused requests</source>
        <translation>Wys voltooide en geweierde versoeke</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nuwe versoek…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Verleng…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Voltooi…</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Bevestig identiteit…</translation>
    </message>
    <message>
        <source>Act on request…</source>
        <translation>Handel op versoek…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Requests from data subjects under POPIA: access (s23), correction and deletion (s24), objection (s11(3)), restriction and direct-marketing opt-outs (s69). Each must be answered within 30 days (PAIA s56).</source>
        <translation>Versoeke van datasubjekte kragtens POPIA: toegang (art. 23), regstelling en skrapping (art. 24), beswaar (art. 11(3)), beperking en uitsluiting van direkte bemarking (art. 69). Elkeen moet binne 30 dae beantwoord word (PAIA art. 56).</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation> (verleng)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Agterstallig</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog nie</translation>
    </message>
    <message>
        <source>{count} open request</source>
        <translation>{count} oop versoek</translation>
    </message>
    <message>
        <source>{count} open requests</source>
        <translation>{count} oop versoeke</translation>
    </message>
    <message>
        <source>{requests}, {overdue} overdue</source>
        <translation>{requests}, {overdue} agterstallig</translation>
    </message>
    <message>
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Kies ’n versoek om sy besonderhede te sien.</translation>
    </message>
    <message>
        <source>Request {number}: {kind}</source>
        <translation>Versoek {number}: {kind}</translation>
    </message>
    <message>
        <source>Identity: {text}</source>
        <translation>Identiteit: {text}</translation>
    </message>
    <message>
        <source>Details: {text}</source>
        <translation>Besonderhede: {text}</translation>
    </message>
    <message>
        <source>Extended from {due} to {extended}: {reason}</source>
        <translation>Verleng van {due} tot {extended}: {reason}</translation>
    </message>
    <message>
        <source>Outcome: {text}</source>
        <translation>Uitkoms: {text}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gestoor: {path}</translation>
    </message>
    <message>
        <source>report.pdf opens with: {passphrase} (shown once: give it to the person another way than the package)</source>
        <translation>report.pdf maak oop met: {passphrase} (een keer gewys: gee dit op ’n ander manier as die pakket aan die persoon)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
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
        <source>Verify PDF</source>
        <translation>Verifieer PDF</translation>
    </message>
    <message>
        <source>Check the kept PDF against the SHA-256 locked when it was finalised</source>
        <translation>Toets die bewaarde PDF teen die SHA-256 wat vasgelê is toe dit gefinaliseer is</translation>
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
        <source>Verified: the kept PDF of record {id} matches the SHA-256 locked when it was finalised.</source>
        <translation>Geverifieer: die bewaarde PDF van rekord {id} stem ooreen met die SHA-256 wat vasgelê is toe dit gefinaliseer is.</translation>
    </message>
    <message>
        <source>The kept PDF of record {id} does NOT match the SHA-256 locked when it was finalised: it has changed or is missing. Restore the most recent verified backup, and keep this database for support.</source>
        <translation>Die bewaarde PDF van rekord {id} stem NIE ooreen met die SHA-256 wat vasgelê is toe dit gefinaliseer is nie: dit is verander of ontbreek. Herstel die mees onlangse geverifieerde rugsteun, en hou hierdie databasis vir ondersteuning.</translation>
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
    <name>SecondFactorDialog</name>
    <message>
        <source>Set up a second factor</source>
        <translation>Stel ’n tweede faktor op</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Skakel aan</translation>
    </message>
    <message>
        <source>Making the QR code…</source>
        <translation>Die QR-kode word gemaak…</translation>
    </message>
    <message>
        <source>The 6-digit code the app shows now</source>
        <translation>Die 6-syferkode wat die toep nou wys</translation>
    </message>
    <message>
        <source>Scan the code with an authenticator app on your phone (Google or Microsoft Authenticator, Aegis...). From then on signing in needs the app&apos;s code as well as your password; the practice recovery code stands in for a lost phone.</source>
        <translation>Skandeer die kode met ’n verifikasietoep op u foon (Google of Microsoft Authenticator, Aegis...). Daarna vra aanmelding die toep se kode sowel as u wagwoord; die praktyk se herstelkode staan in vir ’n verlore foon.</translation>
    </message>
    <message>
        <source>Or type this key</source>
        <translation>Of tik hierdie sleutel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
</context>
<context>
    <name>ServerLoginDialog</name>
    <message>
        <source>Connect to the office server – {app}</source>
        <translation>Koppel aan die kantoorbediener – {app}</translation>
    </message>
    <message>
        <source>Remember on this PC</source>
        <translation>Onthou op hierdie rekenaar</translation>
    </message>
    <message>
        <source>This PC has no system keyring, so the password is asked for each time ClientManager starts. It is never stored in a file.</source>
        <translation>Hierdie rekenaar het geen stelselsleutelring nie, dus word die wagwoord gevra elke keer as ClientManager begin. Dit word nooit in ’n lêer gestoor nie.</translation>
    </message>
    <message>
        <source>Kept in {where}, never in a file.</source>
        <translation>Gehou in {where}, nooit in ’n lêer nie.</translation>
    </message>
    <message>
        <source>Password for {login}</source>
        <translation>Wagwoord vir {login}</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koppel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Verlaat</translation>
    </message>
    <message>
        <source>Connect to the office server</source>
        <translation>Koppel aan die kantoorbediener</translation>
    </message>
    <message>
        <source>This PC reaches the practice&apos;s office server with the desktops&apos; login {login}. Type the password the practice manager gave you for it; then sign in with your own ClientManager password as usual.</source>
        <translation>Hierdie rekenaar bereik die praktyk se kantoorbediener met die werkskerms se aanmelding {login}. Tik die wagwoord wat die praktykbestuurder u daarvoor gegee het; meld dan soos gewoonlik aan met u eie ClientManager-wagwoord.</translation>
    </message>
    <message>
        <source>Type the login&apos;s password.</source>
        <translation>Tik die aanmelding se wagwoord.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Koppel tans…</translation>
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
        <source>Language of client letters</source>
        <translation>Taal van kliëntebriewe</translation>
    </message>
    <message>
        <source>The language of the fixed text in every letter, notice and report the practice sends a client (English or Afrikaans). Names, section numbers and the client&apos;s own details stay as they are.</source>
        <translation>Die taal van die vaste teks in elke brief, kennisgewing en verslag wat die praktyk aan ’n kliënt stuur (Engels of Afrikaans). Name, artikelnommers en die kliënt se eie besonderhede bly soos dit is.</translation>
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
        <source>cannot be after today</source>
        <translation>kan nie ná vandag wees nie</translation>
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
    <message>
        <source>Identity (names, ID and passport numbers, dates of birth)</source>
        <translation>Identiteit (name, ID- en paspoortnommers, geboortedatums)</translation>
    </message>
    <message>
        <source>Contact details (addresses, phone numbers, e-mail)</source>
        <translation>Kontakbesonderhede (adresse, telefoonnommers, e-pos)</translation>
    </message>
    <message>
        <source>Financial information (income, assets, liabilities)</source>
        <translation>Finansiële inligting (inkomste, bates, laste)</translation>
    </message>
    <message>
        <source>Policies and investments</source>
        <translation>Polisse en beleggings</translation>
    </message>
    <message>
        <source>Records of advice and notes</source>
        <translation>Advies-rekords en notas</translation>
    </message>
    <message>
        <source>Health information (special personal information)</source>
        <translation>Gesondheidsinligting (spesiale persoonlike inligting)</translation>
    </message>
    <message>
        <source>Tax numbers</source>
        <translation>Belastingnommers</translation>
    </message>
    <message>
        <source>Documents (ID copies, statements)</source>
        <translation>Dokumente (ID-afskrifte, state)</translation>
    </message>
    <message>
        <source>Bank account details</source>
        <translation>Bankrekeningbesonderhede</translation>
    </message>
    <message>
        <source>Everyone whose information the practice holds</source>
        <translation>Almal wie se inligting die praktyk hou</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle kliënte</translation>
    </message>
    <message>
        <source>All prospects</source>
        <translation>Alle voornemende kliënte</translation>
    </message>
    <message>
        <source>Everyone with health (special personal) information on record</source>
        <translation>Almal met gesondheidsinligting (spesiale persoonlike inligting) op rekord</translation>
    </message>
    <message>
        <source>Access to information (s23)</source>
        <translation>Toegang tot inligting (art. 23)</translation>
    </message>
    <message>
        <source>Correction (s24)</source>
        <translation>Regstelling (art. 24)</translation>
    </message>
    <message>
        <source>Deletion or destruction (s24)</source>
        <translation>Skrapping of vernietiging (art. 24)</translation>
    </message>
    <message>
        <source>Objection to processing (s11(3))</source>
        <translation>Beswaar teen verwerking (art. 11(3))</translation>
    </message>
    <message>
        <source>Restriction of processing (s14(6))</source>
        <translation>Beperking van verwerking (art. 14(6))</translation>
    </message>
    <message>
        <source>Opt out of direct marketing (s69)</source>
        <translation>Uitsluiting van direkte bemarking (art. 69)</translation>
    </message>
    <message>
        <source>Withdrawal of consent (s11(2)(b))</source>
        <translation>Terugtrekking van toestemming (art. 11(2)(b))</translation>
    </message>
    <message>
        <source>A copy in a machine-readable form (s23)</source>
        <translation>’n Afskrif in masjienleesbare vorm (art. 23)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooi</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID-nommer</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Paspoortnommer</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslag</translation>
    </message>
    <message>
        <source>Marriage regime</source>
        <translation>Huweliksgoederebedeling</translation>
    </message>
    <message>
        <source>Income tax number</source>
        <translation>Inkomstebelastingnommer</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Voorkeurtaal</translation>
    </message>
    <message>
        <source>Product provider</source>
        <translation>Produkverskaffer</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>Reguleerder</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Ouditeur</translation>
    </message>
    <message>
        <source>The data subject</source>
        <translation>Die datasubjek</translation>
    </message>
    <message>
        <source>Operator (processes for the practice)</source>
        <translation>Operateur (verwerk vir die praktyk)</translation>
    </message>
    <message>
        <source>Referral (another adviser or professional)</source>
        <translation>Verwysing (’n ander adviseur of professionele persoon)</translation>
    </message>
    <message>
        <source>Consent (s11(1)(a))</source>
        <translation>Toestemming (art. 11(1)(a))</translation>
    </message>
    <message>
        <source>Carrying out the mandate or contract with the person (s11(1)(b))</source>
        <translation>Uitvoering van die mandaat of kontrak met die persoon (art. 11(1)(b))</translation>
    </message>
    <message>
        <source>Obligation imposed by law (s11(1)(c))</source>
        <translation>Verpligting deur die wet opgelê (art. 11(1)(c))</translation>
    </message>
    <message>
        <source>Protects a legitimate interest of the person (s11(1)(d))</source>
        <translation>Beskerm ’n regmatige belang van die persoon (art. 11(1)(d))</translation>
    </message>
    <message>
        <source>Public law duty (s11(1)(e))</source>
        <translation>Publiekregtelike plig (art. 11(1)(e))</translation>
    </message>
    <message>
        <source>Legitimate interest of the practice or the recipient (s11(1)(f))</source>
        <translation>Regmatige belang van die praktyk of die ontvanger (art. 11(1)(f))</translation>
    </message>
    <message>
        <source>The person&apos;s own request (s23)</source>
        <translation>Die persoon se eie versoek (art. 23)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Druk</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Afskrif</translation>
    </message>
    <message>
        <source>Provider portal</source>
        <translation>Verskafferportaal</translation>
    </message>
    <message>
        <source>same SA ID number</source>
        <translation>dieselfde SA ID-nommer</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>dieselfde e-posadres</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>dieselfde selfoonnommer</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>dieselfde naam en geboortedatum</translation>
    </message>
    <message>
        <source>same registration number</source>
        <translation>dieselfde registrasienommer</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>dieselfde naam</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-pos</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>selfoon</translation>
    </message>
    <message>
        <source>name and date of birth</source>
        <translation>naam en geboortedatum</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>registrasienommer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Company or trust name</source>
        <translation>Maatskappy- of trustnaam</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registrasienommer</translation>
    </message>
    <message>
        <source>Passport country</source>
        <translation>Paspoortland</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouding</translation>
    </message>
    <message>
        <source>Household role</source>
        <translation>Rol in huishouding</translation>
    </message>
    <message>
        <source>Client or prospect</source>
        <translation>Kliënt of voornemende kliënt</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Kliënt sedert</translation>
    </message>
    <message>
        <source>Relationship ended</source>
        <translation>Verhouding beëindig</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Halfjaarliks</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Kwartaalliks</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Behoefte-ontleding</translation>
    </message>
    <message>
        <source>Fees disclosed</source>
        <translation>Fooie bekendgemaak</translation>
    </message>
    <message>
        <source>Commission disclosed</source>
        <translation>Kommissie bekendgemaak</translation>
    </message>
    <message>
        <source>Product being replaced</source>
        <translation>Produk wat vervang word</translation>
    </message>
    <message>
        <source>Comparison of the two products</source>
        <translation>Vergelyking van die twee produkte</translation>
    </message>
    <message>
        <source>Why replacing is in the client&apos;s interest</source>
        <translation>Waarom vervanging in die kliënt se belang is</translation>
    </message>
    <message>
        <source>Risk cover (life, disability, severe illness, income protection)</source>
        <translation>Risikodekking (lewe, ongeskiktheid, ernstige siekte, inkomstebeskerming)</translation>
    </message>
    <message>
        <source>Discretionary investment</source>
        <translation>Diskresionêre belegging</translation>
    </message>
    <message>
        <source>Retirement planning</source>
        <translation>Aftreebeplanning</translation>
    </message>
    <message>
        <source>Replacement of an existing product (General Code s8(1)(d))</source>
        <translation>Vervanging van ’n bestaande produk (Algemene Kode art. 8(1)(d))</translation>
    </message>
    <message>
        <source>Invitation to your annual review</source>
        <translation>Uitnodiging na u jaarlikse hersiening</translation>
    </message>
    <message>
        <source>Your policy anniversary</source>
        <translation>U polisherdenking</translation>
    </message>
    <message>
        <source>Market update and new offerings</source>
        <translation>Markoorsig en nuwe aanbiedinge</translation>
    </message>
    <message>
        <source>Request for policy information (to the provider)</source>
        <translation>Versoek om polisinligting (aan die verskaffer)</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>polis</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>bate</translation>
    </message>
    <message>
        <source>liability</source>
        <translation>las</translation>
    </message>
    <message>
        <source>income or expense</source>
        <translation>inkomste of uitgawe</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>doelwit</translation>
    </message>
    <message>
        <source>risk profile</source>
        <translation>risikoprofiel</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>task</source>
        <translation>taak</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volle naam</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Produktipe</translation>
    </message>
    <message>
        <source>Policy start date</source>
        <translation>Polis se begindatum</translation>
    </message>
    <message>
        <source>Note subject</source>
        <translation>Nota se onderwerp</translation>
    </message>
    <message>
        <source>say whether this is a company or a trust (map a client-type column, or give its registration number)</source>
        <translation>sê of dit ’n maatskappy of ’n trust is (koppel ’n kliënttipe-kolom, of gee sy registrasienommer)</translation>
    </message>
    <message>
        <source>only a company or trust has one; set the client type, or leave it empty for a person</source>
        <translation>net ’n maatskappy of trust het een; stel die kliënttipe, of laat dit leeg vir ’n persoon</translation>
    </message>
    <message>
        <source>a company or trust has none; leave it empty, or set the client type to person</source>
        <translation>’n maatskappy of trust het geen; laat dit leeg, of stel die kliënttipe op persoon</translation>
    </message>
    <message>
        <source>does not match the date in the SA ID number</source>
        <translation>stem nie ooreen met die datum in die SA ID-nommer nie</translation>
    </message>
    <message>
        <source>is empty; every client needs at least a surname</source>
        <translation>is leeg; elke kliënt het ten minste ’n van nodig</translation>
    </message>
    <message>
        <source>is empty; a company or trust needs its name</source>
        <translation>is leeg; ’n maatskappy of trust het sy naam nodig</translation>
    </message>
    <message>
        <source>is empty, but the row has policy details</source>
        <translation>is leeg, maar die ry het polisbesonderhede</translation>
    </message>
    <message>
        <source>is empty; fill it in or remove the row</source>
        <translation>is leeg; vul dit in of verwyder die ry</translation>
    </message>
    <message>
        <source>no active planner or practice manager has that name or user name; add the user in Users first, correct the name, or do not import the Planner column</source>
        <translation>geen aktiewe beplanner of praktykbestuurder het daardie naam of gebruikersnaam nie; voeg eers die gebruiker by onder Gebruikers, korrigeer die naam, of moenie die Beplanner-kolom invoer nie</translation>
    </message>
    <message>
        <source>two users have that name; write the user name instead</source>
        <translation>twee gebruikers het daardie naam; skryf eerder die gebruikersnaam</translation>
    </message>
    <message>
        <source>needs the client&apos;s SA ID number, registration number or e-mail to link it to a client</source>
        <translation>het die kliënt se SA ID-nommer, registrasienommer of e-pos nodig om dit aan ’n kliënt te koppel</translation>
    </message>
    <message>
        <source>no client with that SA ID number, registration number or e-mail</source>
        <translation>geen kliënt met daardie SA ID-nommer, registrasienommer of e-pos nie</translation>
    </message>
    <message>
        <source>only the practice manager can give clients to another planner; leave the column out to keep them yourself</source>
        <translation>net die praktykbestuurder kan kliënte aan ’n ander beplanner gee; laat die kolom uit om hulle self te hou</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Voorname</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Voorkeurnaam</translation>
    </message>
    <message>
        <source>SA ID number</source>
        <translation>SA ID-nommer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Huwelikstatus</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Belastingnommer</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgewer</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Selfoon</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Huistelefoon</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Werktelefoon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Laaste hersiening</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Straatadres</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresreël 2</translation>
    </message>
    <message>
        <source>Suburb</source>
        <translation>Voorstad</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Stad of dorp</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsie</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Poskode</translation>
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
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premie</translation>
    </message>
    <message>
        <source>Premium frequency</source>
        <translation>Premiefrekwensie</translation>
    </message>
    <message>
        <source>Cover amount</source>
        <translation>Dekkingsbedrag</translation>
    </message>
    <message>
        <source>Fund value</source>
        <translation>Fondswaarde</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrywing</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Valued on</source>
        <translation>Gewaardeer op</translation>
    </message>
    <message>
        <source>Ownership %</source>
        <translation>Eienaarskap %</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Uitlener</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Rekeningnommer</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>Uitstaande saldo</translation>
    </message>
    <message>
        <source>Monthly payment</source>
        <translation>Maandelikse paaiement</translation>
    </message>
    <message>
        <source>Interest rate %</source>
        <translation>Rentekoers %</translation>
    </message>
    <message>
        <source>Paid off by</source>
        <translation>Afbetaal teen</translation>
    </message>
    <message>
        <source>Income or expense</source>
        <translation>Inkomste of uitgawe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekwensie</translation>
    </message>
    <message>
        <source>Target amount</source>
        <translation>Teikenbedrag</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Teikendatum</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Beoordeel op</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>Risikokategorie</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Telling</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Vraelys</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Besonderhede</translation>
    </message>
    <message>
        <source>Information the advice is based on</source>
        <translation>Inligting waarop die advies gegrond is</translation>
    </message>
    <message>
        <source>Products considered</source>
        <translation>Produkte oorweeg</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Aanbeveling</translation>
    </message>
    <message>
        <source>Why it suits the client</source>
        <translation>Waarom dit by die kliënt pas</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Sperdatum</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Enkel</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Getroud</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Geskei</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Weduwee/wewenaar</translation>
    </message>
    <message>
        <source>Life partner</source>
        <translation>Lewensmaat</translation>
    </message>
    <message>
        <source>Eastern Cape</source>
        <translation>Oos-Kaap</translation>
    </message>
    <message>
        <source>Free State</source>
        <translation>Vrystaat</translation>
    </message>
    <message>
        <source>Gauteng</source>
        <translation>Gauteng</translation>
    </message>
    <message>
        <source>KwaZulu-Natal</source>
        <translation>KwaZulu-Natal</translation>
    </message>
    <message>
        <source>Limpopo</source>
        <translation>Limpopo</translation>
    </message>
    <message>
        <source>Mpumalanga</source>
        <translation>Mpumalanga</translation>
    </message>
    <message>
        <source>North West</source>
        <translation>Noordwes</translation>
    </message>
    <message>
        <source>Northern Cape</source>
        <translation>Noord-Kaap</translation>
    </message>
    <message>
        <source>Western Cape</source>
        <translation>Wes-Kaap</translation>
    </message>
    <message>
        <source>Life cover</source>
        <translation>Lewensdekking</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Ongeskiktheid</translation>
    </message>
    <message>
        <source>Dread disease</source>
        <translation>Ernstige siekte</translation>
    </message>
    <message>
        <source>Income protection</source>
        <translation>Inkomstebeskerming</translation>
    </message>
    <message>
        <source>Retirement annuity</source>
        <translation>Uittree-annuïteit</translation>
    </message>
    <message>
        <source>Pension fund</source>
        <translation>Pensioenfonds</translation>
    </message>
    <message>
        <source>Provident fund</source>
        <translation>Voorsorgfonds</translation>
    </message>
    <message>
        <source>Preservation fund</source>
        <translation>Bewaringsfonds</translation>
    </message>
    <message>
        <source>Living annuity</source>
        <translation>Lewende annuïteit</translation>
    </message>
    <message>
        <source>Tax free savings</source>
        <translation>Belastingvrye spaar</translation>
    </message>
    <message>
        <source>Unit trust</source>
        <translation>Effektetrust</translation>
    </message>
    <message>
        <source>Endowment</source>
        <translation>Uitkeerpolis</translation>
    </message>
    <message>
        <source>Medical aid</source>
        <translation>Mediese fonds</translation>
    </message>
    <message>
        <source>Gap cover</source>
        <translation>Gapingsdekking</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Korttermyn</translation>
    </message>
    <message>
        <source>Funeral</source>
        <translation>Begrafnis</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ander</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktief</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Kwotasie</translation>
    </message>
    <message>
        <source>Paid up</source>
        <translation>Opbetaal</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Verval</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekanselleer</translation>
    </message>
    <message>
        <source>Matured</source>
        <translation>Verval (uitbetaal)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Maandeliks</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Jaarliks</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eiendom</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Voertuig</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Belegging</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Aftrede</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Besigheid</translation>
    </message>
    <message>
        <source>Home loan</source>
        <translation>Verband</translation>
    </message>
    <message>
        <source>Vehicle finance</source>
        <translation>Voertuigfinansiering</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Kredietkaart</translation>
    </message>
    <message>
        <source>Personal loan</source>
        <translation>Persoonlike lening</translation>
    </message>
    <message>
        <source>Overdraft</source>
        <translation>Oortrekking</translation>
    </message>
    <message>
        <source>Student loan</source>
        <translation>Studielening</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomste</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Uitgawe</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Onderwys</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Noodgeval</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Boedel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Maak oop</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Op koers</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Laat vaar</translation>
    </message>
    <message>
        <source>Conservative</source>
        <translation>Konserwatief</translation>
    </message>
    <message>
        <source>Moderately conservative</source>
        <translation>Matig konserwatief</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Matig</translation>
    </message>
    <message>
        <source>Moderately aggressive</source>
        <translation>Matig aggressief</translation>
    </message>
    <message>
        <source>Aggressive</source>
        <translation>Aggressief</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Oproep</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Record of advice</source>
        <translation>Advieserekord</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Hersiening</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolg</translation>
    </message>
    <message>
        <source>Id copy</source>
        <translation>ID-afskrif</translation>
    </message>
    <message>
        <source>Proof of address</source>
        <translation>Bewys van adres</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aansoek</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Policy fund values</source>
        <translation>Polisfondswaardes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedoen</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Opvolg</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Regsgrond</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Recorded via</source>
        <translation>Aangeteken deur</translation>
    </message>
    <message>
        <source>Wording shown</source>
        <translation>Bewoording gewys</translation>
    </message>
    <message>
        <source>Given by (parent or guardian of a child)</source>
        <translation>Gegee deur (ouer of voog van ’n kind)</translation>
    </message>
    <message>
        <source>Financial planning and advice</source>
        <translation>Finansiële beplanning en advies</translation>
    </message>
    <message>
        <source>Underwriting (health information)</source>
        <translation>Onderskrywing (gesondheidsinligting)</translation>
    </message>
    <message>
        <source>FICA identity verification</source>
        <translation>FICA-identiteitsverifikasie</translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation>Direkte bemarking</translation>
    </message>
    <message>
        <source>Product administration</source>
        <translation>Produkadministrasie</translation>
    </message>
    <message>
        <source>s11(1)(a) the person (or a competent person for a child) consents</source>
        <translation>art. 11(1)(a) die persoon (of ’n bevoegde persoon vir ’n kind) stem in</translation>
    </message>
    <message>
        <source>s11(1)(b) needed to conclude or perform a contract with the person</source>
        <translation>art. 11(1)(b) nodig om ’n kontrak met die persoon te sluit of uit te voer</translation>
    </message>
    <message>
        <source>s11(1)(c) complies with an obligation imposed by law (FICA, FAIS)</source>
        <translation>art. 11(1)(c) voldoen aan ’n verpligting wat deur die wet opgelê word (FICA, FAIS)</translation>
    </message>
    <message>
        <source>s11(1)(d) protects a legitimate interest of the person</source>
        <translation>art. 11(1)(d) beskerm ’n regmatige belang van die persoon</translation>
    </message>
    <message>
        <source>s11(1)(e) needed for a public body&apos;s public law duty</source>
        <translation>art. 11(1)(e) nodig vir ’n openbare liggaam se publiekregtelike plig</translation>
    </message>
    <message>
        <source>s11(1)(f) a legitimate interest of the practice or a third party</source>
        <translation>art. 11(1)(f) ’n regmatige belang van die praktyk of ’n derde party</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegee</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweier</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Teruggetrek</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persoonlik</translation>
    </message>
    <message>
        <source>Signed form (Form 4)</source>
        <translation>Getekende vorm (Vorm 4)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pos</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Kliënttipe</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Upfront</source>
        <translation>Vooraf</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Deurlopend</translation>
    </message>
    <message>
        <source>Advice fee</source>
        <translation>Adviesfooi</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webvorm</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Financial planning</source>
        <translation>Finansiële beplanning</translation>
    </message>
    <message>
        <source>Underwriting</source>
        <translation>Onderskrywing</translation>
    </message>
    <message>
        <source>Fica verification</source>
        <translation>FICA-verifikasie</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Wetlike verpligting</translation>
    </message>
    <message>
        <source>Data subject interest</source>
        <translation>Belang van die datasubjek</translation>
    </message>
    <message>
        <source>Public law</source>
        <translation>Publiekreg</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Regmatige belang</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Papiervorm</translation>
    </message>
    <message>
        <source>Sms</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Whatsapp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Eggenoot</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Lewensmaat</translation>
    </message>
    <message>
        <source>Dependant</source>
        <translation>Afhanklike</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Begunstigde</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouer</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Maatskappy</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoof</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwant</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Direkteur</translation>
    </message>
    <message>
        <source>Trustee</source>
        <translation>Trustee</translation>
    </message>
    <message>
        <source>This client is their dependant</source>
        <translation>Hierdie kliënt is hul afhanklike</translation>
    </message>
    <message>
        <source>This client is their beneficiary</source>
        <translation>Hierdie kliënt is hul begunstigde</translation>
    </message>
    <message>
        <source>This client is a director</source>
        <translation>Hierdie kliënt is ’n direkteur</translation>
    </message>
    <message>
        <source>This client is a trustee</source>
        <translation>Hierdie kliënt is ’n trustee</translation>
    </message>
    <message>
        <source>Archiving hides the client from lists and searches but keeps every record: this is a soft delete. Records are only destroyed or de-identified later, by the retention review, once FAIS and FICA no longer require them (POPIA s14).</source>
        <translation>Argivering versteek die kliënt uit lyste en soektogte maar bewaar elke rekord: dit is ’n sagte skrapping. Rekords word eers later vernietig of gede-identifiseer, deur die bewaringshersiening, sodra FAIS en FICA hulle nie meer vereis nie (POPIA art. 14).</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verpligtend</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>is nie een van die keuses nie</translation>
    </message>
    <message>
        <source>must be a percentage, e.g. 11.75</source>
        <translation>moet ’n persentasie wees, bv. 11.75</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>moet tussen 0 en 100 wees</translation>
    </message>
    <message>
        <source>must be a whole percentage, e.g. 50</source>
        <translation>moet ’n heel persentasie wees, bv. 50</translation>
    </message>
    <message>
        <source>must be a whole number, e.g. 42</source>
        <translation>moet ’n heelgetal wees, bv. 42</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>is nie ’n getal nie</translation>
    </message>
    <message>
        <source>has more than 2 decimal places</source>
        <translation>het meer as 2 desimale plekke</translation>
    </message>
    <message>
        <source>is empty; enter an amount</source>
        <translation>is leeg; tik ’n bedrag</translation>
    </message>
    <message>
        <source>is empty; enter a phone number</source>
        <translation>is leeg; tik ’n telefoonnommer</translation>
    </message>
    <message>
        <source>is empty; enter an e-mail address</source>
        <translation>is leeg; tik ’n e-posadres</translation>
    </message>
    <message>
        <source>choose one of the nine provinces, e.g. Gauteng</source>
        <translation>kies een van die nege provinsies, bv. Gauteng</translation>
    </message>
    <message>
        <source>must be the four digits of a South African postal code</source>
        <translation>moet die vier syfers van ’n Suid-Afrikaanse poskode wees</translation>
    </message>
    <message>
        <source>Another client already has this ID number.</source>
        <translation>’n Ander kliënt het reeds hierdie ID-nommer.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red, then save again. Nothing was saved.</source>
        <translation>Korrigeer die velde in rooi gemerk en stoor dan weer. Niks is gestoor nie.</translation>
    </message>
    <message>
        <source>must be text of 13 digits</source>
        <translation>moet teks van 13 syfers wees</translation>
    </message>
    <message>
        <source>is empty; enter the 13-digit ID number</source>
        <translation>is leeg; tik die 13-syfer ID-nommer</translation>
    </message>
    <message>
        <source>may contain only digits (spaces and dashes are ignored); check the number against the ID document</source>
        <translation>mag slegs syfers bevat (spasies en strepies word geïgnoreer); kontroleer die nommer teen die ID-dokument</translation>
    </message>
    <message>
        <source>the 11th digit must be 0 (citizen) or 1 (permanent resident); check the number against the ID document</source>
        <translation>die 11de syfer moet 0 (burger) of 1 (permanente inwoner) wees; kontroleer die nommer teen die ID-dokument</translation>
    </message>
    <message>
        <source>the check digit is wrong; check the number against the ID document</source>
        <translation>die kontrolesyfer is verkeerd; kontroleer die nommer teen die ID-dokument</translation>
    </message>
    <message>
        <source>the first six digits (YYMMDD) are not a real date of birth; check the number against the ID document</source>
        <translation>die eerste ses syfers (JJMMDD) is nie ’n werklike geboortedatum nie; kontroleer die nommer teen die ID-dokument</translation>
    </message>
    <message>
        <source>The disk is full{place}: nothing more could be written.</source>
        <translation>Die skyf is vol{place}: niks meer kon geskryf word nie.</translation>
    </message>
    <message>
        <source>Nothing already saved was lost; the step that needed space was not done. Free some space (empty the recycle bin, move large files off this disk), then try again. Do not restore a backup: the practice database is not damaged.</source>
        <translation>Niks wat reeds gestoor is, is verlore nie; die stap wat spasie nodig gehad het, is nie gedoen nie. Maak spasie vry (maak die herwinningsblik leeg, skuif groot lêers van hierdie skyf af) en probeer dan weer. Moenie ’n rugsteun herstel nie: die praktykdatabasis is nie beskadig nie.</translation>
    </message>
    <message>
        <source>The folder{place} cannot be written to (it is read-only, or you may not change it).</source>
        <translation>Daar kan nie na die vouer{place} geskryf word nie (dit is slegs lees, of u mag dit nie verander nie).</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the folder&apos;s permissions, or that the disk or USB drive is not write-protected, then try again.</source>
        <translation>Niks is verander nie. Kontroleer die vouer se toestemmings, of dat die skyf of USB-skyf nie skryfbeskerm is nie, en probeer dan weer.</translation>
    </message>
    <message>
        <source>The folder or file{place} is not there.</source>
        <translation>Die vouer of lêer{place} is nie daar nie.</translation>
    </message>
    <message>
        <source>Connect the drive it is on (or choose another folder) and try again.</source>
        <translation>Koppel die skyf waarop dit is (of kies ’n ander vouer) en probeer weer.</translation>
    </message>
    <message>
        <source>The file{place} is locked by another program.</source>
        <translation>Die lêer{place} is deur ’n ander program gesluit.</translation>
    </message>
    <message>
        <source>Close the program that has it open (a spreadsheet, a backup or sync tool, another copy of ClientManager) and try again.</source>
        <translation>Maak die program toe wat dit oop het (’n sigblad, ’n rugsteun- of sinkroniseringsprogram, ’n ander kopie van ClientManager) en probeer weer.</translation>
    </message>
    <message>
        <source>The practice database is busy: another program is writing to it.</source>
        <translation>Die praktykdatabasis is besig: ’n ander program skryf daarna.</translation>
    </message>
    <message>
        <source>Nothing was changed. Wait for it to finish (or close the other copy of ClientManager) and try again.</source>
        <translation>Niks is verander nie. Wag tot dit klaar is (of maak die ander kopie van ClientManager toe) en probeer weer.</translation>
    </message>
    <message>
        <source>The font file {name} is missing from this installation.</source>
        <translation>Die lettertipelêer {name} ontbreek in hierdie installasie.</translation>
    </message>
    <message>
        <source>Reinstall ClientManager; the &apos;resources/fonts&apos; folder must ship with it.</source>
        <translation>Installeer ClientManager weer; die vouer &apos;resources/fonts&apos; moet daarby ingesluit wees.</translation>
    </message>
    <message>
        <source>An appointment needs a title.</source>
        <translation>’n Afspraak het ’n titel nodig.</translation>
    </message>
    <message>
        <source>Say what it is for.</source>
        <translation>Sê waarvoor dit is.</translation>
    </message>
    <message>
        <source>Unknown appointment kind {kind!r}.</source>
        <translation>Onbekende soort afspraak {kind!r}.</translation>
    </message>
    <message>
        <source>{kinds}</source>
        <translation>{kinds}</translation>
    </message>
    <message>
        <source>The appointment ends before it starts.</source>
        <translation>Die afspraak eindig voordat dit begin.</translation>
    </message>
    <message>
        <source>Check the start and end times.</source>
        <translation>Kontroleer die begin- en eindtye.</translation>
    </message>
    <message>
        <source>There is no appointment {appointment_id}.</source>
        <translation>Daar is geen afspraak {appointment_id} nie.</translation>
    </message>
    <message>
        <source>Refresh the calendar, or see &apos;clientmanager calendar list&apos;.</source>
        <translation>Verfris die kalender, of sien &apos;clientmanager calendar list&apos;.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {user}. Wait {seconds} seconds and try again.</source>
        <translation>Te veel verkeerde wagwoorde vir {user}. Wag {seconds} sekondes en probeer weer.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {user}. Wait {minutes} minutes and try again.</source>
        <translation>Te veel verkeerde wagwoorde vir {user}. Wag {minutes} minute en probeer weer.</translation>
    </message>
    <message>
        <source>Each further wrong password doubles the wait, up to 15 minutes. If the password is lost, an administrator can reset it.</source>
        <translation>Elke verdere verkeerde wagwoord verdubbel die wagtyd, tot hoogstens 15 minute. As die wagwoord verlore is, kan ’n administrateur dit herstel.</translation>
    </message>
    <message>
        <source>That code is not right.</source>
        <translation>Daardie kode is nie reg nie.</translation>
    </message>
    <message>
        <source>{user} signs in with a second factor.</source>
        <translation>{user} meld aan met ’n tweede faktor.</translation>
    </message>
    <message>
        <source>Type the 6-digit code from your authenticator app, or the practice&apos;s recovery code if the phone is lost.</source>
        <translation>Tik die 6-syferkode uit u verifikasieprogram, of die praktyk se herstelkode as die foon verlore is.</translation>
    </message>
    <message>
        <source>{doing} failed: {strerror}.</source>
        <translation>{doing} het misluk: {strerror}.</translation>
    </message>
    <message>
        <source>Check the drive holding {where} and try again. Nothing was changed.</source>
        <translation>Kontroleer die skyf waarop {where} is en probeer weer. Niks is verander nie.</translation>
    </message>
    <message>
        <source>{doing} failed: {exc}.</source>
        <translation>{doing} het misluk: {exc}.</translation>
    </message>
    <message>
        <source>Run &apos;clientmanager check&apos;; if it reports damage, restore the newest backup.</source>
        <translation>Voer &apos;clientmanager check&apos; uit; as dit skade rapporteer, herstel die nuutste rugsteun.</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>die rugsteun</translation>
    </message>
    <message>
        <source>The backup</source>
        <translation>Die rugsteun</translation>
    </message>
    <message>
        <source>There is not enough free space in {where} for {doing}.</source>
        <translation>Daar is nie genoeg vrye spasie in {where} vir {doing} nie.</translation>
    </message>
    <message>
        <source>Free some space on that drive or choose another backup folder, then try again. The practice database and the earlier backups were not changed.</source>
        <translation>Maak spasie op daardie skyf vry of kies ’n ander rugsteunvouer, en probeer dan weer. Die praktykdatabasis en die vorige rugsteune is nie verander nie.</translation>
    </message>
    <message>
        <source>{where} cannot be written to, so {doing} was not possible.</source>
        <translation>Daar kan nie na {where} geskryf word nie, dus was {doing} nie moontlik nie.</translation>
    </message>
    <message>
        <source>Check that the drive is not write-protected or read-only and that you may write there, or choose another folder. Nothing was changed.</source>
        <translation>Kontroleer dat die skyf nie skryfbeskerm of slegs lees is nie en dat u daarheen mag skryf, of kies ’n ander vouer. Niks is verander nie.</translation>
    </message>
    <message>
        <source>The folder {where} is not there.</source>
        <translation>Die vouer {where} is nie daar nie.</translation>
    </message>
    <message>
        <source>Plug in the drive or create the folder, or choose another one.</source>
        <translation>Prop die skyf in of skep die vouer, of kies ’n ander een.</translation>
    </message>
    <message>
        <source>The practice database was busy, so {doing} could not finish.</source>
        <translation>Die praktykdatabasis was besig, dus kon {doing} nie klaarmaak nie.</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Wag ’n minuut en probeer weer.</translation>
    </message>
    <message>
        <source>Writing to {where} failed ({doing}): the drive may be full or failing.</source>
        <translation>Skryf na {where} het misluk ({doing}): die skyf is dalk vol of besig om te faal.</translation>
    </message>
    <message>
        <source>Free some space or choose another backup folder, then try again. The practice database and the earlier backups were not changed.</source>
        <translation>Maak spasie vry of kies ’n ander rugsteunvouer, en probeer dan weer. Die praktykdatabasis en die vorige rugsteune is nie verander nie.</translation>
    </message>
    <message>
        <source>There is no backup at {folder}.</source>
        <translation>Daar is geen rugsteun by {folder} nie.</translation>
    </message>
    <message>
        <source>Check the path; a backup is a folder named like backup-2026-01-31-170000.</source>
        <translation>Kontroleer die pad; ’n rugsteun is ’n vouer met ’n naam soos backup-2026-01-31-170000.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged and cannot be used: {problems}.</source>
        <translation>Die rugsteun {name} is beskadig en kan nie gebruik word nie: {problems}.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another backup, for example the one from the day before.</source>
        <translation>Niks is verander nie. Kies ’n ander rugsteun, byvoorbeeld die een van die vorige dag.</translation>
    </message>
    <message>
        <source>The folder {destination} is not there.</source>
        <translation>Die vouer {destination} is nie daar nie.</translation>
    </message>
    <message>
        <source>Plug in the drive or create the folder, then try again.</source>
        <translation>Prop die skyf in of skep die vouer, en probeer dan weer.</translation>
    </message>
    <message>
        <source>{destination} already holds a backup called {name}.</source>
        <translation>{destination} bevat reeds ’n rugsteun met die naam {name}.</translation>
    </message>
    <message>
        <source>It is probably the same backup copied earlier; choose another folder to keep a second copy.</source>
        <translation>Dit is waarskynlik dieselfde rugsteun wat vroeër gekopieer is; kies ’n ander vouer om ’n tweede kopie te hou.</translation>
    </message>
    <message>
        <source>That account is not active in this backup.</source>
        <translation>Daardie rekening is nie aktief in hierdie rugsteun nie.</translation>
    </message>
    <message>
        <source>Use an administrator&apos;s password from when the backup was taken, or the recovery code.</source>
        <translation>Gebruik ’n administrateur se wagwoord van toe die rugsteun gemaak is, of die herstelkode.</translation>
    </message>
    <message>
        <source>The practice database is open in another program, so it cannot be replaced.</source>
        <translation>Die praktykdatabasis is in ’n ander program oop, dus kan dit nie vervang word nie.</translation>
    </message>
    <message>
        <source>Close ClientManager on this computer (and any scheduled backup), then restore again. Nothing was changed.</source>
        <translation>Maak ClientManager op hierdie rekenaar toe (en enige geskeduleerde rugsteun), en herstel dan weer. Niks is verander nie.</translation>
    </message>
    <message>
        <source>{name} is not a complete ClientManager backup: its manifest is missing.</source>
        <translation>{name} is nie ’n volledige ClientManager-rugsteun nie: die manifes ontbreek.</translation>
    </message>
    <message>
        <source>Choose a folder named like backup-2026-01-31-170000 that holds manifest.json, practice.db and practice.keys.</source>
        <translation>Kies ’n vouer met ’n naam soos backup-2026-01-31-170000 wat manifest.json, practice.db en practice.keys bevat.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged: its manifest cannot be read.</source>
        <translation>Die rugsteun {name} is beskadig: die manifes kan nie gelees word nie.</translation>
    </message>
    <message>
        <source>Use another backup, for example the one from the day before.</source>
        <translation>Gebruik ’n ander rugsteun, byvoorbeeld die een van die vorige dag.</translation>
    </message>
    <message>
        <source>The new backup did not verify, so it was not kept: {problems}.</source>
        <translation>Die nuwe rugsteun het nie die kontrole geslaag nie, dus is dit nie gehou nie: {problems}.</translation>
    </message>
    <message>
        <source>Run &apos;clientmanager check&apos; on the practice. The earlier backups were not touched.</source>
        <translation>Voer &apos;clientmanager check&apos; op die praktyk uit. Die vorige rugsteune is nie aangeraak nie.</translation>
    </message>
    <message>
        <source>There is no erasure ledger at {extra}.</source>
        <translation>Daar is geen skrappingsgrootboek by {extra} nie.</translation>
    </message>
    <message>
        <source>Point --ledger at an erasures.ledger file (every backup folder has one).</source>
        <translation>Wys --ledger na ’n erasures.ledger-lêer (elke rugsteunvouer het een).</translation>
    </message>
    <message>
        <source>The erasure ledger {extra} cannot be opened with this backup&apos;s key.</source>
        <translation>Die skrappingsgrootboek {extra} kan nie met hierdie rugsteun se sleutel oopgemaak word nie.</translation>
    </message>
    <message>
        <source>Choose the ledger of a backup of this practice taken with the same key (before any re-key), or unlock with the recovery code of that time.</source>
        <translation>Kies die grootboek van ’n rugsteun van hierdie praktyk wat met dieselfde sleutel gemaak is (voor enige nuwe sleutel), of ontsluit met die herstelkode van daardie tyd.</translation>
    </message>
    <message>
        <source>A practice is already in this folder; unlock it before restoring over it.</source>
        <translation>Daar is reeds ’n praktyk in hierdie vouer; ontsluit dit voordat u daaroor herstel.</translation>
    </message>
    <message>
        <source>Sign in as an administrator (or use the recovery code) so it can be backed up first, or restore into an empty folder with --data-dir. If the practice is damaged and will not open, use --replace-damaged.</source>
        <translation>Meld aan as ’n administrateur (of gebruik die herstelkode) sodat dit eers gerugsteun kan word, of herstel in ’n leë vouer met --data-dir. As die praktyk beskadig is en nie oopmaak nie, gebruik --replace-damaged.</translation>
    </message>
    <message>
        <source>The backup changed while it was being read.</source>
        <translation>Die rugsteun het verander terwyl dit gelees is.</translation>
    </message>
    <message>
        <source>Copy it to this computer&apos;s disk first, then restore from there.</source>
        <translation>Kopieer dit eers na hierdie rekenaar se skyf, en herstel dan van daar af.</translation>
    </message>
    <message>
        <source>The restored database could not be closed cleanly.</source>
        <translation>Die herstelde databasis kon nie skoon gesluit word nie.</translation>
    </message>
    <message>
        <source>This backup is of another practice ({practice}).</source>
        <translation>Hierdie rugsteun is van ’n ander praktyk ({practice}).</translation>
    </message>
    <message>
        <source>Restore it into an empty folder with --data-dir instead. Nothing was changed.</source>
        <translation>Herstel dit eerder in ’n leë vouer met --data-dir. Niks is verander nie.</translation>
    </message>
    <message>
        <source>The purged copy of {name} did not verify: {problems}.</source>
        <translation>Die gesuiwerde kopie van {name} het nie die kontrole geslaag nie: {problems}.</translation>
    </message>
    <message>
        <source>The backup itself was not changed. Run &apos;clientmanager check&apos;.</source>
        <translation>Die rugsteun self is nie verander nie. Voer &apos;clientmanager check&apos; uit.</translation>
    </message>
    <message>
        <source>Another backup is being written to this folder right now.</source>
        <translation>’n Ander rugsteun word op die oomblik na hierdie vouer geskryf.</translation>
    </message>
    <message>
        <source>Wait for it to finish (a scheduled task or another copy of the app), then try again.</source>
        <translation>Wag tot dit klaar is (’n geskeduleerde taak of ’n ander kopie van die program), en probeer dan weer.</translation>
    </message>
    <message>
        <source>The copy did not match the backup: {problems}.</source>
        <translation>Die kopie het nie met die rugsteun ooreengestem nie: {problems}.</translation>
    </message>
    <message>
        <source>The drive may be failing. Try another drive.</source>
        <translation>Die skyf is dalk besig om te faal. Probeer ’n ander skyf.</translation>
    </message>
    <message>
        <source>a backup</source>
        <translation>’n rugsteun</translation>
    </message>
    <message>
        <source>A backup</source>
        <translation>’n Rugsteun</translation>
    </message>
    <message>
        <source>keeping backups</source>
        <translation>die bewaring van rugsteune</translation>
    </message>
    <message>
        <source>Keeping backups</source>
        <translation>Die bewaring van rugsteune</translation>
    </message>
    <message>
        <source>the restore</source>
        <translation>die herstel</translation>
    </message>
    <message>
        <source>The restore</source>
        <translation>Die herstel</translation>
    </message>
    <message>
        <source>keeping a copy of the damaged database</source>
        <translation>die bewaring van ’n kopie van die beskadigde databasis</translation>
    </message>
    <message>
        <source>Keeping a copy of the damaged database</source>
        <translation>Die bewaring van ’n kopie van die beskadigde databasis</translation>
    </message>
    <message>
        <source>copying the backup</source>
        <translation>die kopiëring van die rugsteun</translation>
    </message>
    <message>
        <source>Copying the backup</source>
        <translation>Die kopiëring van die rugsteun</translation>
    </message>
    <message>
        <source>There is no breach {breach_id} in the register.</source>
        <translation>Daar is geen oortreding {breach_id} in die register nie.</translation>
    </message>
    <message>
        <source>The notice cannot be drafted yet: the register does not say {missing}.</source>
        <translation>Die kennisgewing kan nog nie opgestel word nie: die register sê nie {missing} nie.</translation>
    </message>
    <message>
        <source>Fill these in on the breach, then draft again.</source>
        <translation>Vul dit by die oortreding in, en stel dit dan weer op.</translation>
    </message>
    <message>
        <source>The backup stopped before it finished: its process ended unexpectedly (exit code {code}).</source>
        <translation>Die rugsteun het gestop voordat dit klaar was: sy proses het onverwags geëindig (uittreekode {code}).</translation>
    </message>
    <message>
        <source>No partial backup was kept and the earlier backups are unchanged. It will be tried again later; if it keeps stopping, run &apos;clientmanager backup&apos; from a terminal to see why.</source>
        <translation>Geen gedeeltelike rugsteun is gehou nie en die vroeëre rugsteune is onveranderd. Dit sal later weer probeer word; as dit aanhou stop, voer &apos;clientmanager backup&apos; in ’n terminaal uit om te sien hoekom.</translation>
    </message>
    <message>
        <source>The backup failed ({kind}).</source>
        <translation>Die rugsteun het misluk ({kind}).</translation>
    </message>
    <message>
        <source>Run &apos;clientmanager backup&apos; from a terminal to see more, or &apos;clientmanager check&apos; if it keeps failing. The earlier backups are unchanged.</source>
        <translation>Voer &apos;clientmanager backup&apos; in ’n terminaal uit om meer te sien, of &apos;clientmanager check&apos; as dit aanhou misluk. Die vroeëre rugsteune is onveranderd.</translation>
    </message>
    <message>
        <source>The practice database changed while the backup was starting.</source>
        <translation>Die praktykdatabasis het verander terwyl die rugsteun begin het.</translation>
    </message>
    <message>
        <source>Lock the practice, unlock it again, then take the backup.</source>
        <translation>Sluit die praktyk, ontsluit dit weer en maak dan die rugsteun.</translation>
    </message>
    <message>
        <source>The backup stopped before it finished: its process did not start in time.</source>
        <translation>Die rugsteun het gestop voordat dit klaar was: sy proses het nie betyds begin nie.</translation>
    </message>
    <message>
        <source>The backup stopped before it finished: its process was stopped (signal {signal}).</source>
        <translation>Die rugsteun het gestop voordat dit klaar was: sy proses is gestop (sein {signal}).</translation>
    </message>
    <message>
        <source>This is a backup of a practice on an office server: it restores into a new, empty database on a server, not into a data folder.</source>
        <translation>Dit is ’n rugsteun van ’n praktyk op ’n kantoorbediener: dit word in ’n nuwe, leë databasis op ’n bediener herstel, nie in ’n datavouer nie.</translation>
    </message>
    <message>
        <source>Create an empty database on the server, then run: clientmanager restore BACKUP --server postgresql://OWNER@SERVER/NEWDB --app-login LOGIN --data-dir NEW-FOLDER. Nothing was changed.</source>
        <translation>Skep ’n leë databasis op die bediener en voer dan uit: clientmanager restore BACKUP --server postgresql://OWNER@SERVER/NEWDB --app-login LOGIN --data-dir NEW-FOLDER. Niks is verander nie.</translation>
    </message>
    <message>
        <source>This PC&apos;s folder {folder} points at the practice on the office server, so a backup from one PC cannot be restored into it.</source>
        <translation>Hierdie rekenaar se vouer {folder} wys na die praktyk op die kantoorbediener, dus kan ’n rugsteun van een rekenaar nie daarin herstel word nie.</translation>
    </message>
    <message>
        <source>Restore it into another folder with --data-dir. Nothing was changed.</source>
        <translation>Herstel dit in ’n ander vouer met --data-dir. Niks is verander nie.</translation>
    </message>
    <message>
        <source>The letters cannot be drafted yet: the register does not say {missing}.</source>
        <translation>Die briewe kan nog nie opgestel word nie: die register sê nie {missing} nie.</translation>
    </message>
    <message>
        <source>{count} of the chosen people are not in this practice.</source>
        <translation>{count} van die gekose persone is nie in hierdie praktyk nie.</translation>
    </message>
    <message>
        <source>Choose the affected people from the client list again.</source>
        <translation>Kies die geraakte persone weer uit die kliëntelys.</translation>
    </message>
    <message>
        <source>The notice could not be written to {parent}: {strerror}.</source>
        <translation>Die kennisgewing kon nie na {parent} geskryf word nie: {strerror}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>Kies ’n vouer waarheen u kan skryf, met vrye spasie.</translation>
    </message>
    <message>
        <source>That file is not a readable backup manifest.</source>
        <translation>Daardie lêer is nie ’n leesbare rugsteunmanifes nie.</translation>
    </message>
    <message>
        <source>Choose the manifest.json inside a backup folder (backup-YYYY-MM-DD-HHMMSS).</source>
        <translation>Kies die manifest.json in ’n rugsteunvouer (backup-YYYY-MM-DD-HHMMSS).</translation>
    </message>
    <message>
        <source>The letters could not be written to {folder}: {strerror}.</source>
        <translation>Die briewe kon nie na {folder} geskryf word nie: {strerror}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space; {count} letters were written before the problem.</source>
        <translation>Kies ’n vouer waarheen u kan skryf, met vrye spasie; {count} briewe is geskryf voor die probleem.</translation>
    </message>
    <message>
        <source>One field needs attention.</source>
        <translation>Een veld kort aandag.</translation>
    </message>
    <message>
        <source>{count} fields need attention.</source>
        <translation>{count} velde kort aandag.</translation>
    </message>
    <message>
        <source>Someone else saved this {thing} while you were editing it.</source>
        <translation>Iemand anders het hierdie {thing} gestoor terwyl u dit gewysig het.</translation>
    </message>
    <message>
        <source>Look at what changed, then reload and make your change again. Nothing was saved.</source>
        <translation>Kyk wat verander het, laai dan weer en maak u verandering weer. Niks is gestoor nie.</translation>
    </message>
    <message>
        <source>That client is no longer in the practice.</source>
        <translation>Daardie kliënt is nie meer in die praktyk nie.</translation>
    </message>
    <message>
        <source>That {title} is no longer there.</source>
        <translation>Daardie {title} is nie meer daar nie.</translation>
    </message>
    <message>
        <source>Reopen the client.</source>
        <translation>Maak die kliënt weer oop.</translation>
    </message>
    <message>
        <source>This record of advice is final and cannot be changed.</source>
        <translation>Hierdie advieserekord is finaal en kan nie verander word nie.</translation>
    </message>
    <message>
        <source>Add a new note or record of advice instead (FAIS General Code s9).</source>
        <translation>Voeg eerder ’n nuwe nota of advieserekord by (FAIS Algemene Gedragskode art. 9).</translation>
    </message>
    <message>
        <source>Only a record of advice can be finalised.</source>
        <translation>Slegs ’n advieserekord kan gefinaliseer word.</translation>
    </message>
    <message>
        <source>Change the note&apos;s kind to &apos;Record of advice&apos; first.</source>
        <translation>Verander eers die nota se soort na &apos;Advieserekord&apos;.</translation>
    </message>
    <message>
        <source>That document is no longer there.</source>
        <translation>Daardie dokument is nie meer daar nie.</translation>
    </message>
    <message>
        <source>The document&apos;s contents are missing.</source>
        <translation>Die dokument se inhoud ontbreek.</translation>
    </message>
    <message>
        <source>Attach it again.</source>
        <translation>Heg dit weer aan.</translation>
    </message>
    <message>
        <source>The document does not match the fingerprint taken when it was attached.</source>
        <translation>Die dokument stem nie ooreen met die vingerafdruk wat geneem is toe dit aangeheg is nie.</translation>
    </message>
    <message>
        <source>Restore it from a backup, or attach the original again.</source>
        <translation>Herstel dit uit ’n rugsteun, of heg die oorspronklike weer aan.</translation>
    </message>
    <message>
        <source>This client is archived.</source>
        <translation>Hierdie kliënt is geargiveer.</translation>
    </message>
    <message>
        <source>Restore the client before editing.</source>
        <translation>Herstel die kliënt voordat u wysig.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>kliënt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>That {title} belongs to another client.</source>
        <translation>Daardie {title} behoort aan ’n ander kliënt.</translation>
    </message>
    <message>
        <source>Your account may change contact details only.</source>
        <translation>U rekening mag slegs kontakbesonderhede verander.</translation>
    </message>
    <message>
        <source>Ask a planner to change the other details.</source>
        <translation>Vra ’n beplanner om die ander besonderhede te verander.</translation>
    </message>
    <message>
        <source>They may have been merged or erased. Search again.</source>
        <translation>Hulle is dalk saamgesmelt of geskrap. Soek weer.</translation>
    </message>
    <message>
        <source>That policy is no longer there.</source>
        <translation>Daardie polis is nie meer daar nie.</translation>
    </message>
    <message>
        <source>Choose a kind (upfront, ongoing, advice_fee) and how often (once, monthly, annual).</source>
        <translation>Kies ’n soort (upfront, ongoing, advice_fee) en hoe gereeld (once, monthly, annual).</translation>
    </message>
    <message>
        <source>The expected amount must be more than R 0.00.</source>
        <translation>Die verwagte bedrag moet meer as R 0.00 wees.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Die einddatum is voor die begindatum.</translation>
    </message>
    <message>
        <source>A receipt needs the provider and the policy number.</source>
        <translation>’n Ontvangs het die verskaffer en die polisnommer nodig.</translation>
    </message>
    <message>
        <source>Unknown statement field(s): {unknown}</source>
        <translation>Onbekende staatveld(e): {unknown}</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>Velde: {fields}</translation>
    </message>
    <message>
        <source>There is no file {name}.</source>
        <translation>Daar is geen lêer {name} nie.</translation>
    </message>
    <message>
        <source>Choose the CSV file.</source>
        <translation>Kies die CSV-lêer.</translation>
    </message>
    <message>
        <source>The statement is larger than 20 MB.</source>
        <translation>Die staat is groter as 20 MB.</translation>
    </message>
    <message>
        <source>{name} has no header row.</source>
        <translation>{name} het geen opskrifry nie.</translation>
    </message>
    <message>
        <source>Is it a CSV file?</source>
        <translation>Is dit ’n CSV-lêer?</translation>
    </message>
    <message>
        <source>Say which provider the statement is from.</source>
        <translation>Sê van watter verskaffer die staat kom.</translation>
    </message>
    <message>
        <source>The statement&apos;s columns for {missing} are not known.</source>
        <translation>Die staat se kolomme vir {missing} is nie bekend nie.</translation>
    </message>
    <message>
        <source>Map them, e.g. --map &apos;Policy No=policy_number,Commission=amount,Month=period&apos;. Columns: {headers}</source>
        <translation>Wys hulle toe, bv. --map &apos;Policy No=policy_number,Commission=amount,Month=period&apos;. Kolomme: {headers}</translation>
    </message>
    <message>
        <source>The statement has no column {columns}.</source>
        <translation>Die staat het geen kolom {columns} nie.</translation>
    </message>
    <message>
        <source>Columns: {headers}</source>
        <translation>Kolomme: {headers}</translation>
    </message>
    <message>
        <source>The last month is before the first.</source>
        <translation>Die laaste maand is voor die eerste.</translation>
    </message>
    <message>
        <source>Reconcile at most ten years at a time.</source>
        <translation>Versoen hoogstens tien jaar op ’n slag.</translation>
    </message>
    <message>
        <source>Export to a .csv or .xlsx file.</source>
        <translation>Voer uit na ’n .csv- of .xlsx-lêer.</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>Record consent only if the person asks for marketing themselves.</source>
        <translation>Teken toestemming slegs aan as die persoon self om bemarking vra.</translation>
    </message>
    <message>
        <source>There is no request number {request_id} in the rights register.</source>
        <translation>Daar is geen versoek nommer {request_id} in die regteregister nie.</translation>
    </message>
    <message>
        <source>Request {request_id} is not an open deletion request for a client.</source>
        <translation>Versoek {request_id} is nie ’n oop skrappingsversoek vir ’n kliënt nie.</translation>
    </message>
    <message>
        <source>Check the number with &apos;clientmanager rights list&apos;.</source>
        <translation>Kontroleer die nommer met &apos;clientmanager rights list&apos;.</translation>
    </message>
    <message>
        <source>There is no client with the number {client_id}.</source>
        <translation>Daar is geen kliënt met die nommer {client_id} nie.</translation>
    </message>
    <message>
        <source>A legal hold is on this person: nothing may be deleted while it stands.</source>
        <translation>’n Regsbewaring geld vir hierdie persoon: niks mag geskrap word solank dit geld nie.</translation>
    </message>
    <message>
        <source>Release the hold (Retention ▸ Legal holds) when the matter is over.</source>
        <translation>Hef die bewaring op (Bewaring ▸ Regsbewarings) wanneer die saak verby is.</translation>
    </message>
    <message>
        <source>There is no disclosure number {disclosure_id} in the register.</source>
        <translation>Daar is geen bekendmaking nommer {disclosure_id} in die register nie.</translation>
    </message>
    <message>
        <source>There is no document number {document_id}.</source>
        <translation>Daar is geen dokument nommer {document_id} nie.</translation>
    </message>
    <message>
        <source>A client cannot be merged with itself.</source>
        <translation>’n Kliënt kan nie met homself saamgesmelt word nie.</translation>
    </message>
    <message>
        <source>Choose two clients.</source>
        <translation>Kies twee kliënte.</translation>
    </message>
    <message>
        <source>One of the two clients is no longer in the practice.</source>
        <translation>Een van die twee kliënte is nie meer in die praktyk nie.</translation>
    </message>
    <message>
        <source>Refresh the duplicates list.</source>
        <translation>Verfris die lys van duplikate.</translation>
    </message>
    <message>
        <source>One of the two clients is archived.</source>
        <translation>Een van die twee kliënte is geargiveer.</translation>
    </message>
    <message>
        <source>Restore it from the archive first if it really is a duplicate.</source>
        <translation>Herstel dit eers uit die argief as dit werklik ’n duplikaat is.</translation>
    </message>
    <message>
        <source>A JSON export is of the whole practice.</source>
        <translation>’n JSON-uitvoer is van die hele praktyk.</translation>
    </message>
    <message>
        <source>Use export_practice_json.</source>
        <translation>Gebruik export_practice_json.</translation>
    </message>
    <message>
        <source>A marketing list never includes restricted or objecting clients.</source>
        <translation>’n Bemarkingslys sluit nooit beperkte kliënte of kliënte wat beswaar maak in nie.</translation>
    </message>
    <message>
        <source>Leave out the lawful purpose, or export for a general purpose.</source>
        <translation>Laat die regmatige doel weg, of voer uit vir ’n algemene doel.</translation>
    </message>
    <message>
        <source>vCard version {requested} is not supported.</source>
        <translation>vCard-weergawe {requested} word nie ondersteun nie.</translation>
    </message>
    <message>
        <source>Choose 3.0 (Outlook, phones) or 4.0.</source>
        <translation>Kies 3.0 (Outlook, fone) of 4.0.</translation>
    </message>
    <message>
        <source>{name} is a file; one card per file needs a folder.</source>
        <translation>{name} is ’n lêer; een kaart per lêer het ’n vouer nodig.</translation>
    </message>
    <message>
        <source>Give the name of a new or empty folder to write the .vcf files into.</source>
        <translation>Gee die naam van ’n nuwe of leë vouer om die .vcf-lêers in te skryf.</translation>
    </message>
    <message>
        <source>The whole-practice export is an encrypted archive: it needs a password.</source>
        <translation>Die uitvoer van die hele praktyk is ’n geënkripteerde argief: dit het ’n wagwoord nodig.</translation>
    </message>
    <message>
        <source>Give a password (the command line makes a random one and shows it once).</source>
        <translation>Gee ’n wagwoord (die opdragreël maak ’n ewekansige een en wys dit een keer).</translation>
    </message>
    <message>
        <source>{name} is not a ClientManager practice export.</source>
        <translation>{name} is nie ’n ClientManager-praktykuitvoer nie.</translation>
    </message>
    <message>
        <source>Use the file written by &apos;clientmanager export --format json&apos;.</source>
        <translation>Gebruik die lêer wat deur &apos;clientmanager export --format json&apos; geskryf is.</translation>
    </message>
    <message>
        <source>{name} uses export format version {found}; this program reads version {supported}.</source>
        <translation>{name} gebruik uitvoerformaat-weergawe {found}; hierdie program lees weergawe {supported}.</translation>
    </message>
    <message>
        <source>Import it with the version of ClientManager that wrote it, or a newer one.</source>
        <translation>Voer dit in met die weergawe van ClientManager wat dit geskryf het, of ’n nuwer een.</translation>
    </message>
    <message>
        <source>The export is of database version {found}, this practice is at {here}.</source>
        <translation>Die uitvoer is van databasisweergawe {found}, hierdie praktyk is by {here}.</translation>
    </message>
    <message>
        <source>Open the export&apos;s practice with this version of ClientManager first, so it is upgraded, and export it again.</source>
        <translation>Maak eers die uitvoer se praktyk met hierdie weergawe van ClientManager oop, sodat dit opgegradeer word, en voer dit weer uit.</translation>
    </message>
    <message>
        <source>This practice already holds clients; a practice export can only be loaded into a new, empty practice.</source>
        <translation>Hierdie praktyk bevat reeds kliënte; ’n praktykuitvoer kan slegs in ’n nuwe, leë praktyk gelaai word.</translation>
    </message>
    <message>
        <source>Create a new practice with &apos;clientmanager init&apos; and load the export there.</source>
        <translation>Skep ’n nuwe praktyk met &apos;clientmanager init&apos; en laai die uitvoer daar.</translation>
    </message>
    <message>
        <source>{recipient_category!r} is not a kind of recipient.</source>
        <translation>{recipient_category!r} is nie ’n soort ontvanger nie.</translation>
    </message>
    <message>
        <source>Choose one of: {categories}.</source>
        <translation>Kies een van: {categories}.</translation>
    </message>
    <message>
        <source>{recipient_basis!r} is not a lawful basis.</source>
        <translation>{recipient_basis!r} is nie ’n regsgrond nie.</translation>
    </message>
    <message>
        <source>Choose one of: {bases}.</source>
        <translation>Kies een van: {bases}.</translation>
    </message>
    <message>
        <source>Say why the recipient receives this list.</source>
        <translation>Sê waarom die ontvanger hierdie lys ontvang.</translation>
    </message>
    <message>
        <source>The purpose goes into each client&apos;s disclosure register.</source>
        <translation>Die doel word in elke kliënt se bekendmakingsregister aangeteken.</translation>
    </message>
    <message>
        <source>{name} is not a readable practice export ({error}).</source>
        <translation>{name} is nie ’n leesbare praktykuitvoer nie ({error}).</translation>
    </message>
    <message>
        <source>Use the .json or .zip file written by &apos;clientmanager export --format json&apos;.</source>
        <translation>Gebruik die .json- of .zip-lêer wat deur &apos;clientmanager export --format json&apos; geskryf is.</translation>
    </message>
    <message>
        <source>{name} is encrypted and the password is wrong.</source>
        <translation>{name} is geënkripteer en die wagwoord is verkeerd.</translation>
    </message>
    <message>
        <source>{name} is encrypted and the password is missing.</source>
        <translation>{name} is geënkripteer en die wagwoord ontbreek.</translation>
    </message>
    <message>
        <source>Give the password shown when the export was made.</source>
        <translation>Gee die wagwoord wat gewys is toe die uitvoer gemaak is.</translation>
    </message>
    <message>
        <source>Restore the client first.</source>
        <translation>Herstel eers die kliënt.</translation>
    </message>
    <message>
        <source>That person is not linked to this client.</source>
        <translation>Daardie persoon is nie aan hierdie kliënt gekoppel nie.</translation>
    </message>
    <message>
        <source>{name} is in another household.</source>
        <translation>{name} is in ’n ander huishouding.</translation>
    </message>
    <message>
        <source>Remove them from that household first, then link them here.</source>
        <translation>Verwyder hulle eers uit daardie huishouding, en koppel hulle dan hier.</translation>
    </message>
    <message>
        <source>Choose the .ics file.</source>
        <translation>Kies die .ics-lêer.</translation>
    </message>
    <message>
        <source>The calendar file is larger than 10 MB.</source>
        <translation>Die kalenderlêer is groter as 10 MB.</translation>
    </message>
    <message>
        <source>Export less.</source>
        <translation>Voer minder uit.</translation>
    </message>
    <message>
        <source>{name} is not an iCalendar file.</source>
        <translation>{name} is nie ’n iCalendar-lêer nie.</translation>
    </message>
    <message>
        <source>Export the calendar as .ics first.</source>
        <translation>Voer eers die kalender as .ics uit.</translation>
    </message>
    <message>
        <source>{name} has a line far too long for a client list{where}: more than {limit:,} characters.</source>
        <translation>{name} het ’n reël wat heeltemal te lank is vir ’n kliëntelys{where}: meer as {limit:,} karakters.</translation>
    </message>
    <message>
        <source>Check that this is the client list exported from the old system or Excel. An unclosed quote mark can also join the whole file into one line: open it in a spreadsheet program, save it as CSV again, and import that.</source>
        <translation>Kontroleer dat dit die kliëntelys is wat uit die ou stelsel of Excel uitgevoer is. ’n Aanhalingsteken wat nie gesluit is nie, kan ook die hele lêer in een reël saamvoeg: maak dit in ’n sigbladprogram oop, stoor dit weer as CSV, en voer dit in.</translation>
    </message>
    <message>
        <source>There is no saved column mapping called {name!r}.</source>
        <translation>Daar is geen gestoorde kolomtoewysing met die naam {name!r} nie.</translation>
    </message>
    <message>
        <source>Saved mappings: {saved}. Save one in the import wizard, or pass --map COLUMN=FIELD.</source>
        <translation>Gestoorde toewysings: {saved}. Stoor een in die invoerassistent, of gee --map COLUMN=FIELD.</translation>
    </message>
    <message>
        <source>The file has no header row and no data.</source>
        <translation>Die lêer het geen opskrifry en geen data nie.</translation>
    </message>
    <message>
        <source>Save the spreadsheet with a first row of column names, then import it.</source>
        <translation>Stoor die sigblad met ’n eerste ry kolomname, en voer dit dan in.</translation>
    </message>
    <message>
        <source>{name} is not an Excel .xlsx workbook.</source>
        <translation>{name} is nie ’n Excel .xlsx-werkboek nie.</translation>
    </message>
    <message>
        <source>Open it in Excel and save it as .xlsx or as CSV, then import that file.</source>
        <translation>Maak dit in Excel oop en stoor dit as .xlsx of as CSV, en voer daardie lêer dan in.</translation>
    </message>
    <message>
        <source>{name} does not look like a CSV text file.</source>
        <translation>{name} lyk nie na ’n CSV-tekslêer nie.</translation>
    </message>
    <message>
        <source>Export the client list from the old system or Excel as CSV or .xlsx.</source>
        <translation>Voer die kliëntelys uit die ou stelsel of Excel uit as CSV of .xlsx.</translation>
    </message>
    <message>
        <source>{name} has no sheet with data.</source>
        <translation>{name} het geen blad met data nie.</translation>
    </message>
    <message>
        <source>Put the client list on the first sheet with a header row.</source>
        <translation>Plaas die kliëntelys op die eerste blad met ’n opskrifry.</translation>
    </message>
    <message>
        <source>{name} has no contact cards (BEGIN:VCARD ... END:VCARD).</source>
        <translation>{name} het geen kontakkaarte nie (BEGIN:VCARD ... END:VCARD).</translation>
    </message>
    <message>
        <source>Export the contacts again as vCard (.vcf) or as CSV, then import that file.</source>
        <translation>Voer die kontakte weer uit as vCard (.vcf) of as CSV, en voer daardie lêer dan in.</translation>
    </message>
    <message>
        <source>None of the mapped columns are in this file.</source>
        <translation>Geen van die toegewysde kolomme is in hierdie lêer nie.</translation>
    </message>
    <message>
        <source>Choose the columns again, or use a mapping saved for files like this one.</source>
        <translation>Kies die kolomme weer, of gebruik ’n toewysing wat vir lêers soos hierdie gestoor is.</translation>
    </message>
    <message>
        <source>The file {name} was not found.</source>
        <translation>Die lêer {name} is nie gevind nie.</translation>
    </message>
    <message>
        <source>Check the name and the folder.</source>
        <translation>Kontroleer die naam en die vouer.</translation>
    </message>
    <message>
        <source>The file {name} could not be opened ({strerror}).</source>
        <translation>Die lêer {name} kon nie oopgemaak word nie ({strerror}).</translation>
    </message>
    <message>
        <source>Close it in Excel or any other program that has it open, and try again.</source>
        <translation>Maak dit toe in Excel of enige ander program wat dit oop het, en probeer weer.</translation>
    </message>
    <message>
        <source>The CSV file is malformed near line {line_num}: {exc}.</source>
        <translation>Die CSV-lêer is foutief naby reël {line_num}: {exc}.</translation>
    </message>
    <message>
        <source>Open it in a spreadsheet program, check that line, and save it again.</source>
        <translation>Maak dit in ’n sigbladprogram oop, kontroleer daardie reël, en stoor dit weer.</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel workbook.</source>
        <translation>{name} kon nie as ’n Excel-werkboek gelees word nie.</translation>
    </message>
    <message>
        <source>It may be damaged or password-protected. Open it in Excel, save a copy as .xlsx or CSV, and import that.</source>
        <translation>Dit is dalk beskadig of met ’n wagwoord beskerm. Maak dit in Excel oop, stoor ’n kopie as .xlsx of CSV, en voer dit in.</translation>
    </message>
    <message>
        <source>Unknown field(s) in the template: {unknown}</source>
        <translation>Onbekende veld(e) in die sjabloon: {unknown}</translation>
    </message>
    <message>
        <source>Fields you can use: {fields}</source>
        <translation>Velde wat u kan gebruik: {fields}</translation>
    </message>
    <message>
        <source>There is no letter template called {name!r}.</source>
        <translation>Daar is geen briefsjabloon met die naam {name!r} nie.</translation>
    </message>
    <message>
        <source>See them with: clientmanager letters templates</source>
        <translation>Sien hulle met: clientmanager letters templates</translation>
    </message>
    <message>
        <source>A template name is 2-60 letters, digits or underscores.</source>
        <translation>’n Sjabloonnaam is 2-60 letters, syfers of onderstrepe.</translation>
    </message>
    <message>
        <source>e.g. birthday_2027</source>
        <translation>bv. birthday_2027</translation>
    </message>
    <message>
        <source>{name!r} is a built-in template.</source>
        <translation>{name!r} is ’n ingeboude sjabloon.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Kies ’n ander naam.</translation>
    </message>
    <message>
        <source>Choose a purpose (service or marketing) and a recipient (client or provider).</source>
        <translation>Kies ’n doel (diens of bemarking) en ’n ontvanger (kliënt of verskaffer).</translation>
    </message>
    <message>
        <source>A template needs a title, a subject and a body.</source>
        <translation>’n Sjabloon het ’n titel, ’n onderwerp en ’n inhoud nodig.</translation>
    </message>
    <message>
        <source>Choose at least one client.</source>
        <translation>Kies minstens een kliënt.</translation>
    </message>
    <message>
        <source>e.g. --clients 1,2,3</source>
        <translation>bv. --clients 1,2,3</translation>
    </message>
    <message>
        <source>There is no user called {who!r}.</source>
        <translation>Daar is geen gebruiker met die naam {who!r} nie.</translation>
    </message>
    <message>
        <source>Run &apos;clientmanager users list&apos; to see the user names.</source>
        <translation>Voer &apos;clientmanager users list&apos; uit om die gebruikersname te sien.</translation>
    </message>
    <message>
        <source>{user} is disabled and cannot look after clients.</source>
        <translation>{user} is gedeaktiveer en kan nie na kliënte omsien nie.</translation>
    </message>
    <message>
        <source>Choose an active planner, or enable the account first.</source>
        <translation>Kies ’n aktiewe beplanner, of aktiveer eers die rekening.</translation>
    </message>
    <message>
        <source>{user} is not a planner; clients are looked after by planners.</source>
        <translation>{user} is nie ’n beplanner nie; beplanners sien na kliënte om.</translation>
    </message>
    <message>
        <source>Choose a planner (or the practice manager).</source>
        <translation>Kies ’n beplanner (of die praktykbestuurder).</translation>
    </message>
    <message>
        <source>No clients were chosen.</source>
        <translation>Geen kliënte is gekies nie.</translation>
    </message>
    <message>
        <source>Select clients in the list first.</source>
        <translation>Kies eers kliënte in die lys.</translation>
    </message>
    <message>
        <source>The clients are already {user}&apos;s.</source>
        <translation>Die kliënte is reeds {user} s’n.</translation>
    </message>
    <message>
        <source>Choose another planner.</source>
        <translation>Kies ’n ander beplanner.</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Niemand aangemeld nie</translation>
    </message>
    <message>
        <source>{role} accounts may not {action}.</source>
        <translation>{role}-rekeninge mag nie {action} nie.</translation>
    </message>
    <message>
        <source>Ask the practice manager if your work needs it.</source>
        <translation>Vra die praktykbestuurder as u werk dit vereis.</translation>
    </message>
    <message>
        <source>This client is looked after by another planner.</source>
        <translation>Hierdie kliënt word deur ’n ander beplanner versorg.</translation>
    </message>
    <message>
        <source>The practice manager can reassign the client, or allow planners to see every client in Settings.</source>
        <translation>Die praktykbestuurder kan die kliënt hertoewys, of beplanners in Instellings toelaat om elke kliënt te sien.</translation>
    </message>
    <message>
        <source>A yearly escalation must be between 0% and 50%.</source>
        <translation>’n Jaarlikse eskalasie moet tussen 0% en 50% wees.</translation>
    </message>
    <message>
        <source>For example 10 for 10%.</source>
        <translation>Byvoorbeeld 10 vir 10%.</translation>
    </message>
    <message>
        <source>Unknown policy status {status!r}.</source>
        <translation>Onbekende polisstatus {status!r}.</translation>
    </message>
    <message>
        <source>Choose {statuses}.</source>
        <translation>Kies {statuses}.</translation>
    </message>
    <message>
        <source>The policy is already {status}.</source>
        <translation>Die polis is reeds {status}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Niks is verander nie.</translation>
    </message>
    <message>
        <source>This practice database was written by a newer version of ClientManager (schema {revision}), which this version does not know.</source>
        <translation>Hierdie praktykdatabasis is deur ’n nuwer weergawe van ClientManager geskryf (skema {revision}), wat hierdie weergawe nie ken nie.</translation>
    </message>
    <message>
        <source>Nothing was changed. Install the newest version of ClientManager on this PC (the one the practice was last opened with), then open the practice again.</source>
        <translation>Niks is verander nie. Installeer die nuutste weergawe van ClientManager op hierdie rekenaar (die een waarmee die praktyk laas oopgemaak is), en maak dan die praktyk weer oop.</translation>
    </message>
    <message>
        <source>There is no practice database in {data_dir}.</source>
        <translation>Daar is geen praktykdatabasis in {data_dir} nie.</translation>
    </message>
    <message>
        <source>Create one with &apos;clientmanager init&apos;, choose the right folder with --data-dir, or restore a backup.</source>
        <translation>Skep een met &apos;clientmanager init&apos;, kies die regte vouer met --data-dir, of herstel ’n rugsteun.</translation>
    </message>
    <message>
        <source>A practice already exists in {data_dir}.</source>
        <translation>Daar bestaan reeds ’n praktyk in {data_dir}.</translation>
    </message>
    <message>
        <source>Use another folder with --data-dir, or open the existing practice.</source>
        <translation>Gebruik ’n ander vouer met --data-dir, of maak die bestaande praktyk oop.</translation>
    </message>
    <message>
        <source>The practice database is damaged: {damaged} page(s) failed their encryption check.</source>
        <translation>Die praktykdatabasis is beskadig: {damaged} bladsy(e) het hul enkripsietoets gedruip.</translation>
    </message>
    <message>
        <source>The practice was locked. Run &apos;clientmanager check&apos; for details, then restore the most recent verified backup.</source>
        <translation>Die praktyk is gesluit. Voer &apos;clientmanager check&apos; uit vir besonderhede, en herstel dan die mees onlangse geverifieerde rugsteun.</translation>
    </message>
    <message>
        <source>This account is not active in the practice.</source>
        <translation>Hierdie rekening is nie aktief in die praktyk nie.</translation>
    </message>
    <message>
        <source>Ask the practice manager to enable the account.</source>
        <translation>Vra die praktykbestuurder om die rekening te aktiveer.</translation>
    </message>
    <message>
        <source>A practice already exists in this folder.</source>
        <translation>Daar is reeds ’n praktyk in hierdie vouer.</translation>
    </message>
    <message>
        <source>Use another folder with --data-dir.</source>
        <translation>Gebruik ’n ander vouer met --data-dir.</translation>
    </message>
    <message>
        <source>The practice database has no practice record.</source>
        <translation>Die praktykdatabasis het geen praktykrekord nie.</translation>
    </message>
    <message>
        <source>It may be damaged. Restore the most recent backup.</source>
        <translation>Dit is dalk beskadig. Herstel die mees onlangse rugsteun.</translation>
    </message>
    <message>
        <source>The key-slot file belongs to a different practice than this database.</source>
        <translation>Die sleutelgleuflêer behoort aan ’n ander praktyk as hierdie databasis.</translation>
    </message>
    <message>
        <source>Put back the practice.keys file that came with this database, or restore both from the same backup.</source>
        <translation>Sit die practice.keys-lêer terug wat saam met hierdie databasis gekom het, of herstel albei uit dieselfde rugsteun.</translation>
    </message>
    <message>
        <source>There is no user called {user!r} in this practice.</source>
        <translation>Daar is geen gebruiker met die naam {user!r} in hierdie praktyk nie.</translation>
    </message>
    <message>
        <source>The account {user!r} is disabled.</source>
        <translation>Die rekening {user!r} is gedeaktiveer.</translation>
    </message>
    <message>
        <source>Enable it with a new password instead.</source>
        <translation>Aktiveer dit eerder met ’n nuwe wagwoord.</translation>
    </message>
    <message>
        <source>The office server&apos;s database is at an older schema than this version of ClientManager needs.</source>
        <translation>Die kantoorbediener se databasis het ’n ouer skema as wat hierdie weergawe van ClientManager nodig het.</translation>
    </message>
    <message>
        <source>The practice manager upgrades it with &apos;clientmanager server init URL&apos; (the server&apos;s owner account), then this PC opens the practice again.</source>
        <translation>Die praktykbestuurder gradeer dit op met &apos;clientmanager server init URL&apos; (die bediener se eienaarrekening), en dan maak hierdie rekenaar die praktyk weer oop.</translation>
    </message>
    <message>
        <source>The office server does not hold this PC&apos;s practice.</source>
        <translation>Die kantoorbediener hou nie hierdie rekenaar se praktyk nie.</translation>
    </message>
    <message>
        <source>Set this PC up again with &apos;clientmanager join --server URL&apos;.</source>
        <translation>Stel hierdie rekenaar weer op met &apos;clientmanager join --server URL&apos;.</translation>
    </message>
    <message>
        <source>The practice was given a new key on another computer or in another window (a user was disabled), so this window must unlock it again.</source>
        <translation>Die praktyk het op ’n ander rekenaar of in ’n ander venster ’n nuwe sleutel gekry (’n gebruiker is gedeaktiveer), dus moet hierdie venster dit weer ontsluit.</translation>
    </message>
    <message>
        <source>Sign in again with your password. The database is not damaged and nothing was lost; work not yet saved here must be entered again.</source>
        <translation>Meld weer aan met u wagwoord. Die databasis is nie beskadig nie en niks is verlore nie; werk wat hier nog nie gestoor is nie, moet weer ingevoer word.</translation>
    </message>
    <message>
        <source>Select the clients in the list first.</source>
        <translation>Kies eers die kliënte in die lys.</translation>
    </message>
    <message>
        <source>The practice database is damaged: {damaged} page(s) failed their encryption check, so it was not opened.</source>
        <translation>Die praktykdatabasis is beskadig: {damaged} bladsy(e) het hul enkripsietoets gedruip, dus is dit nie oopgemaak nie.</translation>
    </message>
    <message>
        <source>Nothing was read or changed. Run &apos;clientmanager check&apos; for details, then restore the most recent verified backup.</source>
        <translation>Niks is gelees of verander nie. Voer &apos;clientmanager check&apos; uit vir besonderhede, en herstel dan die mees onlangse gekontroleerde rugsteun.</translation>
    </message>
    <message>
        <source>The server&apos;s database already holds a practice.</source>
        <translation>Die bediener se databasis hou reeds ’n praktyk.</translation>
    </message>
    <message>
        <source>Set this PC up for it with &apos;clientmanager join --server URL&apos;, or give the new practice its own database on the server.</source>
        <translation>Stel hierdie rekenaar daarvoor op met &apos;clientmanager join --server URL&apos;, of gee die nuwe praktyk sy eie databasis op die bediener.</translation>
    </message>
    <message>
        <source>The server&apos;s database has no ClientManager practice.</source>
        <translation>Die bediener se databasis het geen ClientManager-praktyk nie.</translation>
    </message>
    <message>
        <source>Create one there first with &apos;clientmanager init --server URL&apos;.</source>
        <translation>Skep eers een daar met &apos;clientmanager init --server URL&apos;.</translation>
    </message>
    <message>
        <source>The server&apos;s database has no practice yet.</source>
        <translation>Die bediener se databasis het nog geen praktyk nie.</translation>
    </message>
    <message>
        <source>Create it with &apos;clientmanager init --server URL&apos; on the first PC.</source>
        <translation>Skep dit met &apos;clientmanager init --server URL&apos; op die eerste rekenaar.</translation>
    </message>
    <message>
        <source>This practice database needs an upgrade, which cannot be done while another copy of ClientManager has it open.</source>
        <translation>Hierdie praktykdatabasis het ’n opgradering nodig, wat nie gedoen kan word terwyl ’n ander kopie van ClientManager dit oop het nie.</translation>
    </message>
    <message>
        <source>Close the other copy, then open the practice here again.</source>
        <translation>Maak die ander kopie toe, en maak dan die praktyk weer hier oop.</translation>
    </message>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Gestop voordat dit klaar was.</translation>
    </message>
    <message>
        <source>Nothing was changed or written.</source>
        <translation>Niks is verander of geskryf nie.</translation>
    </message>
    <message>
        <source>There is no retention rule called {category!r}.</source>
        <translation>Daar is geen bewaringsreël met die naam {category!r} nie.</translation>
    </message>
    <message>
        <source>Run &apos;clientmanager retention schedule&apos; to see the categories.</source>
        <translation>Voer &apos;clientmanager retention schedule&apos; uit om die kategorieë te sien.</translation>
    </message>
    <message>
        <source>There is no active legal hold {hold_id}.</source>
        <translation>Daar is geen aktiewe regsbewaring {hold_id} nie.</translation>
    </message>
    <message>
        <source>It may have been released already; the list of holds shows it.</source>
        <translation>Dit is dalk reeds opgehef; die lys van bewarings wys dit.</translation>
    </message>
    <message>
        <source>{count} of these people asked for deletion and must be told what was deleted and what was kept (POPIA s24(4)).</source>
        <translation>{count} van hierdie persone het om skrapping gevra en moet ingelig word wat geskrap en wat behou is (POPIA art. 24(4)).</translation>
    </message>
    <message>
        <source>Choose a folder for their letters and approve again.</source>
        <translation>Kies ’n vouer vir hul briewe en keur weer goed.</translation>
    </message>
    <message>
        <source>{record_type} {record_id} is not one of this person&apos;s records.</source>
        <translation>{record_type} {record_id} is nie een van hierdie persoon se rekords nie.</translation>
    </message>
    <message>
        <source>Choose the record from the person&apos;s own list.</source>
        <translation>Kies die rekord uit die persoon se eie lys.</translation>
    </message>
    <message>
        <source>The deletion letters could not be written to {folder}: {strerror}. Nothing was destroyed.</source>
        <translation>Die skrappingsbriewe kon nie na {folder} geskryf word nie: {strerror}. Niks is vernietig nie.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space, and approve again.</source>
        <translation>Kies ’n vouer waarheen u kan skryf, met vrye spasie, en keur weer goed.</translation>
    </message>
    <message>
        <source>is under a legal hold</source>
        <translation>onder ’n regsbewaring</translation>
    </message>
    <message>
        <source>Is under a legal hold</source>
        <translation>Onder ’n regsbewaring</translation>
    </message>
    <message>
        <source>is not due</source>
        <translation>nie verskuldig nie</translation>
    </message>
    <message>
        <source>Is not due</source>
        <translation>Nie verskuldig nie</translation>
    </message>
    <message>
        <source>Client {client_id} {state} for destruction on {today:%d %B %Y}.</source>
        <translation>Kliënt {client_id}: vernietiging op {today:%d %B %Y} — {state}.</translation>
    </message>
    <message>
        <source>Run the review again and approve only what it lists.</source>
        <translation>Voer die hersiening weer uit en keur slegs goed wat dit lys.</translation>
    </message>
    <message>
        <source>Unknown review frequency {value!r}.</source>
        <translation>Onbekende hersieningsfrekwensie {value!r}.</translation>
    </message>
    <message>
        <source>Choose {frequencies}.</source>
        <translation>Kies {frequencies}.</translation>
    </message>
    <message>
        <source>That user is not in the practice.</source>
        <translation>Daardie gebruiker is nie in die praktyk nie.</translation>
    </message>
    <message>
        <source>Choose another user.</source>
        <translation>Kies ’n ander gebruiker.</translation>
    </message>
    <message>
        <source>A review is already booked for {name}.</source>
        <translation>’n Hersiening is reeds vir {name} bespreek.</translation>
    </message>
    <message>
        <source>Record that review, or cancel its task, before booking another.</source>
        <translation>Teken daardie hersiening aan, of kanselleer die taak daarvan, voordat u nog een bespreek.</translation>
    </message>
    <message>
        <source>A {minutes}-minute review does not fit between {day_starts:%H:%M} and {day_ends:%H:%M}.</source>
        <translation>’n Hersiening van {minutes} minute pas nie tussen {day_starts:%H:%M} en {day_ends:%H:%M} nie.</translation>
    </message>
    <message>
        <source>Choose shorter slots or a longer working day.</source>
        <translation>Kies korter tydgleuwe of ’n langer werksdag.</translation>
    </message>
    <message>
        <source>A review slot must be at least a minute long.</source>
        <translation>’n Hersieningstydgleuf moet minstens ’n minuut lank wees.</translation>
    </message>
    <message>
        <source>Choose at least one client to book.</source>
        <translation>Kies minstens een kliënt om te bespreek.</translation>
    </message>
    <message>
        <source>Say what was reviewed.</source>
        <translation>Sê wat hersien is.</translation>
    </message>
    <message>
        <source>For example: cover, retirement funds, beneficiaries.</source>
        <translation>Byvoorbeeld: dekking, uittreefondse, begunstigdes.</translation>
    </message>
    <message>
        <source>The next review must be after this one.</source>
        <translation>Die volgende hersiening moet ná hierdie een wees.</translation>
    </message>
    <message>
        <source>Choose a later date.</source>
        <translation>Kies ’n latere datum.</translation>
    </message>
    <message>
        <source>There is no user called {user!r}.</source>
        <translation>Daar is geen gebruiker met die naam {user!r} nie.</translation>
    </message>
    <message>
        <source>See: clientmanager users</source>
        <translation>Sien: clientmanager users</translation>
    </message>
    <message>
        <source>That record of advice is no longer there.</source>
        <translation>Daardie advieserekord is nie meer daar nie.</translation>
    </message>
    <message>
        <source>This record of advice is already final.</source>
        <translation>Hierdie advieserekord is reeds finaal.</translation>
    </message>
    <message>
        <source>Add a new record of advice instead (FAIS General Code s9).</source>
        <translation>Voeg eerder ’n nuwe advieserekord by (FAIS Algemene Gedragskode art. 9).</translation>
    </message>
    <message>
        <source>There is no record-of-advice template called {key!r}.</source>
        <translation>Daar is geen advieserekordsjabloon met die naam {key!r} nie.</translation>
    </message>
    <message>
        <source>Templates: {templates}</source>
        <translation>Sjablone: {templates}</translation>
    </message>
    <message>
        <source>There is no user called {user}.</source>
        <translation>Daar is geen gebruiker met die naam {user} nie.</translation>
    </message>
    <message>
        <source>That is the server&apos;s owner account: the desktops must not sign in with it.</source>
        <translation>Dit is die bediener se eienaarrekening: die werkskerms mag nie daarmee aanmeld nie.</translation>
    </message>
    <message>
        <source>Add --app-login NAME: init creates that login for the desktops, with no right to change the audit log.</source>
        <translation>Voeg --app-login NAAM by: init skep daardie aanmelding vir die werkskerms, sonder die reg om die ouditspoor te verander.</translation>
    </message>
    <message>
        <source>The copy does not hold the same rows as the practice ({tables}), so nothing was moved.</source>
        <translation>Die kopie hou nie dieselfde rye as die praktyk nie ({tables}), dus is niks geskuif nie.</translation>
    </message>
    <message>
        <source>The practice is as it was. Run &apos;clientmanager check&apos;, then try again.</source>
        <translation>Die praktyk is soos dit was. Voer &apos;clientmanager check&apos; uit en probeer dan weer.</translation>
    </message>
    <message>
        <source>The audit trail did not verify on the copy ({problem}), so nothing was moved.</source>
        <translation>Die ouditspoor het nie op die kopie geklop nie ({problem}), dus is niks geskuif nie.</translation>
    </message>
    <message>
        <source>The practice is as it was. Run &apos;clientmanager audit verify&apos; on it.</source>
        <translation>Die praktyk is soos dit was. Voer &apos;clientmanager audit verify&apos; daarop uit.</translation>
    </message>
    <message>
        <source>The office server stopped the move ({kind}), so nothing was moved.</source>
        <translation>Die kantoorbediener het die skuif gestaak ({kind}), dus is niks geskuif nie.</translation>
    </message>
    <message>
        <source>The server&apos;s database holds no practice and the practice on this PC is as it was. Check that the server is on and has room, then try again.</source>
        <translation>Die bediener se databasis hou geen praktyk nie en die praktyk op hierdie rekenaar is soos dit was. Kyk of die bediener aan is en plek het, en probeer dan weer.</translation>
    </message>
    <message>
        <source>This practice is already on the office server.</source>
        <translation>Hierdie praktyk is reeds op die kantoorbediener.</translation>
    </message>
    <message>
        <source>To bring it back into a file on this PC, use &apos;clientmanager server migrate --to-file&apos;.</source>
        <translation>Gebruik &apos;clientmanager server migrate --to-file&apos; om dit terug te bring na ’n lêer op hierdie rekenaar.</translation>
    </message>
    <message>
        <source>This practice is already in a file on this PC.</source>
        <translation>Hierdie praktyk is reeds in ’n lêer op hierdie rekenaar.</translation>
    </message>
    <message>
        <source>To move it to the office server, use &apos;clientmanager server migrate --to URL&apos;.</source>
        <translation>Gebruik &apos;clientmanager server migrate --to URL&apos; om dit na die kantoorbediener te skuif.</translation>
    </message>
    <message>
        <source>The target database refused a row of the table {table} ({kind}), so nothing was moved.</source>
        <translation>Die teikendatabasis het ’n ry van die tabel {table} geweier ({kind}), dus is niks geskuif nie.</translation>
    </message>
    <message>
        <source>Both the target and the practice are as they were. Run &apos;clientmanager check&apos; on the practice, and tell support the table&apos;s name.</source>
        <translation>Die teiken en die praktyk is albei soos hulle was. Voer &apos;clientmanager check&apos; op die praktyk uit, en gee die tabel se naam aan ondersteuning.</translation>
    </message>
    <message>
        <source>Add --app-login NAME: the move creates that login for the desktops, with no right to change the audit log.</source>
        <translation>Voeg --app-login NAAM by: die skuif skep daardie aanmelding vir die rekenaars, sonder die reg om die ouditlog te verander.</translation>
    </message>
    <message>
        <source>The server&apos;s database already holds a practice, so nothing was moved.</source>
        <translation>Die bediener se databasis hou reeds ’n praktyk, dus is niks geskuif nie.</translation>
    </message>
    <message>
        <source>Give this practice its own, empty database on the server.</source>
        <translation>Gee hierdie praktyk sy eie, leë databasis op die bediener.</translation>
    </message>
    <message>
        <source>The server&apos;s database is not prepared for ClientManager.</source>
        <translation>Die bediener se databasis is nie vir ClientManager voorberei nie.</translation>
    </message>
    <message>
        <source>Give the server&apos;s owner account instead (with --app-login), or prepare it first with &apos;clientmanager server init URL --app-login NAME&apos;.</source>
        <translation>Gee eerder die bediener se eienaarrekening (met --app-login), of berei dit eers voor met &apos;clientmanager server init URL --app-login NAAM&apos;.</translation>
    </message>
    <message>
        <source>There is no setting called {key!r}.</source>
        <translation>Daar is geen instelling met die naam {key!r} nie.</translation>
    </message>
    <message>
        <source>Run &apos;clientmanager settings show&apos; to see the keys.</source>
        <translation>Voer &apos;clientmanager settings show&apos; uit om die sleutels te sien.</translation>
    </message>
    <message>
        <source>Only the practice manager and the compliance officer may see the settings.</source>
        <translation>Slegs die praktykbestuurder en die nakomingsbeampte mag die instellings sien.</translation>
    </message>
    <message>
        <source>Ask the practice manager.</source>
        <translation>Vra die praktykbestuurder.</translation>
    </message>
    <message>
        <source>Check the number with &apos;clientmanager rights list&apos;. Nothing was written.</source>
        <translation>Kontroleer die nommer met &apos;clientmanager rights list&apos;. Niks is geskryf nie.</translation>
    </message>
    <message>
        <source>Request {request_id} is already {status}.</source>
        <translation>Versoek {request_id} is reeds {status}.</translation>
    </message>
    <message>
        <source>Open a new access request if the person asked again. Nothing was written.</source>
        <translation>Open ’n nuwe toegangsversoek as die persoon weer gevra het. Niks is geskryf nie.</translation>
    </message>
    <message>
        <source>Request {request_id} is a request for {kind}, not for access.</source>
        <translation>Versoek {request_id} is ’n versoek om {kind}, nie om toegang nie.</translation>
    </message>
    <message>
        <source>A data-subject package answers an access or portability request only. Nothing was written.</source>
        <translation>’n Datasubjekpakket beantwoord slegs ’n versoek om toegang of oordraagbaarheid. Niks is geskryf nie.</translation>
    </message>
    <message>
        <source>Request {request_id} was made for another client (client {client_id}), not client {client_id2}.</source>
        <translation>Versoek {request_id} is vir ’n ander kliënt gemaak (kliënt {client_id}), nie kliënt {client_id2} nie.</translation>
    </message>
    <message>
        <source>Check the client and request numbers. Nothing was written.</source>
        <translation>Kontroleer die kliënt- en versoeknommers. Niks is geskryf nie.</translation>
    </message>
    <message>
        <source>{out} is a folder.</source>
        <translation>{out} is ’n vouer.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .zip for the package.</source>
        <translation>Kies ’n lêernaam wat op .zip eindig vir die pakket.</translation>
    </message>
    <message>
        <source>The package could not be written to {parent} ({strerror}).</source>
        <translation>Die pakket kon nie na {parent} geskryf word nie ({strerror}).</translation>
    </message>
    <message>
        <source>Check that the folder exists, is writable and has free space, then try again. Nothing was recorded as disclosed.</source>
        <translation>Kontroleer dat die vouer bestaan, skryfbaar is en vrye spasie het, en probeer dan weer. Niks is as bekendgemaak aangeteken nie.</translation>
    </message>
    <message>
        <source>The disk is full ({folder}): nothing more could be written ({strerror}).</source>
        <translation>Die skyf is vol ({folder}): niks meer kon geskryf word nie ({strerror}).</translation>
    </message>
    <message>
        <source>Nothing already saved was lost; the step that needed space was not done. Free some space (empty the recycle bin, move large files off this disk), then try again. Do not restore a backup: the practice database is not damaged. Nothing was recorded as disclosed.</source>
        <translation>Niks wat reeds gestoor is, is verlore nie; die stap wat spasie nodig gehad het, is nie gedoen nie. Maak spasie vry (maak die herwinningsblik leeg, skuif groot lêers van hierdie skyf af) en probeer dan weer. Moenie ’n rugsteun herstel nie: die praktykdatabasis is nie beskadig nie. Niks is as bekendgemaak aangeteken nie.</translation>
    </message>
    <message>
        <source>Refresh the register; it may have been entered on another computer.</source>
        <translation>Verfris die register; dit is dalk op ’n ander rekenaar ingevoer.</translation>
    </message>
    <message>
        <source>Request {id} is already {status}.</source>
        <translation>Versoek {id} is reeds {status}.</translation>
    </message>
    <message>
        <source>Record a new request if the person has asked again.</source>
        <translation>Teken ’n nuwe versoek aan as die persoon weer gevra het.</translation>
    </message>
    <message>
        <source>Request {id} has already been extended once.</source>
        <translation>Versoek {id} is reeds een keer verleng.</translation>
    </message>
    <message>
        <source>PAIA s57 allows a single extension of up to 30 days.</source>
        <translation>PAIA art. 57 laat ’n enkele verlenging van hoogstens 30 dae toe.</translation>
    </message>
    <message>
        <source>Request {id} is not a correction request.</source>
        <translation>Versoek {id} is nie ’n versoek om regstelling nie.</translation>
    </message>
    <message>
        <source>Request {id} is not linked to a client.</source>
        <translation>Versoek {id} is nie aan ’n kliënt gekoppel nie.</translation>
    </message>
    <message>
        <source>This is a backup of a practice on one PC; it restores into a data folder, not into a server database.</source>
        <translation>Dit is ’n rugsteun van ’n praktyk op een rekenaar; dit word in ’n datavouer herstel, nie in ’n bedienerdatabasis nie.</translation>
    </message>
    <message>
        <source>Run the restore without --server. Moving a practice to the server is &apos;clientmanager server migrate&apos;.</source>
        <translation>Voer die herstel sonder --server uit. Om ’n praktyk na die bediener te skuif, gebruik &apos;clientmanager server migrate&apos;.</translation>
    </message>
    <message>
        <source>A practice is already in {folder}.</source>
        <translation>Daar is reeds ’n praktyk in {folder}.</translation>
    </message>
    <message>
        <source>Restore into a new, empty folder with --data-dir; then set the other PCs up for the restored practice with &apos;clientmanager join&apos;. Nothing was changed.</source>
        <translation>Herstel in ’n nuwe, leë vouer met --data-dir; stel dan die ander rekenaars vir die herstelde praktyk op met &apos;clientmanager join&apos;. Niks is verander nie.</translation>
    </message>
    <message>
        <source>The restored audit trail does not verify: {problem}.</source>
        <translation>Die herstelde ouditspoor slaag nie die kontrole nie: {problem}.</translation>
    </message>
    <message>
        <source>Use another backup. The server database was emptied again.</source>
        <translation>Gebruik ’n ander rugsteun. Die bedienerdatabasis is weer leeggemaak.</translation>
    </message>
    <message>
        <source>The login {login} may not create databases, so the backup cannot be restored into a scratch database on the server to check it.</source>
        <translation>Die aanmelding {login} mag nie databasisse skep nie, dus kan die rugsteun nie in ’n kladdatabasis op die bediener herstel word om dit te kontroleer nie.</translation>
    </message>
    <message>
        <source>Run it again with --owner NAME: the server&apos;s owner account (its password is asked for, or CLIENTMANAGER_SERVER_PASSWORD). The backup was not changed.</source>
        <translation>Voer dit weer uit met --owner NAME: die bediener se eienaarrekening (sy wagwoord word gevra, of CLIENTMANAGER_SERVER_PASSWORD). Die rugsteun is nie verander nie.</translation>
    </message>
    <message>
        <source>The database {database} on the server is not empty.</source>
        <translation>Die databasis {database} op die bediener is nie leeg nie.</translation>
    </message>
    <message>
        <source>A restore goes into a new, empty database (create one on the server, e.g. createdb), so nothing there is overwritten. Nothing was changed.</source>
        <translation>’n Herstel gaan in ’n nuwe, leë databasis (skep een op die bediener, bv. createdb), sodat niks daar oorskryf word nie. Niks is verander nie.</translation>
    </message>
    <message>
        <source>The restored database is not the practice the backup names.</source>
        <translation>Die herstelde databasis is nie die praktyk wat die rugsteun noem nie.</translation>
    </message>
    <message>
        <source>Link it to the client record first.</source>
        <translation>Koppel dit eers aan die kliëntrekord.</translation>
    </message>
    <message>
        <source>Request {id} is not a correction request for a client.</source>
        <translation>Versoek {id} is nie ’n versoek om regstelling vir ’n kliënt nie.</translation>
    </message>
    <message>
        <source>Nothing has been corrected under request {id} yet.</source>
        <translation>Niks is nog onder versoek {id} reggestel nie.</translation>
    </message>
    <message>
        <source>Correct the record first; the letter confirms what was done.</source>
        <translation>Stel eers die rekord reg; die brief bevestig wat gedoen is.</translation>
    </message>
    <message>
        <source>Record the request against the client it concerns.</source>
        <translation>Teken die versoek aan teen die kliënt wat dit betref.</translation>
    </message>
    <message>
        <source>The identity of whoever made request {id} has not been verified.</source>
        <translation>Die identiteit van wie ook al versoek {id} gemaak het, is nie bevestig nie.</translation>
    </message>
    <message>
        <source>Verify it first (for example: ID book seen), then act on the request.</source>
        <translation>Bevestig dit eers (byvoorbeeld: ID-boek gesien), en handel dan op die versoek.</translation>
    </message>
    <message>
        <source>Request {id} is of an unknown kind.</source>
        <translation>Versoek {id} is van ’n onbekende soort.</translation>
    </message>
    <message>
        <source>A tag is 1 to 60 characters.</source>
        <translation>’n Etiket is 1 tot 60 karakters.</translation>
    </message>
    <message>
        <source>e.g. &quot;medical aid&quot;</source>
        <translation>bv. &quot;mediese fonds&quot;</translation>
    </message>
    <message>
        <source>Select at least one client.</source>
        <translation>Kies minstens een kliënt.</translation>
    </message>
    <message>
        <source>A person, a company and a trust are never one client, so these two cannot be merged.</source>
        <translation>’n Persoon, ’n maatskappy en ’n trust is nooit een kliënt nie, dus kan hierdie twee nie saamgevoeg word nie.</translation>
    </message>
    <message>
        <source>Keep both. Choose two clients of the same kind to merge.</source>
        <translation>Hou albei. Kies twee kliënte van dieselfde soort om saam te voeg.</translation>
    </message>
    <message>
        <source>A company or trust has no household.</source>
        <translation>’n Maatskappy of trust het nie ’n huishouding nie.</translation>
    </message>
    <message>
        <source>Link its directors, or its trustees and beneficiaries, to it instead.</source>
        <translation>Koppel eerder sy direkteure, of sy trustees en begunstigdes, daaraan.</translation>
    </message>
    <message>
        <source>This relationship is kept on {name}&apos;s record.</source>
        <translation>Hierdie verhouding word op {name} se rekord gehou.</translation>
    </message>
    <message>
        <source>Open {name} and change it there.</source>
        <translation>Maak {name} oop en verander dit daar.</translation>
    </message>
    <message>
        <source>No column is mapped to the surname, the full name or the company or trust name.</source>
        <translation>Geen kolom is aan die van, die volle naam of die maatskappy- of trustnaam gekoppel nie.</translation>
    </message>
    <message>
        <source>Map the column that holds the client&apos;s surname, full name, or company or trust name.</source>
        <translation>Koppel die kolom met die kliënt se van, volle naam, of maatskappy- of trustnaam.</translation>
    </message>
    <message>
        <source>They may have been merged or erased (the erasure ledger says when). Search again.</source>
        <translation>Hulle is dalk saamgevoeg of uitgevee (die uitveeregister sê wanneer). Soek weer.</translation>
    </message>
    <message>
        <source>Client(s) {clients} are not in the practice.</source>
        <translation>Kliënt(e) {clients} is nie in die praktyk nie.</translation>
    </message>
    <message>
        <source>A saved search needs a name of 1 to 100 characters.</source>
        <translation>’n Gestoorde soektog het ’n naam van 1 tot 100 karakters nodig.</translation>
    </message>
    <message>
        <source>There is no saved search called {name!r}.</source>
        <translation>Daar is geen gestoorde soektog met die naam {name!r} nie.</translation>
    </message>
    <message>
        <source>Saved: {saved}</source>
        <translation>Gestoor: {saved}</translation>
    </message>
    <message>
        <source>There is no user called {planner!r}.</source>
        <translation>Daar is geen gebruiker met die naam {planner!r} nie.</translation>
    </message>
    <message>
        <source>There is no user called {assigned_to!r}.</source>
        <translation>Daar is geen gebruiker met die naam {assigned_to!r} nie.</translation>
    </message>
    <message>
        <source>There is no user called {name!r} in this practice.</source>
        <translation>Daar is geen gebruiker met die naam {name!r} in hierdie praktyk nie.</translation>
    </message>
    <message>
        <source>Check the spelling; &apos;clientmanager users list&apos; shows every account.</source>
        <translation>Kontroleer die spelling; &apos;clientmanager users list&apos; wys elke rekening.</translation>
    </message>
    <message>
        <source>Only a signed-in user can change their own password.</source>
        <translation>Slegs ’n aangemelde gebruiker kan hul eie wagwoord verander.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password first.</source>
        <translation>Meld eers aan met u gebruikersnaam en wagwoord.</translation>
    </message>
    <message>
        <source>There is already a user called {name!r}.</source>
        <translation>Daar is reeds ’n gebruiker met die naam {name!r}.</translation>
    </message>
    <message>
        <source>Choose another user name, or enable the existing account.</source>
        <translation>Kies ’n ander gebruikersnaam, of aktiveer die bestaande rekening.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>U kan nie u eie rekening deaktiveer nie.</translation>
    </message>
    <message>
        <source>Another practice manager can do it.</source>
        <translation>’n Ander praktykbestuurder kan dit doen.</translation>
    </message>
    <message>
        <source>The account {user!r} is already disabled.</source>
        <translation>Die rekening {user!r} is reeds gedeaktiveer.</translation>
    </message>
    <message>
        <source>This is the only active practice manager.</source>
        <translation>Dit is die enigste aktiewe praktykbestuurder.</translation>
    </message>
    <message>
        <source>Make someone else a practice manager first.</source>
        <translation>Maak eers iemand anders ’n praktykbestuurder.</translation>
    </message>
    <message>
        <source>The account {user!r} is already active.</source>
        <translation>Die rekening {user!r} is reeds aktief.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Die huidige wagwoord is nie reg nie.</translation>
    </message>
    <message>
        <source>Type your current password exactly, then the new one.</source>
        <translation>Tik u huidige wagwoord presies, en dan die nuwe een.</translation>
    </message>
    <message>
        <source>Enable it, which sets a new password.</source>
        <translation>Aktiveer dit, wat ’n nuwe wagwoord stel.</translation>
    </message>
    <message>
        <source>The practice database is damaged: part of it failed its encryption check.</source>
        <translation>Die praktykdatabasis is beskadig: ’n deel daarvan het die enkripsietoets gedruip.</translation>
    </message>
    <message>
        <source>Nothing more was written. Run &apos;clientmanager check&apos; for details, then restore the most recent verified backup.</source>
        <translation>Niks meer is geskryf nie. Voer &apos;clientmanager check&apos; uit vir besonderhede, en herstel dan die mees onlangse gekontroleerde rugsteun.</translation>
    </message>
    <message>
        <source>The practice database is busy: {who} is writing to it.</source>
        <translation>Die praktykdatabasis is besig: {who} skryf daarna.</translation>
    </message>
    <message>
        <source>Nothing was changed. Wait for it to finish, or close it, and try again.</source>
        <translation>Niks is verander nie. Wag tot dit klaar is, of maak dit toe, en probeer weer.</translation>
    </message>
    <message>
        <source>The practice database {name} could not be opened with this key.</source>
        <translation>Die praktykdatabasis {name} kon nie met hierdie sleutel oopgemaak word nie.</translation>
    </message>
    <message>
        <source>The key-slot file may belong to a different practice or the database may be damaged. Nothing was changed. Restore the matching key-slot file, or restore the most recent backup.</source>
        <translation>Die sleutelgleuflêer behoort dalk aan ’n ander praktyk of die databasis is dalk beskadig. Niks is verander nie. Herstel die ooreenstemmende sleutelgleuflêer, of herstel die mees onlangse rugsteun.</translation>
    </message>
    <message>
        <source>another task in this copy of ClientManager (such as a backup)</source>
        <translation>’n ander taak in hierdie kopie van ClientManager (soos ’n rugsteun)</translation>
    </message>
    <message>
        <source>Another task in this copy of ClientManager (such as a backup)</source>
        <translation>’n Ander taak in hierdie kopie van ClientManager (soos ’n rugsteun)</translation>
    </message>
    <message>
        <source>The practice is open read-only here, so nothing can be changed.</source>
        <translation>Die praktyk is hier slegs lees oop, dus kan niks verander word nie.</translation>
    </message>
    <message>
        <source>Another copy of ClientManager has it open for changes. Close it there, then lock and unlock this one to make changes.</source>
        <translation>’n Ander kopie van ClientManager het dit oop vir veranderinge. Maak dit daar toe, en sluit en ontsluit dan hierdie een om veranderinge te maak.</translation>
    </message>
    <message>
        <source>another program (another copy of ClientManager, or a backup)</source>
        <translation>’n ander program (’n ander kopie van ClientManager, of ’n rugsteun)</translation>
    </message>
    <message>
        <source>Another program (another copy of ClientManager, or a backup)</source>
        <translation>’n Ander program (’n ander kopie van ClientManager, of ’n rugsteun)</translation>
    </message>
    <message>
        <source>The practice is locked.</source>
        <translation>Die praktyk is gesluit.</translation>
    </message>
    <message>
        <source>Unlock it again to carry on.</source>
        <translation>Ontsluit dit weer om voort te gaan.</translation>
    </message>
    <message>
        <source>A stored {field} value could not be decrypted with the practice key.</source>
        <translation>’n Gestoorde {field}-waarde kon nie met die praktyksleutel ontsyfer word nie.</translation>
    </message>
    <message>
        <source>It was changed on the server or comes from another practice. Restore the most recent backup, and ask whoever runs the server what changed.</source>
        <translation>Dit is op die bediener verander of kom van ’n ander praktyk. Herstel die mees onlangse rugsteun, en vra die persoon wat die bediener bestuur wat verander het.</translation>
    </message>
    <message>
        <source>The system keyring ({backend}) did not answer.</source>
        <translation>Die stelselsleutelring ({backend}) het nie geantwoord nie.</translation>
    </message>
    <message>
        <source>Sign in with your password. The key is never stored anywhere else.</source>
        <translation>Meld aan met u wagwoord. Die sleutel word nooit elders gestoor nie.</translation>
    </message>
    <message>
        <source>The system keyring ({backend}) is locked.</source>
        <translation>Die stelselsleutelring ({backend}) is gesluit.</translation>
    </message>
    <message>
        <source>Unlock it (log in to your desktop session) to use the remembered key, or sign in with your password.</source>
        <translation>Ontsluit dit (meld aan by u werkskermsessie) om die onthoude sleutel te gebruik, of meld aan met u wagwoord.</translation>
    </message>
    <message>
        <source>This computer has no system keyring that ClientManager can use.</source>
        <translation>Hierdie rekenaar het geen stelselsleutelring wat ClientManager kan gebruik nie.</translation>
    </message>
    <message>
        <source>Sign in with your password each time. The key is never stored anywhere else.</source>
        <translation>Meld elke keer met u wagwoord aan. Die sleutel word nooit elders gestoor nie.</translation>
    </message>
    <message>
        <source>That is not a recovery code.</source>
        <translation>Dit is nie ’n herstelkode nie.</translation>
    </message>
    <message>
        <source>A recovery code has 36 letters and digits in nine groups of four. Type it exactly as printed on the practice&apos;s recovery sheet.</source>
        <translation>’n Herstelkode het 36 letters en syfers in nege groepe van vier. Tik dit presies soos dit op die praktyk se herstelblad gedruk is.</translation>
    </message>
    <message>
        <source>The recovery code has a typing mistake in it.</source>
        <translation>Die herstelkode het ’n tikfout daarin.</translation>
    </message>
    <message>
        <source>Compare each group of four with the printed recovery sheet and try again.</source>
        <translation>Vergelyk elke groep van vier met die gedrukte herstelblad en probeer weer.</translation>
    </message>
    <message>
        <source>Restore the key-slot file from a backup (every backup carries a copy), or restore a whole backup and unlock it with the recovery code.</source>
        <translation>Herstel die sleutelgleuflêer uit ’n rugsteun (elke rugsteun dra ’n kopie), of herstel ’n hele rugsteun en ontsluit dit met die herstelkode.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: this slot&apos;s checksum does not match, so it cannot be opened. The password may well be right.</source>
        <translation>Die sleutelgleuflêer is beskadig: hierdie gleuf se kontrolesom stem nie ooreen nie, dus kan dit nie oopgemaak word nie. Die wagwoord kan heel moontlik reg wees.</translation>
    </message>
    <message>
        <source>Restore the key-slot file (practice.keys) from a backup, or unlock with another user&apos;s password or the recovery code and set a new password.</source>
        <translation>Herstel die sleutelgleuflêer (practice.keys) uit ’n rugsteun, of ontsluit met ’n ander gebruiker se wagwoord of die herstelkode en stel ’n nuwe wagwoord.</translation>
    </message>
    <message>
        <source>The last user&apos;s key slot cannot be removed.</source>
        <translation>Die laaste gebruiker se sleutelgleuf kan nie verwyder word nie.</translation>
    </message>
    <message>
        <source>Add another user first, so someone can still unlock the practice.</source>
        <translation>Voeg eers ’n ander gebruiker by, sodat iemand steeds die praktyk kan ontsluit.</translation>
    </message>
    <message>
        <source>Some key slots are in the old format and cannot be re-keyed: {legacy}.</source>
        <translation>Sommige sleutelgleuwe is in die ou formaat en kan nie ’n nuwe sleutel kry nie: {legacy}.</translation>
    </message>
    <message>
        <source>Each of those users signs in once (which upgrades their slot); for the recovery code, issue a new one. Then re-key again.</source>
        <translation>Elkeen van daardie gebruikers meld een keer aan (wat hul gleuf opgradeer); reik ’n nuwe herstelkode uit vir die herstelkode. Gee dan weer ’n nuwe sleutel.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>Die gebruikersnaam of wagwoord is nie reg nie.</translation>
    </message>
    <message>
        <source>Check the user name and Caps Lock and try again. If the password is lost, an administrator can reset it, or use the practice&apos;s recovery code.</source>
        <translation>Kontroleer die gebruikersnaam en Caps Lock en probeer weer. As die wagwoord verlore is, kan ’n administrateur dit herstel, of gebruik die praktyk se herstelkode.</translation>
    </message>
    <message>
        <source>This practice has no recovery code set.</source>
        <translation>Hierdie praktyk het geen herstelkode nie.</translation>
    </message>
    <message>
        <source>Unlock with a user&apos;s password; an administrator can then issue a new recovery code.</source>
        <translation>Ontsluit met ’n gebruiker se wagwoord; ’n administrateur kan dan ’n nuwe herstelkode uitreik.</translation>
    </message>
    <message>
        <source>That recovery code does not unlock this practice.</source>
        <translation>Daardie herstelkode ontsluit nie hierdie praktyk nie.</translation>
    </message>
    <message>
        <source>Make sure it is the recovery sheet for this practice. Each practice, and each newly issued code, has its own.</source>
        <translation>Maak seker dat dit die herstelblad vir hierdie praktyk is. Elke praktyk, en elke nuut uitgereikte kode, het sy eie.</translation>
    </message>
    <message>
        <source>The key slots on the office server are damaged and cannot be used.</source>
        <translation>Die sleutelgleuwe op die kantoorbediener is beskadig en kan nie gebruik word nie.</translation>
    </message>
    <message>
        <source>Restore the server&apos;s database from its backup, or ask support.</source>
        <translation>Herstel die bediener se databasis uit sy rugsteun, of vra ondersteuning.</translation>
    </message>
    <message>
        <source>The key-slot file {name} is missing from {parent}.</source>
        <translation>Die sleutelgleuflêer {name} ontbreek in {parent}.</translation>
    </message>
    <message>
        <source>Without it the practice database cannot be unlocked. {advice}</source>
        <translation>Daarsonder kan die praktykdatabasis nie ontsluit word nie. {advice}</translation>
    </message>
    <message>
        <source>The key-slot file {name} could not be read ({strerror}).</source>
        <translation>Die sleutelgleuflêer {name} kon nie gelees word nie ({strerror}).</translation>
    </message>
    <message>
        <source>Check that the folder is reachable and that you may read it.</source>
        <translation>Kontroleer dat die vouer bereikbaar is en dat u dit mag lees.</translation>
    </message>
    <message>
        <source>The key-slot file {name} is damaged and cannot be used.</source>
        <translation>Die sleutelgleuflêer {name} is beskadig en kan nie gebruik word nie.</translation>
    </message>
    <message>
        <source>{advice}</source>
        <translation>{advice}</translation>
    </message>
    <message>
        <source>The safety copy taken before a schema upgrade did not verify.</source>
        <translation>Die veiligheidskopie wat voor ’n skema-opgradering gemaak is, het nie die kontrole geslaag nie.</translation>
    </message>
    <message>
        <source>Nothing was upgraded. Run &apos;clientmanager check&apos; and contact support.</source>
        <translation>Niks is opgegradeer nie. Voer &apos;clientmanager check&apos; uit en kontak ondersteuning.</translation>
    </message>
    <message>
        <source>The PostgreSQL program {tool} is not installed on this PC, so backups of the office server cannot be taken, checked or restored here.</source>
        <translation>Die PostgreSQL-program {tool} is nie op hierdie rekenaar geïnstalleer nie, dus kan rugsteune van die kantoorbediener nie hier gemaak, gekontroleer of herstel word nie.</translation>
    </message>
    <message>
        <source>Install PostgreSQL&apos;s client programs, version 15 or newer and not older than the server (Debian or Ubuntu: apt install postgresql-client; Windows and macOS: the &quot;Command Line Tools&quot; of the PostgreSQL installer), or set CLIENTMANAGER_PG_BIN to the folder that holds pg_dump and pg_restore.</source>
        <translation>Installeer PostgreSQL se kliëntprogramme, weergawe 15 of nuwer en nie ouer as die bediener nie (Debian of Ubuntu: apt install postgresql-client; Windows en macOS: die &quot;Command Line Tools&quot; van die PostgreSQL-installeerder), of stel CLIENTMANAGER_PG_BIN op die vouer wat pg_dump en pg_restore bevat.</translation>
    </message>
    <message>
        <source>{tool} failed (exit code {code}): {detail}</source>
        <translation>{tool} het misluk (uitgangskode {code}): {detail}</translation>
    </message>
    <message>
        <source>Check that the office server is reachable and that this PC&apos;s PostgreSQL client programs are not older than the server. Nothing was changed.</source>
        <translation>Kontroleer dat die kantoorbediener bereikbaar is en dat hierdie rekenaar se PostgreSQL-kliëntprogramme nie ouer as die bediener is nie. Niks is verander nie.</translation>
    </message>
    <message>
        <source>The backup&apos;s dump file is damaged: {why}.</source>
        <translation>Die rugsteun se stortlêer is beskadig: {why}.</translation>
    </message>
    <message>
        <source>Nothing was restored or changed. Use another backup, for example the one from the day before.</source>
        <translation>Niks is herstel of verander nie. Gebruik ’n ander rugsteun, byvoorbeeld die een van die vorige dag.</translation>
    </message>
    <message>
        <source>The PostgreSQL program {tool} is not in {folder} (CLIENTMANAGER_PG_BIN).</source>
        <translation>Die PostgreSQL-program {tool} is nie in {folder} nie (CLIENTMANAGER_PG_BIN).</translation>
    </message>
    <message>
        <source>Point CLIENTMANAGER_PG_BIN at the folder that holds pg_dump and pg_restore (version 15 or newer, not older than the server), or unset it.</source>
        <translation>Stel CLIENTMANAGER_PG_BIN op die vouer wat pg_dump en pg_restore bevat (weergawe 15 of nuwer, nie ouer as die bediener nie), of verwyder dit.</translation>
    </message>
    <message>
        <source>The office server&apos;s certificate was not accepted: it is not signed by the certificate file this PC was given, or it was made for another address.</source>
        <translation>Die kantoorbediener se sertifikaat is nie aanvaar nie: dit is nie onderteken deur die sertifikaatlêer wat hierdie rekenaar gekry het nie, of dit is vir ’n ander adres gemaak.</translation>
    </message>
    <message>
        <source>Check that sslrootcert in the server address names the practice&apos;s CA file (or the server&apos;s own certificate) and that the address is the name or IP address the certificate was made for. No password and no practice data were sent.</source>
        <translation>Maak seker dat sslrootcert in die bedieneradres na die praktyk se CA-lêer (of die bediener se eie sertifikaat) verwys en dat die adres die naam of IP-adres is waarvoor die sertifikaat gemaak is. Geen wagwoord en geen praktykdata is gestuur nie.</translation>
    </message>
    <message>
        <source>Check that the server is on and reachable from this PC, and the login&apos;s password (kept in the keyring by &apos;clientmanager join&apos;, or CLIENTMANAGER_APP_PASSWORD). Nothing was changed.</source>
        <translation>Kontroleer dat die bediener aan is en van hierdie rekenaar af bereikbaar is, en die aanmelding se wagwoord (deur &apos;clientmanager join&apos; in die sleutelring gehou, of CLIENTMANAGER_APP_PASSWORD). Niks is verander nie.</translation>
    </message>
    <message>
        <source>Another PC was changing the same records at that moment, so nothing was saved.</source>
        <translation>’n Ander rekenaar het op daardie oomblik dieselfde rekords verander, dus is niks gestoor nie.</translation>
    </message>
    <message>
        <source>Try again: the other PC&apos;s change is in place now.</source>
        <translation>Probeer weer: die ander rekenaar se verandering is nou in plek.</translation>
    </message>
    <message>
        <source>A number is too large for the office server&apos;s database, so nothing was saved.</source>
        <translation>’n Getal is te groot vir die kantoorbediener se databasis, dus is niks gestoor nie.</translation>
    </message>
    <message>
        <source>The connection to the office server was lost.</source>
        <translation>Die verbinding met die kantoorbediener is verloor.</translation>
    </message>
    <message>
        <source>What you were doing was not saved. Check the network and that the server is on, then try again.</source>
        <translation>Wat u gedoen het, is nie gestoor nie. Kontroleer die netwerk en dat die bediener aan is, en probeer dan weer.</translation>
    </message>
    <message>
        <source>The office server holds no key slots for this practice.</source>
        <translation>Die kantoorbediener hou geen sleutelgleuwe vir hierdie praktyk nie.</translation>
    </message>
    <message>
        <source>This PC may point at the wrong server or database: set it up again with &apos;clientmanager join --server URL&apos;.</source>
        <translation>Hierdie rekenaar wys dalk na die verkeerde bediener of databasis: stel dit weer op met &apos;clientmanager join --server URL&apos;.</translation>
    </message>
    <message>
        <source>{url!r} is not a PostgreSQL address.</source>
        <translation>{url!r} is nie ’n PostgreSQL-adres nie.</translation>
    </message>
    <message>
        <source>Use postgresql://USER@SERVER:5432/DATABASE?sslmode=verify-full&amp;sslrootcert=CA.pem (or ?host=/run/postgresql on the server PC itself).</source>
        <translation>Gebruik postgresql://USER@SERVER:5432/DATABASE?sslmode=verify-full&amp;sslrootcert=CA.pem (of ?host=/run/postgresql op die bediener-rekenaar self).</translation>
    </message>
    <message>
        <source>The server address must not contain a password.</source>
        <translation>Die bedieneradres mag nie ’n wagwoord bevat nie.</translation>
    </message>
    <message>
        <source>Leave it out: you are asked for it, or set CLIENTMANAGER_SERVER_PASSWORD.</source>
        <translation>Laat dit weg: u word daarvoor gevra, of stel CLIENTMANAGER_SERVER_PASSWORD.</translation>
    </message>
    <message>
        <source>The server address names no server.</source>
        <translation>Die bedieneradres noem geen bediener nie.</translation>
    </message>
    <message>
        <source>Give the server&apos;s name (postgresql://USER@SERVER/DATABASE) or its socket folder (?host=/run/postgresql).</source>
        <translation>Gee die bediener se naam (postgresql://USER@SERVER/DATABASE) of sy sokvouer (?host=/run/postgresql).</translation>
    </message>
    <message>
        <source>The server address needs a user and a database.</source>
        <translation>Die bedieneradres het ’n gebruiker en ’n databasis nodig.</translation>
    </message>
    <message>
        <source>postgresql://USER@SERVER/DATABASE</source>
        <translation>postgresql://USER@SERVER/DATABASE</translation>
    </message>
    <message>
        <source>The office server did not accept the connection.</source>
        <translation>Die kantoorbediener het nie die verbinding aanvaar nie.</translation>
    </message>
    <message>
        <source>Check the figure you entered (a percentage, a rate or a count, perhaps) and enter it again.</source>
        <translation>Kontroleer die syfer wat u ingevoer het (’n persentasie, ’n koers of ’n getal, dalk) en voer dit weer in.</translation>
    </message>
    <message>
        <source>Check the server&apos;s name, that PostgreSQL runs there, the user name and password, and the certificate file. Nothing was changed.</source>
        <translation>Kontroleer die bediener se naam, dat PostgreSQL daar loop, die gebruikersnaam en wagwoord, en die sertifikaatlêer. Niks is verander nie.</translation>
    </message>
    <message>
        <source>These key slots belong to another practice.</source>
        <translation>Hierdie sleutelgleuwe behoort aan ’n ander praktyk.</translation>
    </message>
    <message>
        <source>Over the network the connection must check the server&apos;s certificate.</source>
        <translation>Oor die netwerk moet die verbinding die bediener se sertifikaat kontroleer.</translation>
    </message>
    <message>
        <source>Add ?sslmode=verify-full&amp;sslrootcert=PATH-TO-CA.pem to the address (the practice&apos;s CA or the server&apos;s own certificate).</source>
        <translation>Voeg ?sslmode=verify-full&amp;sslrootcert=PATH-TO-CA.pem by die adres (die praktyk se CA of die bediener se eie sertifikaat).</translation>
    </message>
    <message>
        <source>This PC&apos;s server connection file (practice.server) cannot be read.</source>
        <translation>Hierdie rekenaar se bedienerverbindingslêer (practice.server) kan nie gelees word nie.</translation>
    </message>
    <message>
        <source>The office server did not accept that password for its login {login}.</source>
        <translation>Die kantoorbediener het nie daardie wagwoord vir sy aanmelding {login} aanvaar nie.</translation>
    </message>
    <message>
        <source>Type the desktops&apos; login password the practice manager chose when the server was set up (not your own ClientManager password), and try again.</source>
        <translation>Tik die wagwoord van die werkskerms se aanmelding wat die praktykbestuurder gekies het toe die bediener opgestel is (nie u eie ClientManager-wagwoord nie), en probeer weer.</translation>
    </message>
    <message>
        <source>The practice is open for changes by {who}.</source>
        <translation>Die praktyk is oop vir veranderinge deur {who}.</translation>
    </message>
    <message>
        <source>Only one copy of ClientManager can change a practice at a time. Close it there first, or open the practice read-only to look things up.</source>
        <translation>Slegs een kopie van ClientManager kan ’n praktyk op ’n slag verander. Maak dit eers daar toe, of maak die praktyk slegs lees oop om dinge na te slaan.</translation>
    </message>
    <message>
        <source>read client records</source>
        <translation>kliëntrekords lees</translation>
    </message>
    <message>
        <source>add clients</source>
        <translation>kliënte byvoeg</translation>
    </message>
    <message>
        <source>edit client records</source>
        <translation>kliëntrekords wysig</translation>
    </message>
    <message>
        <source>edit contact details</source>
        <translation>kontakbesonderhede wysig</translation>
    </message>
    <message>
        <source>archive clients</source>
        <translation>kliënte argiveer</translation>
    </message>
    <message>
        <source>edit tasks</source>
        <translation>take wysig</translation>
    </message>
    <message>
        <source>write notes and records of advice</source>
        <translation>notas en advieserekords skryf</translation>
    </message>
    <message>
        <source>finalise records of advice</source>
        <translation>advieserekords finaliseer</translation>
    </message>
    <message>
        <source>add or remove documents</source>
        <translation>dokumente byvoeg of verwyder</translation>
    </message>
    <message>
        <source>see documents marked sensitive</source>
        <translation>dokumente sien wat as sensitief gemerk is</translation>
    </message>
    <message>
        <source>export data-subject packages</source>
        <translation>datasubjekpakkette uitvoer</translation>
    </message>
    <message>
        <source>export client lists</source>
        <translation>kliëntelyste uitvoer</translation>
    </message>
    <message>
        <source>import clients</source>
        <translation>kliënte invoer</translation>
    </message>
    <message>
        <source>see the POPIA registers</source>
        <translation>die POPIA-registers sien</translation>
    </message>
    <message>
        <source>record data-subject requests and breaches</source>
        <translation>versoeke van datasubjekte en oortredings aanteken</translation>
    </message>
    <message>
        <source>see the audit trail</source>
        <translation>die ouditspoor sien</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gebruikers bestuur</translation>
    </message>
    <message>
        <source>take a backup</source>
        <translation>’n rugsteun maak</translation>
    </message>
    <message>
        <source>manage backups</source>
        <translation>rugsteune bestuur</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>’n rugsteun herstel</translation>
    </message>
    <message>
        <source>change practice settings</source>
        <translation>praktykinstellings verander</translation>
    </message>
    <message>
        <source>approve destruction of records</source>
        <translation>vernietiging van rekords goedkeur</translation>
    </message>
    <message>
        <source>change a client&apos;s planner</source>
        <translation>’n kliënt se beplanner verander</translation>
    </message>
    <message>
        <source>write records of advice</source>
        <translation>advieserekords skryf</translation>
    </message>
    <message>
        <source>export unencrypted copies of ID and other sensitive documents</source>
        <translation>ongeënkripteerde kopieë van ID- en ander sensitiewe dokumente uitvoer</translation>
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
    <name>SubjectExportDialog</name>
    <message>
        <source>A random passphrase is filled in and shown once: write it down and give it to the client another way than the package (by phone, or in person). Only report.pdf is protected (AES-256): the data files and documents in the zip are not, so hand the zip over in person or on an encrypted drive.</source>
        <translation>’n Lukrake wagfrase word ingevul en een keer gewys: skryf dit neer en gee dit op ’n ander manier as die pakket aan die kliënt (per telefoon, of persoonlik). Slegs die PDF-verslag is beskerm (AES-256): die datalêers en dokumente in die zip-lêer is nie, dus oorhandig die zip-lêer persoonlik of op ’n geënkripteerde skyf.</translation>
    </message>
    <message>
        <source>Your practice settings use the client&apos;s ID number as the PDF password. Warning: once someone knows the date of birth, an ID number is about 10,000 guesses; a random passphrase is much safer (Practice ▸ Settings ▸ PDF password). Only report.pdf is protected (AES-256): hand the zip over in person or on an encrypted drive.</source>
        <translation>U praktykinstellings gebruik die kliënt se ID-nommer as die PDF-wagwoord. Waarskuwing: sodra iemand die geboortedatum ken, is ’n ID-nommer omtrent 10 000 raaiskote; ’n lukrake wagfrase is baie veiliger (Praktyk ▸ Instellings ▸ PDF-wagwoord). Slegs die PDF-verslag is beskerm (AES-256): oorhandig die zip-lêer persoonlik of op ’n geënkripteerde skyf.</translation>
    </message>
    <message>
        <source>Gathering the information held</source>
        <translation>Versamel tans die inligting wat gehou word</translation>
    </message>
    <message>
        <source>Reading documents</source>
        <translation>Lees tans dokumente</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Skryf tans die verslag</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>Skryf tans die pakket</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Export data-subject package</source>
        <translation>Voer datasubjekpakket uit</translation>
    </message>
    <message>
        <source>Data-subject package (POPIA s23)</source>
        <translation>Datasubjekpakket (POPIA art. 23)</translation>
    </message>
    <message>
        <source>Loading the client…</source>
        <translation>Laai tans die kliënt…</translation>
    </message>
    <message>
        <source>Where to save the package (.zip)</source>
        <translation>Waar om die pakket te stoor (.zip)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Protect the PDF report with a password</source>
        <translation>Beskerm die PDF-verslag met ’n wagwoord</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>PDF-wagwoord</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Wys</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Voer pakket uit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Stoor die pakket as</translation>
    </message>
    <message>
        <source>Everything the practice holds about {name}: a PDF report for them, the same information as JSON and spreadsheet files, their documents, and a checksum list. The export is recorded in the disclosure register and the audit trail.</source>
        <translation>Alles wat die praktyk oor {name} hou: ’n PDF-verslag vir hulle, dieselfde inligting as JSON- en sigbladlêers, hul dokumente, en ’n kontrolesomlys. Die uitvoer word in die openbaarmakingsregister en die ouditspoor aangeteken.</translation>
    </message>
    <message>
        <source>{name} is a child: the package is addressed to {guardian}, the competent person (POPIA s35).</source>
        <translation>{name} is ’n kind: die pakket is gerig aan {guardian}, die bevoegde persoon (POPIA art. 35).</translation>
    </message>
    <message>
        <source>Save the data-subject package</source>
        <translation>Stoor die datasubjekpakket</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-lêers (*.zip)</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>Kies waar om die pakket te stoor.</translation>
    </message>
    <message>
        <source>Type a password for the PDF, or untick the protection.</source>
        <translation>Tik ’n wagwoord vir die PDF, of ontmerk die beskerming.</translation>
    </message>
    <message>
        <source>Writing the data-subject package</source>
        <translation>Die datasubjekpakket word geskryf</translation>
    </message>
    <message>
        <source>Stopped: no package was written and nothing was recorded.</source>
        <translation>Gestop: geen pakket is geskryf nie en niks is aangeteken nie.</translation>
    </message>
    <message>
        <source>The PDF report opens with the password you chose (AES-256).</source>
        <translation>Die PDF-verslag maak oop met die wagwoord wat u gekies het (AES-256).</translation>
    </message>
    <message>
        <source>The PDF report is not password-protected.</source>
        <translation>Die PDF-verslag is nie met ’n wagwoord beskerm nie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Package {package} is ready.&lt;/b&gt;&lt;br&gt;{path}&lt;br&gt;{files} files, {size} KB. {protected}&lt;br&gt;It has been recorded in the disclosure register with the client as recipient.</source>
        <translation>&lt;b&gt;Pakket {package} is gereed.&lt;/b&gt;&lt;br&gt;{path}&lt;br&gt;{files} lêers, {size} KB. {protected}&lt;br&gt;Dit is in die openbaarmakingsregister aangeteken met die kliënt as ontvanger.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
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
        <source>Client</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Voornemende kliënt</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwant</translation>
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
        <source>Delete…</source>
        <translation>Skrap…</translation>
    </message>
    <message>
        <source>Forget the chosen saved search</source>
        <translation>Vergeet die gekose gestoorde soektog</translation>
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
        <source>There is no saved search to delete.</source>
        <translation>Daar is geen gestoorde soektog om te skrap nie.</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Skrap gestoorde soektog</translation>
    </message>
    <message>
        <source>Delete the saved search {name}? Its clients and tags stay as they are.</source>
        <translation>Skrap die gestoorde soektog {name}? Die kliënte en etikette bly soos hulle is.</translation>
    </message>
    <message>
        <source>Deleted the saved search {n}</source>
        <translation>Die gestoorde soektog {n} is geskrap</translation>
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
    <name>VerifyDialog</name>
    <message>
        <source>Verify identity: request {number}</source>
        <translation>Bevestig identiteit: versoek {number}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Teken aan</translation>
    </message>
    <message>
        <source>e.g. ID book seen in person</source>
        <translation>bv. ID-boek persoonlik gesien</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Bevestig deur</translation>
    </message>
    <message>
        <source>POPIA s23(1) asks for adequate proof of identity before acting.</source>
        <translation>POPIA art. 23(1) vra voldoende bewys van identiteit voordat daar opgetree word.</translation>
    </message>
</context>
<context>
    <name>WizardButtons</name>
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
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Rugsteunvouer</translation>
    </message>
</context>
</TS>
