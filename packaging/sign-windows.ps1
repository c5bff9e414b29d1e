# Signs Windows files (exe, msi) with signtool, through Azure Artifact Signing (formerly Trusted
# Signing) or an organisation's own PFX certificate, whichever the repository has secrets for
# (docs/bundle.md, "Signing"). With neither it signs nothing, says so in a notice and succeeds, so
# forks and pull requests still build. Called by .github/workflows/bundle.yml and, through
# iscc's /S switch, by Inno Setup for setup.exe and its uninstaller.
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = 'Stop'

$artifact = $env:ARTIFACT_SIGNING_ENDPOINT -and $env:ARTIFACT_SIGNING_ACCOUNT -and $env:ARTIFACT_SIGNING_PROFILE -and $env:AZURE_CLIENT_ID
$pfx = $env:WINDOWS_CERT_PFX_BASE64 -and $env:WINDOWS_CERT_PASSWORD
if (-not ($artifact -or $pfx)) {
    Write-Output "::notice title=Niet ondertekend::Geen ondertekeningsgeheimen ingesteld; $($Files -join ', ') blijft onondertekend (docs/bundle.md)."
    exit 0
}

$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object FullName -Descending | Select-Object -First 1
if (-not $signtool) { throw 'signtool.exe niet gevonden (Windows SDK)' }
$common = @('sign', '/v', '/fd', 'SHA256', '/td', 'SHA256', '/d', 'g40desk')

if ($artifact) {
    # The client library signtool loads; DefaultAzureCredential reads AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET.
    $client = Join-Path $env:RUNNER_TEMP 'artifact-signing'
    if (-not (Test-Path $client)) {
        nuget install Microsoft.ArtifactSigning.Client -Version 1.0.128 -OutputDirectory $client -NonInteractive | Out-Null
    }
    $dlib = Get-ChildItem $client -Recurse -Filter '*CodeSigning.Dlib.dll' | Where-Object FullName -Match 'x64' |
        Select-Object -First 1
    if (-not $dlib) { throw "Dlib van Artifact Signing niet gevonden onder $client" }
    $metadata = Join-Path $env:RUNNER_TEMP 'artifact-signing.json'
    @{ Endpoint = $env:ARTIFACT_SIGNING_ENDPOINT; CodeSigningAccountName = $env:ARTIFACT_SIGNING_ACCOUNT;
       CertificateProfileName = $env:ARTIFACT_SIGNING_PROFILE } | ConvertTo-Json | Set-Content -Encoding utf8 $metadata
    & $signtool.FullName @common /tr 'http://timestamp.acs.microsoft.com' /dlib $dlib.FullName /dmdf $metadata @Files
} else {
    $certificate = Join-Path $env:RUNNER_TEMP 'g40desk-signing.pfx'
    [IO.File]::WriteAllBytes($certificate, [Convert]::FromBase64String($env:WINDOWS_CERT_PFX_BASE64))
    try {
        & $signtool.FullName @common /tr $(if ($env:WINDOWS_TIMESTAMP_URL) { $env:WINDOWS_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }) `
            /f $certificate /p $env:WINDOWS_CERT_PASSWORD @Files
    } finally {
        Remove-Item $certificate -ErrorAction SilentlyContinue
    }
}
if ($LASTEXITCODE -ne 0) { throw "signtool faalde ($LASTEXITCODE) op $($Files -join ', ')" }
& $signtool.FullName verify /pa /v @Files | Out-Null
if ($LASTEXITCODE -ne 0) { throw "handtekening niet geldig op $($Files -join ', ')" }
