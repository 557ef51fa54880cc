#include "jobs/TemplateLibrary.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using onboarder::jobs::TemplateLibrary;
using onboarder::model::OnboardingTemplate;

namespace {
// Base64 of a bare UUID: what Partner Hub shows as the Provisioning ID.
const QString kProvisioningId = QString::fromLatin1(QByteArray("8c1a5e0e-3f7b-4c2d-9a51-1b2c3d4e5f60").toBase64());

OnboardingTemplate sample(const QString& name)
{
    OnboardingTemplate t;
    t.name = name;
    t.serviceProviderAdminPersonId = QStringLiteral("admin@partner.example");
    t.serviceProviderAdminEmail = QStringLiteral("admin@partner.example");
    t.countryCode = QStringLiteral("SE");
    t.defaultEmailLanguage = QStringLiteral("sv_SE");
    t.wholesaleSubscriptionId = QStringLiteral("Sub-1");
    t.authMethod = OnboardingTemplate::AuthMethod::PartnerSaml;
    t.idpEntityId = QStringLiteral("https://idp.partner.example/saml");
    t.emailSettings.supportEmail = QStringLiteral("support@partner.example");
    t.callSettings.defaultTimezone = QStringLiteral("Europe/Stockholm");
    return t;
}
} // namespace

class tst_TemplateLibrary : public QObject
{
    Q_OBJECT

private slots:
    void missingFileIsEmpty();
    void addPersistsEverySetting();
    void namesAreUnique();
    void replaceAndRemove();
    void provisioningIdIsValidated();
    void newerSchemaIsRefusedAndKept();
    void damagedFileIsReported();
    void failedWriteKeepsMemoryUnchanged();
    void uniqueCopyName();
    void defaultPathIsUnderAppData();
};

void tst_TemplateLibrary::missingFileIsEmpty()
{
    QTemporaryDir dir;
    TemplateLibrary library(dir.filePath(QStringLiteral("none/templates.json")));
    QString error;
    QVERIFY2(library.load(&error), qPrintable(error));
    QVERIFY(library.templates().isEmpty());
}

void tst_TemplateLibrary::addPersistsEverySetting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/templates.json"));
    TemplateLibrary library(path);
    QVERIFY(library.load());
    QString error;
    QVERIFY2(library.add(sample(QStringLiteral("Sweden")), &error), qPrintable(error));
    QVERIFY(QFile::exists(path));

    TemplateLibrary reopened(path);
    QVERIFY(reopened.load(&error));
    QCOMPARE(reopened.templates().size(), 1);
    QCOMPARE(reopened.templates().first(), sample(QStringLiteral("Sweden")));
}

void tst_TemplateLibrary::namesAreUnique()
{
    QTemporaryDir dir;
    TemplateLibrary library(dir.filePath(QStringLiteral("templates.json")));
    QVERIFY(library.add(sample(QStringLiteral("Sweden"))));
    QString error;
    QVERIFY(!library.add(sample(QStringLiteral("sweden")), &error));
    QVERIFY(error.contains(QStringLiteral("already exists")));
    QVERIFY(!library.add(sample(QStringLiteral("  ")), &error));
    QCOMPARE(library.templates().size(), 1);
}

void tst_TemplateLibrary::replaceAndRemove()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("templates.json"));
    TemplateLibrary library(path);
    QVERIFY(library.add(sample(QStringLiteral("A"))));
    QVERIFY(library.add(sample(QStringLiteral("B"))));
    OnboardingTemplate changed = sample(QStringLiteral("A2"));
    QString error;
    QVERIFY(!library.replace(QStringLiteral("A"), sample(QStringLiteral("B")), &error)); // name clash
    QVERIFY2(library.replace(QStringLiteral("A"), changed, &error), qPrintable(error));
    QCOMPARE(library.indexOf(QStringLiteral("A")), -1);
    QCOMPARE(library.indexOf(QStringLiteral("A2")), 0);
    QVERIFY(library.remove(QStringLiteral("B")));
    QVERIFY(!library.remove(QStringLiteral("B"), &error));

    TemplateLibrary reopened(path);
    QVERIFY(reopened.load());
    QCOMPARE(reopened.templates().size(), 1);
    QCOMPARE(reopened.templates().first().name, QStringLiteral("A2"));
}

void tst_TemplateLibrary::provisioningIdIsValidated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("templates.json"));
    TemplateLibrary library(path);
    QVERIFY(library.add(sample(QStringLiteral("Sweden"))));
    QString error;
    QVERIFY(!library.setProvisioningId(QStringLiteral("Sweden"), QStringLiteral("not-an-id"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(library.templates().first().provisioningId.isEmpty());
    QVERIFY2(library.setProvisioningId(QStringLiteral("Sweden"), QStringLiteral("  ") + kProvisioningId, &error),
             qPrintable(error));
    TemplateLibrary reopened(path);
    QVERIFY(reopened.load());
    QCOMPARE(reopened.templates().first().provisioningId, kProvisioningId);
    QVERIFY(!library.setProvisioningId(QStringLiteral("Norway"), kProvisioningId, &error));
}

void tst_TemplateLibrary::newerSchemaIsRefusedAndKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("templates.json"));
    const QByteArray newer = R"({"kind": "onboarder.templateLibrary", "schemaVersion": 99, "templates": []})";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(newer);
    }
    TemplateLibrary library(path);
    QString error;
    QVERIFY(!library.load(&error));
    QVERIFY(error.contains(QStringLiteral("newer")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), newer);
}

void tst_TemplateLibrary::damagedFileIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("templates.json"));
    for (const QByteArray& content : { QByteArray("{ not json"),
                                       QByteArray(R"({"kind": "something else", "schemaVersion": 1})"),
                                       QByteArray(R"({"kind": "onboarder.templateLibrary", "schemaVersion": 1, )"
                                                  R"("templates": [{"name": "x", "authMethod": "NOPE"}]})") }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        TemplateLibrary library(path);
        QString error;
        QVERIFY2(!library.load(&error), content.constData());
        QVERIFY(!error.isEmpty());
    }
}

void tst_TemplateLibrary::failedWriteKeepsMemoryUnchanged()
{
    QTemporaryDir dir;
    // A directory where the file should be: QSaveFile cannot commit.
    const QString path = dir.filePath(QStringLiteral("templates.json"));
    QVERIFY(QDir().mkpath(path));
    TemplateLibrary library(path);
    QString error;
    QVERIFY(!library.add(sample(QStringLiteral("Sweden")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(library.templates().isEmpty());
}

void tst_TemplateLibrary::uniqueCopyName()
{
    QTemporaryDir dir;
    TemplateLibrary library(dir.filePath(QStringLiteral("templates.json")));
    QVERIFY(library.add(sample(QStringLiteral("Sweden"))));
    QCOMPARE(library.uniqueCopyName(QStringLiteral("Sweden")), QStringLiteral("Sweden (copy)"));
    QVERIFY(library.add(sample(QStringLiteral("Sweden (copy)"))));
    QCOMPARE(library.uniqueCopyName(QStringLiteral("Sweden")), QStringLiteral("Sweden (copy 2)"));
}

void tst_TemplateLibrary::defaultPathIsUnderAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(TemplateLibrary::defaultFilePath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(TemplateLibrary::defaultFilePath().endsWith(QStringLiteral("templates.json")));
}

QTEST_GUILESS_MAIN(tst_TemplateLibrary)
#include "tst_TemplateLibrary.moc"
