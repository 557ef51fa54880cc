#include "ui/wizards/InferredChoice.h"

#include <QComboBox>

namespace onboarder::ui {

InferredChoice::InferredChoice(QComboBox* combo)
    : m_combo(combo)
{
}

void InferredChoice::infer(const QString& value)
{
    if (!m_combo) {
        return;
    }
    const QString current = m_combo->currentData().toString();
    if (!current.isEmpty() && current != m_inferred) {
        return; // the user's own choice
    }
    const int index = m_combo->findData(value);
    if (!value.isEmpty() && index >= 0) {
        m_combo->setCurrentIndex(index);
    }
    m_inferred = value;
}

bool InferredChoice::showsInference() const
{
    if (!m_combo) {
        return false;
    }
    const QString current = m_combo->currentData().toString();
    return current.isEmpty() || current == m_inferred;
}

} // namespace onboarder::ui
