// A change to make in a transaction that is rolled back, so that the statements planned after it in that
// transaction are planned as batches run them (with changes in the transaction). It is not scoped by tenant: it
// reads nothing, and the node it makes never outlives the rolled-back transaction.
CREATE ()
