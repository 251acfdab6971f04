-- platform/http/health.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- databaseAnswers
select 1 as one;
