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
        <translation>Vorherige &amp;Erwähnung</translation>
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
        <source>Print Article</source>
        <translation>Artikel drucken</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Mention %1 of %2</source>
        <translation>Erwähnung %1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merge With</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>„%1“ zusammenführen mit:</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Das Seitenlayout wird berechnet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Page %1 of %2…</source>
        <translation>Seite %1 von %2 …</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>The article was sent to the printer.</source>
        <translation>Der Artikel wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <comment>%1 the change to undo: &apos;Rename “Paris” to “Lyon”&apos;</comment>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <comment>%1 the change to redo: &apos;Rename “Paris” to “Lyon”&apos;</comment>
        <translation>&amp;Wiederherstellen: %1</translation>
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
    <name>lede::ui::ArticleInteraction</name>
    <message>
        <source>Add as Entity…</source>
        <translation>Als Entität hinzufügen…</translation>
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
        <source>Merge With…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Remove (Not an Entity)</source>
        <translation>Entfernen (keine Entität)</translation>
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
    <message>
        <source>%1 · mention %2 of %3</source>
        <translation>%1 · Erwähnung %2 von %3</translation>
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
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation>%1 %2</translation>
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
        <source>%1 — set the article&apos;s date to resolve it</source>
        <comment>%1 a date in words that depends on the article&apos;s date, which is not known</comment>
        <translation>%1 – legen Sie das Datum des Artikels fest, um es genau zu bestimmen</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a span of years: &apos;1939–1945&apos;</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>a time</source>
        <comment>a time of day that could not be put in words</comment>
        <translation>eine Uhrzeit</translation>
    </message>
    <message>
        <source>a length of time</source>
        <comment>a duration that could not be put in words</comment>
        <translation>eine Zeitspanne</translation>
    </message>
    <message>
        <source>repeatedly</source>
        <comment>a recurring time that could not be put in words</comment>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>a date</source>
        <comment>a date that could not be put in words</comment>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>the %1s</source>
        <comment>a decade: &apos;the 1990s&apos;</comment>
        <translation>die %1er-Jahre</translation>
    </message>
    <message>
        <source>the %1 century</source>
        <comment>%1 an ordinal number: &apos;the 19th century&apos;</comment>
        <translation>das %1 Jahrhundert</translation>
    </message>
    <message>
        <source>the %1 millennium</source>
        <comment>%1 an ordinal word: &apos;the third millennium&apos;</comment>
        <translation>das %1 Jahrtausend</translation>
    </message>
    <message>
        <source>the %1s BC</source>
        <comment>a decade before the common era: &apos;the 500s BC&apos;</comment>
        <translation>die %1er-Jahre v. Chr.</translation>
    </message>
    <message>
        <source>the %1 century BC</source>
        <comment>%1 an ordinal number: &apos;the 5th century BC&apos;</comment>
        <translation>das %1 Jahrhundert v. Chr.</translation>
    </message>
    <message>
        <source>the %1 millennium BC</source>
        <comment>%1 an ordinal word: &apos;the second millennium BC&apos;</comment>
        <translation>das %1 Jahrtausend v. Chr.</translation>
    </message>
    <message>
        <source>a decade</source>
        <comment>a decade not known</comment>
        <translation>ein Jahrzehnt</translation>
    </message>
    <message>
        <source>a century</source>
        <comment>a century not known</comment>
        <translation>ein Jahrhundert</translation>
    </message>
    <message>
        <source>a quarter</source>
        <comment>a quarter of a year not known</comment>
        <translation>ein Quartal</translation>
    </message>
    <message>
        <source>a half-year</source>
        <translation>ein Halbjahr</translation>
    </message>
    <message>
        <source>a quarter of %1</source>
        <comment>%1 a year</comment>
        <translation>ein Quartal %1</translation>
    </message>
    <message>
        <source>a half of %1</source>
        <comment>%1 a year</comment>
        <translation>ein Halbjahr %1</translation>
    </message>
    <message>
        <source>the %1 quarter, year unknown</source>
        <comment>%1 an ordinal word: first…fourth</comment>
        <translation>das %1 Quartal, Jahr unbekannt</translation>
    </message>
    <message>
        <source>the %1 half, year unknown</source>
        <comment>%1 an ordinal word: first, second</comment>
        <translation>die %1 Hälfte, Jahr unbekannt</translation>
    </message>
    <message>
        <source>the %1 quarter of %2</source>
        <comment>%1 an ordinal word (first…fourth), %2 a year or &apos;next year&apos;</comment>
        <translation>das %1 Quartal %2</translation>
    </message>
    <message>
        <source>the %1 half of %2</source>
        <comment>%1 an ordinal word (first, second), %2 a year or &apos;next year&apos;</comment>
        <translation>die %1 Hälfte %2</translation>
    </message>
    <message>
        <source>%1, year unknown</source>
        <comment>a season</comment>
        <translation>%1, Jahr unbekannt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>season, year: &apos;spring 2025&apos;, &apos;spring next year&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a year</source>
        <comment>a year not known</comment>
        <translation>ein Jahr</translation>
    </message>
    <message>
        <source>a month</source>
        <comment>a month not known</comment>
        <translation>ein Monat</translation>
    </message>
    <message>
        <source>a month in %1</source>
        <comment>%1 a year</comment>
        <translation>ein Monat %1</translation>
    </message>
    <message>
        <source>%1, year unknown</source>
        <comment>a month</comment>
        <translation>%1, Jahr unbekannt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month, relative year: &apos;March next year&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a %1</source>
        <comment>an unknown date on a weekday: &apos;a Tuesday&apos;</comment>
        <translation>ein %1</translation>
    </message>
    <message>
        <source>a %1 at %2</source>
        <comment>weekday, clock time: &apos;a Tuesday at 15:00&apos;</comment>
        <translation>ein %1 um %2</translation>
    </message>
    <message>
        <source>a %1</source>
        <comment>an unknown date on a weekday and part of day: &apos;a Tuesday evening&apos;</comment>
        <translation>ein %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, part of day: &apos;Thursday evening&apos;</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>a weekend</source>
        <translation>ein Wochenende</translation>
    </message>
    <message>
        <source>a week</source>
        <comment>a week not known</comment>
        <translation>eine Woche</translation>
    </message>
    <message>
        <source>a weekend in %1</source>
        <comment>%1 a year</comment>
        <translation>ein Wochenende im Jahr %1</translation>
    </message>
    <message>
        <source>a week in %1</source>
        <comment>%1 a year</comment>
        <translation>eine Woche im Jahr %1</translation>
    </message>
    <message>
        <source>the weekend of %1</source>
        <comment>%1 a Saturday and Sunday: &apos;the weekend of 15–16 March 2025&apos;</comment>
        <translation>das Wochenende vom %1</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <comment>%1 the Monday that begins the week: &apos;the week of 10 March 2025&apos;</comment>
        <translation>die Woche ab dem %1</translation>
    </message>
    <message>
        <source>a day</source>
        <comment>a day not known</comment>
        <translation>ein Tag</translation>
    </message>
    <message>
        <source>a day in %1</source>
        <comment>%1 a year or month: &apos;a day in 1998&apos;</comment>
        <translation>ein Tag (%1)</translation>
    </message>
    <message>
        <source>%1, year unknown</source>
        <comment>a day and month</comment>
        <translation>%1, Jahr unbekannt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>weekday and part of day, then the date: &apos;Thursday evening, 13 March 2025&apos;</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>relative day, clock time: &apos;yesterday at 15:00&apos;</comment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>tonight</source>
        <translation>heute Nacht</translation>
    </message>
    <message>
        <source>this %1</source>
        <comment>part of today: &apos;this morning&apos;</comment>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>relative day, part of day: &apos;yesterday evening&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, day unknown</source>
        <comment>a clock time</comment>
        <translation>%1, Tag unbekannt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, part of day: &apos;Thursday 13 March 2025, evening&apos;</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1–%2 BC</source>
        <comment>a span of years before the common era: &apos;480–479 BC&apos;</comment>
        <translation>%1–%2 v. Chr.</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <comment>first month, last month, year: &apos;March–May 2025&apos;</comment>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>start day and month, then the end date with its year: &apos;21 March – 4 April 2025&apos;</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>the day before the article&apos;s date</comment>
        <translation>gestern</translation>
    </message>
    <message>
        <source>today</source>
        <comment>the article&apos;s date</comment>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <comment>the day after the article&apos;s date</comment>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>vor einem Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in einem Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>last week</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>letzte Woche</translation>
    </message>
    <message>
        <source>this week</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>next week</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>nächste Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>vor einer Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in einer Woche</numerusform>
            <numerusform>in %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>last weekend</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>letztes Wochenende</translation>
    </message>
    <message>
        <source>this weekend</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>dieses Wochenende</translation>
    </message>
    <message>
        <source>next weekend</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>nächstes Wochenende</translation>
    </message>
    <message numerus="yes">
        <source>%n weekend(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>vor einem Wochenende</numerusform>
            <numerusform>vor %n Wochenenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n weekend(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in einem Wochenende</numerusform>
            <numerusform>in %n Wochenenden</numerusform>
        </translation>
    </message>
    <message>
        <source>last month</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>letzten Monat</translation>
    </message>
    <message>
        <source>this month</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>diesen Monat</translation>
    </message>
    <message>
        <source>next month</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>nächsten Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>vor einem Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in einem Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>last quarter</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>letztes Quartal</translation>
    </message>
    <message>
        <source>this quarter</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>dieses Quartal</translation>
    </message>
    <message>
        <source>next quarter</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>nächstes Quartal</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>vor einem Quartal</numerusform>
            <numerusform>vor %n Quartalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n quarter(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in einem Quartal</numerusform>
            <numerusform>in %n Quartalen</numerusform>
        </translation>
    </message>
    <message>
        <source>the last half-year</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>das letzte Halbjahr</translation>
    </message>
    <message>
        <source>this half-year</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>dieses Halbjahr</translation>
    </message>
    <message>
        <source>the next half-year</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>das nächste Halbjahr</translation>
    </message>
    <message numerus="yes">
        <source>%n half-year(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>vor einem Halbjahr</numerusform>
            <numerusform>vor %n Halbjahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n half-year(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in einem Halbjahr</numerusform>
            <numerusform>in %n Halbjahren</numerusform>
        </translation>
    </message>
    <message>
        <source>last year</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>letztes Jahr</translation>
    </message>
    <message>
        <source>this year</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>dieses Jahr</translation>
    </message>
    <message>
        <source>next year</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>nächstes Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>vor einem Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in einem Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>the last decade</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>das letzte Jahrzehnt</translation>
    </message>
    <message>
        <source>this decade</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>dieses Jahrzehnt</translation>
    </message>
    <message>
        <source>the next decade</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>das nächste Jahrzehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n decade(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>vor einem Jahrzehnt</numerusform>
            <numerusform>vor %n Jahrzehnten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n decade(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in einem Jahrzehnt</numerusform>
            <numerusform>in %n Jahrzehnten</numerusform>
        </translation>
    </message>
    <message>
        <source>the last century</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>das letzte Jahrhundert</translation>
    </message>
    <message>
        <source>this century</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>dieses Jahrhundert</translation>
    </message>
    <message>
        <source>the next century</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>das nächste Jahrhundert</translation>
    </message>
    <message numerus="yes">
        <source>%n century(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>vor einem Jahrhundert</numerusform>
            <numerusform>vor %n Jahrhunderten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n century(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in einem Jahrhundert</numerusform>
            <numerusform>in %n Jahrhunderten</numerusform>
        </translation>
    </message>
    <message>
        <source>the last millennium</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>das letzte Jahrtausend</translation>
    </message>
    <message>
        <source>this millennium</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>dieses Jahrtausend</translation>
    </message>
    <message>
        <source>the next millennium</source>
        <comment>relative to the article&apos;s date</comment>
        <translation>das nächste Jahrtausend</translation>
    </message>
    <message numerus="yes">
        <source>%n millennium(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>vor einem Jahrtausend</numerusform>
            <numerusform>vor %n Jahrtausenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n millennium(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in einem Jahrtausend</numerusform>
            <numerusform>in %n Jahrtausenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>some years</source>
        <comment>a duration</comment>
        <translation>einige Jahre</translation>
    </message>
    <message>
        <source>every year</source>
        <comment>a recurring time</comment>
        <translation>jedes Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>some months</source>
        <comment>a duration</comment>
        <translation>einige Monate</translation>
    </message>
    <message>
        <source>every month</source>
        <comment>a recurring time</comment>
        <translation>jeden Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>some weeks</source>
        <comment>a duration</comment>
        <translation>einige Wochen</translation>
    </message>
    <message>
        <source>every week</source>
        <comment>a recurring time</comment>
        <translation>jede Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>some days</source>
        <comment>a duration</comment>
        <translation>einige Tage</translation>
    </message>
    <message>
        <source>every day</source>
        <comment>a recurring time</comment>
        <translation>jeden Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n weekend(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Wochenende</numerusform>
            <numerusform>%n Wochenenden</numerusform>
        </translation>
    </message>
    <message>
        <source>some weekends</source>
        <comment>a duration</comment>
        <translation>einige Wochenenden</translation>
    </message>
    <message>
        <source>every weekend</source>
        <comment>a recurring time</comment>
        <translation>jedes Wochenende</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <comment>a duration, quarters of a year</comment>
        <translation>
            <numerusform>%n Quartal</numerusform>
            <numerusform>%n Quartale</numerusform>
        </translation>
    </message>
    <message>
        <source>some quarters</source>
        <comment>a duration, quarters of a year</comment>
        <translation>einige Quartale</translation>
    </message>
    <message>
        <source>every quarter</source>
        <comment>a recurring time, quarters of a year</comment>
        <translation>jedes Quartal</translation>
    </message>
    <message numerus="yes">
        <source>%n half-year(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Halbjahr</numerusform>
            <numerusform>%n Halbjahre</numerusform>
        </translation>
    </message>
    <message>
        <source>some half-years</source>
        <comment>a duration</comment>
        <translation>einige Halbjahre</translation>
    </message>
    <message>
        <source>every half-year</source>
        <comment>a recurring time</comment>
        <translation>jedes Halbjahr</translation>
    </message>
    <message numerus="yes">
        <source>%n decade(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Jahrzehnt</numerusform>
            <numerusform>%n Jahrzehnte</numerusform>
        </translation>
    </message>
    <message>
        <source>decades</source>
        <comment>a duration of some decades</comment>
        <translation>Jahrzehnte</translation>
    </message>
    <message>
        <source>every decade</source>
        <comment>a recurring time</comment>
        <translation>jedes Jahrzehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n century(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Jahrhundert</numerusform>
            <numerusform>%n Jahrhunderte</numerusform>
        </translation>
    </message>
    <message>
        <source>centuries</source>
        <comment>a duration of some centuries</comment>
        <translation>Jahrhunderte</translation>
    </message>
    <message>
        <source>every century</source>
        <comment>a recurring time</comment>
        <translation>jedes Jahrhundert</translation>
    </message>
    <message numerus="yes">
        <source>%n millennium(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Jahrtausend</numerusform>
            <numerusform>%n Jahrtausende</numerusform>
        </translation>
    </message>
    <message>
        <source>millennia</source>
        <comment>a duration of some millennia</comment>
        <translation>Jahrtausende</translation>
    </message>
    <message>
        <source>every millennium</source>
        <comment>a recurring time</comment>
        <translation>jedes Jahrtausend</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>some hours</source>
        <comment>a duration</comment>
        <translation>einige Stunden</translation>
    </message>
    <message>
        <source>every hour</source>
        <comment>a recurring time</comment>
        <translation>jede Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>some minutes</source>
        <comment>a duration</comment>
        <translation>einige Minuten</translation>
    </message>
    <message>
        <source>every minute</source>
        <comment>a recurring time</comment>
        <translation>jede Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>some seconds</source>
        <comment>a duration</comment>
        <translation>einige Sekunden</translation>
    </message>
    <message>
        <source>every second</source>
        <comment>a recurring time</comment>
        <translation>jede Sekunde</translation>
    </message>
    <message>
        <source>last year</source>
        <comment>completing a phrase: &apos;the first half of last year&apos;, &apos;spring last year&apos;</comment>
        <translation>des vergangenen Jahres</translation>
    </message>
    <message>
        <source>this year</source>
        <comment>completing a phrase: &apos;the first half of this year&apos;, &apos;spring this year&apos;</comment>
        <translation>dieses Jahres</translation>
    </message>
    <message>
        <source>next year</source>
        <comment>completing a phrase: &apos;the first half of next year&apos;, &apos;spring next year&apos;</comment>
        <translation>des nächsten Jahres</translation>
    </message>
    <message>
        <source>%1 BC</source>
        <comment>a year before the common era: &apos;44 BC&apos;</comment>
        <translation>%1 v. Chr.</translation>
    </message>
    <message>
        <source>AD %1</source>
        <comment>an early year of the common era: &apos;AD 800&apos;</comment>
        <translation>%1 n. Chr.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day and month, then a year: &apos;15 March 44 BC&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>morning</source>
        <comment>part of the day after a weekday: &apos;Thursday morning&apos;</comment>
        <translation>morgen</translation>
    </message>
    <message>
        <source>afternoon</source>
        <comment>part of the day after a weekday: &apos;Thursday afternoon&apos;</comment>
        <translation>nachmittag</translation>
    </message>
    <message>
        <source>evening</source>
        <comment>part of the day after a weekday: &apos;Thursday evening&apos;</comment>
        <translation>abend</translation>
    </message>
    <message>
        <source>night</source>
        <comment>part of the day after a weekday: &apos;Thursday night&apos;</comment>
        <translation>nacht</translation>
    </message>
    <message>
        <source>daytime</source>
        <comment>part of the day after a weekday: &apos;Thursday daytime&apos;</comment>
        <translation> tagsüber</translation>
    </message>
    <message>
        <source>a morning</source>
        <comment>a morning of a day not known</comment>
        <translation>ein Morgen</translation>
    </message>
    <message>
        <source>an afternoon</source>
        <comment>an afternoon of a day not known</comment>
        <translation>ein Nachmittag</translation>
    </message>
    <message>
        <source>an evening</source>
        <comment>an evening of a day not known</comment>
        <translation>ein Abend</translation>
    </message>
    <message>
        <source>a night</source>
        <comment>a night of a day not known</comment>
        <translation>eine Nacht</translation>
    </message>
    <message>
        <source>the daytime</source>
        <comment>the daytime of a day not known</comment>
        <translation>tagsüber</translation>
    </message>
    <message>
        <source>midnight</source>
        <comment>the end of a day, 24:00</comment>
        <translation>Mitternacht</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>an ordinal number ending in 1: &apos;21st&apos;; German &apos;%1.&apos;</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>an ordinal number ending in 2: &apos;22nd&apos;; German &apos;%1.&apos;</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>an ordinal number ending in 3: &apos;23rd&apos;; German &apos;%1.&apos;</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>an ordinal number: &apos;19th&apos;; German &apos;%1.&apos;</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>first</source>
        <comment>ordinal word for a quarter, half or millennium: &apos;the first half&apos;</comment>
        <translation>erste</translation>
    </message>
    <message>
        <source>second</source>
        <comment>ordinal word for a quarter, half or millennium: &apos;the second half&apos;</comment>
        <translation>zweite</translation>
    </message>
    <message>
        <source>third</source>
        <comment>ordinal word for a quarter or millennium: &apos;the third quarter&apos;</comment>
        <translation>dritte</translation>
    </message>
    <message>
        <source>fourth</source>
        <comment>ordinal word for a quarter or millennium: &apos;the fourth quarter&apos;</comment>
        <translation>vierte</translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>a repeating span: &apos;every 2 weeks&apos;; German &apos;alle %1&apos;</comment>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>a weekday, perhaps with a part of the day: &apos;every Monday&apos;, &apos;every Monday evening&apos;</comment>
        <translation>jeden %1</translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>a month: &apos;every April&apos;</comment>
        <translation>jeden %1</translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>a day of the year: &apos;every 25 December&apos;</comment>
        <translation>jedes Jahr am %1</translation>
    </message>
    <message>
        <source>morning</source>
        <comment>part of the day on its own: &apos;yesterday morning&apos;, &apos;this morning&apos;, &apos;13 March, morning&apos;</comment>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>afternoon</source>
        <comment>part of the day on its own: &apos;yesterday afternoon&apos;, &apos;this afternoon&apos;, &apos;13 March, afternoon&apos;</comment>
        <translation>Nachmittag</translation>
    </message>
    <message>
        <source>evening</source>
        <comment>part of the day on its own: &apos;yesterday evening&apos;, &apos;this evening&apos;, &apos;13 March, evening&apos;</comment>
        <translation>Abend</translation>
    </message>
    <message>
        <source>night</source>
        <comment>part of the day on its own: &apos;yesterday night&apos;, &apos;13 March, night&apos;</comment>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>daytime</source>
        <comment>part of the day on its own: &apos;yesterday daytime&apos;, &apos;this daytime&apos;, &apos;13 March, daytime&apos;</comment>
        <translation>tagsüber</translation>
    </message>
    <message>
        <source>every morning</source>
        <comment>a recurring time</comment>
        <translation>jeden Morgen</translation>
    </message>
    <message>
        <source>every afternoon</source>
        <comment>a recurring time</comment>
        <translation>jeden Nachmittag</translation>
    </message>
    <message>
        <source>every evening</source>
        <comment>a recurring time</comment>
        <translation>jeden Abend</translation>
    </message>
    <message>
        <source>every night</source>
        <comment>a recurring time</comment>
        <translation>jede Nacht</translation>
    </message>
    <message>
        <source>every daytime</source>
        <comment>a recurring time: every day, in the daytime</comment>
        <translation>jeden Tag tagsüber</translation>
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
        <source>Merge “%1” into “%2”</source>
        <translation>Zusammenführen von „%1“ in „%2“</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Umbenennen von „%1“ in „%2“</translation>
    </message>
    <message>
        <source>Change Type of “%1”</source>
        <translation>Typänderung von „%1“</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Entfernen von „%1“</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Hinzufügen von „%1“</translation>
    </message>
    <message>
        <source>Your reference date could not be saved.</source>
        <translation>Ihr Bezugsdatum konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The corrections saved for “%1” were damaged, so the article opens without them.</source>
        <translation>Die für „%1“ gespeicherten Korrekturen waren beschädigt; der Artikel wird ohne sie geöffnet.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>Die beschädigte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The corrections saved for “%1” come from a newer version of Lede.</source>
        <translation>Die für „%1“ gespeicherten Korrekturen stammen aus einer neueren Version von Lede.</translation>
    </message>
    <message>
        <source>They are left as they are. Corrections you make now are shown but not saved.</source>
        <translation>Sie bleiben unverändert. Korrekturen, die Sie jetzt vornehmen, werden angezeigt, aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>The corrections saved for “%1” could not be read.</source>
        <translation>Die für „%1“ gespeicherten Korrekturen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 is left as it is. Corrections you make now are shown but not saved.</source>
        <translation>Die Datei %1 bleibt unverändert. Korrekturen, die Sie jetzt vornehmen, werden angezeigt, aber nicht gespeichert.</translation>
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
    <message>
        <source>This file is empty</source>
        <translation>Diese Datei ist leer</translation>
    </message>
    <message>
        <source>“%1” has no text to show.</source>
        <translation>„%1“ enthält keinen Text, der angezeigt werden kann.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop opening and close this tab</source>
        <translation>Öffnen abbrechen und diesen Tab schließen</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>„%1“ wird heruntergeladen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress: bytes received of the page&apos;s size, e.g. &quot;2.0 kB of 25.4 kB&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>lede::ui::EntityListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>entity group while filtering: shown of all</comment>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>lede::ui::EntityPanel</name>
    <message>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
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
</context>
<context>
    <name>lede::ui::FetchErrorText</name>
    <message>
        <source>The page is private or needs a login.</source>
        <translation>Die Seite ist privat oder erfordert eine Anmeldung.</translation>
    </message>
    <message>
        <source>The page does not exist; check the address.</source>
        <translation>Die Seite existiert nicht; prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The site is refusing requests for now; try again later.</source>
        <translation>Die Website lehnt Anfragen zurzeit ab; versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The site has a problem of its own; try again later.</source>
        <translation>Die Website hat selbst ein Problem; versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: Lede downloads only http and https addresses.</source>
        <translation>„%1“ kann nicht geöffnet werden: Lede lädt nur http- und https-Adressen herunter.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: the site was not found. Check the address and your network connection.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Die Website wurde nicht gefunden. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: the site did not accept a connection. It may be down, or your network may be blocking it.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Die Website hat keine Verbindung angenommen. Sie ist vielleicht nicht erreichbar, oder Ihr Netzwerk blockiert sie.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: the site took too long to answer.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Die Website hat zu lange nicht geantwortet.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: the site redirected too many times.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Die Website hat zu oft weitergeleitet.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: the site answered with error %2.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Die Website hat mit dem Fehler %2 geantwortet.</translation>
    </message>
    <message>
        <source>“%1” is too large to open. Lede downloads pages of up to %2.</source>
        <translation>„%1“ ist zu groß zum Öffnen. Lede lädt Seiten bis %2 herunter.</translation>
    </message>
    <message>
        <source>“%1” is too large to open.</source>
        <translation>„%1“ ist zu groß zum Öffnen.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: the secure connection to the site failed (its certificate may not be trusted).</source>
        <translation>„%1“ konnte nicht geöffnet werden: Die sichere Verbindung zur Website ist fehlgeschlagen (ihrem Zertifikat wird vielleicht nicht vertraut).</translation>
    </message>
    <message>
        <source>“%1” could not be opened: the connection to the site failed during the download.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Die Verbindung zur Website ist während des Herunterladens abgebrochen.</translation>
    </message>
    <message>
        <source>Downloading “%1” was cancelled.</source>
        <translation>Das Herunterladen von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded.</source>
        <translation>„%1“ konnte nicht heruntergeladen werden.</translation>
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
    <message>
        <source>“%1” is protected by a password or encrypted. Lede cannot open protected documents; save an unprotected copy and open that.</source>
        <translation>„%1“ ist mit einem Passwort geschützt oder verschlüsselt. Lede kann geschützte Dokumente nicht öffnen; speichern Sie eine ungeschützte Kopie und öffnen Sie diese.</translation>
    </message>
    <message>
        <source>“%1” has no text to read: its pages are images, as in a scanned document. Run it through text recognition (OCR) first, then open the result.</source>
        <translation>„%1“ enthält keinen lesbaren Text: Seine Seiten sind Bilder, wie in einem eingescannten Dokument. Lassen Sie es zuerst durch eine Texterkennung (OCR) laufen und öffnen Sie dann das Ergebnis.</translation>
    </message>
    <message>
        <source>“%1” is a link that leads back to itself (a loop of symbolic links), so there is no file to open.</source>
        <translation>„%1“ ist eine Verknüpfung, die auf sich selbst zurückführt (eine Schleife symbolischer Links); es gibt keine Datei zum Öffnen.</translation>
    </message>
    <message>
        <source>“%1” is a device or a pipe, not a document. Lede opens files saved on disk.</source>
        <translation>„%1“ ist ein Gerät oder eine Pipe, kein Dokument. Lede öffnet auf dem Datenträger gespeicherte Dateien.</translation>
    </message>
    <message>
        <source>“%1” sends no data and does not end, like a device or a live system file; it is not a document.</source>
        <translation>„%1“ liefert keine Daten und endet nicht, wie ein Gerät oder eine laufende Systemdatei; es ist kein Dokument.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened because its name contains bytes that are not valid text in this system&apos;s encoding. Rename the file and try again.</source>
        <translation>„%1“ kann nicht geöffnet werden, weil sein Name Bytes enthält, die in der Zeichenkodierung dieses Systems kein gültiger Text sind. Benennen Sie die Datei um und versuchen Sie es erneut.</translation>
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
    <message numerus="yes">
        <source>Reading time at %Ln words a minute</source>
        <translation>
            <numerusform>Lesezeit bei %Ln Wort pro Minute</numerusform>
            <numerusform>Lesezeit bei %Ln Wörtern pro Minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop to open %Ln file(s)</source>
        <translation>
            <numerusform>Ablegen, um %Ln Datei zu öffnen</numerusform>
            <numerusform>Ablegen, um %Ln Dateien zu öffnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders cannot be opened; drop the files inside them instead.</source>
        <translation>Ordner können nicht geöffnet werden; legen Sie stattdessen die Dateien darin ab.</translation>
    </message>
    <message>
        <source>Open &amp;Location…</source>
        <translation>&amp;Adresse öffnen…</translation>
    </message>
    <message>
        <source>Download a web page by its address and open it</source>
        <translation>Eine Webseite über ihre Adresse herunterladen und öffnen</translation>
    </message>
</context>
<context>
    <name>lede::ui::OpenLocationDialog</name>
    <message>
        <source>Open Location</source>
        <translation>Adresse öffnen</translation>
    </message>
    <message>
        <source>&amp;Address of a web page:</source>
        <translation>&amp;Adresse einer Webseite:</translation>
    </message>
    <message>
        <source>https://example.org/news/article</source>
        <translation>https://example.org/nachrichten/artikel</translation>
    </message>
    <message>
        <source>Lede downloads this one page (up to %1) and opens it in a new tab. Nothing else is fetched.</source>
        <translation>Lede lädt genau diese eine Seite herunter (bis %1) und öffnet sie in einem neuen Tab. Sonst wird nichts abgerufen.</translation>
    </message>
    <message>
        <source>Lede opens only web pages: the address must start with http:// or https://.</source>
        <translation>Lede öffnet nur Webseiten: Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>This is not a web address. Enter an address that starts with http:// or https://, or a site name such as example.org/article.</source>
        <translation>Das ist keine Webadresse. Geben Sie eine Adresse ein, die mit http:// oder https:// beginnt, oder einen Seitennamen wie example.org/artikel.</translation>
    </message>
</context>
<context>
    <name>lede::ui::PrintJob</name>
    <message>
        <source>The article could not be prepared for printing.</source>
        <translation>Der Artikel konnte nicht für den Druck vorbereitet werden.</translation>
    </message>
    <message>
        <source>The printer reported an error; nothing was printed.</source>
        <translation>Der Drucker hat einen Fehler gemeldet; es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>lede::ui::ProblemDialog</name>
    <message>
        <source>Lede</source>
        <translation>Lede</translation>
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
    <name>lede::ui::StatusText</name>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln Min. Lesezeit</numerusform>
            <numerusform>%Ln Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hour(s)</source>
        <translation>
            <numerusform>etwa %Ln Stunde</numerusform>
            <numerusform>etwa %Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
</context>
<context>
    <name>lede::ui::TabNavigation</name>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Nächster &amp;Tab</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Vorheri&amp;ger Tab</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>Geschlossenen Tab &amp;wieder öffnen</translation>
    </message>
</context>
<context>
    <name>lede::ui::TimeScale</name>
    <message>
        <source>%1 BC</source>
        <comment>a year before the common era</comment>
        <translation>%1 v. Chr.</translation>
    </message>
    <message>
        <source>AD %1</source>
        <comment>an early year of the common era, on an axis that also shows years BC</comment>
        <translation>%1 n. Chr.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>lede::ui::TimelineController</name>
    <message>
        <source>1 event exported to %1.</source>
        <translation>1 Ereignis nach %1 exportiert.</translation>
    </message>
    <message>
        <source>%1 events exported to %2.</source>
        <translation>%1 Ereignisse nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>None of the events has a full calendar date, so there is nothing to put in a calendar.</source>
        <translation>Keines der Ereignisse hat ein vollständiges Kalenderdatum, daher gibt es nichts, was in einen Kalender passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n without a year</source>
        <translation>
            <numerusform>%n ohne Jahr</numerusform>
            <numerusform>%n ohne Jahr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not placed on the timeline</source>
        <translation>
            <numerusform>%n nicht auf der Zeitleiste eingeordnet</numerusform>
            <numerusform>%n nicht auf der Zeitleiste eingeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before the year 1</source>
        <translation>
            <numerusform>%n vor dem Jahr 1</numerusform>
            <numerusform>%n vor dem Jahr 1</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (a calendar cannot hold them): %1.</source>
        <translation>Ausgelassen (ein Kalender kann sie nicht aufnehmen): %1.</translation>
    </message>
    <message>
        <source>Export Timeline as CSV</source>
        <translation>Zeitleiste als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Timeline as Calendar</source>
        <translation>Zeitleiste als Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Export Timeline as JSON</source>
        <translation>Zeitleiste als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>lede::ui::TimelineExport</name>
    <message>
        <source>With: %1</source>
        <translation>Beteiligt: %1</translation>
    </message>
</context>
<context>
    <name>lede::ui::TimelinePanel</name>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Use Article’s Date</source>
        <translation>Artikeldatum verwenden</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (show a shorter span of time)</source>
        <translation>Vergrößern (kürzeren Zeitraum zeigen)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (show a longer span of time)</source>
        <translation>Verkleinern (längeren Zeitraum zeigen)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Fit all events in the panel</source>
        <translation>Alle Ereignisse in den Bereich einpassen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the timeline as a spreadsheet, calendar or JSON file</source>
        <translation>Die Zeitleiste als Tabelle, Kalender oder JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Show All Events</source>
        <translation>Alle Ereignisse zeigen</translation>
    </message>
    <message>
        <source>Events not placed on the timeline</source>
        <translation>Nicht auf der Zeitleiste eingeordnete Ereignisse</translation>
    </message>
    <message>
        <source>Pick the date that relative dates (“yesterday”, “next Friday”) count from</source>
        <translation>Das Datum wählen, von dem aus relative Zeitangaben („gestern“, „nächsten Freitag“) zählen</translation>
    </message>
    <message>
        <source>As Spreadsheet (CSV)…</source>
        <translation>Als Tabelle (CSV)…</translation>
    </message>
    <message>
        <source>As Calendar (iCalendar, .ics)…</source>
        <translation>Als Kalender (iCalendar, .ics)…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>Als JSON…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>date, summary</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not placed on the timeline&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Nicht auf der Zeitleiste eingeordnet&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>These dates are not exact enough to put on a calendar.</source>
        <translation>Diese Zeitangaben sind nicht genau genug für einen Kalender.</translation>
    </message>
    <message>
        <source>These dates count from a day the text does not give. Set a reference date above to place them.</source>
        <translation>Diese Zeitangaben zählen von einem Tag aus, den der Text nicht nennt. Legen Sie oben ein Bezugsdatum fest, um sie einzuordnen.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>No events involve %1.</source>
        <translation>Keines der Ereignisse betrifft %1.</translation>
    </message>
    <message>
        <source>Showing the only event with %1.</source>
        <translation>Das einzige Ereignis mit %1 wird gezeigt.</translation>
    </message>
    <message>
        <source>Showing the %1 events with %2.</source>
        <translation>Die %1 Ereignisse mit %2 werden gezeigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No reference date&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Bezugsdatum&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Relative dates such as “next Friday” cannot be placed until you set one.</source>
        <translation>Relative Zeitangaben wie „nächsten Freitag“ lassen sich erst einordnen, wenn Sie eines festlegen.</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Festlegen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reference date:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Bezugsdatum:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The article’s own date (its metadata).</source>
        <translation>Das eigene Datum des Artikels (aus seinen Metadaten).</translation>
    </message>
    <message>
        <source>Taken from a date in the text; the article gives no date of its own.</source>
        <translation>Aus einer Zeitangabe im Text; der Artikel nennt kein eigenes Datum.</translation>
    </message>
    <message>
        <source>Given on the command line.</source>
        <translation>Auf der Befehlszeile angegeben.</translation>
    </message>
    <message>
        <source>Set by you.</source>
        <translation>Von Ihnen festgelegt.</translation>
    </message>
    <message>
        <source>Clear Date</source>
        <translation>Datum entfernen</translation>
    </message>
    <message>
        <source>Go back to %1, the date the article gives</source>
        <translation>Zurück zu %1, dem Datum des Artikels</translation>
    </message>
    <message>
        <source>Go back to no reference date, as the article has none</source>
        <translation>Zurück zu keinem Bezugsdatum, da der Artikel keines nennt</translation>
    </message>
    <message>
        <source>Open an article to see a timeline of the events it tells.</source>
        <translation>Öffnen Sie einen Artikel, um eine Zeitleiste seiner Ereignisse zu sehen.</translation>
    </message>
    <message>
        <source>Finding dates and events…</source>
        <translation>Zeitangaben und Ereignisse werden gesucht …</translation>
    </message>
    <message>
        <source>None of the dated events involve %1.</source>
        <translation>Keines der datierten Ereignisse betrifft %1.</translation>
    </message>
    <message>
        <source>This text’s dates are relative (“next Friday”) and it gives no date to count from. Set a reference date above to place them on the timeline.</source>
        <translation>Die Zeitangaben in diesem Text sind relativ („nächsten Freitag“), und er nennt kein Datum, von dem aus sie zählen. Legen Sie oben ein Bezugsdatum fest, um sie auf der Zeitleiste einzuordnen.</translation>
    </message>
    <message>
        <source>None of the events can be placed on a calendar; they are listed below.</source>
        <translation>Keines der Ereignisse lässt sich in einen Kalender einordnen; sie sind unten aufgeführt.</translation>
    </message>
    <message>
        <source>The dates in this text are durations or repeats (“for three days”, “every week”), not points in time, so there is nothing to place on a timeline.</source>
        <translation>Die Zeitangaben in diesem Text sind Zeitspannen oder Wiederholungen („drei Tage lang“, „jede Woche“), keine Zeitpunkte; daher gibt es nichts auf einer Zeitleiste einzuordnen.</translation>
    </message>
    <message>
        <source>No dates found in this text, so there is nothing to place on a timeline.</source>
        <translation>In diesem Text wurden keine Zeitangaben gefunden; daher gibt es nichts auf einer Zeitleiste einzuordnen.</translation>
    </message>
</context>
<context>
    <name>lede::ui::TimelineView</name>
    <message>
        <source>Timeline of events</source>
        <translation>Zeitleiste der Ereignisse</translation>
    </message>
    <message>
        <source>No dated events to show.</source>
        <translation>Keine datierten Ereignisse vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s). Use the arrow keys to move between them and Enter to open one.</source>
        <translation>
            <numerusform>%n Ereignis. Mit der Eingabetaste öffnen Sie es.</numerusform>
            <numerusform>%n Ereignisse. Mit den Pfeiltasten wechseln Sie zwischen ihnen, mit der Eingabetaste öffnen Sie eines.</numerusform>
        </translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>Jahr unbekannt</translation>
    </message>
    <message>
        <source>%1%2: %3. Event %4 of %5.</source>
        <translation>%1%2: %3. Ereignis %4 von %5.</translation>
    </message>
    <message>
        <source>Year unknown</source>
        <translation>Jahr unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <comment>the length of a break in the time axis</comment>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <comment>the length of a break in the time axis</comment>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>the length of a break in the time axis</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
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
        <source>[FILE|URL…]</source>
        <translation>[DATEI|URL…]</translation>
    </message>
</context>
</TS>
