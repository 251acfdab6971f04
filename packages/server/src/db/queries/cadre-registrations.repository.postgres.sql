-- modules/cadre-registrations/cadre-registrations.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertCadreCode
insert into "cadre_codes" ("id", "town_id", "village_id", "code_hash", "code_enc", "expires_at", "revoked_at", "revoked_by", "created_by", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);

-- findCadreCode
select *
from "cadre_codes"
where "id" = $1;

-- findCadreCodeByHash
select "c".*, "v"."name" as "village_name", "t"."name" as "town_name"
from "cadre_codes" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
inner join "jurisdictions" as "t" on "t"."id" = "c"."town_id"
where "c"."code_hash" = $1;

-- revokeCadreCode
update "cadre_codes"
set "revoked_at" = $1, "revoked_by" = $2
where "id" = $3 and "revoked_at" is null;

-- findCadreCodeView
select "c".*, "v"."name" as "village_name", "u"."display_name" as "created_by_name", (select count(*)
from cadre_registrations r
where r.code_id = c.id) as "registration_count"
from "cadre_codes" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
left join "users" as "u" on "u"."id" = "c"."created_by"
where "c"."id" = $1;

-- listCadreCodeViews (first)
select "c".*, "v"."name" as "village_name", "u"."display_name" as "created_by_name", (select count(*)
from cadre_registrations r
where r.code_id = c.id) as "registration_count"
from "cadre_codes" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
left join "users" as "u" on "u"."id" = "c"."created_by"
where ("c"."town_id" in ($1) or "c"."village_id" in ($2, $3))
order by "c"."created_at" desc, "c"."id" desc
limit $4;

-- listCadreCodeViews (active)
select "c".*, "v"."name" as "village_name", "u"."display_name" as "created_by_name", (select count(*)
from cadre_registrations r
where r.code_id = c.id) as "registration_count"
from "cadre_codes" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
left join "users" as "u" on "u"."id" = "c"."created_by"
where ("c"."town_id" in ($1) or "c"."village_id" in ($2, $3)) and "c"."revoked_at" is null and "c"."expires_at" > $4 and (c.created_at < $5 or (c.created_at = $6 and c.id < $7))
order by "c"."created_at" desc, "c"."id" desc
limit $8;

-- listCadreCodeViews (expired)
select "c".*, "v"."name" as "village_name", "u"."display_name" as "created_by_name", (select count(*)
from cadre_registrations r
where r.code_id = c.id) as "registration_count"
from "cadre_codes" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
left join "users" as "u" on "u"."id" = "c"."created_by"
where ("c"."town_id" in ($1) or "c"."village_id" in ($2, $3)) and "c"."revoked_at" is null and "c"."expires_at" <= $4
order by "c"."created_at" desc, "c"."id" desc
limit $5;

-- listCadreCodeViews (revoked)
select "c".*, "v"."name" as "village_name", "u"."display_name" as "created_by_name", (select count(*)
from cadre_registrations r
where r.code_id = c.id) as "registration_count"
from "cadre_codes" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
left join "users" as "u" on "u"."id" = "c"."created_by"
where ("c"."town_id" in ($1) or "c"."village_id" in ($2, $3)) and "c"."revoked_at" is not null
order by "c"."created_at" desc, "c"."id" desc
limit $4;

-- insertCadreRegistration
insert into "cadre_registrations" ("id", "code_id", "town_id", "village_id", "display_name", "phone_enc", "phone_bidx", "phone_masked", "position", "user_id", "status", "decided_by", "decided_at", "refusal_reason", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15);

-- findCadreRegistrationView
select "r".*, "v"."name" as "village_name", "u"."username", "d"."display_name" as "decided_by_name"
from "cadre_registrations" as "r"
inner join "jurisdictions" as "v" on "v"."id" = "r"."village_id"
inner join "users" as "u" on "u"."id" = "r"."user_id"
left join "users" as "d" on "d"."id" = "r"."decided_by"
where "r"."id" = $1;

-- listCadreRegistrationViews (first)
select "r".*, "v"."name" as "village_name", "u"."username", "d"."display_name" as "decided_by_name"
from "cadre_registrations" as "r"
inner join "jurisdictions" as "v" on "v"."id" = "r"."village_id"
inner join "users" as "u" on "u"."id" = "r"."user_id"
left join "users" as "d" on "d"."id" = "r"."decided_by"
where ("r"."town_id" in ($1) or "r"."village_id" in ($2, $3))
order by "r"."created_at" desc, "r"."id" desc
limit $4;

-- listCadreRegistrationViews (pending)
select "r".*, "v"."name" as "village_name", "u"."username", "d"."display_name" as "decided_by_name"
from "cadre_registrations" as "r"
inner join "jurisdictions" as "v" on "v"."id" = "r"."village_id"
inner join "users" as "u" on "u"."id" = "r"."user_id"
left join "users" as "d" on "d"."id" = "r"."decided_by"
where ("r"."town_id" in ($1) or "r"."village_id" in ($2, $3)) and "r"."status" = $4 and (r.created_at < $5 or (r.created_at = $6 and r.id < $7))
order by "r"."created_at" desc, "r"."id" desc
limit $8;

-- decideCadreRegistration
update "cadre_registrations"
set "status" = $1, "decided_by" = $2, "decided_at" = $3, "refusal_reason" = $4
where "id" = $5 and "status" = $6;

-- settlePendingUser
update "users"
set "status" = $1, "updated_at" = $2
where "id" = $3 and "status" = $4;

-- listTownRoleUsers
select distinct "u"."id"
from "user_roles" as "ur"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
where "ur"."role" in ($1, $2) and ("j"."id" = $3 or "j"."town_id" = $4) and "u"."status" = $5
order by "u"."id";
