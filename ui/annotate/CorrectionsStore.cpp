// CorrectionsStore: hashing, atomic saving and loading of per-document corrections, and the care for files
// that cannot be used (kept aside or left alone, never overwritten).
#include "annotate/CorrectionsStore.h"

#include "annotate/HighlightKind.h"
#include "common/Utf.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace lede::ui {

namespace {

struct Parsed
{
    std::optional<core::Corrections> corrections;
    std::optional<core::CorrectionsError> error;
    bool unreadable = false;
};

// Reads and checks the file of `key` (it exists).
Parsed parse(const QString &key)
{
    QFile file(CorrectionsStore::pathFor(key));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcAnnotate) << "cannot read corrections" << file.fileName() << file.errorString();
        return {std::nullopt, std::nullopt, true};
    }
    const QByteArray bytes = file.readAll();
    std::string storedKey;
    auto parsed =
        core::Corrections::fromJson(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), &storedKey);
    if (!parsed.ok()) {
        qCWarning(lcAnnotate) << "unusable corrections" << file.fileName() << parsed.error().detail.c_str();
        return {std::nullopt, parsed.error(), false};
    }
    if (!storedKey.empty() && QString::fromStdString(storedKey) != key) {
        qCWarning(lcAnnotate) << "corrections file" << file.fileName() << "belongs to another document";
        return {std::nullopt, core::CorrectionsError{core::CorrectionsError::Code::WrongFormat, "another document's"},
                false};
    }
    return {std::move(parsed).value(), std::nullopt, false};
}

bool isNewer(const Parsed &p)
{
    return p.error && p.error->code == core::CorrectionsError::Code::NewerVersion;
}

} // namespace

QString CorrectionsStore::keyFor(std::u16string_view text)
{
    const std::string utf8 = core::utf16ToUtf8(text);
    const QByteArray digest = QCryptographicHash::hash(QByteArrayView(utf8.data(), static_cast<qsizetype>(utf8.size())),
                                                       QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex());
}

QString CorrectionsStore::pathFor(const QString &key)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/corrections/") + key + QStringLiteral(".json");
}

QString CorrectionsStore::damagedPathFor(const QString &key, const QDateTime &when)
{
    const QString dir = QFileInfo(pathFor(key)).absolutePath();
    return dir + u'/' + key + QStringLiteral(".damaged-") + when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + QStringLiteral(".json");
}

CorrectionsStore::Opened CorrectionsStore::open(const QString &key, const QDateTime &now)
{
    const QString path = pathFor(key);
    if (!QFileInfo::exists(path))
        return {};
    Parsed parsed = parse(key);
    if (parsed.corrections)
        return {Found::Read, std::move(parsed.corrections), {}};
    if (isNewer(parsed))
        return {Found::Newer, std::nullopt, {}};
    if (parsed.unreadable)
        return {Found::Locked, std::nullopt, {}};
    // Damaged: keep it aside under a name no later damage reuses, so the next save cannot destroy it.
    const QString first = damagedPathFor(key, now);
    QString aside = first;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = first.chopped(5) + QStringLiteral("-%1.json").arg(n); // before ".json"

    if (!QFile::rename(path, aside)) {
        qCWarning(lcAnnotate) << "cannot move damaged corrections" << path << "to" << aside;
        return {Found::Locked, std::nullopt, {}};
    }
    qCWarning(lcAnnotate) << "damaged corrections kept as" << aside;
    return {Found::SetAside, std::nullopt, aside};
}

std::optional<core::Corrections> CorrectionsStore::load(const QString &key)
{
    if (!QFileInfo::exists(pathFor(key)))
        return std::nullopt;
    return parse(key).corrections;
}

CorrectionsStore::Saved CorrectionsStore::save(const QString &key, const core::Corrections &corrections)
{
    const QString path = pathFor(key);
    // Checked on every save, not just at open: another, newer Lede may have written it since.
    if (QFileInfo::exists(path) && isNewer(parse(key))) {
        qCWarning(lcAnnotate) << "not replacing corrections written by a newer version" << path;
        return Saved::NewerFile;
    }
    if (corrections.nothingToKeep()) {
        QFile file(path);
        if (file.exists() && !file.remove()) {
            qCWarning(lcAnnotate) << "cannot remove corrections" << path << file.errorString();
            return Saved::Failed;
        }
        return Saved::Done;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        qCWarning(lcAnnotate) << "cannot create" << QFileInfo(path).absolutePath();
        return Saved::Failed;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcAnnotate) << "cannot write corrections" << path << file.errorString();
        return Saved::Failed;
    }
    const std::string json = corrections.toJson(key.toStdString());
    file.write(json.data(), static_cast<qint64>(json.size()));
    if (!file.commit()) {
        qCWarning(lcAnnotate) << "cannot write corrections" << path << file.errorString();
        return Saved::Failed;
    }
    return Saved::Done;
}

} // namespace lede::ui
