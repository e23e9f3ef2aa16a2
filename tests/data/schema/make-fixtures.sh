#!/usr/bin/env bash
# Builds tests/data/schema/v1.sqlite … vN.sqlite: a database at every schema version, made by applying the first N
# scripts of db/migrations with the sqlite3 shell (as Borderdesk did at that version) and adding a few realistic
# rows that version could hold. tst_schemafixtures upgrades each one and compares it with a fresh database.
# Run it again (and commit the files) after adding a migration: scripts only ever add a version, never change one.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
migrations="$here/../../../db/migrations"
mapfile -t scripts < <(ls "$migrations"/[0-9][0-9][0-9][0-9]_*.sql | sort)

rows_for() { # the rows a database at version $1 gets
    local v=$1
    cat <<'SQL'
INSERT INTO settings (key, value) VALUES ('base_currency', 'THB'), ('home_country', 'TH');
INSERT INTO products (id, sku, name, description, customs_description, barcode, hs_code, origin_country, category,
                      weight_g, length_mm, width_mm, height_mm, cost_minor, cost_currency, price_minor, price_currency,
                      stock, active)
VALUES (1, 'MUG-CEL-01', 'Celadon mug', 'Hand-thrown celadon stoneware mug, 350 ml', 'Stoneware mug', '4006381333931',
        '691200', 'TH', 'Kitchen', 420, 120, 90, 100, 18000, 'THB', 59000, 'THB', 24, 1),
       (2, 'SCARF-SILK-02', 'ผ้าไหมมัดหมี่ scarf', 'Mudmee silk scarf', 'Silk scarf', '', '621410', 'TH',
        'Textiles', 80, 0, 0, 0, 65000, 'THB', 189000, 'THB', 7, 1),
       (3, 'TEA-OOL-03', 'Oolong tea 100 g', '', 'Tea', '8850999220017', '090230', 'TH', 'Food', 110, 0, 0, 0,
        9000, 'THB', 32000, 'THB', 0, 0);
SQL
    if (( v >= 2 )); then cat <<'SQL'
INSERT INTO exchange_rates (currency, rate_date, per_euro, source) VALUES
    ('THB', '2026-11-27', '37.412', 'ecb'), ('USD', '2026-11-27', '1.0412', 'ecb'), ('JPY', '2026-11-27', '162.35', 'ecb'),
    ('THB', '2026-11-26', '37.390', 'manual');
SQL
    fi
    if (( v >= 3 )); then cat <<'SQL'
INSERT INTO markets (code, name, currency, language, vat_percent, duty_percent, as_of, notes, preset_version, edited)
VALUES ('NZ', 'New Zealand (own)', 'NZD', 'en', '15', '0', '2026-11-01', 'set up by the seller', 0, 1);
INSERT INTO market_countries (market_code, country, position) VALUES ('NZ', 'NZ', 0);
SQL
    fi
    if (( v >= 4 )); then cat <<'SQL'
INSERT INTO market_prices (market_code, product_id, price_minor, fixed, rate_date) VALUES ('NZ', 1, 2990, 1, '');
SQL
    fi
    if (( v >= 5 )); then cat <<'SQL'
INSERT INTO customers (id, key, email, name, phone, language) VALUES
    (1, 'aroha@example.co.nz', 'aroha@example.co.nz', 'Aroha Ngata', '+6421555012', 'en');
INSERT INTO orders (id, number, channel, channel_order_id, customer_id, email, created_at, paid_at, currency,
                    subtotal_minor, shipping_minor, tax_minor, total_minor, base_currency, rate_to_base, rate_date,
                    total_base_minor, market_code, status, ship_name, ship_address1, ship_city, ship_postal_code,
                    ship_country, ship_phone)
VALUES (1, '#1001', 'shopify', '5551001', 1, 'aroha@example.co.nz', '2026-11-20T03:15:00Z', '2026-11-20T03:16:00Z',
        'NZD', 5980, 1500, 1122, 8602, 'THB', '20.35', '2026-11-19', 175051, 'NZ', 'ready_to_ship', 'Aroha Ngata',
        '12 Ponsonby Road', 'Auckland', '1011', 'NZ', '+6421555012');
INSERT INTO order_lines (order_id, position, product_id, sku, name, quantity, unit_price_minor) VALUES
    (1, 1, 1, 'MUG-CEL-01', 'Celadon mug', 2, 2990);
INSERT INTO order_history (order_id, at, actor, event, old_value, new_value) VALUES
    (1, '2026-11-20T03:15:00Z', 'import', 'imported', '', 'new'),
    (1, '2026-11-20T04:00:00Z', 'somchai', 'status', 'new', 'ready_to_ship');
SQL
    fi
}

for i in "${!scripts[@]}"; do
    v=$((i + 1))
    out="$here/v$v.sqlite"
    rm -f "$out"
    {
        for script in "${scripts[@]:0:$v}"; do cat "$script"; echo; done
        echo "PRAGMA user_version = $v;"
        rows_for "$v"
    } | sqlite3 -bail "$out"
    sqlite3 "$out" "PRAGMA quick_check; VACUUM;" >/dev/null
    echo "$out: schema $v, $(sqlite3 "$out" 'SELECT count(*) FROM products') products, $(stat -c %s "$out") bytes"
done
