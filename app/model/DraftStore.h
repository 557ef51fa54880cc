#pragma once

#include "model/CustomerDraft.h"
#include "model/DraftDocument.h"
#include "model/TemplateDraft.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace onboarder::model {

// Loads and saves template and customer plans as draft files (DraftDocument envelope, wire shapes of TemplateJson and
// WholesaleJson inside). Loading never writes: a migrated draft is only written in the new format when the caller
// saves it, and a damaged file is left as it is.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    template <typename T>
    struct LoadResult
    {
        std::optional<T> draft;
        DraftDocument::Status status = DraftDocument::Status::Ok;
        QString error; // translated; empty on success
        int fileSchemaVersion = 0; // the version the file was written in
        QDateTime savedAt; // from the file; invalid when absent
        QString savedBy; // "Onboarder 0.1.0"; empty when absent
        bool ok() const
        {
            return draft.has_value();
        }
        // True when the file was in an older format; saving it writes the current one.
        bool migrated() const
        {
            return ok() && fileSchemaVersion != DraftDocument::kCurrentSchemaVersion;
        }
    };

    struct SaveResult
    {
        DraftDocument::Status status = DraftDocument::Status::Ok;
        QString error;
        bool ok() const
        {
            return status == DraftDocument::Status::Ok;
        }
    };

    static LoadResult<TemplateDraft> loadTemplateDraft(const QString& path);
    static LoadResult<CustomerDraft> loadCustomerDraft(const QString& path);
    static LoadResult<TemplateDraft> templateDraftFromBytes(const QByteArray& bytes);
    static LoadResult<CustomerDraft> customerDraftFromBytes(const QByteArray& bytes);

    // `replaceAnything` lets the caller overwrite a damaged file or a newer draft after asking the user.
    static SaveResult saveTemplateDraft(const QString& path, const TemplateDraft& draft, bool replaceAnything = false);
    static SaveResult saveCustomerDraft(const QString& path, const CustomerDraft& draft, bool replaceAnything = false);
    static QByteArray toBytes(const TemplateDraft& draft);
    static QByteArray toBytes(const CustomerDraft& draft);
};

} // namespace onboarder::model
