// ReaderSettings: an INI file under the application config folder.
#include "reader/ReaderSettings.h"

#include <QDir>
#include <QStandardPaths>

namespace lede::ui {

std::unique_ptr<QSettings> openReaderSettings()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(dir);
    return std::make_unique<QSettings>(dir + QStringLiteral("/lede.conf"), QSettings::IniFormat);
}

} // namespace lede::ui
