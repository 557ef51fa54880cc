#include "model/TemplateJson.h"

#include "model/JsonReader.h"
#include "model/JsonWriter.h"

#include <QCoreApplication>

namespace onboarder::model {

using nlohmann::json;

QString TemplateJson::authMethodToWire(OnboardingTemplate::AuthMethod method)
{
    return method == OnboardingTemplate::AuthMethod::PartnerSaml ? QStringLiteral("PARTNER_SAML")
                                                                 : QStringLiteral("WEBEX");
}

json TemplateJson::toJson(const OnboardingTemplate& t)
{
    json object = json::object();
    JsonWriter::putString(object, "provisioningId", t.provisioningId);
    JsonWriter::putString(object, "name", t.name);
    JsonWriter::putString(object, "serviceProviderAdminPersonId", t.serviceProviderAdminPersonId);
    JsonWriter::putString(object, "serviceProviderAdminEmail", t.serviceProviderAdminEmail);
    JsonWriter::putString(object, "countryCode", t.countryCode);
    JsonWriter::putString(object, "defaultEmailLanguage", t.defaultEmailLanguage);
    JsonWriter::putString(object, "wholesaleSubscriptionId", t.wholesaleSubscriptionId);
    JsonWriter::putString(object, "ccpVendor", t.ccpVendor);
    object["authMethod"] = authMethodToWire(t.authMethod).toStdString();
    JsonWriter::putString(object, "idpEntityId", t.idpEntityId);
    object["commonSettings"]
        = json { { "allowAdminInviteEmailsOnAttach", t.commonSettings.allowAdminInviteEmailsOnAttach } };
    json email { { "sendWelcomeEmailToAdmin", t.emailSettings.sendWelcomeEmailToAdmin } };
    JsonWriter::putString(email, "supportEmail", t.emailSettings.supportEmail);
    object["emailSettings"] = std::move(email);
    json call = json::object();
    JsonWriter::putString(call, "defaultTimezone", t.callSettings.defaultTimezone);
    JsonWriter::putString(call, "defaultAnnouncementLanguage", t.callSettings.defaultAnnouncementLanguage);
    object["callSettings"] = std::move(call);
    return object;
}

ParseResult<OnboardingTemplate> TemplateJson::templateFromJson(const json& document)
{
    JsonReader reader;
    OnboardingTemplate t;
    if (!reader.expectObject(document, QString())) {
        return ParseResult<OnboardingTemplate>::failure(reader.error());
    }
    const QString root;
    reader.readString(document, "provisioningId", t.provisioningId, root);
    reader.readString(document, "name", t.name, root);
    reader.readString(document, "serviceProviderAdminPersonId", t.serviceProviderAdminPersonId, root);
    reader.readString(document, "serviceProviderAdminEmail", t.serviceProviderAdminEmail, root);
    reader.readString(document, "countryCode", t.countryCode, root);
    reader.readString(document, "defaultEmailLanguage", t.defaultEmailLanguage, root);
    reader.readString(document, "wholesaleSubscriptionId", t.wholesaleSubscriptionId, root);
    reader.readString(document, "ccpVendor", t.ccpVendor, root);
    QString authMethod;
    reader.readString(document, "authMethod", authMethod, root);
    if (authMethod == QLatin1String("PARTNER_SAML")) {
        t.authMethod = OnboardingTemplate::AuthMethod::PartnerSaml;
    } else if (authMethod.isEmpty() || authMethod == QLatin1String("WEBEX")) {
        t.authMethod = OnboardingTemplate::AuthMethod::Webex;
    } else {
        reader.fail(
            QStringLiteral("authMethod"),
            QCoreApplication::translate("TemplateJson", "unknown authentication method \"%1\"").arg(authMethod));
    }
    reader.readString(document, "idpEntityId", t.idpEntityId, root);
    if (const json* common = reader.object(document, "commonSettings", root)) {
        reader.readBool(*common,
                        "allowAdminInviteEmailsOnAttach",
                        t.commonSettings.allowAdminInviteEmailsOnAttach,
                        QStringLiteral("commonSettings"));
    }
    if (const json* email = reader.object(document, "emailSettings", root)) {
        const QString path = QStringLiteral("emailSettings");
        reader.readBool(*email, "sendWelcomeEmailToAdmin", t.emailSettings.sendWelcomeEmailToAdmin, path);
        reader.readString(*email, "supportEmail", t.emailSettings.supportEmail, path);
    }
    if (const json* call = reader.object(document, "callSettings", root)) {
        const QString path = QStringLiteral("callSettings");
        reader.readString(*call, "defaultTimezone", t.callSettings.defaultTimezone, path);
        reader.readString(*call, "defaultAnnouncementLanguage", t.callSettings.defaultAnnouncementLanguage, path);
    }
    if (!reader.ok()) {
        return ParseResult<OnboardingTemplate>::failure(reader.error());
    }
    return ParseResult<OnboardingTemplate>::success(t);
}

} // namespace onboarder::model
