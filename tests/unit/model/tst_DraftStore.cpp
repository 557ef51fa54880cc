#include "TestPaths.h"
#include "model/DraftStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace onboarder::model;
using Status = DraftDocument::Status;

namespace {

QString fixture(const char* name)
{
    return onboarder::testsupport::testDataPath(QStringLiteral("drafts/") + QString::fromLatin1(name));
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Copies a fixture into `dir` so a test may write next to it without touching the repository.
QString copyOf(const QTemporaryDir& dir, const char* name)
{
    const QString target = dir.filePath(QString::fromLatin1(name));
    QFile::copy(fixture(name), target);
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

CustomerDraft sampleCustomerDraft()
{
    CustomerDraft draft;
    draft.templateName = QStringLiteral("Nordic SMB");
    draft.supportedLocationConfirmed = true;
    draft.customer.provisioningId = QStringLiteral("ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2");
    draft.customer.externalId = QStringLiteral("crm-42");
    draft.customer.packages = QStringList { QStringLiteral("webex_suite"), QStringLiteral("attendant_console") };
    draft.customer.packageLimits
        = { { QStringLiteral("webex_suite"), 25 }, { QStringLiteral("attendant_console"), 2 } };
    draft.customer.address
        = Address { QStringLiteral("Storgatan 5"), QStringLiteral("3 tr"), QStringLiteral("Göteborg"), {},
                    QStringLiteral("411 38"),      QStringLiteral("SE") };
    draft.customer.customerInfo
        = CustomerInfo { QStringLiteral("Åkeri & Söner"), QStringLiteral("vd@akeri.example"), QStringLiteral("sv_SE") };
    draft.customer.callingLocation = CallingLocation { QStringLiteral("Huvudkontor"),
                                                       draft.customer.address,
                                                       QStringLiteral("Europe/Stockholm"),
                                                       QStringLiteral("sv_se"),
                                                       {} };
    Subscriber user;
    user.email = QStringLiteral("anna@akeri.example");
    user.packages = QStringList { QStringLiteral("webex_suite") };
    user.firstName = QStringLiteral("Anna");
    user.lastName = QStringLiteral("Öberg");
    user.extension = QStringLiteral("201");
    draft.subscribers = { user };
    draft.notes = QStringLiteral("Ring kunden innan start.");
    return draft;
}

} // namespace

// Template and customer plans as draft files: typed load and save, migration of older drafts, refusal of newer and
// damaged ones, and the rule that a file is never overwritten by accident.
class tst_DraftStore : public QObject
{
    Q_OBJECT

private slots:
    void loadsCurrentTemplateDraft();
    void migratesTemplateDraftFromVersion1();
    void savingAMigratedDraftWritesTheCurrentFormat();
    void loadsCurrentCustomerDraft();
    void migratesCustomerDraftFromVersion1();
    void templateRoundTrip();
    void customerRoundTrip();
    void refusesNewerDrafts();
    void refusesDamagedDraftsAndLeavesThemAlone();
    void refusesInvalidPayload();
    void refusesOtherFiles();
    void missingFile();
    void saveGuardsExistingFiles();
};

void tst_DraftStore::loadsCurrentTemplateDraft()
{
    const auto result = DraftStore::loadTemplateDraft(fixture("template-v2.json"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.migrated());
    QCOMPARE(result.fileSchemaVersion, 2);
    QCOMPARE(result.savedBy, QStringLiteral("Onboarder 0.1.0"));
    QCOMPARE(result.savedAt, QDateTime(QDate(2026, 5, 5), QTime(14, 30), Qt::UTC));
    const TemplateDraft& draft = *result.draft;
    QCOMPARE(draft.onboardingTemplate.name, QStringLiteral("US default"));
    QCOMPARE(draft.onboardingTemplate.emailSettings.supportEmail, QStringLiteral("help@partner.example"));
    QCOMPARE(draft.currentStep, QStringLiteral("summary"));
    QCOMPARE(draft.notes, QStringLiteral("Reviewed by A. Andersson"));
}

void tst_DraftStore::migratesTemplateDraftFromVersion1()
{
    const QString path = fixture("template-v1.json");
    const QByteArray before = contents(path);
    const auto result = DraftStore::loadTemplateDraft(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.migrated());
    QCOMPARE(result.fileSchemaVersion, 1);
    QCOMPARE(result.draft->profileName, QStringLiteral("Demo sandbox"));
    QCOMPARE(result.draft->currentStep, QStringLiteral("calling"));
    QCOMPARE(result.draft->onboardingTemplate.authMethod, OnboardingTemplate::AuthMethod::PartnerSaml);
    QCOMPARE(result.draft->onboardingTemplate.countryCode, QStringLiteral("SE"));
    // Loading never writes.
    QCOMPARE(contents(path), before);
}

void tst_DraftStore::savingAMigratedDraftWritesTheCurrentFormat()
{
    QTemporaryDir dir;
    const QString path = copyOf(dir, "template-v1.json");
    const auto loaded = DraftStore::loadTemplateDraft(path);
    QVERIFY(loaded.ok());
    const auto saved = DraftStore::saveTemplateDraft(path, *loaded.draft);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    const auto reloaded = DraftStore::loadTemplateDraft(path);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.error));
    QVERIFY(!reloaded.migrated());
    QCOMPARE(reloaded.fileSchemaVersion, DraftDocument::kCurrentSchemaVersion);
    QVERIFY(*reloaded.draft == *loaded.draft);
}

void tst_DraftStore::loadsCurrentCustomerDraft()
{
    const auto result = DraftStore::loadCustomerDraft(fixture("customer-v2.json"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const CustomerDraft& draft = *result.draft;
    QVERIFY(draft.supportedLocationConfirmed);
    QCOMPARE(draft.templateName, QStringLiteral("US default"));
    QCOMPARE(draft.customer.callingLocation.emergencyLocationIdentifier, QStringLiteral("95547321"));
    QCOMPARE(draft.customer.packageLimits.value(QStringLiteral("common_area_calling")), 5);
    QCOMPARE(draft.subscribers.size(), 1);
    QCOMPARE(draft.subscribers.first().extension, QStringLiteral("1212"));
    QVERIFY(draft.subscribers.first().customerId.isEmpty());
}

void tst_DraftStore::migratesCustomerDraftFromVersion1()
{
    const auto result = DraftStore::loadCustomerDraft(fixture("customer-v1.json"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.migrated());
    QVERIFY(!result.draft->supportedLocationConfirmed); // asked again, never assumed
    QVERIFY(result.draft->subscribers.isEmpty());
    QCOMPARE(result.draft->customer.customerInfo.name, QStringLiteral("Kaffebaren AB"));
    QCOMPARE(result.draft->customer.address.postalCode, QStringLiteral("111 43"));
}

void tst_DraftStore::templateRoundTrip()
{
    QTemporaryDir dir;
    TemplateDraft draft;
    draft.onboardingTemplate.name = QStringLiteral("Mall för små företag");
    draft.onboardingTemplate.countryCode = QStringLiteral("SE");
    draft.onboardingTemplate.authMethod = OnboardingTemplate::AuthMethod::PartnerSaml;
    draft.onboardingTemplate.idpEntityId = QStringLiteral("urn:partner:idp");
    draft.onboardingTemplate.commonSettings.allowAdminInviteEmailsOnAttach = true;
    draft.profileName = QStringLiteral("Production");
    draft.currentStep = QStringLiteral("auth");
    draft.notes = QStringLiteral("Multi\nline");
    const QString path = dir.filePath(QStringLiteral("template.json"));
    const auto saved = DraftStore::saveTemplateDraft(path, draft);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    const auto loaded = DraftStore::loadTemplateDraft(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(*loaded.draft == draft);
    QVERIFY(loaded.savedAt.isValid());
}

void tst_DraftStore::customerRoundTrip()
{
    QTemporaryDir dir;
    CustomerDraft draft = sampleCustomerDraft();
    draft.customer.id
        = QStringLiteral("Y2lzY29zcGFyazovL3VzL0VOVEVSUFJJU0UvNTJjZjU3NmQtNjBhOC00MDdhLWIyMmMtNDY3YzUxNTkxOTA4");
    const QString path = dir.filePath(QStringLiteral("customer.json"));
    QVERIFY(DraftStore::saveCustomerDraft(path, draft).ok());
    const auto loaded = DraftStore::loadCustomerDraft(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(*loaded.draft == draft);
    // And from bytes, as the CLI and the GUI's "open" both may do.
    const auto fromBytes = DraftStore::customerDraftFromBytes(DraftStore::toBytes(draft));
    QVERIFY(fromBytes.ok());
    QVERIFY(*fromBytes.draft == draft);
}

void tst_DraftStore::refusesNewerDrafts()
{
    const auto result = DraftStore::loadTemplateDraft(fixture("template-newer.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.status, Status::TooNew);
    QVERIFY2(result.error.contains(QStringLiteral("made by a newer Onboarder")), qPrintable(result.error));
    QVERIFY(result.error.contains(QStringLiteral("7")));
}

void tst_DraftStore::refusesDamagedDraftsAndLeavesThemAlone()
{
    QTemporaryDir dir;
    const QString path = copyOf(dir, "template-truncated.json");
    const QByteArray before = contents(path);
    const auto result = DraftStore::loadTemplateDraft(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.status, Status::Corrupt);
    QVERIFY2(result.error.contains(QStringLiteral("damaged or incomplete")), qPrintable(result.error));
    // Saving over the damaged file is refused unless the caller insists, and the file keeps its bytes.
    TemplateDraft replacement;
    replacement.onboardingTemplate.name = QStringLiteral("New");
    const auto refused = DraftStore::saveTemplateDraft(path, replacement);
    QCOMPARE(refused.status, Status::WouldOverwrite);
    QCOMPARE(contents(path), before);
    QVERIFY(DraftStore::saveTemplateDraft(path, replacement, true).ok());
    QCOMPARE(DraftStore::loadTemplateDraft(path).draft->onboardingTemplate.name, QStringLiteral("New"));
}

void tst_DraftStore::refusesInvalidPayload()
{
    const auto result = DraftStore::loadTemplateDraft(fixture("template-invalid-payload.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.status, Status::Invalid);
    QVERIFY2(result.error.contains(QStringLiteral("template: authMethod")), qPrintable(result.error));
    const auto badCustomer = DraftStore::customerDraftFromBytes(
        R"({"kind":"onboarder.customerDraft","schemaVersion":2,"subscribers":[{"email":5}]})");
    QCOMPARE(badCustomer.status, Status::Invalid);
    QVERIFY2(badCustomer.error.contains(QStringLiteral("subscribers[0]: email")), qPrintable(badCustomer.error));
}

void tst_DraftStore::refusesOtherFiles()
{
    const auto wrongKind = DraftStore::loadCustomerDraft(fixture("template-v2.json"));
    QCOMPARE(wrongKind.status, Status::WrongKind);
    QVERIFY2(wrongKind.error.contains(QStringLiteral("template draft")), qPrintable(wrongKind.error));
    const auto notADraft = DraftStore::loadTemplateDraft(fixture("not-a-draft.json"));
    QCOMPARE(notADraft.status, Status::NotADraft);
    QVERIFY(!notADraft.error.isEmpty());
}

void tst_DraftStore::missingFile()
{
    QTemporaryDir dir;
    const auto result = DraftStore::loadCustomerDraft(dir.filePath(QStringLiteral("nope.json")));
    QCOMPARE(result.status, Status::NotFound);
    const auto directory = DraftStore::loadCustomerDraft(dir.path());
    QCOMPARE(directory.status, Status::Unreadable);
}

void tst_DraftStore::saveGuardsExistingFiles()
{
    QTemporaryDir dir;
    const QString newer = copyOf(dir, "template-newer.json");
    const QByteArray before = contents(newer);
    const auto refused = DraftStore::saveTemplateDraft(newer, TemplateDraft());
    QCOMPARE(refused.status, Status::WouldOverwrite);
    QVERIFY2(refused.error.contains(QStringLiteral("newer Onboarder")), qPrintable(refused.error));
    QCOMPARE(contents(newer), before);

    const QString customer = copyOf(dir, "customer-v2.json");
    QCOMPARE(DraftStore::saveTemplateDraft(customer, TemplateDraft()).status, Status::WouldOverwrite);
    QVERIFY(DraftStore::saveCustomerDraft(customer, sampleCustomerDraft()).ok());
}

QTEST_GUILESS_MAIN(tst_DraftStore)
#include "tst_DraftStore.moc"
