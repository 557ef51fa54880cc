#pragma once

#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QToolButton;

namespace onboarder::ui {

// Turns a label of a form into an ID field: the ID elided in the middle (the ends are what people compare), the
// full ID in the tooltip, and a copy button beside it. The label keeps its place, buddy and accessible name.
class CopyableId : public QObject
{
    Q_OBJECT

public:
    // The label must be a field of the form; the button gets `buttonName` as its object name.
    CopyableId(QLabel* label, QFormLayout* form, const QString& buttonName);

    void setId(const QString& id, const QString& shownWhenEmpty = {});
    QString id() const;
    QToolButton* copyButton() const;
    // Re-reads the button's translated texts.
    void retranslate();

signals:
    void copied(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void elide();

    QLabel* m_label;
    QToolButton* m_button;
    QString m_id;
    QString m_empty;
};

} // namespace onboarder::ui
