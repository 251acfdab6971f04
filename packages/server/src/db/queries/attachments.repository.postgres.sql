-- modules/disputes/attachments.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertAttachmentRow
insert into "dispute_attachments" ("id", "dispute_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at", "town_id", "jurisdiction_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);

-- findAttachmentRow
select *
from "dispute_attachments"
where "id" = $1;

-- listAttachmentRows
select *
from "dispute_attachments"
where "dispute_id" = $1
order by "id";
