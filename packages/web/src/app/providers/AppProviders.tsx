import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { AntdConfig } from './AntdConfig';
import { createQueryClient } from './query-client';

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nProvider>
      <AntdConfig>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntdConfig>
    </I18nProvider>
  );
}
