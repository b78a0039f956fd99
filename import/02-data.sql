-- Sample rows. The same people and companies recur across tables with the variations real data has:
-- case, spacing, nicknames, typos, missing fields, second emails, a company in two role tables.

INSERT INTO customers (business_id, customer_name, customer_kind, entity_type, email, secondary_email, phone, website, address1, city, state, zip) VALUES
 (1, 'Acme Robotics, Inc.',      'company',    'sales_customer',     'purchasing@acmerobotics.com', 'ap@acmerobotics.com', '(415) 555-0100', 'https://www.acmerobotics.com', '100 Market St', 'San Francisco', 'CA', '94105'),
 (1, 'Initech LLC',              'company',    'itad_client',        'it@initech.com',              NULL,                  '512-555-0142',   'initech.com',                  '4120 Freidrich Ln', 'Austin', 'TX', '78744'),
 (1, 'Hooli',                    'company',    'reseller',           'partners@hooli.com',          NULL,                  '+1 650 555 0199','http://hooli.com',             '1 Hooli Way', 'Palo Alto', 'CA', '94301'),
 (1, 'Jane Doe',                 'individual', 'website_customer',   'Jane.Doe@acmerobotics.com',   'janedoe77@gmail.com', '415.555.0132',   NULL,                           '12 Pine St', 'San Francisco', 'CA', '94108'),
 (1, 'Umbrella Corp',            'company',    'auction_buyer',      'bids@umbrella-corp.com',      NULL,                  '(312) 555-0177', 'umbrella-corp.com',            NULL, 'Chicago', 'IL', NULL),
 (1, 'Stark Industries',         'company',    'consignment_client', 'assets@starkindustries.com',  NULL,                  '212-555-0123',   'starkindustries.com',          '200 Park Ave', 'New York', 'NY', '10166'),
 (1, 'Wayne Enterprises',        'company',    'prospect',           NULL,                          NULL,                  NULL,             'wayne-enterprises.com',        NULL, 'Gotham', 'NJ', NULL),
 (1, 'Bob Smith',                'individual', 'sales_customer',     'bob.smith@initech.com',       NULL,                  '512 555 0188',   NULL,                           NULL, 'Austin', 'TX', NULL),
 (2, 'Acme Robotics, Inc.',      'company',    'sales_customer',     'energy@acmerobotics.com',     NULL,                  '(415) 555-0100', 'acmerobotics.com',             NULL, 'San Francisco', 'CA', NULL),
 (2, 'Cyberdyne Systems',        'company',    'itad_client',        'ops@cyberdyne.io',            NULL,                  '(408) 555-0111', 'cyberdyne.io',                 NULL, 'Sunnyvale', 'CA', NULL);

INSERT INTO suppliers (business_id, supplier_name, vendor_type, contact_email, phone, website, city, state) VALUES
 (1, 'GreenCycle Metals',      'downstream_recycler', 'sales@greencycle.com',      '(510) 555-0160', 'greencycle.com',     'Oakland', 'CA'),
 (1, 'Hooli Inc.',             'consignment_vendor',  'partners@hooli.com',        '650-555-0199',   'hooli.com',          'Palo Alto', 'CA'),
 (1, 'Parts Unlimited',        'purchase_vendor',     'orders@partsunlimited.com', '(206) 555-0150', 'partsunlimited.com', 'Seattle', 'WA'),
 (2, 'GreenCycle Metals',      'downstream_recycler', 'energy@greencycle.com',     '(510) 555-0160', 'greencycle.com',     'Oakland', 'CA');

INSERT INTO leads (business_id, lead_name, company_name, contact_email, contact_phone, lead_source, status) VALUES
 (1, 'Jane Doe',        'ACME Robotics',        'jane.doe@acmerobotics.com', '(415) 555-0132', 'trade_show', 'converted'),
 (1, 'Bruce Wayne',     'Wayne Enterprises',    'bruce@wayne-enterprises.com', NULL,           'referral',   'qualified'),
 (1, 'Peter Gibbons',   'Initech',              'peter.gibbons@initech.com', '512-555-0143',   'website',    'contacted'),
 (1, 'Milton Waddams',  'initech llc',          'MILTON@INITECH.COM',        NULL,             'cold_call',  'new'),
 (1, 'Tony Stark',      'Stark Industries Inc', 'tony@starkindustries.com',  '212 555 0100',   'referral',   'converted'),
 (1, NULL,              'Nameless Co',          'info@nameless.example',     NULL,             'website',    'new'),
 (1, 'Ellen Ripley',    'Weyland-Yutani',       'ripley@@weyland.example',   NULL,             'website',    'new'),
 (2, 'Jane Doe',        'Acme Robotics',        'jane.doe@acmerobotics.com', '(415) 555-0132', 'webinar',    'new');

INSERT INTO opportunities (business_id, lead_id, customer_id, name, stage, amount, close_date) VALUES
 (1, 1,    NULL, 'Acme fleet refresh',           'won',         48000.00, '2026-03-31'),
 (1, 2,    NULL, 'Wayne data centre decommission','proposal',   125000.00, '2026-12-15'),
 (1, NULL, 2,    'Initech laptop buyback',       'negotiation',  9500.00, '2026-11-30'),
 (1, 5,    6,    'Stark consignment lot 7',      'won',         67000.00, '2026-05-01');

INSERT INTO buyer_accounts (business_id, username, full_name, email, phone, company) VALUES
 (1, 'umbrella_buyer', 'Albert Wesker', 'a.wesker@umbrella-corp.com', '(312) 555-0178', 'Umbrella Corporation'),
 (1, 'jdoe77',         'Janie Doe',     'janedoe77@gmail.com',        NULL,             NULL),
 (1, 'hooli_assets',   'Gavin Belson',  'gavin@hooli.com',            '650-555-0100',   'Hooli');

INSERT INTO bids (business_id, buyer_account_id, lot_number, amount, bid_at) VALUES
 (1, 1, 'LOT-2026-0007', 1250.00, '2026-06-01 10:15:00'),
 (1, 1, 'LOT-2026-0011',  980.00, '2026-06-14 16:40:00'),
 (1, 2, 'LOT-2026-0011', 1010.00, '2026-06-14 16:45:00'),
 (1, 3, 'LOT-2026-0020', 5400.00, '2026-07-02 09:00:00');

INSERT INTO shopping_carts (business_id, customer_email, cart_total, status, created_at) VALUES
 (1, 'jane.doe@acmerobotics.com ', 349.99, 'abandoned', '2026-08-03 20:11:00'),
 (1, 'JaneDoe77@gmail.com',        89.00, 'purchased', '2026-08-10 08:30:00'),
 (1, 'new.shopper@example.com',    19.99, 'abandoned', '2026-09-01 12:00:00');

INSERT INTO customer_portal_users (business_id, customer_id, first_name, last_name, email, phone, last_login) VALUES
 (1, 1, 'Jane',  'Doe',    'jane.doe@acmerobotics.com', '+1 (415) 555-0132', '2026-10-01 09:00:00'),
 (1, 2, 'Peter', 'Gibbons','peter.gibbons@initech.com', NULL,                '2026-09-12 14:22:00'),
 (1, 6, 'Pepper','Potts',  'pepper@starkindustries.com','212-555-0101',      '2026-10-20 11:05:00');

INSERT INTO contacts (business_id, first_name, last_name, email, phone, organization, title) VALUES
 (1, 'JANE',    'DOE',      'JANE.DOE@ACMEROBOTICS.COM', '415-555-0132', 'Acme Robotics Inc.',  'Procurement Lead'),
 (1, 'Bob',     'Smith',    'bob.smith@initech.com',     NULL,           'Initech',             'IT Manager'),
 (1, 'Robert',  'Smith',    'rsmith@hooli.com',          '650 555 0120', 'Hooli',               'Buyer'),
 (1, 'Bill',    'Lumbergh', 'bill.lumbergh@initech.com', '512-555-0140', 'Initech, LLC',        'VP'),
 (1, 'Michael', 'Bolton',   NULL,                        '512-555-0144', 'Initech',             'Engineer'),
 (2, 'Sarah',   'Connor',   'sarah.connor@cyberdyne.io', NULL,           'Cyberdyne Systems',   'Security Lead');

INSERT INTO technology_vendors (name, website, email, phone, technology) VALUES
 ('SunTech Solar',          'https://suntech-solar.com', 'info@suntech-solar.com', '(602) 555-0190', 'PV modules'),
 ('WindWorks GmbH',         'windworks.de',              'kontakt@windworks.de',   '+49 30 901820',  'Turbines'),
 ('VoltStore',              'voltstore.com',             'sales@voltstore.com',    NULL,             'Batteries');
INSERT INTO owners_developers (name, website, email, phone) VALUES
 ('Globex Renewables',      'globex-renewables.com',     'projects@globex-renewables.com', '(303) 555-0101'),
 ('Blue Sky Capital',       'blueskycap.com',            'invest@blueskycap.com',  NULL);
INSERT INTO operators (name, website, email, phone) VALUES
 ('SunTech Solar Inc.',     'suntech-solar.com',         'info@suntech-solar.com', '602-555-0190'),
 ('GridOps LLC',            'gridops.com',               'ops@gridops.com',        '(720) 555-0133');
INSERT INTO constructors (name, website, email, phone) VALUES
 ('BuildRight Construction','buildright.com',            'bids@buildright.com',    '(303) 555-0170');
INSERT INTO offtakers (name, website, email, phone) VALUES
 ('Metro Power Utility',    'metropower.com',            'ppa@metropower.com',     '(303) 555-0111'),
 ('Acme Robotics',          'acmerobotics.com',          'energy@acmerobotics.com', NULL);
INSERT INTO clients (name, website, email, phone) VALUES
 ('City of Boulder',        'bouldercolorado.gov',       'energy@bouldercolorado.gov', NULL);

INSERT INTO personnel (first_name, last_name, email, phone) VALUES
 ('Maria',  'Garcia',   'maria.garcia@suntech-solar.com', '(602) 555-0191'),
 ('Hans',   'Müller',   'hans.mueller@windworks.de',      '+49 30 901821'),
 ('Dana',   'Scully',   'dscully@globex-renewables.com',  NULL),
 ('Fox',    'Mulder',   'fox@blueskycap.com',             NULL),
 ('Sarah',  'Connor',   'sarah.connor@cyberdyne.io',      '(408) 555-0112');

INSERT INTO person_company_affiliations (personnel_id, company_table, company_id, title, is_primary, start_date, end_date) VALUES
 (1, 'technology_vendors', 1, 'VP Sales',         true,  '2019-04-01', NULL),
 (1, 'operators',          1, 'Board Observer',   false, '2021-01-01', NULL),
 (2, 'technology_vendors', 2, 'Geschäftsführer',  true,  '2015-06-01', NULL),
 (3, 'owners_developers',  1, 'Project Director', true,  '2020-02-15', NULL),
 (4, 'owners_developers',  2, 'Partner',          true,  '2018-09-01', '2024-12-31'),
 (3, 'operators',          2, 'Advisor',          false, '2025-01-01', '2023-01-01');

INSERT INTO projects (name, location, capacity_mw, status) VALUES
 ('Boulder Solar One', 'Boulder, CO', 120.00, 'construction'),
 ('Front Range Wind',  'Weld County, CO', 250.00, 'development');

INSERT INTO project_companies (project_id, company_table, company_id, role) VALUES
 (1, 'technology_vendors', 1, 'technology_vendor'),
 (1, 'owners_developers',  1, 'developer'),
 (1, 'operators',          1, 'operator'),
 (1, 'constructors',       1, 'constructor'),
 (1, 'offtakers',          1, 'offtaker'),
 (1, 'clients',            1, 'client'),
 (2, 'technology_vendors', 2, 'technology_vendor'),
 (2, 'owners_developers',  2, 'owner'),
 (2, 'operators',          2, 'operator'),
 (2, 'offtakers',          2, 'offtaker'),
 (2, 'technology_vendors', 3, 'storage_integrator');

INSERT INTO sales_invoices (business_id, customer_id, invoice_number, order_type, sales_channel, invoice_date, total_amount, currency) VALUES
 (1, 1, 'INV-1001', 'sale',         'direct',   '2026-01-15', 24000.00, 'USD'),
 (1, 1, 'INV-1042', 'sale',         'direct',   '2026-04-02', 24000.00, 'USD'),
 (1, 2, 'INV-1003', 'itad_service', 'direct',   '2026-02-11',  3100.00, 'USD'),
 (1, 4, 'INV-1007', 'sale',         'website',  '2026-03-09',   349.99, 'USD'),
 (1, 5, 'INV-1010', 'auction',      'auction',  '2026-06-15',  1250.00, 'USD'),
 (1, 6, 'INV-1011', 'consignment',  'direct',   '2026-05-20', 67000.00, 'USD'),
 (1, 3, 'INV-1020', 'sale',         'reseller', '2026-07-01', 15500.00, 'USD'),
 (2, 9, 'INV-1001', 'sale',         'direct',   '2026-02-01',  8800.00, 'USD');

INSERT INTO work_orders (business_id, customer_id, work_type, opened_at, closed_at, amount) VALUES
 (1, 2, 'data_destruction', '2026-02-01 09:00:00', '2026-02-03 17:00:00', 1800.00),
 (1, 6, 'asset_pickup',     '2026-05-10 08:00:00', NULL,                  NULL),
 (2, 10,'data_destruction', '2026-03-01 09:00:00', '2026-03-02 12:00:00',  900.00);
