; Inno Setup script: a per-user installer for the Windows bundle (see packaging/README.md).
; Build the bundle first (build\bundle\dist\Prachakhom), then:  iscc packaging\prachakhom.iss
; Not run in CI (Inno Setup is Windows-only); written against Inno Setup 6.

#define AppName "Prachakhom"
#define AppVersion "0.1.0"
#define Bundle "..\build\bundle\dist\Prachakhom"

[Setup]
AppId={{5C1E7B0A-2F4D-4C55-9C1B-7A0D3E6B2F11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Prachakhom
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\build
OutputBaseFilename=Prachakhom-setup
LicenseFile=..\LICENSE
UninstallDisplayIcon={app}\Prachakhom.exe
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Thai wizard text; add an unofficial Thai.isl here when one is chosen.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Prachakhom.exe"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\Prachakhom.exe"; Tasks: desktopicon

[Registry]
; .prachakhom files open in the app (per user)
Root: HKCU; Subkey: "Software\Classes\.prachakhom"; ValueType: string; ValueData: "Prachakhom.Workshop"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Prachakhom.Workshop"; ValueType: string; ValueData: "Prachakhom workshop file"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Prachakhom.Workshop\DefaultIcon"; ValueType: string; ValueData: "{app}\Prachakhom.exe,0"
Root: HKCU; Subkey: "Software\Classes\Prachakhom.Workshop\shell\open\command"; ValueType: string; ValueData: """{app}\Prachakhom.exe"" ""%1"""

[Run]
Filename: "{app}\Prachakhom.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
; The uninstaller removes only the program: workshop files, backups (%LOCALAPPDATA%\Prachakhom)
; and settings stay.
