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
      <source>Create the practice</source>
      <translation>Skep die praktyk</translation>
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
      <source>Type the administrator's name.</source>
      <translation>Tik die administrateur se naam.</translation>
    </message>
    <message>
      <source>The two passwords are different.</source>
      <translation>Die twee wagwoorde verskil.</translation>
    </message>
    <message>
      <source>Creating…</source>
      <translation>Besig om te skep…</translation>
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
      <source>The unlocked key is kept in the operating system's keyring for your account, so you are not asked for the password here. It is never stored in a plain file.</source>
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
      <source>Officer's email</source>
      <translation>Beampte se e-pos</translation>
    </message>
    <message>
      <source>Officer's phone</source>
      <translation>Beampte se telefoon</translation>
    </message>
    <message>
      <source>Type the practice's name.</source>
      <translation>Tik die praktyk se naam.</translation>
    </message>
    <message>
      <source>Name the information officer (POPIA s55).</source>
      <translation>Noem die inligtingsbeampte (POPIA art. 55).</translation>
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
      <source>Print the recovery sheet…</source>
      <translation>Druk die herstelblad…</translation>
    </message>
    <message>
      <source>I have printed or written down the recovery code and will lock it away</source>
      <translation>Ek het die herstelkode gedruk of neergeskryf en sal dit wegsluit</translation>
    </message>
    <message>
      <source>Keep it somewhere safe and apart from the computer, such as the practice's safe. Anyone who has the code and a copy of the data can read every record.</source>
      <translation>Hou dit op ’n veilige plek, weg van die rekenaar, soos die praktyk se kluis. Enigiemand wat die kode en ’n afskrif van die data het, kan elke rekord lees.</translation>
    </message>
    <message>
      <source>{app}: recovery sheet</source>
      <translation>{app}: herstelblad</translation>
    </message>
    <message>
      <source>This code unlocks the practice database and its backups when no password is known. Store it in a safe, away from the computer. Replace it from &lt;i&gt;Settings&lt;/i&gt; or with &lt;tt&gt;clientmanager recovery-code&lt;/tt&gt; if it may have been seen by someone else.</source>
      <translation>Hierdie kode ontsluit die praktykdatabasis en sy rugsteune wanneer geen wagwoord bekend is nie. Bêre dit in ’n kluis, weg van die rekenaar. Vervang dit via &lt;i&gt;Instellings&lt;/i&gt; of met &lt;tt&gt;clientmanager recovery-code&lt;/tt&gt; as iemand anders dit dalk gesien het.</translation>
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
  </context>
</TS>
