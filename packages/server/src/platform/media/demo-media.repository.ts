import type { Executor } from '../../db/database';

/** Active cameras whose source is RTP (the demo's test cameras among them), with the encrypted source. */
export async function listRtpCameraSources(exec: Executor): Promise<{ id: string; source_enc: string }[]> {
  return exec
    .selectFrom('cameras')
    .select(['id', 'source_enc'])
    .where('source_kind', '=', 'rtp')
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
}
