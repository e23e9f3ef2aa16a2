-- Schema version 4: price lists (one per market) and the history of every price change.
-- A market derives prices from the base price, or from cost plus a markup.
ALTER TABLE markets ADD COLUMN price_basis TEXT NOT NULL DEFAULT 'base_price'
    CHECK (price_basis IN ('base_price', 'cost_markup'));
ALTER TABLE markets ADD COLUMN markup_percent TEXT NOT NULL DEFAULT '100';

-- The current price of a product in a market, in the market's currency. A fixed price is typed by the seller and
-- never recomputed; a derived one records the day of the rates it was computed with.
CREATE TABLE market_prices (
    market_code TEXT    NOT NULL REFERENCES markets (code) ON DELETE CASCADE ON UPDATE CASCADE,
    product_id  INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    fixed       INTEGER NOT NULL DEFAULT 0 CHECK (fixed IN (0, 1)),
    rate_date   TEXT    NOT NULL DEFAULT '',
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (market_code, product_id)
) WITHOUT ROWID;
CREATE INDEX market_prices_by_product ON market_prices (product_id);

CREATE TABLE price_history (
    id              INTEGER PRIMARY KEY,
    market_code     TEXT    NOT NULL,
    product_id      INTEGER NOT NULL,
    sku             TEXT    NOT NULL,
    old_price_minor INTEGER,
    new_price_minor INTEGER NOT NULL,
    currency        TEXT    NOT NULL,
    rate_date       TEXT    NOT NULL DEFAULT '',
    reason          TEXT    NOT NULL DEFAULT '',
    changed_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX price_history_by_product ON price_history (product_id, market_code, changed_at);
