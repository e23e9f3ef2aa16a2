-- Schema version 7: sales aggregates for reports (see db/salesfacts.cpp).
-- Triggers mark each order whose row, lines or shipments change; SalesFacts::refresh() computes those orders'
-- figures again into sales_facts, whose triggers keep the per-day sums in sales_daily. Amounts are minor units:
-- *_minor in the order's currency, *_base_minor in the shop's base currency.

CREATE TABLE report_dirty (
    order_id INTEGER PRIMARY KEY
);

-- One row per order: its day in the shop's time zone and what it brought in and cost.
CREATE TABLE sales_facts (
    order_id            INTEGER PRIMARY KEY, -- no foreign key: a deleted order's row is removed by the refresh
    day                 TEXT    NOT NULL,    -- "2026-11-28" in the shop's time zone
    country             TEXT    NOT NULL,
    market_code         TEXT    NOT NULL,
    currency            TEXT    NOT NULL,
    channel             TEXT    NOT NULL,
    state               TEXT    NOT NULL CHECK (state IN ('sale', 'returned', 'cancelled')),
    revenue_minor       INTEGER NOT NULL,    -- total paid, in the order's currency
    revenue_base_minor  INTEGER NOT NULL,
    tax_base_minor      INTEGER NOT NULL,
    cost_base_minor     INTEGER,             -- products' cost; NULL when a product has none
    shipping_base_minor INTEGER NOT NULL,
    duties_base_minor   INTEGER NOT NULL,
    fees_base_minor     INTEGER NOT NULL
);
CREATE INDEX sales_facts_by_day ON sales_facts (day);

CREATE TABLE sales_daily (
    day                 TEXT    NOT NULL,
    country             TEXT    NOT NULL,
    market_code         TEXT    NOT NULL,
    currency            TEXT    NOT NULL,
    channel             TEXT    NOT NULL,
    orders              INTEGER NOT NULL DEFAULT 0, -- sales and returned orders
    cancelled           INTEGER NOT NULL DEFAULT 0,
    returned            INTEGER NOT NULL DEFAULT 0,
    revenue_minor       INTEGER NOT NULL DEFAULT 0, -- sales and returned orders, before returns
    revenue_base_minor  INTEGER NOT NULL DEFAULT 0,
    returns_minor       INTEGER NOT NULL DEFAULT 0,
    returns_base_minor  INTEGER NOT NULL DEFAULT 0,
    tax_base_minor      INTEGER NOT NULL DEFAULT 0,
    cost_base_minor     INTEGER NOT NULL DEFAULT 0,
    without_cost        INTEGER NOT NULL DEFAULT 0, -- orders whose cost is unknown
    shipping_base_minor INTEGER NOT NULL DEFAULT 0,
    duties_base_minor   INTEGER NOT NULL DEFAULT 0,
    fees_base_minor     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, country, market_code, currency, channel)
) WITHOUT ROWID;
-- The same sums by month, so a long period reads whole months and only its partial edge months by day.
CREATE TABLE sales_monthly (
    month               TEXT    NOT NULL, -- "2026-11"
    country             TEXT    NOT NULL,
    market_code         TEXT    NOT NULL,
    currency            TEXT    NOT NULL,
    channel             TEXT    NOT NULL,
    orders              INTEGER NOT NULL DEFAULT 0, -- sales and returned orders
    cancelled           INTEGER NOT NULL DEFAULT 0,
    returned            INTEGER NOT NULL DEFAULT 0,
    revenue_minor       INTEGER NOT NULL DEFAULT 0, -- sales and returned orders, before returns
    revenue_base_minor  INTEGER NOT NULL DEFAULT 0,
    returns_minor       INTEGER NOT NULL DEFAULT 0,
    returns_base_minor  INTEGER NOT NULL DEFAULT 0,
    tax_base_minor      INTEGER NOT NULL DEFAULT 0,
    cost_base_minor     INTEGER NOT NULL DEFAULT 0,
    without_cost        INTEGER NOT NULL DEFAULT 0, -- orders whose cost is unknown
    shipping_base_minor INTEGER NOT NULL DEFAULT 0,
    duties_base_minor   INTEGER NOT NULL DEFAULT 0,
    fees_base_minor     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, country, market_code, currency, channel)
) WITHOUT ROWID;

CREATE TRIGGER sales_facts_added AFTER INSERT ON sales_facts
BEGIN
    INSERT INTO sales_daily (day, country, market_code, currency, channel, orders, cancelled, returned,
                             revenue_minor, revenue_base_minor, returns_minor, returns_base_minor, tax_base_minor,
                             cost_base_minor, without_cost, shipping_base_minor, duties_base_minor, fees_base_minor)
    VALUES (NEW.day, NEW.country, NEW.market_code, NEW.currency, NEW.channel,
            NEW.state <> 'cancelled', NEW.state = 'cancelled', NEW.state = 'returned',
            IIF(NEW.state = 'cancelled', 0, NEW.revenue_minor), IIF(NEW.state = 'cancelled', 0, NEW.revenue_base_minor),
            IIF(NEW.state = 'returned', NEW.revenue_minor, 0), IIF(NEW.state = 'returned', NEW.revenue_base_minor, 0),
            IIF(NEW.state = 'sale', NEW.tax_base_minor, 0),
            IIF(NEW.state = 'sale', coalesce(NEW.cost_base_minor, 0), 0),
            NEW.state = 'sale' AND NEW.cost_base_minor IS NULL,
            IIF(NEW.state = 'cancelled', 0, NEW.shipping_base_minor),
            IIF(NEW.state = 'sale', NEW.duties_base_minor, 0), IIF(NEW.state = 'sale', NEW.fees_base_minor, 0))
    ON CONFLICT (day, country, market_code, currency, channel) DO UPDATE SET
        orders = orders + excluded.orders,
        cancelled = cancelled + excluded.cancelled,
        returned = returned + excluded.returned,
        revenue_minor = revenue_minor + excluded.revenue_minor,
        revenue_base_minor = revenue_base_minor + excluded.revenue_base_minor,
        returns_minor = returns_minor + excluded.returns_minor,
        returns_base_minor = returns_base_minor + excluded.returns_base_minor,
        tax_base_minor = tax_base_minor + excluded.tax_base_minor,
        cost_base_minor = cost_base_minor + excluded.cost_base_minor,
        without_cost = without_cost + excluded.without_cost,
        shipping_base_minor = shipping_base_minor + excluded.shipping_base_minor,
        duties_base_minor = duties_base_minor + excluded.duties_base_minor,
        fees_base_minor = fees_base_minor + excluded.fees_base_minor;

    INSERT INTO sales_monthly (month, country, market_code, currency, channel, orders, cancelled, returned,
                             revenue_minor, revenue_base_minor, returns_minor, returns_base_minor, tax_base_minor,
                             cost_base_minor, without_cost, shipping_base_minor, duties_base_minor, fees_base_minor)
    VALUES (substr(NEW.day, 1, 7), NEW.country, NEW.market_code, NEW.currency, NEW.channel,
            NEW.state <> 'cancelled', NEW.state = 'cancelled', NEW.state = 'returned',
            IIF(NEW.state = 'cancelled', 0, NEW.revenue_minor), IIF(NEW.state = 'cancelled', 0, NEW.revenue_base_minor),
            IIF(NEW.state = 'returned', NEW.revenue_minor, 0), IIF(NEW.state = 'returned', NEW.revenue_base_minor, 0),
            IIF(NEW.state = 'sale', NEW.tax_base_minor, 0),
            IIF(NEW.state = 'sale', coalesce(NEW.cost_base_minor, 0), 0),
            NEW.state = 'sale' AND NEW.cost_base_minor IS NULL,
            IIF(NEW.state = 'cancelled', 0, NEW.shipping_base_minor),
            IIF(NEW.state = 'sale', NEW.duties_base_minor, 0), IIF(NEW.state = 'sale', NEW.fees_base_minor, 0))
    ON CONFLICT (month, country, market_code, currency, channel) DO UPDATE SET
        orders = orders + excluded.orders,
        cancelled = cancelled + excluded.cancelled,
        returned = returned + excluded.returned,
        revenue_minor = revenue_minor + excluded.revenue_minor,
        revenue_base_minor = revenue_base_minor + excluded.revenue_base_minor,
        returns_minor = returns_minor + excluded.returns_minor,
        returns_base_minor = returns_base_minor + excluded.returns_base_minor,
        tax_base_minor = tax_base_minor + excluded.tax_base_minor,
        cost_base_minor = cost_base_minor + excluded.cost_base_minor,
        without_cost = without_cost + excluded.without_cost,
        shipping_base_minor = shipping_base_minor + excluded.shipping_base_minor,
        duties_base_minor = duties_base_minor + excluded.duties_base_minor,
        fees_base_minor = fees_base_minor + excluded.fees_base_minor;
END;

CREATE TRIGGER sales_facts_removed AFTER DELETE ON sales_facts
BEGIN
    UPDATE sales_daily SET
        orders = orders - (OLD.state <> 'cancelled'),
        cancelled = cancelled - (OLD.state = 'cancelled'),
        returned = returned - (OLD.state = 'returned'),
        revenue_minor = revenue_minor - IIF(OLD.state = 'cancelled', 0, OLD.revenue_minor),
        revenue_base_minor = revenue_base_minor - IIF(OLD.state = 'cancelled', 0, OLD.revenue_base_minor),
        returns_minor = returns_minor - IIF(OLD.state = 'returned', OLD.revenue_minor, 0),
        returns_base_minor = returns_base_minor - IIF(OLD.state = 'returned', OLD.revenue_base_minor, 0),
        tax_base_minor = tax_base_minor - IIF(OLD.state = 'sale', OLD.tax_base_minor, 0),
        cost_base_minor = cost_base_minor - IIF(OLD.state = 'sale', coalesce(OLD.cost_base_minor, 0), 0),
        without_cost = without_cost - (OLD.state = 'sale' AND OLD.cost_base_minor IS NULL),
        shipping_base_minor = shipping_base_minor - IIF(OLD.state = 'cancelled', 0, OLD.shipping_base_minor),
        duties_base_minor = duties_base_minor - IIF(OLD.state = 'sale', OLD.duties_base_minor, 0),
        fees_base_minor = fees_base_minor - IIF(OLD.state = 'sale', OLD.fees_base_minor, 0)
    WHERE day = OLD.day AND country = OLD.country AND market_code = OLD.market_code AND currency = OLD.currency
      AND channel = OLD.channel;
    DELETE FROM sales_daily
    WHERE day = OLD.day AND country = OLD.country AND market_code = OLD.market_code AND currency = OLD.currency
      AND channel = OLD.channel AND orders = 0 AND cancelled = 0;
    UPDATE sales_monthly SET
        orders = orders - (OLD.state <> 'cancelled'),
        cancelled = cancelled - (OLD.state = 'cancelled'),
        returned = returned - (OLD.state = 'returned'),
        revenue_minor = revenue_minor - IIF(OLD.state = 'cancelled', 0, OLD.revenue_minor),
        revenue_base_minor = revenue_base_minor - IIF(OLD.state = 'cancelled', 0, OLD.revenue_base_minor),
        returns_minor = returns_minor - IIF(OLD.state = 'returned', OLD.revenue_minor, 0),
        returns_base_minor = returns_base_minor - IIF(OLD.state = 'returned', OLD.revenue_base_minor, 0),
        tax_base_minor = tax_base_minor - IIF(OLD.state = 'sale', OLD.tax_base_minor, 0),
        cost_base_minor = cost_base_minor - IIF(OLD.state = 'sale', coalesce(OLD.cost_base_minor, 0), 0),
        without_cost = without_cost - (OLD.state = 'sale' AND OLD.cost_base_minor IS NULL),
        shipping_base_minor = shipping_base_minor - IIF(OLD.state = 'cancelled', 0, OLD.shipping_base_minor),
        duties_base_minor = duties_base_minor - IIF(OLD.state = 'sale', OLD.duties_base_minor, 0),
        fees_base_minor = fees_base_minor - IIF(OLD.state = 'sale', OLD.fees_base_minor, 0)
    WHERE month = substr(OLD.day, 1, 7) AND country = OLD.country AND market_code = OLD.market_code AND currency = OLD.currency
      AND channel = OLD.channel;
    DELETE FROM sales_monthly
    WHERE month = substr(OLD.day, 1, 7) AND country = OLD.country AND market_code = OLD.market_code AND currency = OLD.currency
      AND channel = OLD.channel AND orders = 0 AND cancelled = 0;
END;

-- What makes an order count again. Status moves, edits, new lines and booked shipments all do.
CREATE TRIGGER orders_report_added AFTER INSERT ON orders
BEGIN
    INSERT INTO report_dirty (order_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM report_dirty WHERE order_id = NEW.id);
END;
CREATE TRIGGER orders_report_changed
AFTER UPDATE OF created_at, currency, subtotal_minor, discount_minor, shipping_minor, tax_minor, total_minor,
                total_base_minor, rate_to_base, market_code, incoterm, status, ship_country, channel ON orders
BEGIN
    INSERT INTO report_dirty (order_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM report_dirty WHERE order_id = NEW.id);
END;
CREATE TRIGGER orders_report_removed AFTER DELETE ON orders
BEGIN
    INSERT INTO report_dirty (order_id) SELECT OLD.id WHERE NOT EXISTS (SELECT 1 FROM report_dirty WHERE order_id = OLD.id);
END;
CREATE TRIGGER order_lines_report_added AFTER INSERT ON order_lines
BEGIN
    INSERT INTO report_dirty (order_id) SELECT NEW.order_id WHERE NOT EXISTS (SELECT 1 FROM report_dirty WHERE order_id = NEW.order_id);
END;
CREATE TRIGGER order_lines_report_changed AFTER UPDATE ON order_lines
BEGIN
    INSERT INTO report_dirty (order_id) SELECT NEW.order_id WHERE NOT EXISTS (SELECT 1 FROM report_dirty WHERE order_id = NEW.order_id);
END;
CREATE TRIGGER order_lines_report_removed AFTER DELETE ON order_lines
BEGIN
    INSERT INTO report_dirty (order_id) SELECT OLD.order_id WHERE NOT EXISTS (SELECT 1 FROM report_dirty WHERE order_id = OLD.order_id);
END;
CREATE TRIGGER shipments_report_added AFTER INSERT ON shipments
BEGIN
    INSERT INTO report_dirty (order_id) SELECT NEW.order_id WHERE NOT EXISTS (SELECT 1 FROM report_dirty WHERE order_id = NEW.order_id);
END;
CREATE TRIGGER shipments_report_changed AFTER UPDATE OF status, cost_base_minor, order_id ON shipments
BEGIN
    INSERT INTO report_dirty (order_id) SELECT NEW.order_id WHERE NOT EXISTS (SELECT 1 FROM report_dirty WHERE order_id = NEW.order_id);
END;
CREATE TRIGGER shipments_report_removed AFTER DELETE ON shipments
BEGIN
    INSERT INTO report_dirty (order_id) SELECT OLD.order_id WHERE NOT EXISTS (SELECT 1 FROM report_dirty WHERE order_id = OLD.order_id);
END;

-- Carrier spend by the day a shipment was booked.
CREATE INDEX shipments_by_created ON shipments (created_at);

-- Orders that exist before this version are counted at the first refresh.
INSERT INTO report_dirty (order_id) SELECT id FROM orders;
