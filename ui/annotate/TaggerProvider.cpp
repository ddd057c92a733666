// TaggerProvider: one QtConcurrent load of core::NerTagger::loadDefault() per process, fanned out to
// a promise per waiting caller.
#include "annotate/TaggerProvider.h"

#include "annotate/HighlightKind.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <vector>

namespace lede::ui {

namespace {

struct Shared
{
    QMutex mutex;
    bool started = false;
    std::optional<TaggerState> state; // set once the load has ended
    std::vector<std::shared_ptr<QPromise<TaggerState>>> waiting;
    TaggerProvider::Loader loader;
    quint64 epoch = 0; // bumped by reset(): a load started before it delivers to nobody
    QFuture<void> load;
};

Shared &storage()
{
    static Shared s;
    return s;
}

QFuture<TaggerState> readyFuture(const TaggerState &state)
{
    QPromise<TaggerState> promise;
    promise.start();
    promise.addResult(state);
    promise.finish();
    return promise.future();
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

// Runs on the loading thread: records the state and fulfils every promise handed out meanwhile.
void deliver(quint64 epoch, const TaggerState &state)
{
    Shared &s = storage();
    std::vector<std::shared_ptr<QPromise<TaggerState>>> waiting;
    {
        const QMutexLocker lock(&s.mutex);
        if (epoch != s.epoch)
            return;
        s.state = state;
        waiting.swap(s.waiting);
    }
    for (const auto &promise : waiting) {
        promise->addResult(state);
        promise->finish();
    }
}

} // namespace

TaggerState TaggerProvider::loadDefault()
{
    TaggerState state;
    auto loaded = core::NerTagger::loadDefault();
    if (loaded.ok()) {
        state.tagger = loaded.value();
    } else {
        qCWarning(lcAnnotate) << "NER model not loaded:" << loaded.error().detail.c_str();
        state.error = describe(loaded.error());
    }
    return state;
}

QFuture<TaggerState> TaggerProvider::shared()
{
    Shared &s = storage();
    const QMutexLocker lock(&s.mutex);
    if (s.state)
        return readyFuture(*s.state);
    auto promise = std::make_shared<QPromise<TaggerState>>();
    promise->start();
    s.waiting.push_back(promise);
    if (!s.started) {
        s.started = true;
        // The load's own future is never handed out, so nobody can take its one continuation.
        s.load = QtConcurrent::run([loader = s.loader ? s.loader : Loader(&TaggerProvider::loadDefault),
                                    epoch = s.epoch] { deliver(epoch, loader()); });
    }
    return promise->future();
}

void TaggerProvider::override(std::shared_ptr<const core::NerTagger> tagger, const QString &error)
{
    reset();
    const TaggerState state{std::move(tagger), error};
    Shared &s = storage();
    quint64 epoch = 0;
    {
        const QMutexLocker lock(&s.mutex);
        s.started = true;
        epoch = s.epoch;
    }
    deliver(epoch, state);
}

void TaggerProvider::reset(Loader loader)
{
    Shared &s = storage();
    std::vector<std::shared_ptr<QPromise<TaggerState>>> orphaned;
    {
        const QMutexLocker lock(&s.mutex);
        ++s.epoch;
        s.started = false;
        s.state.reset();
        s.loader = std::move(loader);
        orphaned.swap(s.waiting);
    }
    // Callers still waiting get a cancelled future (whenFinished does not call them back) rather than a hang.
    for (const auto &promise : orphaned) {
        promise->future().cancel();
        promise->finish();
    }
}

} // namespace lede::ui
