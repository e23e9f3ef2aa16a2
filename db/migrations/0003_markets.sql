-- Schema version 3: markets (destinations) with their duties, taxes, thresholds, rounding and restricted goods.
-- Amounts are minor units of the market's currency; percentages and rates are exact decimal text.
CREATE TABLE markets (
    code                     TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 10),
    name                     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    currency                 TEXT NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
    language                 TEXT NOT NULL DEFAULT 'en',
    vat_percent              TEXT NOT NULL DEFAULT '0',
    duty_percent             TEXT NOT NULL DEFAULT '0',
    valuation                TEXT NOT NULL DEFAULT 'goods' CHECK (valuation IN ('goods', 'goods_and_shipping')),
    duty_threshold_minor     INTEGER NOT NULL DEFAULT 0 CHECK (duty_threshold_minor >= 0),
    tax_threshold_minor      INTEGER NOT NULL DEFAULT 0 CHECK (tax_threshold_minor >= 0),
    flat_duty_per_item_minor INTEGER NOT NULL DEFAULT 0 CHECK (flat_duty_per_item_minor >= 0),
    seller_collects_tax      INTEGER NOT NULL DEFAULT 0 CHECK (seller_collects_tax IN (0, 1)),
    incoterm                 TEXT NOT NULL DEFAULT 'DAP' CHECK (incoterm IN ('DAP', 'DDP')),
    rounding                 TEXT NOT NULL DEFAULT '',
    reprice_percent          TEXT NOT NULL DEFAULT '2',
    required_tax_id          TEXT NOT NULL DEFAULT '',
    shipping_estimate_minor  INTEGER NOT NULL DEFAULT 0 CHECK (shipping_estimate_minor >= 0),
    as_of                    TEXT NOT NULL,
    notes                    TEXT NOT NULL DEFAULT '',
    preset_version           INTEGER NOT NULL DEFAULT 0, -- the preset data it came from; 0 = the seller's own
    edited                   INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)) -- the seller changed it
) WITHOUT ROWID;

CREATE TABLE market_countries (
    market_code TEXT NOT NULL REFERENCES markets (code) ON DELETE CASCADE ON UPDATE CASCADE,
    country     TEXT NOT NULL CHECK (country GLOB '[A-Z][A-Z]'),
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (market_code, country)
) WITHOUT ROWID;
CREATE INDEX market_countries_by_country ON market_countries (country);

CREATE TABLE market_duty_rates (
    market_code TEXT NOT NULL REFERENCES markets (code) ON DELETE CASCADE ON UPDATE CASCADE,
    hs_prefix   TEXT NOT NULL CHECK (length(hs_prefix) BETWEEN 1 AND 10 AND hs_prefix NOT GLOB '*[^0-9]*'),
    percent     TEXT NOT NULL,
    PRIMARY KEY (market_code, hs_prefix)
) WITHOUT ROWID;

CREATE TABLE market_restrictions (
    id          INTEGER PRIMARY KEY,
    market_code TEXT NOT NULL REFERENCES markets (code) ON DELETE CASCADE ON UPDATE CASCADE,
    hs_prefix   TEXT NOT NULL DEFAULT '' CHECK (hs_prefix NOT GLOB '*[^0-9]*'),
    category    TEXT NOT NULL DEFAULT '',
    level       TEXT NOT NULL CHECK (level IN ('prohibited', 'restricted', 'licence')),
    note        TEXT NOT NULL DEFAULT '',
    CHECK ((hs_prefix = '') <> (category = ''))
);
CREATE INDEX market_restrictions_by_market ON market_restrictions (market_code);
