-- The public showcase: an entry's owner opts in to showing it in its program's public gallery.
CREATE TABLE entry_visibility (
    entry_id   BIGINT  NOT NULL PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
    showcase   BOOLEAN NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
