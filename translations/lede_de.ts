<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>lede::ui::AboutDialog</name>
    <message>
        <source>Lede %1</source>
        <translation>Lede %1</translation>
    </message>
    <message>
        <source>An article reader that shows who, where and when at a glance.</source>
        <translation>Ein Artikelleser, der auf einen Blick zeigt, wer, wo und wann.</translation>
    </message>
    <message>
        <source>Lede is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Lede ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Lede wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The entity recognition model is trained on the CoNLL-2003 English named-entity annotations (Tjong Kim Sang and De Meulder, 2003) of Reuters news text from the Reuters Corpus, Volume 1.</source>
        <translation>Das Modell zur Erkennung von Eigennamen wurde mit den englischen Named-Entity-Annotationen von CoNLL-2003 (Tjong Kim Sang und De Meulder, 2003) trainiert, die Reuters-Nachrichtentexte aus dem Reuters Corpus, Volume 1, auszeichnen.</translation>
    </message>
    <message>
        <source>Place names and coordinates come from &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, licensed under the Creative Commons Attribution 4.0 License (CC BY 4.0).</source>
        <translation>Ortsnamen und Koordinaten stammen von &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt; und stehen unter der Lizenz Creative Commons Namensnennung 4.0 (CC BY 4.0).</translation>
    </message>
    <message>
        <source>Country names and codes come from Debian&apos;s &lt;i&gt;iso-codes&lt;/i&gt; package.</source>
        <translation>Ländernamen und Ländercodes stammen aus dem Debian-Paket &lt;i&gt;iso-codes&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>First names come from public-domain lists of English first names (PDDL / CC0) and from the US Social Security Administration&apos;s baby-name data.</source>
        <translation>Vornamen stammen aus gemeinfreien Listen englischer Vornamen (PDDL / CC0) und aus den Vornamensstatistiken der US-Sozialversicherungsbehörde (Social Security Administration).</translation>
    </message>
    <message>
        <source>Built with Qt %1 and ICU.</source>
        <translation>Erstellt mit Qt %1 und ICU.</translation>
    </message>
    <message>
        <source>About Lede</source>
        <translation>Über Lede</translation>
    </message>
</context>
<context>
    <name>lede::ui::AddEntityDialog</name>
    <message>
        <source>Add as Entity</source>
        <translation>Als Entität hinzufügen</translation>
    </message>
    <message>
        <source>Choose an entity from the list to add “%1” to it, or type a new name.</source>
        <translation>Wählen Sie in der Liste die Entität, zu der „%1“ gehört, oder geben Sie einen neuen Namen ein.</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entität:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
</context>
<context>
    <name>lede::ui::AnnotationController</name>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Finding people, places, organisations and dates…</source>
        <translation>Personen, Orte, Organisationen und Zeitangaben werden gesucht …</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Next Mention</source>
        <translation>&amp;Nächste Erwähnung</translation>
    </message>
    <message>
        <source>&amp;Previous Mention</source>
        <translation>&amp;Vorherige Erwähnung</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <source>Export Entities as &amp;CSV…</source>
        <translation>Entitäten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Analysis as &amp;JSON…</source>
        <translation>Analyse als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Hervorheben</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Export Entities</source>
        <translation>Entitäten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Entities exported to %1</source>
        <translation>Entitäten nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export Analysis</source>
        <translation>Analyse exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Analysis exported to %1</source>
        <translation>Analyse nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>Artikel drucken</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
</context>
<context>
    <name>lede::ui::AnnotationExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>lede::ui::AnnotationToolTip</name>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation>1 Erwähnung</translation>
    </message>
    <message>
        <source>%1 mentions</source>
        <translation>%1 Erwähnungen</translation>
    </message>
</context>
<context>
    <name>lede::ui::ContextPanel</name>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <comment>south</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <comment>east</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>W</source>
        <comment>west</comment>
        <translation>W</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message>
        <source>Appears most with %1</source>
        <translation>Erscheint am häufigsten mit %1</translation>
    </message>
    <message>
        <source>No entity selected</source>
        <translation>Keine Entität ausgewählt</translation>
    </message>
    <message>
        <source>Click a highlighted name in the article, or choose one in the entity list.</source>
        <translation>Klicken Sie im Artikel auf einen markierten Namen oder wählen Sie einen in der Entitätenliste.</translation>
    </message>
    <message>
        <source>%1 · 1 mention</source>
        <translation>%1 · 1 Erwähnung</translation>
    </message>
    <message>
        <source>%1 · %2 mentions</source>
        <translation>%1 · %2 Erwähnungen</translation>
    </message>
</context>
<context>
    <name>lede::ui::DateDescriber</name>
    <message>
        <source>%1 – %2</source>
        <comment>date range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <source>the present</source>
        <translation>die Gegenwart</translation>
    </message>
    <message>
        <source>the past</source>
        <translation>die Vergangenheit</translation>
    </message>
    <message>
        <source>the future</source>
        <translation>die Zukunft</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, year unknown</source>
        <translation>%1, Jahr unbekannt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>week %1 of %2</source>
        <translation>Woche %1 des Jahres %2</translation>
    </message>
    <message>
        <source>quarter %1 of %2</source>
        <translation>%1. Quartal %2</translation>
    </message>
    <message>
        <source>spring</source>
        <translation>Frühling</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>Sommer</translation>
    </message>
    <message>
        <source>autumn</source>
        <translation>Herbst</translation>
    </message>
    <message>
        <source>winter</source>
        <translation>Winter</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>season year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the %1s</source>
        <comment>decade</comment>
        <translation>die %1er-Jahre</translation>
    </message>
    <message>
        <source>the %1th century</source>
        <translation>das %1. Jahrhundert</translation>
    </message>
    <message>
        <source>some years</source>
        <translation>einige Jahre</translation>
    </message>
    <message>
        <source>some minutes</source>
        <translation>einige Minuten</translation>
    </message>
    <message>
        <source>some months</source>
        <translation>einige Monate</translation>
    </message>
    <message>
        <source>some weeks</source>
        <translation>einige Wochen</translation>
    </message>
    <message>
        <source>some days</source>
        <translation>einige Tage</translation>
    </message>
    <message>
        <source>some hours</source>
        <translation>einige Stunden</translation>
    </message>
    <message>
        <source>some seconds</source>
        <translation>einige Sekunden</translation>
    </message>
    <message>
        <source>%n year(s)</source>
        <translation>%n Jahr(e)</translation>
    </message>
    <message>
        <source>%n minute(s)</source>
        <translation>%n Minute(n)</translation>
    </message>
    <message>
        <source>%n month(s)</source>
        <translation>%n Monat(e)</translation>
    </message>
    <message>
        <source>%n week(s)</source>
        <translation>%n Woche(n)</translation>
    </message>
    <message>
        <source>%n day(s)</source>
        <translation>%n Tag(e)</translation>
    </message>
    <message>
        <source>%n hour(s)</source>
        <translation>%n Stunde(n)</translation>
    </message>
    <message>
        <source>%n second(s)</source>
        <translation>%n Sekunde(n)</translation>
    </message>
</context>
<context>
    <name>lede::ui::DocumentAnnotator</name>
    <message>
        <source>Finding people, places, organisations and dates…</source>
        <translation>Personen, Orte, Organisationen und Zeitangaben werden gesucht …</translation>
    </message>
    <message>
        <source>Your corrections could not be saved.</source>
        <translation>Ihre Korrekturen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Add as Entity…</source>
        <translation>Als Entität hinzufügen…</translation>
    </message>
</context>
<context>
    <name>lede::ui::DocumentTab</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>„%1“ wird geöffnet …</translation>
    </message>
    <message>
        <source>Preparing the article…</source>
        <translation>Der Artikel wird vorbereitet …</translation>
    </message>
</context>
<context>
    <name>lede::ui::EntityPanel</name>
    <message>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Merge (select two or more entities first)</source>
        <translation>Zusammenführen (zuerst zwei oder mehr Entitäten auswählen)</translation>
    </message>
    <message>
        <source>Merge Selected into “%1”</source>
        <translation>Auswahl in „%1“ zusammenführen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <source>Remove (Not an Entity)</source>
        <translation>Entfernen (keine Entität)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lede::ui::FileFilters</name>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>Webseiten</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-Dokumente</translation>
    </message>
    <message>
        <source>EPUB books</source>
        <translation>EPUB-Bücher</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Word-Dokumente</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>All supported documents (%1)</source>
        <translation>Alle unterstützten Dokumente (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>lede::ui::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>lede::ui::HighlightKind</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitangaben</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>lede::ui::HighlightLegend</name>
    <message>
        <source>Show or hide the marks of %1</source>
        <translation>Markierungen für %1 ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>lede::ui::LoadErrorText</name>
    <message>
        <source>“%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>„%1“ existiert nicht. Die Datei wurde vielleicht verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a document. Open the files inside it instead.</source>
        <translation>„%1“ ist ein Ordner, kein Dokument. Öffnen Sie stattdessen die Dateien darin.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that you have permission to open it.</source>
        <translation>„%1“ konnte nicht gelesen werden. Prüfen Sie, ob Sie die Datei öffnen dürfen.</translation>
    </message>
    <message>
        <source>“%1” is too large to open. Lede opens files of up to %2.</source>
        <translation>„%1“ ist zu groß zum Öffnen. Lede öffnet Dateien bis %2.</translation>
    </message>
    <message>
        <source>“%1” is too large to open.</source>
        <translation>„%1“ ist zu groß zum Öffnen.</translation>
    </message>
    <message>
        <source>“%1” is not a text document; it looks like a binary file.</source>
        <translation>„%1“ ist kein Textdokument, sondern anscheinend eine Binärdatei.</translation>
    </message>
    <message>
        <source>Lede cannot read the format of “%1”.</source>
        <translation>Lede kann das Format von „%1“ nicht lesen.</translation>
    </message>
    <message>
        <source>“%1” is damaged and could not be read.</source>
        <translation>„%1“ ist beschädigt und konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled.</source>
        <translation>Das Öffnen von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>lede::ui::MainWindow</name>
    <message>
        <source>Lede</source>
        <translation>Lede</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open one or more articles</source>
        <translation>Einen oder mehrere Artikel öffnen</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;About Lede</source>
        <translation>Ü&amp;ber Lede</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>“%1” no longer exists, so it was removed from the recent files.</source>
        <translation>„%1“ existiert nicht mehr und wurde aus der Liste der zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>The sample article is missing from this installation.</source>
        <translation>Der Beispielartikel fehlt in dieser Installation.</translation>
    </message>
    <message>
        <source>Lede looked for it in %1.</source>
        <translation>Lede hat ihn in %1 gesucht.</translation>
    </message>
    <message>
        <source>%1 — Lede</source>
        <translation>%1 — Lede</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln Min. Lesezeit</numerusform>
            <numerusform>%Ln Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>No words</source>
        <translation>Keine Wörter</translation>
    </message>
    <message>
        <source>“%1” is not a local file. Save it to your computer first, then open it.</source>
        <translation>„%1“ ist keine lokale Datei. Speichern Sie sie zuerst auf Ihrem Rechner und öffnen Sie sie dann.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be opened.</source>
        <translation>
            <numerusform>%Ln Datei konnte nicht geöffnet werden.</numerusform>
            <numerusform>%Ln Dateien konnten nicht geöffnet werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lede::ui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>lede::ui::WelcomePage</name>
    <message>
        <source>No article open</source>
        <translation>Kein Artikel geöffnet</translation>
    </message>
    <message>
        <source>Open an article with File ▸ Open… (%1), or drop files onto this window.</source>
        <translation>Öffnen Sie einen Artikel mit Datei ▸ Öffnen… (%1) oder ziehen Sie Dateien in dieses Fenster.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads articles with people, places, organisations and dates marked.</source>
        <translation>Liest Artikel und markiert darin Personen, Orte, Organisationen und Zeitangaben.</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (e.g. de, en).</source>
        <translation>Die Sprache &lt;Code&gt; verwenden (z. B. de, en).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Force a light or dark palette (light, dark).</source>
        <translation>Eine helle oder dunkle Farbpalette erzwingen (light, dark).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Articles to open, each in its own tab.</source>
        <translation>Zu öffnende Artikel, jeder in einem eigenen Tab.</translation>
    </message>
    <message>
        <source>[FILE…]</source>
        <translation>[DATEI…]</translation>
    </message>
</context>
</TS>
