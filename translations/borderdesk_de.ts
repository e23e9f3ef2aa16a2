<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddressFormat</name>
    <message>
        <source> or </source>
        <comment>between postal-code examples</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source>postal code is missing; %1 addresses need one, e.g. %2</source>
        <translation>Postleitzahl fehlt; Adressen in %1 brauchen eine, z. B. %2</translation>
    </message>
    <message>
        <source>postal code &quot;%1&quot; does not fit; %2 postal codes look like %3</source>
        <translation>Postleitzahl „%1“ passt nicht; Postleitzahlen in %2 sehen aus wie %3</translation>
    </message>
</context>
<context>
    <name>AmazonOrderMapper</name>
    <message>
        <source>the row has no order-id</source>
        <translation>die Zeile hat keine order-id</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Backup copy written to %1 and checked.</source>
        <translation>Sicherungskopie nach %1 geschrieben und geprüft.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The database it replaced is kept at %1.</source>
        <translation>Die ersetzte Datenbank liegt unter %1.</translation>
    </message>
    <message>
        <source>%1: quick_check ok, schema %2.</source>
        <translation>%1: quick_check in Ordnung, Schema %2.</translation>
    </message>
</context>
<context>
    <name>BarcodePainter</name>
    <message>
        <source>There is nothing to encode as %1.</source>
        <translation>Es gibt nichts, das als %1 codiert werden kann.</translation>
    </message>
    <message>
        <source>An EAN-13 barcode needs exactly 13 digits, not “%1”.</source>
        <translation>Ein EAN-13-Barcode braucht genau 13 Ziffern, nicht „%1“.</translation>
    </message>
    <message>
        <source>A UPC-A barcode needs exactly 12 digits, not “%1”.</source>
        <translation>Ein UPC-A-Barcode braucht genau 12 Ziffern, nicht „%1“.</translation>
    </message>
    <message>
        <source>“%1” is too long for a %2 barcode.</source>
        <translation>„%1“ ist zu lang für einen %2-Barcode.</translation>
    </message>
    <message>
        <source>The check digit of “%1” is wrong, so it cannot be printed as %2.</source>
        <translation>Die Prüfziffer von „%1“ ist falsch, daher kann es nicht als %2 gedruckt werden.</translation>
    </message>
    <message>
        <source>“%1” contains characters a %2 barcode cannot carry.</source>
        <translation>„%1“ enthält Zeichen, die ein %2-Barcode nicht darstellen kann.</translation>
    </message>
    <message>
        <source>Could not encode “%1” as %2: %3</source>
        <translation>„%1“ konnte nicht als %2 codiert werden: %3</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>GS1-128</source>
        <translation>GS1-128</translation>
    </message>
    <message>
        <source>EAN-13</source>
        <translation>EAN-13</translation>
    </message>
    <message>
        <source>UPC-A</source>
        <translation>UPC-A</translation>
    </message>
    <message>
        <source>QR Code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Data Matrix</source>
        <translation>Data Matrix</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Add one in the system&apos;s printer settings.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet. Fügen Sie in den Druckereinstellungen des Systems einen hinzu.</translation>
    </message>
    <message>
        <source>Preparing the documents: order %1 of %2</source>
        <translation>Dokumente werden vorbereitet: Bestellung %1 von %2</translation>
    </message>
    <message>
        <source>Sending to the printer: order %1 of %2</source>
        <translation>Wird an den Drucker gesendet: Bestellung %1 von %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was printed.</source>
        <translation>Abgebrochen. Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Drucken fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Printed the documents of %Ln order(s).</source>
        <translation>
            <numerusform>Die Dokumente von %Ln Bestellung wurden gedruckt.</numerusform>
            <numerusform>Die Dokumente von %Ln Bestellungen wurden gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Batch</source>
        <translation>Sammeldruck</translation>
    </message>
    <message numerus="yes">
        <source>The documents of %Ln order(s) are printed as one print job, in the order chosen below.</source>
        <translation>
            <numerusform>Die Dokumente von %Ln Bestellung werden als ein Druckauftrag gedruckt, in der unten gewählten Reihenfolge.</numerusform>
            <numerusform>Die Dokumente von %Ln Bestellungen werden als ein Druckauftrag gedruckt, in der unten gewählten Reihenfolge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print &amp;order:</source>
        <translation>Druckreihenf&amp;olge:</translation>
    </message>
    <message>
        <source>By SKU</source>
        <translation>Nach SKU</translation>
    </message>
    <message>
        <source>By bin location</source>
        <translation>Nach Lagerplatz</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>Wie aufgelistet</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>D&amp;rucker:</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
</context>
<context>
    <name>BatchPrintJob</name>
    <message numerus="yes">
        <source>Borderdesk: documents of %Ln order(s)</source>
        <translation>
            <numerusform>Borderdesk: Dokumente von %Ln Bestellung</numerusform>
            <numerusform>Borderdesk: Dokumente von %Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents of order %1 could not be made: %2</source>
        <translation>Die Dokumente der Bestellung %1 konnten nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>The documents of order %1 could not be made.</source>
        <translation>Die Dokumente der Bestellung %1 konnten nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>BorderdeskOrderMapper</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status</source>
        <translation>„%1“ ist kein Bestellstatus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not DAP or DDP</source>
        <translation>„%1“ ist weder DAP noch DDP</translation>
    </message>
</context>
<context>
    <name>ByteCsvReader</name>
    <message>
        <source>a quoted field that starts here is never closed (missing &quot;)</source>
        <translation>ein hier beginnendes Feld in Anführungszeichen wird nie geschlossen (fehlendes &quot;)</translation>
    </message>
</context>
<context>
    <name>CarrierPresets</name>
    <message>
        <source>the carrier presets are missing from this build</source>
        <translation>die Vorlagen für Versanddienstleister fehlen in diesem Build</translation>
    </message>
    <message>
        <source>the carrier presets are not valid JSON: %1</source>
        <translation>die Vorlagen für Versanddienstleister sind kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>CarrierRepository</name>
    <message>
        <source>cannot save carrier %1: %2</source>
        <translation>Versanddienstleister %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>there is no carrier %1</source>
        <translation>es gibt keinen Versanddienstleister %1</translation>
    </message>
    <message>
        <source>cannot save service %1: %2</source>
        <translation>Versandart %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot save the rate card of %1: %2</source>
        <translation>die Tariftabelle von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>there is no service %1</source>
        <translation>es gibt keine Versandart %1</translation>
    </message>
</context>
<context>
    <name>CarriersView</name>
    <message>
        <source>Remove service</source>
        <translation>Versandart entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and its rate card? Shipments already booked keep their price.</source>
        <translation>%1 und die zugehörige Tariftabelle entfernen? Bereits gebuchte Sendungen behalten ihren Preis.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import rate cards</source>
        <translation>Tariftabellen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export rate cards</source>
        <translation>Tariftabellen exportieren</translation>
    </message>
    <message>
        <source>rate-cards.csv</source>
        <translation>rate-cards.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Default service</source>
        <translation>Standard-Versandart</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>Die Regel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Default service: the cheapest.</source>
        <translation>Standard-Versandart: die günstigste.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Rate cards written to %1.</source>
        <translation>Tariftabellen in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Versandart bearbeiten</translation>
    </message>
    <message>
        <source>The service was not saved: %1</source>
        <translation>Die Versandart wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Switch service</source>
        <translation>Versandart umschalten</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>%1 is offered in rate shopping again.</source>
        <translation>%1 wird im Tarifvergleich wieder angeboten.</translation>
    </message>
    <message>
        <source>%1 is switched off: rate shopping no longer offers it.</source>
        <translation>%1 ist deaktiviert: Der Tarifvergleich bietet sie nicht mehr an.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Ship-from address saved.</source>
        <translation>Absenderadresse gespeichert.</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the service&apos;s fields and its carrier&apos;s name and tracking link</source>
        <translation>Die Felder der Versandart sowie Name und Tracking-Link ihres Versanddienstleisters bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Import rate cards…</source>
        <translation>Tariftabellen &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport rate cards…</source>
        <translation>Tariftabellen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ship-&amp;from address…</source>
        <translation>&amp;Absenderadresse…</translation>
    </message>
    <message>
        <source>&amp;Printers…</source>
        <translation>&amp;Drucker…</translation>
    </message>
    <message>
        <source>Ra&amp;te shop…</source>
        <translation>&amp;Tarifvergleich…</translation>
    </message>
    <message>
        <source>Compare every active service&apos;s price for a parcel to a country</source>
        <translation>Den Preis jeder aktiven Versandart für ein Paket in ein Land vergleichen</translation>
    </message>
    <message>
        <source>The cheapest arriving &amp;within (days, 0 = any):</source>
        <translation>Die günstigste mit &amp;Laufzeit bis (Tage, 0 = beliebig):</translation>
    </message>
    <message>
        <source>&amp;Packaging weight (g):</source>
        <translation>Ver&amp;packungsgewicht (g):</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>Regel &amp;speichern</translation>
    </message>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %Ln day(s).</source>
        <translation>
            <numerusform>Standard-Versandart: die günstigste mit Zustellung innerhalb von %Ln Tag.</numerusform>
            <numerusform>Standard-Versandart: die günstigste mit Zustellung innerhalb von %Ln Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in the file.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %Ln Problem in der Datei.</numerusform>
            <numerusform>Es wurde nichts importiert: %Ln Probleme in der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate card(s) imported.</source>
        <translation>
            <numerusform>%Ln Tariftabelle importiert.</numerusform>
            <numerusform>%Ln Tariftabellen importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>Barcode labels</source>
        <translation>Barcode-Etiketten</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Product files (*.csv *.txt);;All files (*)</source>
        <translation>Artikeldateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated product(s).</source>
        <translation>%1 neue und %2 aktualisierte Artikel importiert.</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message>
        <source>products.csv</source>
        <translation>products.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting products…</source>
        <translation>Artikel werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Exported the catalogue to %1</source>
        <translation>Katalog nach %1 exportiert</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>SKU, Name oder Barcode suchen</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Alle Ursprungsländer</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktiv und inaktiv</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Nur inaktive</translation>
    </message>
    <message>
        <source>&amp;Add product</source>
        <translation>&amp;Artikel hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Landed cost…</source>
        <translation>&amp;Einstandskosten…</translation>
    </message>
    <message>
        <source>&amp;Barcode labels…</source>
        <translation>&amp;Barcode-Etiketten…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln product(s)</source>
        <translation>
            <numerusform>%Ln Artikel duplizieren</numerusform>
            <numerusform>%Ln Artikel duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s). Undo brings them back.</source>
        <translation>
            <numerusform>%Ln Artikel gelöscht. Mit Rückgängig lässt er sich wiederherstellen.</numerusform>
            <numerusform>%Ln Artikel gelöscht. Mit Rückgängig lassen sie sich wiederherstellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelFeesDialog</name>
    <message>
        <source>A fee is a percentage from 0 to 100 with a dot for decimals, like 2.9. Check: %1</source>
        <translation>Eine Gebühr ist ein Prozentsatz von 0 bis 100 mit Punkt als Dezimaltrennzeichen, z. B. 2.9. Bitte prüfen: %1</translation>
    </message>
    <message>
        <source>Cancelled: the fees were left as they were.</source>
        <translation>Abgebrochen: Die Gebühren wurden nicht geändert.</translation>
    </message>
    <message>
        <source>The fees could not be saved: %1</source>
        <translation>Die Gebühren konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Channel fees</source>
        <translation>Kanalgebühren</translation>
    </message>
    <message>
        <source>The share of revenue each sales channel keeps as its fee, in percent. Margins in the reports subtract it. Saving counts every order again.</source>
        <translation>Der Anteil am Umsatz, den jeder Verkaufskanal als Gebühr einbehält, in Prozent. Die Berichte ziehen ihn von der Marge ab. Beim Speichern werden alle Bestellungen neu berechnet.</translation>
    </message>
    <message>
        <source>No channel has orders yet.</source>
        <translation>Noch kein Verkaufskanal hat Bestellungen.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: borderdesk-cli [--db PATH] COMMAND [OPTIONS]

Commands:
  init [--demo] [--base-currency CUR] [--home-country CC]
                         create or open the database; --demo adds a sample shop
  products import FILE [--dry-run] [--currency CUR]
                         import a Shopify or Borderdesk product CSV (all or nothing)
  products export FILE   write the catalogue as Borderdesk product CSV
  products list [--json] [--search TEXT] [--category NAME]
  rates import FILE      import an ECB reference-rate file (daily/history XML or CSV)
  rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]
                         convert at the latest rates on or before the date (default today)
  rates list [--currency CUR] [--json]
                         the newest rate of each currency, or one currency&apos;s history
  rates set CUR RATE [--date YYYY-MM-DD]
                         enter a rate by hand: RATE units of CUR per 1 EUR
  markets list [--json]  the markets and their taxes, duties and thresholds
  markets show CODE [--json]
  markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]
  markets clone CODE NEWCODE [--name NAME]
                         copy a market&apos;s whole set-up to a new market
  price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
                         the price in a market with its landed cost and margin
  price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
                         reprice a market&apos;s price list (every change kept in the history)
  price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
                         a market&apos;s prices as CSV, or XLSX when FILE ends in .xlsx
  price fix SKU --market CODE AMOUNT|--clear
                         fix a product&apos;s price in a market, or return it to the market&apos;s rule
  orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]
                         import a Shopify, Amazon or eBay order report or a Borderdesk orders CSV
  orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]
  orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N]
              [--from DATE] [--to DATE] [--limit N] [--json]
  orders show NUMBER [--json]
  orders check NUMBER [--json]
                         check again: restricted goods, shipping readiness, fraud score and reasons
  orders set-status NUMBER STATUS [--note TEXT]
                         new, on_hold, ready_to_ship, picked, packed, shipped, delivered, cancelled, returned
  orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT]
              [--address2 TEXT] [--city TEXT] [--province TEXT]
                         correct the recipient&apos;s details (phone checked, stored as E.164) and check again
  orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]
                         the fraud rules&apos; weights and the hold threshold
  orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]
                         the freight forwarders&apos; addresses the fraud check knows
  orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG]
              [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--mailto]
                         a message to the customer in their language, or as a mailto: link
  ship quote (ORDER | --to CC --weight G [--dims LxWxH]) [--json]
                         every service&apos;s price with the billable weight explained, the default marked
  ship create ORDER [--service CODE] [--tracking N]… [--weight G [--dims LxWxH]]
                         book a shipment (refused when the order must not ship)
  ship list ORDER [--json]    the order&apos;s shipments, packages and tracking links
  ship track ORDER NUMBER [--package N]
                         the carrier&apos;s tracking number for a package, checked against its scheme
  ship packed ORDER | ship shipped ORDER
  ship services [--json]      carriers&apos; services and their rate cards
  ship rates import|export FILE [--dry-run]
                         rate cards as CSV (all or nothing)
  ship sender [--name N] [--company C] [--line1 …] [--city …] [--postal-code Z] [--phone P]
              [--email E] [--vat-number V] [--eori E] [--ioss I] [--signatory S]
                         the ship-from address and the shop&apos;s tax numbers on labels and customs forms
  ship rule [--max-days N]    default service: the cheapest arriving within N days (0 = cheapest)
  ship numbers SERVICE PREFIX FROM TO COUNTRY
                         the S10 tracking numbers the post allocated (e.g. EE 20261000 20269999 TH)
  labels ORDER… --format pdf|zpl --out FILE [--dpi 203|300]
                         4×6 in shipping labels (one per package)
  customs ORDER --out FILE [--document customs|invoice|packing-slip]
                         the CN22/CN23 (postal) or commercial invoice (courier) as PDF
  barcodes SKU… --out FILE [--copies N] [--roll]
                         product barcode labels (EAN-13 or Code 128) on A4 sheets or a thermal roll
  tracking validate NUMBER [--carrier C] [--json]
                         carrier, check digit and tracking link of a tracking number
  report sales [--by region|subregion|country|month|market|channel] [--from YYYY-MM-DD]
              [--to YYYY-MM-DD] [--currency CUR] [--market M] [--country CC] [--compare] [--json]
              [--out FILE.csv|FILE.xlsx]
                         orders, revenue net of returns and margin per group; --compare adds the
                         period before
  report products|carriers [--from] [--to] [--currency] [--market] [--country] [--limit N] [--json]
                         best sellers; carrier spend and average cost per shipment by destination
  report fees [CHANNEL PERCENT]   channel fees that the margin subtracts
  report timezone [ZONE]  the shop&apos;s time zone for report days (e.g. Asia/Bangkok)
  report rebuild          count every order again

Without --db the database is %1
Exit codes: 0 done, 1 bad input or refused, 2 usage error.</source>
        <translation>Aufruf: borderdesk-cli [--db PATH] COMMAND [OPTIONS]

Befehle:
  init [--demo] [--base-currency CUR] [--home-country CC]
                         Datenbank anlegen oder öffnen; --demo fügt einen Beispielshop hinzu
  products import FILE [--dry-run] [--currency CUR]
                         eine Shopify- oder Borderdesk-Artikel-CSV importieren (alles oder nichts)
  products export FILE   den Katalog als Borderdesk-Artikel-CSV schreiben
  products list [--json] [--search TEXT] [--category NAME]
  rates import FILE      eine EZB-Referenzkursdatei importieren (Tages-/Verlaufs-XML oder CSV)
  rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]
                         zu den neuesten Kursen am oder vor dem Datum umrechnen (Standard: heute)
  rates list [--currency CUR] [--json]
                         der neueste Kurs jeder Währung oder der Verlauf einer Währung
  rates set CUR RATE [--date YYYY-MM-DD]
                         einen Kurs von Hand eingeben: RATE Einheiten von CUR pro 1 EUR
  markets list [--json]  die Märkte mit ihren Steuern, Zöllen und Freigrenzen
  markets show CODE [--json]
  markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]
  markets clone CODE NEWCODE [--name NAME]
                         die gesamte Einrichtung eines Markts in einen neuen Markt kopieren
  price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
                         der Preis in einem Markt mit Einstandskosten und Marge
  price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
                         die Preisliste eines Markts neu berechnen (jede Änderung bleibt im Verlauf)
  price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
                         die Preise eines Markts als CSV, oder als XLSX, wenn FILE auf .xlsx endet
  price fix SKU --market CODE AMOUNT|--clear
                         den Preis eines Artikels in einem Markt festlegen oder wieder der Regel des Markts überlassen
  orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]
                         einen Bestellbericht von Shopify, Amazon oder eBay oder eine Borderdesk-Bestell-CSV importieren
  orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]
  orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N]
              [--from DATE] [--to DATE] [--limit N] [--json]
  orders show NUMBER [--json]
  orders check NUMBER [--json]
                         erneut prüfen: eingeschränkte Waren, Versandbereitschaft, Betrugs-Score und Gründe
  orders set-status NUMBER STATUS [--note TEXT]
                         new, on_hold, ready_to_ship, picked, packed, shipped, delivered, cancelled, returned
  orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT]
              [--address2 TEXT] [--city TEXT] [--province TEXT]
                         die Empfängerdaten korrigieren (Telefon wird geprüft, als E.164 gespeichert) und erneut prüfen
  orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]
                         die Gewichtungen der Betrugsregeln und die Schwelle zum Zurückstellen
  orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]
                         die Adressen von Paketweiterleitern, die die Betrugsprüfung kennt
  orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG]
              [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--mailto]
                         eine Nachricht an den Kunden in seiner Sprache oder als mailto:-Link
  ship quote (ORDER | --to CC --weight G [--dims LxWxH]) [--json]
                         der Preis jeder Versandart mit erklärtem abrechenbarem Gewicht, Standard markiert
  ship create ORDER [--service CODE] [--tracking N]… [--weight G [--dims LxWxH]]
                         eine Sendung buchen (abgelehnt, wenn die Bestellung nicht versandt werden darf)
  ship list ORDER [--json]    Sendungen, Pakete und Tracking-Links der Bestellung
  ship track ORDER NUMBER [--package N]
                         die Sendungsnummer des Versanddienstleisters für ein Paket, gegen sein Schema geprüft
  ship packed ORDER | ship shipped ORDER
  ship services [--json]      Versandarten der Versanddienstleister und ihre Tariftabellen
  ship rates import|export FILE [--dry-run]
                         Tariftabellen als CSV (alles oder nichts)
  ship sender [--name N] [--company C] [--line1 …] [--city …] [--postal-code Z] [--phone P]
              [--email E] [--vat-number V] [--eori E] [--ioss I] [--signatory S]
                         die Absenderadresse und die Steuernummern des Shops auf Etiketten und Zollformularen
  ship rule [--max-days N]    Standard-Versandart: die günstigste mit Zustellung in N Tagen (0 = die günstigste)
  ship numbers SERVICE PREFIX FROM TO COUNTRY
                         die von der Post zugeteilten S10-Sendungsnummern (z. B. EE 20261000 20269999 TH)
  labels ORDER… --format pdf|zpl --out FILE [--dpi 203|300]
                         Versandetiketten im Format 4×6 Zoll (eines pro Paket)
  customs ORDER --out FILE [--document customs|invoice|packing-slip]
                         die CN22/CN23 (Post) oder die Handelsrechnung (Kurier) als PDF
  barcodes SKU… --out FILE [--copies N] [--roll]
                         Barcode-Etiketten für Artikel (EAN-13 oder Code 128) auf A4-Bögen oder einer Thermorolle
  tracking validate NUMBER [--carrier C] [--json]
                         Versanddienstleister, Prüfziffer und Tracking-Link einer Sendungsnummer
  report sales [--by region|subregion|country|month|market|channel] [--from YYYY-MM-DD]
              [--to YYYY-MM-DD] [--currency CUR] [--market M] [--country CC] [--compare] [--json]
              [--out FILE.csv|FILE.xlsx]
                         Bestellungen, Umsatz abzüglich Retouren und Marge je Gruppe; --compare ergänzt den
                         vorherigen Zeitraum
  report products|carriers [--from] [--to] [--currency] [--market] [--country] [--limit N] [--json]
                         Bestseller; Versandkosten je Versanddienstleister und Durchschnitt pro Sendung nach Ziel
  report fees [CHANNEL PERCENT]   Kanalgebühren, die von der Marge abgezogen werden
  report timezone [ZONE]  die Zeitzone des Shops für Berichtstage (z. B. Asia/Bangkok)
  report rebuild          alle Bestellungen neu zählen

Ohne --db ist die Datenbank %1
Exit-Codes: 0 erledigt, 1 ungültige Eingabe oder abgelehnt, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>borderdesk-cli: %1</source>
        <translation>borderdesk-cli: %1</translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation>--db braucht einen Dateipfad</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>products needs import, export or list</source>
        <translation>products braucht import, export oder list</translation>
    </message>
    <message>
        <source>rates needs import, convert, list or set</source>
        <translation>rates braucht import, convert, list oder set</translation>
    </message>
    <message>
        <source>markets needs list, show, restrict or clone</source>
        <translation>markets braucht list, show, restrict oder clone</translation>
    </message>
    <message>
        <source>orders needs import, export, list, show, check, set-status, edit, fraud-rules, forwarders or message</source>
        <translation>orders braucht import, export, list, show, check, set-status, edit, fraud-rules, forwarders oder message</translation>
    </message>
    <message>
        <source>ship needs quote, create, list, track, packed, shipped, services, rates, sender, rule or numbers</source>
        <translation>ship braucht quote, create, list, track, packed, shipped, services, rates, sender, rule oder numbers</translation>
    </message>
    <message>
        <source>tracking needs validate</source>
        <translation>tracking braucht validate</translation>
    </message>
    <message>
        <source>report needs sales, products, carriers, fees, timezone or rebuild</source>
        <translation>report braucht sales, products, carriers, fees, timezone oder rebuild</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unbekannter Befehl %1</translation>
    </message>
    <message>
        <source>  backup FILE            a consistent copy of the database, synced and checked
  restore FILE           replace the database by a checked backup (the old one is kept)
  check                  run quick_check on the database
</source>
        <translation>  backup FILE            eine konsistente Kopie der Datenbank, synchronisiert und geprüft
  restore FILE           die Datenbank durch eine geprüfte Sicherung ersetzen (die alte bleibt erhalten)
  check                  quick_check für die Datenbank ausführen
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Nothing was changed. Restore a backup with: borderdesk-cli --db %1 restore FILE</source>
        <translation>Nichts wurde geändert. Eine Sicherung stellen Sie so wieder her: borderdesk-cli --db %1 restore FILE</translation>
    </message>
</context>
<context>
    <name>CommercialInvoice</name>
    <message>
        <source>Commercial invoice %1</source>
        <translation>Handelsrechnung %1</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1: no such database file</source>
        <translation>%1: keine solche Datenbankdatei</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the database</source>
        <translation>%1: Der Ordner für die Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: Die Datenbank kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: this is not a database file (%2)</source>
        <translation>%1: Dies ist keine Datenbankdatei (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3). It has not been changed. Please update Borderdesk to open it.</source>
        <translation>%1 wurde von einer neueren Version von Borderdesk geschrieben (Schema %2; diese Version kennt bis %3). Die Datei wurde nicht verändert. Bitte aktualisieren Sie Borderdesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Borderdesk one. It has not been changed.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine von Borderdesk. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1: cannot configure the database: %2</source>
        <translation>%1: Die Datenbank kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 needs a schema update, but the backup copy before it failed, so nothing was changed: %2</source>
        <translation>%1 braucht eine Schema-Aktualisierung, aber die Sicherungskopie davor ist fehlgeschlagen, daher wurde nichts geändert: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts here is never closed (missing &quot;)</source>
        <translation>ein hier beginnendes Feld in Anführungszeichen wird nie geschlossen (fehlendes &quot;)</translation>
    </message>
    <message>
        <source>column %1: a field of more than %L2 characters starts here; this is not a spreadsheet export (or a quote &quot; is never closed)</source>
        <translation>Spalte %1: Hier beginnt ein Feld mit mehr als %L2 Zeichen; dies ist kein Tabellenexport (oder ein Anführungszeichen &quot; wird nie geschlossen)</translation>
    </message>
</context>
<context>
    <name>CustomerMessageDialog</name>
    <message>
        <source>This message has no wording in %1 yet; it is shown in %2.</source>
        <translation>Für diese Nachricht gibt es noch keinen Text auf %1; sie wird auf %2 angezeigt.</translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation>Noch auszufüllen: %1</translation>
    </message>
    <message>
        <source>Open in mail client</source>
        <translation>Im Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>No mail client opened the message. Use Copy and paste the text into your mail instead.</source>
        <translation>Kein E-Mail-Programm hat die Nachricht geöffnet. Verwenden Sie stattdessen „Kopieren“ und fügen Sie den Text in Ihre E-Mail ein.</translation>
    </message>
    <message>
        <source>Message to the customer of order %1</source>
        <translation>Nachricht an den Kunden der Bestellung %1</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Shopname:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Versanddienstleister:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Sendungsnummer:</translation>
    </message>
    <message>
        <source>Tracking link:</source>
        <translation>Tracking-Link:</translation>
    </message>
    <message>
        <source>Reason for the delay:</source>
        <translation>Grund der Verzögerung:</translation>
    </message>
    <message>
        <source>Documents needed:</source>
        <translation>Benötigte Dokumente:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>No email address for this customer</source>
        <translation>Keine E-Mail-Adresse für diesen Kunden</translation>
    </message>
    <message>
        <source>In the customer&apos;s language</source>
        <translation>In der Sprache des Kunden</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copies the subject and the text, to paste into any mail or chat</source>
        <translation>Kopiert Betreff und Text, um sie in eine beliebige E-Mail oder einen Chat einzufügen</translation>
    </message>
    <message>
        <source>This customer has no email address</source>
        <translation>Dieser Kunde hat keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>CustomsForm</name>
    <message>
        <source>CN22 customs declaration %1</source>
        <translation>CN22-Zollinhaltserklärung %1</translation>
    </message>
    <message>
        <source>CN23 customs declaration %1</source>
        <translation>CN23-Zollinhaltserklärung %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Counting the latest orders…</source>
        <translation>Die neuesten Bestellungen werden gezählt…</translation>
    </message>
    <message>
        <source>Open reports…</source>
        <translation>Berichte öffnen…</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>Versandbereit</translation>
    </message>
    <message>
        <source>New, ready to ship, picked and packed orders. Click to see them.</source>
        <translation>Neue, versandfertige, kommissionierte und gepackte Bestellungen. Zum Anzeigen klicken.</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Orders held by the checks. Click to see them.</source>
        <translation>Von den Prüfungen zurückgestellte Bestellungen. Zum Anzeigen klicken.</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Umsatz heute</translation>
    </message>
    <message>
        <source>Revenue this month</source>
        <translation>Umsatz diesen Monat</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Die Zahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sales by region, last 12 months</source>
        <translation>Umsatz nach Region, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Zahlen werden gelesen…</translation>
    </message>
    <message>
        <source>New, ready to ship, picked or packed</source>
        <translation>Neu, versandfertig, kommissioniert oder gepackt</translation>
    </message>
    <message>
        <source>Fraud check: %1
Restricted goods: %2
Missing data: %3</source>
        <translation>Betrugsprüfung: %1
Eingeschränkte Waren: %2
Fehlende Angaben: %3</translation>
    </message>
    <message>
        <source>Held by hand: %1</source>
        <translation>Manuell zurückgestellt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No sales in the last 12 months yet.</source>
        <translation>Noch keine Verkäufe in den letzten 12 Monaten.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 already exists; choose a new file name for the copy</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen für die Kopie</translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full. Nothing was written and the database is unchanged.</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger ist voll. Nichts wurde geschrieben, die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the copy could not be saved to the disk</source>
        <translation>%1 kann nicht geschrieben werden: Die Kopie konnte nicht auf dem Datenträger gespeichert werden</translation>
    </message>
    <message>
        <source>the copy for %1 did not pass its check, so it was not kept: %2</source>
        <translation>Die Kopie für %1 hat die Prüfung nicht bestanden und wurde daher nicht behalten: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 ist keine Datenbankdatei</translation>
    </message>
    <message>
        <source>%1 is damaged (quick_check: %2)</source>
        <translation>%1 ist beschädigt (quick_check: %2)</translation>
    </message>
    <message>
        <source>%1 is not a Borderdesk database</source>
        <translation>%1 ist keine Borderdesk-Datenbank</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3)</source>
        <translation>%1 wurde von einer neueren Borderdesk-Version geschrieben (Schema %2; diese Version kennt bis %3)</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup copy</source>
        <translation>%1 ist die Datenbank selbst; wählen Sie eine Sicherungskopie</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it there and try again</source>
        <translation>%1 wird von einem anderen Programm verwendet; schließen Sie es dort und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>cannot keep a safety copy of %1 at %2, so nothing was restored</source>
        <translation>Keine Sicherheitskopie von %1 unter %2 möglich, daher wurde nichts wiederhergestellt</translation>
    </message>
    <message>
        <source>cannot replace %1 (%2); it is unchanged</source>
        <translation>%1 kann nicht ersetzt werden (%2); die Datei ist unverändert</translation>
    </message>
</context>
<context>
    <name>DeleteProductsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln product(s)</source>
        <translation>
            <numerusform>%Ln Artikel löschen</numerusform>
            <numerusform>%Ln Artikel löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>demo orders need the demo catalogue first</source>
        <translation>Demo-Bestellungen brauchen zuerst den Demo-Katalog</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>%1, made with care and shipped from Chiang Mai.</source>
        <translation>%1, mit Sorgfalt hergestellt und aus Chiang Mai versandt.</translation>
    </message>
    <message>
        <source>the demo exchange rates are missing from this build</source>
        <translation>die Demo-Wechselkurse fehlen in diesem Build</translation>
    </message>
</context>
<context>
    <name>DocumentNames</name>
    <message>
        <source>Shipping label</source>
        <translation>Versandetikett</translation>
    </message>
    <message>
        <source>Customs form</source>
        <translation>Zollformular</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>Handelsrechnung</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <source>Product labels</source>
        <translation>Artikeletiketten</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Commercial sample</source>
        <translation>Warenmuster</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Returned goods</source>
        <translation>Rücksendung von Waren</translation>
    </message>
    <message>
        <source>Sale of goods</source>
        <translation>Verkauf von Waren</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>Es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>„%1“ drucken</translation>
    </message>
</context>
<context>
    <name>DocumentsCommand</name>
    <message>
        <source>%1: no label: %2</source>
        <translation>%1: kein Etikett: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: shipment %2 booked with %3</source>
        <translation>%1: Sendung %2 bei %3 gebucht</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <source>labels: --format is pdf or zpl, --dpi is 203 or 300</source>
        <translation>labels: --format ist pdf oder zpl, --dpi ist 203 oder 300</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1</source>
        <translation>
            <numerusform>%n Etikett nach %1 geschrieben</numerusform>
            <numerusform>%n Etiketten nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>customs: --document is customs, invoice or packing-slip</source>
        <translation>customs: --document ist customs, invoice oder packing-slip</translation>
    </message>
    <message>
        <source>%1 stays in %2: no customs declaration is needed</source>
        <translation>%1 bleibt in %2: Es ist keine Zollinhaltserklärung nötig</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>barcodes: --copies is a number from 1 to 1000</source>
        <translation>barcodes: --copies ist eine Zahl von 1 bis 1000</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>es gibt keinen Artikel mit der SKU %1</translation>
    </message>
    <message numerus="yes">
        <source>%n barcode label(s) written to %1</source>
        <translation>
            <numerusform>%n Barcode-Etikett nach %1 geschrieben</numerusform>
            <numerusform>%n Barcode-Etiketten nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcbRates</name>
    <message>
        <source>this is not an ECB reference-rate file (XML with Cube elements, or CSV whose first column is Date)</source>
        <translation>dies ist keine EZB-Referenzkursdatei (XML mit Cube-Elementen oder CSV, deren erste Spalte Date ist)</translation>
    </message>
    <message>
        <source>the file holds no rates</source>
        <translation>die Datei enthält keine Kurse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a rate outside a dated Cube</source>
        <translation>ein Kurs außerhalb eines datierten Cube-Elements</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>„%1“ ist kein Währungscode</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive decimal rate</source>
        <translation>„%1“ ist kein positiver Dezimalkurs</translation>
    </message>
    <message>
        <source>the XML is broken: %1</source>
        <translation>das XML ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>ECB history XML</source>
        <translation>EZB-Verlaufs-XML</translation>
    </message>
    <message>
        <source>ECB daily XML</source>
        <translation>EZB-Tages-XML</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>ECB history CSV</source>
        <translation>EZB-Verlaufs-CSV</translation>
    </message>
    <message>
        <source>ECB daily CSV</source>
        <translation>EZB-Tages-CSV</translation>
    </message>
</context>
<context>
    <name>EditProductCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ExchangeRateImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ExchangeRateRepository</name>
    <message>
        <source>cancelled; no rate was changed</source>
        <translation>abgebrochen; es wurde kein Kurs geändert</translation>
    </message>
    <message>
        <source>cannot store the %1 rate of %2: %3</source>
        <translation>der %1-Kurs vom %2 kann nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>no exchange rate for %1 and %2 on or before %3; import the ECB rates or enter one</source>
        <translation>kein Wechselkurs für %1 und %2 am oder vor dem %3; importieren Sie die EZB-Kurse oder geben Sie einen ein</translation>
    </message>
    <message>
        <source>%1 cannot be converted to %2: the amount is too large</source>
        <translation>%1 kann nicht in %2 umgerechnet werden: Der Betrag ist zu groß</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Borderdesk</source>
        <translation>Willkommen bei Borderdesk</translation>
    </message>
    <message>
        <source>Tell Borderdesk about your shop. You can change this later.</source>
        <translation>Erzählen Sie Borderdesk von Ihrem Shop. Sie können dies später ändern.</translation>
    </message>
    <message>
        <source>Base currency (your books and costs)</source>
        <translation>Basiswährung (Ihre Buchhaltung und Kosten)</translation>
    </message>
    <message>
        <source>Home country (where you ship from)</source>
        <translation>Standortland (von dort versenden Sie)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>FraudSettingsDialog</name>
    <message>
        <source>The fraud rules were not saved: %1</source>
        <translation>Die Betrugsregeln wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Fraud rules</source>
        <translation>Betrugsregeln</translation>
    </message>
    <message>
        <source>Each signal that fires adds its points to an order&apos;s risk score (at most 100); 0 turns a rule off. New orders at or above the hold threshold go on hold. Changes apply to orders imported or checked again from now on.</source>
        <translation>Jedes ausgelöste Signal addiert seine Punkte zum Risikowert einer Bestellung (höchstens 100); 0 schaltet eine Regel aus. Neue Bestellungen, die die Schwelle zum Zurückstellen erreichen oder überschreiten, werden zurückgestellt. Änderungen gelten für Bestellungen, die ab jetzt importiert oder erneut geprüft werden.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>&amp;Hold new orders at a risk of:</source>
        <translation>Neue Bestellungen &amp;zurückstellen ab Risikowert:</translation>
    </message>
    <message>
        <source>High-risk &amp;categories:</source>
        <translation>Hochrisiko-&amp;Kategorien:</translation>
    </message>
    <message>
        <source>Product categories, separated by commas</source>
        <translation>Artikelkategorien, durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>FraudSettingsRepository</name>
    <message>
        <source>&quot;%1&quot; is not a fraud rule</source>
        <translation>„%1“ ist keine Betrugsregel</translation>
    </message>
    <message>
        <source>a weight must be between 0 and 100</source>
        <translation>eine Gewichtung muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>the hold threshold must be between 1 and 100</source>
        <translation>die Schwelle zum Zurückstellen muss zwischen 1 und 100 liegen</translation>
    </message>
    <message>
        <source>a forwarder&apos;s address fragment needs at least 3 characters</source>
        <translation>ein Adressfragment eines Paketweiterleiters braucht mindestens 3 Zeichen</translation>
    </message>
</context>
<context>
    <name>Gtin</name>
    <message>
        <source>barcode is empty</source>
        <translation>Barcode ist leer</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; must contain digits only</source>
        <translation>Barcode „%1“ darf nur Ziffern enthalten</translation>
    </message>
    <message numerus="yes">
        <source>barcode &quot;%1&quot; has %n digit(s); a GTIN has 8, 12, 13 or 14</source>
        <translation>
            <numerusform>Barcode „%1“ hat %n Ziffer; eine GTIN hat 8, 12, 13 oder 14</numerusform>
            <numerusform>Barcode „%1“ hat %n Ziffern; eine GTIN hat 8, 12, 13 oder 14</numerusform>
        </translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; has a wrong check digit: it should end in %2, not %3</source>
        <translation>Barcode „%1“ hat eine falsche Prüfziffer: Er sollte auf %2 enden, nicht auf %3</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Borderdesk: the back office for small sellers who sell abroad.</source>
        <translation>Borderdesk: das Backoffice für kleine Händler, die ins Ausland verkaufen.</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>Die Datenbank unter PATH öffnen.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Interface language for this run (%1).</source>
        <translation>Sprache der Oberfläche für diesen Start (%1).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>Das Fenster als FILE (PNG) speichern und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The view to show first: dashboard, catalogue, orders, shipping, reports, rates, markets, prices, packstation, or dialog/NAME for one of the dialogs (%1).</source>
        <translation>Die Ansicht, die zuerst erscheint: dashboard, catalogue, orders, shipping, reports, rates, markets, prices, packstation oder dialog/NAME für einen der Dialoge (%1).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>HsCode</name>
    <message>
        <source>HS code &quot;%1&quot; must contain digits only</source>
        <translation>HS-Code „%1“ darf nur Ziffern enthalten</translation>
    </message>
    <message numerus="yes">
        <source>HS code &quot;%1&quot; has %n digit(s); it needs 6 to 10</source>
        <translation>
            <numerusform>HS-Code „%1“ hat %n Ziffer; er braucht 6 bis 10</numerusform>
            <numerusform>HS-Code „%1“ hat %n Ziffern; er braucht 6 bis 10</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>--base-currency needs a currency code, e.g. THB</source>
        <translation>--base-currency braucht einen Währungscode, z. B. THB</translation>
    </message>
    <message>
        <source>--home-country needs a country code, e.g. TH</source>
        <translation>--home-country braucht einen Ländercode, z. B. TH</translation>
    </message>
    <message>
        <source>init: unexpected argument %1</source>
        <translation>init: unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>--base-currency: &quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>--base-currency: „%1“ ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>--home-country: &quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>--home-country: „%1“ ist kein ISO-3166-Ländercode</translation>
    </message>
    <message>
        <source>%1 already has products; demo data only goes into an empty catalogue</source>
        <translation>%1 enthält bereits Artikel; Demodaten kommen nur in einen leeren Katalog</translation>
    </message>
    <message numerus="yes">
        <source>Database %1 is ready (schema %2). Base currency %3, home country %4, %n product(s).</source>
        <translation>
            <numerusform>Datenbank %1 ist bereit (Schema %2). Basiswährung %3, Standortland %4, %n Artikel.</numerusform>
            <numerusform>Datenbank %1 ist bereit (Schema %2). Basiswährung %3, Standortland %4, %n Artikel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LandedCostCalculator</name>
    <message>
        <source>flat shipping estimate for %1 (no rate card ships this product there)</source>
        <translation>pauschale Versandschätzung für %1 (keine Tariftabelle versendet diesen Artikel dorthin)</translation>
    </message>
    <message>
        <source>goods and shipping</source>
        <translation>Ware und Versand</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>Ware</translation>
    </message>
    <message>
        <source>flat %1 per tariff item on a low-value parcel (goods %2 at or under %3)</source>
        <translation>pauschal %1 pro Tarifposition bei einem Paket mit geringem Wert (Ware %2 bis einschließlich %3)</translation>
    </message>
    <message>
        <source>none: the customs value %1 (%2) is at or under the duty threshold %3</source>
        <translation>kein Zoll: Der Zollwert %1 (%2) liegt bei oder unter der Zollfreigrenze %3</translation>
    </message>
    <message>
        <source>the default rate (the product has no HS code)</source>
        <translation>der Standardsatz (der Artikel hat keinen HS-Code)</translation>
    </message>
    <message>
        <source>the rate for HS %1</source>
        <translation>der Satz für HS %1</translation>
    </message>
    <message>
        <source>the default rate for HS %1</source>
        <translation>der Standardsatz für HS %1</translation>
    </message>
    <message>
        <source>%1% (%2) on %3 %4, above the duty threshold %5</source>
        <translation>%1 % (%2) auf %3 %4, über der Zollfreigrenze %5</translation>
    </message>
    <message>
        <source>%1% (%2) on %3 %4; this market has no duty threshold</source>
        <translation>%1 % (%2) auf %3 %4; dieser Markt hat keine Zollfreigrenze</translation>
    </message>
    <message>
        <source>none: %1 charges no import VAT/GST</source>
        <translation>keine: %1 erhebt keine Einfuhr-MwSt./GST</translation>
    </message>
    <message>
        <source>%1% on %2 (customs value + duty), collected by the seller at checkout for goods up to %3</source>
        <translation>%1 % auf %2 (Zollwert + Zoll), vom Verkäufer beim Checkout erhoben für Waren bis %3</translation>
    </message>
    <message>
        <source>none: the customs value %1 is at or under the tax threshold %2</source>
        <translation>keine: Der Zollwert %1 liegt bei oder unter der Steuerfreigrenze %2</translation>
    </message>
    <message>
        <source>%1% on %2 (customs value + duty), charged at import</source>
        <translation>%1 % auf %2 (Zollwert + Zoll), bei der Einfuhr erhoben</translation>
    </message>
    <message>
        <source>no clearance or handling fees set for %1</source>
        <translation>keine Abfertigungs- oder Bearbeitungsgebühren für %1 festgelegt</translation>
    </message>
</context>
<context>
    <name>LandedCostDialog</name>
    <message>
        <source>Landed cost of %1</source>
        <translation>Einstandskosten von %1</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>Markt:</translation>
    </message>
    <message>
        <source>Market&apos;s Incoterm</source>
        <translation>Incoterm des Markts</translation>
    </message>
    <message>
        <source>DAP – buyer pays duty and tax</source>
        <translation>DAP – Käufer zahlt Zoll und Steuer</translation>
    </message>
    <message>
        <source>DDP – seller pays duty and tax</source>
        <translation>DDP – Verkäufer zahlt Zoll und Steuer</translation>
    </message>
</context>
<context>
    <name>LandedCostPanel</name>
    <message>
        <source>Goods</source>
        <translation>Ware</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>VAT/GST</source>
        <translation>MwSt./GST</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Select a price to see its landed cost.</source>
        <translation>Wählen Sie einen Preis, um seine Einstandskosten zu sehen.</translation>
    </message>
    <message>
        <source>%1 into %2 (%3), rates of %4</source>
        <translation>%1 nach %2 (%3), Kurse vom %4</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>the lines above, added up</source>
        <translation>die Posten oben, addiert</translation>
    </message>
    <message>
        <source>The seller pays %1 (shipping%2). Margin after cost: %3.</source>
        <translation>Der Verkäufer zahlt %1 (Versand%2). Marge nach Kosten: %3.</translation>
    </message>
    <message>
        <source>, duty and tax under DDP</source>
        <translation>, Zoll und Steuer bei DDP</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Borderdesk</source>
        <translation>Über Borderdesk</translation>
    </message>
    <message>
        <source>Borderdesk %1
The back office for small sellers who sell abroad.</source>
        <translation>Borderdesk %1
Das Backoffice für kleine Händler, die ins Ausland verkaufen.</translation>
    </message>
    <message>
        <source>Borderdesk – %1</source>
        <translation>Borderdesk – %1</translation>
    </message>
    <message>
        <source>Borderdesk</source>
        <translation>Borderdesk</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Märkte</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Preislisten</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>&amp;Sicherungskopie…</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>Artikel &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export products…</source>
        <translation>Artikel &amp;exportieren…</translation>
    </message>
    <message>
        <source>Import &amp;orders…</source>
        <translation>Bestellungen imp&amp;ortieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>&amp;Versand</translation>
    </message>
    <message>
        <source>&amp;Pack station</source>
        <translation>&amp;Packplatz</translation>
    </message>
    <message>
        <source>P&amp;rinters and paper…</source>
        <translation>D&amp;rucker und Papier…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Borderdesk</source>
        <translation>Ü&amp;ber Borderdesk</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>my-shop.sqlite</source>
        <translation>my-shop.sqlite</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db)</source>
        <translation>Borderdesk-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open to work with it, or choose a new name.</source>
        <translation>%1 existiert bereits. Verwenden Sie „Öffnen“, um damit zu arbeiten, oder wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Borderdesk-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Sicherungskopie</translation>
    </message>
    <message>
        <source>Backup copy written to %1 and checked.</source>
        <translation>Sicherungskopie nach %1 geschrieben und geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln product(s)</source>
        <translation>
            <numerusform>%1 · %Ln Artikel</numerusform>
            <numerusform>%1 · %Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Replace everything in %1 by the backup %2?

What is in the database now is kept as a copy beside it.</source>
        <translation>Den gesamten Inhalt von %1 durch die Sicherung %2 ersetzen?

Der jetzige Inhalt der Datenbank bleibt als Kopie daneben erhalten.</translation>
    </message>
    <message>
        <source>Restored from %1; the database it replaced is kept at %2.</source>
        <translation>Aus %1 wiederhergestellt; die ersetzte Datenbank liegt unter %2.</translation>
    </message>
</context>
<context>
    <name>MarketEditor</name>
    <message>
        <source>Prohibited</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Licence needed</source>
        <translation>Lizenz erforderlich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>type a language tag such as en, ja or pt-BR</source>
        <translation>geben Sie ein Sprachkürzel wie en, ja oder pt-BR ein</translation>
    </message>
    <message>
        <source>type a number, e.g. 7.5</source>
        <translation>geben Sie eine Zahl ein, z. B. 7.5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a point for decimals, e.g. 7.5)</source>
        <translation>„%1“ ist keine Zahl (verwenden Sie einen Punkt für Dezimalstellen, z. B. 7.5)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>Duty rate for HS %1: &quot;%2&quot; is not a percentage</source>
        <translation>Zollsatz für HS %1: „%2“ ist kein Prozentsatz</translation>
    </message>
    <message>
        <source>Duty rates: HS %1 is listed twice</source>
        <translation>Zollsätze: HS %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>Restricted goods, row %1: the HS prefix must be digits</source>
        <translation>Eingeschränkte Waren, Zeile %1: Das HS-Präfix muss aus Ziffern bestehen</translation>
    </message>
    <message>
        <source>Duty threshold</source>
        <translation>Zollfreigrenze</translation>
    </message>
    <message>
        <source>Tax threshold</source>
        <translation>Steuerfreigrenze</translation>
    </message>
    <message>
        <source>Flat duty per item</source>
        <translation>Pauschalzoll pro Position</translation>
    </message>
    <message>
        <source>Shipping estimate</source>
        <translation>Versandschätzung</translation>
    </message>
    <message>
        <source>Format: step:up|nearest|down:ending, e.g. 1:up:0.01, or a ladder such as 0=1:up:0.01;100=10:up:0.05</source>
        <translation>Format: Schritt:up|nearest|down:Endung, z. B. 1:up:0.01, oder eine Staffel wie 0=1:up:0.01;100=10:up:0.05</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Taxes and duties</source>
        <translation>Steuern und Zölle</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Restricted goods</source>
        <translation>Eingeschränkte Waren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Stand der Angaben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>VAT/GST (%)</source>
        <translation>MwSt./GST (%)</translation>
    </message>
    <message>
        <source>Default duty (%)</source>
        <translation>Standardzoll (%)</translation>
    </message>
    <message>
        <source>Duty by HS prefix</source>
        <translation>Zoll nach HS-Präfix</translation>
    </message>
    <message>
        <source>Duty and tax on</source>
        <translation>Zoll und Steuer auf</translation>
    </message>
    <message>
        <source>Default Incoterm</source>
        <translation>Standard-Incoterm</translation>
    </message>
    <message>
        <source>Recipient tax ID</source>
        <translation>Steuernummer des Empfängers</translation>
    </message>
    <message>
        <source>Price basis</source>
        <translation>Preisbasis</translation>
    </message>
    <message>
        <source>Markup (%)</source>
        <translation>Aufschlag (%)</translation>
    </message>
    <message>
        <source>Price rounding</source>
        <translation>Preisrundung</translation>
    </message>
    <message>
        <source>Reprice threshold (%)</source>
        <translation>Schwelle für neue Preise (%)</translation>
    </message>
    <message>
        <source>ISO codes, e.g. JP or AT, BE, DE</source>
        <translation>ISO-Codes, z. B. JP oder AT, BE, DE</translation>
    </message>
    <message>
        <source>Add a country…</source>
        <translation>Land hinzufügen…</translation>
    </message>
    <message>
        <source>A saved market keeps its code: price lists refer to it. Clone it to get a new code.</source>
        <translation>Ein gespeicherter Markt behält seinen Code, da Preislisten darauf verweisen. Klonen Sie ihn, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>The seller collects VAT/GST (IOSS, UK VAT, AU GST, NO VOEC…)</source>
        <translation>Der Verkäufer erhebt die MwSt./GST (IOSS, UK VAT, AU GST, NO VOEC…)</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Ware</translation>
    </message>
    <message>
        <source>Goods + shipping</source>
        <translation>Ware + Versand</translation>
    </message>
    <message>
        <source>DAP: the buyer pays duty and tax on delivery.
DDP: the seller pays them; prices include them.</source>
        <translation>DAP: Der Käufer zahlt Zoll und Steuer bei Zustellung.
DDP: Der Verkäufer zahlt sie; die Preise enthalten sie.</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>Grundpreis</translation>
    </message>
    <message>
        <source>Cost + markup</source>
        <translation>Kosten + Aufschlag</translation>
    </message>
    <message>
        <source>e.g. CPF/CNPJ or PCCC</source>
        <translation>z. B. CPF/CNPJ oder PCCC</translation>
    </message>
    <message>
        <source>Suggest new prices when exchange rates move a price by more than this.</source>
        <translation>Neue Preise vorschlagen, wenn Wechselkurse einen Preis um mehr als diesen Wert verändern.</translation>
    </message>
    <message>
        <source>No duty at or under this value.</source>
        <translation>Kein Zoll bis einschließlich dieses Werts.</translation>
    </message>
    <message>
        <source>No import VAT/GST at or under this value, unless the seller collects it.</source>
        <translation>Keine Einfuhr-MwSt./GST bis einschließlich dieses Werts, es sei denn, der Verkäufer erhebt sie.</translation>
    </message>
    <message>
        <source>HS prefix</source>
        <translation>HS-Präfix</translation>
    </message>
    <message>
        <source>Duty (%)</source>
        <translation>Zoll (%)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>MarketListModel</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage, e.g. 20 %</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>HS %1…: %2</source>
        <translation>HS %1…: %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>VAT/GST</source>
        <translation>MwSt./GST</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>MarketPresets</name>
    <message>
        <source>the market presets are missing from this build</source>
        <translation>die Marktvorlagen fehlen in diesem Build</translation>
    </message>
    <message>
        <source>market presets: %1</source>
        <translation>Marktvorlagen: %1</translation>
    </message>
</context>
<context>
    <name>MarketRepository</name>
    <message>
        <source>market %1: %2</source>
        <translation>Markt %1: %2</translation>
    </message>
    <message>
        <source>cannot save market %1: %2</source>
        <translation>Markt %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>market %1, country %2: %3</source>
        <translation>Markt %1, Land %2: %3</translation>
    </message>
    <message>
        <source>market %1, duty rate %2: %3</source>
        <translation>Markt %1, Zollsatz %2: %3</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>es gibt keinen Markt %1</translation>
    </message>
    <message>
        <source>market %1 already exists</source>
        <translation>Markt %1 existiert bereits</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>market %1: cannot add the restriction: %2</source>
        <translation>Markt %1: Die Einschränkung kann nicht hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>MarketValidator</name>
    <message>
        <source>market %1: %2</source>
        <translation>Markt %1: %2</translation>
    </message>
    <message>
        <source>percentages must be decimal numbers</source>
        <translation>Prozentsätze müssen Dezimalzahlen sein</translation>
    </message>
    <message>
        <source>a duty rate must be a decimal number</source>
        <translation>ein Zollsatz muss eine Dezimalzahl sein</translation>
    </message>
    <message>
        <source>thresholds and amounts must be plain amounts in %1</source>
        <translation>Freigrenzen und Beträge müssen einfache Beträge in %1 sein</translation>
    </message>
    <message>
        <source>a restriction level must be prohibited, restricted or licence</source>
        <translation>eine Einschränkungsstufe muss prohibited, restricted oder licence sein</translation>
    </message>
    <message>
        <source>the code needs 1 to 10 characters</source>
        <translation>der Code braucht 1 bis 10 Zeichen</translation>
    </message>
    <message>
        <source>the market needs a name</source>
        <translation>der Markt braucht einen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>„%1“ ist kein Währungscode</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code</source>
        <translation>„%1“ ist kein Ländercode</translation>
    </message>
    <message>
        <source>the market needs at least one country</source>
        <translation>der Markt braucht mindestens ein Land</translation>
    </message>
    <message>
        <source>percentages must not be negative</source>
        <translation>Prozentsätze dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>duty rate for &quot;%1&quot;: the prefix must be 1 to 10 digits</source>
        <translation>Zollsatz für „%1“: Das Präfix muss aus 1 bis 10 Ziffern bestehen</translation>
    </message>
    <message>
        <source>a restriction names either an HS prefix or a category</source>
        <translation>eine Einschränkung nennt entweder ein HS-Präfix oder eine Kategorie</translation>
    </message>
    <message>
        <source>the market needs the date its figures were checked (as of)</source>
        <translation>der Markt braucht das Datum, an dem seine Angaben geprüft wurden (Stand)</translation>
    </message>
</context>
<context>
    <name>MarketsCommand</name>
    <message>
        <source>markets: unknown subcommand %1</source>
        <translation>markets: unbekannter Unterbefehl %1</translation>
    </message>
    <message>
        <source>usage: markets list [--json]</source>
        <translation>Aufruf: markets list [--json]</translation>
    </message>
    <message>
        <source>  VAT %1%  duty %2%  no duty up to %3  %4  as of %5</source>
        <translation>  MwSt. %1 %  Zoll %2 %  zollfrei bis %3  %4  Stand %5</translation>
    </message>
    <message>
        <source>usage: markets show CODE [--json]</source>
        <translation>Aufruf: markets show CODE [--json]</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>es gibt keinen Markt %1</translation>
    </message>
    <message>
        <source>Currency %1, language %2, %3, figures as of %4</source>
        <translation>Währung %1, Sprache %2, %3, Stand der Angaben %4</translation>
    </message>
    <message>
        <source>VAT/GST %1%%2; no import tax up to %3</source>
        <translation>MwSt./GST %1 %%2; keine Einfuhrsteuer bis %3</translation>
    </message>
    <message>
        <source> (collected by the seller at checkout)</source>
        <translation> (vom Verkäufer beim Checkout erhoben)</translation>
    </message>
    <message>
        <source>Duty %1% by default, on %2; no duty up to %3</source>
        <translation>Zoll standardmäßig %1 %, auf %2; zollfrei bis %3</translation>
    </message>
    <message>
        <source>goods and shipping</source>
        <translation>Ware und Versand</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>Ware</translation>
    </message>
    <message>
        <source>  HS %1…: %2%</source>
        <translation>  HS %1…: %2 %</translation>
    </message>
    <message>
        <source>Flat duty per tariff item: %1</source>
        <translation>Pauschalzoll pro Tarifposition: %1</translation>
    </message>
    <message>
        <source>Price rounding: %1</source>
        <translation>Preisrundung: %1</translation>
    </message>
    <message>
        <source>Shipping estimate: %1</source>
        <translation>Versandschätzung: %1</translation>
    </message>
    <message>
        <source>Recipient tax ID required: %1</source>
        <translation>Steuernummer des Empfängers erforderlich: %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>HS %1…</source>
        <translation>HS %1…</translation>
    </message>
    <message>
        <source>Restriction: %1 is %2. %3</source>
        <translation>Einschränkung: %1 ist %2. %3</translation>
    </message>
    <message>
        <source>usage: markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]</source>
        <translation>Aufruf: markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]</translation>
    </message>
    <message>
        <source>--level: &quot;%1&quot; must be prohibited, restricted or licence</source>
        <translation>--level: „%1“ muss prohibited, restricted oder licence sein</translation>
    </message>
    <message>
        <source>--hs: &quot;%1&quot; must be 1 to 10 digits</source>
        <translation>--hs: „%1“ muss aus 1 bis 10 Ziffern bestehen</translation>
    </message>
    <message>
        <source>%1: %2 is now %3.</source>
        <translation>%1: %2 ist jetzt %3.</translation>
    </message>
    <message>
        <source>usage: markets clone CODE NEWCODE [--name NAME]</source>
        <translation>Aufruf: markets clone CODE NEWCODE [--name NAME]</translation>
    </message>
    <message>
        <source>Market %1 is a copy of %2; edit what differs.</source>
        <translation>Markt %1 ist eine Kopie von %2; bearbeiten Sie, was abweicht.</translation>
    </message>
</context>
<context>
    <name>MarketsView</name>
    <message>
        <source>Markets</source>
        <translation>Märkte</translation>
    </message>
    <message>
        <source>Market %1 has changes that are not saved yet.</source>
        <translation>Markt %1 hat noch nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Market %1 was not saved: %2</source>
        <translation>Markt %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Market %1 has no changes to save.</source>
        <translation>Markt %1 hat keine Änderungen zum Speichern.</translation>
    </message>
    <message>
        <source>Market %1 was not saved.</source>
        <translation>Markt %1 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Market %1 saved.</source>
        <translation>Markt %1 gespeichert.</translation>
    </message>
    <message>
        <source>Market %1 was not copied.</source>
        <translation>Markt %1 wurde nicht kopiert.</translation>
    </message>
    <message>
        <source>Market %1 created as a copy of %2.</source>
        <translation>Markt %1 als Kopie von %2 angelegt.</translation>
    </message>
    <message>
        <source>Clone market %1</source>
        <translation>Markt %1 klonen</translation>
    </message>
    <message>
        <source>Code of the new market (1 to 10 characters, e.g. IE):</source>
        <translation>Code des neuen Markts (1 bis 10 Zeichen, z. B. IE):</translation>
    </message>
    <message>
        <source>Name of the new market:</source>
        <translation>Name des neuen Markts:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Delete market %1 with its duty rates, restriction rules and price lists?</source>
        <translation>Markt %1 mit seinen Zollsätzen, Einschränkungsregeln und Preislisten löschen?</translation>
    </message>
    <message>
        <source>%1 is one of Borderdesk&apos;s presets; it will not come back with updates.</source>
        <translation>%1 ist einer der vordefinierten Märkte von Borderdesk; er wird durch Updates nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Market %1 was not deleted.</source>
        <translation>Markt %1 wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Market %1 deleted.</source>
        <translation>Markt %1 gelöscht.</translation>
    </message>
    <message>
        <source>Save this market (%1)</source>
        <translation>Diesen Markt speichern (%1)</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>Beheben Sie zuerst Folgendes:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>&amp;Klonen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Drop the changes and show the market as saved</source>
        <translation>Änderungen verwerfen und den Markt wie gespeichert anzeigen</translation>
    </message>
    <message>
        <source>Start a new market from a copy of this one</source>
        <translation>Einen neuen Markt als Kopie dieses Markts anlegen</translation>
    </message>
</context>
<context>
    <name>MessageKinds</name>
    <message>
        <source>Order confirmation</source>
        <translation>Bestellbestätigung</translation>
    </message>
    <message>
        <source>Shipped, with tracking link</source>
        <translation>Versandt, mit Tracking-Link</translation>
    </message>
    <message>
        <source>Order delayed</source>
        <translation>Bestellung verzögert</translation>
    </message>
    <message>
        <source>Customs information needed</source>
        <translation>Zollinformationen benötigt</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: template %2 (%3, %4) is incomplete</source>
        <translation>%1: Vorlage %2 (%3, %4) ist unvollständig</translation>
    </message>
    <message>
        <source>%1 holds no templates</source>
        <translation>%1 enthält keine Vorlagen</translation>
    </message>
</context>
<context>
    <name>MessageTemplateRepository</name>
    <message>
        <source>a message template needs a language, a subject and a body</source>
        <translation>eine Nachrichtenvorlage braucht eine Sprache, einen Betreff und einen Text</translation>
    </message>
    <message>
        <source>cannot save the %1 message in %2: %3</source>
        <translation>die Nachricht %1 (Sprache %2) kann nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>cannot reset the %1 message in %2: %3</source>
        <translation>die Nachricht %1 (Sprache %2) kann nicht zurückgesetzt werden: %3</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>schema update %1 failed: %2</source>
        <translation>Schema-Update %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown currency code &quot;%1&quot;</source>
        <translation>unbekannter Währungscode „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>„%1“ hat mehr Nachkommastellen, als %2 erlaubt (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (use digits and a point, e.g. 1290.50)</source>
        <translation>„%1“ ist kein Betrag (verwenden Sie Ziffern und einen Punkt, z. B. 1290.50)</translation>
    </message>
</context>
<context>
    <name>OrderCells</name>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>„%1“ hat mehr Nachkommastellen, als %2 erlaubt (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>„%1“ ist zu groß</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity (a whole number, 1 or more)</source>
        <translation>„%1“ ist keine Menge (eine ganze Zahl, 1 oder mehr)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (for example 2026-11-20 14:03:11 +0700)</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (zum Beispiel 2026-11-20 14:03:11 +0700)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country (use a two-letter ISO code such as DE, or the English name)</source>
        <translation>„%1“ ist kein Land (verwenden Sie einen zweistelligen ISO-Code wie DE oder den englischen Namen)</translation>
    </message>
</context>
<context>
    <name>OrderCheckContext</name>
    <message>
        <source>the amount is too large to convert</source>
        <translation>der Betrag ist zu groß für die Umrechnung</translation>
    </message>
</context>
<context>
    <name>OrderChecker</name>
    <message>
        <source>%1 is prohibited in this market</source>
        <translation>%1 ist in diesem Markt verboten</translation>
    </message>
    <message>
        <source>%1 needs a licence in this market</source>
        <translation>%1 braucht in diesem Markt eine Lizenz</translation>
    </message>
    <message>
        <source>%1 is restricted in this market</source>
        <translation>%1 ist in diesem Markt eingeschränkt</translation>
    </message>
    <message>
        <source>SKU %1 is not in the catalogue, so its HS code, origin and weight are unknown</source>
        <translation>SKU %1 ist nicht im Katalog, daher sind HS-Code, Ursprungsland und Gewicht unbekannt</translation>
    </message>
    <message>
        <source>%1 has no HS code</source>
        <translation>%1 hat keinen HS-Code</translation>
    </message>
    <message>
        <source>%1 has no country of origin</source>
        <translation>%1 hat kein Ursprungsland</translation>
    </message>
    <message>
        <source>%1 has no weight</source>
        <translation>%1 hat kein Gewicht</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number is missing; express carriers require one</source>
        <translation>die Telefonnummer des Empfängers fehlt; Expressdienste verlangen eine</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number %1 is not valid: %2</source>
        <translation>die Telefonnummer %1 des Empfängers ist ungültig: %2</translation>
    </message>
    <message>
        <source>the recipient&apos;s tax ID (%1) is missing; this market requires it</source>
        <translation>die Steuernummer des Empfängers (%1) fehlt; dieser Markt verlangt sie</translation>
    </message>
    <message>
        <source>the recipient&apos;s tax ID %1 is not valid: %2</source>
        <translation>die Steuernummer %1 des Empfängers ist ungültig: %2</translation>
    </message>
    <message>
        <source>the ship-to address lacks %1</source>
        <translation>in der Lieferadresse fehlt %1</translation>
    </message>
    <message>
        <source>the ship-to country is missing</source>
        <translation>das Lieferland fehlt</translation>
    </message>
    <message>
        <source>no market covers %1, so its duties and restricted goods are not checked</source>
        <translation>kein Markt umfasst %1, daher werden Zölle und eingeschränkte Waren nicht geprüft</translation>
    </message>
    <message>
        <source>Address check (AVS) did not match</source>
        <translation>Adressprüfung (AVS) stimmte nicht überein</translation>
    </message>
    <message>
        <source>Address check (AVS) matched only partly</source>
        <translation>Adressprüfung (AVS) stimmte nur teilweise überein</translation>
    </message>
    <message>
        <source>Card security code (CVV) did not match</source>
        <translation>Kartenprüfnummer (CVV) stimmte nicht überein</translation>
    </message>
    <message>
        <source>Billing country differs from shipping country</source>
        <translation>Rechnungsland weicht vom Lieferland ab</translation>
    </message>
    <message>
        <source>Ships to a known freight forwarder</source>
        <translation>Lieferung an einen bekannten Paketweiterleiter</translation>
    </message>
    <message>
        <source>Value far above the customer&apos;s history</source>
        <translation>Wert weit über der bisherigen Bestellhistorie des Kunden</translation>
    </message>
    <message>
        <source>Several orders from one email or address in a short time</source>
        <translation>Mehrere Bestellungen einer E-Mail/Adresse in kurzer Zeit</translation>
    </message>
    <message>
        <source>High-risk product category</source>
        <translation>Artikelkategorie mit hohem Risiko</translation>
    </message>
    <message>
        <source>First order from a new customer</source>
        <translation>Erste Bestellung eines neuen Kunden</translation>
    </message>
    <message>
        <source>The sales channel rates it high risk</source>
        <translation>Der Verkaufskanal stuft sie als hohes Risiko ein</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <source>a street address</source>
        <translation>die Straße</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>der Ort</translation>
    </message>
    <message>
        <source>not an international number</source>
        <translation>keine internationale Nummer</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>Lines (%L1)</source>
        <translation>Positionen (%L1)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>%1 (%2, order %3)</source>
        <translation>%1 (%2, Bestellung %3)</translation>
    </message>
    <message>
        <source>%1, paid %2</source>
        <translation>%1, bezahlt %2</translation>
    </message>
    <message>
        <source>%1, not paid</source>
        <translation>%1, nicht bezahlt</translation>
    </message>
    <message>
        <source>%1
goods %2 · discount %3 · shipping %4 · tax %5</source>
        <translation>%1
Ware %2 · Rabatt %3 · Versand %4 · Steuer %5</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>market %1</source>
        <translation>Markt %1</translation>
    </message>
    <message>
        <source>No ship-to address</source>
        <translation>Keine Lieferadresse</translation>
    </message>
    <message>
        <source>No billing address</source>
        <translation>Keine Rechnungsadresse</translation>
    </message>
    <message>
        <source>In catalogue</source>
        <translation>Im Katalog</translation>
    </message>
    <message>
        <source>Not in catalogue</source>
        <translation>Nicht im Katalog</translation>
    </message>
    <message>
        <source>Blocks shipping: %1</source>
        <translation>Verhindert den Versand: %1</translation>
    </message>
    <message>
        <source>To look at: %1</source>
        <translation>Zu prüfen: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Nothing stops this order from shipping.</source>
        <translation>Nichts verhindert den Versand dieser Bestellung.</translation>
    </message>
    <message>
        <source>Risk score: %1 of 100. Orders at %2 or more go on hold.</source>
        <translation>Risikowert: %1 von 100. Bestellungen ab %2 werden zurückgestellt.</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>Geprüft %1.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Updated by an import</source>
        <translation>Durch einen Import aktualisiert</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>Risiko %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>Steuernummer:</translation>
    </message>
    <message>
        <source>Shipping:</source>
        <translation>Versand:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Probleme:</translation>
    </message>
    <message>
        <source>&amp;Risk reasons:</source>
        <translation>&amp;Risikogründe:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message numerus="yes">
        <source>Checks (%Ln blocking)</source>
        <translation>
            <numerusform>Prüfungen (%Ln blockierend)</numerusform>
            <numerusform>Prüfungen (%Ln blockierend)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This order cannot ship until %Ln problem(s) are solved.</source>
        <translation>
            <numerusform>Diese Bestellung kann erst versandt werden, wenn %Ln Problem gelöst ist.</numerusform>
            <numerusform>Diese Bestellung kann erst versandt werden, wenn %Ln Probleme gelöst sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDocuments</name>
    <message>
        <source>the order is no longer in the database</source>
        <translation>die Bestellung ist nicht mehr in der Datenbank</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OrderExporter</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: Die Datei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: Die Datei kann nicht fertig geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>OrderFileReader</name>
    <message>
        <source>Shopify orders export</source>
        <translation>Shopify-Bestellexport</translation>
    </message>
    <message>
        <source>Amazon order report</source>
        <translation>Amazon-Bestellbericht</translation>
    </message>
    <message>
        <source>eBay orders report</source>
        <translation>eBay-Bestellbericht</translation>
    </message>
    <message>
        <source>Borderdesk orders CSV</source>
        <translation>Borderdesk-Bestell-CSV</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>the %1 header lacks the column(s) %2</source>
        <translation>fehlende Spalte(n) in der Kopfzeile von %1: %2</translation>
    </message>
    <message>
        <source>no %1 header found in the first 30 lines</source>
        <translation>keine Kopfzeile für %1 in den ersten 30 Zeilen gefunden</translation>
    </message>
    <message>
        <source>not an order file Borderdesk knows: no Shopify, Amazon, eBay or Borderdesk header found</source>
        <translation>keine Bestelldatei, die Borderdesk kennt: keine Kopfzeile von Shopify, Amazon, eBay oder Borderdesk gefunden</translation>
    </message>
    <message>
        <source>the rows of order %1 are not next to each other; sort the file by order first</source>
        <translation>die Zeilen der Bestellung %1 stehen nicht beieinander; sortieren Sie die Datei zuerst nach Bestellung</translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <source>All markets</source>
        <translation>Alle Märkte</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Search order number, email or ship-to name</source>
        <translation>Bestellnummer, E-Mail oder Empfängername suchen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>Versandbereit</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Risk at least</source>
        <translation>&amp;Risiko mindestens</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>Bestellungen importieren</translation>
    </message>
    <message>
        <source>Order files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Bestelldateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be changed…</source>
        <translation>Wird abgebrochen; es wird nichts geändert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; no order was changed.</source>
        <translation>Der Import wurde abgebrochen; keine Bestellung wurde geändert.</translation>
    </message>
    <message>
        <source>%1 (%2) was imported.</source>
        <translation>%1 (%2) wurde importiert.</translation>
    </message>
    <message>
        <source>%1: nothing was imported.</source>
        <translation>%1: Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…und %Ln weitere.</numerusform>
            <numerusform>…und %Ln weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Detect from the file&apos;s header</source>
        <translation>Aus der Kopfzeile der Datei erkennen</translation>
    </message>
    <message>
        <source>Orders in the file:</source>
        <translation>Bestellungen in der Datei:</translation>
    </message>
    <message>
        <source>Order lines:</source>
        <translation>Bestellpositionen:</translation>
    </message>
    <message>
        <source>New orders:</source>
        <translation>Neue Bestellungen:</translation>
    </message>
    <message>
        <source>Updated orders:</source>
        <translation>Aktualisierte Bestellungen:</translation>
    </message>
    <message>
        <source>Put on hold:</source>
        <translation>Zurückgestellt:</translation>
    </message>
    <message>
        <source>Cannot ship yet:</source>
        <translation>Noch nicht versandfähig:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported. Fix the %Ln problem(s) below in the file and import it again.</source>
        <translation>
            <numerusform>%1: Es wurde nichts importiert. %Ln Problem unten – beheben Sie es in der Datei und importieren Sie sie erneut.</numerusform>
            <numerusform>%1: Es wurde nichts importiert. %Ln Probleme unten – beheben Sie sie in der Datei und importieren Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) below.</source>
        <translation>
            <numerusform>%Ln Warnung unten.</numerusform>
            <numerusform>%Ln Warnungen unten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message>
        <source>SKU &quot;%1&quot; is not in the catalogue; the line is kept</source>
        <translation>SKU „%1“ ist nicht im Katalog; die Position wird beibehalten</translation>
    </message>
    <message numerus="yes">
        <source>SKU &quot;%1&quot; is not in the catalogue; its lines are kept (%n more line(s) have it)</source>
        <translation>
            <numerusform>SKU „%1“ ist nicht im Katalog; ihre Positionen werden beibehalten (%n weitere Position enthält sie)</numerusform>
            <numerusform>SKU „%1“ ist nicht im Katalog; ihre Positionen werden beibehalten (%n weitere Positionen enthalten sie)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the order&apos;s amounts in %2 are left empty</source>
        <translation>%1; die Beträge der Bestellung in %2 bleiben leer</translation>
    </message>
    <message>
        <source>%1:%2: the database refused order %3: %4</source>
        <translation>%1:%2: Die Datenbank hat Bestellung %3 abgelehnt: %4</translation>
    </message>
    <message>
        <source>risk %1 ≥ hold threshold %2</source>
        <translation>Risiko %1 ≥ Schwelle zum Zurückstellen %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) not shown</source>
        <translation>
            <numerusform>%n weitere Warnung nicht angezeigt</numerusform>
            <numerusform>%n weitere Warnungen nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB)</source>
        <translation>%1: Die Datei ist zu groß (%2 MB)</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>no order %1</source>
        <translation>keine Bestellung %1</translation>
    </message>
    <message>
        <source>%1 orders have the number %2; use the channel order id</source>
        <translation>%1 Bestellungen haben die Nummer %2; verwenden Sie die Bestell-ID des Verkaufskanals</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>Bestellung nicht gefunden</translation>
    </message>
    <message>
        <source>order %1 cannot go from %2 to %3 (allowed: %4)</source>
        <translation>Bestellung %1 kann nicht von %2 zu %3 wechseln (erlaubt: %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>order %1 cannot ship: %2</source>
        <translation>Bestellung %1 ist nicht versandfähig: %2</translation>
    </message>
    <message>
        <source>risk %1 ≥ hold threshold %2</source>
        <translation>Risiko %1 ≥ Zurückstellungsschwelle %2</translation>
    </message>
    <message>
        <source>cannot ship</source>
        <translation>nicht versandfähig</translation>
    </message>
</context>
<context>
    <name>OrderRowMapper</name>
    <message>
        <source>&quot;%1&quot; is not a currency code (three letters such as USD)</source>
        <translation>„%1“ ist kein Währungscode (drei Buchstaben wie USD)</translation>
    </message>
    <message>
        <source>the line has neither a SKU nor a product name</source>
        <translation>die Position hat weder eine SKU noch einen Artikelnamen</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>ein Preis darf nicht negativ sein</translation>
    </message>
    <message>
        <source>%1 does not divide evenly by the quantity %2; the unit price is rounded down</source>
        <translation>%1 ist nicht ohne Rest durch die Menge %2 teilbar; der Stückpreis wird abgerundet</translation>
    </message>
    <message>
        <source>order %1 has no lines</source>
        <translation>Bestellung %1 hat keine Positionen</translation>
    </message>
    <message>
        <source>order %1 has no creation date</source>
        <translation>Bestellung %1 hat kein Erstellungsdatum</translation>
    </message>
</context>
<context>
    <name>OrderStatuses</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>Versandfertig</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Kommissioniert</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Gepackt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourniert</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Cannot ship</source>
        <translation>Nicht versandfähig</translation>
    </message>
    <message>
        <source>At or above the hold threshold (%1)</source>
        <translation>Auf oder über der Zurückstellungsschwelle (%1)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Verkaufskanal</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
</context>
<context>
    <name>OrdersCommand</name>
    <message>
        <source>orders: unknown subcommand %1</source>
        <translation>orders: unbekannter Unterbefehl %1</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not an order status</source>
        <translation>--status: „%1“ ist kein Bestellstatus</translation>
    </message>
    <message>
        <source>--min-risk: &quot;%1&quot; is not a number from 0 to 100</source>
        <translation>--min-risk: „%1“ ist keine Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: „%2“ ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>usage: orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]</source>
        <translation>Aufruf: orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not auto, shopify, amazon, ebay or csv</source>
        <translation>--format: „%1“ ist weder auto, shopify, amazon, ebay noch csv</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Problem muss zuerst behoben werden.</numerusform>
            <numerusform>Nichts wurde importiert: %n Probleme müssen zuerst behoben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 order(s) with %3 line(s); %4 new, %5 updated; %6 put on hold; %7 cannot ship yet.</source>
        <translation>%1: Bestellungen: %2, Positionen: %3; neu: %4, aktualisiert: %5; zurückgestellt: %6; noch nicht versandfähig: %7.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. %1</source>
        <translation>Probelauf, nichts wurde geschrieben. %1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Importiert. %1</translation>
    </message>
    <message>
        <source>usage: orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]</source>
        <translation>Aufruf: orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>%n Bestellung nach %1 exportiert.</numerusform>
            <numerusform>%n Bestellungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N] [--from DATE] [--to DATE] [--limit N] [--json]</source>
        <translation>Aufruf: orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N] [--from DATE] [--to DATE] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit: „%1“ ist keine positive Zahl</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>Risiko %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>%n Bestellung angezeigt</numerusform>
            <numerusform>%n Bestellungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> (von %1)</translation>
    </message>
    <message>
        <source>usage: orders check NUMBER [--json]</source>
        <translation>Aufruf: orders check NUMBER [--json]</translation>
    </message>
    <message>
        <source>usage: orders show NUMBER [--json]</source>
        <translation>Aufruf: orders show NUMBER [--json]</translation>
    </message>
    <message>
        <source>Order %1 (%2 %3), %4</source>
        <translation>Bestellung %1 (%2 %3), %4</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>  (not in the catalogue)</source>
        <translation>  (nicht im Katalog)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source> = %1 at %2 (%3)</source>
        <translation> = %1 zum Kurs %2 (%3)</translation>
    </message>
    <message>
        <source>Order %1 checked.</source>
        <translation>Bestellung %1 geprüft.</translation>
    </message>
    <message>
        <source>cannot ship: </source>
        <translation>nicht versandfähig: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>Restricted goods: %1</source>
        <translation>Eingeschränkte Waren: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Shipping readiness: %1</source>
        <translation>Versandbereitschaft: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Fraud risk: %1 of 100</source>
        <translation>Betrugsrisiko: %1 von 100</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>usage: orders set-status NUMBER STATUS [--note TEXT]</source>
        <translation>Aufruf: orders set-status NUMBER STATUS [--note TEXT]</translation>
    </message>
    <message>
        <source>statuses: %1</source>
        <translation>mögliche Status: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status</source>
        <translation>„%1“ ist kein Bestellstatus</translation>
    </message>
    <message>
        <source>Order %1 is now %2.</source>
        <translation>Bestellung %1 hat jetzt den Status „%2“.</translation>
    </message>
    <message>
        <source>usage: orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]</source>
        <translation>Aufruf: orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]</translation>
    </message>
    <message>
        <source>--set %1: %2</source>
        <translation>--set %1: %2</translation>
    </message>
    <message>
        <source>expected RULE=WEIGHT</source>
        <translation>RULE=WEIGHT erwartet</translation>
    </message>
    <message>
        <source>--threshold: %1</source>
        <translation>--threshold: %1</translation>
    </message>
    <message>
        <source>--categories: %1</source>
        <translation>--categories: %1</translation>
    </message>
    <message>
        <source>Hold threshold: %1</source>
        <translation>Zurückstellungsschwelle: %1</translation>
    </message>
    <message>
        <source>High-risk categories: %1</source>
        <translation>Kategorien mit hohem Risiko: %1</translation>
    </message>
    <message>
        <source>usage: orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG] [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--documents TEXT] [--mailto]</source>
        <translation>Aufruf: orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG] [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--documents TEXT] [--mailto]</translation>
    </message>
    <message>
        <source>no %1 template in %2</source>
        <translation>keine Vorlage %1 in %2</translation>
    </message>
    <message>
        <source>usage: orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT] [--address2 TEXT] [--city TEXT] [--province TEXT]</source>
        <translation>Aufruf: orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT] [--address2 TEXT] [--city TEXT] [--province TEXT]</translation>
    </message>
    <message>
        <source>Order %1 updated; it can ship.</source>
        <translation>Bestellung %1 aktualisiert; sie ist versandfähig.</translation>
    </message>
    <message>
        <source>Order %1 updated; it still cannot ship.</source>
        <translation>Bestellung %1 aktualisiert; sie ist weiterhin nicht versandfähig.</translation>
    </message>
    <message>
        <source>usage: orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]</source>
        <translation>Aufruf: orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <source>%Ln+ order(s), counting…</source>
        <translation>
            <numerusform>%Ln+ Bestellung, wird gezählt…</numerusform>
            <numerusform>%Ln+ Bestellungen, wird gezählt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln selected</source>
        <translation>
            <numerusform>%1, %Ln ausgewählt</numerusform>
            <numerusform>%1, %Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing orders to “%1”…</source>
        <translation>Bestellungen werden auf „%1“ gesetzt…</translation>
    </message>
    <message>
        <source>Releasing orders…</source>
        <translation>Bestellungen werden freigegeben…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>order %1 is not on hold</source>
        <translation>Bestellung %1 ist nicht zurückgestellt</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>Bestellungen stornieren</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)? A cancelled order cannot be reopened.</source>
        <translation>
            <numerusform>%Ln Bestellung stornieren? Eine stornierte Bestellung kann nicht wieder geöffnet werden.</numerusform>
            <numerusform>%Ln Bestellungen stornieren? Eine stornierte Bestellung kann nicht wieder geöffnet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung stornieren</numerusform>
            <numerusform>%Ln Bestellungen stornieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Checking orders again…</source>
        <translation>Bestellungen werden erneut geprüft…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>Bestellungen exportieren</translation>
    </message>
    <message>
        <source>orders.csv</source>
        <translation>bestellungen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>Bestellungen werden exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>%Ln Bestellung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Bestellungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient corrected; the order was checked again.</source>
        <translation>Empfänger korrigiert; die Bestellung wurde erneut geprüft.</translation>
    </message>
    <message>
        <source>Fraud rules saved. They apply to orders imported or checked again from now on.</source>
        <translation>Betrugsregeln gespeichert. Sie gelten ab jetzt für importierte oder erneut geprüfte Bestellungen.</translation>
    </message>
    <message>
        <source>Select an order to see its lines, addresses, checks and history.</source>
        <translation>Wählen Sie eine Bestellung aus, um ihre Positionen, Adressen, Prüfungen und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>Put the selected orders on hold</source>
        <translation>Die ausgewählten Bestellungen zurückstellen</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Release the selected orders on hold (back to new)</source>
        <translation>Die ausgewählten zurückgestellten Bestellungen freigeben (zurück auf „Neu“)</translation>
    </message>
    <message>
        <source>&amp;Cancel order</source>
        <translation>&amp;Stornieren</translation>
    </message>
    <message>
        <source>Cancel the selected orders</source>
        <translation>Die ausgewählten Bestellungen stornieren</translation>
    </message>
    <message>
        <source>Mark read&amp;y to ship</source>
        <translation>&amp;Versandfertig</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>N&amp;eu prüfen</translation>
    </message>
    <message>
        <source>Check the selected orders again with today&apos;s catalogue, markets and fraud rules</source>
        <translation>Die ausgewählten Bestellungen erneut mit dem aktuellen Katalog, den Märkten und den Betrugsregeln prüfen</translation>
    </message>
    <message>
        <source>&amp;Message customer…</source>
        <translation>&amp;Kunde anschreiben…</translation>
    </message>
    <message>
        <source>Edit recipie&amp;nt…</source>
        <translation>Em&amp;pfänger ändern…</translation>
    </message>
    <message>
        <source>Correct the phone, tax ID, language or address, then check the order again</source>
        <translation>Telefon, Steuer-ID, Sprache oder Adresse korrigieren und die Bestellung dann erneut prüfen</translation>
    </message>
    <message>
        <source>Fra&amp;ud rules…</source>
        <translation>Betr&amp;ugsregeln…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Export the &amp;selected orders…</source>
        <translation>Au&amp;sgewählte Bestellungen exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;all orders the filter shows…</source>
        <translation>&amp;Alle gefilterten Bestellungen exportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln order(s) done.</source>
        <translation>
            <numerusform>%1: %Ln Bestellung erledigt.</numerusform>
            <numerusform>%1: %Ln Bestellungen erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) could not be changed.</source>
        <translation>
            <numerusform>%Ln Bestellung konnte nicht geändert werden.</numerusform>
            <numerusform>%Ln Bestellungen konnten nicht geändert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more (see the details).</source>
        <translation>
            <numerusform>…und %Ln weitere (siehe Details).</numerusform>
            <numerusform>…und %Ln weitere (siehe Details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other order(s) were changed.</source>
        <translation>
            <numerusform>%Ln andere Bestellung wurde geändert.</numerusform>
            <numerusform>%Ln andere Bestellungen wurden geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rate shop…</source>
        <translation>&amp;Tarifvergleich…</translation>
    </message>
    <message>
        <source>Compare the services for the current order and create its shipment</source>
        <translation>Die Versandarten für die aktuelle Bestellung vergleichen und ihre Sendung erstellen</translation>
    </message>
    <message>
        <source>&amp;Print documents…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the label, customs papers and packing slip of the selected orders</source>
        <translation>Versandetikett, Zollpapiere und Lieferschein der ausgewählten Bestellungen drucken</translation>
    </message>
    <message>
        <source>Print documents</source>
        <translation>Dokumente drucken</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) get no documents:</source>
        <translation>
            <numerusform>%Ln Bestellung erhält keine Dokumente:</numerusform>
            <numerusform>%Ln Bestellungen erhalten keine Dokumente:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>no printer is set up</source>
        <translation>kein Drucker eingerichtet</translation>
    </message>
    <message>
        <source>printing was cancelled</source>
        <translation>der Druck wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>PackStationWindow</name>
    <message>
        <source>Printing the label and papers for order %1…</source>
        <translation>Versandetikett und Papiere für Bestellung %1 werden gedruckt…</translation>
    </message>
    <message>
        <source>Borderdesk pack station</source>
        <translation>Borderdesk-Packplatz</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Fach</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the line is complete</comment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Scan each item (barcode or SKU), then Enter</source>
        <translation>Jeden Artikel scannen (Barcode oder SKU), dann Enter</translation>
    </message>
    <message>
        <source>F5: print again · Esc: abandon the order</source>
        <translation>F5: erneut drucken · Esc: Bestellung abbrechen</translation>
    </message>
    <message>
        <source>Scan or type an order number, then Enter</source>
        <translation>Bestellnummer scannen oder eingeben, dann Enter</translation>
    </message>
    <message>
        <source>Enter: confirm the scan · Esc: abandon the order · F5: print again · F12: next language · F10 or Ctrl+Q: leave the pack station</source>
        <translation>Enter: Scan bestätigen · Esc: Bestellung abbrechen · F5: erneut drucken · F12: nächste Sprache · F10 oder Strg+Q: Packplatz verlassen</translation>
    </message>
    <message>
        <source>Pack station: no order open</source>
        <translation>Packplatz: keine Bestellung geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %2 of %Ln item(s) packed</source>
        <translation>
            <numerusform>Bestellung %1: %2 von %Ln Artikel gepackt</numerusform>
            <numerusform>Bestellung %1: %2 von %Ln Artikeln gepackt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · tracking %2</source>
        <comment>order progress, tracking number</comment>
        <translation>%1 · Sendungsnummer %2</translation>
    </message>
    <message>
        <source>Scan the order number from the packing slip.</source>
        <translation>Scannen Sie die Bestellnummer auf dem Lieferschein.</translation>
    </message>
    <message>
        <source>Order %1: scan each item.</source>
        <translation>Bestellung %1: Scannen Sie jeden Artikel.</translation>
    </message>
    <message>
        <source>✘ NOT AN ORDER: %1</source>
        <translation>✘ KEINE BESTELLUNG: %1</translation>
    </message>
    <message>
        <source>STOP: order %1 must not ship. No label.</source>
        <translation>STOPP: Bestellung %1 darf nicht versandt werden. Kein Versandetikett.</translation>
    </message>
    <message>
        <source>✔ %1 %2: %3 of %4</source>
        <translation>✔ %1 %2: %3 von %4</translation>
    </message>
    <message>
        <source>✘ WRONG ITEM: %1 %2 is not in this order. Put it back.</source>
        <translation>✘ FALSCHER ARTIKEL: %1 %2 gehört nicht zu dieser Bestellung. Legen Sie ihn zurück.</translation>
    </message>
    <message>
        <source>✘ TOO MANY: all %1 of %2 are packed already. Take this one out.</source>
        <translation>✘ ZU VIELE: alle %1 von %2 sind bereits gepackt. Nehmen Sie diesen wieder heraus.</translation>
    </message>
    <message>
        <source>✘ UNKNOWN BARCODE: %1 is no product and no order.</source>
        <translation>✘ UNBEKANNTER BARCODE: %1 ist weder ein Artikel noch eine Bestellung.</translation>
    </message>
    <message>
        <source>✔ Tracking number %1 goes on the label.</source>
        <translation>✔ Sendungsnummer %1 kommt auf das Versandetikett.</translation>
    </message>
    <message>
        <source>Order %1 is open already: scan its items.</source>
        <translation>Bestellung %1 ist bereits geöffnet: Scannen Sie ihre Artikel.</translation>
    </message>
    <message>
        <source>Order %1 is not finished. Scan its items, or press Esc to abandon it and open %2.</source>
        <translation>Bestellung %1 ist nicht fertig. Scannen Sie ihre Artikel oder drücken Sie Esc, um sie abzubrechen und %2 zu öffnen.</translation>
    </message>
    <message>
        <source>Order %1 has not printed. Press F5 to print again or Esc to abandon it.</source>
        <translation>Bestellung %1 wurde nicht gedruckt. Drücken Sie F5, um erneut zu drucken, oder Esc, um sie abzubrechen.</translation>
    </message>
    <message>
        <source>✔ Order %1 is packed: label and papers printed. Scan the next order.</source>
        <translation>✔ Bestellung %1 ist gepackt: Versandetikett und Papiere gedruckt. Scannen Sie die nächste Bestellung.</translation>
    </message>
    <message>
        <source>✔ Order %1 printed again. Scan the next order.</source>
        <translation>✔ Bestellung %1 erneut gedruckt. Scannen Sie die nächste Bestellung.</translation>
    </message>
    <message>
        <source>✘ PRINTING FAILED for order %1. Press F5 to print again.</source>
        <translation>✘ DRUCK FEHLGESCHLAGEN für Bestellung %1. Drücken Sie F5, um erneut zu drucken.</translation>
    </message>
    <message>
        <source>✘ ORDER %1 NOT PACKED. Press F5 to try again or Esc to abandon it.</source>
        <translation>✘ BESTELLUNG %1 NICHT GEPACKT. Drücken Sie F5 für einen neuen Versuch oder Esc, um sie abzubrechen.</translation>
    </message>
    <message>
        <source>Order %1 abandoned. Scan the next order number.</source>
        <translation>Bestellung %1 abgebrochen. Scannen Sie die nächste Bestellnummer.</translation>
    </message>
</context>
<context>
    <name>PackageRows</name>
    <message>
        <source>Package %1 needs a weight (grams, or with a unit: 1.2 kg).</source>
        <translation>Paket %1 braucht ein Gewicht (in Gramm oder mit Einheit: 1.2 kg).</translation>
    </message>
    <message>
        <source>Package %1: %2</source>
        <translation>Paket %1: %2</translation>
    </message>
    <message>
        <source>✓ %1 number</source>
        <translation>✓ %1-Nummer</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Size (L×W×H cm)</source>
        <translation>Maße (L×B×H cm)</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>e.g. 1.2 kg</source>
        <translation>z. B. 1.2 kg</translation>
    </message>
    <message>
        <source>e.g. 40x30x20</source>
        <translation>z. B. 40x30x20</translation>
    </message>
    <message>
        <source>type or scan</source>
        <translation>eingeben oder scannen</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <source>Packing slip</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Thank you for your order!</source>
        <translation>Vielen Dank für Ihre Bestellung!</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Continued on the next page</source>
        <translation>Fortsetzung auf der nächsten Seite</translation>
    </message>
    <message>
        <source>Packing slip %1</source>
        <translation>Lieferschein %1</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>Es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <source>%1 dpi is not a resolution a printer has.</source>
        <translation>%1 dpi ist keine Auflösung, die ein Drucker unterstützt.</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>Das Schreiben der PDF-Datei konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not finish writing the PDF.</source>
        <translation>Das Schreiben der PDF-Datei konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>phone number is empty</source>
        <translation>Telefonnummer ist leer</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; cannot be read: it needs a known country code, such as +66</source>
        <translation>Telefonnummer „%1“ kann nicht gelesen werden: sie braucht eine bekannte Ländervorwahl wie +66</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; cannot be read</source>
        <translation>Telefonnummer „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not valid</source>
        <translation>Telefonnummer „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not valid for %2</source>
        <translation>Telefonnummer „%1“ ist für %2 ungültig</translation>
    </message>
</context>
<context>
    <name>PriceCommand</name>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: „%1“ ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>usage: price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
       price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
       price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
       price fix SKU --market CODE AMOUNT|--clear</source>
        <translation>Aufruf: price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
        price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
        price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
        price fix SKU --market CODE AMOUNT|--clear</translation>
    </message>
    <message>
        <source>--incoterm: &quot;%1&quot; must be DAP or DDP</source>
        <translation>--incoterm: „%1“ muss DAP oder DDP sein</translation>
    </message>
    <message>
        <source>usage: price apply --market CODE [--dry-run] [--date YYYY-MM-DD]</source>
        <translation>Aufruf: price apply --market CODE [--dry-run] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--dry-run goes with price apply</source>
        <translation>--dry-run gehört zu price apply</translation>
    </message>
    <message>
        <source>%1 (%2) into %3, %4, rates of %5</source>
        <translation>%1 (%2) nach %3, %4, Kurse vom %5</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>after cost and what the seller pays (%1)</source>
        <translation>nach Kosten und den Ausgaben des Verkäufers (%1)</translation>
    </message>
    <message>
        <source>Dry run for %1: %2 product(s) checked, %3 price(s) would change, %4 moved less than the threshold; nothing was written.</source>
        <translation>Probelauf für %1: %2 Artikel geprüft, %3 Preis(e) würden sich ändern, %4 lagen unter dem Schwellenwert; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2 product(s) checked, %3 price(s) changed, %4 moved less than the threshold and were kept.</source>
        <translation>%1: %2 Artikel geprüft, %3 Preis(e) geändert, %4 lagen unter dem Schwellenwert und wurden beibehalten.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n price(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n Preis von %1 nach %2 exportiert.</numerusform>
            <numerusform>%n Preise von %1 nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>es gibt keinen Markt %1</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>es gibt keinen Artikel mit der SKU %1</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>AMOUNT: %1</translation>
    </message>
    <message>
        <source>%1 in %2 is now fixed at %3.</source>
        <translation>%1 in %2 ist jetzt fest auf %3 gesetzt.</translation>
    </message>
    <message>
        <source>%1 in %2 follows the market&apos;s rule again.</source>
        <translation>%1 in %2 folgt wieder der Regel des Markts.</translation>
    </message>
</context>
<context>
    <name>PriceExporter</name>
    <message>
        <source>there is no market %1</source>
        <translation>es gibt keinen Markt %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>PriceListService</name>
    <message>
        <source>fixed price for %1</source>
        <translation>Festpreis für %1</translation>
    </message>
    <message>
        <source>base price %1</source>
        <translation>Grundpreis %1</translation>
    </message>
    <message>
        <source>cost %1 + %2% markup = %3</source>
        <translation>Kosten %1 + %2 % Aufschlag = %3</translation>
    </message>
    <message>
        <source>%1: the price is too large to convert</source>
        <translation>%1: der Preis ist zu groß für die Umrechnung</translation>
    </message>
    <message>
        <source>%1, rounded %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7), rounded %8</source>
        <translation>%1 = %2 zu den Kursen vom %3 (1 EUR = %4 %5 = %6 %7), %8</translation>
    </message>
    <message>
        <source>no exchange rate for %1 and %2</source>
        <translation>kein Wechselkurs für %1 und %2</translation>
    </message>
    <message>
        <source>%1 to %2, %3: %4</source>
        <translation>%1 nach %2, %3: %4</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>es gibt keinen Artikel mit der SKU %1</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>es gibt keinen Markt %1</translation>
    </message>
    <message>
        <source>cancelled; no price was changed</source>
        <translation>abgebrochen; kein Preis wurde geändert</translation>
    </message>
    <message>
        <source>cannot store the price of %1: %2</source>
        <translation>der Preis von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>a fixed price for %1 must be in %2</source>
        <translation>ein Festpreis für %1 muss in %2 angegeben sein</translation>
    </message>
</context>
<context>
    <name>PriceListsView</name>
    <message>
        <source>Export prices</source>
        <translation>Preise exportieren</translation>
    </message>
    <message>
        <source>prices-%1.csv</source>
        <translation>preise-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV-Dateien (*.csv);;Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Some prices cannot be computed: %1</source>
        <translation>Einige Preise können nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Festpreis</translation>
    </message>
    <message>
        <source>Fixed price of %1 in %2 (%3); leave empty to follow the market&apos;s rule:</source>
        <translation>Festpreis von %1 in %2 (%3); leer lassen, um der Regel des Markts zu folgen:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Pricing %1…</source>
        <translation>Preise für %1 werden berechnet…</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Preislisten</translation>
    </message>
    <message>
        <source>Apply prices</source>
        <translation>Preise anwenden</translation>
    </message>
    <message>
        <source>%1: %2 price(s) will change; %3 moved less than the market&apos;s threshold and stay. Apply?</source>
        <translation>%1: %2 Preis(e) ändern sich; %3 liegen unter dem Schwellenwert des Markts und bleiben unverändert. Anwenden?</translation>
    </message>
    <message>
        <source>%1: %2 price(s) changed and kept in the price history.</source>
        <translation>%1: %2 Preis(e) geändert und in der Preishistorie gespeichert.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>%1 in %2 is now fixed at %3.</source>
        <translation>%1 in %2 ist jetzt fest auf %3 gesetzt.</translation>
    </message>
    <message>
        <source>%1 in %2 follows the market&apos;s rule again.</source>
        <translation>%1 in %2 folgt wieder der Regel des Markts.</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>SKU, Name oder Barcode suchen</translation>
    </message>
    <message>
        <source>Rates of:</source>
        <translation>Kurse vom:</translation>
    </message>
    <message>
        <source>Markets:</source>
        <translation>Märkte:</translation>
    </message>
    <message>
        <source>&amp;Apply prices…</source>
        <translation>Preise &amp;anwenden…</translation>
    </message>
    <message>
        <source>E&amp;xport prices…</source>
        <translation>Preise e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Shopify form (Price / market)</source>
        <translation>Shopify-Format (Preis / Markt)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln price(s) to %1.</source>
        <translation>
            <numerusform>%Ln Preis nach %1 exportiert.</numerusform>
            <numerusform>%Ln Preise nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PricePreviewModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (fixed)</source>
        <translation>%1 (fest)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 aktuell</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <source>%1 change</source>
        <translation>%1 Änderung</translation>
    </message>
    <message>
        <source>%1 landed</source>
        <translation>%1 Einstandskosten</translation>
    </message>
    <message>
        <source>%1 margin</source>
        <translation>%1 Marge</translation>
    </message>
</context>
<context>
    <name>PriceRounding</name>
    <message>
        <source>no rounding</source>
        <translation>keine Rundung</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aufgerundet</translation>
    </message>
    <message>
        <source>to the nearest</source>
        <translation>kaufmännisch gerundet</translation>
    </message>
    <message>
        <source>down</source>
        <translation>abgerundet</translation>
    </message>
    <message>
        <source>%1 to steps of %2, less %3</source>
        <translation>%1 auf Schritte von %2, abzüglich %3</translation>
    </message>
    <message>
        <source>%1 to steps of %2</source>
        <translation>%1 auf Schritte von %2</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>ab %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price bracket (e.g. 100=10:up:0)</source>
        <translation>„%1“ ist keine Preisstufe (z. B. 100=10:up:0)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs step:direction:ending (e.g. 1:up:0.01)</source>
        <translation>„%1“ braucht Schritt:Richtung:Endung (z. B. 1:up:0.01)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the direction must be up, nearest or down</source>
        <translation>„%1“: die Richtung muss up, nearest oder down sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: step and ending must be amounts in %2</source>
        <translation>„%1“: Schritt und Endung müssen Beträge in %2 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the step must be above zero and the ending no larger than the step</source>
        <translation>„%1“: der Schritt muss größer als null sein und die Endung darf nicht größer als der Schritt sein</translation>
    </message>
</context>
<context>
    <name>PrintSession</name>
    <message>
        <source>No printer is chosen, and the system has no default printer.</source>
        <translation>Es ist kein Drucker ausgewählt und das System hat keinen Standarddrucker.</translation>
    </message>
    <message>
        <source>The printer “%1” was not found. Check that it is set up in the system&apos;s printer settings.</source>
        <translation>Der Drucker „%1“ wurde nicht gefunden. Prüfen Sie, ob er in den Druckereinstellungen des Systems eingerichtet ist.</translation>
    </message>
    <message>
        <source>The printer “%1” cannot be used.</source>
        <translation>Der Drucker „%1“ kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The printer “%1” could not start the print job.</source>
        <translation>Der Drucker „%1“ konnte den Druckauftrag nicht starten.</translation>
    </message>
    <message>
        <source>The print job is already finished.</source>
        <translation>Der Druckauftrag ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The printer “%1” could not start a new page.</source>
        <translation>Der Drucker „%1“ konnte keine neue Seite beginnen.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Drawing page %1 of “%2” failed: %3</source>
        <translation>Das Zeichnen von Seite %1 von „%2“ ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The printer “%1” reported an error while printing “%2”.</source>
        <translation>Der Drucker „%1“ hat beim Drucken von „%2“ einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <source>The printer “%1” did not accept the print job.</source>
        <translation>Der Drucker „%1“ hat den Druckauftrag nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>4 × 6 in label</source>
        <translation>Etikett 4 × 6 Zoll</translation>
    </message>
    <message>
        <source>100 × 150 mm label</source>
        <translation>Etikett 100 × 150 mm</translation>
    </message>
    <message>
        <source>4 × 4 in label</source>
        <translation>Etikett 4 × 4 Zoll</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Printers and Paper</source>
        <translation>Drucker und Papier</translation>
    </message>
    <message>
        <source>Choose the printer and the paper for each kind of document. The pack station prints to these printers without asking.</source>
        <translation>Wählen Sie für jede Dokumentart den Drucker und das Papier. Der Packplatz druckt ohne Rückfrage auf diesen Druckern.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>No printer is set up on this computer yet. Add one in the system&apos;s printer settings, then open this dialog again.</source>
        <translation>Auf diesem Computer ist noch kein Drucker eingerichtet. Fügen Sie in den Druckereinstellungen des Systems einen hinzu und öffnen Sie diesen Dialog dann erneut.</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>Standarddrucker des Systems</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
</context>
<context>
    <name>ProductCells</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more</source>
        <translation>„%1“ ist keine ganze Zahl größer oder gleich null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of zero or more</source>
        <translation>„%1“ ist keine Zahl größer oder gleich null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. THB, USD, EUR)</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode (z. B. THB, USD, EUR)</translation>
    </message>
    <message>
        <source>an amount is required</source>
        <translation>ein Betrag ist erforderlich</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; was turned into a number by a spreadsheet; format the column as text and export again</source>
        <translation>Barcode „%1“ wurde von einer Tabellenkalkulation in eine Zahl umgewandelt; formatieren Sie die Spalte als Text und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
</context>
<context>
    <name>ProductCsv</name>
    <message>
        <source>Borderdesk product CSV</source>
        <translation>Borderdesk-Artikel-CSV</translation>
    </message>
    <message>
        <source>Shopify product CSV</source>
        <translation>Shopify-Artikel-CSV</translation>
    </message>
    <message>
        <source>Shopify product CSV (legacy template)</source>
        <translation>Shopify-Artikel-CSV (alte Vorlage)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the header row is not one of a Shopify product export or a Borderdesk product CSV (it needs sku and name columns, or Shopify&apos;s Handle/Title, SKU and Price)</source>
        <translation>die Kopfzeile stammt weder aus einem Shopify-Produktexport noch aus einer Borderdesk-Artikel-CSV (sie braucht die Spalten sku und name oder die Shopify-Spalten Handle/Title, SKU und Price)</translation>
    </message>
</context>
<context>
    <name>ProductCsvSink</name>
    <message>
        <source>SKU &quot;%1&quot; already appears on line %2</source>
        <translation>SKU „%1“ kommt bereits in Zeile %2 vor</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>Zollbeschreibung</translation>
    </message>
    <message>
        <source>Barcode (GTIN)</source>
        <translation>Barcode (GTIN)</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS-Code</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Ursprungsland</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>Dimensions (L × W × H)</source>
        <translation>Abmessungen (L × B × H)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>Active (offered for sale)</source>
        <translation>Aktiv (zum Verkauf angeboten)</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— nicht festgelegt —</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>Artikel %1 bearbeiten</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>SKU %1 is already used by &quot;%2&quot;</source>
        <translation>SKU %1 wird bereits von „%2“ verwendet</translation>
    </message>
</context>
<context>
    <name>ProductExporter</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: die Datei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read the catalogue: %1</source>
        <translation>der Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: das Schreiben der Datei kann nicht abgeschlossen werden: %2</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>The import was cancelled; the catalogue was not changed.</source>
        <translation>Der Import wurde abgebrochen; der Katalog wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1: %2 new and %3 updated product(s) will be imported.</source>
        <translation>%1: %2 neue und %3 aktualisierte Artikel werden importiert.</translation>
    </message>
    <message>
        <source>Import products from %1</source>
        <translation>Artikel aus %1 importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Prices in this file are in:</source>
        <translation>Währung der Preise in dieser Datei:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln product(s)…</source>
        <translation>
            <numerusform>%Ln Artikel wird importiert…</numerusform>
            <numerusform>%Ln Artikel werden importiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing can be imported until %Ln problem(s) are fixed in the file.</source>
        <translation>
            <numerusform>%1: Nichts kann importiert werden, bis %Ln Problem in der Datei behoben ist.</numerusform>
            <numerusform>%1: Nichts kann importiert werden, bis %Ln Probleme in der Datei behoben sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s).</source>
        <translation>
            <numerusform>%Ln Warnung.</numerusform>
            <numerusform>%Ln Warnungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large for a product list (%2 MB)</source>
        <translation>%1: die Datei ist zu groß für eine Artikelliste (%2 MB)</translation>
    </message>
    <message>
        <source>%1:%2: the database refused product %3: %4</source>
        <translation>%1:%2: die Datenbank hat Artikel %3 abgelehnt: %4</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message numerus="yes">
        <source>Product labels (%n labels)</source>
        <translation>
            <numerusform>Artikeletiketten (%n Etikett)</numerusform>
            <numerusform>Artikeletiketten (%n Etiketten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>cannot add product %1: %2</source>
        <translation>Artikel %1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>cannot save product %1: %2</source>
        <translation>Artikel %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>product %1 no longer exists</source>
        <translation>Artikel %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>cannot delete the product: %1</source>
        <translation>der Artikel kann nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>prohibited</source>
        <translation>verboten</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>licence needed</source>
        <translation>Lizenz erforderlich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS-Code</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Einschränkungen</translation>
    </message>
</context>
<context>
    <name>ProductValidator</name>
    <message>
        <source>SKU is required</source>
        <translation>SKU ist erforderlich</translation>
    </message>
    <message>
        <source>SKU is longer than %1 characters</source>
        <translation>SKU ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>SKU must not start or end with spaces or contain control characters</source>
        <translation>SKU darf nicht mit Leerzeichen beginnen oder enden und keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>name is required</source>
        <translation>Name ist erforderlich</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO country code (e.g. TH, CN, DE)</source>
        <translation>„%1“ ist kein ISO-Ländercode (z. B. TH, CN, DE)</translation>
    </message>
    <message>
        <source>weight must be between 0 and %1 g</source>
        <translation>Gewicht muss zwischen 0 und %1 g liegen</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2 mm</source>
        <translation>%1 muss zwischen 0 und %2 mm liegen</translation>
    </message>
    <message>
        <source>cost needs a known currency code</source>
        <translation>Kosten brauchen einen bekannten Währungscode</translation>
    </message>
    <message>
        <source>cost must not be negative</source>
        <translation>Kosten dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>price needs a known currency code</source>
        <translation>Preis braucht einen bekannten Währungscode</translation>
    </message>
    <message>
        <source>price must not be negative</source>
        <translation>Preis darf nicht negativ sein</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>Zollbeschreibung</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS-Code</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Ursprungsland</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>ProductsCommand</name>
    <message>
        <source>products: unknown subcommand %1</source>
        <translation>products: unbekannter Unterbefehl %1</translation>
    </message>
    <message>
        <source>usage: products import FILE [--dry-run] [--currency CUR]</source>
        <translation>Aufruf: products import FILE [--dry-run] [--currency CUR]</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>--currency: „%1“ ist kein ISO-4217-Währungscode</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Problem muss zuerst behoben werden.</numerusform>
            <numerusform>Nichts wurde importiert: %n Probleme müssen zuerst behoben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run (%1): %2 new and %3 updated product(s) would be imported; nothing was written.</source>
        <translation>Probelauf (%1): %2 neue und %3 aktualisierte Artikel würden importiert; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>%1 importiert: %2 neu, %3 aktualisiert.</translation>
    </message>
    <message>
        <source>usage: products export FILE</source>
        <translation>Aufruf: products export FILE</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>%n Artikel nach %1 exportiert.</numerusform>
            <numerusform>%n Artikel nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: products list [--json] [--search TEXT] [--category NAME]</source>
        <translation>Aufruf: products list [--json] [--search TEXT] [--category NAME]</translation>
    </message>
    <message>
        <source>stock %1</source>
        <translation>Bestand %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Borderdesk</source>
        <translation>Borderdesk</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alle speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardeinstellungen wiederherstellen</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Nicht speichern</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 Tage</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>In base currency</source>
        <translation>In Basiswährung</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Billable weight</source>
        <translation>Abrechnungsgewicht</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateCalculator</name>
    <message>
        <source>dimensions &quot;%1&quot; should look like 30x20x10 (centimetres) or 300x200x100mm</source>
        <translation>Maße „%1“ sollten wie 30x20x10 (Zentimeter) oder 300x200x100mm aussehen</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; is not a length</source>
        <translation>Maß „%1“ ist keine Länge</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 cm ÷ %4 = %5 dimensional</source>
        <translation>%1 × %2 × %3 cm ÷ %4 = %5 Volumengewicht</translation>
    </message>
    <message>
        <source>%1 dimensional</source>
        <translation>%1 Volumengewicht</translation>
    </message>
    <message>
        <source>%1 actual</source>
        <translation>%1 tatsächlich</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s), each on the heavier of its actual and dimensional weight: %1, %2</source>
        <translation>
            <numerusform>%n Paket, nach dem höheren Wert aus tatsächlichem Gewicht und Volumengewicht: %1, %2</numerusform>
            <numerusform>%n Pakete, jeweils nach dem höheren Wert aus tatsächlichem Gewicht und Volumengewicht: %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no box sizes given</source>
        <translation>keine Kartongrößen angegeben</translation>
    </message>
    <message>
        <source>%1 (no box size given)</source>
        <translation>%1 (ohne Kartongröße)</translation>
    </message>
    <message>
        <source>%1 → %2 billable</source>
        <translation>%1 → %2 abrechenbar</translation>
    </message>
    <message>
        <source>the service is switched off</source>
        <translation>die Versandart ist deaktiviert</translation>
    </message>
    <message>
        <source>no parcel to price</source>
        <translation>kein Paket zum Berechnen</translation>
    </message>
    <message>
        <source>%1 does not ship to %2</source>
        <translation>%1 liefert nicht nach %2</translation>
    </message>
    <message>
        <source>%1 takes parcels up to %2</source>
        <translation>%1 nimmt Pakete bis %2 an</translation>
    </message>
</context>
<context>
    <name>RateCardCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>die Kopfzeile hat keine Spalte „%1“</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>die Datei enthält keine Tarife</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of at least %2</source>
        <translation>„%1“ ist keine ganze Zahl von mindestens %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>the service&apos;s first row needs its carrier</source>
        <translation>die erste Zeile der Versandart braucht den Versanddienstleister</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage such as 12.5</source>
        <translation>„%1“ ist kein Prozentsatz wie 12.5</translation>
    </message>
    <message>
        <source>the service code is empty</source>
        <translation>der Code der Versandart ist leer</translation>
    </message>
    <message>
        <source>the zone is empty</source>
        <translation>die Zone ist leer</translation>
    </message>
    <message>
        <source>the bracket&apos;s top weight is empty</source>
        <translation>das Höchstgewicht der Gewichtsstufe ist leer</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>ein Preis darf nicht negativ sein</translation>
    </message>
    <message>
        <source>zone %1 already has a price up to %2 g</source>
        <translation>Zone %1 hat bereits einen Preis bis %2 g</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>„%1“ ist kein ISO-3166-Ländercode</translation>
    </message>
    <message>
        <source>%1 is already in zone %2 of %3</source>
        <translation>%1 ist bereits in Zone %2 von %3</translation>
    </message>
</context>
<context>
    <name>RateCardWidget</name>
    <message>
        <source>Select a service to see its rate card.</source>
        <translation>Wählen Sie eine Versandart aus, um ihre Tariftabelle zu sehen.</translation>
    </message>
    <message>
        <source>Rate card of %1 in %2, as of %3. Prices before the %4 % fuel surcharge.</source>
        <translation>Tariftabelle von %1 in %2, Stand %3. Preise ohne %4 % Treibstoffzuschlag.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Extra per 0.5 kg</source>
        <translation>Je weitere 0,5 kg</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>Laufzeit (Tage)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>none above %1</source>
        <translation>keine über %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>RateEditDialog</name>
    <message>
        <source>The euro is always 1; choose another currency.</source>
        <translation>Der Euro ist immer 1; wählen Sie eine andere Währung.</translation>
    </message>
    <message>
        <source>Type how many %1 one euro buys, with a point for decimals (e.g. 37.852).</source>
        <translation>Geben Sie ein, wie viele %1 man für einen Euro erhält, mit Punkt als Dezimaltrennzeichen (z. B. 37.852).</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Units per 1 EUR</source>
        <translation>Einheiten je 1 EUR</translation>
    </message>
</context>
<context>
    <name>RateShopDialog</name>
    <message>
        <source>The order is gone.</source>
        <translation>Die Bestellung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Type the weight: 1.2 (kg), 850 g or 3 lb.</source>
        <translation>Geben Sie das Gewicht ein: 1.2 (kg), 850 g oder 3 lb.</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Maße: %1</translation>
    </message>
    <message>
        <source>Choose the destination country.</source>
        <translation>Wählen Sie das Zielland.</translation>
    </message>
    <message>
        <source>No active service ships to %1.</source>
        <translation>Keine aktive Versandart liefert nach %1.</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Wählen Sie eine Versandart.</translation>
    </message>
    <message>
        <source>No shipment was created: %1</source>
        <translation>Es wurde keine Sendung erstellt: %1</translation>
    </message>
    <message>
        <source>Shipment %1 created with %2 for %3.</source>
        <translation>Sendung %1 mit %2 für %3 erstellt.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Ship order %1</source>
        <translation>Bestellung %1 versenden</translation>
    </message>
    <message>
        <source>Order %1 to %2. Estimated parcel: %3.</source>
        <translation>Bestellung %1 nach %2. Geschätztes Paket: %3.</translation>
    </message>
    <message>
        <source>This order may not get a label: %1</source>
        <translation>Diese Bestellung erhält möglicherweise kein Versandetikett: %1</translation>
    </message>
    <message>
        <source>Rate shopping</source>
        <translation>Tarifvergleich</translation>
    </message>
    <message>
        <source>Every active service&apos;s price for one parcel; the shop&apos;s default service is in bold.</source>
        <translation>Der Preis jeder aktiven Versandart für ein Paket; die Standard-Versandart des Shops ist fett gedruckt.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>e.g. 1.2 kg</source>
        <translation>z. B. 1.2 kg</translation>
    </message>
    <message>
        <source>&amp;Size (L×W×H cm):</source>
        <translation>&amp;Maße (L×B×H cm):</translation>
    </message>
    <message>
        <source>e.g. 40x30x20, or empty</source>
        <translation>z. B. 40x30x20 oder leer</translation>
    </message>
    <message>
        <source>&amp;Number of packages:</source>
        <translation>&amp;Anzahl Pakete:</translation>
    </message>
    <message>
        <source>C&amp;reate shipment</source>
        <translation>Sendung e&amp;rstellen</translation>
    </message>
</context>
<context>
    <name>RateShopping</name>
    <message>
        <source>box size unknown, so priced on actual weight</source>
        <translation>Kartongröße unbekannt, daher nach tatsächlichem Gewicht berechnet</translation>
    </message>
    <message>
        <source>no weight for %1</source>
        <translation>kein Gewicht für %1</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>Bestellung nicht gefunden</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two notes on a parcel</comment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) weighing %1 plus %2 packaging</source>
        <translation>
            <numerusform>%Ln Artikel mit %1 Gewicht plus %2 Verpackung</numerusform>
            <numerusform>%Ln Artikel mit %1 Gewicht plus %2 Verpackung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesCommand</name>
    <message>
        <source>rates: unknown subcommand %1</source>
        <translation>rates: unbekannter Unterbefehl %1</translation>
    </message>
    <message>
        <source>usage: rates import FILE</source>
        <translation>Aufruf: rates import FILE</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new and %3 replaced rate(s) from %4 to %5.</source>
        <translation>%1 importiert: %2 neue und %3 ersetzte Kurse vom %4 bis %5.</translation>
    </message>
    <message>
        <source>usage: rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]</source>
        <translation>Aufruf: rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>AMOUNT: %1</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: „%1“ ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 %2 = %3 %4 (rates of %5: 1 EUR = %6 %2 = %7 %4)</source>
        <translation>%1 %2 = %3 %4 (Kurse vom %5: 1 EUR = %6 %2 = %7 %4)</translation>
    </message>
    <message>
        <source>usage: rates list [--currency CUR] [--json]</source>
        <translation>Aufruf: rates list [--currency CUR] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n Kurs</numerusform>
            <numerusform>%n Kurse</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: rates set CUR RATE [--date YYYY-MM-DD]</source>
        <translation>Aufruf: rates set CUR RATE [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency that can have a rate against the euro</source>
        <translation>„%1“ ist keine Währung, die einen Kurs gegenüber dem Euro haben kann</translation>
    </message>
    <message>
        <source>RATE: &quot;%1&quot; is not a positive decimal number</source>
        <translation>RATE: „%1“ ist keine positive Dezimalzahl</translation>
    </message>
    <message>
        <source>1 EUR = %1 %2 on %3</source>
        <translation>1 EUR = %1 %2 am %3</translation>
    </message>
</context>
<context>
    <name>RatesDownloader</name>
    <message>
        <source>Could not download the ECB rates from %1: %2. Check the internet connection, or import a rates file you downloaded.</source>
        <translation>Die EZB-Kurse konnten nicht von %1 heruntergeladen werden: %2. Prüfen Sie die Internetverbindung oder importieren Sie eine heruntergeladene Kursdatei.</translation>
    </message>
</context>
<context>
    <name>RatesTableModel</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Per 1 EUR</source>
        <translation>Je 1 EUR</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>Kursdatum</translation>
    </message>
</context>
<context>
    <name>RatesView</name>
    <message>
        <source>Import exchange rates</source>
        <translation>Wechselkurse importieren</translation>
    </message>
    <message>
        <source>ECB rate files (*.xml *.csv);;All files (*)</source>
        <translation>EZB-Kursdateien (*.xml *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>No rates were imported.</source>
        <translation>Es wurden keine Kurse importiert.</translation>
    </message>
    <message>
        <source>%1: %2 new and %3 replaced rate(s), up to %4.</source>
        <translation>%1: %2 neue und %3 ersetzte Kurse, bis %4.</translation>
    </message>
    <message>
        <source>Importing exchange rates…</source>
        <translation>Wechselkurse werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Downloading today&apos;s rates from the European Central Bank…</source>
        <translation>Die heutigen Kurse werden von der Europäischen Zentralbank heruntergeladen…</translation>
    </message>
    <message>
        <source>%1 per 1 EUR</source>
        <translation>%1 je 1 EUR</translation>
    </message>
    <message>
        <source>No exchange rates yet: update them from the ECB or import a file</source>
        <translation>Noch keine Wechselkurse: aktualisieren Sie sie von der EZB oder importieren Sie eine Datei</translation>
    </message>
    <message>
        <source>%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7)</source>
        <translation>%1 = %2 zu den Kursen vom %3 (1 EUR = %4 %5 = %6 %7)</translation>
    </message>
    <message>
        <source>&amp;Update rates from the ECB</source>
        <translation>Kurse von der EZB &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Import rates file…</source>
        <translation>Kursdatei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Enter a rate…</source>
        <translation>Kurs &amp;eingeben…</translation>
    </message>
    <message>
        <source>Convert:</source>
        <translation>Umrechnen:</translation>
    </message>
</context>
<context>
    <name>RecipientEditDialog</name>
    <message>
        <source>Recipient of order %1</source>
        <translation>Empfänger der Bestellung %1</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>Steuer-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Adresszeile &amp;1:</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Adresszeile &amp;2:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>P&amp;rovince or state:</source>
        <translation>P&amp;rovinz oder Bundesstaat:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>as the customer wrote it, e.g. 081 234 5678</source>
        <translation>wie vom Kunden geschrieben, z. B. 081 234 5678</translation>
    </message>
    <message>
        <source>e.g. th, de, pt-BR; empty = the market&apos;s language</source>
        <translation>z. B. th, de, pt-BR; leer = Sprache des Markts</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Borderdesk – the database needs attention</source>
        <translation>Borderdesk – die Datenbank braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>The database %1 did not pass its check and may be damaged.</source>
        <translation>Die Datenbank %1 hat die Prüfung nicht bestanden und ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>Restore it from a backup: the damaged file is kept beside it, nothing is deleted. Or quit and look at the file first.</source>
        <translation>Stellen Sie sie aus einer Sicherung wieder her: Die beschädigte Datei bleibt daneben erhalten, nichts wird gelöscht. Oder beenden Sie und sehen Sie sich die Datei zuerst an.</translation>
    </message>
    <message>
        <source>&amp;Backups beside the database, newest first:</source>
        <translation>&amp;Sicherungen neben der Datenbank, neueste zuerst:</translation>
    </message>
    <message>
        <source>No backups were found beside the database.</source>
        <translation>Neben der Datenbank wurden keine Sicherungen gefunden.</translation>
    </message>
    <message>
        <source>&amp;Restore selected backup</source>
        <translation>Auswahl &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore &amp;another file…</source>
        <translation>Andere &amp;Datei wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Borderdesk-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>This is a preview: nothing is restored from here.</source>
        <translation>Dies ist eine Vorschau: Von hier aus wird nichts wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>QDate format of a month on a chart axis</comment>
        <translation>MMM yy</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date like 2026-11-28</source>
        <translation>%1: „%2“ ist kein Datum wie 2026-11-28</translation>
    </message>
    <message>
        <source>--currency: %1 is not an ISO 4217 currency code</source>
        <translation>--currency: %1 ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>report: unknown subcommand %1</source>
        <translation>report: unbekannter Unterbefehl %1</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is not one of region, subregion, country, month, market, channel</source>
        <translation>--by: „%1“ ist keiner der Werte region, subregion, country, month, market, channel</translation>
    </message>
    <message>
        <source>cannot bring the reports up to date: %1</source>
        <translation>die Berichte können nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report: %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Sales by %1, %2 to %3, in %4</source>
        <translation>Umsatz nach %1, %2 bis %3, in %4</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n Zeile in %1 geschrieben</numerusform>
            <numerusform>%n Zeilen in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no exchange rate for %1; that day is left out</source>
        <translation>Warnung: kein Wechselkurs für %1; dieser Tag wird ausgelassen</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>report fees: %1</source>
        <translation>report fees: %1</translation>
    </message>
    <message>
        <source>report timezone: %1</source>
        <translation>report timezone: %1</translation>
    </message>
    <message>
        <source>cannot rebuild the reports: %1</source>
        <translation>die Berichte können nicht neu aufgebaut werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) counted again</source>
        <translation>
            <numerusform>%n Bestellung neu gezählt</numerusform>
            <numerusform>%n Bestellungen neu gezählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportControls</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>Be&amp;richt:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Währ&amp;ung:</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>&amp;Markt:</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation>Mit der &amp;Vorperiode vergleichen</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Alle Märkte</translation>
    </message>
    <message>
        <source>Sales by region (continent)</source>
        <translation>Umsatz nach Region (Kontinent)</translation>
    </message>
    <message>
        <source>Sales by sub-region</source>
        <translation>Umsatz nach Teilregion</translation>
    </message>
    <message>
        <source>Sales by country</source>
        <translation>Umsatz nach Land</translation>
    </message>
    <message>
        <source>Sales by market</source>
        <translation>Umsatz nach Markt</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>Umsatz nach Monat</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Umsatz nach Verkaufskanal</translation>
    </message>
    <message>
        <source>Market scorecard</source>
        <translation>Kennzahlen je Markt</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Top-Artikel</translation>
    </message>
    <message>
        <source>Carrier spend</source>
        <translation>Versandkosten je Versanddienstleister</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>Wählen Sie den ersten und den letzten Tag des Zeitraums.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Sub-region</source>
        <translation>Teilregion</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Verkaufskanal</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Marge %</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Ø Bestellwert</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Retourenquote</translation>
    </message>
    <message>
        <source>Cancel rate</source>
        <translation>Stornoquote</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Per shipment</source>
        <translation>Je Sendung</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Der Bericht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Channel fees saved; margins were counted again.</source>
        <translation>Kanalgebühren gespeichert; die Margen wurden neu berechnet.</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture, an SVG drawing or a PDF</source>
        <translation>Das Diagramm als PNG-Bild, SVG-Zeichnung oder PDF speichern</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Daten exportieren…</translation>
    </message>
    <message>
        <source>Save the table as CSV or as an Excel workbook</source>
        <translation>Die Tabelle als CSV oder als Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Channel fees…</source>
        <translation>Kanalgebühren…</translation>
    </message>
    <message>
        <source>The share of revenue each sales channel keeps; margins subtract it</source>
        <translation>Der Anteil am Umsatz, den jeder Verkaufskanal einbehält; er wird von den Margen abgezogen</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Bericht wird gelesen…</translation>
    </message>
    <message>
        <source>Some days had no exchange rate to %1 and are left out: %2</source>
        <translation>An einigen Tagen gab es keinen Wechselkurs nach %1; sie werden ausgelassen: %2</translation>
    </message>
    <message numerus="yes">
        <source>The margin is unknown where an order has a product without a cost (%Ln order(s)).</source>
        <translation>
            <numerusform>Die Marge ist unbekannt, wo eine Bestellung einen Artikel ohne Kosten enthält (%Ln Bestellung).</numerusform>
            <numerusform>Die Marge ist unbekannt, wo eine Bestellung einen Artikel ohne Kosten enthält (%Ln Bestellungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Revenue by region</source>
        <translation>Umsatz nach Region</translation>
    </message>
    <message>
        <source>Revenue by sub-region</source>
        <translation>Umsatz nach Teilregion</translation>
    </message>
    <message>
        <source>Revenue by country</source>
        <translation>Umsatz nach Land</translation>
    </message>
    <message>
        <source>Revenue by market</source>
        <translation>Umsatz nach Markt</translation>
    </message>
    <message>
        <source>Revenue by month and region</source>
        <translation>Umsatz nach Monat und Region</translation>
    </message>
    <message>
        <source>Revenue by channel</source>
        <translation>Umsatz nach Verkaufskanal</translation>
    </message>
    <message>
        <source>Revenue by country against the previous period</source>
        <translation>Umsatz nach Land im Vergleich zur Vorperiode</translation>
    </message>
    <message>
        <source>Top products by revenue</source>
        <translation>Top-Artikel nach Umsatz</translation>
    </message>
    <message>
        <source>Shipping cost by carrier</source>
        <translation>Versandkosten nach Versanddienstleister</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln order(s), revenue %1</source>
        <translation>
            <numerusform>Gesamt: %Ln Bestellung, Umsatz %1</numerusform>
            <numerusform>Gesamt: %Ln Bestellungen, Umsatz %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, margin %1 (%2)</source>
        <translation>, Marge %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln cancelled</source>
        <translation>
            <numerusform>, %Ln storniert</numerusform>
            <numerusform>, %Ln storniert</numerusform>
        </translation>
    </message>
    <message>
        <source>, previous period %1</source>
        <translation>, Vorperiode %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln best-selling product(s) by revenue.</source>
        <translation>
            <numerusform>Top %Ln Artikel nach Umsatz.</numerusform>
            <numerusform>Die %Ln umsatzstärksten Artikel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln shipment(s), %1</source>
        <translation>
            <numerusform>Gesamt: %Ln Sendung, %1</numerusform>
            <numerusform>Gesamt: %Ln Sendungen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be read.</source>
        <translation>Der Bericht konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>Für diesen Zeitraum gibt es nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Umsatzanteil</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Made with Borderdesk</source>
        <translation>Erstellt mit Borderdesk</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Diagramm in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Wait for the report to be read.</source>
        <translation>Warten Sie, bis der Bericht gelesen ist.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved to %1.</source>
        <translation>
            <numerusform>%Ln Zeile in %1 gespeichert.</numerusform>
            <numerusform>%Ln Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Report sent to %1.</source>
        <translation>Bericht an %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>SalesFacts</name>
    <message>
        <source>cancelled; the reports were left as they were</source>
        <translation>abgebrochen; die Berichte wurden nicht verändert</translation>
    </message>
    <message>
        <source>%1 is not a time zone (try Asia/Bangkok or Europe/Berlin)</source>
        <translation>%1 ist keine Zeitzone (versuchen Sie Asia/Bangkok oder Europe/Berlin)</translation>
    </message>
    <message>
        <source>name the channel</source>
        <translation>geben Sie den Verkaufskanal an</translation>
    </message>
    <message>
        <source>the fee must be a percentage from 0 to 100, like 2.9 (not &quot;%1&quot;)</source>
        <translation>die Gebühr muss ein Prozentsatz von 0 bis 100 sein, z. B. 2.9 (nicht „%1“)</translation>
    </message>
</context>
<context>
    <name>SalesReportService</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourniert</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Umsatz (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Retouren (%1)</translation>
    </message>
    <message>
        <source>Average order (%1)</source>
        <translation>Ø Bestellwert (%1)</translation>
    </message>
    <message>
        <source>Margin (%1)</source>
        <translation>Marge (%1)</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Marge %</translation>
    </message>
    <message>
        <source>Previous revenue (%1)</source>
        <translation>Umsatz Vorperiode (%1)</translation>
    </message>
    <message>
        <source>Growth %</source>
        <translation>Wachstum %</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>Unbekannte Region</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Kein Land</translation>
    </message>
    <message>
        <source>No market</source>
        <translation>Kein Markt</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Verkaufskanal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>SalesSums</name>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>der Zeitraum beginnt (%1) nach seinem Ende (%2)</translation>
    </message>
</context>
<context>
    <name>ServiceEditDialog</name>
    <message>
        <source>The service needs a name.</source>
        <translation>Die Versandart braucht einen Namen.</translation>
    </message>
    <message>
        <source>The fuel surcharge must be a percentage such as 29.25.</source>
        <translation>Der Treibstoffzuschlag muss ein Prozentsatz wie 29.25 sein.</translation>
    </message>
    <message>
        <source>The rate card&apos;s date must read like 2026-11-30.</source>
        <translation>Das Datum der Tariftabelle muss wie 2026-11-30 aussehen.</translation>
    </message>
    <message>
        <source>The carrier needs a name.</source>
        <translation>Der Versanddienstleister braucht einen Namen.</translation>
    </message>
    <message>
        <source>The tracking link needs {n} where the tracking number goes.</source>
        <translation>Der Link zur Sendungsverfolgung braucht {n} an der Stelle der Sendungsnummer.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Zones, weight brackets and prices change with a rate-card import.</source>
        <translation>Zonen, Gewichtsstufen und Preise ändern sich durch einen Import der Tariftabelle.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Dimensional divisor (cm³/kg, 0 = none):</source>
        <translation>&amp;Volumendivisor (cm³/kg, 0 = keiner):</translation>
    </message>
    <message>
        <source>&amp;Weight step (g):</source>
        <translation>&amp;Gewichtsschritt (g):</translation>
    </message>
    <message>
        <source>&amp;Fuel surcharge (%):</source>
        <translation>&amp;Treibstoffzuschlag (%):</translation>
    </message>
    <message>
        <source>Rates &amp;as of:</source>
        <translation>T&amp;arife gültig ab:</translation>
    </message>
    <message>
        <source>Ca&amp;rrier name:</source>
        <translation>Ve&amp;rsanddienstleister:</translation>
    </message>
    <message>
        <source>&amp;Tracking link:</source>
        <translation>&amp;Link zur Sendungsverfolgung:</translation>
    </message>
    <message>
        <source>E&amp;xpress (needs the recipient&apos;s phone)</source>
        <translation>E&amp;xpress (braucht die Telefonnummer des Empfängers)</translation>
    </message>
    <message>
        <source>&amp;Postal item (CN22/CN23 customs forms)</source>
        <translation>&amp;Postsendung (Zollinhaltserklärung CN22/CN23)</translation>
    </message>
    <message>
        <source>Offered in rate &amp;shopping</source>
        <translation>&amp;Im Tarifvergleich angeboten</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>https://carrier.example/track?number={n}</source>
        <translation>https://carrier.example/track?number={n}</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>by weight only</source>
        <translation>nur nach Gewicht</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 Tage</translation>
    </message>
    <message>
        <source>Express</source>
        <translation>Express</translation>
    </message>
    <message>
        <source>Postal</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation>Divisor</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Treibstoff</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShipCommand</name>
    <message>
        <source>ship: unknown subcommand %1</source>
        <translation>ship: unbekannter Unterbefehl %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a weight (grams, or with a unit: 1.2kg, 3lb)</source>
        <translation>%1: „%2“ ist kein Gewicht (in Gramm oder mit Einheit: 1.2kg, 3lb)</translation>
    </message>
    <message>
        <source>--dims needs --weight too</source>
        <translation>--dims braucht auch --weight</translation>
    </message>
    <message>
        <source>order %1 has no shipment: create one with ship create</source>
        <translation>Bestellung %1 hat keine Sendung: erstellen Sie eine mit ship create</translation>
    </message>
    <message>
        <source>Rates to %1</source>
        <translation>Tarife nach %1</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 Tage</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>weight: %1</source>
        <translation>Gewicht: %1</translation>
    </message>
    <message>
        <source>freight %1 + fuel %2</source>
        <translation>Fracht %1 + Treibstoff %2</translation>
    </message>
    <message>
        <source>* the default by the shop&apos;s rule (%1)</source>
        <translation>* Standard nach der Regel des Shops (%1)</translation>
    </message>
    <message numerus="yes">
        <source>cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>am günstigsten mit Zustellung innerhalb von %n Tag</numerusform>
            <numerusform>am günstigsten mit Zustellung innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>am günstigsten</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Shipment %1 for %2: %3, %4, billable %5</source>
        <translation>Sendung %1 für %2: %3, %4, abrechenbar %5</translation>
    </message>
    <message>
        <source>Customs form: %1</source>
        <translation>Zollinhaltserklärung: %1</translation>
    </message>
    <message>
        <source>Package %1: %2 %3</source>
        <translation>Paket %1: %2 %3</translation>
    </message>
    <message>
        <source>Shipment %1: %2, %3, %4</source>
        <translation>Sendung %1: %2, %3, %4</translation>
    </message>
    <message>
        <source>package %1: %2</source>
        <translation>Paket %1: %2</translation>
    </message>
    <message>
        <source>divisor %1</source>
        <translation>Divisor %1</translation>
    </message>
    <message>
        <source>fuel %1%</source>
        <translation>Treibstoff %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n Land</numerusform>
            <numerusform>%n Länder</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>Rate cards written to %1</source>
        <translation>Tariftabellen nach %1 geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation>%1: nichts importiert</translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1: nichts importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) checked, nothing written</source>
        <translation>
            <numerusform>%1: %n Versandart geprüft, nichts geschrieben</numerusform>
            <numerusform>%1: %n Versandarten geprüft, nichts geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) imported</source>
        <translation>
            <numerusform>%1: %n Versandart importiert</numerusform>
            <numerusform>%1: %n Versandarten importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>--max-days: &quot;%1&quot; is not a number of days (0 = any)</source>
        <translation>--max-days: „%1“ ist keine Anzahl von Tagen (0 = beliebig)</translation>
    </message>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>Standard-Versandart: die günstigste mit Zustellung innerhalb von %n Tag</numerusform>
            <numerusform>Standard-Versandart: die günstigste mit Zustellung innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Default service: the cheapest</source>
        <translation>Standard-Versandart: die günstigste</translation>
    </message>
    <message>
        <source>there is no service %1</source>
        <translation>es gibt keine Versandart %1</translation>
    </message>
    <message>
        <source>FROM and TO are serial numbers</source>
        <translation>FROM und TO sind Seriennummern</translation>
    </message>
    <message>
        <source>%1 numbers %2%3… to %2%4… %5</source>
        <translation>%1: Nummern %2%3… bis %2%4… %5</translation>
    </message>
    <message>
        <source>%1 is packed</source>
        <translation>Bestellung %1 ist gepackt</translation>
    </message>
    <message>
        <source>%1 is shipped</source>
        <translation>Bestellung %1 ist versandt</translation>
    </message>
</context>
<context>
    <name>ShipFromDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Adresszeile &amp;1:</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Adresszeile &amp;2:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Province or state:</source>
        <translation>P&amp;rovinz oder Bundesstaat:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <source>E&amp;ORI number:</source>
        <translation>EOR&amp;I-Nummer:</translation>
    </message>
    <message>
        <source>IOSS n&amp;umber:</source>
        <translation>IOSS-Nu&amp;mmer:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>Unter&amp;zeichner:</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>Ship-from address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Labels, customs forms and invoices print this address and these numbers. The country is the shop&apos;s home country, %1.</source>
        <translation>Versandetiketten, Zollinhaltserklärungen und Rechnungen werden mit dieser Adresse und diesen Nummern gedruckt. Das Land ist das Standortland des Shops, %1.</translation>
    </message>
</context>
<context>
    <name>ShipmentBooking</name>
    <message>
        <source>no such order</source>
        <translation>Bestellung nicht gefunden</translation>
    </message>
    <message>
        <source>the order is on hold: release it first</source>
        <translation>die Bestellung ist zurückgestellt: geben Sie sie zuerst frei</translation>
    </message>
    <message>
        <source>the order is cancelled</source>
        <translation>die Bestellung ist storniert</translation>
    </message>
    <message>
        <source>the order was shipped already</source>
        <translation>die Bestellung wurde bereits versandt</translation>
    </message>
    <message>
        <source>tracking number %1 is not a %2 number: %3</source>
        <translation>Sendungsnummer %1 ist keine %2-Nummer: %3</translation>
    </message>
    <message>
        <source>tracking number %1: %2</source>
        <translation>Sendungsnummer %1: %2</translation>
    </message>
    <message>
        <source>no label for this order: %1</source>
        <translation>kein Versandetikett für diese Bestellung: %1</translation>
    </message>
    <message>
        <source>no service ships to %1</source>
        <translation>keine Versandart liefert nach %1</translation>
    </message>
    <message>
        <source>there is no active service %1</source>
        <translation>es gibt keine aktive Versandart %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no such package</source>
        <translation>Paket nicht gefunden</translation>
    </message>
    <message>
        <source>no such shipment</source>
        <translation>Sendung nicht gefunden</translation>
    </message>
    <message>
        <source>packed with %1</source>
        <translation>gepackt mit %1</translation>
    </message>
    <message>
        <source>%1, tracking %2</source>
        <translation>%1, Sendungsnummer %2</translation>
    </message>
    <message>
        <source>the tracking numbers allocated to %1 are used up (%2 to %3): ask the post for a new range</source>
        <translation>die %1 zugeteilten Sendungsnummern sind aufgebraucht (%2 bis %3): fordern Sie bei der Post einen neuen Nummernkreis an</translation>
    </message>
    <message>
        <source>an S10 range is two letters, serial numbers from 0 to 99999999 and a two-letter country</source>
        <translation>ein S10-Nummernkreis besteht aus zwei Buchstaben, Seriennummern von 0 bis 99999999 und einem zweibuchstabigen Ländercode</translation>
    </message>
</context>
<context>
    <name>ShipmentRepository</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Label printed</source>
        <translation>Versandetikett gedruckt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourniert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>cannot store the shipment: %1</source>
        <translation>die Sendung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot store package %1: %2</source>
        <translation>Paket %1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ShipmentsPanel</name>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Type or scan the carrier&apos;s tracking number:</source>
        <translation>Geben Sie die Sendungsnummer des Versanddienstleisters ein oder scannen Sie sie:</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Sendung %1</translation>
    </message>
    <message>
        <source>customs form %1</source>
        <translation>Zollinhaltserklärung %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>no tracking number yet</source>
        <translation>noch keine Sendungsnummer</translation>
    </message>
    <message>
        <source>Customs papers (not needed at home)</source>
        <translation>Zollpapiere (im Inland nicht nötig)</translation>
    </message>
    <message>
        <source>Customs form %1</source>
        <translation>Zollinhaltserklärung %1</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>Handelsrechnung</translation>
    </message>
    <message>
        <source>Customs form or invoice</source>
        <translation>Zollinhaltserklärung oder Handelsrechnung</translation>
    </message>
    <message>
        <source>This parcel stays in the country: it needs no customs papers.</source>
        <translation>Dieses Paket bleibt im Inland: es braucht keine Zollpapiere.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Shipment %1 is shipped.</source>
        <translation>Sendung %1 ist versandt.</translation>
    </message>
    <message>
        <source>Tracking number of package %1 saved.</source>
        <translation>Sendungsnummer von Paket %1 gespeichert.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Sendungsverfolgung</translation>
    </message>
    <message>
        <source>No label for this order: %1</source>
        <translation>Kein Versandetikett für diese Bestellung: %1</translation>
    </message>
    <message>
        <source>No shipment yet. Rate shop to choose a service and create one.</source>
        <translation>Noch keine Sendung. Wählen Sie im Tarifvergleich eine Versandart und erstellen Sie eine Sendung.</translation>
    </message>
    <message>
        <source>Rate shop / create &amp;shipment…</source>
        <translation>Tarifvergleich / Sendung &amp;erstellen…</translation>
    </message>
    <message>
        <source>Mark shi&amp;pped</source>
        <translation>Als &amp;versandt markieren</translation>
    </message>
    <message>
        <source>&amp;Tracking number…</source>
        <translation>&amp;Sendungsnummer…</translation>
    </message>
    <message>
        <source>Shipping label</source>
        <translation>Versandetikett</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
</context>
<context>
    <name>ShippingDocumentBuilder</name>
    <message>
        <source>no such order</source>
        <translation>Bestellung nicht gefunden</translation>
    </message>
    <message>
        <source>no such shipment for order %1</source>
        <translation>keine solche Sendung für Bestellung %1</translation>
    </message>
</context>
<context>
    <name>ShippingLabel</name>
    <message>
        <source>Shipping label %1</source>
        <translation>Versandetikett %1</translation>
    </message>
</context>
<context>
    <name>ShopifyOrderMapper</name>
    <message>
        <source>the order has no name (order number)</source>
        <translation>die Bestellung hat keinen Namen (Bestellnummer)</translation>
    </message>
</context>
<context>
    <name>ShopifyProductCsv</name>
    <message>
        <source>every row needs the product&apos;s handle</source>
        <translation>jede Zeile braucht den Handle des Artikels</translation>
    </message>
    <message>
        <source>the first row of product &quot;%1&quot; needs its title</source>
        <translation>die erste Zeile von Artikel „%1“ braucht einen Titel</translation>
    </message>
    <message>
        <source>no SKU; using &quot;%1&quot;</source>
        <translation>keine SKU; „%1“ wird verwendet</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: die Datei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: das Schreiben der Datei kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: die Arbeitsmappe kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: die Arbeitsmappe kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1: die Datei kann nicht ersetzt werden</translation>
    </message>
</context>
<context>
    <name>TaxId</name>
    <message>
        <source>tax ID is missing</source>
        <translation>Steuer-ID fehlt</translation>
    </message>
    <message>
        <source>tax ID is missing; %1 is required</source>
        <translation>Steuer-ID fehlt; %1 ist erforderlich</translation>
    </message>
    <message>
        <source>CPF &quot;%1&quot; is not valid: it needs 11 digits with matching check digits</source>
        <translation>CPF „%1“ ist ungültig: erforderlich sind 11 Ziffern mit passenden Prüfziffern</translation>
    </message>
    <message>
        <source>CNPJ &quot;%1&quot; is not valid: it needs 14 characters with matching check digits</source>
        <translation>CNPJ „%1“ ist ungültig: erforderlich sind 14 Zeichen mit passenden Prüfziffern</translation>
    </message>
    <message>
        <source>PCCC &quot;%1&quot; must be P followed by 12 digits</source>
        <translation>PCCC „%1“ muss aus P und 12 Ziffern bestehen</translation>
    </message>
    <message>
        <source>VAT number &quot;%1&quot; must be a two-letter country code plus 2 to 13 letters or digits</source>
        <translation>USt-IdNr. „%1“ muss aus einem zweibuchstabigen Ländercode und 2 bis 13 Buchstaben oder Ziffern bestehen</translation>
    </message>
    <message>
        <source>EORI number &quot;%1&quot; must be a two-letter country code plus up to 15 letters or digits</source>
        <translation>EORI-Nummer „%1“ muss aus einem zweibuchstabigen Ländercode und bis zu 15 Buchstaben oder Ziffern bestehen</translation>
    </message>
    <message>
        <source>CPF/CNPJ &quot;%1&quot; must have 11 digits (CPF) or 14 characters (CNPJ)</source>
        <translation>CPF/CNPJ „%1“ muss 11 Ziffern (CPF) oder 14 Zeichen (CNPJ) haben</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a placeholder (one digit repeated), not a real number</source>
        <translation>%1 „%2“ ist ein Platzhalter (eine wiederholte Ziffer), keine echte Nummer</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: its check digits do not match</source>
        <translation>%1 „%2“ ist ungültig: die Prüfziffern stimmen nicht</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>the file starts like UTF-16 text but is not valid UTF-16</source>
        <translation>die Datei beginnt wie UTF-16-Text, ist aber kein gültiges UTF-16</translation>
    </message>
    <message>
        <source>the file contains binary data (a NUL byte); is it really a text file?</source>
        <translation>die Datei enthält Binärdaten (ein NUL-Byte); ist es wirklich eine Textdatei?</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>die Datei ist kein UTF-8-Text (Byte 0x%1); speichern Sie sie als „CSV UTF-8“ und versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>TrackingCommand</name>
    <message>
        <source>tracking: unknown subcommand %1</source>
        <translation>tracking: unbekannter Unterbefehl %1</translation>
    </message>
    <message>
        <source>--carrier: &quot;%1&quot; is neither a carrier nor a tracking scheme (%2)</source>
        <translation>--carrier: „%1“ ist weder ein Versanddienstleister noch ein Sendungsnummernschema (%2)</translation>
    </message>
    <message>
        <source>valid %1 number</source>
        <translation>gültige %1-Nummer</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>Versanddienstleister: %1</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>Sendungsverfolgung: %1</translation>
    </message>
</context>
<context>
    <name>TrackingNumbers</name>
    <message>
        <source>check digit should be %1, not %2</source>
        <translation>die Prüfziffer müsste %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>check digit should be %1, not %2 (only a warning for DHL Express: compare the number with the label)</source>
        <translation>die Prüfziffer müsste %1 sein, nicht %2 (bei DHL Express nur eine Warnung: vergleichen Sie die Nummer mit dem Versandetikett)</translation>
    </message>
    <message>
        <source>%1 is not a country code; a postal tracking number ends with the ISO code of the sending country, like CH</source>
        <translation>%1 ist kein Ländercode; eine Post-Sendungsnummer endet mit dem ISO-Code des Absenderlands, z. B. CH</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>FedEx</source>
        <translation>FedEx</translation>
    </message>
    <message>
        <source>DHL Express</source>
        <translation>DHL Express</translation>
    </message>
    <message>
        <source>USPS</source>
        <translation>USPS</translation>
    </message>
    <message>
        <source>UPU S10 (postal)</source>
        <translation>UPU S10 (Post)</translation>
    </message>
    <message>
        <source>1Z followed by 16 letters and digits</source>
        <translation>1Z gefolgt von 16 Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>12 or 15 digits, or 22 digits starting with 96</source>
        <translation>12 oder 15 Ziffern oder 22 Ziffern beginnend mit 96</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 Ziffern</translation>
    </message>
    <message>
        <source>20 to 22 digits</source>
        <translation>20 bis 22 Ziffern</translation>
    </message>
    <message>
        <source>2 letters, 9 digits and a country code, like RR123456785CH</source>
        <translation>2 Buchstaben, 9 Ziffern und ein Ländercode, z. B. RR123456785CH</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a tracking number of a known form; expected %1</source>
        <translation>keine Sendungsnummer in bekannter Form; erwartet: %1</translation>
    </message>
    <message>
        <source>tracking number is empty</source>
        <translation>Sendungsnummer ist leer</translation>
    </message>
    <message>
        <source>not a %1 tracking number (expected %2); it looks like a %3 number</source>
        <translation>keine %1-Sendungsnummer (erwartet: %2); sie sieht aus wie eine %3-Nummer</translation>
    </message>
    <message>
        <source>not a %1 tracking number: expected %2</source>
        <translation>keine %1-Sendungsnummer: erwartet %2</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 oz</source>
        <translation>%1 oz</translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 Zoll</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <source>the disk is full: free some space and try again</source>
        <translation>Der Datenträger ist voll: Geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>another Borderdesk window or command kept the database busy for too long; try again when it has finished</source>
        <translation>Ein anderes Borderdesk-Fenster oder ein Befehl hat die Datenbank zu lange belegt; versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>cannot start writing to the database: %1</source>
        <translation>das Schreiben in die Datenbank kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot save the changes: %1</source>
        <translation>die Änderungen können nicht gespeichert werden: %1</translation>
    </message>
</context>
</TS>
