-- The accent colour of a workspace's documents (#rrggbb, null: Relance's blue): the title and the lines' header of its
-- quotes, on the public page, the preview and the PDF. workspace_branding is a reference table on Citus: adding a
-- column there is one DDL statement propagated to every node.
ALTER TABLE workspace_branding ADD COLUMN accent_color VARCHAR(7);
