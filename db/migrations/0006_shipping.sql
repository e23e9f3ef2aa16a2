-- Schema version 6: carriers, their services with rate cards, and shipments with their packages.
-- Prices are minor units of the rate card's currency; weights grams; dimensions millimetres; times UTC ISO 8601.

CREATE TABLE carriers (
    id            INTEGER PRIMARY KEY,
    code          TEXT    NOT NULL UNIQUE CHECK (length(code) > 0),
    name          TEXT    NOT NULL,
    tracking_kind TEXT    NOT NULL DEFAULT '', -- "ups", "fedex", "dhl", "usps", "s10"
    tracking_url  TEXT    NOT NULL DEFAULT '', -- "{n}" is replaced by the tracking number
    active        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE shipping_services (
    id            INTEGER PRIMARY KEY,
    code          TEXT    NOT NULL UNIQUE CHECK (length(code) > 0),
    carrier_id    INTEGER NOT NULL REFERENCES carriers (id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    currency      TEXT    NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
    dim_divisor   INTEGER NOT NULL DEFAULT 5000 CHECK (dim_divisor >= 0), -- cm³ per kg; 0 = not by volume
    weight_step_g INTEGER NOT NULL DEFAULT 500 CHECK (weight_step_g > 0),
    fuel_percent  TEXT    NOT NULL DEFAULT '0', -- exact decimal
    express       INTEGER NOT NULL DEFAULT 0,
    postal        INTEGER NOT NULL DEFAULT 0,
    active        INTEGER NOT NULL DEFAULT 1,
    as_of         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX shipping_services_by_carrier ON shipping_services (carrier_id);

CREATE TABLE rate_zones (
    service_id          INTEGER NOT NULL REFERENCES shipping_services (id) ON DELETE CASCADE,
    zone                TEXT    NOT NULL,
    extra_per_half_kg   INTEGER NOT NULL DEFAULT -1, -- minor units above the last bracket; -1 = nothing heavier
    transit_min         INTEGER NOT NULL DEFAULT 0,
    transit_max         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (service_id, zone)
) WITHOUT ROWID;

CREATE TABLE rate_zone_countries (
    service_id INTEGER NOT NULL,
    country    TEXT    NOT NULL CHECK (length(country) = 2),
    zone       TEXT    NOT NULL,
    PRIMARY KEY (service_id, country),
    FOREIGN KEY (service_id, zone) REFERENCES rate_zones (service_id, zone) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE rate_brackets (
    service_id   INTEGER NOT NULL,
    zone         TEXT    NOT NULL,
    max_weight_g INTEGER NOT NULL CHECK (max_weight_g > 0),
    price_minor  INTEGER NOT NULL CHECK (price_minor >= 0),
    PRIMARY KEY (service_id, zone, max_weight_g),
    FOREIGN KEY (service_id, zone) REFERENCES rate_zones (service_id, zone) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE shipments (
    id                INTEGER PRIMARY KEY,
    order_id          INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    service_id        INTEGER REFERENCES shipping_services (id) ON DELETE SET NULL,
    service_code      TEXT    NOT NULL, -- kept when the service is later removed
    carrier_code      TEXT    NOT NULL,
    status            TEXT    NOT NULL DEFAULT 'created'
                      CHECK (status IN ('created', 'label_printed', 'shipped', 'delivered', 'returned', 'cancelled')),
    cost_minor        INTEGER NOT NULL DEFAULT 0, -- the rate card's price, in cost_currency
    cost_currency     TEXT    NOT NULL DEFAULT '',
    cost_base_minor   INTEGER, -- in the shop's base currency when a rate existed
    billable_weight_g INTEGER NOT NULL DEFAULT 0,
    customs_form      TEXT    NOT NULL DEFAULT '', -- "", "CN22", "CN23"
    created_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    created_by        TEXT    NOT NULL DEFAULT '',
    shipped_at        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX shipments_by_order ON shipments (order_id);

CREATE TABLE packages (
    id              INTEGER PRIMARY KEY,
    shipment_id     INTEGER NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL CHECK (seq > 0),
    weight_g        INTEGER NOT NULL CHECK (weight_g > 0),
    length_mm       INTEGER NOT NULL DEFAULT 0,
    width_mm        INTEGER NOT NULL DEFAULT 0,
    height_mm       INTEGER NOT NULL DEFAULT 0,
    tracking_number TEXT    NOT NULL DEFAULT '',
    tracking_kind   TEXT    NOT NULL DEFAULT '',
    tracking_valid  INTEGER NOT NULL DEFAULT 0,
    tracking_note   TEXT    NOT NULL DEFAULT '', -- the check's warning, e.g. a DHL check digit that did not match
    UNIQUE (shipment_id, seq)
);
CREATE INDEX packages_by_tracking ON packages (tracking_number) WHERE tracking_number <> '';

-- Where each product sits in the warehouse, for picking and batch printing by bin.
ALTER TABLE products ADD COLUMN bin TEXT NOT NULL DEFAULT '';
