-- modules/video-views/video-views.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertVideoViewRows
insert into "video_views" ("id", "town_id", "jurisdiction_id", "camera_id", "camera_name", "account_id", "account_name", "purpose", "note", "token_hash", "token_expires_at", "used_at", "viewer_id", "opened_at", "started_at", "ended_at", "end_reason", "duration_seconds")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18);

-- findVideoViewRow
select *
from "video_views"
where "id" = $1;

-- claimVideoViewToken
update "video_views"
set "used_at" = $1
where "id" = $2 and "token_hash" = $3 and "used_at" is null and "ended_at" is null;

-- markVideoViewStarted
update "video_views"
set "viewer_id" = $1, "started_at" = $2
where "id" = $3 and "ended_at" is null;

-- endVideoViewRow
update "video_views"
set "ended_at" = $1, "end_reason" = $2, "duration_seconds" = $3
where "id" = $4 and "ended_at" is null;

-- listOpenVideoViewRows (all)
select "v"."id", "v"."camera_id", "c"."kind" as "camera_kind", "v"."account_id", "v"."purpose", "v"."started_at", "v"."token_expires_at", "v"."viewer_id"
from "video_views" as "v"
inner join "cameras" as "c" on "c"."id" = "v"."camera_id"
where "v"."ended_at" is null
order by "v"."opened_at";

-- listOpenVideoViewRows (of cameras)
select "v"."id", "v"."camera_id", "c"."kind" as "camera_kind", "v"."account_id", "v"."purpose", "v"."started_at", "v"."token_expires_at", "v"."viewer_id"
from "video_views" as "v"
inner join "cameras" as "c" on "c"."id" = "v"."camera_id"
where "v"."ended_at" is null and "v"."camera_id" in ($1, $2)
order by "v"."opened_at";

-- listVideoViewRows (town scope)
select "v".*, (select count(*) as "n"
from "video_snapshots" as "s"
where "s"."view_id" = "v"."id") as "snapshots"
from "video_views" as "v"
where ("v"."town_id" in ($1) or "v"."jurisdiction_id" in ($2, $3))
order by "v"."opened_at" desc, "v"."id" desc
limit $4;

-- listVideoViewRows (every filter)
select "v".*, (select count(*) as "n"
from "video_snapshots" as "s"
where "s"."view_id" = "v"."id") as "snapshots"
from "video_views" as "v"
where ("v"."town_id" in ($1) or "v"."jurisdiction_id" in ($2, $3)) and "v"."camera_id" = $4 and "v"."account_id" = $5 and "v"."opened_at" >= $6 and "v"."opened_at" < $7 and ("v"."opened_at" < $8 or ("v"."opened_at" = $9 and "v"."id" < $10))
order by "v"."opened_at" desc, "v"."id" desc
limit $11;

-- insertVideoSnapshotRows
insert into "video_snapshots" ("id", "town_id", "jurisdiction_id", "view_id", "camera_id", "account_id", "target_kind", "target_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "uploaded_by_name", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16);

-- findVideoSnapshotRow
select *
from "video_snapshots"
where "id" = $1;

-- listVideoSnapshotRows
select *
from "video_snapshots"
where "target_kind" = $1 and "target_id" = $2
order by "created_at", "id"
limit $3;

-- listVideoSnapshotRowsOfTargets
select "id", "target_id", "created_at"
from "video_snapshots"
where "target_kind" = $1 and "target_id" in ($2, $3)
order by "created_at", "id";
