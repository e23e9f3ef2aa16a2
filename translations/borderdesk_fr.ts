<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddressFormat</name>
    <message>
        <source> or </source>
        <comment>between postal-code examples</comment>
        <translation> ou </translation>
    </message>
    <message>
        <source>postal code is missing; %1 addresses need one, e.g. %2</source>
        <translation>code postal manquant&#xa0;; les adresses (%1) en exigent un, p. ex. %2</translation>
    </message>
    <message>
        <source>postal code &quot;%1&quot; does not fit; %2 postal codes look like %3</source>
        <translation>le code postal «&#xa0;%1&#xa0;» ne convient pas&#xa0;; les codes postaux (%2) ont la forme %3</translation>
    </message>
</context>
<context>
    <name>AmazonOrderMapper</name>
    <message>
        <source>the row has no order-id</source>
        <translation>la ligne n&apos;a pas d&apos;order-id</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Backup copy written to %1 and checked.</source>
        <translation>Copie de sauvegarde écrite dans %1 et vérifiée.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 restaurée à partir de %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept at %1.</source>
        <translation>La base de données remplacée est conservée dans %1.</translation>
    </message>
    <message>
        <source>%1: quick_check ok, schema %2.</source>
        <translation>%1&#xa0;: quick_check correct, schéma %2.</translation>
    </message>
</context>
<context>
    <name>BarcodePainter</name>
    <message>
        <source>There is nothing to encode as %1.</source>
        <translation>Il n&apos;y a rien à encoder en %1.</translation>
    </message>
    <message>
        <source>An EAN-13 barcode needs exactly 13 digits, not “%1”.</source>
        <translation>Un code-barres EAN-13 doit comporter exactement 13 chiffres, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A UPC-A barcode needs exactly 12 digits, not “%1”.</source>
        <translation>Un code-barres UPC-A doit comporter exactement 12 chiffres, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is too long for a %2 barcode.</source>
        <translation>«&#xa0;%1&#xa0;» est trop long pour un code-barres %2.</translation>
    </message>
    <message>
        <source>The check digit of “%1” is wrong, so it cannot be printed as %2.</source>
        <translation>La clé de contrôle de «&#xa0;%1&#xa0;» est erronée&#xa0;: impossible de l&apos;imprimer en %2.</translation>
    </message>
    <message>
        <source>“%1” contains characters a %2 barcode cannot carry.</source>
        <translation>«&#xa0;%1&#xa0;» contient des caractères qu&apos;un code-barres %2 ne peut pas porter.</translation>
    </message>
    <message>
        <source>Could not encode “%1” as %2: %3</source>
        <translation>Impossible d&apos;encoder «&#xa0;%1&#xa0;» en %2&#xa0;: %3</translation>
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
        <translation>QR code</translation>
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
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Add one in the system&apos;s printer settings.</source>
        <translation>Aucune imprimante n&apos;est configurée sur cet ordinateur. Ajoutez-en une dans les paramètres d&apos;impression du système.</translation>
    </message>
    <message>
        <source>Preparing the documents: order %1 of %2</source>
        <translation>Préparation des documents&#xa0;: commande %1 sur %2</translation>
    </message>
    <message>
        <source>Sending to the printer: order %1 of %2</source>
        <translation>Envoi à l&apos;imprimante&#xa0;: commande %1 sur %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was printed.</source>
        <translation>Annulé. Rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Échec de l&apos;impression&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Printed the documents of %Ln order(s).</source>
        <translation>
            <numerusform>Documents de %Ln commande imprimés.</numerusform>
            <numerusform>Documents de %Ln commandes imprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Batch</source>
        <translation>Impression groupée</translation>
    </message>
    <message numerus="yes">
        <source>The documents of %Ln order(s) are printed as one print job, in the order chosen below.</source>
        <translation>
            <numerusform>Les documents de %Ln commande sont imprimés en un seul travail d&apos;impression, dans l&apos;ordre choisi ci-dessous.</numerusform>
            <numerusform>Les documents de %Ln commandes sont imprimés en un seul travail d&apos;impression, dans l&apos;ordre choisi ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print &amp;order:</source>
        <translation>&amp;Ordre d&apos;impression&#xa0;:</translation>
    </message>
    <message>
        <source>By SKU</source>
        <translation>Par SKU</translation>
    </message>
    <message>
        <source>By bin location</source>
        <translation>Par emplacement de stockage</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>Dans l&apos;ordre de la liste</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>Im&amp;primante&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
</context>
<context>
    <name>BatchPrintJob</name>
    <message numerus="yes">
        <source>Borderdesk: documents of %Ln order(s)</source>
        <translation>
            <numerusform>Borderdesk&#xa0;: documents de %Ln commande</numerusform>
            <numerusform>Borderdesk&#xa0;: documents de %Ln commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents of order %1 could not be made: %2</source>
        <translation>Les documents de la commande %1 n&apos;ont pas pu être créés&#xa0;: %2</translation>
    </message>
    <message>
        <source>The documents of order %1 could not be made.</source>
        <translation>Les documents de la commande %1 n&apos;ont pas pu être créés.</translation>
    </message>
</context>
<context>
    <name>BorderdeskOrderMapper</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut de commande</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not DAP or DDP</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni DAP ni DDP</translation>
    </message>
</context>
<context>
    <name>ByteCsvReader</name>
    <message>
        <source>a quoted field that starts here is never closed (missing &quot;)</source>
        <translation>un champ entre guillemets qui commence ici n&apos;est jamais fermé (&quot; manquant)</translation>
    </message>
</context>
<context>
    <name>CarrierPresets</name>
    <message>
        <source>the carrier presets are missing from this build</source>
        <translation>les préréglages de transporteurs sont absents de cette version</translation>
    </message>
    <message>
        <source>the carrier presets are not valid JSON: %1</source>
        <translation>les préréglages de transporteurs ne sont pas du JSON valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CarrierRepository</name>
    <message>
        <source>cannot save carrier %1: %2</source>
        <translation>impossible d&apos;enregistrer le transporteur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no carrier %1</source>
        <translation>le transporteur %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot save service %1: %2</source>
        <translation>impossible d&apos;enregistrer le service %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot save the rate card of %1: %2</source>
        <translation>impossible d&apos;enregistrer la grille tarifaire de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no service %1</source>
        <translation>le service %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>CarriersView</name>
    <message>
        <source>Remove service</source>
        <translation>Supprimer le service</translation>
    </message>
    <message>
        <source>Remove %1 and its rate card? Shipments already booked keep their price.</source>
        <translation>Supprimer %1 et sa grille tarifaire&#xa0;? Les expéditions déjà réservées conservent leur prix.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import rate cards</source>
        <translation>Importer des grilles tarifaires</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export rate cards</source>
        <translation>Exporter les grilles tarifaires</translation>
    </message>
    <message>
        <source>rate-cards.csv</source>
        <translation>grilles-tarifaires.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Default service</source>
        <translation>Service par défaut</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>La règle n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Default service: the cheapest.</source>
        <translation>Service par défaut&#xa0;: le moins cher.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Rate cards written to %1.</source>
        <translation>Grilles tarifaires écrites dans %1.</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Modifier le service</translation>
    </message>
    <message>
        <source>The service was not saved: %1</source>
        <translation>Le service n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Switch service</source>
        <translation>Activer ou désactiver le service</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 n&apos;a pas été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is offered in rate shopping again.</source>
        <translation>%1 est de nouveau proposé dans la comparaison des tarifs.</translation>
    </message>
    <message>
        <source>%1 is switched off: rate shopping no longer offers it.</source>
        <translation>%1 est désactivé&#xa0;: la comparaison des tarifs ne le propose plus.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 n&apos;a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Ship-from address saved.</source>
        <translation>Adresse de l&apos;expéditeur enregistrée.</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the service&apos;s fields and its carrier&apos;s name and tracking link</source>
        <translation>Modifier les champs du service ainsi que le nom et le lien de suivi de son transporteur</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>&amp;Import rate cards…</source>
        <translation>&amp;Importer des grilles tarifaires…</translation>
    </message>
    <message>
        <source>E&amp;xport rate cards…</source>
        <translation>E&amp;xporter les grilles tarifaires…</translation>
    </message>
    <message>
        <source>Ship-&amp;from address…</source>
        <translation>Adresse de l&apos;&amp;expéditeur…</translation>
    </message>
    <message>
        <source>&amp;Printers…</source>
        <translation>Im&amp;primantes…</translation>
    </message>
    <message>
        <source>Ra&amp;te shop…</source>
        <translation>Comparer les &amp;tarifs…</translation>
    </message>
    <message>
        <source>Compare every active service&apos;s price for a parcel to a country</source>
        <translation>Comparer le prix de chaque service actif pour un colis à destination d&apos;un pays</translation>
    </message>
    <message>
        <source>The cheapest arriving &amp;within (days, 0 = any):</source>
        <translation>Le moins cher livré sous (&amp;jours, 0 = sans limite)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Packaging weight (g):</source>
        <translation>P&amp;oids de l&apos;emballage (g)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>Enregi&amp;strer la règle</translation>
    </message>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %Ln day(s).</source>
        <translation>
            <numerusform>Service par défaut&#xa0;: le moins cher livré sous %Ln jour.</numerusform>
            <numerusform>Service par défaut&#xa0;: le moins cher livré sous %Ln jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in the file.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %Ln problème dans le fichier.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %Ln problèmes dans le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate card(s) imported.</source>
        <translation>
            <numerusform>%Ln grille tarifaire importée.</numerusform>
            <numerusform>%Ln grilles tarifaires importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Barcode labels</source>
        <translation>Étiquettes code-barres</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>Product files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers de produits (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated product(s).</source>
        <translation>Produits importés&#xa0;: %1 nouveaux, %2 mis à jour.</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Exporter les produits</translation>
    </message>
    <message>
        <source>products.csv</source>
        <translation>produits.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting products…</source>
        <translation>Exportation des produits…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportation annulée</translation>
    </message>
    <message>
        <source>Exported the catalogue to %1</source>
        <translation>Catalogue exporté vers %1</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>Rechercher un SKU, un nom ou un code-barres</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Toutes les origines</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Actifs et inactifs</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actifs uniquement</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Inactifs uniquement</translation>
    </message>
    <message>
        <source>&amp;Add product</source>
        <translation>&amp;Ajouter un produit</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Landed cost…</source>
        <translation>&amp;Coût rendu…</translation>
    </message>
    <message>
        <source>&amp;Barcode labels…</source>
        <translation>Étiquettes code-&amp;barres…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln produit</numerusform>
            <numerusform>%Ln produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln product(s)</source>
        <translation>
            <numerusform>Dupliquer %Ln produit</numerusform>
            <numerusform>Dupliquer %Ln produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s). Undo brings them back.</source>
        <translation>
            <numerusform>%Ln produit supprimé. Annuler le rétablit.</numerusform>
            <numerusform>%Ln produits supprimés. Annuler les rétablit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelFeesDialog</name>
    <message>
        <source>A fee is a percentage from 0 to 100 with a dot for decimals, like 2.9. Check: %1</source>
        <translation>Les frais sont un pourcentage de 0 à 100, avec un point pour les décimales, comme 2.9. Vérifiez&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled: the fees were left as they were.</source>
        <translation>Annulé&#xa0;: les frais sont restés inchangés.</translation>
    </message>
    <message>
        <source>The fees could not be saved: %1</source>
        <translation>Les frais n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Channel fees</source>
        <translation>Frais de canal</translation>
    </message>
    <message>
        <source>The share of revenue each sales channel keeps as its fee, in percent. Margins in the reports subtract it. Saving counts every order again.</source>
        <translation>La part du chiffre d&apos;affaires que chaque canal de vente conserve comme frais, en pourcentage. Les marges des rapports la déduisent. L&apos;enregistrement recalcule toutes les commandes.</translation>
    </message>
    <message>
        <source>No channel has orders yet.</source>
        <translation>Aucun canal de vente n&apos;a encore de commandes.</translation>
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
        <translation>Utilisation&#xa0;: borderdesk-cli [--db PATH] COMMAND [OPTIONS]

Commandes&#xa0;:
  init [--demo] [--base-currency CUR] [--home-country CC]
                         créer ou ouvrir la base de données&#xa0;; --demo ajoute une boutique d&apos;exemple
  products import FILE [--dry-run] [--currency CUR]
                         importer un CSV de produits Shopify ou Borderdesk (tout ou rien)
  products export FILE   écrire le catalogue en CSV de produits Borderdesk
  products list [--json] [--search TEXT] [--category NAME]
  rates import FILE      importer un fichier de taux de référence de l&apos;ECB (XML ou CSV quotidien/historique)
  rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]
                         convertir aux derniers taux à la date indiquée ou avant (par défaut aujourd&apos;hui)
  rates list [--currency CUR] [--json]
                         le taux le plus récent de chaque devise, ou l&apos;historique d&apos;une devise
  rates set CUR RATE [--date YYYY-MM-DD]
                         saisir un taux à la main&#xa0;: RATE unités de CUR pour 1 EUR
  markets list [--json]  les marchés avec leurs taxes, droits de douane et seuils
  markets show CODE [--json]
  markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]
  markets clone CODE NEWCODE [--name NAME]
                         copier toute la configuration d&apos;un marché dans un nouveau marché
  price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
                         le prix dans un marché avec son coût rendu et sa marge
  price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
                         recalculer la liste de prix d&apos;un marché (chaque modification est conservée dans l&apos;historique)
  price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
                         les prix d&apos;un marché en CSV, ou en XLSX si FILE se termine par .xlsx
  price fix SKU --market CODE AMOUNT|--clear
                         fixer le prix d&apos;un produit dans un marché, ou le rendre à la règle du marché
  orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]
                         importer un rapport de commandes Shopify, Amazon ou eBay, ou un CSV de commandes Borderdesk
  orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]
  orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N]
              [--from DATE] [--to DATE] [--limit N] [--json]
  orders show NUMBER [--json]
  orders check NUMBER [--json]
                         vérifier à nouveau&#xa0;: marchandises soumises à restrictions, préparation à l&apos;expédition, score de fraude et motifs
  orders set-status NUMBER STATUS [--note TEXT]
                         new, on_hold, ready_to_ship, picked, packed, shipped, delivered, cancelled, returned
  orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT]
              [--address2 TEXT] [--city TEXT] [--province TEXT]
                         corriger les coordonnées du destinataire (téléphone vérifié, stocké en E.164) et vérifier à nouveau
  orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]
                         les poids des règles anti-fraude et le seuil de mise en attente
  orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]
                         les adresses de transitaires connues du contrôle anti-fraude
  orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG]
              [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--mailto]
                         un message au client dans sa langue, ou sous forme de lien mailto:
  ship quote (ORDER | --to CC --weight G [--dims LxWxH]) [--json]
                         le prix de chaque service avec le poids facturable expliqué, le service par défaut marqué
  ship create ORDER [--service CODE] [--tracking N]… [--weight G [--dims LxWxH]]
                         réserver une expédition (refusée si la commande ne doit pas être expédiée)
  ship list ORDER [--json]    les expéditions, colis et liens de suivi de la commande
  ship track ORDER NUMBER [--package N]
                         le numéro de suivi du transporteur pour un colis, vérifié selon son format
  ship packed ORDER | ship shipped ORDER
  ship services [--json]      les services des transporteurs et leurs grilles tarifaires
  ship rates import|export FILE [--dry-run]
                         les grilles tarifaires en CSV (tout ou rien)
  ship sender [--name N] [--company C] [--line1 …] [--city …] [--postal-code Z] [--phone P]
              [--email E] [--vat-number V] [--eori E] [--ioss I] [--signatory S]
                         l&apos;adresse de l&apos;expéditeur et les numéros fiscaux de la boutique sur les étiquettes et formulaires de douane
  ship rule [--max-days N]    service par défaut&#xa0;: le moins cher livré sous N jours (0 = le moins cher)
  ship numbers SERVICE PREFIX FROM TO COUNTRY
                         les numéros de suivi S10 attribués par la poste (p. ex. EE 20261000 20269999 TH)
  labels ORDER… --format pdf|zpl --out FILE [--dpi 203|300]
                         étiquettes d&apos;expédition 4×6 pouces (une par colis)
  customs ORDER --out FILE [--document customs|invoice|packing-slip]
                         la CN22/CN23 (voie postale) ou la facture commerciale (express) en PDF
  barcodes SKU… --out FILE [--copies N] [--roll]
                         étiquettes code-barres des produits (EAN-13 ou Code 128) sur planches A4 ou rouleau thermique
  tracking validate NUMBER [--carrier C] [--json]
                         transporteur, clé de contrôle et lien de suivi d&apos;un numéro de suivi
  report sales [--by region|subregion|country|month|market|channel] [--from YYYY-MM-DD]
              [--to YYYY-MM-DD] [--currency CUR] [--market M] [--country CC] [--compare] [--json]
              [--out FILE.csv|FILE.xlsx]
                         commandes, chiffre d&apos;affaires net des retours et marge par groupe&#xa0;; --compare ajoute la
                         période précédente
  report products|carriers [--from] [--to] [--currency] [--market] [--country] [--limit N] [--json]
                         meilleures ventes&#xa0;; dépenses par transporteur et coût moyen par expédition selon la destination
  report fees [CHANNEL PERCENT]   frais de canal que la marge déduit
  report timezone [ZONE]  le fuseau horaire de la boutique pour les jours des rapports (p. ex. Asia/Bangkok)
  report rebuild          recompter toutes les commandes

Sans --db, la base de données est %1
Codes de sortie&#xa0;: 0 terminé, 1 entrée invalide ou refus, 2 erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>borderdesk-cli: %1</source>
        <translation>borderdesk-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation>--db exige un chemin de fichier</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>products needs import, export or list</source>
        <translation>products exige import, export ou list</translation>
    </message>
    <message>
        <source>rates needs import, convert, list or set</source>
        <translation>rates exige import, convert, list ou set</translation>
    </message>
    <message>
        <source>markets needs list, show, restrict or clone</source>
        <translation>markets exige list, show, restrict ou clone</translation>
    </message>
    <message>
        <source>orders needs import, export, list, show, check, set-status, edit, fraud-rules, forwarders or message</source>
        <translation>orders exige import, export, list, show, check, set-status, edit, fraud-rules, forwarders ou message</translation>
    </message>
    <message>
        <source>ship needs quote, create, list, track, packed, shipped, services, rates, sender, rule or numbers</source>
        <translation>ship exige quote, create, list, track, packed, shipped, services, rates, sender, rule ou numbers</translation>
    </message>
    <message>
        <source>tracking needs validate</source>
        <translation>tracking exige validate</translation>
    </message>
    <message>
        <source>report needs sales, products, carriers, fees, timezone or rebuild</source>
        <translation>report exige sales, products, carriers, fees, timezone ou rebuild</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>commande inconnue %1</translation>
    </message>
    <message>
        <source>  backup FILE            a consistent copy of the database, synced and checked
  restore FILE           replace the database by a checked backup (the old one is kept)
  check                  run quick_check on the database
</source>
        <translation>  backup FILE            une copie cohérente de la base de données, synchronisée et vérifiée
  restore FILE           remplacer la base de données par une sauvegarde vérifiée (l&apos;ancienne est conservée)
  check                  exécuter quick_check sur la base de données
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>Nothing was changed. Restore a backup with: borderdesk-cli --db %1 restore FILE</source>
        <translation>Rien n&apos;a été modifié. Restaurez une sauvegarde avec&#xa0;: borderdesk-cli --db %1 restore FILE</translation>
    </message>
</context>
<context>
    <name>CommercialInvoice</name>
    <message>
        <source>Commercial invoice %1</source>
        <translation>Facture commerciale %1</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1: no such database file</source>
        <translation>%1&#xa0;: fichier de base de données introuvable</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the database</source>
        <translation>%1&#xa0;: impossible de créer le dossier de la base de données</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir la base de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: this is not a database file (%2)</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier de base de données (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3). It has not been changed. Please update Borderdesk to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Borderdesk (schéma %2&#xa0;; cette version connaît jusqu&apos;au schéma %3). Il n&apos;a pas été modifié. Veuillez mettre à jour Borderdesk pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Borderdesk one. It has not been changed.</source>
        <translation>%1 est une base de données SQLite, mais pas une base Borderdesk. Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1: cannot configure the database: %2</source>
        <translation>%1&#xa0;: impossible de configurer la base de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 needs a schema update, but the backup copy before it failed, so nothing was changed: %2</source>
        <translation>%1 nécessite une mise à jour du schéma, mais la copie de sauvegarde préalable a échoué&#xa0;; rien n&apos;a donc été modifié&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts here is never closed (missing &quot;)</source>
        <translation>un champ entre guillemets qui commence ici n&apos;est jamais fermé (&quot; manquant)</translation>
    </message>
    <message>
        <source>column %1: a field of more than %L2 characters starts here; this is not a spreadsheet export (or a quote &quot; is never closed)</source>
        <translation>colonne %1&#xa0;: un champ de plus de %L2 caractères commence ici&#xa0;; ce n&apos;est pas un export de tableur (ou un guillemet &quot; n&apos;est jamais fermé)</translation>
    </message>
</context>
<context>
    <name>CustomerMessageDialog</name>
    <message>
        <source>This message has no wording in %1 yet; it is shown in %2.</source>
        <translation>Ce message n&apos;a pas encore de texte en %1&#xa0;; il est affiché en %2.</translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation>Reste à compléter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open in mail client</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>No mail client opened the message. Use Copy and paste the text into your mail instead.</source>
        <translation>Aucun client de messagerie n&apos;a ouvert le message. Utilisez plutôt Copier, puis collez le texte dans votre e-mail.</translation>
    </message>
    <message>
        <source>Message to the customer of order %1</source>
        <translation>Message au client de la commande %1</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Nom de la boutique&#xa0;:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Transporteur&#xa0;:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Numéro de suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Tracking link:</source>
        <translation>Lien de suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for the delay:</source>
        <translation>Motif du retard&#xa0;:</translation>
    </message>
    <message>
        <source>Documents needed:</source>
        <translation>Documents requis&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>No email address for this customer</source>
        <translation>Aucune adresse e-mail pour ce client</translation>
    </message>
    <message>
        <source>In the customer&apos;s language</source>
        <translation>Dans la langue du client</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copies the subject and the text, to paste into any mail or chat</source>
        <translation>Copie l&apos;objet et le texte, à coller dans n&apos;importe quel e-mail ou chat</translation>
    </message>
    <message>
        <source>This customer has no email address</source>
        <translation>Ce client n&apos;a pas d&apos;adresse e-mail</translation>
    </message>
</context>
<context>
    <name>CustomsForm</name>
    <message>
        <source>CN22 customs declaration %1</source>
        <translation>Déclaration en douane CN22 %1</translation>
    </message>
    <message>
        <source>CN23 customs declaration %1</source>
        <translation>Déclaration en douane CN23 %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Counting the latest orders…</source>
        <translation>Décompte des dernières commandes…</translation>
    </message>
    <message>
        <source>Open reports…</source>
        <translation>Ouvrir les rapports…</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>En attente d&apos;expédition</translation>
    </message>
    <message>
        <source>New, ready to ship, picked and packed orders. Click to see them.</source>
        <translation>Commandes nouvelles, prêtes à expédier, prélevées et emballées. Cliquez pour les voir.</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Orders held by the checks. Click to see them.</source>
        <translation>Commandes mises en attente par les contrôles. Cliquez pour les voir.</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Chiffre d&apos;affaires du jour</translation>
    </message>
    <message>
        <source>Revenue this month</source>
        <translation>Chiffre d&apos;affaires du mois</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sales by region, last 12 months</source>
        <translation>Ventes par région, 12 derniers mois</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
    <message>
        <source>New, ready to ship, picked or packed</source>
        <translation>Nouvelles, prêtes à expédier, prélevées ou emballées</translation>
    </message>
    <message>
        <source>Fraud check: %1
Restricted goods: %2
Missing data: %3</source>
        <translation>Contrôle anti-fraude&#xa0;: %1
Marchandises soumises à restrictions&#xa0;: %2
Données manquantes&#xa0;: %3</translation>
    </message>
    <message>
        <source>Held by hand: %1</source>
        <translation>Mises en attente manuellement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>No sales in the last 12 months yet.</source>
        <translation>Aucune vente au cours des 12 derniers mois pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 already exists; choose a new file name for the copy</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom de fichier pour la copie</translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full. Nothing was written and the database is unchanged.</source>
        <translation>impossible d&apos;écrire %1&#xa0;: le disque est plein. Rien n&apos;a été écrit et la base de données est inchangée.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the copy could not be saved to the disk</source>
        <translation>impossible d&apos;écrire %1&#xa0;: la copie n&apos;a pas pu être enregistrée sur le disque</translation>
    </message>
    <message>
        <source>the copy for %1 did not pass its check, so it was not kept: %2</source>
        <translation>la copie de %1 n&apos;a pas réussi sa vérification et n&apos;a donc pas été conservée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 n&apos;est pas un fichier de base de données</translation>
    </message>
    <message>
        <source>%1 is damaged (quick_check: %2)</source>
        <translation>%1 est endommagé (quick_check&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 is not a Borderdesk database</source>
        <translation>%1 n&apos;est pas une base de données Borderdesk</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3)</source>
        <translation>%1 a été écrit par une version plus récente de Borderdesk (schéma %2&#xa0;; cette version connaît jusqu&apos;au schéma %3)</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup copy</source>
        <translation>%1 est la base de données elle-même&#xa0;; choisissez une copie de sauvegarde</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it there and try again</source>
        <translation>%1 est utilisé par un autre programme&#xa0;; fermez-le dans ce programme et réessayez</translation>
    </message>
    <message>
        <source>cannot keep a safety copy of %1 at %2, so nothing was restored</source>
        <translation>impossible de conserver une copie de sécurité de %1 dans %2, rien n&apos;a donc été restauré</translation>
    </message>
    <message>
        <source>cannot replace %1 (%2); it is unchanged</source>
        <translation>impossible de remplacer %1 (%2)&#xa0;; il est inchangé</translation>
    </message>
</context>
<context>
    <name>DeleteProductsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln product(s)</source>
        <translation>
            <numerusform>Supprimer %Ln produit</numerusform>
            <numerusform>Supprimer %Ln produits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>demo orders need the demo catalogue first</source>
        <translation>les commandes de démonstration exigent d&apos;abord le catalogue de démonstration</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
    <message>
        <source>%1, made with care and shipped from Chiang Mai.</source>
        <translation>%1, fabriqué avec soin et expédié depuis Chiang Mai.</translation>
    </message>
    <message>
        <source>the demo exchange rates are missing from this build</source>
        <translation>les taux de change de démonstration sont absents de cette version</translation>
    </message>
</context>
<context>
    <name>DocumentNames</name>
    <message>
        <source>Shipping label</source>
        <translation>Étiquette d&apos;expédition</translation>
    </message>
    <message>
        <source>Customs form</source>
        <translation>Formulaire de douane</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>Facture commerciale</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Bordereau de livraison</translation>
    </message>
    <message>
        <source>Product labels</source>
        <translation>Étiquettes produit</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Commercial sample</source>
        <translation>Échantillon commercial</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Returned goods</source>
        <translation>Retour de marchandises</translation>
    </message>
    <message>
        <source>Sale of goods</source>
        <translation>Vente de marchandises</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>Il n&apos;y a rien à imprimer.</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>Aperçu avant impression – %1</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>Imprimer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DocumentsCommand</name>
    <message>
        <source>%1: no label: %2</source>
        <translation>%1&#xa0;: pas d&apos;étiquette&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: shipment %2 booked with %3</source>
        <translation>%1&#xa0;: expédition %2 réservée auprès de %3</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>labels: --format is pdf or zpl, --dpi is 203 or 300</source>
        <translation>labels&#xa0;: --format vaut pdf ou zpl, --dpi vaut 203 ou 300</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1</source>
        <translation>
            <numerusform>%n étiquette écrite dans %1</numerusform>
            <numerusform>%n étiquettes écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>customs: --document is customs, invoice or packing-slip</source>
        <translation>customs&#xa0;: --document vaut customs, invoice ou packing-slip</translation>
    </message>
    <message>
        <source>%1 stays in %2: no customs declaration is needed</source>
        <translation>%1 reste dans le pays (%2)&#xa0;: aucune déclaration en douane n&apos;est nécessaire</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 écrit dans %2</translation>
    </message>
    <message>
        <source>barcodes: --copies is a number from 1 to 1000</source>
        <translation>barcodes&#xa0;: --copies est un nombre de 1 à 1000</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>aucun produit n&apos;a le SKU %1</translation>
    </message>
    <message numerus="yes">
        <source>%n barcode label(s) written to %1</source>
        <translation>
            <numerusform>%n étiquette code-barres écrite dans %1</numerusform>
            <numerusform>%n étiquettes code-barres écrites dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcbRates</name>
    <message>
        <source>this is not an ECB reference-rate file (XML with Cube elements, or CSV whose first column is Date)</source>
        <translation>ce n&apos;est pas un fichier de taux de référence de la BCE (XML avec des éléments Cube, ou CSV dont la première colonne est Date)</translation>
    </message>
    <message>
        <source>the file holds no rates</source>
        <translation>le fichier ne contient aucun taux</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a rate outside a dated Cube</source>
        <translation>un taux en dehors d&apos;un Cube daté</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive decimal rate</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un taux décimal positif</translation>
    </message>
    <message>
        <source>the XML is broken: %1</source>
        <translation>le XML est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>ECB history XML</source>
        <translation>XML historique de la BCE</translation>
    </message>
    <message>
        <source>ECB daily XML</source>
        <translation>XML quotidien de la BCE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date</translation>
    </message>
    <message>
        <source>ECB history CSV</source>
        <translation>CSV historique de la BCE</translation>
    </message>
    <message>
        <source>ECB daily CSV</source>
        <translation>CSV quotidien de la BCE</translation>
    </message>
</context>
<context>
    <name>EditProductCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>ExchangeRateImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExchangeRateRepository</name>
    <message>
        <source>cancelled; no rate was changed</source>
        <translation>annulé&#xa0;; aucun taux n&apos;a été modifié</translation>
    </message>
    <message>
        <source>cannot store the %1 rate of %2: %3</source>
        <translation>impossible d&apos;enregistrer le taux %1 du %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>no exchange rate for %1 and %2 on or before %3; import the ECB rates or enter one</source>
        <translation>aucun taux de change pour %1 et %2 au %3 ou avant&#xa0;; importez les taux de la BCE ou saisissez-en un</translation>
    </message>
    <message>
        <source>%1 cannot be converted to %2: the amount is too large</source>
        <translation>%1 ne peut pas être converti en %2&#xa0;: le montant est trop élevé</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Borderdesk</source>
        <translation>Bienvenue dans Borderdesk</translation>
    </message>
    <message>
        <source>Tell Borderdesk about your shop. You can change this later.</source>
        <translation>Présentez votre boutique à Borderdesk. Vous pourrez modifier ces informations plus tard.</translation>
    </message>
    <message>
        <source>Base currency (your books and costs)</source>
        <translation>Devise de base (votre comptabilité et vos coûts)</translation>
    </message>
    <message>
        <source>Home country (where you ship from)</source>
        <translation>Pays de la boutique (d&apos;où vous expédiez)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>FraudSettingsDialog</name>
    <message>
        <source>The fraud rules were not saved: %1</source>
        <translation>Les règles anti-fraude n&apos;ont pas été enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fraud rules</source>
        <translation>Règles anti-fraude</translation>
    </message>
    <message>
        <source>Each signal that fires adds its points to an order&apos;s risk score (at most 100); 0 turns a rule off. New orders at or above the hold threshold go on hold. Changes apply to orders imported or checked again from now on.</source>
        <translation>Chaque signal déclenché ajoute ses points au score de risque de la commande (100 au maximum)&#xa0;; 0 désactive une règle. Les nouvelles commandes qui atteignent ou dépassent le seuil de mise en attente sont mises en attente. Les modifications s&apos;appliquent aux commandes importées ou vérifiées à nouveau à partir de maintenant.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>&amp;Hold new orders at a risk of:</source>
        <translation>&amp;Mettre en attente les commandes dès un risque de&#xa0;:</translation>
    </message>
    <message>
        <source>High-risk &amp;categories:</source>
        <translation>&amp;Catégories à risque élevé&#xa0;:</translation>
    </message>
    <message>
        <source>Product categories, separated by commas</source>
        <translation>Catégories de produits, séparées par des virgules</translation>
    </message>
</context>
<context>
    <name>FraudSettingsRepository</name>
    <message>
        <source>&quot;%1&quot; is not a fraud rule</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une règle anti-fraude</translation>
    </message>
    <message>
        <source>a weight must be between 0 and 100</source>
        <translation>un poids doit être compris entre 0 et 100</translation>
    </message>
    <message>
        <source>the hold threshold must be between 1 and 100</source>
        <translation>le seuil de mise en attente doit être compris entre 1 et 100</translation>
    </message>
    <message>
        <source>a forwarder&apos;s address fragment needs at least 3 characters</source>
        <translation>un fragment d&apos;adresse de transitaire doit comporter au moins 3 caractères</translation>
    </message>
</context>
<context>
    <name>Gtin</name>
    <message>
        <source>barcode is empty</source>
        <translation>le code-barres est vide</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; must contain digits only</source>
        <translation>le code-barres «&#xa0;%1&#xa0;» ne doit contenir que des chiffres</translation>
    </message>
    <message numerus="yes">
        <source>barcode &quot;%1&quot; has %n digit(s); a GTIN has 8, 12, 13 or 14</source>
        <translation>
            <numerusform>le code-barres «&#xa0;%1&#xa0;» a %n chiffre&#xa0;; un GTIN en a 8, 12, 13 ou 14</numerusform>
            <numerusform>le code-barres «&#xa0;%1&#xa0;» a %n chiffres&#xa0;; un GTIN en a 8, 12, 13 ou 14</numerusform>
        </translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; has a wrong check digit: it should end in %2, not %3</source>
        <translation>la clé de contrôle du code-barres «&#xa0;%1&#xa0;» est erronée&#xa0;: il devrait se terminer par %2, pas par %3</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Borderdesk: the back office for small sellers who sell abroad.</source>
        <translation>Borderdesk : le back-office des petits vendeurs qui vendent à l&apos;étranger.</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>Ouvrir la base de données située à CHEMIN.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Interface language for this run (%1).</source>
        <translation>Langue de l&apos;interface pour cette exécution (%1).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>Enregistrer une capture de la fenêtre dans FICHIER (PNG), puis quitter.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The view to show first: dashboard, catalogue, orders, shipping, reports, rates, markets, prices, packstation, or dialog/NAME for one of the dialogs (%1).</source>
        <translation>La vue à afficher en premier : dashboard, catalogue, orders, shipping, reports, rates, markets, prices, packstation, ou dialog/NOM pour l&apos;une des boîtes de dialogue (%1).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
</context>
<context>
    <name>HsCode</name>
    <message>
        <source>HS code &quot;%1&quot; must contain digits only</source>
        <translation>le code SH «&#xa0;%1&#xa0;» ne doit contenir que des chiffres</translation>
    </message>
    <message numerus="yes">
        <source>HS code &quot;%1&quot; has %n digit(s); it needs 6 to 10</source>
        <translation>
            <numerusform>le code SH «&#xa0;%1&#xa0;» a %n chiffre&#xa0;; il en faut 6 à 10</numerusform>
            <numerusform>le code SH «&#xa0;%1&#xa0;» a %n chiffres&#xa0;; il en faut 6 à 10</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>--base-currency needs a currency code, e.g. THB</source>
        <translation>--base-currency exige un code de devise, p. ex. THB</translation>
    </message>
    <message>
        <source>--home-country needs a country code, e.g. TH</source>
        <translation>--home-country exige un code de pays, p. ex. TH</translation>
    </message>
    <message>
        <source>init: unexpected argument %1</source>
        <translation>init&#xa0;: argument inattendu %1</translation>
    </message>
    <message>
        <source>--base-currency: &quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>--base-currency&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>--home-country: &quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>--home-country&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code de pays ISO 3166</translation>
    </message>
    <message>
        <source>%1 already has products; demo data only goes into an empty catalogue</source>
        <translation>%1 contient déjà des produits&#xa0;; les données de démonstration ne vont que dans un catalogue vide</translation>
    </message>
    <message numerus="yes">
        <source>Database %1 is ready (schema %2). Base currency %3, home country %4, %n product(s).</source>
        <translation>
            <numerusform>Base de données %1 prête (schéma %2). Devise de base %3, pays de la boutique %4, %n produit.</numerusform>
            <numerusform>Base de données %1 prête (schéma %2). Devise de base %3, pays de la boutique %4, %n produits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LandedCostCalculator</name>
    <message>
        <source>flat shipping estimate for %1 (no rate card ships this product there)</source>
        <translation>estimation forfaitaire du port pour %1 (aucune grille tarifaire n&apos;expédie ce produit vers cette destination)</translation>
    </message>
    <message>
        <source>goods and shipping</source>
        <translation>marchandises et port</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>marchandises</translation>
    </message>
    <message>
        <source>flat %1 per tariff item on a low-value parcel (goods %2 at or under %3)</source>
        <translation>forfait de %1 par position tarifaire sur un colis de faible valeur (valeur des marchandises %2, inférieure ou égale à %3)</translation>
    </message>
    <message>
        <source>none: the customs value %1 (%2) is at or under the duty threshold %3</source>
        <translation>aucun&#xa0;: la valeur en douane %1 (%2) est inférieure ou égale au seuil de droits %3</translation>
    </message>
    <message>
        <source>the default rate (the product has no HS code)</source>
        <translation>le taux par défaut (le produit n&apos;a pas de code SH)</translation>
    </message>
    <message>
        <source>the rate for HS %1</source>
        <translation>le taux pour le code SH %1</translation>
    </message>
    <message>
        <source>the default rate for HS %1</source>
        <translation>le taux par défaut pour le code SH %1</translation>
    </message>
    <message>
        <source>%1% (%2) on %3 %4, above the duty threshold %5</source>
        <translation>%1&#xa0;% (%2) sur %3, soit %4, au-dessus du seuil de droits %5</translation>
    </message>
    <message>
        <source>%1% (%2) on %3 %4; this market has no duty threshold</source>
        <translation>%1&#xa0;% (%2) sur %3, soit %4&#xa0;; ce marché n&apos;a pas de seuil de droits</translation>
    </message>
    <message>
        <source>none: %1 charges no import VAT/GST</source>
        <translation>aucune&#xa0;: %1 ne perçoit pas de TVA/GST à l&apos;importation</translation>
    </message>
    <message>
        <source>%1% on %2 (customs value + duty), collected by the seller at checkout for goods up to %3</source>
        <translation>%1&#xa0;% sur %2 (valeur en douane + droits de douane), perçue par le vendeur lors du paiement pour les marchandises jusqu&apos;à %3</translation>
    </message>
    <message>
        <source>none: the customs value %1 is at or under the tax threshold %2</source>
        <translation>aucune&#xa0;: la valeur en douane %1 est inférieure ou égale au seuil de taxes %2</translation>
    </message>
    <message>
        <source>%1% on %2 (customs value + duty), charged at import</source>
        <translation>%1&#xa0;% sur %2 (valeur en douane + droits de douane), perçue à l&apos;importation</translation>
    </message>
    <message>
        <source>no clearance or handling fees set for %1</source>
        <translation>aucuns frais de dédouanement ou de manutention définis pour %1</translation>
    </message>
</context>
<context>
    <name>LandedCostDialog</name>
    <message>
        <source>Landed cost of %1</source>
        <translation>Coût rendu de %1</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>Marché&#xa0;:</translation>
    </message>
    <message>
        <source>Market&apos;s Incoterm</source>
        <translation>Incoterm du marché</translation>
    </message>
    <message>
        <source>DAP – buyer pays duty and tax</source>
        <translation>DAP – l&apos;acheteur paie les droits de douane et les taxes</translation>
    </message>
    <message>
        <source>DDP – seller pays duty and tax</source>
        <translation>DDP – le vendeur paie les droits de douane et les taxes</translation>
    </message>
</context>
<context>
    <name>LandedCostPanel</name>
    <message>
        <source>Goods</source>
        <translation>Marchandises</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Droits de douane</translation>
    </message>
    <message>
        <source>VAT/GST</source>
        <translation>TVA/GST</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Select a price to see its landed cost.</source>
        <translation>Sélectionnez un prix pour voir son coût rendu.</translation>
    </message>
    <message>
        <source>%1 into %2 (%3), rates of %4</source>
        <translation>%1 vers %2 (%3), taux du %4</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>the lines above, added up</source>
        <translation>la somme des lignes ci-dessus</translation>
    </message>
    <message>
        <source>The seller pays %1 (shipping%2). Margin after cost: %3.</source>
        <translation>Le vendeur paie %1 (port%2). Marge après coûts&#xa0;: %3.</translation>
    </message>
    <message>
        <source>, duty and tax under DDP</source>
        <translation>, droits de douane et taxes en DDP</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Borderdesk</source>
        <translation>À propos de Borderdesk</translation>
    </message>
    <message>
        <source>Borderdesk %1
The back office for small sellers who sell abroad.</source>
        <translation>Borderdesk %1
Le back-office des petits vendeurs qui vendent à l&apos;international.</translation>
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
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Marchés</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Listes de prix</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>&amp;Copie de sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>&amp;Importer des produits…</translation>
    </message>
    <message>
        <source>&amp;Export products…</source>
        <translation>&amp;Exporter les produits…</translation>
    </message>
    <message>
        <source>Import &amp;orders…</source>
        <translation>Importer des co&amp;mmandes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>E&amp;xpédition</translation>
    </message>
    <message>
        <source>&amp;Pack station</source>
        <translation>&amp;Poste d&apos;emballage</translation>
    </message>
    <message>
        <source>P&amp;rinters and paper…</source>
        <translation>Imp&amp;rimantes et papier…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Borderdesk</source>
        <translation>À &amp;propos de Borderdesk</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>my-shop.sqlite</source>
        <translation>ma-boutique.sqlite</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db)</source>
        <translation>Bases de données Borderdesk (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open to work with it, or choose a new name.</source>
        <translation>%1 existe déjà. Utilisez Ouvrir pour travailler dessus, ou choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Borderdesk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Copie de sauvegarde</translation>
    </message>
    <message>
        <source>Backup copy written to %1 and checked.</source>
        <translation>Copie de sauvegarde écrite dans %1 et vérifiée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln product(s)</source>
        <translation>
            <numerusform>%1 · %Ln produit</numerusform>
            <numerusform>%1 · %Ln produits</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replace everything in %1 by the backup %2?

What is in the database now is kept as a copy beside it.</source>
        <translation>Remplacer tout le contenu de %1 par la sauvegarde %2&#xa0;?

Le contenu actuel de la base de données est conservé sous forme de copie à côté.</translation>
    </message>
    <message>
        <source>Restored from %1; the database it replaced is kept at %2.</source>
        <translation>Restaurée à partir de %1&#xa0;; la base de données remplacée est conservée dans %2.</translation>
    </message>
</context>
<context>
    <name>MarketEditor</name>
    <message>
        <source>Prohibited</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Soumis à restrictions</translation>
    </message>
    <message>
        <source>Licence needed</source>
        <translation>Licence requise</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>type a language tag such as en, ja or pt-BR</source>
        <translation>saisissez une étiquette de langue, comme en, ja ou pt-BR</translation>
    </message>
    <message>
        <source>type a number, e.g. 7.5</source>
        <translation>saisissez un nombre, p. ex. 7.5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a point for decimals, e.g. 7.5)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre (utilisez un point pour les décimales, p. ex. 7.5)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>Duty rate for HS %1: &quot;%2&quot; is not a percentage</source>
        <translation>Taux de droits pour le code SH %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un pourcentage</translation>
    </message>
    <message>
        <source>Duty rates: HS %1 is listed twice</source>
        <translation>Taux de droits&#xa0;: le code SH %1 figure deux fois</translation>
    </message>
    <message>
        <source>Restricted goods, row %1: the HS prefix must be digits</source>
        <translation>Marchandises soumises à restrictions, ligne %1&#xa0;: le préfixe SH doit être composé de chiffres</translation>
    </message>
    <message>
        <source>Duty threshold</source>
        <translation>Seuil de droits</translation>
    </message>
    <message>
        <source>Tax threshold</source>
        <translation>Seuil de taxes</translation>
    </message>
    <message>
        <source>Flat duty per item</source>
        <translation>Droits fixes par article</translation>
    </message>
    <message>
        <source>Shipping estimate</source>
        <translation>Estimation du port</translation>
    </message>
    <message>
        <source>Format: step:up|nearest|down:ending, e.g. 1:up:0.01, or a ladder such as 0=1:up:0.01;100=10:up:0.05</source>
        <translation>Format&#xa0;: pas:up|nearest|down:terminaison, p. ex. 1:up:0.01, ou une échelle comme 0=1:up:0.01;100=10:up:0.05</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Taxes and duties</source>
        <translation>Taxes et droits de douane</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Restricted goods</source>
        <translation>Marchandises soumises à restrictions</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Chiffres à jour au</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>VAT/GST (%)</source>
        <translation>TVA/GST (%)</translation>
    </message>
    <message>
        <source>Default duty (%)</source>
        <translation>Droits par défaut (%)</translation>
    </message>
    <message>
        <source>Duty by HS prefix</source>
        <translation>Droits par préfixe SH</translation>
    </message>
    <message>
        <source>Duty and tax on</source>
        <translation>Droits et taxes calculés sur</translation>
    </message>
    <message>
        <source>Default Incoterm</source>
        <translation>Incoterm par défaut</translation>
    </message>
    <message>
        <source>Recipient tax ID</source>
        <translation>Identifiant fiscal du destinataire</translation>
    </message>
    <message>
        <source>Price basis</source>
        <translation>Base de prix</translation>
    </message>
    <message>
        <source>Markup (%)</source>
        <translation>Majoration (%)</translation>
    </message>
    <message>
        <source>Price rounding</source>
        <translation>Arrondi des prix</translation>
    </message>
    <message>
        <source>Reprice threshold (%)</source>
        <translation>Seuil de révision des prix (%)</translation>
    </message>
    <message>
        <source>ISO codes, e.g. JP or AT, BE, DE</source>
        <translation>Codes ISO, p. ex. JP ou AT, BE, DE</translation>
    </message>
    <message>
        <source>Add a country…</source>
        <translation>Ajouter un pays…</translation>
    </message>
    <message>
        <source>A saved market keeps its code: price lists refer to it. Clone it to get a new code.</source>
        <translation>Un marché enregistré conserve son code&#xa0;: les listes de prix y font référence. Dupliquez-le pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <source>The seller collects VAT/GST (IOSS, UK VAT, AU GST, NO VOEC…)</source>
        <translation>Le vendeur perçoit la TVA/GST (IOSS, UK VAT, AU GST, NO VOEC…)</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Marchandises</translation>
    </message>
    <message>
        <source>Goods + shipping</source>
        <translation>Marchandises + port</translation>
    </message>
    <message>
        <source>DAP: the buyer pays duty and tax on delivery.
DDP: the seller pays them; prices include them.</source>
        <translation>DAP&#xa0;: l&apos;acheteur paie les droits de douane et les taxes à la livraison.
DDP&#xa0;: le vendeur les paie&#xa0;; les prix les incluent.</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>Prix de base</translation>
    </message>
    <message>
        <source>Cost + markup</source>
        <translation>Coût + majoration</translation>
    </message>
    <message>
        <source>e.g. CPF/CNPJ or PCCC</source>
        <translation>p. ex. CPF/CNPJ ou PCCC</translation>
    </message>
    <message>
        <source>Suggest new prices when exchange rates move a price by more than this.</source>
        <translation>Proposer de nouveaux prix lorsque les taux de change font varier un prix de plus de cette valeur.</translation>
    </message>
    <message>
        <source>No duty at or under this value.</source>
        <translation>Pas de droits de douane jusqu&apos;à cette valeur incluse.</translation>
    </message>
    <message>
        <source>No import VAT/GST at or under this value, unless the seller collects it.</source>
        <translation>Pas de TVA/GST à l&apos;importation jusqu&apos;à cette valeur incluse, sauf si le vendeur la perçoit.</translation>
    </message>
    <message>
        <source>HS prefix</source>
        <translation>Préfixe SH</translation>
    </message>
    <message>
        <source>Duty (%)</source>
        <translation>Droits (%)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
</context>
<context>
    <name>MarketListModel</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage, e.g. 20 %</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>HS %1…: %2</source>
        <translation>SH %1…&#xa0;: %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>VAT/GST</source>
        <translation>TVA/GST</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À jour au</translation>
    </message>
</context>
<context>
    <name>MarketPresets</name>
    <message>
        <source>the market presets are missing from this build</source>
        <translation>les préréglages de marchés sont absents de cette version</translation>
    </message>
    <message>
        <source>market presets: %1</source>
        <translation>préréglages de marchés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MarketRepository</name>
    <message>
        <source>market %1: %2</source>
        <translation>marché %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot save market %1: %2</source>
        <translation>impossible d&apos;enregistrer le marché %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>market %1, country %2: %3</source>
        <translation>marché %1, pays %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>market %1, duty rate %2: %3</source>
        <translation>marché %1, taux de droits %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>le marché %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>market %1 already exists</source>
        <translation>le marché %1 existe déjà</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>market %1: cannot add the restriction: %2</source>
        <translation>marché %1&#xa0;: impossible d&apos;ajouter la restriction&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MarketValidator</name>
    <message>
        <source>market %1: %2</source>
        <translation>marché %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>percentages must be decimal numbers</source>
        <translation>les pourcentages doivent être des nombres décimaux</translation>
    </message>
    <message>
        <source>a duty rate must be a decimal number</source>
        <translation>un taux de droits doit être un nombre décimal</translation>
    </message>
    <message>
        <source>thresholds and amounts must be plain amounts in %1</source>
        <translation>les seuils et montants doivent être de simples montants en %1</translation>
    </message>
    <message>
        <source>a restriction level must be prohibited, restricted or licence</source>
        <translation>un niveau de restriction doit être prohibited, restricted ou licence</translation>
    </message>
    <message>
        <source>the code needs 1 to 10 characters</source>
        <translation>le code doit comporter de 1 à 10 caractères</translation>
    </message>
    <message>
        <source>the market needs a name</source>
        <translation>le marché doit avoir un nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de pays</translation>
    </message>
    <message>
        <source>the market needs at least one country</source>
        <translation>le marché doit comprendre au moins un pays</translation>
    </message>
    <message>
        <source>percentages must not be negative</source>
        <translation>les pourcentages ne doivent pas être négatifs</translation>
    </message>
    <message>
        <source>duty rate for &quot;%1&quot;: the prefix must be 1 to 10 digits</source>
        <translation>taux de droits pour «&#xa0;%1&#xa0;»&#xa0;: le préfixe doit comporter de 1 à 10 chiffres</translation>
    </message>
    <message>
        <source>a restriction names either an HS prefix or a category</source>
        <translation>une restriction désigne soit un préfixe SH, soit une catégorie</translation>
    </message>
    <message>
        <source>the market needs the date its figures were checked (as of)</source>
        <translation>le marché doit indiquer la date de vérification de ses chiffres (à jour au)</translation>
    </message>
</context>
<context>
    <name>MarketsCommand</name>
    <message>
        <source>markets: unknown subcommand %1</source>
        <translation>markets&#xa0;: sous-commande inconnue %1</translation>
    </message>
    <message>
        <source>usage: markets list [--json]</source>
        <translation>utilisation&#xa0;: markets list [--json]</translation>
    </message>
    <message>
        <source>  VAT %1%  duty %2%  no duty up to %3  %4  as of %5</source>
        <translation>  TVA %1&#xa0;%  droits %2&#xa0;%  sans droits jusqu&apos;à %3  %4  à jour au %5</translation>
    </message>
    <message>
        <source>usage: markets show CODE [--json]</source>
        <translation>utilisation&#xa0;: markets show CODE [--json]</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>le marché %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Currency %1, language %2, %3, figures as of %4</source>
        <translation>Devise %1, langue %2, %3, chiffres à jour au %4</translation>
    </message>
    <message>
        <source>VAT/GST %1%%2; no import tax up to %3</source>
        <translation>TVA/GST %1&#xa0;%%2&#xa0;; pas de taxe à l&apos;importation jusqu&apos;à %3</translation>
    </message>
    <message>
        <source> (collected by the seller at checkout)</source>
        <translation> (perçue par le vendeur lors du paiement)</translation>
    </message>
    <message>
        <source>Duty %1% by default, on %2; no duty up to %3</source>
        <translation>Droits de douane %1&#xa0;% par défaut, sur %2&#xa0;; sans droits jusqu&apos;à %3</translation>
    </message>
    <message>
        <source>goods and shipping</source>
        <translation>marchandises et port</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>marchandises</translation>
    </message>
    <message>
        <source>  HS %1…: %2%</source>
        <translation>  SH %1…&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <source>Flat duty per tariff item: %1</source>
        <translation>Droits forfaitaires par position tarifaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Price rounding: %1</source>
        <translation>Arrondi des prix&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shipping estimate: %1</source>
        <translation>Estimation du port&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recipient tax ID required: %1</source>
        <translation>Identifiant fiscal du destinataire requis&#xa0;: %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>catégorie %1</translation>
    </message>
    <message>
        <source>HS %1…</source>
        <translation>SH %1…</translation>
    </message>
    <message>
        <source>Restriction: %1 is %2. %3</source>
        <translation>Restriction&#xa0;: %1 est %2. %3</translation>
    </message>
    <message>
        <source>usage: markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]</source>
        <translation>utilisation&#xa0;: markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]</translation>
    </message>
    <message>
        <source>--level: &quot;%1&quot; must be prohibited, restricted or licence</source>
        <translation>--level&#xa0;: «&#xa0;%1&#xa0;» doit être prohibited, restricted ou licence</translation>
    </message>
    <message>
        <source>--hs: &quot;%1&quot; must be 1 to 10 digits</source>
        <translation>--hs&#xa0;: «&#xa0;%1&#xa0;» doit comporter de 1 à 10 chiffres</translation>
    </message>
    <message>
        <source>%1: %2 is now %3.</source>
        <translation>%1&#xa0;: %2 est maintenant %3.</translation>
    </message>
    <message>
        <source>usage: markets clone CODE NEWCODE [--name NAME]</source>
        <translation>utilisation&#xa0;: markets clone CODE NEWCODE [--name NAME]</translation>
    </message>
    <message>
        <source>Market %1 is a copy of %2; edit what differs.</source>
        <translation>Le marché %1 est une copie de %2&#xa0;; modifiez ce qui diffère.</translation>
    </message>
</context>
<context>
    <name>MarketsView</name>
    <message>
        <source>Markets</source>
        <translation>Marchés</translation>
    </message>
    <message>
        <source>Market %1 has changes that are not saved yet.</source>
        <translation>Le marché %1 comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Market %1 was not saved: %2</source>
        <translation>Le marché %1 n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Market %1 has no changes to save.</source>
        <translation>Le marché %1 n&apos;a aucune modification à enregistrer.</translation>
    </message>
    <message>
        <source>Market %1 was not saved.</source>
        <translation>Le marché %1 n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Market %1 saved.</source>
        <translation>Marché %1 enregistré.</translation>
    </message>
    <message>
        <source>Market %1 was not copied.</source>
        <translation>Le marché %1 n&apos;a pas été copié.</translation>
    </message>
    <message>
        <source>Market %1 created as a copy of %2.</source>
        <translation>Marché %1 créé comme copie de %2.</translation>
    </message>
    <message>
        <source>Clone market %1</source>
        <translation>Dupliquer le marché %1</translation>
    </message>
    <message>
        <source>Code of the new market (1 to 10 characters, e.g. IE):</source>
        <translation>Code du nouveau marché (1 à 10 caractères, p. ex. IE)&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the new market:</source>
        <translation>Nom du nouveau marché&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Delete market %1 with its duty rates, restriction rules and price lists?</source>
        <translation>Supprimer le marché %1 avec ses taux de droits, ses règles de restriction et ses listes de prix&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is one of Borderdesk&apos;s presets; it will not come back with updates.</source>
        <translation>%1 fait partie des préréglages de Borderdesk&#xa0;; il ne reviendra pas avec les mises à jour.</translation>
    </message>
    <message>
        <source>Market %1 was not deleted.</source>
        <translation>Le marché %1 n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <source>Market %1 deleted.</source>
        <translation>Marché %1 supprimé.</translation>
    </message>
    <message>
        <source>Save this market (%1)</source>
        <translation>Enregistrer ce marché (%1)</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>Corrigez d&apos;abord ces points&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Annule&amp;r les modifications</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>&amp;Dupliquer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Drop the changes and show the market as saved</source>
        <translation>Abandonner les modifications et afficher le marché tel qu&apos;il est enregistré</translation>
    </message>
    <message>
        <source>Start a new market from a copy of this one</source>
        <translation>Créer un nouveau marché à partir d&apos;une copie de celui-ci</translation>
    </message>
</context>
<context>
    <name>MessageKinds</name>
    <message>
        <source>Order confirmation</source>
        <translation>Confirmation de commande</translation>
    </message>
    <message>
        <source>Shipped, with tracking link</source>
        <translation>Expédiée, avec lien de suivi</translation>
    </message>
    <message>
        <source>Order delayed</source>
        <translation>Commande retardée</translation>
    </message>
    <message>
        <source>Customs information needed</source>
        <translation>Informations douanières requises</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: template %2 (%3, %4) is incomplete</source>
        <translation>%1&#xa0;: le modèle %2 (%3, %4) est incomplet</translation>
    </message>
    <message>
        <source>%1 holds no templates</source>
        <translation>%1 ne contient aucun modèle</translation>
    </message>
</context>
<context>
    <name>MessageTemplateRepository</name>
    <message>
        <source>a message template needs a language, a subject and a body</source>
        <translation>un modèle de message exige une langue, un objet et un corps</translation>
    </message>
    <message>
        <source>cannot save the %1 message in %2: %3</source>
        <translation>impossible d&apos;enregistrer le message %1 en %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot reset the %1 message in %2: %3</source>
        <translation>impossible de réinitialiser le message %1 en %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>schema update %1 failed: %2</source>
        <translation>échec de la mise à jour de schéma %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown currency code &quot;%1&quot;</source>
        <translation>code de devise inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>«&#xa0;%1&#xa0;» a plus de décimales que %2 n&apos;en autorise (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (use digits and a point, e.g. 1290.50)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant (utilisez des chiffres et un point, p. ex. 1290.50)</translation>
    </message>
</context>
<context>
    <name>OrderCells</name>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>«&#xa0;%1&#xa0;» a plus de décimales que %2 n&apos;en autorise (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity (a whole number, 1 or more)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une quantité (un nombre entier, 1 ou plus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (for example 2026-11-20 14:03:11 +0700)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure (par exemple 2026-11-20 14:03:11 +0700)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country (use a two-letter ISO code such as DE, or the English name)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pays (utilisez un code ISO à deux lettres comme DE, ou le nom anglais)</translation>
    </message>
</context>
<context>
    <name>OrderCheckContext</name>
    <message>
        <source>the amount is too large to convert</source>
        <translation>le montant est trop élevé pour être converti</translation>
    </message>
</context>
<context>
    <name>OrderChecker</name>
    <message>
        <source>%1 is prohibited in this market</source>
        <translation>%1 est interdit dans ce marché</translation>
    </message>
    <message>
        <source>%1 needs a licence in this market</source>
        <translation>%1 exige une licence dans ce marché</translation>
    </message>
    <message>
        <source>%1 is restricted in this market</source>
        <translation>%1 est soumis à restrictions dans ce marché</translation>
    </message>
    <message>
        <source>SKU %1 is not in the catalogue, so its HS code, origin and weight are unknown</source>
        <translation>le SKU %1 n&apos;est pas dans le catalogue&#xa0;: son code SH, son origine et son poids sont inconnus</translation>
    </message>
    <message>
        <source>%1 has no HS code</source>
        <translation>%1 n&apos;a pas de code SH</translation>
    </message>
    <message>
        <source>%1 has no country of origin</source>
        <translation>%1 n&apos;a pas de pays d&apos;origine</translation>
    </message>
    <message>
        <source>%1 has no weight</source>
        <translation>%1 n&apos;a pas de poids</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number is missing; express carriers require one</source>
        <translation>le numéro de téléphone du destinataire est manquant&#xa0;; les transporteurs express l&apos;exigent</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number %1 is not valid: %2</source>
        <translation>le numéro de téléphone du destinataire %1 n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>the recipient&apos;s tax ID (%1) is missing; this market requires it</source>
        <translation>l&apos;identifiant fiscal du destinataire (%1) est manquant&#xa0;; ce marché l&apos;exige</translation>
    </message>
    <message>
        <source>the recipient&apos;s tax ID %1 is not valid: %2</source>
        <translation>l&apos;identifiant fiscal du destinataire %1 n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>the ship-to address lacks %1</source>
        <translation>il manque %1 dans l&apos;adresse de livraison</translation>
    </message>
    <message>
        <source>the ship-to country is missing</source>
        <translation>le pays de livraison est manquant</translation>
    </message>
    <message>
        <source>no market covers %1, so its duties and restricted goods are not checked</source>
        <translation>aucun marché ne couvre %1&#xa0;: ses droits de douane et ses marchandises soumises à restrictions ne sont pas vérifiés</translation>
    </message>
    <message>
        <source>Address check (AVS) did not match</source>
        <translation>L&apos;adresse (AVS) ne correspond pas</translation>
    </message>
    <message>
        <source>Address check (AVS) matched only partly</source>
        <translation>L&apos;adresse (AVS) ne correspond qu&apos;en partie</translation>
    </message>
    <message>
        <source>Card security code (CVV) did not match</source>
        <translation>Le cryptogramme (CVV) ne correspond pas</translation>
    </message>
    <message>
        <source>Billing country differs from shipping country</source>
        <translation>Le pays de facturation diffère du pays de livraison</translation>
    </message>
    <message>
        <source>Ships to a known freight forwarder</source>
        <translation>Livraison à un transitaire connu</translation>
    </message>
    <message>
        <source>Value far above the customer&apos;s history</source>
        <translation>Valeur très supérieure à l&apos;historique du client</translation>
    </message>
    <message>
        <source>Several orders from one email or address in a short time</source>
        <translation>Commandes rapprochées d&apos;un même e-mail ou adresse</translation>
    </message>
    <message>
        <source>High-risk product category</source>
        <translation>Catégorie de produits à risque élevé</translation>
    </message>
    <message>
        <source>First order from a new customer</source>
        <translation>Première commande d&apos;un nouveau client</translation>
    </message>
    <message>
        <source>The sales channel rates it high risk</source>
        <translation>Le canal de vente la juge à risque élevé</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <source>a street address</source>
        <translation>une adresse postale (rue)</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>une ville</translation>
    </message>
    <message>
        <source>not an international number</source>
        <translation>pas un numéro international</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>Lines (%L1)</source>
        <translation>Lignes (%L1)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>%1 (%2, order %3)</source>
        <translation>%1 (%2, commande %3)</translation>
    </message>
    <message>
        <source>%1, paid %2</source>
        <translation>%1, payée le %2</translation>
    </message>
    <message>
        <source>%1, not paid</source>
        <translation>%1, non payée</translation>
    </message>
    <message>
        <source>%1
goods %2 · discount %3 · shipping %4 · tax %5</source>
        <translation>%1
marchandises %2 · remise %3 · port %4 · taxes %5</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>market %1</source>
        <translation>marché %1</translation>
    </message>
    <message>
        <source>No ship-to address</source>
        <translation>Aucune adresse de livraison</translation>
    </message>
    <message>
        <source>No billing address</source>
        <translation>Aucune adresse de facturation</translation>
    </message>
    <message>
        <source>In catalogue</source>
        <translation>Dans le catalogue</translation>
    </message>
    <message>
        <source>Not in catalogue</source>
        <translation>Absent du catalogue</translation>
    </message>
    <message>
        <source>Blocks shipping: %1</source>
        <translation>Bloque l&apos;expédition&#xa0;: %1</translation>
    </message>
    <message>
        <source>To look at: %1</source>
        <translation>À examiner&#xa0;: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>Nothing stops this order from shipping.</source>
        <translation>Rien n&apos;empêche l&apos;expédition de cette commande.</translation>
    </message>
    <message>
        <source>Risk score: %1 of 100. Orders at %2 or more go on hold.</source>
        <translation>Score de risque&#xa0;: %1 sur 100. Les commandes à %2 ou plus sont mises en attente.</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>Vérifiée le %1.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Updated by an import</source>
        <translation>Mise à jour par une importation</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>risque %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturer à</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée le&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total&#xa0;:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>Identifiant fiscal&#xa0;:</translation>
    </message>
    <message>
        <source>Shipping:</source>
        <translation>Expédition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Risk reasons:</source>
        <translation>&amp;Raisons du risque&#xa0;:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message numerus="yes">
        <source>Checks (%Ln blocking)</source>
        <translation>
            <numerusform>Contrôles (%Ln bloquant)</numerusform>
            <numerusform>Contrôles (%Ln bloquants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This order cannot ship until %Ln problem(s) are solved.</source>
        <translation>
            <numerusform>Cette commande ne peut pas être expédiée tant que %Ln problème n&apos;est pas résolu.</numerusform>
            <numerusform>Cette commande ne peut pas être expédiée tant que %Ln problèmes ne sont pas résolus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDocuments</name>
    <message>
        <source>the order is no longer in the database</source>
        <translation>la commande n&apos;est plus dans la base de données</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OrderExporter</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportation annulée</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1&#xa0;: impossible de terminer l&apos;écriture du fichier&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OrderFileReader</name>
    <message>
        <source>Shopify orders export</source>
        <translation>Export de commandes Shopify</translation>
    </message>
    <message>
        <source>Amazon order report</source>
        <translation>Rapport de commandes Amazon</translation>
    </message>
    <message>
        <source>eBay orders report</source>
        <translation>Rapport de commandes eBay</translation>
    </message>
    <message>
        <source>Borderdesk orders CSV</source>
        <translation>CSV de commandes Borderdesk</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>the %1 header lacks the column(s) %2</source>
        <translation>l&apos;en-tête %1 ne contient pas la ou les colonnes %2</translation>
    </message>
    <message>
        <source>no %1 header found in the first 30 lines</source>
        <translation>aucun en-tête %1 trouvé dans les 30 premières lignes</translation>
    </message>
    <message>
        <source>not an order file Borderdesk knows: no Shopify, Amazon, eBay or Borderdesk header found</source>
        <translation>ce n&apos;est pas un fichier de commandes connu de Borderdesk&#xa0;: aucun en-tête Shopify, Amazon, eBay ou Borderdesk trouvé</translation>
    </message>
    <message>
        <source>the rows of order %1 are not next to each other; sort the file by order first</source>
        <translation>les lignes de la commande %1 ne se suivent pas&#xa0;; triez d&apos;abord le fichier par commande</translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <source>All markets</source>
        <translation>Tous les marchés</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Search order number, email or ship-to name</source>
        <translation>Rechercher un numéro de commande, un e-mail ou un nom de destinataire</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>En attente d&apos;expédition</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Risk at least</source>
        <translation>&amp;Risque minimal</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>Importer des commandes</translation>
    </message>
    <message>
        <source>Order files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers de commandes (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be changed…</source>
        <translation>Annulation&#xa0;; rien ne sera modifié…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; no order was changed.</source>
        <translation>L&apos;importation a été annulée&#xa0;; aucune commande n&apos;a été modifiée.</translation>
    </message>
    <message>
        <source>%1 (%2) was imported.</source>
        <translation>%1 (%2) a été importé.</translation>
    </message>
    <message>
        <source>%1: nothing was imported.</source>
        <translation>%1&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…et %Ln autre.</numerusform>
            <numerusform>…et %Ln autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Detect from the file&apos;s header</source>
        <translation>Détecter d&apos;après l&apos;en-tête du fichier</translation>
    </message>
    <message>
        <source>Orders in the file:</source>
        <translation>Commandes dans le fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Order lines:</source>
        <translation>Lignes de commande&#xa0;:</translation>
    </message>
    <message>
        <source>New orders:</source>
        <translation>Nouvelles commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Updated orders:</source>
        <translation>Commandes mises à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Put on hold:</source>
        <translation>Mises en attente&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot ship yet:</source>
        <translation>Pas encore expédiables&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported. Fix the %Ln problem(s) below in the file and import it again.</source>
        <translation>
            <numerusform>%1&#xa0;: rien n&apos;a été importé. Problème à corriger dans le fichier&#xa0;: %Ln (voir ci-dessous). Importez-le ensuite à nouveau.</numerusform>
            <numerusform>%1&#xa0;: rien n&apos;a été importé. Problèmes à corriger dans le fichier&#xa0;: %Ln (voir ci-dessous). Importez-le ensuite à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) below.</source>
        <translation>
            <numerusform>%Ln avertissement ci-dessous.</numerusform>
            <numerusform>%Ln avertissements ci-dessous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message>
        <source>SKU &quot;%1&quot; is not in the catalogue; the line is kept</source>
        <translation>le SKU «&#xa0;%1&#xa0;» n&apos;est pas dans le catalogue&#xa0;; la ligne est conservée</translation>
    </message>
    <message numerus="yes">
        <source>SKU &quot;%1&quot; is not in the catalogue; its lines are kept (%n more line(s) have it)</source>
        <translation>
            <numerusform>le SKU «&#xa0;%1&#xa0;» n&apos;est pas dans le catalogue&#xa0;; ses lignes sont conservées (%n autre ligne le contient)</numerusform>
            <numerusform>le SKU «&#xa0;%1&#xa0;» n&apos;est pas dans le catalogue&#xa0;; ses lignes sont conservées (%n autres lignes le contiennent)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the order&apos;s amounts in %2 are left empty</source>
        <translation>%1&#xa0;; les montants de la commande en %2 sont laissés vides</translation>
    </message>
    <message>
        <source>%1:%2: the database refused order %3: %4</source>
        <translation>%1:%2&#xa0;: la base de données a refusé la commande %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>risk %1 ≥ hold threshold %2</source>
        <translation>risque %1 ≥ seuil de mise en attente %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) not shown</source>
        <translation>
            <numerusform>%n autre avertissement non affiché</numerusform>
            <numerusform>%n autres avertissements non affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB)</source>
        <translation>%1&#xa0;: le fichier est trop volumineux (%2 Mo)</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>no order %1</source>
        <translation>aucune commande %1</translation>
    </message>
    <message>
        <source>%1 orders have the number %2; use the channel order id</source>
        <translation>%1 commandes portent le numéro %2 ; utilisez l&apos;identifiant de commande du canal de vente</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>commande introuvable</translation>
    </message>
    <message>
        <source>order %1 cannot go from %2 to %3 (allowed: %4)</source>
        <translation>la commande %1 ne peut pas passer de %2 à %3 (autorisé : %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>order %1 cannot ship: %2</source>
        <translation>la commande %1 ne peut pas être expédiée : %2</translation>
    </message>
    <message>
        <source>risk %1 ≥ hold threshold %2</source>
        <translation>risque %1 ≥ seuil de mise en attente %2</translation>
    </message>
    <message>
        <source>cannot ship</source>
        <translation>expédition impossible</translation>
    </message>
</context>
<context>
    <name>OrderRowMapper</name>
    <message>
        <source>&quot;%1&quot; is not a currency code (three letters such as USD)</source>
        <translation>« %1 » n&apos;est pas un code de devise (trois lettres, par exemple USD)</translation>
    </message>
    <message>
        <source>the line has neither a SKU nor a product name</source>
        <translation>la ligne n&apos;a ni SKU ni nom de produit</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>un prix ne peut pas être négatif</translation>
    </message>
    <message>
        <source>%1 does not divide evenly by the quantity %2; the unit price is rounded down</source>
        <translation>%1 n&apos;est pas divisible exactement par la quantité %2 ; le prix unitaire est arrondi à l&apos;inférieur</translation>
    </message>
    <message>
        <source>order %1 has no lines</source>
        <translation>la commande %1 n&apos;a aucune ligne</translation>
    </message>
    <message>
        <source>order %1 has no creation date</source>
        <translation>la commande %1 n&apos;a pas de date de création</translation>
    </message>
</context>
<context>
    <name>OrderStatuses</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>Prête à expédier</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Prélevée</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Emballée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retournée</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Cannot ship</source>
        <translation>Expédition impossible</translation>
    </message>
    <message>
        <source>At or above the hold threshold (%1)</source>
        <translation>Égal ou supérieur au seuil de mise en attente (%1)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal de vente</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Expédition</translation>
    </message>
</context>
<context>
    <name>OrdersCommand</name>
    <message>
        <source>orders: unknown subcommand %1</source>
        <translation>orders : sous-commande inconnue %1</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not an order status</source>
        <translation>--status : « %1 » n&apos;est pas un statut de commande</translation>
    </message>
    <message>
        <source>--min-risk: &quot;%1&quot; is not a number from 0 to 100</source>
        <translation>--min-risk : « %1 » n&apos;est pas un nombre de 0 à 100</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1 : « %2 » n&apos;est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>usage: orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]</source>
        <translation>usage : orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not auto, shopify, amazon, ebay or csv</source>
        <translation>--format : « %1 » n&apos;est ni auto, ni shopify, ni amazon, ni ebay, ni csv</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé : %n problème doit d&apos;abord être corrigé.</numerusform>
            <numerusform>Rien n&apos;a été importé : %n problèmes doivent d&apos;abord être corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 order(s) with %3 line(s); %4 new, %5 updated; %6 put on hold; %7 cannot ship yet.</source>
        <translation>%1 : %2 commande(s) avec %3 ligne(s) ; %4 nouvelle(s), %5 mise(s) à jour ; %6 mise(s) en attente ; %7 pas encore expédiable(s).</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. %1</source>
        <translation>Simulation, rien n&apos;a été écrit. %1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Importation terminée. %1</translation>
    </message>
    <message>
        <source>usage: orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]</source>
        <translation>usage : orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>%n commande exportée vers %1.</numerusform>
            <numerusform>%n commandes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N] [--from DATE] [--to DATE] [--limit N] [--json]</source>
        <translation>usage : orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N] [--from DATE] [--to DATE] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit : « %1 » n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>risque %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>%n commande affichée</numerusform>
            <numerusform>%n commandes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>usage: orders check NUMBER [--json]</source>
        <translation>usage : orders check NUMBER [--json]</translation>
    </message>
    <message>
        <source>usage: orders show NUMBER [--json]</source>
        <translation>usage : orders show NUMBER [--json]</translation>
    </message>
    <message>
        <source>Order %1 (%2 %3), %4</source>
        <translation>Commande %1 (%2 %3), %4</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créée le %1</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>Livrer à :</translation>
    </message>
    <message>
        <source>  (not in the catalogue)</source>
        <translation>  (absent du catalogue)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source> = %1 at %2 (%3)</source>
        <translation> = %1 au taux de %2 (%3)</translation>
    </message>
    <message>
        <source>Order %1 checked.</source>
        <translation>Commande %1 vérifiée.</translation>
    </message>
    <message>
        <source>cannot ship: </source>
        <translation>expédition impossible : </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>remarque : </translation>
    </message>
    <message>
        <source>Restricted goods: %1</source>
        <translation>Marchandises soumises à restrictions : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Shipping readiness: %1</source>
        <translation>État d&apos;expédition : %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête à expédier</translation>
    </message>
    <message>
        <source>Fraud risk: %1 of 100</source>
        <translation>Risque de fraude : %1 sur 100</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>usage: orders set-status NUMBER STATUS [--note TEXT]</source>
        <translation>usage : orders set-status NUMBER STATUS [--note TEXT]</translation>
    </message>
    <message>
        <source>statuses: %1</source>
        <translation>statuts : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status</source>
        <translation>« %1 » n&apos;est pas un statut de commande</translation>
    </message>
    <message>
        <source>Order %1 is now %2.</source>
        <translation>La commande %1 a maintenant le statut « %2 ».</translation>
    </message>
    <message>
        <source>usage: orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]</source>
        <translation>usage : orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]</translation>
    </message>
    <message>
        <source>--set %1: %2</source>
        <translation>--set %1 : %2</translation>
    </message>
    <message>
        <source>expected RULE=WEIGHT</source>
        <translation>RULE=WEIGHT attendu</translation>
    </message>
    <message>
        <source>--threshold: %1</source>
        <translation>--threshold : %1</translation>
    </message>
    <message>
        <source>--categories: %1</source>
        <translation>--categories : %1</translation>
    </message>
    <message>
        <source>Hold threshold: %1</source>
        <translation>Seuil de mise en attente : %1</translation>
    </message>
    <message>
        <source>High-risk categories: %1</source>
        <translation>Catégories à risque élevé : %1</translation>
    </message>
    <message>
        <source>usage: orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG] [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--documents TEXT] [--mailto]</source>
        <translation>usage : orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG] [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--documents TEXT] [--mailto]</translation>
    </message>
    <message>
        <source>no %1 template in %2</source>
        <translation>aucun modèle %1 en %2</translation>
    </message>
    <message>
        <source>usage: orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT] [--address2 TEXT] [--city TEXT] [--province TEXT]</source>
        <translation>usage : orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT] [--address2 TEXT] [--city TEXT] [--province TEXT]</translation>
    </message>
    <message>
        <source>Order %1 updated; it can ship.</source>
        <translation>Commande %1 mise à jour ; elle peut être expédiée.</translation>
    </message>
    <message>
        <source>Order %1 updated; it still cannot ship.</source>
        <translation>Commande %1 mise à jour ; elle ne peut toujours pas être expédiée.</translation>
    </message>
    <message>
        <source>usage: orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]</source>
        <translation>usage : orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <source>%Ln+ order(s), counting…</source>
        <translation>
            <numerusform>%Ln+ commande, comptage en cours…</numerusform>
            <numerusform>%Ln+ commandes, comptage en cours…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln selected</source>
        <translation>
            <numerusform>%1, %Ln sélectionnée</numerusform>
            <numerusform>%1, %Ln sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing orders to “%1”…</source>
        <translation>Passage des commandes à « %1 »…</translation>
    </message>
    <message>
        <source>Releasing orders…</source>
        <translation>Libération des commandes…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>order %1 is not on hold</source>
        <translation>la commande %1 n&apos;est pas en attente</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>Annuler des commandes</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)? A cancelled order cannot be reopened.</source>
        <translation>
            <numerusform>Annuler %Ln commande ? Une commande annulée ne peut pas être rouverte.</numerusform>
            <numerusform>Annuler %Ln commandes ? Une commande annulée ne peut pas être rouverte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)</source>
        <translation>
            <numerusform>Annuler %Ln commande</numerusform>
            <numerusform>Annuler %Ln commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les conserver</translation>
    </message>
    <message>
        <source>Checking orders again…</source>
        <translation>Nouvelle vérification des commandes…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Revérifier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>Exporter les commandes</translation>
    </message>
    <message>
        <source>orders.csv</source>
        <translation>commandes.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>Exportation des commandes…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>%Ln commande exportée vers %1.</numerusform>
            <numerusform>%Ln commandes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient corrected; the order was checked again.</source>
        <translation>Destinataire corrigé ; la commande a été vérifiée de nouveau.</translation>
    </message>
    <message>
        <source>Fraud rules saved. They apply to orders imported or checked again from now on.</source>
        <translation>Règles anti-fraude enregistrées. Elles s&apos;appliquent désormais aux commandes importées ou vérifiées de nouveau.</translation>
    </message>
    <message>
        <source>Select an order to see its lines, addresses, checks and history.</source>
        <translation>Sélectionnez une commande pour voir ses lignes, ses adresses, ses contrôles et son historique.</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>Mettre en &amp;attente</translation>
    </message>
    <message>
        <source>Put the selected orders on hold</source>
        <translation>Mettre en attente les commandes sélectionnées</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <source>Release the selected orders on hold (back to new)</source>
        <translation>Libérer les commandes sélectionnées en attente (retour à Nouvelle)</translation>
    </message>
    <message>
        <source>&amp;Cancel order</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the selected orders</source>
        <translation>Annuler les commandes sélectionnées</translation>
    </message>
    <message>
        <source>Mark read&amp;y to ship</source>
        <translation>&amp;Prête à expédier</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <source>Check the selected orders again with today&apos;s catalogue, markets and fraud rules</source>
        <translation>Vérifier de nouveau les commandes sélectionnées avec le catalogue, les marchés et les règles anti-fraude actuels</translation>
    </message>
    <message>
        <source>&amp;Message customer…</source>
        <translation>&amp;Message au client…</translation>
    </message>
    <message>
        <source>Edit recipie&amp;nt…</source>
        <translation>&amp;Destinataire…</translation>
    </message>
    <message>
        <source>Correct the phone, tax ID, language or address, then check the order again</source>
        <translation>Corriger le téléphone, l&apos;identifiant fiscal, la langue ou l&apos;adresse, puis vérifier de nouveau la commande</translation>
    </message>
    <message>
        <source>Fra&amp;ud rules…</source>
        <translation>Anti-fra&amp;ude…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export the &amp;selected orders…</source>
        <translation>Exporter les commandes &amp;sélectionnées…</translation>
    </message>
    <message>
        <source>Export &amp;all orders the filter shows…</source>
        <translation>Exporter &amp;toutes les commandes affichées par le filtre…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln order(s) done.</source>
        <translation>
            <numerusform>%1 : %Ln commande traitée.</numerusform>
            <numerusform>%1 : %Ln commandes traitées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) could not be changed.</source>
        <translation>
            <numerusform>%Ln commande n&apos;a pas pu être modifiée.</numerusform>
            <numerusform>%Ln commandes n&apos;ont pas pu être modifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more (see the details).</source>
        <translation>
            <numerusform>…et %Ln autre (voir les détails).</numerusform>
            <numerusform>…et %Ln autres (voir les détails).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other order(s) were changed.</source>
        <translation>
            <numerusform>%Ln autre commande a été modifiée.</numerusform>
            <numerusform>%Ln autres commandes ont été modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rate shop…</source>
        <translation>Comparer les &amp;tarifs…</translation>
    </message>
    <message>
        <source>Compare the services for the current order and create its shipment</source>
        <translation>Comparer les services pour la commande en cours et créer son expédition</translation>
    </message>
    <message>
        <source>&amp;Print documents…</source>
        <translation>Imprim&amp;er…</translation>
    </message>
    <message>
        <source>Print the label, customs papers and packing slip of the selected orders</source>
        <translation>Imprimer l&apos;étiquette, les documents douaniers et le bordereau de livraison des commandes sélectionnées</translation>
    </message>
    <message>
        <source>Print documents</source>
        <translation>Imprimer les documents</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) get no documents:</source>
        <translation>
            <numerusform>%Ln commande ne reçoit aucun document :</numerusform>
            <numerusform>%Ln commandes ne reçoivent aucun document :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>no printer is set up</source>
        <translation>aucune imprimante n&apos;est configurée</translation>
    </message>
    <message>
        <source>printing was cancelled</source>
        <translation>l&apos;impression a été annulée</translation>
    </message>
</context>
<context>
    <name>PackStationWindow</name>
    <message>
        <source>Printing the label and papers for order %1…</source>
        <translation>Impression de l&apos;étiquette et des documents de la commande %1…</translation>
    </message>
    <message>
        <source>Borderdesk pack station</source>
        <translation>Poste d&apos;emballage Borderdesk</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Casier</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scannés</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the line is complete</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Scan each item (barcode or SKU), then Enter</source>
        <translation>Scannez chaque article (code-barres ou SKU), puis Entrée</translation>
    </message>
    <message>
        <source>F5: print again · Esc: abandon the order</source>
        <translation>F5 : réimprimer · Échap : abandonner la commande</translation>
    </message>
    <message>
        <source>Scan or type an order number, then Enter</source>
        <translation>Scannez ou tapez un n° de commande, puis Entrée</translation>
    </message>
    <message>
        <source>Enter: confirm the scan · Esc: abandon the order · F5: print again · F12: next language · F10 or Ctrl+Q: leave the pack station</source>
        <translation>Entrée : confirmer le scan · Échap : abandonner la commande · F5 : réimprimer · F12 : langue suivante · F10 ou Ctrl+Q : quitter le poste d&apos;emballage</translation>
    </message>
    <message>
        <source>Pack station: no order open</source>
        <translation>Poste d&apos;emballage : aucune commande ouverte</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %2 of %Ln item(s) packed</source>
        <translation>
            <numerusform>Commande %1 : %2 article sur %Ln emballé</numerusform>
            <numerusform>Commande %1 : %2 articles sur %Ln emballés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · tracking %2</source>
        <comment>order progress, tracking number</comment>
        <translation>%1 · suivi %2</translation>
    </message>
    <message>
        <source>Scan the order number from the packing slip.</source>
        <translation>Scannez le numéro de commande figurant sur le bordereau de livraison.</translation>
    </message>
    <message>
        <source>Order %1: scan each item.</source>
        <translation>Commande %1 : scannez chaque article.</translation>
    </message>
    <message>
        <source>✘ NOT AN ORDER: %1</source>
        <translation>✘ CE N&apos;EST PAS UNE COMMANDE : %1</translation>
    </message>
    <message>
        <source>STOP: order %1 must not ship. No label.</source>
        <translation>STOP : la commande %1 ne doit pas être expédiée. Pas d&apos;étiquette.</translation>
    </message>
    <message>
        <source>✔ %1 %2: %3 of %4</source>
        <translation>✔ %1 %2 : %3 sur %4</translation>
    </message>
    <message>
        <source>✘ WRONG ITEM: %1 %2 is not in this order. Put it back.</source>
        <translation>✘ MAUVAIS ARTICLE : %1 %2 ne fait pas partie de cette commande. Remettez-le en place.</translation>
    </message>
    <message>
        <source>✘ TOO MANY: all %1 of %2 are packed already. Take this one out.</source>
        <translation>✘ TROP D&apos;ARTICLES : les %1 %2 sont déjà tous emballés. Retirez celui-ci.</translation>
    </message>
    <message>
        <source>✘ UNKNOWN BARCODE: %1 is no product and no order.</source>
        <translation>✘ CODE-BARRES INCONNU : %1 n&apos;est ni un produit ni une commande.</translation>
    </message>
    <message>
        <source>✔ Tracking number %1 goes on the label.</source>
        <translation>✔ Le numéro de suivi %1 figure sur l&apos;étiquette.</translation>
    </message>
    <message>
        <source>Order %1 is open already: scan its items.</source>
        <translation>La commande %1 est déjà ouverte : scannez ses articles.</translation>
    </message>
    <message>
        <source>Order %1 is not finished. Scan its items, or press Esc to abandon it and open %2.</source>
        <translation>La commande %1 n&apos;est pas terminée. Scannez ses articles, ou appuyez sur Échap pour l&apos;abandonner et ouvrir %2.</translation>
    </message>
    <message>
        <source>Order %1 has not printed. Press F5 to print again or Esc to abandon it.</source>
        <translation>La commande %1 n&apos;a pas été imprimée. Appuyez sur F5 pour réimprimer ou sur Échap pour l&apos;abandonner.</translation>
    </message>
    <message>
        <source>✔ Order %1 is packed: label and papers printed. Scan the next order.</source>
        <translation>✔ La commande %1 est emballée : étiquette et documents imprimés. Scannez la commande suivante.</translation>
    </message>
    <message>
        <source>✔ Order %1 printed again. Scan the next order.</source>
        <translation>✔ Commande %1 réimprimée. Scannez la commande suivante.</translation>
    </message>
    <message>
        <source>✘ PRINTING FAILED for order %1. Press F5 to print again.</source>
        <translation>✘ ÉCHEC DE L&apos;IMPRESSION de la commande %1. Appuyez sur F5 pour réimprimer.</translation>
    </message>
    <message>
        <source>✘ ORDER %1 NOT PACKED. Press F5 to try again or Esc to abandon it.</source>
        <translation>✘ COMMANDE %1 NON EMBALLÉE. Appuyez sur F5 pour réessayer ou sur Échap pour l&apos;abandonner.</translation>
    </message>
    <message>
        <source>Order %1 abandoned. Scan the next order number.</source>
        <translation>Commande %1 abandonnée. Scannez le numéro de commande suivant.</translation>
    </message>
</context>
<context>
    <name>PackageRows</name>
    <message>
        <source>Package %1 needs a weight (grams, or with a unit: 1.2 kg).</source>
        <translation>Le colis %1 doit avoir un poids (en grammes, ou avec une unité : 1.2 kg).</translation>
    </message>
    <message>
        <source>Package %1: %2</source>
        <translation>Colis %1 : %2</translation>
    </message>
    <message>
        <source>✓ %1 number</source>
        <translation>✓ numéro %1</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1 : %2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Size (L×W×H cm)</source>
        <translation>Dimensions (L×l×H cm)</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Colis %1</translation>
    </message>
    <message>
        <source>e.g. 1.2 kg</source>
        <translation>ex. 1.2 kg</translation>
    </message>
    <message>
        <source>e.g. 40x30x20</source>
        <translation>ex. 40x30x20</translation>
    </message>
    <message>
        <source>type or scan</source>
        <translation>saisir ou scanner</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <source>Packing slip</source>
        <translation>Bordereau de livraison</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>Mode d&apos;expédition</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Casier</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Thank you for your order!</source>
        <translation>Merci pour votre commande !</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Continued on the next page</source>
        <translation>Suite à la page suivante</translation>
    </message>
    <message>
        <source>Packing slip %1</source>
        <translation>Bordereau de livraison %1</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>Il n&apos;y a rien à imprimer.</translation>
    </message>
    <message>
        <source>%1 dpi is not a resolution a printer has.</source>
        <translation>%1 ppp n&apos;est pas une résolution d&apos;imprimante.</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>Impossible de commencer l&apos;écriture du PDF.</translation>
    </message>
    <message>
        <source>Could not finish writing the PDF.</source>
        <translation>Impossible de terminer l&apos;écriture du PDF.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>phone number is empty</source>
        <translation>le numéro de téléphone est vide</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; cannot be read: it needs a known country code, such as +66</source>
        <translation>le numéro de téléphone « %1 » est illisible : il faut un indicatif de pays connu, par exemple +66</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; cannot be read</source>
        <translation>le numéro de téléphone « %1 » est illisible</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not valid</source>
        <translation>le numéro de téléphone « %1 » n&apos;est pas valide</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not valid for %2</source>
        <translation>le numéro de téléphone « %1 » n&apos;est pas valide pour %2</translation>
    </message>
</context>
<context>
    <name>PriceCommand</name>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date : « %1 » n&apos;est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>usage: price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
       price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
       price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
       price fix SKU --market CODE AMOUNT|--clear</source>
        <translation>usage : price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
        price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
        price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
        price fix SKU --market CODE AMOUNT|--clear</translation>
    </message>
    <message>
        <source>--incoterm: &quot;%1&quot; must be DAP or DDP</source>
        <translation>--incoterm : « %1 » doit être DAP ou DDP</translation>
    </message>
    <message>
        <source>usage: price apply --market CODE [--dry-run] [--date YYYY-MM-DD]</source>
        <translation>usage : price apply --market CODE [--dry-run] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--dry-run goes with price apply</source>
        <translation>--dry-run s&apos;utilise avec price apply</translation>
    </message>
    <message>
        <source>%1 (%2) into %3, %4, rates of %5</source>
        <translation>%1 (%2) vers %3, %4, taux du %5</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>marge</translation>
    </message>
    <message>
        <source>after cost and what the seller pays (%1)</source>
        <translation>après coût et frais à la charge du vendeur (%1)</translation>
    </message>
    <message>
        <source>Dry run for %1: %2 product(s) checked, %3 price(s) would change, %4 moved less than the threshold; nothing was written.</source>
        <translation>Simulation pour %1 : %2 produit(s) vérifié(s), %3 prix changeraient, %4 ont varié de moins que le seuil ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1: %2 product(s) checked, %3 price(s) changed, %4 moved less than the threshold and were kept.</source>
        <translation>%1 : %2 produit(s) vérifié(s), %3 prix modifié(s), %4 ont varié de moins que le seuil et ont été conservés.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n price(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n prix de %1 exporté vers %2.</numerusform>
            <numerusform>%n prix de %1 exportés vers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>le marché %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>aucun produit n&apos;a le SKU %1</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>AMOUNT : %1</translation>
    </message>
    <message>
        <source>%1 in %2 is now fixed at %3.</source>
        <translation>%1 sur le marché %2 est désormais fixé à %3.</translation>
    </message>
    <message>
        <source>%1 in %2 follows the market&apos;s rule again.</source>
        <translation>%1 sur le marché %2 suit de nouveau la règle du marché.</translation>
    </message>
</context>
<context>
    <name>PriceExporter</name>
    <message>
        <source>there is no market %1</source>
        <translation>le marché %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportation annulée</translation>
    </message>
</context>
<context>
    <name>PriceListService</name>
    <message>
        <source>fixed price for %1</source>
        <translation>prix fixe pour %1</translation>
    </message>
    <message>
        <source>base price %1</source>
        <translation>prix de base %1</translation>
    </message>
    <message>
        <source>cost %1 + %2% markup = %3</source>
        <translation>coût %1 + majoration de %2 % = %3</translation>
    </message>
    <message>
        <source>%1: the price is too large to convert</source>
        <translation>%1 : le prix est trop élevé pour être converti</translation>
    </message>
    <message>
        <source>%1, rounded %2</source>
        <translation>%1, arrondi : %2</translation>
    </message>
    <message>
        <source>%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7), rounded %8</source>
        <translation>%1 = %2 aux taux du %3 (1 EUR = %4 %5 = %6 %7), arrondi : %8</translation>
    </message>
    <message>
        <source>no exchange rate for %1 and %2</source>
        <translation>aucun taux de change pour %1 et %2</translation>
    </message>
    <message>
        <source>%1 to %2, %3: %4</source>
        <translation>%1 vers %2, %3 : %4</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>aucun produit n&apos;a le SKU %1</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>le marché %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cancelled; no price was changed</source>
        <translation>annulé ; aucun prix n&apos;a été modifié</translation>
    </message>
    <message>
        <source>cannot store the price of %1: %2</source>
        <translation>impossible d&apos;enregistrer le prix de %1 : %2</translation>
    </message>
    <message>
        <source>a fixed price for %1 must be in %2</source>
        <translation>un prix fixe pour %1 doit être en %2</translation>
    </message>
</context>
<context>
    <name>PriceListsView</name>
    <message>
        <source>Export prices</source>
        <translation>Exporter les prix</translation>
    </message>
    <message>
        <source>prices-%1.csv</source>
        <translation>prix-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Fichiers CSV (*.csv);;Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Some prices cannot be computed: %1</source>
        <translation>Certains prix ne peuvent pas être calculés : %1</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Prix fixe</translation>
    </message>
    <message>
        <source>Fixed price of %1 in %2 (%3); leave empty to follow the market&apos;s rule:</source>
        <translation>Prix fixe de %1 sur le marché %2 (%3) ; laissez vide pour suivre la règle du marché :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Pricing %1…</source>
        <translation>Calcul des prix pour %1…</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Listes de prix</translation>
    </message>
    <message>
        <source>Apply prices</source>
        <translation>Appliquer les prix</translation>
    </message>
    <message>
        <source>%1: %2 price(s) will change; %3 moved less than the market&apos;s threshold and stay. Apply?</source>
        <translation>%1 : %2 prix vont changer ; %3 ont varié de moins que le seuil du marché et restent inchangés. Appliquer ?</translation>
    </message>
    <message>
        <source>%1: %2 price(s) changed and kept in the price history.</source>
        <translation>%1 : %2 prix modifié(s) et conservé(s) dans l&apos;historique des prix.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <source>%1 in %2 is now fixed at %3.</source>
        <translation>%1 sur le marché %2 est désormais fixé à %3.</translation>
    </message>
    <message>
        <source>%1 in %2 follows the market&apos;s rule again.</source>
        <translation>%1 sur le marché %2 suit de nouveau la règle du marché.</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>Rechercher par SKU, nom ou code-barres</translation>
    </message>
    <message>
        <source>Rates of:</source>
        <translation>Taux du :</translation>
    </message>
    <message>
        <source>Markets:</source>
        <translation>Marchés :</translation>
    </message>
    <message>
        <source>&amp;Apply prices…</source>
        <translation>&amp;Appliquer les prix…</translation>
    </message>
    <message>
        <source>E&amp;xport prices…</source>
        <translation>E&amp;xporter les prix…</translation>
    </message>
    <message>
        <source>Shopify form (Price / market)</source>
        <translation>Format Shopify (Price / market)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln price(s) to %1.</source>
        <translation>
            <numerusform>%Ln prix exporté vers %1.</numerusform>
            <numerusform>%Ln prix exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PricePreviewModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (fixed)</source>
        <translation>%1 (fixe)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 actuel</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 nouveau</translation>
    </message>
    <message>
        <source>%1 change</source>
        <translation>%1 variation</translation>
    </message>
    <message>
        <source>%1 landed</source>
        <translation>%1 coût rendu</translation>
    </message>
    <message>
        <source>%1 margin</source>
        <translation>%1 marge</translation>
    </message>
</context>
<context>
    <name>PriceRounding</name>
    <message>
        <source>no rounding</source>
        <translation>aucun arrondi</translation>
    </message>
    <message>
        <source>up</source>
        <translation>au supérieur</translation>
    </message>
    <message>
        <source>to the nearest</source>
        <translation>au plus proche</translation>
    </message>
    <message>
        <source>down</source>
        <translation>à l&apos;inférieur</translation>
    </message>
    <message>
        <source>%1 to steps of %2, less %3</source>
        <translation>%1 par pas de %2, moins %3</translation>
    </message>
    <message>
        <source>%1 to steps of %2</source>
        <translation>%1 par pas de %2</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>à partir de %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price bracket (e.g. 100=10:up:0)</source>
        <translation>« %1 » n&apos;est pas une tranche de prix (ex. 100=10:up:0)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs step:direction:ending (e.g. 1:up:0.01)</source>
        <translation>« %1 » doit avoir la forme pas:sens:terminaison (ex. 1:up:0.01)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the direction must be up, nearest or down</source>
        <translation>« %1 » : le sens doit être up, nearest ou down</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: step and ending must be amounts in %2</source>
        <translation>« %1 » : le pas et la terminaison doivent être des montants en %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the step must be above zero and the ending no larger than the step</source>
        <translation>« %1 » : le pas doit être supérieur à zéro et la terminaison ne doit pas dépasser le pas</translation>
    </message>
</context>
<context>
    <name>PrintSession</name>
    <message>
        <source>No printer is chosen, and the system has no default printer.</source>
        <translation>Aucune imprimante n&apos;est choisie et le système n&apos;a pas d&apos;imprimante par défaut.</translation>
    </message>
    <message>
        <source>The printer “%1” was not found. Check that it is set up in the system&apos;s printer settings.</source>
        <translation>L&apos;imprimante « %1 » est introuvable. Vérifiez qu&apos;elle est configurée dans les paramètres d&apos;impression du système.</translation>
    </message>
    <message>
        <source>The printer “%1” cannot be used.</source>
        <translation>L&apos;imprimante « %1 » ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>The printer “%1” could not start the print job.</source>
        <translation>L&apos;imprimante « %1 » n&apos;a pas pu démarrer la tâche d&apos;impression.</translation>
    </message>
    <message>
        <source>The print job is already finished.</source>
        <translation>La tâche d&apos;impression est déjà terminée.</translation>
    </message>
    <message>
        <source>The printer “%1” could not start a new page.</source>
        <translation>L&apos;imprimante « %1 » n&apos;a pas pu commencer une nouvelle page.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Drawing page %1 of “%2” failed: %3</source>
        <translation>Échec du dessin de la page %1 de « %2 » : %3</translation>
    </message>
    <message>
        <source>The printer “%1” reported an error while printing “%2”.</source>
        <translation>L&apos;imprimante « %1 » a signalé une erreur lors de l&apos;impression de « %2 ».</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Il n&apos;y a rien à imprimer.</translation>
    </message>
    <message>
        <source>The printer “%1” did not accept the print job.</source>
        <translation>L&apos;imprimante « %1 » n&apos;a pas accepté la tâche d&apos;impression.</translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>4 × 6 in label</source>
        <translation>Étiquette 4 × 6 po</translation>
    </message>
    <message>
        <source>100 × 150 mm label</source>
        <translation>Étiquette 100 × 150 mm</translation>
    </message>
    <message>
        <source>4 × 4 in label</source>
        <translation>Étiquette 4 × 4 po</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Printers and Paper</source>
        <translation>Imprimantes et papier</translation>
    </message>
    <message>
        <source>Choose the printer and the paper for each kind of document. The pack station prints to these printers without asking.</source>
        <translation>Choisissez l&apos;imprimante et le papier pour chaque type de document. Le poste d&apos;emballage imprime sur ces imprimantes sans rien demander.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>No printer is set up on this computer yet. Add one in the system&apos;s printer settings, then open this dialog again.</source>
        <translation>Aucune imprimante n&apos;est encore configurée sur cet ordinateur. Ajoutez-en une dans les paramètres d&apos;impression du système, puis rouvrez cette boîte de dialogue.</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>Imprimante par défaut du système</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Par défaut du système (%1)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
</context>
<context>
    <name>ProductCells</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>« %1 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more</source>
        <translation>« %1 » n&apos;est pas un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of zero or more</source>
        <translation>« %1 » n&apos;est pas un nombre positif ou nul</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. THB, USD, EUR)</source>
        <translation>« %1 » n&apos;est pas un code de devise ISO 4217 (ex. THB, USD, EUR)</translation>
    </message>
    <message>
        <source>an amount is required</source>
        <translation>un montant est requis</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; was turned into a number by a spreadsheet; format the column as text and export again</source>
        <translation>le code-barres « %1 » a été converti en nombre par un tableur ; formatez la colonne en texte et exportez de nouveau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>« %1 » n&apos;est ni true ni false</translation>
    </message>
</context>
<context>
    <name>ProductCsv</name>
    <message>
        <source>Borderdesk product CSV</source>
        <translation>CSV de produits Borderdesk</translation>
    </message>
    <message>
        <source>Shopify product CSV</source>
        <translation>CSV de produits Shopify</translation>
    </message>
    <message>
        <source>Shopify product CSV (legacy template)</source>
        <translation>CSV de produits Shopify (ancien modèle)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the header row is not one of a Shopify product export or a Borderdesk product CSV (it needs sku and name columns, or Shopify&apos;s Handle/Title, SKU and Price)</source>
        <translation>la ligne d&apos;en-tête ne correspond ni à un export de produits Shopify ni à un CSV de produits Borderdesk (il faut les colonnes sku et name, ou Handle/Title, SKU et Price de Shopify)</translation>
    </message>
</context>
<context>
    <name>ProductCsvSink</name>
    <message>
        <source>SKU &quot;%1&quot; already appears on line %2</source>
        <translation>le SKU « %1 » figure déjà à la ligne %2</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>Description douanière</translation>
    </message>
    <message>
        <source>Barcode (GTIN)</source>
        <translation>Code-barres (GTIN)</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Code SH</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>Dimensions (L × W × H)</source>
        <translation>Dimensions (L × l × H)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Stock disponible</translation>
    </message>
    <message>
        <source>Active (offered for sale)</source>
        <translation>Actif (proposé à la vente)</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— non défini —</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>Modifier le produit %1</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>SKU %1 is already used by &quot;%2&quot;</source>
        <translation>Le SKU %1 est déjà utilisé par « %2 »</translation>
    </message>
</context>
<context>
    <name>ProductExporter</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1 : impossible d&apos;écrire le fichier : %2</translation>
    </message>
    <message>
        <source>cannot read the catalogue: %1</source>
        <translation>impossible de lire le catalogue : %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportation annulée</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1 : impossible de terminer l&apos;écriture du fichier : %2</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; the catalogue was not changed.</source>
        <translation>L&apos;importation a été annulée ; le catalogue n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1: %2 new and %3 updated product(s) will be imported.</source>
        <translation>%1 : %2 nouveau(x) produit(s) et %3 produit(s) mis à jour seront importés.</translation>
    </message>
    <message>
        <source>Import products from %1</source>
        <translation>Importer des produits depuis %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Prices in this file are in:</source>
        <translation>Les prix de ce fichier sont en :</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln product(s)…</source>
        <translation>
            <numerusform>Importation de %Ln produit…</numerusform>
            <numerusform>Importation de %Ln produits…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing can be imported until %Ln problem(s) are fixed in the file.</source>
        <translation>
            <numerusform>%1 : rien ne peut être importé tant que %Ln problème n&apos;est pas corrigé dans le fichier.</numerusform>
            <numerusform>%1 : rien ne peut être importé tant que %Ln problèmes ne sont pas corrigés dans le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s).</source>
        <translation>
            <numerusform>%Ln avertissement.</numerusform>
            <numerusform>%Ln avertissements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <source>%1: the file is too large for a product list (%2 MB)</source>
        <translation>%1 : le fichier est trop volumineux pour une liste de produits (%2 Mo)</translation>
    </message>
    <message>
        <source>%1:%2: the database refused product %3: %4</source>
        <translation>%1:%2 : la base de données a refusé le produit %3 : %4</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message numerus="yes">
        <source>Product labels (%n labels)</source>
        <translation>
            <numerusform>Étiquettes de produits (%n étiquette)</numerusform>
            <numerusform>Étiquettes de produits (%n étiquettes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>cannot add product %1: %2</source>
        <translation>impossible d&apos;ajouter le produit %1 : %2</translation>
    </message>
    <message>
        <source>cannot save product %1: %2</source>
        <translation>impossible d&apos;enregistrer le produit %1 : %2</translation>
    </message>
    <message>
        <source>product %1 no longer exists</source>
        <translation>le produit %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>cannot delete the product: %1</source>
        <translation>impossible de supprimer le produit : %1</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>prohibited</source>
        <translation>interdit</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restreint</translation>
    </message>
    <message>
        <source>licence needed</source>
        <translation>licence requise</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1 : %2 – %3</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Code SH</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Restrictions</translation>
    </message>
</context>
<context>
    <name>ProductValidator</name>
    <message>
        <source>SKU is required</source>
        <translation>le SKU est obligatoire</translation>
    </message>
    <message>
        <source>SKU is longer than %1 characters</source>
        <translation>le SKU dépasse %1 caractères</translation>
    </message>
    <message>
        <source>SKU must not start or end with spaces or contain control characters</source>
        <translation>le SKU ne doit pas commencer ni se terminer par des espaces, ni contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>name is required</source>
        <translation>le nom est obligatoire</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>le nom dépasse %1 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO country code (e.g. TH, CN, DE)</source>
        <translation>« %1 » n&apos;est pas un code de pays ISO (ex. TH, CN, DE)</translation>
    </message>
    <message>
        <source>weight must be between 0 and %1 g</source>
        <translation>le poids doit être compris entre 0 et %1 g</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2 mm</source>
        <translation>%1 doit être compris entre 0 et %2 mm</translation>
    </message>
    <message>
        <source>cost needs a known currency code</source>
        <translation>le coût doit avoir un code de devise connu</translation>
    </message>
    <message>
        <source>cost must not be negative</source>
        <translation>le coût ne doit pas être négatif</translation>
    </message>
    <message>
        <source>price needs a known currency code</source>
        <translation>le prix doit avoir un code de devise connu</translation>
    </message>
    <message>
        <source>price must not be negative</source>
        <translation>le prix ne doit pas être négatif</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>Description douanière</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Code SH</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>ProductsCommand</name>
    <message>
        <source>products: unknown subcommand %1</source>
        <translation>products : sous-commande inconnue %1</translation>
    </message>
    <message>
        <source>usage: products import FILE [--dry-run] [--currency CUR]</source>
        <translation>usage : products import FILE [--dry-run] [--currency CUR]</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>--currency : « %1 » n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé : %n problème doit d&apos;abord être corrigé.</numerusform>
            <numerusform>Rien n&apos;a été importé : %n problèmes doivent d&apos;abord être corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run (%1): %2 new and %3 updated product(s) would be imported; nothing was written.</source>
        <translation>Simulation (%1) : %2 nouveau(x) produit(s) et %3 produit(s) mis à jour seraient importés ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>%1 importé : %2 nouveau(x), %3 mis à jour.</translation>
    </message>
    <message>
        <source>usage: products export FILE</source>
        <translation>usage : products export FILE</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>%n produit exporté vers %1.</numerusform>
            <numerusform>%n produits exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: products list [--json] [--search TEXT] [--category NAME]</source>
        <translation>usage : products list [--json] [--search TEXT] [--category NAME]</translation>
    </message>
    <message>
        <source>stock %1</source>
        <translation>stock %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;on à tout</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1 à %2 jours</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>In base currency</source>
        <translation>En devise de base</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Billable weight</source>
        <translation>Poids facturable</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateCalculator</name>
    <message>
        <source>dimensions &quot;%1&quot; should look like 30x20x10 (centimetres) or 300x200x100mm</source>
        <translation>les dimensions « %1 » doivent avoir la forme 30x20x10 (centimètres) ou 300x200x100mm</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; is not a length</source>
        <translation>la dimension « %1 » n&apos;est pas une longueur</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 cm ÷ %4 = %5 dimensional</source>
        <translation>%1 × %2 × %3 cm ÷ %4 = %5 volumétrique</translation>
    </message>
    <message>
        <source>%1 dimensional</source>
        <translation>%1 volumétrique</translation>
    </message>
    <message>
        <source>%1 actual</source>
        <translation>%1 réel</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s), each on the heavier of its actual and dimensional weight: %1, %2</source>
        <translation>
            <numerusform>%n colis, chacun au plus élevé de son poids réel et de son poids volumétrique : %1, %2</numerusform>
            <numerusform>%n colis, chacun au plus élevé de son poids réel et de son poids volumétrique : %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no box sizes given</source>
        <translation>aucune dimension de carton indiquée</translation>
    </message>
    <message>
        <source>%1 (no box size given)</source>
        <translation>%1 (sans dimensions)</translation>
    </message>
    <message>
        <source>%1 → %2 billable</source>
        <translation>%1 → %2 facturable</translation>
    </message>
    <message>
        <source>the service is switched off</source>
        <translation>le service est désactivé</translation>
    </message>
    <message>
        <source>no parcel to price</source>
        <translation>aucun colis à tarifer</translation>
    </message>
    <message>
        <source>%1 does not ship to %2</source>
        <translation>%1 n&apos;expédie pas vers %2</translation>
    </message>
    <message>
        <source>%1 takes parcels up to %2</source>
        <translation>%1 accepte les colis jusqu&apos;à %2</translation>
    </message>
</context>
<context>
    <name>RateCardCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne « %1 »</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>le fichier ne contient aucun tarif</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of at least %2</source>
        <translation>« %1 » n&apos;est pas un nombre entier supérieur ou égal à %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>« %1 » n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>the service&apos;s first row needs its carrier</source>
        <translation>la première ligne du service doit indiquer son transporteur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage such as 12.5</source>
        <translation>« %1 » n&apos;est pas un pourcentage tel que 12.5</translation>
    </message>
    <message>
        <source>the service code is empty</source>
        <translation>le code du service est vide</translation>
    </message>
    <message>
        <source>the zone is empty</source>
        <translation>la zone est vide</translation>
    </message>
    <message>
        <source>the bracket&apos;s top weight is empty</source>
        <translation>le poids maximal de la tranche est vide</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>un prix ne peut pas être négatif</translation>
    </message>
    <message>
        <source>zone %1 already has a price up to %2 g</source>
        <translation>la zone %1 a déjà un prix jusqu&apos;à %2 g</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>« %1 » n&apos;est pas un code de pays ISO 3166</translation>
    </message>
    <message>
        <source>%1 is already in zone %2 of %3</source>
        <translation>%1 figure déjà dans la zone %2 de %3</translation>
    </message>
</context>
<context>
    <name>RateCardWidget</name>
    <message>
        <source>Select a service to see its rate card.</source>
        <translation>Sélectionnez un service pour voir sa grille tarifaire.</translation>
    </message>
    <message>
        <source>Rate card of %1 in %2, as of %3. Prices before the %4 % fuel surcharge.</source>
        <translation>Grille tarifaire de %1 en %2 (date : %3). Prix hors surcharge carburant de %4 %.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
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
        <translation>Supplément par 0,5 kg</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>Délai (jours)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>none above %1</source>
        <translation>aucun au-delà de %1</translation>
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
        <translation>L&apos;euro vaut toujours 1 ; choisissez une autre devise.</translation>
    </message>
    <message>
        <source>Type how many %1 one euro buys, with a point for decimals (e.g. 37.852).</source>
        <translation>Saisissez combien de %1 vaut un euro, avec un point pour les décimales (ex. 37.852).</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Units per 1 EUR</source>
        <translation>Unités pour 1 EUR</translation>
    </message>
</context>
<context>
    <name>RateShopDialog</name>
    <message>
        <source>The order is gone.</source>
        <translation>La commande n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Type the weight: 1.2 (kg), 850 g or 3 lb.</source>
        <translation>Saisissez le poids : 1.2 (kg), 850 g ou 3 lb.</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Dimensions : %1</translation>
    </message>
    <message>
        <source>Choose the destination country.</source>
        <translation>Choisissez le pays de destination.</translation>
    </message>
    <message>
        <source>No active service ships to %1.</source>
        <translation>Aucun service actif n&apos;expédie vers %1.</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Choisissez un service.</translation>
    </message>
    <message>
        <source>No shipment was created: %1</source>
        <translation>Aucune expédition n&apos;a été créée : %1</translation>
    </message>
    <message>
        <source>Shipment %1 created with %2 for %3.</source>
        <translation>Expédition %1 créée avec %2 pour %3.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Ship order %1</source>
        <translation>Expédier la commande %1</translation>
    </message>
    <message>
        <source>Order %1 to %2. Estimated parcel: %3.</source>
        <translation>Commande %1 vers %2. Colis estimé : %3.</translation>
    </message>
    <message>
        <source>This order may not get a label: %1</source>
        <translation>Cette commande risque de ne pas obtenir d&apos;étiquette : %1</translation>
    </message>
    <message>
        <source>Rate shopping</source>
        <translation>Comparaison des tarifs</translation>
    </message>
    <message>
        <source>Every active service&apos;s price for one parcel; the shop&apos;s default service is in bold.</source>
        <translation>Le prix de chaque service actif pour un colis ; le service par défaut de la boutique est en gras.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>P&amp;oids :</translation>
    </message>
    <message>
        <source>e.g. 1.2 kg</source>
        <translation>ex. 1.2 kg</translation>
    </message>
    <message>
        <source>&amp;Size (L×W×H cm):</source>
        <translation>&amp;Dimensions (L×l×H cm) :</translation>
    </message>
    <message>
        <source>e.g. 40x30x20, or empty</source>
        <translation>ex. 40x30x20, ou vide</translation>
    </message>
    <message>
        <source>&amp;Number of packages:</source>
        <translation>&amp;Nombre de colis :</translation>
    </message>
    <message>
        <source>C&amp;reate shipment</source>
        <translation>C&amp;réer l&apos;expédition</translation>
    </message>
</context>
<context>
    <name>RateShopping</name>
    <message>
        <source>box size unknown, so priced on actual weight</source>
        <translation>dimensions du carton inconnues : tarif calculé sur le poids réel</translation>
    </message>
    <message>
        <source>no weight for %1</source>
        <translation>aucun poids pour %1</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>commande introuvable</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two notes on a parcel</comment>
        <translation>%1 ; %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) weighing %1 plus %2 packaging</source>
        <translation>
            <numerusform>%Ln article pesant %1, plus %2 d&apos;emballage</numerusform>
            <numerusform>%Ln articles pesant %1, plus %2 d&apos;emballage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesCommand</name>
    <message>
        <source>rates: unknown subcommand %1</source>
        <translation>rates : sous-commande inconnue %1</translation>
    </message>
    <message>
        <source>usage: rates import FILE</source>
        <translation>usage : rates import FILE</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new and %3 replaced rate(s) from %4 to %5.</source>
        <translation>%1 importé : %2 nouveau(x) taux et %3 taux remplacé(s), du %4 au %5.</translation>
    </message>
    <message>
        <source>usage: rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]</source>
        <translation>usage : rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>« %1 » n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>AMOUNT : %1</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date : « %1 » n&apos;est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 %2 = %3 %4 (rates of %5: 1 EUR = %6 %2 = %7 %4)</source>
        <translation>%1 %2 = %3 %4 (taux du %5 : 1 EUR = %6 %2 = %7 %4)</translation>
    </message>
    <message>
        <source>usage: rates list [--currency CUR] [--json]</source>
        <translation>usage : rates list [--currency CUR] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n taux</numerusform>
            <numerusform>%n taux</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: rates set CUR RATE [--date YYYY-MM-DD]</source>
        <translation>usage : rates set CUR RATE [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency that can have a rate against the euro</source>
        <translation>« %1 » n&apos;est pas une devise pouvant avoir un taux par rapport à l&apos;euro</translation>
    </message>
    <message>
        <source>RATE: &quot;%1&quot; is not a positive decimal number</source>
        <translation>RATE : « %1 » n&apos;est pas un nombre décimal positif</translation>
    </message>
    <message>
        <source>1 EUR = %1 %2 on %3</source>
        <translation>1 EUR = %1 %2 le %3</translation>
    </message>
</context>
<context>
    <name>RatesDownloader</name>
    <message>
        <source>Could not download the ECB rates from %1: %2. Check the internet connection, or import a rates file you downloaded.</source>
        <translation>Impossible de télécharger les taux de la BCE depuis %1 : %2. Vérifiez la connexion Internet, ou importez un fichier de taux que vous avez téléchargé.</translation>
    </message>
</context>
<context>
    <name>RatesTableModel</name>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Per 1 EUR</source>
        <translation>Pour 1 EUR</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>Date du taux</translation>
    </message>
</context>
<context>
    <name>RatesView</name>
    <message>
        <source>Import exchange rates</source>
        <translation>Importer des taux de change</translation>
    </message>
    <message>
        <source>ECB rate files (*.xml *.csv);;All files (*)</source>
        <translation>Fichiers de taux BCE (*.xml *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>No rates were imported.</source>
        <translation>Aucun taux n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: %2 new and %3 replaced rate(s), up to %4.</source>
        <translation>%1 : %2 nouveau(x) taux et %3 taux remplacé(s), jusqu&apos;au %4.</translation>
    </message>
    <message>
        <source>Importing exchange rates…</source>
        <translation>Importation des taux de change…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Downloading today&apos;s rates from the European Central Bank…</source>
        <translation>Téléchargement des taux du jour depuis la Banque centrale européenne…</translation>
    </message>
    <message>
        <source>%1 per 1 EUR</source>
        <translation>%1 pour 1 EUR</translation>
    </message>
    <message>
        <source>No exchange rates yet: update them from the ECB or import a file</source>
        <translation>Aucun taux de change pour l&apos;instant : mettez-les à jour depuis la BCE ou importez un fichier</translation>
    </message>
    <message>
        <source>%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7)</source>
        <translation>%1 = %2 aux taux du %3 (1 EUR = %4 %5 = %6 %7)</translation>
    </message>
    <message>
        <source>&amp;Update rates from the ECB</source>
        <translation>&amp;Mettre à jour les taux depuis la BCE</translation>
    </message>
    <message>
        <source>&amp;Import rates file…</source>
        <translation>&amp;Importer un fichier de taux…</translation>
    </message>
    <message>
        <source>&amp;Enter a rate…</source>
        <translation>&amp;Saisir un taux…</translation>
    </message>
    <message>
        <source>Convert:</source>
        <translation>Convertir :</translation>
    </message>
</context>
<context>
    <name>RecipientEditDialog</name>
    <message>
        <source>Recipient of order %1</source>
        <translation>Destinataire de la commande %1</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>Iden&amp;tifiant fiscal :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Ligne d&apos;adresse &amp;1 :</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Ligne d&apos;adresse &amp;2 :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille :</translation>
    </message>
    <message>
        <source>P&amp;rovince or state:</source>
        <translation>P&amp;rovince ou État :</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>C&amp;ode postal :</translation>
    </message>
    <message>
        <source>as the customer wrote it, e.g. 081 234 5678</source>
        <translation>tel que le client l&apos;a saisi, ex. 081 234 5678</translation>
    </message>
    <message>
        <source>e.g. th, de, pt-BR; empty = the market&apos;s language</source>
        <translation>ex. th, de, pt-BR ; vide = langue du marché</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Borderdesk – the database needs attention</source>
        <translation>Borderdesk – la base de données demande votre attention</translation>
    </message>
    <message>
        <source>The database %1 did not pass its check and may be damaged.</source>
        <translation>La base de données %1 n&apos;a pas réussi sa vérification et est peut-être endommagée.</translation>
    </message>
    <message>
        <source>Restore it from a backup: the damaged file is kept beside it, nothing is deleted. Or quit and look at the file first.</source>
        <translation>Restaurez-la à partir d&apos;une sauvegarde&#xa0;: le fichier endommagé est conservé à côté, rien n&apos;est supprimé. Ou quittez et examinez d&apos;abord le fichier.</translation>
    </message>
    <message>
        <source>&amp;Backups beside the database, newest first:</source>
        <translation>&amp;Sauvegardes à côté de la base de données, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>No backups were found beside the database.</source>
        <translation>Aucune sauvegarde n&apos;a été trouvée à côté de la base de données.</translation>
    </message>
    <message>
        <source>&amp;Restore selected backup</source>
        <translation>&amp;Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>Restore &amp;another file…</source>
        <translation>Restaurer un &amp;autre fichier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Borderdesk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is a preview: nothing is restored from here.</source>
        <translation>Ceci est un aperçu : rien n’est restauré d’ici.</translation>
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
        <translation>Autres</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
        <translation>%1 : « %2 » n&apos;est pas une date au format 2026-11-28</translation>
    </message>
    <message>
        <source>--currency: %1 is not an ISO 4217 currency code</source>
        <translation>--currency : %1 n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>report: unknown subcommand %1</source>
        <translation>report : sous-commande inconnue %1</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is not one of region, subregion, country, month, market, channel</source>
        <translation>--by : « %1 » ne fait pas partie de region, subregion, country, month, market, channel</translation>
    </message>
    <message>
        <source>cannot bring the reports up to date: %1</source>
        <translation>impossible de mettre les rapports à jour : %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report : %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Sales by %1, %2 to %3, in %4</source>
        <translation>Ventes par %1, du %2 au %3, en %4</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n ligne écrite dans %1</numerusform>
            <numerusform>%n lignes écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no exchange rate for %1; that day is left out</source>
        <translation>avertissement : aucun taux de change pour %1 ; ce jour est exclu</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>report fees: %1</source>
        <translation>report fees : %1</translation>
    </message>
    <message>
        <source>report timezone: %1</source>
        <translation>report timezone : %1</translation>
    </message>
    <message>
        <source>cannot rebuild the reports: %1</source>
        <translation>impossible de reconstruire les rapports : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) counted again</source>
        <translation>
            <numerusform>%n commande recomptée</numerusform>
            <numerusform>%n commandes recomptées</numerusform>
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
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>&amp;Marché :</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation>&amp;Comparer avec la période précédente</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Tous les marchés</translation>
    </message>
    <message>
        <source>Sales by region (continent)</source>
        <translation>Ventes par région (continent)</translation>
    </message>
    <message>
        <source>Sales by sub-region</source>
        <translation>Ventes par sous-région</translation>
    </message>
    <message>
        <source>Sales by country</source>
        <translation>Ventes par pays</translation>
    </message>
    <message>
        <source>Sales by market</source>
        <translation>Ventes par marché</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>Ventes par mois</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Ventes par canal de vente</translation>
    </message>
    <message>
        <source>Market scorecard</source>
        <translation>Bilan par marché</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Meilleurs produits</translation>
    </message>
    <message>
        <source>Carrier spend</source>
        <translation>Dépenses par transporteur</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Les 30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Les 90 derniers jours</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>Choisissez le premier et le dernier jour de la période.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Sub-region</source>
        <translation>Sous-région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal de vente</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
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
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Taux de retour</translation>
    </message>
    <message>
        <source>Cancel rate</source>
        <translation>Taux d&apos;annulation</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Per shipment</source>
        <translation>Par expédition</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Le rapport n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Channel fees saved; margins were counted again.</source>
        <translation>Frais de canal enregistrés ; les marges ont été recalculées.</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture, an SVG drawing or a PDF</source>
        <translation>Enregistrer le graphique en image PNG, en dessin SVG ou en PDF</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exporter les données…</translation>
    </message>
    <message>
        <source>Save the table as CSV or as an Excel workbook</source>
        <translation>Enregistrer le tableau en CSV ou en classeur Excel</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Channel fees…</source>
        <translation>Frais de canal…</translation>
    </message>
    <message>
        <source>The share of revenue each sales channel keeps; margins subtract it</source>
        <translation>La part du chiffre d&apos;affaires que prend chaque canal de vente ; elle est déduite des marges</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Lecture du rapport…</translation>
    </message>
    <message>
        <source>Some days had no exchange rate to %1 and are left out: %2</source>
        <translation>Certains jours n&apos;avaient pas de taux de change vers %1 et sont exclus : %2</translation>
    </message>
    <message numerus="yes">
        <source>The margin is unknown where an order has a product without a cost (%Ln order(s)).</source>
        <translation>
            <numerusform>La marge est inconnue lorsqu&apos;une commande contient un produit sans coût (%Ln commande).</numerusform>
            <numerusform>La marge est inconnue lorsqu&apos;une commande contient un produit sans coût (%Ln commandes).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Revenue by region</source>
        <translation>Chiffre d&apos;affaires par région</translation>
    </message>
    <message>
        <source>Revenue by sub-region</source>
        <translation>Chiffre d&apos;affaires par sous-région</translation>
    </message>
    <message>
        <source>Revenue by country</source>
        <translation>Chiffre d&apos;affaires par pays</translation>
    </message>
    <message>
        <source>Revenue by market</source>
        <translation>Chiffre d&apos;affaires par marché</translation>
    </message>
    <message>
        <source>Revenue by month and region</source>
        <translation>Chiffre d&apos;affaires par mois et par région</translation>
    </message>
    <message>
        <source>Revenue by channel</source>
        <translation>Chiffre d&apos;affaires par canal de vente</translation>
    </message>
    <message>
        <source>Revenue by country against the previous period</source>
        <translation>Chiffre d&apos;affaires par pays comparé à la période précédente</translation>
    </message>
    <message>
        <source>Top products by revenue</source>
        <translation>Meilleurs produits par chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Shipping cost by carrier</source>
        <translation>Coût d&apos;expédition par transporteur</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln order(s), revenue %1</source>
        <translation>
            <numerusform>Total : %Ln commande, chiffre d&apos;affaires %1</numerusform>
            <numerusform>Total : %Ln commandes, chiffre d&apos;affaires %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, margin %1 (%2)</source>
        <translation>, marge %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln cancelled</source>
        <translation>
            <numerusform>, %Ln annulée</numerusform>
            <numerusform>, %Ln annulées</numerusform>
        </translation>
    </message>
    <message>
        <source>, previous period %1</source>
        <translation>, période précédente %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln best-selling product(s) by revenue.</source>
        <translation>
            <numerusform>Top %Ln des produits les plus vendus par chiffre d&apos;affaires.</numerusform>
            <numerusform>Top %Ln des produits les plus vendus par chiffre d&apos;affaires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln shipment(s), %1</source>
        <translation>
            <numerusform>Total : %Ln expédition, %1</numerusform>
            <numerusform>Total : %Ln expéditions, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be read.</source>
        <translation>Le rapport n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>Rien à afficher pour cette période.</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Part du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>Choisissez un nom de fichier se terminant par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Made with Borderdesk</source>
        <translation>Réalisé avec Borderdesk</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Graphique enregistré dans %1.</translation>
    </message>
    <message>
        <source>Wait for the report to be read.</source>
        <translation>Attendez la fin de la lecture du rapport.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved to %1.</source>
        <translation>
            <numerusform>%Ln ligne enregistrée dans %1.</numerusform>
            <numerusform>%Ln lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Report sent to %1.</source>
        <translation>Rapport envoyé à %1.</translation>
    </message>
</context>
<context>
    <name>SalesFacts</name>
    <message>
        <source>cancelled; the reports were left as they were</source>
        <translation>annulé ; les rapports sont restés inchangés</translation>
    </message>
    <message>
        <source>%1 is not a time zone (try Asia/Bangkok or Europe/Berlin)</source>
        <translation>%1 n&apos;est pas un fuseau horaire (essayez Asia/Bangkok ou Europe/Berlin)</translation>
    </message>
    <message>
        <source>name the channel</source>
        <translation>indiquez le nom du canal de vente</translation>
    </message>
    <message>
        <source>the fee must be a percentage from 0 to 100, like 2.9 (not &quot;%1&quot;)</source>
        <translation>les frais doivent être un pourcentage de 0 à 100, comme 2.9 (et non « %1 »)</translation>
    </message>
</context>
<context>
    <name>SalesReportService</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retournées</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Chiffre d&apos;affaires (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Retours (%1)</translation>
    </message>
    <message>
        <source>Average order (%1)</source>
        <translation>Panier moyen (%1)</translation>
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
        <translation>Chiffre d&apos;affaires précédent (%1)</translation>
    </message>
    <message>
        <source>Growth %</source>
        <translation>Croissance %</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>Région inconnue</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Aucun pays</translation>
    </message>
    <message>
        <source>No market</source>
        <translation>Aucun marché</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Aucun canal de vente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>SalesSums</name>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>la période commence (%1) après sa fin (%2)</translation>
    </message>
</context>
<context>
    <name>ServiceEditDialog</name>
    <message>
        <source>The service needs a name.</source>
        <translation>Le service doit avoir un nom.</translation>
    </message>
    <message>
        <source>The fuel surcharge must be a percentage such as 29.25.</source>
        <translation>La surcharge carburant doit être un pourcentage tel que 29.25.</translation>
    </message>
    <message>
        <source>The rate card&apos;s date must read like 2026-11-30.</source>
        <translation>La date de la grille tarifaire doit avoir la forme 2026-11-30.</translation>
    </message>
    <message>
        <source>The carrier needs a name.</source>
        <translation>Le transporteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>The tracking link needs {n} where the tracking number goes.</source>
        <translation>Le lien de suivi doit contenir {n} à l&apos;emplacement du numéro de suivi.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Zones, weight brackets and prices change with a rate-card import.</source>
        <translation>Les zones, les tranches de poids et les prix changent lors de l&apos;importation d&apos;une grille tarifaire.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>&amp;Dimensional divisor (cm³/kg, 0 = none):</source>
        <translation>D&amp;iviseur volumétrique (cm³/kg, 0 = aucun) :</translation>
    </message>
    <message>
        <source>&amp;Weight step (g):</source>
        <translation>Pas de &amp;poids (g) :</translation>
    </message>
    <message>
        <source>&amp;Fuel surcharge (%):</source>
        <translation>Surcharge &amp;carburant (%) :</translation>
    </message>
    <message>
        <source>Rates &amp;as of:</source>
        <translation>T&amp;arifs au :</translation>
    </message>
    <message>
        <source>Ca&amp;rrier name:</source>
        <translation>Nom du t&amp;ransporteur :</translation>
    </message>
    <message>
        <source>&amp;Tracking link:</source>
        <translation>Lien de &amp;suivi :</translation>
    </message>
    <message>
        <source>E&amp;xpress (needs the recipient&apos;s phone)</source>
        <translation>E&amp;xpress (téléphone du destinataire requis)</translation>
    </message>
    <message>
        <source>&amp;Postal item (CN22/CN23 customs forms)</source>
        <translation>Envoi p&amp;ostal (déclaration CN22/CN23)</translation>
    </message>
    <message>
        <source>Offered in rate &amp;shopping</source>
        <translation>Proposé dans la comparaison des &amp;tarifs</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
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
        <translation>au poids uniquement</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1 à %2 jours</translation>
    </message>
    <message>
        <source>Express</source>
        <translation>Express</translation>
    </message>
    <message>
        <source>Postal</source>
        <translation>Postal</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation>Diviseur</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Carburant</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShipCommand</name>
    <message>
        <source>ship: unknown subcommand %1</source>
        <translation>ship : sous-commande inconnue %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a weight (grams, or with a unit: 1.2kg, 3lb)</source>
        <translation>%1 : « %2 » n&apos;est pas un poids (en grammes, ou avec une unité : 1.2kg, 3lb)</translation>
    </message>
    <message>
        <source>--dims needs --weight too</source>
        <translation>--dims nécessite aussi --weight</translation>
    </message>
    <message>
        <source>order %1 has no shipment: create one with ship create</source>
        <translation>la commande %1 n&apos;a pas d&apos;expédition : créez-en une avec ship create</translation>
    </message>
    <message>
        <source>Rates to %1</source>
        <translation>Tarifs vers %1</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>non disponible : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1 à %2 jours</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <source>weight: %1</source>
        <translation>poids : %1</translation>
    </message>
    <message>
        <source>freight %1 + fuel %2</source>
        <translation>transport %1 + carburant %2</translation>
    </message>
    <message>
        <source>* the default by the shop&apos;s rule (%1)</source>
        <translation>* le service par défaut selon la règle de la boutique (%1)</translation>
    </message>
    <message numerus="yes">
        <source>cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>le moins cher arrivant sous %n jour</numerusform>
            <numerusform>le moins cher arrivant sous %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>le moins cher</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Shipment %1 for %2: %3, %4, billable %5</source>
        <translation>Expédition %1 pour %2 : %3, %4, facturable %5</translation>
    </message>
    <message>
        <source>Customs form: %1</source>
        <translation>Déclaration en douane : %1</translation>
    </message>
    <message>
        <source>Package %1: %2 %3</source>
        <translation>Colis %1 : %2 %3</translation>
    </message>
    <message>
        <source>Shipment %1: %2, %3, %4</source>
        <translation>Expédition %1 : %2, %3, %4</translation>
    </message>
    <message>
        <source>package %1: %2</source>
        <translation>colis %1 : %2</translation>
    </message>
    <message>
        <source>divisor %1</source>
        <translation>diviseur %1</translation>
    </message>
    <message>
        <source>fuel %1%</source>
        <translation>carburant %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n pays</numerusform>
            <numerusform>%n pays</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>Rate cards written to %1</source>
        <translation>Grilles tarifaires écrites dans %1</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation>%1 : rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1 : rien n&apos;a été importé : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) checked, nothing written</source>
        <translation>
            <numerusform>%1 : %n service vérifié, rien n&apos;a été écrit</numerusform>
            <numerusform>%1 : %n services vérifiés, rien n&apos;a été écrit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) imported</source>
        <translation>
            <numerusform>%1 : %n service importé</numerusform>
            <numerusform>%1 : %n services importés</numerusform>
        </translation>
    </message>
    <message>
        <source>--max-days: &quot;%1&quot; is not a number of days (0 = any)</source>
        <translation>--max-days : « %1 » n&apos;est pas un nombre de jours (0 = sans limite)</translation>
    </message>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>Service par défaut : le moins cher arrivant sous %n jour</numerusform>
            <numerusform>Service par défaut : le moins cher arrivant sous %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Default service: the cheapest</source>
        <translation>Service par défaut : le moins cher</translation>
    </message>
    <message>
        <source>there is no service %1</source>
        <translation>le service %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>FROM and TO are serial numbers</source>
        <translation>FROM et TO sont des numéros de série</translation>
    </message>
    <message>
        <source>%1 numbers %2%3… to %2%4… %5</source>
        <translation>%1 : numéros %2%3… à %2%4… %5</translation>
    </message>
    <message>
        <source>%1 is packed</source>
        <translation>Commande %1 emballée</translation>
    </message>
    <message>
        <source>%1 is shipped</source>
        <translation>Commande %1 expédiée</translation>
    </message>
</context>
<context>
    <name>ShipFromDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>So&amp;ciété :</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Ligne d&apos;adresse &amp;1 :</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Ligne d&apos;adresse &amp;2 :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille :</translation>
    </message>
    <message>
        <source>&amp;Province or state:</source>
        <translation>&amp;Province ou État :</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>C&amp;ode postal :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Numéro de T&amp;VA :</translation>
    </message>
    <message>
        <source>E&amp;ORI number:</source>
        <translation>Numéro E&amp;ORI :</translation>
    </message>
    <message>
        <source>IOSS n&amp;umber:</source>
        <translation>N&amp;uméro IOSS :</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Signataire :</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré : %1</translation>
    </message>
    <message>
        <source>Ship-from address</source>
        <translation>Adresse d&apos;expédition</translation>
    </message>
    <message>
        <source>Labels, customs forms and invoices print this address and these numbers. The country is the shop&apos;s home country, %1.</source>
        <translation>Les étiquettes, les déclarations en douane et les factures impriment cette adresse et ces numéros. Le pays est celui de la boutique, %1.</translation>
    </message>
</context>
<context>
    <name>ShipmentBooking</name>
    <message>
        <source>no such order</source>
        <translation>commande introuvable</translation>
    </message>
    <message>
        <source>the order is on hold: release it first</source>
        <translation>la commande est en attente : libérez-la d&apos;abord</translation>
    </message>
    <message>
        <source>the order is cancelled</source>
        <translation>la commande est annulée</translation>
    </message>
    <message>
        <source>the order was shipped already</source>
        <translation>la commande a déjà été expédiée</translation>
    </message>
    <message>
        <source>tracking number %1 is not a %2 number: %3</source>
        <translation>le numéro de suivi %1 n&apos;est pas un numéro %2 : %3</translation>
    </message>
    <message>
        <source>tracking number %1: %2</source>
        <translation>numéro de suivi %1 : %2</translation>
    </message>
    <message>
        <source>no label for this order: %1</source>
        <translation>aucune étiquette pour cette commande : %1</translation>
    </message>
    <message>
        <source>no service ships to %1</source>
        <translation>aucun service n&apos;expédie vers %1</translation>
    </message>
    <message>
        <source>there is no active service %1</source>
        <translation>il n&apos;existe aucun service actif %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no such package</source>
        <translation>colis introuvable</translation>
    </message>
    <message>
        <source>no such shipment</source>
        <translation>expédition introuvable</translation>
    </message>
    <message>
        <source>packed with %1</source>
        <translation>emballée avec %1</translation>
    </message>
    <message>
        <source>%1, tracking %2</source>
        <translation>%1, suivi %2</translation>
    </message>
    <message>
        <source>the tracking numbers allocated to %1 are used up (%2 to %3): ask the post for a new range</source>
        <translation>les numéros de suivi attribués à %1 sont épuisés (%2 à %3) : demandez une nouvelle plage à la poste</translation>
    </message>
    <message>
        <source>an S10 range is two letters, serial numbers from 0 to 99999999 and a two-letter country</source>
        <translation>une plage S10 se compose de deux lettres, de numéros de série de 0 à 99999999 et d&apos;un code de pays à deux lettres</translation>
    </message>
</context>
<context>
    <name>ShipmentRepository</name>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Label printed</source>
        <translation>Étiquette imprimée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retournée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>cannot store the shipment: %1</source>
        <translation>impossible d&apos;enregistrer l&apos;expédition : %1</translation>
    </message>
    <message>
        <source>cannot store package %1: %2</source>
        <translation>impossible d&apos;enregistrer le colis %1 : %2</translation>
    </message>
</context>
<context>
    <name>ShipmentsPanel</name>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Type or scan the carrier&apos;s tracking number:</source>
        <translation>Saisissez ou scannez le numéro de suivi du transporteur :</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Expédition %1</translation>
    </message>
    <message>
        <source>customs form %1</source>
        <translation>déclaration en douane %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Colis %1</translation>
    </message>
    <message>
        <source>no tracking number yet</source>
        <translation>pas encore de numéro de suivi</translation>
    </message>
    <message>
        <source>Customs papers (not needed at home)</source>
        <translation>Documents douaniers (inutiles pour un envoi national)</translation>
    </message>
    <message>
        <source>Customs form %1</source>
        <translation>Déclaration en douane %1</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>Facture commerciale</translation>
    </message>
    <message>
        <source>Customs form or invoice</source>
        <translation>Déclaration en douane ou facture</translation>
    </message>
    <message>
        <source>This parcel stays in the country: it needs no customs papers.</source>
        <translation>Ce colis reste dans le pays : il ne nécessite aucun document douanier.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Shipment %1 is shipped.</source>
        <translation>L&apos;expédition %1 est expédiée.</translation>
    </message>
    <message>
        <source>Tracking number of package %1 saved.</source>
        <translation>Numéro de suivi du colis %1 enregistré.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>No label for this order: %1</source>
        <translation>Aucune étiquette pour cette commande : %1</translation>
    </message>
    <message>
        <source>No shipment yet. Rate shop to choose a service and create one.</source>
        <translation>Pas encore d&apos;expédition. Comparez les tarifs pour choisir un service et en créer une.</translation>
    </message>
    <message>
        <source>Rate shop / create &amp;shipment…</source>
        <translation>Comparer les tarifs / créer l&apos;&amp;expédition…</translation>
    </message>
    <message>
        <source>Mark shi&amp;pped</source>
        <translation>Marquer comme ex&amp;pédiée</translation>
    </message>
    <message>
        <source>&amp;Tracking number…</source>
        <translation>Numéro de &amp;suivi…</translation>
    </message>
    <message>
        <source>Shipping label</source>
        <translation>Étiquette d&apos;expédition</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Bordereau de livraison</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
</context>
<context>
    <name>ShippingDocumentBuilder</name>
    <message>
        <source>no such order</source>
        <translation>commande introuvable</translation>
    </message>
    <message>
        <source>no such shipment for order %1</source>
        <translation>expédition introuvable pour la commande %1</translation>
    </message>
</context>
<context>
    <name>ShippingLabel</name>
    <message>
        <source>Shipping label %1</source>
        <translation>Étiquette d&apos;expédition %1</translation>
    </message>
</context>
<context>
    <name>ShopifyOrderMapper</name>
    <message>
        <source>the order has no name (order number)</source>
        <translation>la commande n&apos;a pas de nom (numéro de commande)</translation>
    </message>
</context>
<context>
    <name>ShopifyProductCsv</name>
    <message>
        <source>every row needs the product&apos;s handle</source>
        <translation>chaque ligne doit indiquer le handle du produit</translation>
    </message>
    <message>
        <source>the first row of product &quot;%1&quot; needs its title</source>
        <translation>la première ligne du produit « %1 » doit indiquer son titre</translation>
    </message>
    <message>
        <source>no SKU; using &quot;%1&quot;</source>
        <translation>pas de SKU ; « %1 » est utilisé</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1 : impossible d&apos;écrire le fichier : %2</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1 : impossible de terminer l&apos;écriture du fichier : %2</translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1 : impossible de créer le classeur</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1 : impossible d&apos;écrire le classeur : %2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1 : impossible de remplacer le fichier</translation>
    </message>
</context>
<context>
    <name>TaxId</name>
    <message>
        <source>tax ID is missing</source>
        <translation>l&apos;identifiant fiscal est manquant</translation>
    </message>
    <message>
        <source>tax ID is missing; %1 is required</source>
        <translation>l&apos;identifiant fiscal est manquant ; %1 est requis</translation>
    </message>
    <message>
        <source>CPF &quot;%1&quot; is not valid: it needs 11 digits with matching check digits</source>
        <translation>le CPF « %1 » n&apos;est pas valide : il doit comporter 11 chiffres avec des chiffres de contrôle corrects</translation>
    </message>
    <message>
        <source>CNPJ &quot;%1&quot; is not valid: it needs 14 characters with matching check digits</source>
        <translation>le CNPJ « %1 » n&apos;est pas valide : il doit comporter 14 caractères avec des chiffres de contrôle corrects</translation>
    </message>
    <message>
        <source>PCCC &quot;%1&quot; must be P followed by 12 digits</source>
        <translation>le PCCC « %1 » doit être composé de P suivi de 12 chiffres</translation>
    </message>
    <message>
        <source>VAT number &quot;%1&quot; must be a two-letter country code plus 2 to 13 letters or digits</source>
        <translation>le numéro de TVA « %1 » doit être composé d&apos;un code de pays à deux lettres suivi de 2 à 13 lettres ou chiffres</translation>
    </message>
    <message>
        <source>EORI number &quot;%1&quot; must be a two-letter country code plus up to 15 letters or digits</source>
        <translation>le numéro EORI « %1 » doit être composé d&apos;un code de pays à deux lettres suivi de 15 lettres ou chiffres au maximum</translation>
    </message>
    <message>
        <source>CPF/CNPJ &quot;%1&quot; must have 11 digits (CPF) or 14 characters (CNPJ)</source>
        <translation>le CPF/CNPJ « %1 » doit comporter 11 chiffres (CPF) ou 14 caractères (CNPJ)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a placeholder (one digit repeated), not a real number</source>
        <translation>%1 « %2 » est une valeur fictive (un seul chiffre répété), pas un vrai numéro</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: its check digits do not match</source>
        <translation>%1 « %2 » n&apos;est pas valide : ses chiffres de contrôle ne correspondent pas</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>the file starts like UTF-16 text but is not valid UTF-16</source>
        <translation>le fichier commence comme du texte UTF-16 mais n&apos;est pas de l&apos;UTF-16 valide</translation>
    </message>
    <message>
        <source>the file contains binary data (a NUL byte); is it really a text file?</source>
        <translation>le fichier contient des données binaires (un octet NUL) ; s&apos;agit-il vraiment d&apos;un fichier texte ?</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 (octet 0x%1) ; enregistrez-le au format « CSV UTF-8 » et réessayez</translation>
    </message>
</context>
<context>
    <name>TrackingCommand</name>
    <message>
        <source>tracking: unknown subcommand %1</source>
        <translation>tracking : sous-commande inconnue %1</translation>
    </message>
    <message>
        <source>--carrier: &quot;%1&quot; is neither a carrier nor a tracking scheme (%2)</source>
        <translation>--carrier : « %1 » n&apos;est ni un transporteur ni un format de numéro de suivi (%2)</translation>
    </message>
    <message>
        <source>valid %1 number</source>
        <translation>numéro %1 valide</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation>non valide : %1</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>Transporteur : %1</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>Suivi : %1</translation>
    </message>
</context>
<context>
    <name>TrackingNumbers</name>
    <message>
        <source>check digit should be %1, not %2</source>
        <translation>le chiffre de contrôle devrait être %1, et non %2</translation>
    </message>
    <message>
        <source>check digit should be %1, not %2 (only a warning for DHL Express: compare the number with the label)</source>
        <translation>le chiffre de contrôle devrait être %1, et non %2 (simple avertissement pour DHL Express : comparez le numéro avec l&apos;étiquette)</translation>
    </message>
    <message>
        <source>%1 is not a country code; a postal tracking number ends with the ISO code of the sending country, like CH</source>
        <translation>%1 n&apos;est pas un code de pays ; un numéro de suivi postal se termine par le code ISO du pays d&apos;expédition, par exemple CH</translation>
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
        <translation>UPU S10 (postal)</translation>
    </message>
    <message>
        <source>1Z followed by 16 letters and digits</source>
        <translation>1Z suivi de 16 lettres et chiffres</translation>
    </message>
    <message>
        <source>12 or 15 digits, or 22 digits starting with 96</source>
        <translation>12 ou 15 chiffres, ou 22 chiffres commençant par 96</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 chiffres</translation>
    </message>
    <message>
        <source>20 to 22 digits</source>
        <translation>20 à 22 chiffres</translation>
    </message>
    <message>
        <source>2 letters, 9 digits and a country code, like RR123456785CH</source>
        <translation>2 lettres, 9 chiffres et un code de pays, par exemple RR123456785CH</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>not a tracking number of a known form; expected %1</source>
        <translation>ce n&apos;est pas un numéro de suivi d&apos;un format connu ; attendu : %1</translation>
    </message>
    <message>
        <source>tracking number is empty</source>
        <translation>le numéro de suivi est vide</translation>
    </message>
    <message>
        <source>not a %1 tracking number (expected %2); it looks like a %3 number</source>
        <translation>ce n&apos;est pas un numéro de suivi %1 (attendu : %2) ; il ressemble à un numéro %3</translation>
    </message>
    <message>
        <source>not a %1 tracking number: expected %2</source>
        <translation>ce n&apos;est pas un numéro de suivi %1 ; attendu : %2</translation>
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
        <translation>%1 po</translation>
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
        <translation>le disque est plein&#xa0;: libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <source>another Borderdesk window or command kept the database busy for too long; try again when it has finished</source>
        <translation>une autre fenêtre ou commande Borderdesk a occupé la base de données trop longtemps&#xa0;; réessayez quand elle aura terminé</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>cannot start writing to the database: %1</source>
        <translation>impossible de commencer l&apos;écriture dans la base de données : %1</translation>
    </message>
    <message>
        <source>cannot save the changes: %1</source>
        <translation>impossible d&apos;enregistrer les modifications : %1</translation>
    </message>
</context>
</TS>
