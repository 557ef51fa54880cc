#pragma once

#include <QObject>
#include <QString>

namespace onboarder::api {

// Supplies the bearer token of a profile and, where the auth kind allows it, refreshes it. Requests that get a 401
// ask for one refresh; concurrent requests share the refresh that is already running.
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    explicit TokenProvider(QObject* parent = nullptr);

    virtual QString accessToken() const = 0;
    virtual bool canRefresh() const;
    // Starts a refresh unless one is running; refreshFinished() reports the outcome.
    void refresh();
    bool isRefreshing() const;

signals:
    void refreshFinished(bool ok, const QString& errorMessage);
    void tokenChanged();

protected:
    // Called by refresh(); implementations call finishRefresh() exactly once, possibly later.
    virtual void startRefresh();
    void finishRefresh(bool ok, const QString& errorMessage = {});

private:
    bool m_refreshing = false;
};

// A fixed token: a personal access token or the demo sandbox's own token. Cannot refresh.
class StaticTokenProvider : public TokenProvider
{
    Q_OBJECT

public:
    explicit StaticTokenProvider(const QString& token, QObject* parent = nullptr);

    QString accessToken() const override;
    void setAccessToken(const QString& token);

private:
    QString m_token;
};

} // namespace onboarder::api
