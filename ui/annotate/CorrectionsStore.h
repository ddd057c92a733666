// CorrectionsStore: the user's entity corrections of one document on disk, in the application data folder
// (QStandardPaths::AppDataLocation/corrections/<sha256 of the reading text>.json). Writes are atomic
// (QSaveFile), so a crash never leaves half a file; the JSON itself is core::Corrections' format.
#pragma once

#include "entities/Corrections.h"

#include <QString>

#include <optional>
#include <string>

namespace lede::ui {

class CorrectionsStore final
{
public:
    // The key of a document: SHA-256 (hex) of its reading text as UTF-8.
    static QString keyFor(std::u16string_view text);
    // The file the corrections of `key` live in.
    static QString pathFor(const QString &key);

    // nullopt when there is no file, or it cannot be read or parsed (logged, never fatal).
    static std::optional<core::Corrections> load(const QString &key);
    // Writes atomically; nothing to keep (no correction, no chosen date) removes the file. False on I/O
    // errors (logged).
    static bool save(const QString &key, const core::Corrections &corrections);
};

} // namespace lede::ui
