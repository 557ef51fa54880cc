#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace onboarder::ui {

// Startup measurement hooks for tests/bench/bench_Startup, inert unless ONBOARDER_REPORT_FIRST_PAINT is set (nothing
// is created, no filter installed, when it is not). Once the first paint of `window` has been handled (painted and
// flushed) it prints one line on stderr with the monotonic clock and the peak resident memory so far:
//   onboarder-first-paint monotonic-ns=<CLOCK_MONOTONIC> vmhwm-kb=<VmHWM>
// When a view to watch for the first data was given too (reportFirstDataIfAsked), it goes on until that view has
// painted the first rows its model received, and prints
//   onboarder-first-data monotonic-ns=<CLOCK_MONOTONIC> vmhwm-kb=<VmHWM> rows=<rows shown>
// Then it quits the application.
class FirstPaintReport : public QObject
{
public:
    using QObject::QObject;

    static FirstPaintReport* instance()
    {
        static QPointer<FirstPaintReport> report;
        if (!report) {
            report = new FirstPaintReport(QCoreApplication::instance());
        }
        return report;
    }

    void watchWindow(QWidget* window)
    {
        window->installEventFilter(this);
        m_window = window;
    }

    void watchData(QAbstractItemView* view)
    {
        m_view = view;
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint) {
            return QObject::eventFilter(watched, event);
        }
        if (watched == m_window && !m_paintSeen) {
            m_paintSeen = true;
            // Runs after this paint event and the flush that follows it.
            QTimer::singleShot(0, this, [this] {
                print("onboarder-first-paint", -1);
                m_paintReported = true;
                quitWhenDone();
            });
        } else if (m_view && watched == m_view->viewport() && !m_dataSeen && m_view->model()
                   && m_view->model()->rowCount() > 0) {
            m_dataSeen = true;
            QTimer::singleShot(0, this, [this] {
                print("onboarder-first-data", m_view ? m_view->model()->rowCount() : 0);
                m_dataReported = true;
                quitWhenDone();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void quitWhenDone()
    {
        if (m_paintReported && (m_dataReported || !m_view)) {
            QCoreApplication::exit(0);
        }
    }

    static void print(const char* what, int rows)
    {
        timespec now {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        const long long ns = static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
        if (rows >= 0) {
            std::fprintf(stderr, "%s monotonic-ns=%lld vmhwm-kb=%lld rows=%d\n", what, ns, peakResidentKb(), rows);
        } else {
            std::fprintf(stderr, "%s monotonic-ns=%lld vmhwm-kb=%lld\n", what, ns, peakResidentKb());
        }
        std::fflush(stderr);
    }

    static long long peakResidentKb()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:")) {
                    return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
                }
            }
        }
        return -1;
    }

    QPointer<QWidget> m_window;
    QPointer<QAbstractItemView> m_view;
    bool m_paintSeen = false;
    bool m_paintReported = false;
    bool m_dataSeen = false;
    bool m_dataReported = false;
};

inline bool startupReportAsked()
{
    return qEnvironmentVariableIsSet("ONBOARDER_REPORT_FIRST_PAINT");
}

// The first paint of `window`; quits after it unless reportFirstDataIfAsked() named a view too.
inline void reportFirstPaintIfAsked(QWidget* window)
{
    if (startupReportAsked()) {
        FirstPaintReport::instance()->watchWindow(window);
    }
}

// The first paint of the view in `container` that shows `model`, once the model has rows (the first list of data);
// call before the event loop runs.
inline void reportFirstDataIfAsked(QWidget* container, const QAbstractItemModel* model)
{
    if (!startupReportAsked()) {
        return;
    }
    const auto views = container->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        if (view->model() == model) {
            FirstPaintReport::instance()->watchData(view);
            return;
        }
    }
}

} // namespace onboarder::ui
