// AnnotationExport: CSV, JSON and print copies of an annotated document.
#include "annotate/AnnotationExport.h"

#include "analysis/AnalysisJson.h"
#include "entities/MentionContext.h"

#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <numeric>

namespace lede::ui {

QString AnnotationExport::csvField(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                             || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString AnnotationExport::entitiesCsv(const AnnotationModel &model)
{
    const QString eol = QStringLiteral("\r\n");
    QString out = QStringLiteral("name,type,mentions,first_sentence") + eol;
    if (!model.hasAnalysis())
        return out;
    const auto &entities = model.entities();
    std::vector<size_t> order(entities.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return entities[a].mentions.size() > entities[b].mentions.size(); });
    const core::SentenceLocator locator(model.analysis()->segmentation);
    const std::u16string &text = model.document()->text;
    for (size_t i : order) {
        const core::Entity &e = entities[i];
        QString sentence;
        if (!e.mentions.empty()) {
            const core::TextRange s = locator.sentenceOf(e.mentions.front());
            if (s.start >= 0 && s.end <= static_cast<int32_t>(text.size()) && !s.empty())
                sentence = QString::fromStdU16String(text.substr(static_cast<size_t>(s.start),
                                                                 static_cast<size_t>(s.length())))
                               .replace(QChar(0x2028), QLatin1Char('\n'));
        }
        const std::string_view type = core::entityTypeName(e.type);
        out += csvField(QString::fromStdU16String(e.name)) + QLatin1Char(',')
               + QString::fromLatin1(type.data(), static_cast<qsizetype>(type.size())) + QLatin1Char(',')
               + QString::number(e.mentions.size()) + QLatin1Char(',') + csvField(sentence) + eol;
    }
    return out;
}

QByteArray AnnotationExport::analysisJson(const AnnotationModel &model)
{
    if (!model.hasAnalysis())
        return {};
    core::Analysis corrected = *model.analysis();
    corrected.entities = model.entities();
    const std::string json = core::analysisToJson(*model.document(), corrected, 2);
    return QByteArray(json.data(), static_cast<qsizetype>(json.size()));
}

bool AnnotationExport::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::unique_ptr<QTextDocument> AnnotationExport::highlightedCopy(const QTextDocument &document,
                                                                 const AnnotationModel &model,
                                                                 HighlightKindMask visibleKinds)
{
    std::unique_ptr<QTextDocument> copy(document.clone());
    // Paper is white: print with the light palette whatever the screen uses.
    QPalette paper;
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    const HighlightPalette palette(paper);
    // This is a throw-away copy, so character formats are fine here (never on the shown document).
    QTextCursor cursor(copy.get());
    cursor.beginEditBlock();
    int number = 0;
    for (QTextBlock b = copy->begin(); b.isValid(); b = b.next(), ++number) {
        for (const HighlightSpan &s : model.spansInBlock(number)) {
            if (!(visibleKinds & maskOf(s.kind)))
                continue;
            const int start = std::min(s.start, b.length() - 1);
            const int end = std::min(s.start + s.length, b.length() - 1);
            if (end <= start)
                continue;
            cursor.setPosition(b.position() + start);
            cursor.setPosition(b.position() + end, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(palette.format(s.kind));
        }
    }
    cursor.endEditBlock();
    return copy;
}

} // namespace lede::ui
