<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that qtbase_nl (shipped with PySide6-Essentials) has not caught up with:
     Qt 6 added mnemonics to these file-dialog labels, so the old Dutch no longer matches.
     Loaded after qtbase_nl by g40desk.gui.support.settings.install_translators. -->
<TS version="2.1" language="nl_NL">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
</TS>
