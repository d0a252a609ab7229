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
        <source>Create the practice</source>
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
    <message>
        <source>Creating…</source>
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
        <source>Print the recovery sheet…</source>
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
        <source>{app}: recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code unlocks the practice database and its backups when no password is known. Store it in a safe, away from the computer. Replace it from &lt;i&gt;Settings&lt;/i&gt; or with &lt;tt&gt;clientmanager recovery-code&lt;/tt&gt; if it may have been seen by someone else.</source>
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
</context>
</TS>
