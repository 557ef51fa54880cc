#include "model/DraftDocument.h"

#include "model/JsonReader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cstdint>

namespace onboarder::model {

using nlohmann::json;

const char* const DraftDocument::kTemplateKind = "onboarder.templateDraft";
const char* const DraftDocument::kCustomerKind = "onboarder.customerDraft";

namespace {

DraftDocument::Result failure(DraftDocument::Status status, const QString& message)
{
    DraftDocument::Result result;
    result.status = status;
    result.error = message;
    return result;
}

QString kindName(const std::string& kind)
{
    if (kind == DraftDocument::kTemplateKind) {
        return DraftDocument::tr("template draft");
    }
    if (kind == DraftDocument::kCustomerKind) {
        return DraftDocument::tr("customer draft");
    }
    return QString::fromStdString(kind);
}

// Version 1 template drafts kept the wizard state at the top level; version 2 groups it so tools that only read the
// template can ignore it.
void migrateTemplateFrom1(json& document)
{
    json wizard = json::object();
    for (const char* key : { "profile", "currentStep" }) {
        const auto it = document.find(key);
        if (it != document.end()) {
            wizard[key] = std::move(*it);
            document.erase(key);
        }
    }
    if (!document.contains("wizard")) {
        document["wizard"] = std::move(wizard);
    }
}

// Version 1 customer drafts held only the provision body. The location confirmation is a statement the operator
// makes, so a migrated draft asks for it again rather than assuming it.
void migrateCustomerFrom1(json& document)
{
    if (!document.contains("supportedLocationConfirmed")) {
        document["supportedLocationConfirmed"] = false;
    }
    if (!document.contains("subscribers")) {
        document["subscribers"] = json::array();
    }
}

} // namespace

bool DraftDocument::migrateOneStep(json& document, const std::string& kind, int fromVersion)
{
    if (fromVersion == 1 && kind == kTemplateKind) {
        migrateTemplateFrom1(document);
    } else if (fromVersion == 1 && kind == kCustomerKind) {
        migrateCustomerFrom1(document);
    } else {
        return false;
    }
    document["schemaVersion"] = fromVersion + 1;
    return true;
}

DraftDocument::Result DraftDocument::read(const QByteArray& bytes, const char* expectedKind)
{
    const ParseResult<json> parsed = JsonReader::parse(bytes);
    if (!parsed.ok() || !parsed.value->is_object()) {
        return failure(Status::Corrupt,
                       tr("The draft file is damaged or incomplete (%1). It was not changed.")
                           .arg(parsed.ok() ? tr("not a JSON object") : parsed.error));
    }
    json document = *parsed.value;
    const auto kind = document.find("kind");
    const auto version = document.find("schemaVersion");
    if (kind == document.end() || !kind->is_string() || version == document.end() || !version->is_number_integer()) {
        return failure(Status::NotADraft, tr("This file is not an Onboarder draft."));
    }
    const std::string kindText = kind->get<std::string>();
    if (kindText != expectedKind) {
        return failure(Status::WrongKind,
                       tr("This file is a %1, not a %2.").arg(kindName(kindText), kindName(expectedKind)));
    }
    // A huge unsigned value would wrap to a negative int64; it is "newer", not "older".
    const std::int64_t fileVersion = version->is_number_unsigned()
        ? std::int64_t(std::min<std::uint64_t>(version->get<std::uint64_t>(), std::uint64_t(INT64_MAX)))
        : version->get<std::int64_t>();
    if (fileVersion > kCurrentSchemaVersion) {
        return failure(Status::TooNew,
                       tr("This draft was made by a newer Onboarder (draft format %1; this version reads up to %2). "
                          "Update Onboarder to open it.")
                           .arg(fileVersion)
                           .arg(kCurrentSchemaVersion));
    }
    if (fileVersion < kOldestSchemaVersion) {
        return failure(Status::TooOld,
                       tr("This draft uses format %1, which this version of Onboarder cannot read.").arg(fileVersion));
    }
    for (int step = int(fileVersion); step < kCurrentSchemaVersion; ++step) {
        if (!migrateOneStep(document, kindText, step)) {
            return failure(Status::TooOld,
                           tr("This draft uses format %1, which this version of Onboarder cannot read.").arg(step));
        }
    }
    Result result;
    result.envelope.document = std::move(document);
    result.envelope.fileSchemaVersion = int(fileVersion);
    return result;
}

DraftDocument::Result DraftDocument::readFile(const QString& path, const char* expectedKind)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return failure(Status::NotFound, tr("The draft %1 does not exist.").arg(path));
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        return failure(Status::Unreadable, tr("Cannot read the draft %1: %2").arg(path, file.errorString()));
    }
    return read(file.readAll(), expectedKind);
}

QByteArray DraftDocument::write(const char* kind, json payload)
{
    if (!payload.is_object()) {
        payload = json::object();
    }
    payload["kind"] = kind;
    payload["schemaVersion"] = kCurrentSchemaVersion;
    payload["savedAt"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    payload["savedBy"] = "Onboarder " ONBOARDER_VERSION;
    QByteArray bytes = JsonReader::toBytes(payload, 2);
    bytes.append('\n');
    return bytes;
}

DraftDocument::Result
DraftDocument::saveFile(const QString& path, const char* kind, const QByteArray& bytes, bool replaceAnything)
{
    if (!replaceAnything && QFileInfo::exists(path)) {
        const Result existing = readFile(path, kind);
        if (!existing.ok()) {
            return failure(Status::WouldOverwrite,
                           tr("Not saved: %1 already exists and is not a draft this version can replace (%2).")
                               .arg(path, existing.error));
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(Status::WriteFailed, tr("Cannot save the draft to %1: %2").arg(path, file.errorString()));
    }
    if (file.write(bytes) != bytes.size()) {
        const QString message = file.errorString();
        file.cancelWriting();
        return failure(Status::WriteFailed, tr("Cannot save the draft to %1: %2").arg(path, message));
    }
    if (!file.commit()) {
        return failure(Status::WriteFailed, tr("Cannot save the draft to %1: %2").arg(path, file.errorString()));
    }
    return Result();
}

} // namespace onboarder::model
