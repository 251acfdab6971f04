-- modules/cameras/cameras.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- listCameraViews (town scope)
select "c"."id", "c"."town_id", "c"."village_id", "c"."device_id", "c"."name", "c"."kind", "c"."address", "c"."lat", "c"."lng", "c"."owner_person_id", "c"."venue_id", "c"."source_kind", "c"."source_enc", "c"."status", "c"."last_seen_at", "c"."status_checked_at", "c"."active", "c"."created_at", "c"."updated_at", "v"."name" as "village_name", "p"."name" as "owner_name", "p"."phone_masked" as "owner_phone_masked", "p"."address_masked" as "owner_address_masked", "p"."jurisdiction_id" as "owner_jurisdiction_id"
from "cameras" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
left join "persons" as "p" on "p"."id" = "c"."owner_person_id"
where ("c"."town_id" in (?) or "c"."village_id" in (?, ?))
order by "c"."name", "c"."id"
limit ?;

-- listCameraViews (every filter, next page)
select "c"."id", "c"."town_id", "c"."village_id", "c"."device_id", "c"."name", "c"."kind", "c"."address", "c"."lat", "c"."lng", "c"."owner_person_id", "c"."venue_id", "c"."source_kind", "c"."source_enc", "c"."status", "c"."last_seen_at", "c"."status_checked_at", "c"."active", "c"."created_at", "c"."updated_at", "v"."name" as "village_name", "p"."name" as "owner_name", "p"."phone_masked" as "owner_phone_masked", "p"."address_masked" as "owner_address_masked", "p"."jurisdiction_id" as "owner_jurisdiction_id"
from "cameras" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
left join "persons" as "p" on "p"."id" = "c"."owner_person_id"
where ("c"."town_id" in (?) or "c"."village_id" in (?, ?)) and "c"."village_id" = ? and "c"."kind" = ? and "c"."status" = ? and (lower("c"."name") like lower(?) escape '\' or lower("c"."device_id") like lower(?) escape '\' or lower("c"."address") like lower(?) escape '\') and (c.name > ? or (c.name = ? and c.id > ?))
order by "c"."name", "c"."id"
limit ?;

-- findCameraView
select "c"."id", "c"."town_id", "c"."village_id", "c"."device_id", "c"."name", "c"."kind", "c"."address", "c"."lat", "c"."lng", "c"."owner_person_id", "c"."venue_id", "c"."source_kind", "c"."source_enc", "c"."status", "c"."last_seen_at", "c"."status_checked_at", "c"."active", "c"."created_at", "c"."updated_at", "v"."name" as "village_name", "p"."name" as "owner_name", "p"."phone_masked" as "owner_phone_masked", "p"."address_masked" as "owner_address_masked", "p"."jurisdiction_id" as "owner_jurisdiction_id"
from "cameras" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
left join "persons" as "p" on "p"."id" = "c"."owner_person_id"
where "c"."id" = ?;

-- findCameraRow
select *
from "cameras"
where "id" = ?;

-- listCameraRowsByIds
select *
from "cameras"
where "id" in (?, ?);

-- listTakenDeviceIds
select "device_id"
from "cameras"
where "device_id" in (?);

-- insertCameraRows
insert into "cameras" ("id", "town_id", "village_id", "device_id", "name", "kind", "address", "lat", "lng", "owner_person_id", "venue_id", "source_kind", "source_enc", "status", "last_seen_at", "status_checked_at", "active", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- updateCameraRow
update "cameras"
set "name" = ?, "updated_at" = ?
where "id" = ?;

-- markCamerasProbed
update "cameras"
set "status" = ?, "last_seen_at" = ?, "status_checked_at" = ?
where "id" in (?, ?);

-- setCamerasVenue
update "cameras"
set "venue_id" = ?, "kind" = ?, "updated_at" = ?
where "id" in (?);

-- listProbedCameraRows
select "id", "source_enc", "status"
from "cameras"
where "active" = ? and "source_kind" != ?
order by "id";

-- listConsentsOfCameras
select "k".*, "cu"."display_name" as "created_by_name", "ru"."display_name" as "revoked_by_name"
from "camera_consents" as "k"
left join "users" as "cu" on "cu"."id" = "k"."created_by"
left join "users" as "ru" on "ru"."id" = "k"."revoked_by"
where "k"."camera_id" in (?)
order by "k"."camera_id", "k"."created_at" desc, "k"."id" desc;

-- insertConsents
insert into "camera_consents" ("id", "camera_id", "agreement_id", "allows_playback", "purposes", "starts_at", "expires_at", "revoked_at", "revoked_by", "created_by", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
insert into "camera_consent_roles" ("consent_id", "role")
values (?, ?);

-- findConsentRow
select *
from "camera_consents"
where "id" = ?;

-- revokeConsentRows (one)
update "camera_consents"
set "revoked_at" = ?, "revoked_by" = ?
where "revoked_at" is null and "id" = ?
returning "camera_id";

-- revokeConsentRows (agreement)
update "camera_consents"
set "revoked_at" = ?, "revoked_by" = ?
where "revoked_at" is null and "agreement_id" = ?
returning "camera_id";

-- listGrantsOfCameras
select "m"."camera_id", "g"."role", "g"."account_id"
from "camera_group_members" as "m"
inner join "camera_grants" as "g" on "g"."group_id" = "m"."group_id"
where "m"."camera_id" in (?);

-- listLiveConsentsOfCameras
select *
from "camera_consents"
where "camera_id" in (?) and "revoked_at" is null and "starts_at" <= ? and "expires_at" > ?;

-- listRoleGrantsOfAccounts
select "r"."user_id", "r"."role", "j"."level", "j"."path", "j"."town_id", "r"."jurisdiction_id"
from "user_roles" as "r"
inner join "users" as "u" on "u"."id" = "r"."user_id"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where "r"."user_id" in (?) and "u"."status" = ?;

-- listCameraPlaces
select "c"."id", "c"."town_id", "c"."village_id", "c"."kind", "c"."active", "v"."path"
from "cameras" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
where "c"."id" in (?);

-- listGroupViews
select "g"."id", "g"."town_id", "g"."name", "g"."created_at", cast(count(m.camera_id) as integer) as "member_count"
from "camera_groups" as "g"
left join "camera_group_members" as "m" on "m"."group_id" = "g"."id"
where "g"."town_id" in (?)
group by "g"."id", "g"."town_id", "g"."name", "g"."created_at"
order by "g"."name", "g"."id";

-- listGroupsOfCamera
select "g"."id", "g"."name"
from "camera_group_members" as "m"
inner join "camera_groups" as "g" on "g"."id" = "m"."group_id"
where "m"."camera_id" = ?
order by "g"."name", "g"."id";

-- findGroupRow
select *
from "camera_groups"
where "id" = ?;

-- countGroupMembers
select cast(count(*) as integer) as "n"
from "camera_group_members"
where "group_id" = ?;

-- insertGroupRows
insert into "camera_groups" ("id", "town_id", "name", "created_at")
values (?, ?, ?, ?);

-- updateGroupName
update "camera_groups"
set "name" = ?
where "id" = ?;

-- listGroupMemberViews
select "c"."id", "c"."name", "c"."device_id", "c"."kind", "v"."name" as "village_name"
from "camera_group_members" as "m"
inner join "cameras" as "c" on "c"."id" = "m"."camera_id"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
where "m"."group_id" = ?
order by "c"."name", "c"."id";

-- insertGroupMembers
insert into "camera_group_members" ("group_id", "camera_id")
values (?, ?)
on conflict ("group_id", "camera_id") do nothing;

-- deleteGroupMembers
delete
from "camera_group_members"
where "group_id" = ? and "camera_id" in (?);

-- listGrantViews
select "g".*, "u"."display_name" as "account_name"
from "camera_grants" as "g"
left join "users" as "u" on "u"."id" = "g"."account_id"
where "g"."group_id" in (?)
order by "g"."group_id", "g"."created_at", "g"."id";

-- insertGrantRows
insert into "camera_grants" ("id", "group_id", "role", "account_id", "created_by", "created_at")
values (?, ?, ?, ?, ?, ?);

-- findGrantRow
select *
from "camera_grants"
where "id" = ?;

-- deleteGrantRow
delete
from "camera_grants"
where "id" = ?;

-- accountWorksIn
select "r"."id"
from "user_roles" as "r"
inner join "users" as "u" on "u"."id" = "r"."user_id"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where "r"."user_id" = ? and "u"."status" = ? and ("j"."town_id" = ? or "j"."id" = ? or ? like j.path || '%');

-- listOwnerPii
select "id", "phone_enc", "address_enc"
from "persons"
where "id" in (?);

-- listTownAccounts (first)
select "u"."id", "u"."display_name"
from "users" as "u"
where "u"."status" = ? and exists (select "r"."id"
from "user_roles" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where "r"."user_id" = "u"."id" and (j.town_id = ? or j.id = ? or ? like j.path || '%'))
order by "u"."display_name", "u"."id"
limit ?;

-- listTownAccounts (name and after)
select "u"."id", "u"."display_name"
from "users" as "u"
where "u"."status" = ? and exists (select "r"."id"
from "user_roles" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where "r"."user_id" = "u"."id" and (j.town_id = ? or j.id = ? or ? like j.path || '%')) and lower("u"."display_name") like lower(?) escape '\' and (u.display_name > ? or (u.display_name = ? and u.id > ?))
order by "u"."display_name", "u"."id"
limit ?;

-- listTownRolesOfAccounts
select distinct "r"."user_id", "r"."role"
from "user_roles" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where "r"."user_id" in (?, ?) and (j.town_id = ? or j.id = ? or ? like j.path || '%')
order by "r"."user_id", "r"."role";
