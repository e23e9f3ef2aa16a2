<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddressFormat</name>
    <message>
        <source> or </source>
        <comment>between postal-code examples</comment>
        <translation> 或 </translation>
    </message>
    <message>
        <source>postal code is missing; %1 addresses need one, e.g. %2</source>
        <translation>缺少邮政编码；%1 的地址必须填写邮政编码，例如 %2</translation>
    </message>
    <message>
        <source>postal code &quot;%1&quot; does not fit; %2 postal codes look like %3</source>
        <translation>邮政编码“%1”格式不符；%2 的邮政编码格式如 %3</translation>
    </message>
</context>
<context>
    <name>AmazonOrderMapper</name>
    <message>
        <source>the row has no order-id</source>
        <translation>该行没有 order-id</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Backup copy written to %1 and checked.</source>
        <translation>备份副本已写入 %1 并通过校验。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The database it replaced is kept at %1.</source>
        <translation>被替换的数据库已保存在 %1。</translation>
    </message>
    <message>
        <source>%1: quick_check ok, schema %2.</source>
        <translation>%1: quick_check 正常，架构版本 %2。</translation>
    </message>
</context>
<context>
    <name>BarcodePainter</name>
    <message>
        <source>There is nothing to encode as %1.</source>
        <translation>没有可编码为 %1 的内容。</translation>
    </message>
    <message>
        <source>An EAN-13 barcode needs exactly 13 digits, not “%1”.</source>
        <translation>EAN-13 条码必须正好是 13 位数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>A UPC-A barcode needs exactly 12 digits, not “%1”.</source>
        <translation>UPC-A 条码必须正好是 12 位数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>“%1” is too long for a %2 barcode.</source>
        <translation>“%1”太长，无法生成 %2 条码。</translation>
    </message>
    <message>
        <source>The check digit of “%1” is wrong, so it cannot be printed as %2.</source>
        <translation>“%1”的校验位错误，因此无法打印为 %2。</translation>
    </message>
    <message>
        <source>“%1” contains characters a %2 barcode cannot carry.</source>
        <translation>“%1”包含 %2 条码不支持的字符。</translation>
    </message>
    <message>
        <source>Could not encode “%1” as %2: %3</source>
        <translation>无法将“%1”编码为 %2：%3</translation>
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
        <translation>QR 码</translation>
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
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Add one in the system&apos;s printer settings.</source>
        <translation>此计算机上未设置打印机。请在系统的打印机设置中添加一台。</translation>
    </message>
    <message>
        <source>Preparing the documents: order %1 of %2</source>
        <translation>正在准备单据：第 %1 个订单，共 %2 个</translation>
    </message>
    <message>
        <source>Sending to the printer: order %1 of %2</source>
        <translation>正在发送到打印机：第 %1 个订单，共 %2 个</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was printed.</source>
        <translation>已取消。未打印任何内容。</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>打印失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Printed the documents of %Ln order(s).</source>
        <translation>
            <numerusform>已打印 %Ln 个订单的单据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Batch</source>
        <translation>批量打印</translation>
    </message>
    <message numerus="yes">
        <source>The documents of %Ln order(s) are printed as one print job, in the order chosen below.</source>
        <translation>
            <numerusform>%Ln 个订单的单据将作为一个打印作业，按下方所选顺序打印。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print &amp;order:</source>
        <translation>打印顺序(&amp;O):</translation>
    </message>
    <message>
        <source>By SKU</source>
        <translation>按 SKU</translation>
    </message>
    <message>
        <source>By bin location</source>
        <translation>按库位</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>按列表顺序</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>打印机(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
</context>
<context>
    <name>BatchPrintJob</name>
    <message numerus="yes">
        <source>Borderdesk: documents of %Ln order(s)</source>
        <translation>
            <numerusform>Borderdesk：%Ln 个订单的单据</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents of order %1 could not be made: %2</source>
        <translation>无法生成订单 %1 的单据：%2</translation>
    </message>
    <message>
        <source>The documents of order %1 could not be made.</source>
        <translation>无法生成订单 %1 的单据。</translation>
    </message>
</context>
<context>
    <name>BorderdeskOrderMapper</name>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status</source>
        <translation>“%1”不是订单状态</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not DAP or DDP</source>
        <translation>“%1”既不是 DAP 也不是 DDP</translation>
    </message>
</context>
<context>
    <name>ByteCsvReader</name>
    <message>
        <source>a quoted field that starts here is never closed (missing &quot;)</source>
        <translation>从此处开始的带引号字段未闭合（缺少 &quot;）</translation>
    </message>
</context>
<context>
    <name>CarrierPresets</name>
    <message>
        <source>the carrier presets are missing from this build</source>
        <translation>此版本缺少承运商预设</translation>
    </message>
    <message>
        <source>the carrier presets are not valid JSON: %1</source>
        <translation>承运商预设不是有效的 JSON：%1</translation>
    </message>
</context>
<context>
    <name>CarrierRepository</name>
    <message>
        <source>cannot save carrier %1: %2</source>
        <translation>无法保存承运商 %1：%2</translation>
    </message>
    <message>
        <source>there is no carrier %1</source>
        <translation>不存在承运商 %1</translation>
    </message>
    <message>
        <source>cannot save service %1: %2</source>
        <translation>无法保存服务 %1：%2</translation>
    </message>
    <message>
        <source>cannot save the rate card of %1: %2</source>
        <translation>无法保存 %1 的运费价目表：%2</translation>
    </message>
    <message>
        <source>there is no service %1</source>
        <translation>不存在服务 %1</translation>
    </message>
</context>
<context>
    <name>CarriersView</name>
    <message>
        <source>Remove service</source>
        <translation>移除服务</translation>
    </message>
    <message>
        <source>Remove %1 and its rate card? Shipments already booked keep their price.</source>
        <translation>要移除 %1 及其运费价目表吗？已预订的货件保留原价格。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Import rate cards</source>
        <translation>导入运费价目表</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export rate cards</source>
        <translation>导出运费价目表</translation>
    </message>
    <message>
        <source>rate-cards.csv</source>
        <translation>rate-cards.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Default service</source>
        <translation>默认服务</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>规则未保存：%1</translation>
    </message>
    <message>
        <source>Default service: the cheapest.</source>
        <translation>默认服务：最便宜的服务。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Rate cards written to %1.</source>
        <translation>运费价目表已写入 %1。</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>编辑服务</translation>
    </message>
    <message>
        <source>The service was not saved: %1</source>
        <translation>服务未保存：%1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>Switch service</source>
        <translation>启用/停用服务</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 未更改：%2</translation>
    </message>
    <message>
        <source>%1 is offered in rate shopping again.</source>
        <translation>运费比价将重新提供 %1。</translation>
    </message>
    <message>
        <source>%1 is switched off: rate shopping no longer offers it.</source>
        <translation>%1 已停用：运费比价不再提供该服务。</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 未移除：%2</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 已移除。</translation>
    </message>
    <message>
        <source>Ship-from address saved.</source>
        <translation>发货地址已保存。</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>停用(&amp;O)</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>启用(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the service&apos;s fields and its carrier&apos;s name and tracking link</source>
        <translation>编辑该服务的字段及其承运商的名称和跟踪链接</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import rate cards…</source>
        <translation>导入运费价目表(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport rate cards…</source>
        <translation>导出运费价目表(&amp;X)…</translation>
    </message>
    <message>
        <source>Ship-&amp;from address…</source>
        <translation>发货地址(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Printers…</source>
        <translation>打印机(&amp;P)…</translation>
    </message>
    <message>
        <source>Ra&amp;te shop…</source>
        <translation>运费比价(&amp;T)…</translation>
    </message>
    <message>
        <source>Compare every active service&apos;s price for a parcel to a country</source>
        <translation>比较所有启用的服务将包裹寄往某个国家的价格</translation>
    </message>
    <message>
        <source>The cheapest arriving &amp;within (days, 0 = any):</source>
        <translation>选择最便宜且在以下天数内送达的服务（天，0 = 不限）(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Packaging weight (g):</source>
        <translation>包装重量 (g)(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>保存规则(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %Ln day(s).</source>
        <translation>
            <numerusform>默认服务：%Ln 天内送达的最便宜服务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in the file.</source>
        <translation>
            <numerusform>未导入任何内容：文件中有 %Ln 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate card(s) imported.</source>
        <translation>
            <numerusform>已导入 %Ln 份运费价目表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Catalogue</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Barcode labels</source>
        <translation>条码标签</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <source>Product files (*.csv *.txt);;All files (*)</source>
        <translation>商品文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated product(s).</source>
        <translation>已导入 %1 个新商品，更新了 %2 个商品。</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <source>products.csv</source>
        <translation>products.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting products…</source>
        <translation>正在导出商品…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>Exported the catalogue to %1</source>
        <translation>已将商品目录导出到 %1</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>搜索 SKU、名称或条码</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>所有原产国</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>已启用和已停用</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>仅已启用</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>仅已停用</translation>
    </message>
    <message>
        <source>&amp;Add product</source>
        <translation>添加商品(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Landed cost…</source>
        <translation>到岸成本(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Barcode labels…</source>
        <translation>条码标签(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln 个商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln product(s)</source>
        <translation>
            <numerusform>复制 %Ln 个商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s). Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %Ln 个商品。撤销可将其恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelFeesDialog</name>
    <message>
        <source>A fee is a percentage from 0 to 100 with a dot for decimals, like 2.9. Check: %1</source>
        <translation>费用是 0 到 100 之间的百分比，小数用点号表示，如 2.9。请检查：%1</translation>
    </message>
    <message>
        <source>Cancelled: the fees were left as they were.</source>
        <translation>已取消：费用保持不变。</translation>
    </message>
    <message>
        <source>The fees could not be saved: %1</source>
        <translation>无法保存费用：%1</translation>
    </message>
    <message>
        <source>Channel fees</source>
        <translation>渠道费用</translation>
    </message>
    <message>
        <source>The share of revenue each sales channel keeps as its fee, in percent. Margins in the reports subtract it. Saving counts every order again.</source>
        <translation>各销售渠道作为费用抽取的收入比例（百分比）。报表中的毛利会扣除该费用。保存后将重新统计所有订单。</translation>
    </message>
    <message>
        <source>No channel has orders yet.</source>
        <translation>尚无任何销售渠道有订单。</translation>
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
        <translation>用法: borderdesk-cli [--db PATH] COMMAND [OPTIONS]

命令:
  init [--demo] [--base-currency CUR] [--home-country CC]
                         创建或打开数据库；--demo 会添加一个示例店铺
  products import FILE [--dry-run] [--currency CUR]
                         导入 Shopify 或 Borderdesk 商品 CSV（要么全部导入，要么都不导入）
  products export FILE   将商品目录写为 Borderdesk 商品 CSV
  products list [--json] [--search TEXT] [--category NAME]
  rates import FILE      导入 ECB 参考汇率文件（每日/历史 XML 或 CSV）
  rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]
                         按该日期或之前的最新汇率换算（默认为今天）
  rates list [--currency CUR] [--json]
                         每种货币的最新汇率，或某一货币的历史汇率
  rates set CUR RATE [--date YYYY-MM-DD]
                         手动输入汇率：1 EUR 兑换 RATE 单位的 CUR
  markets list [--json]  各市场及其税费、关税和起征点
  markets show CODE [--json]
  markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]
  markets clone CODE NEWCODE [--name NAME]
                         将某市场的全部设置复制到新市场
  price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
                         商品在某市场的价格及其到岸成本和毛利
  price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
                         重新计算某市场的价目表（每次更改都记入历史记录）
  price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
                         将某市场的价格导出为 CSV；FILE 以 .xlsx 结尾时导出为 XLSX
  price fix SKU --market CODE AMOUNT|--clear
                         固定商品在某市场的价格，或恢复按该市场的规则定价
  orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]
                         导入 Shopify、Amazon 或 eBay 订单报告，或 Borderdesk 订单 CSV
  orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]
  orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N]
              [--from DATE] [--to DATE] [--limit N] [--json]
  orders show NUMBER [--json]
  orders check NUMBER [--json]
                         重新检查：受限商品、发货就绪情况、欺诈评分及原因
  orders set-status NUMBER STATUS [--note TEXT]
                         new, on_hold, ready_to_ship, picked, packed, shipped, delivered, cancelled, returned
  orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT]
              [--address2 TEXT] [--city TEXT] [--province TEXT]
                         更正收件人信息（电话会经过校验并以 E.164 格式保存）并重新检查
  orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]
                         欺诈规则的权重和暂停处理阈值
  orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]
                         欺诈检查已知的货运代理地址
  orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG]
              [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--mailto]
                         以客户的语言写给客户的消息，或生成 mailto: 链接
  ship quote (ORDER | --to CC --weight G [--dims LxWxH]) [--json]
                         各服务的价格，附计费重量说明，并标出默认服务
  ship create ORDER [--service CODE] [--tracking N]… [--weight G [--dims LxWxH]]
                         预订货件（订单不得发货时将被拒绝）
  ship list ORDER [--json]    订单的货件、包裹和跟踪链接
  ship track ORDER NUMBER [--package N]
                         包裹的承运商运单号，并按其编号规则校验
  ship packed ORDER | ship shipped ORDER
  ship services [--json]      承运商的服务及其运费价目表
  ship rates import|export FILE [--dry-run]
                         CSV 格式的运费价目表（要么全部导入，要么都不导入）
  ship sender [--name N] [--company C] [--line1 …] [--city …] [--postal-code Z] [--phone P]
              [--email E] [--vat-number V] [--eori E] [--ioss I] [--signatory S]
                         标签和海关申报单上的发货地址及店铺税号
  ship rule [--max-days N]    默认服务：N 天内送达的最便宜服务（0 = 最便宜）
  ship numbers SERVICE PREFIX FROM TO COUNTRY
                         邮政分配的 S10 运单号（例如 EE 20261000 20269999 TH）
  labels ORDER… --format pdf|zpl --out FILE [--dpi 203|300]
                         4×6 英寸运单标签（每个包裹一张）
  customs ORDER --out FILE [--document customs|invoice|packing-slip]
                         PDF 格式的 CN22/CN23（邮政）或商业发票（快递）
  barcodes SKU… --out FILE [--copies N] [--roll]
                         商品条码标签（EAN-13 或 Code 128），打印在 A4 纸或热敏卷纸上
  tracking validate NUMBER [--carrier C] [--json]
                         运单号的承运商、校验位和跟踪链接
  report sales [--by region|subregion|country|month|market|channel] [--from YYYY-MM-DD]
              [--to YYYY-MM-DD] [--currency CUR] [--market M] [--country CC] [--compare] [--json]
              [--out FILE.csv|FILE.xlsx]
                         每组的订单数、扣除退货后的收入和毛利；--compare 会加上
                         上一个同等时段的数据
  report products|carriers [--from] [--to] [--currency] [--market] [--country] [--limit N] [--json]
                         畅销商品；按目的地统计的承运商支出和每个货件的平均成本
  report fees [CHANNEL PERCENT]   从毛利中扣除的渠道费用
  report timezone [ZONE]  报表按日统计所用的店铺时区（例如 Asia/Bangkok）
  report rebuild          重新统计所有订单

未指定 --db 时，数据库为 %1
退出码：0 完成，1 输入有误或被拒绝，2 用法错误。</translation>
    </message>
    <message>
        <source>borderdesk-cli: %1</source>
        <translation>borderdesk-cli: %1</translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation>--db 需要文件路径</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>products needs import, export or list</source>
        <translation>products 需要 import、export 或 list</translation>
    </message>
    <message>
        <source>rates needs import, convert, list or set</source>
        <translation>rates 需要 import、convert、list 或 set</translation>
    </message>
    <message>
        <source>markets needs list, show, restrict or clone</source>
        <translation>markets 需要 list、show、restrict 或 clone</translation>
    </message>
    <message>
        <source>orders needs import, export, list, show, check, set-status, edit, fraud-rules, forwarders or message</source>
        <translation>orders 需要 import、export、list、show、check、set-status、edit、fraud-rules、forwarders 或 message</translation>
    </message>
    <message>
        <source>ship needs quote, create, list, track, packed, shipped, services, rates, sender, rule or numbers</source>
        <translation>ship 需要 quote、create、list、track、packed、shipped、services、rates、sender、rule 或 numbers</translation>
    </message>
    <message>
        <source>tracking needs validate</source>
        <translation>tracking 需要 validate</translation>
    </message>
    <message>
        <source>report needs sales, products, carriers, fees, timezone or rebuild</source>
        <translation>report 需要 sales、products、carriers、fees、timezone 或 rebuild</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>未知命令 %1</translation>
    </message>
    <message>
        <source>  backup FILE            a consistent copy of the database, synced and checked
  restore FILE           replace the database by a checked backup (the old one is kept)
  check                  run quick_check on the database
</source>
        <translation>  backup FILE            生成数据库的一致副本，已同步到磁盘并通过校验
  restore FILE           用经过校验的备份替换数据库（保留旧数据库）
  check                  对数据库运行 quick_check
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: </source>
        <translation>错误: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>Nothing was changed. Restore a backup with: borderdesk-cli --db %1 restore FILE</source>
        <translation>未做任何更改。可用以下命令恢复备份：borderdesk-cli --db %1 restore FILE</translation>
    </message>
</context>
<context>
    <name>CommercialInvoice</name>
    <message>
        <source>Commercial invoice %1</source>
        <translation>商业发票 %1</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1: no such database file</source>
        <translation>%1: 数据库文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the database</source>
        <translation>%1: 无法创建数据库所在的文件夹</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: 无法打开数据库：%2</translation>
    </message>
    <message>
        <source>%1: this is not a database file (%2)</source>
        <translation>%1: 这不是数据库文件 (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3). It has not been changed. Please update Borderdesk to open it.</source>
        <translation>%1 由更新版本的 Borderdesk 写入（架构版本 %2；此版本最高支持 %3）。该文件未被更改。请更新 Borderdesk 后再打开。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Borderdesk one. It has not been changed.</source>
        <translation>%1 是 SQLite 数据库，但不是 Borderdesk 数据库。该文件未被更改。</translation>
    </message>
    <message>
        <source>%1: cannot configure the database: %2</source>
        <translation>%1: 无法配置数据库：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 needs a schema update, but the backup copy before it failed, so nothing was changed: %2</source>
        <translation>%1 需要更新架构，但更新前的备份失败，因此未做任何更改：%2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts here is never closed (missing &quot;)</source>
        <translation>从此处开始的带引号字段未闭合（缺少 &quot;）</translation>
    </message>
    <message>
        <source>column %1: a field of more than %L2 characters starts here; this is not a spreadsheet export (or a quote &quot; is never closed)</source>
        <translation>第 %1 列：此处开始的字段超过 %L2 个字符；这不是电子表格导出的文件（或有引号 &quot; 未闭合）</translation>
    </message>
</context>
<context>
    <name>CustomerMessageDialog</name>
    <message>
        <source>This message has no wording in %1 yet; it is shown in %2.</source>
        <translation>此消息尚无 %1 版本，现以 %2 显示。</translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation>尚待填写：%1</translation>
    </message>
    <message>
        <source>Open in mail client</source>
        <translation>用邮件客户端打开</translation>
    </message>
    <message>
        <source>No mail client opened the message. Use Copy and paste the text into your mail instead.</source>
        <translation>没有邮件客户端打开此消息。请改用“复制”，再将文本粘贴到邮件中。</translation>
    </message>
    <message>
        <source>Message to the customer of order %1</source>
        <translation>致订单 %1 客户的消息</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>消息:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人:</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>店铺名称:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>承运商:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>运单号:</translation>
    </message>
    <message>
        <source>Tracking link:</source>
        <translation>跟踪链接:</translation>
    </message>
    <message>
        <source>Reason for the delay:</source>
        <translation>延误原因:</translation>
    </message>
    <message>
        <source>Documents needed:</source>
        <translation>所需文件:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题:</translation>
    </message>
    <message>
        <source>No email address for this customer</source>
        <translation>此客户没有电子邮件地址</translation>
    </message>
    <message>
        <source>In the customer&apos;s language</source>
        <translation>使用客户的语言</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>消息文本</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copies the subject and the text, to paste into any mail or chat</source>
        <translation>复制主题和正文，可粘贴到任何邮件或聊天中</translation>
    </message>
    <message>
        <source>This customer has no email address</source>
        <translation>此客户没有电子邮件地址</translation>
    </message>
</context>
<context>
    <name>CustomsForm</name>
    <message>
        <source>CN22 customs declaration %1</source>
        <translation>CN22 海关申报单 %1</translation>
    </message>
    <message>
        <source>CN23 customs declaration %1</source>
        <translation>CN23 海关申报单 %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Counting the latest orders…</source>
        <translation>正在统计最新订单…</translation>
    </message>
    <message>
        <source>Open reports…</source>
        <translation>打开报表…</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>New, ready to ship, picked and packed orders. Click to see them.</source>
        <translation>新订单、可发货、已拣货和已打包的订单。点击查看。</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停处理</translation>
    </message>
    <message>
        <source>Orders held by the checks. Click to see them.</source>
        <translation>因检查未通过而暂停处理的订单。点击查看。</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>今日收入</translation>
    </message>
    <message>
        <source>Revenue this month</source>
        <translation>本月收入</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>Sales by region, last 12 months</source>
        <translation>近 12 个月各地区销售额</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>New, ready to ship, picked or packed</source>
        <translation>新订单、可发货、已拣货或已打包</translation>
    </message>
    <message>
        <source>Fraud check: %1
Restricted goods: %2
Missing data: %3</source>
        <translation>欺诈检查：%1
受限商品：%2
缺少数据：%3</translation>
    </message>
    <message>
        <source>Held by hand: %1</source>
        <translation>手动暂停：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>No sales in the last 12 months yet.</source>
        <translation>近 12 个月尚无销售记录。</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 already exists; choose a new file name for the copy</source>
        <translation>%1 已存在；请为副本选择新的文件名</translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full. Nothing was written and the database is unchanged.</source>
        <translation>无法写入 %1：磁盘已满。未写入任何内容，数据库未更改。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: the copy could not be saved to the disk</source>
        <translation>无法写入 %1：副本无法保存到磁盘</translation>
    </message>
    <message>
        <source>the copy for %1 did not pass its check, so it was not kept: %2</source>
        <translation>%1 的副本未通过校验，因此未保留：%2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 文件不存在</translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 不是数据库文件</translation>
    </message>
    <message>
        <source>%1 is damaged (quick_check: %2)</source>
        <translation>%1 已损坏（quick_check：%2）</translation>
    </message>
    <message>
        <source>%1 is not a Borderdesk database</source>
        <translation>%1 不是 Borderdesk 数据库</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3)</source>
        <translation>%1 由更新版本的 Borderdesk 写入（架构版本 %2；此版本最高支持 %3）</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup copy</source>
        <translation>%1 是数据库本身；请选择一个备份副本</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it there and try again</source>
        <translation>%1 正被其他程序使用；请在该程序中关闭后重试</translation>
    </message>
    <message>
        <source>cannot keep a safety copy of %1 at %2, so nothing was restored</source>
        <translation>无法在 %2 保留 %1 的安全副本，因此未恢复任何内容</translation>
    </message>
    <message>
        <source>cannot replace %1 (%2); it is unchanged</source>
        <translation>无法替换 %1（%2）；该文件未更改</translation>
    </message>
</context>
<context>
    <name>DeleteProductsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln product(s)</source>
        <translation>
            <numerusform>删除 %Ln 个商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>demo orders need the demo catalogue first</source>
        <translation>演示订单需要先有演示商品目录</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>%1, made with care and shipped from Chiang Mai.</source>
        <translation>%1，用心制作，从清迈发货。</translation>
    </message>
    <message>
        <source>the demo exchange rates are missing from this build</source>
        <translation>此版本缺少演示汇率</translation>
    </message>
</context>
<context>
    <name>DocumentNames</name>
    <message>
        <source>Shipping label</source>
        <translation>运单标签</translation>
    </message>
    <message>
        <source>Customs form</source>
        <translation>海关申报单</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>商业发票</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Product labels</source>
        <translation>商品标签</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Commercial sample</source>
        <translation>商业样品</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Returned goods</source>
        <translation>退回货物</translation>
    </message>
    <message>
        <source>Sale of goods</source>
        <translation>销售货物</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>打印预览 – %1</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>打印“%1”</translation>
    </message>
</context>
<context>
    <name>DocumentsCommand</name>
    <message>
        <source>%1: no label: %2</source>
        <translation>%1: 无标签：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: shipment %2 booked with %3</source>
        <translation>%1: 已通过 %3 预订货件 %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 无法写入：%2</translation>
    </message>
    <message>
        <source>labels: --format is pdf or zpl, --dpi is 203 or 300</source>
        <translation>labels: --format 须为 pdf 或 zpl，--dpi 须为 203 或 300</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个标签写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>customs: --document is customs, invoice or packing-slip</source>
        <translation>customs: --document 须为 customs、invoice 或 packing-slip</translation>
    </message>
    <message>
        <source>%1 stays in %2: no customs declaration is needed</source>
        <translation>%1 在 %2 境内运送：无需海关申报单</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 已写入 %2</translation>
    </message>
    <message>
        <source>barcodes: --copies is a number from 1 to 1000</source>
        <translation>barcodes: --copies 须为 1 到 1000 之间的数字</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>没有 SKU 为 %1 的商品</translation>
    </message>
    <message numerus="yes">
        <source>%n barcode label(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个条码标签写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcbRates</name>
    <message>
        <source>this is not an ECB reference-rate file (XML with Cube elements, or CSV whose first column is Date)</source>
        <translation>这不是 ECB 参考汇率文件（应为含 Cube 元素的 XML，或第一列为 Date 的 CSV）</translation>
    </message>
    <message>
        <source>the file holds no rates</source>
        <translation>文件中没有汇率</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a rate outside a dated Cube</source>
        <translation>汇率不在带日期的 Cube 元素内</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>“%1”不是货币代码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive decimal rate</source>
        <translation>“%1”不是有效的正数汇率（十进制小数）</translation>
    </message>
    <message>
        <source>the XML is broken: %1</source>
        <translation>XML 已损坏：%1</translation>
    </message>
    <message>
        <source>ECB history XML</source>
        <translation>ECB 历史汇率 XML</translation>
    </message>
    <message>
        <source>ECB daily XML</source>
        <translation>ECB 每日汇率 XML</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>ECB history CSV</source>
        <translation>ECB 历史汇率 CSV</translation>
    </message>
    <message>
        <source>ECB daily CSV</source>
        <translation>ECB 每日汇率 CSV</translation>
    </message>
</context>
<context>
    <name>EditProductCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>ExchangeRateImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: 无法读取文件：%2</translation>
    </message>
</context>
<context>
    <name>ExchangeRateRepository</name>
    <message>
        <source>cancelled; no rate was changed</source>
        <translation>已取消；未更改任何汇率</translation>
    </message>
    <message>
        <source>cannot store the %1 rate of %2: %3</source>
        <translation>无法保存 %2 的 %1 汇率：%3</translation>
    </message>
    <message>
        <source>no exchange rate for %1 and %2 on or before %3; import the ECB rates or enter one</source>
        <translation>%3 或之前没有 %1 与 %2 之间的汇率；请导入 ECB 汇率或手动输入汇率</translation>
    </message>
    <message>
        <source>%1 cannot be converted to %2: the amount is too large</source>
        <translation>无法将 %1 换算为 %2：金额过大</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Borderdesk</source>
        <translation>欢迎使用 Borderdesk</translation>
    </message>
    <message>
        <source>Tell Borderdesk about your shop. You can change this later.</source>
        <translation>请为 Borderdesk 填写您店铺的基本信息。这些信息以后可以更改。</translation>
    </message>
    <message>
        <source>Base currency (your books and costs)</source>
        <translation>本位币（用于账目和成本）</translation>
    </message>
    <message>
        <source>Home country (where you ship from)</source>
        <translation>所在国家/地区（发货地）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>FraudSettingsDialog</name>
    <message>
        <source>The fraud rules were not saved: %1</source>
        <translation>欺诈规则未保存：%1</translation>
    </message>
    <message>
        <source>Fraud rules</source>
        <translation>欺诈规则</translation>
    </message>
    <message>
        <source>Each signal that fires adds its points to an order&apos;s risk score (at most 100); 0 turns a rule off. New orders at or above the hold threshold go on hold. Changes apply to orders imported or checked again from now on.</source>
        <translation>每个被触发的信号都会将其分值计入订单的风险评分（最高 100）；设为 0 即关闭该规则。风险评分达到或超过暂停处理阈值的新订单将暂停处理。更改对此后导入或重新检查的订单生效。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>&amp;Hold new orders at a risk of:</source>
        <translation>新订单风险达到此分值时暂停处理(&amp;H):</translation>
    </message>
    <message>
        <source>High-risk &amp;categories:</source>
        <translation>高风险类别(&amp;C):</translation>
    </message>
    <message>
        <source>Product categories, separated by commas</source>
        <translation>商品类别，以逗号分隔</translation>
    </message>
</context>
<context>
    <name>FraudSettingsRepository</name>
    <message>
        <source>&quot;%1&quot; is not a fraud rule</source>
        <translation>“%1”不是欺诈规则</translation>
    </message>
    <message>
        <source>a weight must be between 0 and 100</source>
        <translation>权重必须介于 0 到 100 之间</translation>
    </message>
    <message>
        <source>the hold threshold must be between 1 and 100</source>
        <translation>暂停处理阈值必须介于 1 到 100 之间</translation>
    </message>
    <message>
        <source>a forwarder&apos;s address fragment needs at least 3 characters</source>
        <translation>货运代理地址片段至少需要 3 个字符</translation>
    </message>
</context>
<context>
    <name>Gtin</name>
    <message>
        <source>barcode is empty</source>
        <translation>条码为空</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; must contain digits only</source>
        <translation>条码“%1”只能包含数字</translation>
    </message>
    <message numerus="yes">
        <source>barcode &quot;%1&quot; has %n digit(s); a GTIN has 8, 12, 13 or 14</source>
        <translation>
            <numerusform>条码“%1”有 %n 位数字；GTIN 应为 8、12、13 或 14 位</numerusform>
        </translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; has a wrong check digit: it should end in %2, not %3</source>
        <translation>条码“%1”的校验位错误：末位应为 %2，而不是 %3</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Borderdesk: the back office for small sellers who sell abroad.</source>
        <translation>Borderdesk：面向跨境小卖家的后台管理系统。</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>打开位于 PATH 的数据库。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Interface language for this run (%1).</source>
        <translation>本次运行使用的界面语言（%1）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>将窗口渲染为 FILE（PNG）后退出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The view to show first: dashboard, catalogue, orders, shipping, reports, rates, markets, prices, packstation, or dialog/NAME for one of the dialogs (%1).</source>
        <translation>首先显示的视图：dashboard、catalogue、orders、shipping、reports、rates、markets、prices、packstation，或用 dialog/NAME 指定某个对话框（%1）。</translation>
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
        <translation>HS 编码“%1”只能包含数字</translation>
    </message>
    <message numerus="yes">
        <source>HS code &quot;%1&quot; has %n digit(s); it needs 6 to 10</source>
        <translation>
            <numerusform>HS 编码“%1”有 %n 位数字；应为 6 到 10 位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>--base-currency needs a currency code, e.g. THB</source>
        <translation>--base-currency 需要货币代码，例如 THB</translation>
    </message>
    <message>
        <source>--home-country needs a country code, e.g. TH</source>
        <translation>--home-country 需要国家代码，例如 TH</translation>
    </message>
    <message>
        <source>init: unexpected argument %1</source>
        <translation>init: 意外的参数 %1</translation>
    </message>
    <message>
        <source>--base-currency: &quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>--base-currency: “%1”不是 ISO 4217 货币代码</translation>
    </message>
    <message>
        <source>--home-country: &quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>--home-country: “%1”不是 ISO 3166 国家代码</translation>
    </message>
    <message>
        <source>%1 already has products; demo data only goes into an empty catalogue</source>
        <translation>%1 中已有商品；演示数据只能导入空的商品目录</translation>
    </message>
    <message numerus="yes">
        <source>Database %1 is ready (schema %2). Base currency %3, home country %4, %n product(s).</source>
        <translation>
            <numerusform>数据库 %1 已就绪（架构版本 %2）。本位币 %3，所在国家 %4，%n 个商品。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LandedCostCalculator</name>
    <message>
        <source>flat shipping estimate for %1 (no rate card ships this product there)</source>
        <translation>%1 的统一运费估算（没有运费价目表可将此商品寄往该地）</translation>
    </message>
    <message>
        <source>goods and shipping</source>
        <translation>货值和运费</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>货值</translation>
    </message>
    <message>
        <source>flat %1 per tariff item on a low-value parcel (goods %2 at or under %3)</source>
        <translation>低价值包裹每个税则项目统一征收 %1（货值 %2 不超过 %3）</translation>
    </message>
    <message>
        <source>none: the customs value %1 (%2) is at or under the duty threshold %3</source>
        <translation>无：完税价格 %1（%2）不超过关税起征点 %3</translation>
    </message>
    <message>
        <source>the default rate (the product has no HS code)</source>
        <translation>默认税率（该商品没有 HS 编码）</translation>
    </message>
    <message>
        <source>the rate for HS %1</source>
        <translation>HS %1 的税率</translation>
    </message>
    <message>
        <source>the default rate for HS %1</source>
        <translation>HS %1 适用的默认税率</translation>
    </message>
    <message>
        <source>%1% (%2) on %3 %4, above the duty threshold %5</source>
        <translation>按 %3 %4 征收 %1%（%2），高于关税起征点 %5</translation>
    </message>
    <message>
        <source>%1% (%2) on %3 %4; this market has no duty threshold</source>
        <translation>按 %3 %4 征收 %1%（%2）；该市场没有关税起征点</translation>
    </message>
    <message>
        <source>none: %1 charges no import VAT/GST</source>
        <translation>无：%1 不征收进口增值税/消费税</translation>
    </message>
    <message>
        <source>%1% on %2 (customs value + duty), collected by the seller at checkout for goods up to %3</source>
        <translation>按 %2（完税价格 + 关税）征收 %1%，不超过 %3 的货物由卖家在结账时代收</translation>
    </message>
    <message>
        <source>none: the customs value %1 is at or under the tax threshold %2</source>
        <translation>无：完税价格 %1 不超过税费起征点 %2</translation>
    </message>
    <message>
        <source>%1% on %2 (customs value + duty), charged at import</source>
        <translation>按 %2（完税价格 + 关税）征收 %1%，进口时缴纳</translation>
    </message>
    <message>
        <source>no clearance or handling fees set for %1</source>
        <translation>未为 %1 设置清关费或手续费</translation>
    </message>
</context>
<context>
    <name>LandedCostDialog</name>
    <message>
        <source>Landed cost of %1</source>
        <translation>%1 的到岸成本</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>市场:</translation>
    </message>
    <message>
        <source>Market&apos;s Incoterm</source>
        <translation>市场的国际贸易术语 (Incoterm)</translation>
    </message>
    <message>
        <source>DAP – buyer pays duty and tax</source>
        <translation>DAP – 买家支付关税和税费</translation>
    </message>
    <message>
        <source>DDP – seller pays duty and tax</source>
        <translation>DDP – 卖家支付关税和税费</translation>
    </message>
</context>
<context>
    <name>LandedCostPanel</name>
    <message>
        <source>Goods</source>
        <translation>货值</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>关税</translation>
    </message>
    <message>
        <source>VAT/GST</source>
        <translation>增值税/消费税</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Select a price to see its landed cost.</source>
        <translation>选择一个价格以查看其到岸成本。</translation>
    </message>
    <message>
        <source>%1 into %2 (%3), rates of %4</source>
        <translation>%1 销往 %2（%3），按 %4 的汇率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>the lines above, added up</source>
        <translation>以上各项之和</translation>
    </message>
    <message>
        <source>The seller pays %1 (shipping%2). Margin after cost: %3.</source>
        <translation>卖家支付 %1（运费%2）。扣除成本后的毛利：%3。</translation>
    </message>
    <message>
        <source>, duty and tax under DDP</source>
        <translation>，以及 DDP 下的关税和税费</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Borderdesk</source>
        <translation>关于 Borderdesk</translation>
    </message>
    <message>
        <source>Borderdesk %1
The back office for small sellers who sell abroad.</source>
        <translation>Borderdesk %1
面向跨境小卖家的后台管理系统。</translation>
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
        <translation>商品目录</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>备份副本(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>导入商品(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export products…</source>
        <translation>导出商品(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;orders…</source>
        <translation>导入订单(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>物流(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pack station</source>
        <translation>打包台(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rinters and paper…</source>
        <translation>打印机和纸张(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Borderdesk</source>
        <translation>关于 Borderdesk(&amp;A)</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>my-shop.sqlite</source>
        <translation>my-shop.sqlite</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db)</source>
        <translation>Borderdesk 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open to work with it, or choose a new name.</source>
        <translation>%1 已存在。请使用“打开”来处理该文件，或选择新名称。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Borderdesk 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>备份副本</translation>
    </message>
    <message>
        <source>Backup copy written to %1 and checked.</source>
        <translation>备份副本已写入 %1 并通过校验。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln product(s)</source>
        <translation>
            <numerusform>%1 · %Ln 个商品</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>Replace everything in %1 by the backup %2?

What is in the database now is kept as a copy beside it.</source>
        <translation>用备份 %2 替换 %1 中的全部内容？

数据库中的现有内容将作为副本保存在其旁边。</translation>
    </message>
    <message>
        <source>Restored from %1; the database it replaced is kept at %2.</source>
        <translation>已从 %1 恢复；被替换的数据库已保存在 %2。</translation>
    </message>
</context>
<context>
    <name>MarketEditor</name>
    <message>
        <source>Prohibited</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>Licence needed</source>
        <translation>需要许可证</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>type a language tag such as en, ja or pt-BR</source>
        <translation>请输入语言标记，如 en、ja 或 pt-BR</translation>
    </message>
    <message>
        <source>type a number, e.g. 7.5</source>
        <translation>请输入数字，例如 7.5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a point for decimals, e.g. 7.5)</source>
        <translation>“%1”不是数字（小数请用点号，例如 7.5）</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>Duty rate for HS %1: &quot;%2&quot; is not a percentage</source>
        <translation>HS %1 的关税税率：“%2”不是百分比</translation>
    </message>
    <message>
        <source>Duty rates: HS %1 is listed twice</source>
        <translation>关税税率：HS %1 重复列出</translation>
    </message>
    <message>
        <source>Restricted goods, row %1: the HS prefix must be digits</source>
        <translation>受限商品，第 %1 行：HS 编码前缀必须为数字</translation>
    </message>
    <message>
        <source>Duty threshold</source>
        <translation>关税起征点</translation>
    </message>
    <message>
        <source>Tax threshold</source>
        <translation>税费起征点</translation>
    </message>
    <message>
        <source>Flat duty per item</source>
        <translation>每件统一关税</translation>
    </message>
    <message>
        <source>Shipping estimate</source>
        <translation>运费估算</translation>
    </message>
    <message>
        <source>Format: step:up|nearest|down:ending, e.g. 1:up:0.01, or a ladder such as 0=1:up:0.01;100=10:up:0.05</source>
        <translation>格式：step:up|nearest|down:ending（步长:向上|就近|向下:尾数），例如 1:up:0.01，或阶梯格式，如 0=1:up:0.01;100=10:up:0.05</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Taxes and duties</source>
        <translation>税费和关税</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Restricted goods</source>
        <translation>受限商品</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>VAT/GST (%)</source>
        <translation>增值税/消费税 (%)</translation>
    </message>
    <message>
        <source>Default duty (%)</source>
        <translation>默认关税 (%)</translation>
    </message>
    <message>
        <source>Duty by HS prefix</source>
        <translation>按 HS 编码前缀设定关税</translation>
    </message>
    <message>
        <source>Duty and tax on</source>
        <translation>关税和税费计征基础</translation>
    </message>
    <message>
        <source>Default Incoterm</source>
        <translation>默认国际贸易术语 (Incoterm)</translation>
    </message>
    <message>
        <source>Recipient tax ID</source>
        <translation>收件人税号</translation>
    </message>
    <message>
        <source>Price basis</source>
        <translation>定价基础</translation>
    </message>
    <message>
        <source>Markup (%)</source>
        <translation>加价 (%)</translation>
    </message>
    <message>
        <source>Price rounding</source>
        <translation>价格取整</translation>
    </message>
    <message>
        <source>Reprice threshold (%)</source>
        <translation>调价阈值 (%)</translation>
    </message>
    <message>
        <source>ISO codes, e.g. JP or AT, BE, DE</source>
        <translation>ISO 代码，例如 JP 或 AT, BE, DE</translation>
    </message>
    <message>
        <source>Add a country…</source>
        <translation>添加国家…</translation>
    </message>
    <message>
        <source>A saved market keeps its code: price lists refer to it. Clone it to get a new code.</source>
        <translation>已保存的市场会保留其代码：价目表引用该代码。如需新代码，请克隆该市场。</translation>
    </message>
    <message>
        <source>The seller collects VAT/GST (IOSS, UK VAT, AU GST, NO VOEC…)</source>
        <translation>由卖家代收增值税/消费税（IOSS、UK VAT、AU GST、NO VOEC…）</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>货值</translation>
    </message>
    <message>
        <source>Goods + shipping</source>
        <translation>货值 + 运费</translation>
    </message>
    <message>
        <source>DAP: the buyer pays duty and tax on delivery.
DDP: the seller pays them; prices include them.</source>
        <translation>DAP：买家在收货时支付关税和税费。
DDP：由卖家支付；价格已包含这些费用。</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>基础价格</translation>
    </message>
    <message>
        <source>Cost + markup</source>
        <translation>成本 + 加价</translation>
    </message>
    <message>
        <source>e.g. CPF/CNPJ or PCCC</source>
        <translation>例如 CPF/CNPJ 或 PCCC</translation>
    </message>
    <message>
        <source>Suggest new prices when exchange rates move a price by more than this.</source>
        <translation>当汇率变动使价格变化超过此比例时，建议新价格。</translation>
    </message>
    <message>
        <source>No duty at or under this value.</source>
        <translation>不超过此金额时免征关税。</translation>
    </message>
    <message>
        <source>No import VAT/GST at or under this value, unless the seller collects it.</source>
        <translation>不超过此金额时免征进口增值税/消费税，除非由卖家代收。</translation>
    </message>
    <message>
        <source>HS prefix</source>
        <translation>HS 编码前缀</translation>
    </message>
    <message>
        <source>Duty (%)</source>
        <translation>关税 (%)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
</context>
<context>
    <name>MarketListModel</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage, e.g. 20 %</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>HS %1…: %2</source>
        <translation>HS %1…：%2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>VAT/GST</source>
        <translation>增值税/消费税</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>关税</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
</context>
<context>
    <name>MarketPresets</name>
    <message>
        <source>the market presets are missing from this build</source>
        <translation>此版本缺少市场预设</translation>
    </message>
    <message>
        <source>market presets: %1</source>
        <translation>市场预设：%1</translation>
    </message>
</context>
<context>
    <name>MarketRepository</name>
    <message>
        <source>market %1: %2</source>
        <translation>市场 %1：%2</translation>
    </message>
    <message>
        <source>cannot save market %1: %2</source>
        <translation>无法保存市场 %1：%2</translation>
    </message>
    <message>
        <source>market %1, country %2: %3</source>
        <translation>市场 %1，国家 %2：%3</translation>
    </message>
    <message>
        <source>market %1, duty rate %2: %3</source>
        <translation>市场 %1，关税税率 %2：%3</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>不存在市场 %1</translation>
    </message>
    <message>
        <source>market %1 already exists</source>
        <translation>市场 %1 已存在</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>market %1: cannot add the restriction: %2</source>
        <translation>市场 %1：无法添加限制：%2</translation>
    </message>
</context>
<context>
    <name>MarketValidator</name>
    <message>
        <source>market %1: %2</source>
        <translation>市场 %1：%2</translation>
    </message>
    <message>
        <source>percentages must be decimal numbers</source>
        <translation>百分比必须是十进制数</translation>
    </message>
    <message>
        <source>a duty rate must be a decimal number</source>
        <translation>关税税率必须是十进制数</translation>
    </message>
    <message>
        <source>thresholds and amounts must be plain amounts in %1</source>
        <translation>起征点和金额必须是以 %1 计的纯金额</translation>
    </message>
    <message>
        <source>a restriction level must be prohibited, restricted or licence</source>
        <translation>限制级别必须是 prohibited（禁止）、restricted（受限）或 licence（需要许可证）</translation>
    </message>
    <message>
        <source>the code needs 1 to 10 characters</source>
        <translation>代码需要 1 到 10 个字符</translation>
    </message>
    <message>
        <source>the market needs a name</source>
        <translation>市场需要名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>“%1”不是货币代码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code</source>
        <translation>“%1”不是国家代码</translation>
    </message>
    <message>
        <source>the market needs at least one country</source>
        <translation>市场至少需要一个国家</translation>
    </message>
    <message>
        <source>percentages must not be negative</source>
        <translation>百分比不能为负数</translation>
    </message>
    <message>
        <source>duty rate for &quot;%1&quot;: the prefix must be 1 to 10 digits</source>
        <translation>“%1”的关税税率：前缀必须是 1 到 10 位数字</translation>
    </message>
    <message>
        <source>a restriction names either an HS prefix or a category</source>
        <translation>限制只能指定 HS 编码前缀或类别之一</translation>
    </message>
    <message>
        <source>the market needs the date its figures were checked (as of)</source>
        <translation>市场需要填写数据核对日期（截至日期）</translation>
    </message>
</context>
<context>
    <name>MarketsCommand</name>
    <message>
        <source>markets: unknown subcommand %1</source>
        <translation>markets: 未知子命令 %1</translation>
    </message>
    <message>
        <source>usage: markets list [--json]</source>
        <translation>用法: markets list [--json]</translation>
    </message>
    <message>
        <source>  VAT %1%  duty %2%  no duty up to %3  %4  as of %5</source>
        <translation>  增值税 %1%  关税 %2%  %3 及以下免关税  %4  截至 %5</translation>
    </message>
    <message>
        <source>usage: markets show CODE [--json]</source>
        <translation>用法: markets show CODE [--json]</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>不存在市场 %1</translation>
    </message>
    <message>
        <source>Currency %1, language %2, %3, figures as of %4</source>
        <translation>货币 %1，语言 %2，%3，数据截至 %4</translation>
    </message>
    <message>
        <source>VAT/GST %1%%2; no import tax up to %3</source>
        <translation>增值税/消费税 %1%%2；%3 及以下免进口税</translation>
    </message>
    <message>
        <source> (collected by the seller at checkout)</source>
        <translation> (由卖家在结账时代收)</translation>
    </message>
    <message>
        <source>Duty %1% by default, on %2; no duty up to %3</source>
        <translation>默认关税 %1%，按%2计征；%3 及以下免关税</translation>
    </message>
    <message>
        <source>goods and shipping</source>
        <translation>货值和运费</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>货值</translation>
    </message>
    <message>
        <source>  HS %1…: %2%</source>
        <translation>  HS %1…：%2%</translation>
    </message>
    <message>
        <source>Flat duty per tariff item: %1</source>
        <translation>每个税则项目统一关税：%1</translation>
    </message>
    <message>
        <source>Price rounding: %1</source>
        <translation>价格取整：%1</translation>
    </message>
    <message>
        <source>Shipping estimate: %1</source>
        <translation>运费估算：%1</translation>
    </message>
    <message>
        <source>Recipient tax ID required: %1</source>
        <translation>需要收件人税号：%1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>HS %1…</source>
        <translation>HS %1…</translation>
    </message>
    <message>
        <source>Restriction: %1 is %2. %3</source>
        <translation>限制：%1 为 %2。%3</translation>
    </message>
    <message>
        <source>usage: markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]</source>
        <translation>用法: markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]</translation>
    </message>
    <message>
        <source>--level: &quot;%1&quot; must be prohibited, restricted or licence</source>
        <translation>--level: “%1”必须是 prohibited（禁止）、restricted（受限）或 licence（需要许可证）</translation>
    </message>
    <message>
        <source>--hs: &quot;%1&quot; must be 1 to 10 digits</source>
        <translation>--hs: “%1”必须是 1 到 10 位数字</translation>
    </message>
    <message>
        <source>%1: %2 is now %3.</source>
        <translation>%1: %2 现为 %3。</translation>
    </message>
    <message>
        <source>usage: markets clone CODE NEWCODE [--name NAME]</source>
        <translation>用法: markets clone CODE NEWCODE [--name NAME]</translation>
    </message>
    <message>
        <source>Market %1 is a copy of %2; edit what differs.</source>
        <translation>市场 %1 是 %2 的副本；请编辑不同之处。</translation>
    </message>
</context>
<context>
    <name>MarketsView</name>
    <message>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Market %1 has changes that are not saved yet.</source>
        <translation>市场 %1 有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Market %1 was not saved: %2</source>
        <translation>市场 %1 未保存：%2</translation>
    </message>
    <message>
        <source>Market %1 has no changes to save.</source>
        <translation>市场 %1 没有需要保存的更改。</translation>
    </message>
    <message>
        <source>Market %1 was not saved.</source>
        <translation>市场 %1 未保存。</translation>
    </message>
    <message>
        <source>Market %1 saved.</source>
        <translation>市场 %1 已保存。</translation>
    </message>
    <message>
        <source>Market %1 was not copied.</source>
        <translation>市场 %1 未复制。</translation>
    </message>
    <message>
        <source>Market %1 created as a copy of %2.</source>
        <translation>已创建市场 %1，作为 %2 的副本。</translation>
    </message>
    <message>
        <source>Clone market %1</source>
        <translation>克隆市场 %1</translation>
    </message>
    <message>
        <source>Code of the new market (1 to 10 characters, e.g. IE):</source>
        <translation>新市场的代码（1 到 10 个字符，例如 IE）:</translation>
    </message>
    <message>
        <source>Name of the new market:</source>
        <translation>新市场的名称:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Delete market %1 with its duty rates, restriction rules and price lists?</source>
        <translation>要删除市场 %1 及其关税税率、限制规则和价目表吗？</translation>
    </message>
    <message>
        <source>%1 is one of Borderdesk&apos;s presets; it will not come back with updates.</source>
        <translation>%1 是 Borderdesk 的预设之一；删除后不会随更新恢复。</translation>
    </message>
    <message>
        <source>Market %1 was not deleted.</source>
        <translation>市场 %1 未删除。</translation>
    </message>
    <message>
        <source>Market %1 deleted.</source>
        <translation>市场 %1 已删除。</translation>
    </message>
    <message>
        <source>Save this market (%1)</source>
        <translation>保存此市场（%1）</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>请先修正以下问题:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>克隆(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Drop the changes and show the market as saved</source>
        <translation>放弃更改，显示已保存的市场</translation>
    </message>
    <message>
        <source>Start a new market from a copy of this one</source>
        <translation>以此市场的副本新建市场</translation>
    </message>
</context>
<context>
    <name>MessageKinds</name>
    <message>
        <source>Order confirmation</source>
        <translation>订单确认</translation>
    </message>
    <message>
        <source>Shipped, with tracking link</source>
        <translation>已发货（附跟踪链接）</translation>
    </message>
    <message>
        <source>Order delayed</source>
        <translation>订单延误</translation>
    </message>
    <message>
        <source>Customs information needed</source>
        <translation>需要海关信息</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: template %2 (%3, %4) is incomplete</source>
        <translation>%1: 模板 %2（%3，%4）不完整</translation>
    </message>
    <message>
        <source>%1 holds no templates</source>
        <translation>%1 不包含任何模板</translation>
    </message>
</context>
<context>
    <name>MessageTemplateRepository</name>
    <message>
        <source>a message template needs a language, a subject and a body</source>
        <translation>消息模板需要语言、主题和正文</translation>
    </message>
    <message>
        <source>cannot save the %1 message in %2: %3</source>
        <translation>无法保存 %2 的 %1 消息：%3</translation>
    </message>
    <message>
        <source>cannot reset the %1 message in %2: %3</source>
        <translation>无法重置 %2 的 %1 消息：%3</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>schema update %1 failed: %2</source>
        <translation>数据库架构更新 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown currency code &quot;%1&quot;</source>
        <translation>未知货币代码“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>“%1”的小数位数超过 %2 允许的位数 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (use digits and a point, e.g. 1290.50)</source>
        <translation>“%1”不是金额（请使用数字和点号，例如 1290.50）</translation>
    </message>
</context>
<context>
    <name>OrderCells</name>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>“%1”不是金额</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>“%1”的小数位数超过 %2 允许的位数 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>“%1”过大</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity (a whole number, 1 or more)</source>
        <translation>“%1”不是数量（应为 1 或以上的整数）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (for example 2026-11-20 14:03:11 +0700)</source>
        <translation>“%1”不是日期和时间（例如 2026-11-20 14:03:11 +0700）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country (use a two-letter ISO code such as DE, or the English name)</source>
        <translation>“%1”不是国家（请使用两个字母的 ISO 代码，如 DE，或英文名称）</translation>
    </message>
</context>
<context>
    <name>OrderCheckContext</name>
    <message>
        <source>the amount is too large to convert</source>
        <translation>金额过大，无法换算</translation>
    </message>
</context>
<context>
    <name>OrderChecker</name>
    <message>
        <source>%1 is prohibited in this market</source>
        <translation>%1 在此市场被禁止</translation>
    </message>
    <message>
        <source>%1 needs a licence in this market</source>
        <translation>%1 在此市场需要许可证</translation>
    </message>
    <message>
        <source>%1 is restricted in this market</source>
        <translation>%1 在此市场受限</translation>
    </message>
    <message>
        <source>SKU %1 is not in the catalogue, so its HS code, origin and weight are unknown</source>
        <translation>SKU %1 不在商品目录中，因此其 HS 编码、原产国和重量未知</translation>
    </message>
    <message>
        <source>%1 has no HS code</source>
        <translation>%1 没有 HS 编码</translation>
    </message>
    <message>
        <source>%1 has no country of origin</source>
        <translation>%1 没有原产国</translation>
    </message>
    <message>
        <source>%1 has no weight</source>
        <translation>%1 没有重量</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number is missing; express carriers require one</source>
        <translation>缺少收件人电话号码；快递承运商要求提供</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number %1 is not valid: %2</source>
        <translation>收件人电话号码 %1 无效：%2</translation>
    </message>
    <message>
        <source>the recipient&apos;s tax ID (%1) is missing; this market requires it</source>
        <translation>缺少收件人税号（%1）；此市场要求提供</translation>
    </message>
    <message>
        <source>the recipient&apos;s tax ID %1 is not valid: %2</source>
        <translation>收件人税号 %1 无效：%2</translation>
    </message>
    <message>
        <source>the ship-to address lacks %1</source>
        <translation>收货地址缺少%1</translation>
    </message>
    <message>
        <source>the ship-to country is missing</source>
        <translation>缺少收货国家</translation>
    </message>
    <message>
        <source>no market covers %1, so its duties and restricted goods are not checked</source>
        <translation>没有市场涵盖 %1，因此不检查其关税和受限商品</translation>
    </message>
    <message>
        <source>Address check (AVS) did not match</source>
        <translation>地址验证 (AVS) 不匹配</translation>
    </message>
    <message>
        <source>Address check (AVS) matched only partly</source>
        <translation>地址验证 (AVS) 仅部分匹配</translation>
    </message>
    <message>
        <source>Card security code (CVV) did not match</source>
        <translation>银行卡安全码 (CVV) 不匹配</translation>
    </message>
    <message>
        <source>Billing country differs from shipping country</source>
        <translation>账单国家与收货国家不同</translation>
    </message>
    <message>
        <source>Ships to a known freight forwarder</source>
        <translation>寄往已知的货运代理地址</translation>
    </message>
    <message>
        <source>Value far above the customer&apos;s history</source>
        <translation>金额远高于该客户的历史订单</translation>
    </message>
    <message>
        <source>Several orders from one email or address in a short time</source>
        <translation>短时间内同一电子邮件或地址下了多个订单</translation>
    </message>
    <message>
        <source>High-risk product category</source>
        <translation>高风险商品类别</translation>
    </message>
    <message>
        <source>First order from a new customer</source>
        <translation>新客户的首个订单</translation>
    </message>
    <message>
        <source>The sales channel rates it high risk</source>
        <translation>销售渠道将其评为高风险</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>a street address</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>not an international number</source>
        <translation>不是国际号码格式</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>Lines (%L1)</source>
        <translation>订单行 (%L1)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>%1 (%2, order %3)</source>
        <translation>%1（%2，订单 %3）</translation>
    </message>
    <message>
        <source>%1, paid %2</source>
        <translation>%1，已于 %2 付款</translation>
    </message>
    <message>
        <source>%1, not paid</source>
        <translation>%1，未付款</translation>
    </message>
    <message>
        <source>%1
goods %2 · discount %3 · shipping %4 · tax %5</source>
        <translation>%1
货值 %2 · 折扣 %3 · 运费 %4 · 税费 %5</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>market %1</source>
        <translation>市场 %1</translation>
    </message>
    <message>
        <source>No ship-to address</source>
        <translation>无收货地址</translation>
    </message>
    <message>
        <source>No billing address</source>
        <translation>无账单地址</translation>
    </message>
    <message>
        <source>In catalogue</source>
        <translation>在商品目录中</translation>
    </message>
    <message>
        <source>Not in catalogue</source>
        <translation>不在商品目录中</translation>
    </message>
    <message>
        <source>Blocks shipping: %1</source>
        <translation>阻止发货：%1</translation>
    </message>
    <message>
        <source>To look at: %1</source>
        <translation>需查看：%1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Nothing stops this order from shipping.</source>
        <translation>没有任何问题阻止此订单发货。</translation>
    </message>
    <message>
        <source>Risk score: %1 of 100. Orders at %2 or more go on hold.</source>
        <translation>风险评分：%1（满分 100）。评分达到 %2 或以上的订单将暂停处理。</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>已于 %1 检查。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Updated by an import</source>
        <translation>由导入更新</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态已更改</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>风险 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>货件</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>账单地址</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总计:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>税号:</translation>
    </message>
    <message>
        <source>Shipping:</source>
        <translation>物流服务:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>问题(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Risk reasons:</source>
        <translation>风险原因(&amp;R):</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>Checks (%Ln blocking)</source>
        <translation>
            <numerusform>检查（%Ln 项阻止发货）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This order cannot ship until %Ln problem(s) are solved.</source>
        <translation>
            <numerusform>解决 %Ln 个问题之前，此订单无法发货。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDocuments</name>
    <message>
        <source>the order is no longer in the database</source>
        <translation>该订单已不在数据库中</translation>
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
        <translation>%1: 无法写入文件：%2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: 无法完成文件写入：%2</translation>
    </message>
</context>
<context>
    <name>OrderFileReader</name>
    <message>
        <source>Shopify orders export</source>
        <translation>Shopify 订单导出文件</translation>
    </message>
    <message>
        <source>Amazon order report</source>
        <translation>Amazon 订单报告</translation>
    </message>
    <message>
        <source>eBay orders report</source>
        <translation>eBay 订单报告</translation>
    </message>
    <message>
        <source>Borderdesk orders CSV</source>
        <translation>Borderdesk 订单 CSV</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>the %1 header lacks the column(s) %2</source>
        <translation>%1 表头缺少列 %2</translation>
    </message>
    <message>
        <source>no %1 header found in the first 30 lines</source>
        <translation>前 30 行中未找到 %1 表头</translation>
    </message>
    <message>
        <source>not an order file Borderdesk knows: no Shopify, Amazon, eBay or Borderdesk header found</source>
        <translation>不是 Borderdesk 可识别的订单文件：未找到 Shopify、Amazon、eBay 或 Borderdesk 表头</translation>
    </message>
    <message>
        <source>the rows of order %1 are not next to each other; sort the file by order first</source>
        <translation>订单 %1 的各行不相邻；请先按订单对文件排序</translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <source>All markets</source>
        <translation>所有市场</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Search order number, email or ship-to name</source>
        <translation>搜索订单号、电子邮件或收件人姓名</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Risk at least</source>
        <translation>风险不低于(&amp;R)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Order files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>订单文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be changed…</source>
        <translation>正在取消；不会更改任何内容…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>The import was cancelled; no order was changed.</source>
        <translation>导入已取消；未更改任何订单。</translation>
    </message>
    <message>
        <source>%1 (%2) was imported.</source>
        <translation>%1（%2）已导入。</translation>
    </message>
    <message>
        <source>%1: nothing was imported.</source>
        <translation>%1: 未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…另有 %Ln 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O):</translation>
    </message>
    <message>
        <source>Detect from the file&apos;s header</source>
        <translation>根据文件表头检测</translation>
    </message>
    <message>
        <source>Orders in the file:</source>
        <translation>文件中的订单:</translation>
    </message>
    <message>
        <source>Order lines:</source>
        <translation>订单行:</translation>
    </message>
    <message>
        <source>New orders:</source>
        <translation>新订单:</translation>
    </message>
    <message>
        <source>Updated orders:</source>
        <translation>更新的订单:</translation>
    </message>
    <message>
        <source>Put on hold:</source>
        <translation>暂停处理:</translation>
    </message>
    <message>
        <source>Cannot ship yet:</source>
        <translation>暂不能发货:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported. Fix the %Ln problem(s) below in the file and import it again.</source>
        <translation>
            <numerusform>%1: 未导入任何内容。请在文件中修正以下 %Ln 个问题，然后重新导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) below.</source>
        <translation>
            <numerusform>以下有 %Ln 条警告。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message>
        <source>SKU &quot;%1&quot; is not in the catalogue; the line is kept</source>
        <translation>SKU“%1”不在商品目录中；该行已保留</translation>
    </message>
    <message numerus="yes">
        <source>SKU &quot;%1&quot; is not in the catalogue; its lines are kept (%n more line(s) have it)</source>
        <translation>
            <numerusform>SKU“%1”不在商品目录中；其订单行已保留（另有 %n 行包含该 SKU）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the order&apos;s amounts in %2 are left empty</source>
        <translation>%1；该订单以 %2 计的金额留空</translation>
    </message>
    <message>
        <source>%1:%2: the database refused order %3: %4</source>
        <translation>%1:%2: 数据库拒绝了订单 %3：%4</translation>
    </message>
    <message>
        <source>risk %1 ≥ hold threshold %2</source>
        <translation>风险 %1 ≥ 暂停处理阈值 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) not shown</source>
        <translation>
            <numerusform>另有 %n 条警告未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: 无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB)</source>
        <translation>%1: 文件过大 (%2 MB)</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>no order %1</source>
        <translation>没有订单 %1</translation>
    </message>
    <message>
        <source>%1 orders have the number %2; use the channel order id</source>
        <translation>有 %1 个订单的编号都是 %2；请使用销售渠道的订单 ID</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>没有此订单</translation>
    </message>
    <message>
        <source>order %1 cannot go from %2 to %3 (allowed: %4)</source>
        <translation>订单 %1 无法从“%2”变为“%3”（允许：%4）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>order %1 cannot ship: %2</source>
        <translation>订单 %1 无法发货：%2</translation>
    </message>
    <message>
        <source>risk %1 ≥ hold threshold %2</source>
        <translation>风险 %1 ≥ 暂停处理阈值 %2</translation>
    </message>
    <message>
        <source>cannot ship</source>
        <translation>无法发货</translation>
    </message>
</context>
<context>
    <name>OrderRowMapper</name>
    <message>
        <source>&quot;%1&quot; is not a currency code (three letters such as USD)</source>
        <translation>“%1”不是货币代码（应为三个字母，如 USD）</translation>
    </message>
    <message>
        <source>the line has neither a SKU nor a product name</source>
        <translation>该行既没有 SKU 也没有商品名称</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>价格不能为负数</translation>
    </message>
    <message>
        <source>%1 does not divide evenly by the quantity %2; the unit price is rounded down</source>
        <translation>%1 无法被数量 %2 整除；单价已向下舍入</translation>
    </message>
    <message>
        <source>order %1 has no lines</source>
        <translation>订单 %1 没有订单行</translation>
    </message>
    <message>
        <source>order %1 has no creation date</source>
        <translation>订单 %1 没有创建日期</translation>
    </message>
</context>
<context>
    <name>OrderStatuses</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停处理</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>可发货</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>已拣货</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Cannot ship</source>
        <translation>无法发货</translation>
    </message>
    <message>
        <source>At or above the hold threshold (%1)</source>
        <translation>达到或超过暂停处理阈值（%1）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>销售渠道</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
</context>
<context>
    <name>OrdersCommand</name>
    <message>
        <source>orders: unknown subcommand %1</source>
        <translation>orders: 未知的子命令 %1</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not an order status</source>
        <translation>--status: “%1”不是订单状态</translation>
    </message>
    <message>
        <source>--min-risk: &quot;%1&quot; is not a number from 0 to 100</source>
        <translation>--min-risk: “%1”不是 0 到 100 之间的数字</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: “%2”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>usage: orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]</source>
        <translation>用法: orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not auto, shopify, amazon, ebay or csv</source>
        <translation>--format: “%1”不是 auto、shopify、amazon、ebay 或 csv</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>未导入任何内容：必须先修复 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 order(s) with %3 line(s); %4 new, %5 updated; %6 put on hold; %7 cannot ship yet.</source>
        <translation>%1: %2 个订单，共 %3 个订单行；新增 %4 个，更新 %5 个；%6 个已暂停处理；%7 个暂时无法发货。</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. %1</source>
        <translation>试运行，未写入任何内容。%1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>已导入。%1</translation>
    </message>
    <message>
        <source>usage: orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]</source>
        <translation>用法: orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个订单导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N] [--from DATE] [--to DATE] [--limit N] [--json]</source>
        <translation>用法: orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N] [--from DATE] [--to DATE] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit: “%1”不是正数</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>风险 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>已显示 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> (共 %1 个)</translation>
    </message>
    <message>
        <source>usage: orders check NUMBER [--json]</source>
        <translation>用法: orders check NUMBER [--json]</translation>
    </message>
    <message>
        <source>usage: orders show NUMBER [--json]</source>
        <translation>用法: orders show NUMBER [--json]</translation>
    </message>
    <message>
        <source>Order %1 (%2 %3), %4</source>
        <translation>订单 %1（%2 %3），%4</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>收货地址:</translation>
    </message>
    <message>
        <source>  (not in the catalogue)</source>
        <translation>  （不在商品目录中）</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>总计 %1</translation>
    </message>
    <message>
        <source> = %1 at %2 (%3)</source>
        <translation> = %1，汇率 %2（%3）</translation>
    </message>
    <message>
        <source>Order %1 checked.</source>
        <translation>订单 %1 已检查。</translation>
    </message>
    <message>
        <source>cannot ship: </source>
        <translation>无法发货: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>备注: </translation>
    </message>
    <message>
        <source>Restricted goods: %1</source>
        <translation>受限商品：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Shipping readiness: %1</source>
        <translation>发货准备情况：%1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Fraud risk: %1 of 100</source>
        <translation>欺诈风险：%1 / 100</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>usage: orders set-status NUMBER STATUS [--note TEXT]</source>
        <translation>用法: orders set-status NUMBER STATUS [--note TEXT]</translation>
    </message>
    <message>
        <source>statuses: %1</source>
        <translation>可用状态: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status</source>
        <translation>“%1”不是订单状态</translation>
    </message>
    <message>
        <source>Order %1 is now %2.</source>
        <translation>订单 %1 的状态现为“%2”。</translation>
    </message>
    <message>
        <source>usage: orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]</source>
        <translation>用法: orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]</translation>
    </message>
    <message>
        <source>--set %1: %2</source>
        <translation>--set %1: %2</translation>
    </message>
    <message>
        <source>expected RULE=WEIGHT</source>
        <translation>应为 RULE=WEIGHT</translation>
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
        <translation>暂停处理阈值：%1</translation>
    </message>
    <message>
        <source>High-risk categories: %1</source>
        <translation>高风险品类：%1</translation>
    </message>
    <message>
        <source>usage: orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG] [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--documents TEXT] [--mailto]</source>
        <translation>用法: orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG] [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--documents TEXT] [--mailto]</translation>
    </message>
    <message>
        <source>no %1 template in %2</source>
        <translation>%2 中没有 %1 模板</translation>
    </message>
    <message>
        <source>usage: orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT] [--address2 TEXT] [--city TEXT] [--province TEXT]</source>
        <translation>用法: orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT] [--address2 TEXT] [--city TEXT] [--province TEXT]</translation>
    </message>
    <message>
        <source>Order %1 updated; it can ship.</source>
        <translation>订单 %1 已更新；现在可以发货。</translation>
    </message>
    <message>
        <source>Order %1 updated; it still cannot ship.</source>
        <translation>订单 %1 已更新；仍无法发货。</translation>
    </message>
    <message>
        <source>usage: orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]</source>
        <translation>用法: orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <source>%Ln+ order(s), counting…</source>
        <translation>
            <numerusform>%Ln+ 个订单，正在计数…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln selected</source>
        <translation>
            <numerusform>%1，已选 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing orders to “%1”…</source>
        <translation>正在将订单改为“%1”…</translation>
    </message>
    <message>
        <source>Releasing orders…</source>
        <translation>正在恢复处理订单…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <source>order %1 is not on hold</source>
        <translation>订单 %1 未处于暂停处理状态</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>取消订单</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)? A cancelled order cannot be reopened.</source>
        <translation>
            <numerusform>要取消 %Ln 个订单吗？已取消的订单无法重新打开。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)</source>
        <translation>
            <numerusform>取消 %Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留订单</translation>
    </message>
    <message>
        <source>Checking orders again…</source>
        <translation>正在重新检查订单…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>导出订单</translation>
    </message>
    <message>
        <source>orders.csv</source>
        <translation>orders.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>正在导出订单…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个订单导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient corrected; the order was checked again.</source>
        <translation>收件人信息已更正；已重新检查该订单。</translation>
    </message>
    <message>
        <source>Fraud rules saved. They apply to orders imported or checked again from now on.</source>
        <translation>欺诈规则已保存。从现在起，规则适用于新导入或重新检查的订单。</translation>
    </message>
    <message>
        <source>Select an order to see its lines, addresses, checks and history.</source>
        <translation>选择一个订单以查看其订单行、地址、检查结果和历史记录。</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>暂停处理(&amp;H)</translation>
    </message>
    <message>
        <source>Put the selected orders on hold</source>
        <translation>将所选订单暂停处理</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>恢复处理(&amp;L)</translation>
    </message>
    <message>
        <source>Release the selected orders on hold (back to new)</source>
        <translation>恢复处理所选的暂停订单（回到新建状态）</translation>
    </message>
    <message>
        <source>&amp;Cancel order</source>
        <translation>取消订单(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the selected orders</source>
        <translation>取消所选订单</translation>
    </message>
    <message>
        <source>Mark read&amp;y to ship</source>
        <translation>标记为可发货(&amp;Y)</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>重新检查(&amp;G)</translation>
    </message>
    <message>
        <source>Check the selected orders again with today&apos;s catalogue, markets and fraud rules</source>
        <translation>按照当前的商品目录、市场和欺诈规则重新检查所选订单</translation>
    </message>
    <message>
        <source>&amp;Message customer…</source>
        <translation>联系客户(&amp;M)…</translation>
    </message>
    <message>
        <source>Edit recipie&amp;nt…</source>
        <translation>编辑收件人(&amp;N)…</translation>
    </message>
    <message>
        <source>Correct the phone, tax ID, language or address, then check the order again</source>
        <translation>更正电话、税号、语言或地址，然后重新检查订单</translation>
    </message>
    <message>
        <source>Fra&amp;ud rules…</source>
        <translation>欺诈规则(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Export the &amp;selected orders…</source>
        <translation>导出所选订单(&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;all orders the filter shows…</source>
        <translation>导出筛选结果中的全部订单(&amp;A)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln order(s) done.</source>
        <translation>
            <numerusform>%1：已处理 %Ln 个订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) could not be changed.</source>
        <translation>
            <numerusform>%Ln 个订单无法更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more (see the details).</source>
        <translation>
            <numerusform>…另有 %Ln 个（请查看详细信息）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other order(s) were changed.</source>
        <translation>
            <numerusform>另有 %Ln 个订单已更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rate shop…</source>
        <translation>运费比价(&amp;R)…</translation>
    </message>
    <message>
        <source>Compare the services for the current order and create its shipment</source>
        <translation>比较当前订单可用的服务，并为其创建货件</translation>
    </message>
    <message>
        <source>&amp;Print documents…</source>
        <translation>打印单据(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the label, customs papers and packing slip of the selected orders</source>
        <translation>打印所选订单的运单标签、报关单据和装箱单</translation>
    </message>
    <message>
        <source>Print documents</source>
        <translation>打印单据</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) get no documents:</source>
        <translation>
            <numerusform>%Ln 个订单无法生成单据:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>no printer is set up</source>
        <translation>尚未设置打印机</translation>
    </message>
    <message>
        <source>printing was cancelled</source>
        <translation>打印已取消</translation>
    </message>
</context>
<context>
    <name>PackStationWindow</name>
    <message>
        <source>Printing the label and papers for order %1…</source>
        <translation>正在打印订单 %1 的运单标签和单据…</translation>
    </message>
    <message>
        <source>Borderdesk pack station</source>
        <translation>Borderdesk 打包台</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>所需数量</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the line is complete</comment>
        <translation>完成</translation>
    </message>
    <message>
        <source>Scan each item (barcode or SKU), then Enter</source>
        <translation>逐件扫描商品（条码或 SKU），然后按 Enter</translation>
    </message>
    <message>
        <source>F5: print again · Esc: abandon the order</source>
        <translation>F5：重新打印 · Esc：放弃此订单</translation>
    </message>
    <message>
        <source>Scan or type an order number, then Enter</source>
        <translation>扫描或输入订单号，然后按 Enter</translation>
    </message>
    <message>
        <source>Enter: confirm the scan · Esc: abandon the order · F5: print again · F12: next language · F10 or Ctrl+Q: leave the pack station</source>
        <translation>Enter：确认扫描 · Esc：放弃此订单 · F5：重新打印 · F12：切换语言 · F10 或 Ctrl+Q：离开打包台</translation>
    </message>
    <message>
        <source>Pack station: no order open</source>
        <translation>打包台：未打开订单</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %2 of %Ln item(s) packed</source>
        <translation>
            <numerusform>订单 %1：已打包 %2 / %Ln 件商品</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · tracking %2</source>
        <comment>order progress, tracking number</comment>
        <translation>%1 · 运单号 %2</translation>
    </message>
    <message>
        <source>Scan the order number from the packing slip.</source>
        <translation>扫描装箱单上的订单号。</translation>
    </message>
    <message>
        <source>Order %1: scan each item.</source>
        <translation>订单 %1：请逐件扫描商品。</translation>
    </message>
    <message>
        <source>✘ NOT AN ORDER: %1</source>
        <translation>✘ 不是订单：%1</translation>
    </message>
    <message>
        <source>STOP: order %1 must not ship. No label.</source>
        <translation>停止：订单 %1 不得发货。不打印运单标签。</translation>
    </message>
    <message>
        <source>✔ %1 %2: %3 of %4</source>
        <translation>✔ %1 %2：%3 / %4</translation>
    </message>
    <message>
        <source>✘ WRONG ITEM: %1 %2 is not in this order. Put it back.</source>
        <translation>✘ 商品错误：%1 %2 不在此订单中。请放回。</translation>
    </message>
    <message>
        <source>✘ TOO MANY: all %1 of %2 are packed already. Take this one out.</source>
        <translation>✘ 数量过多：%2 的 %1 件已全部打包。请取出这一件。</translation>
    </message>
    <message>
        <source>✘ UNKNOWN BARCODE: %1 is no product and no order.</source>
        <translation>✘ 未知条码：%1 既不是商品也不是订单。</translation>
    </message>
    <message>
        <source>✔ Tracking number %1 goes on the label.</source>
        <translation>✔ 运单号 %1 将打印在运单标签上。</translation>
    </message>
    <message>
        <source>Order %1 is open already: scan its items.</source>
        <translation>订单 %1 已经打开：请扫描其商品。</translation>
    </message>
    <message>
        <source>Order %1 is not finished. Scan its items, or press Esc to abandon it and open %2.</source>
        <translation>订单 %1 尚未完成。请扫描其商品，或按 Esc 放弃该订单并打开 %2。</translation>
    </message>
    <message>
        <source>Order %1 has not printed. Press F5 to print again or Esc to abandon it.</source>
        <translation>订单 %1 尚未打印。按 F5 重新打印，或按 Esc 放弃该订单。</translation>
    </message>
    <message>
        <source>✔ Order %1 is packed: label and papers printed. Scan the next order.</source>
        <translation>✔ 订单 %1 已打包：运单标签和单据已打印。请扫描下一个订单。</translation>
    </message>
    <message>
        <source>✔ Order %1 printed again. Scan the next order.</source>
        <translation>✔ 订单 %1 已重新打印。请扫描下一个订单。</translation>
    </message>
    <message>
        <source>✘ PRINTING FAILED for order %1. Press F5 to print again.</source>
        <translation>✘ 订单 %1 打印失败。按 F5 重新打印。</translation>
    </message>
    <message>
        <source>✘ ORDER %1 NOT PACKED. Press F5 to try again or Esc to abandon it.</source>
        <translation>✘ 订单 %1 未打包。按 F5 重试，或按 Esc 放弃该订单。</translation>
    </message>
    <message>
        <source>Order %1 abandoned. Scan the next order number.</source>
        <translation>订单 %1 已放弃。请扫描下一个订单号。</translation>
    </message>
</context>
<context>
    <name>PackageRows</name>
    <message>
        <source>Package %1 needs a weight (grams, or with a unit: 1.2 kg).</source>
        <translation>包裹 %1 需要填写重量（单位为克，或带单位：1.2 kg）。</translation>
    </message>
    <message>
        <source>Package %1: %2</source>
        <translation>包裹 %1：%2</translation>
    </message>
    <message>
        <source>✓ %1 number</source>
        <translation>✓ %1 单号</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1：%2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Size (L×W×H cm)</source>
        <translation>尺寸（长×宽×高 cm）</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>包裹 %1</translation>
    </message>
    <message>
        <source>e.g. 1.2 kg</source>
        <translation>例如 1.2 kg</translation>
    </message>
    <message>
        <source>e.g. 40x30x20</source>
        <translation>例如 40x30x20</translation>
    </message>
    <message>
        <source>type or scan</source>
        <translation>输入或扫描</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <source>Packing slip</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>配送方式</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Thank you for your order!</source>
        <translation>感谢您的订购！</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Continued on the next page</source>
        <translation>接下页</translation>
    </message>
    <message>
        <source>Packing slip %1</source>
        <translation>装箱单 %1</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>%1 dpi is not a resolution a printer has.</source>
        <translation>%1 dpi 不是打印机支持的分辨率。</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>无法开始写入 PDF。</translation>
    </message>
    <message>
        <source>Could not finish writing the PDF.</source>
        <translation>无法完成 PDF 写入。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>phone number is empty</source>
        <translation>电话号码为空</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; cannot be read: it needs a known country code, such as +66</source>
        <translation>无法识别电话号码“%1”：需要有效的国家/地区代码，例如 +66</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; cannot be read</source>
        <translation>无法识别电话号码“%1”</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not valid</source>
        <translation>电话号码“%1”无效</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not valid for %2</source>
        <translation>电话号码“%1”对 %2 无效</translation>
    </message>
</context>
<context>
    <name>PriceCommand</name>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: “%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>usage: price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
       price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
       price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
       price fix SKU --market CODE AMOUNT|--clear</source>
        <translation>用法: price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
      price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
      price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
      price fix SKU --market CODE AMOUNT|--clear</translation>
    </message>
    <message>
        <source>--incoterm: &quot;%1&quot; must be DAP or DDP</source>
        <translation>--incoterm: “%1”必须是 DAP 或 DDP</translation>
    </message>
    <message>
        <source>usage: price apply --market CODE [--dry-run] [--date YYYY-MM-DD]</source>
        <translation>用法: price apply --market CODE [--dry-run] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--dry-run goes with price apply</source>
        <translation>--dry-run 只能与 price apply 一起使用</translation>
    </message>
    <message>
        <source>%1 (%2) into %3, %4, rates of %5</source>
        <translation>%1（%2）销往 %3，%4，汇率日期 %5</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>after cost and what the seller pays (%1)</source>
        <translation>扣除成本及卖家承担的费用后（%1）</translation>
    </message>
    <message>
        <source>Dry run for %1: %2 product(s) checked, %3 price(s) would change, %4 moved less than the threshold; nothing was written.</source>
        <translation>%1 试运行：检查了 %2 个商品，%3 个价格将会变动，%4 个变动幅度小于阈值；未写入任何内容。</translation>
    </message>
    <message>
        <source>%1: %2 product(s) checked, %3 price(s) changed, %4 moved less than the threshold and were kept.</source>
        <translation>%1：检查了 %2 个商品，%3 个价格已变动，%4 个变动幅度小于阈值，已保留原价。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n price(s) of %1 to %2.</source>
        <translation>
            <numerusform>已将 %1 的 %n 个价格导出到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>没有市场 %1</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>没有 SKU 为 %1 的商品</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>AMOUNT: %1</translation>
    </message>
    <message>
        <source>%1 in %2 is now fixed at %3.</source>
        <translation>%1 在 %2 的价格现已固定为 %3。</translation>
    </message>
    <message>
        <source>%1 in %2 follows the market&apos;s rule again.</source>
        <translation>%1 在 %2 的价格已恢复按市场规则计算。</translation>
    </message>
</context>
<context>
    <name>PriceExporter</name>
    <message>
        <source>there is no market %1</source>
        <translation>没有市场 %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>导出已取消</translation>
    </message>
</context>
<context>
    <name>PriceListService</name>
    <message>
        <source>fixed price for %1</source>
        <translation>%1 的固定价格</translation>
    </message>
    <message>
        <source>base price %1</source>
        <translation>基础价格 %1</translation>
    </message>
    <message>
        <source>cost %1 + %2% markup = %3</source>
        <translation>成本 %1 + %2% 加价 = %3</translation>
    </message>
    <message>
        <source>%1: the price is too large to convert</source>
        <translation>%1：价格过大，无法换算</translation>
    </message>
    <message>
        <source>%1, rounded %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7), rounded %8</source>
        <translation>%1 = %2，按 %3 的汇率（1 EUR = %4 %5 = %6 %7），%8</translation>
    </message>
    <message>
        <source>no exchange rate for %1 and %2</source>
        <translation>没有 %1 与 %2 之间的汇率</translation>
    </message>
    <message>
        <source>%1 to %2, %3: %4</source>
        <translation>%1 至 %2，%3：%4</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>没有 SKU 为 %1 的商品</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>没有市场 %1</translation>
    </message>
    <message>
        <source>cancelled; no price was changed</source>
        <translation>已取消；未更改任何价格</translation>
    </message>
    <message>
        <source>cannot store the price of %1: %2</source>
        <translation>无法保存 %1 的价格：%2</translation>
    </message>
    <message>
        <source>a fixed price for %1 must be in %2</source>
        <translation>%1 的固定价格必须以 %2 计价</translation>
    </message>
</context>
<context>
    <name>PriceListsView</name>
    <message>
        <source>Export prices</source>
        <translation>导出价格</translation>
    </message>
    <message>
        <source>prices-%1.csv</source>
        <translation>prices-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Some prices cannot be computed: %1</source>
        <translation>部分价格无法计算：%1</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>固定价格</translation>
    </message>
    <message>
        <source>Fixed price of %1 in %2 (%3); leave empty to follow the market&apos;s rule:</source>
        <translation>%1 在 %2（%3）的固定价格；留空则按市场规则计算:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Pricing %1…</source>
        <translation>正在计算 %1 的价格…</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>Apply prices</source>
        <translation>应用价格</translation>
    </message>
    <message>
        <source>%1: %2 price(s) will change; %3 moved less than the market&apos;s threshold and stay. Apply?</source>
        <translation>%1：%2 个价格将会变动；%3 个变动幅度小于市场阈值，保持不变。是否应用？</translation>
    </message>
    <message>
        <source>%1: %2 price(s) changed and kept in the price history.</source>
        <translation>%1：%2 个价格已变动，并已记入价格历史。</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>%1 in %2 is now fixed at %3.</source>
        <translation>%1 在 %2 的价格现已固定为 %3。</translation>
    </message>
    <message>
        <source>%1 in %2 follows the market&apos;s rule again.</source>
        <translation>%1 在 %2 的价格已恢复按市场规则计算。</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>搜索 SKU、名称或条码</translation>
    </message>
    <message>
        <source>Rates of:</source>
        <translation>汇率日期:</translation>
    </message>
    <message>
        <source>Markets:</source>
        <translation>市场:</translation>
    </message>
    <message>
        <source>&amp;Apply prices…</source>
        <translation>应用价格(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;xport prices…</source>
        <translation>导出价格(&amp;X)…</translation>
    </message>
    <message>
        <source>Shopify form (Price / market)</source>
        <translation>Shopify 格式（Price / 市场名称）</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln price(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个价格导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PricePreviewModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (fixed)</source>
        <translation>%1（固定）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 当前</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 新价</translation>
    </message>
    <message>
        <source>%1 change</source>
        <translation>%1 变动</translation>
    </message>
    <message>
        <source>%1 landed</source>
        <translation>%1 到岸成本</translation>
    </message>
    <message>
        <source>%1 margin</source>
        <translation>%1 毛利</translation>
    </message>
</context>
<context>
    <name>PriceRounding</name>
    <message>
        <source>no rounding</source>
        <translation>不舍入</translation>
    </message>
    <message>
        <source>up</source>
        <translation>向上取整</translation>
    </message>
    <message>
        <source>to the nearest</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <source>down</source>
        <translation>向下取整</translation>
    </message>
    <message>
        <source>%1 to steps of %2, less %3</source>
        <translation>以 %2 为步长%1，再减 %3</translation>
    </message>
    <message>
        <source>%1 to steps of %2</source>
        <translation>以 %2 为步长%1</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>自 %1 起：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price bracket (e.g. 100=10:up:0)</source>
        <translation>“%1”不是价格区间（例如 100=10:up:0）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs step:direction:ending (e.g. 1:up:0.01)</source>
        <translation>“%1”需要采用 步长:方向:尾数 格式（例如 1:up:0.01）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the direction must be up, nearest or down</source>
        <translation>“%1”：方向必须是 up、nearest 或 down</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: step and ending must be amounts in %2</source>
        <translation>“%1”：步长和尾数必须是以 %2 计的金额</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the step must be above zero and the ending no larger than the step</source>
        <translation>“%1”：步长必须大于零，且尾数不得大于步长</translation>
    </message>
</context>
<context>
    <name>PrintSession</name>
    <message>
        <source>No printer is chosen, and the system has no default printer.</source>
        <translation>未选择打印机，且系统没有默认打印机。</translation>
    </message>
    <message>
        <source>The printer “%1” was not found. Check that it is set up in the system&apos;s printer settings.</source>
        <translation>找不到打印机“%1”。请检查它是否已在系统的打印机设置中设置。</translation>
    </message>
    <message>
        <source>The printer “%1” cannot be used.</source>
        <translation>无法使用打印机“%1”。</translation>
    </message>
    <message>
        <source>The printer “%1” could not start the print job.</source>
        <translation>打印机“%1”无法开始打印作业。</translation>
    </message>
    <message>
        <source>The print job is already finished.</source>
        <translation>打印作业已经结束。</translation>
    </message>
    <message>
        <source>The printer “%1” could not start a new page.</source>
        <translation>打印机“%1”无法开始新的一页。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Drawing page %1 of “%2” failed: %3</source>
        <translation>绘制“%2”的第 %1 页失败：%3</translation>
    </message>
    <message>
        <source>The printer “%1” reported an error while printing “%2”.</source>
        <translation>打印机“%1”在打印“%2”时报告了错误。</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>The printer “%1” did not accept the print job.</source>
        <translation>打印机“%1”未接受打印作业。</translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>4 × 6 in label</source>
        <translation>4 × 6 英寸标签</translation>
    </message>
    <message>
        <source>100 × 150 mm label</source>
        <translation>100 × 150 mm 标签</translation>
    </message>
    <message>
        <source>4 × 4 in label</source>
        <translation>4 × 4 英寸标签</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Printers and Paper</source>
        <translation>打印机和纸张</translation>
    </message>
    <message>
        <source>Choose the printer and the paper for each kind of document. The pack station prints to these printers without asking.</source>
        <translation>为每种单据选择打印机和纸张。打包台将直接使用这些打印机打印，不再询问。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>No printer is set up on this computer yet. Add one in the system&apos;s printer settings, then open this dialog again.</source>
        <translation>这台计算机上尚未设置打印机。请在系统的打印机设置中添加一台，然后重新打开此对话框。</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
</context>
<context>
    <name>ProductCells</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more</source>
        <translation>“%1”不是大于或等于零的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of zero or more</source>
        <translation>“%1”不是大于或等于零的数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. THB, USD, EUR)</source>
        <translation>“%1”不是 ISO 4217 货币代码（例如 THB、USD、EUR）</translation>
    </message>
    <message>
        <source>an amount is required</source>
        <translation>必须填写金额</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; was turned into a number by a spreadsheet; format the column as text and export again</source>
        <translation>条码“%1”被电子表格转换成了数字；请将该列设置为文本格式后重新导出</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>“%1”不是 true 或 false</translation>
    </message>
</context>
<context>
    <name>ProductCsv</name>
    <message>
        <source>Borderdesk product CSV</source>
        <translation>Borderdesk 商品 CSV</translation>
    </message>
    <message>
        <source>Shopify product CSV</source>
        <translation>Shopify 商品 CSV</translation>
    </message>
    <message>
        <source>Shopify product CSV (legacy template)</source>
        <translation>Shopify 商品 CSV（旧版模板）</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the header row is not one of a Shopify product export or a Borderdesk product CSV (it needs sku and name columns, or Shopify&apos;s Handle/Title, SKU and Price)</source>
        <translation>标题行既不是 Shopify 商品导出格式，也不是 Borderdesk 商品 CSV 格式（需要 sku 和 name 列，或 Shopify 的 Handle/Title、SKU 和 Price 列）</translation>
    </message>
</context>
<context>
    <name>ProductCsvSink</name>
    <message>
        <source>SKU &quot;%1&quot; already appears on line %2</source>
        <translation>SKU“%1”已出现在第 %2 行</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>报关描述</translation>
    </message>
    <message>
        <source>Barcode (GTIN)</source>
        <translation>条码 (GTIN)</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>Dimensions (L × W × H)</source>
        <translation>尺寸（长 × 宽 × 高）</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Active (offered for sale)</source>
        <translation>启用（在售）</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— 未设置 —</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>编辑商品 %1</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>SKU %1 is already used by &quot;%2&quot;</source>
        <translation>SKU %1 已被“%2”使用</translation>
    </message>
</context>
<context>
    <name>ProductExporter</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: 无法写入文件：%2</translation>
    </message>
    <message>
        <source>cannot read the catalogue: %1</source>
        <translation>无法读取商品目录：%1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: 无法完成文件写入：%2</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; the catalogue was not changed.</source>
        <translation>导入已取消；商品目录未做更改。</translation>
    </message>
    <message>
        <source>%1: %2 new and %3 updated product(s) will be imported.</source>
        <translation>%1: 将导入 %2 个新商品，更新 %3 个商品。</translation>
    </message>
    <message>
        <source>Import products from %1</source>
        <translation>从 %1 导入商品</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Prices in this file are in:</source>
        <translation>此文件中的价格币种:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln product(s)…</source>
        <translation>
            <numerusform>正在导入 %Ln 个商品…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing can be imported until %Ln problem(s) are fixed in the file.</source>
        <translation>
            <numerusform>%1: 必须先修复文件中的 %Ln 个问题，才能导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s).</source>
        <translation>
            <numerusform>%Ln 个警告。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: 无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1: the file is too large for a product list (%2 MB)</source>
        <translation>%1: 文件过大，不像是商品列表（%2 MB）</translation>
    </message>
    <message>
        <source>%1:%2: the database refused product %3: %4</source>
        <translation>%1:%2: 数据库拒绝了商品 %3：%4</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message numerus="yes">
        <source>Product labels (%n labels)</source>
        <translation>
            <numerusform>商品标签（%n 个标签）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>cannot add product %1: %2</source>
        <translation>无法添加商品 %1：%2</translation>
    </message>
    <message>
        <source>cannot save product %1: %2</source>
        <translation>无法保存商品 %1：%2</translation>
    </message>
    <message>
        <source>product %1 no longer exists</source>
        <translation>商品 %1 已不存在</translation>
    </message>
    <message>
        <source>cannot delete the product: %1</source>
        <translation>无法删除商品：%1</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>prohibited</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>licence needed</source>
        <translation>需要许可证</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1：%2 – %3</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原产地</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>限制</translation>
    </message>
</context>
<context>
    <name>ProductValidator</name>
    <message>
        <source>SKU is required</source>
        <translation>SKU 为必填项</translation>
    </message>
    <message>
        <source>SKU is longer than %1 characters</source>
        <translation>SKU 超过 %1 个字符</translation>
    </message>
    <message>
        <source>SKU must not start or end with spaces or contain control characters</source>
        <translation>SKU 的开头和结尾不能有空格，且不能包含控制字符</translation>
    </message>
    <message>
        <source>name is required</source>
        <translation>名称为必填项</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>名称超过 %1 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO country code (e.g. TH, CN, DE)</source>
        <translation>“%1”不是 ISO 国家/地区代码（例如 TH、CN、DE）</translation>
    </message>
    <message>
        <source>weight must be between 0 and %1 g</source>
        <translation>重量必须在 0 到 %1 g 之间</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2 mm</source>
        <translation>%1 必须在 0 到 %2 mm 之间</translation>
    </message>
    <message>
        <source>cost needs a known currency code</source>
        <translation>成本需要有效的货币代码</translation>
    </message>
    <message>
        <source>cost must not be negative</source>
        <translation>成本不能为负数</translation>
    </message>
    <message>
        <source>price needs a known currency code</source>
        <translation>价格需要有效的货币代码</translation>
    </message>
    <message>
        <source>price must not be negative</source>
        <translation>价格不能为负数</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>报关描述</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>ProductsCommand</name>
    <message>
        <source>products: unknown subcommand %1</source>
        <translation>products: 未知的子命令 %1</translation>
    </message>
    <message>
        <source>usage: products import FILE [--dry-run] [--currency CUR]</source>
        <translation>用法: products import FILE [--dry-run] [--currency CUR]</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>--currency: “%1”不是 ISO 4217 货币代码</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>未导入任何内容：必须先修复 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run (%1): %2 new and %3 updated product(s) would be imported; nothing was written.</source>
        <translation>试运行（%1）：将导入 %2 个新商品，更新 %3 个商品；未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>已导入 %1：新增 %2 个，更新 %3 个。</translation>
    </message>
    <message>
        <source>usage: products export FILE</source>
        <translation>用法: products export FILE</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个商品导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: products list [--json] [--search TEXT] [--category NAME]</source>
        <translation>用法: products list [--json] [--search TEXT] [--category NAME]</translation>
    </message>
    <message>
        <source>stock %1</source>
        <translation>库存 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个商品</numerusform>
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
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>不保存</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 天</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>In base currency</source>
        <translation>本位币金额</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>运输时效</translation>
    </message>
    <message>
        <source>Billable weight</source>
        <translation>计费重量</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateCalculator</name>
    <message>
        <source>dimensions &quot;%1&quot; should look like 30x20x10 (centimetres) or 300x200x100mm</source>
        <translation>尺寸“%1”的格式应类似 30x20x10（厘米）或 300x200x100mm</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; is not a length</source>
        <translation>尺寸“%1”不是长度</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 cm ÷ %4 = %5 dimensional</source>
        <translation>%1 × %2 × %3 cm ÷ %4 = 体积重 %5</translation>
    </message>
    <message>
        <source>%1 dimensional</source>
        <translation>体积重 %1</translation>
    </message>
    <message>
        <source>%1 actual</source>
        <translation>实重 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s), each on the heavier of its actual and dimensional weight: %1, %2</source>
        <translation>
            <numerusform>%n 个包裹，每个按实重与体积重中的较大者计：%1，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>no box sizes given</source>
        <translation>未提供箱子尺寸</translation>
    </message>
    <message>
        <source>%1 (no box size given)</source>
        <translation>%1（未提供箱子尺寸）</translation>
    </message>
    <message>
        <source>%1 → %2 billable</source>
        <translation>%1 → 计费 %2</translation>
    </message>
    <message>
        <source>the service is switched off</source>
        <translation>该服务已关闭</translation>
    </message>
    <message>
        <source>no parcel to price</source>
        <translation>没有可计价的包裹</translation>
    </message>
    <message>
        <source>%1 does not ship to %2</source>
        <translation>%1 不发往 %2</translation>
    </message>
    <message>
        <source>%1 takes parcels up to %2</source>
        <translation>%1 仅承运 %2 以内的包裹</translation>
    </message>
</context>
<context>
    <name>RateCardCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>标题行中没有“%1”列</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>文件中没有运费</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of at least %2</source>
        <translation>“%1”不是大于或等于 %2 的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>“%1”不是 ISO 4217 货币代码</translation>
    </message>
    <message>
        <source>the service&apos;s first row needs its carrier</source>
        <translation>该服务的第一行必须填写承运商</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage such as 12.5</source>
        <translation>“%1”不是百分比（例如 12.5）</translation>
    </message>
    <message>
        <source>the service code is empty</source>
        <translation>服务代码为空</translation>
    </message>
    <message>
        <source>the zone is empty</source>
        <translation>分区为空</translation>
    </message>
    <message>
        <source>the bracket&apos;s top weight is empty</source>
        <translation>重量区间的上限为空</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>价格不能为负数</translation>
    </message>
    <message>
        <source>zone %1 already has a price up to %2 g</source>
        <translation>分区 %1 已有 %2 g 以内的价格</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>“%1”不是 ISO 3166 国家/地区代码</translation>
    </message>
    <message>
        <source>%1 is already in zone %2 of %3</source>
        <translation>%1 已在 %3 的分区 %2 中</translation>
    </message>
</context>
<context>
    <name>RateCardWidget</name>
    <message>
        <source>Select a service to see its rate card.</source>
        <translation>选择一项服务以查看其运费价目表。</translation>
    </message>
    <message>
        <source>Rate card of %1 in %2, as of %3. Prices before the %4 % fuel surcharge.</source>
        <translation>%1 的运费价目表，以 %2 计价，截至 %3。价格未含 %4% 燃油附加费。</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>未知日期</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>%1 以内</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Extra per 0.5 kg</source>
        <translation>每续 0.5 kg</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>运输天数</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>none above %1</source>
        <translation>%1 以上无</translation>
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
        <translation>欧元始终为 1；请选择其他货币。</translation>
    </message>
    <message>
        <source>Type how many %1 one euro buys, with a point for decimals (e.g. 37.852).</source>
        <translation>输入 1 欧元可兑换多少 %1，使用小数点表示小数（例如 37.852）。</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Units per 1 EUR</source>
        <translation>1 EUR 折合金额</translation>
    </message>
</context>
<context>
    <name>RateShopDialog</name>
    <message>
        <source>The order is gone.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>Type the weight: 1.2 (kg), 850 g or 3 lb.</source>
        <translation>输入重量：1.2（kg）、850 g 或 3 lb。</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>尺寸：%1</translation>
    </message>
    <message>
        <source>Choose the destination country.</source>
        <translation>选择目的国家/地区。</translation>
    </message>
    <message>
        <source>No active service ships to %1.</source>
        <translation>没有发往 %1 的启用服务。</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>选择一项服务。</translation>
    </message>
    <message>
        <source>No shipment was created: %1</source>
        <translation>未创建货件：%1</translation>
    </message>
    <message>
        <source>Shipment %1 created with %2 for %3.</source>
        <translation>已创建货件 %1，服务 %2，费用 %3。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Ship order %1</source>
        <translation>订单 %1 发货</translation>
    </message>
    <message>
        <source>Order %1 to %2. Estimated parcel: %3.</source>
        <translation>订单 %1 发往 %2。预估包裹：%3。</translation>
    </message>
    <message>
        <source>This order may not get a label: %1</source>
        <translation>此订单可能无法获得运单标签：%1</translation>
    </message>
    <message>
        <source>Rate shopping</source>
        <translation>运费比价</translation>
    </message>
    <message>
        <source>Every active service&apos;s price for one parcel; the shop&apos;s default service is in bold.</source>
        <translation>所有启用服务对单个包裹的报价；店铺的默认服务以粗体显示。</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家/地区(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>重量(&amp;W):</translation>
    </message>
    <message>
        <source>e.g. 1.2 kg</source>
        <translation>例如 1.2 kg</translation>
    </message>
    <message>
        <source>&amp;Size (L×W×H cm):</source>
        <translation>尺寸（长×宽×高 cm）(&amp;S):</translation>
    </message>
    <message>
        <source>e.g. 40x30x20, or empty</source>
        <translation>例如 40x30x20，或留空</translation>
    </message>
    <message>
        <source>&amp;Number of packages:</source>
        <translation>包裹数量(&amp;N):</translation>
    </message>
    <message>
        <source>C&amp;reate shipment</source>
        <translation>创建货件(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RateShopping</name>
    <message>
        <source>box size unknown, so priced on actual weight</source>
        <translation>箱子尺寸未知，因此按实重计价</translation>
    </message>
    <message>
        <source>no weight for %1</source>
        <translation>%1 没有重量</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>没有此订单</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two notes on a parcel</comment>
        <translation>%1；%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) weighing %1 plus %2 packaging</source>
        <translation>
            <numerusform>%Ln 件商品，重 %1，另加包装 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesCommand</name>
    <message>
        <source>rates: unknown subcommand %1</source>
        <translation>rates: 未知的子命令 %1</translation>
    </message>
    <message>
        <source>usage: rates import FILE</source>
        <translation>用法: rates import FILE</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1: %2 new and %3 replaced rate(s) from %4 to %5.</source>
        <translation>已导入 %1：新增 %2 个汇率，替换 %3 个，日期从 %4 到 %5。</translation>
    </message>
    <message>
        <source>usage: rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]</source>
        <translation>用法: rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>“%1”不是 ISO 4217 货币代码</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>AMOUNT: %1</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: “%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1 %2 = %3 %4 (rates of %5: 1 EUR = %6 %2 = %7 %4)</source>
        <translation>%1 %2 = %3 %4（%5 的汇率：1 EUR = %6 %2 = %7 %4）</translation>
    </message>
    <message>
        <source>usage: rates list [--currency CUR] [--json]</source>
        <translation>用法: rates list [--currency CUR] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n 个汇率</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: rates set CUR RATE [--date YYYY-MM-DD]</source>
        <translation>用法: rates set CUR RATE [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency that can have a rate against the euro</source>
        <translation>“%1”不是可以设置兑欧元汇率的货币</translation>
    </message>
    <message>
        <source>RATE: &quot;%1&quot; is not a positive decimal number</source>
        <translation>RATE: “%1”不是正的小数</translation>
    </message>
    <message>
        <source>1 EUR = %1 %2 on %3</source>
        <translation>%3：1 EUR = %1 %2</translation>
    </message>
</context>
<context>
    <name>RatesDownloader</name>
    <message>
        <source>Could not download the ECB rates from %1: %2. Check the internet connection, or import a rates file you downloaded.</source>
        <translation>无法从 %1 下载 ECB 汇率：%2。请检查网络连接，或导入已下载的汇率文件。</translation>
    </message>
</context>
<context>
    <name>RatesTableModel</name>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Per 1 EUR</source>
        <translation>每 1 EUR</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>汇率日期</translation>
    </message>
</context>
<context>
    <name>RatesView</name>
    <message>
        <source>Import exchange rates</source>
        <translation>导入汇率</translation>
    </message>
    <message>
        <source>ECB rate files (*.xml *.csv);;All files (*)</source>
        <translation>ECB 汇率文件 (*.xml *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>No rates were imported.</source>
        <translation>未导入任何汇率。</translation>
    </message>
    <message>
        <source>%1: %2 new and %3 replaced rate(s), up to %4.</source>
        <translation>%1：新增 %2 个汇率，替换 %3 个，截至 %4。</translation>
    </message>
    <message>
        <source>Importing exchange rates…</source>
        <translation>正在导入汇率…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Downloading today&apos;s rates from the European Central Bank…</source>
        <translation>正在从欧洲中央银行下载今日汇率…</translation>
    </message>
    <message>
        <source>%1 per 1 EUR</source>
        <translation>每 1 EUR 兑 %1</translation>
    </message>
    <message>
        <source>No exchange rates yet: update them from the ECB or import a file</source>
        <translation>尚无汇率：请从 ECB 更新或导入文件</translation>
    </message>
    <message>
        <source>%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7)</source>
        <translation>%1 = %2，按 %3 的汇率（1 EUR = %4 %5 = %6 %7）</translation>
    </message>
    <message>
        <source>&amp;Update rates from the ECB</source>
        <translation>从 ECB 更新汇率(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Import rates file…</source>
        <translation>导入汇率文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Enter a rate…</source>
        <translation>输入汇率(&amp;E)…</translation>
    </message>
    <message>
        <source>Convert:</source>
        <translation>换算:</translation>
    </message>
</context>
<context>
    <name>RecipientEditDialog</name>
    <message>
        <source>Recipient of order %1</source>
        <translation>订单 %1 的收件人</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>税号(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>地址行 1(&amp;1):</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>地址行 2(&amp;2):</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I):</translation>
    </message>
    <message>
        <source>P&amp;rovince or state:</source>
        <translation>省/州(&amp;R):</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>邮政编码(&amp;O):</translation>
    </message>
    <message>
        <source>as the customer wrote it, e.g. 081 234 5678</source>
        <translation>按客户填写的原样，例如 081 234 5678</translation>
    </message>
    <message>
        <source>e.g. th, de, pt-BR; empty = the market&apos;s language</source>
        <translation>例如 th、de、pt-BR；留空 = 使用市场的语言</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Borderdesk – the database needs attention</source>
        <translation>Borderdesk – 数据库需要处理</translation>
    </message>
    <message>
        <source>The database %1 did not pass its check and may be damaged.</source>
        <translation>数据库 %1 未通过校验，可能已损坏。</translation>
    </message>
    <message>
        <source>Restore it from a backup: the damaged file is kept beside it, nothing is deleted. Or quit and look at the file first.</source>
        <translation>从备份恢复：损坏的文件会保留在其旁边，不会删除任何内容。或者先退出并检查该文件。</translation>
    </message>
    <message>
        <source>&amp;Backups beside the database, newest first:</source>
        <translation>数据库旁的备份，最新的在前(&amp;B):</translation>
    </message>
    <message>
        <source>No backups were found beside the database.</source>
        <translation>在数据库旁未找到备份。</translation>
    </message>
    <message>
        <source>&amp;Restore selected backup</source>
        <translation>恢复所选备份(&amp;R)</translation>
    </message>
    <message>
        <source>Restore &amp;another file…</source>
        <translation>恢复其他文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Borderdesk 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>This is a preview: nothing is restored from here.</source>
        <translation>这是预览：此处不会恢复任何内容。</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一期间</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>QDate format of a month on a chart axis</comment>
        <translation>yy年M月</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date like 2026-11-28</source>
        <translation>%1: “%2”不是类似 2026-11-28 的日期</translation>
    </message>
    <message>
        <source>--currency: %1 is not an ISO 4217 currency code</source>
        <translation>--currency: %1 不是 ISO 4217 货币代码</translation>
    </message>
    <message>
        <source>report: unknown subcommand %1</source>
        <translation>report: 未知的子命令 %1</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is not one of region, subregion, country, month, market, channel</source>
        <translation>--by: “%1”不是 region、subregion、country、month、market、channel 之一</translation>
    </message>
    <message>
        <source>cannot bring the reports up to date: %1</source>
        <translation>无法更新报表：%1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report: %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Sales by %1, %2 to %3, in %4</source>
        <translation>销售额（按 %1），%2 至 %3，以 %4 计</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 行写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no exchange rate for %1; that day is left out</source>
        <translation>警告：没有 %1 的汇率；已略过当天</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>货件</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>report fees: %1</source>
        <translation>报表费用: %1</translation>
    </message>
    <message>
        <source>report timezone: %1</source>
        <translation>报表时区: %1</translation>
    </message>
    <message>
        <source>cannot rebuild the reports: %1</source>
        <translation>无法重建报表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) counted again</source>
        <translation>
            <numerusform>已重新统计 %n 个订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportControls</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>市场(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation>与上一期间比较(&amp;C)</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>所有市场</translation>
    </message>
    <message>
        <source>Sales by region (continent)</source>
        <translation>按地区（大洲）统计销售额</translation>
    </message>
    <message>
        <source>Sales by sub-region</source>
        <translation>按次区域统计销售额</translation>
    </message>
    <message>
        <source>Sales by country</source>
        <translation>按国家/地区统计销售额</translation>
    </message>
    <message>
        <source>Sales by market</source>
        <translation>按市场统计销售额</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>按月统计销售额</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>按销售渠道统计销售额</translation>
    </message>
    <message>
        <source>Market scorecard</source>
        <translation>市场计分卡</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>热销商品</translation>
    </message>
    <message>
        <source>Carrier spend</source>
        <translation>承运商费用</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>请选择期间的第一天和最后一天。</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Sub-region</source>
        <translation>次区域</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>销售渠道</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一期间</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>毛利率 %</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>平均订单额</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <source>Cancel rate</source>
        <translation>取消率</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>货件</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Per shipment</source>
        <translation>每件货件</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>The report could not be read: %1</source>
        <translation>无法读取报表：%1</translation>
    </message>
    <message>
        <source>Channel fees saved; margins were counted again.</source>
        <translation>渠道费用已保存；已重新计算毛利。</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture, an SVG drawing or a PDF</source>
        <translation>将图表保存为 PNG 图片、SVG 矢量图或 PDF</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <source>Save the table as CSV or as an Excel workbook</source>
        <translation>将表格保存为 CSV 或 Excel 工作簿</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Channel fees…</source>
        <translation>渠道费用…</translation>
    </message>
    <message>
        <source>The share of revenue each sales channel keeps; margins subtract it</source>
        <translation>各销售渠道从收入中抽取的比例；计算毛利时会扣除</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>正在读取报表…</translation>
    </message>
    <message>
        <source>Some days had no exchange rate to %1 and are left out: %2</source>
        <translation>部分日期没有兑 %1 的汇率，已略过：%2</translation>
    </message>
    <message numerus="yes">
        <source>The margin is unknown where an order has a product without a cost (%Ln order(s)).</source>
        <translation>
            <numerusform>如果订单中有未填成本的商品，则其毛利未知（%Ln 个订单）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Revenue by region</source>
        <translation>按地区统计收入</translation>
    </message>
    <message>
        <source>Revenue by sub-region</source>
        <translation>按次区域统计收入</translation>
    </message>
    <message>
        <source>Revenue by country</source>
        <translation>按国家/地区统计收入</translation>
    </message>
    <message>
        <source>Revenue by market</source>
        <translation>按市场统计收入</translation>
    </message>
    <message>
        <source>Revenue by month and region</source>
        <translation>按月份和地区统计收入</translation>
    </message>
    <message>
        <source>Revenue by channel</source>
        <translation>按销售渠道统计收入</translation>
    </message>
    <message>
        <source>Revenue by country against the previous period</source>
        <translation>按国家/地区统计收入，与上一期间比较</translation>
    </message>
    <message>
        <source>Top products by revenue</source>
        <translation>按收入排名的热销商品</translation>
    </message>
    <message>
        <source>Shipping cost by carrier</source>
        <translation>按承运商统计运费</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln order(s), revenue %1</source>
        <translation>
            <numerusform>总计：%Ln 个订单，收入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, margin %1 (%2)</source>
        <translation>，毛利 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln cancelled</source>
        <translation>
            <numerusform>，%Ln 个已取消</numerusform>
        </translation>
    </message>
    <message>
        <source>, previous period %1</source>
        <translation>，上一期间 %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln best-selling product(s) by revenue.</source>
        <translation>
            <numerusform>按收入排名前 %Ln 的热销商品。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln shipment(s), %1</source>
        <translation>
            <numerusform>总计：%Ln 个货件，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be read.</source>
        <translation>无法读取报表。</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>此期间没有可显示的内容。</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>请选择以 .png、.svg 或 .pdf 结尾的文件。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Made with Borderdesk</source>
        <translation>由 Borderdesk 制作</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
    <message>
        <source>Wait for the report to be read.</source>
        <translation>请等待报表读取完毕。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved to %1.</source>
        <translation>
            <numerusform>已将 %Ln 行保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>Report sent to %1.</source>
        <translation>报表已发送到 %1。</translation>
    </message>
</context>
<context>
    <name>SalesFacts</name>
    <message>
        <source>cancelled; the reports were left as they were</source>
        <translation>已取消；报表保持不变</translation>
    </message>
    <message>
        <source>%1 is not a time zone (try Asia/Bangkok or Europe/Berlin)</source>
        <translation>%1 不是时区（请尝试 Asia/Bangkok 或 Europe/Berlin）</translation>
    </message>
    <message>
        <source>name the channel</source>
        <translation>请填写销售渠道名称</translation>
    </message>
    <message>
        <source>the fee must be a percentage from 0 to 100, like 2.9 (not &quot;%1&quot;)</source>
        <translation>费率必须是 0 到 100 之间的百分比，例如 2.9（而不是“%1”）</translation>
    </message>
</context>
<context>
    <name>SalesReportService</name>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>收入 (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>退货 (%1)</translation>
    </message>
    <message>
        <source>Average order (%1)</source>
        <translation>平均订单额 (%1)</translation>
    </message>
    <message>
        <source>Margin (%1)</source>
        <translation>毛利 (%1)</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>毛利率 %</translation>
    </message>
    <message>
        <source>Previous revenue (%1)</source>
        <translation>上期收入 (%1)</translation>
    </message>
    <message>
        <source>Growth %</source>
        <translation>增长率 %</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>未知地区</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>无国家/地区</translation>
    </message>
    <message>
        <source>No market</source>
        <translation>无市场</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>无销售渠道</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
</context>
<context>
    <name>SalesSums</name>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>期间开始日期（%1）晚于结束日期（%2）</translation>
    </message>
</context>
<context>
    <name>ServiceEditDialog</name>
    <message>
        <source>The service needs a name.</source>
        <translation>服务需要名称。</translation>
    </message>
    <message>
        <source>The fuel surcharge must be a percentage such as 29.25.</source>
        <translation>燃油附加费必须是百分比，例如 29.25。</translation>
    </message>
    <message>
        <source>The rate card&apos;s date must read like 2026-11-30.</source>
        <translation>运费价目表的日期格式必须类似 2026-11-30。</translation>
    </message>
    <message>
        <source>The carrier needs a name.</source>
        <translation>承运商需要名称。</translation>
    </message>
    <message>
        <source>The tracking link needs {n} where the tracking number goes.</source>
        <translation>跟踪链接中需要用 {n} 表示运单号的位置。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Zones, weight brackets and prices change with a rate-card import.</source>
        <translation>分区、重量区间和价格需通过导入运费价目表来更改。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Dimensional divisor (cm³/kg, 0 = none):</source>
        <translation>体积重系数（cm³/kg，0 = 不计）(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Weight step (g):</source>
        <translation>计重步长 (g)(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Fuel surcharge (%):</source>
        <translation>燃油附加费 (%)(&amp;F):</translation>
    </message>
    <message>
        <source>Rates &amp;as of:</source>
        <translation>运费生效日期(&amp;A):</translation>
    </message>
    <message>
        <source>Ca&amp;rrier name:</source>
        <translation>承运商名称(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Tracking link:</source>
        <translation>跟踪链接(&amp;T):</translation>
    </message>
    <message>
        <source>E&amp;xpress (needs the recipient&apos;s phone)</source>
        <translation>快递（需要收件人电话）(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Postal item (CN22/CN23 customs forms)</source>
        <translation>邮政件（CN22/CN23 海关申报单）(&amp;P)</translation>
    </message>
    <message>
        <source>Offered in rate &amp;shopping</source>
        <translation>在运费比价中提供(&amp;S)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
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
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>by weight only</source>
        <translation>仅按重量</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 天</translation>
    </message>
    <message>
        <source>Express</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>Postal</source>
        <translation>邮政</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation>体积重系数</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃油附加费</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>运输时效</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShipCommand</name>
    <message>
        <source>ship: unknown subcommand %1</source>
        <translation>ship: 未知的子命令 %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a weight (grams, or with a unit: 1.2kg, 3lb)</source>
        <translation>%1: “%2”不是重量（单位为克，或带单位：1.2kg、3lb）</translation>
    </message>
    <message>
        <source>--dims needs --weight too</source>
        <translation>--dims 需要同时指定 --weight</translation>
    </message>
    <message>
        <source>order %1 has no shipment: create one with ship create</source>
        <translation>订单 %1 没有货件：请使用 ship create 创建</translation>
    </message>
    <message>
        <source>Rates to %1</source>
        <translation>发往 %1 的运费</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 天</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <source>weight: %1</source>
        <translation>重量：%1</translation>
    </message>
    <message>
        <source>freight %1 + fuel %2</source>
        <translation>运费 %1 + 燃油附加费 %2</translation>
    </message>
    <message>
        <source>* the default by the shop&apos;s rule (%1)</source>
        <translation>* 按店铺规则选定的默认服务（%1）</translation>
    </message>
    <message numerus="yes">
        <source>cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>%n 天内送达的最便宜服务</numerusform>
        </translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>最便宜的服务</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Shipment %1 for %2: %3, %4, billable %5</source>
        <translation>货件 %1（订单 %2）：%3，%4，计费重量 %5</translation>
    </message>
    <message>
        <source>Customs form: %1</source>
        <translation>海关申报单：%1</translation>
    </message>
    <message>
        <source>Package %1: %2 %3</source>
        <translation>包裹 %1：%2 %3</translation>
    </message>
    <message>
        <source>Shipment %1: %2, %3, %4</source>
        <translation>货件 %1：%2，%3，%4</translation>
    </message>
    <message>
        <source>package %1: %2</source>
        <translation>包裹 %1：%2</translation>
    </message>
    <message>
        <source>divisor %1</source>
        <translation>体积重系数 %1</translation>
    </message>
    <message>
        <source>fuel %1%</source>
        <translation>燃油附加费 %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n 个国家/地区</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 无法写入：%2</translation>
    </message>
    <message>
        <source>Rate cards written to %1</source>
        <translation>运费价目表已写入 %1</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 无法读取：%2</translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation>%1: 未导入任何内容</translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1: 未导入任何内容：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) checked, nothing written</source>
        <translation>
            <numerusform>%1: 已检查 %n 项服务，未写入任何内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) imported</source>
        <translation>
            <numerusform>%1: 已导入 %n 项服务</numerusform>
        </translation>
    </message>
    <message>
        <source>--max-days: &quot;%1&quot; is not a number of days (0 = any)</source>
        <translation>--max-days: “%1”不是天数（0 = 不限）</translation>
    </message>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>默认服务：%n 天内送达的最便宜服务</numerusform>
        </translation>
    </message>
    <message>
        <source>Default service: the cheapest</source>
        <translation>默认服务：最便宜的服务</translation>
    </message>
    <message>
        <source>there is no service %1</source>
        <translation>没有服务 %1</translation>
    </message>
    <message>
        <source>FROM and TO are serial numbers</source>
        <translation>FROM 和 TO 必须是序列号</translation>
    </message>
    <message>
        <source>%1 numbers %2%3… to %2%4… %5</source>
        <translation>%1 单号 %2%3… 至 %2%4… %5</translation>
    </message>
    <message>
        <source>%1 is packed</source>
        <translation>%1 已打包</translation>
    </message>
    <message>
        <source>%1 is shipped</source>
        <translation>%1 已发货</translation>
    </message>
</context>
<context>
    <name>ShipFromDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C):</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>地址行 1(&amp;1):</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>地址行 2(&amp;2):</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Province or state:</source>
        <translation>省/州(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>邮政编码(&amp;O):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>增值税号(&amp;V):</translation>
    </message>
    <message>
        <source>E&amp;ORI number:</source>
        <translation>EORI 号码(&amp;O):</translation>
    </message>
    <message>
        <source>IOSS n&amp;umber:</source>
        <translation>IOSS 号码(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>签字人(&amp;S):</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>Ship-from address</source>
        <translation>发货地址</translation>
    </message>
    <message>
        <source>Labels, customs forms and invoices print this address and these numbers. The country is the shop&apos;s home country, %1.</source>
        <translation>运单标签、海关申报单和发票上将打印此地址和这些号码。国家/地区为店铺所在的国家/地区：%1。</translation>
    </message>
</context>
<context>
    <name>ShipmentBooking</name>
    <message>
        <source>no such order</source>
        <translation>没有此订单</translation>
    </message>
    <message>
        <source>the order is on hold: release it first</source>
        <translation>该订单已暂停处理：请先恢复处理</translation>
    </message>
    <message>
        <source>the order is cancelled</source>
        <translation>该订单已取消</translation>
    </message>
    <message>
        <source>the order was shipped already</source>
        <translation>该订单已经发货</translation>
    </message>
    <message>
        <source>tracking number %1 is not a %2 number: %3</source>
        <translation>运单号 %1 不是 %2 单号：%3</translation>
    </message>
    <message>
        <source>tracking number %1: %2</source>
        <translation>运单号 %1：%2</translation>
    </message>
    <message>
        <source>no label for this order: %1</source>
        <translation>此订单没有运单标签：%1</translation>
    </message>
    <message>
        <source>no service ships to %1</source>
        <translation>没有发往 %1 的服务</translation>
    </message>
    <message>
        <source>there is no active service %1</source>
        <translation>没有启用的服务 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>no such package</source>
        <translation>没有此包裹</translation>
    </message>
    <message>
        <source>no such shipment</source>
        <translation>没有此货件</translation>
    </message>
    <message>
        <source>packed with %1</source>
        <translation>已打包，服务 %1</translation>
    </message>
    <message>
        <source>%1, tracking %2</source>
        <translation>%1，运单号 %2</translation>
    </message>
    <message>
        <source>the tracking numbers allocated to %1 are used up (%2 to %3): ask the post for a new range</source>
        <translation>分配给 %1 的运单号已用完（%2 至 %3）：请向邮政申请新的号段</translation>
    </message>
    <message>
        <source>an S10 range is two letters, serial numbers from 0 to 99999999 and a two-letter country</source>
        <translation>S10 号段由两个字母、0 到 99999999 的序列号和两个字母的国家代码组成</translation>
    </message>
</context>
<context>
    <name>ShipmentRepository</name>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Label printed</source>
        <translation>已打印标签</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot store the shipment: %1</source>
        <translation>无法保存货件：%1</translation>
    </message>
    <message>
        <source>cannot store package %1: %2</source>
        <translation>无法保存包裹 %1：%2</translation>
    </message>
</context>
<context>
    <name>ShipmentsPanel</name>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Type or scan the carrier&apos;s tracking number:</source>
        <translation>输入或扫描承运商的运单号:</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>货件 %1</translation>
    </message>
    <message>
        <source>customs form %1</source>
        <translation>海关申报单 %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>包裹 %1</translation>
    </message>
    <message>
        <source>no tracking number yet</source>
        <translation>尚无运单号</translation>
    </message>
    <message>
        <source>Customs papers (not needed at home)</source>
        <translation>海关单据（国内件无需）</translation>
    </message>
    <message>
        <source>Customs form %1</source>
        <translation>海关申报单 %1</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>商业发票</translation>
    </message>
    <message>
        <source>Customs form or invoice</source>
        <translation>海关申报单或发票</translation>
    </message>
    <message>
        <source>This parcel stays in the country: it needs no customs papers.</source>
        <translation>此包裹不出境：无需海关单据。</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 已发送到打印机。</translation>
    </message>
    <message>
        <source>Shipment %1 is shipped.</source>
        <translation>货件 %1 已发货。</translation>
    </message>
    <message>
        <source>Tracking number of package %1 saved.</source>
        <translation>包裹 %1 的运单号已保存。</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>货件</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>No label for this order: %1</source>
        <translation>此订单没有运单标签：%1</translation>
    </message>
    <message>
        <source>No shipment yet. Rate shop to choose a service and create one.</source>
        <translation>尚无货件。请通过运费比价选择服务并创建货件。</translation>
    </message>
    <message>
        <source>Rate shop / create &amp;shipment…</source>
        <translation>运费比价/创建货件(&amp;S)…</translation>
    </message>
    <message>
        <source>Mark shi&amp;pped</source>
        <translation>标记为已发货(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tracking number…</source>
        <translation>运单号(&amp;T)…</translation>
    </message>
    <message>
        <source>Shipping label</source>
        <translation>运单标签</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>ShippingDocumentBuilder</name>
    <message>
        <source>no such order</source>
        <translation>没有此订单</translation>
    </message>
    <message>
        <source>no such shipment for order %1</source>
        <translation>订单 %1 没有此货件</translation>
    </message>
</context>
<context>
    <name>ShippingLabel</name>
    <message>
        <source>Shipping label %1</source>
        <translation>运单标签 %1</translation>
    </message>
</context>
<context>
    <name>ShopifyOrderMapper</name>
    <message>
        <source>the order has no name (order number)</source>
        <translation>该订单没有名称（订单号）</translation>
    </message>
</context>
<context>
    <name>ShopifyProductCsv</name>
    <message>
        <source>every row needs the product&apos;s handle</source>
        <translation>每一行都需要商品的 handle</translation>
    </message>
    <message>
        <source>the first row of product &quot;%1&quot; needs its title</source>
        <translation>商品“%1”的第一行需要 title</translation>
    </message>
    <message>
        <source>no SKU; using &quot;%1&quot;</source>
        <translation>没有 SKU；使用“%1”</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: 无法写入文件：%2</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: 无法完成文件写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: 无法创建工作簿</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: 无法写入工作簿：%2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1: 无法替换文件</translation>
    </message>
</context>
<context>
    <name>TaxId</name>
    <message>
        <source>tax ID is missing</source>
        <translation>缺少税号</translation>
    </message>
    <message>
        <source>tax ID is missing; %1 is required</source>
        <translation>缺少税号；必须提供 %1</translation>
    </message>
    <message>
        <source>CPF &quot;%1&quot; is not valid: it needs 11 digits with matching check digits</source>
        <translation>CPF“%1”无效：需要 11 位数字且校验位匹配</translation>
    </message>
    <message>
        <source>CNPJ &quot;%1&quot; is not valid: it needs 14 characters with matching check digits</source>
        <translation>CNPJ“%1”无效：需要 14 个字符且校验位匹配</translation>
    </message>
    <message>
        <source>PCCC &quot;%1&quot; must be P followed by 12 digits</source>
        <translation>PCCC“%1”必须是 P 后接 12 位数字</translation>
    </message>
    <message>
        <source>VAT number &quot;%1&quot; must be a two-letter country code plus 2 to 13 letters or digits</source>
        <translation>增值税号“%1”必须是两个字母的国家代码加上 2 到 13 个字母或数字</translation>
    </message>
    <message>
        <source>EORI number &quot;%1&quot; must be a two-letter country code plus up to 15 letters or digits</source>
        <translation>EORI 号码“%1”必须是两个字母的国家代码加上最多 15 个字母或数字</translation>
    </message>
    <message>
        <source>CPF/CNPJ &quot;%1&quot; must have 11 digits (CPF) or 14 characters (CNPJ)</source>
        <translation>CPF/CNPJ“%1”必须是 11 位数字（CPF）或 14 个字符（CNPJ）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a placeholder (one digit repeated), not a real number</source>
        <translation>%1“%2”是占位号码（同一数字重复），不是真实号码</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: its check digits do not match</source>
        <translation>%1“%2”无效：校验位不匹配</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>the file starts like UTF-16 text but is not valid UTF-16</source>
        <translation>文件开头看似 UTF-16 文本，但不是有效的 UTF-16</translation>
    </message>
    <message>
        <source>the file contains binary data (a NUL byte); is it really a text file?</source>
        <translation>文件包含二进制数据（NUL 字节）；它真的是文本文件吗？</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>文件不是 UTF-8 文本（字节 0x%1）；请另存为“CSV UTF-8”后重试</translation>
    </message>
</context>
<context>
    <name>TrackingCommand</name>
    <message>
        <source>tracking: unknown subcommand %1</source>
        <translation>tracking: 未知的子命令 %1</translation>
    </message>
    <message>
        <source>--carrier: &quot;%1&quot; is neither a carrier nor a tracking scheme (%2)</source>
        <translation>--carrier: “%1”既不是承运商，也不是运单号规则（%2）</translation>
    </message>
    <message>
        <source>valid %1 number</source>
        <translation>有效的 %1 单号</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>承运商：%1</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>跟踪链接：%1</translation>
    </message>
</context>
<context>
    <name>TrackingNumbers</name>
    <message>
        <source>check digit should be %1, not %2</source>
        <translation>校验位应为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>check digit should be %1, not %2 (only a warning for DHL Express: compare the number with the label)</source>
        <translation>校验位应为 %1，而不是 %2（对 DHL Express 仅为警告：请将单号与运单标签核对）</translation>
    </message>
    <message>
        <source>%1 is not a country code; a postal tracking number ends with the ISO code of the sending country, like CH</source>
        <translation>%1 不是国家代码；邮政运单号以寄件国家的 ISO 代码结尾，例如 CH</translation>
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
        <translation>UPU S10（邮政）</translation>
    </message>
    <message>
        <source>1Z followed by 16 letters and digits</source>
        <translation>1Z 后接 16 位字母和数字</translation>
    </message>
    <message>
        <source>12 or 15 digits, or 22 digits starting with 96</source>
        <translation>12 或 15 位数字，或以 96 开头的 22 位数字</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 位数字</translation>
    </message>
    <message>
        <source>20 to 22 digits</source>
        <translation>20 到 22 位数字</translation>
    </message>
    <message>
        <source>2 letters, 9 digits and a country code, like RR123456785CH</source>
        <translation>2 个字母、9 位数字和国家代码，例如 RR123456785CH</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not a tracking number of a known form; expected %1</source>
        <translation>不是已知格式的运单号；应为 %1</translation>
    </message>
    <message>
        <source>tracking number is empty</source>
        <translation>运单号为空</translation>
    </message>
    <message>
        <source>not a %1 tracking number (expected %2); it looks like a %3 number</source>
        <translation>不是 %1 运单号（应为 %2）；看起来像 %3 单号</translation>
    </message>
    <message>
        <source>not a %1 tracking number: expected %2</source>
        <translation>不是 %1 运单号：应为 %2</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 oz</source>
        <translation>%1 盎司</translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation>%1 磅</translation>
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
        <translation>%1 英寸</translation>
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
        <translation>磁盘已满：请释放一些空间后重试</translation>
    </message>
    <message>
        <source>another Borderdesk window or command kept the database busy for too long; try again when it has finished</source>
        <translation>另一个 Borderdesk 窗口或命令占用数据库时间过长；请在其完成后重试</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>cannot start writing to the database: %1</source>
        <translation>无法开始写入数据库：%1</translation>
    </message>
    <message>
        <source>cannot save the changes: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
</context>
</TS>
