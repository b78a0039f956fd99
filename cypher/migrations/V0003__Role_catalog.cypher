// The role catalog template. Its tenant '_catalog' belongs to no caller; a tenant's own
// (:Role) node is made from the template the first time one of its parties takes the role.
UNWIND [
  {code: 'prospect',            label: 'Prospect',            category: 'customer'},
  {code: 'sales_customer',      label: 'Sales customer',      category: 'customer'},
  {code: 'itad_client',         label: 'ITAD client',         category: 'customer'},
  {code: 'auction_buyer',       label: 'Auction buyer',       category: 'customer'},
  {code: 'website_customer',    label: 'Website customer',    category: 'customer'},
  {code: 'reseller',            label: 'Reseller',            category: 'customer'},
  {code: 'consignment_client',  label: 'Consignment client',  category: 'customer'},
  {code: 'portal_user',         label: 'Customer portal user', category: 'customer'},
  {code: 'purchase_vendor',     label: 'Purchase vendor',     category: 'vendor'},
  {code: 'consignment_vendor',  label: 'Consignment vendor',  category: 'vendor'},
  {code: 'downstream_recycler', label: 'Downstream recycler', category: 'vendor'},
  {code: 'technology_vendor',   label: 'Technology vendor',   category: 'project'},
  {code: 'developer',           label: 'Developer',           category: 'project'},
  {code: 'owner',               label: 'Owner',               category: 'project'},
  {code: 'operator',            label: 'Operator',            category: 'project'},
  {code: 'constructor',         label: 'Constructor',         category: 'project'},
  {code: 'offtaker',            label: 'Offtaker',            category: 'project'},
  {code: 'client',              label: 'Client',              category: 'project'},
  {code: 'contact',             label: 'Contact',             category: 'party'}
] AS role
MERGE (r:Role {tenant: '_catalog', code: role.code})
SET r.label = role.label, r.category = role.category;
