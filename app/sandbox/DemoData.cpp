// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include <QDateTime>
#include <QJsonArray>

namespace TokenConsole::Sandbox {

QString DemoData::on24Time(qint64 secs)
{
    // ON24 reports Pacific time with an explicit offset.
    return QDateTime::fromSecsSinceEpoch(secs, Qt::OffsetFromUTC, -8 * 3600).toString(Qt::ISODate);
}

QString DemoData::email(const Person& person)
{
    return (person.firstName + QLatin1Char('.') + person.lastName).toLower() + QStringLiteral("@") +
           QString(person.company).remove(QLatin1Char(' ')).toLower() + QStringLiteral(".example");
}

QJsonObject DemoData::event(qint64 eventId, qint64 clientId, const QString& title,
                            const QString& contentType, qint64 liveStart, int durationMinutes,
                            int registrants, int attendees, qint64 createdAt)
{
    const qint64 liveEnd = liveStart + qint64(durationMinutes) * 60;
    const QString id = QString::number(eventId);
    const QString key =
        QStringLiteral("%1").arg(eventId * 7919, 32, 16, QLatin1Char('0')).toUpper();
    const int live = attendees * 2 / 3;
    return QJsonObject{
        {QStringLiteral("eventanalytics"),
         QJsonObject{{QStringLiteral("totalregistrants"), registrants},
                     {QStringLiteral("totalattendees"), attendees},
                     {QStringLiteral("liveattendees"), live},
                     {QStringLiteral("ondemandattendees"), attendees - live},
                     {QStringLiteral("averageliveminutes"), durationMinutes / 2},
                     {QStringLiteral("averagecumulativeliveminutes"), durationMinutes / 2},
                     {QStringLiteral("averagearchiveminutes"), durationMinutes / 4},
                     {QStringLiteral("averagecumulativearchiveminutes"), durationMinutes / 4},
                     {QStringLiteral("totalcumulativeliveminutes"), live * durationMinutes / 2},
                     {QStringLiteral("totalcumulativearchiveminutes"),
                      (attendees - live) * durationMinutes / 4},
                     {QStringLiteral("totalcumulativeminutes"),
                      live * durationMinutes / 2 + (attendees - live) * durationMinutes / 4},
                     {QStringLiteral("totalmediaplayerminutes"), live * durationMinutes / 2},
                     {QStringLiteral("totallivemediaplayerminutes"), live * durationMinutes / 2},
                     {QStringLiteral("totalarchivemediaplayerminutes"), 0}}},
        {QStringLiteral("eventid"), eventId},
        {QStringLiteral("clientid"), clientId},
        {QStringLiteral("goodafter"), on24Time(liveStart - 3600)},
        {QStringLiteral("isactive"), true},
        {QStringLiteral("regrequired"), true},
        {QStringLiteral("description"), title},
        {QStringLiteral("promotionalsummary"), QStringLiteral("Join us for %1.").arg(title)},
        {QStringLiteral("regnotificationrequired"), true},
        {QStringLiteral("displaytimezonecd"), QStringLiteral("America/Los_Angeles")},
        {QStringLiteral("eventtype"), QStringLiteral("Live PC Mic")},
        {QStringLiteral("category"), QStringLiteral("Marketing")},
        {QStringLiteral("createtimestamp"), on24Time(createdAt)},
        {QStringLiteral("localelanguagecd"), QStringLiteral("en")},
        {QStringLiteral("localecountrycd"), QStringLiteral("US")},
        {QStringLiteral("lastmodified"), on24Time(createdAt + 3600)},
        {QStringLiteral("lastupdated"), on24Time(createdAt + 3600)},
        {QStringLiteral("iseliteexpired"), QStringLiteral("N")},
        {QStringLiteral("application"), QStringLiteral("Demand Generation")},
        {QStringLiteral("livestart"), on24Time(liveStart)},
        {QStringLiteral("liveend"), on24Time(liveEnd)},
        {QStringLiteral("archivestart"), on24Time(liveEnd + 1800)},
        {QStringLiteral("archiveend"), on24Time(liveEnd + 365 * 86400)},
        {QStringLiteral("audienceurl"),
         QStringLiteral("https://event.on24.example/wcc/r/%1/%2").arg(id, key)},
        {QStringLiteral("scheduledeventduration"), durationMinutes},
        {QStringLiteral("eventprofile"), QStringLiteral("Standard Profile (100)")},
        {QStringLiteral("streamtype"), QStringLiteral("audiovideo")},
        {QStringLiteral("audiencekey"), key},
        {QStringLiteral("extaudienceurl"), QStringLiteral("")},
        {QStringLiteral("reporturl"),
         QStringLiteral("https://data.on24.example/webcast/report?e=%1&k=%2").arg(id, key)},
        {QStringLiteral("uploadurl"), QStringLiteral("https://wcc.on24.example/webcast/login")},
        {QStringLiteral("pmurl"),
         QStringLiteral("https://wcc.on24.example/webcast/present?e=%1&k=%2").arg(id, key)},
        {QStringLiteral("previewurl"),
         QStringLiteral("https://event.on24.example/webcast/previewlobby?e=%1&k=%2").arg(id, key)},
        {QStringLiteral("contenttype"), contentType},
        {QStringLiteral("campaigncode"), QStringLiteral("CMP-%1").arg(id)},
        {QStringLiteral("eventlocation"), QStringLiteral("")},
        {QStringLiteral("createdby"), QStringLiteral("Acme Admin")},
        {QStringLiteral("ishybridevent"), false},
        {QStringLiteral("partnerrefstats"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("-")},
                                {QStringLiteral("count"), registrants}}}},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("demo")}},
        {QStringLiteral("funnelstages"), QJsonArray{QStringLiteral("Awareness")}},
        {QStringLiteral("speakers"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), QStringLiteral("Jane Doe")},
             {QStringLiteral("title"), QStringLiteral("Head of Marketing")},
             {QStringLiteral("company"), QStringLiteral("Acme Webinars")},
             {QStringLiteral("description"), QStringLiteral("Runs the webinar programme.")}}}},
        {QStringLiteral("eventstd1"), QStringLiteral("")},
        {QStringLiteral("eventstd2"), QStringLiteral("")},
        {QStringLiteral("eventstd3"), QStringLiteral("")},
        {QStringLiteral("eventstd4"), QStringLiteral("")},
        {QStringLiteral("eventstd5"), QStringLiteral("")},
        {QStringLiteral("istestevent"), false},
        {QStringLiteral("surveyurls"), QJsonArray{}},
        {QStringLiteral("customaccounttags"), QJsonArray{}},
        {QStringLiteral("customeventfields"), QJsonArray{}},
        {QStringLiteral("media"), QJsonObject{{QStringLiteral("audios"), QJsonArray{}},
                                              {QStringLiteral("videos"), QJsonArray{}},
                                              {QStringLiteral("slides"), QJsonArray{}},
                                              {QStringLiteral("videoclips"), QJsonArray{}},
                                              {QStringLiteral("urls"), QJsonArray{}},
                                              {QStringLiteral("polls"), QJsonArray{}}}},
    };
}

QJsonObject DemoData::registrant(qint64 eventUserId, qint64 eventId, const Person& person,
                                 qint64 createdAt)
{
    QJsonObject r{
        {QStringLiteral("eventuserid"), eventUserId},
        {QStringLiteral("firstname"), person.firstName},
        {QStringLiteral("lastname"), person.lastName},
        {QStringLiteral("email"), email(person)},
        {QStringLiteral("company"), person.company},
        {QStringLiteral("jobtitle"), person.jobTitle},
        {QStringLiteral("addressstreet1"), QStringLiteral("1 Main Street")},
        {QStringLiteral("addressstreet2"), QStringLiteral("")},
        {QStringLiteral("city"), person.city},
        {QStringLiteral("state"), person.state},
        {QStringLiteral("zip"), QStringLiteral("94105")},
        {QStringLiteral("country"), person.country},
        {QStringLiteral("workphone"), QStringLiteral("(555)-010-0000")},
        {QStringLiteral("jobfunction"), QStringLiteral("Manager")},
        {QStringLiteral("companyindustry"), QStringLiteral("Software")},
        {QStringLiteral("companysize"), QStringLiteral("50 - 249")},
        {QStringLiteral("partnerref"), QStringLiteral("")},
        {QStringLiteral("eventid"), eventId},
        {QStringLiteral("fax"), QStringLiteral("")},
        {QStringLiteral("username"), (person.firstName.left(1) + person.lastName).toLower()},
        {QStringLiteral("exteventusercd"), QString::number(eventUserId)},
        {QStringLiteral("other"), QStringLiteral("")},
        {QStringLiteral("notes"), QStringLiteral("")},
        {QStringLiteral("marketingemail"), QStringLiteral("N")},
        {QStringLiteral("eventemail"), QStringLiteral("Y")},
        {QStringLiteral("homephone"), QStringLiteral("")},
        {QStringLiteral("createtimestamp"), on24Time(createdAt)},
        {QStringLiteral("lastactivity"), on24Time(createdAt)},
        {QStringLiteral("browser"), QStringLiteral("mozilla/5.0")},
        {QStringLiteral("ipaddress"), QStringLiteral("192.0.2.10")},
        {QStringLiteral("os"), QStringLiteral("linux")},
        {QStringLiteral("emailformat"), QStringLiteral("html")},
        {QStringLiteral("engagementprediction"), QStringLiteral("MEDIUM")},
        {QStringLiteral("userprofileurl"),
         QStringLiteral("https://data.on24.example/webcast/lead?token=%1").arg(eventUserId)},
        {QStringLiteral("campaigncode"), QStringLiteral("CMP-%1").arg(eventId)},
        {QStringLiteral("sourcecampaigncode"), QStringLiteral("CMP-%1").arg(eventId)},
        {QStringLiteral("sourceeventid"), eventId},
        {QStringLiteral("userstatus"), QStringLiteral("active")},
        {QStringLiteral("utmsource"), QStringLiteral("newsletter")},
        {QStringLiteral("utmmedium"), QStringLiteral("email")},
        {QStringLiteral("utmcampaign"), QStringLiteral("demo")},
        {QStringLiteral("utmterm"), QStringLiteral("")},
        {QStringLiteral("utmcontent"), QStringLiteral("")},
        {QStringLiteral("attendeetype"), QStringLiteral("Virtual")},
    };
    for (int i = 1; i <= 10; ++i)
        r.insert(QStringLiteral("std%1").arg(i), QStringLiteral(""));
    return r;
}

QJsonObject DemoData::attendee(qint64 eventUserId, const QString& email, qint64 liveStart,
                               int liveMinutes, int archiveMinutes, double engagementScore)
{
    const QJsonValue none = QStringLiteral("");
    return QJsonObject{
        {QStringLiteral("email"), email},
        {QStringLiteral("eventuserid"), eventUserId},
        {QStringLiteral("exteventusercd"), QString::number(eventUserId)},
        {QStringLiteral("userstatus"), QStringLiteral("active")},
        {QStringLiteral("isblocked"), QStringLiteral("N")},
        {QStringLiteral("engagementscore"), engagementScore},
        {QStringLiteral("liveminutes"), liveMinutes},
        {QStringLiteral("liveviewed"), liveMinutes > 0 ? 1 : 0},
        {QStringLiteral("firstliveactivity"), liveMinutes > 0 ? on24Time(liveStart) : none},
        {QStringLiteral("lastliveactivity"),
         liveMinutes > 0 ? on24Time(liveStart + liveMinutes * 60) : none},
        {QStringLiteral("archiveminutes"), archiveMinutes},
        {QStringLiteral("archiveviewed"), archiveMinutes > 0 ? 1 : 0},
        {QStringLiteral("firstarchiveactivity"),
         archiveMinutes > 0 ? on24Time(liveStart + 86400) : none},
        {QStringLiteral("lastarchiveactivity"),
         archiveMinutes > 0 ? on24Time(liveStart + 86400 + archiveMinutes * 60) : none},
        {QStringLiteral("askedquestions"), 0},
        {QStringLiteral("resourcesdownloaded"), 0},
        {QStringLiteral("answeredpolls"), 0},
        {QStringLiteral("answeredsurveys"), 0},
        {QStringLiteral("answeredsurveyquestions"), 0},
        {QStringLiteral("launchmode"), QStringLiteral("Desktop")},
        {QStringLiteral("questions"), QJsonArray{}},
        {QStringLiteral("polls"), QJsonArray{}},
        {QStringLiteral("resources"), QJsonArray{}},
        {QStringLiteral("surveys"), QJsonArray{}},
        {QStringLiteral("twitterwidget"), QJsonArray{}},
        {QStringLiteral("calltoactions"), QJsonArray{}},
        {QStringLiteral("testwidgets"), QJsonArray{}},
        {QStringLiteral("testwidgetresult"), none},
        {QStringLiteral("certificationwidgetresult"), none},
        {QStringLiteral("certificationcredit"), none},
        {QStringLiteral("certificationtimestamp"), none},
        {QStringLiteral("userprofileurl"),
         QStringLiteral("https://data.on24.example/webcast/lead?token=%1").arg(eventUserId)},
        {QStringLiteral("campaigncode"), none},
        {QStringLiteral("sourcecampaigncode"), none},
        {QStringLiteral("sourceeventid"), 0},
        {QStringLiteral("cumulativeliveminutes"), liveMinutes},
        {QStringLiteral("cumulativearchiveminutes"), archiveMinutes},
        {QStringLiteral("partnerref"), none},
        {QStringLiteral("attendancepartnerref"), none},
        {QStringLiteral("attendeesessions"),
         (liveMinutes > 0 ? 1 : 0) + (archiveMinutes > 0 ? 1 : 0)},
        {QStringLiteral("certifications"), QJsonArray{}},
        {QStringLiteral("meetingconversions"), QJsonArray{}},
        {QStringLiteral("democonversions"), QJsonArray{}},
        {QStringLiteral("freetrial"), QJsonArray{}},
        {QStringLiteral("contactus"), QJsonArray{}},
        {QStringLiteral("drift"), QJsonArray{}},
        {QStringLiteral("breakouts"), QJsonArray{}},
        {QStringLiteral("calendly"), QJsonArray{}},
        {QStringLiteral("shareidea"), QJsonArray{}},
        {QStringLiteral("reactions"), QJsonArray{}},
        {QStringLiteral("livemediaplayerminutes"), liveMinutes},
        {QStringLiteral("archivemediaplayerminutes"), archiveMinutes},
    };
}

} // namespace TokenConsole::Sandbox
