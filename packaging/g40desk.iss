; Inno Setup script for the Windows installer (built by .github/workflows/bundle.yml):
;   iscc /DAppVersion=0.1.0 /DOutputName=g40desk-0.1.0-windows-x64-setup packaging\g40desk.iss
; Signed when the workflow passes /DSign and /Sg40sign=... (packaging/sign-windows.ps1).
;
; An advisor without administrator rights installs it for themselves, into
; %LOCALAPPDATA%\Programs\g40desk. IT installs it for every user of the computer, into
; Program Files (where AppLocker's and WDAC's default rules allow programs to run):
;   g40desk-0.1.0-windows-x64-setup.exe /ALLUSERS /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Windows\Temp\g40desk-setup.log"
; and removes it with:
;   "C:\Program Files\g40desk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; docs/deploy.md has the rest (the MSI, Intune, the machine-wide defaults).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\g40desk"
#endif
#ifndef OutputName
  #define OutputName "g40desk-" + AppVersion + "-windows-x64-setup"
#endif

[Setup]
AppId={{6C0F4B2E-40D5-4B8A-9E43-2F0C4D1A7B40}
AppName=g40desk
AppVersion={#AppVersion}
AppVerName=g40desk {#AppVersion}
AppPublisher=Stedennetwerk G40
AppComments=Briefings voor G40-lobbygesprekken
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\g40desk
DefaultGroupName=g40desk
DisableProgramGroupPage=yes
; Per user by default; /ALLUSERS on the command line (or the choice in the first dialog) installs
; for all users into Program Files, with the .g40pack association under HKLM.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
UsePreviousPrivileges=yes
ChangesAssociations=yes
; A running g40desk is closed before its files are replaced, and not restarted by the installer.
CloseApplications=yes
RestartApplications=no
SetupLogging=yes
LicenseFile=..\LICENSE
OutputDir=..\dist
OutputBaseFilename={#OutputName}
SetupIconFile=..\build\pyinstaller\icons\g40desk.ico
UninstallDisplayIcon={app}\g40desk.exe
UninstallDisplayName=g40desk
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
#ifdef Sign
SignTool=g40sign
SignedUninstaller=yes
#endif

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; An upgrade replaces the bundle's library folder whole: files an older version had and this one
; no longer ships must not stay behind (Python would still find and load them).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\g40desk"; Filename: "{app}\g40desk.exe"; Comment: "Briefings voor G40-lobbygesprekken"
Name: "{autodesktop}\g40desk"; Filename: "{app}\g40desk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; HKA is HKCU for a per-user install, HKLM when installed for all users.
Root: HKA; Subkey: "Software\Classes\.g40pack"; ValueType: string; ValueName: ""; ValueData: "g40desk.pack"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.g40pack"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-g40pack"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.g40pack\OpenWithProgids"; ValueType: string; ValueName: "g40desk.pack"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\g40desk.pack"; ValueType: string; ValueName: ""; ValueData: "G40-briefingpakket"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\g40desk.pack\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\g40desk.exe,0"
Root: HKA; Subkey: "Software\Classes\g40desk.pack\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\g40desk.exe"" ""%1"""
; Where and which version, for a detection rule (the MSI writes the same values).
Root: HKA; Subkey: "Software\Stedennetwerk G40\g40desk"; ValueType: string; ValueName: "InstallDir"; ValueData: "{app}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Stedennetwerk G40\g40desk"; ValueType: string; ValueName: "Version"; ValueData: "{#AppVersion}"; Flags: uninsdeletevalue

[Run]
Filename: "{app}\g40desk.exe"; Description: "{cm:LaunchProgram,g40desk}"; Flags: nowait postinstall skipifsilent
