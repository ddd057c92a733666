// ReaderSettings: an INI file under the application config folder.
#include "reader/ReaderSettings.h"

#include <QStandardPaths>

namespace lede::ui {

std::unique_ptr<QSettings> openReaderSettings()
{
    // No mkpath here: reading must not create folders in the user's home. QSettings creates the folder
    // itself when it first writes the file.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return std::make_unique<QSettings>(dir + QStringLiteral("/lede.conf"), QSettings::IniFormat);
}

} // namespace lede::ui
