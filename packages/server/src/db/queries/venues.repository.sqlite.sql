-- modules/venues/venues.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertVenueRow
insert into "venues" ("id", "town_id", "jurisdiction_id", "name", "kind", "address", "contact_person_id", "created_by", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- updateVenueRow
update "venues"
set "name" = ?, "updated_at" = ?
where "id" = ?;

-- findVenueView
select "v".*, "j"."name" as "village_name", "p"."name" as "contact_name", "p"."phone_masked" as "contact_phone_masked"
from "venues" as "v"
inner join "jurisdictions" as "j" on "j"."id" = "v"."jurisdiction_id"
left join "persons" as "p" on "p"."id" = "v"."contact_person_id"
where "v"."id" = ?;

-- listVenueViews (first)
select "v".*, "j"."name" as "village_name", "p"."name" as "contact_name", "p"."phone_masked" as "contact_phone_masked"
from "venues" as "v"
inner join "jurisdictions" as "j" on "j"."id" = "v"."jurisdiction_id"
left join "persons" as "p" on "p"."id" = "v"."contact_person_id"
where ("v"."town_id" in (?) or "v"."jurisdiction_id" in (?, ?))
order by "v"."name", "v"."id"
limit ?;

-- listVenueViews (every filter, after)
select "v".*, "j"."name" as "village_name", "p"."name" as "contact_name", "p"."phone_masked" as "contact_phone_masked"
from "venues" as "v"
inner join "jurisdictions" as "j" on "j"."id" = "v"."jurisdiction_id"
left join "persons" as "p" on "p"."id" = "v"."contact_person_id"
where ("v"."town_id" in (?) or "v"."jurisdiction_id" in (?, ?)) and "v"."jurisdiction_id" = ? and "v"."kind" = ? and lower("v"."name") like lower(?) escape '\' and (v.name > ? or (v.name = ? and v.id > ?))
order by "v"."name", "v"."id"
limit ?;

-- listVenueContactRows
select "v"."id" as "venue_id", "p"."town_id" as "person_town_id", "p"."jurisdiction_id" as "person_jurisdiction_id", "p"."phone_enc"
from "venues" as "v"
inner join "persons" as "p" on "p"."id" = "v"."contact_person_id"
where "v"."id" in (?, ?);

-- findContactPerson
select "id", "town_id"
from "persons"
where "id" = ?;

-- listVenueCameraRows
select "id", "venue_id", "name", "device_id", "status", "last_seen_at"
from "cameras"
where "venue_id" in (?, ?) and "active" = ?
order by "venue_id", "name", "id";

-- listCamerasByIds
select "id", "town_id", "kind", "venue_id"
from "cameras"
where "id" in (?, ?);

-- insertAgreementRow
insert into "venue_agreements" ("id", "venue_id", "town_id", "jurisdiction_id", "first_day", "last_day", "starts_at", "expires_at", "roles", "purposes", "allows_playback", "note", "revoked_at", "revoked_by", "revoked_by_name", "revoke_reason", "created_by", "created_by_name", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- insertAgreementCameraRows
insert into "venue_agreement_cameras" ("agreement_id", "camera_id")
values (?, ?);

-- findAgreementRow
select *
from "venue_agreements"
where "id" = ?;

-- listAgreementRows
select *
from "venue_agreements"
where "venue_id" in (?, ?)
order by "created_at" desc, "id" desc;

-- listAgreementCameraRows
select *
from "venue_agreement_cameras"
where "agreement_id" in (?, ?)
order by "agreement_id", "camera_id";

-- revokeAgreementRow
update "venue_agreements"
set "revoked_at" = ?, "revoked_by" = ?, "revoked_by_name" = ?, "revoke_reason" = ?
where "id" = ? and "revoked_at" is null;

-- insertAgreementDocumentRow
insert into "venue_agreement_documents" ("id", "agreement_id", "town_id", "jurisdiction_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findAgreementDocumentRow
select *
from "venue_agreement_documents"
where "id" = ?;

-- listAgreementDocumentRows
select *
from "venue_agreement_documents"
where "agreement_id" in (?, ?)
order by "created_at" desc, "id" desc;
