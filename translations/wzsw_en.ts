<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>wzsw::AgreementForm</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path or link to the signed file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::AgreementsProfile</name>
    <message>
        <source>for the steering group&apos;s secretary: the partner agreements of the period, expiring ones marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::AuditLogDialog</name>
    <message>
        <source>Audit log – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code, e.g. C-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log was tampered with from entry %1 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log&apos;s chain is unbroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::AuditLogModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data given to person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::AutoBackup</name>
    <message>
        <source>No folder for automatic backups could be made (tried %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied to %1 (from %2); the data file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups are made of a local data file only; the regional server is backed up by its administrator (pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::Backup</name>
    <message>
        <source>The copy %1 failed the integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::BudgetLineForm</name>
    <message>
        <source>(region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in euros.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ClientForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next free code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ClientService</name>
    <message>
        <source>Client %1 has deliveries and cannot be deleted; record an end date instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ConcurrentChange</name>
    <message>
        <source>This record was removed by someone else meanwhile. Your changes were not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was removed meanwhile by %1 (%2). Your changes were not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed meanwhile by %1 (%2). Reopen it to see the current version, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::CsvReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in UTF-16. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quoted field has no closing quote: the file ends inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text follows the closing quote of a field. A quote inside a field must be written twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::CsvTable</name>
    <message>
        <source>The file is empty: it needs a header row with the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::CsvWriter</name>
    <message>
        <source>There is no file to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::DataFileSession</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is write-protected (the file or its folder): it can be opened read-only, or copied to a folder where you may write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was moved aside as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest sound backup is %1, made %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound automatic backup was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is open read-only: open it for editing to restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored: the check on opening found the data file damaged (%1). What you entered is still on the screen; the file will be moved aside and its newest backup offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored: the data file could not be checked on opening (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::Database</name>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older version of the program and must be updated; open it for writing once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a WZSW data file. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of the program (data version %2, this program knows up to %3). Install the newer version to open it; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works on a local data file only, not on the regional server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds WZSW data: choose another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the program does not work as the owner of the tables, which sees every municipality. Connect as a project leader, coordinator or steering-group role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the WZSW tables on %1 is maintenance: connect as the owner of the database and add maintenance=1 to the connection string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regional database %1 was made by an older version of the program. Its administrator brings it up to date first, as the owner: wzsw-cli check &apos;postgresql://wzsw_owner@...?maintenance=1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::DateField</name>
    <message>
        <source>Empty this date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::DeliveryBatchCommand</name>
    <message numerus="yes">
        <source>Enter deliveries (%n row(s))</source>
        <translation>
            <numerusform>Enter deliveries (%n row)</numerusform>
            <numerusform>Enter deliveries (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::DeliveryForm</name>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours × fee per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in euros.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::DeliveryService</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::DemoFile</name>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::DemoGenerator</name>
    <message>
        <source>The data file already holds data. Demo data only goes into a new, empty data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of clients must lie between 0 and %1 (not %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::DemoWorld</name>
    <message>
        <source>Making the demo data was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::DepartmentProfile</name>
    <message>
        <source>The data file has no municipality %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 export has no persons in it; --with-names and --with-bsn do not apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names or BSNs leave the program only with a reason, which the audit log records (--reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::Desktop</name>
    <message>
        <source>Case management for Wonen Zorg Service in de Wijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak LANGUAGE (nl or en) in this run, whatever the preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pictures of the main screens of FILE in FOLDER, then quit (for the documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file to open (.wzsw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language takes nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs a data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo data file (FILE, or the usual one), making it first when it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::DisclosureDialog</name>
    <message>
        <source>Export with personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names and BSNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipient named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This file will contain the &lt;b&gt;%1&lt;/b&gt; of the persons in it (%2). Send it only when the recipient needs them and may have them, and never by ordinary e-mail.&lt;/p&gt;&lt;p&gt;The export, with the reason you give, is recorded in the audit log.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::DuplicateWarning</name>
    <message>
        <source>same BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same family name and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may be someone already in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Save again to store the new record anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ErasureFlow</name>
    <message>
        <source>Erase a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the identifying data of one client or provider for good (AVG article 17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erase these %n people for good?</source>
        <translation>
            <numerusform>Erase this %n person for good?</numerusform>
            <numerusform>Erase these %n people for good?</numerusform>
        </translation>
    </message>
    <message>
        <source>Names, address, contact details, BSN, gender and notes are removed and cannot be brought back: not by undo, and not from the automatic backups, which are erased too. Of the date of birth only the year stays. The record stays under its code with its dates, requests and deliveries, so every report keeps its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 people erased; there were problems.</source>
        <translation>
            <numerusform>%n of %1 people erased; there were problems.</numerusform>
            <numerusform>%n of %1 people erased; there were problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>%n person erased.</numerusform>
            <numerusform>%n people erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::ErasureService</name>
    <message>
        <source>There is no client %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::Error</name>
    <message numerus="yes">
        <source>%n rule(s) broken</source>
        <translation>
            <numerusform>%n rule broken</numerusform>
            <numerusform>%n rules broken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::ExchangeProfile</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole data file in the exchange format, one CSV file per entity (for another data file, or as a backup to a spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange profile always exports the whole data file, names and BSNs included; %1 does not apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ExportOutput</name>
    <message>
        <source>No place to write the export to was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file; this export writes a folder of files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; this export writes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be made beside %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be put in place: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: this export writes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ExportPage</name>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Wmo Tilburg: each recipient gets its own pseudonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a data file to export from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only: an export must be recorded in its audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n row(s).</source>
        <translation>
            <numerusform>%1: %n row.</numerusform>
            <numerusform>%1: all %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the first %n row(s).</source>
        <translation>
            <numerusform>%1: the first %n row.</numerusform>
            <numerusform>%1: the first %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::ExportProfile</name>
    <message>
        <source>The %1 export has no preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::Exporter</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::Field</name>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>house number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lives alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course enrolment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course certification date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course drop-out date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funding framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realised amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first interim date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second interim date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::FileAside</name>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::FileCheckReport</name>
    <message>
        <source>Data version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure: whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure: damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References: all point at existing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>References: %n broken</source>
        <translation>
            <numerusform>References: %n broken</numerusform>
            <numerusform>References: %n broken</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: broken from entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: chain whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule violations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found, of which %1 not listed.</source>
        <translation>
            <numerusform>%n problem found, of which %1 not listed.</numerusform>
            <numerusform>%n problems found, of which %1 not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Structure and references: checked by the regional server itself (the file checks apply to a local data file only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::FileChecker</name>
    <message>
        <source>The data version is %1; this program reads and writes version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s structure is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to a %1 that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was changed or shortened from this entry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BSN is recorded for %1 as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trajectory(s) are running at once; at most one may run.</source>
        <translation>
            <numerusform>%n trajectory is running at once; at most one may run.</numerusform>
            <numerusform>%n trajectories are running at once; at most one may run.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours is not a multiple of a quarter hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The totals the reports read do not agree with the deliveries, so reports from this file would show wrong figures. Restore the latest backup, or import the file&apos;s exchange export into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::FileImport</name>
    <message>
        <source>%1 has no column &quot;%2&quot;; its columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing: it says which record a row is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 cells where the header has %2. Is a text with the separator or a line break not in quotes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has a value in column %1, which has no name in the header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::FileSettings</name>
    <message>
        <source>The pseudonym key stored in the data file is damaged; exports with pseudonyms are not possible until it is restored from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ImportProblems</name>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::Importer</name>
    <message>
        <source>This folder holds no .csv files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file of the exchange format; the file name says what it holds and must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice (also as %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row with the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::LadderForm</name>
    <message>
        <source>isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social contacts outside the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participation in organised activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaid work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid work with support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation ladder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ListColumn</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income or cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ListExportAction</name>
    <message>
        <source>Export list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved in %1.</source>
        <translation>
            <numerusform>%n row saved in %1.</numerusform>
            <numerusform>%n rows saved in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ListExporter</name>
    <message>
        <source>The list has no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ListPage</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ListPanel</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln provider(s)</source>
        <translation>
            <numerusform>%Ln provider</numerusform>
            <numerusform>%Ln providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln trajectory(ies)</source>
        <translation>
            <numerusform>%Ln trajectory</numerusform>
            <numerusform>%Ln trajectories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln delivery</numerusform>
            <numerusform>%Ln deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln agreement</numerusform>
            <numerusform>%Ln agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, code, postcode or neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neighbourhood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows and columns shown, as filtered and sorted, as a CSV file for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a record to this list (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln target(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln budget line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::ListQuery</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End or review within 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a running trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for over 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income or cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::MainWindow</name>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New data file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new, empty data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;backup now...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a checked copy of the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the data file for damage and broken references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in the current list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About WZSW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WZSW data files (*.wzsw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing data file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (any more). It was taken off the list of recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo data file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-backup-%2.wzsw</source>
        <comment>file name of a backup: data file name, date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the data file itself. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was saved and checked:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1. Make a backup now and contact support before you go on working with this file.</source>
        <translation>
            <numerusform>%n problem found in %1. Make a backup now and contact support before you go on working with this file.</numerusform>
            <numerusform>%n problems found in %1. Make a backup now and contact support before you go on working with this file.</numerusform>
        </translation>
    </message>
    <message>
        <source>About WZSW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;WZSW %1&lt;/h3&gt;&lt;p&gt;Case management for Wonen Zorg Service in de Wijk: clients, providers and their trajectories, requests and deliveries, partners, agreements, targets and reports.&lt;/p&gt;&lt;p&gt;The data is personal data of vulnerable people: keep the data file and its backups in a safe place.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data file could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Data file: %1&lt;br&gt;Preferences: %2&lt;br&gt;Demo data file: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: proprietary. Made for Wonen Zorg Service in de Wijk and the municipalities it works with, for their use only.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a &amp;week of deliveries...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the deliveries of one provider or client for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a week of deliveries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes can be saved once the check on opening has found the file sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a re&amp;gional server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the shared PostgreSQL server of the region instead of a local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on a local data file only; the regional server&apos;s administrator makes its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::MatchDialog</name>
    <message>
        <source>delivers this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h left this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>served this client before (%n time(s))</source>
        <translation>
            <numerusform>served this client before (%n time)</numerusform>
            <numerusform>served this client before (%n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>running trajectory needs practice hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers for the request of %1 (%2), best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::NarrativeEditor</name>
    <message>
        <source>What &amp;works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does &amp;not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new line starts a paragraph; &quot;- &quot; starts a bullet. No names or case details: the report is for the steering group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::NeighbourhoodsProfile</name>
    <message>
        <source>for policy: per neighbourhood the clients served, providers active, deliveries and hours in the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::NewDataFileDialog</name>
    <message>
        <source>New data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data file holds the work of one project organisation. Which municipality does it start with? More can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality &amp;code (CBS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::NoteCopy</name>
    <message>
        <source>A contact note&apos;s person is missing on the server; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::NoteForm</name>
    <message>
        <source>Case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::OverviewPage</name>
    <message numerus="yes">
        <source>%n item(s) need attention</source>
        <translation>
            <numerusform>%n item needs attention</numerusform>
            <numerusform>%n items need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Targets, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements to renew or review within 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectories past their planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests older than 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers without a ladder assessment in 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients without recorded consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements whose end or review date has passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::PageTitle</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners and agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ParticipationProfile</name>
    <message>
        <source>for social affairs (Participatiewet, Wsw, Wi): per provider with a trajectory in the period the trajectory, ladder, hours, course and outflow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::PartnerForm</name>
    <message>
        <source>(regional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::PartnerService</name>
    <message>
        <source>Partner %1 is still referred to by %2 and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::PasswordStore</name>
    <message>
        <source>The system keychain was not opened: the password is asked each time you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keychain (such as GNOME Keyring or KWallet) to keep the password safely: it is asked each time you connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::PersonChoiceDialog</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. C-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person is a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::PersonFields</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the BSN; this is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::PersonPicker</name>
    <message>
        <source>Client code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider code or name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::PlaceService</name>
    <message>
        <source>The code cannot become %1: the codes of its neighbourhoods (%2) start with the digits of the present code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality %1 is still used by %2 and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood %1 is still used by %2 and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::PlanningService</name>
    <message>
        <source>The region already has its project settings; change those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality %1 already has its project settings; change those.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::PrivacySettings</name>
    <message>
        <source>The retention period must lie between %1 and %2 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) have a BSN recorded: remove the BSNs first (this removes them for good).</source>
        <translation>
            <numerusform>%n person has a BSN recorded: remove the BSNs first (this removes them for good).</numerusform>
            <numerusform>%n people have a BSN recorded: remove the BSNs first (this removes them for good).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::PrivacySettingsDialog</name>
    <message>
        <source>This organisation processes &amp;BSNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings belong to the data file: they hold for everyone who opens it. When BSNs are not processed, the field is hidden, refused on import and left out of exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep a person&apos;s data after the relation ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop processing BSNs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every BSN stored in this file is removed for good; the automatic backups still hold them until they are replaced by newer ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove every BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>BSNs are no longer processed; %n BSN(s) removed.</source>
        <translation>
            <numerusform>BSNs are no longer processed; %n BSN removed.</numerusform>
            <numerusform>BSNs are no longer processed; %n BSNs removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::ProviderForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next free code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course &quot;woonzorgserviceverlener&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ProviderService</name>
    <message>
        <source>Provider %1 has deliveries and cannot be deleted; record an exit date instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::RecordCommand</name>
    <message>
        <source>Add client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ladder assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ladder assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ladder assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::RecordEditor</name>
    <message>
        <source>Cannot open the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::RecordForm</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this record? Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your input is still in this form: copy what still matters into the current version, then close this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::RecordImport</name>
    <message>
        <source>This record already appears on line %1; it may appear only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 appears more than once in this file (first on line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: the server holds %1 %2 with other data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: the server has no municipality %1; its administrator adds it first, with the roles of its project leaders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: the server holds this record with other data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::RecordSummaries</name>
    <message>
        <source>Client %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of record has no summary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::RecordSummaryDialog</name>
    <message>
        <source>Opening the record failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::Report</name>
    <message>
        <source>The data file has no municipality %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ReportArchive</name>
    <message>
        <source>The archived report cannot be read: it is damaged or was written by a newer program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ReportChooser</name>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region (every municipality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ReportPeriods</name>
    <message>
        <source>The report period is not known: the project settings have no %1. Set it in the project settings or give the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interim-1 date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interim-2 date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ReportRenderer</name>
    <message>
        <source>The report could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the report could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ReportService</name>
    <message>
        <source>This report was issued and is archived as it was sent; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report was issued meanwhile; its texts cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures belong to another report than the texts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ReportsPage</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3 to %4; issued %5 by %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report and press Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on %1 by %2: shown as it was sent; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: the texts are stored with this report; Issue archives the figures and texts as the steering group receives them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts of this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save te&amp;xts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the figures and texts as sent to the steering group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open issued report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: choose other dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue this report to the steering group? Its figures and texts are archived as they are now and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::RequestForm</name>
    <message>
        <source>Find a provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::RequestService</name>
    <message numerus="yes">
        <source>The client cannot change while %n delivery(s) answer this request for the present client.</source>
        <translation>
            <numerusform>The client cannot change while %n delivery answers this request for the present client.</numerusform>
            <numerusform>The client cannot change while %n deliveries answer this request for the present client.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to put in the place of the data file. The current file is kept beside it, never deleted; changes made after the backup are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no automatic backups of this file yet; choose a backup file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::RestoreFlow</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 in the place of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything changed after the backup was made is not in it. The current file is kept beside it as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored; the replaced file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::RetentionDialog</name>
    <message>
        <source>Past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase the chosen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Data is kept %n year(s) after the relation ends (Privacy &gt; Privacy settings). These people are past that and not erased yet:</source>
        <translation>
            <numerusform>Data is kept %n year after the relation ends (Privacy &gt; Privacy settings). These people are past that and not erased yet:</numerusform>
            <numerusform>Data is kept %n years after the relation ends (Privacy &gt; Privacy settings). These people are past that and not erased yet:</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::RowReader</name>
    <message>
        <source>%1 &quot;%2&quot; is not a date (yyyy-mm-dd or dd-mm-yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in euros with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not yes or no (1/0, ja/nee, yes/no, true/false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::RowSecurity</name>
    <message>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another municipality (or to the region): your role may change the records of its own municipality only. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regional server lacks the roles %1. A database administrator runs installer/postgres/setup.sql once before the schema is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This BSN is already recorded for a client of another municipality, whom your role cannot see. Nothing was stored; the regional coordinator can find out which record it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This BSN is already recorded for a provider of another municipality, whom your role cannot see. Nothing was stored; the regional coordinator can find out which record it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is already used by a client of another municipality. Nothing was stored; leave the code empty to get the next free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is already used by a provider of another municipality. Nothing was stored; leave the code empty to get the next free one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::SafeOpening</name>
    <message>
        <source>Only one person at a time can change a data file. You can open it read-only to look things up, or try again when it has been closed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only to look things up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being edited by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1 is editing this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact support: the damaged file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1? Changes made after it are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risky place for a data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the data file to a folder on this computer&apos;s own disk (File &gt; Make a backup now, then open the copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup on opening failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open. Make a backup by hand (File &gt; Make a backup now) before you change much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older version of the program and is being updated. It is checked and backed up first; with a large file this takes a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the data file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::SafetyActions</name>
    <message>
        <source>Automatic backup made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1
Make a backup by hand (File &gt; Make a backup now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else opened the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Close the file and open it again before you change anything more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rivacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a bac&amp;kup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put one of the automatic backups in the place of the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held on a &amp;person...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A readable document and CSV files of everything held on one client or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase a person...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a person&apos;s identifying data for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the &amp;retention period...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people whose data is kept longer than the set period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy &amp;settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on a local data file only; the regional server&apos;s administrator restores its backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ScreenshotTour</name>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ServerDialog</name>
    <message>
        <source>&amp;TLS required (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the municipalities of a region work together, their data is on a shared PostgreSQL server. Your coordinator gives you these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password and the personal data cross the network encrypted. Only a server on this computer may do without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the password in the system keychain, never in the program&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server (host):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server (host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without TLS the password and the personal data would cross the network readable by anyone on the way. That is allowed only for a server on this computer (localhost); turn &quot;TLS required&quot; on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ServerLocation</name>
    <message>
        <source>This is not a valid connection string (postgresql://user@host/database): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string needs a user and a database name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string has an unknown setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 must be encrypted (sslmode=require, verify-ca or verify-full).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ServerMigration</name>
    <message>
        <source>Moving over copies a local data file into the regional server: first the .wzsw file, then the connection string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be made for moving the data over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ServerProblem</name>
    <message>
        <source>The server did not accept user %1 with this password. Type the password again (capitals count); when it still fails, ask your coordinator to check your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for the password of %1: type it in the Password field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted (TLS) connection, and the program connects to another computer only encrypted. Ask the server&apos;s administrator to turn TLS on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database %1. Check the database name with your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not let user %2 in from this computer. Ask the server&apos;s administrator to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 (port %2) cannot be reached. Check the host name and the port, and that this computer is connected to the network (or VPN) of the region; if it is, ask the server&apos;s administrator whether the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::ServiceTypeService</name>
    <message>
        <source>Service type %1 is still used by %2; deactivate it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates, numbers and amounts follow the language: 14-03-2025 and € 1.234,50 in Dutch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::Storage</name>
    <message>
        <source>The data file is in use by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is read-only: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the data file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is in use by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regional server does not allow this for your role (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the regional server was lost: nothing was stored of the last change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::StorageLocation</name>
    <message>
        <source>network drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file lies on a network drive (%1). The safeguards against two people writing at once do not work reliably there, and a lost connection can damage the file: keep the data file on this computer&apos;s own disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file lies in a synchronised folder (%1). A synchronising program can copy the file while it is being written, or put an older copy back over it: keep the data file outside synchronised folders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::SubjectAccess</name>
    <message>
        <source>Requests for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what with these data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data held on client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data held on provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this data file holds on this person (AVG article 15), compiled on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::SubjectAccessFlow</name>
    <message>
        <source>Everything held on a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a readable document and CSV files with everything this file holds on one client or provider (AVG article 15). It is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>They hold personal data: hand them over safely and delete your copies afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::Table</name>
    <message>
        <source>Record %1 of %2 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed or removed by someone else meanwhile. Reopen it to see the current version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::TargetForm</name>
    <message>
        <source>(region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::TimelineModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::TimelinePanel</name>
    <message>
        <source>Add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded for this person yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::TimelineText</name>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, provider %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 h, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 h, for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::TrajectoryForm</name>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::TrajectoryImport</name>
    <message>
        <source>Provider %1 would have two running trajectories: this one and the one on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider %1 already has a running trajectory (started %2) that this file does not end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::TrajectoryService</name>
    <message>
        <source>Provider %1 already has a running trajectory (%2, started %3). Complete or break off that one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::Usage</name>
    <message numerus="yes">
        <source>%n neighbourhood(s)</source>
        <translation>
            <numerusform>%n neighbourhood</numerusform>
            <numerusform>%n neighbourhoods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget line(s)</source>
        <translation>
            <numerusform>%n budget line</numerusform>
            <numerusform>%n budget lines</numerusform>
        </translation>
    </message>
    <message>
        <source>the project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(s)</source>
        <translation>
            <numerusform>%n delivery</numerusform>
            <numerusform>%n deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) who can deliver it</source>
        <translation>
            <numerusform>%n provider who can deliver it</numerusform>
            <numerusform>%n providers who can deliver it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trajectory(s)</source>
        <translation>
            <numerusform>%n trajectory</numerusform>
            <numerusform>%n trajectories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::Violations</name>
    <message>
        <source>A municipality code is GM followed by 4 digits (Tilburg: GM0855).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A neighbourhood code is WK followed by the 4 digits of its municipality and 2 more (WK085501).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee per hour may not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one target group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course is either certified or dropped, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a measure a target can name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target value must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note belongs to either a client or a provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not be before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be exactly 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not pass the eleven-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a Dutch postcode (four digits, the first not 0, and two letters, like 5038 AB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the letter combinations SA, SD and SS are not issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must lie between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required when %2 is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already recorded for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded delivery(s) would fall outside the dates: adjust %1 or those deliveries first.</source>
        <translation>
            <numerusform>%n recorded delivery would fall outside the dates: adjust %1 or that delivery first.</numerusform>
            <numerusform>%n recorded deliveries would fall outside the dates: adjust %1 or those deliveries first.</numerusform>
        </translation>
    </message>
    <message>
        <source>A trajectory that is %1 needs an actual end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matched request needs the provider it was matched to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours must be more than 0 and at most 12 per delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date lies before the client&apos;s intake date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date lies after the client&apos;s end date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date lies before the provider&apos;s start date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a multiple of a quarter hour (0.25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request this delivery answers belongs to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee may not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data file does not process BSNs (a setting of the file): leave %1 empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s data was erased on %1 under the privacy rules; the record is kept only for the figures and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s data is erased with the erasure function only, not by setting a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::WeekEntryDialog</name>
    <message>
        <source>Enter a week of deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab or Enter: next cell. Enter in the last cell: new row. Delete: empty the row. Days as &quot;mo&quot;, &quot;tu&quot; or &quot;2-3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider whose week this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client whose week this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: row %1 is not right. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to save yet: type a row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved.</source>
        <translation>
            <numerusform>%n row saved.</numerusform>
            <numerusform>%n rows saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows typed here have not been saved. Close and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::WeekEntryModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a day: type a day as &quot;mo&quot; or &quot;2-3&quot;, or a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not in the week of %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::WelcomePage</name>
    <message>
        <source>Welcome to WZSW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients, providers, trajectories, requests and deliveries, partners and agreements of Wonen Zorg Service in de Wijk, in one data file. Start a new data file, open one, or look around in the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New data file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a data file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recently opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently opened files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a re&amp;gional server...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::WmoProfile</name>
    <message>
        <source>for the Wmo department: per client and service type the deliveries and hours in the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::WriteTransaction</name>
    <message>
        <source>The data file is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the regional server was lost while the change was being saved; it is not certain whether it was stored. Open the data again and look before entering it anew.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::WriterLock</name>
    <message>
        <source>%1 is already open for editing in this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being edited by %2. Only one person can edit a data file at a time: open it read-only, or try again when it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being opened by another program right now. Try again in a moment, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file %1 could not be written (%2): the folder of the data file must be writable to edit it. It can be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program took over this data file: %1. Changes can no longer be saved here; close the file and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The writer lock belongs to a local data file, not to the regional server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::cli</name>
    <message>
        <source>new data file with the default service types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent copy, also while the file is open elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wzsw-cli COMMAND [ARGUMENTS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version, integrity, foreign keys, rule violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fictional but plausible data (Tilburg and neighbours, 2 project years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steering-group report figures, as text or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange-format CSV files, or a folder of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for another data file or a municipal department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all data held on one person (AVG art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase one person; aggregates stay (AVG art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log: who did what, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy a local data file into the regional database, codes kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
FILE is a data file (.wzsw) or the regional database as a connection string
postgresql://user@host:port/database?sslmode=require. Leave the password out of
it: it is taken from PGPASSWORD or ~/.pgpass.
&apos;wzsw-cli COMMAND --help&apos; explains one command.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::cli::AuditCommand</name>
    <message>
        <source>Lists the audit log: when, who, what and on which record. Exit status 1 when its hash chain shows that entries were changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (yyyy-mm-dd, this computer&apos;s time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (yyyy-mm-dd), included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default) or csv (RFC 4180, with the hashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is text or csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is broken at entry %1: entries from there on were changed, or entries before it removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::cli::CommandLine</name>
    <message>
        <source>Too few arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date as yyyy-mm-dd, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wzsw-cli: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wzsw-cli: warning: no automatic backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wzsw-cli: %1 was made by an older version of the program and is updated now, after a check and a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::cli::DemoCommand</name>
    <message>
        <source>Creates a new data file with fictional but plausible data for Tilburg and its neighbours over two project years. The same seed gives the same file contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new data file (.wzsw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of clients (default 400); providers and deliveries follow in proportion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the fictional data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clients goes up to %1, --seed up to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2 clients, %3 providers, %4 deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::cli::ExportCommand</name>
    <message>
        <source>The data file (.wzsw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write: a folder for the exchange profile, else a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (yyyy-mm-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (yyyy-mm-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this municipality, e.g. GM0855.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV dialect: %1 (each profile has its default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives it: pseudonyms are made for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include names (default: pseudonyms only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include BSNs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile is required: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;; there are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to may not be before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--municipality needs a code like GM0855, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dialect &quot;%1&quot;; there are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports data to CSV. Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the column titles and labels of the department profiles: nl or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why names or BSNs leave the program; required with --with-names and --with-bsn, and kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be nl or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::cli::FileCommands</name>
    <message>
        <source>Creates a new data file with the default service types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new data file (.wzsw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBS code of the first municipality, e.g. GM0855.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the first municipality, e.g. Tilburg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--municipality and --name go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a consistent, verified copy of a data file, also while the file is open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the copy goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to %1 and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a data file: schema version, integrity, references, the audit log and every rule over every record. Exit status 1 when anything is wrong, with the list of problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retention period could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retention: nobody is past the period of %n year(s) after the end.</source>
        <translation>
            <numerusform>Retention: nobody is past the period of %n year after the end.</numerusform>
            <numerusform>Retention: nobody is past the period of %n years after the end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention: %n person(s) past the period of %1 year(s) after the end; erase them (wzsw-cli erase) unless they must be kept longer:</source>
        <translation>
            <numerusform>Retention: %n person past the period of %1 year(s) after the end; erase them (wzsw-cli erase) unless they must be kept longer:</numerusform>
            <numerusform>Retention: %n people past the period of %1 year(s) after the end; erase them (wzsw-cli erase) unless they must be kept longer:</numerusform>
        </translation>
    </message>
    <message>
        <source>client %1, ended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider %1, left %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup copies a local data file. The regional server is backed up with PostgreSQL&apos;s own pg_dump, by its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::cli::ImportCommand</name>
    <message>
        <source>Imports exchange-format CSV files (municipalities.csv ... settings.csv) into a data file, all or nothing: on any problem nothing is stored and every problem is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file (.wzsw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files, or folders of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything and report what would be imported, but store nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was stored.</source>
        <translation>
            <numerusform>%n problem found; nothing was stored.</numerusform>
            <numerusform>%n problems found; nothing was stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: every row is valid; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::cli::MigrateCommand</name>
    <message>
        <source>Copies a local data file into the regional database, all or nothing, every code kept. Conflicts (a code the server holds with other data, a municipality the server does not have) are listed and then nothing is copied. The way back: &apos;wzsw-cli export SERVER --profile exchange&apos; and &apos;wzsw-cli import&apos; into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data file (.wzsw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regional database: postgresql://user@host:port/database (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First the local data file, then the connection string postgresql://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) or problem(s) found; nothing was copied to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 copied, %3 already on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::cli::PrivacyCommands</name>
    <message>
        <source>The client&apos;s code, e.g. C-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s code, e.g. P-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --client or --provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes everything the data file holds on one person (AVG article 15) into a folder: a readable document (CODE.html) and one CSV file per part. The access is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the files (made when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 %2 (%3)? Names, address, contact details, BSN, case notes and the free texts about this person are removed for good; the record and the figures stay.
Type the code to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erases one person&apos;s identifying data for good (AVG article 17); the record stays under its code and every figure stays the same. Asks for confirmation unless --yes is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing needs a confirmation: run it on a terminal, or add --yes. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was erased before, on %2; the file was compacted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased %1: %n case note(s) removed</source>
        <translation>
            <numerusform>Erased %1: %n case note removed</numerusform>
            <numerusform>Erased %1: %n case notes removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n free text(s) cleared</source>
        <translation>
            <numerusform>, %n free text cleared</numerusform>
            <numerusform>, %n free texts cleared</numerusform>
        </translation>
    </message>
    <message>
        <source>; date of birth kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wzsw-cli: warning: the file could not be compacted (%1): older copies of the erased data may remain in unused parts of it. Free disk space and run the same erase command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person was erased from the data file, but not from every automatic backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also erased from %n automatic backup(s).</source>
        <translation>
            <numerusform>Also erased from %n automatic backup.</numerusform>
            <numerusform>Also erased from %n automatic backups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies made outside the program (exports, copies by hand) must be deleted by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the regional server, older copies of the erased data remain in the server&apos;s backups until its administrator&apos;s backup rotation removes them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::cli::ReportCommand</name>
    <message>
        <source>Computes the figures of a steering-group report and writes them as JSON, or prints the key figures. The period comes from the project settings: the project start to the interim-1 date, the interim-2 date or the project end; a monthly overview covers the calendar month of --to (up to --to), or of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interim-1, interim-2, final or monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period, instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period, instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for one municipality, e.g. GM0855 (default: the only municipality of the file, or the region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for the region: every municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the labels: nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the figures as JSON to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --municipality or --region, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--municipality needs a CBS code like GM0855, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be nl or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 .. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients: %1 new, %2 served, %3 active at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers: %1 new, %2 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries: %1, %2 hours, fees %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectories: %1 started, %2 completed, %3 broken off, %4 running at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outflow: %1, of which %2 to paid work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course: %1 enrolled, %2 certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation ladder: %1 assessed, %2 went up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements: %1 active, %2 expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: income %1 planned, %2 realised; cost %3 planned, %4 realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 (%2 .. %3): %4 of %5, %6 % realised, %7 % expected%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the printed report as PDF to this file (A4, with charts; recorded in the audit log as printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wzsw-cli was built without the report renderer: PDF output is not available; use --json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wzsw::cli::ReportPdf</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::display</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
