/**
 * The part of the polled room state (the domain's RoomState) the stage reads. Stated structurally so the stage
 * takes the state exactly as the server answers it, whoever polls it (staff page or guest page).
 */
export interface StageRoomState {
  status: string;
  recordingState: string;
  me: { participantId: string; status: string } | null;
  participants: readonly { id: string; displayName: string; kind: string; status: string; feedId: string | null }[];
}
