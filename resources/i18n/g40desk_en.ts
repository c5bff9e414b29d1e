<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AudienceDialog</name>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="62" />
        <source>Doelgroepen beheren</source>
        <translation>Manage audiences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="73" />
        <source>Geldig op datum</source>
        <translation>Valid on date</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="74" />
        <source>Ook &amp;vervallen en toekomstige tonen</source>
        <translation>Also show &amp;ended and future ones</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="78" />
        <source>Organisaties en rollen</source>
        <translation>Organisations and roles</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="85" />
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="89" />
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="95" />
        <source>Soort rol</source>
        <translation>Kind of role</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="97" />
        <source>Kies links een organisatie of rol.</source>
        <translation>Choose an organisation or role on the left.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="99" />
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="99" />
        <source>&amp;Afkorting (ministerie):</source>
        <translation>&amp;Abbreviation (ministry):</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="100" />
        <source>&amp;Provincie (stad):</source>
        <translation>&amp;Province (city):</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="100" />
        <source>&amp;Inwoners:</source>
        <translation>&amp;Inhabitants:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="101" />
        <location filename="../../g40desk/gui/audience_dialog.py" line="106" />
        <source>Geldig &amp;vanaf (JJJJ-MM-DD):</source>
        <translation>Valid &amp;from (YYYY-MM-DD):</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="101" />
        <location filename="../../g40desk/gui/audience_dialog.py" line="106" />
        <source>Geldig &amp;tot:</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="102" />
        <location filename="../../g40desk/gui/audience_dialog.py" line="107" />
        <source>&amp;Opvolger (ID):</source>
        <translation>&amp;Successor (ID):</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="102" />
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="102" />
        <location filename="../../g40desk/gui/audience_dialog.py" line="107" />
        <source>Notities:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="105" />
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="105" />
        <source>&amp;Portefeuille:</source>
        <translation>&amp;Portfolio:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="105" />
        <source>P&amp;ersoon:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="110" />
        <source>Nieuwe &amp;stad…</source>
        <translation>New &amp;city…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="111" />
        <source>Nieuw &amp;ministerie…</source>
        <translation>New &amp;ministry…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="112" />
        <source>Nieuwe &amp;rol…</source>
        <translation>New &amp;role…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="113" />
        <source>Rol verwij&amp;deren</source>
        <translation>&amp;Delete role</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="117" />
        <source>Geldig op:</source>
        <translation>Valid on:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="169" />
        <source>Soor&amp;t:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="213" />
        <source>Bron: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="257" />
        <source>Nieuwe stad</source>
        <translation>New city</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="257" />
        <source>Naam van de gemeente:</source>
        <translation>Name of the municipality:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="264" />
        <location filename="../../g40desk/gui/audience_dialog.py" line="267" />
        <source>Nieuw ministerie</source>
        <translation>New ministry</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="264" />
        <source>Naam (bv. Ministerie van …):</source>
        <translation>Name (e.g. Ministerie van …):</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="267" />
        <source>Afkorting:</source>
        <translation>Abbreviation:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="278" />
        <location filename="../../g40desk/gui/audience_dialog.py" line="282" />
        <source>Nieuwe rol</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="278" />
        <source>Soort rol:</source>
        <translation>Kind of role:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="283" />
        <source>Portefeuille of titel (mag leeg blijven):</source>
        <translation>Portfolio or title (may stay empty):</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="304" />
        <source>Een ingebouwde rol kunt u niet verwijderen; vul 'Geldig tot' in om hem te beëindigen.</source>
        <translation>A built-in role cannot be deleted; fill in 'Valid until' to end it.</translation>
    </message>
</context>
<context>
    <name>AudienceNotice</name>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="329" />
        <source>Waarschuwing over doelgroepen</source>
        <translation>Warning about audiences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="331" />
        <source>&amp;Vervangen…</source>
        <translation>&amp;Replace…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="351" />
        <source> (en %1 meer)</source>
        <translation> (and %1 more)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="366" />
        <source>Doelgroep vervangen</source>
        <translation>Replace audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="367" />
        <source>'%1' vervangen door '%2'? Teksten per doelgroep gaan mee.</source>
        <translation>Replace '%1' by '%2'? Texts for that audience move along.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_dialog.py" line="370" />
        <source>doelgroep vervangen</source>
        <translation>replace audience</translation>
    </message>
</context>
<context>
    <name>AudienceTreeModel</name>
    <message>
        <location filename="../../g40desk/gui/audience_model.py" line="113" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_model.py" line="113" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/audience_model.py" line="113" />
        <source>Geldig</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="50" />
        <source>Word-notitie exporteren</source>
        <translation>Export Word note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="51" />
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="66" />
        <source>Excel-matrix exporteren</source>
        <translation>Export Excel matrix</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="67" />
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="82" />
        <source>Bezig met exporteren naar %s…</source>
        <translation>Exporting to %s…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="92" />
        <source>Bezig met exporteren</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="103" />
        <source>Geëxporteerd: %s</source>
        <translation>Exported: %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="104" />
        <source>Geëxporteerd naar %s.</source>
        <translation>Exported to %s.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="108" />
        <source>Let op:</source>
        <translation>Please note:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="109" />
        <source>Export klaar</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="109" />
        <source>Nu openen?</source>
        <translation>Open it now?</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="119" />
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="120" />
        <source>Er is niets verloren: het pakket is nog open.</source>
        <translation>Nothing was lost: the pack is still open.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="124" />
        <source>Doelgroepen van het pakket</source>
        <translation>The pack's audiences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="124" />
        <source>Alle steden</source>
        <translation>All cities</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="124" />
        <source>Alle ministeries</source>
        <translation>All ministries</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="125" />
        <location filename="../../g40desk/gui/exporting.py" line="133" />
        <location filename="../../g40desk/gui/exporting.py" line="147" />
        <source>Exporteren per doelgroep</source>
        <translation>Export per audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="126" />
        <source>Eén notitie voor:</source>
        <translation>One note for:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="134" />
        <source>Het pakket heeft nog geen doelgroep. Voeg er een toe op het tabblad Pakket.</source>
        <translation>The pack has no audience yet. Add one on the Pack tab.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="136" />
        <source>Map voor de notities</source>
        <translation>Folder for the notes</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="146" />
        <source>Notities schrijven…</source>
        <translation>Writing notes…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="146" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="164" />
        <source>Notitie %1 van %2…</source>
        <translation>Note %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="166" />
        <source>Eisenmatrix schrijven…</source>
        <translation>Writing the demand matrix…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/exporting.py" line="181" />
        <source>Geannuleerd na %n notitie(s).</source>
        <translation><numerusform>Cancelled after %n note.</numerusform><numerusform>Cancelled after %n notes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/exporting.py" line="183" />
        <source>%n notitie(s) en een eisenmatrix geschreven in %1.</source>
        <translation><numerusform>%n note and a demand matrix written to %1.</numerusform><numerusform>%n notes and a demand matrix written to %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="188" />
        <source>Matrix importeren</source>
        <translation>Import matrix</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="189" />
        <source>Excel-werkmap (*.xlsx *.xlsm)</source>
        <translation>Excel workbook (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="197" />
        <source>Matrix importeren mislukt</source>
        <translation>Matrix import failed</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/exporting.py" line="202" />
        <source>matrix importeren</source>
        <translation>import matrix</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../g40desk/gui/files.py" line="28" />
        <source>Niet-opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="29" />
        <source>'%s' heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?</source>
        <translation>'%s' has changes that are not saved yet. Save?</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="45" />
        <source>Pakket openen</source>
        <translation>Open pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="46" />
        <location filename="../../g40desk/gui/files.py" line="110" />
        <source>g40desk-pakket (*.g40pack)</source>
        <translation>g40desk pack (*.g40pack)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="70" />
        <source>Kan het pakket niet openen</source>
        <translation>Cannot open the pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="79" />
        <source>Pakket is al geopend</source>
        <translation>Pack is already open</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="80" />
        <source>%s is al geopend door %s.

U kunt het alleen-lezen openen, of het overnemen: dan kunnen wijzigingen van de ander verloren gaan.</source>
        <translation>%s is already open by %s.

You can open it read-only, or take it over: the other person's changes may then be lost.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="83" />
        <source>&amp;Alleen-lezen openen</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="84" />
        <source>&amp;Overnemen</source>
        <translation>&amp;Take over</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="110" />
        <source>Pakket opslaan</source>
        <translation>Save pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="122" />
        <location filename="../../g40desk/gui/files.py" line="128" />
        <location filename="../../g40desk/gui/files.py" line="131" />
        <source>Opslaan mislukt</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="123" />
        <source>%s is geopend door %s; kies een andere naam.</source>
        <translation>%s is open by %s; choose another name.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="132" />
        <source>Er is niets verloren: het pakket is nog open.</source>
        <translation>Nothing was lost: the pack is still open.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="145" />
        <source>Alleen-lezen bestand</source>
        <translation>Read-only file</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="146" />
        <source>%s is alleen-lezen. Toch overschrijven? Het blijft daarna alleen-lezen.</source>
        <translation>%s is read-only. Overwrite it anyway? It stays read-only afterwards.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="167" />
        <source>De vorige sessie van g40desk is onverwacht beëindigd; het verslag voor de IT-ondersteuning staat in %s.</source>
        <translation>The previous g40desk session ended unexpectedly; the report for IT support is in %s.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="172" />
        <source>g40desk is de vorige keer niet netjes afgesloten.</source>
        <translation>g40desk did not close properly last time.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="174" />
        <source>Werk herstellen</source>
        <translation>Restore work</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="175" />
        <source>Er is niet-opgeslagen werk gevonden van %s.

Herstellen?</source>
        <translation>Unsaved work was found: %s.

Restore it?</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="189" />
        <source>Onverwacht beëindigd</source>
        <translation>Ended unexpectedly</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="190" />
        <source>Er was geen niet-opgeslagen werk.</source>
        <translation>There was no unsaved work.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="193" />
        <source>nog niet opgeslagen</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/files.py" line="195" />
        <source>'%1' (%2), bewaard op %3</source>
        <translation>'%1' (%2), kept at %3</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../g40desk/gui/import_dialog.py" line="11" />
        <source>Matrix importeren</source>
        <translation>Import matrix</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/import_dialog.py" line="14" />
        <source>Uit %s:</source>
        <translation>From %s:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/import_dialog.py" line="16" />
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/import_dialog.py" line="17" />
        <source>Geen wijzigingen.</source>
        <translation>No changes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/import_dialog.py" line="18" />
        <source>Wijzigingen (%n)</source>
        <translation><numerusform>Changes (%n)</numerusform><numerusform>Changes (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/import_dialog.py" line="22" />
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/import_dialog.py" line="25" />
        <source>Niet overgenomen (%n)</source>
        <translation><numerusform>Not taken over (%n)</numerusform><numerusform>Not taken over (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/import_dialog.py" line="28" />
        <source>&amp;Doorvoeren</source>
        <translation>&amp;Apply</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="36" />
        <source>Catalogustekst</source>
        <translation>Catalogue text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="38" />
        <source>Aangepaste tekst</source>
        <translation>Tailored text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="39" />
        <source>Leeg laten om de catalogustekst te gebruiken</source>
        <translation>Leave empty to use the catalogue text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="40" />
        <source>&amp;Terug naar catalogustekst</source>
        <translation>&amp;Reset to catalogue text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="44" />
        <source>Lokale context</source>
        <translation>Local context</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="45" />
        <source>Gesprekspunten, één per regel</source>
        <translation>Talking points, one per line</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="47" />
        <source>Prioriteit</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="48" />
        <location filename="../../g40desk/gui/item_editor.py" line="53" />
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="52" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="56" />
        <source>Interne notitie</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="58" />
        <source>Interne notitie
(wordt nooit geëxporteerd)</source>
        <translation>Internal note
(never exported)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="62" />
        <source>Catalogus:</source>
        <translation>Catalogue:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="63" />
        <source>&amp;Aangepast:</source>
        <translation>&amp;Tailored:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="69" />
        <source>&amp;Context:</source>
        <translation>&amp;Context:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="70" />
        <source>&amp;Gesprekspunten:</source>
        <translation>Talking &amp;points:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="71" />
        <source>&amp;Prioriteit:</source>
        <translation>P&amp;riority:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="72" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="81" />
        <source>tekst wijzigen</source>
        <translation>change text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="82" />
        <source>context wijzigen</source>
        <translation>change context</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="83" />
        <source>interne notitie wijzigen</source>
        <translation>change internal note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="86" />
        <source>gesprekspunten wijzigen</source>
        <translation>change talking points</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="88" />
        <source>prioriteit wijzigen</source>
        <translation>change priority</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="90" />
        <source>status wijzigen</source>
        <translation>change status</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="91" />
        <source>catalogustekst herstellen</source>
        <translation>reset to catalogue text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="107" />
        <source>Kies links een onderdeel van het pakket.</source>
        <translation>Choose an item of the pack on the left.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="133" />
        <source>Onbekende plaatshouder: %s</source>
        <translation>Unknown placeholder: %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/item_editor.py" line="136" />
        <source>Plaatshouders: {stad}, {ministerie}, {datum}, …</source>
        <translation>Placeholders: {stad}, {ministerie}, {datum}, …</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="18" />
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="19" />
        <source>middel</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="20" />
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="26" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="27" />
        <source>aangekaart</source>
        <translation>raised</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="28" />
        <source>in behandeling</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="29" />
        <source>toegezegd</source>
        <translation>agreed</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="30" />
        <source>gerealiseerd</source>
        <translation>achieved</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="31" />
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="37" />
        <source>Openbaar</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="38" />
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="39" />
        <source>Vertrouwelijk</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="45" />
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="46" />
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="47" />
        <source>Kernboodschap</source>
        <translation>Core message</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="48" />
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="49" />
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="50" />
        <source>Eis</source>
        <translation>Demand</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="51" />
        <source>Kerngegeven</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="57" />
        <source>Sociale Pijler</source>
        <translation>Social pillar</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="58" />
        <source>Pijler Economie &amp; Werk</source>
        <translation>Economy &amp; Work pillar</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="59" />
        <source>Fysieke Pijler</source>
        <translation>Physical pillar</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="65" />
        <source>minister</source>
        <translation>minister</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="66" />
        <source>minister voor …</source>
        <translation>minister for …</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="67" />
        <source>staatssecretaris</source>
        <translation>state secretary</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="68" />
        <source>burgemeester</source>
        <translation>mayor</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/labels.py" line="69" />
        <source>wethouder</source>
        <translation>alderman</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="68" />
        <source>Nieuwe briefing</source>
        <translation>New briefing</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="75" />
        <source>Zoeken in de agenda…</source>
        <translation>Search the agenda…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="76" />
        <source>Zoeken in de catalogus</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="79" />
        <source>Filter op ministerie</source>
        <translation>Filter by ministry</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="80" />
        <source>Alle ministeries</source>
        <translation>All ministries</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="84" />
        <source>Filter op pijler</source>
        <translation>Filter by pillar</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="85" />
        <source>Alle pijlers</source>
        <translation>All pillars</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="91" />
        <source>Catalogus van de Strategische Agenda</source>
        <translation>Catalogue of the Strategic Agenda</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="93" />
        <source>Aan pakket &amp;toevoegen</source>
        <translation>&amp;Add to pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="104" />
        <source>Catalogus</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="113" />
        <source>Inhoud van het pakket</source>
        <translation>Contents of the pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="122" />
        <source>&amp;Onderdeel</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="123" />
        <source>&amp;Pakket</source>
        <translation>&amp;Pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="158" />
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="159" />
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="160" />
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="161" />
        <source>Opslaan &amp;als…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="162" />
        <source>&amp;Word-notitie exporteren…</source>
        <translation>Export &amp;Word note…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="163" />
        <source>&amp;Excel-matrix exporteren…</source>
        <translation>Export &amp;Excel matrix…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="165" />
        <source>Exporteren &amp;per doelgroep…</source>
        <translation>Export &amp;per audience…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="167" />
        <source>&amp;Matrix importeren…</source>
        <translation>&amp;Import matrix…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="169" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="170" />
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="173" />
        <source>Opnieu&amp;w</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="176" />
        <source>&amp;Zoeken in catalogus</source>
        <translation>&amp;Find in catalogue</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="177" />
        <source>Onderdeel &amp;verwijderen</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="178" />
        <source>Omhoog</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="179" />
        <source>Omlaag</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="180" />
        <source>&amp;Over g40desk</source>
        <translation>&amp;About g40desk</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="181" />
        <source>&amp;Voorkeuren…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="182" />
        <source>&amp;Doelgroepen beheren…</source>
        <translation>Manage &amp;audiences…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="187" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="190" />
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="202" />
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="205" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="207" />
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/main_window.py" line="270" />
        <source>%n onderdeel/onderdelen toevoegen</source>
        <translation><numerusform>add %n item</numerusform><numerusform>add %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/main_window.py" line="275" />
        <source>%n onderdeel/onderdelen verwijderen</source>
        <translation><numerusform>remove %n item</numerusform><numerusform>remove %n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="304" />
        <source>onderdeel verwijderen</source>
        <translation>remove item</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="315" />
        <source>onderdeel verplaatsen</source>
        <translation>move item</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="320" />
        <source> (alleen-lezen)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="335" />
        <source>Over g40desk</source>
        <translation>About g40desk</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="336" />
        <source>&lt;h3&gt;g40desk %s&lt;/h3&gt;&lt;p&gt;Briefings voor lobbygesprekken van het Stedennetwerk G40, op basis van de Strategische Agenda G40 2019–2022.&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2. Werkt volledig offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;g40desk %s&lt;/h3&gt;&lt;p&gt;Briefings for lobbying meetings of the G40 city network, based on the G40 Strategic Agenda 2019–2022.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2. Works fully offline.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NoteOptionsBox</name>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="197" />
        <source>Word-notitie</source>
        <translation>Word note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="199" />
        <source>Vorm van de notitie</source>
        <translation>Form of the note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="200" />
        <source>Briefingnotitie</source>
        <translation>Briefing note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="201" />
        <source>Gesprekskaart (één pagina)</source>
        <translation>Talking-points card (one page)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="203" />
        <source>Kern van het gesprek</source>
        <translation>Key points</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="204" />
        <source>Waarom is dit van belang?</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="205" />
        <source>Wat willen we?</source>
        <translation>What we want</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="206" />
        <source>Kerngegevens</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="207" />
        <source>Bijlage met de volledige eisen</source>
        <translation>Annex with the full demands</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="210" />
        <source>&amp;Vorm:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="238" />
        <source>notitie-onderdelen wijzigen</source>
        <translation>change note sections</translation>
    </message>
</context>
<context>
    <name>OverrideBox</name>
    <message>
        <location filename="../../g40desk/gui/override_box.py" line="15" />
        <source>Per doelgroep</source>
        <translation>Per audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/override_box.py" line="20" />
        <source>Doelgroep voor afwijkende tekst</source>
        <translation>Audience for different wording</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/override_box.py" line="21" />
        <source>Tekst voor deze doelgroep</source>
        <translation>Text for this audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/override_box.py" line="22" />
        <source>Leeg: de aangepaste tekst hierboven</source>
        <translation>Empty: the tailored text above</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/override_box.py" line="23" />
        <source>Context voor deze doelgroep</source>
        <translation>Context for this audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/override_box.py" line="24" />
        <source>Leeg: de context hierboven</source>
        <translation>Empty: the context above</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/override_box.py" line="26" />
        <source>Prioriteit voor deze doelgroep</source>
        <translation>Priority for this audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/override_box.py" line="27" />
        <source>(zoals hierboven)</source>
        <translation>(as above)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/override_box.py" line="30" />
        <source>Voeg eerst doelgroepen toe op het tabblad Pakket.</source>
        <translation>First add audiences on the Pack tab.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/override_box.py" line="32" />
        <source>&amp;Doelgroep:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/override_box.py" line="33" />
        <source>Te&amp;kst:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/override_box.py" line="34" />
        <source>Conte&amp;xt:</source>
        <translation>C&amp;ontext:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/override_box.py" line="35" />
        <source>Pr&amp;ioriteit:</source>
        <translation>Pr&amp;iority:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/override_box.py" line="84" />
        <source>afwijking voor %s wijzigen</source>
        <translation>change wording for %s</translation>
    </message>
</context>
<context>
    <name>PackPanel</name>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="36" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="38" />
        <source>Datum van het overleg</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="41" />
        <source>(geen datum)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="44" />
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="45" />
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="46" />
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="48" />
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="50" />
        <source>Rubricering</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="55" />
        <source>Doelgroepen van het pakket</source>
        <translation>The pack's audiences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="60" />
        <source>Doelgroep zoeken</source>
        <translation>Search audiences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="69" />
        <source>Stad of ministerie zoeken…</source>
        <translation>Search a city or ministry…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="71" />
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="72" />
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="73" />
        <source>Eisen aan dit ministerie selecteren</source>
        <translation>Select the demands to this ministry</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="77" />
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="78" />
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="79" />
        <source>P&amp;laats:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="80" />
        <source>Deel&amp;nemers:</source>
        <translation>Partici&amp;pants:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="81" />
        <source>D&amp;oel:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="82" />
        <source>A&amp;uteur:</source>
        <translation>A&amp;uthor:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="83" />
        <source>&amp;Rubricering:</source>
        <translation>&amp;Classification:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="87" />
        <source>Doel&amp;groep:</source>
        <translation>Au&amp;dience:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="100" />
        <source>titel wijzigen</source>
        <translation>change title</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="101" />
        <source>plaats wijzigen</source>
        <translation>change place</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="102" />
        <source>auteur wijzigen</source>
        <translation>change author</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="103" />
        <source>deelnemers wijzigen</source>
        <translation>change participants</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="104" />
        <source>doel wijzigen</source>
        <translation>change purpose</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="107" />
        <source>rubricering wijzigen</source>
        <translation>change classification</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="151" />
        <source>datum wijzigen</source>
        <translation>change date</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="167" />
        <source>doelgroep toevoegen</source>
        <translation>add audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/pack_panel.py" line="175" />
        <source>doelgroep verwijderen</source>
        <translation>remove audience</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="29" />
        <source>Voorkeuren</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="31" />
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="33" />
        <source>Word-sjabloon</source>
        <translation>Word template</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="34" />
        <source>G40-huisstijl (ingebouwd)</source>
        <translation>G40 house style (built in)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="35" />
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="37" />
        <source>&amp;Standaard</source>
        <translation>&amp;Default</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="40" />
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="41" />
        <source>Zoals het systeem</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="46" />
        <source>Automatisch bewaren, seconden</source>
        <translation>Autosave, seconds</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="48" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="56" />
        <source>&amp;Auteur:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="57" />
        <source>Word-&amp;sjabloon:</source>
        <translation>Word &amp;template:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="58" />
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="59" />
        <source>Automatisch &amp;bewaren elke:</source>
        <translation>Auto&amp;save every:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="60" />
        <source>Een andere taal geldt na herstarten.</source>
        <translation>A different language applies after a restart.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="69" />
        <source>Word-sjabloon kiezen</source>
        <translation>Choose Word template</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="70" />
        <source>Word-sjabloon (*.docx *.dotx *.docm *.dotm)</source>
        <translation>Word template (*.docx *.dotx *.docm *.dotm)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="87" />
        <source>Sjabloon gecontroleerd</source>
        <translation>Template checked</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="88" />
        <source>Het sjabloon is bruikbaar. Dit neemt een notitie er niet uit over:</source>
        <translation>The template can be used. A note does not take over the following from it:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preferences.py" line="84" />
        <source>Sjabloon niet bruikbaar</source>
        <translation>Template not usable</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../g40desk/gui/preview.py" line="126" />
        <source>Voorbeeld voor doelgroep</source>
        <translation>Preview for audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preview.py" line="128" />
        <source>Voorbeeld van de notitie</source>
        <translation>Preview of the note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/preview.py" line="130" />
        <source>Voorbeeld voor:</source>
        <translation>Preview for:</translation>
    </message>
</context>
</TS>