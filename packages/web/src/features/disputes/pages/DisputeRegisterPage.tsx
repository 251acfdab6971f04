import { App } from 'antd';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../../app/auth/current-user-context';
import { useT } from '../../../app/i18n/use-t';
import { villageGrants } from '../../../mobile/my-village';
import { PageHeader } from '../../../ui/PageHeader';
import { RegisterForm } from '../components/RegisterForm';
import { useRegisterDispute } from '../hooks/use-dispute-mutations';
import { toCreateDispute } from '../lib/register-form';

/** 登记纠纷: a page rather than a dialog, because on a phone a long dialog is harder to fill and to scroll. */
export function DisputeRegisterPage() {
  const { t } = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const register = useRegisterDispute();
  const defaultVillage = villageGrants(me.roles)[0]?.jurisdictionId;

  return (
    <div style={{ maxWidth: 640 }}>
      <PageHeader title={t('disputes.register')} />
      <RegisterForm
        {...(defaultVillage ? { defaultVillageId: defaultVillage } : {})}
        pending={register.isPending}
        error={register.error}
        onSubmit={(values) =>
          register.mutate(toCreateDispute(values), {
            onSuccess: (saved) => {
              message.success(t('disputes.registered', { number: saved.number }));
              navigate(`/disputes/${encodeURIComponent(saved.id)}`, { replace: true });
            },
          })
        }
      />
    </div>
  );
}
