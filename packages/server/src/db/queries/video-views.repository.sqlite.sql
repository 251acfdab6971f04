-- modules/video-views/video-views.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertVideoViewRows
insert into "video_views" ("id", "town_id", "jurisdiction_id", "camera_id", "camera_name", "account_id", "account_name", "purpose", "note", "token_hash", "token_expires_at", "used_at", "viewer_id", "opened_at", "started_at", "ended_at", "end_reason", "duration_seconds")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findVideoViewRow
select *
from "video_views"
where "id" = ?;

-- claimVideoViewToken
update "video_views"
set "used_at" = ?
where "id" = ? and "token_hash" = ? and "used_at" is null and "ended_at" is null;

-- markVideoViewStarted
update "video_views"
set "viewer_id" = ?, "started_at" = ?
where "id" = ? and "ended_at" is null;

-- endVideoViewRow
update "video_views"
set "ended_at" = ?, "end_reason" = ?, "duration_seconds" = ?
where "id" = ? and "ended_at" is null;

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
where "v"."ended_at" is null and "v"."camera_id" in (?, ?)
order by "v"."opened_at";

-- listVideoViewRows (town scope)
select "v".*, (select count(*) as "n"
from "video_snapshots" as "s"
where "s"."view_id" = "v"."id") as "snapshots"
from "video_views" as "v"
where ("v"."town_id" in (?) or "v"."jurisdiction_id" in (?, ?))
order by "v"."opened_at" desc, "v"."id" desc
limit ?;

-- listVideoViewRows (every filter)
select "v".*, (select count(*) as "n"
from "video_snapshots" as "s"
where "s"."view_id" = "v"."id") as "snapshots"
from "video_views" as "v"
where ("v"."town_id" in (?) or "v"."jurisdiction_id" in (?, ?)) and "v"."camera_id" = ? and "v"."account_id" = ? and "v"."opened_at" >= ? and "v"."opened_at" < ? and ("v"."opened_at" < ? or ("v"."opened_at" = ? and "v"."id" < ?))
order by "v"."opened_at" desc, "v"."id" desc
limit ?;

-- insertVideoSnapshotRows
insert into "video_snapshots" ("id", "town_id", "jurisdiction_id", "view_id", "camera_id", "account_id", "target_kind", "target_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "uploaded_by_name", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findVideoSnapshotRow
select *
from "video_snapshots"
where "id" = ?;

-- listVideoSnapshotRows
select *
from "video_snapshots"
where "target_kind" = ? and "target_id" = ?
order by "created_at", "id"
limit ?;

-- listVideoSnapshotRowsOfTargets
select "id", "target_id", "created_at"
from "video_snapshots"
where "target_kind" = ? and "target_id" in (?, ?)
order by "created_at", "id";
