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
    # restoring after a crash (gui/controllers/restore.py) and damaged files at the start (files.py)
    "Het werk is hersteld als nieuw pakket; sla het op met ‘Opslaan als’.":
        "The work was restored as a new pack; save it with ‘Save as’.",
    "Het werk is hersteld als nieuw pakket; %s is niet overschreven. Sla het op met ‘Opslaan als’.":
        "The work was restored as a new pack; %s was not overwritten. Save it with ‘Save as’.",
    "Pakket is nu geopend door een ander": "Pack is now open by someone else",
    "%s is nu geopend door %s.\n\nU kunt uw herstelde werk als nieuw pakket openen en het daarna onder een "
    "andere naam opslaan, of het pakket overnemen: dan kunnen wijzigingen van de ander verloren gaan.":
        "%s is now open by %s.\n\nYou can open your restored work as a new pack and then save it under another "
        "name, or take the pack over: the other person's changes may then be lost.",
    "Als &nieuw pakket herstellen": "Restore as a &new pack",
    "Beschadigde bestanden opzijgezet": "Damaged files set aside",
    "g40desk is gestart zonder deze eigen bestanden, omdat ze beschadigd of onbruikbaar waren. Ze zijn niet "
    "weggegooid: ze staan hernoemd naast het origineel, voor wie ze wil herstellen.":
        "g40desk started without these files of yours, because they were damaged or unusable. They were not "
        "thrown away: they are renamed beside the original, for whoever wants to repair them.",
    "Herstel staat uit: g40desk kan niet-opgeslagen werk niet bewaren in %s (%s). Na een crash gaat "
    "niet-opgeslagen werk verloren; sla regelmatig op.":
        "Recovery is off: g40desk cannot keep unsaved work in %s (%s). After a crash, unsaved work is lost; "
        "save often.",
    "Nu opslaan": "Save now",
    "de map is alleen-lezen": "the folder is read-only",
    "de schijf is vol": "the disk is full",
    # Windows and shared drives (gui/controllers/files.py, agenda.py)
    "Slotbestand niet verwijderd": "Lock file not removed",
    "g40desk-pakket (*.g40pack *.G40PACK)": "g40desk pack (*.g40pack *.G40PACK)",
    "De gedeelde agendamap %s antwoordt niet (geen netwerk?); g40desk gebruikt de agenda's op deze computer en "
    "leest de map zodra die antwoordt.":
        "The shared agenda folder %s does not answer (no network?); g40desk uses the agendas on this computer "
        "and reads the folder as soon as it answers.",
}
