// AnnotationExport: File ▸ Export — the entity list as CSV (RFC 4180), the whole analysis as JSON (the
// lede-cli analyze schema, with the user's corrections applied), and a highlighted copy of the article for
// printing and PDF (layout formats are not printed, so the copy carries them as character formats).
#pragma once

#include "annotate/AnnotationModel.h"
#include "annotate/HighlightPalette.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

namespace lede::ui {

class AnnotationExport final
{
    Q_DECLARE_TR_FUNCTIONS(lede::ui::AnnotationExport)

public:
    // One CSV field: quoted when it holds a comma, quote, CR or LF; quotes doubled.
    static QString csvField(const QString &value);
    // name,type,mentions,first_sentence — most mentioned first; CRLF line ends; UTF-8 when written.
    static QString entitiesCsv(const AnnotationModel &model);
    // The analysis with the model's (corrected) entities, pretty-printed.
    static QByteArray analysisJson(const AnnotationModel &model);
    // Writes atomically; on failure returns false and a translated reason in `error`.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
    // A copy of `document` with the visible kinds' highlights as character formats, in print colours.
    static std::unique_ptr<QTextDocument> highlightedCopy(const QTextDocument &document, const AnnotationModel &model,
                                                          HighlightKindMask visibleKinds);
};

} // namespace lede::ui
