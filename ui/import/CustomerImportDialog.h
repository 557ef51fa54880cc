#pragma once

#include "jobs/import/CustomerBatchRun.h"
#include "model/Customer.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace Ui {
class CustomerImportDialog;
}

namespace onboarder::api {
class WholesaleClient;
} // namespace onboarder::api

namespace onboarder::ui {

class CustomerBatchModel;
class ProblemsOnlyFilter;

// Customers view → Import Customers…: a customers file and an optional users file are checked as soon as they are
// chosen (CustomerBatchRun::prepare: the files, the precheck, existing customers), shown one row per customer with
// its users counted and its problems inline; Start Import then sends the customers that passed, follows each to its
// terminal state and adds its users, showing the progress per customer. The same files continue their journal, so an
// import stopped, closed or killed goes on where it was without creating anything twice. Ends with a report to export.
class CustomerImportDialog : public QDialog
{
    Q_OBJECT

public:
    // profile: the connection's name, which keeps the journals of one profile apart from another's.
    CustomerImportDialog(api::WholesaleClient* client, const QString& profile, QWidget* parent = nullptr);
    ~CustomerImportDialog() override;

    // Fills in the files and checks them, as choosing them does.
    void setFiles(const QString& customersPath, const QString& usersPath);
    const jobs::CustomerBatchRun* run() const;
    QString summaryText() const;
    // Tests answer the question asked when the window is closed during an import.
    void setStopQuestion(std::function<bool()> answer);

signals:
    // A customer of the batch was created (or found again): the customers view lists it at once.
    void customerCreated(const onboarder::model::Customer& customer);
    // The check ended, or the import ended; for tests and the progress in the customers view.
    void checked();
    void importFinished();

public slots:
    // Escape and Close alike: during an import, only after the stop question.
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void browse(bool users);
    void saveTemplate(bool users);
    void check(bool retryFailed = false);
    void onPrepared();
    void onCustomerChanged(int index);
    void onFinished(bool cancelled);
    void onFailed(const QString& message);
    void startImport();
    void stopImport();
    void exportReport();
    void updateState();
    QString usersWithoutCustomerText() const;
    QByteArray readFile(const QString& path, QString* error) const;
    // False when an import is on its way and the user chose to let it go on.
    bool stopBeforeClosing();

    std::unique_ptr<Ui::CustomerImportDialog> m_ui;
    api::WholesaleClient* m_client = nullptr;
    QString m_profile;
    QPointer<jobs::CustomerBatchRun> m_run;
    CustomerBatchModel* m_model = nullptr;
    ProblemsOnlyFilter* m_filter = nullptr;
    QString m_checkedFiles; // the files the current run checked, so an unchanged field does not check again
    QString m_message;
    QSet<int> m_announced; // customers already reported as created
    bool m_startWhenPrepared = false;
    bool m_stopConfirmed = false; // asked once when closing: Escape may close through both reject() and close()
    std::function<bool()> m_stopQuestion;
};

} // namespace onboarder::ui
