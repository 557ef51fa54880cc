#include "model/DraftStore.h"

#include "model/JsonReader.h"
#include "model/JsonWriter.h"
#include "model/TemplateJson.h"
#include "model/WholesaleJson.h"

namespace onboarder::model {

using nlohmann::json;

namespace {

template <typename T>
DraftStore::LoadResult<T> fromEnvelope(const DraftDocument::Result& read, ParseResult<T> (*payload)(const json&))
{
    DraftStore::LoadResult<T> result;
    result.status = read.status;
    result.error = read.error;
    if (!read.ok()) {
        return result;
    }
    result.fileSchemaVersion = read.envelope.fileSchemaVersion;
    JsonReader envelope;
    QString savedAt;
    envelope.readString(read.envelope.document, "savedAt", savedAt, QString());
    envelope.readString(read.envelope.document, "savedBy", result.savedBy, QString());
    result.savedAt = QDateTime::fromString(savedAt, Qt::ISODate);
    const ParseResult<T> parsed = payload(read.envelope.document);
    if (!parsed.ok()) {
        result.status = DraftDocument::Status::Invalid;
        result.error = DraftStore::tr("The draft cannot be opened: %1").arg(parsed.error);
        return result;
    }
    result.draft = parsed.value;
    return result;
}

ParseResult<TemplateDraft> templatePayload(const json& document)
{
    JsonReader reader;
    TemplateDraft draft;
    reader.readString(document, "notes", draft.notes, QString());
    if (const json* wizard = reader.object(document, "wizard", QString())) {
        reader.readString(*wizard, "profile", draft.profileName, QStringLiteral("wizard"));
        reader.readString(*wizard, "currentStep", draft.currentStep, QStringLiteral("wizard"));
    }
    const json* t = reader.object(document, "template", QString());
    if (reader.ok() && t) {
        const ParseResult<OnboardingTemplate> parsed = TemplateJson::templateFromJson(*t);
        if (!parsed.ok()) {
            reader.fail(QStringLiteral("template"), parsed.error);
        } else {
            draft.onboardingTemplate = *parsed.value;
        }
    }
    if (!reader.ok()) {
        return ParseResult<TemplateDraft>::failure(reader.error());
    }
    return ParseResult<TemplateDraft>::success(draft);
}

ParseResult<CustomerDraft> customerPayload(const json& document)
{
    JsonReader reader;
    CustomerDraft draft;
    reader.readString(document, "notes", draft.notes, QString());
    reader.readString(document, "templateName", draft.templateName, QString());
    reader.readBool(document, "supportedLocationConfirmed", draft.supportedLocationConfirmed, QString());
    if (const json* customer = reader.object(document, "customer", QString())) {
        const ParseResult<Customer> parsed = WholesaleJson::customerFromJson(*customer);
        if (!parsed.ok()) {
            reader.fail(QStringLiteral("customer"), parsed.error);
        } else {
            draft.customer = *parsed.value;
        }
    }
    if (const json* subscribers = reader.array(document, "subscribers", QString())) {
        for (std::size_t i = 0; i < subscribers->size(); ++i) {
            const ParseResult<Subscriber> parsed = WholesaleJson::subscriberFromJson((*subscribers)[i]);
            if (!parsed.ok()) {
                reader.fail(JsonReader::at(QStringLiteral("subscribers"), i), parsed.error);
                break;
            }
            draft.subscribers.append(*parsed.value);
        }
    }
    if (!reader.ok()) {
        return ParseResult<CustomerDraft>::failure(reader.error());
    }
    return ParseResult<CustomerDraft>::success(draft);
}

DraftStore::SaveResult toSaveResult(const DraftDocument::Result& result)
{
    return DraftStore::SaveResult { result.status, result.error };
}

} // namespace

DraftStore::LoadResult<TemplateDraft> DraftStore::loadTemplateDraft(const QString& path)
{
    return fromEnvelope<TemplateDraft>(DraftDocument::readFile(path, DraftDocument::kTemplateKind), &templatePayload);
}

DraftStore::LoadResult<CustomerDraft> DraftStore::loadCustomerDraft(const QString& path)
{
    return fromEnvelope<CustomerDraft>(DraftDocument::readFile(path, DraftDocument::kCustomerKind), &customerPayload);
}

DraftStore::LoadResult<TemplateDraft> DraftStore::templateDraftFromBytes(const QByteArray& bytes)
{
    return fromEnvelope<TemplateDraft>(DraftDocument::read(bytes, DraftDocument::kTemplateKind), &templatePayload);
}

DraftStore::LoadResult<CustomerDraft> DraftStore::customerDraftFromBytes(const QByteArray& bytes)
{
    return fromEnvelope<CustomerDraft>(DraftDocument::read(bytes, DraftDocument::kCustomerKind), &customerPayload);
}

QByteArray DraftStore::toBytes(const TemplateDraft& draft)
{
    json payload = json::object();
    json wizard = json::object();
    JsonWriter::putString(wizard, "profile", draft.profileName);
    JsonWriter::putString(wizard, "currentStep", draft.currentStep);
    payload["wizard"] = std::move(wizard);
    payload["template"] = TemplateJson::toJson(draft.onboardingTemplate);
    JsonWriter::putString(payload, "notes", draft.notes);
    return DraftDocument::write(DraftDocument::kTemplateKind, std::move(payload));
}

QByteArray DraftStore::toBytes(const CustomerDraft& draft)
{
    json payload = json::object();
    // The customer is stored as its provision request, plus the ID once Webex has given one.
    json customer = WholesaleJson::toProvisionRequest(draft.customer);
    JsonWriter::putString(customer, "id", draft.customer.id);
    payload["customer"] = std::move(customer);
    JsonWriter::putString(payload, "templateName", draft.templateName);
    payload["supportedLocationConfirmed"] = draft.supportedLocationConfirmed;
    json subscribers = json::array();
    for (const Subscriber& subscriber : draft.subscribers) {
        subscribers.push_back(WholesaleJson::toProvisionRequest(subscriber));
    }
    payload["subscribers"] = std::move(subscribers);
    JsonWriter::putString(payload, "notes", draft.notes);
    return DraftDocument::write(DraftDocument::kCustomerKind, std::move(payload));
}

DraftStore::SaveResult
DraftStore::saveTemplateDraft(const QString& path, const TemplateDraft& draft, bool replaceAnything)
{
    return toSaveResult(DraftDocument::saveFile(path, DraftDocument::kTemplateKind, toBytes(draft), replaceAnything));
}

DraftStore::SaveResult
DraftStore::saveCustomerDraft(const QString& path, const CustomerDraft& draft, bool replaceAnything)
{
    return toSaveResult(DraftDocument::saveFile(path, DraftDocument::kCustomerKind, toBytes(draft), replaceAnything));
}

} // namespace onboarder::model
