import { MEDIATION_TRACKS, type MediationTrack } from '@fengqiao/domain';
import { can } from '../../../app/auth/permissions';

/**
 * The tracks this user may start on this case. Police mediation is offered only when the server listed
 * `mediate_police` (an officer or the chief working the case), so an auxiliary officer is not shown a choice the
 * server would refuse.
 */
export function startableTracks(dispute: { actions: readonly string[] }): MediationTrack[] {
  return MEDIATION_TRACKS.filter((track) => track !== 'police' || can(dispute, 'mediate_police'));
}
