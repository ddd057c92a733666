// CorrectionsStore: the user's entity corrections of one document on disk, in the application data folder
// (QStandardPaths::AppDataLocation/corrections/<sha256 of the reading text>.json). Writes are atomic
// (QSaveFile), so a crash never leaves half a file; the JSON itself is core::Corrections' format.
// A file we cannot use is never overwritten: a damaged one is kept aside, one from a newer Lede is left alone.
#pragma once

#include "entities/Corrections.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <string>

namespace lede::ui {

class CorrectionsStore final
{
public:
    // What open() found.
    enum class Found {
        Nothing,  // no file: a document never corrected
        Read,     // the corrections are in `corrections`
        SetAside, // the file was damaged (not JSON, truncated, another document's); moved to `keptAs`
        Newer,    // written by a newer Lede: left as it is, and save() refuses to replace it
        Locked,   // unreadable, or damaged and it could not be moved: left as it is, save() would lose it
    };
    struct Opened
    {
        Found found = Found::Nothing;
        std::optional<core::Corrections> corrections;
        QString keptAs; // SetAside: the damaged file's new path
    };
    enum class Saved {
        Done,
        Failed,    // I/O error (logged): the write or, for an empty log, the removal failed
        NewerFile, // the file on disk is from a newer Lede and was left as it is
    };

    // The key of a document: SHA-256 (hex) of its reading text as UTF-8.
    static QString keyFor(std::u16string_view text);
    // The file the corrections of `key` live in.
    static QString pathFor(const QString &key);
    // Where a damaged corrections file is kept: "<key>.damaged-<UTC time>.json" beside it.
    static QString damagedPathFor(const QString &key, const QDateTime &when);

    // Reads the corrections of `key`, setting a damaged file aside (see Found). `now` names the kept copy.
    static Opened open(const QString &key, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Reads without side effects: nullopt when there is no usable file.
    static std::optional<core::Corrections> load(const QString &key);
    // Writes atomically; nothing to keep (no correction, no chosen date) removes the file. Never replaces a
    // file written by a newer Lede.
    static Saved save(const QString &key, const core::Corrections &corrections);
};

} // namespace lede::ui
