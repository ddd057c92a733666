// RecentFiles: a small MRU list kept in QSettings.
#include "reader/RecentFiles.h"

#include "reader/ReaderSettings.h"
#include "reader/WebAddress.h"

#include <QFileInfo>

namespace lede::ui {

RecentFiles::RecentFiles(QObject *parent) : QObject(parent)
{
    const QStringList stored = openReaderSettings()->value(key(settingsKey::recentFiles)).toStringList();
    for (const QString &f : stored) {
        const QString n = normalised(f);
        if (!n.isEmpty() && !m_files.contains(n) && m_files.size() < maxEntries)
            m_files.append(n);
    }
}

QString RecentFiles::normalised(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (WebAddress::isWebAddress(path)) // a page's address is kept as it was opened
        return path;
    return QFileInfo(path).absoluteFilePath();
}

void RecentFiles::add(const QString &path)
{
    const QString n = normalised(path);
    if (n.isEmpty() || (!m_files.isEmpty() && m_files.front() == n))
        return;
    m_files.removeAll(n);
    m_files.prepend(n);
    while (m_files.size() > maxEntries)
        m_files.removeLast();
    save();
}

void RecentFiles::remove(const QString &path)
{
    if (m_files.removeAll(normalised(path)) > 0)
        save();
}

void RecentFiles::clear()
{
    if (m_files.isEmpty())
        return;
    m_files.clear();
    save();
}

void RecentFiles::save()
{
    openReaderSettings()->setValue(key(settingsKey::recentFiles), m_files);
    Q_EMIT changed();
}

} // namespace lede::ui
