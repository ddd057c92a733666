// DocumentCorrections: the user's corrections of one open document and their file. When a document opens,
// its key (a hash of the whole text, tens of ms for a book) and the stored corrections are read on a worker;
// after each change the log is saved, unless the stored file came from a newer Lede or could not be read, in
// which case it is left alone and the user told once (problem()). The undoable steps that change the log are
// DocumentAnnotator's; this class keeps the log and its file.
#pragma once

#include "annotate/CorrectionsStore.h"
#include "document/Document.h"
#include "entities/Corrections.h"

#include <QObject>

#include <memory>

namespace lede::ui {

class DocumentCorrections final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentCorrections)

public:
    explicit DocumentCorrections(QObject *parent = nullptr);
    ~DocumentCorrections() override;

    // Forgets the corrections and reads those stored for `document` (null: none) in the background; ready()
    // follows unless another document is opened first.
    void open(std::shared_ptr<const core::Document> document);
    bool isReady() const { return m_ready; }

    // The log; changed in place by the undo stack's commands, then save()d.
    core::Corrections &log() { return m_log; }
    const core::Corrections &log() const { return m_log; }
    // Writes the log unless the stored file must be left alone; false on an I/O failure. Only once ready.
    bool save();

Q_SIGNALS:
    // The stored corrections have been read (or there were none): log() holds them.
    void ready();
    // Something about the stored file the user must learn once (translated).
    void problem(const QString &text, const QString &details);

private:
    // Tells the user what CorrectionsStore::open() found, when it was not simply read; locks the file when needed.
    void report(const CorrectionsStore::Opened &opened);

    std::shared_ptr<const core::Document> m_document;
    core::Corrections m_log;
    QString m_key;
    bool m_ready = false;
    bool m_locked = false; // the stored file is from a newer Lede or unreadable: never written
    int m_generation = 0;  // of open(): a read for an earlier document is dropped
};

} // namespace lede::ui
