import type {
  AttachVenueCameras,
  Camera,
  CreateVenue,
  CreateVenueAgreement,
  Page,
  RevokeVenueAgreement,
  UpdateVenue,
  Venue,
  VenueAgreement,
  VenueAgreementDocument,
  VenueDetail,
  VenueKind,
} from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend, apiUpload } from '../../../api/client';

const PAGE_SIZE = 30;

export interface VenueFilter {
  kind?: VenueKind | undefined;
  villageId?: string | undefined;
  q?: string | undefined;
}

/** Venues with the list's filters, by name (GET /venues). */
export function useVenues(filter: VenueFilter) {
  return useInfiniteQuery({
    queryKey: ['venues', 'list', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<Venue>>('/venues', { ...filter, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useVenue(id: string) {
  return useQuery({
    queryKey: ['venues', 'one', id],
    queryFn: ({ signal }) => apiGet<VenueDetail>(`/venues/${encodeURIComponent(id)}`, undefined, { signal }),
  });
}

function useRefreshVenues() {
  const queryClient = useQueryClient();
  return async (venueId?: string) => {
    if (venueId) await queryClient.invalidateQueries({ queryKey: ['venues', 'one', venueId] });
    await queryClient.invalidateQueries({ queryKey: ['venues', 'list'] });
  };
}

export function useCreateVenue() {
  const refresh = useRefreshVenues();
  return useMutation({
    mutationFn: (body: CreateVenue) => apiSend<VenueDetail>('POST', '/venues', body, { idempotent: true }),
    onSuccess: () => refresh(),
  });
}

export function useUpdateVenue(id: string) {
  const refresh = useRefreshVenues();
  return useMutation({
    mutationFn: (body: UpdateVenue) => apiSend<VenueDetail>('PATCH', `/venues/${encodeURIComponent(id)}`, body),
    onSuccess: () => refresh(id),
  });
}

/** The venue cameras of a village not attached to any venue yet, from the registry (GET /cameras). */
export function useUnattachedVenueCameras(villageId: string) {
  return useQuery({
    queryKey: ['venues', 'unattached-cameras', villageId],
    queryFn: async ({ signal }) => {
      const page = await apiGet<Page<Camera>>('/cameras', { kind: 'venue', villageId, limit: 200 }, { signal });
      return page.items.filter((camera) => camera.venueId === null);
    },
  });
}

export function useAttachCameras(venueId: string) {
  const refresh = useRefreshVenues();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AttachVenueCameras) =>
      apiSend<VenueDetail>('POST', `/venues/${encodeURIComponent(venueId)}/cameras`, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['venues', 'unattached-cameras'] });
      await refresh(venueId);
    },
  });
}

export function useCreateAgreement(venueId: string) {
  const refresh = useRefreshVenues();
  return useMutation({
    mutationFn: (body: CreateVenueAgreement) =>
      apiSend<VenueAgreement>('POST', `/venues/${encodeURIComponent(venueId)}/agreements`, body, { idempotent: true }),
    onSuccess: () => refresh(venueId),
  });
}

export function useRevokeAgreement(venueId: string) {
  const refresh = useRefreshVenues();
  return useMutation({
    mutationFn: ({ agreementId, body }: { agreementId: string; body: RevokeVenueAgreement }) =>
      apiSend<VenueAgreement>('POST', `/venues/agreements/${encodeURIComponent(agreementId)}/revoke`, body, {
        idempotent: true,
      }),
    onSuccess: () => refresh(venueId),
  });
}

export function useUploadAgreementDocument(venueId: string) {
  const refresh = useRefreshVenues();
  return useMutation({
    mutationFn: ({ agreementId, file }: { agreementId: string; file: File }) =>
      apiUpload<VenueAgreementDocument>(
        `/venues/agreements/${encodeURIComponent(agreementId)}/document`,
        file,
        file.name,
      ),
    onSuccess: () => refresh(venueId),
  });
}

/** A plain link: the browser fetches the document with the session cookie, and the server audits it. */
export const agreementDocumentUrl = (id: string) =>
  `${API_BASE}/venues/agreement-documents/${encodeURIComponent(id)}/download`;
