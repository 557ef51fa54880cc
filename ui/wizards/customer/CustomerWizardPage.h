#pragma once

#include "model/CustomerDraft.h"
#include "model/FieldError.h"

#include <QHash>
#include <QSet>
#include <QWizardPage>

class QLabel;

namespace onboarder::ui {

class CustomerWizard;

// What every step of the customer wizard shares: it writes its widgets into the wizard's draft, checks the customer
// with CustomerValidator and shows the messages of its own fields inline, each under its field. Next is enabled only
// when none of its fields has an error; a message appears once its field was touched (or a draft was opened).
class CustomerWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CustomerWizardPage(QWidget* parent = nullptr);

    virtual void readFrom(const model::CustomerDraft& draft) = 0;
    virtual void writeTo(model::CustomerDraft& draft) const = 0;

    bool isComplete() const override;
    int nextId() const override;
    model::FieldErrors pageErrors() const;
    void touchAll();
    // Called each time the page becomes the current one.
    virtual void pageShown();

protected:
    CustomerWizard* customerWizard() const;
    // Errors whose path is `path` or starts with `path` followed by "." or "[" go to `errorLabel`.
    void bindError(const QString& path, QLabel* errorLabel);
    virtual model::FieldErrors localErrors(const model::CustomerDraft& draft) const;
    void changed(const QString& touchedPath = {});
    void refreshErrors();
    bool isLoading() const;
    void changeEvent(QEvent* event) override;
    // Re-sets texts set in code after a language change (the form's own texts are done by retranslateUi).
    virtual void retranslate();

private:
    QLabel* labelFor(const QString& path) const;

    QList<QPair<QString, QLabel*>> m_errorLabels;
    QSet<QLabel*> m_touched;
    bool m_loading = false;
    friend class CustomerWizard;
};

} // namespace onboarder::ui
