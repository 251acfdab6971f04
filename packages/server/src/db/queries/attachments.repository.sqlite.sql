-- modules/disputes/attachments.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertAttachmentRow
insert into "dispute_attachments" ("id", "dispute_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at", "town_id", "jurisdiction_id")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findAttachmentRow
select *
from "dispute_attachments"
where "id" = ?;

-- listAttachmentRows
select *
from "dispute_attachments"
where "dispute_id" = ?
order by "id";
