<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_ZA" sourcelanguage="en_ZA">
<context>
    <name>ActDialog</name>
    <message>
        <source>Act on request {number}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correct value (empty removes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the package (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect report.pdf with a random passphrase (shown once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters and notices are saved in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Everything: users, backups, restore, settings, all clients, registers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own clients (or all, if the practice allows it). No users or restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits contact details and tasks, reads the rest. No packages, no sensitive documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads everything, runs the POPIA registers and the audit trail. Edits nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pieter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Pieter van Wyk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user signs in with this password; it also unlocks their own copy of the practice key. Tell them the password in person and ask them to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AffectedDialog</name>
    <message>
        <source>Add affected clients: breach {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client numbers, e.g. 12, 48, 301</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the clients listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people are linked now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy and de-identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove 1 technical log file older than 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {count} technical log files older than 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical logs, 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under POPIA s14(4)–(5) the records are destroyed so that they cannot be reconstructed: the database file is compacted afterwards. Periods applied: {periods}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone&lt;/b&gt;, and a restored backup will not bring them back (the erasure ledger is replayed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of them asked for deletion: each gets a letter saying what was deleted and what was kept, and why (POPIA s24(4)). Choose where to save the letters; they are written before anything is erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identify {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove old logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the deletion letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to a planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clients} will be looked after by this planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no active planners. Add one in Users and roles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachForm4Dialog</name>
    <message>
        <source>Attach a signed Form 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned, signed form (PDF, PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a child: the parent or guardian who signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed Form 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and name the first entry that was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sensitive action, newest first. Each entry is chained to the one before it by a SHA-256 hash, so a changed or deleted entry shows up when the chain is checked. Opening this window and exporting from it are recorded too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not see the audit trail. The practice manager and the compliance officer can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client number is the number shown on the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the newest {count}; narrow the filter to see older ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: {count} entries, each linked to the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at {where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCentreDialog</name>
    <message>
        <source>To open this copy on another computer you will need the practice&apos;s recovery code (or an administrator&apos;s password from when the backup was taken). Keep the drive and the recovery sheet in different places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the copy (encryption, integrity, row counts)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the checksums…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the current database first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the restored database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the restored database in place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the backups on another drive, such as a second disk. Existing backups stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified backup of the office server&apos;s database is taken every day and kept in this folder. The newest backup of each of the last 30 days is kept, and always the newest five. Each one is encrypted with the practice key and carries the key-slot file, so it can be restored with the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified backup is taken every day. The newest backup of each of the last 30 days is kept, and always the newest five. Each one is encrypted with the practice key and carries the key-slot file, so it can be restored on a new computer with the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Click “Back up now” to take one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy backup to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove erased people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite every retained backup without the people erased since it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened and checked when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup taken and verified: {name} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the backups in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that {folder} can hold backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New backups will be kept in {folder}. The earlier ones stay where they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the backup to (a USB drive or another folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying {name} to {destination}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied and checked: {copy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is sound: its checksums match and every part of the server&apos;s dump decrypts and reads back in full. A test restore into a scratch database on the server needs the server&apos;s owner account; whoever looks after the server can run it with: clientmanager verify-backup --owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is sound: checksums, encryption and integrity checks and row counts all match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be restored: {problems}.
Use another backup; take a new one now if this was the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup taken on {taken}?

Everything entered since then will be replaced by what the backup holds. The current database is backed up first, so this can be undone by restoring that backup. Clients erased since then stay erased.

The practice closes afterwards and everyone must sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove erased people from the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every retained backup that still holds someone who was erased is rewritten without them and verified again. This can take a few minutes.

Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing erased people from the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased people were removed from {count} backup(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retained backup holds anyone who was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: {folders}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was taken under a key this practice no longer holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it from the command line (&apos;clientmanager restore&apos;) with a password or the recovery code from when it was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {taken}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced was kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} erasure(s) were applied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: this backup is older than an erasure made on {when} UTC that could not be applied (its ledger was sealed under a newer key), so a person erased then may be back. Check the erasure register and erase them again, or restore from the command line with --ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>Book {n} review(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each client&apos;s assistant, or me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachForm</name>
    <message>
        <source>Record a security compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Laptop stolen from car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, where, and how it was found out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the clients listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client numbers, e.g. 12, 48, 301</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the people linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information was encrypted, and the key was not lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s22(5)(a): what could happen to the people affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s22(5)(b): what the practice did, or will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s22(5)(c): what people can do to protect themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s22(5)(d): who did it, if known; else leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was discovered, e.g. the planner reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and when the people were or will be told, e.g. letters by post on 3 Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for any delay in notifying (s22(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telling the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for any delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit breach {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the numbers separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachRegisterDialog</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POPIA s22: when personal information may have been accessed or acquired by someone unauthorised, tell the Information Regulator and the people affected as soon as reasonably possible. Each letter must give the possible consequences, the measures taken, what the person can do, and who did it if known (s22(5)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record breach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost backup drive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Regulator notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator notified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add affected clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} incident recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} incidents recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{recorded}; {waiting} not yet reported to the Regulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{recorded}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;not recorded&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information: {categories}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible consequences: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people can do: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did it: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator&apos;s reference: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost backup&apos;s manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup manifest (manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Regulator notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator notice saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} letter saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} letters saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach {number}: {count} more affected people linked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>1 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clients} assigned to {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task was created for each of {clients}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a review today for {clients}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clients} marked reviewed today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without client names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the appointment in the selected hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} appointment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an appointment in the calendar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which appointment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {title}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} appointment(s) written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {a} added, {u} updated, {s} skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>{count} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all {count} in the client list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SA ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews due in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks due this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews apply to clients, not to dependants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue: no review in the last {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Search name, ID number, phone, email or policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the selected clients: assign, task, reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected client is not in a household. Select a member of one in All clients, then choose this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {count} clients – counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients match “{typed}”. Try fewer letters, a surname, or part of an ID number, phone number or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients match “{typed}” in {filter}. Try fewer letters, a surname, or part of an ID number, phone number or email; or choose All clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients are assigned to you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews fall due in the next 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client has a task due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No birthdays this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in this household is on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet. Add one with Client ▸ New client (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SA ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off the clipboard again after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Type a name, ID number or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (client {number}, born {born})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (client {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of {count} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client {id} (not found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPlannerPanel</name>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy anniversaries and renewals (90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in the next 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records of advice yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary PDF… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of advice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRecord</name>
    <message>
        <source>Add assets and liabilities to see the balance sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets &amp;&amp; liabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assets recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No liabilities recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income &amp;&amp; expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income and expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No income or expenses recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the {kind} “{summary}” from this client&apos;s record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents &amp;&amp; disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent and lawful basis (POPIA s11, s69)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries are never edited: each change is a new entry, so the history shows what the client agreed to and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who received this client&apos;s information (POPIA s23(1)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents. Attach ID copies, signed records of advice or statements (PDF, PNG or JPEG); they are kept inside the encrypted practice database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved to {path}.

It is not encrypted: keep it safe, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk profile on file. Assess the client&apos;s risk tolerance before advising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals &amp;&amp; risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client in the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name only (not a client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First names *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · born {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients match. Check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client from the list (search by name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link spouse or partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dependant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add beneficiary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add director…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trustee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s directors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust&apos;s trustees and beneficiaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a household yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} ({relationship}) from this client&apos;s household and relationships? Nobody&apos;s record is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and records of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet. Add a note, call, meeting or record of advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise record of advice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of advice from template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final – {who}, {when} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final: {status}. A finalised record of advice cannot be changed (FAIS General Code s9); add a new note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise record of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise “{subject}”?

Once final, the record of advice is locked: nobody can change or delete it. It is kept as evidence of the advice given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as residential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential address (FICA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show household in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>former user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business address (FICA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the business address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the client to a household after saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company or trust has no household: its people are on the People tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to a household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an SA ID number to see the date of birth and age it encodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SA ID number has 13 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SA citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;From the ID number&lt;/b&gt;&lt;br&gt;Born {born} · age {age}&lt;br&gt;{gender} · {citizen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies and products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policies recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly premiums (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks. Add a review or a follow-up so it shows on the Today page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive this client (soft delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the client (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes &amp;&amp; advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks &amp;&amp; reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print client summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the details, then save (Ctrl+S). Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on {day}. The record is kept (soft delete) until the retention review decides what the law allows; it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No planner assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changes to this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRecordsDialog</name>
    <message>
        <source>One client&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet (still active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole record may go from {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept while any record is still active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (client {number}): {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommissionView</name>
    <message>
        <source>Commission and fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected on a policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV/XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected {e}, received {r}, {n} difference(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {i} of {n} row(s) from {p}, {m} matched to policies. {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete request {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, and when the person was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was refused (give the reason above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Access request – {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction request – {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion request – {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection request – {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction request – {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing opt out request – {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews due in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews fall due in 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks overdue and due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No birthdays in the next seven days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients you open appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy events (next 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy anniversaries, renewals or reviews in the next 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject requests overdue (POPIA s23–s24, PAIA s56: 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in alerts (last 14 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside office hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures since the last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the 1 client in the client list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the {count} clients in the client list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tasks} tasks, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · turns {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{events} events for {clients} clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{events} events for 1 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the policy calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date} · 1 day late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date} · {days} days late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Locked after {minutes} minutes without activity, to keep client information safe. Sign in again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: another copy of ClientManager has this practice open for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly retention review: {count} record is due for destruction or de-identification (POPIA s14). Approve it under POPIA › Retention review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly retention review: {count} records are due for destruction or de-identification (POPIA s14). Approve them under POPIA › Retention review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s closing backup was still running and has been stopped; the earlier backups are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside ClientManager. Your saved work is safe.

Details for support (no client information) are in:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureForm</name>
    <message>
        <source>Correct a disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who received it, e.g. Liberty or Adv. P. Botha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, e.g. Referral for a will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was shared, e.g. Identity, contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosuresDialog</name>
    <message>
        <source>Disclosures of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or select a client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosuresPanel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a document sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a disclosure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone outside the practice who received this person&apos;s information (POPIA s23(1)(b)). Policies, exports to a named recipient and documents sent are recorded automatically; record referrals and anything else here. The s23 report lists them, and corrections are sent to them (s24(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 disclosure to third parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} disclosures to third parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No third party has received this person&apos;s information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity, contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no documents yet: attach the document on the Documents tab first, then record that it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>This document cannot be previewed here. Use “Export a copy…” to open it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} · {pages} · {size} bytes · shown from the encrypted database; nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation of ClientManager has no printing support. Export a copy and print it from another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>{count} policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} policy role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} policy roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} consent entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} consent entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} liabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} income or expense line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} income and expense lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} risk profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} risk profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} legal holds</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>These rows look like clients you already have (by SA ID, then e-mail or mobile, then name and date of birth; a company or trust by registration number, then e-mail or mobile, then name) or like an earlier row of the file.</source>
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
    <name>ExpectedDialog</name>
    <message>
        <source>Expected commission or fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client and one of their policies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportClientsDialog</name>
    <message>
        <source>Export clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (Excel, Google Sheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard contacts (.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole practice (encrypted zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General (the practice&apos;s own work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct marketing (POPIA s69)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include restricted and objecting clients for a purpose the law allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose, e.g. FSCA inspection request 2026/14 (kept in the audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who outside the practice receives the file (leave empty if nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.0 (Outlook, phones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per client (into a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every table and document of the practice, in an AES-256 encrypted zip. A random password is made and shown once: keep it apart from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only clients whose latest direct-marketing consent is &apos;given&apos; and who have not objected and are not restricted (POPIA s69, s11(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted and objecting clients are left out (POPIA s14(6), s11(3)) unless you state a purpose the law allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the .vcf files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say for which purpose the law allows restricted and objecting clients in this export, or untick that box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the whole practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {n} client(s) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted and objecting clients included; the purpose is in the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted and objecting clients were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded one disclosure per client to {recipient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the whole practice to {path}: {clients} clients. The archive is AES-256 encrypted with the password

{password}

which is shown only now: keep it apart from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend request {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why more time is needed; the person must be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAIA s57 allows one extension of up to 30 days. Tell the person in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now due {due}; new due date {new_due}.</source>
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
        <source>A client list exported from another system or kept in Excel: CSV (any encoding, comma, semicolon or tab), an .xlsx workbook, or vCard contacts (.vcf, from Outlook or a phone). Sheets called Policies or Notes are imported with the clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client lists (*.csv *.txt *.xlsx *.vcf);;vCard contacts (*.vcf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} vCard contacts.</source>
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
    <name>HistoryDialog</name>
    <message>
        <source>Review history: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} review(s) recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Place a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FAIS Ombud complaint 1234/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the hold is in place nothing of this person is destroyed or de-identified, whatever the retention schedule says.</source>
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
        <source>Same {what} as client {number} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same {what} as row {row} of this file</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>LettersDialog</name>
    <message>
        <source>Letters and mail merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per client in the practice&apos;s letter layout, each kept in the client&apos;s documents. Marketing letters go only to clients who agreed to them; letters to a provider are written into the disclosure register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client numbers, e.g. 12, 15, 31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDFs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing: only clients with direct-marketing consent receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to the client&apos;s product provider (a disclosure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letters in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the clients&apos; numbers, or find and add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client {id}: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client {id} skipped: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} letter(s) written and kept in the clients&apos; documents; {s} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by</source>
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
        <source>6-digit code from your authenticator app, or the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
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
        <source>&amp;Move a planner&apos;s clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s identity, security, retention periods, backups and PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} clients moved to {user}.</source>
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
        <source>Unlocked · office server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} wrong passwords since your last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 wrong password since your last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} client in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} clients in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client archived (soft delete): hidden from lists, nothing destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A CRM for South African financial-planning practices.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nothing leaves this computer.&lt;/b&gt; Client records are kept in an encrypted database on this PC. The program opens no network connections: no cloud, no update checks, no telemetry. Its test suite runs with network sockets disabled and checks that no network module is ever loaded.&lt;/p&gt;</source>
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
        <source>Choose the column that holds the surname, the full name, or the company or trust name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveBookDialog</name>
    <message>
        <source>Move a planner&apos;s clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client of the first planner, archived ones included, moves to the second. Each move is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other planner to move clients to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different planners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovePracticeDialog</name>
    <message>
        <source>Move this practice to the office server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client, document, register and the audit trail are copied to an empty database on the practice&apos;s office server (PostgreSQL), in one step: if anything fails, nothing is moved. Every user keeps their password, and the recovery code keeps working. The practice file on this PC is then kept, unchanged, in a folder beside it, and no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this practice back to this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client, document, register and the audit trail are copied from the office server into a new encrypted practice file on this PC. The server&apos;s database is left as it is, but this PC no longer uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As whoever set up the server wrote it down for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner account&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops&apos; login to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for that login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every PC of the practice connects with this login; give its password to whoever sets up the other PCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the practice to the office server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the practice to this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was moved: the server needs these fixed first.
{findings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved: {rows} rows in {tables} tables, every count checked, and the audit trail verifies ({entries} entries). The old copy is kept, no longer used, in {folder}. Sign in again with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New data-subject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not linked to a client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person, or who asked on their behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ID book seen in person; leave empty if not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by {date}: 30 days from receipt (PAIA s56), with one extension of up to 30 days allowed (s57).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeOffer</name>
    <message>
        <source>New client saved. Give them the collection notice (POPIA s18), and Form 4 before any direct marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the collection notice (s18)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Form 4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifiedDialog</name>
    <message>
        <source>Regulator notified: breach {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference the eServices portal gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>at least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerMenu</name>
    <message>
        <source>Pla&amp;nner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;summary PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record of advice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;views board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policies over time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters and mail merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmission and fees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags and saved searches…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyEventsDialog</name>
    <message>
        <source>{years}-year anniversary of {what}: premium escalates from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years}-year anniversary of {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal of {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversaries, renewals and reviews in the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save escalation and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client and a policy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed.</source>
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
        <source>Set up a &amp;second factor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this practice to the office &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this practice back to &amp;this PC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport clients…</source>
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
        <source>Record a &amp;request from this client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isclosures of this client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print collection &amp;notice (s18)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Form 4 (marketing consent)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a &amp;signed Form 4…</source>
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
    <name>PrintNoticeDialog</name>
    <message>
        <source>Collection notice (POPIA s18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form 4: direct-marketing consent (s69)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or select a client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedDialog</name>
    <message>
        <source>Commission or fee received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1 250 000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 082 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 11.75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One field needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload to see their version; what you typed here is then discarded, so copy anything you need first. Nothing of yours was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {what} before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, the changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
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
    <name>ReleaseDialog</name>
    <message>
        <source>Release legal hold {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. complaint closed on 3 March 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why release</source>
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
        <source>{n} row of the other sheets not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows of the other sheets not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also added: households {h}, policies {p}, notes {n}, addresses {a}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}, row {row}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows with problems as a CSV file: each keeps its row number and the reason. Fix them in Excel and import that file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of the other sheets listed above were not imported: fix them in the file and import it again. What this import added is then found as duplicates and not added twice.</source>
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
    <name>RetentionReviewDialog</name>
    <message>
        <source>Client no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POPIA s14(1) allows records to be kept only as long as the purpose or a law requires; s14(4)–(5) then require them to be destroyed, deleted or de-identified so they cannot be reconstructed. FAIS General Code s3(2), FICA s23 and TAA s29(3) set the 5-year periods below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased records on the office server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login may not rewrite the server&apos;s tables, so old copies of the erased records stay in the server&apos;s data files until its administrator runs this, as the tables&apos; owner (POPIA s14(5)):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s WAL archives and its own backups also still hold them: see the README (office server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention periods still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion requested (POPIA s24); every retention period has ended ({laws})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every retention period has ended ({laws})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion requested (POPIA s24); processing restricted (s14(6)), records kept{until} for {laws}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion requested (POPIA s24); records kept{until} for {laws}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity no longer needed ({law}); records kept{until} for {laws}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May go from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Destroy 1 person&lt;/b&gt;: every record, including records of advice and documents, whose retention periods have all ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Destroy {count} people&lt;/b&gt;: every record, including records of advice and documents, whose retention periods have all ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;De-identify 1 person&lt;/b&gt;: names, ID numbers, contact details and identity documents are removed; the records a law still requires are kept without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;De-identify {count} people&lt;/b&gt;: names, ID numbers, contact details and identity documents are removed; the records a law still requires are kept without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Restrict 1 person&lt;/b&gt; who asked for deletion while FICA still requires their records: nothing is deleted yet; their information is used for nothing but that duty (POPIA s14(6)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Restrict {count} people&lt;/b&gt; who asked for deletion while FICA still requires their records: nothing is deleted yet; their information is used for nothing but that duty (POPIA s14(6)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One client&apos;s records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each record of one client, the day it may go, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} to destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} to de-identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} to restrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} kept on legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 old log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} old log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of {date}: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for destruction ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a practice manager may approve destruction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewFormDialog</name>
    <message>
        <source>Review with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover, retirement funds, beneficiaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsBoard</name>
    <message>
        <source>Reviews board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected client&apos;s past reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, not booked ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select clients under Due or Overdue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one client first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsRegisterDialog</name>
    <message>
        <source>Marketing and optional processing stop at once when a deletion request is recorded. When you act on it, everything no law requires is deleted; records that FAIS or FICA require (records of advice, product records, the identity record) are kept, restricted to that purpose, until their 5-year period ends, and the letter lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the objection (s11(3)): the person leaves marketing, mailing lists and bulk exports at once; processing the law requires goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict processing (s14(6)): the record is kept and used only as the law requires; it leaves marketing, mailing lists and bulk exports at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the opt-out (s69): no direct marketing reaches the person from now on, on any channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the withdrawal (s11(2)(b)) for the purpose chosen below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the deletion: everything no law requires is deleted now, and cannot be undone. What FAIS or FICA require is kept, restricted, and listed in the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct one field now; the confirmation letter (s24(4)) and one notice per earlier recipient (s24(3)) are saved in the letters folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the data-subject package (s23) and close the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the package (s23), with data.json for another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show completed and refused requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests from data subjects under POPIA: access (s23), correction and deletion (s24), objection (s11(3)), restriction and direct-marketing opt-outs (s69). Each must be answered within 30 days (PAIA s56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{requests}, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {number}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended from {due} to {extended}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.pdf opens with: {passphrase} (shown once: give it to the person another way than the package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoaDialog</name>
    <message>
        <source>Record of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client and the kind of advice, fill the template from the record, complete it, then finalise: the PDF is kept in the client&apos;s documents and locked with the record (FAIS General Code s9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the kept PDF against the SHA-256 locked when it was finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client first: type a name and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final and locked. PDF SHA-256 {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft {id} opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from the client&apos;s record. Complete the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft {id} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved to {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise the record of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once final, this record of advice and its PDF can never be changed. Finalise it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: the kept PDF of record {id} matches the SHA-256 locked when it was finalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept PDF of record {id} does NOT match the SHA-256 locked when it was finalised: it has changed or is missing. Restore the most recent verified backup, and keep this database for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalising the record of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final and locked. The PDF is document {doc} in the client&apos;s documents; SHA-256 {sha}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondFactorDialog</name>
    <message>
        <source>Set up a second factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 6-digit code the app shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with an authenticator app on your phone (Google or Microsoft Authenticator, Aegis...). From then on signing in needs the app&apos;s code as well as your password; the practice recovery code stands in for a lost phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLoginDialog</name>
    <message>
        <source>Connect to the office server – {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC has no system keyring, so the password is asked for each time ClientManager starts. It is never stored in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in {where}, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the office server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC reaches the practice&apos;s office server with the desktops&apos; login {login}. Type the password the practice manager gave you for it; then sign in with your own ClientManager password as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the login&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of client letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the fixed text in every letter, notice and report the practice sends a client (English or Afrikaans). Names, section numbers and the client&apos;s own details stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice manager (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups &amp; PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s registered name, on every letter and notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSP number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FSCA licence number (digits only); printed on letters and breach notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the practice is (POPIA s18: the responsible party&apos;s address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where letters to the practice go, if not the physical address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When clients can reach the practice, e.g. Mon–Fri 08:00–16:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person responsible for POPIA compliance (s55), named on every letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information officer&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where data subjects write about their information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information officer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy information officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by semicolons (POPIA s56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Regulator&apos;s contact details, printed where a letter tells people how to complain. Update them if the Regulator moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after (minutes idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop locks after this many idle minutes (1 to 240).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planners see all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: every planner may open every client. No: planners see only the clients assigned to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review every (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a client is reviewed; a new client&apos;s first review falls due this long after they became a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the rolling 30 days of backups go; empty: beside the practice database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password suggested for a client&apos;s PDFs: a random one to give them separately (the default), or their ID number, which anyone who knows their date of birth can guess in about 10,000 tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and records of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policies, quotes and records of advice; FAIS General Code of Conduct s3(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policies, quotes and records of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIS General Code of Conduct s3(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FICA s23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POPIA s14(1), s69</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and due-diligence records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s identity, ID copies, proof of address; FICA s23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s identity, ID copies, proof of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents filed as tax returns or assessments; Tax Administration Act s29(3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents filed as tax returns or assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax Administration Act s29(3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing data (prospects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospects kept only to market to them; POPIA s14(1), s69</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospects kept only to market to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application&apos;s log files; POPIA s14(1) (practice policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application&apos;s log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POPIA s14(1) (practice policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; it is printed on letters, so fill it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long; keep it under 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long; keep it under 500 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long; keep it under 1000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may contain only digits (the FSCA licence number, e.g. 12345)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose between 1 and 240 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose between 1 and 60 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it like &apos;5 years&apos;, &apos;30 days&apos; or &apos;5 years 30 days&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than 100 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be after today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be shorter than FAIS General Code of Conduct s3(2) requires (5 years, 0 days); a practice may keep records longer, not shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be shorter than FICA s23 requires (5 years, 0 days); a practice may keep records longer, not shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be shorter than Tax Administration Act s29(3) requires (5 years, 0 days); a practice may keep records longer, not shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at least 10 characters; a short sentence works well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the spaces at the start or end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use more than a few different characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not include the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password at sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused (account not active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset by a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password hash strengthened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database re-keyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client record opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client record changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client restored from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client destroyed (erasure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client de-identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject package exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client list exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole practice exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity (names, ID and passport numbers, dates of birth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details (addresses, phone numbers, e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial information (income, assets, liabilities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies and investments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of advice and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health information (special personal information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (ID copies, statements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone whose information the practice holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone with health (special personal) information on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to information (s23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction (s24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion or destruction (s24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection to processing (s11(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction of processing (s14(6))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt out of direct marketing (s69)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of consent (s11(2)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy in a machine-readable form (s23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marriage regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income tax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator (processes for the practice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral (another adviser or professional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent (s11(1)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying out the mandate or contract with the person (s11(1)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligation imposed by law (s11(1)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protects a legitimate interest of the person (s11(1)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public law duty (s11(1)(e))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest of the practice or the recipient (s11(1)(f))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s own request (s23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same SA ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company or trust name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client or prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product being replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of the two products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why replacing is in the client&apos;s interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk cover (life, disability, severe illness, income protection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discretionary investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement of an existing product (General Code s8(1)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation to your annual review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your policy anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market update and new offerings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for policy information (to the provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>income or expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say whether this is a company or a trust (map a client-type column, or give its registration number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a company or trust has one; set the client type, or leave it empty for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a company or trust has none; leave it empty, or set the client type to person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the date in the SA ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; every client needs at least a surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; a company or trust needs its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty, but the row has policy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; fill it in or remove the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active planner or practice manager has that name or user name; add the user in Users first, correct the name, or do not import the Planner column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two users have that name; write the user name instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the client&apos;s SA ID number, registration number or e-mail to link it to a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client with that SA ID number, registration number or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the practice manager can give clients to another planner; leave the column out to keep them yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SA ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suburb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City or town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income or expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information the advice is based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it suits the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eastern Cape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gauteng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KwaZulu-Natal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limpopo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mpumalanga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North West</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Cape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western Cape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dread disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement annuity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provident fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preservation fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living annuity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax free savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endowment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funeral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderately conservative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderately aggressive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggressive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy fund values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by (parent or guardian of a child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial planning and advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underwriting (health information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FICA identity verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s11(1)(a) the person (or a competent person for a child) consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s11(1)(b) needed to conclude or perform a contract with the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s11(1)(c) complies with an obligation imposed by law (FICA, FAIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s11(1)(d) protects a legitimate interest of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s11(1)(e) needed for a public body&apos;s public law duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s11(1)(f) a legitimate interest of the practice or a third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed form (Form 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underwriting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fica verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatsapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trustee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is their dependant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is their beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is a director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is a trustee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving hides the client from lists and searches but keeps every record: this is a soft delete. Records are only destroyed or de-identified later, by the retention review, once FAIS and FICA no longer require them (POPIA s14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a percentage, e.g. 11.75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole percentage, e.g. 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, e.g. 42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than 2 decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; enter an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; enter a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; enter an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of the nine provinces, e.g. Gauteng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the four digits of a South African postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another client already has this ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked in red, then save again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text of 13 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; enter the 13-digit ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may contain only digits (spaces and dashes are ignored); check the number against the ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 11th digit must be 0 (citizen) or 1 (permanent resident); check the number against the ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check digit is wrong; check the number against the ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first six digits (YYMMDD) are not a real date of birth; check the number against the ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full{place}: nothing more could be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing already saved was lost; the step that needed space was not done. Free some space (empty the recycle bin, move large files off this disk), then try again. Do not restore a backup: the practice database is not damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder{place} cannot be written to (it is read-only, or you may not change it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Check the folder&apos;s permissions, or that the disk or USB drive is not write-protected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder or file{place} is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the drive it is on (or choose another folder) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file{place} is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the program that has it open (a spreadsheet, a backup or sync tool, another copy of ClientManager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice database is busy: another program is writing to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Wait for it to finish (or close the other copy of ClientManager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font file {name} is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall ClientManager; the &apos;resources/fonts&apos; folder must ship with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown appointment kind {kind!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the start and end times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appointment {appointment_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the calendar, or see &apos;clientmanager calendar list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords for {user}. Wait {seconds} seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords for {user}. Wait {minutes} minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each further wrong password doubles the wait, up to 15 minutes. If the password is lost, an administrator can reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} signs in with a second factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 6-digit code from your authenticator app, or the practice&apos;s recovery code if the phone is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing} failed: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the drive holding {where} and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing} failed: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;clientmanager check&apos;; if it reports damage, restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space in {where} for {doing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on that drive or choose another backup folder, then try again. The practice database and the earlier backups were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} cannot be written to, so {doing} was not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the drive is not write-protected or read-only and that you may write there, or choose another folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {where} is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug in the drive or create the folder, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice database was busy, so {doing} could not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to {where} failed ({doing}): the drive may be full or failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space or choose another backup folder, then try again. The practice database and the earlier backups were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup at {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path; a backup is a folder named like backup-2026-01-31-170000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} is damaged and cannot be used: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another backup, for example the one from the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {destination} is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug in the drive or create the folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{destination} already holds a backup called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is probably the same backup copied earlier; choose another folder to keep a second copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That account is not active in this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an administrator&apos;s password from when the backup was taken, or the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice database is open in another program, so it cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ClientManager on this computer (and any scheduled backup), then restore again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a complete ClientManager backup: its manifest is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder named like backup-2026-01-31-170000 that holds manifest.json, practice.db and practice.keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} is damaged: its manifest cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another backup, for example the one from the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new backup did not verify, so it was not kept: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;clientmanager check&apos; on the practice. The earlier backups were not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no erasure ledger at {extra}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point --ledger at an erasures.ledger file (every backup folder has one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure ledger {extra} cannot be opened with this backup&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ledger of a backup of this practice taken with the same key (before any re-key), or unlock with the recovery code of that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice is already in this folder; unlock it before restoring over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator (or use the recovery code) so it can be backed up first, or restore into an empty folder with --data-dir. If the practice is damaged and will not open, use --replace-damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup changed while it was being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it to this computer&apos;s disk first, then restore from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database could not be closed cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of another practice ({practice}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it into an empty folder with --data-dir instead. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purged copy of {name} did not verify: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup itself was not changed. Run &apos;clientmanager check&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another backup is being written to this folder right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for it to finish (a scheduled task or another copy of the app), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not match the backup: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive may be failing. Try another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping a copy of the damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping a copy of the damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no breach {breach_id} in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice cannot be drafted yet: the register does not say {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill these in on the breach, then draft again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup stopped before it finished: its process ended unexpectedly (exit code {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partial backup was kept and the earlier backups are unchanged. It will be tried again later; if it keeps stopping, run &apos;clientmanager backup&apos; from a terminal to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;clientmanager backup&apos; from a terminal to see more, or &apos;clientmanager check&apos; if it keeps failing. The earlier backups are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice database changed while the backup was starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the practice, unlock it again, then take the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup stopped before it finished: its process did not start in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup stopped before it finished: its process was stopped (signal {signal}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a backup of a practice on an office server: it restores into a new, empty database on a server, not into a data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty database on the server, then run: clientmanager restore BACKUP --server postgresql://OWNER@SERVER/NEWDB --app-login LOGIN --data-dir NEW-FOLDER. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s folder {folder} points at the practice on the office server, so a backup from one PC cannot be restored into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it into another folder with --data-dir. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters cannot be drafted yet: the register does not say {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the chosen people are not in this practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the affected people from the client list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice could not be written to {parent}: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not a readable backup manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the manifest.json inside a backup folder (backup-YYYY-MM-DD-HHMMSS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters could not be written to {folder}: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space; {count} letters were written before the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One field needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this {thing} while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at what changed, then reload and make your change again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That client is no longer in the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That {title} is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record of advice is final and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new note or record of advice instead (FAIS General Code s9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a record of advice can be finalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the note&apos;s kind to &apos;Record of advice&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That document is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s contents are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document does not match the fingerprint taken when it was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it from a backup, or attach the original again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the client before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That {title} belongs to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may change contact details only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a planner to change the other details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They may have been merged or erased. Search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That policy is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kind (upfront, ongoing, advice_fee) and how often (once, monthly, annual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected amount must be more than R 0.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt needs the provider and the policy number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown statement field(s): {unknown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it a CSV file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which provider the statement is from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement&apos;s columns for {missing} are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map them, e.g. --map &apos;Policy No=policy_number,Commission=amount,Month=period&apos;. Columns: {headers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement has no column {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: {headers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last month is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile at most ten years at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a .csv or .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent only if the person asks for marketing themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request number {request_id} in the rights register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {request_id} is not an open deletion request for a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the number with &apos;clientmanager rights list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client with the number {client_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold is on this person: nothing may be deleted while it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the hold (Retention ▸ Legal holds) when the matter is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no disclosure number {disclosure_id} in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document number {document_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two clients is no longer in the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the duplicates list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two clients is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it from the archive first if it really is a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON export is of the whole practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use export_practice_json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A marketing list never includes restricted or objecting clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the lawful purpose, or export for a general purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard version {requested} is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 3.0 (Outlook, phones) or 4.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a file; one card per file needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of a new or empty folder to write the .vcf files into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole-practice export is an encrypted archive: it needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a password (the command line makes a random one and shows it once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a ClientManager practice export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the file written by &apos;clientmanager export --format json&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} uses export format version {found}; this program reads version {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it with the version of ClientManager that wrote it, or a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is of database version {found}, this practice is at {here}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the export&apos;s practice with this version of ClientManager first, so it is upgraded, and export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice already holds clients; a practice export can only be loaded into a new, empty practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new practice with &apos;clientmanager init&apos; and load the export there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{recipient_category!r} is not a kind of recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: {categories}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{recipient_basis!r} is not a lawful basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: {bases}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the recipient receives this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose goes into each client&apos;s disclosure register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable practice export ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the .json or .zip file written by &apos;clientmanager export --format json&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is encrypted and the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is encrypted and the password is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password shown when the export was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is not linked to this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in another household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove them from that household first, then link them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the .ics file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file is larger than 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an iCalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the calendar as .ics first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a line far too long for a client list{where}: more than {limit:,} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is the client list exported from the old system or Excel. An unclosed quote mark can also join the whole file into one line: open it in a spreadsheet program, save it as CSV again, and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved column mapping called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mappings: {saved}. Save one in the import wizard, or pass --map COLUMN=FIELD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row and no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the spreadsheet with a first row of column names, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an Excel .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in Excel and save it as .xlsx or as CSV, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not look like a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the client list from the old system or Excel as CSV or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no sheet with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the client list on the first sheet with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no contact cards (BEGIN:VCARD ... END:VCARD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the contacts again as vCard (.vcf) or as CSV, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the mapped columns are in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns again, or use a mapping saved for files like this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} could not be opened ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it in Excel or any other program that has it open, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is malformed near line {line_num}: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in a spreadsheet program, check that line, and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be damaged or password-protected. Open it in Excel, save a copy as .xlsx or CSV, and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field(s) in the template: {unknown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields you can use: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no letter template called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See them with: clientmanager letters templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template name is 2-60 letters, digits or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. birthday_2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r} is a built-in template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a purpose (service or marketing) and a recipient (client or provider).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a title, a subject and a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. --clients 1,2,3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called {who!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;clientmanager users list&apos; to see the user names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is disabled and cannot look after clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active planner, or enable the account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is not a planner; clients are looked after by planners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a planner (or the practice manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select clients in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients are already {user}&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} accounts may not {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the practice manager if your work needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is looked after by another planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice manager can reassign the client, or allow planners to see every client in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yearly escalation must be between 0% and 50%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 10 for 10%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown policy status {status!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {statuses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is already {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice database was written by a newer version of ClientManager (schema {revision}), which this version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Install the newest version of ClientManager on this PC (the one the practice was last opened with), then open the practice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no practice database in {data_dir}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one with &apos;clientmanager init&apos;, choose the right folder with --data-dir, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice already exists in {data_dir}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another folder with --data-dir, or open the existing practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice database is damaged: {damaged} page(s) failed their encryption check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice was locked. Run &apos;clientmanager check&apos; for details, then restore the most recent verified backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not active in the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the practice manager to enable the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice already exists in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice database has no practice record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be damaged. Restore the most recent backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file belongs to a different practice than this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the practice.keys file that came with this database, or restore both from the same backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called {user!r} in this practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {user!r} is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable it with a new password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server&apos;s database is at an older schema than this version of ClientManager needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice manager upgrades it with &apos;clientmanager server init URL&apos; (the server&apos;s owner account), then this PC opens the practice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server does not hold this PC&apos;s practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this PC up again with &apos;clientmanager join --server URL&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice was given a new key on another computer or in another window (a user was disabled), so this window must unlock it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with your password. The database is not damaged and nothing was lost; work not yet saved here must be entered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person, a company and a trust are never one client, so these two cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both. Choose two clients of the same kind to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company or trust has no household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link its directors, or its trustees and beneficiaries, to it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This relationship is kept on {name}&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {name} and change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the surname, the full name or the company or trust name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the column that holds the client&apos;s surname, full name, or company or trust name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They may have been merged or erased (the erasure ledger says when). Search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the clients in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice database is damaged: {damaged} page(s) failed their encryption check, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was read or changed. Run &apos;clientmanager check&apos; for details, then restore the most recent verified backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database already holds a practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this PC up for it with &apos;clientmanager join --server URL&apos;, or give the new practice its own database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database has no ClientManager practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one there first with &apos;clientmanager init --server URL&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database has no practice yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it with &apos;clientmanager init --server URL&apos; on the first PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice database needs an upgrade, which cannot be done while another copy of ClientManager has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other copy, then open the practice here again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no retention rule called {category!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;clientmanager retention schedule&apos; to see the categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active legal hold {hold_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been released already; the list of holds shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of these people asked for deletion and must be told what was deleted and what was kept (POPIA s24(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for their letters and approve again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record_type} {record_id} is not one of this person&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the record from the person&apos;s own list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion letters could not be written to {folder}: {strerror}. Nothing was destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space, and approve again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is under a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is under a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client {client_id} {state} for destruction on {today:%d %B %Y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the review again and approve only what it lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown review frequency {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {frequencies}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user is not in the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review is already booked for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that review, or cancel its task, before booking another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {minutes}-minute review does not fit between {day_starts:%H:%M} and {day_ends:%H:%M}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose shorter slots or a longer working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review slot must be at least a minute long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one client to book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: cover, retirement funds, beneficiaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review must be after this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called {user!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See: clientmanager users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record of advice is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record of advice is already final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new record of advice instead (FAIS General Code s9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record-of-advice template called {key!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates: {templates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the server&apos;s owner account: the desktops must not sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --app-login NAME: init creates that login for the desktops, with no right to change the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a backup of a practice on one PC; it restores into a data folder, not into a server database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the restore without --server. Moving a practice to the server is &apos;clientmanager server migrate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice is already in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new, empty folder with --data-dir; then set the other PCs up for the restored practice with &apos;clientmanager join&apos;. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored audit trail does not verify: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another backup. The server database was emptied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login {login} may not create databases, so the backup cannot be restored into a scratch database on the server to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it again with --owner NAME: the server&apos;s owner account (its password is asked for, or CLIENTMANAGER_SERVER_PASSWORD). The backup was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {database} on the server is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore goes into a new, empty database (create one on the server, e.g. createdb), so nothing there is overwritten. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database is not the practice the backup names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy does not hold the same rows as the practice ({tables}), so nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice is as it was. Run &apos;clientmanager check&apos;, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail did not verify on the copy ({problem}), so nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice is as it was. Run &apos;clientmanager audit verify&apos; on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server stopped the move ({kind}), so nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database holds no practice and the practice on this PC is as it was. Check that the server is on and has room, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice is already on the office server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bring it back into a file on this PC, use &apos;clientmanager server migrate --to-file&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice is already in a file on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move it to the office server, use &apos;clientmanager server migrate --to URL&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target database refused a row of the table {table} ({kind}), so nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both the target and the practice are as they were. Run &apos;clientmanager check&apos; on the practice, and tell support the table&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --app-login NAME: the move creates that login for the desktops, with no right to change the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database already holds a practice, so nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this practice its own, empty database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database is not prepared for ClientManager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s owner account instead (with --app-login), or prepare it first with &apos;clientmanager server init URL --app-login NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting called {key!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;clientmanager settings show&apos; to see the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the practice manager and the compliance officer may see the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the practice manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the number with &apos;clientmanager rights list&apos;. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {request_id} is already {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new access request if the person asked again. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {request_id} is a request for {kind}, not for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data-subject package answers an access or portability request only. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {request_id} was made for another client (client {client_id}), not client {client_id2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client and request numbers. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .zip for the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be written to {parent} ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists, is writable and has free space, then try again. Nothing was recorded as disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full ({folder}): nothing more could be written ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing already saved was lost; the step that needed space was not done. Free some space (empty the recycle bin, move large files off this disk), then try again. Do not restore a backup: the practice database is not damaged. Nothing was recorded as disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the register; it may have been entered on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {id} is already {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new request if the person has asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {id} has already been extended once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAIA s57 allows a single extension of up to 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {id} is not a correction request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {id} is not linked to a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link it to the client record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {id} is not a correction request for a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been corrected under request {id} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the record first; the letter confirms what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the request against the client it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity of whoever made request {id} has not been verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify it first (for example: ID book seen), then act on the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {id} is of an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag is 1 to 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;medical aid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client(s) {clients} are not in the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved search needs a name of 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved search called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {saved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called {planner!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called {assigned_to!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called {name!r} in this practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling; &apos;clientmanager users list&apos; shows every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed-in user can change their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your user name and password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another user name, or enable the existing account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another practice manager can do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {user!r} is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only active practice manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make someone else a practice manager first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {user!r} is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password exactly, then the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable it, which sets a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice database is damaged: part of it failed its encryption check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more was written. Run &apos;clientmanager check&apos; for details, then restore the most recent verified backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice database is busy: {who} is writing to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Wait for it to finish, or close it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice database {name} could not be opened with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file may belong to a different practice or the database may be damaged. Nothing was changed. Restore the matching key-slot file, or restore the most recent backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another task in this copy of ClientManager (such as a backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another task in this copy of ClientManager (such as a backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice is open read-only here, so nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy of ClientManager has it open for changes. Close it there, then lock and unlock this one to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program (another copy of ClientManager, or a backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program (another copy of ClientManager, or a backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock it again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored {field} value could not be decrypted with the practice key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was changed on the server or comes from another practice. Restore the most recent backup, and ask whoever runs the server what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring ({backend}) did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your password. The key is never stored anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring ({backend}) is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock it (log in to your desktop session) to use the remembered key, or sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring that ClientManager can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your password each time. The key is never stored anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery code has 36 letters and digits in nine groups of four. Type it exactly as printed on the practice&apos;s recovery sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code has a typing mistake in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare each group of four with the printed recovery sheet and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the key-slot file from a backup (every backup carries a copy), or restore a whole backup and unlock it with the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file is damaged: this slot&apos;s checksum does not match, so it cannot be opened. The password may well be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the key-slot file (practice.keys) from a backup, or unlock with another user&apos;s password or the recovery code and set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last user&apos;s key slot cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another user first, so someone can still unlock the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some key slots are in the old format and cannot be re-keyed: {legacy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of those users signs in once (which upgrades their slot); for the recovery code, issue a new one. Then re-key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and Caps Lock and try again. If the password is lost, an administrator can reset it, or use the practice&apos;s recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice has no recovery code set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with a user&apos;s password; an administrator can then issue a new recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code does not unlock this practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure it is the recovery sheet for this practice. Each practice, and each newly issued code, has its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slots on the office server are damaged and cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the server&apos;s database from its backup, or ask support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file {name} is missing from {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it the practice database cannot be unlocked. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file {name} could not be read ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder is reachable and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file {name} is damaged and cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety copy taken before a schema upgrade did not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was upgraded. Run &apos;clientmanager check&apos; and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL program {tool} is not installed on this PC, so backups of the office server cannot be taken, checked or restored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install PostgreSQL&apos;s client programs, version 15 or newer and not older than the server (Debian or Ubuntu: apt install postgresql-client; Windows and macOS: the &quot;Command Line Tools&quot; of the PostgreSQL installer), or set CLIENTMANAGER_PG_BIN to the folder that holds pg_dump and pg_restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tool} failed (exit code {code}): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the office server is reachable and that this PC&apos;s PostgreSQL client programs are not older than the server. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s dump file is damaged: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored or changed. Use another backup, for example the one from the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL program {tool} is not in {folder} (CLIENTMANAGER_PG_BIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point CLIENTMANAGER_PG_BIN at the folder that holds pg_dump and pg_restore (version 15 or newer, not older than the server), or unset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server&apos;s certificate was not accepted: it is not signed by the certificate file this PC was given, or it was made for another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that sslrootcert in the server address names the practice&apos;s CA file (or the server&apos;s own certificate) and that the address is the name or IP address the certificate was made for. No password and no practice data were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is on and reachable from this PC, and the login&apos;s password (kept in the keyring by &apos;clientmanager join&apos;, or CLIENTMANAGER_APP_PASSWORD). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PC was changing the same records at that moment, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again: the other PC&apos;s change is in place now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number is too large for the office server&apos;s database, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the office server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you were doing was not saved. Check the network and that the server is on, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server holds no key slots for this practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC may point at the wrong server or database: set it up again with &apos;clientmanager join --server URL&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url!r} is not a PostgreSQL address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use postgresql://USER@SERVER:5432/DATABASE?sslmode=verify-full&amp;sslrootcert=CA.pem (or ?host=/run/postgresql on the server PC itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must not contain a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it out: you are asked for it, or set CLIENTMANAGER_SERVER_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address names no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s name (postgresql://USER@SERVER/DATABASE) or its socket folder (?host=/run/postgresql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address needs a user and a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://USER@SERVER/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server did not accept the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the figure you entered (a percentage, a rate or a count, perhaps) and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s name, that PostgreSQL runs there, the user name and password, and the certificate file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These key slots belong to another practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the network the connection must check the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ?sslmode=verify-full&amp;sslrootcert=PATH-TO-CA.pem to the address (the practice&apos;s CA or the server&apos;s own certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s server connection file (practice.server) cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server did not accept that password for its login {login}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the desktops&apos; login password the practice manager chose when the server was set up (not your own ClientManager password), and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice is open for changes by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one copy of ClientManager can change a practice at a time. Close it there first, or open the practice read-only to look things up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read client records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit client records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write notes and records of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finalise records of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or remove documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see documents marked sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data-subject packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export client lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the POPIA registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record data-subject requests and breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change practice settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve destruction of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a client&apos;s planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write records of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export unencrypted copies of ID and other sensitive documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Choose a new password for {user}. Their old password stops working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new code if the printed one may have been seen; the old sheet stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read these settings; only the practice manager edits them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* needed: printed on every letter and notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new recovery code? The printed code stops working; print or write down the new one and lock it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery code was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery code (shown once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down or print this window and lock it away, apart from the computer. Anyone who has it and a copy of the data can read every record.</source>
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
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Import a commission statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sanlam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this mapping for the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectExportDialog</name>
    <message>
        <source>A random passphrase is filled in and shown once: write it down and give it to the client another way than the package (by phone, or in person). Only report.pdf is protected (AES-256): the data files and documents in the zip are not, so hand the zip over in person or on an encrypted drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice settings use the client&apos;s ID number as the PDF password. Warning: once someone knows the date of birth, an ID number is about 10,000 guesses; a random passphrase is much safer (Practice ▸ Settings ▸ PDF password). Only report.pdf is protected (AES-256): hand the zip over in person or on an encrypted drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering the information held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data-subject package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject package (POPIA s23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the package (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the PDF report with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the practice holds about {name}: a PDF report for them, the same information as JSON and spreadsheet files, their documents, and a checksum list. The export is recorded in the disclosure register and the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a child: the package is addressed to {guardian}, the competent person (POPIA s35).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the data-subject package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a password for the PDF, or untick the protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the data-subject package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: no package was written and nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF report opens with the password you chose (AES-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF report is not password-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Package {package} is ready.&lt;/b&gt;&lt;br&gt;{path}&lt;br&gt;{files} files, {size} KB. {protected}&lt;br&gt;It has been recorded in the disclosure register with the client as recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Client summary and fact-find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client first: type a name and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the client summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the client summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags and saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (tick to filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, ID, phone, policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing allowed (POPIA s69)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the chosen saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} client(s): {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved search to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved search {name}? Its clients and tags stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the saved search {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select clients in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged {n} client(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned {n} client(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task for each client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the task to {n} client(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Create a task for each client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Book the annual review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One task each for {clients}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the task is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service (every chosen client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing (only with consent, POPIA s69)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s product provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the selected user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user has their own password, which also unlocks their own copy of the practice key. Disabling a user removes that copy: their password no longer opens the practice. Every change here is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not manage users. Ask the practice manager for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {user}. They can sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is now {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for {user} has been reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is enabled with a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable {name} ({user})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their password will no longer open the practice. Their name stays on the records they made and in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also give the database a new key (recommended when someone leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing they may have kept, such as a key remembered on their computer, will open the practice. Everyone else keeps their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is disabled and the database has a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify identity: request {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ID book seen in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POPIA s23(1) asks for adequate proof of identity before acting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardButtons</name>
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
</context>
<context>
    <name>_Field</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{help}. The law: {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: every planner sees every client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: planners see the clients assigned to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random password, given separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
