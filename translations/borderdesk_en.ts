<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchPrintDialog</name>
    <message numerus="yes">
        <source>Printed the documents of %Ln order(s).</source>
        <translation>
            <numerusform>Printed the documents of %Ln order.</numerusform>
            <numerusform>Printed the documents of %Ln orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The documents of %Ln order(s) are printed as one print job, in the order chosen below.</source>
        <translation>
            <numerusform>The documents of %Ln order are printed as one print job, in the order chosen below.</numerusform>
            <numerusform>The documents of %Ln orders are printed as one print job, in the order chosen below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPrintJob</name>
    <message numerus="yes">
        <source>Borderdesk: documents of %Ln order(s)</source>
        <translation>
            <numerusform>Borderdesk: documents of %Ln order</numerusform>
            <numerusform>Borderdesk: documents of %Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarriersView</name>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %Ln day(s).</source>
        <translation>
            <numerusform>Default service: the cheapest arriving within %Ln day.</numerusform>
            <numerusform>Default service: the cheapest arriving within %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in the file.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln problem in the file.</numerusform>
            <numerusform>Nothing was imported: %Ln problems in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate card(s) imported.</source>
        <translation>
            <numerusform>%Ln rate card imported.</numerusform>
            <numerusform>%Ln rate cards imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln product(s)</source>
        <translation>
            <numerusform>Duplicate %Ln product</numerusform>
            <numerusform>Duplicate %Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s). Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %Ln product. Undo brings it back.</numerusform>
            <numerusform>Deleted %Ln products. Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteProductsCommand</name>
    <message numerus="yes">
        <source>Delete %Ln product(s)</source>
        <translation>
            <numerusform>Delete %Ln product</numerusform>
            <numerusform>Delete %Ln products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsCommand</name>
    <message numerus="yes">
        <source>%n label(s) written to %1</source>
        <translation>
            <numerusform>%n label written to %1</numerusform>
            <numerusform>%n labels written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n barcode label(s) written to %1</source>
        <translation>
            <numerusform>%n barcode label written to %1</numerusform>
            <numerusform>%n barcode labels written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gtin</name>
    <message numerus="yes">
        <source>barcode &quot;%1&quot; has %n digit(s); a GTIN has 8, 12, 13 or 14</source>
        <translation>
            <numerusform>barcode &quot;%1&quot; has %n digit; a GTIN has 8, 12, 13 or 14</numerusform>
            <numerusform>barcode &quot;%1&quot; has %n digits; a GTIN has 8, 12, 13 or 14</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HsCode</name>
    <message numerus="yes">
        <source>HS code &quot;%1&quot; has %n digit(s); it needs 6 to 10</source>
        <translation>
            <numerusform>HS code &quot;%1&quot; has %n digit; it needs 6 to 10</numerusform>
            <numerusform>HS code &quot;%1&quot; has %n digits; it needs 6 to 10</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message numerus="yes">
        <source>Database %1 is ready (schema %2). Base currency %3, home country %4, %n product(s).</source>
        <translation>
            <numerusform>Database %1 is ready (schema %2). Base currency %3, home country %4, %n product.</numerusform>
            <numerusform>Database %1 is ready (schema %2). Base currency %3, home country %4, %n products.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 · %Ln product(s)</source>
        <translation>
            <numerusform>%1 · %Ln product</numerusform>
            <numerusform>%1 · %Ln products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message numerus="yes">
        <source>Checks (%Ln blocking)</source>
        <translation>
            <numerusform>Checks (%Ln blocking)</numerusform>
            <numerusform>Checks (%Ln blocking)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This order cannot ship until %Ln problem(s) are solved.</source>
        <translation>
            <numerusform>This order cannot ship until %Ln problem is solved.</numerusform>
            <numerusform>This order cannot ship until %Ln problems are solved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…and %Ln more.</numerusform>
            <numerusform>…and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported. Fix the %Ln problem(s) below in the file and import it again.</source>
        <translation>
            <numerusform>%1: nothing was imported. Fix the %Ln problem below in the file and import it again.</numerusform>
            <numerusform>%1: nothing was imported. Fix the %Ln problems below in the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) below.</source>
        <translation>
            <numerusform>%Ln warning below.</numerusform>
            <numerusform>%Ln warnings below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message numerus="yes">
        <source>SKU &quot;%1&quot; is not in the catalogue; its lines are kept (%n more line(s) have it)</source>
        <translation>
            <numerusform>SKU &quot;%1&quot; is not in the catalogue; its lines are kept (%n more line has it)</numerusform>
            <numerusform>SKU &quot;%1&quot; is not in the catalogue; its lines are kept (%n more lines have it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) not shown</source>
        <translation>
            <numerusform>%n more warning not shown</numerusform>
            <numerusform>%n more warnings not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersCommand</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem must be fixed first.</numerusform>
            <numerusform>Nothing was imported: %n problems must be fixed first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>Exported %n order to %1.</numerusform>
            <numerusform>Exported %n orders to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>%n order shown</numerusform>
            <numerusform>%n orders shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln selected</source>
        <translation>
            <numerusform>%1, %Ln selected</numerusform>
            <numerusform>%1, %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln order(s) done.</source>
        <translation>
            <numerusform>%1: %Ln order done.</numerusform>
            <numerusform>%1: %Ln orders done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) could not be changed.</source>
        <translation>
            <numerusform>%Ln order could not be changed.</numerusform>
            <numerusform>%Ln orders could not be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more (see the details).</source>
        <translation>
            <numerusform>…and %Ln more (see the details).</numerusform>
            <numerusform>…and %Ln more (see the details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other order(s) were changed.</source>
        <translation>
            <numerusform>%Ln other order was changed.</numerusform>
            <numerusform>%Ln other orders were changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)? A cancelled order cannot be reopened.</source>
        <translation>
            <numerusform>Cancel %Ln order? A cancelled order cannot be reopened.</numerusform>
            <numerusform>Cancel %Ln orders? A cancelled order cannot be reopened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)</source>
        <translation>
            <numerusform>Cancel %Ln order</numerusform>
            <numerusform>Cancel %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln order to %1.</numerusform>
            <numerusform>Exported %Ln orders to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ order(s), counting…</source>
        <translation>
            <numerusform>%Ln+ order, counting…</numerusform>
            <numerusform>%Ln+ orders, counting…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) get no documents:</source>
        <translation>
            <numerusform>%Ln order gets no documents:</numerusform>
            <numerusform>%Ln orders get no documents:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackStationWindow</name>
    <message numerus="yes">
        <source>Order %1: %2 of %Ln item(s) packed</source>
        <translation>
            <numerusform>Order %1: %2 of %Ln item packed</numerusform>
            <numerusform>Order %1: %2 of %Ln items packed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceCommand</name>
    <message numerus="yes">
        <source>Exported %n price(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n price of %1 to %2.</numerusform>
            <numerusform>Exported %n prices of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceListsView</name>
    <message numerus="yes">
        <source>Exported %Ln price(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln price to %1.</numerusform>
            <numerusform>Exported %Ln prices to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message numerus="yes">
        <source>Importing %Ln product(s)…</source>
        <translation>
            <numerusform>Importing %Ln product…</numerusform>
            <numerusform>Importing %Ln products…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing can be imported until %Ln problem(s) are fixed in the file.</source>
        <translation>
            <numerusform>%1: nothing can be imported until %Ln problem is fixed in the file.</numerusform>
            <numerusform>%1: nothing can be imported until %Ln problems are fixed in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s).</source>
        <translation>
            <numerusform>%Ln warning.</numerusform>
            <numerusform>%Ln warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message numerus="yes">
        <source>Product labels (%n labels)</source>
        <translation>
            <numerusform>Product labels (%n label)</numerusform>
            <numerusform>Product labels (%n labels)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsCommand</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem must be fixed first.</numerusform>
            <numerusform>Nothing was imported: %n problems must be fixed first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>Exported %n product to %1.</numerusform>
            <numerusform>Exported %n products to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateCalculator</name>
    <message numerus="yes">
        <source>%n parcel(s), each on the heavier of its actual and dimensional weight: %1, %2</source>
        <translation>
            <numerusform>%n parcel, on the heavier of its actual and dimensional weight: %1, %2</numerusform>
            <numerusform>%n parcels, each on the heavier of its actual and dimensional weight: %1, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateShopping</name>
    <message numerus="yes">
        <source>%Ln item(s) weighing %1 plus %2 packaging</source>
        <translation>
            <numerusform>%Ln item weighing %1 plus %2 packaging</numerusform>
            <numerusform>%Ln items weighing %1 plus %2 packaging</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesCommand</name>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n rate</numerusform>
            <numerusform>%n rates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) counted again</source>
        <translation>
            <numerusform>%n order counted again</numerusform>
            <numerusform>%n orders counted again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message numerus="yes">
        <source>The margin is unknown where an order has a product without a cost (%Ln order(s)).</source>
        <translation>
            <numerusform>The margin is unknown where an order has a product without a cost (%Ln order).</numerusform>
            <numerusform>The margin is unknown where an order has a product without a cost (%Ln orders).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln order(s), revenue %1</source>
        <translation>
            <numerusform>Total: %Ln order, revenue %1</numerusform>
            <numerusform>Total: %Ln orders, revenue %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln cancelled</source>
        <translation>
            <numerusform>, %Ln cancelled</numerusform>
            <numerusform>, %Ln cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln best-selling product(s) by revenue.</source>
        <translation>
            <numerusform>The best-selling product by revenue.</numerusform>
            <numerusform>The %Ln best-selling products by revenue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln shipment(s), %1</source>
        <translation>
            <numerusform>Total: %Ln shipment, %1</numerusform>
            <numerusform>Total: %Ln shipments, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved to %1.</source>
        <translation>
            <numerusform>%Ln row saved to %1.</numerusform>
            <numerusform>%Ln rows saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShipCommand</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>cheapest arriving within %n day</numerusform>
            <numerusform>cheapest arriving within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) checked, nothing written</source>
        <translation>
            <numerusform>%1: %n service checked, nothing written</numerusform>
            <numerusform>%1: %n services checked, nothing written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) imported</source>
        <translation>
            <numerusform>%1: %n service imported</numerusform>
            <numerusform>%1: %n services imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>Default service: the cheapest arriving within %n day</numerusform>
            <numerusform>Default service: the cheapest arriving within %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
