-- The transfer chain as last fetched (GET_CHAIN), so the customer panel shows it offline too.
ALTER TABLE conversations ADD COLUMN chain TEXT NOT NULL DEFAULT '[]';
