#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace onboarder::api {

// Calls `done` with the result of work running on another thread once it is ready, on the thread of `context`, and
// never once `context` is destroyed. QFuture::then(context, ...) of Qt 6.4 asserts instead when its context is gone
// first, as it is when a window closes while one of its reads still runs. Call it on the thread of `context`.
template <typename T, typename Done>
void whenReady(QFuture<T> future, QObject* context, Done&& done)
{
    auto* watcher = new QFutureWatcher<T>(context); // destroyed with the context, and with it the call
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::forward<Done>(done)]() mutable {
            watcher->deleteLater();
            if (watcher->future().isValid() && watcher->future().resultCount() > 0) {
                done(watcher->result());
            }
        });
    watcher->setFuture(std::move(future));
}

} // namespace onboarder::api
