import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { AuthProblemListener } from '../auth/AuthProblemListener';

export function RootRoute() {
  return (
    <>
      <AuthProblemListener />
      <Suspense fallback={<FullPageSpin />}>
        <Outlet />
      </Suspense>
    </>
  );
}
