<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>lede::ui::AboutDialog</name>
    <message>
        <source>Lede %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article reader that shows who, where and when at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lede is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity recognition model is trained on the CoNLL-2003 English named-entity annotations (Tjong Kim Sang and De Meulder, 2003) of Reuters news text from the Reuters Corpus, Volume 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place names and coordinates come from &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, licensed under the Creative Commons Attribution 4.0 License (CC BY 4.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country names and codes come from Debian&apos;s &lt;i&gt;iso-codes&lt;/i&gt; package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First names come from public-domain lists of English first names (PDDL / CC0) and from the US Social Security Administration&apos;s baby-name data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1 and ICU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lede</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::AddEntityDialog</name>
    <message>
        <source>Add as Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entity from the list to add “%1” to it, or type a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::AnnotationController</name>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding people, places, organisations and dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Entities as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Analysis as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::AnnotationExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::AnnotationToolTip</name>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::ContextPanel</name>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <comment>south</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <comment>east</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <comment>west</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears most with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a highlighted name in the article, or choose one in the entity list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · 1 mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::DateDescriber</name>
    <message>
        <source>%1 – %2</source>
        <comment>date range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarter %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>season year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1s</source>
        <comment>decade</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1th century</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n year(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n minute(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n hour(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n second(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::DocumentAnnotator</name>
    <message>
        <source>Finding people, places, organisations and dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your corrections could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as Entity…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::DocumentTab</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the article…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::EntityPanel</name>
    <message>
        <source>Filter entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge (select two or more entities first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Selected into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove (Not an Entity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::FileFilters</name>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPUB books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All supported documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::HighlightKind</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::HighlightLegend</name>
    <message>
        <source>Show or hide the marks of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::LoadErrorText</name>
    <message>
        <source>“%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a document. Open the files inside it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that you have permission to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to open. Lede opens files of up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a text document; it looks like a binary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lede cannot read the format of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln min read</numerusform>
            <numerusform>%Ln min read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be opened.</source>
        <translation>
            <numerusform>%Ln file could not be opened.</numerusform>
            <numerusform>%Ln files could not be opened.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one or more articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer exists, so it was removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample article is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lede looked for it in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Lede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a local file. Save it to your computer first, then open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::WelcomePage</name>
    <message>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article with File ▸ Open… (%1), or drop files onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads articles with people, places, organisations and dates marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (e.g. de, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force a light or dark palette (light, dark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles to open, each in its own tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE…]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
