#!/bin/bash
# Signs dist/g40desk.app with a Developer ID certificate (hardened runtime, secure timestamp),
# or, with "dmg FILE", signs the disk image, has Apple notarise it and staples the ticket.
# Needs the repository secrets docs/bundle.md names; without them it signs nothing, prints a
# notice and succeeds, so forks and pull requests still build (the app keeps PyInstaller's
# ad-hoc signature, which Apple-silicon Macs require to run it at all).
#
#   packaging/sign-macos.sh app dist/g40desk.app
#   packaging/sign-macos.sh dmg dist/g40desk-0.1.0-macos-arm64.dmg
set -euo pipefail

what=$1
target=$2

if [ -z "${MACOS_CERT_P12_BASE64:-}" ] || [ -z "${MACOS_CERT_PASSWORD:-}" ] || [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "::notice title=Niet ondertekend::Geen Developer ID-certificaat ingesteld; $target blijft onondertekend en niet genotariseerd (docs/bundle.md)."
  exit 0
fi

keychain="$RUNNER_TEMP/g40desk-signing.keychain-db"
if [ ! -f "$keychain" ]; then
  password=$(uuidgen)
  security create-keychain -p "$password" "$keychain"
  security set-keychain-settings -lut 3600 "$keychain"
  security unlock-keychain -p "$password" "$keychain"
  echo "$MACOS_CERT_P12_BASE64" | base64 --decode > "$RUNNER_TEMP/cert.p12"
  security import "$RUNNER_TEMP/cert.p12" -k "$keychain" -P "$MACOS_CERT_PASSWORD" -T /usr/bin/codesign
  rm -f "$RUNNER_TEMP/cert.p12"
  security set-key-partition-list -S apple-tool:,apple: -s -k "$password" "$keychain" >/dev/null
  security list-keychains -d user -s "$keychain" login.keychain-db
fi

sign() {
  codesign --force --timestamp --options runtime --keychain "$keychain" --sign "$MACOS_SIGN_IDENTITY" "$@"
}

case $what in
  app)
    # Inside out: every library and executable first, then the bundle itself (no --deep).
    find "$target/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 |
      while IFS= read -r -d '' file; do
        if file "$file" | grep -q 'Mach-O'; then sign "$file"; fi
      done
    sign "$target"
    codesign --verify --strict --deep --verbose=2 "$target"
    ;;
  dmg)
    sign "$target"
    if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
      echo "::notice title=Niet genotariseerd::Geen Apple ID voor notarytool ingesteld; $target is ondertekend maar niet genotariseerd."
      exit 0
    fi
    xcrun notarytool submit "$target" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
    xcrun stapler staple "$target"
    xcrun stapler validate "$target"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$target"
    ;;
  *)
    echo "sign-macos.sh: gebruik: sign-macos.sh app|dmg PAD" >&2
    exit 2
    ;;
esac
