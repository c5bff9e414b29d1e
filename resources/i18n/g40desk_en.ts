<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_fields.py" line="98" />
        <location filename="../../g40desk/gui/panels/outcome_fields.py" line="99" />
        <source>Wat moet er gebeuren</source>
        <translation>What needs doing</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_fields.py" line="101" />
        <location filename="../../g40desk/gui/panels/outcome_fields.py" line="102" />
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_fields.py" line="103" />
        <source>Uiterlijk</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_fields.py" line="104" />
        <source>uiterlijk</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_fields.py" line="106" />
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_fields.py" line="109" />
        <source>Actie verwijderen</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_fields.py" line="110" />
        <source>Deze actie verwijderen (Tab hierheen, dan Spatie)</source>
        <translation>Remove this action (Tab to here, then Space)</translation>
    </message>
</context>
<context>
    <name>ActionRows</name>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_fields.py" line="156" />
        <source>Geen vervolgacties.</source>
        <translation>No follow-up actions.</translation>
    </message>
</context>
<context>
    <name>AfterMeeting</name>
    <message>
        <location filename="../../g40desk/gui/controllers/after_meeting.py" line="23" />
        <source>Na het overleg</source>
        <translation>After the meeting</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/after_meeting.py" line="27" />
        <source>&amp;Na het overleg</source>
        <translation>&amp;After the meeting</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/after_meeting.py" line="30" />
        <source>Per vraag de uitkomst vastleggen, één vraag na de andere (PageDown)</source>
        <translation>Record the outcome of each ask, one after the other (PageDown)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/after_meeting.py" line="32" />
        <source>&amp;Stand van zaken…</source>
        <translation>&amp;Where things stand…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/after_meeting.py" line="36" />
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/after_meeting.py" line="66" />
        <source>Stand van zaken</source>
        <translation>Where things stand</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/after_meeting.py" line="67" />
        <source>Het pakket heeft nog geen doelgroep. Voeg er op het tabblad Pakket een toe; de stand van zaken is die van de doelgroepen van het pakket.</source>
        <translation>The pack has no audience yet. Add one on the Pack tab; where things stand is shown for the pack's audiences.</translation>
    </message>
</context>
<context>
    <name>AgendaController</name>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="53" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="60" />
        <source>Andere agenda &amp;kiezen…</source>
        <translation>&amp;Choose another agenda…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="61" />
        <source>&amp;Importeren uit Word…</source>
        <translation>&amp;Import from Word…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="62" />
        <source>Agenda &amp;bewerken…</source>
        <translation>&amp;Edit agenda…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="64" />
        <source>&amp;Eigen eis of doel toevoegen…</source>
        <translation>Add &amp;own demand or goal…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="66" />
        <source>&amp;Gedeelde agendamap…</source>
        <translation>&amp;Shared agenda folder…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="75" />
        <source>Agenda van dit pakket</source>
        <translation>Agenda of this pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="76" />
        <source>Wisselen…</source>
        <translation>Switch…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="77" />
        <source>Andere agenda kiezen</source>
        <translation>Choose another agenda</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="87" />
        <source>Agenda: {0}, versie {1}</source>
        <translation>Agenda: {0}, version {1}</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="100" />
        <source>{0}, versie {1}</source>
        <translation>{0}, version {1}</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="100" />
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="101" />
        <source>Dit pakket is gemaakt met agenda {0}; nu: {1}, versie {2}.</source>
        <translation>This pack was made with agenda {0}; now: {1}, version {2}.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="110" />
        <source>De gedeelde agendamap %s antwoordt niet (geen netwerk?); g40desk gebruikt de agenda's op deze computer en leest de map zodra die antwoordt.</source>
        <translation>The shared agenda folder %s does not answer (no network?); g40desk uses the agendas on this computer and reads the folder as soon as it answers.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="122" />
        <source>niet geopend: eerst beslissen over de wijzigingen in de agenda (of 'g40desk review' op de opdrachtregel)</source>
        <translation>not opened: decide on the changes in the agenda first (or use 'g40desk review' on the command line)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="136" />
        <source>andere agenda</source>
        <translation>other agenda</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="152" />
        <source>Agenda niet gebruikt</source>
        <translation>Agenda not used</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="158" />
        <source>Agenda uit Word importeren</source>
        <translation>Import agenda from Word</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="159" />
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="165" />
        <source>Importeren mislukt</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="184" />
        <source>Agenda opgeslagen</source>
        <translation>Agenda saved</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="185" />
        <source>Opgeslagen als {0}, versie {1}. Dit pakket nu met deze agenda gebruiken?</source>
        <translation>Saved as {0}, version {1}. Use this agenda for the pack now?</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="196" />
        <source>eigen inbreng toevoegen</source>
        <translation>add own input</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/agenda.py" line="200" />
        <source>Gedeelde map met agenda's</source>
        <translation>Shared folder with agendas</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="51" />
        <source>Agenda bewerken: {0}, versie {1}</source>
        <translation>Edit agenda: {0}, version {1}</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="55" />
        <source>Onderdelen van de agenda</source>
        <translation>Entries of the agenda</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="57" />
        <source>Tekst van het onderdeel</source>
        <translation>Text of the entry</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="58" />
        <source>Tekst &amp;overnemen</source>
        <translation>&amp;Apply text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="61" />
        <source>Pijler</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="62" />
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="65" />
        <source>&amp;Achterhaald</source>
        <translation>&amp;Outdated</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="66" />
        <source>Achterhaald sinds</source>
        <translation>Outdated since</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="69" />
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="71" />
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="72" />
        <source>deels</source>
        <translation>partly</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="73" />
        <source>Markering overnemen</source>
        <translation>Apply marking</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="76" />
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="238" />
        <source>Tekst:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="78" />
        <source>Ministeries:</source>
        <translation>Ministries:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="79" />
        <source>Pijler:</source>
        <translation>Pillar:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="81" />
        <source>Sinds:</source>
        <translation>Since:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="82" />
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="251" />
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="83" />
        <source>Bron:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="86" />
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="87" />
        <source>Om&amp;hoog</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="88" />
        <source>Om&amp;laag</source>
        <translation>&amp;Down</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="89" />
        <source>Uit de agenda &amp;halen…</source>
        <translation>&amp;Retire…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="90" />
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="91" />
        <source>Opnieu&amp;w</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="92" />
        <source>Op&amp;slaan als nieuwe versie</source>
        <translation>&amp;Save as new version</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="93" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="196" />
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="217" />
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="220" />
        <source>Agenda bewerken</source>
        <translation>Edit agenda</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="196" />
        <source>De tekst mag niet leeg zijn.</source>
        <translation>The text cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="199" />
        <source>tekst wijzigen</source>
        <translation>change text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="205" />
        <source>ministeries wijzigen</source>
        <translation>change ministries</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="209" />
        <source>pijler wijzigen</source>
        <translation>change pillar</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="217" />
        <source>Geef de reden waarom het achterhaald is.</source>
        <translation>Give the reason why it is outdated.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="220" />
        <source>Vul bij ‘Sinds’ een datum in die g40desk begrijpt, bv. 15-01-2027.</source>
        <translation>Enter a date g40desk understands under ‘Since’, e.g. 15-01-2027.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="225" />
        <source>markering achterhaald</source>
        <translation>outdated marking</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="235" />
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="238" />
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="235" />
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="240" />
        <source>onderdeel toevoegen</source>
        <translation>add entry</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="244" />
        <source>volgorde wijzigen</source>
        <translation>change order</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="251" />
        <source>Uit de agenda halen</source>
        <translation>Retire from the agenda</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="256" />
        <source>uit de agenda halen</source>
        <translation>retire from the agenda</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_editor.py" line="263" />
        <source>Opslaan mislukt</source>
        <translation>Save failed</translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="65" />
        <source>Doelgroepen beheren</source>
        <translation>Manage audiences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="74" />
        <source>Geldig op datum</source>
        <translation>Valid on date</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="76" />
        <source>Ook &amp;vervallen en toekomstige tonen</source>
        <translation>Also show &amp;ended and future ones</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="80" />
        <source>Organisaties en rollen</source>
        <translation>Organisations and roles</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="87" />
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="91" />
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="97" />
        <source>Soort rol</source>
        <translation>Kind of role</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="99" />
        <source>Kies links een organisatie of rol.</source>
        <translation>Choose an organisation or role on the left.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="101" />
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="101" />
        <source>&amp;Afkorting (ministerie):</source>
        <translation>&amp;Abbreviation (ministry):</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="102" />
        <source>&amp;Provincie (stad):</source>
        <translation>&amp;Province (city):</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="102" />
        <source>&amp;Inwoners:</source>
        <translation>&amp;Inhabitants:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="103" />
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="108" />
        <source>Geldig &amp;tot:</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="103" />
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="108" />
        <source>Geldig &amp;vanaf (dd-mm-jjjj):</source>
        <translation>Valid &amp;from (dd-mm-yyyy):</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="104" />
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="109" />
        <source>&amp;Opvolger (ID):</source>
        <translation>&amp;Successor (ID):</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="104" />
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="104" />
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="109" />
        <source>Notities:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="107" />
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="107" />
        <source>&amp;Portefeuille:</source>
        <translation>&amp;Portfolio:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="107" />
        <source>P&amp;ersoon:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="112" />
        <source>Nieuwe &amp;stad…</source>
        <translation>New &amp;city…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="113" />
        <source>Nieuw &amp;ministerie…</source>
        <translation>New &amp;ministry…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="114" />
        <source>Nieuwe &amp;rol…</source>
        <translation>New &amp;role…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="115" />
        <source>Rol verwij&amp;deren</source>
        <translation>&amp;Delete role</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="119" />
        <source>Geldig op:</source>
        <translation>Valid on:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="171" />
        <source>Soor&amp;t:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="215" />
        <source>Bron: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="233" />
        <source>%1: ‘%2’ is geen datum die g40desk begrijpt; typ bv. 15-01-2027 of 15 januari 2027.</source>
        <translation>%1: ‘%2’ is not a date g40desk understands; type e.g. 15-01-2027 or 15 January 2027.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="239" />
        <source>%1: een naam mag geen { of } bevatten; typ de naam zelf, bv. Peter Snijders.</source>
        <translation>%1: a name cannot contain { or }; type the name itself, e.g. Peter Snijders.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="268" />
        <source>Nieuwe stad</source>
        <translation>New city</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="268" />
        <source>Naam van de gemeente:</source>
        <translation>Name of the municipality:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="275" />
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="278" />
        <source>Nieuw ministerie</source>
        <translation>New ministry</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="275" />
        <source>Naam (bv. Ministerie van …):</source>
        <translation>Name (e.g. Ministerie van …):</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="278" />
        <source>Afkorting:</source>
        <translation>Abbreviation:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="289" />
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="292" />
        <source>Nieuwe rol</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="289" />
        <source>Soort rol:</source>
        <translation>Kind of role:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="292" />
        <source>Portefeuille of titel (mag leeg blijven):</source>
        <translation>Portfolio or title (may stay empty):</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="313" />
        <source>Een ingebouwde rol kunt u niet verwijderen; vul 'Geldig tot' in om hem te beëindigen.</source>
        <translation>A built-in role cannot be deleted; fill in 'Valid until' to end it.</translation>
    </message>
</context>
<context>
    <name>AudienceNotice</name>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="338" />
        <source>Waarschuwing over doelgroepen</source>
        <translation>Warning about audiences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="340" />
        <source>&amp;Vervangen…</source>
        <translation>&amp;Replace…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="360" />
        <source> (en %1 meer)</source>
        <translation> (and %1 more)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="375" />
        <source>Doelgroep vervangen</source>
        <translation>Replace audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="376" />
        <source>'%1' vervangen door '%2'? Teksten per doelgroep gaan mee.</source>
        <translation>Replace '%1' by '%2'? Texts for that audience move along.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/audience_dialog.py" line="378" />
        <source>doelgroep vervangen</source>
        <translation>replace audience</translation>
    </message>
</context>
<context>
    <name>AudiencePicker</name>
    <message>
        <location filename="../../g40desk/gui/support/widgets.py" line="313" />
        <source>‘%1’ past bij meer dan één doelgroep; kies er een uit de lijst.</source>
        <translation>‘%1’ fits more than one audience; choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/widgets.py" line="314" />
        <source>‘%1’ is geen stad of ministerie die g40desk kent; kies er een uit de lijst.</source>
        <translation>‘%1’ is not a city or ministry g40desk knows; choose one from the list.</translation>
    </message>
</context>
<context>
    <name>AudienceTreeModel</name>
    <message>
        <location filename="../../g40desk/gui/models/audience_model.py" line="114" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/models/audience_model.py" line="114" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/models/audience_model.py" line="114" />
        <source>Geldig</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../g40desk/gui/controllers/recovery.py" line="122" />
        <source>de map is alleen-lezen</source>
        <translation>the folder is read-only</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/recovery.py" line="124" />
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <location filename="../../g40desk/gui/panels/catalogue_panel.py" line="51" />
        <source>Zoeken in de agenda…</source>
        <translation>Search the agenda…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/catalogue_panel.py" line="52" />
        <source>Zoeken in de catalogus</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/catalogue_panel.py" line="55" />
        <source>Filter op ministerie</source>
        <translation>Filter by ministry</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/catalogue_panel.py" line="56" />
        <source>Alle ministeries</source>
        <translation>All ministries</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/catalogue_panel.py" line="60" />
        <source>Filter op pijler</source>
        <translation>Filter by pillar</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/catalogue_panel.py" line="61" />
        <source>Alle pijlers</source>
        <translation>All pillars</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/catalogue_panel.py" line="67" />
        <source>Catalogus van de Strategische Agenda</source>
        <translation>Catalogue of the Strategic Agenda</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/catalogue_panel.py" line="69" />
        <source>Vinkje of Enter: aan het pakket toevoegen</source>
        <translation>Tick or Enter: add to the pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/catalogue_panel.py" line="77" />
        <source>Aan pakket &amp;toevoegen</source>
        <translation>Add to pac&amp;k</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/catalogue_panel.py" line="78" />
        <source>Gekozen onderdelen aan het pakket toevoegen (Enter)</source>
        <translation>Add the chosen entries to the pack (Enter)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/catalogue_panel.py" line="125" />
        <source>Geen resultaten voor ‘%s’.

Probeer een ander woord, of wis de zoekterm en de filters.</source>
        <translation>No results for ‘%s’.

Try another word, or clear the search and the filters.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/catalogue_panel.py" line="128" />
        <source>Geen resultaten met deze filters.

Kies ‘Alle ministeries’ of ‘Alle pijlers’.</source>
        <translation>No results with these filters.

Choose ‘All ministries’ or ‘All pillars’.</translation>
    </message>
</context>
<context>
    <name>ChooseAgendaDialog</name>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="48" />
        <source>Agenda kiezen</source>
        <translation>Choose agenda</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="51" />
        <source>Agenda's</source>
        <translation>Agendas</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="52" />
        <source>ingebouwd</source>
        <translation>built in</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="52" />
        <source>eigen versie</source>
        <translation>own version</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="53" />
        <source>gedeelde map, alleen lezen</source>
        <translation>shared folder, read-only</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="55" />
        <source>{0} — versie {1} ({2})</source>
        <translation>{0} — version {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="63" />
        <source>Met welke agenda werkt dit pakket? U ziet eerst wat er verandert.</source>
        <translation>Which agenda does this pack use? You will see what changes first.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="66" />
        <source>Overgeslagen: {0}</source>
        <translation>Skipped: {0}</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="69" />
        <source>Gebruiken</source>
        <translation>Use</translation>
    </message>
</context>
<context>
    <name>CrashLog</name>
    <message>
        <location filename="../../g40desk/gui/support/crashlog.py" line="125" />
        <source>Er ging iets mis in g40desk. Sla uw werk op, zo nodig onder een nieuwe naam, en ga verder.</source>
        <translation>Something went wrong in g40desk. Save your work, under a new name if need be, and carry on.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/crashlog.py" line="128" />
        <source>Details voor IT-ondersteuning: %s</source>
        <translation>Details for IT support: %s</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../g40desk/gui/support/dates.py" line="57" />
        <source>(geen datum) bv. 15-01-2027</source>
        <translation>(no date) e.g. 15-01-2027</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/dates.py" line="57" />
        <source>bv. 15-01-2027</source>
        <translation>e.g. 15-01-2027</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/dates.py" line="58" />
        <source>Typ een datum, bv. 15-01-2027, 15/1/2027 of 15 januari 2027; Alt+Omlaag opent de kalender.</source>
        <translation>Type a date, e.g. 15-01-2027, 15/1/2027 or 15 January 2027; Alt+Down opens the calendar.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/dates.py" line="62" />
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/dates.py" line="63" />
        <source>Kalender (Alt+Omlaag)</source>
        <translation>Calendar (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/dates.py" line="68" />
        <source>Datum niet begrepen</source>
        <translation>Date not understood</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/dates.py" line="126" />
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/dates.py" line="128" />
        <source>‘%1’ is geen datum die g40desk begrijpt. Typ bv. 15-01-2027 of 15 januari 2027. Bewaard blijft: %2.</source>
        <translation>‘%1’ is not a date g40desk understands. Type e.g. 15-01-2027 or 15 January 2027. Kept: %2.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/dates.py" line="131" />
        <source>Vul een datum in, bv. 15-01-2027. Bewaard blijft: %1.</source>
        <translation>Enter a date, e.g. 15-01-2027. Kept: %1.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/dates.py" line="153" />
        <source>&amp;Vandaag</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/dates.py" line="158" />
        <source>&amp;Geen datum</source>
        <translation>&amp;No date</translation>
    </message>
</context>
<context>
    <name>DiskWatch</name>
    <message>
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="84" />
        <source>‘%s’ is buiten g40desk gewijzigd (door een collega of een synchronisatieprogramma).</source>
        <translation>‘%s’ was changed outside g40desk (by a colleague or a sync program).</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="85" />
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="133" />
        <source>Herladen</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="87" />
        <source>Uw wijzigingen zijn nog niet opgeslagen; bij opslaan kiest u welke versie blijft.</source>
        <translation>Your changes are not saved yet; when you save, you choose which version stays.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="88" />
        <source>Mijn versie houden</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="88" />
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="95" />
        <source>Pakket is buiten g40desk gewijzigd</source>
        <translation>Pack was changed outside g40desk</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="96" />
        <source>%s is gewijzigd sinds u het opende of opsloeg, door een collega of een synchronisatieprogramma (zoals OneDrive). Er is niets overschreven.

Herladen: de andere versie openen (uw wijzigingen vervallen).
Mijn versie houden: uw versie opslaan; de andere blijft ernaast bewaard als kopie.
Opslaan als: uw versie onder een andere naam.</source>
        <translation>%s was changed since you opened or saved it, by a colleague or a sync program (such as OneDrive). Nothing was overwritten.

Reload: open the other version (your changes are dropped).
Keep my version: save yours; the other is kept beside it as a copy.
Save as: save yours under another name.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="100" />
        <source>&amp;Mijn versie houden</source>
        <translation>&amp;Keep my version</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="101" />
        <source>&amp;Herladen</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="102" />
        <source>Opslaan &amp;als…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="116" />
        <source>andere versie %s</source>
        <translation>other version %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="120" />
        <source>Opslaan mislukt</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="121" />
        <source>Er is niets verloren: het pakket is nog open.</source>
        <translation>Nothing was lost: the pack is still open.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="125" />
        <source>Uw versie is opgeslagen; de andere versie staat ernaast als ‘%s’.</source>
        <translation>Your version is saved; the other version is beside it as ‘%s’.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/disk_watch.py" line="133" />
        <source>Herladen opent de versie op schijf; uw niet-opgeslagen wijzigingen vervallen. Doorgaan?</source>
        <translation>Reloading opens the version on disk; your unsaved changes are dropped. Continue?</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../g40desk/gui/dialogs/duplicate_dialog.py" line="36" />
        <source>Pakket dupliceren voor andere doelgroep</source>
        <translation>Duplicate pack for another audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/duplicate_dialog.py" line="38" />
        <source>Nieuwe doelgroep</source>
        <translation>New audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/duplicate_dialog.py" line="37" />
        <source>Stad of ministerie zoeken…</source>
        <translation>Search a city or ministry…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/duplicate_dialog.py" line="41" />
        <source>Doelgroep die vervalt</source>
        <translation>Audience it replaces</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/duplicate_dialog.py" line="44" />
        <source>(geen: doelgroep toevoegen)</source>
        <translation>(none: add the audience)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/duplicate_dialog.py" line="45" />
        <source>De kopie krijgt de tekst voor alle doelgroepen, met de aanpassingen, prioriteiten en notities; {stad} en {ministerie} vullen zich voor de nieuwe doelgroep. De eigen tekst van de vervallen doelgroep blijft achter; deelnemers en titel gaan mee naar de nieuwe. Het origineel blijft ongewijzigd.</source>
        <translation>The copy gets the text for all audiences, with the wording, priorities and notes; {stad} and {ministerie} fill in for the new audience. The replaced audience's own text stays behind; participants and title follow the new one. The original is not changed.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/duplicate_dialog.py" line="53" />
        <source>Tekst die achterblijft</source>
        <translation>Text that stays behind</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/duplicate_dialog.py" line="106" />
        <source>Blijft achter, want alleen voor %s geschreven. Vink aan wat u toch wilt overnemen; het staat dan op ‘nog nakijken’ en de export wacht tot u het hebt nagekeken:</source>
        <translation>Stays behind, as it was written for %s only. Tick what you want to take along anyway; it is then marked ‘to check’ and export waits until you have checked it:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/duplicate_dialog.py" line="108" />
        <source>Er blijft geen eigen tekst achter.</source>
        <translation>No text of its own stays behind.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/duplicate_dialog.py" line="57" />
        <source>&amp;Nieuwe doelgroep:</source>
        <translation>&amp;New audience:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/duplicate_dialog.py" line="58" />
        <source>&amp;In plaats van:</source>
        <translation>&amp;Instead of:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/duplicate_dialog.py" line="60" />
        <source>&amp;Dupliceren</source>
        <translation>&amp;Duplicate</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="68" />
        <location filename="../../g40desk/gui/controllers/exporting.py" line="108" />
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="83" />
        <source>Excel-matrix exporteren</source>
        <translation>Export Excel matrix</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="84" />
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="129" />
        <source>Bezig met exporteren naar %s…</source>
        <translation>Exporting to %s…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="139" />
        <source>Bezig met exporteren</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="154" />
        <source>Let op:</source>
        <translation>Please note:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="67" />
        <source>Word-notitie voor %s exporteren</source>
        <translation>Export Word note for %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="188" />
        <source>Gesprekskaart past niet op één pagina</source>
        <translation>Talking-points card does not fit one page</translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/controllers/exporting.py" line="189" />
        <source>De gesprekskaart wordt ongeveer %n pagina's (%1 vragen). Kort vragen of gesprekspunten in, of kies de briefingnotitie. Toch exporteren?</source>
        <translation><numerusform>The talking-points card will take about %n page (%1 asks). Shorten asks or talking points, or choose the briefing note. Export anyway?</numerusform><numerusform>The talking-points card will take about %n pages (%1 asks). Shorten asks or talking points, or choose the briefing note. Export anyway?</numerusform></translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="72" />
        <source>Word-notitie voor %s</source>
        <translation>Word note for %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="88" />
        <source>Eisenmatrix</source>
        <translation>Demand matrix</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="106" />
        <source>Verslag van het overleg met %s exporteren</source>
        <translation>Export the report of the meeting with %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="112" />
        <source>Verslag voor %s</source>
        <translation>Report for %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="149" />
        <source>%s opgeslagen als %s.</source>
        <translation>%s saved as %s.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="156" />
        <source>Map tonen</source>
        <translation>Show folder</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="158" />
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="166" />
        <location filename="../../g40desk/gui/controllers/exporting.py" line="231" />
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="167" />
        <location filename="../../g40desk/gui/controllers/exporting.py" line="232" />
        <source>Er is niets verloren: het pakket is nog open.</source>
        <translation>Nothing was lost: the pack is still open.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="194" />
        <source>Nog nakijken</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="195" />
        <source>Deze teksten zijn bij het dupliceren overgenomen van een andere doelgroep:</source>
        <translation>These texts were taken over from another audience when the pack was duplicated:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="196" />
        <source>Kies het onderdeel (of het tabblad Pakket voor de deelnemers), pas de tekst aan voor deze doelgroep en klik op ‘Nagekeken’.</source>
        <translation>Choose the item (or the Pack tab for the participants), adapt the text for this audience and click ‘Checked’.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="201" />
        <source>Achterhaalde vragen</source>
        <translation>Outdated asks</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="202" />
        <source>Deze vragen zijn volgens de agenda (deels) achterhaald:</source>
        <translation>According to the agenda these asks are (partly) outdated:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="203" />
        <source>Haal ze uit het pakket, of houd ze bewust: kies het onderdeel en vul in waarom. Die reden komt naast de vraag in de notitie.</source>
        <translation>Take them out of the pack, or keep them on purpose: choose the entry and say why. That reason is printed beside the ask in the note.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="208" />
        <source>Plaatshouders zonder waarde</source>
        <translation>Placeholders without a value</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="209" />
        <source>Deze plaatshouders komen letterlijk in de notitie:</source>
        <translation>These placeholders would appear literally in the note:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="211" />
        <source>Tekst voor een andere doelgroep</source>
        <translation>Text for another audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="216" />
        <source>Toch exporteren?</source>
        <translation>Export anyway?</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="222" />
        <source>Verslag exporteren</source>
        <translation>Export meeting report</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="223" />
        <source>Voor %s is nog geen uitkomst vastgelegd, dus er is niets te verslaan. Leg per vraag de uitkomst vast (Na het overleg) en exporteer dan het verslag.</source>
        <translation>No outcome has been recorded for %s yet, so there is nothing to report. Record the outcome of each ask (After the meeting), then export the report.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="239" />
        <source>Doelgroepen van het pakket</source>
        <translation>The pack's audiences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="240" />
        <source>Alle steden</source>
        <translation>All cities</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="241" />
        <source>Alle ministeries</source>
        <translation>All ministries</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="238" />
        <location filename="../../g40desk/gui/controllers/exporting.py" line="245" />
        <location filename="../../g40desk/gui/controllers/exporting.py" line="265" />
        <source>Exporteren per doelgroep</source>
        <translation>Export per audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="212" />
        <source>Deze tekst is voor één doelgroep geschreven en komt in de notitie van een andere (een eigennaam die voor iedereen bedoeld is, bevestigt u bij het onderdeel):</source>
        <translation>This text was written for one audience and would appear in another audience's note (a proper name meant for everyone is confirmed at the item):</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="238" />
        <source>Eén notitie voor:</source>
        <translation>One note for:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="246" />
        <source>Het pakket heeft nog geen doelgroep. Voeg er een toe op het tabblad Pakket.</source>
        <translation>The pack has no audience yet. Add one on the Pack tab.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="253" />
        <source>Map voor de notities</source>
        <translation>Folder for the notes</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="264" />
        <source>Notities schrijven…</source>
        <translation>Writing notes…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="264" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="282" />
        <source>Notitie %1 van %2…</source>
        <translation>Note %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="284" />
        <source>Eisenmatrix schrijven…</source>
        <translation>Writing the demand matrix…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/controllers/exporting.py" line="298" />
        <source>Geannuleerd na %n notities.</source>
        <translation><numerusform>Cancelled after %n note.</numerusform><numerusform>Cancelled after %n notes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/controllers/exporting.py" line="300" />
        <source>%n notities en een eisenmatrix geschreven in %1.</source>
        <translation><numerusform>%n note and a demand matrix written to %1.</numerusform><numerusform>%n notes and a demand matrix written to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/controllers/exporting.py" line="326" />
        <source>%n wijzigingen uit %1 overgenomen.</source>
        <translation><numerusform>%n change taken over from %1.</numerusform><numerusform>%n changes taken over from %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="305" />
        <source>Matrix importeren</source>
        <translation>Import matrix</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="49" />
        <source>algemeen gebruik</source>
        <translation>general use</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="306" />
        <source>Excel-werkmap (*.xlsx *.xlsm)</source>
        <translation>Excel workbook (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="314" />
        <location filename="../../g40desk/gui/controllers/exporting.py" line="323" />
        <source>Matrix importeren mislukt</source>
        <translation>Matrix import failed</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/exporting.py" line="325" />
        <source>matrix importeren</source>
        <translation>import matrix</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="52" />
        <source>Niet-opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="53" />
        <source>'%s' heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?</source>
        <translation>'%s' has changes that are not saved yet. Save?</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="69" />
        <source>Pakket openen</source>
        <translation>Open pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="70" />
        <location filename="../../g40desk/gui/controllers/files.py" line="132" />
        <source>g40desk-pakket (*.g40pack *.G40PACK)</source>
        <translation>g40desk pack (*.g40pack *.G40PACK)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="94" />
        <source>Kan het pakket niet openen</source>
        <translation>Cannot open the pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="100" />
        <source>Geopend: %s</source>
        <translation>Opened: %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="103" />
        <source>Dit pakket komt uit een eerdere versie van g40desk: wat u typte, geldt nu voor alle doelgroepen. Kijk bij elke tekst na voor wie hij is (‘voor …’ naast het veld).</source>
        <translation>This pack comes from an earlier version of g40desk: what you typed now applies to all audiences. Check for each text who it is for (‘for …’ beside the field).</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="105" />
        <source>&amp;Nagekeken</source>
        <translation>&amp;Checked</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="110" />
        <source>Pakket is al geopend</source>
        <translation>Pack is already open</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="111" />
        <source>%s is al geopend door %s.

U kunt het alleen-lezen openen, of het overnemen: dan kunnen wijzigingen van de ander verloren gaan.</source>
        <translation>%s is already open by %s.

You can open it read-only, or take it over: the other person's changes may then be lost.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="113" />
        <source>A&amp;lleen-lezen openen</source>
        <translation>Open read-on&amp;ly</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="114" />
        <source>&amp;Overnemen</source>
        <translation>&amp;Take over</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="132" />
        <source>Pakket opslaan</source>
        <translation>Save pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="148" />
        <location filename="../../g40desk/gui/controllers/files.py" line="156" />
        <location filename="../../g40desk/gui/controllers/files.py" line="159" />
        <source>Opslaan mislukt</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="149" />
        <source>%s is geopend door %s; kies een andere naam.</source>
        <translation>%s is open by %s; choose another name.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="160" />
        <source>Er is niets verloren: het pakket is nog open.</source>
        <translation>Nothing was lost: the pack is still open.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="166" />
        <source>Opgeslagen: %s</source>
        <translation>Saved: %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="174" />
        <source>Alleen-lezen bestand</source>
        <translation>Read-only file</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="175" />
        <source>%s is alleen-lezen. Toch overschrijven? Het blijft daarna alleen-lezen.</source>
        <translation>%s is read-only. Overwrite it anyway? It stays read-only afterwards.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="191" />
        <source>Slotbestand niet verwijderd</source>
        <translation>Lock file not removed</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="203" />
        <source>Beschadigde bestanden opzijgezet</source>
        <translation>Damaged files set aside</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="204" />
        <source>g40desk is gestart zonder deze eigen bestanden, omdat ze beschadigd of onbruikbaar waren. Ze zijn niet weggegooid: ze staan hernoemd naast het origineel, voor wie ze wil herstellen.</source>
        <translation>g40desk started without these files of yours, because they were damaged or unusable. They were not thrown away: they are renamed beside the original, for whoever wants to repair them.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="212" />
        <source>Herstel staat uit: g40desk kan niet-opgeslagen werk niet bewaren in %s (%s). Na een crash gaat niet-opgeslagen werk verloren; sla regelmatig op.</source>
        <translation>Recovery is off: g40desk cannot keep unsaved work in %s (%s). After a crash, unsaved work is lost; save often.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/files.py" line="214" />
        <source>Nu opslaan</source>
        <translation>Save now</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../g40desk/gui/dialogs/import_dialog.py" line="13" />
        <source>Matrix importeren</source>
        <translation>Import matrix</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/import_dialog.py" line="16" />
        <source>Uit %s:</source>
        <translation>From %s:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/import_dialog.py" line="18" />
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/import_dialog.py" line="19" />
        <source>Geen wijzigingen.</source>
        <translation>No changes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/dialogs/import_dialog.py" line="20" />
        <source>Wijzigingen (%n)</source>
        <translation><numerusform>Changes (%n)</numerusform><numerusform>Changes (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/import_dialog.py" line="24" />
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/dialogs/import_dialog.py" line="27" />
        <source>Niet overgenomen (%n)</source>
        <translation><numerusform>Not taken over (%n)</numerusform><numerusform>Not taken over (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/import_dialog.py" line="30" />
        <source>&amp;Doorvoeren</source>
        <translation>&amp;Apply</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="83" />
        <source>Geïmporteerde agenda nakijken</source>
        <translation>Review imported agenda</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="88" />
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="88" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="88" />
        <source>Vorige agenda</source>
        <translation>Previous agenda</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="88" />
        <source>Nakijken</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="89" />
        <source>Geïmporteerde onderdelen</source>
        <translation>Imported entries</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="94" />
        <source>zelfde ID ({0:.0%})</source>
        <translation>same ID ({0:.0%})</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="95" />
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="109" />
        <source>{0} — {1} onderdelen, {2} met hetzelfde ID als de vorige agenda, {3} om na te kijken (geel).</source>
        <translation>{0} — {1} entries, {2} with the same ID as the previous agenda, {3} to check (yellow).</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="121" />
        <source>Opslaan als nieuwe agenda</source>
        <translation>Save as new agenda</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="128" />
        <source>Opslaan mislukt</source>
        <translation>Save failed</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="47" />
        <source>Catalogustekst</source>
        <translation>Catalogue text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="49" />
        <source>Aangepaste tekst</source>
        <translation>Tailored text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="50" />
        <source>Leeg laten om de catalogustekst te gebruiken</source>
        <translation>Leave empty to use the catalogue text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="51" />
        <source>Te&amp;rug naar catalogustekst</source>
        <translation>&amp;Use catalogue text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="55" />
        <source>Lokale context</source>
        <translation>Local context</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="56" />
        <source>Gesprekspunten, één per regel</source>
        <translation>Talking points, one per line</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="58" />
        <source>Prioriteit</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="59" />
        <location filename="../../g40desk/gui/panels/item_editor.py" line="64" />
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="63" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="67" />
        <source>Interne notitie</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="69" />
        <source>Interne &amp;notitie
(wordt nooit geëxporteerd)</source>
        <translation>Internal &amp;note
(never exported)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="74" />
        <source>de aangepaste tekst</source>
        <translation>the wording</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="75" />
        <source>de context</source>
        <translation>the context</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="76" />
        <source>de gesprekspunten</source>
        <translation>the talking points</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="90" />
        <source>Reden om het achterhaalde onderdeel te houden</source>
        <translation>Reason to keep the outdated entry</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="91" />
        <source>Waarom het er toch in moet; komt naast de vraag in de notitie</source>
        <translation>Why it stays in; printed beside the ask in the note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="96" />
        <source>&amp;Bewust houden, omdat:</source>
        <translation>&amp;Keep on purpose, because:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="111" />
        <source>Pr&amp;ioriteit:</source>
        <translation>P&amp;riority:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="118" />
        <source>Kies in ‘Inhoud’ een onderdeel van het pakket om het aan te passen (Ctrl+2 gaat erheen).

Nog niets in het pakket? Vink in de catalogus thema’s of eisen aan.</source>
        <translation>Choose an item under ‘Contents’ to tailor it (Ctrl+2 goes there).

Nothing in the pack yet? Tick themes or demands in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="102" />
        <source>Catalogus:</source>
        <translation>Catalogue:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="41" />
        <source>Soort onderdeel</source>
        <translation>Kind of item</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="106" />
        <source>&amp;Aangepast:</source>
        <translation>&amp;Tailored:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="109" />
        <source>&amp;Context:</source>
        <translation>&amp;Context:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="110" />
        <source>&amp;Gesprekspunten:</source>
        <translation>Talkin&amp;g points:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="112" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="177" />
        <source> (eigen inbreng)</source>
        <translation> (own input)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="204" />
        <source>Deels achterhaald</source>
        <translation>Partly outdated</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="204" />
        <source>Achterhaald</source>
        <translation>Outdated</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="205" />
        <source>%1 sinds %2: %3
%4</source>
        <translation>%1 since %2: %3
%4</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="207" />
        <source>De export weigert dit onderdeel zolang er geen reden staat om het te houden.</source>
        <translation>Export refuses this entry until a reason to keep it is given.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="208" />
        <source>De notitie zegt dit naast de vraag, met uw reden.</source>
        <translation>The note says so beside the ask, with your reason.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="229" />
        <source>Staat in geen enkel document bij dit soort onderdeel: %s. Zet de tekst in de context of wis hem in een ouder pakket.</source>
        <translation>Appears in no document for this kind of entry: %s. Move the text into the context, or delete it from an older pack.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="247" />
        <source>Onbekende plaatshouder: %s</source>
        <translation>Unknown placeholder: %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="250" />
        <source>Zonder waarde (vul de gegevens in of pas de tekst aan): %s</source>
        <translation>Without a value (fill in the facts or change the text): %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/item_editor.py" line="253" />
        <source>Plaatshouders: {stad}, {ministerie}, {datum}, …</source>
        <translation>Placeholders: {stad}, {ministerie}, {datum}, …</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="20" />
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="21" />
        <source>middel</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="22" />
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="28" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="29" />
        <source>aangekaart</source>
        <translation>raised</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="30" />
        <source>in behandeling</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="31" />
        <source>toegezegd</source>
        <translation>agreed</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="32" />
        <source>gerealiseerd</source>
        <translation>achieved</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="33" />
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="52" />
        <source>Openbaar</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="53" />
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="54" />
        <source>Vertrouwelijk</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="60" />
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="61" />
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="62" />
        <source>Kernboodschap</source>
        <translation>Core message</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="63" />
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="64" />
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="65" />
        <source>Eis</source>
        <translation>Demand</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="66" />
        <source>Kerngegeven</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="73" />
        <source>aangepaste tekst</source>
        <translation>wording</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="74" />
        <source>context</source>
        <translation>context</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="75" />
        <source>gesprekspunten</source>
        <translation>talking points</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="76" />
        <source>prioriteit</source>
        <translation>priority</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="77" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="78" />
        <source>interne notitie</source>
        <translation>internal note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="79" />
        <source>tekst voor deze doelgroep</source>
        <translation>wording for this audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="80" />
        <source>context voor deze doelgroep</source>
        <translation>context for this audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="81" />
        <source>gesprekspunten voor deze doelgroep</source>
        <translation>talking points for this audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="82" />
        <source>prioriteit voor deze doelgroep</source>
        <translation>priority for this audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="88" />
        <source>Sociale Pijler</source>
        <translation>Social pillar</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="89" />
        <source>Pijler Economie &amp; Werk</source>
        <translation>Economy &amp; Work pillar</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="90" />
        <source>Fysieke Pijler</source>
        <translation>Physical pillar</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="96" />
        <source>minister</source>
        <translation>minister</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="97" />
        <source>minister voor …</source>
        <translation>minister for …</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="98" />
        <source>staatssecretaris</source>
        <translation>state secretary</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="99" />
        <source>burgemeester</source>
        <translation>mayor</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="100" />
        <source>wethouder</source>
        <translation>alderman</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="116" />
        <source> (vervallen)</source>
        <translation> (retired)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="119" />
        <source> (deels achterhaald)</source>
        <translation> (partly outdated)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="120" />
        <source> (achterhaald)</source>
        <translation> (outdated)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="122" />
        <source> (eigen inbreng)</source>
        <translation> (own input)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="130" />
        <source>Achterhaald sinds {0}: {1}

</source>
        <translation>Outdated since {0}: {1}

</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="133" />
        <source>Vervallen: {0}

</source>
        <translation>Retired: {0}

</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../../g40desk/gui/dialogs/licences.py" line="32" />
        <source>Licenties van derden</source>
        <translation>Third-party licences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/licences.py" line="35" />
        <source>g40desk valt onder de EUPL-1.2. Het bevat de onderdelen hieronder, elk onder zijn eigen licentie.</source>
        <translation>g40desk is licensed under the EUPL-1.2. It contains the components below, each under its own licence.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/licences.py" line="39" />
        <source>Onderdelen</source>
        <translation>Components</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/licences.py" line="44" />
        <source>Licentietekst</source>
        <translation>Licence text</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="139" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="140" />
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="141" />
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="142" />
        <location filename="../../g40desk/gui/support/labels.py" line="151" />
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="143" />
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="144" />
        <source>Aangepaste tekst</source>
        <translation>Tailored text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="145" />
        <source>Lokale context</source>
        <translation>Local context</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="146" />
        <source>Interne notitie</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="147" />
        <source>Gesprekspunten</source>
        <translation>Talking points</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="148" />
        <source>Afwijkende tekst</source>
        <translation>Audience-specific text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="149" />
        <source>Afwijkende context</source>
        <translation>Audience-specific context</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="150" />
        <source>Afwijkende gesprekspunten</source>
        <translation>Audience-specific talking points</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="152" />
        <source>Eigen inbreng</source>
        <translation>Own input</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="153" />
        <source>Wat is gezegd</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="154" />
        <source>Vervolgactie</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="155" />
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="167" />
        <source>%1: hooguit %2 tekens. De tekst blijft in het vak staan, maar is niet bewaard; maak hem korter of zet een deel in een apart document.</source>
        <translation>%1: at most %2 characters. The text stays in the box but is not saved; shorten it or put part of it in a separate document.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="172" />
        <source>Er kunnen hooguit %1 onderdelen in één pakket; er is niets toegevoegd. Haal onderdelen weg of verdeel ze over twee pakketten.</source>
        <translation>A pack can hold at most %1 entries; nothing was added. Remove entries or split them over two packs.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="176" />
        <source>Er kunnen hooguit %1 doelgroepen in één pakket; deze is niet toegevoegd. Haal eerst een doelgroep weg.</source>
        <translation>A pack can hold at most %1 audiences; this one was not added. Remove an audience first.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="180" />
        <source>Er kunnen hooguit %1 eigen eisen en doelen in één pakket; deze is niet toegevoegd. Haal eerst een eigen eis of doel weg.</source>
        <translation>A pack can hold at most %1 own demands and goals; this one was not added. Remove one of your own demands or goals first.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="184" />
        <source>Gesprekspunten: hooguit %1 per onderdeel (één per regel).</source>
        <translation>Talking points: at most %1 per entry (one per line).</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="186" />
        <source>Gesprekspunten: hooguit %1 in het hele pakket.</source>
        <translation>Talking points: at most %1 in the whole pack.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="187" />
        <source>De tekst blijft in het vak staan, maar is niet bewaard tot u regels samenvoegt of verwijdert.</source>
        <translation>The text stays in the box but is not saved until you merge or remove lines.</translation>
    </message>
</context>
<context>
    <name>LookbackDialog</name>
    <message>
        <location filename="../../g40desk/gui/dialogs/lookback_dialog.py" line="24" />
        <source>Terugblik uit het vorige overleg</source>
        <translation>Looking back at the last meeting</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/lookback_dialog.py" line="25" />
        <source>Deze toezeggingen en open acties komen uit het laatste overleg met de doelgroep, gevonden in de mappen van het overzicht. Ze komen vooraan in de notitie, onder ‘Terugblik’. Vink uit wat u niet wilt noemen.</source>
        <translation>These promises and open actions come from the last meeting with the audience, found in the overview's folders. They go first in the note, under ‘Terugblik’. Untick what you do not want to raise.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/lookback_dialog.py" line="30" />
        <source>Punten voor de terugblik</source>
        <translation>Points to look back on</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/lookback_dialog.py" line="36" />
        <source>zonder datum</source>
        <translation>undated</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/lookback_dialog.py" line="37" />
        <source>%1: uit ‘%2’ (%3)</source>
        <translation>%1: from ‘%2’ (%3)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/lookback_dialog.py" line="50" />
        <source>&amp;Overnemen</source>
        <translation>&amp;Take over</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/lookback_dialog.py" line="51" />
        <source>Over&amp;slaan</source>
        <translation>&amp;Skip</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="89" />
        <source>Nieuwe briefing</source>
        <translation>New briefing</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="97" />
        <source>Catalogus</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="105" />
        <source>Inhoud van het pakket</source>
        <translation>Contents of the pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="115" />
        <source>Het pakket is nog leeg.

Vink in de catalogus thema’s of eisen aan (Spatie), of kies er een en druk op Enter. Zoeken: Ctrl+F.</source>
        <translation>The pack is still empty.

Tick themes or demands in the catalogue (Space), or choose one and press Enter. Search: Ctrl+F.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="128" />
        <source>&amp;Onderdeel</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="129" />
        <source>&amp;Pakket</source>
        <translation>&amp;Pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="132" />
        <source>(voeg op het tabblad Pakket een doelgroep toe)</source>
        <translation>(add an audience on the Pack tab)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="134" />
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="164" />
        <source>Wijziging niet bewaard</source>
        <translation>Change not saved</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="267" />
        <source>‘%s’ is uit het pakket gehaald, met uw aanpassingen.</source>
        <translation>‘%s’ was taken out of the pack, with your changes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/main_window.py" line="269" />
        <source>%n onderdelen uit het pakket gehaald, ook aangepaste.</source>
        <translation><numerusform>%n item taken out of the pack, with your changes.</numerusform><numerusform>%n items taken out of the pack, some with your changes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="360" />
        <source>&lt;h3&gt;g40desk {version}&lt;/h3&gt;&lt;p&gt;Briefings voor lobbygesprekken van het Stedennetwerk G40.&lt;/p&gt;&lt;p&gt;Agenda: {agenda}, versie {agenda_version}{date}.&lt;/p&gt;&lt;p&gt;Licentie: European Union Public Licence (EUPL) 1.2; de volledige tekst staat in het bestand LICENSE bij het programma. Werkt volledig offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;g40desk {version}&lt;/h3&gt;&lt;p&gt;Briefings for lobbying meetings of the G40 city network.&lt;/p&gt;&lt;p&gt;Agenda: {agenda}, version {agenda_version}{date}.&lt;/p&gt;&lt;p&gt;Licence: European Union Public Licence (EUPL) 1.2; the full text is in the file LICENSE that comes with the program. Works fully offline.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="365" />
        <source>Licenties van derden…</source>
        <translation>Third-party licences…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="376" />
        <source>Licenties van derden</source>
        <translation>Third-party licences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="342" />
        <source> (alleen-lezen)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/main_window.py" line="359" />
        <source>Over g40desk</source>
        <translation>About g40desk</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../g40desk/gui/support/notify.py" line="143" />
        <location filename="../../g40desk/gui/support/notify.py" line="144" />
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>MinistryChecklist</name>
    <message>
        <location filename="../../g40desk/gui/support/widgets.py" line="218" />
        <source>Ministeries</source>
        <translation>Ministries</translation>
    </message>
</context>
<context>
    <name>NewPackDialog</name>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="36" />
        <source>Nieuw pakket</source>
        <translation>New pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="38" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="39" />
        <source>bv. Bestuurlijk overleg wonen met de minister van BZK</source>
        <translation>e.g. Housing consultation with the BZK minister</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="41" />
        <source>Datum van het overleg</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="43" />
        <source>Plaats of soort overleg</source>
        <translation>Place or kind of meeting</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="44" />
        <source>bv. Den Haag, ministerie van BZK; of: werkbezoek</source>
        <translation>e.g. The Hague, BZK ministry; or: working visit</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="45" />
        <source>Stad of ministerie zoeken…</source>
        <translation>Search a city or ministry…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="46" />
        <source>Doelgroep zoeken</source>
        <translation>Search audiences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="48" />
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="50" />
        <source>Doelgroep toevoegen (Enter in het zoekveld)</source>
        <translation>Add the audience (Enter in the search field)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="52" />
        <source>Gekozen doelgroepen</source>
        <translation>Chosen audiences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="56" />
        <source>Thema's van het gesprek</source>
        <translation>Themes of the meeting</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="64" />
        <source>De eisen kiest u daarna in de catalogus; die opent bij deze thema's (Spatie vinkt aan).</source>
        <translation>You then pick the demands in the catalogue, which opens at these themes (Space ticks).</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="73" />
        <source>T&amp;itel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="74" />
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="77" />
        <source>&amp;Plaats / soort:</source>
        <translation>&amp;Place / kind:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="78" />
        <source>Doel&amp;groepen:</source>
        <translation>Audien&amp;ces:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="82" />
        <source>T&amp;hema's (mag leeg):</source>
        <translation>T&amp;hemes (optional):</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="85" />
        <source>Pakket &amp;maken</source>
        <translation>&amp;Make pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/new_pack_dialog.py" line="117" />
        <source>Enter of dubbelklik: weer weghalen</source>
        <translation>Enter or double-click: remove again</translation>
    </message>
</context>
<context>
    <name>NoteOptionsBox</name>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="191" />
        <source>Word-notitie</source>
        <translation>Word note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="193" />
        <source>Vorm van de notitie</source>
        <translation>Form of the note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="194" />
        <source>Briefingnotitie</source>
        <translation>Briefing note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="195" />
        <source>Gesprekskaart (één pagina)</source>
        <translation>Talking-points card (one page)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="197" />
        <source>Kern van het gesprek</source>
        <translation>Key points</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="198" />
        <source>Waarom is dit van belang?</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="199" />
        <source>Wat willen we?</source>
        <translation>What we want</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="200" />
        <source>Kerngegevens</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="201" />
        <source>Bijlage met de volledige eisen</source>
        <translation>Annex with the full demands</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="205" />
        <source>Vor&amp;m:</source>
        <translation>Fo&amp;rm:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="212" />
        <source>Vragen aan anderen</source>
        <translation>Asks for others</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="213" />
        <source>In een notitie of kaart voor een ministerie of minister komen eerst de vragen die op de datum van het overleg aan die doelgroep gericht zijn. De vragen voor anderen komen daarna onder ‘Ook van belang voor …’, of worden weggelaten.</source>
        <translation>A note or card for a ministry or minister starts with the asks addressed to that audience on the meeting date. Asks for others follow under ‘Also of interest to …’, or are left out.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="217" />
        <source>onder ‘Ook van belang voor …’</source>
        <translation>under ‘Also of interest to …’</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="218" />
        <source>weglaten</source>
        <translation>leave out</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="219" />
        <source>Vragen aan anderen:</source>
        <translation>Asks for others:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="224" />
        <source>Lengte van de gesprekskaart</source>
        <translation>Length of the talking-points card</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="261" />
        <source>Past op één pagina.</source>
        <translation>Fits one page.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="264" />
        <source>Ongeveer %n pagina's: past niet op één pagina.</source>
        <translation><numerusform>About %n page: does not fit one page.</numerusform><numerusform>About %n pages: does not fit one page.</numerusform></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../g40desk/gui/support/notify.py" line="225" />
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="64" />
        <source>Het overleg zoals het is gehouden</source>
        <translation>The meeting as it was held</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="65" />
        <source>Gehouden op</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="67" />
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="68" />
        <source>Wie er waren, bv. wethouder, DG Wonen</source>
        <translation>Who was there, e.g. alderman, DG Housing</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="71" />
        <source>Gehou&amp;den op:</source>
        <translation>Hel&amp;d on:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="72" />
        <source>&amp;Aanwezig:</source>
        <translation>Pre&amp;sent:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="86" />
        <source>Doelgroep van de uitkomst</source>
        <translation>Audience of the outcome</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="89" />
        <source>Wat is gezegd</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="91" />
        <source>Wat er op deze vraag is gezegd of toegezegd</source>
        <translation>What was said or promised on this ask</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="93" />
        <source>+ A&amp;ctie toevoegen</source>
        <translation>+ Add a&amp;ction</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="94" />
        <source>Een vervolgactie: wat, wie, uiterlijk wanneer</source>
        <translation>A follow-up action: what, who, by when</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="105" />
        <source>Doel&amp;groep:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="106" />
        <source>&amp;Uitkomst:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="107" />
        <source>Wat &amp;is gezegd:</source>
        <translation>Wha&amp;t was said:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="108" />
        <source>Vervolgacties:</source>
        <translation>Follow-up actions:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="119" />
        <source>◀ Vorige vraag</source>
        <translation>◀ Previous ask</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="120" />
        <source>Vorige vraag (PageUp)</source>
        <translation>Previous ask (PageUp)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="121" />
        <source>Volgende vraag ▶</source>
        <translation>Next ask ▶</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="122" />
        <source>Volgende vraag (PageDown)</source>
        <translation>Next ask (PageDown)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="129" />
        <source>Volgende vraag</source>
        <translation>Next ask</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="131" />
        <source>Vorige vraag</source>
        <translation>Previous ask</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="156" />
        <source>Vraag %1 van %2</source>
        <translation>Ask %1 of %2</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="159" />
        <source>Dit pakket heeft nog geen vragen (eisen). Uitkomsten horen bij een eis.</source>
        <translation>This pack has no asks (demands) yet. Outcomes belong to a demand.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="161" />
        <source>Voeg eerst op het tabblad Pakket een doelgroep toe: een uitkomst is van een doelgroep.</source>
        <translation>First add an audience on the Pack tab: an outcome belongs to an audience.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="163" />
        <source>Alleen een eis krijgt een uitkomst. PageDown gaat naar de volgende vraag.</source>
        <translation>Only a demand gets an outcome. PageDown goes to the next ask.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="212" />
        <source>gepland: %1</source>
        <translation>planned: %1</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_panel.py" line="213" />
        <source>(geen datum) bv. 15-01-2027</source>
        <translation>(no date) e.g. 15-01-2027</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="40" />
        <source>geen uitkomst vastgelegd</source>
        <translation>no outcome recorded</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="42" />
        <source>toegezegd</source>
        <translation>promised</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="43" />
        <source>in behandeling</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="44" />
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="45" />
        <source>geen reactie</source>
        <translation>no response</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/labels.py" line="46" />
        <source>niet besproken</source>
        <translation>not discussed</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../g40desk/gui/models/outline_model.py" line="157" />
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/models/outline_model.py" line="210" />
        <source>prioriteit %s</source>
        <translation>priority %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/models/outline_model.py" line="212" />
        <source>status: %s</source>
        <translation>status: %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/models/outline_model.py" line="214" />
        <source>eigen formulering</source>
        <translation>own wording</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/models/outline_model.py" line="216" />
        <source>interne notitie</source>
        <translation>internal note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/models/outline_model.py" line="218" />
        <source>tekst per doelgroep</source>
        <translation>wording per audience</translation>
    </message>
</context>
<context>
    <name>OverrideBox</name>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="20" />
        <source>Per doelgroep</source>
        <translation>Per audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="25" />
        <source>Doelgroep voor afwijkende tekst</source>
        <translation>Audience for different wording</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="26" />
        <source>Tekst voor deze doelgroep</source>
        <translation>Text for this audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="27" />
        <source>Leeg: de aangepaste tekst hierboven</source>
        <translation>Empty: the tailored text above</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="28" />
        <source>Context voor deze doelgroep</source>
        <translation>Context for this audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="29" />
        <source>Leeg: de context hierboven</source>
        <translation>Empty: the context above</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="30" />
        <source>Gesprekspunten voor deze doelgroep, één per regel</source>
        <translation>Talking points for this audience, one per line</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="31" />
        <source>Leeg: de gesprekspunten hierboven</source>
        <translation>Empty: the talking points above</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="33" />
        <source>Prioriteit voor deze doelgroep</source>
        <translation>Priority for this audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="34" />
        <source>(zoals hierboven)</source>
        <translation>(as above)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="37" />
        <source>Voeg eerst doelgroepen toe op het tabblad Pakket.</source>
        <translation>First add audiences on the Pack tab.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="38" />
        <source>Geen gesprekspunten hier</source>
        <translation>No talking points here</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="41" />
        <source>&amp;Doelgroep:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="42" />
        <source>Te&amp;kst:</source>
        <translation>&amp;Wording:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="43" />
        <source>Conte&amp;xt:</source>
        <translation>Conte&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="44" />
        <source>Gespreksp&amp;unten:</source>
        <translation>Talking p&amp;oints:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/override_box.py" line="46" />
        <source>Priorit&amp;eit:</source>
        <translation>Priorit&amp;y:</translation>
    </message>
</context>
<context>
    <name>OwnEntryDialog</name>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="140" />
        <source>Eigen eis of doel</source>
        <translation>Own demand or goal</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="142" />
        <source>Eis</source>
        <translation>Demand</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="143" />
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="145" />
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="147" />
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="148" />
        <source>(geen thema: onder 'Eigen inbreng')</source>
        <translation>(no theme: under 'Own input')</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="153" />
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="157" />
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="158" />
        <source>&amp;Tekst:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="159" />
        <source>T&amp;hema:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="160" />
        <source>&amp;Ministeries:</source>
        <translation>&amp;Ministries:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="161" />
        <source>&amp;Prioriteit:</source>
        <translation>P&amp;riority:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="162" />
        <source>In de notitie staat dit als uw eigen inbreng, niet als G40-agenda.</source>
        <translation>The note shows this as your own input, not as the G40 agenda.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="163" />
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="168" />
        <source>Eigen inbreng</source>
        <translation>Own input</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_dialogs.py" line="168" />
        <source>Vul de tekst in.</source>
        <translation>Fill in the text.</translation>
    </message>
</context>
<context>
    <name>OwnerButton</name>
    <message>
        <location filename="../../g40desk/gui/support/owner_button.py" line="38" />
        <source>alle doelgroepen</source>
        <translation>all audiences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/owner_button.py" line="41" />
        <source>(niet meer in het pakket)</source>
        <translation>(no longer in the pack)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/owner_button.py" line="51" />
        <source>voor %s</source>
        <translation>for %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/owner_button.py" line="52" />
        <source>Voor wie %s is: %s</source>
        <translation>Who %s is for: %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/owner_button.py" line="53" />
        <source>Voor wie %s is geschreven. Een tekst voor één doelgroep komt alleen in de notitie voor die doelgroep; kies ‘alle doelgroepen’ voor tekst die overal klopt.</source>
        <translation>Who %s is written for. A text for one audience appears only in that audience's note; choose ‘all audiences’ for text that is right everywhere.</translation>
    </message>
</context>
<context>
    <name>PackDocument</name>
    <message numerus="yes">
        <location filename="../../g40desk/gui/document.py" line="150" />
        <source>%n onderdelen toevoegen</source>
        <translation><numerusform>add %n item</numerusform><numerusform>add %n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="157" />
        <source>'%s' verwijderen</source>
        <translation>remove '%s'</translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/document.py" line="159" />
        <source>%n onderdelen verwijderen</source>
        <translation><numerusform>remove %n item</numerusform><numerusform>remove %n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="165" />
        <source>'%s' verplaatsen</source>
        <translation>move '%s'</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="175" />
        <source>tekst wijzigen</source>
        <translation>change text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="175" />
        <source>context wijzigen</source>
        <translation>change context</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="176" />
        <source>interne notitie wijzigen</source>
        <translation>change internal note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="176" />
        <source>gesprekspunten wijzigen</source>
        <translation>change talking points</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="177" />
        <source>prioriteit wijzigen</source>
        <translation>change priority</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="177" />
        <source>status wijzigen</source>
        <translation>change status</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="178" />
        <source>catalogustekst herstellen</source>
        <translation>reset to catalogue text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="185" />
        <source>eigenaar wijzigen</source>
        <translation>change owner</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="191" />
        <source>reden voor achterhaald onderdeel</source>
        <translation>reason for an outdated entry</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="195" />
        <source>nagekeken</source>
        <translation>checked</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="199" />
        <source>voor alle doelgroepen bevestigen</source>
        <translation>confirm for all audiences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="203" />
        <source>eigenaren nagekeken</source>
        <translation>owners checked</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="210" />
        <source>afwijking voor %s wijzigen</source>
        <translation>change wording for %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="216" />
        <source>titel wijzigen</source>
        <translation>change title</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="216" />
        <source>auteur wijzigen</source>
        <translation>change author</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="217" />
        <source>rubricering wijzigen</source>
        <translation>change classification</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="217" />
        <source>notitie-onderdelen wijzigen</source>
        <translation>change note sections</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="218" />
        <source>datum wijzigen</source>
        <translation>change date</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="218" />
        <source>plaats wijzigen</source>
        <translation>change place</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="219" />
        <source>deelnemers wijzigen</source>
        <translation>change participants</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="219" />
        <source>doel wijzigen</source>
        <translation>change purpose</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="222" />
        <source>doelgroep toevoegen</source>
        <translation>add audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="222" />
        <source>doelgroep verwijderen</source>
        <translation>remove audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="229" />
        <source>uitkomst wijzigen</source>
        <translation>change outcome</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="229" />
        <source>wat is gezegd wijzigen</source>
        <translation>change what was said</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="238" />
        <source>vervolgactie toevoegen</source>
        <translation>add follow-up action</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="244" />
        <source>vervolgactie wijzigen</source>
        <translation>change follow-up action</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="247" />
        <source>vervolgactie verwijderen</source>
        <translation>remove follow-up action</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="251" />
        <source>datum van het overleg wijzigen</source>
        <translation>change the meeting's date</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="251" />
        <source>aanwezigen wijzigen</source>
        <translation>change who was present</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="286" />
        <source>terugblik overnemen</source>
        <translation>take over the look back</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/document.py" line="290" />
        <source>punt uit de terugblik halen</source>
        <translation>drop a point from the look back</translation>
    </message>
</context>
<context>
    <name>PackPanel</name>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="38" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="39" />
        <source>Datum van het overleg</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="41" />
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="44" />
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="46" />
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="48" />
        <source>Rubricering</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="53" />
        <source>Doelgroepen van het pakket</source>
        <translation>The pack's audiences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="57" />
        <source>Doelgroep zoeken</source>
        <translation>Search audiences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="56" />
        <source>Stad of ministerie zoeken…</source>
        <translation>Search a city or ministry…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="59" />
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="60" />
        <source>Doelgroep aan het pakket toevoegen (Enter)</source>
        <translation>Add the audience to the pack (Enter)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="61" />
        <source>Verwi&amp;jderen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="62" />
        <source>Gekozen doelgroep uit het pakket halen</source>
        <translation>Take the chosen audience out of the pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="63" />
        <source>Eisen aan dit ministerie &amp;selecteren</source>
        <translation>&amp;Select demands to this ministry</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="68" />
        <source>T&amp;itel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="70" />
        <source>Pl&amp;aats:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="72" />
        <source>Do&amp;el:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="144" />
        <source>‘%1’ staat al in het pakket.</source>
        <translation>‘%1’ is already in the pack.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="69" />
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="71" />
        <source>Deel&amp;nemers:</source>
        <translation>Participa&amp;nts:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="73" />
        <source>A&amp;uteur:</source>
        <translation>Auth&amp;or:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="74" />
        <source>&amp;Rubricering:</source>
        <translation>&amp;Classification:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/pack_panel.py" line="78" />
        <source>Doel&amp;groep:</source>
        <translation>&amp;Audience:</translation>
    </message>
</context>
<context>
    <name>PackStarts</name>
    <message>
        <location filename="../../g40desk/gui/controllers/starting.py" line="71" />
        <source>Pakket niet gedupliceerd</source>
        <translation>Pack not duplicated</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/starting.py" line="79" />
        <source>Kopie van ‘%1’ gemaakt voor %2. Sla hem op onder een nieuwe naam.</source>
        <translation>Copy of ‘%1’ made for %2. Save it under a new name.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/controllers/starting.py" line="82" />
        <source>%n teksten van de vorige doelgroep bleven achter.</source>
        <translation><numerusform>%n text of the previous audience stayed behind.</numerusform><numerusform>%n texts of the previous audience stayed behind.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/controllers/starting.py" line="84" />
        <source>Nog na te kijken: %n teksten (gemarkeerd bij het onderdeel).</source>
        <translation><numerusform>To check: %n text (marked at the item).</numerusform><numerusform>To check: %n texts (marked at the item).</numerusform></translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/starting.py" line="86" />
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/starting.py" line="103" />
        <source>Terugblik</source>
        <translation>Looking back</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/starting.py" line="107" />
        <source>Terugblik: het vorige overleg zoeken…</source>
        <translation>Looking back: finding the last meeting…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/starting.py" line="120" />
        <source>Terugblik: geen toezeggingen of open acties uit een vorig overleg met deze doelgroepen gevonden.</source>
        <translation>Looking back: no promises or open actions found from an earlier meeting with these audiences.</translation>
    </message>
</context>
<context>
    <name>PanelLayout</name>
    <message>
        <location filename="../../g40desk/gui/support/layout.py" line="139" />
        <source>&amp;Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/layout.py" line="150" />
        <source>Catalogus</source>
        <translation>Catalogue</translation>
    </message>
</context>
<context>
    <name>ParticipantsBox</name>
    <message>
        <location filename="../../g40desk/gui/panels/participants_box.py" line="27" />
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/participants_box.py" line="28" />
        <source>de deelnemers</source>
        <translation>the participants</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/participants_box.py" line="30" />
        <source>Doelgroep met eigen deelnemers</source>
        <translation>Audience with its own participants</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/participants_box.py" line="31" />
        <source>Deelnemers voor deze doelgroep</source>
        <translation>Participants for this audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/participants_box.py" line="32" />
        <source>Leeg: de deelnemers hierboven</source>
        <translation>Empty: the participants above</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/participants_box.py" line="36" />
        <source>Eigen deelnemers &amp;voor:</source>
        <translation>Own participants &amp;for:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="33" />
        <source>Voorkeuren</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="35" />
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="37" />
        <source>Word-sjabloon</source>
        <translation>Word template</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="38" />
        <source>G40-huisstijl (ingebouwd)</source>
        <translation>G40 house style (built in)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="39" />
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="44" />
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="41" />
        <source>Stan&amp;daard</source>
        <translation>&amp;Default</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="49" />
        <source>Automatisch bewaren, seconden</source>
        <translation>Autosave, seconds</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="51" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="55" />
        <source>Mappen van het overzicht</source>
        <translation>Ledger folders</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="58" />
        <source>Map toe&amp;voegen…</source>
        <translation>Add f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="60" />
        <source>Map &amp;weghalen</source>
        <translation>&amp;Remove folder</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="63" />
        <source>Hier leest g40desk de pakketten voor Stand van zaken en Terugblik, alleen-lezen. Geen map gekozen: de map van het open pakket.</source>
        <translation>g40desk reads the packs here for Where things stand and Looking back, read-only. No folder chosen: the open pack's folder.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="65" />
        <source>Door IT ingesteld, daarnaast: %1</source>
        <translation>Set by IT, as well: %1</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="82" />
        <source>&amp;Auteur:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="83" />
        <source>Word-&amp;sjabloon:</source>
        <translation>Word &amp;template:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="86" />
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="87" />
        <source>Automatisch &amp;bewaren elke:</source>
        <translation>Auto&amp;save every:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="88" />
        <source>Een andere taal geldt na herstarten.</source>
        <translation>A different language applies after a restart.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="89" />
        <source>&amp;Mappen van het
overzicht:</source>
        <translation>Ledger
&amp;folders:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="100" />
        <source>Word-sjabloon kiezen</source>
        <translation>Choose Word template</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="101" />
        <source>Word-sjabloon (*.docx *.dotx *.docm *.dotm)</source>
        <translation>Word template (*.docx *.dotx *.docm *.dotm)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="106" />
        <source>Map met pakketten voor het overzicht</source>
        <translation>Folder with packs for the ledger</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="121" />
        <source>Dit neemt een notitie er niet uit over:</source>
        <translation>A note does not take over the following from it:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="123" />
        <source>{%1} (%2): wordt ingevuld</source>
        <translation>{%1} (%2): filled in</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="124" />
        <source>{%1} (%2): niet bekend, blijft letterlijk staan</source>
        <translation>{%1} (%2): not known, stays as typed</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="126" />
        <source>Plaatshouders in kop- en voetteksten:</source>
        <translation>Placeholders in headers and footers:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="128" />
        <source>Stijlen:</source>
        <translation>Styles:</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="132" />
        <source>Het sjabloon heeft geen voettekst: de notitie krijgt 'pagina X van Y'.</source>
        <translation>The template has no footer: the note gets 'pagina X van Y' (page X of Y).</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="133" />
        <source>Pagina: %1.</source>
        <translation>Page: %1.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="134" />
        <source>Het sjabloon is bruikbaar.</source>
        <translation>The template can be used.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="150" />
        <source>Sjabloon gecontroleerd</source>
        <translation>Template checked</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/preferences.py" line="146" />
        <source>Sjabloon niet bruikbaar</source>
        <translation>Template not usable</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../g40desk/gui/panels/preview.py" line="172" />
        <source>Voorbeeld voor doelgroep</source>
        <translation>Preview for audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/preview.py" line="174" />
        <source>Voorbeeld van de notitie</source>
        <translation>Preview of the note</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/preview.py" line="177" />
        <source>Klik: dat onderdeel kiezen in ‘Inhoud’. Dubbelklik: het aanpassen.</source>
        <translation>Click: choose that item in ‘Contents’. Double-click: edit it.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/preview.py" line="178" />
        <source>Voorbeeld voor:</source>
        <translation>Preview for:</translation>
    </message>
</context>
<context>
    <name>Restorer</name>
    <message>
        <location filename="../../g40desk/gui/controllers/restore.py" line="40" />
        <source>De vorige sessie van g40desk is onverwacht beëindigd; het verslag voor de IT-ondersteuning staat in %s.</source>
        <translation>The previous g40desk session ended unexpectedly; the report for IT support is in %s.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/restore.py" line="45" />
        <source>g40desk is de vorige keer niet netjes afgesloten.</source>
        <translation>g40desk did not close properly last time.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/restore.py" line="47" />
        <source>Werk herstellen</source>
        <translation>Restore work</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/restore.py" line="48" />
        <source>Er is niet-opgeslagen werk gevonden van %s.

Herstellen?</source>
        <translation>Unsaved work was found: %s.

Restore it?</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/restore.py" line="58" />
        <source>Onverwacht beëindigd</source>
        <translation>Ended unexpectedly</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/restore.py" line="58" />
        <source>Er was geen niet-opgeslagen werk.</source>
        <translation>There was no unsaved work.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/restore.py" line="76" />
        <source>Het werk is hersteld als nieuw pakket; sla het op met ‘Opslaan als’.</source>
        <translation>The work was restored as a new pack; save it with ‘Save as’.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/restore.py" line="79" />
        <source>Het werk is hersteld als nieuw pakket; %s is niet overschreven. Sla het op met ‘Opslaan als’.</source>
        <translation>The work was restored as a new pack; %s was not overwritten. Save it with ‘Save as’.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/restore.py" line="85" />
        <source>Pakket is nu geopend door een ander</source>
        <translation>Pack is now open by someone else</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/restore.py" line="86" />
        <source>%s is nu geopend door %s.

U kunt uw herstelde werk als nieuw pakket openen en het daarna onder een andere naam opslaan, of het pakket overnemen: dan kunnen wijzigingen van de ander verloren gaan.</source>
        <translation>%s is now open by %s.

You can open your restored work as a new pack and then save it under another name, or take the pack over: the other person's changes may then be lost.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/restore.py" line="89" />
        <source>Als &amp;nieuw pakket herstellen</source>
        <translation>Restore as a &amp;new pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/restore.py" line="90" />
        <source>&amp;Overnemen</source>
        <translation>&amp;Take over</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/restore.py" line="94" />
        <source>nog niet opgeslagen</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/controllers/restore.py" line="95" />
        <source>'%1' (%2), bewaard op %3</source>
        <translation>'%1' (%2), kept at %3</translation>
    </message>
</context>
<context>
    <name>ResultPicker</name>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_fields.py" line="41" />
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/outcome_fields.py" line="42" />
        <source>Toets 1 tot 5 kiest de uitkomst, 0 wist hem.</source>
        <translation>Keys 1 to 5 choose the outcome, 0 clears it.</translation>
    </message>
</context>
<context>
    <name>ReviewBox</name>
    <message>
        <location filename="../../g40desk/gui/panels/review_box.py" line="40" />
        <source>de aangepaste tekst</source>
        <translation>the wording</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/review_box.py" line="40" />
        <source>de context</source>
        <translation>the context</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/review_box.py" line="41" />
        <source>de gesprekspunten</source>
        <translation>the talking points</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/review_box.py" line="41" />
        <source>de deelnemers</source>
        <translation>the participants</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/review_box.py" line="73" />
        <source> voor %s</source>
        <translation> for %s</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/review_box.py" line="75" />
        <source>Nog nakijken: %1%2 is overgenomen van %3. De export wacht tot u hem hebt nagekeken.</source>
        <translation>To check: %1%2 was taken over from %3. Export waits until you have checked it.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/review_box.py" line="76" />
        <source>een andere doelgroep</source>
        <translation>another audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/review_box.py" line="78" />
        <source>Nagekeken</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/review_box.py" line="81" />
        <source>In %1 voor alle doelgroepen staan eigennamen: %2. Horen ze bij één doelgroep, geef de tekst dan die doelgroep als eigenaar.</source>
        <translation>%1 for all audiences holds proper names: %2. If they belong to one audience, make that audience the text's owner.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/review_box.py" line="85" />
        <source>Bedoeld voor alle doelgroepen</source>
        <translation>Meant for all audiences</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="49" />
        <source>Wijzigingen in de agenda</source>
        <translation>Changes in the agenda</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="53" />
        <source>Vink aan wat u overneemt; wat niet is aangevinkt houdt u zoals het in het pakket staat. Uw eigen teksten blijven altijd staan.</source>
        <translation>Tick what you accept; what is not ticked stays as it is in the pack. Your own texts always stay.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="57" />
        <source>Overnemen</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="57" />
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="57" />
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="59" />
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="70" />
        <source>Toelichting bij de wijziging</source>
        <translation>About the change</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="75" />
        <source>Toepassen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="76" />
        <source>Alles overnemen</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="77" />
        <source>Alles houden</source>
        <translation>Keep all</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="94" />
        <source>tekst gewijzigd</source>
        <translation>text changed</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="95" />
        <source>uit de agenda</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="96" />
        <source>achterhaald</source>
        <translation>outdated</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="97" />
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="102" />
        <source>de nieuwe agendatekst gebruiken</source>
        <translation>use the new agenda text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="102" />
        <source>de oude tekst houden</source>
        <translation>keep the old text</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="103" />
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="104" />
        <source>uit het pakket halen</source>
        <translation>remove from the pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="103" />
        <source>houden als eigen inbreng</source>
        <translation>keep as own input</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="104" />
        <source>toch houden</source>
        <translation>keep anyway</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="105" />
        <source>aan het pakket toevoegen</source>
        <translation>add to the pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="105" />
        <source>niet toevoegen</source>
        <translation>do not add</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="122" />
        <source>Uw eigen tekst voor dit onderdeel blijft staan.</source>
        <translation>Your own text for this entry stays.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/agenda_review_dialog.py" line="123" />
        <source>Aangevinkt: {0}. Niet aangevinkt: {1}.</source>
        <translation>Ticked: {0}. Not ticked: {1}.</translation>
    </message>
</context>
<context>
    <name>StandingsDialog</name>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="64" />
        <location filename="../../g40desk/gui/dialogs/standings.py" line="145" />
        <source>Stand van zaken</source>
        <translation>Where things stand</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="75" />
        <location filename="../../g40desk/gui/dialogs/standings.py" line="80" />
        <location filename="../../g40desk/gui/dialogs/standings.py" line="83" />
        <source>Doelgroep</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="76" />
        <source>Alle doelgroepen van dit pakket</source>
        <translation>All audiences of this pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="80" />
        <location filename="../../g40desk/gui/dialogs/standings.py" line="82" />
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="80" />
        <source>Laatste uitkomst</source>
        <translation>Last outcome</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="80" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="81" />
        <location filename="../../g40desk/gui/dialogs/standings.py" line="83" />
        <source>Pakket</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="82" />
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="82" />
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="82" />
        <source>Uiterlijk</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="85" />
        <source>Per vraag</source>
        <translation>Per ask</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="86" />
        <source>&amp;Per vraag</source>
        <translation>&amp;Per ask</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="87" />
        <source>Open &amp;acties over datum</source>
        <translation>Open &amp;actions past their date</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="110" />
        <source>Open acties over datum</source>
        <translation>Open actions past their date</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="204" />
        <source>Open &amp;acties over datum (%1)</source>
        <translation>Open &amp;actions past their date (%1)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="88" />
        <source>&amp;Opnieuw lezen</source>
        <translation>&amp;Read again</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="130" />
        <source>Geen mappen om te lezen: sla het pakket op, of kies mappen onder Bestand → Voorkeuren → Mappen van het overzicht.</source>
        <translation>No folders to read: save the pack, or choose folders under File → Preferences → Ledger folders.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="135" />
        <source>Uit de pakketten in de map van dit pakket: %1 (kies andere mappen onder Bestand → Voorkeuren).</source>
        <translation>From the packs in this pack's folder: %1 (choose other folders under File → Preferences).</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="137" />
        <source>Uit de pakketten in: %1</source>
        <translation>From the packs in: %1</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="138" />
        <source>Bezig met lezen…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="154" />
        <source>%1 pakketten gelezen (%2 bestanden ongewijzigd uit de index), %3 overgeslagen.</source>
        <translation>%1 packs read (%2 files unchanged, from the index), %3 skipped.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="183" />
        <source> (dit pakket)</source>
        <translation> (this pack)</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="191" />
        <source>nog niets vastgelegd</source>
        <translation>nothing recorded yet</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/dialogs/standings.py" line="193" />
        <source>Bestand: %1</source>
        <translation>File: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../g40desk/gui/dialogs/standings.py" line="194" />
        <source>%n overleggen met uitkomst</source>
        <translation><numerusform>%n meeting with an outcome</numerusform><numerusform>%n meetings with an outcome</numerusform></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../g40desk/gui/panels/start_page.py" line="24" />
        <source>Welkom bij g40desk</source>
        <translation>Welcome to g40desk</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/start_page.py" line="27" />
        <source>Stel een briefing samen uit de Strategische Agenda G40: vink in de catalogus (Ctrl+1) thema’s en eisen aan, pas ze aan voor uw stad of ministerie, en exporteer een Word-notitie of Excel-matrix.</source>
        <translation>Build a briefing from the G40 Strategic Agenda: tick themes and demands in the catalogue (Ctrl+1), tailor them for your city or ministry, and export a Word note or an Excel matrix.</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/start_page.py" line="30" />
        <source>&amp;Nieuw pakket</source>
        <translation>&amp;New pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/start_page.py" line="31" />
        <source>Pakket &amp;openen…</source>
        <translation>&amp;Open pack…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/start_page.py" line="32" />
        <source>&amp;Voorbeeldpakket bekijken</source>
        <translation>View the &amp;sample pack</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/start_page.py" line="33" />
        <source>Een ingevuld pakket (Zwolle en BZK) om te zien hoe het werkt</source>
        <translation>A filled-in pack (Zwolle and BZK) to see how it works</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/start_page.py" line="38" />
        <source>&amp;Recente pakketten</source>
        <translation>&amp;Recent packs</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/start_page.py" line="41" />
        <source>Recente pakketten</source>
        <translation>Recent packs</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/start_page.py" line="42" />
        <source>Enter of dubbelklik: openen</source>
        <translation>Enter or double-click: open</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/panels/start_page.py" line="44" />
        <source>Nog geen recente pakketten. Begin met een nieuw pakket of bekijk het voorbeeld.</source>
        <translation>No recent packs yet. Start a new pack or look at the sample.</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <location filename="../../g40desk/gui/support/view_menu.py" line="20" />
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/view_menu.py" line="39" />
        <source>&amp;Catalogus</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/view_menu.py" line="41" />
        <source>&amp;Voorbeeld</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/view_menu.py" line="46" />
        <source>&amp;Werkbalk</source>
        <translation>&amp;Toolbar</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/view_menu.py" line="50" />
        <source>Naar de ca&amp;talogus</source>
        <translation>Go to the catal&amp;ogue</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/view_menu.py" line="51" />
        <source>Naar de &amp;inhoud van het pakket</source>
        <translation>Go to the pack's co&amp;ntents</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/view_menu.py" line="52" />
        <source>Naar het &amp;onderdeel</source>
        <translation>Go to the &amp;item</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/view_menu.py" line="53" />
        <source>Naar de &amp;pakketgegevens</source>
        <translation>Go to the pack &amp;details</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/view_menu.py" line="54" />
        <source>Naar het voo&amp;rbeeld</source>
        <translation>Go to the p&amp;review</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/view_menu.py" line="57" />
        <source>&amp;Startpagina</source>
        <translation>&amp;Start page</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/view_menu.py" line="58" />
        <source>&amp;Alle panelen tonen</source>
        <translation>Show &amp;all panels</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/support/view_menu.py" line="59" />
        <source>Catalogus, voorbeeld en werkbalk weer tonen</source>
        <translation>Show the catalogue, preview and toolbar again</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="43" />
        <source>Eerst een pakket met onderdelen: Nieuw pakket (Ctrl+N) of Openen (Ctrl+O).</source>
        <translation>First a pack with items: New pack (Ctrl+N) or Open (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="46" />
        <source>Het verslag van het overleg: uitkomsten, toezeggingen en vervolgacties</source>
        <translation>The report of the meeting: outcomes, promises and follow-up actions</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="47" />
        <source>Eerst per vraag de uitkomst vastleggen (Na het overleg).</source>
        <translation>First record the outcome of each ask (After the meeting).</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="61" />
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="62" />
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="63" />
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="64" />
        <source>Opslaan &amp;als…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="65" />
        <source>Pakket dup&amp;liceren voor andere doelgroep…</source>
        <translation>D&amp;uplicate pack for another audience…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="67" />
        <source>&amp;Word-notitie exporteren…</source>
        <translation>Export &amp;Word note…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="68" />
        <source>&amp;Excel-matrix exporteren…</source>
        <translation>Export &amp;Excel matrix…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="70" />
        <source>Exporteren &amp;per doelgroep…</source>
        <translation>Export &amp;per audience…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="72" />
        <source>Versla&amp;g exporteren…</source>
        <translation>Export meeting repor&amp;t…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="74" />
        <source>&amp;Matrix importeren…</source>
        <translation>&amp;Import matrix…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="76" />
        <source>Afsl&amp;uiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="77" />
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="80" />
        <source>Opnieu&amp;w</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="84" />
        <source>&amp;Zoeken in catalogus</source>
        <translation>&amp;Find in catalogue</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="87" />
        <source>Onderdeel &amp;verwijderen</source>
        <translation>Remove i&amp;tem</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="88" />
        <source>Omhoog</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="89" />
        <source>Omlaag</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="93" />
        <source>&amp;Over g40desk</source>
        <translation>&amp;About g40desk</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="94" />
        <source>&amp;Voorkeuren…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="95" />
        <source>&amp;Doelgroepen beheren…</source>
        <translation>Manage au&amp;diences…</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="98" />
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="98" />
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="98" />
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="99" />
        <source>Terug</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="99" />
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="99" />
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="100" />
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="100" />
        <source>Per doelgroep</source>
        <translation>Per audience</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="106" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="109" />
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="121" />
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="124" />
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../g40desk/gui/menus.py" line="131" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
</TS>