// DocumentCorrections: reading the stored corrections off the UI thread, saving them, reporting the file's state.
// The strings keep DocumentAnnotator's translation context, where their translations are.
#include "annotate/DocumentCorrections.h"

#include "annotate/DocumentAnnotator.h"
#include "threads/WhenFinished.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace lede::ui {

namespace {
struct StoredCorrections
{
    QString key;
    CorrectionsStore::Opened opened;
};

// How a message names the document: its title, else its file name.
QString documentName(const core::Document &doc)
{
    if (!doc.meta.title.empty())
        return QString::fromStdString(doc.meta.title);
    return QFileInfo(QString::fromStdString(doc.meta.sourcePath)).fileName();
}
} // namespace

DocumentCorrections::DocumentCorrections(QObject *parent) : QObject(parent) {}

DocumentCorrections::~DocumentCorrections() = default;

void DocumentCorrections::open(std::shared_ptr<const core::Document> document)
{
    m_document = std::move(document);
    m_log.clear();
    m_key.clear();
    m_ready = false;
    m_locked = false;
    const int generation = ++m_generation;
    if (!m_document)
        return;
    // Hashing a 4 MB book takes ~50 ms: done on the UI thread it was the longest event-loop stall of an open.
    const QFuture<StoredCorrections> opening = QtConcurrent::run([document = m_document] {
        StoredCorrections result;
        result.key = CorrectionsStore::keyFor(document->text);
        result.opened = CorrectionsStore::open(result.key);
        return result;
    });
    whenFinished(opening, this, [this, generation](StoredCorrections stored) {
        if (generation != m_generation)
            return; // another document was opened meanwhile
        m_key = std::move(stored.key);
        if (stored.opened.corrections)
            m_log = std::move(*stored.opened.corrections);
        m_ready = true;
        report(stored.opened);
        Q_EMIT ready();
    });
}

void DocumentCorrections::report(const CorrectionsStore::Opened &opened)
{
    const QString name = m_document ? documentName(*m_document) : QString();
    switch (opened.found) {
    case CorrectionsStore::Found::Nothing:
    case CorrectionsStore::Found::Read: return;
    case CorrectionsStore::Found::SetAside:
        Q_EMIT problem(
            DocumentAnnotator::tr("The corrections saved for “%1” were damaged, so the article opens without them.")
                .arg(name),
            DocumentAnnotator::tr("The damaged file was kept as %1.").arg(QDir::toNativeSeparators(opened.keptAs)));
        return;
    case CorrectionsStore::Found::Newer:
        m_locked = true;
        Q_EMIT problem(
            DocumentAnnotator::tr("The corrections saved for “%1” come from a newer version of Lede.").arg(name),
            DocumentAnnotator::tr("They are left as they are. Corrections you make now are shown but not saved."));
        return;
    case CorrectionsStore::Found::Locked:
        m_locked = true;
        Q_EMIT problem(
            DocumentAnnotator::tr("The corrections saved for “%1” could not be read.").arg(name),
            DocumentAnnotator::tr("The file %1 is left as it is. Corrections you make now are shown but not saved.")
                .arg(QDir::toNativeSeparators(CorrectionsStore::pathFor(m_key))));
        return;
    }
}

bool DocumentCorrections::save()
{
    if (m_locked)
        return true; // the user was told when the document opened; nothing is written over that file
    switch (CorrectionsStore::save(m_key, m_log)) {
    case CorrectionsStore::Saved::Done: return true;
    case CorrectionsStore::Saved::Failed: return false;
    case CorrectionsStore::Saved::NewerFile:
        // A newer Lede wrote the file while this document was open: from now on it is left alone.
        report({CorrectionsStore::Found::Newer, std::nullopt, {}});
        return true;
    }
    return false;
}

} // namespace lede::ui
