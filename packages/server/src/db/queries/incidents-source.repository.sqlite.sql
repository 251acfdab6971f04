-- modules/analyses/sources/incidents-source.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- countIncidentsByClass
select "i"."class_code", "i"."class_name", cast(count(*) as integer) as "n", cast(sum(i.arrival_late) as integer) as "late"
from "incidents" as "i"
where ("i"."town_id" in (?)) and "i"."received_at" >= ? and "i"."received_at" < ?
group by "i"."class_code", "i"."class_name"
order by "i"."class_code", "i"."class_name";

-- countIncidentsByVillage
select coalesce(v.id, j.id) as "village_id", coalesce(v.name, j.name) as "village_name", cast(count(*) as integer) as "n"
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = ?
where ("i"."town_id" in (?)) and "i"."received_at" >= ? and "i"."received_at" < ?
group by coalesce(v.id, j.id), coalesce(v.name, j.name);

-- countIncidentsByUtcHour
select substr(i.received_at, 12, 2) as "utc_hour", cast(count(*) as integer) as "n"
from "incidents" as "i"
where ("i"."town_id" in (?)) and "i"."received_at" >= ? and "i"."received_at" < ?
group by substr(i.received_at, 12, 2);
