<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <location filename="../../g40desk/gui/controllers/exporting.py" line="189" />
        <source>De gesprekskaart wordt ongeveer %n pagina's (%1 vragen). Kort vragen of gesprekspunten in, of kies de briefingnotitie. Toch exporteren?</source>
        <translation><numerusform>De gesprekskaart wordt ongeveer %n pagina (%1 vragen). Kort vragen of gesprekspunten in, of kies de briefingnotitie. Toch exporteren?</numerusform><numerusform>De gesprekskaart wordt ongeveer %n pagina's (%1 vragen). Kort vragen of gesprekspunten in, of kies de briefingnotitie. Toch exporteren?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/controllers/exporting.py" line="298" />
        <source>Geannuleerd na %n notities.</source>
        <translation><numerusform>Geannuleerd na %n notitie.</numerusform><numerusform>Geannuleerd na %n notities.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/controllers/exporting.py" line="300" />
        <source>%n notities en een eisenmatrix geschreven in %1.</source>
        <translation><numerusform>%n notitie en een eisenmatrix geschreven in %1.</numerusform><numerusform>%n notities en een eisenmatrix geschreven in %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/controllers/exporting.py" line="326" />
        <source>%n wijzigingen uit %1 overgenomen.</source>
        <translation><numerusform>%n wijziging uit %1 overgenomen.</numerusform><numerusform>%n wijzigingen uit %1 overgenomen.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../g40desk/gui/dialogs/import_dialog.py" line="20" />
        <source>Wijzigingen (%n)</source>
        <translation><numerusform>Wijziging (%n)</numerusform><numerusform>Wijzigingen (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/dialogs/import_dialog.py" line="27" />
        <source>Niet overgenomen (%n)</source>
        <translation><numerusform>Niet overgenomen (%n)</numerusform><numerusform>Niet overgenomen (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../g40desk/gui/main_window.py" line="269" />
        <source>%n onderdelen uit het pakket gehaald, ook aangepaste.</source>
        <translation><numerusform>%n onderdeel uit het pakket gehaald, met uw aanpassingen.</numerusform><numerusform>%n onderdelen uit het pakket gehaald, ook aangepaste.</numerusform></translation>
    </message>
</context>
<context>
    <name>NoteOptionsBox</name>
    <message numerus="yes">
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="264" />
        <source>Ongeveer %n pagina's: past niet op één pagina.</source>
        <translation><numerusform>Ongeveer %n pagina: past niet op één pagina.</numerusform><numerusform>Ongeveer %n pagina's: past niet op één pagina.</numerusform></translation>
    </message>
</context>
<context>
    <name>PackDocument</name>
    <message numerus="yes">
        <location filename="../../g40desk/gui/document.py" line="150" />
        <source>%n onderdelen toevoegen</source>
        <translation><numerusform>%n onderdeel toevoegen</numerusform><numerusform>%n onderdelen toevoegen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/document.py" line="159" />
        <source>%n onderdelen verwijderen</source>
        <translation><numerusform>%n onderdeel verwijderen</numerusform><numerusform>%n onderdelen verwijderen</numerusform></translation>
    </message>
</context>
<context>
    <name>PackStarts</name>
    <message numerus="yes">
        <location filename="../../g40desk/gui/controllers/starting.py" line="82" />
        <source>%n teksten van de vorige doelgroep bleven achter.</source>
        <translation><numerusform>%n tekst van de vorige doelgroep bleef achter.</numerusform><numerusform>%n teksten van de vorige doelgroep bleven achter.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/controllers/starting.py" line="84" />
        <source>Nog na te kijken: %n teksten (gemarkeerd bij het onderdeel).</source>
        <translation><numerusform>Nog na te kijken: %n tekst (gemarkeerd bij het onderdeel).</numerusform><numerusform>Nog na te kijken: %n teksten (gemarkeerd bij het onderdeel).</numerusform></translation>
    </message>
</context>
<context>
    <name>StandingsDialog</name>
    <message numerus="yes">
        <location filename="../../g40desk/gui/dialogs/standings.py" line="194" />
        <source>%n overleggen met uitkomst</source>
        <translation><numerusform>%n overleg met uitkomst</numerusform><numerusform>%n overleggen met uitkomst</numerusform></translation>
    </message>
</context>
</TS>