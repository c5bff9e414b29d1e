"""English for the strings about files: changed on disk, locks, recovery, damaged user files (issue 21)."""

FILES = {
    # a pack changed on disk by another program (gui/controllers/disk_watch.py)
    "‘%s’ is buiten g40desk gewijzigd (door een collega of een synchronisatieprogramma).":
        "‘%s’ was changed outside g40desk (by a colleague or a sync program).",
    "Herladen": "Reload",
    "Uw wijzigingen zijn nog niet opgeslagen; bij opslaan kiest u welke versie blijft.":
        "Your changes are not saved yet; when you save, you choose which version stays.",
    "Mijn versie houden": "Keep my version",
    "Pakket is buiten g40desk gewijzigd": "Pack was changed outside g40desk",
    "%s is gewijzigd sinds u het opende of opsloeg, door een collega of een synchronisatieprogramma "
    "(zoals OneDrive). Er is niets overschreven.\n\nHerladen: de andere versie openen (uw "
    "wijzigingen vervallen).\nMijn versie houden: uw versie opslaan; de andere blijft ernaast "
    "bewaard als kopie.\nOpslaan als: uw versie onder een andere naam.":
        "%s was changed since you opened or saved it, by a colleague or a sync program (such as OneDrive). "
        "Nothing was overwritten.\n\nReload: open the other version (your changes are dropped).\nKeep my "
        "version: save yours; the other is kept beside it as a copy.\nSave as: save yours under another name.",
    "&Mijn versie houden": "&Keep my version",
    "&Herladen": "&Reload",
    "Opslaan &als…": "Save &as…",
    "andere versie %s": "other version %s",
    "Uw versie is opgeslagen; de andere versie staat ernaast als ‘%s’.":
        "Your version is saved; the other version is beside it as ‘%s’.",
    "Herladen opent de versie op schijf; uw niet-opgeslagen wijzigingen vervallen. Doorgaan?":
        "Reloading opens the version on disk; your unsaved changes are dropped. Continue?",
}
