-- PartyGraph demo source: a legacy relational schema of the kind companies really have.
-- Two businesses share the CRM/ITAD tables through business_id (1 = Acme Recycling, 2 = Globex Energy);
-- the energy project tables belong to business 2.

CREATE TABLE customers (
  id              SERIAL PRIMARY KEY,
  business_id     INT  NOT NULL,
  customer_name   TEXT NOT NULL,
  customer_kind   TEXT NOT NULL DEFAULT 'company',      -- company | individual
  entity_type     TEXT NOT NULL,                        -- sales_customer, itad_client, prospect, auction_buyer, website_customer, reseller, consignment_client
  email           TEXT,
  secondary_email TEXT,
  phone           TEXT,
  website         TEXT,
  address1        TEXT,
  city            TEXT,
  state           TEXT,
  zip             TEXT,
  country         TEXT DEFAULT 'US',
  created_at      TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE suppliers (
  id            SERIAL PRIMARY KEY,
  business_id   INT  NOT NULL,
  supplier_name TEXT NOT NULL,
  vendor_type   TEXT NOT NULL,                          -- purchase_vendor, consignment_vendor, downstream_recycler
  contact_email TEXT,
  phone         TEXT,
  website       TEXT,
  city          TEXT,
  state         TEXT
);

CREATE TABLE leads (
  id            SERIAL PRIMARY KEY,
  business_id   INT  NOT NULL,
  lead_name     TEXT,
  company_name  TEXT,
  contact_email TEXT,
  contact_phone TEXT,
  lead_source   TEXT,
  status        TEXT NOT NULL DEFAULT 'new',            -- new, contacted, qualified, converted, lost
  created_at    TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE opportunities (
  id          SERIAL PRIMARY KEY,
  business_id INT NOT NULL,
  lead_id     INT REFERENCES leads (id),
  customer_id INT REFERENCES customers (id),
  name        TEXT NOT NULL,
  stage       TEXT NOT NULL,
  amount      NUMERIC(12, 2),
  close_date  DATE
);

CREATE TABLE buyer_accounts (
  id          SERIAL PRIMARY KEY,
  business_id INT  NOT NULL,
  username    TEXT NOT NULL,
  full_name   TEXT,
  email       TEXT,
  phone       TEXT,
  company     TEXT
);

CREATE TABLE bids (
  id               SERIAL PRIMARY KEY,
  business_id      INT NOT NULL,
  buyer_account_id INT NOT NULL REFERENCES buyer_accounts (id),
  lot_number       TEXT NOT NULL,
  amount           NUMERIC(12, 2) NOT NULL,
  bid_at           TIMESTAMP NOT NULL
);

CREATE TABLE shopping_carts (
  id             SERIAL PRIMARY KEY,
  business_id    INT NOT NULL,
  customer_email TEXT,
  cart_total     NUMERIC(12, 2),
  status         TEXT,
  created_at     TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE customer_portal_users (
  id          SERIAL PRIMARY KEY,
  business_id INT NOT NULL,
  customer_id INT NOT NULL REFERENCES customers (id),
  first_name  TEXT,
  last_name   TEXT,
  email       TEXT,
  phone       TEXT,
  last_login  TIMESTAMP
);

CREATE TABLE contacts (
  id           SERIAL PRIMARY KEY,
  business_id  INT NOT NULL,
  first_name   TEXT,
  last_name    TEXT,
  email        TEXT,
  phone        TEXT,
  organization TEXT,                                    -- free text, as typed by sales
  title        TEXT
);

-- Energy projects (business 2): one table per company role, as the legacy system grew them.
CREATE TABLE technology_vendors (id SERIAL PRIMARY KEY, name TEXT NOT NULL, website TEXT, email TEXT, phone TEXT, technology TEXT);
CREATE TABLE owners_developers  (id SERIAL PRIMARY KEY, name TEXT NOT NULL, website TEXT, email TEXT, phone TEXT);
CREATE TABLE operators          (id SERIAL PRIMARY KEY, name TEXT NOT NULL, website TEXT, email TEXT, phone TEXT);
CREATE TABLE constructors       (id SERIAL PRIMARY KEY, name TEXT NOT NULL, website TEXT, email TEXT, phone TEXT);
CREATE TABLE offtakers          (id SERIAL PRIMARY KEY, name TEXT NOT NULL, website TEXT, email TEXT, phone TEXT);
CREATE TABLE clients            (id SERIAL PRIMARY KEY, name TEXT NOT NULL, website TEXT, email TEXT, phone TEXT);

CREATE TABLE personnel (
  id         SERIAL PRIMARY KEY,
  first_name TEXT,
  last_name  TEXT,
  email      TEXT,
  phone      TEXT
);

CREATE TABLE person_company_affiliations (
  id            SERIAL PRIMARY KEY,
  personnel_id  INT  NOT NULL REFERENCES personnel (id),
  company_table TEXT NOT NULL,                          -- which role table company_id points into
  company_id    INT  NOT NULL,
  title         TEXT,
  is_primary    BOOLEAN NOT NULL DEFAULT false,
  start_date    DATE,
  end_date      DATE
);

CREATE TABLE projects (
  id          SERIAL PRIMARY KEY,
  name        TEXT NOT NULL,
  location    TEXT,
  capacity_mw NUMERIC(8, 2),
  status      TEXT
);

CREATE TABLE project_companies (
  id            SERIAL PRIMARY KEY,
  project_id    INT  NOT NULL REFERENCES projects (id),
  company_table TEXT NOT NULL,
  company_id    INT  NOT NULL,
  role          TEXT NOT NULL                           -- technology_vendor, developer, owner, operator, constructor, offtaker, client
);

-- Activity
CREATE TABLE sales_invoices (
  id             SERIAL PRIMARY KEY,
  business_id    INT  NOT NULL,
  customer_id    INT  NOT NULL REFERENCES customers (id),
  invoice_number TEXT NOT NULL,
  order_type     TEXT NOT NULL,                         -- sale, consignment, auction, itad_service
  sales_channel  TEXT NOT NULL,                         -- direct, website, auction, reseller
  invoice_date   DATE NOT NULL,
  total_amount   NUMERIC(12, 2) NOT NULL,
  currency       CHAR(3) NOT NULL DEFAULT 'USD'
);

CREATE TABLE work_orders (
  id          SERIAL PRIMARY KEY,
  business_id INT  NOT NULL,
  customer_id INT  NOT NULL REFERENCES customers (id),
  work_type   TEXT NOT NULL,
  opened_at   TIMESTAMP NOT NULL,
  closed_at   TIMESTAMP,
  amount      NUMERIC(12, 2)
);

-- Deletes must carry the whole old row: the tenant (business_id) is not part of the key.
DO $$
DECLARE t record;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    EXECUTE format('ALTER TABLE public.%I REPLICA IDENTITY FULL', t.tablename);
  END LOOP;
END $$;
