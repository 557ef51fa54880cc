#pragma once

#include <QPointer>
#include <QString>

class QComboBox;

namespace onboarder::ui {

// A combo box whose value follows from other fields (the country gives the languages and the time zone): each new
// inference selects its value, until the user chooses something else, which then stays.
class InferredChoice
{
public:
    explicit InferredChoice(QComboBox* combo = nullptr);

    // Selects the item whose data is `value` when the combo box still shows nothing or the previous inference.
    void infer(const QString& value);
    // True while the combo box shows nothing or the last inference, not a choice of the user's.
    bool showsInference() const;

private:
    QPointer<QComboBox> m_combo;
    QString m_inferred;
};

} // namespace onboarder::ui
