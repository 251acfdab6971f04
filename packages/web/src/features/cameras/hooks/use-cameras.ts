import type {
  AddCameraConsent,
  AddCameraGrant,
  Camera,
  CameraConsent,
  CameraDetail,
  CameraGrant,
  CameraGrantAccount,
  CameraGroup,
  CameraGroupDetail,
  CameraGroupMembers,
  CameraImportResult,
  CreateCamera,
  CreateCameraGroup,
  Page,
  UpdateCamera,
  UpdateCameraGroup,
} from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, apiUpload } from '../../../api/client';
import type { CameraFilter } from '../lib/camera-filter';

const PAGE_SIZE = 30;
const cameraPath = (id: string) => `/cameras/${encodeURIComponent(id)}`;
const groupPath = (id: string) => `/camera-groups/${encodeURIComponent(id)}`;

/** The registry with the list's filters, by name (GET /cameras). */
export function useCameras(filter: CameraFilter, pageSize = PAGE_SIZE) {
  return useInfiniteQuery({
    queryKey: ['cameras', 'list', filter, pageSize],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<Camera>>('/cameras', { ...filter, cursor: pageParam, limit: pageSize }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useCamera(id: string) {
  return useQuery({
    queryKey: ['cameras', 'one', id],
    queryFn: ({ signal }) => apiGet<CameraDetail>(cameraPath(id), undefined, { signal }),
  });
}

export function useCameraConsents(id: string, enabled = true) {
  return useQuery({
    queryKey: ['cameras', 'consents', id],
    queryFn: async ({ signal }) =>
      (await apiGet<{ items: CameraConsent[] }>(`${cameraPath(id)}/consents`, undefined, { signal })).items,
    enabled,
  });
}

function useStoreCamera() {
  const queryClient = useQueryClient();
  return async (saved: CameraDetail) => {
    queryClient.setQueryData(['cameras', 'one', saved.id], saved);
    await queryClient.invalidateQueries({ queryKey: ['cameras', 'list'] });
  };
}

export function useCreateCamera() {
  const store = useStoreCamera();
  return useMutation({
    mutationFn: (body: CreateCamera) => apiSend<CameraDetail>('POST', '/cameras', body, { idempotent: true }),
    onSuccess: store,
  });
}

export function useUpdateCamera(id: string) {
  const store = useStoreCamera();
  return useMutation({
    mutationFn: (body: UpdateCamera) => apiSend<CameraDetail>('PATCH', cameraPath(id), body),
    onSuccess: store,
  });
}

/** A consent changes the camera's summary too, so both are read again. */
function useRefreshConsents(id: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: ['cameras', 'consents', id] });
    await queryClient.invalidateQueries({ queryKey: ['cameras', 'one', id] });
    await queryClient.invalidateQueries({ queryKey: ['cameras', 'list'] });
  };
}

export function useAddConsent(id: string) {
  const refresh = useRefreshConsents(id);
  return useMutation({
    mutationFn: (body: AddCameraConsent) =>
      apiSend<CameraConsent>('POST', `${cameraPath(id)}/consents`, body, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useRevokeConsent(id: string) {
  const refresh = useRefreshConsents(id);
  return useMutation({
    mutationFn: (consentId: string) =>
      apiSend<CameraConsent>('POST', `${cameraPath(id)}/consents/${encodeURIComponent(consentId)}/revoke`),
    onSuccess: refresh,
  });
}

/** Uploads a filled-in template; the server imports every row or none, listing every bad row. */
export function useImportCameras() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => apiUpload<CameraImportResult>('/cameras/import', file, file.name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cameras', 'list'] }),
  });
}

export function useCameraGroups(enabled = true) {
  return useQuery({
    queryKey: ['camera-groups', 'list'],
    queryFn: async ({ signal }) =>
      (await apiGet<{ items: CameraGroup[] }>('/camera-groups', undefined, { signal })).items,
    enabled,
  });
}

export function useCameraGroup(id: string | undefined) {
  return useQuery({
    queryKey: ['camera-groups', 'one', id],
    queryFn: ({ signal }) => apiGet<CameraGroupDetail>(groupPath(id ?? ''), undefined, { signal }),
    enabled: id !== undefined,
  });
}

/** The grant form's account lookup (GET /camera-groups/:id/accounts): the group town's accounts by name, masked. */
export function useGrantAccounts(groupId: string, q: string) {
  return useQuery({
    queryKey: ['camera-groups', 'accounts', groupId, q],
    queryFn: ({ signal }) =>
      apiGet<Page<CameraGrantAccount>>(`${groupPath(groupId)}/accounts`, { q: q || undefined, limit: 20 }, { signal }),
    placeholderData: keepPreviousData,
  });
}

function useStoreGroup() {
  const queryClient = useQueryClient();
  return async (saved: CameraGroupDetail) => {
    queryClient.setQueryData(['camera-groups', 'one', saved.id], saved);
    await queryClient.invalidateQueries({ queryKey: ['camera-groups', 'list'] });
    // A camera's page lists its groups: a rename or a member change shows there too.
    await queryClient.invalidateQueries({ queryKey: ['cameras', 'one'] });
  };
}

export function useCreateCameraGroup() {
  const store = useStoreGroup();
  return useMutation({
    mutationFn: (body: CreateCameraGroup) =>
      apiSend<CameraGroupDetail>('POST', '/camera-groups', body, { idempotent: true }),
    onSuccess: store,
  });
}

export function useRenameCameraGroup(id: string) {
  const store = useStoreGroup();
  return useMutation({
    mutationFn: (body: UpdateCameraGroup) => apiSend<CameraGroupDetail>('PATCH', groupPath(id), body),
    onSuccess: store,
  });
}

export function useCameraGroupMembers(id: string) {
  const store = useStoreGroup();
  return useMutation({
    mutationFn: (body: CameraGroupMembers) => apiSend<CameraGroupDetail>('POST', `${groupPath(id)}/members`, body),
    onSuccess: store,
  });
}

function useRefreshGroup(id: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: ['camera-groups', 'one', id] });
    await queryClient.invalidateQueries({ queryKey: ['camera-groups', 'list'] });
  };
}

export function useAddCameraGrant(id: string) {
  const refresh = useRefreshGroup(id);
  return useMutation({
    mutationFn: (body: AddCameraGrant) =>
      apiSend<CameraGrant>('POST', `${groupPath(id)}/grants`, body, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useRemoveCameraGrant(id: string) {
  const refresh = useRefreshGroup(id);
  return useMutation({
    mutationFn: (grantId: string) => apiSend<null>('DELETE', `${groupPath(id)}/grants/${encodeURIComponent(grantId)}`),
    onSuccess: refresh,
  });
}
