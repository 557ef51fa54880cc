#pragma once

#include <QLabel>

class QAbstractItemView;

namespace onboarder::ui {

// A line of text over an item view's empty area, saying why nothing is shown ("no row has a problem left", "no
// user matches") where a blank view would leave the user guessing. Shown only while it has text.
class EmptyViewNotice : public QLabel
{
    Q_OBJECT

public:
    explicit EmptyViewNotice(QAbstractItemView* view);

    // Empty text hides the notice.
    void showNotice(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fit();
};

} // namespace onboarder::ui
