-- Schema version 2: dated exchange rates, quoted like the ECB's as units of a currency per 1 EUR.
-- Rates are exact decimal text; EUR itself is always 1 and is never stored.
CREATE TABLE exchange_rates (
    currency  TEXT NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]' AND currency <> 'EUR'),
    rate_date TEXT NOT NULL CHECK (rate_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    per_euro  TEXT NOT NULL CHECK (per_euro GLOB '[0-9]*' AND per_euro NOT GLOB '*[^0-9.]*'),
    source    TEXT NOT NULL DEFAULT 'manual',
    PRIMARY KEY (currency, rate_date)
) WITHOUT ROWID;

CREATE INDEX exchange_rates_by_date ON exchange_rates (rate_date);
