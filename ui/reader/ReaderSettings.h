// ReaderSettings: where the reader window keeps its preferences (recent files, zoom, geometry).
#pragma once

#include <QSettings>
#include <QString>

#include <memory>

namespace lede::ui {

// The settings file lives in QStandardPaths::AppConfigLocation, so tests that enable
// QStandardPaths::setTestModeEnabled(true) never touch the user's real settings.
std::unique_ptr<QSettings> openReaderSettings();

namespace settingsKey {
inline constexpr auto recentFiles = "files/recent";
inline constexpr auto lastDirectory = "files/lastDirectory";
inline constexpr auto zoomStep = "view/zoomStep";
inline constexpr auto windowGeometry = "window/geometry";
inline constexpr auto windowState = "window/state";
} // namespace settingsKey

// A key constant as a QString (QT_NO_CAST_FROM_ASCII forbids the implicit conversion).
inline QString key(const char *k)
{
    return QString::fromLatin1(k);
}

} // namespace lede::ui
