<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditDescription</name>
    <message numerus="yes">
        <source>Add %n phone number(s) to a location</source>
        <translation>
            <numerusform>Add %n phone number to a location</numerusform>
            <numerusform>Add %n phone numbers to a location</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateSummary</name>
    <message numerus="yes">
        <source>%n setting(s) must be corrected before the template can be created.</source>
        <translation>
            <numerusform>%n setting must be corrected before the template can be created.</numerusform>
            <numerusform>%n settings must be corrected before the template can be created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::CustomersView</name>
    <message numerus="yes">
        <source>%n customer(s).</source>
        <translation>
            <numerusform>%n customer.</numerusform>
            <numerusform>%n customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::DraftCompareDialog</name>
    <message numerus="yes">
        <source>%n setting(s) differ.</source>
        <translation>
            <numerusform>%n setting differs.</numerusform>
            <numerusform>%n settings differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboarder::ui::TemplatesView</name>
    <message numerus="yes">
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n template.</numerusform>
            <numerusform>%n templates.</numerusform>
        </translation>
    </message>
</context>
</TS>
