#include "ui/dialogs/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "connection/ProfileStore.h"
#include "ui/LanguageSwitcher.h"
#include "ui/ThemeSwitcher.h"
#include "ui/dialogs/SettingsDialogController.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace onboarder::ui {

namespace {
// The list entry of a profile that is being added and not saved yet.
const QString kNewProfileData = QStringLiteral("\x01new");
} // namespace

SettingsDialog::SettingsDialog(api::ProfileStore* profiles, api::CredentialStore* credentials, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_profiles(profiles)
    , m_controller(new SettingsDialogController(credentials, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/profile.svg")));
    setMinimumSize(760, 520);
    m_ui->profileError->setProperty("role", QStringLiteral("fieldError"));
    m_ui->testProgress->hide();
    m_ui->copyErrorButton->hide();
    m_ui->copyErrorButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_ui->profileError->hide();
    m_ui->cancelSignInButton->hide();
    // Where secrets go, in words, as soon as the keychain has answered once (and whenever that changes).
    if (credentials) {
        connect(credentials, &api::CredentialStore::keychainStateChanged, this, &SettingsDialog::showKeychainState);
    }
    showKeychainState(credentials ? credentials->keychainState() : api::CredentialStore::KeychainState::Unknown);
    m_ui->saveProfileButton->setDefault(true);
    for (auto* edit : { m_ui->profileNameEdit,
                        m_ui->baseUrlEdit,
                        m_ui->clientIdEdit,
                        m_ui->subPartnerEdit,
                        m_ui->targetOrgEdit,
                        m_ui->serviceAppIdEdit,
                        m_ui->secretEdit,
                        m_ui->caFileEdit,
                        m_ui->proxyEdit,
                        m_ui->proxyPasswordEdit }) {
        connect(edit, &QLineEdit::returnPressed, this, &SettingsDialog::saveProfile);
    }
    connect(m_ui->caFileBrowseButton, &QToolButton::clicked, this, &SettingsDialog::chooseCaFile);

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &SettingsDialog::showCurrentProfile);
    connect(m_ui->addProfileButton, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_ui->removeProfileButton, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, &SettingsDialog::saveProfile);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SettingsDialog::signIn);
    connect(m_ui->cancelSignInButton, &QPushButton::clicked, m_controller, &SettingsDialogController::cancelSignIn);
    connect(m_ui->authKindCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateAuthFields);
    connect(m_ui->copyErrorButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_testErrorText);
    });

    connect(m_controller, &SettingsDialogController::testStarted, this, [this] {
        m_ui->testProgress->show();
        m_ui->testConnectionButton->setEnabled(false);
        showTestResult(true, tr("Testing the connection…"));
        m_ui->testResultIcon->clear();
    });
    connect(m_controller, &SettingsDialogController::testSucceeded, this, [this](const QString& message) {
        m_ui->testProgress->hide();
        m_ui->testConnectionButton->setEnabled(true);
        showTestResult(true, message);
    });
    connect(m_controller,
            &SettingsDialogController::testFailed,
            this,
            [this](const QString& message, const QString& code, const QString& trackingId) {
                m_ui->testProgress->hide();
                m_ui->testConnectionButton->setEnabled(true);
                QStringList lines { tr("Connection failed: %1").arg(message) };
                if (!code.isEmpty()) {
                    lines << tr("Error code: %1").arg(code);
                }
                if (!trackingId.isEmpty()) {
                    lines << tr("Tracking ID: %1").arg(trackingId);
                }
                showTestResult(false, lines.join(QLatin1Char('\n')));
            });
    connect(m_controller, &SettingsDialogController::secretStored, this, [this](const QString& name) {
        if (profileFromForm().name == name) {
            m_secretState = 1;
            updateSecretStatus();
        }
    });
    connect(m_controller,
            &SettingsDialogController::secretStoreFailed,
            this,
            [this](const QString&, const QString& message) {
                showProfileError(tr("The secret was not stored in the keychain: %1").arg(message));
            });
    connect(m_controller, &SettingsDialogController::secretPresence, this, [this](const QString& name, bool stored) {
        if (profileFromForm().name == name && !isNewSelected()) {
            m_secretState = stored ? 1 : 0;
            updateSecretStatus();
        }
    });

    connect(m_controller, &SettingsDialogController::signInStarted, this, [this] {
        setSigningIn(true);
        m_ui->testResultIcon->clear();
        m_ui->testResult->setText(tr("Waiting for you to sign in in the web browser…"));
        m_ui->copyErrorButton->hide();
    });
    connect(m_controller,
            &SettingsDialogController::signInSucceeded,
            this,
            [this](const QString& name, const QString& message) {
                setSigningIn(false);
                m_ui->secretEdit->clear(); // a typed client secret is in the keychain now
                m_ui->authorizingTokenEdit->clear(); // used once, kept nowhere
                if (profileFromForm().name == name) {
                    m_secretState = 1;
                    updateSecretStatus();
                }
                showTestResult(true, message);
                emit profileSignedIn(name);
            });
    connect(m_controller,
            &SettingsDialogController::signInFailed,
            this,
            [this](const QString& message, const QString& code, const QString& trackingId) {
                setSigningIn(false);
                QStringList lines { tr("Sign-in failed: %1").arg(message) };
                if (!code.isEmpty()) {
                    lines << tr("Error code: %1").arg(code);
                }
                if (!trackingId.isEmpty()) {
                    lines << tr("Tracking ID: %1").arg(trackingId);
                }
                showTestResult(false, lines.join(QLatin1Char('\n')));
            });
    connect(m_controller, &SettingsDialogController::signInCancelled, this, [this] {
        setSigningIn(false);
        m_ui->testResultIcon->clear();
        m_ui->testResult->setText(tr("Sign-in was cancelled; nothing was changed."));
    });

    connect(m_ui->languageCombo, &QComboBox::activated, this, [this] {
        if (m_filling) {
            return;
        }
        const QString language = m_ui->languageCombo->currentData().toString();
        LanguageSwitcher::saveLanguage(language);
        LanguageSwitcher::apply(language); // every window gets QEvent::LanguageChange
    });
    connect(m_ui->themeCombo, &QComboBox::activated, this, [this] {
        if (m_filling) {
            return;
        }
        const QString theme = m_ui->themeCombo->currentData().toString();
        ThemeSwitcher::saveTheme(theme);
        ThemeSwitcher::apply(theme);
    });

    retranslate();
    fillProfiles(QString());
}

SettingsDialog::~SettingsDialog() = default;

SettingsDialogController* SettingsDialog::controller() const
{
    return m_controller;
}

void SettingsDialog::setConfirmAnswer(std::function<QMessageBox::StandardButton()> answer)
{
    m_confirmAnswer = std::move(answer);
}

void SettingsDialog::showTab(Tab tab)
{
    m_ui->settingsTabs->setCurrentIndex(tab);
}

void SettingsDialog::selectProfile(const QString& name)
{
    for (int i = 0; i < m_ui->profileList->count(); ++i) {
        if (m_ui->profileList->item(i)->data(Qt::UserRole).toString() == name) {
            m_ui->profileList->setCurrentRow(i);
            return;
        }
    }
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    {
        const QSignalBlocker blocker(m_ui->authKindCombo);
        const int index = qMax(0, m_ui->authKindCombo->currentIndex());
        m_ui->authKindCombo->clear();
        m_ui->authKindCombo->addItem(tr("Personal access token"),
                                     static_cast<int>(api::Profile::AuthKind::PersonalAccessToken));
        m_ui->authKindCombo->addItem(tr("OAuth integration"),
                                     static_cast<int>(api::Profile::AuthKind::OAuthIntegration));
        m_ui->authKindCombo->addItem(tr("Service app"), static_cast<int>(api::Profile::AuthKind::ServiceApp));
        m_ui->authKindCombo->setCurrentIndex(index);
    }
    for (int i = 0; i < m_ui->profileList->count(); ++i) {
        QListWidgetItem* item = m_ui->profileList->item(i);
        const QString data = item->data(Qt::UserRole).toString();
        if (data == api::Profile::demoProfileName()) {
            item->setText(tr("%1 (demo data)").arg(data));
        } else if (data == kNewProfileData) {
            item->setText(tr("New profile"));
        }
    }
    fillAppearance();
    updateAuthFields();
    if (m_controller->isSigningIn()) {
        setSigningIn(true);
        m_ui->testResult->setText(tr("Waiting for you to sign in in the web browser…"));
    }
}

void SettingsDialog::fillAppearance()
{
    m_filling = true;
    const QLocale system = QLocale::system();
    const QString systemName
        = system.language() == QLocale::C ? QStringLiteral("English") : QLocale(system.language()).nativeLanguageName();
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("System default (%1)").arg(systemName), LanguageSwitcher::systemDefault());
    // Each language is named in itself, so it can be found whatever the interface shows now.
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(LanguageSwitcher::savedLanguage())));

    m_ui->themeCombo->clear();
    m_ui->themeCombo->addItem(tr("Follow the system"), ThemeSwitcher::system());
    m_ui->themeCombo->addItem(tr("Light"), ThemeSwitcher::light());
    m_ui->themeCombo->addItem(tr("Dark"), ThemeSwitcher::dark());
    m_ui->themeCombo->setCurrentIndex(qMax(0, m_ui->themeCombo->findData(ThemeSwitcher::savedTheme())));
    m_filling = false;
    updateLocaleSample();
}

void SettingsDialog::updateLocaleSample()
{
    const QLocale locale;
    m_ui->localeSample->setText(tr("Dates and numbers look like this: %1, %2")
                                    .arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat),
                                         locale.toString(1234567.89, 'f', 2)));
}

void SettingsDialog::fillProfiles(const QString& select)
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    for (const api::Profile& profile : m_profiles->profiles()) {
        auto* item = new QListWidgetItem(m_ui->profileList);
        item->setData(Qt::UserRole, profile.name);
        if (profile.isDemo()) {
            item->setIcon(QIcon(QStringLiteral(":/icons/demo.svg")));
            item->setText(tr("%1 (demo data)").arg(profile.name));
        } else {
            item->setIcon(QIcon(QStringLiteral(":/icons/profile.svg")));
            item->setText(profile.name);
        }
    }
    int row = 0;
    for (int i = 0; i < m_ui->profileList->count(); ++i) {
        if (m_ui->profileList->item(i)->data(Qt::UserRole).toString() == select) {
            row = i;
        }
    }
    m_ui->profileList->setCurrentRow(row);
    showCurrentProfile();
}

bool SettingsDialog::isDemoSelected() const
{
    const QListWidgetItem* item = m_ui->profileList->currentItem();
    return item && item->data(Qt::UserRole).toString() == api::Profile::demoProfileName();
}

bool SettingsDialog::isNewSelected() const
{
    const QListWidgetItem* item = m_ui->profileList->currentItem();
    return item && item->data(Qt::UserRole).toString() == kNewProfileData;
}

void SettingsDialog::showCurrentProfile()
{
    // A sign-in belongs to the profile it started on.
    m_controller->cancelSignIn();
    const QListWidgetItem* item = m_ui->profileList->currentItem();
    const bool demo = isDemoSelected();
    const bool isNew = isNewSelected();
    api::Profile profile;
    if (item && !isNew) {
        profile = m_profiles->find(item->data(Qt::UserRole).toString()).value_or(api::Profile::demoProfile());
    } else {
        profile.baseUrl = api::Profile::webexBaseUrl();
    }
    m_ui->profileNameEdit->setText(isNew ? QString() : profile.name);
    m_ui->baseUrlEdit->setText(demo ? tr("Started on this computer when the profile is opened")
                                    : profile.baseUrl.toString());
    const int kind = m_ui->authKindCombo->findData(static_cast<int>(profile.authKind));
    m_ui->authKindCombo->setCurrentIndex(qMax(0, kind));
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->subPartnerEdit->setText(profile.subPartnerOrgId);
    m_ui->targetOrgEdit->setText(profile.serviceAppTargetOrgId);
    m_ui->serviceAppIdEdit->setText(profile.serviceAppId);
    m_ui->caFileEdit->setText(QDir::toNativeSeparators(profile.caFile));
    m_ui->proxyEdit->setText(profile.proxyUrl.toString(QUrl::RemovePassword));
    m_ui->proxyPasswordEdit->clear();
    m_ui->secretEdit->clear();
    m_ui->authorizingTokenEdit->clear();

    m_ui->demoProfileNote->setVisible(demo);
    // The name is the key of the profile's secrets in the keychain: fixed once saved.
    m_ui->profileNameEdit->setReadOnly(!isNew);
    for (QWidget* w : std::initializer_list<QWidget*> { m_ui->baseUrlEdit,
                                                        m_ui->authKindCombo,
                                                        m_ui->clientIdEdit,
                                                        m_ui->secretEdit,
                                                        m_ui->subPartnerEdit,
                                                        m_ui->targetOrgEdit,
                                                        m_ui->serviceAppIdEdit,
                                                        m_ui->authorizingTokenEdit,
                                                        m_ui->caFileEdit,
                                                        m_ui->caFileBrowseButton,
                                                        m_ui->proxyEdit,
                                                        m_ui->proxyPasswordEdit,
                                                        m_ui->saveProfileButton,
                                                        m_ui->testConnectionButton }) {
        w->setEnabled(!demo);
    }
    m_ui->profileNameEdit->setEnabled(!demo);
    m_ui->removeProfileButton->setEnabled(item && !demo);
    m_ui->addProfileButton->setEnabled(!isNew);
    showProfileError(QString());
    m_ui->testResult->clear();
    m_ui->testResultIcon->clear();
    m_ui->copyErrorButton->hide();
    m_controller->cancelTest();
    m_ui->testProgress->hide();
    m_secretState = -1;
    updateAuthFields();
    if (!demo && !isNew && item) {
        m_controller->checkSecret(profile);
    }
}

void SettingsDialog::updateAuthFields()
{
    const auto kind = static_cast<api::Profile::AuthKind>(m_ui->authKindCombo->currentData().toInt());
    const bool token = kind == api::Profile::AuthKind::PersonalAccessToken;
    const bool demo = isDemoSelected();
    m_ui->clientIdLabel->setVisible(!token && !demo);
    m_ui->clientIdEdit->setVisible(!token && !demo);
    const bool serviceApp = kind == api::Profile::AuthKind::ServiceApp && !demo;
    for (QWidget* w : std::initializer_list<QWidget*> { m_ui->targetOrgLabel,
                                                        m_ui->targetOrgEdit,
                                                        m_ui->serviceAppIdLabel,
                                                        m_ui->serviceAppIdEdit,
                                                        m_ui->authorizingTokenLabel,
                                                        m_ui->authorizingTokenEdit }) {
        w->setVisible(serviceApp);
    }
    m_ui->secretLabel->setVisible(!demo);
    m_ui->secretEdit->setVisible(!demo);
    m_ui->secretStatus->setVisible(!demo);
    // A service app gets its tokens like an integration signs in, without a browser.
    m_ui->signInButton->setVisible(kind != api::Profile::AuthKind::PersonalAccessToken && !demo);
    m_ui->signInButton->setText(serviceApp ? tr("Fetc&h Tokens") : tr("Si&gn In…"));
    m_ui->signInButton->setAccessibleName(serviceApp ? tr("Fetch tokens") : tr("Sign in"));
    m_ui->signInButton->setAccessibleDescription(
        serviceApp ? tr("Fetches the service app's tokens with the integration token; they are kept in the system "
                        "keychain.")
                   : tr("Opens the sign-in page of the integration in your web browser; the tokens it gives are kept "
                        "in the system keychain."));
    m_ui->secretLabel->setText(token ? tr("Access to&ken:") : tr("Client &secret:"));
    m_ui->secretEdit->setAccessibleName(token ? tr("Access token") : tr("Client secret"));
    m_ui->secretEdit->setAccessibleDescription(
        tr("Kept in the system keychain, never in a file. Leave empty to keep the stored one."));
    m_ui->secretEdit->setPlaceholderText(tr("Kept in the keychain; leave empty to keep the stored one"));
    updateSecretStatus();
}

void SettingsDialog::updateSecretStatus()
{
    const bool token = static_cast<api::Profile::AuthKind>(m_ui->authKindCombo->currentData().toInt())
        == api::Profile::AuthKind::PersonalAccessToken;
    QString text;
    if (m_secretState == 1) {
        text = token ? tr("An access token is stored in the keychain. Type a new one to replace it.")
                     : tr("A client secret is stored in the keychain. Type a new one to replace it.");
    } else if (m_secretState == 0 || isNewSelected()) {
        text = token ? tr("No access token is stored yet.") : tr("No client secret is stored yet.");
    }
    m_ui->secretStatus->setText(text);
}

api::Profile SettingsDialog::profileFromForm() const
{
    api::Profile profile;
    profile.name = m_ui->profileNameEdit->text().trimmed();
    profile.baseUrl = QUrl(m_ui->baseUrlEdit->text().trimmed());
    profile.authKind = static_cast<api::Profile::AuthKind>(m_ui->authKindCombo->currentData().toInt());
    if (profile.authKind != api::Profile::AuthKind::PersonalAccessToken) {
        profile.clientId = m_ui->clientIdEdit->text().trimmed();
    }
    if (profile.authKind == api::Profile::AuthKind::ServiceApp) {
        profile.serviceAppTargetOrgId = m_ui->targetOrgEdit->text().trimmed();
        profile.serviceAppId = m_ui->serviceAppIdEdit->text().trimmed();
    }
    profile.subPartnerOrgId = m_ui->subPartnerEdit->text().trimmed();
    profile.caFile = QDir::fromNativeSeparators(m_ui->caFileEdit->text().trimmed());
    profile.proxyUrl = QUrl(m_ui->proxyEdit->text().trimmed());
    return profile;
}

void SettingsDialog::chooseCaFile()
{
    const QString current = m_ui->caFileEdit->text().trimmed();
    const QString path
        = QFileDialog::getOpenFileName(this,
                                       tr("Trusted CA Bundle"),
                                       current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
                                       tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty()) {
        m_ui->caFileEdit->setText(QDir::toNativeSeparators(path));
    }
}

void SettingsDialog::addProfile()
{
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/profile.svg")), tr("New profile"));
    item->setData(Qt::UserRole, kNewProfileData);
    m_ui->profileList->addItem(item);
    m_ui->profileList->setCurrentItem(item);
    m_ui->profileNameEdit->setFocus();
}

void SettingsDialog::showProfileError(const QString& text)
{
    m_ui->profileError->setText(text);
    m_ui->profileError->setVisible(!text.isEmpty());
}

void SettingsDialog::saveProfile()
{
    if (isDemoSelected()) {
        return;
    }
    const api::Profile profile = profileFromForm();
    if (isNewSelected() && m_profiles->find(profile.name)) {
        showProfileError(tr("A profile named %1 exists already: choose another name.").arg(profile.name));
        m_ui->profileNameEdit->setFocus();
        return;
    }
    // The connector refuses these by the same rules; saying so here keeps the user at the field.
    if (const QString problem = profile.caFileProblem(); !problem.isEmpty()) {
        showProfileError(problem);
        m_ui->caFileEdit->setFocus();
        return;
    }
    if (const QString problem = profile.proxyProblem(); !problem.isEmpty()) {
        showProfileError(problem);
        m_ui->proxyEdit->setFocus();
        return;
    }
    QString error;
    if (!m_profiles->save(profile, &error)) {
        showProfileError(error.isEmpty() ? tr("The profile could not be saved.") : error);
        return;
    }
    const QString secret = m_ui->secretEdit->text();
    const QString proxyPassword = m_ui->proxyPasswordEdit->text();
    // Never kept in the widgets once handed to the keychain.
    m_ui->secretEdit->clear();
    m_ui->proxyPasswordEdit->clear();
    fillProfiles(profile.name);
    if (!secret.isEmpty()) {
        m_controller->storeSecret(profile, secret);
    }
    if (!proxyPassword.isEmpty()) {
        m_controller->storeProxyPassword(profile, proxyPassword);
    }
    showTestResult(true, tr("Profile %1 saved.").arg(profile.name));
    emit profilesChanged();
}

void SettingsDialog::removeProfile()
{
    const QListWidgetItem* item = m_ui->profileList->currentItem();
    if (!item || isDemoSelected()) {
        return;
    }
    if (isNewSelected()) {
        fillProfiles(QString());
        return;
    }
    const QString name = item->data(Qt::UserRole).toString();
    QMessageBox::StandardButton answer;
    if (m_confirmAnswer) {
        answer = m_confirmAnswer();
    } else {
        answer = QMessageBox::question(
            this,
            tr("Remove Profile"),
            tr("Remove the profile %1 and its secrets from the keychain? Templates in its local library are kept.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel);
    }
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (!m_profiles->remove(name)) {
        showProfileError(tr("The profile %1 could not be removed.").arg(name));
        return;
    }
    m_controller->removeSecrets(name);
    fillProfiles(QString());
    emit profilesChanged();
}

void SettingsDialog::testConnection()
{
    if (isDemoSelected()) {
        return;
    }
    m_controller->testConnection(profileFromForm(), m_ui->secretEdit->text(), m_ui->proxyPasswordEdit->text());
}

void SettingsDialog::signIn()
{
    if (isDemoSelected()) {
        return;
    }
    const api::Profile profile = profileFromForm();
    const std::optional<api::Profile> saved = isNewSelected() ? std::nullopt : m_profiles->find(profile.name);
    // The tokens are kept under the saved profile's name and used with its saved address and client ID.
    if (!saved || !(*saved == profile)) {
        showProfileError(tr("Save the profile first: the sign-in uses its saved address and client ID."));
        return;
    }
    showProfileError(QString());
    m_controller->signIn(
        profile, m_ui->secretEdit->text(), m_ui->authorizingTokenEdit->text(), m_ui->proxyPasswordEdit->text());
}

void SettingsDialog::setSigningIn(bool signingIn)
{
    m_ui->testProgress->setVisible(signingIn);
    m_ui->testProgress->setAccessibleName(signingIn ? tr("Sign-in in progress") : tr("Connection test in progress"));
    m_ui->signInButton->setEnabled(!signingIn);
    m_ui->testConnectionButton->setEnabled(!signingIn && !isDemoSelected());
    m_ui->cancelSignInButton->setVisible(signingIn);
    if (signingIn) {
        m_ui->cancelSignInButton->setFocus();
    }
}

void SettingsDialog::showKeychainState(api::CredentialStore::KeychainState state)
{
    const QString text = api::CredentialStore::describe(state);
    m_ui->keychainStatus->setText(text);
    m_ui->keychainStatus->setVisible(!text.isEmpty());
    // A problem is marked like other field errors; never by colour alone, the words say it.
    m_ui->keychainStatus->setProperty(
        "role", state == api::CredentialStore::KeychainState::Available ? QString() : QStringLiteral("fieldError"));
    m_ui->keychainStatus->style()->unpolish(m_ui->keychainStatus);
    m_ui->keychainStatus->style()->polish(m_ui->keychainStatus);
}

void SettingsDialog::showTestResult(bool ok, const QString& text)
{
    // Never by colour alone: an icon and words say how it went.
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->testResultIcon->setPixmap(
        QIcon(ok ? QStringLiteral(":/icons/ok.svg") : QStringLiteral(":/icons/error.svg")).pixmap(size, size));
    m_ui->testResult->setText(text);
    m_ui->testResult->setProperty("role", ok ? QString() : QStringLiteral("fieldError"));
    m_ui->testResult->style()->unpolish(m_ui->testResult);
    m_ui->testResult->style()->polish(m_ui->testResult);
    m_testErrorText = ok ? QString() : text;
    m_ui->copyErrorButton->setVisible(!ok);
}

} // namespace onboarder::ui
