<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_ZA" sourcelanguage="en_ZA">
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
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} appointment(s)</source>
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
    <name>ClientPicker</name>
    <message>
        <source>Type a name, ID number or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client matches</source>
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
        <source>Policy anniversaries and renewals (90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of advice</source>
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
        <source>Finalising the record of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final and locked. The PDF is document {doc} in the client&apos;s documents; SHA-256 {sha}</source>
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
        <source>Backup folder</source>
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
