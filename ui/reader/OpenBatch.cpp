// OpenBatch: counts pending tabs; reports once and deletes itself.
#include "reader/OpenBatch.h"

#include "reader/DocumentTab.h"

namespace lede::ui {

OpenBatch::OpenBatch(QObject *parent) : QObject(parent) {}

void OpenBatch::track(DocumentTab *tab)
{
    ++m_total;
    m_pending.insert(tab);
    connect(tab, &DocumentTab::documentLoaded, this, [this, tab] { settle(tab); });
    connect(tab, &DocumentTab::loadFailed, this, [this, tab](const QString &message) {
        if (m_pending.contains(tab))
            m_failures.append(message);
        settle(tab);
    });
    connect(tab, &QObject::destroyed, this, [this](QObject *gone) { settle(gone); });
}

void OpenBatch::addFailure(const QString &message)
{
    ++m_total;
    m_failures.append(message);
}

void OpenBatch::seal()
{
    m_sealed = true;
    finishIfDone();
}

void OpenBatch::settle(QObject *tab)
{
    if (m_pending.remove(tab))
        finishIfDone();
}

void OpenBatch::finishIfDone()
{
    if (!m_sealed || m_done || !m_pending.isEmpty())
        return;
    m_done = true;
    Q_EMIT finished(m_failures, m_total);
    deleteLater();
}

} // namespace lede::ui
