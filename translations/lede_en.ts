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
        <source>Print Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <comment>%1 the change to undo: &apos;Rename “Paris” to “Lyon”&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <comment>%1 the change to redo: &apos;Rename “Paris” to “Lyon”&apos;</comment>
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
    <name>lede::ui::ArticleInteraction</name>
    <message>
        <source>Add as Entity…</source>
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
        <source>Merge With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove (Not an Entity)</source>
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
    <message>
        <source>%1 · mention %2 of %3</source>
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
        <source>%1 %2</source>
        <comment>month year</comment>
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
        <source>%1 — set the article&apos;s date to resolve it</source>
        <comment>%1 a date in words that depends on the article&apos;s date, which is not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a span of years: &apos;1939–1945&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time</source>
        <comment>a time of day that could not be put in words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length of time</source>
        <comment>a duration that could not be put in words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeatedly</source>
        <comment>a recurring time that could not be put in words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <comment>a date that could not be put in words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1s</source>
        <comment>a decade: &apos;the 1990s&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 century</source>
        <comment>%1 an ordinal number: &apos;the 19th century&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 millennium</source>
        <comment>%1 an ordinal word: &apos;the third millennium&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1s BC</source>
        <comment>a decade before the common era: &apos;the 500s BC&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 century BC</source>
        <comment>%1 an ordinal number: &apos;the 5th century BC&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 millennium BC</source>
        <comment>%1 an ordinal word: &apos;the second millennium BC&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decade</source>
        <comment>a decade not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a century</source>
        <comment>a century not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quarter</source>
        <comment>a quarter of a year not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quarter of %1</source>
        <comment>%1 a year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a half of %1</source>
        <comment>%1 a year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 quarter, year unknown</source>
        <comment>%1 an ordinal word: first…fourth</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 half, year unknown</source>
        <comment>%1 an ordinal word: first, second</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 quarter of %2</source>
        <comment>%1 an ordinal word (first…fourth), %2 a year or &apos;next year&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 half of %2</source>
        <comment>%1 an ordinal word (first, second), %2 a year or &apos;next year&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, year unknown</source>
        <comment>a season</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>season, year: &apos;spring 2025&apos;, &apos;spring next year&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year</source>
        <comment>a year not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month</source>
        <comment>a month not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month in %1</source>
        <comment>%1 a year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, year unknown</source>
        <comment>a month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month, relative year: &apos;March next year&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1</source>
        <comment>an unknown date on a weekday: &apos;a Tuesday&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 at %2</source>
        <comment>weekday, clock time: &apos;a Tuesday at 15:00&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1</source>
        <comment>an unknown date on a weekday and part of day: &apos;a Tuesday evening&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, part of day: &apos;Thursday evening&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a week</source>
        <comment>a week not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weekend in %1</source>
        <comment>%1 a year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a week in %1</source>
        <comment>%1 a year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weekend of %1</source>
        <comment>%1 a Saturday and Sunday: &apos;the weekend of 15–16 March 2025&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the week of %1</source>
        <comment>%1 the Monday that begins the week: &apos;the week of 10 March 2025&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day</source>
        <comment>a day not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day in %1</source>
        <comment>%1 a year or month: &apos;a day in 1998&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, year unknown</source>
        <comment>a day and month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>weekday and part of day, then the date: &apos;Thursday evening, 13 March 2025&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>relative day, clock time: &apos;yesterday at 15:00&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tonight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1</source>
        <comment>part of today: &apos;this morning&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>relative day, part of day: &apos;yesterday evening&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, day unknown</source>
        <comment>a clock time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, part of day: &apos;Thursday 13 March 2025, evening&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 BC</source>
        <comment>a span of years before the common era: &apos;480–479 BC&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <comment>first month, last month, year: &apos;March–May 2025&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>start day and month, then the end date with its year: &apos;21 March – 4 April 2025&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>the day before the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <comment>the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <comment>the day after the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>last week</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next week</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in %n week</numerusform>
            <numerusform>in %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>last weekend</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this weekend</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next weekend</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weekend(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>%n weekend ago</numerusform>
            <numerusform>%n weekends ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n weekend(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in %n weekend</numerusform>
            <numerusform>in %n weekends</numerusform>
        </translation>
    </message>
    <message>
        <source>last month</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this month</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next month</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>last quarter</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this quarter</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next quarter</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>%n quarter ago</numerusform>
            <numerusform>%n quarters ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n quarter(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in %n quarter</numerusform>
            <numerusform>in %n quarters</numerusform>
        </translation>
    </message>
    <message>
        <source>the last half-year</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this half-year</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next half-year</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n half-year(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>%n half-year ago</numerusform>
            <numerusform>%n half-years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n half-year(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in %n half-year</numerusform>
            <numerusform>in %n half-years</numerusform>
        </translation>
    </message>
    <message>
        <source>last year</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this year</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next year</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in %n year</numerusform>
            <numerusform>in %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>the last decade</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this decade</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next decade</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decade(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>%n decade ago</numerusform>
            <numerusform>%n decades ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n decade(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in %n decade</numerusform>
            <numerusform>in %n decades</numerusform>
        </translation>
    </message>
    <message>
        <source>the last century</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this century</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next century</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n century(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>%n century ago</numerusform>
            <numerusform>%n centuries ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n century(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in %n century</numerusform>
            <numerusform>in %n centuries</numerusform>
        </translation>
    </message>
    <message>
        <source>the last millennium</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this millennium</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next millennium</source>
        <comment>relative to the article&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n millennium(s) ago</source>
        <comment>counted back from the article&apos;s date</comment>
        <translation>
            <numerusform>%n millennium ago</numerusform>
            <numerusform>%n millennia ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n millennium(s)</source>
        <comment>counted on from the article&apos;s date</comment>
        <translation>
            <numerusform>in %n millennium</numerusform>
            <numerusform>in %n millennia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>some years</source>
        <comment>a duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every year</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>some months</source>
        <comment>a duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every month</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>some weeks</source>
        <comment>a duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every week</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>some days</source>
        <comment>a duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weekend(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n weekend</numerusform>
            <numerusform>%n weekends</numerusform>
        </translation>
    </message>
    <message>
        <source>some weekends</source>
        <comment>a duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every weekend</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <comment>a duration, quarters of a year</comment>
        <translation>
            <numerusform>%n quarter</numerusform>
            <numerusform>%n quarters</numerusform>
        </translation>
    </message>
    <message>
        <source>some quarters</source>
        <comment>a duration, quarters of a year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every quarter</source>
        <comment>a recurring time, quarters of a year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n half-year(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n half-year</numerusform>
            <numerusform>%n half-years</numerusform>
        </translation>
    </message>
    <message>
        <source>some half-years</source>
        <comment>a duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every half-year</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decade(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n decade</numerusform>
            <numerusform>%n decades</numerusform>
        </translation>
    </message>
    <message>
        <source>decades</source>
        <comment>a duration of some decades</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every decade</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n century(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n century</numerusform>
            <numerusform>%n centuries</numerusform>
        </translation>
    </message>
    <message>
        <source>centuries</source>
        <comment>a duration of some centuries</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every century</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n millennium(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n millennium</numerusform>
            <numerusform>%n millennia</numerusform>
        </translation>
    </message>
    <message>
        <source>millennia</source>
        <comment>a duration of some millennia</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every millennium</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>some hours</source>
        <comment>a duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hour</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>some minutes</source>
        <comment>a duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every minute</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>some seconds</source>
        <comment>a duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every second</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last year</source>
        <comment>completing a phrase: &apos;the first half of last year&apos;, &apos;spring last year&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this year</source>
        <comment>completing a phrase: &apos;the first half of this year&apos;, &apos;spring this year&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next year</source>
        <comment>completing a phrase: &apos;the first half of next year&apos;, &apos;spring next year&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 BC</source>
        <comment>a year before the common era: &apos;44 BC&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD %1</source>
        <comment>an early year of the common era: &apos;AD 800&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day and month, then a year: &apos;15 March 44 BC&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <comment>part of the day after a weekday: &apos;Thursday morning&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afternoon</source>
        <comment>part of the day after a weekday: &apos;Thursday afternoon&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evening</source>
        <comment>part of the day after a weekday: &apos;Thursday evening&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>night</source>
        <comment>part of the day after a weekday: &apos;Thursday night&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daytime</source>
        <comment>part of the day after a weekday: &apos;Thursday daytime&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a morning</source>
        <comment>a morning of a day not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an afternoon</source>
        <comment>an afternoon of a day not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evening</source>
        <comment>an evening of a day not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a night</source>
        <comment>a night of a day not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daytime</source>
        <comment>the daytime of a day not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>midnight</source>
        <comment>the end of a day, 24:00</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>an ordinal number ending in 1: &apos;21st&apos;; German &apos;%1.&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>an ordinal number ending in 2: &apos;22nd&apos;; German &apos;%1.&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>an ordinal number ending in 3: &apos;23rd&apos;; German &apos;%1.&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>an ordinal number: &apos;19th&apos;; German &apos;%1.&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <comment>ordinal word for a quarter, half or millennium: &apos;the first half&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <comment>ordinal word for a quarter, half or millennium: &apos;the second half&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <comment>ordinal word for a quarter or millennium: &apos;the third quarter&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <comment>ordinal word for a quarter or millennium: &apos;the fourth quarter&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>a repeating span: &apos;every 2 weeks&apos;; German &apos;alle %1&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>a weekday, perhaps with a part of the day: &apos;every Monday&apos;, &apos;every Monday evening&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>a month: &apos;every April&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>a day of the year: &apos;every 25 December&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <comment>part of the day on its own: &apos;yesterday morning&apos;, &apos;this morning&apos;, &apos;13 March, morning&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afternoon</source>
        <comment>part of the day on its own: &apos;yesterday afternoon&apos;, &apos;this afternoon&apos;, &apos;13 March, afternoon&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evening</source>
        <comment>part of the day on its own: &apos;yesterday evening&apos;, &apos;this evening&apos;, &apos;13 March, evening&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>night</source>
        <comment>part of the day on its own: &apos;yesterday night&apos;, &apos;13 March, night&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daytime</source>
        <comment>part of the day on its own: &apos;yesterday daytime&apos;, &apos;this daytime&apos;, &apos;13 March, daytime&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every morning</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every afternoon</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every evening</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every night</source>
        <comment>a recurring time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every daytime</source>
        <comment>a recurring time: every day, in the daytime</comment>
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
        <source>Merge “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Type of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference date could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrections saved for “%1” were damaged, so the article opens without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrections saved for “%1” come from a newer version of Lede.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are left as they are. Corrections you make now are shown but not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrections saved for “%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is left as it is. Corrections you make now are shown but not saved.</source>
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
    <message>
        <source>This file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no text to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop opening and close this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress: bytes received of the page&apos;s size, e.g. &quot;2.0 kB of 25.4 kB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::EntityListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>entity group while filtering: shown of all</comment>
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
</context>
<context>
    <name>lede::ui::EntityPanel</name>
    <message>
        <source>Filter entities</source>
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
</context>
<context>
    <name>lede::ui::FetchErrorText</name>
    <message>
        <source>The page is private or needs a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page does not exist; check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is refusing requests for now; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has a problem of its own; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened: Lede downloads only http and https addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: the site was not found. Check the address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: the site did not accept a connection. It may be down, or your network may be blocking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: the site took too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: the site redirected too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: the site answered with error %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to open. Lede downloads pages of up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: the secure connection to the site failed (its certificate may not be trusted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: the connection to the site failed during the download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be downloaded.</source>
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
    <message>
        <source>“%1” is protected by a password or encrypted. Lede cannot open protected documents; save an unprotected copy and open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no text to read: its pages are images, as in a scanned document. Run it through text recognition (OCR) first, then open the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a link that leads back to itself (a loop of symbolic links), so there is no file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a device or a pipe, not a document. Lede opens files saved on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” sends no data and does not end, like a device or a live system file; it is not a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened because its name contains bytes that are not valid text in this system&apos;s encoding. Rename the file and try again.</source>
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
    <message numerus="yes">
        <source>Reading time at %Ln words a minute</source>
        <translation>
            <numerusform>Reading time at %Ln word a minute</numerusform>
            <numerusform>Reading time at %Ln words a minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop to open %Ln file(s)</source>
        <translation>
            <numerusform>Drop to open %Ln file</numerusform>
            <numerusform>Drop to open %Ln files</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders cannot be opened; drop the files inside them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download a web page by its address and open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::OpenLocationDialog</name>
    <message>
        <source>Open Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address of a web page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.org/news/article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lede downloads this one page (up to %1) and opens it in a new tab. Nothing else is fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lede opens only web pages: the address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address. Enter an address that starts with http:// or https://, or a site name such as example.org/article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::PrintJob</name>
    <message>
        <source>The article could not be prepared for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer reported an error; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::ProblemDialog</name>
    <message>
        <source>Lede</source>
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
    <name>lede::ui::StatusText</name>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln min read</numerusform>
            <numerusform>%Ln min read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hour(s)</source>
        <translation>
            <numerusform>about %Ln hour</numerusform>
            <numerusform>about %Ln hours</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::TabNavigation</name>
    <message>
        <source>&amp;Next Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::TimeScale</name>
    <message>
        <source>%1 BC</source>
        <comment>a year before the common era</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD %1</source>
        <comment>an early year of the common era, on an axis that also shows years BC</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::TimelineController</name>
    <message>
        <source>1 event exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the events has a full calendar date, so there is nothing to put in a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n without a year</source>
        <translation>
            <numerusform>%n without a year</numerusform>
            <numerusform>%n without a year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not placed on the timeline</source>
        <translation>
            <numerusform>%n not placed on the timeline</numerusform>
            <numerusform>%n not placed on the timeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before the year 1</source>
        <translation>
            <numerusform>%n before the year 1</numerusform>
            <numerusform>%n before the year 1</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (a calendar cannot hold them): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline as Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::TimelineExport</name>
    <message>
        <source>With: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::TimelinePanel</name>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Article’s Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (show a shorter span of time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (show a longer span of time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all events in the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline as a spreadsheet, calendar or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events not placed on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date that relative dates (“yesterday”, “next Friday”) count from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Calendar (iCalendar, .ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>date, summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not placed on the timeline&lt;/b&gt; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dates are not exact enough to put on a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dates count from a day the text does not give. Set a reference date above to place them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events involve %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the only event with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the %1 events with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No reference date&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative dates such as “next Friday” cannot be placed until you set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reference date:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article’s own date (its metadata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from a date in the text; the article gives no date of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to %1, the date the article gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to no reference date, as the article has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article to see a timeline of the events it tells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding dates and events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the dated events involve %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text’s dates are relative (“next Friday”) and it gives no date to count from. Set a reference date above to place them on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the events can be placed on a calendar; they are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates in this text are durations or repeats (“for three days”, “every week”), not points in time, so there is nothing to place on a timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates found in this text, so there is nothing to place on a timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ui::TimelineView</name>
    <message>
        <source>Timeline of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated events to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s). Use the arrow keys to move between them and Enter to open one.</source>
        <translation>
            <numerusform>%n event. Press Enter to open it.</numerusform>
            <numerusform>%n events. Use the arrow keys to move between them and Enter to open one.</numerusform>
        </translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: %3. Event %4 of %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <comment>the length of a break in the time axis</comment>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <comment>the length of a break in the time axis</comment>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>the length of a break in the time axis</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
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
        <source>[FILE|URL…]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
