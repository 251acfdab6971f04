-- platform/media/demo-media.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- listRtpCameraSources
select "id", "source_enc"
from "cameras"
where "source_kind" = $1 and "active" = $2
order by "id";
