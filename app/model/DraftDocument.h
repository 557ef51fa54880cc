#pragma once

#include "model/ParseResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

namespace onboarder::model {

// The versioned envelope of draft files: {"kind": "onboarder.templateDraft" | "onboarder.customerDraft",
// "schemaVersion": N, "savedAt", "savedBy", ...payload}. Reading checks the kind, migrates older schema versions step
// by step to the current one, and refuses newer versions with a message that says so. Writing goes through QSaveFile,
// so a file is either the old one or the complete new one, never a half-written mix.
//
// Schema history (each step is a function in DraftDocument.cpp):
//   1  template drafts: {kind, schemaVersion, savedAt, profile, currentStep, template} (the first template wizard);
//      customer drafts: {kind, schemaVersion, customer} (the provision body only).
//   2  template drafts: the wizard state moves into "wizard": {profile, currentStep}, next to "template" and "notes";
//      customer drafts: add templateName, supportedLocationConfirmed (false when migrated: the operator confirms
//      again), subscribers and notes. Both gain "savedBy".
class DraftDocument
{
    Q_DECLARE_TR_FUNCTIONS(DraftDocument)

public:
    static constexpr int kCurrentSchemaVersion = 2;
    static constexpr int kOldestSchemaVersion = 1;
    static const char* const kTemplateKind; // "onboarder.templateDraft"
    static const char* const kCustomerKind; // "onboarder.customerDraft"

    enum class Status {
        Ok,
        NotFound,
        Unreadable, // exists but cannot be read (permissions, a directory, ...)
        Corrupt, // not JSON, truncated, or not an object
        NotADraft, // JSON without our kind/schemaVersion
        WrongKind, // a draft of the other kind
        TooNew, // made by a newer Onboarder
        TooOld, // a schema version no migration starts from
        Invalid, // the envelope is fine but the payload has the wrong shape
        WriteFailed,
        WouldOverwrite, // saving refused: the target is newer, damaged or not a draft of this kind
    };

    struct Envelope
    {
        nlohmann::json document; // migrated to the current schema version
        int fileSchemaVersion = 0;
        bool migrated() const
        {
            return fileSchemaVersion != kCurrentSchemaVersion;
        }
    };

    struct Result
    {
        Status status = Status::Ok;
        QString error; // translated, for the user; empty when status is Ok
        Envelope envelope;
        bool ok() const
        {
            return status == Status::Ok;
        }
    };

    // Reads and migrates a draft of `expectedKind` from bytes / from a file.
    static Result read(const QByteArray& bytes, const char* expectedKind);
    static Result readFile(const QString& path, const char* expectedKind);
    // Adds kind, schemaVersion, savedAt and savedBy to `payload` and serializes it (indented, for diffs and review).
    static QByteArray write(const char* kind, nlohmann::json payload);
    // Writes atomically. Unless `replaceAnything`, refuses to replace a file that is not a readable draft of `kind`
    // made by this or an older version: a newer draft or a damaged file is left for the user to deal with.
    static Result
    saveFile(const QString& path, const char* kind, const QByteArray& bytes, bool replaceAnything = false);

    // The migration step from `fromVersion` to fromVersion + 1, applied in place; false when there is none.
    static bool migrateOneStep(nlohmann::json& document, const std::string& kind, int fromVersion);
};

} // namespace onboarder::model
