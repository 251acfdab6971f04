-- modules/venues/venues.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertVenueRow
insert into "venues" ("id", "town_id", "jurisdiction_id", "name", "kind", "address", "contact_person_id", "created_by", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);

-- updateVenueRow
update "venues"
set "name" = $1, "updated_at" = $2
where "id" = $3;

-- findVenueView
select "v".*, "j"."name" as "village_name", "p"."name" as "contact_name", "p"."phone_masked" as "contact_phone_masked"
from "venues" as "v"
inner join "jurisdictions" as "j" on "j"."id" = "v"."jurisdiction_id"
left join "persons" as "p" on "p"."id" = "v"."contact_person_id"
where "v"."id" = $1;

-- listVenueViews (first)
select "v".*, "j"."name" as "village_name", "p"."name" as "contact_name", "p"."phone_masked" as "contact_phone_masked"
from "venues" as "v"
inner join "jurisdictions" as "j" on "j"."id" = "v"."jurisdiction_id"
left join "persons" as "p" on "p"."id" = "v"."contact_person_id"
where ("v"."town_id" in ($1) or "v"."jurisdiction_id" in ($2, $3))
order by "v"."name", "v"."id"
limit $4;

-- listVenueViews (every filter, after)
select "v".*, "j"."name" as "village_name", "p"."name" as "contact_name", "p"."phone_masked" as "contact_phone_masked"
from "venues" as "v"
inner join "jurisdictions" as "j" on "j"."id" = "v"."jurisdiction_id"
left join "persons" as "p" on "p"."id" = "v"."contact_person_id"
where ("v"."town_id" in ($1) or "v"."jurisdiction_id" in ($2, $3)) and "v"."jurisdiction_id" = $4 and "v"."kind" = $5 and lower("v"."name") like lower($6) escape '\' and (v.name > $7 or (v.name = $8 and v.id > $9))
order by "v"."name", "v"."id"
limit $10;

-- listVenueContactRows
select "v"."id" as "venue_id", "p"."town_id" as "person_town_id", "p"."jurisdiction_id" as "person_jurisdiction_id", "p"."phone_enc"
from "venues" as "v"
inner join "persons" as "p" on "p"."id" = "v"."contact_person_id"
where "v"."id" in ($1, $2);

-- findContactPerson
select "id", "town_id"
from "persons"
where "id" = $1;

-- listVenueCameraRows
select "id", "venue_id", "name", "device_id", "status", "last_seen_at"
from "cameras"
where "venue_id" in ($1, $2) and "active" = $3
order by "venue_id", "name", "id";

-- listCamerasByIds
select "id", "town_id", "kind", "venue_id"
from "cameras"
where "id" in ($1, $2);

-- insertAgreementRow
insert into "venue_agreements" ("id", "venue_id", "town_id", "jurisdiction_id", "first_day", "last_day", "starts_at", "expires_at", "roles", "purposes", "allows_playback", "note", "revoked_at", "revoked_by", "revoked_by_name", "revoke_reason", "created_by", "created_by_name", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19);

-- insertAgreementCameraRows
insert into "venue_agreement_cameras" ("agreement_id", "camera_id")
values ($1, $2);

-- findAgreementRow
select *
from "venue_agreements"
where "id" = $1;

-- listAgreementRows
select *
from "venue_agreements"
where "venue_id" in ($1, $2)
order by "created_at" desc, "id" desc;

-- listAgreementCameraRows
select *
from "venue_agreement_cameras"
where "agreement_id" in ($1, $2)
order by "agreement_id", "camera_id";

-- revokeAgreementRow
update "venue_agreements"
set "revoked_at" = $1, "revoked_by" = $2, "revoked_by_name" = $3, "revoke_reason" = $4
where "id" = $5 and "revoked_at" is null;

-- insertAgreementDocumentRow
insert into "venue_agreement_documents" ("id", "agreement_id", "town_id", "jurisdiction_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);

-- findAgreementDocumentRow
select *
from "venue_agreement_documents"
where "id" = $1;

-- listAgreementDocumentRows
select *
from "venue_agreement_documents"
where "agreement_id" in ($1, $2)
order by "created_at" desc, "id" desc;
