// RecentFiles: the last files opened successfully, newest first, persisted in the reader settings.
#pragma once

#include <QObject>
#include <QStringList>

namespace lede::ui {

class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    static constexpr int maxEntries = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    // Moves `path` (made absolute) to the front; the oldest entry beyond maxEntries falls off.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void save();
    static QString normalised(const QString &path);

    QStringList m_files;
};

} // namespace lede::ui
