-- Field-level permissions: the fields a read policy may return and a create/update policy may write. NULL (every
-- existing policy) means every field; a JSON array of field names limits the policy to them.
ALTER TABLE rocket._permissions ADD COLUMN IF NOT EXISTS readable_fields JSONB;
ALTER TABLE rocket._permissions ADD COLUMN IF NOT EXISTS writable_fields JSONB;
