-- modules/cadre-registrations/cadre-registrations.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertCadreCode
insert into "cadre_codes" ("id", "town_id", "village_id", "code_hash", "code_enc", "expires_at", "revoked_at", "revoked_by", "created_by", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findCadreCode
select *
from "cadre_codes"
where "id" = ?;

-- findCadreCodeByHash
select "c".*, "v"."name" as "village_name", "t"."name" as "town_name"
from "cadre_codes" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
inner join "jurisdictions" as "t" on "t"."id" = "c"."town_id"
where "c"."code_hash" = ?;

-- revokeCadreCode
update "cadre_codes"
set "revoked_at" = ?, "revoked_by" = ?
where "id" = ? and "revoked_at" is null;

-- findCadreCodeView
select "c".*, "v"."name" as "village_name", "u"."display_name" as "created_by_name", (select count(*)
from cadre_registrations r
where r.code_id = c.id) as "registration_count"
from "cadre_codes" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
left join "users" as "u" on "u"."id" = "c"."created_by"
where "c"."id" = ?;

-- listCadreCodeViews (first)
select "c".*, "v"."name" as "village_name", "u"."display_name" as "created_by_name", (select count(*)
from cadre_registrations r
where r.code_id = c.id) as "registration_count"
from "cadre_codes" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
left join "users" as "u" on "u"."id" = "c"."created_by"
where ("c"."town_id" in (?) or "c"."village_id" in (?, ?))
order by "c"."created_at" desc, "c"."id" desc
limit ?;

-- listCadreCodeViews (active)
select "c".*, "v"."name" as "village_name", "u"."display_name" as "created_by_name", (select count(*)
from cadre_registrations r
where r.code_id = c.id) as "registration_count"
from "cadre_codes" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
left join "users" as "u" on "u"."id" = "c"."created_by"
where ("c"."town_id" in (?) or "c"."village_id" in (?, ?)) and "c"."revoked_at" is null and "c"."expires_at" > ? and (c.created_at < ? or (c.created_at = ? and c.id < ?))
order by "c"."created_at" desc, "c"."id" desc
limit ?;

-- listCadreCodeViews (expired)
select "c".*, "v"."name" as "village_name", "u"."display_name" as "created_by_name", (select count(*)
from cadre_registrations r
where r.code_id = c.id) as "registration_count"
from "cadre_codes" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
left join "users" as "u" on "u"."id" = "c"."created_by"
where ("c"."town_id" in (?) or "c"."village_id" in (?, ?)) and "c"."revoked_at" is null and "c"."expires_at" <= ?
order by "c"."created_at" desc, "c"."id" desc
limit ?;

-- listCadreCodeViews (revoked)
select "c".*, "v"."name" as "village_name", "u"."display_name" as "created_by_name", (select count(*)
from cadre_registrations r
where r.code_id = c.id) as "registration_count"
from "cadre_codes" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
left join "users" as "u" on "u"."id" = "c"."created_by"
where ("c"."town_id" in (?) or "c"."village_id" in (?, ?)) and "c"."revoked_at" is not null
order by "c"."created_at" desc, "c"."id" desc
limit ?;

-- insertCadreRegistration
insert into "cadre_registrations" ("id", "code_id", "town_id", "village_id", "display_name", "phone_enc", "phone_bidx", "phone_masked", "position", "user_id", "status", "decided_by", "decided_at", "refusal_reason", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findCadreRegistrationView
select "r".*, "v"."name" as "village_name", "u"."username", "d"."display_name" as "decided_by_name"
from "cadre_registrations" as "r"
inner join "jurisdictions" as "v" on "v"."id" = "r"."village_id"
inner join "users" as "u" on "u"."id" = "r"."user_id"
left join "users" as "d" on "d"."id" = "r"."decided_by"
where "r"."id" = ?;

-- listCadreRegistrationViews (first)
select "r".*, "v"."name" as "village_name", "u"."username", "d"."display_name" as "decided_by_name"
from "cadre_registrations" as "r"
inner join "jurisdictions" as "v" on "v"."id" = "r"."village_id"
inner join "users" as "u" on "u"."id" = "r"."user_id"
left join "users" as "d" on "d"."id" = "r"."decided_by"
where ("r"."town_id" in (?) or "r"."village_id" in (?, ?))
order by "r"."created_at" desc, "r"."id" desc
limit ?;

-- listCadreRegistrationViews (pending)
select "r".*, "v"."name" as "village_name", "u"."username", "d"."display_name" as "decided_by_name"
from "cadre_registrations" as "r"
inner join "jurisdictions" as "v" on "v"."id" = "r"."village_id"
inner join "users" as "u" on "u"."id" = "r"."user_id"
left join "users" as "d" on "d"."id" = "r"."decided_by"
where ("r"."town_id" in (?) or "r"."village_id" in (?, ?)) and "r"."status" = ? and (r.created_at < ? or (r.created_at = ? and r.id < ?))
order by "r"."created_at" desc, "r"."id" desc
limit ?;

-- decideCadreRegistration
update "cadre_registrations"
set "status" = ?, "decided_by" = ?, "decided_at" = ?, "refusal_reason" = ?
where "id" = ? and "status" = ?;

-- settlePendingUser
update "users"
set "status" = ?, "updated_at" = ?
where "id" = ? and "status" = ?;

-- listTownRoleUsers
select distinct "u"."id"
from "user_roles" as "ur"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
where "ur"."role" in (?, ?) and ("j"."id" = ? or "j"."town_id" = ?) and "u"."status" = ?
order by "u"."id";
