; Inno Setup script for the Windows installer (built by .github/workflows/bundle.yml):
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\dist\g40desk packaging\g40desk.iss
; Per-user install without admin rights, a Start-menu entry, and .g40pack files opening in g40desk.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\g40desk"
#endif

[Setup]
AppId={{6C0F4B2E-40D5-4B8A-9E43-2F0C4D1A7B40}
AppName=g40desk
AppVersion={#AppVersion}
AppPublisher=Stedennetwerk G40
AppComments=Briefings voor G40-lobbygesprekken
DefaultDirName={autopf}\g40desk
DefaultGroupName=g40desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
LicenseFile=..\LICENSE
OutputDir=..\dist
OutputBaseFilename=g40desk-{#AppVersion}-setup
SetupIconFile=..\build\pyinstaller\icons\g40desk.ico
UninstallDisplayIcon={app}\g40desk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\g40desk"; Filename: "{app}\g40desk.exe"
Name: "{autodesktop}\g40desk"; Filename: "{app}\g40desk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; HKA is HKCU for a per-user install, HKLM when an administrator installs for everyone.
Root: HKA; Subkey: "Software\Classes\.g40pack"; ValueType: string; ValueName: ""; ValueData: "g40desk.pack"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\g40desk.pack"; ValueType: string; ValueName: ""; ValueData: "G40-briefingpakket"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\g40desk.pack\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\g40desk.exe,0"
Root: HKA; Subkey: "Software\Classes\g40desk.pack\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\g40desk.exe"" ""%1"""

[Run]
Filename: "{app}\g40desk.exe"; Description: "{cm:LaunchProgram,g40desk}"; Flags: nowait postinstall skipifsilent
