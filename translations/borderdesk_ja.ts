<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AddressFormat</name>
    <message>
        <source> or </source>
        <comment>between postal-code examples</comment>
        <translation> または </translation>
    </message>
    <message>
        <source>postal code is missing; %1 addresses need one, e.g. %2</source>
        <translation>郵便番号がありません。%1 の住所には郵便番号が必要です (例: %2)</translation>
    </message>
    <message>
        <source>postal code &quot;%1&quot; does not fit; %2 postal codes look like %3</source>
        <translation>郵便番号「%1」の形式が正しくありません。%2 の郵便番号は %3 のような形式です</translation>
    </message>
</context>
<context>
    <name>AmazonOrderMapper</name>
    <message>
        <source>the row has no order-id</source>
        <translation>行に order-id がありません</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Backup copy written to %1 and checked.</source>
        <translation>バックアップコピーを %1 に書き出し、検証しました。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>何も復元されませんでした: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%2 から %1 を復元しました。</translation>
    </message>
    <message>
        <source>The database it replaced is kept at %1.</source>
        <translation>置き換えられたデータベースは %1 に保存されています。</translation>
    </message>
    <message>
        <source>%1: quick_check ok, schema %2.</source>
        <translation>%1: quick_check 正常、スキーマ %2。</translation>
    </message>
</context>
<context>
    <name>BarcodePainter</name>
    <message>
        <source>There is nothing to encode as %1.</source>
        <translation>%1 としてエンコードするデータがありません。</translation>
    </message>
    <message>
        <source>An EAN-13 barcode needs exactly 13 digits, not “%1”.</source>
        <translation>EAN-13 バーコードはちょうど 13 桁の数字である必要があります (「%1」は不可)。</translation>
    </message>
    <message>
        <source>A UPC-A barcode needs exactly 12 digits, not “%1”.</source>
        <translation>UPC-A バーコードはちょうど 12 桁の数字である必要があります (「%1」は不可)。</translation>
    </message>
    <message>
        <source>“%1” is too long for a %2 barcode.</source>
        <translation>「%1」は %2 バーコードには長すぎます。</translation>
    </message>
    <message>
        <source>The check digit of “%1” is wrong, so it cannot be printed as %2.</source>
        <translation>「%1」のチェックディジットが正しくないため、%2 として印刷できません。</translation>
    </message>
    <message>
        <source>“%1” contains characters a %2 barcode cannot carry.</source>
        <translation>「%1」には %2 バーコードで表せない文字が含まれています。</translation>
    </message>
    <message>
        <source>Could not encode “%1” as %2: %3</source>
        <translation>「%1」を %2 としてエンコードできませんでした: %3</translation>
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
        <translation>QR コード</translation>
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
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Add one in the system&apos;s printer settings.</source>
        <translation>このコンピューターにはプリンターが設定されていません。システムのプリンター設定で追加してください。</translation>
    </message>
    <message>
        <source>Preparing the documents: order %1 of %2</source>
        <translation>書類を準備しています: 注文 %1 / %2</translation>
    </message>
    <message>
        <source>Sending to the printer: order %1 of %2</source>
        <translation>プリンターに送信しています: 注文 %1 / %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was printed.</source>
        <translation>キャンセルしました。何も印刷されていません。</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>印刷に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Printed the documents of %Ln order(s).</source>
        <translation>
            <numerusform>%Ln 件の注文の書類を印刷しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Batch</source>
        <translation>一括印刷</translation>
    </message>
    <message numerus="yes">
        <source>The documents of %Ln order(s) are printed as one print job, in the order chosen below.</source>
        <translation>
            <numerusform>%Ln 件の注文の書類を、下で選んだ順序で 1 つの印刷ジョブとして印刷します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print &amp;order:</source>
        <translation>印刷順(&amp;O):</translation>
    </message>
    <message>
        <source>By SKU</source>
        <translation>SKU 順</translation>
    </message>
    <message>
        <source>By bin location</source>
        <translation>棚番順</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>一覧の順</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>プリンター(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>印刷(&amp;P)</translation>
    </message>
</context>
<context>
    <name>BatchPrintJob</name>
    <message numerus="yes">
        <source>Borderdesk: documents of %Ln order(s)</source>
        <translation>
            <numerusform>Borderdesk: %Ln 件の注文の書類</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents of order %1 could not be made: %2</source>
        <translation>注文 %1 の書類を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>The documents of order %1 could not be made.</source>
        <translation>注文 %1 の書類を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>BorderdeskOrderMapper</name>
    <message>
        <source>must not be empty</source>
        <translation>空にすることはできません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status</source>
        <translation>「%1」は注文ステータスではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not DAP or DDP</source>
        <translation>「%1」は DAP でも DDP でもありません</translation>
    </message>
</context>
<context>
    <name>ByteCsvReader</name>
    <message>
        <source>a quoted field that starts here is never closed (missing &quot;)</source>
        <translation>ここから始まる引用符付きフィールドが閉じられていません (&quot; がありません)</translation>
    </message>
</context>
<context>
    <name>CarrierPresets</name>
    <message>
        <source>the carrier presets are missing from this build</source>
        <translation>このビルドには配送業者のプリセットが含まれていません</translation>
    </message>
    <message>
        <source>the carrier presets are not valid JSON: %1</source>
        <translation>配送業者のプリセットが有効な JSON ではありません: %1</translation>
    </message>
</context>
<context>
    <name>CarrierRepository</name>
    <message>
        <source>cannot save carrier %1: %2</source>
        <translation>配送業者 %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>there is no carrier %1</source>
        <translation>配送業者 %1 は存在しません</translation>
    </message>
    <message>
        <source>cannot save service %1: %2</source>
        <translation>サービス %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>cannot save the rate card of %1: %2</source>
        <translation>%1 の運賃表を保存できません: %2</translation>
    </message>
    <message>
        <source>there is no service %1</source>
        <translation>サービス %1 は存在しません</translation>
    </message>
</context>
<context>
    <name>CarriersView</name>
    <message>
        <source>Remove service</source>
        <translation>サービスの削除</translation>
    </message>
    <message>
        <source>Remove %1 and its rate card? Shipments already booked keep their price.</source>
        <translation>%1 とその運賃表を削除しますか？予約済みの出荷の料金は変わりません。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import rate cards</source>
        <translation>運賃表のインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export rate cards</source>
        <translation>運賃表のエクスポート</translation>
    </message>
    <message>
        <source>rate-cards.csv</source>
        <translation>rate-cards.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Default service</source>
        <translation>既定のサービス</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>ルールを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Default service: the cheapest.</source>
        <translation>既定のサービス: 最も安いサービス。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Rate cards written to %1.</source>
        <translation>運賃表を %1 に書き出しました。</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>サービスの編集</translation>
    </message>
    <message>
        <source>The service was not saved: %1</source>
        <translation>サービスを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Switch service</source>
        <translation>サービスの切り替え</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 は変更されませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is offered in rate shopping again.</source>
        <translation>%1 は再び運賃比較の対象になりました。</translation>
    </message>
    <message>
        <source>%1 is switched off: rate shopping no longer offers it.</source>
        <translation>%1 をオフにしました。運賃比較の対象にはなりません。</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Ship-from address saved.</source>
        <translation>出荷元住所を保存しました。</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>オフにする(&amp;O)</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>オンにする(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the service&apos;s fields and its carrier&apos;s name and tracking link</source>
        <translation>サービスの項目と、その配送業者の名前・追跡リンクを編集します</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import rate cards…</source>
        <translation>運賃表のインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport rate cards…</source>
        <translation>運賃表のエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Ship-&amp;from address…</source>
        <translation>出荷元住所(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Printers…</source>
        <translation>プリンター(&amp;P)…</translation>
    </message>
    <message>
        <source>Ra&amp;te shop…</source>
        <translation>運賃比較(&amp;T)…</translation>
    </message>
    <message>
        <source>Compare every active service&apos;s price for a parcel to a country</source>
        <translation>ある国宛ての荷物について、有効なすべてのサービスの料金を比較します</translation>
    </message>
    <message>
        <source>The cheapest arriving &amp;within (days, 0 = any):</source>
        <translation>次の日数以内に届く最安のサービス (日、0 = 制限なし)(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Packaging weight (g):</source>
        <translation>梱包材の重量 (g)(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>ルールを保存(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %Ln day(s).</source>
        <translation>
            <numerusform>既定のサービス: %Ln 日以内に届く最も安いサービス。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in the file.</source>
        <translation>
            <numerusform>何もインポートされませんでした: ファイルに %Ln 件の問題があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate card(s) imported.</source>
        <translation>
            <numerusform>%Ln 件の運賃表をインポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Catalogue</source>
        <translation>商品カタログ</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 を複製</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 を作成しました</translation>
    </message>
    <message>
        <source>Barcode labels</source>
        <translation>バーコードラベル</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>商品のインポート</translation>
    </message>
    <message>
        <source>Product files (*.csv *.txt);;All files (*)</source>
        <translation>商品ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated product(s).</source>
        <translation>新規商品 %1 件と更新された商品 %2 件をインポートしました。</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>商品のエクスポート</translation>
    </message>
    <message>
        <source>products.csv</source>
        <translation>products.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exporting products…</source>
        <translation>商品をエクスポートしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>エクスポートはキャンセルされました</translation>
    </message>
    <message>
        <source>Exported the catalogue to %1</source>
        <translation>商品カタログを %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>SKU、商品名、バーコードで検索</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>すべての原産国</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>有効と無効</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>有効のみ</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>無効のみ</translation>
    </message>
    <message>
        <source>&amp;Add product</source>
        <translation>商品を追加(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Landed cost…</source>
        <translation>陸揚げ原価(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Barcode labels…</source>
        <translation>バーコードラベル(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln 件の商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln product(s)</source>
        <translation>
            <numerusform>%Ln 件の商品を複製</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s). Undo brings them back.</source>
        <translation>
            <numerusform>%Ln 件の商品を削除しました。元に戻すと復元できます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelFeesDialog</name>
    <message>
        <source>A fee is a percentage from 0 to 100 with a dot for decimals, like 2.9. Check: %1</source>
        <translation>手数料は 0 から 100 までのパーセント値で、小数点にはドットを使います (例: 2.9)。確認してください: %1</translation>
    </message>
    <message>
        <source>Cancelled: the fees were left as they were.</source>
        <translation>キャンセルしました: 手数料は変更されていません。</translation>
    </message>
    <message>
        <source>The fees could not be saved: %1</source>
        <translation>手数料を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Channel fees</source>
        <translation>チャネル手数料</translation>
    </message>
    <message>
        <source>The share of revenue each sales channel keeps as its fee, in percent. Margins in the reports subtract it. Saving counts every order again.</source>
        <translation>各販売チャネルが手数料として受け取る売上の割合 (%) です。レポートの粗利からはこの手数料が差し引かれます。保存すると、すべての注文を再集計します。</translation>
    </message>
    <message>
        <source>No channel has orders yet.</source>
        <translation>注文のある販売チャネルはまだありません。</translation>
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
        <translation>使い方: borderdesk-cli [--db PATH] COMMAND [OPTIONS]

コマンド:
  init [--demo] [--base-currency CUR] [--home-country CC]
                         データベースを作成または開く。--demo でサンプルショップを追加
  products import FILE [--dry-run] [--currency CUR]
                         Shopify または Borderdesk の商品 CSV をインポート (全件か 0 件か)
  products export FILE   商品カタログを Borderdesk の商品 CSV として書き出す
  products list [--json] [--search TEXT] [--category NAME]
  rates import FILE      ECB 参照レートファイル (daily/history の XML または CSV) をインポート
  rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]
                         指定日以前の最新レートで換算 (既定は今日)
  rates list [--currency CUR] [--json]
                         各通貨の最新レート、または 1 通貨のレート履歴
  rates set CUR RATE [--date YYYY-MM-DD]
                         レートを手入力: RATE は 1 EUR あたりの CUR の額
  markets list [--json]  マーケットとその税、関税、免税基準額
  markets show CODE [--json]
  markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]
  markets clone CODE NEWCODE [--name NAME]
                         マーケットの設定一式を新しいマーケットにコピー
  price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
                         マーケットでの価格と、その陸揚げ原価および粗利
  price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
                         マーケットの価格表を再計算 (すべての変更を履歴に保存)
  price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
                         マーケットの価格を CSV で、FILE が .xlsx で終わる場合は XLSX で出力
  price fix SKU --market CODE AMOUNT|--clear
                         マーケットでの商品価格を固定、またはマーケットのルールに戻す
  orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]
                         Shopify、Amazon、eBay の注文レポートまたは Borderdesk の注文 CSV をインポート
  orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]
  orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N]
              [--from DATE] [--to DATE] [--limit N] [--json]
  orders show NUMBER [--json]
  orders check NUMBER [--json]
                         再チェック: 規制品、出荷準備状況、不正スコアとその理由
  orders set-status NUMBER STATUS [--note TEXT]
                         new, on_hold, ready_to_ship, picked, packed, shipped, delivered, cancelled, returned
  orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT]
              [--address2 TEXT] [--city TEXT] [--province TEXT]
                         受取人の情報を修正 (電話番号は検証して E.164 形式で保存) し、再チェック
  orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]
                         不正チェックルールの重みと保留のしきい値
  orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]
                         不正チェックが把握している転送業者の住所
  orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG]
              [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--mailto]
                         顧客の言語で書かれた顧客宛てメッセージ、または mailto: リンク
  ship quote (ORDER | --to CC --weight G [--dims LxWxH]) [--json]
                         各サービスの料金 (請求対象重量の内訳付き、既定のサービスに印)
  ship create ORDER [--service CODE] [--tracking N]… [--weight G [--dims LxWxH]]
                         出荷を予約 (出荷できない注文の場合は拒否)
  ship list ORDER [--json]    注文の出荷、荷物、追跡リンク
  ship track ORDER NUMBER [--package N]
                         荷物の配送業者の追跡番号 (番号体系に照らして検証)
  ship packed ORDER | ship shipped ORDER
  ship services [--json]      配送業者のサービスとその運賃表
  ship rates import|export FILE [--dry-run]
                         運賃表を CSV で入出力 (全件か 0 件か)
  ship sender [--name N] [--company C] [--line1 …] [--city …] [--postal-code Z] [--phone P]
              [--email E] [--vat-number V] [--eori E] [--ioss I] [--signatory S]
                         ラベルと税関申告書に記載する出荷元住所とショップの税番号
  ship rule [--max-days N]    既定のサービス: N 日以内に届く最安のサービス (0 = 最安)
  ship numbers SERVICE PREFIX FROM TO COUNTRY
                         郵便事業者から割り当てられた S10 追跡番号 (例: EE 20261000 20269999 TH)
  labels ORDER… --format pdf|zpl --out FILE [--dpi 203|300]
                         4×6 インチの配送ラベル (荷物ごとに 1 枚)
  customs ORDER --out FILE [--document customs|invoice|packing-slip]
                         CN22/CN23 (郵便) またはコマーシャルインボイス (クーリエ) を PDF で出力
  barcodes SKU… --out FILE [--copies N] [--roll]
                         商品のバーコードラベル (EAN-13 または Code 128) を A4 用紙または感熱ロール紙に出力
  tracking validate NUMBER [--carrier C] [--json]
                         追跡番号の配送業者、チェックディジット、追跡リンク
  report sales [--by region|subregion|country|month|market|channel] [--from YYYY-MM-DD]
              [--to YYYY-MM-DD] [--currency CUR] [--market M] [--country CC] [--compare] [--json]
              [--out FILE.csv|FILE.xlsx]
                         グループごとの注文数、返品を差し引いた売上、粗利。--compare で
                         前の期間を追加
  report products|carriers [--from] [--to] [--currency] [--market] [--country] [--limit N] [--json]
                         売れ筋商品。配送業者への支払額と仕向地別の出荷 1 件あたりの平均費用
  report fees [CHANNEL PERCENT]   粗利から差し引くチャネル手数料
  report timezone [ZONE]  レポートの日付に使うショップのタイムゾーン (例: Asia/Bangkok)
  report rebuild          すべての注文を再集計

--db を指定しない場合のデータベース: %1
終了コード: 0 完了、1 入力不正または拒否、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>borderdesk-cli: %1</source>
        <translation>borderdesk-cli: %1</translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation>--db にはファイルパスが必要です</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>コマンドが指定されていません</translation>
    </message>
    <message>
        <source>products needs import, export or list</source>
        <translation>products には import、export、list のいずれかが必要です</translation>
    </message>
    <message>
        <source>rates needs import, convert, list or set</source>
        <translation>rates には import、convert、list、set のいずれかが必要です</translation>
    </message>
    <message>
        <source>markets needs list, show, restrict or clone</source>
        <translation>markets には list、show、restrict、clone のいずれかが必要です</translation>
    </message>
    <message>
        <source>orders needs import, export, list, show, check, set-status, edit, fraud-rules, forwarders or message</source>
        <translation>orders には import、export、list、show、check、set-status、edit、fraud-rules、forwarders、message のいずれかが必要です</translation>
    </message>
    <message>
        <source>ship needs quote, create, list, track, packed, shipped, services, rates, sender, rule or numbers</source>
        <translation>ship には quote、create、list、track、packed、shipped、services、rates、sender、rule、numbers のいずれかが必要です</translation>
    </message>
    <message>
        <source>tracking needs validate</source>
        <translation>tracking には validate が必要です</translation>
    </message>
    <message>
        <source>report needs sales, products, carriers, fees, timezone or rebuild</source>
        <translation>report には sales、products、carriers、fees、timezone、rebuild のいずれかが必要です</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>不明なコマンド %1</translation>
    </message>
    <message>
        <source>  backup FILE            a consistent copy of the database, synced and checked
  restore FILE           replace the database by a checked backup (the old one is kept)
  check                  run quick_check on the database
</source>
        <translation>  backup FILE            データベースの整合性のあるコピーを作成し、ディスクに同期して検証
  restore FILE           検証済みのバックアップでデータベースを置き換える (元のデータベースは保存)
  check                  データベースに対して quick_check を実行
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>Nothing was changed. Restore a backup with: borderdesk-cli --db %1 restore FILE</source>
        <translation>何も変更されていません。バックアップの復元: borderdesk-cli --db %1 restore FILE</translation>
    </message>
</context>
<context>
    <name>CommercialInvoice</name>
    <message>
        <source>Commercial invoice %1</source>
        <translation>コマーシャルインボイス %1</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1: no such database file</source>
        <translation>%1: そのようなデータベースファイルはありません</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the database</source>
        <translation>%1: データベース用のフォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: データベースを開けません: %2</translation>
    </message>
    <message>
        <source>%1: this is not a database file (%2)</source>
        <translation>%1: データベースファイルではありません (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3). It has not been changed. Please update Borderdesk to open it.</source>
        <translation>%1 は新しいバージョンの Borderdesk で書き込まれています (スキーマ %2。このバージョンが対応しているのは %3 までです)。ファイルは変更されていません。開くには Borderdesk を更新してください。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Borderdesk one. It has not been changed.</source>
        <translation>%1 は SQLite データベースですが、Borderdesk のデータベースではありません。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>%1: cannot configure the database: %2</source>
        <translation>%1: データベースを設定できません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 needs a schema update, but the backup copy before it failed, so nothing was changed: %2</source>
        <translation>%1 はスキーマの更新が必要ですが、更新前のバックアップコピーに失敗したため、何も変更されていません: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts here is never closed (missing &quot;)</source>
        <translation>ここから始まる引用符付きフィールドが閉じられていません (&quot; がありません)</translation>
    </message>
    <message>
        <source>column %1: a field of more than %L2 characters starts here; this is not a spreadsheet export (or a quote &quot; is never closed)</source>
        <translation>列 %1: ここから %L2 文字を超えるフィールドが始まっています。スプレッドシートからエクスポートされたファイルではありません (または引用符 &quot; が閉じられていません)</translation>
    </message>
</context>
<context>
    <name>CustomerMessageDialog</name>
    <message>
        <source>This message has no wording in %1 yet; it is shown in %2.</source>
        <translation>このメッセージには %1 の文面がまだないため、%2 で表示しています。</translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation>未入力の項目: %1</translation>
    </message>
    <message>
        <source>Open in mail client</source>
        <translation>メールソフトで開く</translation>
    </message>
    <message>
        <source>No mail client opened the message. Use Copy and paste the text into your mail instead.</source>
        <translation>メッセージを開いたメールソフトがありません。代わりに [コピー] を使い、テキストをメールに貼り付けてください。</translation>
    </message>
    <message>
        <source>Message to the customer of order %1</source>
        <translation>注文 %1 の顧客へのメッセージ</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>メッセージ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>ショップ名:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>配送業者:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>追跡番号:</translation>
    </message>
    <message>
        <source>Tracking link:</source>
        <translation>追跡リンク:</translation>
    </message>
    <message>
        <source>Reason for the delay:</source>
        <translation>遅延の理由:</translation>
    </message>
    <message>
        <source>Documents needed:</source>
        <translation>必要な書類:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>No email address for this customer</source>
        <translation>この顧客のメールアドレスがありません</translation>
    </message>
    <message>
        <source>In the customer&apos;s language</source>
        <translation>顧客の言語で入力</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>メッセージ本文</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copies the subject and the text, to paste into any mail or chat</source>
        <translation>件名と本文をコピーします。任意のメールやチャットに貼り付けられます</translation>
    </message>
    <message>
        <source>This customer has no email address</source>
        <translation>この顧客にはメールアドレスがありません</translation>
    </message>
</context>
<context>
    <name>CustomsForm</name>
    <message>
        <source>CN22 customs declaration %1</source>
        <translation>CN22 税関申告書 %1</translation>
    </message>
    <message>
        <source>CN23 customs declaration %1</source>
        <translation>CN23 税関申告書 %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Counting the latest orders…</source>
        <translation>最新の注文を集計しています…</translation>
    </message>
    <message>
        <source>Open reports…</source>
        <translation>レポートを開く…</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>出荷待ち</translation>
    </message>
    <message>
        <source>New, ready to ship, picked and packed orders. Click to see them.</source>
        <translation>新規、出荷準備完了、ピッキング済み、梱包済みの注文です。クリックすると表示されます。</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Orders held by the checks. Click to see them.</source>
        <translation>チェックによって保留された注文です。クリックすると表示されます。</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>本日の売上</translation>
    </message>
    <message>
        <source>Revenue this month</source>
        <translation>今月の売上</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>数値を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Sales by region, last 12 months</source>
        <translation>地域別売上 (過去 12 か月)</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>数値を読み込んでいます…</translation>
    </message>
    <message>
        <source>New, ready to ship, picked or packed</source>
        <translation>新規、出荷準備完了、ピッキング済み、梱包済み</translation>
    </message>
    <message>
        <source>Fraud check: %1
Restricted goods: %2
Missing data: %3</source>
        <translation>不正チェック: %1
規制品: %2
データ不足: %3</translation>
    </message>
    <message>
        <source>Held by hand: %1</source>
        <translation>手動で保留: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 件の注文</numerusform>
        </translation>
    </message>
    <message>
        <source>No sales in the last 12 months yet.</source>
        <translation>過去 12 か月間の売上はまだありません。</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 already exists; choose a new file name for the copy</source>
        <translation>%1 はすでに存在します。コピーには新しいファイル名を指定してください</translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full. Nothing was written and the database is unchanged.</source>
        <translation>%1 に書き込めません: ディスクがいっぱいです。何も書き込まれておらず、データベースは変更されていません。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the copy could not be saved to the disk</source>
        <translation>%1 に書き込めません: コピーをディスクに保存できませんでした</translation>
    </message>
    <message>
        <source>the copy for %1 did not pass its check, so it was not kept: %2</source>
        <translation>%1 のコピーは検証に合格しなかったため、保存されませんでした: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルが見つかりません</translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 はデータベースファイルではありません</translation>
    </message>
    <message>
        <source>%1 is damaged (quick_check: %2)</source>
        <translation>%1 は破損しています (quick_check: %2)</translation>
    </message>
    <message>
        <source>%1 is not a Borderdesk database</source>
        <translation>%1 は Borderdesk のデータベースではありません</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3)</source>
        <translation>%1 は新しいバージョンの Borderdesk で書き込まれています (スキーマ %2。このバージョンが対応しているのは %3 までです)</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup copy</source>
        <translation>%1 はデータベース本体です。バックアップコピーを選択してください</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it there and try again</source>
        <translation>%1 は別のプログラムで使用中です。そのプログラムで閉じてから、もう一度お試しください</translation>
    </message>
    <message>
        <source>cannot keep a safety copy of %1 at %2, so nothing was restored</source>
        <translation>%1 の安全用コピーを %2 に保存できないため、何も復元されませんでした</translation>
    </message>
    <message>
        <source>cannot replace %1 (%2); it is unchanged</source>
        <translation>%1 を置き換えられません (%2)。ファイルは変更されていません</translation>
    </message>
</context>
<context>
    <name>DeleteProductsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln product(s)</source>
        <translation>
            <numerusform>%Ln 件の商品を削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>demo orders need the demo catalogue first</source>
        <translation>デモ注文を作成するには、先にデモ用の商品カタログが必要です</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <source>%1, made with care and shipped from Chiang Mai.</source>
        <translation>%1。心を込めて作り、チェンマイから発送しています。</translation>
    </message>
    <message>
        <source>the demo exchange rates are missing from this build</source>
        <translation>このビルドにはデモ用の為替レートが含まれていません</translation>
    </message>
</context>
<context>
    <name>DocumentNames</name>
    <message>
        <source>Shipping label</source>
        <translation>配送ラベル</translation>
    </message>
    <message>
        <source>Customs form</source>
        <translation>税関申告書</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>コマーシャルインボイス</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>納品書</translation>
    </message>
    <message>
        <source>Product labels</source>
        <translation>商品ラベル</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>贈り物</translation>
    </message>
    <message>
        <source>Commercial sample</source>
        <translation>商品見本</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>書類</translation>
    </message>
    <message>
        <source>Returned goods</source>
        <translation>返送品</translation>
    </message>
    <message>
        <source>Sale of goods</source>
        <translation>販売品</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>印刷するものがありません。</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>印刷プレビュー – %1</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>「%1」を印刷</translation>
    </message>
</context>
<context>
    <name>DocumentsCommand</name>
    <message>
        <source>%1: no label: %2</source>
        <translation>%1: ラベルなし: %2</translation>
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
        <translation>%1: 出荷 %2 を %3 で予約しました</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>labels: --format is pdf or zpl, --dpi is 203 or 300</source>
        <translation>labels: --format は pdf または zpl、--dpi は 203 または 300 です</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1</source>
        <translation>
            <numerusform>%n 枚のラベルを %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>customs: --document is customs, invoice or packing-slip</source>
        <translation>customs: --document は customs、invoice、packing-slip のいずれかです</translation>
    </message>
    <message>
        <source>%1 stays in %2: no customs declaration is needed</source>
        <translation>%1 は %2 国内宛てです: 税関申告書は不要です</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 を %2 に書き出しました</translation>
    </message>
    <message>
        <source>barcodes: --copies is a number from 1 to 1000</source>
        <translation>barcodes: --copies は 1 から 1000 までの数値です</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>SKU %1 の商品はありません</translation>
    </message>
    <message numerus="yes">
        <source>%n barcode label(s) written to %1</source>
        <translation>
            <numerusform>%n 枚のバーコードラベルを %1 に書き出しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcbRates</name>
    <message>
        <source>this is not an ECB reference-rate file (XML with Cube elements, or CSV whose first column is Date)</source>
        <translation>ECB 参照レートファイルではありません (Cube 要素を含む XML、または最初の列が Date の CSV である必要があります)</translation>
    </message>
    <message>
        <source>the file holds no rates</source>
        <translation>ファイルにレートが含まれていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>「%1」は日付 (YYYY-MM-DD) ではありません</translation>
    </message>
    <message>
        <source>a rate outside a dated Cube</source>
        <translation>日付付きの Cube の外側にレートがあります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>「%1」は通貨コードではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive decimal rate</source>
        <translation>「%1」は正の小数のレートではありません</translation>
    </message>
    <message>
        <source>the XML is broken: %1</source>
        <translation>XML が壊れています: %1</translation>
    </message>
    <message>
        <source>ECB history XML</source>
        <translation>ECB 履歴 XML</translation>
    </message>
    <message>
        <source>ECB daily XML</source>
        <translation>ECB 日次 XML</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>「%1」は日付ではありません</translation>
    </message>
    <message>
        <source>ECB history CSV</source>
        <translation>ECB 履歴 CSV</translation>
    </message>
    <message>
        <source>ECB daily CSV</source>
        <translation>ECB 日次 CSV</translation>
    </message>
</context>
<context>
    <name>EditProductCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
</context>
<context>
    <name>ExchangeRateImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>ExchangeRateRepository</name>
    <message>
        <source>cancelled; no rate was changed</source>
        <translation>キャンセルしました。レートは変更されていません</translation>
    </message>
    <message>
        <source>cannot store the %1 rate of %2: %3</source>
        <translation>%2 の %1 レートを保存できません: %3</translation>
    </message>
    <message>
        <source>no exchange rate for %1 and %2 on or before %3; import the ECB rates or enter one</source>
        <translation>%3 以前の %1 と %2 の為替レートがありません。ECB のレートをインポートするか、レートを入力してください</translation>
    </message>
    <message>
        <source>%1 cannot be converted to %2: the amount is too large</source>
        <translation>%1 を %2 に換算できません: 金額が大きすぎます</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Borderdesk</source>
        <translation>Borderdesk へようこそ</translation>
    </message>
    <message>
        <source>Tell Borderdesk about your shop. You can change this later.</source>
        <translation>ショップの情報を Borderdesk に設定してください。後で変更できます。</translation>
    </message>
    <message>
        <source>Base currency (your books and costs)</source>
        <translation>基準通貨 (帳簿と原価に使用)</translation>
    </message>
    <message>
        <source>Home country (where you ship from)</source>
        <translation>本拠地の国 (発送元)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>FraudSettingsDialog</name>
    <message>
        <source>The fraud rules were not saved: %1</source>
        <translation>不正チェックルールを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Fraud rules</source>
        <translation>不正チェックルール</translation>
    </message>
    <message>
        <source>Each signal that fires adds its points to an order&apos;s risk score (at most 100); 0 turns a rule off. New orders at or above the hold threshold go on hold. Changes apply to orders imported or checked again from now on.</source>
        <translation>該当したシグナルごとに、そのポイントが注文のリスクスコアに加算されます (最大 100)。0 にするとルールは無効になります。リスクスコアが保留のしきい値以上の新規注文は保留になります。変更は、今後インポートまたは再チェックされる注文に適用されます。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> ポイント</translation>
    </message>
    <message>
        <source>&amp;Hold new orders at a risk of:</source>
        <translation>新規注文を保留にするリスクスコア(&amp;H):</translation>
    </message>
    <message>
        <source>High-risk &amp;categories:</source>
        <translation>高リスクのカテゴリ(&amp;C):</translation>
    </message>
    <message>
        <source>Product categories, separated by commas</source>
        <translation>商品カテゴリ (カンマ区切り)</translation>
    </message>
</context>
<context>
    <name>FraudSettingsRepository</name>
    <message>
        <source>&quot;%1&quot; is not a fraud rule</source>
        <translation>「%1」は不正チェックルールではありません</translation>
    </message>
    <message>
        <source>a weight must be between 0 and 100</source>
        <translation>重みは 0 から 100 の範囲で指定してください</translation>
    </message>
    <message>
        <source>the hold threshold must be between 1 and 100</source>
        <translation>保留のしきい値は 1 から 100 の範囲で指定してください</translation>
    </message>
    <message>
        <source>a forwarder&apos;s address fragment needs at least 3 characters</source>
        <translation>転送業者の住所の一部には 3 文字以上が必要です</translation>
    </message>
</context>
<context>
    <name>Gtin</name>
    <message>
        <source>barcode is empty</source>
        <translation>バーコードが空です</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; must contain digits only</source>
        <translation>バーコード「%1」には数字のみを使用してください</translation>
    </message>
    <message numerus="yes">
        <source>barcode &quot;%1&quot; has %n digit(s); a GTIN has 8, 12, 13 or 14</source>
        <translation>
            <numerusform>バーコード「%1」は %n 桁です。GTIN は 8、12、13、14 桁のいずれかです</numerusform>
        </translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; has a wrong check digit: it should end in %2, not %3</source>
        <translation>バーコード「%1」のチェックディジットが正しくありません: 末尾は %3 ではなく %2 である必要があります</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Borderdesk: the back office for small sellers who sell abroad.</source>
        <translation>Borderdesk: 海外に販売する小規模事業者のためのバックオフィス。</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>PATH にあるデータベースを開きます。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Interface language for this run (%1).</source>
        <translation>今回の起動で使うインターフェースの言語 (%1)。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>ウィンドウを FILE (PNG) に描画して終了します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The view to show first: dashboard, catalogue, orders, shipping, reports, rates, markets, prices, packstation, or dialog/NAME for one of the dialogs (%1).</source>
        <translation>最初に表示するビュー: dashboard、catalogue、orders、shipping、reports、rates、markets、prices、packstation、またはダイアログを表示する dialog/NAME (%1)。</translation>
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
        <translation>HS コード「%1」には数字のみを使用してください</translation>
    </message>
    <message numerus="yes">
        <source>HS code &quot;%1&quot; has %n digit(s); it needs 6 to 10</source>
        <translation>
            <numerusform>HS コード「%1」は %n 桁です。6～10 桁が必要です</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>--base-currency needs a currency code, e.g. THB</source>
        <translation>--base-currency には通貨コードが必要です (例: THB)</translation>
    </message>
    <message>
        <source>--home-country needs a country code, e.g. TH</source>
        <translation>--home-country には国コードが必要です (例: TH)</translation>
    </message>
    <message>
        <source>init: unexpected argument %1</source>
        <translation>init: 予期しない引数 %1</translation>
    </message>
    <message>
        <source>--base-currency: &quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>--base-currency: 「%1」は ISO 4217 の通貨コードではありません</translation>
    </message>
    <message>
        <source>--home-country: &quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>--home-country: 「%1」は ISO 3166 の国コードではありません</translation>
    </message>
    <message>
        <source>%1 already has products; demo data only goes into an empty catalogue</source>
        <translation>%1 にはすでに商品があります。デモデータは空の商品カタログにのみ追加できます</translation>
    </message>
    <message numerus="yes">
        <source>Database %1 is ready (schema %2). Base currency %3, home country %4, %n product(s).</source>
        <translation>
            <numerusform>データベース %1 の準備ができました (スキーマ %2)。基準通貨 %3、本拠地の国 %4、商品 %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LandedCostCalculator</name>
    <message>
        <source>flat shipping estimate for %1 (no rate card ships this product there)</source>
        <translation>%1 の一律の送料見積もり (この商品をそこへ配送できる運賃表がありません)</translation>
    </message>
    <message>
        <source>goods and shipping</source>
        <translation>商品と送料</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>flat %1 per tariff item on a low-value parcel (goods %2 at or under %3)</source>
        <translation>少額の荷物のため関税品目ごとに一律 %1 (商品 %2 が %3 以下)</translation>
    </message>
    <message>
        <source>none: the customs value %1 (%2) is at or under the duty threshold %3</source>
        <translation>なし: 課税価格 %1 (%2) が関税免税基準額 %3 以下です</translation>
    </message>
    <message>
        <source>the default rate (the product has no HS code)</source>
        <translation>既定の税率 (商品に HS コードがありません)</translation>
    </message>
    <message>
        <source>the rate for HS %1</source>
        <translation>HS %1 の税率</translation>
    </message>
    <message>
        <source>the default rate for HS %1</source>
        <translation>HS %1 に適用される既定の税率</translation>
    </message>
    <message>
        <source>%1% (%2) on %3 %4, above the duty threshold %5</source>
        <translation>%3 %4 に対して %1% (%2)、関税免税基準額 %5 を超過</translation>
    </message>
    <message>
        <source>%1% (%2) on %3 %4; this market has no duty threshold</source>
        <translation>%3 %4 に対して %1% (%2)。このマーケットには関税免税基準額がありません</translation>
    </message>
    <message>
        <source>none: %1 charges no import VAT/GST</source>
        <translation>なし: %1 は輸入 VAT/GST (付加価値税) を課しません</translation>
    </message>
    <message>
        <source>%1% on %2 (customs value + duty), collected by the seller at checkout for goods up to %3</source>
        <translation>%2 (課税価格 + 関税) に対して %1%。%3 以下の商品はチェックアウト時に販売者が徴収</translation>
    </message>
    <message>
        <source>none: the customs value %1 is at or under the tax threshold %2</source>
        <translation>なし: 課税価格 %1 が税の免税基準額 %2 以下です</translation>
    </message>
    <message>
        <source>%1% on %2 (customs value + duty), charged at import</source>
        <translation>%2 (課税価格 + 関税) に対して %1%。輸入時に課税</translation>
    </message>
    <message>
        <source>no clearance or handling fees set for %1</source>
        <translation>%1 には通関手数料や取扱手数料が設定されていません</translation>
    </message>
</context>
<context>
    <name>LandedCostDialog</name>
    <message>
        <source>Landed cost of %1</source>
        <translation>%1 の陸揚げ原価</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>マーケット:</translation>
    </message>
    <message>
        <source>Market&apos;s Incoterm</source>
        <translation>マーケットのインコタームズ</translation>
    </message>
    <message>
        <source>DAP – buyer pays duty and tax</source>
        <translation>DAP – 購入者が関税と税を負担</translation>
    </message>
    <message>
        <source>DDP – seller pays duty and tax</source>
        <translation>DDP – 販売者が関税と税を負担</translation>
    </message>
</context>
<context>
    <name>LandedCostPanel</name>
    <message>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>送料</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>関税</translation>
    </message>
    <message>
        <source>VAT/GST</source>
        <translation>VAT/GST (付加価値税)</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Select a price to see its landed cost.</source>
        <translation>価格を選択すると、その陸揚げ原価が表示されます。</translation>
    </message>
    <message>
        <source>%1 into %2 (%3), rates of %4</source>
        <translation>%2 向けの %1 (%3)、%4 時点のレート</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>the lines above, added up</source>
        <translation>上記の項目の合計</translation>
    </message>
    <message>
        <source>The seller pays %1 (shipping%2). Margin after cost: %3.</source>
        <translation>販売者の負担: %1 (送料%2)。原価差し引き後の粗利: %3。</translation>
    </message>
    <message>
        <source>, duty and tax under DDP</source>
        <translation>、DDP による関税と税</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Borderdesk</source>
        <translation>Borderdesk について</translation>
    </message>
    <message>
        <source>Borderdesk %1
The back office for small sellers who sell abroad.</source>
        <translation>Borderdesk %1
海外に販売する小規模事業者のためのバックオフィス。</translation>
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
        <translation>商品カタログ</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>為替レート</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>マーケット</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>価格表</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>バックアップコピー(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>商品のインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export products…</source>
        <translation>商品のエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;orders…</source>
        <translation>注文のインポート(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>配送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pack station</source>
        <translation>梱包ステーション(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rinters and paper…</source>
        <translation>プリンターと用紙(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Borderdesk</source>
        <translation>Borderdesk について(&amp;A)</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>my-shop.sqlite</source>
        <translation>my-shop.sqlite</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db)</source>
        <translation>Borderdesk データベース (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open to work with it, or choose a new name.</source>
        <translation>%1 はすでに存在します。このファイルで作業するには [開く] を使用するか、新しい名前を選んでください。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Borderdesk データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>バックアップコピー</translation>
    </message>
    <message>
        <source>Backup copy written to %1 and checked.</source>
        <translation>バックアップコピーを %1 に書き出し、検証しました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln product(s)</source>
        <translation>
            <numerusform>%1 · 商品 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>何も復元されませんでした: %1</translation>
    </message>
    <message>
        <source>Replace everything in %1 by the backup %2?

What is in the database now is kept as a copy beside it.</source>
        <translation>%1 のすべての内容をバックアップ %2 で置き換えますか?

現在データベースにある内容は、その横にコピーとして保存されます。</translation>
    </message>
    <message>
        <source>Restored from %1; the database it replaced is kept at %2.</source>
        <translation>%1 から復元しました。置き換えられたデータベースは %2 に保存されています。</translation>
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
        <translation>制限</translation>
    </message>
    <message>
        <source>Licence needed</source>
        <translation>許可が必要</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>type a language tag such as en, ja or pt-BR</source>
        <translation>en、ja、pt-BR などの言語タグを入力してください</translation>
    </message>
    <message>
        <source>type a number, e.g. 7.5</source>
        <translation>数値を入力してください (例: 7.5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a point for decimals, e.g. 7.5)</source>
        <translation>「%1」は数値ではありません (小数点にはピリオドを使用します。例: 7.5)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>負の値にはできません</translation>
    </message>
    <message>
        <source>Duty rate for HS %1: &quot;%2&quot; is not a percentage</source>
        <translation>HS %1 の関税率: 「%2」はパーセント値ではありません</translation>
    </message>
    <message>
        <source>Duty rates: HS %1 is listed twice</source>
        <translation>関税率: HS %1 が重複しています</translation>
    </message>
    <message>
        <source>Restricted goods, row %1: the HS prefix must be digits</source>
        <translation>規制品、%1 行目: HS 先頭桁は数字である必要があります</translation>
    </message>
    <message>
        <source>Duty threshold</source>
        <translation>関税免税基準額</translation>
    </message>
    <message>
        <source>Tax threshold</source>
        <translation>税の免税基準額</translation>
    </message>
    <message>
        <source>Flat duty per item</source>
        <translation>品目ごとの一律関税</translation>
    </message>
    <message>
        <source>Shipping estimate</source>
        <translation>送料見積もり</translation>
    </message>
    <message>
        <source>Format: step:up|nearest|down:ending, e.g. 1:up:0.01, or a ladder such as 0=1:up:0.01;100=10:up:0.05</source>
        <translation>形式: step:up|nearest|down:ending (例: 1:up:0.01)、または 0=1:up:0.01;100=10:up:0.05 のような段階指定</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>マーケット</translation>
    </message>
    <message>
        <source>Taxes and duties</source>
        <translation>税と関税</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Restricted goods</source>
        <translation>規制品</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>数値の確認日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>VAT/GST (%)</source>
        <translation>VAT/GST (付加価値税、%)</translation>
    </message>
    <message>
        <source>Default duty (%)</source>
        <translation>既定の関税率 (%)</translation>
    </message>
    <message>
        <source>Duty by HS prefix</source>
        <translation>HS 先頭桁別の関税</translation>
    </message>
    <message>
        <source>Duty and tax on</source>
        <translation>関税と税の課税対象</translation>
    </message>
    <message>
        <source>Default Incoterm</source>
        <translation>既定のインコタームズ</translation>
    </message>
    <message>
        <source>Recipient tax ID</source>
        <translation>受取人の納税者番号</translation>
    </message>
    <message>
        <source>Price basis</source>
        <translation>価格の基準</translation>
    </message>
    <message>
        <source>Markup (%)</source>
        <translation>マークアップ (%)</translation>
    </message>
    <message>
        <source>Price rounding</source>
        <translation>価格の丸め</translation>
    </message>
    <message>
        <source>Reprice threshold (%)</source>
        <translation>価格改定のしきい値 (%)</translation>
    </message>
    <message>
        <source>ISO codes, e.g. JP or AT, BE, DE</source>
        <translation>ISO コード (例: JP、または AT, BE, DE)</translation>
    </message>
    <message>
        <source>Add a country…</source>
        <translation>国を追加…</translation>
    </message>
    <message>
        <source>A saved market keeps its code: price lists refer to it. Clone it to get a new code.</source>
        <translation>保存済みのマーケットのコードは変更できません (価格表から参照されているため)。新しいコードにするには複製してください。</translation>
    </message>
    <message>
        <source>The seller collects VAT/GST (IOSS, UK VAT, AU GST, NO VOEC…)</source>
        <translation>販売者が VAT/GST を徴収 (IOSS、UK VAT、AU GST、NO VOEC…)</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Goods + shipping</source>
        <translation>商品 + 送料</translation>
    </message>
    <message>
        <source>DAP: the buyer pays duty and tax on delivery.
DDP: the seller pays them; prices include them.</source>
        <translation>DAP: 購入者が配達時に関税と税を支払います。
DDP: 販売者が関税と税を支払います。価格に含まれます。</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>基本価格</translation>
    </message>
    <message>
        <source>Cost + markup</source>
        <translation>原価 + マークアップ</translation>
    </message>
    <message>
        <source>e.g. CPF/CNPJ or PCCC</source>
        <translation>例: CPF/CNPJ、PCCC</translation>
    </message>
    <message>
        <source>Suggest new prices when exchange rates move a price by more than this.</source>
        <translation>為替レートの変動で価格がこの割合を超えて変わったときに、新しい価格を提案します。</translation>
    </message>
    <message>
        <source>No duty at or under this value.</source>
        <translation>この金額以下では関税はかかりません。</translation>
    </message>
    <message>
        <source>No import VAT/GST at or under this value, unless the seller collects it.</source>
        <translation>この金額以下では、販売者が徴収する場合を除き、輸入 VAT/GST (付加価値税) はかかりません。</translation>
    </message>
    <message>
        <source>HS prefix</source>
        <translation>HS 先頭桁</translation>
    </message>
    <message>
        <source>Duty (%)</source>
        <translation>関税 (%)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>行を削除</translation>
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
        <translation>既定: %1</translation>
    </message>
    <message>
        <source>HS %1…: %2</source>
        <translation>HS %1…: %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>VAT/GST</source>
        <translation>VAT/GST</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>関税</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>インコタームズ</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>確認日</translation>
    </message>
</context>
<context>
    <name>MarketPresets</name>
    <message>
        <source>the market presets are missing from this build</source>
        <translation>このビルドにはマーケットのプリセットが含まれていません</translation>
    </message>
    <message>
        <source>market presets: %1</source>
        <translation>マーケットのプリセット: %1</translation>
    </message>
</context>
<context>
    <name>MarketRepository</name>
    <message>
        <source>market %1: %2</source>
        <translation>マーケット %1: %2</translation>
    </message>
    <message>
        <source>cannot save market %1: %2</source>
        <translation>マーケット %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>market %1, country %2: %3</source>
        <translation>マーケット %1、国 %2: %3</translation>
    </message>
    <message>
        <source>market %1, duty rate %2: %3</source>
        <translation>マーケット %1、関税率 %2: %3</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>マーケット %1 は存在しません</translation>
    </message>
    <message>
        <source>market %1 already exists</source>
        <translation>マーケット %1 はすでに存在します</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>market %1: cannot add the restriction: %2</source>
        <translation>マーケット %1: 規制を追加できません: %2</translation>
    </message>
</context>
<context>
    <name>MarketValidator</name>
    <message>
        <source>market %1: %2</source>
        <translation>マーケット %1: %2</translation>
    </message>
    <message>
        <source>percentages must be decimal numbers</source>
        <translation>パーセント値は小数で指定してください</translation>
    </message>
    <message>
        <source>a duty rate must be a decimal number</source>
        <translation>関税率は小数で指定してください</translation>
    </message>
    <message>
        <source>thresholds and amounts must be plain amounts in %1</source>
        <translation>免税基準額と金額は %1 の単純な金額で指定してください</translation>
    </message>
    <message>
        <source>a restriction level must be prohibited, restricted or licence</source>
        <translation>規制区分は prohibited、restricted、licence のいずれかである必要があります</translation>
    </message>
    <message>
        <source>the code needs 1 to 10 characters</source>
        <translation>コードは 1～10 文字で指定してください</translation>
    </message>
    <message>
        <source>the market needs a name</source>
        <translation>マーケットには名前が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>「%1」は通貨コードではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code</source>
        <translation>「%1」は国コードではありません</translation>
    </message>
    <message>
        <source>the market needs at least one country</source>
        <translation>マーケットには 1 か国以上が必要です</translation>
    </message>
    <message>
        <source>percentages must not be negative</source>
        <translation>パーセント値を負にすることはできません</translation>
    </message>
    <message>
        <source>duty rate for &quot;%1&quot;: the prefix must be 1 to 10 digits</source>
        <translation>「%1」の関税率: HS 先頭桁は 1～10 桁の数字である必要があります</translation>
    </message>
    <message>
        <source>a restriction names either an HS prefix or a category</source>
        <translation>規制には HS 先頭桁かカテゴリのどちらか一方を指定します</translation>
    </message>
    <message>
        <source>the market needs the date its figures were checked (as of)</source>
        <translation>マーケットには数値の確認日 (as of) が必要です</translation>
    </message>
</context>
<context>
    <name>MarketsCommand</name>
    <message>
        <source>markets: unknown subcommand %1</source>
        <translation>markets: 不明なサブコマンド %1</translation>
    </message>
    <message>
        <source>usage: markets list [--json]</source>
        <translation>使い方: markets list [--json]</translation>
    </message>
    <message>
        <source>  VAT %1%  duty %2%  no duty up to %3  %4  as of %5</source>
        <translation>  VAT %1%  関税 %2%  %3 まで関税なし  %4  確認日 %5</translation>
    </message>
    <message>
        <source>usage: markets show CODE [--json]</source>
        <translation>使い方: markets show CODE [--json]</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>マーケット %1 は存在しません</translation>
    </message>
    <message>
        <source>Currency %1, language %2, %3, figures as of %4</source>
        <translation>通貨 %1、言語 %2、%3、数値の確認日 %4</translation>
    </message>
    <message>
        <source>VAT/GST %1%%2; no import tax up to %3</source>
        <translation>VAT/GST %1%%2。%3 まで輸入税なし</translation>
    </message>
    <message>
        <source> (collected by the seller at checkout)</source>
        <translation> (チェックアウト時に販売者が徴収)</translation>
    </message>
    <message>
        <source>Duty %1% by default, on %2; no duty up to %3</source>
        <translation>関税は既定で %1% (%2 に課税)。%3 まで関税なし</translation>
    </message>
    <message>
        <source>goods and shipping</source>
        <translation>商品と送料</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>  HS %1…: %2%</source>
        <translation>  HS %1…: %2%</translation>
    </message>
    <message>
        <source>Flat duty per tariff item: %1</source>
        <translation>関税品目ごとの一律関税: %1</translation>
    </message>
    <message>
        <source>Price rounding: %1</source>
        <translation>価格の丸め: %1</translation>
    </message>
    <message>
        <source>Shipping estimate: %1</source>
        <translation>送料見積もり: %1</translation>
    </message>
    <message>
        <source>Recipient tax ID required: %1</source>
        <translation>受取人の納税者番号が必要: %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>カテゴリ %1</translation>
    </message>
    <message>
        <source>HS %1…</source>
        <translation>HS %1…</translation>
    </message>
    <message>
        <source>Restriction: %1 is %2. %3</source>
        <translation>規制: %1 は %2 です。%3</translation>
    </message>
    <message>
        <source>usage: markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]</source>
        <translation>使い方: markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]</translation>
    </message>
    <message>
        <source>--level: &quot;%1&quot; must be prohibited, restricted or licence</source>
        <translation>--level: 「%1」ではなく prohibited、restricted、licence のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--hs: &quot;%1&quot; must be 1 to 10 digits</source>
        <translation>--hs: 「%1」は 1～10 桁の数字である必要があります</translation>
    </message>
    <message>
        <source>%1: %2 is now %3.</source>
        <translation>%1: %2 は %3 になりました。</translation>
    </message>
    <message>
        <source>usage: markets clone CODE NEWCODE [--name NAME]</source>
        <translation>使い方: markets clone CODE NEWCODE [--name NAME]</translation>
    </message>
    <message>
        <source>Market %1 is a copy of %2; edit what differs.</source>
        <translation>マーケット %1 は %2 のコピーです。異なる部分を編集してください。</translation>
    </message>
</context>
<context>
    <name>MarketsView</name>
    <message>
        <source>Markets</source>
        <translation>マーケット</translation>
    </message>
    <message>
        <source>Market %1 has changes that are not saved yet.</source>
        <translation>マーケット %1 には未保存の変更があります。</translation>
    </message>
    <message>
        <source>Market %1 was not saved: %2</source>
        <translation>マーケット %1 は保存されませんでした: %2</translation>
    </message>
    <message>
        <source>Market %1 has no changes to save.</source>
        <translation>マーケット %1 に保存する変更はありません。</translation>
    </message>
    <message>
        <source>Market %1 was not saved.</source>
        <translation>マーケット %1 は保存されませんでした。</translation>
    </message>
    <message>
        <source>Market %1 saved.</source>
        <translation>マーケット %1 を保存しました。</translation>
    </message>
    <message>
        <source>Market %1 was not copied.</source>
        <translation>マーケット %1 はコピーされませんでした。</translation>
    </message>
    <message>
        <source>Market %1 created as a copy of %2.</source>
        <translation>マーケット %1 を %2 のコピーとして作成しました。</translation>
    </message>
    <message>
        <source>Clone market %1</source>
        <translation>マーケット %1 の複製</translation>
    </message>
    <message>
        <source>Code of the new market (1 to 10 characters, e.g. IE):</source>
        <translation>新しいマーケットのコード (1～10 文字、例: IE):</translation>
    </message>
    <message>
        <source>Name of the new market:</source>
        <translation>新しいマーケットの名前:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>Delete market %1 with its duty rates, restriction rules and price lists?</source>
        <translation>マーケット %1 を、その関税率、規制ルール、価格表とともに削除しますか？</translation>
    </message>
    <message>
        <source>%1 is one of Borderdesk&apos;s presets; it will not come back with updates.</source>
        <translation>%1 は Borderdesk のプリセットの 1 つです。削除すると、アップデートしても復元されません。</translation>
    </message>
    <message>
        <source>Market %1 was not deleted.</source>
        <translation>マーケット %1 は削除されませんでした。</translation>
    </message>
    <message>
        <source>Market %1 deleted.</source>
        <translation>マーケット %1 を削除しました。</translation>
    </message>
    <message>
        <source>Save this market (%1)</source>
        <translation>このマーケットを保存 (%1)</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>先に次の問題を修正してください:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>複製(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Drop the changes and show the market as saved</source>
        <translation>変更を破棄し、保存済みの状態のマーケットを表示します</translation>
    </message>
    <message>
        <source>Start a new market from a copy of this one</source>
        <translation>このマーケットのコピーから新しいマーケットを作成します</translation>
    </message>
</context>
<context>
    <name>MessageKinds</name>
    <message>
        <source>Order confirmation</source>
        <translation>注文確認</translation>
    </message>
    <message>
        <source>Shipped, with tracking link</source>
        <translation>発送済み (追跡リンク付き)</translation>
    </message>
    <message>
        <source>Order delayed</source>
        <translation>注文の遅延</translation>
    </message>
    <message>
        <source>Customs information needed</source>
        <translation>通関情報が必要</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: template %2 (%3, %4) is incomplete</source>
        <translation>%1: テンプレート %2 (%3、%4) が不完全です</translation>
    </message>
    <message>
        <source>%1 holds no templates</source>
        <translation>%1 にはテンプレートが含まれていません</translation>
    </message>
</context>
<context>
    <name>MessageTemplateRepository</name>
    <message>
        <source>a message template needs a language, a subject and a body</source>
        <translation>メッセージテンプレートには言語、件名、本文が必要です</translation>
    </message>
    <message>
        <source>cannot save the %1 message in %2: %3</source>
        <translation>%2 の %1 メッセージを保存できません: %3</translation>
    </message>
    <message>
        <source>cannot reset the %1 message in %2: %3</source>
        <translation>%2 の %1 メッセージをリセットできません: %3</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>schema update %1 failed: %2</source>
        <translation>スキーマ更新 %1 に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown currency code &quot;%1&quot;</source>
        <translation>不明な通貨コード「%1」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>「%1」の小数の桁数が %2 で使用できる桁数 (%3) を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (use digits and a point, e.g. 1290.50)</source>
        <translation>「%1」は金額ではありません (数字とピリオドを使用してください。例: 1290.50)</translation>
    </message>
</context>
<context>
    <name>OrderCells</name>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>「%1」は金額ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>「%1」の小数の桁数が %2 で使用できる桁数 (%3) を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>「%1」は大きすぎます</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity (a whole number, 1 or more)</source>
        <translation>「%1」は数量ではありません (1 以上の整数)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (for example 2026-11-20 14:03:11 +0700)</source>
        <translation>「%1」は日時ではありません (例: 2026-11-20 14:03:11 +0700)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country (use a two-letter ISO code such as DE, or the English name)</source>
        <translation>「%1」は国ではありません (DE などの 2 文字の ISO コード、または英語名を使用してください)</translation>
    </message>
</context>
<context>
    <name>OrderCheckContext</name>
    <message>
        <source>the amount is too large to convert</source>
        <translation>金額が大きすぎて換算できません</translation>
    </message>
</context>
<context>
    <name>OrderChecker</name>
    <message>
        <source>%1 is prohibited in this market</source>
        <translation>%1 はこのマーケットでは禁止されています</translation>
    </message>
    <message>
        <source>%1 needs a licence in this market</source>
        <translation>%1 はこのマーケットでは許可が必要です</translation>
    </message>
    <message>
        <source>%1 is restricted in this market</source>
        <translation>%1 はこのマーケットでは制限されています</translation>
    </message>
    <message>
        <source>SKU %1 is not in the catalogue, so its HS code, origin and weight are unknown</source>
        <translation>SKU %1 は商品カタログにないため、HS コード、原産国、重量が不明です</translation>
    </message>
    <message>
        <source>%1 has no HS code</source>
        <translation>%1 に HS コードがありません</translation>
    </message>
    <message>
        <source>%1 has no country of origin</source>
        <translation>%1 に原産国がありません</translation>
    </message>
    <message>
        <source>%1 has no weight</source>
        <translation>%1 に重量がありません</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number is missing; express carriers require one</source>
        <translation>受取人の電話番号がありません。エクスプレス配送業者では必須です</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number %1 is not valid: %2</source>
        <translation>受取人の電話番号 %1 は無効です: %2</translation>
    </message>
    <message>
        <source>the recipient&apos;s tax ID (%1) is missing; this market requires it</source>
        <translation>受取人の納税者番号 (%1) がありません。このマーケットでは必須です</translation>
    </message>
    <message>
        <source>the recipient&apos;s tax ID %1 is not valid: %2</source>
        <translation>受取人の納税者番号 %1 は無効です: %2</translation>
    </message>
    <message>
        <source>the ship-to address lacks %1</source>
        <translation>配送先住所に%1がありません</translation>
    </message>
    <message>
        <source>the ship-to country is missing</source>
        <translation>配送先の国がありません</translation>
    </message>
    <message>
        <source>no market covers %1, so its duties and restricted goods are not checked</source>
        <translation>%1 を対象とするマーケットがないため、関税と規制品はチェックされません</translation>
    </message>
    <message>
        <source>Address check (AVS) did not match</source>
        <translation>住所確認 (AVS) が一致しませんでした</translation>
    </message>
    <message>
        <source>Address check (AVS) matched only partly</source>
        <translation>住所確認 (AVS) が部分的にしか一致しませんでした</translation>
    </message>
    <message>
        <source>Card security code (CVV) did not match</source>
        <translation>カードのセキュリティコード (CVV) が一致しませんでした</translation>
    </message>
    <message>
        <source>Billing country differs from shipping country</source>
        <translation>請求先の国と配送先の国が異なる</translation>
    </message>
    <message>
        <source>Ships to a known freight forwarder</source>
        <translation>既知の転送業者宛てに発送</translation>
    </message>
    <message>
        <source>Value far above the customer&apos;s history</source>
        <translation>顧客の過去の注文より金額が大幅に高い</translation>
    </message>
    <message>
        <source>Several orders from one email or address in a short time</source>
        <translation>同じメールアドレスまたは住所から短時間に複数の注文</translation>
    </message>
    <message>
        <source>High-risk product category</source>
        <translation>高リスクの商品カテゴリ</translation>
    </message>
    <message>
        <source>First order from a new customer</source>
        <translation>新規顧客からの初回注文</translation>
    </message>
    <message>
        <source>The sales channel rates it high risk</source>
        <translation>販売チャネルが高リスクと評価</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>a street address</source>
        <translation>番地</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>not an international number</source>
        <translation>国際形式の番号ではありません</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>Lines (%L1)</source>
        <translation>明細 (%L1)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>%1 (%2, order %3)</source>
        <translation>%1 (%2、注文 %3)</translation>
    </message>
    <message>
        <source>%1, paid %2</source>
        <translation>%1、%2 に支払い済み</translation>
    </message>
    <message>
        <source>%1, not paid</source>
        <translation>%1、未払い</translation>
    </message>
    <message>
        <source>%1
goods %2 · discount %3 · shipping %4 · tax %5</source>
        <translation>%1
商品 %2 · 割引 %3 · 送料 %4 · 税 %5</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>market %1</source>
        <translation>マーケット %1</translation>
    </message>
    <message>
        <source>No ship-to address</source>
        <translation>配送先住所なし</translation>
    </message>
    <message>
        <source>No billing address</source>
        <translation>請求先住所なし</translation>
    </message>
    <message>
        <source>In catalogue</source>
        <translation>商品カタログにあり</translation>
    </message>
    <message>
        <source>Not in catalogue</source>
        <translation>商品カタログになし</translation>
    </message>
    <message>
        <source>Blocks shipping: %1</source>
        <translation>出荷不可: %1</translation>
    </message>
    <message>
        <source>To look at: %1</source>
        <translation>要確認: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Nothing stops this order from shipping.</source>
        <translation>この注文の出荷を妨げる問題はありません。</translation>
    </message>
    <message>
        <source>Risk score: %1 of 100. Orders at %2 or more go on hold.</source>
        <translation>リスクスコア: %1 / 100。%2 以上の注文は保留になります。</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>%1 にチェック済み。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Updated by an import</source>
        <translation>インポートで更新</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>ステータス変更</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>リスク %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>出荷</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>配送先</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>請求先</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>番号:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合計:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>顧客:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話番号:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>納税者番号:</translation>
    </message>
    <message>
        <source>Shipping:</source>
        <translation>配送:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>問題(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Risk reasons:</source>
        <translation>リスクの理由(&amp;R):</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>商品名</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>商品カタログ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message numerus="yes">
        <source>Checks (%Ln blocking)</source>
        <translation>
            <numerusform>チェック (%Ln 件ブロック中)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This order cannot ship until %Ln problem(s) are solved.</source>
        <translation>
            <numerusform>%Ln 件の問題が解決するまで、この注文は出荷できません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDocuments</name>
    <message>
        <source>the order is no longer in the database</source>
        <translation>注文はデータベースに存在しなくなりました</translation>
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
        <translation>%1: ファイルに書き込めません: %2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>エクスポートはキャンセルされました</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: ファイルの書き込みを完了できません: %2</translation>
    </message>
</context>
<context>
    <name>OrderFileReader</name>
    <message>
        <source>Shopify orders export</source>
        <translation>Shopify 注文エクスポート</translation>
    </message>
    <message>
        <source>Amazon order report</source>
        <translation>Amazon 注文レポート</translation>
    </message>
    <message>
        <source>eBay orders report</source>
        <translation>eBay 注文レポート</translation>
    </message>
    <message>
        <source>Borderdesk orders CSV</source>
        <translation>Borderdesk 注文 CSV</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>不明な形式</translation>
    </message>
    <message>
        <source>the %1 header lacks the column(s) %2</source>
        <translation>%1 のヘッダーに列 %2 がありません</translation>
    </message>
    <message>
        <source>no %1 header found in the first 30 lines</source>
        <translation>最初の 30 行に %1 のヘッダーが見つかりません</translation>
    </message>
    <message>
        <source>not an order file Borderdesk knows: no Shopify, Amazon, eBay or Borderdesk header found</source>
        <translation>Borderdesk が認識できる注文ファイルではありません: Shopify、Amazon、eBay、Borderdesk のヘッダーが見つかりません</translation>
    </message>
    <message>
        <source>the rows of order %1 are not next to each other; sort the file by order first</source>
        <translation>注文 %1 の行が連続していません。先にファイルを注文ごとに並べ替えてください</translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <source>All markets</source>
        <translation>すべてのマーケット</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Search order number, email or ship-to name</source>
        <translation>注文番号、メールアドレス、配送先の氏名で検索</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>出荷待ち</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Risk at least</source>
        <translation>リスク下限(&amp;R)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>注文のインポート</translation>
    </message>
    <message>
        <source>Order files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>注文ファイル (*.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 をインポートしています…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be changed…</source>
        <translation>キャンセルしています。何も変更されません…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; no order was changed.</source>
        <translation>インポートはキャンセルされました。注文は変更されていません。</translation>
    </message>
    <message>
        <source>%1 (%2) was imported.</source>
        <translation>%1 (%2) をインポートしました。</translation>
    </message>
    <message>
        <source>%1: nothing was imported.</source>
        <translation>%1: 何もインポートされませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…ほか %Ln 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O):</translation>
    </message>
    <message>
        <source>Detect from the file&apos;s header</source>
        <translation>ファイルのヘッダーから検出</translation>
    </message>
    <message>
        <source>Orders in the file:</source>
        <translation>ファイル内の注文:</translation>
    </message>
    <message>
        <source>Order lines:</source>
        <translation>注文明細:</translation>
    </message>
    <message>
        <source>New orders:</source>
        <translation>新規注文:</translation>
    </message>
    <message>
        <source>Updated orders:</source>
        <translation>更新された注文:</translation>
    </message>
    <message>
        <source>Put on hold:</source>
        <translation>保留にした注文:</translation>
    </message>
    <message>
        <source>Cannot ship yet:</source>
        <translation>まだ出荷できない注文:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported. Fix the %Ln problem(s) below in the file and import it again.</source>
        <translation>
            <numerusform>%1: 何もインポートされませんでした。ファイル内の以下の %Ln 件の問題を修正して、もう一度インポートしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) below.</source>
        <translation>
            <numerusform>以下に %Ln 件の警告があります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message>
        <source>SKU &quot;%1&quot; is not in the catalogue; the line is kept</source>
        <translation>SKU「%1」は商品カタログにありません。明細はそのまま残します</translation>
    </message>
    <message numerus="yes">
        <source>SKU &quot;%1&quot; is not in the catalogue; its lines are kept (%n more line(s) have it)</source>
        <translation>
            <numerusform>SKU「%1」は商品カタログにありません。明細はそのまま残します (ほかに %n 件の明細にもあります)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the order&apos;s amounts in %2 are left empty</source>
        <translation>%1。注文の %2 建ての金額は空欄のままになります</translation>
    </message>
    <message>
        <source>%1:%2: the database refused order %3: %4</source>
        <translation>%1:%2: データベースが注文 %3 を拒否しました: %4</translation>
    </message>
    <message>
        <source>risk %1 ≥ hold threshold %2</source>
        <translation>リスク %1 ≥ 保留のしきい値 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) not shown</source>
        <translation>
            <numerusform>ほか %n 件の警告は表示されていません</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB)</source>
        <translation>%1: ファイルが大きすぎます (%2 MB)</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>no order %1</source>
        <translation>注文 %1 はありません</translation>
    </message>
    <message>
        <source>%1 orders have the number %2; use the channel order id</source>
        <translation>番号 %2 の注文が %1 件あります。販売チャネルの注文 ID を使用してください</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>該当する注文がありません</translation>
    </message>
    <message>
        <source>order %1 cannot go from %2 to %3 (allowed: %4)</source>
        <translation>注文 %1 は %2 から %3 に変更できません (変更可能: %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>order %1 cannot ship: %2</source>
        <translation>注文 %1 は出荷できません: %2</translation>
    </message>
    <message>
        <source>risk %1 ≥ hold threshold %2</source>
        <translation>リスク %1 ≥ 保留しきい値 %2</translation>
    </message>
    <message>
        <source>cannot ship</source>
        <translation>出荷不可</translation>
    </message>
</context>
<context>
    <name>OrderRowMapper</name>
    <message>
        <source>&quot;%1&quot; is not a currency code (three letters such as USD)</source>
        <translation>「%1」は通貨コードではありません (USD などの 3 文字)</translation>
    </message>
    <message>
        <source>the line has neither a SKU nor a product name</source>
        <translation>明細に SKU も商品名もありません</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>価格を負の値にすることはできません</translation>
    </message>
    <message>
        <source>%1 does not divide evenly by the quantity %2; the unit price is rounded down</source>
        <translation>%1 は数量 %2 で割り切れません。単価は切り捨てられます</translation>
    </message>
    <message>
        <source>order %1 has no lines</source>
        <translation>注文 %1 に明細がありません</translation>
    </message>
    <message>
        <source>order %1 has no creation date</source>
        <translation>注文 %1 に作成日がありません</translation>
    </message>
</context>
<context>
    <name>OrderStatuses</name>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>出荷準備完了</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>ピッキング済み</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>梱包済み</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>発送済み</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配達済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返品済み</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Cannot ship</source>
        <translation>出荷不可</translation>
    </message>
    <message>
        <source>At or above the hold threshold (%1)</source>
        <translation>保留しきい値 (%1) 以上</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>販売チャネル</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>配送先</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>マーケット</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>配送</translation>
    </message>
</context>
<context>
    <name>OrdersCommand</name>
    <message>
        <source>orders: unknown subcommand %1</source>
        <translation>orders: 不明なサブコマンド %1</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not an order status</source>
        <translation>--status: 「%1」は注文ステータスではありません</translation>
    </message>
    <message>
        <source>--min-risk: &quot;%1&quot; is not a number from 0 to 100</source>
        <translation>--min-risk: 「%1」は 0～100 の数値ではありません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: 「%2」は日付 (YYYY-MM-DD) ではありません</translation>
    </message>
    <message>
        <source>usage: orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]</source>
        <translation>使い方: orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not auto, shopify, amazon, ebay or csv</source>
        <translation>--format: 「%1」は auto、shopify、amazon、ebay、csv のいずれでもありません</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>インポートされませんでした: 先に %n 件の問題を修正する必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 order(s) with %3 line(s); %4 new, %5 updated; %6 put on hold; %7 cannot ship yet.</source>
        <translation>%1: 注文 %2 件 (明細 %3 件)、新規 %4 件、更新 %5 件、保留にした注文 %6 件、まだ出荷できない注文 %7 件。</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. %1</source>
        <translation>ドライランのため、何も書き込まれていません。%1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>インポートしました。%1</translation>
    </message>
    <message>
        <source>usage: orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]</source>
        <translation>使い方: orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>%n 件の注文を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N] [--from DATE] [--to DATE] [--limit N] [--json]</source>
        <translation>使い方: orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N] [--from DATE] [--to DATE] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit: 「%1」は正の数ではありません</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>リスク %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>%n 件の注文を表示</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> (全 %1 件中)</translation>
    </message>
    <message>
        <source>usage: orders check NUMBER [--json]</source>
        <translation>使い方: orders check NUMBER [--json]</translation>
    </message>
    <message>
        <source>usage: orders show NUMBER [--json]</source>
        <translation>使い方: orders show NUMBER [--json]</translation>
    </message>
    <message>
        <source>Order %1 (%2 %3), %4</source>
        <translation>注文 %1 (%2 %3)、%4</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>作成日 %1</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>配送先:</translation>
    </message>
    <message>
        <source>  (not in the catalogue)</source>
        <translation>  (商品カタログにありません)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合計 %1</translation>
    </message>
    <message>
        <source> = %1 at %2 (%3)</source>
        <translation> = %1 (レート %2、%3)</translation>
    </message>
    <message>
        <source>Order %1 checked.</source>
        <translation>注文 %1 をチェックしました。</translation>
    </message>
    <message>
        <source>cannot ship: </source>
        <translation>出荷不可: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>注: </translation>
    </message>
    <message>
        <source>Restricted goods: %1</source>
        <translation>規制品: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Shipping readiness: %1</source>
        <translation>出荷準備状況: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Fraud risk: %1 of 100</source>
        <translation>不正リスク: %1 / 100</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>usage: orders set-status NUMBER STATUS [--note TEXT]</source>
        <translation>使い方: orders set-status NUMBER STATUS [--note TEXT]</translation>
    </message>
    <message>
        <source>statuses: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status</source>
        <translation>「%1」は注文ステータスではありません</translation>
    </message>
    <message>
        <source>Order %1 is now %2.</source>
        <translation>注文 %1 は %2 になりました。</translation>
    </message>
    <message>
        <source>usage: orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]</source>
        <translation>使い方: orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]</translation>
    </message>
    <message>
        <source>--set %1: %2</source>
        <translation>--set %1: %2</translation>
    </message>
    <message>
        <source>expected RULE=WEIGHT</source>
        <translation>RULE=WEIGHT の形式で指定してください</translation>
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
        <translation>保留しきい値: %1</translation>
    </message>
    <message>
        <source>High-risk categories: %1</source>
        <translation>高リスクのカテゴリ: %1</translation>
    </message>
    <message>
        <source>usage: orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG] [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--documents TEXT] [--mailto]</source>
        <translation>使い方: orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG] [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--documents TEXT] [--mailto]</translation>
    </message>
    <message>
        <source>no %1 template in %2</source>
        <translation>%2 に %1 テンプレートがありません</translation>
    </message>
    <message>
        <source>usage: orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT] [--address2 TEXT] [--city TEXT] [--province TEXT]</source>
        <translation>使い方: orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT] [--address2 TEXT] [--city TEXT] [--province TEXT]</translation>
    </message>
    <message>
        <source>Order %1 updated; it can ship.</source>
        <translation>注文 %1 を更新しました。出荷できます。</translation>
    </message>
    <message>
        <source>Order %1 updated; it still cannot ship.</source>
        <translation>注文 %1 を更新しましたが、まだ出荷できません。</translation>
    </message>
    <message>
        <source>usage: orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]</source>
        <translation>使い方: orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <source>%Ln+ order(s), counting…</source>
        <translation>
            <numerusform>%Ln 件以上の注文、集計中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 件の注文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln selected</source>
        <translation>
            <numerusform>%1、%Ln 件を選択</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing orders to “%1”…</source>
        <translation>注文を「%1」に変更しています…</translation>
    </message>
    <message>
        <source>Releasing orders…</source>
        <translation>注文の保留を解除しています…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>保留解除</translation>
    </message>
    <message>
        <source>order %1 is not on hold</source>
        <translation>注文 %1 は保留中ではありません</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>注文のキャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)? A cancelled order cannot be reopened.</source>
        <translation>
            <numerusform>%Ln 件の注文をキャンセルしますか? キャンセルした注文は再開できません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)</source>
        <translation>
            <numerusform>%Ln 件の注文をキャンセル</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>キャンセルしない</translation>
    </message>
    <message>
        <source>Checking orders again…</source>
        <translation>注文を再チェックしています…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再チェック</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>注文のエクスポート</translation>
    </message>
    <message>
        <source>orders.csv</source>
        <translation>orders.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>注文をエクスポートしています…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>%Ln 件の注文を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient corrected; the order was checked again.</source>
        <translation>受取人を修正し、注文を再チェックしました。</translation>
    </message>
    <message>
        <source>Fraud rules saved. They apply to orders imported or checked again from now on.</source>
        <translation>不正チェックのルールを保存しました。今後インポートまたは再チェックする注文に適用されます。</translation>
    </message>
    <message>
        <source>Select an order to see its lines, addresses, checks and history.</source>
        <translation>注文を選択すると、明細、住所、チェック結果、履歴が表示されます。</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>保留(&amp;H)</translation>
    </message>
    <message>
        <source>Put the selected orders on hold</source>
        <translation>選択した注文を保留にします</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>保留解除(&amp;L)</translation>
    </message>
    <message>
        <source>Release the selected orders on hold (back to new)</source>
        <translation>選択した保留中の注文の保留を解除します (新規に戻ります)</translation>
    </message>
    <message>
        <source>&amp;Cancel order</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the selected orders</source>
        <translation>選択した注文をキャンセルします</translation>
    </message>
    <message>
        <source>Mark read&amp;y to ship</source>
        <translation>出荷準備完了(&amp;Y)</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>再チェック(&amp;G)</translation>
    </message>
    <message>
        <source>Check the selected orders again with today&apos;s catalogue, markets and fraud rules</source>
        <translation>選択した注文を、現在の商品カタログ、マーケット、不正チェックのルールで再チェックします</translation>
    </message>
    <message>
        <source>&amp;Message customer…</source>
        <translation>顧客連絡(&amp;M)…</translation>
    </message>
    <message>
        <source>Edit recipie&amp;nt…</source>
        <translation>受取人編集(&amp;N)…</translation>
    </message>
    <message>
        <source>Correct the phone, tax ID, language or address, then check the order again</source>
        <translation>電話番号、税番号、言語、住所を修正してから、注文を再チェックします</translation>
    </message>
    <message>
        <source>Fra&amp;ud rules…</source>
        <translation>不正チェック(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>Export the &amp;selected orders…</source>
        <translation>選択した注文をエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;all orders the filter shows…</source>
        <translation>フィルターで表示中のすべての注文をエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln order(s) done.</source>
        <translation>
            <numerusform>%1: %Ln 件の注文を処理しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) could not be changed.</source>
        <translation>
            <numerusform>%Ln 件の注文を変更できませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more (see the details).</source>
        <translation>
            <numerusform>…ほか %Ln 件 (詳細を参照してください)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other order(s) were changed.</source>
        <translation>
            <numerusform>ほかの %Ln 件の注文は変更されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rate shop…</source>
        <translation>運賃比較(&amp;R)…</translation>
    </message>
    <message>
        <source>Compare the services for the current order and create its shipment</source>
        <translation>現在の注文の配送サービスを比較して、出荷を作成します</translation>
    </message>
    <message>
        <source>&amp;Print documents…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the label, customs papers and packing slip of the selected orders</source>
        <translation>選択した注文の配送ラベル、通関書類、納品書を印刷します</translation>
    </message>
    <message>
        <source>Print documents</source>
        <translation>書類の印刷</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) get no documents:</source>
        <translation>
            <numerusform>%Ln 件の注文は書類が作成されません:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>no printer is set up</source>
        <translation>プリンターが設定されていません</translation>
    </message>
    <message>
        <source>printing was cancelled</source>
        <translation>印刷はキャンセルされました</translation>
    </message>
</context>
<context>
    <name>PackStationWindow</name>
    <message>
        <source>Printing the label and papers for order %1…</source>
        <translation>注文 %1 の配送ラベルと書類を印刷しています…</translation>
    </message>
    <message>
        <source>Borderdesk pack station</source>
        <translation>Borderdesk 梱包ステーション</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>棚番</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>必要数</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>読取数</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the line is complete</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Scan each item (barcode or SKU), then Enter</source>
        <translation>各品目 (バーコード/SKU) をスキャンして Enter を押す</translation>
    </message>
    <message>
        <source>F5: print again · Esc: abandon the order</source>
        <translation>F5: 再印刷 · Esc: 注文を中断</translation>
    </message>
    <message>
        <source>Scan or type an order number, then Enter</source>
        <translation>注文番号をスキャンまたは入力して Enter を押す</translation>
    </message>
    <message>
        <source>Enter: confirm the scan · Esc: abandon the order · F5: print again · F12: next language · F10 or Ctrl+Q: leave the pack station</source>
        <translation>Enter: スキャンを確定 · Esc: 注文を中断 · F5: 再印刷 · F12: 次の言語 · F10 または Ctrl+Q: 梱包ステーションを終了</translation>
    </message>
    <message>
        <source>Pack station: no order open</source>
        <translation>梱包ステーション: 開いている注文はありません</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %2 of %Ln item(s) packed</source>
        <translation>
            <numerusform>注文 %1: %Ln 品目中 %2 品目を梱包済み</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · tracking %2</source>
        <comment>order progress, tracking number</comment>
        <translation>%1 · 追跡番号 %2</translation>
    </message>
    <message>
        <source>Scan the order number from the packing slip.</source>
        <translation>納品書の注文番号をスキャンしてください。</translation>
    </message>
    <message>
        <source>Order %1: scan each item.</source>
        <translation>注文 %1: 各品目をスキャンしてください。</translation>
    </message>
    <message>
        <source>✘ NOT AN ORDER: %1</source>
        <translation>✘ 注文ではありません: %1</translation>
    </message>
    <message>
        <source>STOP: order %1 must not ship. No label.</source>
        <translation>停止: 注文 %1 は出荷できません。ラベルは発行されません。</translation>
    </message>
    <message>
        <source>✔ %1 %2: %3 of %4</source>
        <translation>✔ %1 %2: %3 / %4</translation>
    </message>
    <message>
        <source>✘ WRONG ITEM: %1 %2 is not in this order. Put it back.</source>
        <translation>✘ 品目違い: %1 %2 はこの注文に含まれていません。元に戻してください。</translation>
    </message>
    <message>
        <source>✘ TOO MANY: all %1 of %2 are packed already. Take this one out.</source>
        <translation>✘ 数量超過: %2 の %1 個はすべて梱包済みです。この品目を取り出してください。</translation>
    </message>
    <message>
        <source>✘ UNKNOWN BARCODE: %1 is no product and no order.</source>
        <translation>✘ 不明なバーコード: %1 は商品でも注文でもありません。</translation>
    </message>
    <message>
        <source>✔ Tracking number %1 goes on the label.</source>
        <translation>✔ 追跡番号 %1 がラベルに印刷されます。</translation>
    </message>
    <message>
        <source>Order %1 is open already: scan its items.</source>
        <translation>注文 %1 はすでに開いています。品目をスキャンしてください。</translation>
    </message>
    <message>
        <source>Order %1 is not finished. Scan its items, or press Esc to abandon it and open %2.</source>
        <translation>注文 %1 は完了していません。品目をスキャンするか、Esc キーで中断して %2 を開いてください。</translation>
    </message>
    <message>
        <source>Order %1 has not printed. Press F5 to print again or Esc to abandon it.</source>
        <translation>注文 %1 は印刷されていません。F5 キーで再印刷するか、Esc キーで中断してください。</translation>
    </message>
    <message>
        <source>✔ Order %1 is packed: label and papers printed. Scan the next order.</source>
        <translation>✔ 注文 %1 を梱包しました。配送ラベルと書類を印刷しました。次の注文をスキャンしてください。</translation>
    </message>
    <message>
        <source>✔ Order %1 printed again. Scan the next order.</source>
        <translation>✔ 注文 %1 を再印刷しました。次の注文をスキャンしてください。</translation>
    </message>
    <message>
        <source>✘ PRINTING FAILED for order %1. Press F5 to print again.</source>
        <translation>✘ 注文 %1 の印刷に失敗しました。F5 キーで再印刷してください。</translation>
    </message>
    <message>
        <source>✘ ORDER %1 NOT PACKED. Press F5 to try again or Esc to abandon it.</source>
        <translation>✘ 注文 %1 は梱包されていません。F5 キーで再試行するか、Esc キーで中断してください。</translation>
    </message>
    <message>
        <source>Order %1 abandoned. Scan the next order number.</source>
        <translation>注文 %1 を中断しました。次の注文番号をスキャンしてください。</translation>
    </message>
</context>
<context>
    <name>PackageRows</name>
    <message>
        <source>Package %1 needs a weight (grams, or with a unit: 1.2 kg).</source>
        <translation>個口 %1 の重量を入力してください (グラム、または単位付き: 1.2 kg)。</translation>
    </message>
    <message>
        <source>Package %1: %2</source>
        <translation>個口 %1: %2</translation>
    </message>
    <message>
        <source>✓ %1 number</source>
        <translation>✓ %1 の番号</translation>
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
        <translation>重量</translation>
    </message>
    <message>
        <source>Size (L×W×H cm)</source>
        <translation>サイズ (長さ×幅×高さ cm)</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>追跡番号</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>個口 %1</translation>
    </message>
    <message>
        <source>e.g. 1.2 kg</source>
        <translation>例: 1.2 kg</translation>
    </message>
    <message>
        <source>e.g. 40x30x20</source>
        <translation>例: 40x30x20</translation>
    </message>
    <message>
        <source>type or scan</source>
        <translation>入力またはスキャン</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <source>Packing slip</source>
        <translation>納品書</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>注文 %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日付: %1</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>配送先</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>配送方法</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>追跡番号</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>棚番</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Thank you for your order!</source>
        <translation>ご注文ありがとうございました。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Continued on the next page</source>
        <translation>次のページに続きます</translation>
    </message>
    <message>
        <source>Packing slip %1</source>
        <translation>納品書 %1</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>印刷するものがありません。</translation>
    </message>
    <message>
        <source>%1 dpi is not a resolution a printer has.</source>
        <translation>%1 dpi はプリンターの解像度として正しくありません。</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>PDF の書き込みを開始できませんでした。</translation>
    </message>
    <message>
        <source>Could not finish writing the PDF.</source>
        <translation>PDF の書き込みを完了できませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>phone number is empty</source>
        <translation>電話番号が空です</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; cannot be read: it needs a known country code, such as +66</source>
        <translation>電話番号「%1」を読み取れません: +66 のような既知の国番号が必要です</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; cannot be read</source>
        <translation>電話番号「%1」を読み取れません</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not valid</source>
        <translation>電話番号「%1」は無効です</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not valid for %2</source>
        <translation>電話番号「%1」は %2 では無効です</translation>
    </message>
</context>
<context>
    <name>PriceCommand</name>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: 「%1」は日付 (YYYY-MM-DD) ではありません</translation>
    </message>
    <message>
        <source>usage: price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
       price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
       price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
       price fix SKU --market CODE AMOUNT|--clear</source>
        <translation>使い方: price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
        price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
        price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
        price fix SKU --market CODE AMOUNT|--clear</translation>
    </message>
    <message>
        <source>--incoterm: &quot;%1&quot; must be DAP or DDP</source>
        <translation>--incoterm: 「%1」は DAP または DDP でなければなりません</translation>
    </message>
    <message>
        <source>usage: price apply --market CODE [--dry-run] [--date YYYY-MM-DD]</source>
        <translation>使い方: price apply --market CODE [--dry-run] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--dry-run goes with price apply</source>
        <translation>--dry-run は price apply と一緒に使用します</translation>
    </message>
    <message>
        <source>%1 (%2) into %3, %4, rates of %5</source>
        <translation>%1 (%2) → %3、%4、%5 のレート</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>粗利</translation>
    </message>
    <message>
        <source>after cost and what the seller pays (%1)</source>
        <translation>原価と販売者負担分 (%1) を差し引いた後</translation>
    </message>
    <message>
        <source>Dry run for %1: %2 product(s) checked, %3 price(s) would change, %4 moved less than the threshold; nothing was written.</source>
        <translation>%1 のドライラン: %2 件の商品をチェック、%3 件の価格が変更対象、%4 件はしきい値未満の変動。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>%1: %2 product(s) checked, %3 price(s) changed, %4 moved less than the threshold and were kept.</source>
        <translation>%1: %2 件の商品をチェック、%3 件の価格を変更、%4 件はしきい値未満の変動のため維持しました。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n price(s) of %1 to %2.</source>
        <translation>
            <numerusform>%1 の価格 %n 件を %2 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>マーケット %1 はありません</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>SKU %1 の商品はありません</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>AMOUNT: %1</translation>
    </message>
    <message>
        <source>%1 in %2 is now fixed at %3.</source>
        <translation>%2 での %1 の価格を %3 に固定しました。</translation>
    </message>
    <message>
        <source>%1 in %2 follows the market&apos;s rule again.</source>
        <translation>%2 での %1 の価格は再びマーケットのルールに従います。</translation>
    </message>
</context>
<context>
    <name>PriceExporter</name>
    <message>
        <source>there is no market %1</source>
        <translation>マーケット %1 はありません</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>エクスポートはキャンセルされました</translation>
    </message>
</context>
<context>
    <name>PriceListService</name>
    <message>
        <source>fixed price for %1</source>
        <translation>%1 の固定価格</translation>
    </message>
    <message>
        <source>base price %1</source>
        <translation>基本価格 %1</translation>
    </message>
    <message>
        <source>cost %1 + %2% markup = %3</source>
        <translation>原価 %1 + 上乗せ %2% = %3</translation>
    </message>
    <message>
        <source>%1: the price is too large to convert</source>
        <translation>%1: 価格が大きすぎて換算できません</translation>
    </message>
    <message>
        <source>%1, rounded %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7), rounded %8</source>
        <translation>%1 = %2 (%3 のレート: 1 EUR = %4 %5 = %6 %7)、%8</translation>
    </message>
    <message>
        <source>no exchange rate for %1 and %2</source>
        <translation>%1 と %2 の為替レートがありません</translation>
    </message>
    <message>
        <source>%1 to %2, %3: %4</source>
        <translation>%1 (%2 宛)、%3: %4</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>SKU %1 の商品はありません</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>マーケット %1 はありません</translation>
    </message>
    <message>
        <source>cancelled; no price was changed</source>
        <translation>キャンセルされました。価格は変更されていません</translation>
    </message>
    <message>
        <source>cannot store the price of %1: %2</source>
        <translation>%1 の価格を保存できません: %2</translation>
    </message>
    <message>
        <source>a fixed price for %1 must be in %2</source>
        <translation>%1 の固定価格は %2 で指定する必要があります</translation>
    </message>
</context>
<context>
    <name>PriceListsView</name>
    <message>
        <source>Export prices</source>
        <translation>価格のエクスポート</translation>
    </message>
    <message>
        <source>prices-%1.csv</source>
        <translation>prices-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV ファイル (*.csv);;Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Some prices cannot be computed: %1</source>
        <translation>一部の価格を計算できません: %1</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>固定価格</translation>
    </message>
    <message>
        <source>Fixed price of %1 in %2 (%3); leave empty to follow the market&apos;s rule:</source>
        <translation>%2 での %1 の固定価格 (%3)。マーケットのルールに従う場合は空欄にします:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>Pricing %1…</source>
        <translation>%1 の価格を計算しています…</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>価格表</translation>
    </message>
    <message>
        <source>Apply prices</source>
        <translation>価格の適用</translation>
    </message>
    <message>
        <source>%1: %2 price(s) will change; %3 moved less than the market&apos;s threshold and stay. Apply?</source>
        <translation>%1: %2 件の価格が変更されます。%3 件はマーケットのしきい値未満の変動のため維持されます。適用しますか?</translation>
    </message>
    <message>
        <source>%1: %2 price(s) changed and kept in the price history.</source>
        <translation>%1: %2 件の価格を変更し、価格履歴に記録しました。</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 をエクスポートしています…</translation>
    </message>
    <message>
        <source>%1 in %2 is now fixed at %3.</source>
        <translation>%2 での %1 の価格を %3 に固定しました。</translation>
    </message>
    <message>
        <source>%1 in %2 follows the market&apos;s rule again.</source>
        <translation>%2 での %1 の価格は再びマーケットのルールに従います。</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>SKU、名前、バーコードで検索</translation>
    </message>
    <message>
        <source>Rates of:</source>
        <translation>レートの日付:</translation>
    </message>
    <message>
        <source>Markets:</source>
        <translation>マーケット:</translation>
    </message>
    <message>
        <source>&amp;Apply prices…</source>
        <translation>価格を適用(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;xport prices…</source>
        <translation>価格をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Shopify form (Price / market)</source>
        <translation>Shopify 形式 (Price / マーケット名)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln price(s) to %1.</source>
        <translation>
            <numerusform>%Ln 件の価格を %1 にエクスポートしました。</numerusform>
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
        <translation>%1 (固定)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 現行価格</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 新価格</translation>
    </message>
    <message>
        <source>%1 change</source>
        <translation>%1 変動</translation>
    </message>
    <message>
        <source>%1 landed</source>
        <translation>%1 陸揚げ原価</translation>
    </message>
    <message>
        <source>%1 margin</source>
        <translation>%1 粗利</translation>
    </message>
</context>
<context>
    <name>PriceRounding</name>
    <message>
        <source>no rounding</source>
        <translation>端数処理なし</translation>
    </message>
    <message>
        <source>up</source>
        <translation>切り上げ</translation>
    </message>
    <message>
        <source>to the nearest</source>
        <translation>四捨五入</translation>
    </message>
    <message>
        <source>down</source>
        <translation>切り捨て</translation>
    </message>
    <message>
        <source>%1 to steps of %2, less %3</source>
        <translation>%2 単位で%1、%3 を差し引く</translation>
    </message>
    <message>
        <source>%1 to steps of %2</source>
        <translation>%2 単位で%1</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>%1 以上: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price bracket (e.g. 100=10:up:0)</source>
        <translation>「%1」は価格帯の指定ではありません (例: 100=10:up:0)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs step:direction:ending (e.g. 1:up:0.01)</source>
        <translation>「%1」は「単位:方向:端数」の形式で指定してください (例: 1:up:0.01)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the direction must be up, nearest or down</source>
        <translation>「%1」: 方向は up、nearest、down のいずれかにしてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: step and ending must be amounts in %2</source>
        <translation>「%1」: 単位と端数は %2 の金額で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the step must be above zero and the ending no larger than the step</source>
        <translation>「%1」: 単位は 0 より大きく、端数は単位以下にしてください</translation>
    </message>
</context>
<context>
    <name>PrintSession</name>
    <message>
        <source>No printer is chosen, and the system has no default printer.</source>
        <translation>プリンターが選択されておらず、システムの既定のプリンターもありません。</translation>
    </message>
    <message>
        <source>The printer “%1” was not found. Check that it is set up in the system&apos;s printer settings.</source>
        <translation>プリンター「%1」が見つかりません。システムのプリンター設定で設定されているか確認してください。</translation>
    </message>
    <message>
        <source>The printer “%1” cannot be used.</source>
        <translation>プリンター「%1」は使用できません。</translation>
    </message>
    <message>
        <source>The printer “%1” could not start the print job.</source>
        <translation>プリンター「%1」で印刷ジョブを開始できませんでした。</translation>
    </message>
    <message>
        <source>The print job is already finished.</source>
        <translation>印刷ジョブはすでに終了しています。</translation>
    </message>
    <message>
        <source>The printer “%1” could not start a new page.</source>
        <translation>プリンター「%1」で新しいページを開始できませんでした。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>Drawing page %1 of “%2” failed: %3</source>
        <translation>「%2」の %1 ページ目の描画に失敗しました: %3</translation>
    </message>
    <message>
        <source>The printer “%1” reported an error while printing “%2”.</source>
        <translation>プリンター「%1」で「%2」の印刷中にエラーが発生しました。</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>印刷するものがありません。</translation>
    </message>
    <message>
        <source>The printer “%1” did not accept the print job.</source>
        <translation>プリンター「%1」が印刷ジョブを受け付けませんでした。</translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>4 × 6 in label</source>
        <translation>4 × 6 インチ ラベル</translation>
    </message>
    <message>
        <source>100 × 150 mm label</source>
        <translation>100 × 150 mm ラベル</translation>
    </message>
    <message>
        <source>4 × 4 in label</source>
        <translation>4 × 4 インチ ラベル</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Printers and Paper</source>
        <translation>プリンターと用紙</translation>
    </message>
    <message>
        <source>Choose the printer and the paper for each kind of document. The pack station prints to these printers without asking.</source>
        <translation>書類の種類ごとにプリンターと用紙を選択します。梱包ステーションは確認なしでこれらのプリンターに印刷します。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>向き</translation>
    </message>
    <message>
        <source>No printer is set up on this computer yet. Add one in the system&apos;s printer settings, then open this dialog again.</source>
        <translation>このコンピューターにはまだプリンターが設定されていません。システムのプリンター設定でプリンターを追加してから、このダイアログをもう一度開いてください。</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>既定のプリンター</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定 (%1)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (見つかりません)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
</context>
<context>
    <name>ProductCells</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>「%1」は整数ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more</source>
        <translation>「%1」は 0 以上の整数ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of zero or more</source>
        <translation>「%1」は 0 以上の数値ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. THB, USD, EUR)</source>
        <translation>「%1」は ISO 4217 通貨コード (例: THB、USD、EUR) ではありません</translation>
    </message>
    <message>
        <source>an amount is required</source>
        <translation>金額は必須です</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; was turned into a number by a spreadsheet; format the column as text and export again</source>
        <translation>バーコード「%1」がスプレッドシートで数値に変換されています。列の書式を文字列にして、もう一度エクスポートしてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>「%1」は true または false ではありません</translation>
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
        <translation>Shopify 商品 CSV (旧テンプレート)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>不明な形式</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the header row is not one of a Shopify product export or a Borderdesk product CSV (it needs sku and name columns, or Shopify&apos;s Handle/Title, SKU and Price)</source>
        <translation>ヘッダー行が Shopify の商品エクスポートでも Borderdesk 商品 CSV でもありません (sku 列と name 列、または Shopify の Handle/Title、SKU、Price 列が必要です)</translation>
    </message>
</context>
<context>
    <name>ProductCsvSink</name>
    <message>
        <source>SKU &quot;%1&quot; already appears on line %2</source>
        <translation>SKU「%1」はすでに %2 行目にあります</translation>
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
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>税関用の品名</translation>
    </message>
    <message>
        <source>Barcode (GTIN)</source>
        <translation>バーコード (GTIN)</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS コード</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原産国</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
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
        <translation>寸法 (長さ × 幅 × 高さ)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>原価</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>在庫数</translation>
    </message>
    <message>
        <source>Active (offered for sale)</source>
        <translation>有効 (販売中)</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— 未設定 —</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>商品 %1 の編集</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新しい商品</translation>
    </message>
    <message>
        <source>SKU %1 is already used by &quot;%2&quot;</source>
        <translation>SKU %1 はすでに「%2」で使用されています</translation>
    </message>
</context>
<context>
    <name>ProductExporter</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: ファイルに書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot read the catalogue: %1</source>
        <translation>商品カタログを読み込めません: %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>エクスポートはキャンセルされました</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: ファイルの書き込みを完了できません: %2</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>The import was cancelled; the catalogue was not changed.</source>
        <translation>インポートはキャンセルされました。商品カタログは変更されていません。</translation>
    </message>
    <message>
        <source>%1: %2 new and %3 updated product(s) will be imported.</source>
        <translation>%1: 新規 %2 件、更新 %3 件の商品がインポートされます。</translation>
    </message>
    <message>
        <source>Import products from %1</source>
        <translation>%1 から商品をインポート</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Prices in this file are in:</source>
        <translation>このファイルの価格の通貨:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>バーコード</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>在庫</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln product(s)…</source>
        <translation>
            <numerusform>%Ln 件の商品をインポートしています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing can be imported until %Ln problem(s) are fixed in the file.</source>
        <translation>
            <numerusform>%1: ファイル内の %Ln 件の問題を修正するまでインポートできません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s).</source>
        <translation>
            <numerusform>警告 %Ln 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large for a product list (%2 MB)</source>
        <translation>%1: 商品リストとしてはファイルが大きすぎます (%2 MB)</translation>
    </message>
    <message>
        <source>%1:%2: the database refused product %3: %4</source>
        <translation>%1:%2: データベースが商品 %3 を拒否しました: %4</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message numerus="yes">
        <source>Product labels (%n labels)</source>
        <translation>
            <numerusform>商品ラベル (%n 枚)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>cannot add product %1: %2</source>
        <translation>商品 %1 を追加できません: %2</translation>
    </message>
    <message>
        <source>cannot save product %1: %2</source>
        <translation>商品 %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>product %1 no longer exists</source>
        <translation>商品 %1 はもう存在しません</translation>
    </message>
    <message>
        <source>cannot delete the product: %1</source>
        <translation>商品を削除できません: %1</translation>
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
        <translation>規制あり</translation>
    </message>
    <message>
        <source>licence needed</source>
        <translation>許可が必要</translation>
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
        <translation>有効</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>バーコード</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原産国</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS コード</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>原価</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>在庫</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>規制</translation>
    </message>
</context>
<context>
    <name>ProductValidator</name>
    <message>
        <source>SKU is required</source>
        <translation>SKU は必須です</translation>
    </message>
    <message>
        <source>SKU is longer than %1 characters</source>
        <translation>SKU が %1 文字を超えています</translation>
    </message>
    <message>
        <source>SKU must not start or end with spaces or contain control characters</source>
        <translation>SKU の先頭または末尾に空白を入れたり、制御文字を含めたりすることはできません</translation>
    </message>
    <message>
        <source>name is required</source>
        <translation>名前は必須です</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>名前が %1 文字を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO country code (e.g. TH, CN, DE)</source>
        <translation>「%1」は ISO 国コード (例: TH、CN、DE) ではありません</translation>
    </message>
    <message>
        <source>weight must be between 0 and %1 g</source>
        <translation>重量は 0～%1 g の範囲で指定してください</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2 mm</source>
        <translation>%1 は 0～%2 mm の範囲で指定してください</translation>
    </message>
    <message>
        <source>cost needs a known currency code</source>
        <translation>原価には既知の通貨コードが必要です</translation>
    </message>
    <message>
        <source>cost must not be negative</source>
        <translation>原価を負の値にすることはできません</translation>
    </message>
    <message>
        <source>price needs a known currency code</source>
        <translation>価格には既知の通貨コードが必要です</translation>
    </message>
    <message>
        <source>price must not be negative</source>
        <translation>価格を負の値にすることはできません</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>税関用の品名</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>バーコード</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS コード</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原産国</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>原価</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>在庫</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
</context>
<context>
    <name>ProductsCommand</name>
    <message>
        <source>products: unknown subcommand %1</source>
        <translation>products: 不明なサブコマンド %1</translation>
    </message>
    <message>
        <source>usage: products import FILE [--dry-run] [--currency CUR]</source>
        <translation>使い方: products import FILE [--dry-run] [--currency CUR]</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>--currency: 「%1」は ISO 4217 通貨コードではありません</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>インポートされませんでした: 先に %n 件の問題を修正する必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run (%1): %2 new and %3 updated product(s) would be imported; nothing was written.</source>
        <translation>ドライラン (%1): 新規 %2 件、更新 %3 件の商品がインポートされます。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>%1 をインポートしました: 新規 %2 件、更新 %3 件。</translation>
    </message>
    <message>
        <source>usage: products export FILE</source>
        <translation>使い方: products export FILE</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>%n 件の商品を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: products list [--json] [--search TEXT] [--category NAME]</source>
        <translation>使い方: products list [--json] [--search TEXT] [--category NAME]</translation>
    </message>
    <message>
        <source>stock %1</source>
        <translation>在庫 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 件の商品</numerusform>
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
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>すべて保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>すべてにはい(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>すべてにいいえ(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>保存しない</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>%1 を元に戻す</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 をやり直す</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>やり直す</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (既定)</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1～%2 日</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>In base currency</source>
        <translation>基準通貨換算</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>輸送日数</translation>
    </message>
    <message>
        <source>Billable weight</source>
        <translation>請求重量</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateCalculator</name>
    <message>
        <source>dimensions &quot;%1&quot; should look like 30x20x10 (centimetres) or 300x200x100mm</source>
        <translation>寸法「%1」は 30x20x10 (センチメートル) または 300x200x100mm の形式で指定してください</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; is not a length</source>
        <translation>寸法「%1」は長さではありません</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 cm ÷ %4 = %5 dimensional</source>
        <translation>%1 × %2 × %3 cm ÷ %4 = 容積重量 %5</translation>
    </message>
    <message>
        <source>%1 dimensional</source>
        <translation>容積重量 %1</translation>
    </message>
    <message>
        <source>%1 actual</source>
        <translation>実重量 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s), each on the heavier of its actual and dimensional weight: %1, %2</source>
        <translation>
            <numerusform>%n 個の荷物、それぞれ実重量と容積重量の重い方で計算: %1、%2</numerusform>
        </translation>
    </message>
    <message>
        <source>no box sizes given</source>
        <translation>箱のサイズが指定されていません</translation>
    </message>
    <message>
        <source>%1 (no box size given)</source>
        <translation>%1 (箱のサイズ指定なし)</translation>
    </message>
    <message>
        <source>%1 → %2 billable</source>
        <translation>%1 → 請求重量 %2</translation>
    </message>
    <message>
        <source>the service is switched off</source>
        <translation>このサービスは無効になっています</translation>
    </message>
    <message>
        <source>no parcel to price</source>
        <translation>運賃を計算する荷物がありません</translation>
    </message>
    <message>
        <source>%1 does not ship to %2</source>
        <translation>%1 は %2 に配送していません</translation>
    </message>
    <message>
        <source>%1 takes parcels up to %2</source>
        <translation>%1 は %2 までの荷物を取り扱います</translation>
    </message>
</context>
<context>
    <name>RateCardCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>ヘッダーに「%1」列がありません</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>ファイルに運賃がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of at least %2</source>
        <translation>「%1」は %2 以上の整数ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>「%1」は ISO 4217 通貨コードではありません</translation>
    </message>
    <message>
        <source>the service&apos;s first row needs its carrier</source>
        <translation>サービスの最初の行には配送業者が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage such as 12.5</source>
        <translation>「%1」は 12.5 のようなパーセント値ではありません</translation>
    </message>
    <message>
        <source>the service code is empty</source>
        <translation>サービスコードが空です</translation>
    </message>
    <message>
        <source>the zone is empty</source>
        <translation>ゾーンが空です</translation>
    </message>
    <message>
        <source>the bracket&apos;s top weight is empty</source>
        <translation>重量区分の上限重量が空です</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>価格を負の値にすることはできません</translation>
    </message>
    <message>
        <source>zone %1 already has a price up to %2 g</source>
        <translation>ゾーン %1 には %2 g までの価格がすでにあります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>「%1」は ISO 3166 国コードではありません</translation>
    </message>
    <message>
        <source>%1 is already in zone %2 of %3</source>
        <translation>%1 はすでに %3 のゾーン %2 に含まれています</translation>
    </message>
</context>
<context>
    <name>RateCardWidget</name>
    <message>
        <source>Select a service to see its rate card.</source>
        <translation>サービスを選択すると運賃表が表示されます。</translation>
    </message>
    <message>
        <source>Rate card of %1 in %2, as of %3. Prices before the %4 % fuel surcharge.</source>
        <translation>%1 の運賃表 (%2 建て、%3 時点)。価格は燃油サーチャージ %4 % を含みません。</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>不明な日付</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>ゾーン %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>Extra per 0.5 kg</source>
        <translation>0.5 kg ごとの追加料金</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>輸送日数</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国</translation>
    </message>
    <message>
        <source>none above %1</source>
        <translation>%1 を超える区分なし</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1～%2</translation>
    </message>
</context>
<context>
    <name>RateEditDialog</name>
    <message>
        <source>The euro is always 1; choose another currency.</source>
        <translation>ユーロは常に 1 です。別の通貨を選択してください。</translation>
    </message>
    <message>
        <source>Type how many %1 one euro buys, with a point for decimals (e.g. 37.852).</source>
        <translation>1 ユーロで買える %1 の額を、小数点にピリオドを使って入力してください (例: 37.852)。</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>為替レート</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Units per 1 EUR</source>
        <translation>1 EUR あたりの額</translation>
    </message>
</context>
<context>
    <name>RateShopDialog</name>
    <message>
        <source>The order is gone.</source>
        <translation>この注文はもう存在しません。</translation>
    </message>
    <message>
        <source>Type the weight: 1.2 (kg), 850 g or 3 lb.</source>
        <translation>重量を入力してください: 1.2 (kg)、850 g、3 lb。</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>サイズ: %1</translation>
    </message>
    <message>
        <source>Choose the destination country.</source>
        <translation>配送先の国を選択してください。</translation>
    </message>
    <message>
        <source>No active service ships to %1.</source>
        <translation>%1 に配送する有効なサービスがありません。</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>サービスを選択してください。</translation>
    </message>
    <message>
        <source>No shipment was created: %1</source>
        <translation>出荷は作成されませんでした: %1</translation>
    </message>
    <message>
        <source>Shipment %1 created with %2 for %3.</source>
        <translation>出荷 %1 を %2 で作成しました (%3)。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Ship order %1</source>
        <translation>注文 %1 の出荷</translation>
    </message>
    <message>
        <source>Order %1 to %2. Estimated parcel: %3.</source>
        <translation>注文 %1、配送先 %2。推定荷物: %3。</translation>
    </message>
    <message>
        <source>This order may not get a label: %1</source>
        <translation>この注文には配送ラベルを発行できない可能性があります: %1</translation>
    </message>
    <message>
        <source>Rate shopping</source>
        <translation>運賃比較</translation>
    </message>
    <message>
        <source>Every active service&apos;s price for one parcel; the shop&apos;s default service is in bold.</source>
        <translation>荷物 1 個あたりの有効な各サービスの価格です。ショップの既定のサービスは太字で表示されます。</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>個口</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>荷物</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>重量(&amp;W):</translation>
    </message>
    <message>
        <source>e.g. 1.2 kg</source>
        <translation>例: 1.2 kg</translation>
    </message>
    <message>
        <source>&amp;Size (L×W×H cm):</source>
        <translation>サイズ (長さ×幅×高さ cm)(&amp;S):</translation>
    </message>
    <message>
        <source>e.g. 40x30x20, or empty</source>
        <translation>例: 40x30x20、または空欄</translation>
    </message>
    <message>
        <source>&amp;Number of packages:</source>
        <translation>個口数(&amp;N):</translation>
    </message>
    <message>
        <source>C&amp;reate shipment</source>
        <translation>出荷を作成(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RateShopping</name>
    <message>
        <source>box size unknown, so priced on actual weight</source>
        <translation>箱のサイズが不明なため、実重量で運賃を計算しています</translation>
    </message>
    <message>
        <source>no weight for %1</source>
        <translation>%1 の重量がありません</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>該当する注文がありません</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two notes on a parcel</comment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) weighing %1 plus %2 packaging</source>
        <translation>
            <numerusform>%Ln 品目、重量 %1 + 梱包材 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesCommand</name>
    <message>
        <source>rates: unknown subcommand %1</source>
        <translation>rates: 不明なサブコマンド %1</translation>
    </message>
    <message>
        <source>usage: rates import FILE</source>
        <translation>使い方: rates import FILE</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>Imported %1: %2 new and %3 replaced rate(s) from %4 to %5.</source>
        <translation>%1 をインポートしました: 新規 %2 件、置換 %3 件のレート (%4～%5)。</translation>
    </message>
    <message>
        <source>usage: rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]</source>
        <translation>使い方: rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>「%1」は ISO 4217 通貨コードではありません</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>AMOUNT: %1</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: 「%1」は日付 (YYYY-MM-DD) ではありません</translation>
    </message>
    <message>
        <source>%1 %2 = %3 %4 (rates of %5: 1 EUR = %6 %2 = %7 %4)</source>
        <translation>%1 %2 = %3 %4 (%5 のレート: 1 EUR = %6 %2 = %7 %4)</translation>
    </message>
    <message>
        <source>usage: rates list [--currency CUR] [--json]</source>
        <translation>使い方: rates list [--currency CUR] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n 件のレート</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: rates set CUR RATE [--date YYYY-MM-DD]</source>
        <translation>使い方: rates set CUR RATE [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency that can have a rate against the euro</source>
        <translation>「%1」はユーロに対するレートを設定できる通貨ではありません</translation>
    </message>
    <message>
        <source>RATE: &quot;%1&quot; is not a positive decimal number</source>
        <translation>RATE: 「%1」は正の小数ではありません</translation>
    </message>
    <message>
        <source>1 EUR = %1 %2 on %3</source>
        <translation>1 EUR = %1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>RatesDownloader</name>
    <message>
        <source>Could not download the ECB rates from %1: %2. Check the internet connection, or import a rates file you downloaded.</source>
        <translation>%1 から ECB のレートをダウンロードできませんでした: %2。インターネット接続を確認するか、ダウンロード済みのレートファイルをインポートしてください。</translation>
    </message>
</context>
<context>
    <name>RatesTableModel</name>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Per 1 EUR</source>
        <translation>1 EUR あたり</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>レートの日付</translation>
    </message>
</context>
<context>
    <name>RatesView</name>
    <message>
        <source>Import exchange rates</source>
        <translation>為替レートのインポート</translation>
    </message>
    <message>
        <source>ECB rate files (*.xml *.csv);;All files (*)</source>
        <translation>ECB レートファイル (*.xml *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>為替レート</translation>
    </message>
    <message>
        <source>No rates were imported.</source>
        <translation>レートはインポートされませんでした。</translation>
    </message>
    <message>
        <source>%1: %2 new and %3 replaced rate(s), up to %4.</source>
        <translation>%1: 新規 %2 件、置換 %3 件のレート (%4 まで)。</translation>
    </message>
    <message>
        <source>Importing exchange rates…</source>
        <translation>為替レートをインポートしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Downloading today&apos;s rates from the European Central Bank…</source>
        <translation>欧州中央銀行から本日のレートをダウンロードしています…</translation>
    </message>
    <message>
        <source>%1 per 1 EUR</source>
        <translation>1 EUR あたり %1</translation>
    </message>
    <message>
        <source>No exchange rates yet: update them from the ECB or import a file</source>
        <translation>為替レートがまだありません。ECB から更新するか、ファイルをインポートしてください</translation>
    </message>
    <message>
        <source>%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7)</source>
        <translation>%1 = %2 (%3 のレート: 1 EUR = %4 %5 = %6 %7)</translation>
    </message>
    <message>
        <source>&amp;Update rates from the ECB</source>
        <translation>ECB からレートを更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Import rates file…</source>
        <translation>レートファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Enter a rate…</source>
        <translation>レートを入力(&amp;E)…</translation>
    </message>
    <message>
        <source>Convert:</source>
        <translation>換算:</translation>
    </message>
</context>
<context>
    <name>RecipientEditDialog</name>
    <message>
        <source>Recipient of order %1</source>
        <translation>注文 %1 の受取人</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>税番号(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>住所 1 行目(&amp;1):</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>住所 2 行目(&amp;2):</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>市区町村(&amp;I):</translation>
    </message>
    <message>
        <source>P&amp;rovince or state:</source>
        <translation>州・都道府県(&amp;R):</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>郵便番号(&amp;O):</translation>
    </message>
    <message>
        <source>as the customer wrote it, e.g. 081 234 5678</source>
        <translation>顧客が入力したとおり (例: 081 234 5678)</translation>
    </message>
    <message>
        <source>e.g. th, de, pt-BR; empty = the market&apos;s language</source>
        <translation>例: th、de、pt-BR。空欄 = マーケットの言語</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Borderdesk – the database needs attention</source>
        <translation>Borderdesk – データベースの確認が必要です</translation>
    </message>
    <message>
        <source>The database %1 did not pass its check and may be damaged.</source>
        <translation>データベース %1 は検証に合格せず、破損している可能性があります。</translation>
    </message>
    <message>
        <source>Restore it from a backup: the damaged file is kept beside it, nothing is deleted. Or quit and look at the file first.</source>
        <translation>バックアップから復元してください。破損したファイルはその横に保存され、何も削除されません。または、終了して先にファイルを確認してください。</translation>
    </message>
    <message>
        <source>&amp;Backups beside the database, newest first:</source>
        <translation>データベースの横にあるバックアップ (新しい順)(&amp;B):</translation>
    </message>
    <message>
        <source>No backups were found beside the database.</source>
        <translation>データベースの横にバックアップが見つかりませんでした。</translation>
    </message>
    <message>
        <source>&amp;Restore selected backup</source>
        <translation>選択したバックアップを復元(&amp;R)</translation>
    </message>
    <message>
        <source>Restore &amp;another file…</source>
        <translation>別のファイルを復元(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Borderdesk データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>何も復元されませんでした: %1</translation>
    </message>
    <message>
        <source>This is a preview: nothing is restored from here.</source>
        <translation>これはプレビューです。ここからは何も復元されません。</translation>
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
        <translation>その他</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>前期間</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
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
        <translation>%1: 「%2」は 2026-11-28 のような日付ではありません</translation>
    </message>
    <message>
        <source>--currency: %1 is not an ISO 4217 currency code</source>
        <translation>--currency: %1 は ISO 4217 通貨コードではありません</translation>
    </message>
    <message>
        <source>report: unknown subcommand %1</source>
        <translation>report: 不明なサブコマンド %1</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is not one of region, subregion, country, month, market, channel</source>
        <translation>--by: 「%1」は region、subregion、country、month、market、channel のいずれでもありません</translation>
    </message>
    <message>
        <source>cannot bring the reports up to date: %1</source>
        <translation>レポートを最新の状態にできません: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report: %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Sales by %1, %2 to %3, in %4</source>
        <translation>%1 別売上、%2～%3、通貨 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n 行を %1 に書き込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no exchange rate for %1; that day is left out</source>
        <translation>警告: %1 の為替レートがないため、その日は除外されます</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>出荷数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
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
        <translation>レポートを再構築できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) counted again</source>
        <translation>
            <numerusform>%n 件の注文を再集計しました</numerusform>
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
        <translation>レポート(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>通貨(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>マーケット(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation>前期間と比較(&amp;C)</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>すべてのマーケット</translation>
    </message>
    <message>
        <source>Sales by region (continent)</source>
        <translation>地域別売上 (大陸)</translation>
    </message>
    <message>
        <source>Sales by sub-region</source>
        <translation>サブ地域別売上</translation>
    </message>
    <message>
        <source>Sales by country</source>
        <translation>国別売上</translation>
    </message>
    <message>
        <source>Sales by market</source>
        <translation>マーケット別売上</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>月別売上</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>販売チャネル別売上</translation>
    </message>
    <message>
        <source>Market scorecard</source>
        <translation>マーケット成績表</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>売れ筋商品</translation>
    </message>
    <message>
        <source>Carrier spend</source>
        <translation>配送業者別の配送費</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>先月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>昨年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去 12 か月間</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>カスタム…</translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>期間の初日と最終日を選択してください。</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Sub-region</source>
        <translation>サブ地域</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>マーケット</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>販売チャネル</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>前期間</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>伸び率</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>粗利</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>粗利率 (%)</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>平均注文額</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>返品率</translation>
    </message>
    <message>
        <source>Cancel rate</source>
        <translation>キャンセル率</translation>
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
        <translation>配送業者</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>出荷数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Per shipment</source>
        <translation>出荷あたり</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>The report could not be read: %1</source>
        <translation>レポートを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Channel fees saved; margins were counted again.</source>
        <translation>チャネル手数料を保存しました。粗利を再計算しました。</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>グラフをエクスポート…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture, an SVG drawing or a PDF</source>
        <translation>グラフを PNG 画像、SVG 図形、または PDF として保存します</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>データをエクスポート…</translation>
    </message>
    <message>
        <source>Save the table as CSV or as an Excel workbook</source>
        <translation>表を CSV または Excel ブックとして保存します</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Channel fees…</source>
        <translation>チャネル手数料…</translation>
    </message>
    <message>
        <source>The share of revenue each sales channel keeps; margins subtract it</source>
        <translation>各販売チャネルが受け取る売上の割合です。粗利から差し引かれます</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>レポートを読み込んでいます…</translation>
    </message>
    <message>
        <source>Some days had no exchange rate to %1 and are left out: %2</source>
        <translation>%1 への為替レートがない日は除外されています: %2</translation>
    </message>
    <message numerus="yes">
        <source>The margin is unknown where an order has a product without a cost (%Ln order(s)).</source>
        <translation>
            <numerusform>原価のない商品を含む注文は粗利が不明です (%Ln 件の注文)。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Revenue by region</source>
        <translation>地域別売上</translation>
    </message>
    <message>
        <source>Revenue by sub-region</source>
        <translation>サブ地域別売上</translation>
    </message>
    <message>
        <source>Revenue by country</source>
        <translation>国別売上</translation>
    </message>
    <message>
        <source>Revenue by market</source>
        <translation>マーケット別売上</translation>
    </message>
    <message>
        <source>Revenue by month and region</source>
        <translation>月別・地域別売上</translation>
    </message>
    <message>
        <source>Revenue by channel</source>
        <translation>販売チャネル別売上</translation>
    </message>
    <message>
        <source>Revenue by country against the previous period</source>
        <translation>国別売上 (前期間との比較)</translation>
    </message>
    <message>
        <source>Top products by revenue</source>
        <translation>売上上位の商品</translation>
    </message>
    <message>
        <source>Shipping cost by carrier</source>
        <translation>配送業者別の配送費</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln order(s), revenue %1</source>
        <translation>
            <numerusform>合計: %Ln 件の注文、売上 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, margin %1 (%2)</source>
        <translation>、粗利 %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln cancelled</source>
        <translation>
            <numerusform>、キャンセル %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, previous period %1</source>
        <translation>、前期間 %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln best-selling product(s) by revenue.</source>
        <translation>
            <numerusform>売上上位 %Ln 件の商品。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln shipment(s), %1</source>
        <translation>
            <numerusform>合計: %Ln 件の出荷、%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be read.</source>
        <translation>レポートを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>この期間に表示するデータはありません。</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>売上の割合</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>末尾が .png、.svg、.pdf のファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Made with Borderdesk</source>
        <translation>Borderdesk で作成</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>グラフを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Wait for the report to be read.</source>
        <translation>レポートの読み込みが終わるまでお待ちください。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved to %1.</source>
        <translation>
            <numerusform>%Ln 行を %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>グラフのエクスポート</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;SVG 図形 (*.svg);;PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>データのエクスポート</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>レポートの印刷</translation>
    </message>
    <message>
        <source>Report sent to %1.</source>
        <translation>レポートを %1 に送信しました。</translation>
    </message>
</context>
<context>
    <name>SalesFacts</name>
    <message>
        <source>cancelled; the reports were left as they were</source>
        <translation>キャンセルされました。レポートは変更されていません</translation>
    </message>
    <message>
        <source>%1 is not a time zone (try Asia/Bangkok or Europe/Berlin)</source>
        <translation>%1 はタイムゾーンではありません (Asia/Bangkok や Europe/Berlin を試してください)</translation>
    </message>
    <message>
        <source>name the channel</source>
        <translation>販売チャネル名を指定してください</translation>
    </message>
    <message>
        <source>the fee must be a percentage from 0 to 100, like 2.9 (not &quot;%1&quot;)</source>
        <translation>手数料は 2.9 のような 0～100 のパーセント値で指定してください (「%1」は無効です)</translation>
    </message>
</context>
<context>
    <name>SalesReportService</name>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返品済み</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>売上 (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>返品額 (%1)</translation>
    </message>
    <message>
        <source>Average order (%1)</source>
        <translation>平均注文額 (%1)</translation>
    </message>
    <message>
        <source>Margin (%1)</source>
        <translation>粗利 (%1)</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>粗利率 (%)</translation>
    </message>
    <message>
        <source>Previous revenue (%1)</source>
        <translation>前期間の売上 (%1)</translation>
    </message>
    <message>
        <source>Growth %</source>
        <translation>伸び率 (%)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>不明な地域</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>国なし</translation>
    </message>
    <message>
        <source>No market</source>
        <translation>マーケットなし</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>販売チャネルなし</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>SalesSums</name>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>期間の開始日 (%1) が終了日 (%2) より後です</translation>
    </message>
</context>
<context>
    <name>ServiceEditDialog</name>
    <message>
        <source>The service needs a name.</source>
        <translation>サービス名を入力してください。</translation>
    </message>
    <message>
        <source>The fuel surcharge must be a percentage such as 29.25.</source>
        <translation>燃油サーチャージは 29.25 のようなパーセント値で指定してください。</translation>
    </message>
    <message>
        <source>The rate card&apos;s date must read like 2026-11-30.</source>
        <translation>運賃表の日付は 2026-11-30 の形式で入力してください。</translation>
    </message>
    <message>
        <source>The carrier needs a name.</source>
        <translation>配送業者名を入力してください。</translation>
    </message>
    <message>
        <source>The tracking link needs {n} where the tracking number goes.</source>
        <translation>追跡リンクには、追跡番号が入る位置に {n} が必要です。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>Zones, weight brackets and prices change with a rate-card import.</source>
        <translation>ゾーン、重量区分、価格は運賃表のインポートで変更されます。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>通貨(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Dimensional divisor (cm³/kg, 0 = none):</source>
        <translation>容積重量の係数 (cm³/kg、0 = なし)(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Weight step (g):</source>
        <translation>重量の刻み (g)(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Fuel surcharge (%):</source>
        <translation>燃油サーチャージ (%)(&amp;F):</translation>
    </message>
    <message>
        <source>Rates &amp;as of:</source>
        <translation>運賃の適用日(&amp;A):</translation>
    </message>
    <message>
        <source>Ca&amp;rrier name:</source>
        <translation>配送業者名(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Tracking link:</source>
        <translation>追跡リンク(&amp;T):</translation>
    </message>
    <message>
        <source>E&amp;xpress (needs the recipient&apos;s phone)</source>
        <translation>エクスプレス (受取人の電話番号が必要)(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Postal item (CN22/CN23 customs forms)</source>
        <translation>郵便物 (CN22/CN23 税関申告書)(&amp;P)</translation>
    </message>
    <message>
        <source>Offered in rate &amp;shopping</source>
        <translation>運賃比較に表示(&amp;S)</translation>
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
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>by weight only</source>
        <translation>重量のみ</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1～%2 日</translation>
    </message>
    <message>
        <source>Express</source>
        <translation>エクスプレス</translation>
    </message>
    <message>
        <source>Postal</source>
        <translation>郵便</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation>容積係数</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃油</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>輸送日数</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShipCommand</name>
    <message>
        <source>ship: unknown subcommand %1</source>
        <translation>ship: 不明なサブコマンド %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a weight (grams, or with a unit: 1.2kg, 3lb)</source>
        <translation>%1: 「%2」は重量ではありません (グラム、または単位付き: 1.2kg、3lb)</translation>
    </message>
    <message>
        <source>--dims needs --weight too</source>
        <translation>--dims には --weight も必要です</translation>
    </message>
    <message>
        <source>order %1 has no shipment: create one with ship create</source>
        <translation>注文 %1 には出荷がありません: ship create で作成してください</translation>
    </message>
    <message>
        <source>Rates to %1</source>
        <translation>%1 への運賃</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>利用不可: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1～%2 日</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>ゾーン %1</translation>
    </message>
    <message>
        <source>weight: %1</source>
        <translation>重量: %1</translation>
    </message>
    <message>
        <source>freight %1 + fuel %2</source>
        <translation>運賃 %1 + 燃油 %2</translation>
    </message>
    <message>
        <source>* the default by the shop&apos;s rule (%1)</source>
        <translation>* ショップのルールによる既定 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>%n 日以内に届く最安のサービス</numerusform>
        </translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>最安</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Shipment %1 for %2: %3, %4, billable %5</source>
        <translation>%2 の出荷 %1: %3、%4、請求重量 %5</translation>
    </message>
    <message>
        <source>Customs form: %1</source>
        <translation>税関申告書: %1</translation>
    </message>
    <message>
        <source>Package %1: %2 %3</source>
        <translation>個口 %1: %2 %3</translation>
    </message>
    <message>
        <source>Shipment %1: %2, %3, %4</source>
        <translation>出荷 %1: %2、%3、%4</translation>
    </message>
    <message>
        <source>package %1: %2</source>
        <translation>個口 %1: %2</translation>
    </message>
    <message>
        <source>divisor %1</source>
        <translation>係数 %1</translation>
    </message>
    <message>
        <source>fuel %1%</source>
        <translation>燃油 %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n か国</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>Rate cards written to %1</source>
        <translation>運賃表を %1 に書き込みました</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation>%1: 何もインポートされませんでした</translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1: 何もインポートされませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) checked, nothing written</source>
        <translation>
            <numerusform>%1: %n 件のサービスをチェックしました。何も書き込まれていません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) imported</source>
        <translation>
            <numerusform>%1: %n 件のサービスをインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>--max-days: &quot;%1&quot; is not a number of days (0 = any)</source>
        <translation>--max-days: 「%1」は日数ではありません (0 = 制限なし)</translation>
    </message>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>既定のサービス: %n 日以内に届く最安のサービス</numerusform>
        </translation>
    </message>
    <message>
        <source>Default service: the cheapest</source>
        <translation>既定のサービス: 最安のサービス</translation>
    </message>
    <message>
        <source>there is no service %1</source>
        <translation>サービス %1 はありません</translation>
    </message>
    <message>
        <source>FROM and TO are serial numbers</source>
        <translation>FROM と TO はシリアル番号で指定してください</translation>
    </message>
    <message>
        <source>%1 numbers %2%3… to %2%4… %5</source>
        <translation>%1 の番号 %2%3…～%2%4… %5</translation>
    </message>
    <message>
        <source>%1 is packed</source>
        <translation>%1 は梱包済みです</translation>
    </message>
    <message>
        <source>%1 is shipped</source>
        <translation>%1 は発送済みです</translation>
    </message>
</context>
<context>
    <name>ShipFromDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>会社名(&amp;C):</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>住所 1 行目(&amp;1):</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>住所 2 行目(&amp;2):</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>市区町村(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Province or state:</source>
        <translation>州・都道府県(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>郵便番号(&amp;O):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話番号(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>VAT 番号(&amp;V):</translation>
    </message>
    <message>
        <source>E&amp;ORI number:</source>
        <translation>EORI 番号(&amp;O):</translation>
    </message>
    <message>
        <source>IOSS n&amp;umber:</source>
        <translation>IOSS 番号(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>署名者(&amp;S):</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Ship-from address</source>
        <translation>発送元住所</translation>
    </message>
    <message>
        <source>Labels, customs forms and invoices print this address and these numbers. The country is the shop&apos;s home country, %1.</source>
        <translation>配送ラベル、税関申告書、インボイスには、この住所と番号が印刷されます。国はショップの本拠国 (%1) です。</translation>
    </message>
</context>
<context>
    <name>ShipmentBooking</name>
    <message>
        <source>no such order</source>
        <translation>該当する注文がありません</translation>
    </message>
    <message>
        <source>the order is on hold: release it first</source>
        <translation>注文は保留中です: 先に保留を解除してください</translation>
    </message>
    <message>
        <source>the order is cancelled</source>
        <translation>注文はキャンセルされています</translation>
    </message>
    <message>
        <source>the order was shipped already</source>
        <translation>注文はすでに発送済みです</translation>
    </message>
    <message>
        <source>tracking number %1 is not a %2 number: %3</source>
        <translation>追跡番号 %1 は %2 の番号ではありません: %3</translation>
    </message>
    <message>
        <source>tracking number %1: %2</source>
        <translation>追跡番号 %1: %2</translation>
    </message>
    <message>
        <source>no label for this order: %1</source>
        <translation>この注文の配送ラベルはありません: %1</translation>
    </message>
    <message>
        <source>no service ships to %1</source>
        <translation>%1 に配送するサービスがありません</translation>
    </message>
    <message>
        <source>there is no active service %1</source>
        <translation>有効なサービス %1 はありません</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>no such package</source>
        <translation>該当する個口がありません</translation>
    </message>
    <message>
        <source>no such shipment</source>
        <translation>該当する出荷がありません</translation>
    </message>
    <message>
        <source>packed with %1</source>
        <translation>%1 で梱包済み</translation>
    </message>
    <message>
        <source>%1, tracking %2</source>
        <translation>%1、追跡番号 %2</translation>
    </message>
    <message>
        <source>the tracking numbers allocated to %1 are used up (%2 to %3): ask the post for a new range</source>
        <translation>%1 に割り当てられた追跡番号 (%2～%3) を使い切りました: 郵便事業者に新しい番号範囲を申請してください</translation>
    </message>
    <message>
        <source>an S10 range is two letters, serial numbers from 0 to 99999999 and a two-letter country</source>
        <translation>S10 の番号範囲は、英字 2 文字、0～99999999 のシリアル番号、2 文字の国コードで構成されます</translation>
    </message>
</context>
<context>
    <name>ShipmentRepository</name>
    <message>
        <source>Created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Label printed</source>
        <translation>ラベル印刷済み</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>発送済み</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配達済み</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返品済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>cannot store the shipment: %1</source>
        <translation>出荷を保存できません: %1</translation>
    </message>
    <message>
        <source>cannot store package %1: %2</source>
        <translation>個口 %1 を保存できません: %2</translation>
    </message>
</context>
<context>
    <name>ShipmentsPanel</name>
    <message>
        <source>Tracking number</source>
        <translation>追跡番号</translation>
    </message>
    <message>
        <source>Type or scan the carrier&apos;s tracking number:</source>
        <translation>配送業者の追跡番号を入力またはスキャンしてください:</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>出荷 %1</translation>
    </message>
    <message>
        <source>customs form %1</source>
        <translation>税関申告書 %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>個口 %1</translation>
    </message>
    <message>
        <source>no tracking number yet</source>
        <translation>追跡番号なし</translation>
    </message>
    <message>
        <source>Customs papers (not needed at home)</source>
        <translation>通関書類 (国内配送では不要)</translation>
    </message>
    <message>
        <source>Customs form %1</source>
        <translation>税関申告書 %1</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>コマーシャルインボイス</translation>
    </message>
    <message>
        <source>Customs form or invoice</source>
        <translation>税関申告書またはインボイス</translation>
    </message>
    <message>
        <source>This parcel stays in the country: it needs no customs papers.</source>
        <translation>この荷物は国内配送のため、通関書類は不要です。</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 をプリンターに送信しました。</translation>
    </message>
    <message>
        <source>Shipment %1 is shipped.</source>
        <translation>出荷 %1 を発送済みにしました。</translation>
    </message>
    <message>
        <source>Tracking number of package %1 saved.</source>
        <translation>個口 %1 の追跡番号を保存しました。</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>出荷</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>運賃</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>追跡</translation>
    </message>
    <message>
        <source>No label for this order: %1</source>
        <translation>この注文の配送ラベルはありません: %1</translation>
    </message>
    <message>
        <source>No shipment yet. Rate shop to choose a service and create one.</source>
        <translation>出荷はまだありません。運賃比較でサービスを選択して作成してください。</translation>
    </message>
    <message>
        <source>Rate shop / create &amp;shipment…</source>
        <translation>運賃比較 / 出荷を作成(&amp;S)…</translation>
    </message>
    <message>
        <source>Mark shi&amp;pped</source>
        <translation>発送済みにする(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tracking number…</source>
        <translation>追跡番号(&amp;T)…</translation>
    </message>
    <message>
        <source>Shipping label</source>
        <translation>配送ラベル</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>納品書</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
</context>
<context>
    <name>ShippingDocumentBuilder</name>
    <message>
        <source>no such order</source>
        <translation>該当する注文がありません</translation>
    </message>
    <message>
        <source>no such shipment for order %1</source>
        <translation>注文 %1 に該当する出荷がありません</translation>
    </message>
</context>
<context>
    <name>ShippingLabel</name>
    <message>
        <source>Shipping label %1</source>
        <translation>配送ラベル %1</translation>
    </message>
</context>
<context>
    <name>ShopifyOrderMapper</name>
    <message>
        <source>the order has no name (order number)</source>
        <translation>注文に名前 (注文番号) がありません</translation>
    </message>
</context>
<context>
    <name>ShopifyProductCsv</name>
    <message>
        <source>every row needs the product&apos;s handle</source>
        <translation>すべての行に商品のハンドルが必要です</translation>
    </message>
    <message>
        <source>the first row of product &quot;%1&quot; needs its title</source>
        <translation>商品「%1」の最初の行にはタイトルが必要です</translation>
    </message>
    <message>
        <source>no SKU; using &quot;%1&quot;</source>
        <translation>SKU がありません。「%1」を使用します</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: ファイルに書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: ファイルの書き込みを完了できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: ブックを作成できません</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: ブックに書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1: ファイルを置き換えられません</translation>
    </message>
</context>
<context>
    <name>TaxId</name>
    <message>
        <source>tax ID is missing</source>
        <translation>税番号がありません</translation>
    </message>
    <message>
        <source>tax ID is missing; %1 is required</source>
        <translation>税番号がありません。%1 が必要です</translation>
    </message>
    <message>
        <source>CPF &quot;%1&quot; is not valid: it needs 11 digits with matching check digits</source>
        <translation>CPF「%1」は無効です: チェックディジットが一致する 11 桁の数字が必要です</translation>
    </message>
    <message>
        <source>CNPJ &quot;%1&quot; is not valid: it needs 14 characters with matching check digits</source>
        <translation>CNPJ「%1」は無効です: チェックディジットが一致する 14 文字が必要です</translation>
    </message>
    <message>
        <source>PCCC &quot;%1&quot; must be P followed by 12 digits</source>
        <translation>PCCC「%1」は P と 12 桁の数字で指定してください</translation>
    </message>
    <message>
        <source>VAT number &quot;%1&quot; must be a two-letter country code plus 2 to 13 letters or digits</source>
        <translation>VAT 番号「%1」は 2 文字の国コードと 2～13 文字の英数字で指定してください</translation>
    </message>
    <message>
        <source>EORI number &quot;%1&quot; must be a two-letter country code plus up to 15 letters or digits</source>
        <translation>EORI 番号「%1」は 2 文字の国コードと 15 文字以内の英数字で指定してください</translation>
    </message>
    <message>
        <source>CPF/CNPJ &quot;%1&quot; must have 11 digits (CPF) or 14 characters (CNPJ)</source>
        <translation>CPF/CNPJ「%1」は 11 桁の数字 (CPF) または 14 文字 (CNPJ) で指定してください</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a placeholder (one digit repeated), not a real number</source>
        <translation>%1「%2」はプレースホルダー (同じ数字の繰り返し) であり、実在する番号ではありません</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: its check digits do not match</source>
        <translation>%1「%2」は無効です: チェックディジットが一致しません</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>the file starts like UTF-16 text but is not valid UTF-16</source>
        <translation>ファイルは UTF-16 テキストのように始まっていますが、有効な UTF-16 ではありません</translation>
    </message>
    <message>
        <source>the file contains binary data (a NUL byte); is it really a text file?</source>
        <translation>ファイルにバイナリデータ (NUL バイト) が含まれています。本当にテキストファイルですか?</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>ファイルが UTF-8 テキストではありません (バイト 0x%1)。「CSV UTF-8」形式で保存して、もう一度お試しください</translation>
    </message>
</context>
<context>
    <name>TrackingCommand</name>
    <message>
        <source>tracking: unknown subcommand %1</source>
        <translation>tracking: 不明なサブコマンド %1</translation>
    </message>
    <message>
        <source>--carrier: &quot;%1&quot; is neither a carrier nor a tracking scheme (%2)</source>
        <translation>--carrier: 「%1」は配送業者でも追跡番号の方式でもありません (%2)</translation>
    </message>
    <message>
        <source>valid %1 number</source>
        <translation>有効な %1 の番号</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation>無効: %1</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>配送業者: %1</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>追跡: %1</translation>
    </message>
</context>
<context>
    <name>TrackingNumbers</name>
    <message>
        <source>check digit should be %1, not %2</source>
        <translation>チェックディジットは %2 ではなく %1 のはずです</translation>
    </message>
    <message>
        <source>check digit should be %1, not %2 (only a warning for DHL Express: compare the number with the label)</source>
        <translation>チェックディジットは %2 ではなく %1 のはずです (DHL Express の場合は警告のみ: 番号をラベルと照合してください)</translation>
    </message>
    <message>
        <source>%1 is not a country code; a postal tracking number ends with the ISO code of the sending country, like CH</source>
        <translation>%1 は国コードではありません。郵便の追跡番号の末尾は、CH のような差出国の ISO コードです</translation>
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
        <translation>UPU S10 (郵便)</translation>
    </message>
    <message>
        <source>1Z followed by 16 letters and digits</source>
        <translation>1Z に続く 16 文字の英数字</translation>
    </message>
    <message>
        <source>12 or 15 digits, or 22 digits starting with 96</source>
        <translation>12 桁または 15 桁の数字、または 96 で始まる 22 桁の数字</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 桁の数字</translation>
    </message>
    <message>
        <source>20 to 22 digits</source>
        <translation>20～22 桁の数字</translation>
    </message>
    <message>
        <source>2 letters, 9 digits and a country code, like RR123456785CH</source>
        <translation>英字 2 文字、数字 9 桁、国コード (例: RR123456785CH)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a tracking number of a known form; expected %1</source>
        <translation>既知の形式の追跡番号ではありません。想定される形式: %1</translation>
    </message>
    <message>
        <source>tracking number is empty</source>
        <translation>追跡番号が空です</translation>
    </message>
    <message>
        <source>not a %1 tracking number (expected %2); it looks like a %3 number</source>
        <translation>%1 の追跡番号ではありません (想定される形式: %2)。%3 の番号のようです</translation>
    </message>
    <message>
        <source>not a %1 tracking number: expected %2</source>
        <translation>%1 の追跡番号ではありません。想定される形式: %2</translation>
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
        <translation>ディスクがいっぱいです。空き容量を確保してから、もう一度お試しください</translation>
    </message>
    <message>
        <source>another Borderdesk window or command kept the database busy for too long; try again when it has finished</source>
        <translation>別の Borderdesk ウィンドウまたはコマンドがデータベースを長時間使用していました。処理が終わってからもう一度お試しください</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>cannot start writing to the database: %1</source>
        <translation>データベースへの書き込みを開始できません: %1</translation>
    </message>
    <message>
        <source>cannot save the changes: %1</source>
        <translation>変更を保存できません: %1</translation>
    </message>
</context>
</TS>
