-- platform/http/health.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- databaseAnswers
select 1 as one;
