#include "ui/configure/EmptyViewNotice.h"

#include <QAbstractItemView>
#include <QEvent>

namespace onboarder::ui {

EmptyViewNotice::EmptyViewNotice(QAbstractItemView* view)
    : QLabel(view->viewport())
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(12);
    // Clicks go to the view underneath, which still takes the focus and its context menu.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setForegroundRole(QPalette::PlaceholderText);
    view->viewport()->installEventFilter(this);
    hide();
}

void EmptyViewNotice::showNotice(const QString& text)
{
    setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
    fit();
}

bool EmptyViewNotice::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::Resize) {
        fit();
    }
    return QLabel::eventFilter(watched, event);
}

void EmptyViewNotice::fit()
{
    if (auto* viewport = parentWidget()) {
        // The upper part of the view, where the first rows would be.
        const int height = qMax(heightForWidth(viewport->width()), sizeHint().height()) + 48;
        setGeometry(0, 0, viewport->width(), qMin(viewport->height(), height));
    }
}

} // namespace onboarder::ui
