; Inno Setup 6 script: the Windows installer for ClientManager Desktop.
;
; Build the one-folder app first (on Windows), then compile this script:
;   .venv\Scripts\pyinstaller --noconfirm --clean --distpath build\dist --workpath build\pyinstaller installer\clientmanager.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\clientmanager.iss
; Output: build\installer\ClientManager-Setup-<version>.exe
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
#define BundleDir "..\build\dist\ClientManager"
#define DataDir "{localappdata}\ClientManager\ClientManager"

[Setup]
; Never change AppId: upgrades and the uninstaller find the installation by it.
AppId={{6E0B7C3A-2F4D-4C1B-9A57-3D8E1F5B2C90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ClientManager
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\ClientManager
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights by default; an
; administrator can choose "for all users" in the first dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\resources\icons\clientmanager.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\build\installer
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

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Encrypted, offline client manager"
Name: "{group}\ClientManager command prompt"; Filename: "{cmd}"; Parameters: "/k ""cd /d ""{app}"" && {#CliExe} --help"""; WorkingDir: "{app}"; Comment: "clientmanager-cli: check, backup, export-subject..."
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Deliberately no [UninstallDelete] and no [Dirs] entry for the data folder: Inno Setup
; removes only what it installed, so the practice database, its key slots and backups
; always survive an uninstall or an upgrade.

[Code]
function DataFolder(): String;
var
  Override: String;
begin
  Override := GetEnv('CLIENTMANAGER_DATA_DIR');
  if Override <> '' then
    Result := Override
  else
    Result := ExpandConstant('{#DataDir}');
end;

function InitializeUninstall(): Boolean;
begin
  Result := True;
  if not UninstallSilent() then
    Result := MsgBox(
      'This removes the ClientManager program from this computer.' + #13#10#13#10 +
      'Your practice data (the encrypted database, its keys and its backups) is NOT' +
      ' removed. It stays in:' + #13#10 + '    ' + DataFolder() + #13#10#13#10 +
      'Continue?', mbConfirmation, MB_YESNO) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
  begin
    if DirExists(DataFolder()) then
      MsgBox(
        'ClientManager was removed. Your practice data was kept and is still in:' +
        #13#10 + '    ' + DataFolder() + #13#10#13#10 +
        'Reinstall ClientManager to use it again, or copy that folder (with its' +
        ' "backups" folder) to a new computer. Delete it yourself only when you are' +
        ' sure it is no longer needed and the records the law requires you to keep' +
        ' (FAIS, FICA) are kept elsewhere.', mbInformation, MB_OK)
    else
      MsgBox(
        'ClientManager was removed. No practice data was found in' + #13#10 +
        '    ' + DataFolder() + #13#10 +
        'If you chose another data folder, it was not touched either.',
        mbInformation, MB_OK);
  end;
end;
