<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddressFormat</name>
    <message>
        <source> or </source>
        <comment>between postal-code examples</comment>
        <translation> o </translation>
    </message>
    <message>
        <source>postal code is missing; %1 addresses need one, e.g. %2</source>
        <translation>falta el código postal; las direcciones de %1 lo necesitan, p. ej., %2</translation>
    </message>
    <message>
        <source>postal code &quot;%1&quot; does not fit; %2 postal codes look like %3</source>
        <translation>el código postal &quot;%1&quot; no es válido; los códigos postales de %2 tienen el formato %3</translation>
    </message>
</context>
<context>
    <name>AmazonOrderMapper</name>
    <message>
        <source>the row has no order-id</source>
        <translation>la fila no tiene order-id</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Backup copy written to %1 and checked.</source>
        <translation>Copia de seguridad escrita en %1 y comprobada.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>No se ha restaurado nada: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 restaurada a partir de %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept at %1.</source>
        <translation>La base de datos sustituida se conserva en %1.</translation>
    </message>
    <message>
        <source>%1: quick_check ok, schema %2.</source>
        <translation>%1: quick_check correcto, esquema %2.</translation>
    </message>
</context>
<context>
    <name>BarcodePainter</name>
    <message>
        <source>There is nothing to encode as %1.</source>
        <translation>No hay nada que codificar como %1.</translation>
    </message>
    <message>
        <source>An EAN-13 barcode needs exactly 13 digits, not “%1”.</source>
        <translation>Un código de barras EAN-13 necesita exactamente 13 dígitos, no «%1».</translation>
    </message>
    <message>
        <source>A UPC-A barcode needs exactly 12 digits, not “%1”.</source>
        <translation>Un código de barras UPC-A necesita exactamente 12 dígitos, no «%1».</translation>
    </message>
    <message>
        <source>“%1” is too long for a %2 barcode.</source>
        <translation>«%1» es demasiado largo para un código de barras %2.</translation>
    </message>
    <message>
        <source>The check digit of “%1” is wrong, so it cannot be printed as %2.</source>
        <translation>El dígito de control de «%1» es incorrecto, por lo que no se puede imprimir como %2.</translation>
    </message>
    <message>
        <source>“%1” contains characters a %2 barcode cannot carry.</source>
        <translation>«%1» contiene caracteres que un código de barras %2 no admite.</translation>
    </message>
    <message>
        <source>Could not encode “%1” as %2: %3</source>
        <translation>No se pudo codificar «%1» como %2: %3</translation>
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
        <translation>Código QR</translation>
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
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Add one in the system&apos;s printer settings.</source>
        <translation>No hay ninguna impresora configurada en este equipo. Añada una en la configuración de impresoras del sistema.</translation>
    </message>
    <message>
        <source>Preparing the documents: order %1 of %2</source>
        <translation>Preparando los documentos: pedido %1 de %2</translation>
    </message>
    <message>
        <source>Sending to the printer: order %1 of %2</source>
        <translation>Enviando a la impresora: pedido %1 de %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was printed.</source>
        <translation>Cancelado. No se imprimió nada.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Error al imprimir: %1</translation>
    </message>
    <message numerus="yes">
        <source>Printed the documents of %Ln order(s).</source>
        <translation>
            <numerusform>Se imprimieron los documentos de %Ln pedido.</numerusform>
            <numerusform>Se imprimieron los documentos de %Ln pedidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Batch</source>
        <translation>Imprimir lote</translation>
    </message>
    <message numerus="yes">
        <source>The documents of %Ln order(s) are printed as one print job, in the order chosen below.</source>
        <translation>
            <numerusform>Los documentos de %Ln pedido se imprimen como un solo trabajo de impresión, en el orden elegido abajo.</numerusform>
            <numerusform>Los documentos de %Ln pedidos se imprimen como un solo trabajo de impresión, en el orden elegido abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print &amp;order:</source>
        <translation>&amp;Orden de impresión:</translation>
    </message>
    <message>
        <source>By SKU</source>
        <translation>Por SKU</translation>
    </message>
    <message>
        <source>By bin location</source>
        <translation>Por ubicación en el almacén</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>Como en la lista</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Impresora:</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Im&amp;primir</translation>
    </message>
</context>
<context>
    <name>BatchPrintJob</name>
    <message numerus="yes">
        <source>Borderdesk: documents of %Ln order(s)</source>
        <translation>
            <numerusform>Borderdesk: documentos de %Ln pedido</numerusform>
            <numerusform>Borderdesk: documentos de %Ln pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents of order %1 could not be made: %2</source>
        <translation>No se pudieron generar los documentos del pedido %1: %2</translation>
    </message>
    <message>
        <source>The documents of order %1 could not be made.</source>
        <translation>No se pudieron generar los documentos del pedido %1.</translation>
    </message>
</context>
<context>
    <name>BorderdeskOrderMapper</name>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status</source>
        <translation>&quot;%1&quot; no es un estado de pedido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not DAP or DDP</source>
        <translation>&quot;%1&quot; no es DAP ni DDP</translation>
    </message>
</context>
<context>
    <name>ByteCsvReader</name>
    <message>
        <source>a quoted field that starts here is never closed (missing &quot;)</source>
        <translation>un campo entre comillas que empieza aquí no se cierra nunca (falta &quot;)</translation>
    </message>
</context>
<context>
    <name>CarrierPresets</name>
    <message>
        <source>the carrier presets are missing from this build</source>
        <translation>faltan los transportistas predefinidos en esta compilación</translation>
    </message>
    <message>
        <source>the carrier presets are not valid JSON: %1</source>
        <translation>los transportistas predefinidos no son JSON válido: %1</translation>
    </message>
</context>
<context>
    <name>CarrierRepository</name>
    <message>
        <source>cannot save carrier %1: %2</source>
        <translation>no se puede guardar el transportista %1: %2</translation>
    </message>
    <message>
        <source>there is no carrier %1</source>
        <translation>no existe el transportista %1</translation>
    </message>
    <message>
        <source>cannot save service %1: %2</source>
        <translation>no se puede guardar el servicio %1: %2</translation>
    </message>
    <message>
        <source>cannot save the rate card of %1: %2</source>
        <translation>no se puede guardar la tarifa de envío de %1: %2</translation>
    </message>
    <message>
        <source>there is no service %1</source>
        <translation>no existe el servicio %1</translation>
    </message>
</context>
<context>
    <name>CarriersView</name>
    <message>
        <source>Remove service</source>
        <translation>Quitar servicio</translation>
    </message>
    <message>
        <source>Remove %1 and its rate card? Shipments already booked keep their price.</source>
        <translation>¿Quitar %1 y su tarifa de envío? Los envíos ya registrados conservan su precio.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Import rate cards</source>
        <translation>Importar tarifas de envío</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export rate cards</source>
        <translation>Exportar tarifas de envío</translation>
    </message>
    <message>
        <source>rate-cards.csv</source>
        <translation>rate-cards.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Default service</source>
        <translation>Servicio predeterminado</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>No se guardó la regla: %1</translation>
    </message>
    <message>
        <source>Default service: the cheapest.</source>
        <translation>Servicio predeterminado: el más barato.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Rate cards written to %1.</source>
        <translation>Tarifas de envío escritas en %1.</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Editar servicio</translation>
    </message>
    <message>
        <source>The service was not saved: %1</source>
        <translation>No se guardó el servicio: %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Switch service</source>
        <translation>Activar o desactivar servicio</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>No se modificó %1: %2</translation>
    </message>
    <message>
        <source>%1 is offered in rate shopping again.</source>
        <translation>%1 vuelve a ofrecerse al comparar tarifas.</translation>
    </message>
    <message>
        <source>%1 is switched off: rate shopping no longer offers it.</source>
        <translation>%1 está desactivado: ya no se ofrece al comparar tarifas.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>No se quitó %1: %2</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>Se quitó %1.</translation>
    </message>
    <message>
        <source>Ship-from address saved.</source>
        <translation>Dirección de origen guardada.</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the service&apos;s fields and its carrier&apos;s name and tracking link</source>
        <translation>Editar los campos del servicio y el nombre y el enlace de seguimiento de su transportista</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>&amp;Import rate cards…</source>
        <translation>&amp;Importar tarifas de envío…</translation>
    </message>
    <message>
        <source>E&amp;xport rate cards…</source>
        <translation>E&amp;xportar tarifas de envío…</translation>
    </message>
    <message>
        <source>Ship-&amp;from address…</source>
        <translation>Dirección de &amp;origen…</translation>
    </message>
    <message>
        <source>&amp;Printers…</source>
        <translation>Im&amp;presoras…</translation>
    </message>
    <message>
        <source>Ra&amp;te shop…</source>
        <translation>Comparar &amp;tarifas…</translation>
    </message>
    <message>
        <source>Compare every active service&apos;s price for a parcel to a country</source>
        <translation>Comparar el precio de todos los servicios activos para un paquete a un país</translation>
    </message>
    <message>
        <source>The cheapest arriving &amp;within (days, 0 = any):</source>
        <translation>El más barato que llegue en un &amp;plazo de (días, 0 = cualquiera):</translation>
    </message>
    <message>
        <source>&amp;Packaging weight (g):</source>
        <translation>Peso del &amp;embalaje (g):</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>&amp;Guardar regla</translation>
    </message>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %Ln day(s).</source>
        <translation>
            <numerusform>Servicio predeterminado: el más barato que llegue en un plazo de %Ln día.</numerusform>
            <numerusform>Servicio predeterminado: el más barato que llegue en un plazo de %Ln días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in the file.</source>
        <translation>
            <numerusform>No se importó nada: hay %Ln problema en el archivo.</numerusform>
            <numerusform>No se importó nada: hay %Ln problemas en el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate card(s) imported.</source>
        <translation>
            <numerusform>Se importó %Ln tarifa de envío.</numerusform>
            <numerusform>Se importaron %Ln tarifas de envío.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Se creó %1</translation>
    </message>
    <message>
        <source>Barcode labels</source>
        <translation>Etiquetas de código de barras</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importar productos</translation>
    </message>
    <message>
        <source>Product files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos de productos (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated product(s).</source>
        <translation>Productos importados: %1 nuevos y %2 actualizados.</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Exportar productos</translation>
    </message>
    <message>
        <source>products.csv</source>
        <translation>products.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting products…</source>
        <translation>Exportando productos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
    <message>
        <source>Exported the catalogue to %1</source>
        <translation>Catálogo exportado a %1</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>Buscar SKU, nombre o código de barras</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Activos e inactivos</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Solo activos</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Solo inactivos</translation>
    </message>
    <message>
        <source>&amp;Add product</source>
        <translation>&amp;Añadir producto</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Landed cost…</source>
        <translation>&amp;Coste en destino…</translation>
    </message>
    <message>
        <source>&amp;Barcode labels…</source>
        <translation>Etiquetas de código de &amp;barras…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln producto</numerusform>
            <numerusform>%Ln productos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln product(s)</source>
        <translation>
            <numerusform>Duplicar %Ln producto</numerusform>
            <numerusform>Duplicar %Ln productos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s). Undo brings them back.</source>
        <translation>
            <numerusform>Se eliminó %Ln producto. Deshacer lo recupera.</numerusform>
            <numerusform>Se eliminaron %Ln productos. Deshacer los recupera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelFeesDialog</name>
    <message>
        <source>A fee is a percentage from 0 to 100 with a dot for decimals, like 2.9. Check: %1</source>
        <translation>Una comisión es un porcentaje de 0 a 100 con punto decimal, como 2.9. Revise: %1</translation>
    </message>
    <message>
        <source>Cancelled: the fees were left as they were.</source>
        <translation>Cancelado: las comisiones no se han modificado.</translation>
    </message>
    <message>
        <source>The fees could not be saved: %1</source>
        <translation>No se pudieron guardar las comisiones: %1</translation>
    </message>
    <message>
        <source>Channel fees</source>
        <translation>Comisiones del canal</translation>
    </message>
    <message>
        <source>The share of revenue each sales channel keeps as its fee, in percent. Margins in the reports subtract it. Saving counts every order again.</source>
        <translation>La parte de los ingresos que cada canal de venta se queda como comisión, en porcentaje. Los informes la descuentan del margen. Al guardar se vuelven a calcular todos los pedidos.</translation>
    </message>
    <message>
        <source>No channel has orders yet.</source>
        <translation>Ningún canal de venta tiene pedidos todavía.</translation>
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
        <translation>Uso: borderdesk-cli [--db PATH] COMMAND [OPTIONS]

Comandos:
  init [--demo] [--base-currency CUR] [--home-country CC]
                         crea o abre la base de datos; --demo añade una tienda de ejemplo
  products import FILE [--dry-run] [--currency CUR]
                         importa un CSV de productos de Shopify o Borderdesk (todo o nada)
  products export FILE   escribe el catálogo como CSV de productos de Borderdesk
  products list [--json] [--search TEXT] [--category NAME]
  rates import FILE      importa un archivo de tipos de referencia del BCE (XML o CSV diario/histórico)
  rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]
                         convierte con los últimos tipos de cambio en la fecha o antes (por defecto, hoy)
  rates list [--currency CUR] [--json]
                         el tipo de cambio más reciente de cada moneda, o el historial de una moneda
  rates set CUR RATE [--date YYYY-MM-DD]
                         introduce un tipo de cambio a mano: RATE unidades de CUR por 1 EUR
  markets list [--json]  los mercados con sus impuestos, aranceles y umbrales
  markets show CODE [--json]
  markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]
  markets clone CODE NEWCODE [--name NAME]
                         copia toda la configuración de un mercado en un mercado nuevo
  price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
                         el precio en un mercado con su coste en destino y su margen
  price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
                         recalcula la lista de precios de un mercado (cada cambio queda en el historial)
  price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
                         los precios de un mercado como CSV, o XLSX si FILE termina en .xlsx
  price fix SKU --market CODE AMOUNT|--clear
                         fija el precio de un producto en un mercado, o lo devuelve a la regla del mercado
  orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]
                         importa un informe de pedidos de Shopify, Amazon o eBay o un CSV de pedidos de Borderdesk
  orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]
  orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N]
              [--from DATE] [--to DATE] [--limit N] [--json]
  orders show NUMBER [--json]
  orders check NUMBER [--json]
                         vuelve a comprobar: mercancías restringidas, preparación para el envío, puntuación y motivos de fraude
  orders set-status NUMBER STATUS [--note TEXT]
                         new, on_hold, ready_to_ship, picked, packed, shipped, delivered, cancelled, returned
  orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT]
              [--address2 TEXT] [--city TEXT] [--province TEXT]
                         corrige los datos del destinatario (teléfono comprobado, guardado como E.164) y vuelve a comprobar
  orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]
                         los pesos de las reglas de fraude y el umbral de retención
  orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]
                         las direcciones de transitarios que conoce el control de fraude
  orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG]
              [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--mailto]
                         un mensaje al cliente en su idioma, o como enlace mailto:
  ship quote (ORDER | --to CC --weight G [--dims LxWxH]) [--json]
                         el precio de cada servicio con el peso facturable explicado y el predeterminado marcado
  ship create ORDER [--service CODE] [--tracking N]… [--weight G [--dims LxWxH]]
                         registra un envío (se rechaza si el pedido no debe enviarse)
  ship list ORDER [--json]    los envíos, paquetes y enlaces de seguimiento del pedido
  ship track ORDER NUMBER [--package N]
                         el número de seguimiento del transportista para un paquete, comprobado según su esquema
  ship packed ORDER | ship shipped ORDER
  ship services [--json]      los servicios de los transportistas y sus tarifas de envío
  ship rates import|export FILE [--dry-run]
                         tarifas de envío como CSV (todo o nada)
  ship sender [--name N] [--company C] [--line1 …] [--city …] [--postal-code Z] [--phone P]
              [--email E] [--vat-number V] [--eori E] [--ioss I] [--signatory S]
                         la dirección de origen y los números fiscales de la tienda en etiquetas y formularios de aduanas
  ship rule [--max-days N]    servicio predeterminado: el más barato que llegue en N días (0 = el más barato)
  ship numbers SERVICE PREFIX FROM TO COUNTRY
                         los números de seguimiento S10 asignados por el correo (p. ej., EE 20261000 20269999 TH)
  labels ORDER… --format pdf|zpl --out FILE [--dpi 203|300]
                         etiquetas de envío de 4×6 pulgadas (una por paquete)
  customs ORDER --out FILE [--document customs|invoice|packing-slip]
                         el CN22/CN23 (correo postal) o la factura comercial (mensajería) en PDF
  barcodes SKU… --out FILE [--copies N] [--roll]
                         etiquetas de código de barras de productos (EAN-13 o Code 128) en hojas A4 o en rollo térmico
  tracking validate NUMBER [--carrier C] [--json]
                         transportista, dígito de control y enlace de seguimiento de un número de seguimiento
  report sales [--by region|subregion|country|month|market|channel] [--from YYYY-MM-DD]
              [--to YYYY-MM-DD] [--currency CUR] [--market M] [--country CC] [--compare] [--json]
              [--out FILE.csv|FILE.xlsx]
                         pedidos, ingresos netos de devoluciones y margen por grupo; --compare añade el
                         periodo anterior
  report products|carriers [--from] [--to] [--currency] [--market] [--country] [--limit N] [--json]
                         los más vendidos; gasto en transportistas y coste medio por envío según destino
  report fees [CHANNEL PERCENT]   comisiones del canal que se restan del margen
  report timezone [ZONE]  la zona horaria de la tienda para los días de los informes (p. ej., Asia/Bangkok)
  report rebuild          vuelve a calcular todos los pedidos

Sin --db, la base de datos es %1
Códigos de salida: 0 hecho, 1 entrada no válida o rechazada, 2 error de uso.</translation>
    </message>
    <message>
        <source>borderdesk-cli: %1</source>
        <translation>borderdesk-cli: %1</translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation>--db necesita una ruta de archivo</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se ha indicado ningún comando</translation>
    </message>
    <message>
        <source>products needs import, export or list</source>
        <translation>products necesita import, export o list</translation>
    </message>
    <message>
        <source>rates needs import, convert, list or set</source>
        <translation>rates necesita import, convert, list o set</translation>
    </message>
    <message>
        <source>markets needs list, show, restrict or clone</source>
        <translation>markets necesita list, show, restrict o clone</translation>
    </message>
    <message>
        <source>orders needs import, export, list, show, check, set-status, edit, fraud-rules, forwarders or message</source>
        <translation>orders necesita import, export, list, show, check, set-status, edit, fraud-rules, forwarders o message</translation>
    </message>
    <message>
        <source>ship needs quote, create, list, track, packed, shipped, services, rates, sender, rule or numbers</source>
        <translation>ship necesita quote, create, list, track, packed, shipped, services, rates, sender, rule o numbers</translation>
    </message>
    <message>
        <source>tracking needs validate</source>
        <translation>tracking necesita validate</translation>
    </message>
    <message>
        <source>report needs sales, products, carriers, fees, timezone or rebuild</source>
        <translation>report necesita sales, products, carriers, fees, timezone o rebuild</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>comando desconocido %1</translation>
    </message>
    <message>
        <source>  backup FILE            a consistent copy of the database, synced and checked
  restore FILE           replace the database by a checked backup (the old one is kept)
  check                  run quick_check on the database
</source>
        <translation>  backup FILE            una copia coherente de la base de datos, sincronizada y comprobada
  restore FILE           sustituye la base de datos por una copia de seguridad comprobada (se conserva la anterior)
  check                  ejecuta quick_check en la base de datos
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>aviso: </translation>
    </message>
    <message>
        <source>Nothing was changed. Restore a backup with: borderdesk-cli --db %1 restore FILE</source>
        <translation>No se ha modificado nada. Restaure una copia de seguridad con: borderdesk-cli --db %1 restore FILE</translation>
    </message>
</context>
<context>
    <name>CommercialInvoice</name>
    <message>
        <source>Commercial invoice %1</source>
        <translation>Factura comercial %1</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1: no such database file</source>
        <translation>%1: no existe ese archivo de base de datos</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the database</source>
        <translation>%1: no se puede crear la carpeta de la base de datos</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: no se puede abrir la base de datos: %2</translation>
    </message>
    <message>
        <source>%1: this is not a database file (%2)</source>
        <translation>%1: no es un archivo de base de datos (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3). It has not been changed. Please update Borderdesk to open it.</source>
        <translation>%1 se guardó con una versión más reciente de Borderdesk (esquema %2; esta versión admite hasta el %3). No se ha modificado. Actualice Borderdesk para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Borderdesk one. It has not been changed.</source>
        <translation>%1 es una base de datos SQLite, pero no de Borderdesk. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1: cannot configure the database: %2</source>
        <translation>%1: no se puede configurar la base de datos: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 needs a schema update, but the backup copy before it failed, so nothing was changed: %2</source>
        <translation>%1 necesita una actualización del esquema, pero la copia de seguridad previa falló, así que no se ha modificado nada: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts here is never closed (missing &quot;)</source>
        <translation>un campo entre comillas que empieza aquí no se cierra nunca (falta &quot;)</translation>
    </message>
    <message>
        <source>column %1: a field of more than %L2 characters starts here; this is not a spreadsheet export (or a quote &quot; is never closed)</source>
        <translation>columna %1: aquí empieza un campo de más de %L2 caracteres; esto no es una exportación de hoja de cálculo (o unas comillas &quot; no se cierran nunca)</translation>
    </message>
</context>
<context>
    <name>CustomerMessageDialog</name>
    <message>
        <source>This message has no wording in %1 yet; it is shown in %2.</source>
        <translation>Este mensaje aún no tiene texto en %1; se muestra en %2.</translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation>Falta rellenar: %1</translation>
    </message>
    <message>
        <source>Open in mail client</source>
        <translation>Abrir en el correo</translation>
    </message>
    <message>
        <source>No mail client opened the message. Use Copy and paste the text into your mail instead.</source>
        <translation>Ningún cliente de correo abrió el mensaje. Use Copiar y pegue el texto en su correo.</translation>
    </message>
    <message>
        <source>Message to the customer of order %1</source>
        <translation>Mensaje al cliente del pedido %1</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Nombre de la tienda:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Transportista:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Número de seguimiento:</translation>
    </message>
    <message>
        <source>Tracking link:</source>
        <translation>Enlace de seguimiento:</translation>
    </message>
    <message>
        <source>Reason for the delay:</source>
        <translation>Motivo del retraso:</translation>
    </message>
    <message>
        <source>Documents needed:</source>
        <translation>Documentos necesarios:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>No email address for this customer</source>
        <translation>Sin dirección de correo electrónico para este cliente</translation>
    </message>
    <message>
        <source>In the customer&apos;s language</source>
        <translation>En el idioma del cliente</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copies the subject and the text, to paste into any mail or chat</source>
        <translation>Copia el asunto y el texto para pegarlos en cualquier correo o chat</translation>
    </message>
    <message>
        <source>This customer has no email address</source>
        <translation>Este cliente no tiene dirección de correo electrónico</translation>
    </message>
</context>
<context>
    <name>CustomsForm</name>
    <message>
        <source>CN22 customs declaration %1</source>
        <translation>Declaración de aduanas CN22 %1</translation>
    </message>
    <message>
        <source>CN23 customs declaration %1</source>
        <translation>Declaración de aduanas CN23 %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Counting the latest orders…</source>
        <translation>Contando los últimos pedidos…</translation>
    </message>
    <message>
        <source>Open reports…</source>
        <translation>Abrir informes…</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>New, ready to ship, picked and packed orders. Click to see them.</source>
        <translation>Pedidos nuevos, listos para enviar, preparados y embalados. Haga clic para verlos.</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Orders held by the checks. Click to see them.</source>
        <translation>Pedidos retenidos por los controles. Haga clic para verlos.</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Ingresos de hoy</translation>
    </message>
    <message>
        <source>Revenue this month</source>
        <translation>Ingresos de este mes</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>No se pudieron leer las cifras: %1</translation>
    </message>
    <message>
        <source>Sales by region, last 12 months</source>
        <translation>Ventas por región, últimos 12 meses</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
    <message>
        <source>New, ready to ship, picked or packed</source>
        <translation>Nuevos, listos para enviar, preparados o embalados</translation>
    </message>
    <message>
        <source>Fraud check: %1
Restricted goods: %2
Missing data: %3</source>
        <translation>Control de fraude: %1
Mercancías restringidas: %2
Datos incompletos: %3</translation>
    </message>
    <message>
        <source>Held by hand: %1</source>
        <translation>Retenidos manualmente: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln pedido</numerusform>
            <numerusform>%Ln pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>No sales in the last 12 months yet.</source>
        <translation>Aún no hay ventas en los últimos 12 meses.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 already exists; choose a new file name for the copy</source>
        <translation>%1 ya existe; elija otro nombre de archivo para la copia</translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full. Nothing was written and the database is unchanged.</source>
        <translation>no se puede escribir %1: el disco está lleno. No se ha escrito nada y la base de datos no ha cambiado.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the copy could not be saved to the disk</source>
        <translation>no se puede escribir %1: la copia no se pudo guardar en el disco</translation>
    </message>
    <message>
        <source>the copy for %1 did not pass its check, so it was not kept: %2</source>
        <translation>la copia de %1 no superó su comprobación, por lo que no se ha conservado: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe ese archivo</translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 no es un archivo de base de datos</translation>
    </message>
    <message>
        <source>%1 is damaged (quick_check: %2)</source>
        <translation>%1 está dañado (quick_check: %2)</translation>
    </message>
    <message>
        <source>%1 is not a Borderdesk database</source>
        <translation>%1 no es una base de datos de Borderdesk</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3)</source>
        <translation>%1 se escribió con una versión más reciente de Borderdesk (esquema %2; esta versión admite hasta el %3)</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup copy</source>
        <translation>%1 es la propia base de datos; elija una copia de seguridad</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it there and try again</source>
        <translation>%1 está siendo usado por otro programa; ciérrelo allí y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>cannot keep a safety copy of %1 at %2, so nothing was restored</source>
        <translation>no se puede guardar una copia de seguridad de %1 en %2, así que no se ha restaurado nada</translation>
    </message>
    <message>
        <source>cannot replace %1 (%2); it is unchanged</source>
        <translation>no se puede sustituir %1 (%2); no ha cambiado</translation>
    </message>
</context>
<context>
    <name>DeleteProductsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln product(s)</source>
        <translation>
            <numerusform>Eliminar %Ln producto</numerusform>
            <numerusform>Eliminar %Ln productos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>demo orders need the demo catalogue first</source>
        <translation>los pedidos de demostración necesitan antes el catálogo de demostración</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>datos de demostración</translation>
    </message>
    <message>
        <source>%1, made with care and shipped from Chiang Mai.</source>
        <translation>%1, hecho con esmero y enviado desde Chiang Mai.</translation>
    </message>
    <message>
        <source>the demo exchange rates are missing from this build</source>
        <translation>faltan los tipos de cambio de demostración en esta compilación</translation>
    </message>
</context>
<context>
    <name>DocumentNames</name>
    <message>
        <source>Shipping label</source>
        <translation>Etiqueta de envío</translation>
    </message>
    <message>
        <source>Customs form</source>
        <translation>Formulario de aduanas</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>Factura comercial</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Albarán</translation>
    </message>
    <message>
        <source>Product labels</source>
        <translation>Etiquetas de producto</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>Commercial sample</source>
        <translation>Muestra comercial</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Returned goods</source>
        <translation>Devolución de mercancías</translation>
    </message>
    <message>
        <source>Sale of goods</source>
        <translation>Venta de mercancías</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>No hay nada que imprimir.</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>Vista previa de impresión – %1</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>Imprimir «%1»</translation>
    </message>
</context>
<context>
    <name>DocumentsCommand</name>
    <message>
        <source>%1: no label: %2</source>
        <translation>%1: sin etiqueta: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: shipment %2 booked with %3</source>
        <translation>%1: envío %2 registrado con %3</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>labels: --format is pdf or zpl, --dpi is 203 or 300</source>
        <translation>labels: --format es pdf o zpl, --dpi es 203 o 300</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1</source>
        <translation>
            <numerusform>%n etiqueta escrita en %1</numerusform>
            <numerusform>%n etiquetas escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>customs: --document is customs, invoice or packing-slip</source>
        <translation>customs: --document es customs, invoice o packing-slip</translation>
    </message>
    <message>
        <source>%1 stays in %2: no customs declaration is needed</source>
        <translation>%1 se queda en %2: no hace falta declaración de aduanas</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>Se escribió %1 en %2</translation>
    </message>
    <message>
        <source>barcodes: --copies is a number from 1 to 1000</source>
        <translation>barcodes: --copies es un número de 1 a 1000</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>no hay ningún producto con el SKU %1</translation>
    </message>
    <message numerus="yes">
        <source>%n barcode label(s) written to %1</source>
        <translation>
            <numerusform>%n etiqueta de código de barras escrita en %1</numerusform>
            <numerusform>%n etiquetas de código de barras escritas en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcbRates</name>
    <message>
        <source>this is not an ECB reference-rate file (XML with Cube elements, or CSV whose first column is Date)</source>
        <translation>no es un archivo de tipos de referencia del BCE (XML con elementos Cube, o CSV cuya primera columna es Date)</translation>
    </message>
    <message>
        <source>the file holds no rates</source>
        <translation>el archivo no contiene tipos de cambio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>a rate outside a dated Cube</source>
        <translation>un tipo de cambio fuera de un Cube con fecha</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>&quot;%1&quot; no es un código de moneda</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive decimal rate</source>
        <translation>&quot;%1&quot; no es un tipo de cambio decimal positivo</translation>
    </message>
    <message>
        <source>the XML is broken: %1</source>
        <translation>el XML está dañado: %1</translation>
    </message>
    <message>
        <source>ECB history XML</source>
        <translation>XML histórico del BCE</translation>
    </message>
    <message>
        <source>ECB daily XML</source>
        <translation>XML diario del BCE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; no es una fecha</translation>
    </message>
    <message>
        <source>ECB history CSV</source>
        <translation>CSV histórico del BCE</translation>
    </message>
    <message>
        <source>ECB daily CSV</source>
        <translation>CSV diario del BCE</translation>
    </message>
</context>
<context>
    <name>EditProductCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>ExchangeRateImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
    </message>
</context>
<context>
    <name>ExchangeRateRepository</name>
    <message>
        <source>cancelled; no rate was changed</source>
        <translation>cancelado; no se modificó ningún tipo de cambio</translation>
    </message>
    <message>
        <source>cannot store the %1 rate of %2: %3</source>
        <translation>no se puede guardar el tipo de cambio de %1 del %2: %3</translation>
    </message>
    <message>
        <source>no exchange rate for %1 and %2 on or before %3; import the ECB rates or enter one</source>
        <translation>no hay tipo de cambio entre %1 y %2 en la fecha %3 ni antes; importe los tipos del BCE o introduzca uno</translation>
    </message>
    <message>
        <source>%1 cannot be converted to %2: the amount is too large</source>
        <translation>%1 no se puede convertir a %2: el importe es demasiado grande</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Borderdesk</source>
        <translation>Bienvenido a Borderdesk</translation>
    </message>
    <message>
        <source>Tell Borderdesk about your shop. You can change this later.</source>
        <translation>Indique a Borderdesk los datos de su tienda. Puede cambiarlos más adelante.</translation>
    </message>
    <message>
        <source>Base currency (your books and costs)</source>
        <translation>Moneda base (su contabilidad y costes)</translation>
    </message>
    <message>
        <source>Home country (where you ship from)</source>
        <translation>País de la tienda (desde donde envía)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>FraudSettingsDialog</name>
    <message>
        <source>The fraud rules were not saved: %1</source>
        <translation>No se guardaron las reglas de fraude: %1</translation>
    </message>
    <message>
        <source>Fraud rules</source>
        <translation>Reglas de fraude</translation>
    </message>
    <message>
        <source>Each signal that fires adds its points to an order&apos;s risk score (at most 100); 0 turns a rule off. New orders at or above the hold threshold go on hold. Changes apply to orders imported or checked again from now on.</source>
        <translation>Cada señal que se activa suma sus puntos a la puntuación de riesgo del pedido (como máximo 100); 0 desactiva una regla. Los pedidos nuevos que alcanzan o superan el umbral de retención quedan en espera. Los cambios se aplican a los pedidos que se importen o se vuelvan a comprobar a partir de ahora.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source>&amp;Hold new orders at a risk of:</source>
        <translation>Poner en &amp;espera los pedidos nuevos con un riesgo de:</translation>
    </message>
    <message>
        <source>High-risk &amp;categories:</source>
        <translation>&amp;Categorías de alto riesgo:</translation>
    </message>
    <message>
        <source>Product categories, separated by commas</source>
        <translation>Categorías de producto, separadas por comas</translation>
    </message>
</context>
<context>
    <name>FraudSettingsRepository</name>
    <message>
        <source>&quot;%1&quot; is not a fraud rule</source>
        <translation>&quot;%1&quot; no es una regla de fraude</translation>
    </message>
    <message>
        <source>a weight must be between 0 and 100</source>
        <translation>un peso debe estar entre 0 y 100</translation>
    </message>
    <message>
        <source>the hold threshold must be between 1 and 100</source>
        <translation>el umbral de retención debe estar entre 1 y 100</translation>
    </message>
    <message>
        <source>a forwarder&apos;s address fragment needs at least 3 characters</source>
        <translation>un fragmento de dirección de un transitario necesita al menos 3 caracteres</translation>
    </message>
</context>
<context>
    <name>Gtin</name>
    <message>
        <source>barcode is empty</source>
        <translation>el código de barras está vacío</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; must contain digits only</source>
        <translation>el código de barras &quot;%1&quot; solo debe contener dígitos</translation>
    </message>
    <message numerus="yes">
        <source>barcode &quot;%1&quot; has %n digit(s); a GTIN has 8, 12, 13 or 14</source>
        <translation>
            <numerusform>el código de barras &quot;%1&quot; tiene %n dígito; un GTIN tiene 8, 12, 13 o 14</numerusform>
            <numerusform>el código de barras &quot;%1&quot; tiene %n dígitos; un GTIN tiene 8, 12, 13 o 14</numerusform>
        </translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; has a wrong check digit: it should end in %2, not %3</source>
        <translation>el código de barras &quot;%1&quot; tiene un dígito de control incorrecto: debería terminar en %2, no en %3</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Borderdesk: the back office for small sellers who sell abroad.</source>
        <translation>Borderdesk: la gestión interna para pequeños comercios que venden al extranjero.</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>Abre la base de datos de PATH.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Interface language for this run (%1).</source>
        <translation>Idioma de la interfaz para esta ejecución (%1).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>Guarda la ventana en FILE (PNG) y sale.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The view to show first: dashboard, catalogue, orders, shipping, reports, rates, markets, prices, packstation, or dialog/NAME for one of the dialogs (%1).</source>
        <translation>La vista que se muestra primero: dashboard, catalogue, orders, shipping, reports, rates, markets, prices, packstation o dialog/NAME para uno de los cuadros de diálogo (%1).</translation>
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
        <translation>el código HS &quot;%1&quot; solo debe contener dígitos</translation>
    </message>
    <message numerus="yes">
        <source>HS code &quot;%1&quot; has %n digit(s); it needs 6 to 10</source>
        <translation>
            <numerusform>el código HS &quot;%1&quot; tiene %n dígito; necesita de 6 a 10</numerusform>
            <numerusform>el código HS &quot;%1&quot; tiene %n dígitos; necesita de 6 a 10</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>--base-currency needs a currency code, e.g. THB</source>
        <translation>--base-currency necesita un código de moneda, p. ej., THB</translation>
    </message>
    <message>
        <source>--home-country needs a country code, e.g. TH</source>
        <translation>--home-country necesita un código de país, p. ej., TH</translation>
    </message>
    <message>
        <source>init: unexpected argument %1</source>
        <translation>init: argumento inesperado %1</translation>
    </message>
    <message>
        <source>--base-currency: &quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>--base-currency: &quot;%1&quot; no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>--home-country: &quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>--home-country: &quot;%1&quot; no es un código de país ISO 3166</translation>
    </message>
    <message>
        <source>%1 already has products; demo data only goes into an empty catalogue</source>
        <translation>%1 ya tiene productos; los datos de demostración solo se añaden a un catálogo vacío</translation>
    </message>
    <message numerus="yes">
        <source>Database %1 is ready (schema %2). Base currency %3, home country %4, %n product(s).</source>
        <translation>
            <numerusform>La base de datos %1 está lista (esquema %2). Moneda base %3, país de la tienda %4, %n producto.</numerusform>
            <numerusform>La base de datos %1 está lista (esquema %2). Moneda base %3, país de la tienda %4, %n productos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LandedCostCalculator</name>
    <message>
        <source>flat shipping estimate for %1 (no rate card ships this product there)</source>
        <translation>estimación fija de envío para %1 (ninguna tarifa de envío cubre este producto a ese destino)</translation>
    </message>
    <message>
        <source>goods and shipping</source>
        <translation>mercancía y envío</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>mercancía</translation>
    </message>
    <message>
        <source>flat %1 per tariff item on a low-value parcel (goods %2 at or under %3)</source>
        <translation>%1 fijo por partida arancelaria en un paquete de bajo valor (mercancía %2, igual o inferior a %3)</translation>
    </message>
    <message>
        <source>none: the customs value %1 (%2) is at or under the duty threshold %3</source>
        <translation>ninguno: el valor en aduana %1 (%2) es igual o inferior al umbral de aranceles %3</translation>
    </message>
    <message>
        <source>the default rate (the product has no HS code)</source>
        <translation>el tipo predeterminado (el producto no tiene código HS)</translation>
    </message>
    <message>
        <source>the rate for HS %1</source>
        <translation>el tipo para HS %1</translation>
    </message>
    <message>
        <source>the default rate for HS %1</source>
        <translation>el tipo predeterminado para HS %1</translation>
    </message>
    <message>
        <source>%1% (%2) on %3 %4, above the duty threshold %5</source>
        <translation>%1 % (%2) sobre %3 %4, por encima del umbral de aranceles %5</translation>
    </message>
    <message>
        <source>%1% (%2) on %3 %4; this market has no duty threshold</source>
        <translation>%1 % (%2) sobre %3 %4; este mercado no tiene umbral de aranceles</translation>
    </message>
    <message>
        <source>none: %1 charges no import VAT/GST</source>
        <translation>ninguno: %1 no cobra IVA/GST de importación</translation>
    </message>
    <message>
        <source>%1% on %2 (customs value + duty), collected by the seller at checkout for goods up to %3</source>
        <translation>%1 % sobre %2 (valor en aduana + arancel), cobrado por el vendedor al pagar el pedido para mercancías de hasta %3</translation>
    </message>
    <message>
        <source>none: the customs value %1 is at or under the tax threshold %2</source>
        <translation>ninguno: el valor en aduana %1 es igual o inferior al umbral de impuestos %2</translation>
    </message>
    <message>
        <source>%1% on %2 (customs value + duty), charged at import</source>
        <translation>%1 % sobre %2 (valor en aduana + arancel), cobrado en la importación</translation>
    </message>
    <message>
        <source>no clearance or handling fees set for %1</source>
        <translation>no hay tasas de despacho ni de gestión configuradas para %1</translation>
    </message>
</context>
<context>
    <name>LandedCostDialog</name>
    <message>
        <source>Landed cost of %1</source>
        <translation>Coste en destino de %1</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>Mercado:</translation>
    </message>
    <message>
        <source>Market&apos;s Incoterm</source>
        <translation>Incoterm del mercado</translation>
    </message>
    <message>
        <source>DAP – buyer pays duty and tax</source>
        <translation>DAP – el comprador paga aranceles e impuestos</translation>
    </message>
    <message>
        <source>DDP – seller pays duty and tax</source>
        <translation>DDP – el vendedor paga aranceles e impuestos</translation>
    </message>
</context>
<context>
    <name>LandedCostPanel</name>
    <message>
        <source>Goods</source>
        <translation>Mercancía</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Arancel</translation>
    </message>
    <message>
        <source>VAT/GST</source>
        <translation>IVA/GST</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Tasas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Select a price to see its landed cost.</source>
        <translation>Seleccione un precio para ver su coste en destino.</translation>
    </message>
    <message>
        <source>%1 into %2 (%3), rates of %4</source>
        <translation>%1 a %2 (%3), tipos de cambio del %4</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>the lines above, added up</source>
        <translation>la suma de las líneas anteriores</translation>
    </message>
    <message>
        <source>The seller pays %1 (shipping%2). Margin after cost: %3.</source>
        <translation>El vendedor paga %1 (envío%2). Margen después de costes: %3.</translation>
    </message>
    <message>
        <source>, duty and tax under DDP</source>
        <translation>, aranceles e impuestos con DDP</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Borderdesk</source>
        <translation>Acerca de Borderdesk</translation>
    </message>
    <message>
        <source>Borderdesk %1
The back office for small sellers who sell abroad.</source>
        <translation>Borderdesk %1
La gestión interna para pequeños comercios que venden al extranjero.</translation>
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
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Mercados</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Listas de precios</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>&amp;Importar productos…</translation>
    </message>
    <message>
        <source>&amp;Export products…</source>
        <translation>&amp;Exportar productos…</translation>
    </message>
    <message>
        <source>Import &amp;orders…</source>
        <translation>Importar &amp;pedidos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>E&amp;nvíos</translation>
    </message>
    <message>
        <source>&amp;Pack station</source>
        <translation>&amp;Puesto de embalaje</translation>
    </message>
    <message>
        <source>P&amp;rinters and paper…</source>
        <translation>Imp&amp;resoras y papel…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Borderdesk</source>
        <translation>&amp;Acerca de Borderdesk</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>my-shop.sqlite</source>
        <translation>my-shop.sqlite</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db)</source>
        <translation>Bases de datos de Borderdesk (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open to work with it, or choose a new name.</source>
        <translation>%1 ya existe. Use Abrir para trabajar con ella o elija otro nombre.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Borderdesk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backup copy written to %1 and checked.</source>
        <translation>Copia de seguridad escrita en %1 y comprobada.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln product(s)</source>
        <translation>
            <numerusform>%1 · %Ln producto</numerusform>
            <numerusform>%1 · %Ln productos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>No se ha restaurado nada: %1</translation>
    </message>
    <message>
        <source>Replace everything in %1 by the backup %2?

What is in the database now is kept as a copy beside it.</source>
        <translation>¿Sustituir todo el contenido de %1 por la copia de seguridad %2?

Lo que contiene ahora la base de datos se conserva como copia junto a ella.</translation>
    </message>
    <message>
        <source>Restored from %1; the database it replaced is kept at %2.</source>
        <translation>Restaurada a partir de %1; la base de datos sustituida se conserva en %2.</translation>
    </message>
</context>
<context>
    <name>MarketEditor</name>
    <message>
        <source>Prohibited</source>
        <translation>Prohibido</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <source>Licence needed</source>
        <translation>Requiere licencia</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>type a language tag such as en, ja or pt-BR</source>
        <translation>escriba una etiqueta de idioma como en, ja o pt-BR</translation>
    </message>
    <message>
        <source>type a number, e.g. 7.5</source>
        <translation>escriba un número, p. ej., 7.5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a point for decimals, e.g. 7.5)</source>
        <translation>&quot;%1&quot; no es un número (use un punto para los decimales, p. ej., 7.5)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <source>Duty rate for HS %1: &quot;%2&quot; is not a percentage</source>
        <translation>Arancel para HS %1: &quot;%2&quot; no es un porcentaje</translation>
    </message>
    <message>
        <source>Duty rates: HS %1 is listed twice</source>
        <translation>Aranceles: HS %1 aparece dos veces</translation>
    </message>
    <message>
        <source>Restricted goods, row %1: the HS prefix must be digits</source>
        <translation>Mercancías restringidas, fila %1: el prefijo HS debe estar formado por dígitos</translation>
    </message>
    <message>
        <source>Duty threshold</source>
        <translation>Umbral de aranceles</translation>
    </message>
    <message>
        <source>Tax threshold</source>
        <translation>Umbral de impuestos</translation>
    </message>
    <message>
        <source>Flat duty per item</source>
        <translation>Arancel fijo por artículo</translation>
    </message>
    <message>
        <source>Shipping estimate</source>
        <translation>Estimación de envío</translation>
    </message>
    <message>
        <source>Format: step:up|nearest|down:ending, e.g. 1:up:0.01, or a ladder such as 0=1:up:0.01;100=10:up:0.05</source>
        <translation>Formato: paso:up|nearest|down:terminación, p. ej., 1:up:0.01, o una escala como 0=1:up:0.01;100=10:up:0.05</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Taxes and duties</source>
        <translation>Impuestos y aranceles</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Restricted goods</source>
        <translation>Mercancías restringidas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Datos a fecha de</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>VAT/GST (%)</source>
        <translation>IVA/GST (%)</translation>
    </message>
    <message>
        <source>Default duty (%)</source>
        <translation>Arancel predeterminado (%)</translation>
    </message>
    <message>
        <source>Duty by HS prefix</source>
        <translation>Arancel por prefijo HS</translation>
    </message>
    <message>
        <source>Duty and tax on</source>
        <translation>Aranceles e impuestos sobre</translation>
    </message>
    <message>
        <source>Default Incoterm</source>
        <translation>Incoterm predeterminado</translation>
    </message>
    <message>
        <source>Recipient tax ID</source>
        <translation>ID fiscal del destinatario</translation>
    </message>
    <message>
        <source>Price basis</source>
        <translation>Base del precio</translation>
    </message>
    <message>
        <source>Markup (%)</source>
        <translation>Recargo (%)</translation>
    </message>
    <message>
        <source>Price rounding</source>
        <translation>Redondeo de precios</translation>
    </message>
    <message>
        <source>Reprice threshold (%)</source>
        <translation>Umbral para recalcular precios (%)</translation>
    </message>
    <message>
        <source>ISO codes, e.g. JP or AT, BE, DE</source>
        <translation>Códigos ISO, p. ej., JP o AT, BE, DE</translation>
    </message>
    <message>
        <source>Add a country…</source>
        <translation>Añadir un país…</translation>
    </message>
    <message>
        <source>A saved market keeps its code: price lists refer to it. Clone it to get a new code.</source>
        <translation>Un mercado guardado conserva su código: las listas de precios hacen referencia a él. Clónelo para obtener un código nuevo.</translation>
    </message>
    <message>
        <source>The seller collects VAT/GST (IOSS, UK VAT, AU GST, NO VOEC…)</source>
        <translation>El vendedor cobra el IVA/GST (IOSS, UK VAT, AU GST, NO VOEC…)</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Mercancía</translation>
    </message>
    <message>
        <source>Goods + shipping</source>
        <translation>Mercancía + envío</translation>
    </message>
    <message>
        <source>DAP: the buyer pays duty and tax on delivery.
DDP: the seller pays them; prices include them.</source>
        <translation>DAP: el comprador paga aranceles e impuestos en la entrega.
DDP: los paga el vendedor; los precios los incluyen.</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>Precio base</translation>
    </message>
    <message>
        <source>Cost + markup</source>
        <translation>Coste + recargo</translation>
    </message>
    <message>
        <source>e.g. CPF/CNPJ or PCCC</source>
        <translation>p. ej., CPF/CNPJ o PCCC</translation>
    </message>
    <message>
        <source>Suggest new prices when exchange rates move a price by more than this.</source>
        <translation>Sugerir precios nuevos cuando los tipos de cambio modifiquen un precio en más de este porcentaje.</translation>
    </message>
    <message>
        <source>No duty at or under this value.</source>
        <translation>Sin arancel con un valor igual o inferior a este.</translation>
    </message>
    <message>
        <source>No import VAT/GST at or under this value, unless the seller collects it.</source>
        <translation>Sin IVA/GST de importación con un valor igual o inferior a este, salvo que lo recaude el vendedor.</translation>
    </message>
    <message>
        <source>HS prefix</source>
        <translation>Prefijo HS</translation>
    </message>
    <message>
        <source>Duty (%)</source>
        <translation>Arancel (%)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
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
        <translation>Predeterminado: %1</translation>
    </message>
    <message>
        <source>HS %1…: %2</source>
        <translation>HS %1…: %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>VAT/GST</source>
        <translation>IVA/GST</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Arancel</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
</context>
<context>
    <name>MarketPresets</name>
    <message>
        <source>the market presets are missing from this build</source>
        <translation>faltan los mercados predefinidos en esta compilación</translation>
    </message>
    <message>
        <source>market presets: %1</source>
        <translation>mercados predefinidos: %1</translation>
    </message>
</context>
<context>
    <name>MarketRepository</name>
    <message>
        <source>market %1: %2</source>
        <translation>mercado %1: %2</translation>
    </message>
    <message>
        <source>cannot save market %1: %2</source>
        <translation>no se puede guardar el mercado %1: %2</translation>
    </message>
    <message>
        <source>market %1, country %2: %3</source>
        <translation>mercado %1, país %2: %3</translation>
    </message>
    <message>
        <source>market %1, duty rate %2: %3</source>
        <translation>mercado %1, arancel %2: %3</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>no existe el mercado %1</translation>
    </message>
    <message>
        <source>market %1 already exists</source>
        <translation>el mercado %1 ya existe</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>market %1: cannot add the restriction: %2</source>
        <translation>mercado %1: no se puede añadir la restricción: %2</translation>
    </message>
</context>
<context>
    <name>MarketValidator</name>
    <message>
        <source>market %1: %2</source>
        <translation>mercado %1: %2</translation>
    </message>
    <message>
        <source>percentages must be decimal numbers</source>
        <translation>los porcentajes deben ser números decimales</translation>
    </message>
    <message>
        <source>a duty rate must be a decimal number</source>
        <translation>un arancel debe ser un número decimal</translation>
    </message>
    <message>
        <source>thresholds and amounts must be plain amounts in %1</source>
        <translation>los umbrales e importes deben ser importes simples en %1</translation>
    </message>
    <message>
        <source>a restriction level must be prohibited, restricted or licence</source>
        <translation>un nivel de restricción debe ser prohibited, restricted o licence</translation>
    </message>
    <message>
        <source>the code needs 1 to 10 characters</source>
        <translation>el código necesita de 1 a 10 caracteres</translation>
    </message>
    <message>
        <source>the market needs a name</source>
        <translation>el mercado necesita un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>&quot;%1&quot; no es un código de moneda</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code</source>
        <translation>&quot;%1&quot; no es un código de país</translation>
    </message>
    <message>
        <source>the market needs at least one country</source>
        <translation>el mercado necesita al menos un país</translation>
    </message>
    <message>
        <source>percentages must not be negative</source>
        <translation>los porcentajes no deben ser negativos</translation>
    </message>
    <message>
        <source>duty rate for &quot;%1&quot;: the prefix must be 1 to 10 digits</source>
        <translation>arancel para &quot;%1&quot;: el prefijo debe tener de 1 a 10 dígitos</translation>
    </message>
    <message>
        <source>a restriction names either an HS prefix or a category</source>
        <translation>una restricción indica un prefijo HS o una categoría, no ambos</translation>
    </message>
    <message>
        <source>the market needs the date its figures were checked (as of)</source>
        <translation>el mercado necesita la fecha en que se comprobaron sus datos (a fecha de)</translation>
    </message>
</context>
<context>
    <name>MarketsCommand</name>
    <message>
        <source>markets: unknown subcommand %1</source>
        <translation>markets: subcomando desconocido %1</translation>
    </message>
    <message>
        <source>usage: markets list [--json]</source>
        <translation>uso: markets list [--json]</translation>
    </message>
    <message>
        <source>  VAT %1%  duty %2%  no duty up to %3  %4  as of %5</source>
        <translation>  IVA %1 %  arancel %2 %  sin arancel hasta %3  %4  a fecha de %5</translation>
    </message>
    <message>
        <source>usage: markets show CODE [--json]</source>
        <translation>uso: markets show CODE [--json]</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>no existe el mercado %1</translation>
    </message>
    <message>
        <source>Currency %1, language %2, %3, figures as of %4</source>
        <translation>Moneda %1, idioma %2, %3, datos a fecha de %4</translation>
    </message>
    <message>
        <source>VAT/GST %1%%2; no import tax up to %3</source>
        <translation>IVA/GST %1 %%2; sin impuestos de importación hasta %3</translation>
    </message>
    <message>
        <source> (collected by the seller at checkout)</source>
        <translation> (cobrado por el vendedor al pagar el pedido)</translation>
    </message>
    <message>
        <source>Duty %1% by default, on %2; no duty up to %3</source>
        <translation>Arancel del %1 % por defecto, sobre %2; sin arancel hasta %3</translation>
    </message>
    <message>
        <source>goods and shipping</source>
        <translation>mercancía y envío</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>mercancía</translation>
    </message>
    <message>
        <source>  HS %1…: %2%</source>
        <translation>  HS %1…: %2 %</translation>
    </message>
    <message>
        <source>Flat duty per tariff item: %1</source>
        <translation>Arancel fijo por partida arancelaria: %1</translation>
    </message>
    <message>
        <source>Price rounding: %1</source>
        <translation>Redondeo de precios: %1</translation>
    </message>
    <message>
        <source>Shipping estimate: %1</source>
        <translation>Estimación de envío: %1</translation>
    </message>
    <message>
        <source>Recipient tax ID required: %1</source>
        <translation>ID fiscal del destinatario obligatorio: %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>categoría %1</translation>
    </message>
    <message>
        <source>HS %1…</source>
        <translation>HS %1…</translation>
    </message>
    <message>
        <source>Restriction: %1 is %2. %3</source>
        <translation>Restricción: %1 es %2. %3</translation>
    </message>
    <message>
        <source>usage: markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]</source>
        <translation>uso: markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]</translation>
    </message>
    <message>
        <source>--level: &quot;%1&quot; must be prohibited, restricted or licence</source>
        <translation>--level: &quot;%1&quot; debe ser prohibited, restricted o licence</translation>
    </message>
    <message>
        <source>--hs: &quot;%1&quot; must be 1 to 10 digits</source>
        <translation>--hs: &quot;%1&quot; debe tener de 1 a 10 dígitos</translation>
    </message>
    <message>
        <source>%1: %2 is now %3.</source>
        <translation>%1: %2 ahora es %3.</translation>
    </message>
    <message>
        <source>usage: markets clone CODE NEWCODE [--name NAME]</source>
        <translation>uso: markets clone CODE NEWCODE [--name NAME]</translation>
    </message>
    <message>
        <source>Market %1 is a copy of %2; edit what differs.</source>
        <translation>El mercado %1 es una copia de %2; edite lo que sea distinto.</translation>
    </message>
</context>
<context>
    <name>MarketsView</name>
    <message>
        <source>Markets</source>
        <translation>Mercados</translation>
    </message>
    <message>
        <source>Market %1 has changes that are not saved yet.</source>
        <translation>El mercado %1 tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Market %1 was not saved: %2</source>
        <translation>No se guardó el mercado %1: %2</translation>
    </message>
    <message>
        <source>Market %1 has no changes to save.</source>
        <translation>El mercado %1 no tiene cambios que guardar.</translation>
    </message>
    <message>
        <source>Market %1 was not saved.</source>
        <translation>No se guardó el mercado %1.</translation>
    </message>
    <message>
        <source>Market %1 saved.</source>
        <translation>Mercado %1 guardado.</translation>
    </message>
    <message>
        <source>Market %1 was not copied.</source>
        <translation>No se copió el mercado %1.</translation>
    </message>
    <message>
        <source>Market %1 created as a copy of %2.</source>
        <translation>Mercado %1 creado como copia de %2.</translation>
    </message>
    <message>
        <source>Clone market %1</source>
        <translation>Clonar el mercado %1</translation>
    </message>
    <message>
        <source>Code of the new market (1 to 10 characters, e.g. IE):</source>
        <translation>Código del mercado nuevo (de 1 a 10 caracteres, p. ej., IE):</translation>
    </message>
    <message>
        <source>Name of the new market:</source>
        <translation>Nombre del mercado nuevo:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Delete market %1 with its duty rates, restriction rules and price lists?</source>
        <translation>¿Eliminar el mercado %1 con sus aranceles, reglas de restricción y listas de precios?</translation>
    </message>
    <message>
        <source>%1 is one of Borderdesk&apos;s presets; it will not come back with updates.</source>
        <translation>%1 es uno de los mercados predefinidos de Borderdesk; no volverá con las actualizaciones.</translation>
    </message>
    <message>
        <source>Market %1 was not deleted.</source>
        <translation>No se eliminó el mercado %1.</translation>
    </message>
    <message>
        <source>Market %1 deleted.</source>
        <translation>Mercado %1 eliminado.</translation>
    </message>
    <message>
        <source>Save this market (%1)</source>
        <translation>Guardar este mercado (%1)</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>Corrija primero lo siguiente:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>&amp;Clonar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Drop the changes and show the market as saved</source>
        <translation>Descartar los cambios y mostrar el mercado tal como está guardado</translation>
    </message>
    <message>
        <source>Start a new market from a copy of this one</source>
        <translation>Crear un mercado nuevo a partir de una copia de este</translation>
    </message>
</context>
<context>
    <name>MessageKinds</name>
    <message>
        <source>Order confirmation</source>
        <translation>Confirmación del pedido</translation>
    </message>
    <message>
        <source>Shipped, with tracking link</source>
        <translation>Enviado, con enlace de seguimiento</translation>
    </message>
    <message>
        <source>Order delayed</source>
        <translation>Pedido retrasado</translation>
    </message>
    <message>
        <source>Customs information needed</source>
        <translation>Se necesita información aduanera</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: template %2 (%3, %4) is incomplete</source>
        <translation>%1: la plantilla %2 (%3, %4) está incompleta</translation>
    </message>
    <message>
        <source>%1 holds no templates</source>
        <translation>%1 no contiene plantillas</translation>
    </message>
</context>
<context>
    <name>MessageTemplateRepository</name>
    <message>
        <source>a message template needs a language, a subject and a body</source>
        <translation>una plantilla de mensaje necesita un idioma, un asunto y un cuerpo</translation>
    </message>
    <message>
        <source>cannot save the %1 message in %2: %3</source>
        <translation>no se puede guardar el mensaje %1 en %2: %3</translation>
    </message>
    <message>
        <source>cannot reset the %1 message in %2: %3</source>
        <translation>no se puede restablecer el mensaje %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>schema update %1 failed: %2</source>
        <translation>falló la actualización del esquema %1: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown currency code &quot;%1&quot;</source>
        <translation>código de moneda desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>&quot;%1&quot; tiene más decimales de los que permite %2 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (use digits and a point, e.g. 1290.50)</source>
        <translation>&quot;%1&quot; no es un importe (use dígitos y un punto, p. ej., 1290.50)</translation>
    </message>
</context>
<context>
    <name>OrderCells</name>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; no es un importe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>&quot;%1&quot; tiene más decimales de los que permite %2 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; es demasiado grande</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity (a whole number, 1 or more)</source>
        <translation>&quot;%1&quot; no es una cantidad (un número entero, 1 o más)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (for example 2026-11-20 14:03:11 +0700)</source>
        <translation>&quot;%1&quot; no es una fecha y hora (por ejemplo, 2026-11-20 14:03:11 +0700)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country (use a two-letter ISO code such as DE, or the English name)</source>
        <translation>&quot;%1&quot; no es un país (use un código ISO de dos letras como DE, o el nombre en inglés)</translation>
    </message>
</context>
<context>
    <name>OrderCheckContext</name>
    <message>
        <source>the amount is too large to convert</source>
        <translation>el importe es demasiado grande para convertirlo</translation>
    </message>
</context>
<context>
    <name>OrderChecker</name>
    <message>
        <source>%1 is prohibited in this market</source>
        <translation>%1 está prohibido en este mercado</translation>
    </message>
    <message>
        <source>%1 needs a licence in this market</source>
        <translation>%1 necesita una licencia en este mercado</translation>
    </message>
    <message>
        <source>%1 is restricted in this market</source>
        <translation>%1 está restringido en este mercado</translation>
    </message>
    <message>
        <source>SKU %1 is not in the catalogue, so its HS code, origin and weight are unknown</source>
        <translation>El SKU %1 no está en el catálogo, por lo que se desconocen su código HS, origen y peso</translation>
    </message>
    <message>
        <source>%1 has no HS code</source>
        <translation>%1 no tiene código HS</translation>
    </message>
    <message>
        <source>%1 has no country of origin</source>
        <translation>%1 no tiene país de origen</translation>
    </message>
    <message>
        <source>%1 has no weight</source>
        <translation>%1 no tiene peso</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number is missing; express carriers require one</source>
        <translation>falta el teléfono del destinatario; los transportistas urgentes lo exigen</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number %1 is not valid: %2</source>
        <translation>el teléfono del destinatario %1 no es válido: %2</translation>
    </message>
    <message>
        <source>the recipient&apos;s tax ID (%1) is missing; this market requires it</source>
        <translation>falta el ID fiscal del destinatario (%1); este mercado lo exige</translation>
    </message>
    <message>
        <source>the recipient&apos;s tax ID %1 is not valid: %2</source>
        <translation>el ID fiscal del destinatario %1 no es válido: %2</translation>
    </message>
    <message>
        <source>the ship-to address lacks %1</source>
        <translation>a la dirección de envío le falta %1</translation>
    </message>
    <message>
        <source>the ship-to country is missing</source>
        <translation>falta el país de destino</translation>
    </message>
    <message>
        <source>no market covers %1, so its duties and restricted goods are not checked</source>
        <translation>ningún mercado cubre %1, por lo que no se comprueban sus aranceles ni sus mercancías restringidas</translation>
    </message>
    <message>
        <source>Address check (AVS) did not match</source>
        <translation>La verificación de dirección (AVS) no coincide</translation>
    </message>
    <message>
        <source>Address check (AVS) matched only partly</source>
        <translation>La verificación de dirección (AVS) coincide en parte</translation>
    </message>
    <message>
        <source>Card security code (CVV) did not match</source>
        <translation>El código de seguridad de la tarjeta (CVV) no coincide</translation>
    </message>
    <message>
        <source>Billing country differs from shipping country</source>
        <translation>País de facturación distinto del país de envío</translation>
    </message>
    <message>
        <source>Ships to a known freight forwarder</source>
        <translation>Se envía a un transitario conocido</translation>
    </message>
    <message>
        <source>Value far above the customer&apos;s history</source>
        <translation>Importe muy superior al historial del cliente</translation>
    </message>
    <message>
        <source>Several orders from one email or address in a short time</source>
        <translation>Varios pedidos del mismo correo o dirección en poco tiempo</translation>
    </message>
    <message>
        <source>High-risk product category</source>
        <translation>Categoría de producto de alto riesgo</translation>
    </message>
    <message>
        <source>First order from a new customer</source>
        <translation>Primer pedido de un cliente nuevo</translation>
    </message>
    <message>
        <source>The sales channel rates it high risk</source>
        <translation>El canal de venta lo califica de alto riesgo</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a street address</source>
        <translation>la calle y el número</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>una ciudad</translation>
    </message>
    <message>
        <source>not an international number</source>
        <translation>no es un número internacional</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>Lines (%L1)</source>
        <translation>Líneas (%L1)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>%1 (%2, order %3)</source>
        <translation>%1 (%2, pedido %3)</translation>
    </message>
    <message>
        <source>%1, paid %2</source>
        <translation>%1, pagado el %2</translation>
    </message>
    <message>
        <source>%1, not paid</source>
        <translation>%1, no pagado</translation>
    </message>
    <message>
        <source>%1
goods %2 · discount %3 · shipping %4 · tax %5</source>
        <translation>%1
mercancía %2 · descuento %3 · envío %4 · impuestos %5</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>market %1</source>
        <translation>mercado %1</translation>
    </message>
    <message>
        <source>No ship-to address</source>
        <translation>Sin dirección de envío</translation>
    </message>
    <message>
        <source>No billing address</source>
        <translation>Sin dirección de facturación</translation>
    </message>
    <message>
        <source>In catalogue</source>
        <translation>En el catálogo</translation>
    </message>
    <message>
        <source>Not in catalogue</source>
        <translation>No está en el catálogo</translation>
    </message>
    <message>
        <source>Blocks shipping: %1</source>
        <translation>Bloquea el envío: %1</translation>
    </message>
    <message>
        <source>To look at: %1</source>
        <translation>Para revisar: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Nothing stops this order from shipping.</source>
        <translation>Nada impide enviar este pedido.</translation>
    </message>
    <message>
        <source>Risk score: %1 of 100. Orders at %2 or more go on hold.</source>
        <translation>Puntuación de riesgo: %1 de 100. Los pedidos con %2 o más quedan en espera.</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>Comprobado el %1.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Updated by an import</source>
        <translation>Actualizado por una importación</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Estado cambiado</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>riesgo %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Dirección de envío</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>ID fiscal:</translation>
    </message>
    <message>
        <source>Shipping:</source>
        <translation>Envío:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problemas:</translation>
    </message>
    <message>
        <source>&amp;Risk reasons:</source>
        <translation>Motivos de &amp;riesgo:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <source>Checks (%Ln blocking)</source>
        <translation>
            <numerusform>Controles (%Ln bloqueante)</numerusform>
            <numerusform>Controles (%Ln bloqueantes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This order cannot ship until %Ln problem(s) are solved.</source>
        <translation>
            <numerusform>Este pedido no se puede enviar hasta que se resuelva %Ln problema.</numerusform>
            <numerusform>Este pedido no se puede enviar hasta que se resuelvan %Ln problemas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDocuments</name>
    <message>
        <source>the order is no longer in the database</source>
        <translation>el pedido ya no está en la base de datos</translation>
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
        <translation>%1: no se puede escribir el archivo: %2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: no se puede terminar de escribir el archivo: %2</translation>
    </message>
</context>
<context>
    <name>OrderFileReader</name>
    <message>
        <source>Shopify orders export</source>
        <translation>Exportación de pedidos de Shopify</translation>
    </message>
    <message>
        <source>Amazon order report</source>
        <translation>Informe de pedidos de Amazon</translation>
    </message>
    <message>
        <source>eBay orders report</source>
        <translation>Informe de pedidos de eBay</translation>
    </message>
    <message>
        <source>Borderdesk orders CSV</source>
        <translation>CSV de pedidos de Borderdesk</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <source>the %1 header lacks the column(s) %2</source>
        <translation>al encabezado de %1 le faltan columnas: %2</translation>
    </message>
    <message>
        <source>no %1 header found in the first 30 lines</source>
        <translation>no se encontró ningún encabezado de %1 en las primeras 30 líneas</translation>
    </message>
    <message>
        <source>not an order file Borderdesk knows: no Shopify, Amazon, eBay or Borderdesk header found</source>
        <translation>no es un archivo de pedidos que Borderdesk conozca: no se encontró ningún encabezado de Shopify, Amazon, eBay ni Borderdesk</translation>
    </message>
    <message>
        <source>the rows of order %1 are not next to each other; sort the file by order first</source>
        <translation>las filas del pedido %1 no están juntas; ordene primero el archivo por pedido</translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <source>All markets</source>
        <translation>Todos los mercados</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Search order number, email or ship-to name</source>
        <translation>Buscar número de pedido, correo electrónico o nombre del destinatario</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Risk at least</source>
        <translation>&amp;Riesgo mínimo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>Importar pedidos</translation>
    </message>
    <message>
        <source>Order files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos de pedidos (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be changed…</source>
        <translation>Cancelando; no se modificará nada…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; no order was changed.</source>
        <translation>Se canceló la importación; no se modificó ningún pedido.</translation>
    </message>
    <message>
        <source>%1 (%2) was imported.</source>
        <translation>Se importó %1 (%2).</translation>
    </message>
    <message>
        <source>%1: nothing was imported.</source>
        <translation>%1: no se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…y %Ln más.</numerusform>
            <numerusform>…y %Ln más.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Detect from the file&apos;s header</source>
        <translation>Detectar a partir del encabezado del archivo</translation>
    </message>
    <message>
        <source>Orders in the file:</source>
        <translation>Pedidos en el archivo:</translation>
    </message>
    <message>
        <source>Order lines:</source>
        <translation>Líneas de pedido:</translation>
    </message>
    <message>
        <source>New orders:</source>
        <translation>Pedidos nuevos:</translation>
    </message>
    <message>
        <source>Updated orders:</source>
        <translation>Pedidos actualizados:</translation>
    </message>
    <message>
        <source>Put on hold:</source>
        <translation>Puestos en espera:</translation>
    </message>
    <message>
        <source>Cannot ship yet:</source>
        <translation>Aún no se pueden enviar:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported. Fix the %Ln problem(s) below in the file and import it again.</source>
        <translation>
            <numerusform>%1: no se importó nada. Corrija en el archivo el problema indicado abajo (%Ln) e impórtelo de nuevo.</numerusform>
            <numerusform>%1: no se importó nada. Corrija en el archivo los %Ln problemas indicados abajo e impórtelo de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) below.</source>
        <translation>
            <numerusform>%Ln aviso abajo.</numerusform>
            <numerusform>%Ln avisos abajo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message>
        <source>SKU &quot;%1&quot; is not in the catalogue; the line is kept</source>
        <translation>El SKU &quot;%1&quot; no está en el catálogo; se conserva la línea</translation>
    </message>
    <message numerus="yes">
        <source>SKU &quot;%1&quot; is not in the catalogue; its lines are kept (%n more line(s) have it)</source>
        <translation>
            <numerusform>El SKU &quot;%1&quot; no está en el catálogo; se conservan sus líneas (%n línea más lo tiene)</numerusform>
            <numerusform>El SKU &quot;%1&quot; no está en el catálogo; se conservan sus líneas (%n líneas más lo tienen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the order&apos;s amounts in %2 are left empty</source>
        <translation>%1; los importes del pedido en %2 se dejan vacíos</translation>
    </message>
    <message>
        <source>%1:%2: the database refused order %3: %4</source>
        <translation>%1:%2: la base de datos rechazó el pedido %3: %4</translation>
    </message>
    <message>
        <source>risk %1 ≥ hold threshold %2</source>
        <translation>riesgo %1 ≥ umbral de retención %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) not shown</source>
        <translation>
            <numerusform>%n aviso más no mostrado</numerusform>
            <numerusform>%n avisos más no mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB)</source>
        <translation>%1: el archivo es demasiado grande (%2 MB)</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>no order %1</source>
        <translation>no existe el pedido %1</translation>
    </message>
    <message>
        <source>%1 orders have the number %2; use the channel order id</source>
        <translation>%1 pedidos tienen el número %2; use el ID de pedido del canal de venta</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>el pedido no existe</translation>
    </message>
    <message>
        <source>order %1 cannot go from %2 to %3 (allowed: %4)</source>
        <translation>el pedido %1 no puede pasar de %2 a %3 (permitido: %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>order %1 cannot ship: %2</source>
        <translation>el pedido %1 no se puede enviar: %2</translation>
    </message>
    <message>
        <source>risk %1 ≥ hold threshold %2</source>
        <translation>riesgo %1 ≥ umbral de retención %2</translation>
    </message>
    <message>
        <source>cannot ship</source>
        <translation>no se puede enviar</translation>
    </message>
</context>
<context>
    <name>OrderRowMapper</name>
    <message>
        <source>&quot;%1&quot; is not a currency code (three letters such as USD)</source>
        <translation>&quot;%1&quot; no es un código de moneda (tres letras, como USD)</translation>
    </message>
    <message>
        <source>the line has neither a SKU nor a product name</source>
        <translation>la línea no tiene SKU ni nombre de producto</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>un precio no puede ser negativo</translation>
    </message>
    <message>
        <source>%1 does not divide evenly by the quantity %2; the unit price is rounded down</source>
        <translation>%1 no es divisible exactamente por la cantidad %2; el precio unitario se redondea a la baja</translation>
    </message>
    <message>
        <source>order %1 has no lines</source>
        <translation>el pedido %1 no tiene líneas</translation>
    </message>
    <message>
        <source>order %1 has no creation date</source>
        <translation>el pedido %1 no tiene fecha de creación</translation>
    </message>
</context>
<context>
    <name>OrderStatuses</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>Listo para enviar</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Embalado</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Cannot ship</source>
        <translation>No se puede enviar</translation>
    </message>
    <message>
        <source>At or above the hold threshold (%1)</source>
        <translation>En el umbral de retención o por encima (%1)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal de venta</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Envío</translation>
    </message>
</context>
<context>
    <name>OrdersCommand</name>
    <message>
        <source>orders: unknown subcommand %1</source>
        <translation>orders: subcomando desconocido %1</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not an order status</source>
        <translation>--status: &quot;%1&quot; no es un estado de pedido</translation>
    </message>
    <message>
        <source>--min-risk: &quot;%1&quot; is not a number from 0 to 100</source>
        <translation>--min-risk: &quot;%1&quot; no es un número de 0 a 100</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: &quot;%2&quot; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>usage: orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]</source>
        <translation>uso: orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not auto, shopify, amazon, ebay or csv</source>
        <translation>--format: &quot;%1&quot; no es auto, shopify, amazon, ebay ni csv</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>No se importó nada: primero hay que corregir %n problema.</numerusform>
            <numerusform>No se importó nada: primero hay que corregir %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 order(s) with %3 line(s); %4 new, %5 updated; %6 put on hold; %7 cannot ship yet.</source>
        <translation>%1: %2 pedido(s) con %3 línea(s); %4 nuevo(s), %5 actualizado(s); %6 puesto(s) en espera; %7 aún no se puede(n) enviar.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. %1</source>
        <translation>Simulación, no se escribió nada. %1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Importado. %1</translation>
    </message>
    <message>
        <source>usage: orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]</source>
        <translation>uso: orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n pedido a %1.</numerusform>
            <numerusform>Se exportaron %n pedidos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N] [--from DATE] [--to DATE] [--limit N] [--json]</source>
        <translation>uso: orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N] [--from DATE] [--to DATE] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit: &quot;%1&quot; no es un número positivo</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>riesgo %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>%n pedido mostrado</numerusform>
            <numerusform>%n pedidos mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>usage: orders check NUMBER [--json]</source>
        <translation>uso: orders check NUMBER [--json]</translation>
    </message>
    <message>
        <source>usage: orders show NUMBER [--json]</source>
        <translation>uso: orders show NUMBER [--json]</translation>
    </message>
    <message>
        <source>Order %1 (%2 %3), %4</source>
        <translation>Pedido %1 (%2 %3), %4</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creado el %1</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>Enviar a:</translation>
    </message>
    <message>
        <source>  (not in the catalogue)</source>
        <translation>  (no está en el catálogo)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source> = %1 at %2 (%3)</source>
        <translation> = %1 al tipo de %2 (%3)</translation>
    </message>
    <message>
        <source>Order %1 checked.</source>
        <translation>Pedido %1 comprobado.</translation>
    </message>
    <message>
        <source>cannot ship: </source>
        <translation>no se puede enviar: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>nota: </translation>
    </message>
    <message>
        <source>Restricted goods: %1</source>
        <translation>Mercancías restringidas: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Shipping readiness: %1</source>
        <translation>Preparación para el envío: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>Fraud risk: %1 of 100</source>
        <translation>Riesgo de fraude: %1 de 100</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>usage: orders set-status NUMBER STATUS [--note TEXT]</source>
        <translation>uso: orders set-status NUMBER STATUS [--note TEXT]</translation>
    </message>
    <message>
        <source>statuses: %1</source>
        <translation>estados: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status</source>
        <translation>&quot;%1&quot; no es un estado de pedido</translation>
    </message>
    <message>
        <source>Order %1 is now %2.</source>
        <translation>El pedido %1 ahora está en estado %2.</translation>
    </message>
    <message>
        <source>usage: orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]</source>
        <translation>uso: orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]</translation>
    </message>
    <message>
        <source>--set %1: %2</source>
        <translation>--set %1: %2</translation>
    </message>
    <message>
        <source>expected RULE=WEIGHT</source>
        <translation>se esperaba RULE=WEIGHT</translation>
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
        <translation>Umbral de retención: %1</translation>
    </message>
    <message>
        <source>High-risk categories: %1</source>
        <translation>Categorías de alto riesgo: %1</translation>
    </message>
    <message>
        <source>usage: orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG] [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--documents TEXT] [--mailto]</source>
        <translation>uso: orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG] [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--documents TEXT] [--mailto]</translation>
    </message>
    <message>
        <source>no %1 template in %2</source>
        <translation>no hay plantilla %1 en %2</translation>
    </message>
    <message>
        <source>usage: orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT] [--address2 TEXT] [--city TEXT] [--province TEXT]</source>
        <translation>uso: orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT] [--address2 TEXT] [--city TEXT] [--province TEXT]</translation>
    </message>
    <message>
        <source>Order %1 updated; it can ship.</source>
        <translation>Pedido %1 actualizado; ya se puede enviar.</translation>
    </message>
    <message>
        <source>Order %1 updated; it still cannot ship.</source>
        <translation>Pedido %1 actualizado; todavía no se puede enviar.</translation>
    </message>
    <message>
        <source>usage: orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]</source>
        <translation>uso: orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <source>%Ln+ order(s), counting…</source>
        <translation>
            <numerusform>%Ln+ pedido, contando…</numerusform>
            <numerusform>%Ln+ pedidos, contando…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln pedido</numerusform>
            <numerusform>%Ln pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln selected</source>
        <translation>
            <numerusform>%1, %Ln seleccionado</numerusform>
            <numerusform>%1, %Ln seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing orders to “%1”…</source>
        <translation>Cambiando los pedidos a “%1”…</translation>
    </message>
    <message>
        <source>Releasing orders…</source>
        <translation>Liberando pedidos…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>order %1 is not on hold</source>
        <translation>el pedido %1 no está en espera</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>Cancelar pedidos</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)? A cancelled order cannot be reopened.</source>
        <translation>
            <numerusform>¿Cancelar %Ln pedido? Un pedido cancelado no se puede reabrir.</numerusform>
            <numerusform>¿Cancelar %Ln pedidos? Un pedido cancelado no se puede reabrir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)</source>
        <translation>
            <numerusform>Cancelar %Ln pedido</numerusform>
            <numerusform>Cancelar %Ln pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message>
        <source>Checking orders again…</source>
        <translation>Comprobando los pedidos de nuevo…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>Exportar pedidos</translation>
    </message>
    <message>
        <source>orders.csv</source>
        <translation>pedidos.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>Exportando pedidos…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln pedido a %1.</numerusform>
            <numerusform>Se exportaron %Ln pedidos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient corrected; the order was checked again.</source>
        <translation>Destinatario corregido; el pedido se ha vuelto a comprobar.</translation>
    </message>
    <message>
        <source>Fraud rules saved. They apply to orders imported or checked again from now on.</source>
        <translation>Reglas de fraude guardadas. Se aplican a los pedidos que se importen o se vuelvan a comprobar a partir de ahora.</translation>
    </message>
    <message>
        <source>Select an order to see its lines, addresses, checks and history.</source>
        <translation>Seleccione un pedido para ver sus líneas, direcciones, comprobaciones e historial.</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>R&amp;etener</translation>
    </message>
    <message>
        <source>Put the selected orders on hold</source>
        <translation>Poner en espera los pedidos seleccionados</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>Release the selected orders on hold (back to new)</source>
        <translation>Liberar los pedidos seleccionados que están en espera (vuelven a Nuevo)</translation>
    </message>
    <message>
        <source>&amp;Cancel order</source>
        <translation>&amp;Cancelar pedido</translation>
    </message>
    <message>
        <source>Cancel the selected orders</source>
        <translation>Cancelar los pedidos seleccionados</translation>
    </message>
    <message>
        <source>Mark read&amp;y to ship</source>
        <translation>Lis&amp;to para enviar</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Compro&amp;bar</translation>
    </message>
    <message>
        <source>Check the selected orders again with today&apos;s catalogue, markets and fraud rules</source>
        <translation>Volver a comprobar los pedidos seleccionados con el catálogo, los mercados y las reglas de fraude actuales</translation>
    </message>
    <message>
        <source>&amp;Message customer…</source>
        <translation>&amp;Mensaje al cliente…</translation>
    </message>
    <message>
        <source>Edit recipie&amp;nt…</source>
        <translation>&amp;Destinatario…</translation>
    </message>
    <message>
        <source>Correct the phone, tax ID, language or address, then check the order again</source>
        <translation>Corregir el teléfono, la identificación fiscal, el idioma o la dirección y volver a comprobar el pedido</translation>
    </message>
    <message>
        <source>Fra&amp;ud rules…</source>
        <translation>Reglas de fra&amp;ude…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export the &amp;selected orders…</source>
        <translation>Exportar los pedidos &amp;seleccionados…</translation>
    </message>
    <message>
        <source>Export &amp;all orders the filter shows…</source>
        <translation>Exportar &amp;todos los pedidos que muestra el filtro…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln order(s) done.</source>
        <translation>
            <numerusform>%1: %Ln pedido procesado.</numerusform>
            <numerusform>%1: %Ln pedidos procesados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) could not be changed.</source>
        <translation>
            <numerusform>No se pudo cambiar %Ln pedido.</numerusform>
            <numerusform>No se pudieron cambiar %Ln pedidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more (see the details).</source>
        <translation>
            <numerusform>…y %Ln más (vea los detalles).</numerusform>
            <numerusform>…y %Ln más (vea los detalles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other order(s) were changed.</source>
        <translation>
            <numerusform>Se cambió %Ln pedido más.</numerusform>
            <numerusform>Se cambiaron %Ln pedidos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rate shop…</source>
        <translation>Comparar ta&amp;rifas…</translation>
    </message>
    <message>
        <source>Compare the services for the current order and create its shipment</source>
        <translation>Comparar los servicios para el pedido actual y crear su envío</translation>
    </message>
    <message>
        <source>&amp;Print documents…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the label, customs papers and packing slip of the selected orders</source>
        <translation>Imprimir la etiqueta, los documentos de aduanas y el albarán de los pedidos seleccionados</translation>
    </message>
    <message>
        <source>Print documents</source>
        <translation>Imprimir documentos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) get no documents:</source>
        <translation>
            <numerusform>%Ln pedido no recibe documentos:</numerusform>
            <numerusform>%Ln pedidos no reciben documentos:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>no printer is set up</source>
        <translation>no hay ninguna impresora configurada</translation>
    </message>
    <message>
        <source>printing was cancelled</source>
        <translation>se canceló la impresión</translation>
    </message>
</context>
<context>
    <name>PackStationWindow</name>
    <message>
        <source>Printing the label and papers for order %1…</source>
        <translation>Imprimiendo la etiqueta y los documentos del pedido %1…</translation>
    </message>
    <message>
        <source>Borderdesk pack station</source>
        <translation>Puesto de embalaje de Borderdesk</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Estante</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the line is complete</comment>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Scan each item (barcode or SKU), then Enter</source>
        <translation>Escanee cada artículo (código de barras o SKU) y pulse Intro</translation>
    </message>
    <message>
        <source>F5: print again · Esc: abandon the order</source>
        <translation>F5: volver a imprimir · Esc: abandonar el pedido</translation>
    </message>
    <message>
        <source>Scan or type an order number, then Enter</source>
        <translation>Escanee o escriba un número de pedido y pulse Intro</translation>
    </message>
    <message>
        <source>Enter: confirm the scan · Esc: abandon the order · F5: print again · F12: next language · F10 or Ctrl+Q: leave the pack station</source>
        <translation>Intro: confirmar el escaneo · Esc: abandonar el pedido · F5: volver a imprimir · F12: siguiente idioma · F10 o Ctrl+Q: salir del puesto de embalaje</translation>
    </message>
    <message>
        <source>Pack station: no order open</source>
        <translation>Puesto de embalaje: ningún pedido abierto</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %2 of %Ln item(s) packed</source>
        <translation>
            <numerusform>Pedido %1: embalados %2 de %Ln artículo</numerusform>
            <numerusform>Pedido %1: embalados %2 de %Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · tracking %2</source>
        <comment>order progress, tracking number</comment>
        <translation>%1 · seguimiento %2</translation>
    </message>
    <message>
        <source>Scan the order number from the packing slip.</source>
        <translation>Escanee el número de pedido del albarán.</translation>
    </message>
    <message>
        <source>Order %1: scan each item.</source>
        <translation>Pedido %1: escanee cada artículo.</translation>
    </message>
    <message>
        <source>✘ NOT AN ORDER: %1</source>
        <translation>✘ NO ES UN PEDIDO: %1</translation>
    </message>
    <message>
        <source>STOP: order %1 must not ship. No label.</source>
        <translation>ALTO: el pedido %1 no se debe enviar. Sin etiqueta.</translation>
    </message>
    <message>
        <source>✔ %1 %2: %3 of %4</source>
        <translation>✔ %1 %2: %3 de %4</translation>
    </message>
    <message>
        <source>✘ WRONG ITEM: %1 %2 is not in this order. Put it back.</source>
        <translation>✘ ARTÍCULO INCORRECTO: %1 %2 no está en este pedido. Devuélvalo a su sitio.</translation>
    </message>
    <message>
        <source>✘ TOO MANY: all %1 of %2 are packed already. Take this one out.</source>
        <translation>✘ DEMASIADOS: ya están embalados los %1 de %2. Saque este.</translation>
    </message>
    <message>
        <source>✘ UNKNOWN BARCODE: %1 is no product and no order.</source>
        <translation>✘ CÓDIGO DE BARRAS DESCONOCIDO: %1 no es un producto ni un pedido.</translation>
    </message>
    <message>
        <source>✔ Tracking number %1 goes on the label.</source>
        <translation>✔ El número de seguimiento %1 va en la etiqueta.</translation>
    </message>
    <message>
        <source>Order %1 is open already: scan its items.</source>
        <translation>El pedido %1 ya está abierto: escanee sus artículos.</translation>
    </message>
    <message>
        <source>Order %1 is not finished. Scan its items, or press Esc to abandon it and open %2.</source>
        <translation>El pedido %1 no está terminado. Escanee sus artículos o pulse Esc para abandonarlo y abrir %2.</translation>
    </message>
    <message>
        <source>Order %1 has not printed. Press F5 to print again or Esc to abandon it.</source>
        <translation>El pedido %1 no se ha impreso. Pulse F5 para volver a imprimir o Esc para abandonarlo.</translation>
    </message>
    <message>
        <source>✔ Order %1 is packed: label and papers printed. Scan the next order.</source>
        <translation>✔ El pedido %1 está embalado: etiqueta y documentos impresos. Escanee el siguiente pedido.</translation>
    </message>
    <message>
        <source>✔ Order %1 printed again. Scan the next order.</source>
        <translation>✔ Pedido %1 impreso de nuevo. Escanee el siguiente pedido.</translation>
    </message>
    <message>
        <source>✘ PRINTING FAILED for order %1. Press F5 to print again.</source>
        <translation>✘ ERROR DE IMPRESIÓN del pedido %1. Pulse F5 para volver a imprimir.</translation>
    </message>
    <message>
        <source>✘ ORDER %1 NOT PACKED. Press F5 to try again or Esc to abandon it.</source>
        <translation>✘ PEDIDO %1 NO EMBALADO. Pulse F5 para volver a intentarlo o Esc para abandonarlo.</translation>
    </message>
    <message>
        <source>Order %1 abandoned. Scan the next order number.</source>
        <translation>Pedido %1 abandonado. Escanee el siguiente número de pedido.</translation>
    </message>
</context>
<context>
    <name>PackageRows</name>
    <message>
        <source>Package %1 needs a weight (grams, or with a unit: 1.2 kg).</source>
        <translation>El bulto %1 necesita un peso (en gramos o con unidad: 1.2 kg).</translation>
    </message>
    <message>
        <source>Package %1: %2</source>
        <translation>Bulto %1: %2</translation>
    </message>
    <message>
        <source>✓ %1 number</source>
        <translation>✓ número de %1</translation>
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
        <translation>Peso</translation>
    </message>
    <message>
        <source>Size (L×W×H cm)</source>
        <translation>Tamaño (L×An×Al cm)</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Bulto %1</translation>
    </message>
    <message>
        <source>e.g. 1.2 kg</source>
        <translation>p. ej., 1.2 kg</translation>
    </message>
    <message>
        <source>e.g. 40x30x20</source>
        <translation>p. ej., 40x30x20</translation>
    </message>
    <message>
        <source>type or scan</source>
        <translation>escriba o escanee</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <source>Packing slip</source>
        <translation>Albarán</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>Método de envío</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Thank you for your order!</source>
        <translation>¡Gracias por su pedido!</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Continued on the next page</source>
        <translation>Continúa en la página siguiente</translation>
    </message>
    <message>
        <source>Packing slip %1</source>
        <translation>Albarán %1</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>No hay nada que imprimir.</translation>
    </message>
    <message>
        <source>%1 dpi is not a resolution a printer has.</source>
        <translation>%1 ppp no es una resolución que tenga una impresora.</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>No se pudo empezar a escribir el PDF.</translation>
    </message>
    <message>
        <source>Could not finish writing the PDF.</source>
        <translation>No se pudo terminar de escribir el PDF.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>phone number is empty</source>
        <translation>el número de teléfono está vacío</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; cannot be read: it needs a known country code, such as +66</source>
        <translation>no se puede leer el número de teléfono &quot;%1&quot;: necesita un prefijo de país conocido, como +66</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; cannot be read</source>
        <translation>no se puede leer el número de teléfono &quot;%1&quot;</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not valid</source>
        <translation>el número de teléfono &quot;%1&quot; no es válido</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not valid for %2</source>
        <translation>el número de teléfono &quot;%1&quot; no es válido para %2</translation>
    </message>
</context>
<context>
    <name>PriceCommand</name>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: &quot;%1&quot; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>usage: price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
       price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
       price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
       price fix SKU --market CODE AMOUNT|--clear</source>
        <translation>uso: price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
     price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
     price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
     price fix SKU --market CODE AMOUNT|--clear</translation>
    </message>
    <message>
        <source>--incoterm: &quot;%1&quot; must be DAP or DDP</source>
        <translation>--incoterm: &quot;%1&quot; debe ser DAP o DDP</translation>
    </message>
    <message>
        <source>usage: price apply --market CODE [--dry-run] [--date YYYY-MM-DD]</source>
        <translation>uso: price apply --market CODE [--dry-run] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--dry-run goes with price apply</source>
        <translation>--dry-run va con price apply</translation>
    </message>
    <message>
        <source>%1 (%2) into %3, %4, rates of %5</source>
        <translation>%1 (%2) a %3, %4, tipos de cambio del %5</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>margen</translation>
    </message>
    <message>
        <source>after cost and what the seller pays (%1)</source>
        <translation>después del coste y de lo que paga el vendedor (%1)</translation>
    </message>
    <message>
        <source>Dry run for %1: %2 product(s) checked, %3 price(s) would change, %4 moved less than the threshold; nothing was written.</source>
        <translation>Simulación para %1: %2 producto(s) comprobado(s), %3 precio(s) cambiaría(n), %4 variaron menos que el umbral; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1: %2 product(s) checked, %3 price(s) changed, %4 moved less than the threshold and were kept.</source>
        <translation>%1: %2 producto(s) comprobado(s), %3 precio(s) cambiado(s), %4 variaron menos que el umbral y se mantuvieron.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n price(s) of %1 to %2.</source>
        <translation>
            <numerusform>Se exportó %n precio de %1 a %2.</numerusform>
            <numerusform>Se exportaron %n precios de %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>no existe el mercado %1</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>no existe ningún producto con el SKU %1</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>AMOUNT: %1</translation>
    </message>
    <message>
        <source>%1 in %2 is now fixed at %3.</source>
        <translation>%1 en %2 queda fijado ahora en %3.</translation>
    </message>
    <message>
        <source>%1 in %2 follows the market&apos;s rule again.</source>
        <translation>%1 en %2 vuelve a seguir la regla del mercado.</translation>
    </message>
</context>
<context>
    <name>PriceExporter</name>
    <message>
        <source>there is no market %1</source>
        <translation>no existe el mercado %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
</context>
<context>
    <name>PriceListService</name>
    <message>
        <source>fixed price for %1</source>
        <translation>precio fijo para %1</translation>
    </message>
    <message>
        <source>base price %1</source>
        <translation>precio base %1</translation>
    </message>
    <message>
        <source>cost %1 + %2% markup = %3</source>
        <translation>coste %1 + %2% de recargo = %3</translation>
    </message>
    <message>
        <source>%1: the price is too large to convert</source>
        <translation>%1: el precio es demasiado grande para convertirlo</translation>
    </message>
    <message>
        <source>%1, rounded %2</source>
        <translation>%1, redondeado %2</translation>
    </message>
    <message>
        <source>%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7), rounded %8</source>
        <translation>%1 = %2 a los tipos de cambio del %3 (1 EUR = %4 %5 = %6 %7), redondeado %8</translation>
    </message>
    <message>
        <source>no exchange rate for %1 and %2</source>
        <translation>no hay tipo de cambio para %1 y %2</translation>
    </message>
    <message>
        <source>%1 to %2, %3: %4</source>
        <translation>%1 a %2, %3: %4</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>no existe ningún producto con el SKU %1</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>no existe el mercado %1</translation>
    </message>
    <message>
        <source>cancelled; no price was changed</source>
        <translation>cancelado; no se cambió ningún precio</translation>
    </message>
    <message>
        <source>cannot store the price of %1: %2</source>
        <translation>no se puede guardar el precio de %1: %2</translation>
    </message>
    <message>
        <source>a fixed price for %1 must be in %2</source>
        <translation>un precio fijo para %1 debe estar en %2</translation>
    </message>
</context>
<context>
    <name>PriceListsView</name>
    <message>
        <source>Export prices</source>
        <translation>Exportar precios</translation>
    </message>
    <message>
        <source>prices-%1.csv</source>
        <translation>precios-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Archivos CSV (*.csv);;Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Some prices cannot be computed: %1</source>
        <translation>Algunos precios no se pueden calcular: %1</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Precio fijo</translation>
    </message>
    <message>
        <source>Fixed price of %1 in %2 (%3); leave empty to follow the market&apos;s rule:</source>
        <translation>Precio fijo de %1 en %2 (%3); déjelo vacío para seguir la regla del mercado:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Pricing %1…</source>
        <translation>Calculando precios de %1…</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Listas de precios</translation>
    </message>
    <message>
        <source>Apply prices</source>
        <translation>Aplicar precios</translation>
    </message>
    <message>
        <source>%1: %2 price(s) will change; %3 moved less than the market&apos;s threshold and stay. Apply?</source>
        <translation>%1: cambiarán %2 precio(s); %3 variaron menos que el umbral del mercado y se mantienen. ¿Aplicar?</translation>
    </message>
    <message>
        <source>%1: %2 price(s) changed and kept in the price history.</source>
        <translation>%1: %2 precio(s) cambiado(s) y guardado(s) en el historial de precios.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <source>%1 in %2 is now fixed at %3.</source>
        <translation>%1 en %2 queda fijado ahora en %3.</translation>
    </message>
    <message>
        <source>%1 in %2 follows the market&apos;s rule again.</source>
        <translation>%1 en %2 vuelve a seguir la regla del mercado.</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>Buscar SKU, nombre o código de barras</translation>
    </message>
    <message>
        <source>Rates of:</source>
        <translation>Tipos de cambio del:</translation>
    </message>
    <message>
        <source>Markets:</source>
        <translation>Mercados:</translation>
    </message>
    <message>
        <source>&amp;Apply prices…</source>
        <translation>&amp;Aplicar precios…</translation>
    </message>
    <message>
        <source>E&amp;xport prices…</source>
        <translation>E&amp;xportar precios…</translation>
    </message>
    <message>
        <source>Shopify form (Price / market)</source>
        <translation>Formato de Shopify (precio / mercado)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln price(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln precio a %1.</numerusform>
            <numerusform>Se exportaron %Ln precios a %1.</numerusform>
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
        <translation>%1 (fijo)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 actual</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 nuevo</translation>
    </message>
    <message>
        <source>%1 change</source>
        <translation>%1 variación</translation>
    </message>
    <message>
        <source>%1 landed</source>
        <translation>%1 en destino</translation>
    </message>
    <message>
        <source>%1 margin</source>
        <translation>%1 margen</translation>
    </message>
</context>
<context>
    <name>PriceRounding</name>
    <message>
        <source>no rounding</source>
        <translation>sin redondeo</translation>
    </message>
    <message>
        <source>up</source>
        <translation>hacia arriba</translation>
    </message>
    <message>
        <source>to the nearest</source>
        <translation>al más próximo</translation>
    </message>
    <message>
        <source>down</source>
        <translation>hacia abajo</translation>
    </message>
    <message>
        <source>%1 to steps of %2, less %3</source>
        <translation>%1 en pasos de %2, menos %3</translation>
    </message>
    <message>
        <source>%1 to steps of %2</source>
        <translation>%1 en pasos de %2</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>desde %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price bracket (e.g. 100=10:up:0)</source>
        <translation>&quot;%1&quot; no es un tramo de precios (p. ej., 100=10:up:0)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs step:direction:ending (e.g. 1:up:0.01)</source>
        <translation>&quot;%1&quot; necesita paso:dirección:terminación (p. ej., 1:up:0.01)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the direction must be up, nearest or down</source>
        <translation>&quot;%1&quot;: la dirección debe ser up, nearest o down</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: step and ending must be amounts in %2</source>
        <translation>&quot;%1&quot;: el paso y la terminación deben ser importes en %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the step must be above zero and the ending no larger than the step</source>
        <translation>&quot;%1&quot;: el paso debe ser mayor que cero y la terminación no mayor que el paso</translation>
    </message>
</context>
<context>
    <name>PrintSession</name>
    <message>
        <source>No printer is chosen, and the system has no default printer.</source>
        <translation>No se ha elegido ninguna impresora y el sistema no tiene impresora predeterminada.</translation>
    </message>
    <message>
        <source>The printer “%1” was not found. Check that it is set up in the system&apos;s printer settings.</source>
        <translation>No se encontró la impresora “%1”. Compruebe que esté configurada en los ajustes de impresoras del sistema.</translation>
    </message>
    <message>
        <source>The printer “%1” cannot be used.</source>
        <translation>No se puede usar la impresora “%1”.</translation>
    </message>
    <message>
        <source>The printer “%1” could not start the print job.</source>
        <translation>La impresora “%1” no pudo iniciar el trabajo de impresión.</translation>
    </message>
    <message>
        <source>The print job is already finished.</source>
        <translation>El trabajo de impresión ya ha terminado.</translation>
    </message>
    <message>
        <source>The printer “%1” could not start a new page.</source>
        <translation>La impresora “%1” no pudo empezar una página nueva.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Drawing page %1 of “%2” failed: %3</source>
        <translation>Error al dibujar la página %1 de “%2”: %3</translation>
    </message>
    <message>
        <source>The printer “%1” reported an error while printing “%2”.</source>
        <translation>La impresora “%1” informó de un error al imprimir “%2”.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>No hay nada que imprimir.</translation>
    </message>
    <message>
        <source>The printer “%1” did not accept the print job.</source>
        <translation>La impresora “%1” no aceptó el trabajo de impresión.</translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>4 × 6 in label</source>
        <translation>Etiqueta de 4 × 6 in</translation>
    </message>
    <message>
        <source>100 × 150 mm label</source>
        <translation>Etiqueta de 100 × 150 mm</translation>
    </message>
    <message>
        <source>4 × 4 in label</source>
        <translation>Etiqueta de 4 × 4 in</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Printers and Paper</source>
        <translation>Impresoras y papel</translation>
    </message>
    <message>
        <source>Choose the printer and the paper for each kind of document. The pack station prints to these printers without asking.</source>
        <translation>Elija la impresora y el papel para cada tipo de documento. El puesto de embalaje imprime en estas impresoras sin preguntar.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>No printer is set up on this computer yet. Add one in the system&apos;s printer settings, then open this dialog again.</source>
        <translation>Todavía no hay ninguna impresora configurada en este equipo. Añada una en los ajustes de impresoras del sistema y vuelva a abrir este cuadro de diálogo.</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>Impresora predeterminada del sistema</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminada del sistema (%1)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (no encontrada)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
</context>
<context>
    <name>ProductCells</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; no es un número entero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more</source>
        <translation>&quot;%1&quot; no es un número entero igual o mayor que cero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of zero or more</source>
        <translation>&quot;%1&quot; no es un número igual o mayor que cero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. THB, USD, EUR)</source>
        <translation>&quot;%1&quot; no es un código de moneda ISO 4217 (p. ej., THB, USD, EUR)</translation>
    </message>
    <message>
        <source>an amount is required</source>
        <translation>se requiere un importe</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; was turned into a number by a spreadsheet; format the column as text and export again</source>
        <translation>una hoja de cálculo convirtió el código de barras &quot;%1&quot; en un número; dé formato de texto a la columna y vuelva a exportar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; no es true ni false</translation>
    </message>
</context>
<context>
    <name>ProductCsv</name>
    <message>
        <source>Borderdesk product CSV</source>
        <translation>CSV de productos de Borderdesk</translation>
    </message>
    <message>
        <source>Shopify product CSV</source>
        <translation>CSV de productos de Shopify</translation>
    </message>
    <message>
        <source>Shopify product CSV (legacy template)</source>
        <translation>CSV de productos de Shopify (plantilla antigua)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the header row is not one of a Shopify product export or a Borderdesk product CSV (it needs sku and name columns, or Shopify&apos;s Handle/Title, SKU and Price)</source>
        <translation>la fila de encabezado no corresponde a una exportación de productos de Shopify ni a un CSV de productos de Borderdesk (necesita las columnas sku y name, o las de Shopify Handle/Title, SKU y Price)</translation>
    </message>
</context>
<context>
    <name>ProductCsvSink</name>
    <message>
        <source>SKU &quot;%1&quot; already appears on line %2</source>
        <translation>el SKU &quot;%1&quot; ya aparece en la línea %2</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>Descripción para aduanas</translation>
    </message>
    <message>
        <source>Barcode (GTIN)</source>
        <translation>Código de barras (GTIN)</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Código HS</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>País de origen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>Dimensions (L × W × H)</source>
        <translation>Dimensiones (L × An × Al)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Active (offered for sale)</source>
        <translation>Activo (a la venta)</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— sin definir —</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>Editar producto %1</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>SKU %1 is already used by &quot;%2&quot;</source>
        <translation>El SKU %1 ya lo usa &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ProductExporter</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: no se puede escribir el archivo: %2</translation>
    </message>
    <message>
        <source>cannot read the catalogue: %1</source>
        <translation>no se puede leer el catálogo: %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: no se puede terminar de escribir el archivo: %2</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; the catalogue was not changed.</source>
        <translation>Se canceló la importación; el catálogo no se modificó.</translation>
    </message>
    <message>
        <source>%1: %2 new and %3 updated product(s) will be imported.</source>
        <translation>%1: se importarán %2 producto(s) nuevo(s) y %3 actualizado(s).</translation>
    </message>
    <message>
        <source>Import products from %1</source>
        <translation>Importar productos de %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Prices in this file are in:</source>
        <translation>Los precios de este archivo están en:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln product(s)…</source>
        <translation>
            <numerusform>Importando %Ln producto…</numerusform>
            <numerusform>Importando %Ln productos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing can be imported until %Ln problem(s) are fixed in the file.</source>
        <translation>
            <numerusform>%1: no se puede importar nada hasta corregir %Ln problema en el archivo.</numerusform>
            <numerusform>%1: no se puede importar nada hasta corregir %Ln problemas en el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s).</source>
        <translation>
            <numerusform>%Ln advertencia.</numerusform>
            <numerusform>%Ln advertencias.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large for a product list (%2 MB)</source>
        <translation>%1: el archivo es demasiado grande para una lista de productos (%2 MB)</translation>
    </message>
    <message>
        <source>%1:%2: the database refused product %3: %4</source>
        <translation>%1:%2: la base de datos rechazó el producto %3: %4</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message numerus="yes">
        <source>Product labels (%n labels)</source>
        <translation>
            <numerusform>Etiquetas de producto (%n etiqueta)</numerusform>
            <numerusform>Etiquetas de producto (%n etiquetas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>cannot add product %1: %2</source>
        <translation>no se puede añadir el producto %1: %2</translation>
    </message>
    <message>
        <source>cannot save product %1: %2</source>
        <translation>no se puede guardar el producto %1: %2</translation>
    </message>
    <message>
        <source>product %1 no longer exists</source>
        <translation>el producto %1 ya no existe</translation>
    </message>
    <message>
        <source>cannot delete the product: %1</source>
        <translation>no se puede eliminar el producto: %1</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>prohibited</source>
        <translation>prohibido</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restringido</translation>
    </message>
    <message>
        <source>licence needed</source>
        <translation>requiere licencia</translation>
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
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Código HS</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Restricciones</translation>
    </message>
</context>
<context>
    <name>ProductValidator</name>
    <message>
        <source>SKU is required</source>
        <translation>el SKU es obligatorio</translation>
    </message>
    <message>
        <source>SKU is longer than %1 characters</source>
        <translation>el SKU tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>SKU must not start or end with spaces or contain control characters</source>
        <translation>el SKU no debe empezar ni terminar con espacios ni contener caracteres de control</translation>
    </message>
    <message>
        <source>name is required</source>
        <translation>el nombre es obligatorio</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>el nombre tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO country code (e.g. TH, CN, DE)</source>
        <translation>&quot;%1&quot; no es un código de país ISO (p. ej., TH, CN, DE)</translation>
    </message>
    <message>
        <source>weight must be between 0 and %1 g</source>
        <translation>el peso debe estar entre 0 y %1 g</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2 mm</source>
        <translation>%1 debe estar entre 0 y %2 mm</translation>
    </message>
    <message>
        <source>cost needs a known currency code</source>
        <translation>el coste necesita un código de moneda conocido</translation>
    </message>
    <message>
        <source>cost must not be negative</source>
        <translation>el coste no debe ser negativo</translation>
    </message>
    <message>
        <source>price needs a known currency code</source>
        <translation>el precio necesita un código de moneda conocido</translation>
    </message>
    <message>
        <source>price must not be negative</source>
        <translation>el precio no debe ser negativo</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>Descripción para aduanas</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Código HS</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>País de origen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Largo</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
</context>
<context>
    <name>ProductsCommand</name>
    <message>
        <source>products: unknown subcommand %1</source>
        <translation>products: subcomando desconocido %1</translation>
    </message>
    <message>
        <source>usage: products import FILE [--dry-run] [--currency CUR]</source>
        <translation>uso: products import FILE [--dry-run] [--currency CUR]</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>--currency: &quot;%1&quot; no es un código de moneda ISO 4217</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>No se importó nada: primero hay que corregir %n problema.</numerusform>
            <numerusform>No se importó nada: primero hay que corregir %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run (%1): %2 new and %3 updated product(s) would be imported; nothing was written.</source>
        <translation>Simulación (%1): se importarían %2 producto(s) nuevo(s) y %3 actualizado(s); no se escribió nada.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>Importado %1: %2 nuevo(s), %3 actualizado(s).</translation>
    </message>
    <message>
        <source>usage: products export FILE</source>
        <translation>uso: products export FILE</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n producto a %1.</numerusform>
            <numerusform>Se exportaron %n productos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: products list [--json] [--search TEXT] [--category NAME]</source>
        <translation>uso: products list [--json] [--search TEXT] [--category NAME]</translation>
    </message>
    <message>
        <source>stock %1</source>
        <translation>existencias %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n producto</numerusform>
            <numerusform>%n productos</numerusform>
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
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a todo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>No guardar</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Rehacer</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 días</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>In base currency</source>
        <translation>En moneda base</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Tránsito</translation>
    </message>
    <message>
        <source>Billable weight</source>
        <translation>Peso facturable</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateCalculator</name>
    <message>
        <source>dimensions &quot;%1&quot; should look like 30x20x10 (centimetres) or 300x200x100mm</source>
        <translation>las dimensiones &quot;%1&quot; deben tener la forma 30x20x10 (centímetros) o 300x200x100mm</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; is not a length</source>
        <translation>la dimensión &quot;%1&quot; no es una longitud</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 cm ÷ %4 = %5 dimensional</source>
        <translation>%1 × %2 × %3 cm ÷ %4 = %5 volumétrico</translation>
    </message>
    <message>
        <source>%1 dimensional</source>
        <translation>%1 volumétrico</translation>
    </message>
    <message>
        <source>%1 actual</source>
        <translation>%1 real</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s), each on the heavier of its actual and dimensional weight: %1, %2</source>
        <translation>
            <numerusform>%n paquete, con el mayor entre su peso real y su peso volumétrico: %1, %2</numerusform>
            <numerusform>%n paquetes, cada uno con el mayor entre su peso real y su peso volumétrico: %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no box sizes given</source>
        <translation>no se indicaron tamaños de caja</translation>
    </message>
    <message>
        <source>%1 (no box size given)</source>
        <translation>%1 (sin tamaño de caja)</translation>
    </message>
    <message>
        <source>%1 → %2 billable</source>
        <translation>%1 → %2 facturable</translation>
    </message>
    <message>
        <source>the service is switched off</source>
        <translation>el servicio está desactivado</translation>
    </message>
    <message>
        <source>no parcel to price</source>
        <translation>no hay ningún paquete que tarifar</translation>
    </message>
    <message>
        <source>%1 does not ship to %2</source>
        <translation>%1 no envía a %2</translation>
    </message>
    <message>
        <source>%1 takes parcels up to %2</source>
        <translation>%1 admite paquetes de hasta %2</translation>
    </message>
</context>
<context>
    <name>RateCardCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>el encabezado no tiene la columna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>el archivo no tiene tarifas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of at least %2</source>
        <translation>&quot;%1&quot; no es un número entero igual o mayor que %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>&quot;%1&quot; no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>the service&apos;s first row needs its carrier</source>
        <translation>la primera fila del servicio necesita su transportista</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage such as 12.5</source>
        <translation>&quot;%1&quot; no es un porcentaje como 12.5</translation>
    </message>
    <message>
        <source>the service code is empty</source>
        <translation>el código de servicio está vacío</translation>
    </message>
    <message>
        <source>the zone is empty</source>
        <translation>la zona está vacía</translation>
    </message>
    <message>
        <source>the bracket&apos;s top weight is empty</source>
        <translation>falta el peso máximo del tramo</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>un precio no puede ser negativo</translation>
    </message>
    <message>
        <source>zone %1 already has a price up to %2 g</source>
        <translation>la zona %1 ya tiene un precio hasta %2 g</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>&quot;%1&quot; no es un código de país ISO 3166</translation>
    </message>
    <message>
        <source>%1 is already in zone %2 of %3</source>
        <translation>%1 ya está en la zona %2 de %3</translation>
    </message>
</context>
<context>
    <name>RateCardWidget</name>
    <message>
        <source>Select a service to see its rate card.</source>
        <translation>Seleccione un servicio para ver su tarifa de envío.</translation>
    </message>
    <message>
        <source>Rate card of %1 in %2, as of %3. Prices before the %4 % fuel surcharge.</source>
        <translation>Tarifa de envío de %1 en %2, a fecha de %3. Precios sin el recargo por combustible del %4 %.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zona %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Extra per 0.5 kg</source>
        <translation>Extra por cada 0,5 kg</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>Días de tránsito</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>none above %1</source>
        <translation>ninguno por encima de %1</translation>
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
        <translation>El euro siempre vale 1; elija otra moneda.</translation>
    </message>
    <message>
        <source>Type how many %1 one euro buys, with a point for decimals (e.g. 37.852).</source>
        <translation>Escriba cuántos %1 se compran con un euro, con punto para los decimales (p. ej., 37.852).</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Units per 1 EUR</source>
        <translation>Unidades por 1 EUR</translation>
    </message>
</context>
<context>
    <name>RateShopDialog</name>
    <message>
        <source>The order is gone.</source>
        <translation>El pedido ya no existe.</translation>
    </message>
    <message>
        <source>Type the weight: 1.2 (kg), 850 g or 3 lb.</source>
        <translation>Escriba el peso: 1.2 (kg), 850 g o 3 lb.</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Tamaño: %1</translation>
    </message>
    <message>
        <source>Choose the destination country.</source>
        <translation>Elija el país de destino.</translation>
    </message>
    <message>
        <source>No active service ships to %1.</source>
        <translation>Ningún servicio activo envía a %1.</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Elija un servicio.</translation>
    </message>
    <message>
        <source>No shipment was created: %1</source>
        <translation>No se creó ningún envío: %1</translation>
    </message>
    <message>
        <source>Shipment %1 created with %2 for %3.</source>
        <translation>Envío %1 creado con %2 por %3.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Ship order %1</source>
        <translation>Enviar pedido %1</translation>
    </message>
    <message>
        <source>Order %1 to %2. Estimated parcel: %3.</source>
        <translation>Pedido %1 a %2. Paquete estimado: %3.</translation>
    </message>
    <message>
        <source>This order may not get a label: %1</source>
        <translation>Puede que este pedido no obtenga etiqueta: %1</translation>
    </message>
    <message>
        <source>Rate shopping</source>
        <translation>Comparar tarifas</translation>
    </message>
    <message>
        <source>Every active service&apos;s price for one parcel; the shop&apos;s default service is in bold.</source>
        <translation>El precio de cada servicio activo para un paquete; el servicio predeterminado de la tienda aparece en negrita.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Bultos</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>P&amp;eso:</translation>
    </message>
    <message>
        <source>e.g. 1.2 kg</source>
        <translation>p. ej., 1.2 kg</translation>
    </message>
    <message>
        <source>&amp;Size (L×W×H cm):</source>
        <translation>&amp;Tamaño (L×An×Al cm):</translation>
    </message>
    <message>
        <source>e.g. 40x30x20, or empty</source>
        <translation>p. ej., 40x30x20, o vacío</translation>
    </message>
    <message>
        <source>&amp;Number of packages:</source>
        <translation>&amp;Número de bultos:</translation>
    </message>
    <message>
        <source>C&amp;reate shipment</source>
        <translation>C&amp;rear envío</translation>
    </message>
</context>
<context>
    <name>RateShopping</name>
    <message>
        <source>box size unknown, so priced on actual weight</source>
        <translation>tamaño de caja desconocido, así que el precio se calcula con el peso real</translation>
    </message>
    <message>
        <source>no weight for %1</source>
        <translation>no hay peso para %1</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>el pedido no existe</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two notes on a parcel</comment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) weighing %1 plus %2 packaging</source>
        <translation>
            <numerusform>%Ln artículo que pesa %1 más %2 de embalaje</numerusform>
            <numerusform>%Ln artículos que pesan %1 más %2 de embalaje</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesCommand</name>
    <message>
        <source>rates: unknown subcommand %1</source>
        <translation>rates: subcomando desconocido %1</translation>
    </message>
    <message>
        <source>usage: rates import FILE</source>
        <translation>uso: rates import FILE</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new and %3 replaced rate(s) from %4 to %5.</source>
        <translation>Importado %1: %2 tipo(s) de cambio nuevo(s) y %3 reemplazado(s), del %4 al %5.</translation>
    </message>
    <message>
        <source>usage: rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]</source>
        <translation>uso: rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>&quot;%1&quot; no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>AMOUNT: %1</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: &quot;%1&quot; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1 %2 = %3 %4 (rates of %5: 1 EUR = %6 %2 = %7 %4)</source>
        <translation>%1 %2 = %3 %4 (tipos de cambio del %5: 1 EUR = %6 %2 = %7 %4)</translation>
    </message>
    <message>
        <source>usage: rates list [--currency CUR] [--json]</source>
        <translation>uso: rates list [--currency CUR] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n tipo de cambio</numerusform>
            <numerusform>%n tipos de cambio</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: rates set CUR RATE [--date YYYY-MM-DD]</source>
        <translation>uso: rates set CUR RATE [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency that can have a rate against the euro</source>
        <translation>&quot;%1&quot; no es una moneda que pueda tener un tipo de cambio frente al euro</translation>
    </message>
    <message>
        <source>RATE: &quot;%1&quot; is not a positive decimal number</source>
        <translation>RATE: &quot;%1&quot; no es un número decimal positivo</translation>
    </message>
    <message>
        <source>1 EUR = %1 %2 on %3</source>
        <translation>1 EUR = %1 %2 el %3</translation>
    </message>
</context>
<context>
    <name>RatesDownloader</name>
    <message>
        <source>Could not download the ECB rates from %1: %2. Check the internet connection, or import a rates file you downloaded.</source>
        <translation>No se pudieron descargar los tipos de cambio del BCE desde %1: %2. Compruebe la conexión a Internet o importe un archivo de tipos de cambio que haya descargado.</translation>
    </message>
</context>
<context>
    <name>RatesTableModel</name>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Per 1 EUR</source>
        <translation>Por 1 EUR</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>Fecha del tipo</translation>
    </message>
</context>
<context>
    <name>RatesView</name>
    <message>
        <source>Import exchange rates</source>
        <translation>Importar tipos de cambio</translation>
    </message>
    <message>
        <source>ECB rate files (*.xml *.csv);;All files (*)</source>
        <translation>Archivos de tipos del BCE (*.xml *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>No rates were imported.</source>
        <translation>No se importó ningún tipo de cambio.</translation>
    </message>
    <message>
        <source>%1: %2 new and %3 replaced rate(s), up to %4.</source>
        <translation>%1: %2 tipo(s) de cambio nuevo(s) y %3 reemplazado(s), hasta el %4.</translation>
    </message>
    <message>
        <source>Importing exchange rates…</source>
        <translation>Importando tipos de cambio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Downloading today&apos;s rates from the European Central Bank…</source>
        <translation>Descargando los tipos de cambio de hoy del Banco Central Europeo…</translation>
    </message>
    <message>
        <source>%1 per 1 EUR</source>
        <translation>%1 por 1 EUR</translation>
    </message>
    <message>
        <source>No exchange rates yet: update them from the ECB or import a file</source>
        <translation>Aún no hay tipos de cambio: actualícelos desde el BCE o importe un archivo</translation>
    </message>
    <message>
        <source>%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7)</source>
        <translation>%1 = %2 a los tipos de cambio del %3 (1 EUR = %4 %5 = %6 %7)</translation>
    </message>
    <message>
        <source>&amp;Update rates from the ECB</source>
        <translation>Act&amp;ualizar tipos de cambio desde el BCE</translation>
    </message>
    <message>
        <source>&amp;Import rates file…</source>
        <translation>&amp;Importar archivo de tipos de cambio…</translation>
    </message>
    <message>
        <source>&amp;Enter a rate…</source>
        <translation>I&amp;ntroducir un tipo de cambio…</translation>
    </message>
    <message>
        <source>Convert:</source>
        <translation>Convertir:</translation>
    </message>
</context>
<context>
    <name>RecipientEditDialog</name>
    <message>
        <source>Recipient of order %1</source>
        <translation>Destinatario del pedido %1</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>Identificación &amp;fiscal:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Línea de dirección &amp;1:</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Línea de dirección &amp;2:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>P&amp;rovince or state:</source>
        <translation>P&amp;rovincia o estado:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>Código p&amp;ostal:</translation>
    </message>
    <message>
        <source>as the customer wrote it, e.g. 081 234 5678</source>
        <translation>tal como lo escribió el cliente, p. ej., 081 234 5678</translation>
    </message>
    <message>
        <source>e.g. th, de, pt-BR; empty = the market&apos;s language</source>
        <translation>p. ej., th, de, pt-BR; vacío = el idioma del mercado</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Borderdesk – the database needs attention</source>
        <translation>Borderdesk – la base de datos requiere atención</translation>
    </message>
    <message>
        <source>The database %1 did not pass its check and may be damaged.</source>
        <translation>La base de datos %1 no superó su comprobación y puede estar dañada.</translation>
    </message>
    <message>
        <source>Restore it from a backup: the damaged file is kept beside it, nothing is deleted. Or quit and look at the file first.</source>
        <translation>Restáurela a partir de una copia de seguridad: el archivo dañado se conserva junto a ella y no se borra nada. O salga y revise antes el archivo.</translation>
    </message>
    <message>
        <source>&amp;Backups beside the database, newest first:</source>
        <translation>&amp;Copias de seguridad junto a la base de datos, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>No backups were found beside the database.</source>
        <translation>No se encontraron copias de seguridad junto a la base de datos.</translation>
    </message>
    <message>
        <source>&amp;Restore selected backup</source>
        <translation>&amp;Restaurar la copia seleccionada</translation>
    </message>
    <message>
        <source>Restore &amp;another file…</source>
        <translation>Restaurar &amp;otro archivo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Borderdesk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>No se ha restaurado nada: %1</translation>
    </message>
    <message>
        <source>This is a preview: nothing is restored from here.</source>
        <translation>Esto es una vista previa: desde aquí no se restaura nada.</translation>
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
        <translation>Otros</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
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
        <translation>%1: &quot;%2&quot; no es una fecha como 2026-11-28</translation>
    </message>
    <message>
        <source>--currency: %1 is not an ISO 4217 currency code</source>
        <translation>--currency: %1 no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>report: unknown subcommand %1</source>
        <translation>report: subcomando desconocido %1</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is not one of region, subregion, country, month, market, channel</source>
        <translation>--by: &quot;%1&quot; no es region, subregion, country, month, market ni channel</translation>
    </message>
    <message>
        <source>cannot bring the reports up to date: %1</source>
        <translation>no se pueden actualizar los informes: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report: %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Sales by %1, %2 to %3, in %4</source>
        <translation>Ventas por %1, del %2 al %3, en %4</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n fila escrita en %1</numerusform>
            <numerusform>%n filas escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no exchange rate for %1; that day is left out</source>
        <translation>advertencia: no hay tipo de cambio para %1; ese día queda excluido</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
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
        <translation>no se pueden regenerar los informes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) counted again</source>
        <translation>
            <numerusform>%n pedido contabilizado de nuevo</numerusform>
            <numerusform>%n pedidos contabilizados de nuevo</numerusform>
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
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mone&amp;da:</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>&amp;Mercado:</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation>&amp;Comparar con el periodo anterior</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Todos los mercados</translation>
    </message>
    <message>
        <source>Sales by region (continent)</source>
        <translation>Ventas por región (continente)</translation>
    </message>
    <message>
        <source>Sales by sub-region</source>
        <translation>Ventas por subregión</translation>
    </message>
    <message>
        <source>Sales by country</source>
        <translation>Ventas por país</translation>
    </message>
    <message>
        <source>Sales by market</source>
        <translation>Ventas por mercado</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>Ventas por mes</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Ventas por canal de venta</translation>
    </message>
    <message>
        <source>Market scorecard</source>
        <translation>Resumen por mercado</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Productos más vendidos</translation>
    </message>
    <message>
        <source>Carrier spend</source>
        <translation>Gasto en transportistas</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Año pasado</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>Elija el primer y el último día del periodo.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Sub-region</source>
        <translation>Subregión</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal de venta</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Margen %</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Pedido medio</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Tasa de devolución</translation>
    </message>
    <message>
        <source>Cancel rate</source>
        <translation>Tasa de cancelación</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Per shipment</source>
        <translation>Por envío</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>The report could not be read: %1</source>
        <translation>No se pudo leer el informe: %1</translation>
    </message>
    <message>
        <source>Channel fees saved; margins were counted again.</source>
        <translation>Comisiones del canal guardadas; los márgenes se han vuelto a calcular.</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture, an SVG drawing or a PDF</source>
        <translation>Guardar el gráfico como imagen PNG, dibujo SVG o PDF</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exportar datos…</translation>
    </message>
    <message>
        <source>Save the table as CSV or as an Excel workbook</source>
        <translation>Guardar la tabla como CSV o como libro de Excel</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Channel fees…</source>
        <translation>Comisiones del canal…</translation>
    </message>
    <message>
        <source>The share of revenue each sales channel keeps; margins subtract it</source>
        <translation>La parte de los ingresos que se queda cada canal de venta; los márgenes la descuentan</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Leyendo el informe…</translation>
    </message>
    <message>
        <source>Some days had no exchange rate to %1 and are left out: %2</source>
        <translation>Algunos días no tenían tipo de cambio a %1 y quedan excluidos: %2</translation>
    </message>
    <message numerus="yes">
        <source>The margin is unknown where an order has a product without a cost (%Ln order(s)).</source>
        <translation>
            <numerusform>El margen es desconocido cuando un pedido tiene un producto sin coste (%Ln pedido).</numerusform>
            <numerusform>El margen es desconocido cuando un pedido tiene un producto sin coste (%Ln pedidos).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Revenue by region</source>
        <translation>Ingresos por región</translation>
    </message>
    <message>
        <source>Revenue by sub-region</source>
        <translation>Ingresos por subregión</translation>
    </message>
    <message>
        <source>Revenue by country</source>
        <translation>Ingresos por país</translation>
    </message>
    <message>
        <source>Revenue by market</source>
        <translation>Ingresos por mercado</translation>
    </message>
    <message>
        <source>Revenue by month and region</source>
        <translation>Ingresos por mes y región</translation>
    </message>
    <message>
        <source>Revenue by channel</source>
        <translation>Ingresos por canal de venta</translation>
    </message>
    <message>
        <source>Revenue by country against the previous period</source>
        <translation>Ingresos por país frente al periodo anterior</translation>
    </message>
    <message>
        <source>Top products by revenue</source>
        <translation>Productos más vendidos por ingresos</translation>
    </message>
    <message>
        <source>Shipping cost by carrier</source>
        <translation>Coste de envío por transportista</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln order(s), revenue %1</source>
        <translation>
            <numerusform>Total: %Ln pedido, ingresos %1</numerusform>
            <numerusform>Total: %Ln pedidos, ingresos %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, margin %1 (%2)</source>
        <translation>, margen %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln cancelled</source>
        <translation>
            <numerusform>, %Ln cancelado</numerusform>
            <numerusform>, %Ln cancelados</numerusform>
        </translation>
    </message>
    <message>
        <source>, previous period %1</source>
        <translation>, periodo anterior %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln best-selling product(s) by revenue.</source>
        <translation>
            <numerusform>El %Ln producto más vendido por ingresos.</numerusform>
            <numerusform>Los %Ln productos más vendidos por ingresos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln shipment(s), %1</source>
        <translation>
            <numerusform>Total: %Ln envío, %1</numerusform>
            <numerusform>Total: %Ln envíos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be read.</source>
        <translation>No se pudo leer el informe.</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>No hay nada que mostrar en este periodo.</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Reparto de los ingresos</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>Elija un archivo con extensión .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Made with Borderdesk</source>
        <translation>Hecho con Borderdesk</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Gráfico guardado en %1.</translation>
    </message>
    <message>
        <source>Wait for the report to be read.</source>
        <translation>Espere a que se lea el informe.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved to %1.</source>
        <translation>
            <numerusform>%Ln fila guardada en %1.</numerusform>
            <numerusform>%Ln filas guardadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <source>Report sent to %1.</source>
        <translation>Informe enviado a %1.</translation>
    </message>
</context>
<context>
    <name>SalesFacts</name>
    <message>
        <source>cancelled; the reports were left as they were</source>
        <translation>cancelado; los informes se dejaron como estaban</translation>
    </message>
    <message>
        <source>%1 is not a time zone (try Asia/Bangkok or Europe/Berlin)</source>
        <translation>%1 no es una zona horaria (pruebe Asia/Bangkok o Europe/Berlin)</translation>
    </message>
    <message>
        <source>name the channel</source>
        <translation>indique el canal de venta</translation>
    </message>
    <message>
        <source>the fee must be a percentage from 0 to 100, like 2.9 (not &quot;%1&quot;)</source>
        <translation>la comisión debe ser un porcentaje de 0 a 100, como 2.9 (no &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>SalesReportService</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devueltos</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Ingresos (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Devoluciones (%1)</translation>
    </message>
    <message>
        <source>Average order (%1)</source>
        <translation>Pedido medio (%1)</translation>
    </message>
    <message>
        <source>Margin (%1)</source>
        <translation>Margen (%1)</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Margen %</translation>
    </message>
    <message>
        <source>Previous revenue (%1)</source>
        <translation>Ingresos anteriores (%1)</translation>
    </message>
    <message>
        <source>Growth %</source>
        <translation>Crecimiento %</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>Región desconocida</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Sin país</translation>
    </message>
    <message>
        <source>No market</source>
        <translation>Sin mercado</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Sin canal de venta</translation>
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
        <translation>el periodo empieza (%1) después de terminar (%2)</translation>
    </message>
</context>
<context>
    <name>ServiceEditDialog</name>
    <message>
        <source>The service needs a name.</source>
        <translation>El servicio necesita un nombre.</translation>
    </message>
    <message>
        <source>The fuel surcharge must be a percentage such as 29.25.</source>
        <translation>El recargo por combustible debe ser un porcentaje como 29.25.</translation>
    </message>
    <message>
        <source>The rate card&apos;s date must read like 2026-11-30.</source>
        <translation>La fecha de la tarifa de envío debe tener la forma 2026-11-30.</translation>
    </message>
    <message>
        <source>The carrier needs a name.</source>
        <translation>El transportista necesita un nombre.</translation>
    </message>
    <message>
        <source>The tracking link needs {n} where the tracking number goes.</source>
        <translation>El enlace de seguimiento necesita {n} donde va el número de seguimiento.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Zones, weight brackets and prices change with a rate-card import.</source>
        <translation>Las zonas, los tramos de peso y los precios cambian al importar una tarifa de envío.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Dimensional divisor (cm³/kg, 0 = none):</source>
        <translation>&amp;Divisor volumétrico (cm³/kg, 0 = ninguno):</translation>
    </message>
    <message>
        <source>&amp;Weight step (g):</source>
        <translation>Incremento de &amp;peso (g):</translation>
    </message>
    <message>
        <source>&amp;Fuel surcharge (%):</source>
        <translation>Recargo por &amp;combustible (%):</translation>
    </message>
    <message>
        <source>Rates &amp;as of:</source>
        <translation>Tarifas &amp;a fecha de:</translation>
    </message>
    <message>
        <source>Ca&amp;rrier name:</source>
        <translation>Nombre del t&amp;ransportista:</translation>
    </message>
    <message>
        <source>&amp;Tracking link:</source>
        <translation>Enlace de &amp;seguimiento:</translation>
    </message>
    <message>
        <source>E&amp;xpress (needs the recipient&apos;s phone)</source>
        <translation>E&amp;xpress (requiere el teléfono del destinatario)</translation>
    </message>
    <message>
        <source>&amp;Postal item (CN22/CN23 customs forms)</source>
        <translation>Envío &amp;postal (formularios de aduanas CN22/CN23)</translation>
    </message>
    <message>
        <source>Offered in rate &amp;shopping</source>
        <translation>Di&amp;sponible al comparar tarifas</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
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
        <translation>solo por peso</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 días</translation>
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
        <translation>Estándar</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation>Divisor</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Combustible</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Tránsito</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShipCommand</name>
    <message>
        <source>ship: unknown subcommand %1</source>
        <translation>ship: subcomando desconocido %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a weight (grams, or with a unit: 1.2kg, 3lb)</source>
        <translation>%1: &quot;%2&quot; no es un peso (en gramos o con unidad: 1.2kg, 3lb)</translation>
    </message>
    <message>
        <source>--dims needs --weight too</source>
        <translation>--dims requiere también --weight</translation>
    </message>
    <message>
        <source>order %1 has no shipment: create one with ship create</source>
        <translation>el pedido %1 no tiene envío: cree uno con ship create</translation>
    </message>
    <message>
        <source>Rates to %1</source>
        <translation>Tarifas a %1</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 días</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>zona %1</translation>
    </message>
    <message>
        <source>weight: %1</source>
        <translation>peso: %1</translation>
    </message>
    <message>
        <source>freight %1 + fuel %2</source>
        <translation>flete %1 + combustible %2</translation>
    </message>
    <message>
        <source>* the default by the shop&apos;s rule (%1)</source>
        <translation>* el predeterminado según la regla de la tienda (%1)</translation>
    </message>
    <message numerus="yes">
        <source>cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>el más barato que llegue en %n día como máximo</numerusform>
            <numerusform>el más barato que llegue en %n días como máximo</numerusform>
        </translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>el más barato</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Shipment %1 for %2: %3, %4, billable %5</source>
        <translation>Envío %1 para %2: %3, %4, facturable %5</translation>
    </message>
    <message>
        <source>Customs form: %1</source>
        <translation>Formulario de aduanas: %1</translation>
    </message>
    <message>
        <source>Package %1: %2 %3</source>
        <translation>Bulto %1: %2 %3</translation>
    </message>
    <message>
        <source>Shipment %1: %2, %3, %4</source>
        <translation>Envío %1: %2, %3, %4</translation>
    </message>
    <message>
        <source>package %1: %2</source>
        <translation>bulto %1: %2</translation>
    </message>
    <message>
        <source>divisor %1</source>
        <translation>divisor %1</translation>
    </message>
    <message>
        <source>fuel %1%</source>
        <translation>combustible %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n país</numerusform>
            <numerusform>%n países</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>Rate cards written to %1</source>
        <translation>Tarifas de envío escritas en %1</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation>%1: no se importó nada</translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1: no se importó nada: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) checked, nothing written</source>
        <translation>
            <numerusform>%1: %n servicio comprobado, no se escribió nada</numerusform>
            <numerusform>%1: %n servicios comprobados, no se escribió nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) imported</source>
        <translation>
            <numerusform>%1: %n servicio importado</numerusform>
            <numerusform>%1: %n servicios importados</numerusform>
        </translation>
    </message>
    <message>
        <source>--max-days: &quot;%1&quot; is not a number of days (0 = any)</source>
        <translation>--max-days: &quot;%1&quot; no es un número de días (0 = cualquiera)</translation>
    </message>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>Servicio predeterminado: el más barato que llegue en %n día como máximo</numerusform>
            <numerusform>Servicio predeterminado: el más barato que llegue en %n días como máximo</numerusform>
        </translation>
    </message>
    <message>
        <source>Default service: the cheapest</source>
        <translation>Servicio predeterminado: el más barato</translation>
    </message>
    <message>
        <source>there is no service %1</source>
        <translation>no existe el servicio %1</translation>
    </message>
    <message>
        <source>FROM and TO are serial numbers</source>
        <translation>FROM y TO son números de serie</translation>
    </message>
    <message>
        <source>%1 numbers %2%3… to %2%4… %5</source>
        <translation>%1 números %2%3… a %2%4… %5</translation>
    </message>
    <message>
        <source>%1 is packed</source>
        <translation>Pedido %1 embalado</translation>
    </message>
    <message>
        <source>%1 is shipped</source>
        <translation>Pedido %1 enviado</translation>
    </message>
</context>
<context>
    <name>ShipFromDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Línea de dirección &amp;1:</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Línea de dirección &amp;2:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>&amp;Province or state:</source>
        <translation>&amp;Provincia o estado:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>Código p&amp;ostal:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Número de I&amp;VA:</translation>
    </message>
    <message>
        <source>E&amp;ORI number:</source>
        <translation>Número E&amp;ORI:</translation>
    </message>
    <message>
        <source>IOSS n&amp;umber:</source>
        <translation>Número IO&amp;SS:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Firmante:</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Ship-from address</source>
        <translation>Dirección de origen</translation>
    </message>
    <message>
        <source>Labels, customs forms and invoices print this address and these numbers. The country is the shop&apos;s home country, %1.</source>
        <translation>Esta dirección y estos números aparecen en las etiquetas, los formularios de aduanas y las facturas. El país es el de la tienda, %1.</translation>
    </message>
</context>
<context>
    <name>ShipmentBooking</name>
    <message>
        <source>no such order</source>
        <translation>el pedido no existe</translation>
    </message>
    <message>
        <source>the order is on hold: release it first</source>
        <translation>el pedido está en espera: libérelo primero</translation>
    </message>
    <message>
        <source>the order is cancelled</source>
        <translation>el pedido está cancelado</translation>
    </message>
    <message>
        <source>the order was shipped already</source>
        <translation>el pedido ya se envió</translation>
    </message>
    <message>
        <source>tracking number %1 is not a %2 number: %3</source>
        <translation>el número de seguimiento %1 no es un número de %2: %3</translation>
    </message>
    <message>
        <source>tracking number %1: %2</source>
        <translation>número de seguimiento %1: %2</translation>
    </message>
    <message>
        <source>no label for this order: %1</source>
        <translation>no hay etiqueta para este pedido: %1</translation>
    </message>
    <message>
        <source>no service ships to %1</source>
        <translation>ningún servicio envía a %1</translation>
    </message>
    <message>
        <source>there is no active service %1</source>
        <translation>no existe el servicio activo %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no such package</source>
        <translation>el bulto no existe</translation>
    </message>
    <message>
        <source>no such shipment</source>
        <translation>el envío no existe</translation>
    </message>
    <message>
        <source>packed with %1</source>
        <translation>embalado con %1</translation>
    </message>
    <message>
        <source>%1, tracking %2</source>
        <translation>%1, seguimiento %2</translation>
    </message>
    <message>
        <source>the tracking numbers allocated to %1 are used up (%2 to %3): ask the post for a new range</source>
        <translation>los números de seguimiento asignados a %1 se han agotado (%2 a %3): pida un nuevo rango al operador postal</translation>
    </message>
    <message>
        <source>an S10 range is two letters, serial numbers from 0 to 99999999 and a two-letter country</source>
        <translation>un rango S10 consta de dos letras, números de serie de 0 a 99999999 y un país de dos letras</translation>
    </message>
</context>
<context>
    <name>ShipmentRepository</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Label printed</source>
        <translation>Etiqueta impresa</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>cannot store the shipment: %1</source>
        <translation>no se puede guardar el envío: %1</translation>
    </message>
    <message>
        <source>cannot store package %1: %2</source>
        <translation>no se puede guardar el bulto %1: %2</translation>
    </message>
</context>
<context>
    <name>ShipmentsPanel</name>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Type or scan the carrier&apos;s tracking number:</source>
        <translation>Escriba o escanee el número de seguimiento del transportista:</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Envío %1</translation>
    </message>
    <message>
        <source>customs form %1</source>
        <translation>formulario de aduanas %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Bulto %1</translation>
    </message>
    <message>
        <source>no tracking number yet</source>
        <translation>aún sin número de seguimiento</translation>
    </message>
    <message>
        <source>Customs papers (not needed at home)</source>
        <translation>Documentos de aduanas (no necesarios en envíos nacionales)</translation>
    </message>
    <message>
        <source>Customs form %1</source>
        <translation>Formulario de aduanas %1</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>Factura comercial</translation>
    </message>
    <message>
        <source>Customs form or invoice</source>
        <translation>Formulario de aduanas o factura</translation>
    </message>
    <message>
        <source>This parcel stays in the country: it needs no customs papers.</source>
        <translation>Este paquete no sale del país: no necesita documentos de aduanas.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 enviado a la impresora.</translation>
    </message>
    <message>
        <source>Shipment %1 is shipped.</source>
        <translation>Envío %1 marcado como enviado.</translation>
    </message>
    <message>
        <source>Tracking number of package %1 saved.</source>
        <translation>Número de seguimiento del bulto %1 guardado.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>No label for this order: %1</source>
        <translation>No hay etiqueta para este pedido: %1</translation>
    </message>
    <message>
        <source>No shipment yet. Rate shop to choose a service and create one.</source>
        <translation>Aún no hay envío. Compare tarifas para elegir un servicio y crear uno.</translation>
    </message>
    <message>
        <source>Rate shop / create &amp;shipment…</source>
        <translation>Comparar tarifas / crear &amp;envío…</translation>
    </message>
    <message>
        <source>Mark shi&amp;pped</source>
        <translation>&amp;Marcar como enviado</translation>
    </message>
    <message>
        <source>&amp;Tracking number…</source>
        <translation>&amp;Número de seguimiento…</translation>
    </message>
    <message>
        <source>Shipping label</source>
        <translation>Etiqueta de envío</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Albarán</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
</context>
<context>
    <name>ShippingDocumentBuilder</name>
    <message>
        <source>no such order</source>
        <translation>el pedido no existe</translation>
    </message>
    <message>
        <source>no such shipment for order %1</source>
        <translation>no existe tal envío para el pedido %1</translation>
    </message>
</context>
<context>
    <name>ShippingLabel</name>
    <message>
        <source>Shipping label %1</source>
        <translation>Etiqueta de envío %1</translation>
    </message>
</context>
<context>
    <name>ShopifyOrderMapper</name>
    <message>
        <source>the order has no name (order number)</source>
        <translation>el pedido no tiene nombre (número de pedido)</translation>
    </message>
</context>
<context>
    <name>ShopifyProductCsv</name>
    <message>
        <source>every row needs the product&apos;s handle</source>
        <translation>cada fila necesita el handle del producto</translation>
    </message>
    <message>
        <source>the first row of product &quot;%1&quot; needs its title</source>
        <translation>la primera fila del producto &quot;%1&quot; necesita su título</translation>
    </message>
    <message>
        <source>no SKU; using &quot;%1&quot;</source>
        <translation>sin SKU; se usa &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: no se puede escribir el archivo: %2</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: no se puede terminar de escribir el archivo: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: no se puede crear el libro</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: no se puede escribir el libro: %2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1: no se puede reemplazar el archivo</translation>
    </message>
</context>
<context>
    <name>TaxId</name>
    <message>
        <source>tax ID is missing</source>
        <translation>falta la identificación fiscal</translation>
    </message>
    <message>
        <source>tax ID is missing; %1 is required</source>
        <translation>falta la identificación fiscal; se requiere %1</translation>
    </message>
    <message>
        <source>CPF &quot;%1&quot; is not valid: it needs 11 digits with matching check digits</source>
        <translation>el CPF &quot;%1&quot; no es válido: necesita 11 dígitos con dígitos de control correctos</translation>
    </message>
    <message>
        <source>CNPJ &quot;%1&quot; is not valid: it needs 14 characters with matching check digits</source>
        <translation>el CNPJ &quot;%1&quot; no es válido: necesita 14 caracteres con dígitos de control correctos</translation>
    </message>
    <message>
        <source>PCCC &quot;%1&quot; must be P followed by 12 digits</source>
        <translation>el PCCC &quot;%1&quot; debe ser una P seguida de 12 dígitos</translation>
    </message>
    <message>
        <source>VAT number &quot;%1&quot; must be a two-letter country code plus 2 to 13 letters or digits</source>
        <translation>el número de IVA &quot;%1&quot; debe ser un código de país de dos letras más entre 2 y 13 letras o dígitos</translation>
    </message>
    <message>
        <source>EORI number &quot;%1&quot; must be a two-letter country code plus up to 15 letters or digits</source>
        <translation>el número EORI &quot;%1&quot; debe ser un código de país de dos letras más hasta 15 letras o dígitos</translation>
    </message>
    <message>
        <source>CPF/CNPJ &quot;%1&quot; must have 11 digits (CPF) or 14 characters (CNPJ)</source>
        <translation>el CPF/CNPJ &quot;%1&quot; debe tener 11 dígitos (CPF) o 14 caracteres (CNPJ)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a placeholder (one digit repeated), not a real number</source>
        <translation>%1 &quot;%2&quot; es un marcador de posición (un dígito repetido), no un número real</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: its check digits do not match</source>
        <translation>%1 &quot;%2&quot; no es válido: sus dígitos de control no coinciden</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>the file starts like UTF-16 text but is not valid UTF-16</source>
        <translation>el archivo empieza como texto UTF-16, pero no es UTF-16 válido</translation>
    </message>
    <message>
        <source>the file contains binary data (a NUL byte); is it really a text file?</source>
        <translation>el archivo contiene datos binarios (un byte NUL); ¿es realmente un archivo de texto?</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>el archivo no es texto UTF-8 (byte 0x%1); guárdelo como &quot;CSV UTF-8&quot; y vuelva a intentarlo</translation>
    </message>
</context>
<context>
    <name>TrackingCommand</name>
    <message>
        <source>tracking: unknown subcommand %1</source>
        <translation>tracking: subcomando desconocido %1</translation>
    </message>
    <message>
        <source>--carrier: &quot;%1&quot; is neither a carrier nor a tracking scheme (%2)</source>
        <translation>--carrier: &quot;%1&quot; no es un transportista ni un esquema de seguimiento (%2)</translation>
    </message>
    <message>
        <source>valid %1 number</source>
        <translation>número de %1 válido</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation>no válido: %1</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>Transportista: %1</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
</context>
<context>
    <name>TrackingNumbers</name>
    <message>
        <source>check digit should be %1, not %2</source>
        <translation>el dígito de control debería ser %1, no %2</translation>
    </message>
    <message>
        <source>check digit should be %1, not %2 (only a warning for DHL Express: compare the number with the label)</source>
        <translation>el dígito de control debería ser %1, no %2 (solo es una advertencia para DHL Express: compare el número con la etiqueta)</translation>
    </message>
    <message>
        <source>%1 is not a country code; a postal tracking number ends with the ISO code of the sending country, like CH</source>
        <translation>%1 no es un código de país; un número de seguimiento postal termina con el código ISO del país de envío, como CH</translation>
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
        <translation>1Z seguido de 16 letras y dígitos</translation>
    </message>
    <message>
        <source>12 or 15 digits, or 22 digits starting with 96</source>
        <translation>12 o 15 dígitos, o 22 dígitos que empiezan por 96</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <source>20 to 22 digits</source>
        <translation>De 20 a 22 dígitos</translation>
    </message>
    <message>
        <source>2 letters, 9 digits and a country code, like RR123456785CH</source>
        <translation>2 letras, 9 dígitos y un código de país, como RR123456785CH</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a tracking number of a known form; expected %1</source>
        <translation>no es un número de seguimiento de un formato conocido; se esperaba %1</translation>
    </message>
    <message>
        <source>tracking number is empty</source>
        <translation>el número de seguimiento está vacío</translation>
    </message>
    <message>
        <source>not a %1 tracking number (expected %2); it looks like a %3 number</source>
        <translation>no es un número de seguimiento de %1 (se esperaba %2); parece un número de %3</translation>
    </message>
    <message>
        <source>not a %1 tracking number: expected %2</source>
        <translation>no es un número de seguimiento de %1: se esperaba %2</translation>
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
        <translation>%1 in</translation>
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
        <translation>el disco está lleno: libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>another Borderdesk window or command kept the database busy for too long; try again when it has finished</source>
        <translation>otra ventana u orden de Borderdesk ha mantenido ocupada la base de datos demasiado tiempo; vuelva a intentarlo cuando haya terminado</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>cannot start writing to the database: %1</source>
        <translation>no se puede empezar a escribir en la base de datos: %1</translation>
    </message>
    <message>
        <source>cannot save the changes: %1</source>
        <translation>no se pueden guardar los cambios: %1</translation>
    </message>
</context>
</TS>
