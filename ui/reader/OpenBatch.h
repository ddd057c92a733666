// OpenBatch: the files of one open request (a drop, the Open dialog, the command line). It
// waits until every file has loaded, failed or been closed, then reports all failures at once,
// so dropping ten files with two bad ones gives one message, not two dialogs.
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

namespace lede::ui {

class DocumentTab;

class OpenBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenBatch)

public:
    explicit OpenBatch(QObject *parent = nullptr);

    // Follows a tab until it settles (loaded, failed, or destroyed).
    void track(DocumentTab *tab);
    // A failure found before any tab was made (a folder, a missing file).
    void addFailure(const QString &message);
    // No more files will be added; finished() fires as soon as nothing is pending.
    void seal();

    int fileCount() const { return m_total; }

Q_SIGNALS:
    // `failures` are translated messages, one per file, in the order they happened.
    void finished(const QStringList &failures, int fileCount);

private:
    void settle(QObject *tab);
    void finishIfDone();

    QSet<QObject *> m_pending;
    QStringList m_failures;
    int m_total = 0;
    bool m_sealed = false;
    bool m_done = false;
};

} // namespace lede::ui
