#include "ui/Resources.h"

#include <QApplication>
#include <QFile>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initOnboarderResources()
{
    Q_INIT_RESOURCE(onboarder);
}

namespace onboarder::ui {

void initResources()
{
    static bool done = false;
    if (done) {
        return;
    }
    done = true;
    initOnboarderResources();
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance())) {
        QFile style(QStringLiteral(":/style/onboarder.qss"));
        if (style.open(QIODevice::ReadOnly)) {
            app->setStyleSheet(app->styleSheet() + QString::fromUtf8(style.readAll()));
        }
    }
}

} // namespace onboarder::ui
