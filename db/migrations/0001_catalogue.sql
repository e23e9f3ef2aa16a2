-- Schema version 1: shop settings and the product catalogue.
PRAGMA application_id = 1111771953; -- "BDK1"

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE products (
    id                  INTEGER PRIMARY KEY,
    sku                 TEXT    NOT NULL UNIQUE CHECK (length(sku) BETWEEN 1 AND 64),
    name                TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    description         TEXT    NOT NULL DEFAULT '',
    customs_description TEXT    NOT NULL DEFAULT '',
    barcode             TEXT    NOT NULL DEFAULT ''
                        CHECK (barcode = '' OR (length(barcode) IN (8, 12, 13, 14) AND barcode NOT GLOB '*[^0-9]*')),
    hs_code             TEXT    NOT NULL DEFAULT ''
                        CHECK (hs_code = '' OR (length(hs_code) BETWEEN 6 AND 10 AND hs_code NOT GLOB '*[^0-9]*')),
    origin_country      TEXT    NOT NULL DEFAULT ''
                        CHECK (origin_country = '' OR origin_country GLOB '[A-Z][A-Z]'),
    category            TEXT    NOT NULL DEFAULT '',
    weight_g            INTEGER NOT NULL DEFAULT 0 CHECK (weight_g >= 0),
    length_mm           INTEGER NOT NULL DEFAULT 0 CHECK (length_mm >= 0),
    width_mm            INTEGER NOT NULL DEFAULT 0 CHECK (width_mm >= 0),
    height_mm           INTEGER NOT NULL DEFAULT 0 CHECK (height_mm >= 0),
    cost_minor          INTEGER NOT NULL DEFAULT 0 CHECK (cost_minor >= 0),
    cost_currency       TEXT    NOT NULL CHECK (cost_currency GLOB '[A-Z][A-Z][A-Z]'),
    price_minor         INTEGER NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
    price_currency      TEXT    NOT NULL CHECK (price_currency GLOB '[A-Z][A-Z][A-Z]'),
    stock               INTEGER NOT NULL DEFAULT 0,
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE INDEX products_by_name     ON products (name COLLATE NOCASE);
CREATE INDEX products_by_barcode  ON products (barcode) WHERE barcode <> '';
CREATE INDEX products_by_category ON products (category, name COLLATE NOCASE);
CREATE INDEX products_by_origin   ON products (origin_country);

CREATE TRIGGER products_touch AFTER UPDATE ON products
WHEN NEW.updated_at = OLD.updated_at
BEGIN
    UPDATE products SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id;
END;
