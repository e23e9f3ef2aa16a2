-- Schema version 5: customers, orders from the sales channels, their lines, status history and checks,
-- the fraud rules with their editable weights, known freight-forwarder addresses and customer message templates.
-- Amounts are minor units of the order's currency; times are UTC ISO 8601 text ("2026-11-28T09:15:00Z").

CREATE TABLE customers (
    id         INTEGER PRIMARY KEY,
    key        TEXT    NOT NULL UNIQUE, -- lower-case email, or "name|country|postal code" when the channel hides it
    email      TEXT    NOT NULL DEFAULT '',
    name       TEXT    NOT NULL DEFAULT '',
    phone      TEXT    NOT NULL DEFAULT '', -- E.164 when it parsed, else as given
    language   TEXT    NOT NULL DEFAULT '', -- BCP 47; empty = the market's language
    tax_id     TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE orders (
    id                INTEGER PRIMARY KEY,
    number            TEXT    NOT NULL CHECK (length(number) > 0),
    channel           TEXT    NOT NULL CHECK (length(channel) > 0),
    channel_order_id  TEXT    NOT NULL CHECK (length(channel_order_id) > 0),
    customer_id       INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    email             TEXT    NOT NULL DEFAULT '',
    created_at        TEXT    NOT NULL,
    paid_at           TEXT    NOT NULL DEFAULT '',
    currency          TEXT    NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
    subtotal_minor    INTEGER NOT NULL DEFAULT 0,
    discount_minor    INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
    shipping_minor    INTEGER NOT NULL DEFAULT 0 CHECK (shipping_minor >= 0),
    tax_minor         INTEGER NOT NULL DEFAULT 0 CHECK (tax_minor >= 0),
    total_minor       INTEGER NOT NULL DEFAULT 0,
    base_currency     TEXT    NOT NULL DEFAULT '',
    rate_to_base      TEXT    NOT NULL DEFAULT '', -- exact decimal: 1 unit of currency in base_currency
    rate_date         TEXT    NOT NULL DEFAULT '',
    total_base_minor  INTEGER NOT NULL DEFAULT 0,
    market_code       TEXT    NOT NULL DEFAULT '',
    incoterm          TEXT    NOT NULL DEFAULT 'DAP' CHECK (incoterm IN ('DAP', 'DDP')),
    ship_service      TEXT    NOT NULL DEFAULT '',
    payment_method    TEXT    NOT NULL DEFAULT '',
    avs_result        TEXT    NOT NULL DEFAULT '',
    cvv_result        TEXT    NOT NULL DEFAULT '',
    channel_risk      TEXT    NOT NULL DEFAULT '',
    tags              TEXT    NOT NULL DEFAULT '',
    notes             TEXT    NOT NULL DEFAULT '',
    status            TEXT    NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'on_hold', 'ready_to_ship', 'picked',
                              'packed', 'shipped', 'delivered', 'cancelled', 'returned')),
    ship_name         TEXT    NOT NULL DEFAULT '',
    ship_company      TEXT    NOT NULL DEFAULT '',
    ship_address1     TEXT    NOT NULL DEFAULT '',
    ship_address2     TEXT    NOT NULL DEFAULT '',
    ship_city         TEXT    NOT NULL DEFAULT '',
    ship_province     TEXT    NOT NULL DEFAULT '',
    ship_postal_code  TEXT    NOT NULL DEFAULT '',
    ship_country      TEXT    NOT NULL DEFAULT '' CHECK (ship_country = '' OR ship_country GLOB '[A-Z][A-Z]'),
    ship_phone        TEXT    NOT NULL DEFAULT '',
    bill_name         TEXT    NOT NULL DEFAULT '',
    bill_company      TEXT    NOT NULL DEFAULT '',
    bill_address1     TEXT    NOT NULL DEFAULT '',
    bill_address2     TEXT    NOT NULL DEFAULT '',
    bill_city         TEXT    NOT NULL DEFAULT '',
    bill_province     TEXT    NOT NULL DEFAULT '',
    bill_postal_code  TEXT    NOT NULL DEFAULT '',
    bill_country      TEXT    NOT NULL DEFAULT '' CHECK (bill_country = '' OR bill_country GLOB '[A-Z][A-Z]'),
    bill_phone        TEXT    NOT NULL DEFAULT '',
    tax_id            TEXT    NOT NULL DEFAULT '',
    -- The last check: risk 0–100 with its reasons, and what stops it shipping (JSON arrays), 1 when it may ship.
    risk_score        INTEGER NOT NULL DEFAULT 0 CHECK (risk_score BETWEEN 0 AND 100),
    risk_reasons      TEXT    NOT NULL DEFAULT '[]',
    problems          TEXT    NOT NULL DEFAULT '[]',
    can_ship          INTEGER NOT NULL DEFAULT 1 CHECK (can_ship IN (0, 1)),
    checked_at        TEXT    NOT NULL DEFAULT '',
    updated_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (channel, channel_order_id)
);
-- The orders view pages by (created_at, id) under each filter; see db/orderfilter.cpp.
CREATE INDEX orders_by_created  ON orders (created_at, id);
CREATE INDEX orders_by_status   ON orders (status, created_at, id);
CREATE INDEX orders_by_market   ON orders (market_code, created_at, id);
CREATE INDEX orders_by_country  ON orders (ship_country, created_at, id);
CREATE INDEX orders_by_risk     ON orders (risk_score, created_at, id);
CREATE INDEX orders_by_number   ON orders (number COLLATE NOCASE);
CREATE INDEX orders_by_channel_order_id ON orders (channel_order_id);
CREATE INDEX orders_by_email    ON orders (email COLLATE NOCASE);
CREATE INDEX orders_by_name     ON orders (ship_name COLLATE NOCASE);
CREATE INDEX orders_by_customer ON orders (customer_id, created_at);

CREATE TABLE order_lines (
    id               INTEGER PRIMARY KEY,
    order_id         INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    product_id       INTEGER REFERENCES products (id) ON DELETE SET NULL,
    sku              TEXT    NOT NULL DEFAULT '',
    name             TEXT    NOT NULL DEFAULT '',
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor INTEGER NOT NULL DEFAULT 0 CHECK (unit_price_minor >= 0),
    discount_minor   INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
    tax_minor        INTEGER NOT NULL DEFAULT 0 CHECK (tax_minor >= 0),
    channel_line_id  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX order_lines_by_order   ON order_lines (order_id, position);
CREATE INDEX order_lines_by_product ON order_lines (product_id) WHERE product_id IS NOT NULL;

-- Who changed what and when: imports, status moves, holds by the fraud check.
CREATE TABLE order_history (
    id        INTEGER PRIMARY KEY,
    order_id  INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    actor     TEXT    NOT NULL DEFAULT '',
    event     TEXT    NOT NULL, -- imported, updated, status, checked
    old_value TEXT    NOT NULL DEFAULT '',
    new_value TEXT    NOT NULL DEFAULT '',
    note      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX order_history_by_order ON order_history (order_id, id);

-- Fraud signals and their weights (points out of 100); the seller edits them. The hold threshold is the setting
-- "fraud_hold_threshold"; high-risk categories are "fraud_high_risk_categories" (comma-separated).
CREATE TABLE fraud_rules (
    key     TEXT    PRIMARY KEY,
    weight  INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 100),
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1))
) WITHOUT ROWID;
INSERT INTO fraud_rules (key, weight) VALUES
    ('avs_no_match', 25), ('avs_partial', 10), ('cvv_no_match', 30), ('billing_country_differs', 20),
    ('freight_forwarder', 25), ('value_above_history', 20), ('velocity', 25), ('high_risk_category', 15),
    ('first_order', 10), ('channel_high_risk', 30);
INSERT INTO settings (key, value) VALUES
    ('fraud_hold_threshold', '60'),
    ('fraud_high_risk_categories', 'Gift cards,Electronics,Luxury'),
    ('fraud_velocity_hours', '24'),
    ('fraud_velocity_orders', '3'),
    ('fraud_history_multiple', '3')
ON CONFLICT (key) DO NOTHING;

-- Addresses of package forwarders (re-shippers), matched by a fragment of the address lines, company or name,
-- optionally with a postal code and country. Seeded with well-known services; the seller adds their own.
CREATE TABLE freight_forwarders (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    fragment    TEXT NOT NULL CHECK (length(fragment) >= 3),
    postal_code TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT ''
);
INSERT INTO freight_forwarders (name, fragment, postal_code, country) VALUES
    ('MyUS', 'MyUS', '', ''),
    ('Shipito', 'Shipito', '', ''),
    ('Stackry', 'Stackry', '', ''),
    ('Planet Express', 'Planet Express', '', ''),
    ('Forward2Me', 'Forward2Me', '', ''),
    ('Tenso', 'Tenso', '', ''),
    ('Buyandship', 'Buyandship', '', ''),
    ('Viabox', 'Viabox', '', '');

-- Customer message templates per kind and language; rows here override the ones shipped in
-- resources/reference/message-templates.json.
CREATE TABLE message_templates (
    kind     TEXT NOT NULL CHECK (kind IN ('confirmation', 'shipped', 'delayed', 'customs_info')),
    language TEXT NOT NULL,
    subject  TEXT NOT NULL,
    body     TEXT NOT NULL,
    PRIMARY KEY (kind, language)
) WITHOUT ROWID;
