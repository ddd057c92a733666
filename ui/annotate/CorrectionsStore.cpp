// CorrectionsStore: hashing, atomic saving and loading of per-document corrections.
#include "annotate/CorrectionsStore.h"

#include "annotate/HighlightKind.h"
#include "common/Utf.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace lede::ui {

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

std::optional<core::Corrections> CorrectionsStore::load(const QString &key)
{
    QFile file(pathFor(key));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcAnnotate) << "cannot read corrections" << file.fileName() << file.errorString();
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    std::string storedKey;
    auto parsed = core::Corrections::fromJson(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())),
                                              &storedKey);
    if (!parsed.ok()) {
        qCWarning(lcAnnotate) << "ignoring corrections" << file.fileName() << parsed.error().detail.c_str();
        return std::nullopt;
    }
    if (!storedKey.empty() && QString::fromStdString(storedKey) != key) {
        qCWarning(lcAnnotate) << "corrections file" << file.fileName() << "belongs to another document";
        return std::nullopt;
    }
    return std::move(parsed).value();
}

bool CorrectionsStore::save(const QString &key, const core::Corrections &corrections)
{
    const QString path = pathFor(key);
    if (corrections.nothingToKeep()) {
        QFile::remove(path);
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        qCWarning(lcAnnotate) << "cannot create" << QFileInfo(path).absolutePath();
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcAnnotate) << "cannot write corrections" << path << file.errorString();
        return false;
    }
    const std::string json = corrections.toJson(key.toStdString());
    file.write(json.data(), static_cast<qint64>(json.size()));
    if (!file.commit()) {
        qCWarning(lcAnnotate) << "cannot write corrections" << path << file.errorString();
        return false;
    }
    return true;
}

} // namespace lede::ui
