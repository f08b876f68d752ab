<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>wzsw::AgreementForm</name>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Dates and documents</source>
        <translation>Datums en documenten</translation>
    </message>
    <message>
        <source>path or link to the signed file</source>
        <translation>pad of link naar het ondertekende bestand</translation>
    </message>
</context>
<context>
    <name>wzsw::AgreementsProfile</name>
    <message>
        <source>for the steering group&apos;s secretary: the partner agreements of the period, expiring ones marked</source>
        <translation>voor de secretaris van de stuurgroep: de samenwerkingsovereenkomsten van de periode, met de aflopende gemarkeerd</translation>
    </message>
</context>
<context>
    <name>wzsw::AuditLogDialog</name>
    <message>
        <source>Audit log – %1</source>
        <translation>Logboek – %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>code, e.g. C-0001</source>
        <translation>code, bijvoorbeeld C-0001</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;tot en met</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Gebruiker</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Actie</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>The log was tampered with from entry %1 on.</source>
        <translation>Met het logboek is vanaf vermelding %1 geknoeid.</translation>
    </message>
    <message>
        <source>The log&apos;s chain is unbroken.</source>
        <translation>De keten van het logboek is onverbroken.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>elke actie</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n vermelding</numerusform>
            <numerusform>%n vermeldingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::AuditLogModel</name>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gewist</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>Report issued</source>
        <translation>Rapportage uitgebracht</translation>
    </message>
    <message>
        <source>BSN revealed</source>
        <translation>BSN getoond</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Reservekopie teruggezet</translation>
    </message>
    <message>
        <source>Data given to person</source>
        <translation>Gegevens aan betrokkene verstrekt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>wzsw::AutoBackup</name>
    <message>
        <source>No folder for automatic backups could be made (tried %1).</source>
        <translation>Er kon geen map voor automatische reservekopieën worden gemaakt (geprobeerd: %1).</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>De reservekopie %1 kan niet worden teruggezet: %2</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1 (from %2); the data file was left as it was.</source>
        <translation>De reservekopie kon niet worden gekopieerd naar %1 (vanuit %2); het gegevensbestand is niet veranderd.</translation>
    </message>
    <message>
        <source>Automatic backups are made of a local data file only; the regional server is backed up by its administrator (pg_dump).</source>
        <translation>Automatische reservekopieën worden alleen van een lokaal gegevensbestand gemaakt; van de regionale server maakt de beheerder de reservekopieën (pg_dump).</translation>
    </message>
</context>
<context>
    <name>wzsw::Backup</name>
    <message>
        <source>The copy %1 failed the integrity check: %2</source>
        <translation>De kopie %1 is afgekeurd bij de controle: %2</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>De map van %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The copy could not be saved as %1.</source>
        <translation>De kopie kon niet worden opgeslagen als %1.</translation>
    </message>
    <message>
        <source>A backup copy</source>
        <translation>Een reservekopie</translation>
    </message>
</context>
<context>
    <name>wzsw::BudgetLineForm</name>
    <message>
        <source>(region)</source>
        <translation>(regio)</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Begrotingsregel</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in euros.</source>
        <translation>%1 &quot;%2&quot; is geen bedrag in euro&apos;s.</translation>
    </message>
</context>
<context>
    <name>wzsw::ClientForm</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adres en contact</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>next free code</source>
        <translation>volgende vrije code</translation>
    </message>
</context>
<context>
    <name>wzsw::ClientService</name>
    <message>
        <source>Client %1 has deliveries and cannot be deleted; record an end date instead.</source>
        <translation>Cliënt %1 heeft geleverde diensten en kan niet worden verwijderd; vul in plaats daarvan een einddatum in.</translation>
    </message>
</context>
<context>
    <name>wzsw::ConcurrentChange</name>
    <message>
        <source>This record was removed by someone else meanwhile. Your changes were not stored.</source>
        <translation>Dit record is intussen door iemand anders verwijderd. Uw wijzigingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <source>This record was removed meanwhile by %1 (%2). Your changes were not stored.</source>
        <translation>Dit record is intussen verwijderd door %1 (%2). Uw wijzigingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by %1 (%2). Reopen it to see the current version, then make your change again.</source>
        <translation>Dit record is intussen gewijzigd door %1 (%2). Open het opnieuw om de huidige versie te zien en breng uw wijziging daarna opnieuw aan.</translation>
    </message>
</context>
<context>
    <name>wzsw::CsvReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The file is in UTF-16. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Het bestand is in UTF-16 opgeslagen. Sla het op als &quot;CSV UTF-8&quot; en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This quoted field has no closing quote: the file ends inside it.</source>
        <translation>Bij dit veld tussen aanhalingstekens ontbreekt het afsluitende aanhalingsteken: het bestand eindigt midden in het veld.</translation>
    </message>
    <message>
        <source>Text follows the closing quote of a field. A quote inside a field must be written twice (&quot;&quot;).</source>
        <translation>Na het afsluitende aanhalingsteken van een veld staat nog tekst. Een aanhalingsteken binnen een veld moet dubbel worden geschreven (&quot;&quot;).</translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Deze regel is geen geldige UTF-8-tekst. Sla het bestand op als &quot;CSV UTF-8&quot; en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>wzsw::CsvTable</name>
    <message>
        <source>The file is empty: it needs a header row with the column names.</source>
        <translation>Het bestand is leeg: de eerste regel moet de kolomnamen bevatten.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>De kolom &quot;%1&quot; komt twee keer voor.</translation>
    </message>
</context>
<context>
    <name>wzsw::CsvWriter</name>
    <message>
        <source>There is no file to write to.</source>
        <translation>Er is geen bestand om naar te schrijven.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>wzsw::DataFileSession</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is write-protected (the file or its folder): it can be opened read-only, or copied to a folder where you may write.</source>
        <translation>%1 is beveiligd tegen schrijven (het bestand of de map): u kunt het alleen-lezen openen, of kopiëren naar een map waarin u mag schrijven.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 is beschadigd (%2).</translation>
    </message>
    <message>
        <source>It was moved aside as %1.</source>
        <translation>Het is opzijgezet als %1.</translation>
    </message>
    <message>
        <source>The newest sound backup is %1, made %2.</source>
        <translation>De nieuwste goede reservekopie is %1, gemaakt op %2.</translation>
    </message>
    <message>
        <source>No sound automatic backup was found.</source>
        <translation>Er is geen goede automatische reservekopie gevonden.</translation>
    </message>
    <message>
        <source>The data file is open read-only: open it for editing to restore a backup.</source>
        <translation>Het gegevensbestand is alleen-lezen geopend: open het om te bewerken als u een reservekopie wilt terugzetten.</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Nothing was stored: the check on opening found the data file damaged (%1). What you entered is still on the screen; the file will be moved aside and its newest backup offered.</source>
        <translation>Er is niets opgeslagen: de controle bij het openen vond het gegevensbestand beschadigd (%1). Wat u hebt ingevoerd staat nog op het scherm; het bestand wordt opzijgezet en de nieuwste reservekopie wordt aangeboden.</translation>
    </message>
    <message>
        <source>Nothing was stored: the data file could not be checked on opening (%1).</source>
        <translation>Er is niets opgeslagen: het gegevensbestand kon bij het openen niet worden gecontroleerd (%1).</translation>
    </message>
</context>
<context>
    <name>wzsw::Database</name>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 bestaat al: kies een andere naam.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 was made by an older version of the program and must be updated; open it for writing once.</source>
        <translation>%1 is gemaakt door een oudere versie van het programma en moet worden bijgewerkt; open het één keer met schrijfrechten.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 kon niet worden geopend: %2</translation>
    </message>
    <message>
        <source>%1 is not a WZSW data file. It was left unchanged.</source>
        <translation>%1 is geen WZSW-gegevensbestand. Het is niet veranderd.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of the program (data version %2, this program knows up to %3). Install the newer version to open it; the file was left unchanged.</source>
        <translation>%1 is gemaakt door een nieuwere versie van het programma (gegevensversie %2, dit programma kent tot en met %3). Installeer de nieuwere versie om het te openen; het bestand is niet veranderd.</translation>
    </message>
    <message>
        <source>The automatic backup</source>
        <translation>De automatische reservekopie</translation>
    </message>
    <message>
        <source>The check of the data file</source>
        <translation>De controle van het gegevensbestand</translation>
    </message>
    <message>
        <source>%1 works on a local data file only, not on the regional server.</source>
        <translation>%1 werkt alleen met een lokaal gegevensbestand, niet met de regionale server.</translation>
    </message>
    <message>
        <source>%1 already holds WZSW data: choose another database.</source>
        <translation>%1 bevat al WZSW-gegevens: kies een andere database.</translation>
    </message>
    <message>
        <source>%1: the program does not work as the owner of the tables, which sees every municipality. Connect as a project leader, coordinator or steering-group role.</source>
        <translation>%1: het programma werkt niet als eigenaar van de tabellen, die elke gemeente ziet. Maak verbinding als projectleider, coördinator of stuurgroep.</translation>
    </message>
    <message>
        <source>Creating the WZSW tables on %1 is maintenance: connect as the owner of the database and add maintenance=1 to the connection string.</source>
        <translation>Het maken van de WZSW-tabellen op %1 is beheerwerk: maak verbinding als eigenaar van de database en voeg maintenance=1 toe aan de verbindingsreeks.</translation>
    </message>
    <message>
        <source>The regional database %1 was made by an older version of the program. Its administrator brings it up to date first, as the owner: wzsw-cli check &apos;postgresql://wzsw_owner@...?maintenance=1&apos;.</source>
        <translation>De regionale database %1 is gemaakt door een oudere versie van het programma. De beheerder brengt haar eerst bij, als eigenaar: wzsw-cli check &apos;postgresql://wzsw_owner@...?maintenance=1&apos;.</translation>
    </message>
</context>
<context>
    <name>wzsw::DateField</name>
    <message>
        <source>Empty this date</source>
        <translation>Deze datum leegmaken</translation>
    </message>
</context>
<context>
    <name>wzsw::DeliveryBatchCommand</name>
    <message numerus="yes">
        <source>Enter deliveries (%n row(s))</source>
        <translation>
            <numerusform>Inzet invoeren (%n regel)</numerusform>
            <numerusform>Inzet invoeren (%n regels)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::DeliveryForm</name>
    <message>
        <source>Delivery</source>
        <translation>Inzet</translation>
    </message>
    <message>
        <source>hours × fee per hour</source>
        <translation>uren × tarief per uur</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in euros.</source>
        <translation>%1 &quot;%2&quot; is geen bedrag in euro&apos;s.</translation>
    </message>
</context>
<context>
    <name>wzsw::DeliveryService</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
</context>
<context>
    <name>wzsw::DemoFile</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 bestaat al.</translation>
    </message>
    <message>
        <source>The folder of %1 could not be made.</source>
        <translation>De map van %1 kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>wzsw::DemoGenerator</name>
    <message>
        <source>The data file already holds data. Demo data only goes into a new, empty data file.</source>
        <translation>Het gegevensbestand bevat al gegevens. Demogegevens komen alleen in een nieuw, leeg gegevensbestand.</translation>
    </message>
    <message>
        <source>The number of clients must lie between 0 and %1 (not %2).</source>
        <translation>Het aantal cliënten moet tussen 0 en %1 liggen (niet %2).</translation>
    </message>
</context>
<context>
    <name>wzsw::DemoWorld</name>
    <message>
        <source>Making the demo data was cancelled; nothing was stored.</source>
        <translation>Het maken van de demogegevens is geannuleerd; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>wzsw::DepartmentProfile</name>
    <message>
        <source>The data file has no municipality %1.</source>
        <translation>Het gegevensbestand heeft geen gemeente %1.</translation>
    </message>
    <message>
        <source>The %1 export has no persons in it; --with-names and --with-bsn do not apply to it.</source>
        <translation>De export %1 bevat geen personen; --with-names en --with-bsn gelden er niet voor.</translation>
    </message>
    <message>
        <source>Names or BSNs leave the program only with a reason, which the audit log records (--reason).</source>
        <translation>Namen of BSN gaan alleen met een reden het programma uit; die reden wordt vastgelegd in het logboek (--reason).</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>De export is geannuleerd; er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>wzsw::Desktop</name>
    <message>
        <source>Case management for Wonen Zorg Service in de Wijk.</source>
        <translation>Casusregistratie voor Wonen Zorg Service in de Wijk.</translation>
    </message>
    <message>
        <source>Speak LANGUAGE (nl or en) in this run, whatever the preference.</source>
        <translation>Gebruik in deze sessie de taal LANGUAGE (nl of en), ongeacht de voorkeur.</translation>
    </message>
    <message>
        <source>Save pictures of the main screens of FILE in FOLDER, then quit (for the documentation).</source>
        <translation>Sla afbeeldingen van de hoofdschermen van FILE op in FOLDER en sluit daarna af (voor de documentatie).</translation>
    </message>
    <message>
        <source>The data file to open (.wzsw).</source>
        <translation>Het gegevensbestand om te openen (.wzsw).</translation>
    </message>
    <message>
        <source>--language takes nl or en.</source>
        <translation>--language verwacht nl of en.</translation>
    </message>
    <message>
        <source>Give at most one data file.</source>
        <translation>Geef hoogstens één gegevensbestand.</translation>
    </message>
    <message>
        <source>--screenshot needs a data file.</source>
        <translation>--screenshot heeft een gegevensbestand nodig.</translation>
    </message>
    <message>
        <source>Open the demo data file (FILE, or the usual one), making it first when it does not exist.</source>
        <translation>Open het demobestand (FILE, of het gebruikelijke) en maak het eerst als het nog niet bestaat.</translation>
    </message>
</context>
<context>
    <name>wzsw::DisclosureDialog</name>
    <message>
        <source>Export with personal data</source>
        <translation>Export met persoonsgegevens</translation>
    </message>
    <message>
        <source>names and BSNs</source>
        <translation>namen en BSN</translation>
    </message>
    <message>
        <source>names</source>
        <translation>namen</translation>
    </message>
    <message>
        <source>BSNs</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>no recipient named</source>
        <translation>geen ontvanger opgegeven</translation>
    </message>
    <message>
        <source>&lt;p&gt;This file will contain the &lt;b&gt;%1&lt;/b&gt; of the persons in it (%2). Send it only when the recipient needs them and may have them, and never by ordinary e-mail.&lt;/p&gt;&lt;p&gt;The export, with the reason you give, is recorded in the audit log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dit bestand bevat de &lt;b&gt;%1&lt;/b&gt; van de personen die erin staan (%2). Verstuur het alleen als de ontvanger deze gegevens nodig heeft en mag hebben, en nooit met gewone e-mail.&lt;/p&gt;&lt;p&gt;De export wordt met de reden die u opgeeft vastgelegd in het logboek.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Export with %1</source>
        <translation>&amp;Exporteren met %1</translation>
    </message>
</context>
<context>
    <name>wzsw::DuplicateWarning</name>
    <message>
        <source>same BSN</source>
        <translation>zelfde BSN</translation>
    </message>
    <message>
        <source>same family name and date of birth</source>
        <translation>zelfde achternaam en geboortedatum</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>zelfde adres</translation>
    </message>
    <message>
        <source>This may be someone already in the file:</source>
        <translation>Dit is mogelijk iemand die al in het bestand staat:</translation>
    </message>
    <message>
        <source>Press Save again to store the new record anyway.</source>
        <translation>Klik nogmaals op Opslaan om het nieuwe record toch op te slaan.</translation>
    </message>
</context>
<context>
    <name>wzsw::ErasureFlow</name>
    <message>
        <source>Erase a person</source>
        <translation>Persoon wissen</translation>
    </message>
    <message>
        <source>Erase the identifying data of one client or provider for good (AVG article 17).</source>
        <translation>De identificerende gegevens van één cliënt of dienstverlener definitief wissen (AVG artikel 17).</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>%1 definitief wissen?</translation>
    </message>
    <message numerus="yes">
        <source>Erase these %n people for good?</source>
        <translation>
            <numerusform>Deze %n persoon definitief wissen?</numerusform>
            <numerusform>Deze %n personen definitief wissen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Names, address, contact details, BSN, gender and notes are removed and cannot be brought back: not by undo, and not from the automatic backups, which are erased too. Of the date of birth only the year stays. The record stays under its code with its dates, requests and deliveries, so every report keeps its figures.</source>
        <translation>Namen, adres, contactgegevens, BSN, geslacht en notities worden verwijderd en zijn niet terug te halen: niet met Ongedaan maken en niet uit de automatische reservekopieën, die ook worden gewist. Van de geboortedatum blijft alleen het jaar over. Het record blijft bestaan onder de code, met de datums, hulpvragen en inzet, zodat elke rapportage dezelfde cijfers houdt.</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Definitief wissen</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Wissen</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 people erased; there were problems.</source>
        <translation>
            <numerusform>%n van %1 personen gewist; er waren problemen.</numerusform>
            <numerusform>%n van %1 personen gewist; er waren problemen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>%n persoon gewist.</numerusform>
            <numerusform>%n personen gewist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::ErasureService</name>
    <message>
        <source>There is no client %1.</source>
        <translation>Er is geen cliënt %1.</translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation>Er is geen dienstverlener %1.</translation>
    </message>
    <message>
        <source>Backup %1: %2</source>
        <translation>Reservekopie %1: %2</translation>
    </message>
</context>
<context>
    <name>wzsw::Error</name>
    <message numerus="yes">
        <source>%n rule(s) broken</source>
        <translation>
            <numerusform>%n regel overtreden</numerusform>
            <numerusform>%n regels overtreden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::ExchangeProfile</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>De export is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>the whole data file in the exchange format, one CSV file per entity (for another data file, or as a backup to a spreadsheet)</source>
        <translation>het hele gegevensbestand in het uitwisselformaat, één CSV-bestand per soort gegevens (voor een ander gegevensbestand, of als kopie voor een spreadsheet)</translation>
    </message>
    <message>
        <source>The exchange profile always exports the whole data file, names and BSNs included; %1 does not apply to it.</source>
        <translation>Het uitwisselprofiel exporteert altijd het hele gegevensbestand, met namen en BSN; %1 geldt er niet voor.</translation>
    </message>
</context>
<context>
    <name>wzsw::ExportOutput</name>
    <message>
        <source>No place to write the export to was given.</source>
        <translation>Er is niet opgegeven waar de export moet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a file; this export writes a folder of files.</source>
        <translation>%1 is een bestand; deze export schrijft een map met bestanden.</translation>
    </message>
    <message>
        <source>%1 is a folder; this export writes one file.</source>
        <translation>%1 is een map; deze export schrijft één bestand.</translation>
    </message>
    <message>
        <source>No temporary folder could be made beside %1: %2</source>
        <translation>Naast %1 kon geen tijdelijke map worden gemaakt: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>%1 could not be put in place: %2</source>
        <translation>%1 kon niet op zijn plaats worden gezet: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>De map %1 kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>%1 could not be written: this export writes one file.</source>
        <translation>%1 kon niet worden geschreven: deze export schrijft één bestand.</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>er is niets geschreven</translation>
    </message>
</context>
<context>
    <name>wzsw::ExportPage</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profiel:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Gebied:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Ontvanger:</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialect:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Persoonsgegevens:</translation>
    </message>
    <message>
        <source>The project period</source>
        <translation>De projectperiode</translation>
    </message>
    <message>
        <source>e.g. Wmo Tilburg: each recipient gets its own pseudonyms</source>
        <translation>bijvoorbeeld Wmo Tilburg: elke ontvanger krijgt eigen pseudoniemen</translation>
    </message>
    <message>
        <source>With &amp;names</source>
        <translation>Met &amp;namen</translation>
    </message>
    <message>
        <source>With &amp;BSN</source>
        <translation>Met &amp;BSN</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>Op&amp;slaan...</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>The whole region</source>
        <translation>De hele regio</translation>
    </message>
    <message>
        <source>Open a data file to export from it.</source>
        <translation>Open een gegevensbestand om eruit te exporteren.</translation>
    </message>
    <message>
        <source>The file is open read-only: an export must be recorded in its audit log.</source>
        <translation>Het bestand is alleen-lezen geopend: een export moet in het logboek worden vastgelegd.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat hij begint.</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n row(s).</source>
        <translation>
            <numerusform>%1: %n regel (alles).</numerusform>
            <numerusform>%1: alle %n regels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the first %n row(s).</source>
        <translation>
            <numerusform>%1: de eerste %n regel.</numerusform>
            <numerusform>%1: de eerste %n regels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Bezig met exporteren...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exporteren naar map</translation>
    </message>
    <message>
        <source>Save export</source>
        <translation>Export opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n regel geschreven naar %1.</numerusform>
            <numerusform>%n regels geschreven naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::ExportProfile</name>
    <message>
        <source>The %1 export has no preview.</source>
        <translation>De export %1 heeft geen voorbeeld.</translation>
    </message>
</context>
<context>
    <name>wzsw::Exporter</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>De export is geannuleerd; er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>wzsw::Field</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Dutch name</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Engelse naam</translation>
    </message>
    <message>
        <source>fee per hour</source>
        <translation>tarief per uur</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translation>wijk</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <source>family name prefix</source>
        <translation>tussenvoegsel</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>geslacht</translation>
    </message>
    <message>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <source>house number</source>
        <translation>huisnummer</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>place</source>
        <translation>woonplaats</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>target groups</source>
        <translation>doelgroepen</translation>
    </message>
    <message>
        <source>lives alone</source>
        <translation>woont alleen</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>verwezen door</translation>
    </message>
    <message>
        <source>intake date</source>
        <translation>intakedatum</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>einddatum</translation>
    </message>
    <message>
        <source>end reason</source>
        <translation>reden van beëindiging</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>datum toestemming</translation>
    </message>
    <message>
        <source>background</source>
        <translation>achtergrond</translation>
    </message>
    <message>
        <source>service types</source>
        <translation>dienstsoorten</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>uren per week</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>startdatum</translation>
    </message>
    <message>
        <source>exit date</source>
        <translation>uitstroomdatum</translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation>reden van uitstroom</translation>
    </message>
    <message>
        <source>course enrolment date</source>
        <translation>datum inschrijving opleiding</translation>
    </message>
    <message>
        <source>course level</source>
        <translation>niveau opleiding</translation>
    </message>
    <message>
        <source>course certification date</source>
        <translation>datum diploma opleiding</translation>
    </message>
    <message>
        <source>course drop-out date</source>
        <translation>datum uitval opleiding</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>dienstverlener</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliënt</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>type</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>funding framework</source>
        <translation>financieringskader</translation>
    </message>
    <message>
        <source>planned end date</source>
        <translation>geplande einddatum</translation>
    </message>
    <message>
        <source>actual end date</source>
        <translation>werkelijke einddatum</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>doelen</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultaat</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>service type</source>
        <translation>dienstsoort</translation>
    </message>
    <message>
        <source>request date</source>
        <translation>datum hulpvraag</translation>
    </message>
    <message>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>frequentie</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>bijdrage</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>onderwerpen</translation>
    </message>
    <message>
        <source>signing date</source>
        <translation>datum ondertekening</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>afspraken</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>evaluatiedatum</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>maatstaf</translation>
    </message>
    <message>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>planned amount</source>
        <translation>begroot bedrag</translation>
    </message>
    <message>
        <source>realised amount</source>
        <translation>gerealiseerd bedrag</translation>
    </message>
    <message>
        <source>project start</source>
        <translation>start project</translation>
    </message>
    <message>
        <source>first interim date</source>
        <translation>datum eerste tussenrapportage</translation>
    </message>
    <message>
        <source>second interim date</source>
        <translation>datum tweede tussenrapportage</translation>
    </message>
    <message>
        <source>project end</source>
        <translation>einde project</translation>
    </message>
    <message>
        <source>project leader</source>
        <translation>projectleider</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>request</source>
        <translation>hulpvraag</translation>
    </message>
    <message>
        <source>erasure date</source>
        <translation>datum wissen</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tijdstip</translation>
    </message>
    <message>
        <source>by</source>
        <translation>door</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation>soort gegevens</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>what</source>
        <translation>wat</translation>
    </message>
</context>
<context>
    <name>wzsw::FileAside</name>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation>%1 kon niet worden hernoemd naar %2.</translation>
    </message>
</context>
<context>
    <name>wzsw::FileCheckReport</name>
    <message>
        <source>Data version: %1 (this program: %2)</source>
        <translation>Gegevensversie: %1 (dit programma: %2)</translation>
    </message>
    <message>
        <source>Structure: whole</source>
        <translation>Structuur: in orde</translation>
    </message>
    <message>
        <source>Structure: damaged</source>
        <translation>Structuur: beschadigd</translation>
    </message>
    <message>
        <source>References: all point at existing records</source>
        <translation>Verwijzingen: alle naar bestaande gegevens</translation>
    </message>
    <message numerus="yes">
        <source>References: %n broken</source>
        <translation>
            <numerusform>Verwijzingen: %n verbroken</numerusform>
            <numerusform>Verwijzingen: %n verbroken</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: broken from entry %1</source>
        <translation>Logboek: verbroken vanaf vermelding %1</translation>
    </message>
    <message>
        <source>Audit log: chain whole</source>
        <translation>Logboek: keten in orde</translation>
    </message>
    <message>
        <source>Records checked: %1</source>
        <translation>Gecontroleerde records: %1</translation>
    </message>
    <message>
        <source>Rule violations: %1</source>
        <translation>Overtreden regels: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found, of which %1 not listed.</source>
        <translation>
            <numerusform>%n probleem gevonden, waarvan %1 niet vermeld.</numerusform>
            <numerusform>%n problemen gevonden, waarvan %1 niet vermeld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n probleem gevonden.</numerusform>
            <numerusform>%n problemen gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Structure and references: checked by the regional server itself (the file checks apply to a local data file only)</source>
        <translation>Structuur en verwijzingen: bewaakt door de regionale server zelf (de bestandscontroles gelden alleen voor een lokaal gegevensbestand)</translation>
    </message>
</context>
<context>
    <name>wzsw::FileChecker</name>
    <message>
        <source>The data version is %1; this program reads and writes version %2.</source>
        <translation>De gegevensversie is %1; dit programma leest en schrijft versie %2.</translation>
    </message>
    <message>
        <source>The file&apos;s structure is damaged: %1</source>
        <translation>De structuur van het bestand is beschadigd: %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <source>Refers to a %1 that does not exist.</source>
        <translation>Verwijst naar een record dat niet bestaat (%1).</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>vermelding %1</translation>
    </message>
    <message>
        <source>The audit log was changed or shortened from this entry on.</source>
        <translation>Het logboek is vanaf deze vermelding gewijzigd of ingekort.</translation>
    </message>
    <message>
        <source>The BSN is recorded for %1 as well.</source>
        <translation>Het BSN is ook vastgelegd bij %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n trajectory(s) are running at once; at most one may run.</source>
        <translation>
            <numerusform>%n traject loopt tegelijk; er mag er hoogstens één lopen.</numerusform>
            <numerusform>%n trajecten lopen tegelijk; er mag er hoogstens één lopen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours is not a multiple of a quarter hour.</source>
        <translation>%1 uur is geen veelvoud van een kwartier.</translation>
    </message>
    <message>
        <source>The totals the reports read do not agree with the deliveries, so reports from this file would show wrong figures. Restore the latest backup, or import the file&apos;s exchange export into a new file.</source>
        <translation>De totalen waaruit de rapportages rekenen kloppen niet met de geleverde diensten, dus rapportages uit dit bestand zouden verkeerde cijfers tonen. Zet de nieuwste reservekopie terug, of importeer een export van het bestand in het uitwisselformaat in een nieuw gegevensbestand.</translation>
    </message>
</context>
<context>
    <name>wzsw::FileImport</name>
    <message>
        <source>%1 has no column &quot;%2&quot;; its columns are: %3.</source>
        <translation>%1 heeft geen kolom &quot;%2&quot;; de kolommen zijn: %3.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>De kolom &quot;%1&quot; komt twee keer voor.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing: it says which record a row is about.</source>
        <translation>De kolom &quot;%1&quot; ontbreekt: die geeft aan over welk record een regel gaat.</translation>
    </message>
    <message>
        <source>This row has %1 cells where the header has %2. Is a text with the separator or a line break not in quotes?</source>
        <translation>Deze regel heeft %1 cellen, de kopregel %2. Staat er een tekst met het scheidingsteken of een regeleinde niet tussen aanhalingstekens?</translation>
    </message>
    <message>
        <source>This row has a value in column %1, which has no name in the header.</source>
        <translation>Deze regel heeft een waarde in kolom %1, die in de kopregel geen naam heeft.</translation>
    </message>
</context>
<context>
    <name>wzsw::FileSettings</name>
    <message>
        <source>The pseudonym key stored in the data file is damaged; exports with pseudonyms are not possible until it is restored from a backup.</source>
        <translation>De pseudoniemsleutel in het gegevensbestand is beschadigd; exporteren met pseudoniemen is pas weer mogelijk als die uit een reservekopie is teruggezet.</translation>
    </message>
</context>
<context>
    <name>wzsw::ImportProblems</name>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... en nog %n.</numerusform>
            <numerusform>... en nog %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::Importer</name>
    <message>
        <source>This folder holds no .csv files.</source>
        <translation>Deze map bevat geen .csv-bestanden.</translation>
    </message>
    <message>
        <source>There is no such file or folder.</source>
        <translation>Dit bestand of deze map bestaat niet.</translation>
    </message>
    <message>
        <source>This is not a file of the exchange format; the file name says what it holds and must be one of: %1.</source>
        <translation>Dit is geen bestand in het uitwisselformaat; de bestandsnaam geeft aan wat erin staat en moet een van deze zijn: %1.</translation>
    </message>
    <message>
        <source>%1 is given twice (also as %2).</source>
        <translation>%1 is twee keer opgegeven (ook als %2).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row with the column names.</source>
        <translation>Het bestand is leeg: de eerste regel moet de kolomnamen bevatten.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>Het inlezen is geannuleerd; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>wzsw::LadderForm</name>
    <message>
        <source>isolated</source>
        <translation>geïsoleerd</translation>
    </message>
    <message>
        <source>social contacts outside the home</source>
        <translation>sociale contacten buitenshuis</translation>
    </message>
    <message>
        <source>participation in organised activities</source>
        <translation>deelname aan georganiseerde activiteiten</translation>
    </message>
    <message>
        <source>unpaid work</source>
        <translation>onbetaald werk</translation>
    </message>
    <message>
        <source>paid work with support</source>
        <translation>betaald werk met ondersteuning</translation>
    </message>
    <message>
        <source>paid work</source>
        <translation>betaald werk</translation>
    </message>
    <message>
        <source>Participation ladder</source>
        <translation>Participatieladder</translation>
    </message>
</context>
<context>
    <name>wzsw::ListColumn</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Evaluatiedatum</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Uitstroomdatum</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstverlener</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Werkelijk einde</translation>
    </message>
    <message>
        <source>Responsible partner</source>
        <translation>Verantwoordelijke partner</translation>
    </message>
    <message>
        <source>Request date</source>
        <translation>Datum hulpvraag</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Bijdrage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatstaf</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Income or cost</source>
        <translation>Inkomsten of uitgaven</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Begroot</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Gerealiseerd</translation>
    </message>
</context>
<context>
    <name>wzsw::ListExportAction</name>
    <message>
        <source>Export list</source>
        <translation>Lijst exporteren</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV voor Excel (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the list...</source>
        <translation>De lijst wordt geëxporteerd...</translation>
    </message>
    <message>
        <source>The list could not be exported.</source>
        <translation>De lijst kon niet worden geëxporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved in %1.</source>
        <translation>
            <numerusform>%n regel opgeslagen in %1.</numerusform>
            <numerusform>%n regels opgeslagen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>wzsw::ListExporter</name>
    <message>
        <source>The list has no column %1.</source>
        <translation>De lijst heeft geen kolom %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>De export is geannuleerd; er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>wzsw::ListPage</name>
    <message>
        <source>Requests</source>
        <translation>Hulpvragen</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Inzet</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Financing plan</source>
        <translation>Financieringsplan</translation>
    </message>
</context>
<context>
    <name>wzsw::ListPanel</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translation>Alle wijken</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln cliënt</numerusform>
            <numerusform>%Ln cliënten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln provider(s)</source>
        <translation>
            <numerusform>%Ln dienstverlener</numerusform>
            <numerusform>%Ln dienstverleners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln trajectory(ies)</source>
        <translation>
            <numerusform>%Ln traject</numerusform>
            <numerusform>%Ln trajecten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln hulpvraag</numerusform>
            <numerusform>%Ln hulpvragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln geleverde dienst</numerusform>
            <numerusform>%Ln geleverde diensten</numerusform>
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
            <numerusform>%Ln overeenkomst</numerusform>
            <numerusform>%Ln overeenkomsten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln regel</numerusform>
            <numerusform>%Ln regels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (filtered)</source>
        <translation>%1 (gefilterd)</translation>
    </message>
    <message>
        <source>Search by name, code, postcode or neighbourhood</source>
        <translation>Zoeken op naam, code, postcode of wijk</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood:</source>
        <translation>&amp;Wijk:</translation>
    </message>
    <message>
        <source>Municipality filter</source>
        <translation>Filter op gemeente</translation>
    </message>
    <message>
        <source>Neighbourhood filter</source>
        <translation>Filter op wijk</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Reading the list failed</source>
        <translation>Lezen van de lijst mislukt</translation>
    </message>
    <message>
        <source>E&amp;xport list...</source>
        <translation>Lijst e&amp;xporteren...</translation>
    </message>
    <message>
        <source>Save the rows and columns shown, as filtered and sorted, as a CSV file for Excel</source>
        <translation>De getoonde regels en kolommen, gefilterd en gesorteerd zoals nu, opslaan als CSV-bestand voor Excel</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>Add a record to this list (Insert)</source>
        <translation>Een record aan deze lijst toevoegen (Insert)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln target(s)</source>
        <translation>
            <numerusform>%Ln doel</numerusform>
            <numerusform>%Ln doelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln budget line(s)</source>
        <translation>
            <numerusform>%Ln begrotingsregel</numerusform>
            <numerusform>%Ln begrotingsregels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::ListQuery</name>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>End or review within 60 days</source>
        <translation>Einde of evaluatie binnen 60 dagen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Geen toestemming vastgelegd</translation>
    </message>
    <message>
        <source>Left the project</source>
        <translation>Uitgestroomd</translation>
    </message>
    <message>
        <source>In a running trajectory</source>
        <translation>In een lopend traject</translation>
    </message>
    <message>
        <source>Past the planned end</source>
        <translation>Over de geplande einddatum</translation>
    </message>
    <message>
        <source>Open for over 14 days</source>
        <translation>Langer dan 14 dagen open</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>regionaal</translation>
    </message>
    <message>
        <source>Income or cost</source>
        <translation>Inkomsten of uitgaven</translation>
    </message>
</context>
<context>
    <name>wzsw::MainWindow</name>
    <message>
        <source>(read-only)</source>
        <translation>(alleen lezen)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (alleen lezen)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>&amp;New data file...</source>
        <translation>&amp;Nieuw gegevensbestand…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Make a new, empty data file</source>
        <translation>Een nieuw, leeg gegevensbestand maken</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Een gegevensbestand openen</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo openen</translation>
    </message>
    <message>
        <source>Make a &amp;backup now...</source>
        <translation>Reservekopie &amp;maken…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Reservekopie</translation>
    </message>
    <message>
        <source>Save a checked copy of the data file</source>
        <translation>Een gecontroleerde kopie van het gegevensbestand opslaan</translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation>Bestand &amp;controleren</translation>
    </message>
    <message>
        <source>Check the data file for damage and broken references</source>
        <translation>Het gegevensbestand controleren op beschadiging en verbroken verwijzingen</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search in the current list</source>
        <translation>Zoeken in de huidige lijst</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkbalk</translation>
    </message>
    <message>
        <source>&amp;Status bar</source>
        <translation>&amp;Statusbalk</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>&amp;About WZSW</source>
        <translation>&amp;Over WZSW</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Opnie&amp;uw: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>WZSW data files (*.wzsw)</source>
        <translation>WZSW-gegevensbestanden (*.wzsw)</translation>
    </message>
    <message>
        <source>New data file</source>
        <translation>Nieuw gegevensbestand</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing data file is never overwritten.</source>
        <translation>%1 bestaat al. Kies een andere naam; een bestaand gegevensbestand wordt nooit overschreven.</translation>
    </message>
    <message>
        <source>The data file could not be made</source>
        <translation>Het gegevensbestand kon niet worden gemaakt</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>%1 is gemaakt.</translation>
    </message>
    <message>
        <source>Opening failed</source>
        <translation>Openen mislukt</translation>
    </message>
    <message>
        <source>%1 does not exist (any more). It was taken off the list of recent files.</source>
        <translation>%1 bestaat niet (meer). Het is van de lijst met recente bestanden gehaald.</translation>
    </message>
    <message>
        <source>Making the demo data file...</source>
        <translation>Het demobestand wordt gemaakt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>%1-backup-%2.wzsw</source>
        <comment>file name of a backup: data file name, date</comment>
        <translation>%1-reservekopie-%2.wzsw</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Reservekopie mislukt</translation>
    </message>
    <message>
        <source>A backup cannot replace the data file itself. Choose another name.</source>
        <translation>Een reservekopie kan het gegevensbestand zelf niet vervangen. Kies een andere naam.</translation>
    </message>
    <message>
        <source>Backup saved and checked: %1</source>
        <translation>Reservekopie opgeslagen en gecontroleerd: %1</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Reservekopie gemaakt</translation>
    </message>
    <message>
        <source>The backup was saved and checked:
%1</source>
        <translation>De reservekopie is opgeslagen en gecontroleerd:
%1</translation>
    </message>
    <message>
        <source>Checking failed</source>
        <translation>Controleren mislukt</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Bestand controleren</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1. Make a backup now and contact support before you go on working with this file.</source>
        <translation>
            <numerusform>%n probleem gevonden in %1. Maak nu een reservekopie en neem contact op met de ondersteuning voordat u verder werkt met dit bestand.</numerusform>
            <numerusform>%n problemen gevonden in %1. Maak nu een reservekopie en neem contact op met de ondersteuning voordat u verder werkt met dit bestand.</numerusform>
        </translation>
    </message>
    <message>
        <source>About WZSW</source>
        <translation>Over WZSW</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WZSW %1&lt;/h3&gt;&lt;p&gt;Case management for Wonen Zorg Service in de Wijk: clients, providers and their trajectories, requests and deliveries, partners, agreements, targets and reports.&lt;/p&gt;&lt;p&gt;The data is personal data of vulnerable people: keep the data file and its backups in a safe place.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WZSW %1&lt;/h3&gt;&lt;p&gt;Casusregistratie voor Wonen Zorg Service in de Wijk: cliënten, dienstverleners en hun trajecten, hulpvragen en inzet, partners, overeenkomsten, doelen en rapportages.&lt;/p&gt;&lt;p&gt;De gegevens zijn persoonsgegevens van kwetsbare mensen: bewaar het gegevensbestand en de reservekopieën op een veilige plek.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is in order.</source>
        <translation>%1 is in orde.</translation>
    </message>
    <message>
        <source>The demo data file could not be made</source>
        <translation>Het demobestand kon niet worden gemaakt</translation>
    </message>
    <message>
        <source>no data file open</source>
        <translation>geen gegevensbestand geopend</translation>
    </message>
    <message>
        <source>&lt;p&gt;Data file: %1&lt;br&gt;Preferences: %2&lt;br&gt;Demo data file: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gegevensbestand: %1&lt;br&gt;Voorkeuren: %2&lt;br&gt;Demobestand: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: proprietary. Made for Wonen Zorg Service in de Wijk and the municipalities it works with, for their use only.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licentie: niet vrij. Gemaakt voor Wonen Zorg Service in de Wijk en de gemeenten waarmee het samenwerkt, uitsluitend voor eigen gebruik.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enter a &amp;week of deliveries...</source>
        <translation>&amp;Week invoeren...</translation>
    </message>
    <message>
        <source>Enter a week</source>
        <translation>Week invoeren</translation>
    </message>
    <message>
        <source>Type the deliveries of one provider or client for a week</source>
        <translation>De inzet van een week typen voor één dienstverlener of cliënt</translation>
    </message>
    <message>
        <source>Enter a week of deliveries (%1)</source>
        <translation>Week invoeren (%1)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Bestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Changes can be saved once the check on opening has found the file sound.</source>
        <translation>Wijzigingen kunnen worden opgeslagen zodra de controle bij het openen het bestand in orde heeft bevonden.</translation>
    </message>
    <message>
        <source>Connect to a re&amp;gional server...</source>
        <translation>Verbinden met re&amp;gionale server…</translation>
    </message>
    <message>
        <source>Work on the shared PostgreSQL server of the region instead of a local file</source>
        <translation>Werken op de gedeelde PostgreSQL-server van de regio in plaats van een lokaal bestand</translation>
    </message>
    <message>
        <source>Works on a local data file only; the regional server&apos;s administrator makes its backups.</source>
        <translation>Werkt alleen met een lokaal gegevensbestand; van de regionale server maakt de beheerder de reservekopieën.</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Wachtwoord niet onthouden</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbonden met %1.</translation>
    </message>
</context>
<context>
    <name>wzsw::MatchDialog</name>
    <message>
        <source>delivers this service</source>
        <translation>levert deze dienst</translation>
    </message>
    <message>
        <source>same neighbourhood</source>
        <translation>zelfde wijk</translation>
    </message>
    <message>
        <source>same municipality</source>
        <translation>zelfde gemeente</translation>
    </message>
    <message>
        <source>%1 h left this week</source>
        <translation>deze week nog %1 uur beschikbaar</translation>
    </message>
    <message numerus="yes">
        <source>served this client before (%n time(s))</source>
        <translation>
            <numerusform>heeft deze cliënt eerder geholpen (%n keer)</numerusform>
            <numerusform>heeft deze cliënt eerder geholpen (%n keer)</numerusform>
        </translation>
    </message>
    <message>
        <source>running trajectory needs practice hours</source>
        <translation>lopend traject vraagt oefenuren</translation>
    </message>
    <message>
        <source>Match request</source>
        <translation>Hulpvraag koppelen</translation>
    </message>
    <message>
        <source>Providers for the request of %1 (%2), best first.</source>
        <translation>Dienstverleners voor de hulpvraag van %1 (%2), de beste eerst.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstverlener</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Uren beschikbaar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Ranked providers</source>
        <translation>Dienstverleners op volgorde</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Niet gekoppeld</translation>
    </message>
</context>
<context>
    <name>wzsw::NarrativeEditor</name>
    <message>
        <source>What &amp;works</source>
        <translation>Wat gaat goe&amp;d</translation>
    </message>
    <message>
        <source>What does &amp;not work</source>
        <translation>Wat gaat n&amp;iet goed</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps</source>
        <translation>Vervolg&amp;stappen</translation>
    </message>
    <message>
        <source>What works</source>
        <translation>Wat gaat goed</translation>
    </message>
    <message>
        <source>What does not work</source>
        <translation>Wat gaat niet goed</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Vervolgstappen</translation>
    </message>
    <message>
        <source>A new line starts a paragraph; &quot;- &quot; starts a bullet. No names or case details: the report is for the steering group.</source>
        <translation>Een nieuwe regel begint een alinea; &quot;- &quot; begint een opsommingsteken. Geen namen of details van cliënten of dienstverleners: de rapportage is voor de stuurgroep.</translation>
    </message>
</context>
<context>
    <name>wzsw::NeighbourhoodsProfile</name>
    <message>
        <source>for policy: per neighbourhood the clients served, providers active, deliveries and hours in the period</source>
        <translation>voor beleid: per wijk de geholpen cliënten, actieve dienstverleners, inzet en uren in de periode</translation>
    </message>
</context>
<context>
    <name>wzsw::NewDataFileDialog</name>
    <message>
        <source>New data file</source>
        <translation>Nieuw gegevensbestand</translation>
    </message>
    <message>
        <source>A data file holds the work of one project organisation. Which municipality does it start with? More can be added later.</source>
        <translation>Een gegevensbestand bevat het werk van één projectorganisatie. Met welke gemeente begint het? Later kunnen er meer bij.</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>Gemeentecode</translation>
    </message>
    <message>
        <source>Municipality name</source>
        <translation>Naam van de gemeente</translation>
    </message>
    <message>
        <source>Municipality &amp;code (CBS):</source>
        <translation>Gemeente&amp;code (CBS):</translation>
    </message>
    <message>
        <source>Municipality &amp;name:</source>
        <translation>&amp;Naam van de gemeente:</translation>
    </message>
</context>
<context>
    <name>wzsw::NoteCopy</name>
    <message>
        <source>A contact note&apos;s person is missing on the server; nothing was copied.</source>
        <translation>De persoon van een contactmoment ontbreekt op de server; er is niets gekopieerd.</translation>
    </message>
</context>
<context>
    <name>wzsw::NoteForm</name>
    <message>
        <source>Case note</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>you</source>
        <translation>uzelf</translation>
    </message>
</context>
<context>
    <name>wzsw::OverviewPage</name>
    <message numerus="yes">
        <source>%n item(s) need attention</source>
        <translation>
            <numerusform>%n punt vraagt aandacht</numerusform>
            <numerusform>%n punten vragen aandacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Targets, %1 to %2</source>
        <translation>Doelen, %1 tot en met %2</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>loopt achter</translation>
    </message>
    <message>
        <source>Agreements to renew or review within 60 days</source>
        <translation>Overeenkomsten die binnen 60 dagen verlengd of geëvalueerd moeten worden</translation>
    </message>
    <message>
        <source>Trajectories past their planned end</source>
        <translation>Trajecten over de geplande einddatum</translation>
    </message>
    <message>
        <source>Open requests older than 14 days</source>
        <translation>Open hulpvragen ouder dan 14 dagen</translation>
    </message>
    <message>
        <source>Providers without a ladder assessment in 6 months</source>
        <translation>Dienstverleners zonder meting participatieladder in de laatste 6 maanden</translation>
    </message>
    <message>
        <source>Clients without recorded consent</source>
        <translation>Cliënten zonder vastgelegde toestemming</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Behaald</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Gerealiseerd</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Wat aandacht vraagt</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Agreements whose end or review date has passed</source>
        <translation>Overeenkomsten waarvan de eind- of evaluatiedatum voorbij is</translation>
    </message>
</context>
<context>
    <name>wzsw::PageTitle</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Dienstverleners</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Requests and deliveries</source>
        <translation>Hulpvragen en inzet</translation>
    </message>
    <message>
        <source>Partners and agreements</source>
        <translation>Partners en overeenkomsten</translation>
    </message>
    <message>
        <source>Targets and budget</source>
        <translation>Doelen en begroting</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>wzsw::ParticipationProfile</name>
    <message>
        <source>for social affairs (Participatiewet, Wsw, Wi): per provider with a trajectory in the period the trajectory, ladder, hours, course and outflow</source>
        <translation>voor sociale zaken (Participatiewet, Wsw, Wi): per dienstverlener met een traject in de periode het traject, de participatieladder, uren, opleiding en uitstroom</translation>
    </message>
</context>
<context>
    <name>wzsw::PartnerForm</name>
    <message>
        <source>(regional)</source>
        <translation>(regionaal)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>wzsw::PartnerService</name>
    <message>
        <source>Partner %1 is still referred to by %2 and cannot be deleted.</source>
        <translation>Partner %1 wordt nog genoemd bij %2 en kan niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>wzsw::PasswordStore</name>
    <message>
        <source>The system keychain was not opened: the password is asked each time you connect.</source>
        <translation>De sleutelbos van het systeem is niet geopend: het wachtwoord wordt bij elke verbinding gevraagd.</translation>
    </message>
    <message>
        <source>This computer has no system keychain (such as GNOME Keyring or KWallet) to keep the password safely: it is asked each time you connect.</source>
        <translation>Deze computer heeft geen sleutelbos (zoals GNOME Keyring of KWallet) om het wachtwoord veilig te bewaren: het wordt bij elke verbinding gevraagd.</translation>
    </message>
</context>
<context>
    <name>wzsw::PersonChoiceDialog</name>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstverlener</translation>
    </message>
    <message>
        <source>e.g. C-0001</source>
        <translation>bijvoorbeeld C-0001</translation>
    </message>
    <message>
        <source>&amp;Person is a</source>
        <translation>&amp;Persoon is een</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
</context>
<context>
    <name>wzsw::PersonFields</name>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Shows the BSN; this is recorded in the audit log.</source>
        <translation>Toont het BSN; dit wordt vastgelegd in het logboek.</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>BSN not shown</source>
        <translation>BSN niet getoond</translation>
    </message>
</context>
<context>
    <name>wzsw::PersonPicker</name>
    <message>
        <source>Client code or name</source>
        <translation>Code of naam van de cliënt</translation>
    </message>
    <message>
        <source>Provider code or name</source>
        <translation>Code of naam van de dienstverlener</translation>
    </message>
</context>
<context>
    <name>wzsw::PlaceService</name>
    <message>
        <source>The code cannot become %1: the codes of its neighbourhoods (%2) start with the digits of the present code.</source>
        <translation>De code kan niet %1 worden: de codes van de wijken (%2) beginnen met de cijfers van de huidige code.</translation>
    </message>
    <message>
        <source>Municipality %1 is still used by %2 and cannot be deleted.</source>
        <translation>Gemeente %1 is nog in gebruik bij %2 en kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Neighbourhood %1 is still used by %2 and cannot be deleted.</source>
        <translation>Wijk %1 is nog in gebruik bij %2 en kan niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>wzsw::PlanningService</name>
    <message>
        <source>The region already has its project settings; change those.</source>
        <translation>De regio heeft al projectinstellingen; pas die aan.</translation>
    </message>
    <message>
        <source>Municipality %1 already has its project settings; change those.</source>
        <translation>Gemeente %1 heeft al projectinstellingen; pas die aan.</translation>
    </message>
</context>
<context>
    <name>wzsw::PrivacySettings</name>
    <message>
        <source>The retention period must lie between %1 and %2 years.</source>
        <translation>De bewaartermijn moet tussen %1 en %2 jaar liggen.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) have a BSN recorded: remove the BSNs first (this removes them for good).</source>
        <translation>
            <numerusform>Bij %n persoon is een BSN vastgelegd: verwijder eerst de BSN (dat is definitief).</numerusform>
            <numerusform>Bij %n personen is een BSN vastgelegd: verwijder eerst de BSN (dat is definitief).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::PrivacySettingsDialog</name>
    <message>
        <source>This organisation processes &amp;BSNs</source>
        <translation>Deze organisatie verwerkt &amp;BSN</translation>
    </message>
    <message>
        <source>Privacy settings</source>
        <translation>Privacyinstellingen</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>These settings belong to the data file: they hold for everyone who opens it. When BSNs are not processed, the field is hidden, refused on import and left out of exports.</source>
        <translation>Deze instellingen horen bij het gegevensbestand: ze gelden voor iedereen die het opent. Als BSN niet wordt verwerkt, is het veld verborgen, wordt het bij inlezen geweigerd en blijft het buiten exports.</translation>
    </message>
    <message>
        <source>&amp;Keep a person&apos;s data after the relation ends</source>
        <translation>&amp;Gegevens van een persoon bewaren na het einde van de relatie</translation>
    </message>
    <message>
        <source>Stop processing BSNs?</source>
        <translation>Stoppen met het verwerken van BSN?</translation>
    </message>
    <message>
        <source>Every BSN stored in this file is removed for good; the automatic backups still hold them until they are replaced by newer ones.</source>
        <translation>Elk BSN in dit bestand wordt definitief verwijderd; de automatische reservekopieën bevatten ze nog tot ze door nieuwere worden vervangen.</translation>
    </message>
    <message>
        <source>&amp;Remove every BSN</source>
        <translation>&amp;Alle BSN verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>BSNs are no longer processed; %n BSN(s) removed.</source>
        <translation>
            <numerusform>BSN wordt niet meer verwerkt; %n BSN verwijderd.</numerusform>
            <numerusform>BSN wordt niet meer verwerkt; %n BSN verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::ProviderForm</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adres en contact</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstverlener</translation>
    </message>
    <message>
        <source>next free code</source>
        <translation>volgende vrije code</translation>
    </message>
    <message>
        <source>Course &quot;woonzorgserviceverlener&quot;</source>
        <translation>Opleiding &quot;woonzorgserviceverlener&quot;</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>niet ingeschreven</translation>
    </message>
</context>
<context>
    <name>wzsw::ProviderService</name>
    <message>
        <source>Provider %1 has deliveries and cannot be deleted; record an exit date instead.</source>
        <translation>Dienstverlener %1 heeft geleverde diensten en kan niet worden verwijderd; vul in plaats daarvan een uitstroomdatum in.</translation>
    </message>
</context>
<context>
    <name>wzsw::RecordCommand</name>
    <message>
        <source>Add client</source>
        <translation>Cliënt toevoegen</translation>
    </message>
    <message>
        <source>Change client</source>
        <translation>Cliënt wijzigen</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Cliënt verwijderen</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Dienstverlener toevoegen</translation>
    </message>
    <message>
        <source>Change provider</source>
        <translation>Dienstverlener wijzigen</translation>
    </message>
    <message>
        <source>Delete provider</source>
        <translation>Dienstverlener verwijderen</translation>
    </message>
    <message>
        <source>Add trajectory</source>
        <translation>Traject toevoegen</translation>
    </message>
    <message>
        <source>Change trajectory</source>
        <translation>Traject wijzigen</translation>
    </message>
    <message>
        <source>Delete trajectory</source>
        <translation>Traject verwijderen</translation>
    </message>
    <message>
        <source>Add ladder assessment</source>
        <translation>Meting participatieladder toevoegen</translation>
    </message>
    <message>
        <source>Change ladder assessment</source>
        <translation>Meting participatieladder wijzigen</translation>
    </message>
    <message>
        <source>Delete ladder assessment</source>
        <translation>Meting participatieladder verwijderen</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>Hulpvraag toevoegen</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Hulpvraag wijzigen</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Hulpvraag verwijderen</translation>
    </message>
    <message>
        <source>Add delivery</source>
        <translation>Inzet toevoegen</translation>
    </message>
    <message>
        <source>Change delivery</source>
        <translation>Inzet wijzigen</translation>
    </message>
    <message>
        <source>Delete delivery</source>
        <translation>Inzet verwijderen</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Partner toevoegen</translation>
    </message>
    <message>
        <source>Change partner</source>
        <translation>Partner wijzigen</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Partner verwijderen</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Overeenkomst toevoegen</translation>
    </message>
    <message>
        <source>Change agreement</source>
        <translation>Overeenkomst wijzigen</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Overeenkomst verwijderen</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>Change target</source>
        <translation>Doel wijzigen</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>Begrotingsregel toevoegen</translation>
    </message>
    <message>
        <source>Change budget line</source>
        <translation>Begrotingsregel wijzigen</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation>Begrotingsregel verwijderen</translation>
    </message>
    <message>
        <source>Add case note</source>
        <translation>Contactmoment toevoegen</translation>
    </message>
    <message>
        <source>Change case note</source>
        <translation>Contactmoment wijzigen</translation>
    </message>
    <message>
        <source>Delete case note</source>
        <translation>Contactmoment verwijderen</translation>
    </message>
</context>
<context>
    <name>wzsw::RecordEditor</name>
    <message>
        <source>Cannot open the record</source>
        <translation>Het record kan niet worden geopend</translation>
    </message>
</context>
<context>
    <name>wzsw::RecordForm</name>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Verwijderen...</translation>
    </message>
    <message>
        <source>Delete this record? Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Dit gegeven verwijderen? Bewerken &gt; Ongedaan maken (Ctrl+Z) brengt het terug.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Your input is still in this form: copy what still matters into the current version, then close this form.</source>
        <translation>Uw invoer staat nog in dit formulier: neem over wat nog nodig is in de huidige versie en sluit daarna dit formulier.</translation>
    </message>
    <message>
        <source>&amp;Open the current version</source>
        <translation>Huidige versie &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Keep my input</source>
        <translation>Mijn invoer &amp;bewaren</translation>
    </message>
</context>
<context>
    <name>wzsw::RecordImport</name>
    <message>
        <source>This record already appears on line %1; it may appear only once.</source>
        <translation>Dit record staat al op regel %1; het mag maar één keer voorkomen.</translation>
    </message>
    <message>
        <source>%1 %2 appears more than once in this file (first on line %3).</source>
        <translation>%1 %2 komt meer dan één keer voor in dit bestand (voor het eerst op regel %3).</translation>
    </message>
    <message>
        <source>Conflict: the server holds %1 %2 with other data.</source>
        <translation>Conflict: de server heeft %1 %2 met andere gegevens.</translation>
    </message>
    <message>
        <source>Conflict: the server has no municipality %1; its administrator adds it first, with the roles of its project leaders.</source>
        <translation>Conflict: de server kent gemeente %1 niet; de beheerder voegt die eerst toe, met de rollen van haar projectleiders.</translation>
    </message>
    <message>
        <source>Conflict: the server holds this record with other data.</source>
        <translation>Conflict: de server heeft dit record met andere gegevens.</translation>
    </message>
</context>
<context>
    <name>wzsw::RecordSummaries</name>
    <message>
        <source>Client %1: %2</source>
        <translation>Cliënt %1: %2</translation>
    </message>
    <message>
        <source>Provider %1: %2</source>
        <translation>Dienstverlener %1: %2</translation>
    </message>
    <message>
        <source>Trajectory of %1</source>
        <translation>Traject van %1</translation>
    </message>
    <message>
        <source>Request of %1</source>
        <translation>Hulpvraag van %1</translation>
    </message>
    <message>
        <source>Delivery of %1</source>
        <translation>Inzet van %1</translation>
    </message>
    <message>
        <source>Partner %1: %2</source>
        <translation>Partner %1: %2</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>regionaal</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>Overeenkomst: %1</translation>
    </message>
    <message>
        <source>This kind of record has no summary.</source>
        <translation>Van dit soort gegevens is geen overzicht.</translation>
    </message>
</context>
<context>
    <name>wzsw::RecordSummaryDialog</name>
    <message>
        <source>Opening the record failed</source>
        <translation>Openen mislukt</translation>
    </message>
</context>
<context>
    <name>wzsw::Report</name>
    <message>
        <source>The data file has no municipality %1.</source>
        <translation>Het gegevensbestand heeft geen gemeente %1.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>De rapportage is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>wzsw::ReportArchive</name>
    <message>
        <source>The archived report cannot be read: it is damaged or was written by a newer program.</source>
        <translation>De gearchiveerde rapportage kan niet worden gelezen: hij is beschadigd of door een nieuwere versie van het programma geschreven.</translation>
    </message>
</context>
<context>
    <name>wzsw::ReportChooser</name>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapportage:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>Va&amp;n:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Tot en &amp;met:</translation>
    </message>
    <message>
        <source>The region (every municipality)</source>
        <translation>De regio (alle gemeenten)</translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation>Soort rapportage</translation>
    </message>
    <message>
        <source>Municipality or region</source>
        <translation>Gemeente of regio</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Eerste dag van de periode</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Laatste dag van de periode</translation>
    </message>
</context>
<context>
    <name>wzsw::ReportPeriods</name>
    <message>
        <source>The report period is not known: the project settings have no %1. Set it in the project settings or give the period.</source>
        <translation>De periode van de rapportage is niet bekend: in de projectinstellingen ontbreekt de %1. Vul die in bij de projectinstellingen of geef de periode op.</translation>
    </message>
    <message>
        <source>The report period ends (%1) before it starts (%2).</source>
        <translation>De periode van de rapportage eindigt (%1) voordat hij begint (%2).</translation>
    </message>
    <message>
        <source>project start</source>
        <translation>start van het project</translation>
    </message>
    <message>
        <source>interim-1 date</source>
        <translation>datum van de eerste tussenrapportage</translation>
    </message>
    <message>
        <source>interim-2 date</source>
        <translation>datum van de tweede tussenrapportage</translation>
    </message>
    <message>
        <source>project end</source>
        <translation>einddatum van het project</translation>
    </message>
</context>
<context>
    <name>wzsw::ReportRenderer</name>
    <message>
        <source>The report could not be drawn.</source>
        <translation>De rapportage kon niet worden opgemaakt.</translation>
    </message>
    <message>
        <source>Page %1 of the report could not be started.</source>
        <translation>Pagina %1 van de rapportage kon niet worden begonnen.</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>De rapportage kon niet worden afgemaakt.</translation>
    </message>
</context>
<context>
    <name>wzsw::ReportService</name>
    <message>
        <source>This report was issued and is archived as it was sent; it cannot be changed.</source>
        <translation>Deze rapportage is uitgebracht en gearchiveerd zoals hij is verstuurd; hij kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>This report was issued meanwhile; its texts cannot be changed.</source>
        <translation>Deze rapportage is intussen uitgebracht; de teksten kunnen niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>The figures belong to another report than the texts.</source>
        <translation>De cijfers horen bij een andere rapportage dan de teksten.</translation>
    </message>
</context>
<context>
    <name>wzsw::ReportsPage</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3 to %4; issued %5 by %6</source>
        <translation>%1, %2, %3 t/m %4; uitgebracht op %5 door %6</translation>
    </message>
    <message>
        <source>region</source>
        <translation>regio</translation>
    </message>
    <message>
        <source>Choose a report and press Show.</source>
        <translation>Kies een rapportage en klik op Tonen.</translation>
    </message>
    <message>
        <source>Issued on %1 by %2: shown as it was sent; it cannot be changed.</source>
        <translation>Uitgebracht op %1 door %2: getoond zoals hij is verstuurd; hij kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Draft: the texts are stored with this report; Issue archives the figures and texts as the steering group receives them.</source>
        <translation>Concept: de teksten worden bij deze rapportage bewaard; Uitbrengen archiveert de cijfers en teksten zoals de stuurgroep ze ontvangt.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Texts of this report</source>
        <translation>Teksten van deze rapportage</translation>
    </message>
    <message>
        <source>Save te&amp;xts</source>
        <translation>Te&amp;ksten opslaan</translation>
    </message>
    <message>
        <source>&amp;Issue...</source>
        <translation>&amp;Uitbrengen…</translation>
    </message>
    <message>
        <source>Archive the figures and texts as sent to the steering group</source>
        <translation>De cijfers en teksten archiveren zoals ze naar de stuurgroep gaan</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>A&amp;fdrukvoorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <source>Issued reports</source>
        <translation>Uitgebrachte rapportages</translation>
    </message>
    <message>
        <source>&amp;Open issued report</source>
        <translation>Uitgebrachte rapportage &amp;openen</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose other dates.</source>
        <translation>De periode eindigt voordat hij begint: kies andere datums.</translation>
    </message>
    <message>
        <source>Computing the report...</source>
        <translation>De rapportage wordt berekend…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Rapportage opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Issue report</source>
        <translation>Rapportage uitbrengen</translation>
    </message>
    <message>
        <source>Issue this report to the steering group? Its figures and texts are archived as they are now and can no longer be changed.</source>
        <translation>Deze rapportage uitbrengen aan de stuurgroep? De cijfers en teksten worden gearchiveerd zoals ze nu zijn en kunnen daarna niet meer worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>wzsw::RequestForm</name>
    <message>
        <source>Find a provider…</source>
        <translation>Dienstverlener zoeken…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Koppeling</translation>
    </message>
</context>
<context>
    <name>wzsw::RequestService</name>
    <message numerus="yes">
        <source>The client cannot change while %n delivery(s) answer this request for the present client.</source>
        <translation>
            <numerusform>De cliënt kan niet worden gewijzigd: %n geleverde dienst aan de huidige cliënt hoort bij deze hulpvraag.</numerusform>
            <numerusform>De cliënt kan niet worden gewijzigd: %n geleverde diensten aan de huidige cliënt horen bij deze hulpvraag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Choose the backup to put in the place of the data file. The current file is kept beside it, never deleted; changes made after the backup are not in it.</source>
        <translation>Kies de reservekopie die in de plaats van het gegevensbestand komt. Het huidige bestand blijft ernaast bewaard en wordt nooit verwijderd; wijzigingen van na de reservekopie staan er niet in.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische reservekopieën</translation>
    </message>
    <message>
        <source>There are no automatic backups of this file yet; choose a backup file instead.</source>
        <translation>Van dit bestand zijn nog geen automatische reservekopieën; kies in plaats daarvan een reservekopiebestand.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Other &amp;file...</source>
        <translation>Ander &amp;bestand…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een reservekopie</translation>
    </message>
</context>
<context>
    <name>wzsw::RestoreFlow</name>
    <message>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Put %1 in the place of %2?</source>
        <translation>%1 in de plaats van %2 zetten?</translation>
    </message>
    <message>
        <source>Everything changed after the backup was made is not in it. The current file is kept beside it as a copy.</source>
        <translation>Alles wat na het maken van de reservekopie is gewijzigd, staat er niet in. Het huidige bestand blijft ernaast bewaard als kopie.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Restoring failed</source>
        <translation>Terugzetten mislukt</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>De reservekopie is teruggezet.</translation>
    </message>
    <message>
        <source>The backup was restored; the replaced file was kept as %1.</source>
        <translation>De reservekopie is teruggezet; het vervangen bestand is bewaard als %1.</translation>
    </message>
</context>
<context>
    <name>wzsw::RetentionDialog</name>
    <message>
        <source>Past the retention period</source>
        <translation>Over de bewaartermijn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Relation ended</source>
        <translation>Relatie beëindigd</translation>
    </message>
    <message>
        <source>&amp;Erase the chosen...</source>
        <translation>Gekozen personen &amp;wissen…</translation>
    </message>
    <message numerus="yes">
        <source>Data is kept %n year(s) after the relation ends (Privacy &gt; Privacy settings). These people are past that and not erased yet:</source>
        <translation>
            <numerusform>Gegevens worden %n jaar na het einde van de relatie bewaard (Privacy &gt; Privacyinstellingen). Bij deze personen is die termijn voorbij en ze zijn nog niet gewist:</numerusform>
            <numerusform>Gegevens worden %n jaar na het einde van de relatie bewaard (Privacy &gt; Privacyinstellingen). Bij deze personen is die termijn voorbij en ze zijn nog niet gewist:</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody.</source>
        <translation>niemand.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstverlener</translation>
    </message>
</context>
<context>
    <name>wzsw::RowReader</name>
    <message>
        <source>%1 &quot;%2&quot; is not a date (yyyy-mm-dd or dd-mm-yyyy).</source>
        <translation>%1 &quot;%2&quot; is geen datum (jjjj-mm-dd of dd-mm-jjjj).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in euros with at most two decimals.</source>
        <translation>%1 &quot;%2&quot; is geen bedrag in euro met hoogstens twee decimalen.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation>%1 &quot;%2&quot; is geen getal.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number.</source>
        <translation>%1 &quot;%2&quot; is geen geheel getal.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not yes or no (1/0, ja/nee, yes/no, true/false).</source>
        <translation>%1 &quot;%2&quot; is geen ja of nee (1/0, ja/nee, yes/no, true/false).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of: %3.</source>
        <translation>%1 &quot;%2&quot; is niet een van: %3.</translation>
    </message>
</context>
<context>
    <name>wzsw::RowSecurity</name>
    <message>
        <source>The client</source>
        <translation>De cliënt</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>De dienstverlener</translation>
    </message>
    <message>
        <source>The delivery</source>
        <translation>De inzet</translation>
    </message>
    <message>
        <source>The service request</source>
        <translation>De hulpvraag</translation>
    </message>
    <message>
        <source>The contact note</source>
        <translation>Het contactmoment</translation>
    </message>
    <message>
        <source>The trajectory</source>
        <translation>Het traject</translation>
    </message>
    <message>
        <source>The ladder assessment</source>
        <translation>De trede op de participatieladder</translation>
    </message>
    <message>
        <source>The partner</source>
        <translation>De partner</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>De overeenkomst</translation>
    </message>
    <message>
        <source>The target</source>
        <translation>Het doel</translation>
    </message>
    <message>
        <source>The budget line</source>
        <translation>De begrotingsregel</translation>
    </message>
    <message>
        <source>The project settings</source>
        <translation>Het projectgegeven</translation>
    </message>
    <message>
        <source>The neighbourhood</source>
        <translation>De wijk</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>De rapportage</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>Het record</translation>
    </message>
    <message>
        <source>%1 belongs to another municipality (or to the region): your role may change the records of its own municipality only. Nothing was stored.</source>
        <translation>%1 hoort bij een andere gemeente (of bij de regio): uw rol mag alleen de gegevens van de eigen gemeente wijzigen. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The regional server lacks the roles %1. A database administrator runs installer/postgres/setup.sql once before the schema is made.</source>
        <translation>Op de regionale server ontbreken de rollen %1. Een databasebeheerder voert eenmalig installer/postgres/setup.sql uit voordat het schema wordt gemaakt.</translation>
    </message>
    <message>
        <source>This BSN is already recorded for a client of another municipality, whom your role cannot see. Nothing was stored; the regional coordinator can find out which record it is.</source>
        <translation>Dit BSN staat al bij een cliënt van een andere gemeente, die uw rol niet kan zien. Er is niets opgeslagen; de regiocoördinator kan nagaan om welk record het gaat.</translation>
    </message>
    <message>
        <source>This BSN is already recorded for a provider of another municipality, whom your role cannot see. Nothing was stored; the regional coordinator can find out which record it is.</source>
        <translation>Dit BSN staat al bij een dienstverlener van een andere gemeente, die uw rol niet kan zien. Er is niets opgeslagen; de regiocoördinator kan nagaan om welk record het gaat.</translation>
    </message>
    <message>
        <source>This code is already used by a client of another municipality. Nothing was stored; leave the code empty to get the next free one.</source>
        <translation>Deze code is al in gebruik bij een cliënt van een andere gemeente. Er is niets opgeslagen; laat de code leeg om de volgende vrije te krijgen.</translation>
    </message>
    <message>
        <source>This code is already used by a provider of another municipality. Nothing was stored; leave the code empty to get the next free one.</source>
        <translation>Deze code is al in gebruik bij een dienstverlener van een andere gemeente. Er is niets opgeslagen; laat de code leeg om de volgende vrije te krijgen.</translation>
    </message>
</context>
<context>
    <name>wzsw::SafeOpening</name>
    <message>
        <source>Only one person at a time can change a data file. You can open it read-only to look things up, or try again when it has been closed there.</source>
        <translation>Maar één persoon tegelijk kan een gegevensbestand wijzigen. U kunt het alleen-lezen openen om iets op te zoeken, of het opnieuw proberen als het daar is gesloten.</translation>
    </message>
    <message>
        <source>Open it read-only to look things up.</source>
        <translation>Open het alleen-lezen om iets op te zoeken.</translation>
    </message>
    <message>
        <source>%1 is being edited by %2.</source>
        <translation>%1 wordt bewerkt door %2.</translation>
    </message>
    <message>
        <source>Read-only: %1 is editing this file.</source>
        <translation>Alleen-lezen: %1 bewerkt dit bestand.</translation>
    </message>
    <message>
        <source>The file is in use</source>
        <translation>Het bestand is in gebruik</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>Het gegevensbestand is beschadigd</translation>
    </message>
    <message>
        <source>Contact support: the damaged file was kept.</source>
        <translation>Neem contact op met de ondersteuning: het beschadigde bestand is bewaard.</translation>
    </message>
    <message>
        <source>Restore the backup of %1? Changes made after it are not in it.</source>
        <translation>De reservekopie van %1 terugzetten? Wijzigingen van daarna staan er niet in.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>Reservekopie &amp;terugzetten</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>De reservekopie van %1 is teruggezet.</translation>
    </message>
    <message>
        <source>Opening failed</source>
        <translation>Openen mislukt</translation>
    </message>
    <message>
        <source>Risky place for a data file</source>
        <translation>Riskante plek voor een gegevensbestand</translation>
    </message>
    <message>
        <source>Move the data file to a folder on this computer&apos;s own disk (File &gt; Make a backup now, then open the copy).</source>
        <translation>Zet het gegevensbestand in een map op de eigen schijf van deze computer (Bestand &gt; Reservekopie maken, en open daarna de kopie).</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>Geen reservekopie gemaakt</translation>
    </message>
    <message>
        <source>The automatic backup on opening failed: %1</source>
        <translation>De automatische reservekopie bij het openen is mislukt: %1</translation>
    </message>
    <message>
        <source>The file is open. Make a backup by hand (File &gt; Make a backup now) before you change much.</source>
        <translation>Het bestand is geopend. Maak zelf een reservekopie (Bestand &gt; Reservekopie maken) voordat u veel wijzigt.</translation>
    </message>
    <message>
        <source>%1 was made by an older version of the program and is being updated. It is checked and backed up first; with a large file this takes a little while.</source>
        <translation>%1 is gemaakt door een oudere versie van het programma en wordt nu bijgewerkt. Het wordt eerst gecontroleerd en er wordt een reservekopie van gemaakt; bij een groot bestand duurt dat even.</translation>
    </message>
    <message>
        <source>Updating the data file</source>
        <translation>Gegevensbestand bijwerken</translation>
    </message>
</context>
<context>
    <name>wzsw::SafetyActions</name>
    <message>
        <source>Automatic backup made: %1</source>
        <translation>Automatische reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Automatische reservekopie mislukt</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1
Make a backup by hand (File &gt; Make a backup now).</source>
        <translation>De automatische reservekopie is mislukt: %1
Maak zelf een reservekopie (Bestand &gt; Reservekopie maken).</translation>
    </message>
    <message>
        <source>Someone else opened the file</source>
        <translation>Iemand anders heeft het bestand geopend</translation>
    </message>
    <message>
        <source>%1
Close the file and open it again before you change anything more.</source>
        <translation>%1
Sluit het bestand en open het opnieuw voordat u nog iets wijzigt.</translation>
    </message>
    <message>
        <source>P&amp;rivacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <source>Restore a bac&amp;kup...</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Put one of the automatic backups in the place of the data file</source>
        <translation>Een van de automatische reservekopieën in de plaats van het gegevensbestand zetten</translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation>&amp;Logboek…</translation>
    </message>
    <message>
        <source>Who did what, and when</source>
        <translation>Wie deed wat, en wanneer</translation>
    </message>
    <message>
        <source>Everything held on a &amp;person...</source>
        <translation>Alle gegevens van een &amp;persoon…</translation>
    </message>
    <message>
        <source>A readable document and CSV files of everything held on one client or provider</source>
        <translation>Een leesbaar document en CSV-bestanden met alle gegevens van één cliënt of dienstverlener</translation>
    </message>
    <message>
        <source>&amp;Erase a person...</source>
        <translation>Persoon &amp;wissen…</translation>
    </message>
    <message>
        <source>Remove a person&apos;s identifying data for good</source>
        <translation>De identificerende gegevens van een persoon definitief verwijderen</translation>
    </message>
    <message>
        <source>Past the &amp;retention period...</source>
        <translation>Over de &amp;bewaartermijn…</translation>
    </message>
    <message>
        <source>The people whose data is kept longer than the set period</source>
        <translation>De personen van wie de gegevens langer dan de ingestelde termijn zijn bewaard</translation>
    </message>
    <message>
        <source>Privacy &amp;settings...</source>
        <translation>Privacy&amp;instellingen…</translation>
    </message>
    <message>
        <source>Works on a local data file only; the regional server&apos;s administrator restores its backups.</source>
        <translation>Werkt alleen met een lokaal gegevensbestand; de beheerder van de regionale server zet de reservekopieën daarvan terug.</translation>
    </message>
</context>
<context>
    <name>wzsw::ScreenshotTour</name>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>%1 could not be made.</source>
        <translation>%1 kon niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>wzsw::ServerDialog</name>
    <message>
        <source>&amp;TLS required (encrypted)</source>
        <translation>&amp;TLS verplicht (versleuteld)</translation>
    </message>
    <message>
        <source>Re&amp;member password</source>
        <translation>Wachtwoord &amp;onthouden</translation>
    </message>
    <message>
        <source>Regional server</source>
        <translation>Regionale server</translation>
    </message>
    <message>
        <source>When the municipalities of a region work together, their data is on a shared PostgreSQL server. Your coordinator gives you these details.</source>
        <translation>Als de gemeenten van een regio samenwerken, staan hun gegevens op een gedeelde PostgreSQL-server. Deze gegevens krijgt u van uw coördinator.</translation>
    </message>
    <message>
        <source>The password and the personal data cross the network encrypted. Only a server on this computer may do without.</source>
        <translation>Wachtwoord en persoonsgegevens gaan versleuteld over het netwerk. Alleen een server op deze computer mag zonder.</translation>
    </message>
    <message>
        <source>Keeps the password in the system keychain, never in the program&apos;s settings.</source>
        <translation>Bewaart het wachtwoord in de sleutelbos van het systeem, nooit in de instellingen van het programma.</translation>
    </message>
    <message>
        <source>&amp;Server (host):</source>
        <translation>&amp;Server (host):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Server (host)</source>
        <translation>Server (host)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s host name.</source>
        <translation>Vul de naam van de server in.</translation>
    </message>
    <message>
        <source>Fill in the database name.</source>
        <translation>Vul de naam van de database in.</translation>
    </message>
    <message>
        <source>Fill in your user name.</source>
        <translation>Vul uw gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Without TLS the password and the personal data would cross the network readable by anyone on the way. That is allowed only for a server on this computer (localhost); turn &quot;TLS required&quot; on.</source>
        <translation>Zonder TLS gaan wachtwoord en persoonsgegevens leesbaar voor iedereen onderweg over het netwerk. Dat mag alleen voor een server op deze computer (localhost); zet &quot;TLS verplicht&quot; aan.</translation>
    </message>
</context>
<context>
    <name>wzsw::ServerLocation</name>
    <message>
        <source>This is not a valid connection string (postgresql://user@host/database): %1</source>
        <translation>Dit is geen geldige verbindingsreeks (postgresql://gebruiker@server/database): %1</translation>
    </message>
    <message>
        <source>The connection string needs a user and a database name: %1</source>
        <translation>De verbindingsreeks heeft een gebruiker en een databasenaam nodig: %1</translation>
    </message>
    <message>
        <source>The connection string has an unknown setting %1.</source>
        <translation>De verbindingsreeks heeft een onbekende instelling %1.</translation>
    </message>
    <message>
        <source>The connection to %1 must be encrypted (sslmode=require, verify-ca or verify-full).</source>
        <translation>De verbinding met %1 moet versleuteld zijn (sslmode=require, verify-ca of verify-full).</translation>
    </message>
</context>
<context>
    <name>wzsw::ServerMigration</name>
    <message>
        <source>Moving over copies a local data file into the regional server: first the .wzsw file, then the connection string.</source>
        <translation>Overzetten kopieert een lokaal gegevensbestand naar de regionale server: eerst het .wzsw-bestand, dan de verbindingsreeks.</translation>
    </message>
    <message>
        <source>No temporary folder could be made for moving the data over.</source>
        <translation>Er kon geen tijdelijke map worden gemaakt om de gegevens over te zetten.</translation>
    </message>
</context>
<context>
    <name>wzsw::ServerProblem</name>
    <message>
        <source>The server did not accept user %1 with this password. Type the password again (capitals count); when it still fails, ask your coordinator to check your account.</source>
        <translation>De server heeft gebruiker %1 met dit wachtwoord niet toegelaten. Typ het wachtwoord opnieuw (let op hoofdletters); lukt het dan nog niet, vraag uw coördinator uw account na te kijken.</translation>
    </message>
    <message>
        <source>The server asks for the password of %1: type it in the Password field.</source>
        <translation>De server vraagt het wachtwoord van %1: typ het in het veld Wachtwoord.</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted (TLS) connection, and the program connects to another computer only encrypted. Ask the server&apos;s administrator to turn TLS on.</source>
        <translation>De server %1 biedt geen versleutelde (TLS-)verbinding, en het programma verbindt met een andere computer alleen versleuteld. Vraag de beheerder van de server TLS aan te zetten.</translation>
    </message>
    <message>
        <source>The server has no database %1. Check the database name with your coordinator.</source>
        <translation>De server heeft geen database %1. Controleer de naam van de database bij uw coördinator.</translation>
    </message>
    <message>
        <source>The server %1 does not let user %2 in from this computer. Ask the server&apos;s administrator to allow it.</source>
        <translation>De server %1 laat gebruiker %2 niet toe vanaf deze computer. Vraag de beheerder van de server dat toe te staan.</translation>
    </message>
    <message>
        <source>The server %1 (port %2) cannot be reached. Check the host name and the port, and that this computer is connected to the network (or VPN) of the region; if it is, ask the server&apos;s administrator whether the server is running.</source>
        <translation>De server %1 (poort %2) is niet bereikbaar. Controleer de naam van de server en de poort, en of deze computer verbonden is met het netwerk (of de VPN) van de regio; is dat zo, vraag dan de beheerder of de server draait.</translation>
    </message>
</context>
<context>
    <name>wzsw::ServiceTypeService</name>
    <message>
        <source>Service type %1 is still used by %2; deactivate it instead.</source>
        <translation>Dienstsoort %1 is nog in gebruik bij %2; zet de dienstsoort in plaats daarvan op niet actief.</translation>
    </message>
</context>
<context>
    <name>wzsw::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Dates, numbers and amounts follow the language: 14-03-2025 and € 1.234,50 in Dutch.</source>
        <translation>Datums, getallen en bedragen volgen de taal: 14-03-2025 en € 1.234,50 in het Nederlands.</translation>
    </message>
</context>
<context>
    <name>wzsw::Storage</name>
    <message>
        <source>The data file is in use by another program. Try again in a moment.</source>
        <translation>Het gegevensbestand is in gebruik door een ander programma. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The data file is read-only: nothing was changed.</source>
        <translation>Het gegevensbestand is alleen te lezen: er is niets veranderd.</translation>
    </message>
    <message>
        <source>The data file could not be read or written (%1).</source>
        <translation>Het gegevensbestand kon niet worden gelezen of geschreven (%1).</translation>
    </message>
    <message>
        <source>The data file is damaged (%1).</source>
        <translation>Het gegevensbestand is beschadigd (%1).</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space and try again.</source>
        <translation>De schijf is vol: er is niets veranderd. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the data file (%1).</source>
        <translation>De wijziging breekt een regel van het gegevensbestand (%1).</translation>
    </message>
    <message>
        <source>The data file reported an error: %1</source>
        <translation>Het gegevensbestand meldde een fout: %1</translation>
    </message>
    <message>
        <source>The data is in use by another program. Try again in a moment.</source>
        <translation>De gegevens zijn in gebruik door een ander programma. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The regional server does not allow this for your role (%1).</source>
        <translation>De regionale server staat dit voor uw rol niet toe (%1).</translation>
    </message>
    <message>
        <source>The connection to the regional server was lost: nothing was stored of the last change (%1).</source>
        <translation>De verbinding met de regionale server is verbroken: van de laatste wijziging is niets opgeslagen (%1).</translation>
    </message>
</context>
<context>
    <name>wzsw::StorageLocation</name>
    <message>
        <source>network drive</source>
        <translation>netwerkschijf</translation>
    </message>
    <message>
        <source>The data file lies on a network drive (%1). The safeguards against two people writing at once do not work reliably there, and a lost connection can damage the file: keep the data file on this computer&apos;s own disk.</source>
        <translation>Het gegevensbestand staat op een netwerkschijf (%1). De beveiliging tegen twee mensen die tegelijk schrijven werkt daar niet betrouwbaar, en een verbroken verbinding kan het bestand beschadigen: bewaar het gegevensbestand op de eigen schijf van deze computer.</translation>
    </message>
    <message>
        <source>The data file lies in a synchronised folder (%1). A synchronising program can copy the file while it is being written, or put an older copy back over it: keep the data file outside synchronised folders.</source>
        <translation>Het gegevensbestand staat in een gesynchroniseerde map (%1). Een synchronisatieprogramma kan het bestand kopiëren terwijl erin wordt geschreven, of er een oudere kopie overheen zetten: bewaar het gegevensbestand buiten gesynchroniseerde mappen.</translation>
    </message>
</context>
<context>
    <name>wzsw::SubjectAccess</name>
    <message>
        <source>Requests for help</source>
        <translation>Hulpvragen</translation>
    </message>
    <message>
        <source>Services delivered</source>
        <translation>Geleverde diensten</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Participation ladder</source>
        <translation>Participatieladder</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Who did what with these data</source>
        <translation>Wie wat met deze gegevens heeft gedaan</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>There is no client %1.</source>
        <translation>Er is geen cliënt %1.</translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation>Er is geen dienstverlener %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Data held on client %1</source>
        <translation>Gegevens van cliënt %1</translation>
    </message>
    <message>
        <source>Data held on provider %1</source>
        <translation>Gegevens van dienstverlener %1</translation>
    </message>
    <message>
        <source>Everything this data file holds on this person (AVG article 15), compiled on %1 by %2.</source>
        <translation>Alle gegevens die dit gegevensbestand over deze persoon bevat (AVG artikel 15), samengesteld op %1 door %2.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>De map %1 kon niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>wzsw::SubjectAccessFlow</name>
    <message>
        <source>Everything held on a person</source>
        <translation>Alle gegevens van een persoon</translation>
    </message>
    <message>
        <source>Make a readable document and CSV files with everything this file holds on one client or provider (AVG article 15). It is written to the audit log.</source>
        <translation>Maak een leesbaar document en CSV-bestanden met alle gegevens die dit bestand over één cliënt of dienstverlener bevat (AVG artikel 15). Dit wordt vastgelegd in het logboek.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation>Map voor de documenten</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n bestand geschreven naar %1.</numerusform>
            <numerusform>%n bestanden geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>They hold personal data: hand them over safely and delete your copies afterwards.</source>
        <translation>Ze bevatten persoonsgegevens: geef ze veilig af en verwijder daarna uw eigen kopieën.</translation>
    </message>
    <message>
        <source>&amp;Show the document</source>
        <translation>Document &amp;tonen</translation>
    </message>
</context>
<context>
    <name>wzsw::Table</name>
    <message>
        <source>Record %1 of %2 does not exist (any more).</source>
        <translation>Record %1 van %2 bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This record was changed or removed by someone else meanwhile. Reopen it to see the current version.</source>
        <translation>Deze gegevens zijn intussen door iemand anders gewijzigd of verwijderd. Open ze opnieuw om de huidige versie te zien.</translation>
    </message>
</context>
<context>
    <name>wzsw::TargetForm</name>
    <message>
        <source>(region)</source>
        <translation>(regio)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
</context>
<context>
    <name>wzsw::TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>wzsw::TimelinePanel</name>
    <message>
        <source>Add:</source>
        <translation>Nieuw:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Oudere items tonen</translation>
    </message>
    <message>
        <source>Timeline (%1+)</source>
        <translation>Tijdlijn (%1+)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Tijdlijn (%1)</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>De tijdlijn kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this person yet.</source>
        <translation>Voor deze persoon is nog niets vastgelegd.</translation>
    </message>
</context>
<context>
    <name>wzsw::TimelineText</name>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Trede</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Inzet</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 for %2, %3</source>
        <translation>%1 voor %2, %3</translation>
    </message>
    <message>
        <source>%1, %2, provider %3</source>
        <translation>%1, %2, dienstverlener %3</translation>
    </message>
    <message>
        <source>%1, %2 h, by %3</source>
        <translation>%1, %2 uur, door %3</translation>
    </message>
    <message>
        <source>%1, %2 h, for %3</source>
        <translation>%1, %2 uur, voor %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wzsw::TrajectoryForm</name>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Goals and result</source>
        <translation>Doelen en resultaat</translation>
    </message>
</context>
<context>
    <name>wzsw::TrajectoryImport</name>
    <message>
        <source>Provider %1 would have two running trajectories: this one and the one on line %2.</source>
        <translation>Dienstverlener %1 zou twee lopende trajecten hebben: dit traject en dat op regel %2.</translation>
    </message>
    <message>
        <source>Provider %1 already has a running trajectory (started %2) that this file does not end.</source>
        <translation>Dienstverlener %1 heeft al een lopend traject (gestart op %2) dat in dit bestand niet wordt beëindigd.</translation>
    </message>
</context>
<context>
    <name>wzsw::TrajectoryService</name>
    <message>
        <source>Provider %1 already has a running trajectory (%2, started %3). Complete or break off that one first.</source>
        <translation>Dienstverlener %1 heeft al een lopend traject (%2, gestart op %3). Rond dat traject eerst af of breek het af.</translation>
    </message>
</context>
<context>
    <name>wzsw::Usage</name>
    <message numerus="yes">
        <source>%n neighbourhood(s)</source>
        <translation>
            <numerusform>%n wijk</numerusform>
            <numerusform>%n wijken</numerusform>
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
            <numerusform>%n doel</numerusform>
            <numerusform>%n doelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget line(s)</source>
        <translation>
            <numerusform>%n begrotingsregel</numerusform>
            <numerusform>%n begrotingsregels</numerusform>
        </translation>
    </message>
    <message>
        <source>the project settings</source>
        <translation>de projectinstellingen</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliënt</numerusform>
            <numerusform>%n cliënten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n dienstverlener</numerusform>
            <numerusform>%n dienstverleners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(s)</source>
        <translation>
            <numerusform>%n geleverde dienst</numerusform>
            <numerusform>%n geleverde diensten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n hulpvraag</numerusform>
            <numerusform>%n hulpvragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) who can deliver it</source>
        <translation>
            <numerusform>%n dienstverlener die deze dienst kan leveren</numerusform>
            <numerusform>%n dienstverleners die deze dienst kunnen leveren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n overeenkomst</numerusform>
            <numerusform>%n overeenkomsten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trajectory(s)</source>
        <translation>
            <numerusform>%n traject</numerusform>
            <numerusform>%n trajecten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::Violations</name>
    <message>
        <source>A municipality code is GM followed by 4 digits (Tilburg: GM0855).</source>
        <translation>Een gemeentecode is GM gevolgd door 4 cijfers (Tilburg: GM0855).</translation>
    </message>
    <message>
        <source>A neighbourhood code is WK followed by the 4 digits of its municipality and 2 more (WK085501).</source>
        <translation>Een wijkcode is WK gevolgd door de 4 cijfers van de gemeente en nog 2 cijfers (WK085501).</translation>
    </message>
    <message>
        <source>The fee per hour may not be negative.</source>
        <translation>Het tarief per uur mag niet negatief zijn.</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Kies ten minste één onderwerp.</translation>
    </message>
    <message>
        <source>Choose at least one target group.</source>
        <translation>Kies ten minste één doelgroep.</translation>
    </message>
    <message>
        <source>A course is either certified or dropped, not both.</source>
        <translation>Een opleiding eindigt met een diploma of met uitval, niet met allebei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a measure a target can name.</source>
        <translation>&quot;%1&quot; is geen maatstaf waarvoor een doel kan gelden.</translation>
    </message>
    <message>
        <source>A target value must be above 0.</source>
        <translation>De waarde van een doel moet groter zijn dan 0.</translation>
    </message>
    <message>
        <source>A note belongs to either a client or a provider.</source>
        <translation>Een notitie hoort bij één cliënt of bij één dienstverlener.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is verplicht.</translation>
    </message>
    <message>
        <source>%1 may not be before %2.</source>
        <translation>%1 mag niet vóór %2 liggen.</translation>
    </message>
    <message>
        <source>%1 may not be in the future.</source>
        <translation>%1 mag niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>%1 must be exactly 9 digits.</source>
        <translation>%1 moet uit precies 9 cijfers bestaan.</translation>
    </message>
    <message>
        <source>%1 %2 does not pass the eleven-test.</source>
        <translation>%1 %2 voldoet niet aan de elfproef.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a Dutch postcode (four digits, the first not 0, and two letters, like 5038 AB).</source>
        <translation>%1 &quot;%2&quot; is geen Nederlandse postcode (vier cijfers, waarvan het eerste geen 0, en twee letters, zoals 5038 AB).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the letter combinations SA, SD and SS are not issued.</source>
        <translation>%1 &quot;%2&quot;: de lettercombinaties SA, SD en SS worden niet uitgegeven.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an e-mail address.</source>
        <translation>%1 &quot;%2&quot; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>%1 must lie between %2 and %3.</source>
        <translation>%1 moet tussen %2 en %3 liggen.</translation>
    </message>
    <message>
        <source>%1 is required when %2 is filled in.</source>
        <translation>%1 is verplicht als %2 is ingevuld.</translation>
    </message>
    <message>
        <source>%1 %2 is already in use.</source>
        <translation>%1 %2 is al in gebruik.</translation>
    </message>
    <message>
        <source>%1 is already recorded for %2.</source>
        <translation>%1 is al vastgelegd bij %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist.</source>
        <translation>%1 &quot;%2&quot; bestaat niet.</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded delivery(s) would fall outside the dates: adjust %1 or those deliveries first.</source>
        <translation>
            <numerusform>%n vastgelegde inzet zou buiten de data vallen: pas eerst %1 of die inzet aan.</numerusform>
            <numerusform>%n vastgelegde inzetten zouden buiten de data vallen: pas eerst %1 of die inzetten aan.</numerusform>
        </translation>
    </message>
    <message>
        <source>A trajectory that is %1 needs an actual end date.</source>
        <translation>Een traject dat %1 is, moet een werkelijke einddatum hebben.</translation>
    </message>
    <message>
        <source>A matched request needs the provider it was matched to.</source>
        <translation>Bij een gekoppelde hulpvraag hoort de dienstverlener aan wie hij is gekoppeld.</translation>
    </message>
    <message>
        <source>Hours must be more than 0 and at most 12 per delivery.</source>
        <translation>Het aantal uren moet meer dan 0 en hoogstens 12 per inzet zijn.</translation>
    </message>
    <message>
        <source>The date lies before the client&apos;s intake date (%1).</source>
        <translation>De datum ligt vóór de intakedatum van de cliënt (%1).</translation>
    </message>
    <message>
        <source>The date lies after the client&apos;s end date (%1).</source>
        <translation>De datum ligt na de einddatum van de cliënt (%1).</translation>
    </message>
    <message>
        <source>The date lies before the provider&apos;s start date (%1).</source>
        <translation>De datum ligt vóór de startdatum van de dienstverlener (%1).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a multiple of a quarter hour (0.25).</source>
        <translation>%1 &quot;%2&quot; is geen veelvoud van een kwartier (0,25).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation>%1 &quot;%2&quot; is geen getal.</translation>
    </message>
    <message>
        <source>The request this delivery answers belongs to another client.</source>
        <translation>De hulpvraag waar deze inzet bij hoort, is van een andere cliënt.</translation>
    </message>
    <message>
        <source>The fee may not be negative.</source>
        <translation>De bijdrage mag niet negatief zijn.</translation>
    </message>
    <message>
        <source>This data file does not process BSNs (a setting of the file): leave %1 empty.</source>
        <translation>Dit gegevensbestand verwerkt geen BSN (een instelling van het bestand): laat %1 leeg.</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased on %1 under the privacy rules; the record is kept only for the figures and cannot be changed.</source>
        <translation>De gegevens van deze persoon zijn op %1 gewist volgens de privacyregels; het record blijft alleen voor de cijfers bewaard en kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>A person&apos;s data is erased with the erasure function only, not by setting a date.</source>
        <translation>Gegevens van een persoon worden alleen gewist met de functie Persoon wissen, niet door een datum in te vullen.</translation>
    </message>
</context>
<context>
    <name>wzsw::WeekEntryDialog</name>
    <message>
        <source>Enter a week of deliveries</source>
        <translation>Week invoeren</translation>
    </message>
    <message>
        <source>Deliveries of the week</source>
        <translation>Inzet van de week</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstverlener</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Enter the week of</source>
        <translation>Week invoeren van</translation>
    </message>
    <message>
        <source>&amp;Week of</source>
        <translation>&amp;Week van</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>Tab or Enter: next cell. Enter in the last cell: new row. Delete: empty the row. Days as &quot;mo&quot;, &quot;tu&quot; or &quot;2-3&quot;.</source>
        <translation>Tab of Enter: volgende cel. Enter in de laatste cel: nieuwe regel. Delete: regel leegmaken. Dagen als &quot;ma&quot;, &quot;di&quot; of &quot;2-3&quot;.</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation>Week %1: %2 t/m %3</translation>
    </message>
    <message>
        <source>Choose the provider whose week this is.</source>
        <translation>Kies de dienstverlener van wie deze week is.</translation>
    </message>
    <message>
        <source>Choose the client whose week this is.</source>
        <translation>Kies de cliënt van wie deze week is.</translation>
    </message>
    <message>
        <source>Nothing was saved: row %1 is not right. %2</source>
        <translation>Er is niets opgeslagen: regel %1 klopt niet. %2</translation>
    </message>
    <message>
        <source>There is nothing to save yet: type a row first.</source>
        <translation>Er is nog niets om op te slaan: typ eerst een regel.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved.</source>
        <translation>
            <numerusform>%n regel opgeslagen.</numerusform>
            <numerusform>%n regels opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows typed here have not been saved. Close and lose them?</source>
        <translation>De getypte regels zijn niet opgeslagen. Sluiten en ze kwijtraken?</translation>
    </message>
</context>
<context>
    <name>wzsw::WeekEntryModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstverlener</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Dienstsoort</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a day: type a day as &quot;mo&quot; or &quot;2-3&quot;, or a date.</source>
        <translation>%1 &quot;%2&quot; is geen dag: typ een dag als &quot;ma&quot; of &quot;2-3&quot;, of een datum.</translation>
    </message>
    <message>
        <source>%1 %2 is not in the week of %3 to %4.</source>
        <translation>%1 %2 valt niet in de week van %3 tot en met %4.</translation>
    </message>
</context>
<context>
    <name>wzsw::WelcomePage</name>
    <message>
        <source>Welcome to WZSW</source>
        <translation>Welkom bij WZSW</translation>
    </message>
    <message>
        <source>Clients, providers, trajectories, requests and deliveries, partners and agreements of Wonen Zorg Service in de Wijk, in one data file. Start a new data file, open one, or look around in the demo.</source>
        <translation>Cliënten, dienstverleners, trajecten, hulpvragen en inzet, partners en overeenkomsten van Wonen Zorg Service in de Wijk, in één gegevensbestand. Begin een nieuw gegevensbestand, open een bestaand bestand of kijk rond in de demo.</translation>
    </message>
    <message>
        <source>&amp;New data file...</source>
        <translation>&amp;Nieuw gegevensbestand…</translation>
    </message>
    <message>
        <source>&amp;Open a data file...</source>
        <translation>Gegevensbestand &amp;openen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo openen</translation>
    </message>
    <message>
        <source>&amp;Recently opened</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Recently opened files</source>
        <translation>Recent geopende bestanden</translation>
    </message>
    <message>
        <source>Connect to a re&amp;gional server...</source>
        <translation>Verbinden met re&amp;gionale server…</translation>
    </message>
</context>
<context>
    <name>wzsw::WmoProfile</name>
    <message>
        <source>for the Wmo department: per client and service type the deliveries and hours in the period</source>
        <translation>voor de afdeling Wmo: per cliënt en dienstsoort de inzet en uren in de periode</translation>
    </message>
</context>
<context>
    <name>wzsw::WriteTransaction</name>
    <message>
        <source>The data file is open read-only: nothing can be changed.</source>
        <translation>Het gegevensbestand is alleen-lezen geopend: er kan niets worden gewijzigd.</translation>
    </message>
    <message>
        <source>The transaction was already ended.</source>
        <translation>De transactie was al beëindigd.</translation>
    </message>
    <message>
        <source>The connection to the regional server was lost while the change was being saved; it is not certain whether it was stored. Open the data again and look before entering it anew.</source>
        <translation>De verbinding met de regionale server is verbroken terwijl de wijziging werd opgeslagen; het is niet zeker of die is opgeslagen. Open de gegevens opnieuw en kijk na voordat u de wijziging opnieuw invoert.</translation>
    </message>
</context>
<context>
    <name>wzsw::WriterLock</name>
    <message>
        <source>%1 is already open for editing in this program.</source>
        <translation>%1 is in dit programma al geopend om te bewerken.</translation>
    </message>
    <message>
        <source>%1 is being edited by %2. Only one person can edit a data file at a time: open it read-only, or try again when it is closed.</source>
        <translation>%1 wordt bewerkt door %2. Maar één persoon tegelijk kan een gegevensbestand bewerken: open het alleen-lezen, of probeer het opnieuw als het is gesloten.</translation>
    </message>
    <message>
        <source>%1 is being opened by another program right now. Try again in a moment, or open it read-only.</source>
        <translation>%1 wordt op dit moment door een ander programma geopend. Probeer het zo opnieuw, of open het alleen-lezen.</translation>
    </message>
    <message>
        <source>The lock file %1 could not be written (%2): the folder of the data file must be writable to edit it. It can be opened read-only.</source>
        <translation>Het vergrendelingsbestand %1 kon niet worden geschreven (%2): om het gegevensbestand te bewerken moet u in de map ervan kunnen schrijven. Alleen-lezen openen kan wel.</translation>
    </message>
    <message>
        <source>Another program took over this data file: %1. Changes can no longer be saved here; close the file and open it again.</source>
        <translation>Een ander programma heeft dit gegevensbestand overgenomen: %1. Wijzigingen kunnen hier niet meer worden opgeslagen; sluit het bestand en open het opnieuw.</translation>
    </message>
    <message>
        <source>%1 on %2, since %3</source>
        <translation>%1 op %2, sinds %3</translation>
    </message>
    <message>
        <source>The writer lock belongs to a local data file, not to the regional server.</source>
        <translation>De schrijfvergrendeling hoort bij een lokaal gegevensbestand, niet bij de regionale server.</translation>
    </message>
</context>
<context>
    <name>wzsw::cli</name>
    <message>
        <source>new data file with the default service types</source>
        <translation>nieuw gegevensbestand met de standaarddienstsoorten</translation>
    </message>
    <message>
        <source>consistent copy, also while the file is open elsewhere</source>
        <translation>consistente kopie, ook als het bestand elders open is</translation>
    </message>
    <message>
        <source>Usage: wzsw-cli COMMAND [ARGUMENTS]

Commands:
</source>
        <translation>Gebruik: wzsw-cli OPDRACHT [ARGUMENTEN]

Opdrachten:
</translation>
    </message>
    <message>
        <source>Unknown command: %1

</source>
        <translation>Onbekende opdracht: %1

</translation>
    </message>
    <message>
        <source>schema version, integrity, foreign keys, rule violations</source>
        <translation>schemaversie, integriteit, verwijzingen, overtreden regels</translation>
    </message>
    <message>
        <source>fictional but plausible data (Tilburg and neighbours, 2 project years)</source>
        <translation>verzonnen maar geloofwaardige gegevens (Tilburg en omgeving, 2 projectjaren)</translation>
    </message>
    <message>
        <source>steering-group report figures, as text or JSON</source>
        <translation>cijfers voor de rapportage aan de stuurgroep, als tekst of JSON</translation>
    </message>
    <message>
        <source>exchange-format CSV files, or a folder of them</source>
        <translation>CSV-bestanden in het uitwisselformaat, of een map ermee</translation>
    </message>
    <message>
        <source>CSV for another data file or a municipal department</source>
        <translation>CSV voor een ander gegevensbestand of een gemeentelijke afdeling</translation>
    </message>
    <message>
        <source>all data held on one person (AVG art. 15)</source>
        <translation>alle gegevens van één persoon (AVG art. 15)</translation>
    </message>
    <message>
        <source>erase one person; aggregates stay (AVG art. 17)</source>
        <translation>één persoon wissen; totalen blijven gelijk (AVG art. 17)</translation>
    </message>
    <message>
        <source>the audit log: who did what, when</source>
        <translation>het logboek: wie deed wat, en wanneer</translation>
    </message>
    <message>
        <source>copy a local data file into the regional database, codes kept</source>
        <translation>een lokaal gegevensbestand naar de regionale database kopiëren, met behoud van codes</translation>
    </message>
    <message>
        <source>
FILE is a data file (.wzsw) or the regional database as a connection string
postgresql://user@host:port/database?sslmode=require. Leave the password out of
it: it is taken from PGPASSWORD or ~/.pgpass.
&apos;wzsw-cli COMMAND --help&apos; explains one command.
</source>
        <translation>
FILE is een gegevensbestand (.wzsw) of de regionale database als verbindingsreeks
postgresql://gebruiker@host:poort/database?sslmode=require. Laat het wachtwoord
erbuiten: het wordt gelezen uit PGPASSWORD of ~/.pgpass.
&apos;wzsw-cli OPDRACHT --help&apos; legt één opdracht uit.
</translation>
    </message>
</context>
<context>
    <name>wzsw::cli::AuditCommand</name>
    <message>
        <source>Lists the audit log: when, who, what and on which record. Exit status 1 when its hash chain shows that entries were changed or removed.</source>
        <translation>Toont het logboek: wanneer, wie, wat en bij welk record. Eindstatus 1 als de hashketen laat zien dat vermeldingen zijn gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation>Het gegevensbestand.</translation>
    </message>
    <message>
        <source>First day (yyyy-mm-dd, this computer&apos;s time zone).</source>
        <translation>Eerste dag (jjjj-mm-dd, tijdzone van deze computer).</translation>
    </message>
    <message>
        <source>Last day (yyyy-mm-dd), included.</source>
        <translation>Laatste dag (jjjj-mm-dd), inbegrepen.</translation>
    </message>
    <message>
        <source>text (default) or csv (RFC 4180, with the hashes).</source>
        <translation>text (standaard) of csv (RFC 4180, met de hashes).</translation>
    </message>
    <message>
        <source>--format is text or csv, not &quot;%1&quot;.</source>
        <translation>--format is text of csv, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is broken at entry %1: entries from there on were changed, or entries before it removed.</source>
        <translation>De keten van het logboek is verbroken bij vermelding %1: vermeldingen vanaf daar zijn gewijzigd, of eerdere vermeldingen zijn verwijderd.</translation>
    </message>
</context>
<context>
    <name>wzsw::cli::CommandLine</name>
    <message>
        <source>Too few arguments.</source>
        <translation>Te weinig argumenten.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Te veel argumenten.</translation>
    </message>
    <message>
        <source>--%1 needs a date as yyyy-mm-dd, not &quot;%2&quot;.</source>
        <translation>--%1 verwacht een datum als jjjj-mm-dd, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 verwacht een geheel getal van minstens %2, niet &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>wzsw-cli: warning: %1</source>
        <translation>wzsw-cli: waarschuwing: %1</translation>
    </message>
    <message>
        <source>wzsw-cli: warning: no automatic backup was made: %1</source>
        <translation>wzsw-cli: waarschuwing: er is geen automatische reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <source>wzsw-cli: %1 was made by an older version of the program and is updated now, after a check and a backup.</source>
        <translation>wzsw-cli: %1 is gemaakt door een oudere versie van het programma en wordt nu bijgewerkt, na een controle en een reservekopie.</translation>
    </message>
</context>
<context>
    <name>wzsw::cli::DemoCommand</name>
    <message>
        <source>Creates a new data file with fictional but plausible data for Tilburg and its neighbours over two project years. The same seed gives the same file contents.</source>
        <translation>Maakt een nieuw gegevensbestand met verzonnen maar geloofwaardige gegevens voor Tilburg en omgeving over twee projectjaren. Met dezelfde seed krijgt het bestand dezelfde inhoud.</translation>
    </message>
    <message>
        <source>The new data file (.wzsw).</source>
        <translation>Het nieuwe gegevensbestand (.wzsw).</translation>
    </message>
    <message>
        <source>Number of clients (default 400); providers and deliveries follow in proportion.</source>
        <translation>Aantal cliënten (standaard 400); dienstverleners en geleverde diensten volgen naar verhouding.</translation>
    </message>
    <message>
        <source>Seed of the fictional data (default 1).</source>
        <translation>Seed van de verzonnen gegevens (standaard 1).</translation>
    </message>
    <message>
        <source>--clients goes up to %1, --seed up to 4294967295.</source>
        <translation>--clients gaat tot en met %1, --seed tot en met 4294967295.</translation>
    </message>
    <message>
        <source>Created %1: %2 clients, %3 providers, %4 deliveries.</source>
        <translation>%1 gemaakt: %2 cliënten, %3 dienstverleners, %4 geleverde diensten.</translation>
    </message>
    <message>
        <source>Making demo data</source>
        <translation>Demogegevens maken</translation>
    </message>
</context>
<context>
    <name>wzsw::cli::ExportCommand</name>
    <message>
        <source>The data file (.wzsw).</source>
        <translation>Het gegevensbestand (.wzsw).</translation>
    </message>
    <message>
        <source>What to export: %1.</source>
        <translation>Wat er wordt geëxporteerd: %1.</translation>
    </message>
    <message>
        <source>Where to write: a folder for the exchange profile, else a file.</source>
        <translation>Waar de export komt: een map voor het uitwisselprofiel, anders een bestand.</translation>
    </message>
    <message>
        <source>First day of the period (yyyy-mm-dd).</source>
        <translation>Eerste dag van de periode (jjjj-mm-dd).</translation>
    </message>
    <message>
        <source>Last day of the period (yyyy-mm-dd).</source>
        <translation>Laatste dag van de periode (jjjj-mm-dd).</translation>
    </message>
    <message>
        <source>Only this municipality, e.g. GM0855.</source>
        <translation>Alleen deze gemeente, bijvoorbeeld GM0855.</translation>
    </message>
    <message>
        <source>CSV dialect: %1 (each profile has its default).</source>
        <translation>CSV-dialect: %1 (elk profiel heeft een eigen standaard).</translation>
    </message>
    <message>
        <source>Who receives it: pseudonyms are made for them.</source>
        <translation>Wie de export ontvangt: voor die ontvanger worden pseudoniemen gemaakt.</translation>
    </message>
    <message>
        <source>Include names (default: pseudonyms only).</source>
        <translation>Met namen (standaard: alleen pseudoniemen).</translation>
    </message>
    <message>
        <source>Include BSNs.</source>
        <translation>Met BSN.</translation>
    </message>
    <message>
        <source>--profile is required: %1.</source>
        <translation>--profile is verplicht: %1.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;; there are: %2.</source>
        <translation>Er is geen profiel &quot;%1&quot;; wel zijn er: %2.</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>--out is verplicht.</translation>
    </message>
    <message>
        <source>--to may not be before --from.</source>
        <translation>--to mag niet vóór --from liggen.</translation>
    </message>
    <message>
        <source>--municipality needs a code like GM0855, not &quot;%1&quot;.</source>
        <translation>--municipality verwacht een code zoals GM0855, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no dialect &quot;%1&quot;; there are: %2.</source>
        <translation>Er is geen dialect &quot;%1&quot;; wel zijn er: %2.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n rij</numerusform>
            <numerusform>%1: %n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschreven naar %1.</translation>
    </message>
    <message>
        <source>Exports data to CSV. Profiles:</source>
        <translation>Exporteert gegevens naar CSV. Profielen:</translation>
    </message>
    <message>
        <source>Language of the column titles and labels of the department profiles: nl or en (default: the system&apos;s).</source>
        <translation>Taal van de kolomkoppen en labels van de afdelingsprofielen: nl of en (standaard: die van het systeem).</translation>
    </message>
    <message>
        <source>Why names or BSNs leave the program; required with --with-names and --with-bsn, and kept in the audit log.</source>
        <translation>Waarom namen of BSN het programma verlaten; verplicht bij --with-names en --with-bsn, en vastgelegd in het logboek.</translation>
    </message>
    <message>
        <source>--lang must be nl or en, not &quot;%1&quot;.</source>
        <translation>--lang moet nl of en zijn, niet &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>wzsw::cli::FileCommands</name>
    <message>
        <source>Creates a new data file with the default service types.</source>
        <translation>Maakt een nieuw gegevensbestand met de standaarddienstsoorten.</translation>
    </message>
    <message>
        <source>The new data file (.wzsw).</source>
        <translation>Het nieuwe gegevensbestand (.wzsw).</translation>
    </message>
    <message>
        <source>CBS code of the first municipality, e.g. GM0855.</source>
        <translation>CBS-code van de eerste gemeente, bijvoorbeeld GM0855.</translation>
    </message>
    <message>
        <source>Name of the first municipality, e.g. Tilburg.</source>
        <translation>Naam van de eerste gemeente, bijvoorbeeld Tilburg.</translation>
    </message>
    <message>
        <source>--municipality and --name go together.</source>
        <translation>--municipality en --name horen bij elkaar.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 gemaakt.</translation>
    </message>
    <message>
        <source>Writes a consistent, verified copy of a data file, also while the file is open in another program.</source>
        <translation>Schrijft een consistente, gecontroleerde kopie van een gegevensbestand, ook als het bestand in een ander programma open is.</translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation>Het gegevensbestand.</translation>
    </message>
    <message>
        <source>Where the copy goes.</source>
        <translation>Waar de kopie komt.</translation>
    </message>
    <message>
        <source>Copied to %1 and verified.</source>
        <translation>Gekopieerd naar %1 en gecontroleerd.</translation>
    </message>
    <message>
        <source>Checks a data file: schema version, integrity, references, the audit log and every rule over every record. Exit status 1 when anything is wrong, with the list of problems.</source>
        <translation>Controleert een gegevensbestand: schemaversie, integriteit, verwijzingen, het logboek en elke regel voor elk record. Eindstatus 1 als er iets mis is, met de lijst van problemen.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n probleem gevonden.</numerusform>
            <numerusform>%n problemen gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retention period could not be checked: %1</source>
        <translation>De bewaartermijn kon niet worden gecontroleerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retention: nobody is past the period of %n year(s) after the end.</source>
        <translation>
            <numerusform>Bewaartermijn: niemand is over de termijn van %n jaar na het einde.</numerusform>
            <numerusform>Bewaartermijn: niemand is over de termijn van %n jaar na het einde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention: %n person(s) past the period of %1 year(s) after the end; erase them (wzsw-cli erase) unless they must be kept longer:</source>
        <translation>
            <numerusform>Bewaartermijn: %n persoon is over de termijn van %1 jaar na het einde; wis deze (wzsw-cli erase), tenzij de gegevens langer bewaard moeten worden:</numerusform>
            <numerusform>Bewaartermijn: %n personen zijn over de termijn van %1 jaar na het einde; wis ze (wzsw-cli erase), tenzij de gegevens langer bewaard moeten worden:</numerusform>
        </translation>
    </message>
    <message>
        <source>client %1, ended %2</source>
        <translation>cliënt %1, beëindigd op %2</translation>
    </message>
    <message>
        <source>provider %1, left %2</source>
        <translation>dienstverlener %1, uitgestroomd op %2</translation>
    </message>
    <message>
        <source>backup copies a local data file. The regional server is backed up with PostgreSQL&apos;s own pg_dump, by its administrator.</source>
        <translation>backup kopieert een lokaal gegevensbestand. Van de regionale server maakt de beheerder reservekopieën met pg_dump van PostgreSQL zelf.</translation>
    </message>
</context>
<context>
    <name>wzsw::cli::ImportCommand</name>
    <message>
        <source>Imports exchange-format CSV files (municipalities.csv ... settings.csv) into a data file, all or nothing: on any problem nothing is stored and every problem is listed.</source>
        <translation>Leest CSV-bestanden in het uitwisselformaat (municipalities.csv ... settings.csv) in een gegevensbestand in, alles of niets: bij elk probleem wordt niets opgeslagen en worden alle problemen genoemd.</translation>
    </message>
    <message>
        <source>The data file (.wzsw).</source>
        <translation>Het gegevensbestand (.wzsw).</translation>
    </message>
    <message>
        <source>CSV files, or folders of them.</source>
        <translation>CSV-bestanden, of mappen ermee.</translation>
    </message>
    <message>
        <source>Check everything and report what would be imported, but store nothing.</source>
        <translation>Alles controleren en melden wat er zou worden ingelezen, maar niets opslaan.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Inlezen</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was stored.</source>
        <translation>
            <numerusform>%n probleem gevonden; er is niets opgeslagen.</numerusform>
            <numerusform>%n problemen gevonden; er is niets opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1: %2 toegevoegd, %3 bijgewerkt, %4 ongewijzigd</translation>
    </message>
    <message>
        <source>Dry run: every row is valid; nothing was stored.</source>
        <translation>Proefrun: elke regel is geldig; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Ingelezen.</translation>
    </message>
</context>
<context>
    <name>wzsw::cli::MigrateCommand</name>
    <message>
        <source>Copies a local data file into the regional database, all or nothing, every code kept. Conflicts (a code the server holds with other data, a municipality the server does not have) are listed and then nothing is copied. The way back: &apos;wzsw-cli export SERVER --profile exchange&apos; and &apos;wzsw-cli import&apos; into a new file.</source>
        <translation>Kopieert een lokaal gegevensbestand naar de regionale database, alles of niets, met behoud van elke code. Conflicten (een code die de server met andere gegevens heeft, een gemeente die de server niet kent) worden opgesomd en dan wordt er niets gekopieerd. De weg terug: &apos;wzsw-cli export SERVER --profile exchange&apos; en &apos;wzsw-cli import&apos; in een nieuw bestand.</translation>
    </message>
    <message>
        <source>The local data file (.wzsw).</source>
        <translation>Het lokale gegevensbestand (.wzsw).</translation>
    </message>
    <message>
        <source>The regional database: postgresql://user@host:port/database (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>De regionale database: postgresql://gebruiker@host:poort/database (het wachtwoord uit PGPASSWORD of ~/.pgpass).</translation>
    </message>
    <message>
        <source>First the local data file, then the connection string postgresql://...</source>
        <translation>Eerst het lokale gegevensbestand, dan de verbindingsreeks postgresql://...</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Kopiëren</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) or problem(s) found; nothing was copied to %1.</source>
        <translation>
            <numerusform>%n conflict of probleem gevonden; er is niets gekopieerd naar %1.</numerusform>
            <numerusform>%n conflicten of problemen gevonden; er is niets gekopieerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 copied, %3 already on the server</source>
        <translation>%1: %2 gekopieerd, %3 stond al op de server</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>%1 gekopieerd naar %2.</translation>
    </message>
    <message>
        <source>contact notes</source>
        <translation>contactmomenten</translation>
    </message>
</context>
<context>
    <name>wzsw::cli::PrivacyCommands</name>
    <message>
        <source>The client&apos;s code, e.g. C-0001.</source>
        <translation>De code van de cliënt, bijvoorbeeld C-0001.</translation>
    </message>
    <message>
        <source>The provider&apos;s code, e.g. P-0001.</source>
        <translation>De code van de dienstverlener, bijvoorbeeld P-0001.</translation>
    </message>
    <message>
        <source>Give either --client or --provider.</source>
        <translation>Geef --client of --provider op.</translation>
    </message>
    <message>
        <source>Writes everything the data file holds on one person (AVG article 15) into a folder: a readable document (CODE.html) and one CSV file per part. The access is recorded in the audit log.</source>
        <translation>Schrijft alle gegevens die het gegevensbestand over één persoon bevat (AVG artikel 15) in een map: een leesbaar document (CODE.html) en één CSV-bestand per onderdeel. De inzage wordt vastgelegd in het logboek.</translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation>Het gegevensbestand.</translation>
    </message>
    <message>
        <source>The folder for the files (made when missing).</source>
        <translation>De map voor de bestanden (wordt gemaakt als hij ontbreekt).</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>--out is verplicht.</translation>
    </message>
    <message>
        <source>Erase %1 %2 (%3)? Names, address, contact details, BSN, case notes and the free texts about this person are removed for good; the record and the figures stay.
Type the code to confirm: </source>
        <translation>%1 %2 (%3) wissen? Namen, adres, contactgegevens, BSN, contactmomenten en de vrije teksten over deze persoon worden definitief verwijderd; het record en de cijfers blijven.
Typ de code om te bevestigen: </translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliënt</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>dienstverlener</translation>
    </message>
    <message>
        <source>Erases one person&apos;s identifying data for good (AVG article 17); the record stays under its code and every figure stays the same. Asks for confirmation unless --yes is given.</source>
        <translation>Wist de identificerende gegevens van één persoon definitief (AVG artikel 17); het record blijft onder de code bestaan en alle cijfers blijven gelijk. Vraagt om bevestiging, tenzij --yes is opgegeven.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Niet om bevestiging vragen.</translation>
    </message>
    <message>
        <source>Erasing needs a confirmation: run it on a terminal, or add --yes. Nothing was changed.</source>
        <translation>Wissen vraagt om bevestiging: voer het uit in een terminal, of voeg --yes toe. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>Niet bevestigd: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 was erased before, on %2; the file was compacted again.</source>
        <translation>%1 is al eerder gewist, op %2; het bestand is opnieuw gecomprimeerd.</translation>
    </message>
    <message numerus="yes">
        <source>Erased %1: %n case note(s) removed</source>
        <translation>
            <numerusform>%1 gewist: %n contactmoment verwijderd</numerusform>
            <numerusform>%1 gewist: %n contactmomenten verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n free text(s) cleared</source>
        <translation>
            <numerusform>, %n vrije tekst leeggemaakt</numerusform>
            <numerusform>, %n vrije teksten leeggemaakt</numerusform>
        </translation>
    </message>
    <message>
        <source>; date of birth kept as %1.</source>
        <translation>; geboortedatum bewaard als %1.</translation>
    </message>
    <message>
        <source>wzsw-cli: warning: the file could not be compacted (%1): older copies of the erased data may remain in unused parts of it. Free disk space and run the same erase command again.</source>
        <translation>wzsw-cli: waarschuwing: het bestand kon niet worden gecomprimeerd (%1): oudere kopieën van de gewiste gegevens kunnen nog in ongebruikte delen ervan staan. Maak schijfruimte vrij en voer dezelfde wisopdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>The person was erased from the data file, but not from every automatic backup: %1</source>
        <translation>De persoon is uit het gegevensbestand gewist, maar niet uit elke automatische reservekopie: %1</translation>
    </message>
    <message numerus="yes">
        <source>Also erased from %n automatic backup(s).</source>
        <translation>
            <numerusform>Ook gewist uit %n automatische reservekopie.</numerusform>
            <numerusform>Ook gewist uit %n automatische reservekopieën.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies made outside the program (exports, copies by hand) must be deleted by hand.</source>
        <translation>Kopieën die buiten het programma zijn gemaakt (exports, zelfgemaakte kopieën) moeten met de hand worden verwijderd.</translation>
    </message>
    <message>
        <source>On the regional server, older copies of the erased data remain in the server&apos;s backups until its administrator&apos;s backup rotation removes them.</source>
        <translation>Op de regionale server blijven oudere kopieën van de gewiste gegevens in de reservekopieën van de server staan, tot de beheerder ze bij het vervangen van de reservekopieën verwijdert.</translation>
    </message>
</context>
<context>
    <name>wzsw::cli::ReportCommand</name>
    <message>
        <source>Computes the figures of a steering-group report and writes them as JSON, or prints the key figures. The period comes from the project settings: the project start to the interim-1 date, the interim-2 date or the project end; a monthly overview covers the calendar month of --to (up to --to), or of today.</source>
        <translation>Berekent de cijfers van een rapportage voor de stuurgroep en schrijft ze als JSON, of toont de kerncijfers. De periode komt uit de projectinstellingen: van de start van het project tot de datum van de eerste of tweede tussenrapportage of het einde van het project; een maandoverzicht beslaat de kalendermaand van --to (tot en met --to), of die van vandaag.</translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation>Het gegevensbestand.</translation>
    </message>
    <message>
        <source>interim-1, interim-2, final or monthly.</source>
        <translation>interim-1, interim-2, final of monthly.</translation>
    </message>
    <message>
        <source>First day of the period, instead of the default.</source>
        <translation>Eerste dag van de periode, in plaats van de standaard.</translation>
    </message>
    <message>
        <source>Last day of the period, instead of the default.</source>
        <translation>Laatste dag van de periode, in plaats van de standaard.</translation>
    </message>
    <message>
        <source>Report for one municipality, e.g. GM0855 (default: the only municipality of the file, or the region).</source>
        <translation>Rapportage voor één gemeente, bijvoorbeeld GM0855 (standaard: de enige gemeente in het bestand, of de regio).</translation>
    </message>
    <message>
        <source>Report for the region: every municipality.</source>
        <translation>Rapportage voor de regio: alle gemeenten.</translation>
    </message>
    <message>
        <source>Language of the labels: nl or en.</source>
        <translation>Taal van de opschriften: nl of en.</translation>
    </message>
    <message>
        <source>Write the figures as JSON to this file.</source>
        <translation>De cijfers als JSON naar dit bestand schrijven.</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Rapportage berekenen</translation>
    </message>
    <message>
        <source>--kind is needed: %1.</source>
        <translation>--kind is verplicht: %1.</translation>
    </message>
    <message>
        <source>--kind must be one of %1, not &quot;%2&quot;.</source>
        <translation>--kind moet een van %1 zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from mag niet na --to liggen.</translation>
    </message>
    <message>
        <source>Give either --municipality or --region, not both.</source>
        <translation>Geef --municipality of --region op, niet allebei.</translation>
    </message>
    <message>
        <source>--municipality needs a CBS code like GM0855, not &quot;%1&quot;.</source>
        <translation>--municipality verwacht een CBS-code zoals GM0855, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--lang must be nl or en, not &quot;%1&quot;.</source>
        <translation>--lang moet nl of en zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschreven.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>regio</translation>
    </message>
    <message>
        <source>Period: %1 .. %2</source>
        <translation>Periode: %1 t/m %2</translation>
    </message>
    <message>
        <source>Clients: %1 new, %2 served, %3 active at the end</source>
        <translation>Cliënten: %1 nieuw, %2 geholpen, %3 actief aan het einde</translation>
    </message>
    <message>
        <source>Providers: %1 new, %2 active</source>
        <translation>Dienstverleners: %1 nieuw, %2 actief</translation>
    </message>
    <message>
        <source>Deliveries: %1, %2 hours, fees %3</source>
        <translation>Geleverde diensten: %1, %2 uur, bijdragen %3</translation>
    </message>
    <message>
        <source>Trajectories: %1 started, %2 completed, %3 broken off, %4 running at the end</source>
        <translation>Trajecten: %1 gestart, %2 afgerond, %3 afgebroken, %4 lopend aan het einde</translation>
    </message>
    <message>
        <source>Outflow: %1, of which %2 to paid work</source>
        <translation>Uitstroom: %1, waarvan %2 naar betaald werk</translation>
    </message>
    <message>
        <source>Course: %1 enrolled, %2 certified</source>
        <translation>Opleiding: %1 ingeschreven, %2 gediplomeerd</translation>
    </message>
    <message>
        <source>Participation ladder: %1 assessed, %2 went up</source>
        <translation>Participatieladder: %1 gemeten, %2 gestegen</translation>
    </message>
    <message>
        <source>Agreements: %1 active, %2 expiring</source>
        <translation>Overeenkomsten: %1 actief, %2 binnenkort aflopend</translation>
    </message>
    <message>
        <source>Budget: income %1 planned, %2 realised; cost %3 planned, %4 realised</source>
        <translation>Begroting: inkomsten %1 begroot, %2 gerealiseerd; uitgaven %3 begroot, %4 gerealiseerd</translation>
    </message>
    <message>
        <source>Target %1 (%2 .. %3): %4 of %5, %6 % realised, %7 % expected%8</source>
        <translation>Doel %1 (%2 t/m %3): %4 van %5, %6 % gerealiseerd, %7 % verwacht%8</translation>
    </message>
    <message>
        <source> - behind</source>
        <translation> - achter op schema</translation>
    </message>
    <message>
        <source>Write the printed report as PDF to this file (A4, with charts; recorded in the audit log as printed).</source>
        <translation>De afdrukbare rapportage als pdf naar dit bestand schrijven (A4, met grafieken; in het logboek vastgelegd als afgedrukt).</translation>
    </message>
    <message>
        <source>This wzsw-cli was built without the report renderer: PDF output is not available; use --json.</source>
        <translation>Deze wzsw-cli is gebouwd zonder de opmaak van rapportages: uitvoer als pdf is niet beschikbaar; gebruik --json.</translation>
    </message>
</context>
<context>
    <name>wzsw::cli::ReportPdf</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschreven (%n pagina).</numerusform>
            <numerusform>%1 geschreven (%n pagina&apos;s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wzsw::display</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
</TS>
