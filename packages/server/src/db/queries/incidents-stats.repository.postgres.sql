-- modules/incidents/incidents-stats.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- countIncidentGroups (total)
select cast(count(*) as integer) as "count"
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
where (("i"."town_id" in ($1) or "i"."jurisdiction_id" in ($2, $3)) and i.received_at >= $4 and i.received_at < $5);

-- countIncidentGroups (by class)
select i.class_code as "grp", cast(count(*) as integer) as "count"
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
where (("i"."town_id" in ($1) or "i"."jurisdiction_id" in ($2, $3)))
group by "grp";

-- countIncidentGroups (by category)
select i.category as "grp", cast(count(*) as integer) as "count"
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
where (("i"."town_id" in ($1) or "i"."jurisdiction_id" in ($2, $3)))
group by "grp";

-- countIncidentGroups (by village)
select (case when j.level in ('village', 'community') then j.id when j.level = 'group' then j.parent_id else $1 end) as "grp", cast(count(*) as integer) as "count"
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
where (("i"."town_id" in ($2) or "i"."jurisdiction_id" in ($3, $4)))
group by "grp";

-- countIncidentGroups (by district)
select (case when j.level = 'district' then j.id when jp.level = 'district' then jp.id when jg.level = 'district' then jg.id else $1 end) as "grp", cast(count(*) as integer) as "count"
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where (("i"."town_id" in ($2) or "i"."jurisdiction_id" in ($3, $4)))
group by "grp";

-- countIncidentGroups (by hour)
select cast((cast(substr("i"."received_at", 12, 2) as integer) + 8) % 24 as varchar(2)) as "grp", cast(count(*) as integer) as "count"
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
where (("i"."town_id" in ($1) or "i"."jurisdiction_id" in ($2, $3)))
group by "grp";

-- countIncidentGroups (heat: village then hour)
select (case when j.level in ('village', 'community') then j.id when j.level = 'group' then j.parent_id else $1 end) as "grp", cast(count(*) as integer) as "count", cast((cast(substr("i"."received_at", 12, 2) as integer) + 8) % 24 as varchar(2)) as "grp2"
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
where (("i"."town_id" in ($2) or "i"."jurisdiction_id" in ($3, $4)))
group by "grp", "grp2";

-- countIncidentGroups (by month)
select (case when "i"."received_at" < $1 then cast($2 as varchar(7)) when "i"."received_at" < $3 then cast($4 as varchar(7)) else cast($5 as varchar(7)) end) as "grp", cast(count(*) as integer) as "count"
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
where (("i"."town_id" in ($6) or "i"."jurisdiction_id" in ($7, $8)))
group by "grp";

-- listIncidentClassNames (none)
-- (no query)

-- listIncidentClassNames (some)
select "code", min(name) as "name"
from "incident_classes"
where "code" in ($1, $2)
group by "code";
