// TaggerProvider: one QtConcurrent load of core::NerTagger::loadDefault() per process.
#include "annotate/TaggerProvider.h"

#include "annotate/HighlightKind.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace lede::ui {

namespace {

QFuture<TaggerState> &storage()
{
    static QFuture<TaggerState> future;
    return future;
}

QString describe(const core::ModelError &e)
{
    const char *context = "lede::ui::TaggerProvider";
    switch (e.code) {
    case core::ModelError::Code::NotFound:
        return QCoreApplication::translate(context, "The entity model was not found; only dates are marked.");
    case core::ModelError::Code::BadMagic:
    case core::ModelError::Code::BadVersion:
        return QCoreApplication::translate(context,
                                           "The entity model is of an unknown version; only dates are marked.");
    case core::ModelError::Code::BadChecksum:
    case core::ModelError::Code::Truncated:
        return QCoreApplication::translate(context, "The entity model is damaged; only dates are marked.");
    case core::ModelError::Code::Unreadable:
        break;
    }
    return QCoreApplication::translate(context, "The entity model could not be read; only dates are marked.");
}

} // namespace

QFuture<TaggerState> TaggerProvider::shared()
{
    QFuture<TaggerState> &f = storage();
    if (!f.isValid()) {
        f = QtConcurrent::run([] {
            TaggerState state;
            auto loaded = core::NerTagger::loadDefault();
            if (loaded.ok()) {
                state.tagger = loaded.value();
            } else {
                qCWarning(lcAnnotate) << "NER model not loaded:" << loaded.error().detail.c_str();
                state.error = describe(loaded.error());
            }
            return state;
        });
    }
    return f;
}

void TaggerProvider::override(std::shared_ptr<const core::NerTagger> tagger, const QString &error)
{
    QPromise<TaggerState> promise;
    promise.start();
    promise.addResult(TaggerState{std::move(tagger), error});
    promise.finish();
    storage() = promise.future();
}

} // namespace lede::ui
