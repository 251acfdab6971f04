-- platform/media/demo-media.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- listRtpCameraSources
select "id", "source_enc"
from "cameras"
where "source_kind" = ? and "active" = ?
order by "id";
