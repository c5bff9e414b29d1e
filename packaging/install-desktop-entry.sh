#!/bin/sh
# Adds this g40desk folder to the Linux desktop: a menu entry, .g40pack files opening in g40desk,
# and the icons. It copies the files from share/ beside it, with this folder's path filled in.
#
#   ./install-desktop-entry.sh                    for you (in ~/.local/share)
#   sudo ./install-desktop-entry.sh --system      for every user (in /usr/local/share)
#   ./install-desktop-entry.sh --remove [--system]
#
# Move the g40desk folder first, then run this; run it again after moving it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
app_id=nl.g40.g40desk
mime_icon=application-x-g40pack
target=${XDG_DATA_HOME:-$HOME/.local/share}
remove=no

for arg in "$@"; do
  case $arg in
    --system) target=/usr/local/share ;;
    --remove) remove=yes ;;
    *) echo "install-desktop-entry.sh: onbekende optie '$arg' (--system, --remove)" >&2; exit 2 ;;
  esac
done

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$target/mime" >/dev/null 2>&1 || true; fi
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$target/applications" >/dev/null 2>&1 || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$target/icons/hicolor" >/dev/null 2>&1 || true; fi
}

if [ "$remove" = yes ]; then
  rm -f "$target/applications/$app_id.desktop" "$target/mime/packages/$app_id.xml"
  for icon in "$target"/icons/hicolor/*/apps/"$app_id".* "$target"/icons/hicolor/*/mimetypes/"$mime_icon".*; do
    rm -f "$icon"
  done
  refresh
  echo "g40desk is uit het menu van $target verwijderd."
  exit 0
fi

if [ ! -x "$here/g40desk" ] || [ ! -d "$here/share" ]; then
  echo "install-desktop-entry.sh: $here is geen g40desk-map (g40desk of share/ ontbreekt)" >&2
  exit 1
fi

mkdir -p "$target/applications" "$target/mime/packages"
# Exec quotes the path (it may hold spaces); TryExec takes it as it is.
sed -e "s|^Exec=g40desk |Exec=\"$here/g40desk\" |" -e "s|^TryExec=g40desk\$|TryExec=$here/g40desk|" \
  "$here/share/applications/$app_id.desktop" > "$target/applications/$app_id.desktop"
cp "$here/share/mime/packages/$app_id.xml" "$target/mime/packages/"
(cd "$here/share" && find icons -type f) | while read -r icon; do
  mkdir -p "$target/$(dirname "$icon")"
  cp "$here/share/$icon" "$target/$icon"
done
refresh
echo "g40desk staat in het menu ($target/applications/$app_id.desktop); .g40pack-bestanden openen in g40desk."
