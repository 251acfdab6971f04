-- modules/mediation-rooms/room-recording.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- listConsentingParticipants
select "p"."id", "p"."status", "p"."display_name", "p"."kind", "p"."account_id", "c"."consented_at"
from "mediation_room_participants" as "p"
left join "mediation_room_consents" as "c" on "c"."participant_id" = "p"."id" and "c"."withdrawn_at" is null
where "p"."room_id" = $1
order by "p"."joined_at", "p"."id";

-- liveConsentTimes (none)
-- (no query)

-- liveConsentTimes (rooms)
select "participant_id", "consented_at"
from "mediation_room_consents"
where "room_id" in ($1, $2) and "withdrawn_at" is null;

-- findLiveConsent
select *
from "mediation_room_consents"
where "participant_id" = $1 and "withdrawn_at" is null;

-- insertConsent
insert into "mediation_room_consents" ("id", "room_id", "participant_id", "consented_at", "withdrawn_at")
values ($1, $2, $3, $4, $5);

-- withdrawLiveConsent
update "mediation_room_consents"
set "withdrawn_at" = $1
where "participant_id" = $2 and "withdrawn_at" is null;

-- listConsentHistory
select "c".*, "p"."display_name", "p"."kind", "p"."account_id"
from "mediation_room_consents" as "c"
inner join "mediation_room_participants" as "p" on "p"."id" = "c"."participant_id"
where "c"."room_id" = $1
order by "c"."consented_at", "c"."id";

-- setRoomRecordingState
update "mediation_rooms"
set "recording_state" = $1
where "id" = $2;

-- nextSegmentNumber
select max("segment") as "last"
from "mediation_room_recordings"
where "room_id" = $1;

-- insertRecording
insert into "mediation_room_recordings" ("id", "room_id", "town_id", "jurisdiction_id", "segment", "started_at", "started_by", "ended_at", "status")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- endRunningRecording
select *
from "mediation_room_recordings"
where "room_id" = $1 and "status" = $2;

-- queueRoomRecordings
update "mediation_room_recordings"
set "status" = $1
where "room_id" = $2 and "status" = $3;

-- listRoomRecordings
select *
from "mediation_room_recordings"
where "room_id" = $1
order by "segment";

-- listRecordingFiles (none)
-- (no query)

-- listRecordingFiles (segments)
select "f".*, "p"."display_name", "p"."kind", "p"."account_id", "a"."file_name"
from "mediation_room_recording_files" as "f"
inner join "mediation_room_participants" as "p" on "p"."id" = "f"."participant_id"
left join "dispute_attachments" as "a" on "a"."id" = "f"."attachment_id"
where "f"."recording_id" in ($1, $2)
order by "f"."recording_id", "p"."joined_at", "f"."participant_id", "f"."part";

-- listConvertingRecordings
select "r".*, "m"."dispute_id"
from "mediation_room_recordings" as "r"
inner join "mediation_rooms" as "m" on "m"."id" = "r"."room_id"
where "r"."status" = $1 and "m"."status" = $2
order by "r"."started_at", "r"."id"
limit $3;

-- listFileParts
select "participant_id", "part", "attachment_id"
from "mediation_room_recording_files"
where "recording_id" = $1;

-- insertRecordingFile
insert into "mediation_room_recording_files" ("id", "recording_id", "participant_id", "part", "town_id", "jurisdiction_id", "attachment_id", "duration_seconds", "bytes", "error", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);

-- setRecordingStatus
update "mediation_room_recordings"
set "status" = $1
where "id" = $2;

-- roomRecordingsSettled
select "status"
from "mediation_room_recordings"
where "room_id" = $1;

-- findPlayableFile
select "f"."id", "f"."recording_id", "f"."participant_id", "a"."dispute_id", "a"."id" as "attachment_id", "a"."stored_name", "a"."file_name", "a"."media_type"
from "mediation_room_recording_files" as "f"
inner join "dispute_attachments" as "a" on "a"."id" = "f"."attachment_id"
where "f"."id" = $1;
