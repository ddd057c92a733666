// Tests that translations/lede_de.ts is complete: every message translated (plural forms too),
// nothing left unfinished, and every %1/%n placeholder of the source kept in the German.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanTranslation_isComplete();
};

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
    bool numerus = false;
};

QSet<QString> placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (const auto &m : re.globalMatch(s))
        found.insert(m.captured(1));
    return found;
}

} // namespace

void TestTranslations::germanTranslation_isComplete()
{
    QFile file(QStringLiteral(LEDE_SOURCE_DIR "/translations/lede_de.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            messages.append(m);
        } else if (xml.name() == u"source" && !messages.isEmpty()) {
            messages.back().source = xml.readElementText();
        } else if (xml.name() == u"translation" && !messages.isEmpty()) {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            messages.back().unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            if (!messages.back().numerus)
                messages.back().translations.append(xml.readElementText());
        } else if (xml.name() == u"numerusform" && !messages.isEmpty()) {
            messages.back().translations.append(xml.readElementText());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages.size() > 50);

    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        if (m.unfinished)
            problems.append(QStringLiteral("unfinished: ") + where);
        if (m.translations.isEmpty() || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                                    [](const QString &t) { return t.trimmed().isEmpty(); }))
            problems.append(QStringLiteral("empty: ") + where);
        if (m.numerus && m.translations.size() < 2)
            problems.append(QStringLiteral("missing plural form: ") + where);
        for (const QString &t : m.translations) {
            QSet<QString> wanted = placeholders(m.source);
            // A singular form may spell the number out ("eine Minute") instead of using %n.
            if (m.numerus && &t == &m.translations.front())
                wanted.remove(QStringLiteral("n"));
            if (!placeholders(t).contains(wanted))
                problems.append(QStringLiteral("placeholder lost: ") + where + QStringLiteral(" -> ") + t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
