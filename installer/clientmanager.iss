; Inno Setup 6 script: the Windows installer for ClientManager Desktop.
;
; Build the one-folder app first (on Windows), then compile this script:
;   .venv\Scripts\pyinstaller --noconfirm --clean --distpath build\dist --workpath build\pyinstaller installer\clientmanager.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\clientmanager.iss
; Output: build\installer\ClientManager-Setup-<version>.exe
; CI compiles it under wine with the npm "innosetup" package's ISCC.exe (tests/packaging/
; test_windows_installer.py), passing /DBundleDir= and /DOutputDir=.
;
; Pascal note: a [Code] line must never START with "#" (ISPP reads it as a preprocessor
; directive: keep #13#10 at the end of the previous line), and "Override" is a reserved
; word in Inno's Pascal Script.
;
; The installer puts the PROGRAM in Program Files (or the user's Programs folder when
; installed without administrator rights). The PRACTICE DATA is never in the program
; folder: it lives in %LOCALAPPDATA%\ClientManager\ClientManager (or wherever
; CLIENTMANAGER_DATA_DIR points), which this installer never creates, changes or deletes.
; Uninstalling removes the program only and then says where the data is.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "ClientManager Desktop"
#define AppExe "ClientManager.exe"
#define CliExe "clientmanager-cli.exe"
#ifndef BundleDir
  #define BundleDir "..\build\dist\ClientManager"
#endif
#ifndef OutputDir
  #define OutputDir "..\build\installer"
#endif
#ifndef Compression
  #define Compression "lzma2/max"
#endif
#define DataDir "{localappdata}\ClientManager\ClientManager"
; Never change AppGuid: upgrades and the uninstaller find the installation by it.
#define AppGuid "6E0B7C3A-2F4D-4C1B-9A57-3D8E1F5B2C90"
; The uninstaller is registered as "unins000.exe /SILENT" (see CurStepChanged): Inno's own
; "Are you sure?" box is skipped, so the user answers only ours, which says where the data
; stays. /VERYSILENT (scripts, QuietUninstallString) asks nothing at all.
#define UninstallParams "/SILENT"

[Setup]
AppId={{{#AppGuid}}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ClientManager
AppCopyright=Copyright (C) 2026 ClientManager
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
VersionInfoCompany=ClientManager
VersionInfoDescription={#AppName} Setup
DefaultDirName={autopf}\ClientManager
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; An upgrade (same AppId) goes into the folder of the installed copy.
UsePreviousAppDir=yes
; Installs for the current user without administrator rights by default; an
; administrator can choose "for all users" in the first dialog (or /ALLUSERS).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=licence.txt
SetupIconFile=..\resources\icons\clientmanager.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression={#Compression}
SolidCompression=yes
OutputDir={#OutputDir}
OutputBaseFilename=ClientManager-Setup-{#AppVersion}
; Close a running copy before files are replaced (Windows Restart Manager).
CloseApplications=yes
RestartApplications=no
; No network: the installer downloads nothing and the program never phones home.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole PyInstaller folder: both executables and _internal\ (Qt, Python, SQLCipher,
; resources, migrations). Only these files are removed on uninstall.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle whole: a library the new version no longer ships must
; not stay behind in _internal\ and be loaded by mistake.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Encrypted, offline client manager"
Name: "{group}\ClientManager command prompt"; Filename: "{cmd}"; Parameters: "/k ""cd /d ""{app}"" && {#CliExe} --help"""; WorkingDir: "{app}"; Comment: "clientmanager-cli: check, backup, export-subject..."
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"; Parameters: "{#UninstallParams}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Deliberately no [UninstallDelete] and no [Dirs] entry for the data folder: Inno Setup
; removes only what it installed, so the practice database, its key slots and backups
; always survive an uninstall or an upgrade.

[Code]
function DataFolder(): String;
var
  Custom: String;
begin
  Custom := GetEnv('CLIENTMANAGER_DATA_DIR');
  if Custom <> '' then
    Result := Custom
  else
    Result := ExpandConstant('{#DataDir}');
end;

function UninstallKey(): String;
begin
  Result := 'Software\Microsoft\Windows\CurrentVersion\Uninstall\{{#AppGuid}}_is1';
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Command: String;
begin
  // Setup has written the uninstall entry by now: register the uninstaller with
  // /SILENT so "Apps and features" shows one confirmation (ours), not two.
  if CurStep = ssPostInstall then
  begin
    Command := '"' + ExpandConstant('{uninstallexe}') + '" {#UninstallParams}';
    if RegWriteStringValue(HKA, UninstallKey(), 'UninstallString', Command) then
      Log('Uninstall command registered: ' + Command)
    else
      Log('Could not register the uninstall command');
    // Management tools run QuietUninstallString and expect no questions at all.
    RegWriteStringValue(HKA, UninstallKey(), 'QuietUninstallString',
      '"' + ExpandConstant('{uninstallexe}') + '" /VERYSILENT');
  end;
end;

function VerySilent(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount() do
    if CompareText(ParamStr(I), '/VERYSILENT') = 0 then
      Result := True;
end;

function InitializeUninstall(): Boolean;
begin
  Result := True;
  if VerySilent() then
    Log('Very silent uninstall: no questions asked')
  else
  begin
    Log('Asking the one uninstall confirmation');
    // SuppressibleMsgBox: /SUPPRESSMSGBOXES answers Yes, which is how the tests drive it.
    Result := SuppressibleMsgBox(
      'This removes the ClientManager program from this computer.' + #13#10#13#10 +
      'Your practice data (the encrypted database, its keys and its backups) is NOT' +
      ' removed. It stays in:' + #13#10 + '    ' + DataFolder() + #13#10#13#10 +
      'Continue?', mbConfirmation, MB_YESNO, IDYES) = IDYES;
    if not Result then
      Log('The user kept the program');
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not VerySilent() then
  begin
    if DirExists(DataFolder()) then
    begin
      Log('Data folder kept: ' + DataFolder());
      SuppressibleMsgBox(
        'ClientManager was removed. Your practice data was kept and is still in:' + #13#10 +
        '    ' + DataFolder() + #13#10#13#10 +
        'Reinstall ClientManager to use it again, or copy that folder (with its' +
        ' "backups" folder) to a new computer. Delete it yourself only when you are' +
        ' sure it is no longer needed and the records the law requires you to keep' +
        ' (FAIS, FICA) are kept elsewhere.', mbInformation, MB_OK, IDOK);
    end
    else
    begin
      Log('No data folder at: ' + DataFolder());
      SuppressibleMsgBox(
        'ClientManager was removed. No practice data was found in' + #13#10 +
        '    ' + DataFolder() + #13#10 +
        'If you chose another data folder, it was not touched either.',
        mbInformation, MB_OK, IDOK);
    end;
  end;
end;
